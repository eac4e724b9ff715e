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

from tests.conftest import compare_ready, wait_until, workers_done
from tests.snapshot_apps.fixture import fixture_app
from tui.screens.coverage import CoverageScreen

SIZES = [(80, 24), (120, 40)]
SnapCompare = Callable[..., bool]


async def _library(pilot: Pilot[Any]) -> None:
    await workers_done(pilot)  # the line under the tree is described in a thread
    await pilot.pause()  # the notification about skipped files stays in this frame


async def _dismiss(pilot: Pilot[Any]) -> None:
    """Clear the start-up notification about skipped files, which would cover later frames."""
    await pilot.pause()
    pilot.app.clear_notifications()


async def _compare(pilot: Pilot[Any]) -> None:
    await _dismiss(pilot)
    await pilot.press("enter")
    await compare_ready(pilot)
    await pilot.press("n")
    await pilot.pause()


async def _compare_stacked(pilot: Pilot[Any]) -> None:
    await _compare(pilot)
    await pilot.press("v")
    await pilot.pause()


async def _help(pilot: Pilot[Any]) -> None:
    await _dismiss(pilot)
    await pilot.press("enter")
    await compare_ready(pilot)
    await pilot.press("question_mark")
    await pilot.pause()


async def _search(pilot: Pilot[Any]) -> None:
    await _dismiss(pilot)
    await pilot.press("enter")
    await compare_ready(pilot)
    await pilot.press("slash", *"pentagon", "enter")
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_library(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
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
    await _dismiss(pilot)
    await pilot.press("enter")
    await compare_ready(pilot)
    await pilot.press("b", *"compare the readouts", "enter", "q", "j", "b", "enter", "B")
    await pilot.pause()
    pilot.app.clear_notifications()  # toasts time out: a busy machine must not change the frame
    await pilot.pause()


async def _notices(pilot: Pilot[Any]) -> None:
    await _dismiss(pilot)
    await pilot.press("i")
    await pilot.pause()


def test_bookmarks_80x24(snap_compare: SnapCompare) -> None:
    assert snap_compare(fixture_app(), terminal_size=(80, 24), run_before=_bookmarks)


def test_notices_80x24(snap_compare: SnapCompare) -> None:
    assert snap_compare(fixture_app(), terminal_size=(80, 24), run_before=_notices)


async def _coverage(pilot: Pilot[Any]) -> None:
    await _dismiss(pilot)
    await pilot.press("a")
    app = pilot.app
    await wait_until(pilot, lambda: isinstance(app.screen, CoverageScreen) and app.screen.coverage is not None,
                     "the coverage grid")
    await pilot.press("down", "down", "down", "right", "right")  # a fact one outlet is missing, on that outlet
    await pilot.pause()


def test_coverage_80x24(snap_compare: SnapCompare) -> None:
    assert snap_compare(fixture_app(), terminal_size=(80, 24), run_before=_coverage)
