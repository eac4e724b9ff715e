"""End to end: the real `parallax` command in a real terminal (tmux), driven by keys
and read back with capture-pane, as a user over SSH would see it."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from tests.e2e.harness import PARALLAX, ROOT, drawn_at, env_command, poll, session_env, tmux_session

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("tmux")]


def parallax_on_seeds(home: Path, config: Path, **extra: str) -> str:
    """The shell line that runs the installed command on seeds/ with a config of the test's."""
    env = session_env(home, extra=extra)
    return env_command(env, [str(PARALLAX), str(ROOT / "seeds"), "--config", str(config)], home)


def test_library_compare_help_bookmark_and_quit_in_a_real_terminal(isolated_home: Path) -> None:
    config = isolated_home / "config.toml"
    config.write_text("# kept\n", encoding="utf-8")
    with tmux_session(parallax_on_seeds(isolated_home, config)) as term:
        # Wait for what is asserted, not only the title: parts of a screen can land in different frames.
        screen = term.wait_for(lambda s: "events from" in s and "reports" in s and "Compare" in s, what="the library")
        term.keys("Enter")
        screen = term.wait_for(lambda s: "covered:" in s and "match 1 of" in s and "LEFT" in s and "RIGHT" in s,
                               what="the comparison, both panes' headers drawn")
        assert "LEFT" in screen and "RIGHT" in screen
        term.keys("n")
        term.wait_for("match 2 of")
        term.wait_for("2▶")  # the current match's gutter sign, with its number
        term.keys("?")
        term.wait_for("Keys — Comparison")
        term.keys("Escape")
        term.wait_for(lambda s: "covered:" in s and "Keys — Comparison" not in s, what="the help closed")
        term.keys("b")
        term.wait_for("a note (optional)")
        term.type("seen in tmux")
        term.keys("Enter")
        text = poll(lambda: config.read_text(encoding="utf-8"), lambda t: "seen in tmux" in t,
                    what="the bookmark's note in the config")
        assert "seen in tmux" in text, term.screen()
        assert text.startswith("# kept\n") and "[[bookmarks]]" in text
        assert term.leave() == 0, term.screen()


def redrawn(screen: str, width: int, height: int) -> bool:
    """The comparison drawn again at width x height (not the old frame tmux shows until then)."""
    return drawn_at(screen, width, height) and "covered:" in screen


def test_no_color_small_terminal_and_resizes(isolated_home: Path) -> None:
    config = isolated_home / "config.toml"
    config.write_text("", encoding="utf-8")
    with tmux_session(parallax_on_seeds(isolated_home, config, NO_COLOR="1"), width=60, height=20) as term:
        term.wait_for("events from")
        term.keys("Enter")
        screen = term.wait_for(lambda s: "match 1 of" in s and "1▶" in s, what="the first match, numbered")
        assert "▌" in screen or "1▶" in screen
        for step, (width, height) in enumerate(((120, 40), (50, 15), (80, 24))):
            term.resize(width, height)
            term.wait_for(partial(redrawn, width=width, height=height), what=f"a redraw at {width}x{height}")
            term.keys("n")
            term.wait_for(f"match {step + 2} of", what="the next match after the resize")
        term.wait_for("covered:")
        assert not term.dead()
        assert term.leave("q") == 0  # the second q only once the library is back
