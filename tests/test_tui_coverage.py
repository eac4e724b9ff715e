"""Pilot tests of the coverage screen: real keys on the fixed fixture (its injected
aligner) and on the real seeds (the real aligner). The grid is checked against the
coverage the screen built, cell by cell, so a mark in the wrong place fails."""

from __future__ import annotations

from rich.text import Text
from textual.pilot import Pilot
from textual.widgets import DataTable

from tests.conftest import ROOT, SIZE, compare_ready, help_text, run_command, tree_of, wait_until
from tests.snapshot_apps.fixture import fixture_app
from tui.app import ParallaxApp
from tui.engine.coverage import Coverage
from tui.screens.compare import CompareScreen
from tui.screens.coverage import ALONE, MISSING, REPORTS, CoverageScreen
from tui.screens.library import LibraryScreen
from tui.session import Session


async def coverage_ready(pilot: Pilot[None], timeout: float = 15.0) -> CoverageScreen:
    app = pilot.app
    await wait_until(pilot, lambda: isinstance(app.screen, CoverageScreen) and app.screen.coverage is not None,
                     "the coverage grid", timeout)
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
    """Move the cell cursor with the arrow keys, as a reader would."""
    table = grid(screen)
    while table.cursor_row != row:
        await pilot.press("down" if table.cursor_row < row else "up")
    while table.cursor_column != column:
        await pilot.press("right" if table.cursor_column < column else "left")
    await pilot.pause()


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
        by_first = row_keys(screen)
        expected = sorted(range(len(facts)), key=lambda n: (facts[n].members[0].article,
                                                            facts[n].members[0].sentences))
        assert by_first == [f"f{n}" for n in expected] + [ALONE]
        assert by_first != by_support
        assert "by first report" in str(screen.query_one("#title").render())
        await pilot.press("s")
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
        missing = [f"f{n}" for n, f in enumerate(coverage.facts) if not f.sentences_of(k)]
        assert row_keys(screen)[:-1] == missing
        assert all(cells(screen, row)[k + 1] == MISSING for row in range(len(missing)))
        assert "missing from" in str(screen.query_one("#title").render())
        await pilot.press("escape")
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
        own = coverage.unique(k)
        assert own and row_keys(screen) == [f"u{s}" for s in own]
        first = cells(screen, 0)
        assert coverage.articles[k].texts[own[0]].startswith(first[0].rstrip("…"))
        assert [c for c in first[1:]] == [REPORTS if j == k else MISSING for j in range(3)]
        await pilot.press("left")  # another outlet's cell on an own sentence: nothing to open
        await pilot.press("enter")
        assert app.screen is screen and "Only" in notices(app)
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
        await pilot.pause()
        assert app.screen is screen
        assert "does not report this fact" in notices(app)


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
        text = help_text(app)
        for binding_id in ("coverage.sort", "coverage.only", "coverage.missing", "coverage.open",
                           "library.coverage", "compare.coverage"):
            assert binding_id in text
        await pilot.press("escape", "escape")
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
                    if getattr(node.data, "articles", ()) and len(node.data.articles) == 1)
        tree.move_cursor(lone)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert "two reports or more" in notices(app)


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
        assert set(row_keys(screen)) == {f"f{n}" for n in range(len(coverage.facts))} | {ALONE}
        fact = coverage.facts[0]
        k = fact.members[0].article
        await go_to(pilot, screen, row_keys(screen).index("f0"), k + 1)
        await pilot.press("enter")
        compare = await compare_ready(pilot)
        assert compare.left.path == coverage.articles[k].path
        assert compare.current is not None
        assert min(fact.sentences_of(k)) in compare.matches[compare.current].left
