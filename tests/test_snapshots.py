"""Snapshot tests of the library, comparison, coverage and help screens at 80x24 and 120x40.

Built on the fixed fixture (tests/snapshot_apps/fixture.py): no clock, no random,
no engine, so a frame changes only when the TUI does. Update deliberately with
`pytest tests/test_snapshots.py --snapshot-update` and look at the report.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Label, Tree

from tests.conftest import compare_ready, on_screen, status, wait_until, workers_done
from tests.snapshot_apps.fixture import fixture_app
from tui.screens import library
from tui.screens.bookmarks import BookmarksScreen
from tui.screens.compare import CompareScreen
from tui.screens.coverage import CoverageScreen
from tui.screens.help import HelpScreen
from tui.screens.library import LibraryScreen
from tui.screens.note_input import NoteInputScreen
from tui.screens.notices import NoticesScreen

SIZES = [(80, 24), (120, 40)]
SnapCompare = Callable[..., bool]


async def _library(pilot: Pilot[Any]) -> None:
    # The line under the tree is described in a thread started after the first refresh: wait for
    # its words (the workers may all be done before that thread is even started).
    detail = pilot.app.screen.query_one("#detail", Label)
    await wait_until(pilot, lambda: bool(str(detail.render())), "the line under the tree")
    await workers_done(pilot)
    await pilot.pause()  # the notification about skipped files stays in this frame


async def _dismiss(pilot: Pilot[Any]) -> None:
    """Clear the start-up notification about skipped files, which would cover later frames."""
    await pilot.pause()
    pilot.app.clear_notifications()


async def _compare(pilot: Pilot[Any]) -> None:
    await _dismiss(pilot)
    await pilot.press("enter")
    screen = await compare_ready(pilot)
    await pilot.press("n")
    await wait_until(pilot, lambda: screen.current == 1, "the second match")
    await pilot.pause()


async def _compare_stacked(pilot: Pilot[Any]) -> None:
    await _compare(pilot)
    screen = pilot.app.screen
    await pilot.press("v")
    await wait_until(pilot, lambda: screen.has_class("-stacked"), "the stacked layout")
    await pilot.pause()  # the pair is lined up again after the refresh


async def _help(pilot: Pilot[Any]) -> None:
    await _dismiss(pilot)
    await pilot.press("enter")
    await compare_ready(pilot)
    await pilot.press("question_mark")
    await on_screen(pilot, HelpScreen)
    await pilot.pause()


async def _search(pilot: Pilot[Any]) -> None:
    await _dismiss(pilot)
    await pilot.press("enter")
    screen = await compare_ready(pilot)
    await pilot.press("slash", *"pentagon", "enter")
    await wait_until(pilot, lambda: "hit " in status(screen), "the search's hit")
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_library(snap_compare: SnapCompare, size: tuple[int, int], monkeypatch: pytest.MonkeyPatch) -> None:
    # The frame holds the toast about skipped files: on a busy machine the waits above may
    # outlast its 8 seconds, so here it stays until the frame is taken.
    monkeypatch.setattr(library, "NOTICES_TOAST", 3600.0)
    assert snap_compare(fixture_app(), terminal_size=size, run_before=_library)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_compare(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    assert snap_compare(fixture_app(), terminal_size=size, run_before=_compare)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_help(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    assert snap_compare(fixture_app(), terminal_size=size, run_before=_help)


def test_compare_stacked_80x24(snap_compare: SnapCompare) -> None:
    assert snap_compare(fixture_app(layout="side-by-side"), terminal_size=(80, 24), run_before=_compare_stacked)


def test_compare_narrow_60x20(snap_compare: SnapCompare) -> None:
    assert snap_compare(fixture_app(), terminal_size=(60, 20), run_before=_compare)


def test_search_80x24(snap_compare: SnapCompare) -> None:
    assert snap_compare(fixture_app(), terminal_size=(80, 24), run_before=_search)


async def _bookmarks(pilot: Pilot[Any]) -> None:
    """Two bookmarks (a pair with a note, an article without), then the list. Each key waits for
    the screen it is meant for: typed before the prompt is up, "c" of the note would pick a partner."""
    await _dismiss(pilot)
    await pilot.press("enter")
    await compare_ready(pilot)
    marks = pilot.app.session.bookmarks  # type: ignore[attr-defined]
    await pilot.press("b")
    await on_screen(pilot, NoteInputScreen)
    await pilot.press(*"compare the readouts", "enter")
    await wait_until(pilot, lambda: len(marks.all()) == 1, "the pair's bookmark")
    await on_screen(pilot, CompareScreen)
    await pilot.press("q")
    library = await on_screen(pilot, LibraryScreen)
    await pilot.press("j")
    await wait_until(pilot, lambda: library.query_one("#events", Tree).cursor_line == 1, "the cursor on an article")
    await pilot.press("b")
    await on_screen(pilot, NoteInputScreen)
    await pilot.press("enter")
    await wait_until(pilot, lambda: len(marks.all()) == 2, "the article's bookmark")
    await on_screen(pilot, LibraryScreen)
    await pilot.press("B")
    await on_screen(pilot, BookmarksScreen)
    await pilot.pause()
    pilot.app.clear_notifications()  # toasts time out: a busy machine must not change the frame
    await pilot.pause()


async def _notices(pilot: Pilot[Any]) -> None:
    await _dismiss(pilot)
    await pilot.press("i")
    await on_screen(pilot, NoticesScreen)
    await pilot.pause()


def test_bookmarks_80x24(snap_compare: SnapCompare) -> None:
    assert snap_compare(fixture_app(), terminal_size=(80, 24), run_before=_bookmarks)


def test_notices_80x24(snap_compare: SnapCompare) -> None:
    assert snap_compare(fixture_app(), terminal_size=(80, 24), run_before=_notices)


async def _coverage(pilot: Pilot[Any]) -> None:
    await _dismiss(pilot)
    await pilot.press("a")
    app = pilot.app
    await wait_until(pilot, lambda: isinstance(app.screen, CoverageScreen) and app.screen.coverage is not None
                     and not app.screen.query("#progress"), "the coverage grid, its bar gone")
    grid = app.screen.query_one("#grid", DataTable)
    await pilot.press("down", "down", "down", "right", "right")  # a fact one outlet is missing, on that outlet
    await wait_until(pilot, lambda: (grid.cursor_row, grid.cursor_column) == (3, 3), "the cursor on its cell")
    await pilot.pause()


def test_coverage_80x24(snap_compare: SnapCompare) -> None:
    assert snap_compare(fixture_app(), terminal_size=(80, 24), run_before=_coverage)
