"""Pilot tests of the library: the event tree, its keys, the picker, notices and moving articles.

They press real keys on real screens; most run on the fixed fixture
(tests/snapshot_apps/fixture.py), the loading ones on the real seeds.
"""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

import pytest
from textual.widgets import Label, OptionList

from tests.conftest import (
    ROOT,
    SIZE,
    compare_ready,
    cursor_data,
    on_screen,
    open_first_event,
    plain,
    run_command,
    seed_copies,
    status,
    tree_of,
    wait_until,
    workers_done,
)
from tests.snapshot_apps.fixture import fixture_app
from tui.app import ParallaxApp
from tui.config import load_config
from tui.engine.model import Alignment, Article, Event
from tui.screens.compare import CompareScreen
from tui.screens.help import HelpScreen
from tui.screens.library import LibraryScreen
from tui.screens.notices import NoticesScreen
from tui.screens.picker import PickerScreen
from tui.screens.reader import ReaderScreen
from tui.session import Session


async def test_library_lists_events_with_date_sources_and_articles() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        tree = tree_of(app)
        events = [n for n in tree.root.children if isinstance(n.data, Event)]
        assert app.session.shelf is not None and len(events) == len(app.session.shelf.events)
        first = events[0]
        event = first.data
        assert isinstance(event, Event) and event.date is not None
        label = plain(first.label)
        assert "3 reports" in label and event.label in label
        assert event.date in label
        leaves = [plain(leaf.label) for leaf in first.children]
        # An article without outlet or date is named by what is known, never "unknown · unknown".
        assert not any("unknown" in leaf for leaf in leaves)
        assert any(leaf.startswith("Shafaq News · 2024-07-12") for leaf in leaves)
        nameless = next(a for a in event.articles if not a.outlet)
        assert any(leaf.startswith(nameless.date or "") and (nameless.title or "") in leaf for leaf in leaves)


async def test_j_k_and_arrows_move_the_cursor() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        tree = tree_of(app)
        assert tree.cursor_line == 0
        for keys, line in ((("j", "j"), 2), (("k",), 1), (("down",), 2), (("up", "up"), 0)):
            await pilot.press(*keys)
            await wait_until(pilot, lambda line=line: tree.cursor_line == line,  # type: ignore[misc]
                             f"the cursor on line {line} after {keys}")


async def test_enter_on_an_event_compares_its_first_two_articles() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        event = cursor_data(app)
        assert isinstance(event, Event)
        screen = await open_first_event(pilot)
        assert (screen.left.path, screen.right.path) == (event.articles[0].path, event.articles[1].path)
        assert "match 1 of" in status(screen) or "no matches" in status(screen)


async def test_enter_on_an_article_compares_it_with_the_best_partner_in_its_event() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("j")
        await wait_until(pilot, lambda: isinstance(cursor_data(app), Article), "the cursor on an article")
        article = cursor_data(app)
        assert isinstance(article, Article)
        await pilot.press("enter")
        screen = await compare_ready(pilot)
        assert screen.left.path == article.path
        assert app.session.shelf is not None
        siblings = {a.path for a in app.session.shelf.siblings(article)} - {article.path}
        assert screen.right.path in siblings


async def test_enter_on_a_lone_article_offers_the_picker_and_c_picks_a_partner() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        tree = tree_of(app)
        lone = next(n for n in tree.root.children if isinstance(n.data, Event) and len(n.data.articles) == 1)
        tree.move_cursor(lone.children[0])
        await pilot.press("enter")
        await on_screen(pilot, PickerScreen)
        await pilot.press("escape")
        await on_screen(pilot, LibraryScreen)
        await pilot.press("c")
        picker = await on_screen(pilot, PickerScreen)
        choices = picker.query_one(OptionList)
        await pilot.press(*"pittsburgh")
        await wait_until(pilot, lambda: choices.option_count == 1, "one choice for pittsburgh")
        await pilot.press("enter")
        screen = await compare_ready(pilot)
        alone = lone.children[0].data
        assert isinstance(alone, Article) and screen.left.path == alone.path
        assert screen.right.outlet == "Pittsburgh Post-Gazette"


async def test_picker_arrows_move_the_highlight() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("j", "c")
        choices = (await on_screen(pilot, PickerScreen)).query_one(OptionList)
        assert choices.highlighted == 0
        await pilot.press("down", "down", "up")
        await wait_until(pilot, lambda: choices.highlighted == 1, "the second choice highlighted")


async def test_i_shows_the_notices_and_escape_comes_back() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("i")
        notices = await on_screen(pilot, NoticesScreen)
        prompt = notices.query_one(OptionList).get_option_at_index(0).prompt
        assert "binary data" in str(prompt)
        await pilot.press("escape")
        await on_screen(pilot, LibraryScreen)


async def test_q_quits_from_the_library() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("q")
        await wait_until(pilot, lambda: app.return_code is not None, "the app to exit")
    assert app.return_code == 0
    assert not app.is_running


async def test_m_moves_an_article_into_an_event_of_its_own_and_saves_a_pin(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    config_path = tmp_path / "config.toml"
    config_path.write_text("# mine\n", encoding="utf-8")
    config = load_config(str(config_path))
    app = ParallaxApp(Session(["seeds"], config=config))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.session.shelf is not None, "the corpus")
        await pilot.pause()
        tree = tree_of(app)
        event = next(n for n in tree.root.children if isinstance(n.data, Event) and len(n.data.articles) >= 2)
        moved = event.children[-1].data
        assert isinstance(moved, Article)
        tree.move_cursor(event.children[-1])
        await pilot.press("m")
        await on_screen(pilot, PickerScreen)
        await pilot.press("enter")  # the first choice: an event of its own
        await wait_until(pilot, lambda: app.session.shelf is not None and len(app.session.shelf.siblings(moved)) == 1,
                         "the regrouped corpus")
        text = config_path.read_text(encoding="utf-8")
        assert text.startswith("# mine\n") and "[[events.pin]]" in text and moved.path in text
        # The cursor goes back to the article once the new tree has its row (built in batches).
        def on_moved() -> bool:
            kept = cursor_data(app)
            return isinstance(kept, Article) and kept.path == moved.path

        await wait_until(pilot, on_moved, "the cursor kept on the moved article")


async def test_m_without_a_config_says_why_it_cannot_move() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("j", "m")
        await on_screen(pilot, PickerScreen)
        await pilot.press("enter")
        await on_screen(pilot, LibraryScreen)
        await wait_until(pilot, lambda: any("Cannot move articles" in n.message for n in app._notifications),
                         "the reason it cannot move")
        assert app.session.shelf is not None


async def test_an_empty_folder_shows_an_empty_library_that_still_answers_keys(tmp_path: Path) -> None:
    app = ParallaxApp(Session([str(tmp_path)]))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.session.shelf is not None, "the (empty) corpus")
        await pilot.pause()
        assert "No articles found" in str(app.screen.query_one("#summary").render())
        await pilot.press("enter", "c", "b", "m", "j", "k", "i")
        await on_screen(pilot, NoticesScreen)
        await pilot.press("escape")
        await on_screen(pilot, LibraryScreen)
        await pilot.press("q")
        await wait_until(pilot, lambda: app.return_code is not None, "the app to exit")
    assert app.return_code == 0



async def test_thousands_of_skipped_files_are_one_row_that_opens(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for k in range(600):
        (folder / f"empty-{k:04d}.txt").write_text("", encoding="utf-8")
    shutil.copy(ROOT / "seeds" / "000_7f0f2242164ee204.txt", folder / "real.txt")
    app = ParallaxApp(Session([str(folder)]))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.session.shelf is not None, "the corpus", timeout=120)
        await pilot.pause()
        await pilot.press("i")
        options = (await on_screen(pilot, NoticesScreen)).query_one("#notices", OptionList)
        assert options.option_count == 1  # one reason, one row
        assert "600 files" in str(options.get_option_at_index(0).prompt)
        await pilot.press("enter")
        await wait_until(pilot, lambda: options.option_count > 1, "the group opened")
        assert "empty-0000.txt" in str(options.get_option_at_index(1).prompt)
        assert options.option_count <= 502


async def test_the_line_under_the_tree_says_what_ties_an_event_and_an_article() -> None:
    app = fixture_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        detail = app.screen.query_one("#detail", Label)
        await wait_until(pilot, lambda: "ties:" in str(detail.render()), "the event's ties")
        assert "tied" in str(detail.render())
        await pilot.press("j")
        await wait_until(pilot, lambda: ".txt" in str(detail.render()) and "ties:" in str(detail.render()),
                         "the article's source and ties")


async def test_the_line_under_the_tree_follows_a_cursor_that_moves_faster_than_it_is_read() -> None:
    """The line is read in a thread; rows passed over before their line is ready never show last."""
    from tui.widgets.row_detail import RowDetail

    app = fixture_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_until(pilot, lambda: bool(tree_of(app).root.children), "the library")
        await pilot.press("j", "j", "j", "k", "j", "j")
        await wait_until(pilot, lambda: tree_of(app).cursor_line == 4, "the cursor four rows down")
        await workers_done(pilot)
        item = cursor_data(app)
        expected = RowDetail().describe(item, app.session.shelf)  # type: ignore[arg-type]
        detail = app.screen.query_one("#detail", Label)
        # The last row's highlight reaches the line as a message, which may start its thread after
        # the others ended: wait for the line to settle on the row under the cursor.
        await wait_until(pilot, lambda: str(detail.render()) == expected.plain, "the line of the row under the cursor")


async def test_rows_asked_for_while_one_is_read_are_read_by_the_same_thread_the_latest_only() -> None:
    from tui.widgets.row_detail import DetailLine, RowDetail

    app = fixture_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_until(pilot, lambda: bool(tree_of(app).root.children), "the library")
        line = app.screen.query_one(DetailLine)
        # The first row's line is asked for after the first refresh: let it be read first (else its
        # late `show` would be the latest request, not the test's last row).
        await wait_until(pilot, lambda: bool(str(line.render())), "the first row's line")
        await workers_done(pilot)
        rows = [node.data for node in tree_of(app).root.children if isinstance(node.data, Event)]
        for row in rows:  # as fast as a held key: no thread has answered yet
            line.show(row, app.session.shelf)
        assert len([w for w in app.workers if w.group == "detail"]) == 1
        await workers_done(pilot)
        expected = RowDetail().describe(rows[-1], app.session.shelf)
        assert str(line.render()) == expected.plain


async def test_after_a_reload_the_row_under_the_cursor_is_the_new_one(tmp_path: Path) -> None:
    """A reload (new stored articles, a pin) rebuilds the tree under a cursor that has not moved:
    the detail line and enter must then speak of the new shelf's row, not the old one's."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copy(seed, corpus / seed.name)
    app = ParallaxApp(Session([str(corpus)]))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.session.shelf is not None and bool(tree_of(app).root.children),
                         "the library")
        first = app.session.shelf.events[0] if app.session.shelf else None
        assert first is not None and cursor_data(app) is first
        detail = app.screen.query_one("#detail", Label)
        await wait_until(pilot, lambda: f"{len(first.articles)} reports" in str(detail.render()), "its detail")
        copy = corpus / ("copy-" + Path(first.articles[0].path).name)  # one more report of the first event
        copy.write_text(Path(first.articles[0].path).read_text(encoding="utf-8") + "\nA line added.\n",
                        encoding="utf-8")
        library = app.screen
        assert isinstance(library, LibraryScreen)
        library.reload()
        await wait_until(pilot, lambda: app.session.shelf is not None and app.session.shelf.events[0] is not first,
                         "the new shelf")
        new = app.session.shelf.events[0] if app.session.shelf else None
        assert new is not None and len(new.articles) == len(first.articles) + 1
        await wait_until(pilot, lambda: cursor_data(app) is new, "the cursor on the new shelf's first row")
        await wait_until(pilot, lambda: f"{len(new.articles)} reports" in str(detail.render()), "the new detail")


async def test_shift_m_merges_an_event_into_another_and_saves_pins(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    config_path = tmp_path / "config.toml"
    config_path.write_text("# mine\n", encoding="utf-8")
    app = ParallaxApp(Session(["seeds"], config=load_config(str(config_path))))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.session.shelf is not None, "the corpus")
        await pilot.pause()
        shelf = app.session.shelf
        assert shelf is not None
        before = len(shelf.events)
        tree = tree_of(app)
        lone = next(n for n in tree.root.children if isinstance(n.data, Event) and len(n.data.articles) == 1)
        tree.move_cursor(lone)
        await pilot.press("M")
        await on_screen(pilot, PickerScreen)
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.session.shelf is not None and len(app.session.shelf.events) == before - 1,
                         "one event fewer")
        assert "[[events.pin]]" in config_path.read_text(encoding="utf-8")


async def test_g_G_and_z_move_to_the_ends_and_fold_every_event() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        tree = tree_of(app)
        events = [node for node in tree.root.children if isinstance(node.data, Event)]
        await pilot.press("G")
        await wait_until(pilot, lambda: tree.cursor_line == tree.last_line > 0, "the cursor on the last row")
        await pilot.press("g")
        await wait_until(pilot, lambda: tree.cursor_line == 0, "the cursor on the first row")
        await pilot.press("z")
        await wait_until(pilot, lambda: not any(node.is_expanded for node in events), "every event folded")
        await pilot.press("z")
        await wait_until(pilot, lambda: all(node.is_expanded for node in events), "every event expanded")


async def test_r_reads_an_article_alone_and_y_copies_where_it_came_from() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("j", "r")
        article = (await on_screen(pilot, ReaderScreen)).article
        await pilot.press("y")
        await wait_until(pilot, lambda: app.clipboard == (article.url or article.path), "the source copied")
        await pilot.press("escape")
        await on_screen(pilot, LibraryScreen)


async def test_the_palette_finds_an_article_by_its_file_name() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        shelf = app.session.shelf
        assert shelf is not None
        nameless = next(a for a in shelf.articles if not a.outlet)
        stem = Path(nameless.path).name[:12]
        await run_command(pilot, stem)
        await wait_until(pilot, lambda: isinstance(app.screen, CompareScreen | PickerScreen), "the article opened")


async def test_a_large_cold_corpus_is_read_and_weighed_in_process_pools_from_the_tui(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The pools start from the TUI too, where Textual's print catchers stand in for stdout and
    stderr (fileno -1, which multiprocessing cannot hand on): "bad value(s) in fds_to_keep"."""
    import multiprocessing

    from tui.engine import articlefacts, parallel, pipeline

    if parallel.cores() < 2:
        pytest.skip("one core: the pools are never used")
    monkeypatch.setattr(pipeline, "POOL_MIN_FILES", 10)
    monkeypatch.setattr(articlefacts, "TERMS_POOL_MIN", 10)
    folder = seed_copies(tmp_path / "many", 24)
    started: set[int] = set()
    app = ParallaxApp(Session([str(folder)]))
    async with app.run_test(size=SIZE) as pilot:
        def listed() -> bool:
            started.update(p.pid for p in multiprocessing.active_children() if p.pid is not None)
            title = str(app.screen.query_one("#title", Label).render())
            assert "could not read" not in title, title
            return "events from 24 articles" in title

        await wait_until(pilot, listed, "the 24 files listed", timeout=120)
    assert started  # other processes read them


def summary(library: LibraryScreen) -> str:
    """The library's line under the tree."""
    return str(library.query_one("#summary", Label).render())


async def test_a_partner_found_after_the_reader_left_the_library_clears_the_line_and_opens_nothing() -> None:
    app = fixture_app()
    gate = threading.Event()
    inner = app.session.aligner
    assert inner is not None

    def held(left: Article, right: Article) -> Alignment:
        gate.wait(timeout=120)  # the partner is being found until the test lets it
        return inner(left, right)

    app.session.aligner = held
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j")
        await wait_until(pilot, lambda: isinstance(cursor_data(app), Article), "the cursor on an article")
        library = app.screen
        assert isinstance(library, LibraryScreen)
        await pilot.press("enter")
        await wait_until(pilot, lambda: "finding the best partner" in summary(library), "the search for a partner")
        await pilot.press("question_mark")
        await on_screen(pilot, HelpScreen)
        gate.set()
        await wait_until(pilot, lambda: any("not opened" in str(n.message) for n in app._notifications),
                         "the reader told the comparison was not opened")
        assert isinstance(app.screen, HelpScreen), "no comparison pushed over the screen the reader went to"
        await pilot.press("escape")
        await on_screen(pilot, LibraryScreen)
        assert "finding" not in summary(library)


async def test_a_new_shelf_s_index_replaces_the_old_one_which_is_closed() -> None:
    app = ParallaxApp(Session([str(ROOT / "seeds")]))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.session.index is not None, "the seeds' index")
        old = app.session.index
        assert old is not None and old.find("Austin")
        library = await on_screen(pilot, LibraryScreen)
        library.reload()
        await wait_until(pilot, lambda: app.session.index not in (None, old), "the new shelf's index")
        with pytest.raises(sqlite3.ProgrammingError):  # closed: its database is let go
            old.find("Austin")
        assert app.session.index is not None and app.session.index.find("Austin")
