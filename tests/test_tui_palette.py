"""The command palette over a large library: it stays responsive and lists the best hits first."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandList, CommandPalette

from tests.conftest import on_screen, wait_until
from tui.app import ParallaxApp
from tui.screens.compare import CompareScreen
from tui.screens.palette import SHOWN_HITS
from tui.screens.picker import PickerScreen
from tui.session import Session

TITLE = "Three men are seen here at the scene where the tree fell on the street near the entrance, report"
"""A long headline full of "e": Textual's own matcher took 38 s on one such line for "e e e e"."""
BODY = ("The council said on Tuesday that the tree had been inspected in the spring. "
        "Residents had asked for it to be felled, a spokesman said.")


def _library(folder: Path, count: int) -> None:
    for k in range(count):
        (folder / f"story{k:03}.txt").write_text(f"{TITLE} {k}\n\n{BODY} Case {k}.\n", encoding="utf-8")
    (folder / "cipher.txt").write_text(f"The e e e e cipher\n\n{BODY}\n", encoding="utf-8")


async def test_typing_in_the_palette_over_many_long_titles_lists_the_best_first(tmp_path: Path) -> None:
    _library(tmp_path, SHOWN_HITS + 40)
    app = ParallaxApp(Session([str(tmp_path)]))
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
