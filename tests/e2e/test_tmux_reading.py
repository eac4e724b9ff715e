"""End to end, in a real terminal: finding an article in a large library, a comparison
that opens lined up, tab moving the focus mark, and neighbouring matches told apart
without colour. Every wait polls for what it asserts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.e2e.harness import PARALLAX, ROOT, env_command, session_env, tmux_session

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("tmux")]

WORDS = ("harbour council tram budget vote strike workers bridge school river mayor police fire "
         "flood court judge hospital market festival museum station airport ferry storm road").split()


def large_library(folder: Path, count: int = 400) -> None:
    """`count` short reports of different things, one of which alone says "quetzalcoatlus"
    in its body, and one whose file name alone says "needle"."""
    folder.mkdir()
    for k in range(count):
        a, b, c = WORDS[k % len(WORDS)], WORDS[(k * 7 + 3) % len(WORDS)], WORDS[(k * 11 + 5) % len(WORDS)]
        body = (f"Report {k}: the {a} and the {b} of district {k} met on day {k % 28 + 1}. "
                f"Officials said the {c} plan number {k * 13} would be reviewed again next month.")
        if k == 211:
            body += " A quetzalcoatlus model was unveiled at the museum."
        name = "needle-notes.txt" if k == 97 else f"report-{k:04d}.txt"
        (folder / name).write_text(f"Story {k} about the {a}\n\n{body}\n", encoding="utf-8")


def run_on(home: Path, paths: list[Path], **extra: str) -> str:
    config = home / "config.toml"
    config.write_text("", encoding="utf-8")
    env = session_env(home, extra=extra)
    return env_command(env, [str(PARALLAX), *map(str, paths), "--config", str(config)], home)


def test_slash_filters_a_large_library_by_a_word_of_the_body_and_by_a_file_name(
        isolated_home: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    large_library(corpus)
    with tmux_session(run_on(isolated_home, [corpus]), width=100, height=30) as term:
        term.wait_for(lambda s: "from 400 articles" in s, what="the library of 400 articles", timeout=120)
        term.keys("/")
        term.wait_for("type to filter", what="the filter, focused")
        term.type("quetzal")
        # The count and the rows are different widgets, which may land in different frames.
        screen = term.wait_for(lambda s: "1 of 400 articles match" in s and "Story 211" in s and "Story 210" not in s,
                               what="one body match, alone")
        assert "Story 210" not in screen
        term.keys("Escape")
        term.wait_for(lambda s: "articles match" not in s and "No notices." in s, what="the whole library again")
        term.keys("/")
        term.wait_for("type to filter", what="the filter, focused again")
        term.type("needle")
        screen = term.wait_for(lambda s: "1 of 400 articles match" in s and "Story 97" in s,
                               what="one file-name match")
        term.keys("Enter")  # back to the tree, on the article found: its file name shows
        term.wait_for(lambda s: "needle-notes.txt" in s and "escape clears" in s,
                      what="the list again, with the file name of the row under the cursor")
        assert term.leave("q") == 0


def pane_rows(screen: str, number: int) -> list[int]:
    """The screen rows where match `number` starts, in either pane."""
    return [row for row, line in enumerate(screen.split("\n"))
            for _ in re.finditer(rf"(?:^|[ ▕│]){number}[▶▌]", line)]


def test_a_comparison_opens_lined_up_and_tab_moves_the_focus_mark(isolated_home: Path) -> None:
    with tmux_session(run_on(isolated_home, [ROOT / "seeds"]), width=120, height=40) as term:
        term.wait_for("events from", what="the library")
        term.keys("Enter")
        # The status line and the two panes' scrolls may land in different frames: wait for the
        # pair lined up (a comparison that never lines it up fails here, with its last screen).
        # The focus mark is in a pane's header, drawn in a frame of its own too.
        screen = term.wait_for(lambda s: "match 1 of" in s and len(rows := pane_rows(s, 1)) >= 2
                               and rows[0] == rows[1] and "▶ LEFT" in s and "▶ RIGHT" not in s,
                               what="the comparison, lined up on its first match, the focus mark on the left")
        assert "▶ LEFT" in screen and "▶ RIGHT" not in screen
        term.keys("Tab")
        term.wait_for(lambda s: "▶ RIGHT" in s and "▶ LEFT" not in s, what="the focus mark on the right")
        term.keys("Tab")
        term.wait_for(lambda s: "▶ LEFT" in s and "▶ RIGHT" not in s, what="the focus mark back on the left")
        term.keys("q")
        term.wait_for("events from", what="the library again")
        assert term.leave("q") == 0


def test_without_colour_two_neighbouring_matches_read_apart(isolated_home: Path) -> None:
    with tmux_session(run_on(isolated_home, [ROOT / "seeds"], NO_COLOR="1"), width=120, height=40) as term:
        term.wait_for("events from", what="the library")
        term.keys("Enter")
        term.wait_for("match 1 of", what="the comparison")
        term.keys("n")
        screen = term.wait_for(lambda s: "match 2 of" in s and bool(pane_rows(s, 2)) and bool(pane_rows(s, 3))
                               and pane_rows(s, 2) != pane_rows(s, 3), what="matches 2 and 3 on screen, apart")
        # Each match carries its own number in the gutter, so 2 and 3 do not run together as one bar.
        assert pane_rows(screen, 2) != pane_rows(screen, 3)
        term.keys("q")
        term.wait_for("events from", what="the library again")
        assert term.leave("q") == 0
