"""Pilot tests of the help screen, remapped keys and the command palette.

They press real keys on real screens; most run on the fixed fixture
(tests/snapshot_apps/fixture.py), the loading ones on the real seeds.
"""

from __future__ import annotations

from tests.conftest import (
    SIZE,
    compare_ready,
    help_text,
    on_screen,
    open_first_event,
    run_command,
    wait_until,
)
from tests.snapshot_apps.fixture import fixture_app
from tui.screens.bookmarks import BookmarksScreen
from tui.screens.compare import CompareScreen
from tui.screens.help import HelpScreen
from tui.screens.library import LibraryScreen
from tui.screens.picker import PickerScreen


async def test_question_mark_shows_every_key_grouped_with_ids() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await open_first_event(pilot)
        await pilot.press("question_mark")
        await on_screen(pilot, HelpScreen)
        text = help_text(app)
        for heading in ("Comparison", "Pane (the focused side)", "Everywhere", "Library (elsewhere)"):
            assert heading in text
        compare_ids = {b.id for b in screen.BINDINGS if not isinstance(b, tuple) and b.id}
        for binding_id in compare_ids | {"help", "bookmarks", "open", "notices"}:
            assert binding_id in text
        await pilot.press("j", "k", "escape")
        await on_screen(pilot, CompareScreen)


async def test_a_keymap_remaps_keys_and_the_help_shows_the_new_key() -> None:
    app = fixture_app(keymap={"next_match": "x", "help": "f1"})
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await open_first_event(pilot)
        assert screen.current == 0
        await pilot.press("n")
        assert screen.current == 0
        await pilot.press("x")
        await wait_until(pilot, lambda: screen.current == 1, "the second match, by x")
        await pilot.press("f1")
        await on_screen(pilot, HelpScreen)
        assert "\nx\n" in "\n" + help_text(app) + "\n"


async def test_the_palette_opens_bookmarks_and_compares_two_articles() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await run_command(pilot, "bookmarks")
        await wait_until(pilot, lambda: isinstance(app.screen, BookmarksScreen), "the bookmarks")
        await pilot.press("escape")
        await run_command(pilot, "compare two")
        await wait_until(pilot, lambda: isinstance(app.screen, PickerScreen), "the left picker")
        await pilot.press(*"shafaq", "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, PickerScreen) and "Right" in str(
            app.screen.query_one("#dialog-title").render()), "the right picker")
        await pilot.press(*"pittsburgh", "enter")
        screen = await compare_ready(pilot)
        assert (screen.left.outlet, screen.right.outlet) == ("Shafaq News", "Pittsburgh Post-Gazette")


async def test_the_palette_switches_theme_and_opens_an_article() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await run_command(pilot, "theme: nord")
        await wait_until(pilot, lambda: app.theme == "nord", "the nord theme")
        await run_command(pilot, "open: pittsburgh")
        await wait_until(pilot, lambda: isinstance(app.screen, (CompareScreen, PickerScreen)), "the article")



async def test_a_narrow_footer_hides_whole_keys_before_the_docked_help_and_shows_them_when_wider() -> None:
    from textual.widget import Widget

    from tui.widgets.footer import KeysFooter

    def laid_out(footer: KeysFooter) -> tuple[list[Widget], list[Widget], Widget]:
        docked = next(w for w in footer.children if w.has_class("-docked"))
        others = [w for w in footer.children if w is not docked]
        return [w for w in others if w.display], [w for w in others if not w.display], docked

    app = fixture_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        screen = await open_first_event(pilot)
        footer = screen.query_one(KeysFooter)
        await wait_until(pilot, lambda: bool(laid_out(footer)[1]), "keys hidden at 60 columns")
        shown, hidden, docked = laid_out(footer)
        assert shown and all(w.region.right <= docked.region.x for w in shown)  # none runs under "? Help"
        assert docked.region.right <= footer.region.right
        await pilot.resize_terminal(140, 30)
        await wait_until(pilot, lambda: not laid_out(footer)[1], "every key shown at 140 columns")
        await pilot.resize_terminal(60, 20)
        await wait_until(pilot, lambda: laid_out(footer)[1] == hidden, "the same keys hidden again")
        await pilot.press("q")
        library = await on_screen(pilot, LibraryScreen)
        await pilot.resize_terminal(50, 20)
        footer = library.query_one(KeysFooter)
        await wait_until(pilot, lambda: bool(laid_out(footer)[1]) and bool(laid_out(footer)[0]),
                         "the library's footer fitted to 50 columns, some keys still shown")
        shown, _hidden, docked = laid_out(footer)
        assert all(w.region.right <= docked.region.x for w in shown)
