"""Pilot tests of the comparison: walking matches, panes, layout, search, gutter signs, alignment in a worker.

They press real keys on real screens; most run on the fixed fixture
(tests/snapshot_apps/fixture.py), the loading ones on the real seeds.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable
from pathlib import Path

from textual.widgets import Input, OptionList

from tests.conftest import (
    ROOT,
    SIZE,
    compare_ready,
    cursor_data,
    on_screen,
    open_first_event,
    pair_rows,
    plain,
    side,
    status,
    tree_of,
    wait_until,
)
from tests.snapshot_apps.fixture import fixture_app
from tui.app import ParallaxApp
from tui.engine.model import Alignment, Article, Event
from tui.engine.shelf import Shelf
from tui.screens.compare import CompareScreen
from tui.screens.library import LibraryScreen
from tui.screens.notices import NoticesScreen
from tui.screens.picker import PickerScreen
from tui.session import Session, Settings
from tui.widgets.article_pane import ArticlePane


async def test_n_and_N_walk_the_matches_and_line_the_pair_up() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await open_first_event(pilot)
        total = len(screen.matches)
        assert total >= 2
        # It opens on the first match, lined up in both panes, before any key.
        assert screen.current == 0
        assert f"match 1 of {total}" in status(screen)
        assert "score" in status(screen) and "covered: left" in status(screen)
        left_row, right_row = pair_rows(screen)
        assert left_row == right_row
        await pilot.press("n")
        await wait_until(pilot, lambda: screen.current == 1, "the second match")
        left_row, right_row = pair_rows(screen)
        assert left_row == right_row
        await pilot.press("N")
        await wait_until(pilot, lambda: screen.current == 0, "the first match again")
        await pilot.press("N")
        await wait_until(pilot, lambda: screen.current == total - 1, "the last match, wrapped around")
        assert f"match {total} of {total}" in status(screen)
        left_row, right_row = pair_rows(screen)
        assert left_row == right_row


async def test_tab_switches_the_focused_pane() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await open_first_event(pilot)
        assert side(screen) == "left" and app.focused is screen.pane("left")
        await pilot.press("tab")
        # The side follows the focus a message later (DescendantFocus): wait for both.
        await wait_until(pilot, lambda: side(screen) == "right" and app.focused is screen.pane("right"),
                         "the right pane focused")
        await pilot.press("tab")
        await wait_until(pilot, lambda: side(screen) == "left" and app.focused is screen.pane("left"),
                         "the left pane focused again")


async def test_j_k_scroll_the_focused_pane() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await open_first_event(pilot)
        left = screen.pane("left")
        await pilot.press("j", "j", "j")
        await wait_until(pilot, lambda: round(left.scroll_y) == 3, "three lines down")
        await pilot.press("k", "up")
        await wait_until(pilot, lambda: round(left.scroll_y) == 1, "two lines back up")
        await pilot.press("down")
        await wait_until(pilot, lambda: round(left.scroll_y) == 2, "one line down")


async def test_s_swaps_the_sides_and_keeps_the_current_match() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await open_first_event(pilot)
        left, right = screen.left.path, screen.right.path
        await pilot.press("n")
        await wait_until(pilot, lambda: screen.current == 1, "the second match")
        before = screen.matches[1]
        await pilot.press("s")
        await wait_until(pilot, lambda: (screen.left.path, screen.right.path) == (right, left), "the sides swapped")
        assert screen.current is not None
        after = screen.matches[screen.current]
        assert (after.left, after.right) == (before.right, before.left)
        assert screen.pane("left").article is screen.left


async def test_brackets_step_through_the_event_on_the_focused_side() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await open_first_event(pilot)
        event = cursor_data(app) if isinstance(app.screen, LibraryScreen) else None
        assert event is None  # the comparison is on top
        first_left, right = screen.left.path, screen.right.path
        # compare_ready alone would pass on the comparison before the key: wait for the side to change first.
        await pilot.press("right_square_bracket")
        await wait_until(pilot, lambda: screen.left.path != first_left, "another article on the left")
        await compare_ready(pilot)
        assert screen.left.path not in (first_left, right)
        assert screen.right.path == right
        stepped = screen.left.path
        await pilot.press("left_square_bracket")
        await wait_until(pilot, lambda: screen.left.path != stepped, "the first article back on the left")
        await compare_ready(pilot)
        assert screen.left.path == first_left
        await pilot.press("tab", "right_square_bracket")
        await wait_until(pilot, lambda: screen.right.path != right, "another article on the right")
        await compare_ready(pilot)
        assert screen.left.path == first_left and screen.right.path not in (first_left, right)


async def test_c_in_the_comparison_replaces_the_other_side() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await open_first_event(pilot)
        left = screen.left.path
        await pilot.press("c")
        picker = await on_screen(pilot, PickerScreen)
        choices = picker.query_one(OptionList)
        await pilot.press(*"pittsburgh")
        await wait_until(pilot, lambda: choices.option_count == 1, "one choice for pittsburgh")
        await pilot.press("enter")
        await wait_until(pilot, lambda: screen.right.outlet == "Pittsburgh Post-Gazette", "the new right side")
        await compare_ready(pilot)
        assert screen.left.path == left and screen.right.outlet == "Pittsburgh Post-Gazette"


async def test_slash_searches_both_panes_and_enter_jumps_to_hits() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await open_first_event(pilot)
        await pilot.press("slash")
        search = screen.query_one("#search", Input)
        await wait_until(pilot, lambda: app.focused is search, "the search focused")
        await pilot.press(*"belousov")
        await wait_until(pilot, lambda: search.value == "belousov" and "sentences left" in status(screen),
                         "the search's count")
        hits = screen._hits["left"]
        assert hits
        left = screen.pane("left")
        await pilot.press("enter")
        await wait_until(pilot, lambda: "hit 1 of" in status(screen), "the first hit")
        assert left.first_line(hits[0]) - round(left.scroll_y) in (0, 1, 2)
        if len(hits) > 1:
            await pilot.press("enter")
            await wait_until(pilot, lambda: "hit 2 of" in status(screen), "the second hit")
            assert left.top_sentence() <= hits[1]
            assert left.first_line(hits[1]) - round(left.scroll_y) in (0, 1, 2)
        await pilot.press("escape")
        await wait_until(pilot, lambda: not screen.has_class("-searching"), "the search closed")
        assert isinstance(app.screen, CompareScreen)
        await pilot.press("escape")
        await on_screen(pilot, LibraryScreen)


async def test_q_goes_back_from_the_comparison() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await open_first_event(pilot)
        await pilot.press("q")
        await on_screen(pilot, LibraryScreen)
        assert app.is_running


async def test_v_toggles_the_stacked_layout() -> None:
    app = fixture_app(layout="side-by-side")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await open_first_event(pilot)
        left, right = screen.pane("left"), screen.pane("right")
        assert left.region.y == right.region.y
        await pilot.press("v")
        # The panes move at the next layout: wait for what is asserted.
        await wait_until(pilot, lambda: screen.has_class("-stacked") and right.region.y > left.region.y,
                         "the panes stacked")
        await pilot.press("v")
        await wait_until(pilot, lambda: not screen.has_class("-stacked") and left.region.y == right.region.y,
                         "the panes side by side again")


async def test_narrow_terminals_start_stacked_and_survive_resizes() -> None:
    app = fixture_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        screen = await open_first_event(pilot)
        assert screen.has_class("-stacked")
        # The screen hears of a resize through a timer of the app's: wait for its effect.
        await pilot.resize_terminal(120, 40)
        # "auto" follows the width...
        await wait_until(pilot, lambda: not screen.has_class("-stacked"), "side by side at 120 columns")
        await pilot.press("v")
        await wait_until(pilot, lambda: screen.has_class("-stacked"), "stacked by choice")
        await pilot.resize_terminal(100, 30)
        await wait_until(pilot, lambda: screen.size == (100, 30), "the screen at 100x30")
        await pilot.pause()
        assert screen.has_class("-stacked")  # ...until the user chooses
        await pilot.press("n")
        for size in ((120, 40), (40, 12), (80, 24), (60, 20)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.press("n", "j")
        assert screen.current is not None


async def test_markup_in_articles_shows_literally(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    body = ("The minister said [bold red]nothing[/] at all about the talks on Friday. "
            "Officials added [link=https://evil.example]click[/link] that more talks were planned soon.\n")
    (folder / "a.txt").write_text("[b]Title [i]with[/i] markup[/b]\n\n" + body * 3, encoding="utf-8")
    (folder / "b.txt").write_text("Another [red]headline[/red]\n\n" + body * 3, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    app = ParallaxApp(Session([str(folder)], settings=Settings(layout="stacked")))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.session.shelf is not None, "the corpus")
        await pilot.pause()
        labels = [plain(leaf.label) for n in tree_of(app).root.children for leaf in n.children]
        assert any("[" in label for label in labels), labels
        await pilot.press("enter")
        screen = await compare_ready(pilot)
        left = screen.pane("left")
        lines = "".join(left.render_line(y).text for y in range(left.size.height))
        assert "[bold red]" in lines.replace("\n", "")
        assert app.session.shelf is not None and app.session.shelf.corpus.notices
        await pilot.press("q")
        await on_screen(pilot, LibraryScreen)
        await pilot.press("i")
        await on_screen(pilot, NoticesScreen)


async def test_a_failing_alignment_shows_an_error_and_the_app_goes_on() -> None:
    def broken(left: Article, right: Article) -> Alignment:
        raise RuntimeError("boom")

    app = fixture_app()
    app.session.aligner = broken
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, CompareScreen)
                         and "could not align" in status(app.screen), "the error")
        await pilot.press("n", "escape")
        await on_screen(pilot, LibraryScreen)


def plain_bg(strip: object) -> object:
    segments = list(strip)  # type: ignore[call-overload]
    return segments[2].style.bgcolor


async def test_gutter_signs_mark_matched_current_and_one_side_sentences() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await open_first_event(pilot)
        match = screen.matches[0]
        left = screen.pane("left")
        layout = left.layout_now()

        def gutter(sentence: int) -> str:
            strip = left._render_strip(sentence, *layout.lines[layout.first[sentence]][1:],
                                       sentence in match.left, left.size.width)
            return strip.text[:left.gutter_width - 1]

        # Numbered on both sides, so two neighbouring matches read apart without colour.
        assert gutter(min(match.left)) == "1▶"
        # The current match keeps its pair colour (the emphasis only adds to it).
        first = min(match.left)
        current = left._render_strip(first, *layout.lines[layout.first[first]][1:], True, left.size.width)
        plain = left._render_strip(first, *layout.lines[layout.first[first]][1:], False, left.size.width)
        text_segments = list(current)[2:]
        assert text_segments[0].style is not None and plain_bg(plain) == text_segments[0].style.bgcolor
        assert text_segments[0].style.bgcolor != left.rich_style.bgcolor
        other = screen.matches[1]
        assert gutter(min(other.left)) == "2▌"
        matched = {i for m in screen.matches for i in m.left}
        alone = next(i for i in range(left.sentence_count) if i not in matched)
        assert gutter(alone) == " +"


async def test_long_articles_are_readable_while_they_align_and_then_walkable() -> None:
    from bench.bench_tui import _articles
    from tui.engine.model import Corpus

    left, right, _ = _articles(1500)
    shelf = Shelf.build(Corpus((left, right)), [Event("e", "long", None, (left, right))])
    app = ParallaxApp(Session([], shelf=shelf))  # the real aligner, in its thread worker
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, CompareScreen), "the comparison")
        loading = app.screen
        assert isinstance(loading, CompareScreen)
        # the text is there before the matches
        await wait_until(pilot, lambda: loading.pane("left").sentence_count == 1500, "the left article's text")
        await pilot.press("j")
        screen = await compare_ready(pilot)
        assert len(screen.matches) > 100
        await pilot.press("N")
        await wait_until(pilot, lambda: screen.current == len(screen.matches) - 1, "the last match")
        assert pair_rows(screen)[0] == pair_rows(screen)[1]


async def test_the_status_line_says_when_a_match_was_made_by_meaning(tmp_path: Path) -> None:
    """The real engine, paraphrase pass included: walking the matches of two reports of one
    theft reaches one linked by meaning ("closed" / "shut"), and the status line says so."""
    import shutil

    fixtures = ROOT / "tests" / "gold" / "fixtures"
    for name in ("heist_wire.txt", "heist_daily.txt"):
        shutil.copy(fixtures / name, tmp_path / name)
    app = ParallaxApp(Session([str(tmp_path)]))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.session.shelf is not None, "the corpus")
        await pilot.pause()
        await pilot.press("enter")
        screen = await compare_ready(pilot)
        meaning = [m.by_meaning for m in screen.matches]
        assert any(meaning) and not all(meaning)
        for k in range(len(meaning)):
            await wait_until(pilot, lambda k=k: screen.current == k, f"match {k + 1}")  # type: ignore[misc]
            assert ("by meaning" in status(screen)) == meaning[k], (k, status(screen))
            await pilot.press("n")



class GatedSession(Session):
    """The real session, whose paraphrase pass waits for the test to let it go: the frame
    between the word matches and the links by meaning can then be looked at."""

    def __init__(self, paths: list[str]) -> None:
        super().__init__(paths)
        self.gate = threading.Event()

    def add_meaning(self, words: Alignment, *, cancelled: Callable[[], bool] | None = None) -> Alignment | None:
        self.gate.wait(timeout=60)
        return super().add_meaning(words, cancelled=cancelled)


async def test_while_the_paraphrase_pass_runs_no_sentence_is_marked_one_side_only(tmp_path: Path) -> None:
    for name in ("heist_wire.txt", "heist_daily.txt"):
        shutil.copy(ROOT / "tests" / "gold" / "fixtures" / name, tmp_path / name)
    session = GatedSession([str(tmp_path)])
    app = ParallaxApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.session.shelf is not None, "the corpus")
        await pilot.pause()
        await pilot.press("c")  # compare with the other report, chosen in the picker
        await on_screen(pilot, PickerScreen)
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, CompareScreen) and app.screen.alignment is not None,
                         "the word matches")
        screen = app.screen
        assert isinstance(screen, CompareScreen) and not screen.settled
        assert "linking by meaning" in status(screen)
        pane = screen.pane("left")
        words = {i for m in screen.matches for i in m.left}
        alone = [i for i in range(pane.sentence_count) if i not in words]
        assert alone
        signs = {gutter_sign(pane, i) for i in alone}
        assert signs == {"·"}  # pending, not "+"
        session.gate.set()
        await wait_until(pilot, lambda: screen.settled, "the links by meaning")
        assert "linking by meaning" not in status(screen)
        assert any(m.by_meaning for m in screen.matches)
        final = {i for m in screen.matches for i in m.left}
        assert {gutter_sign(pane, i) for i in range(pane.sentence_count) if i not in final} == {"+"}


def gutter_sign(pane: ArticlePane, sentence: int) -> str:
    layout = pane.layout_now()
    strip = pane._render_strip(sentence, *layout.lines[layout.first[sentence]][1:], False, pane.size.width)
    return str(strip.text[pane.gutter_width - 2])
