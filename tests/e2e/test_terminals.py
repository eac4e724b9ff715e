"""Other terminals: TERM=xterm-256color, xterm and linux, NO_COLOR=1, at 80x24,
60x20 and 200x60, and resizes while the app runs. The app must keep drawing its
library and comparison inside the window and quit cleanly; with NO_COLOR, article
text must carry no colour."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.e2e.harness import PARALLAX, ROOT, Tmux, drawn_at, env_command, session_env, tmux_session

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("tmux")]

SGR = re.compile(r"\x1b\[([0-9;:]*)m")


@contextmanager
def parallax(tmp_path: Path, *, term: str = "xterm-256color", width: int = 80, height: int = 24,
             extra: dict[str, str] | None = None) -> Iterator[Tmux]:
    """`parallax` on the seeds (cwd: the repository, config: an empty file in tmp)."""
    config = tmp_path / "config.toml"
    config.write_text("")
    env = session_env(tmp_path / "home", term=term, extra=extra)
    with tmux_session(env_command(env, [str(PARALLAX), "--config", str(config)], ROOT),
                      width=width, height=height) as session:
        yield session


def assert_fits(screen: str, width: int, height: int) -> None:
    lines = screen.rstrip("\n").split("\n")
    assert len(lines) <= height, screen
    assert all(len(line) <= width for line in lines), screen
    assert "Traceback" not in screen


def comparing(screen: str) -> bool:
    return "LEFT" in screen and "RIGHT" in screen and "match" in screen


def labelled(screen: str) -> bool:
    """Event labels on screen, not just chrome."""
    return "Russia" in screen or "Belarus" in screen or "U.S." in screen


def drive(term: Tmux, width: int, height: int) -> None:
    # The title and the tree's rows may land in different frames: wait for both.
    # Each wait is for the whole frame (its footer on the last row), so that what fits is what was drawn.
    library = term.wait_for(lambda s: "events from 5 articles" in s and labelled(s) and drawn_at(s, width, height),
                            what="the library, labelled, inside the window")
    assert_fits(library, width, height)
    term.keys("Enter")
    compare = term.wait_for(lambda s: comparing(s) and "match 1 of" in s and drawn_at(s, width, height),
                            what="the comparison on its first match, inside the window")
    assert_fits(compare, width, height)
    term.keys("n")
    term.wait_for("match 2 of", what="the second match")
    term.keys("?")
    help_screen = term.wait_for(lambda s: "Keys —" in s and drawn_at(s, width, height, footer="Back"),
                                what="the help, inside the window")
    assert_fits(help_screen, width, height)
    term.keys("Escape")
    term.wait_for(lambda s: comparing(s) and "Keys —" not in s, what="the comparison again")
    term.keys("q")
    term.wait_for("events from", what="the library again")
    term.keys("q")
    assert term.wait_dead() == 0, term.screen()


CASES = [
    ("xterm-256color", 80, 24, {}),
    ("xterm-256color", 60, 20, {}),
    ("xterm-256color", 200, 60, {}),
    ("xterm", 80, 24, {}),
    ("xterm", 60, 20, {}),
    ("linux", 80, 24, {}),
    ("linux", 200, 60, {}),
    ("xterm-256color", 60, 20, {"NO_COLOR": "1"}),
]


@pytest.mark.parametrize(("term_name", "width", "height", "extra"), CASES,
                         ids=[f"{t}-{w}x{h}{'-NO_COLOR' if e else ''}" for t, w, h, e in CASES])
def test_app_draws_and_quits(tmp_path: Path, term_name: str, width: int, height: int,
                             extra: dict[str, str]) -> None:
    with parallax(tmp_path, term=term_name, width=width, height=height, extra=extra) as term:
        assert term.size() == (width, height)
        drive(term, width, height)


def test_resizes_while_running(tmp_path: Path) -> None:
    with parallax(tmp_path, width=80, height=24) as term:
        term.wait_for("events from 5 articles", what="the library")
        term.resize(60, 20)
        # Right after a resize tmux shows the old frame, cropped or padded: wait for the new one,
        # whole (drawn_at: its footer on the last row, no row wider than the window).
        library = term.wait_for(lambda s: "events from" in s and drawn_at(s, 60, 20), what="the library at 60x20")
        assert_fits(library, 60, 20)
        term.keys("Enter")
        term.wait_for(lambda s: comparing(s) and drawn_at(s, 60, 20), what="the comparison at 60x20")
        term.resize(200, 60)
        wide = term.wait_for(lambda s: comparing(s) and max(len(line) for line in s.split("\n")) > 80
                             and drawn_at(s, 200, 60), what="the comparison redrawn at 200x60")
        assert_fits(wide, 200, 60)
        term.resize(30, 10)  # smaller than anything sensible: must not crash
        term.wait_for(lambda s: drawn_at(s, 30, 10), what="a redraw at 30x10")
        assert not term.dead()
        term.resize(80, 24)
        back = term.wait_for(lambda s: comparing(s) and "match 1 of" in s and drawn_at(s, 80, 24),
                             what="the comparison at 80x24, still on its match")
        assert_fits(back, 80, 24)
        term.keys("q")
        library = term.wait_for(lambda s: "events from" in s and drawn_at(s, 80, 24), what="the library at 80x24")
        assert_fits(library, 80, 24)
        term.keys("q")
        assert term.wait_dead() == 0, term.screen()


# -- NO_COLOR ------------------------------------------------------------------------------


def colours(params: str) -> Iterator[tuple[str, tuple[int, ...]]]:
    """The colours an SGR sets: ("basic", (n,)), ("256", (n,)) or ("rgb", (r, g, b))."""
    parts = [int(p) if p else 0 for p in re.split(r"[;:]", params)] if params else [0]
    i = 0
    while i < len(parts):
        p = parts[i]
        if p in (38, 48, 58) and i + 1 < len(parts):
            if parts[i + 1] == 5 and i + 2 < len(parts):
                yield "256", (parts[i + 2],)
                i += 3
                continue
            if parts[i + 1] == 2 and i + 4 < len(parts):
                yield "rgb", tuple(parts[i + 2:i + 5])
                i += 5
                continue
        if 30 <= p <= 37 or 40 <= p <= 47 or 90 <= p <= 97 or 100 <= p <= 107:
            yield "basic", (p,)
        i += 1


def grey(kind: str, value: tuple[int, ...]) -> bool:
    if kind == "basic":
        return value[0] in (30, 37, 90, 97, 40, 47, 100, 107)
    if kind == "256":
        return value[0] >= 232 or value[0] in (0, 7, 8, 15, 16, 231)
    return len(set(value)) == 1


def text(screen: str) -> str:
    """A screen captured with its escapes, as the text it shows."""
    return SGR.sub("", screen)


def article_lines(screen: str) -> list[str]:
    """Lines of `capture-pane -e` that hold article text (outlets, titles, sentences of the seeds)."""
    markers = ("Shafaq News", "Epoch Times", "Pentagon", "Austin", "Belousov", "Russian")
    return [line for line in screen.split("\n") if any(m in SGR.sub("", line) for m in markers)]


def no_color_screens(tmp_path: Path) -> list[str]:
    with parallax(tmp_path, width=100, height=30, extra={"NO_COLOR": "1"}) as term:
        # The title and the rows may land in different frames: wait for article text before capturing.
        # The screens asserted on are the ones polled (with their escapes), not later captures.
        screens = [term.wait_for(lambda s: "events from 5 articles" in text(s) and bool(article_lines(s)),
                                 escapes=True, what="the library's rows")]
        term.keys("Enter")
        term.wait_for(lambda s: comparing(s) and "match 1 of" in s, what="the comparison on its first match")
        term.keys("n")
        # The status line and the panes are drawn in frames of their own: wait for the match's
        # gutter sign and article text too, the highlight whose colours are asserted.
        screens.append(term.wait_for(lambda s: "match 2 of" in text(s) and "2▶" in text(s) and bool(article_lines(s)),
                                     escapes=True, what="the next match highlighted"))
        term.keys("q")
        term.wait_for("events from", what="the library again")
        term.keys("q")
        assert term.wait_dead() == 0
    assert all(article_lines(screen) for screen in screens)
    return screens


def test_no_color_article_text_has_no_hue(tmp_path: Path) -> None:
    """NO_COLOR: at most greys (Textual's monochrome filter) on article text, never a hue."""
    for screen in no_color_screens(tmp_path):
        for line in article_lines(screen):
            hues = [(k, v) for params in SGR.findall(line) for k, v in colours(params) if not grey(k, v)]
            assert not hues, f"colour {hues[:3]} in {line!r}"


def test_no_color_article_text_has_no_colour_escapes(tmp_path: Path) -> None:
    for screen in no_color_screens(tmp_path):
        for line in article_lines(screen):
            found = [(k, v) for params in SGR.findall(line) for k, v in colours(params)]
            assert not found, f"colour {found[:3]} in {line!r}"
