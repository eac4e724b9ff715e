"""Pilot tests of bookmarks: adding from the library and the comparison, the list, edits, the config file.

They press real keys on real screens; most run on the fixed fixture
(tests/snapshot_apps/fixture.py), the loading ones on the real seeds.
"""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from tests.conftest import (
    SIZE,
    compare_ready,
    on_screen,
    open_first_event,
    pair_rows,
    wait_until,
)
from tests.snapshot_apps.fixture import fixture_app
from tui.app import ParallaxApp
from tui.config import load_config
from tui.screens.bookmarks import BookmarksScreen
from tui.screens.compare import CompareScreen
from tui.screens.confirm import ConfirmScreen
from tui.screens.library import LibraryScreen
from tui.screens.note_input import NoteInputScreen
from tui.screens.reader import ReaderScreen


async def mark_article_and_list(pilot: Pilot[None], app: ParallaxApp, note: str) -> None:
    """In the library, bookmark the first article with `note` (b), wait for it to be saved, and
    open the bookmarks (B)."""
    await pilot.press("j", "b")
    await on_screen(pilot, NoteInputScreen)
    await pilot.press(*note, "enter")
    await wait_until(pilot, lambda: len(app.session.bookmarks.all()) == 1, "the bookmark saved")
    await on_screen(pilot, LibraryScreen)
    await pilot.press("B")
    await on_screen(pilot, BookmarksScreen)


async def test_b_bookmarks_a_match_and_B_lists_it_then_enter_jumps_to_it() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await open_first_event(pilot)
        await pilot.press("n")
        await wait_until(pilot, lambda: screen.current == 1, "the second match")
        match = screen.matches[1]
        await pilot.press("b")
        await on_screen(pilot, NoteInputScreen)
        await pilot.press(*"readouts", "enter")
        # Saved by the prompt's callback, after it closes: wait for it.
        await wait_until(pilot, lambda: len(app.session.bookmarks.all()) == 1, "the bookmark saved")
        mark = app.session.bookmarks.all()[0]
        assert (mark.left, mark.right, mark.note) == (screen.left.path, screen.right.path, "readouts")
        assert mark.passage is not None and mark.passage.left == match.left
        assert mark.passage.right == match.right
        await pilot.press("q")
        await on_screen(pilot, LibraryScreen)
        await pilot.press("B")
        await on_screen(pilot, BookmarksScreen)
        await pilot.press("enter")
        opened = await compare_ready(pilot)
        assert opened.current == 1
        assert pair_rows(opened)[0] == pair_rows(opened)[1]


async def test_b_in_the_library_bookmarks_the_article_and_escape_cancels() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("j", "b")
        await on_screen(pilot, NoteInputScreen)
        await pilot.press("escape")
        await on_screen(pilot, LibraryScreen)
        assert app.session.bookmarks.all() == []
        await pilot.press("b")
        await on_screen(pilot, NoteInputScreen)
        await pilot.press("enter")
        await wait_until(pilot, lambda: len(app.session.bookmarks.all()) == 1, "the bookmark saved")
        marks = app.session.bookmarks.all()
        assert len(marks) == 1 and marks[0].right is None and marks[0].note == ""


async def test_bookmarks_e_edits_the_note_and_d_deletes_after_a_yes() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await mark_article_and_list(pilot, app, "first")
        await pilot.press("e")
        await on_screen(pilot, NoteInputScreen)
        await pilot.press(*" again", "enter")
        await wait_until(pilot, lambda: app.session.bookmarks.all()[0].note == "first again", "the note edited")
        await on_screen(pilot, BookmarksScreen)
        await pilot.press("d")
        await on_screen(pilot, ConfirmScreen)
        await pilot.press("n")
        await on_screen(pilot, BookmarksScreen)
        assert len(app.session.bookmarks.all()) == 1
        await pilot.press("d")
        await on_screen(pilot, ConfirmScreen)
        await pilot.press("y")
        await wait_until(pilot, lambda: app.session.bookmarks.all() == [], "the bookmark deleted")
        await on_screen(pilot, BookmarksScreen)
        await pilot.press("escape")
        await on_screen(pilot, LibraryScreen)


async def test_a_bookmark_on_one_article_opens_that_article_and_escape_returns_to_the_bookmarks() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await mark_article_and_list(pilot, app, "")
        await pilot.press("enter")
        reader = await on_screen(pilot, ReaderScreen)
        assert reader.article.path == app.session.bookmarks.all()[0].left
        await pilot.press("escape")
        await on_screen(pilot, BookmarksScreen)


async def test_escape_from_a_comparison_opened_from_the_bookmarks_returns_to_them() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        first = await open_first_event(pilot)
        await pilot.press("n")
        await wait_until(pilot, lambda: first.current == 1, "the second match")
        await pilot.press("b")
        await on_screen(pilot, NoteInputScreen)
        await pilot.press(*"pair", "enter")
        await wait_until(pilot, lambda: len(app.session.bookmarks.all()) == 1, "the bookmark saved")
        await on_screen(pilot, CompareScreen)
        await pilot.press("q")
        await on_screen(pilot, LibraryScreen)
        await pilot.press("B")
        await on_screen(pilot, BookmarksScreen)
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, CompareScreen) and app.screen is not first,
                         "the comparison the bookmark opens")
        screen = await compare_ready(pilot)
        assert screen.current == 1
        await pilot.press("escape")
        await on_screen(pilot, BookmarksScreen)


async def test_bookmarks_are_written_to_the_config_and_found_again(tmp_path: Path) -> None:
    config_path = tmp_path / "config.toml"
    config_path.write_text("# my settings\n[reading]\nlayout = \"auto\"\n", encoding="utf-8")
    app = fixture_app(config=load_config(str(config_path)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await open_first_event(pilot)
        await pilot.press("n")
        await wait_until(pilot, lambda: screen.current == 1, "the second match")
        await pilot.press("b")
        await on_screen(pilot, NoteInputScreen)
        await pilot.press(*"kept", "enter")
        # Written by the prompt's callback, after it closes: wait for the file to say so.
        await wait_until(pilot, lambda: 'note = "kept"' in config_path.read_text(encoding="utf-8"),
                         "the bookmark in the config")
        text = config_path.read_text(encoding="utf-8")
        assert text.startswith("# my settings\n") and "[[bookmarks]]" in text and 'note = "kept"' in text
        await on_screen(pilot, CompareScreen)
        await pilot.press("q")
        await on_screen(pilot, LibraryScreen)
        await pilot.press("B")
        await on_screen(pilot, BookmarksScreen)
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, CompareScreen) and app.screen is not screen,
                         "the comparison the bookmark opens")
        opened = await compare_ready(pilot)
        assert opened.current == 1 and opened is not screen


async def test_a_config_that_does_not_parse_makes_bookmarks_read_only(tmp_path: Path) -> None:
    config_path = tmp_path / "config.toml"
    config_path.write_text("[reading\n", encoding="utf-8")
    app = fixture_app(config=load_config(str(config_path)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("j", "b")
        await wait_until(pilot, lambda: any("read-only" in n.message for n in app._notifications),
                         "the reason bookmarks cannot be saved")
        assert isinstance(app.screen, LibraryScreen)
        assert config_path.read_text(encoding="utf-8") == "[reading\n"

