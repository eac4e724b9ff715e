"""Pilot tests of the coverage screen: real keys on the fixed fixture (its injected
aligner) and on the real seeds (the real aligner). The grid is checked against the
coverage the screen built, cell by cell, so a mark in the wrong place fails."""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from rich.text import Text
from textual.pilot import Pilot
from textual.widgets import DataTable, ProgressBar
from textual.worker import WorkerState

from tests.conftest import ROOT, SIZE, WAIT, compare_ready, help_text, on_screen, run_command, tree_of, wait_until
from tests.snapshot_apps.fixture import fixture_app
from tui.app import ParallaxApp
from tui.engine.corpus import load_corpus
from tui.engine.coverage import Coverage
from tui.engine.model import Alignment, Article, Event
from tui.engine.shelf import Shelf
from tui.screens.compare import CompareScreen
from tui.screens.coverage import ALONE, MISSING, OUTLET_WIDTH, REPORTS, CoverageScreen, outlet_name
from tui.screens.help import HelpScreen
from tui.screens.library import LibraryScreen
from tui.session import Session, Settings


async def coverage_ready(pilot: Pilot[None], timeout: float = WAIT) -> CoverageScreen:
    """The coverage screen once its grid is built and its progress bar gone (the bar is removed
    a few messages after the grid is filled)."""
    app = pilot.app
    await wait_until(pilot, lambda: isinstance(app.screen, CoverageScreen) and app.screen.coverage is not None
                     and not app.screen.query("#progress"), "the coverage grid", timeout)
    await pilot.pause()
    assert isinstance(app.screen, CoverageScreen)
    return app.screen


def grid(screen: CoverageScreen) -> DataTable[Text]:
    return screen.query_one("#grid", DataTable)


def row_keys(screen: CoverageScreen) -> list[str]:
    table = grid(screen)
    return [str(row.key.value) for row in table.ordered_rows]


def cells(screen: CoverageScreen, row: int) -> list[str]:
    return [cell.plain for cell in grid(screen).get_row_at(row)]


def notices(app: ParallaxApp) -> str:
    return "\n".join(n.message for n in app._notifications)


def coverage_of(screen: CoverageScreen) -> Coverage:
    assert screen.coverage is not None
    return screen.coverage


async def go_to(pilot: Pilot[None], screen: CoverageScreen, row: int, column: int) -> None:
    """Move the cell cursor with the arrow keys, as a reader would, one key at a time, each
    waited for (a key still on its way would move the cursor past the cell)."""
    table = grid(screen)
    while table.cursor_row != row:
        step = 1 if table.cursor_row < row else -1
        to = table.cursor_row + step
        await pilot.press("down" if step > 0 else "up")
        await wait_until(pilot, lambda to=to: table.cursor_row == to, f"the cursor on row {to}")  # type: ignore[misc]
    while table.cursor_column != column:
        step = 1 if table.cursor_column < column else -1
        to = table.cursor_column + step
        await pilot.press("right" if step > 0 else "left")
        await wait_until(pilot, lambda to=to: table.cursor_column == to,  # type: ignore[misc]
                         f"the cursor on column {to}")
    await pilot.pause()


async def told(pilot: Pilot[None], words: str) -> None:
    """Wait for a notification saying `words` (it comes with the key's action, and goes after a while)."""
    await wait_until(pilot, lambda: words in notices(pilot.app), f"a notification saying {words!r}")  # type: ignore[arg-type]


async def open_coverage(pilot: Pilot[None]) -> CoverageScreen:
    await pilot.pause()
    pilot.app.clear_notifications()
    await pilot.press("a")  # on the first event, under the cursor at start
    return await coverage_ready(pilot)


async def test_the_grid_shows_every_fact_against_every_outlet() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_coverage(pilot)
        coverage = coverage_of(screen)
        assert len(coverage.articles) == 3 and coverage.facts
        table = grid(screen)
        assert table.display and not screen.query("#progress")
        assert len(table.columns) == 1 + len(coverage.articles)
        keys = row_keys(screen)
        assert keys == [f"f{n}" for n in range(len(coverage.facts))] + [ALONE]
        for row, fact in enumerate(coverage.facts):
            line = cells(screen, row)
            assert fact.label.startswith(line[0].rstrip("…"))
            assert line[1:] == [REPORTS if fact.sentences_of(k) else MISSING for k in range(3)]
        assert cells(screen, len(coverage.facts))[1:] == [str(len(coverage.unique(k))) for k in range(3)]
        headings = [str(column.label) for column in table.columns.values()][1:]
        assert "Shafaq News" in headings or "Shafaq Ne…" in headings


async def test_s_toggles_support_and_first_report_order() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_coverage(pilot)
        facts = coverage_of(screen).facts
        by_support = row_keys(screen)
        await pilot.press("s")
        await wait_until(pilot, lambda: screen.by_first, "the facts by first report")
        by_first = row_keys(screen)
        expected = sorted(range(len(facts)), key=lambda n: (facts[n].members[0].article,
                                                            facts[n].members[0].sentences))
        assert by_first == [f"f{n}" for n in expected] + [ALONE]
        assert by_first != by_support
        assert "by first report" in str(screen.query_one("#title").render())
        await pilot.press("s")
        await wait_until(pilot, lambda: not screen.by_first, "the facts by support again")
        assert row_keys(screen) == by_support


async def test_x_keeps_what_the_outlet_misses_and_escape_clears_then_goes_back() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_coverage(pilot)
        coverage = coverage_of(screen)
        k = next(k for k in range(3) if any(not f.sentences_of(k) for f in coverage.facts))
        everything = row_keys(screen)
        await go_to(pilot, screen, 0, k + 1)
        await pilot.press("x")
        await wait_until(pilot, lambda: screen.filter == ("missing", k), "the missing filter")
        missing = [f"f{n}" for n, f in enumerate(coverage.facts) if not f.sentences_of(k)]
        assert row_keys(screen)[:-1] == missing
        assert all(cells(screen, row)[k + 1] == MISSING for row in range(len(missing)))
        assert f"missing from {outlet_name(coverage.articles[k])}" in str(screen.query_one("#title").render())
        await pilot.press("escape")
        await wait_until(pilot, lambda: screen.filter is None, "the filter cleared")
        assert row_keys(screen) == everything
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, LibraryScreen), "the library again")


async def test_o_lists_the_outlets_own_sentences_and_enter_compares_on_one() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_coverage(pilot)
        coverage = coverage_of(screen)
        k = 1
        await go_to(pilot, screen, 0, k + 1)
        await pilot.press("o")
        await wait_until(pilot, lambda: screen.filter == ("only", k), "the outlet's own sentences")
        own = coverage.unique(k)
        assert own and row_keys(screen) == [f"u{s}" for s in own]
        first = cells(screen, 0)
        assert coverage.articles[k].texts[own[0]].startswith(first[0].rstrip("…"))
        assert [c for c in first[1:]] == [REPORTS if j == k else MISSING for j in range(3)]
        await pilot.press("left")  # another outlet's cell on an own sentence: nothing to open
        await wait_until(pilot, lambda: grid(screen).cursor_column == k, "the cursor on another outlet")
        await pilot.press("enter")
        await told(pilot, "Only")
        assert app.screen is screen
        await go_to(pilot, screen, len(own) - 1, k + 1)  # the last own sentence, far down the article
        await pilot.press("enter")
        # An own sentence has no match: the comparison scrolls the left pane to it instead.
        await wait_until(pilot, lambda: isinstance(app.screen, CompareScreen) and app.screen.settled,
                         "the comparison")
        compare = app.screen
        assert isinstance(compare, CompareScreen)
        assert compare.left.path == coverage.articles[k].path
        assert compare.right.path != compare.left.path
        pane = compare.pane("left")
        await wait_until(pilot, lambda: 0 <= pane.first_line(own[-1]) - round(pane.scroll_y) < pane.size.height
                         and pane.scroll_y > 0, "the left pane scrolled to the sentence")


async def test_enter_on_a_mark_opens_the_comparison_lined_up_on_that_fact() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_coverage(pilot)
        coverage = coverage_of(screen)
        # A fact not every outlet reports, on an outlet that does: the comparison must line it up.
        row, fact = next((r, f) for r, f in enumerate(coverage.facts) if f.support < len(coverage.articles))
        k = next(m.article for m in fact.members if m.article != fact.central)
        await go_to(pilot, screen, row, k + 1)
        await pilot.press("enter")
        compare = await compare_ready(pilot)
        partner = fact.partner(k)
        assert (compare.left.path, compare.right.path) == (coverage.articles[k].path,
                                                           coverage.articles[partner].path)
        assert compare.current is not None
        match = compare.matches[compare.current]
        assert min(fact.sentences_of(k)) in match.left
        assert min(fact.sentences_of(partner)) in match.right
        await pilot.press("escape")  # back to the grid it was opened from, cursor kept
        await wait_until(pilot, lambda: app.screen is screen, "the coverage again")
        assert (grid(screen).cursor_row, grid(screen).cursor_column) == (row, k + 1)


async def test_enter_where_the_outlet_is_missing_tells_and_stays() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_coverage(pilot)
        coverage = coverage_of(screen)
        row, fact = next((r, f) for r, f in enumerate(coverage.facts) if f.support < len(coverage.articles))
        k = next(k for k in range(len(coverage.articles)) if not fact.sentences_of(k))
        await go_to(pilot, screen, row, k + 1)
        await pilot.press("enter")
        await told(pilot, "does not report this fact")
        assert app.screen is screen


async def test_a_from_a_comparison_and_from_the_palette_and_its_keys_in_the_help() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.clear_notifications()
        await pilot.press("enter")
        compare = await compare_ready(pilot)
        await pilot.press("a")
        screen = await coverage_ready(pilot)
        assert app.session.shelf is not None
        assert {a.path for a in screen.articles} == {a.path for a in app.session.shelf.siblings(compare.left)}
        await pilot.press("question_mark")
        await on_screen(pilot, HelpScreen)
        text = help_text(app)
        for binding_id in ("coverage.sort", "coverage.only", "coverage.missing", "coverage.open",
                           "library.coverage", "compare.coverage"):
            assert binding_id in text
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is screen, "the coverage again")
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is compare, "the comparison again")
        await run_command(pilot, "coverage:")
        await coverage_ready(pilot)


async def test_a_on_an_event_of_one_report_tells_and_stays() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.clear_notifications()
        tree = tree_of(app)
        lone = next(node for node in tree.root.children
                    if isinstance(node.data, Event) and len(node.data.articles) == 1)
        tree.move_cursor(lone)
        await pilot.press("a")
        await told(pilot, "two reports or more")
        assert isinstance(app.screen, LibraryScreen)


async def test_the_seeds_first_event_with_the_real_aligner() -> None:
    app = ParallaxApp(Session([str(ROOT / "seeds")]))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: app.session.shelf is not None, "the corpus", 60)
        await pilot.pause()
        await pilot.press("a")
        screen = await coverage_ready(pilot, 180)  # the encoder may load first: a generous bound
        coverage = coverage_of(screen)
        assert len(coverage.articles) == 3 and coverage.facts
        assert all(f.support >= 2 for f in coverage.facts)
        assert len(row_keys(screen)) == len(coverage.facts) + 1
        await pilot.press("s")
        await wait_until(pilot, lambda: screen.by_first, "the facts by first report")
        assert set(row_keys(screen)) == {f"f{n}" for n in range(len(coverage.facts))} | {ALONE}
        fact = coverage.facts[0]
        k = fact.members[0].article
        await go_to(pilot, screen, row_keys(screen).index("f0"), k + 1)
        await pilot.press("enter")
        compare = await compare_ready(pilot)
        assert compare.left.path == coverage.articles[k].path
        assert compare.current is not None
        assert min(fact.sentences_of(k)) in compare.matches[compare.current].left


OUTLETS = ["Daily Courier", "Morning Herald", "Evening Standard Online", "Evening Standard Weekly", "The Valley Post",
           "Riverside Gazette", "Northern Wire", "Harbour Times", "City Chronicle", "Hill Country Ledger",
           "Coastal Observer", "Plains Tribune"]
"""More outlets than 80 columns hold, two that clip alike."""


def many_reports(folder: Path) -> Shelf:
    """Twelve real files of one flood: two facts they share, a sentence each of their own."""
    folder.mkdir()
    own = ["A bakery on Mill Street lost its entire stock of flour.", "Volunteers filled sandbags outside the library.",
           "The mayor cancelled a planned trip to the capital.", "A rowing club lent its boats to the rescuers.",
           "Schools in the valley will stay closed until Thursday.", "The town museum moved its archive upstairs.",
           "Farmers upstream reported drowned sheep in the meadows.", "A freight train was halted at the junction.",
           "The football ground is now a lake, its groundsman said.", "Insurers opened a hotline for householders.",
           "A choir rehearsal went ahead in the church hall regardless.",
           "Bus routes were diverted over the hill road."]
    for n, outlet in enumerate(OUTLETS):
        (folder / f"report-{n:02d}.md").write_text(
            f"---\ntitle: Flood report {n}\noutlet: {outlet}\ndate: 2024-03-{n + 1:02d}\n---\n\n"
            "The river burst its banks and flooded the old town on Monday night.\n\n"
            "Two hundred residents were evacuated to the sports hall by firefighters.\n\n"
            f"{own[n]}\n", encoding="utf-8")
    corpus = load_corpus([folder])
    assert len(corpus.articles) == len(OUTLETS)
    return Shelf.build(corpus, [Event("flood", "flood", None, corpus.articles)])


async def test_many_outlets_scroll_sideways_with_the_fact_column_kept(tmp_path: Path) -> None:
    shelf = many_reports(tmp_path / "flood")
    app = ParallaxApp(Session([], shelf=shelf, settings=Settings(paraphrases=False)))  # the real word aligner
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("a")
        screen = await coverage_ready(pilot, 120)
        coverage = coverage_of(screen)
        table = grid(screen)
        headings = [str(column.label) for column in table.columns.values()][1:]
        assert len(headings) == len(set(headings)) == len(OUTLETS)
        assert all(len(h) <= OUTLET_WIDTH for h in headings)
        assert any(f.support == len(OUTLETS) for f in coverage.facts)
        assert [len(coverage.unique(k)) for k in range(len(OUTLETS))] == [1] * len(OUTLETS)
        assert table.virtual_size.width > table.size.width and table.scroll_x == 0
        await go_to(pilot, screen, 0, len(OUTLETS))
        # The table scrolls the cursor into view after a refresh, the detail follows its highlight.
        await wait_until(pilot, lambda: table.scroll_x > 0, "the grid scrolled sideways")
        detail = screen.query_one("#detail")
        await wait_until(pilot, lambda: outlet_name(coverage.articles[-1]) in str(detail.render()),
                         "the last outlet's name in the detail line")
        line = table.render_line(1).text  # the first fact's row: its label stays on the left
        assert line.lstrip().startswith(coverage.facts[0].label[:10])


async def test_without_colour_the_cell_under_the_cursor_is_in_reverse_video(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = fixture_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_coverage(pilot)
        table = grid(screen)
        cursor = [seg for seg in table.render_line(1) if seg.style and seg.style.reverse]
        assert [seg.text.strip() for seg in cursor] == [cells(screen, 0)[1]]


async def test_progress_shows_until_the_whole_coverage_is_built() -> None:
    app = fixture_app()
    fixed = app.session.aligner
    assert fixed is not None
    turns = threading.Semaphore(0)

    def one_pair_a_turn(left: Article, right: Article) -> Alignment:
        assert turns.acquire(timeout=30)
        return fixed(left, right)

    app.session.aligner = one_pair_a_turn
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("a")
        # Pushed first, composed a moment later: wait for its bar.
        await wait_until(pilot, lambda: isinstance(app.screen, CoverageScreen) and bool(app.screen.query("#progress")),
                         "the coverage screen and its bar")
        screen = app.screen
        assert isinstance(screen, CoverageScreen)
        bar = screen.query_one("#progress", ProgressBar)
        assert "reading 3 reports" in str(screen.query_one("#title").render())
        turns.release()  # one of the three pairs
        await wait_until(pilot, lambda: (bar.progress or 0) > 0.3, "the bar to move")
        assert not grid(screen).display and screen.coverage is None  # never a part shown as the result
        await pilot.press("s")
        await told(pilot, "Still")
        assert screen.coverage is None
        turns.release(2)
        ready = await coverage_ready(pilot)
        assert ready is screen and grid(screen).display and not screen.query("#progress")


async def test_enter_on_the_fact_column_and_on_the_own_sentences_row() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_coverage(pilot)
        coverage = coverage_of(screen)
        fact = coverage.facts[0]
        await go_to(pilot, screen, 0, 0)
        await pilot.press("enter")  # the fact's label: its central report against its partner
        compare = await compare_ready(pilot)
        assert compare.left.path == coverage.articles[fact.central].path
        assert compare.right.path == coverage.articles[fact.partner(fact.central)].path
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is screen, "the coverage again")
        await go_to(pilot, screen, len(coverage.facts), 2)  # the counts row, second outlet
        await pilot.press("enter")
        await wait_until(pilot, lambda: screen.filter == ("only", 1), "the second outlet's own sentences")
        assert row_keys(screen) == [f"u{s}" for s in coverage.unique(1)]


async def test_escape_while_building_goes_back_and_stops_the_work() -> None:
    app = fixture_app()
    fixed = app.session.aligner
    assert fixed is not None
    turns = threading.Semaphore(0)
    aligned: list[str] = []

    def one_pair_a_turn(left: Article, right: Article) -> Alignment:
        assert turns.acquire(timeout=30)
        aligned.append(left.path)
        return fixed(left, right)

    app.session.aligner = one_pair_a_turn
    build, built, done = app.session.coverage, list[Coverage | None](), threading.Event()

    def watched(articles: Sequence[Article], **kwargs: Any) -> Coverage | None:
        try:
            built.append(build(articles, **kwargs))
        finally:
            done.set()
        return built[-1]

    app.session.coverage = watched  # type: ignore[method-assign]  # to see the worker's result
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("a")
        await wait_until(pilot, lambda: isinstance(app.screen, CoverageScreen), "the coverage screen")
        await wait_until(pilot, lambda: any(w.group == "coverage" and w.state == WorkerState.RUNNING
                                            for w in app.workers), "the coverage work, running")
        (worker,) = [w for w in app.workers if w.group == "coverage"]
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, LibraryScreen), "the library again")
        # The screen's workers are cancelled as it is removed, a few messages after the library shows:
        # only then may the first pair end (else the work would go on to the second before the cancel).
        await wait_until(pilot, lambda: worker.is_cancelled, "the coverage work cancelled")
        turns.release(3)
        await wait_until(pilot, done.is_set, "the coverage work to end")
        assert built == [None] and len(aligned) == 1  # cancelled before the second pair
        assert isinstance(app.screen, LibraryScreen)


async def test_the_grid_keys_are_in_the_palette_and_can_be_remapped() -> None:
    app = fixture_app(keymap={"coverage.sort": "t"})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_coverage(pilot)
        await pilot.press("s")
        assert not screen.by_first
        await pilot.press("t")
        await wait_until(pilot, lambda: screen.by_first, "the facts sorted by t")
        await run_command(pilot, "coverage: sort the facts")
        await wait_until(pilot, lambda: app.screen is screen and not screen.by_first, "the palette's sort")
        await run_command(pilot, "coverage: keep the facts")
        await wait_until(pilot, lambda: screen.filter == ("missing", 0), "the palette's missing filter")
        await run_command(pilot, "coverage: clear the filter")
        await wait_until(pilot, lambda: screen.filter is None and app.screen is screen, "the filter cleared")


async def test_a_failure_while_building_is_said_in_one_line() -> None:
    app = fixture_app()

    def broken(left: Article, right: Article) -> Alignment:
        raise ValueError("the [bold]encoder[/bold] is broken")

    app.session.aligner = broken
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("a")
        await wait_until(pilot, lambda: isinstance(app.screen, CoverageScreen)
                         and "could not" in str(app.screen.query_one("#title").render()), "the failure")
        screen = app.screen
        assert isinstance(screen, CoverageScreen)
        assert "[bold]encoder[/bold]" in str(screen.query_one("#title").render())  # text, not markup
        assert not screen.query("#progress") and not grid(screen).display
        await pilot.press("s")
        await told(pilot, "could not be built")
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, LibraryScreen), "the library again")


async def test_h_j_k_l_move_the_cell_cursor() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_coverage(pilot)
        table = grid(screen)
        assert (table.cursor_row, table.cursor_column) == (0, 1)  # on the first outlet: o and x work at once
        await pilot.press("j", "j", "l")
        await wait_until(pilot, lambda: (table.cursor_row, table.cursor_column) == (2, 2), "the cursor on (2, 2)")
        await pilot.press("k", "h", "h")
        await wait_until(pilot, lambda: (table.cursor_row, table.cursor_column) == (1, 0), "the cursor on (1, 0)")


async def test_e_exports_the_grid_as_a_page_whose_marks_link_to_sentences(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_coverage(pilot)
        coverage = coverage_of(screen)
        await pilot.press("e")
        await wait_until(pilot, lambda: any(tmp_path.glob("parallax-coverage-*.html")), "the exported grid")
    page = next(tmp_path.glob("parallax-coverage-*.html")).read_text(encoding="utf-8")
    assert page.count("<tr>") == len(coverage.facts) + 2  # the heading, each fact, the own-sentences row
    assert all(f'id="{target}"' in page for target in re.findall(r'href="#([^"]+)"', page))
