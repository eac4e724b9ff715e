"""A library of more articles than a list shows: the palette and the picker stay responsive and list
the best or first of them, and say so."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandList, CommandPalette
from textual.widgets import Input, OptionList

from tests.conftest import on_screen, wait_until
from tui.app import ParallaxApp
from tui.screens.compare import CompareScreen
from tui.screens.palette import SHOWN_HITS
from tui.screens.picker import SHOWN_CHOICES, PickerScreen
from tui.session import Session

TITLE = "Three men are seen here at the scene where the tree fell on the street near the entrance, report"
"""A long headline full of "e": Textual's own matcher took 38 s on one such line for "e e e e"."""
BODY = ("The council said on Tuesday that the tree had been inspected in the spring. "
        "Residents had asked for it to be felled, a spokesman said.")


def large_app(folder: Path, count: int) -> ParallaxApp:
    """The app on `count` stories with the long headline, and one whose headline is the query."""
    for k in range(count):
        (folder / f"story{k:03}.txt").write_text(f"{TITLE} {k}\n\n{BODY} Case {k}.\n", encoding="utf-8")
    (folder / "cipher.txt").write_text(f"The e e e e cipher\n\n{BODY}\n", encoding="utf-8")
    return ParallaxApp(Session([str(folder)]))


async def test_typing_in_the_palette_over_many_long_titles_lists_the_best_first(tmp_path: Path) -> None:
    app = large_app(tmp_path, SHOWN_HITS + 40)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: app.session.shelf is not None, "the library loaded")
        await pilot.press("ctrl+p")
        palette = await on_screen(pilot, CommandPalette)
        await pilot.press(*"e e e e")
        hits = palette.query_one(CommandList)

        def opens() -> list[str]:
            prompts = [str(hits.get_option_at_index(k).prompt) for k in range(hits.option_count)]
            return [p for p in prompts if p.startswith("Open:")]

        # every article matches; the list keeps the best SHOWN_HITS of them, the whole query first
        await wait_until(pilot, lambda: len(opens()) == SHOWN_HITS, "the article hits listed")
        assert "The e e e e cipher" in opens()[0]
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, CompareScreen | PickerScreen), "the cipher opened")


async def test_the_picker_lists_the_first_articles_says_how_many_more_and_narrows_as_typed(tmp_path: Path) -> None:
    app = large_app(tmp_path, SHOWN_CHOICES + 40)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: app.session.shelf is not None, "the library loaded")
        await pilot.press("c")
        picker = await on_screen(pilot, PickerScreen)
        choices = picker.query_one("#choices", OptionList)
        await wait_until(pilot, lambda: choices.option_count == SHOWN_CHOICES + 1, "the first choices and a last line")
        last = choices.get_option_at_index(SHOWN_CHOICES)
        # 241 articles, less the one under the cursor: 200 listed, 40 more
        assert last.disabled and str(last.prompt) == "… 40 more: type to narrow"
        await pilot.press(*"cipher")
        await wait_until(pilot, lambda: picker.query_one("#filter", Input).value == "cipher"
                         and choices.option_count == 1, "the one article that matches")
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, CompareScreen), "the comparison with the cipher")
