"""Pilot tests: every key path of the TUI, pressed as a user would press it.

Most tests run on the fixed fixture (tests/snapshot_apps/fixture.py) so they do not
depend on the engine's output of the day; the loading tests read the real seeds.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rich.text import Text
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Tree

from tests.snapshot_apps.fixture import fixture_app
from tui.app import ParallaxApp, Settings
from tui.engine.model import Article, Event
from tui.engine.shelf import Shelf
from tui.screens.bookmarks import BookmarksScreen
from tui.screens.compare import CompareScreen
from tui.screens.confirm import ConfirmScreen
from tui.screens.help import HelpScreen
from tui.screens.library import LibraryScreen
from tui.screens.note_input import NoteInputScreen
from tui.screens.notices import NoticesScreen
from tui.screens.picker import PickerScreen
from tui.widgets.article_pane import ArticlePane
from tui.widgets.status_bar import StatusBar

ROOT = Path(__file__).resolve().parents[1]
SIZE = (100, 30)


async def wait_until(pilot: Pilot[None], condition: Callable[[], bool], what: str, timeout: float = 15.0) -> None:
    """Poll (without asserting on time) until `condition` holds; fail naming `what`."""
    for _ in range(int(timeout / 0.02)):
        if condition():
            return
        await pilot.pause(0.02)
    raise AssertionError(f"timed out waiting for {what}")


async def compare_ready(pilot: Pilot[None]) -> CompareScreen:
    app = pilot.app
    await wait_until(pilot, lambda: isinstance(app.screen, CompareScreen) and app.screen.alignment is not None,
                     "an aligned comparison")
    await pilot.pause()
    assert isinstance(app.screen, CompareScreen)
    return app.screen


def tree_of(app: ParallaxApp) -> Tree[object]:
    return app.screen.query_one("#events", Tree)


def plain(label: str | Text) -> str:
    """A tree label's text, whether it was given as a string or as Text."""
    return label if isinstance(label, str) else label.plain


def side(screen: CompareScreen) -> str:
    """The focused side, read afresh (a plain attribute read would let mypy narrow it for good)."""
    return str(screen.side)


def status(screen: CompareScreen) -> str:
    rendered = screen.query_one(StatusBar).render()
    return str(rendered)


def cursor_data(app: ParallaxApp) -> object:
    node = tree_of(app).cursor_node
    return node.data if node else None


async def open_first_event(pilot: Pilot[None]) -> CompareScreen:
    await pilot.press("enter")
    return await compare_ready(pilot)


# -- library ---------------------------------------------------------------------


async def test_library_lists_events_with_date_sources_and_articles() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        tree = tree_of(app)
        events = [n for n in tree.root.children if isinstance(n.data, Event)]
        assert app.shelf is not None and len(events) == len(app.shelf.events)
        first = events[0]
        event = first.data
        assert isinstance(event, Event) and event.date is not None
        label = plain(first.label)
        assert "3 sources" in label and event.label in label
        assert event.date in label
        leaves = [plain(leaf.label) for leaf in first.children]
        assert any("unknown" in leaf for leaf in leaves)
        assert any(leaf.startswith("Shafaq News · 2024-07-12") for leaf in leaves)


async def test_j_k_and_arrows_move_the_cursor() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        tree = tree_of(app)
        assert tree.cursor_line == 0
        await pilot.press("j", "j")
        assert tree.cursor_line == 2
        await pilot.press("k")
        assert tree.cursor_line == 1
        await pilot.press("down")
        assert tree.cursor_line == 2
        await pilot.press("up", "up")
        assert tree.cursor_line == 0


async def test_enter_on_an_event_compares_its_first_two_articles() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        event = cursor_data(app)
        assert isinstance(event, Event)
        screen = await open_first_event(pilot)
        assert (screen.left.path, screen.right.path) == (event.articles[0].path, event.articles[1].path)
        assert "matches" in status(screen) or "no matches" in status(screen)


async def test_enter_on_an_article_compares_it_with_the_best_partner_in_its_event() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("j")
        article = cursor_data(app)
        assert isinstance(article, Article)
        await pilot.press("enter")
        screen = await compare_ready(pilot)
        assert screen.left.path == article.path
        assert app.shelf is not None
        siblings = {a.path for a in app.shelf.siblings(article)} - {article.path}
        assert screen.right.path in siblings


async def test_enter_on_a_lone_article_offers_the_picker_and_c_picks_a_partner() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        tree = tree_of(app)
        lone = next(n for n in tree.root.children if isinstance(n.data, Event) and len(n.data.articles) == 1)
        tree.move_cursor(lone.children[0])
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, PickerScreen), "the picker")
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("c")
        assert isinstance(app.screen, PickerScreen)
        await pilot.press(*"pittsburgh")
        choices = app.screen.query_one(OptionList)
        assert choices.option_count == 1
        await pilot.press("enter")
        screen = await compare_ready(pilot)
        assert screen.left.path == lone.children[0].data.path
        assert screen.right.outlet == "Pittsburgh Post-Gazette"


async def test_picker_arrows_move_the_highlight() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("j", "c")
        choices = app.screen.query_one(OptionList)
        assert choices.highlighted == 0
        await pilot.press("down", "down", "up")
        assert choices.highlighted == 1


async def test_i_shows_the_notices_and_escape_comes_back() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("i")
        assert isinstance(app.screen, NoticesScreen)
        prompt = app.screen.query_one(OptionList).get_option_at_index(0).prompt
        assert "binary data" in str(prompt)
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


async def test_q_quits_from_the_library() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    assert not app.is_running


# -- comparison ------------------------------------------------------------------


def pair_rows(screen: CompareScreen) -> tuple[int, int]:
    """Where the current match starts on screen in each pane."""
    assert screen.current is not None
    match = screen.matches[screen.current]
    left, right = screen.pane("left"), screen.pane("right")
    return (left.first_line(min(match.left)) - round(left.scroll_y),
            right.first_line(min(match.right)) - round(right.scroll_y))


async def test_n_and_N_walk_the_matches_and_line_the_pair_up() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await open_first_event(pilot)
        total = len(screen.matches)
        assert total >= 2
        await pilot.press("n")
        assert screen.current == 0
        assert f"match 1 of {total}" in status(screen)
        assert "score" in status(screen) and "covered: left" in status(screen)
        await pilot.press("n")
        assert screen.current == 1
        left_row, right_row = pair_rows(screen)
        assert left_row == right_row
        await pilot.press("N")
        assert screen.current == 0
        await pilot.press("N")
        assert screen.current == total - 1
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
        assert side(screen) == "right" and app.focused is screen.pane("right")
        await pilot.press("tab")
        assert side(screen) == "left"


async def test_j_k_scroll_the_focused_pane() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await open_first_event(pilot)
        left = screen.pane("left")
        await pilot.press("j", "j", "j")
        assert round(left.scroll_y) == 3
        await pilot.press("k", "up")
        assert round(left.scroll_y) == 1
        await pilot.press("down")
        assert round(left.scroll_y) == 2


async def test_s_swaps_the_sides_and_keeps_the_current_match() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await open_first_event(pilot)
        left, right = screen.left.path, screen.right.path
        await pilot.press("n", "n")
        before = screen.matches[1]
        await pilot.press("s")
        assert (screen.left.path, screen.right.path) == (right, left)
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
        await pilot.press("right_square_bracket")
        await compare_ready(pilot)
        assert screen.left.path not in (first_left, right)
        assert screen.right.path == right
        await pilot.press("left_square_bracket")
        await compare_ready(pilot)
        assert screen.left.path == first_left
        await pilot.press("tab", "right_square_bracket")
        await compare_ready(pilot)
        assert screen.left.path == first_left and screen.right.path not in (first_left, right)


async def test_c_in_the_comparison_replaces_the_other_side() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await open_first_event(pilot)
        left = screen.left.path
        await pilot.press("c")
        assert isinstance(app.screen, PickerScreen)
        await pilot.press(*"pittsburgh", "enter")
        await compare_ready(pilot)
        assert screen.left.path == left and screen.right.outlet == "Pittsburgh Post-Gazette"


async def test_slash_searches_both_panes_and_enter_jumps_to_hits() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await open_first_event(pilot)
        await pilot.press("slash")
        search = screen.query_one("#search", Input)
        assert app.focused is search
        await pilot.press(*"belousov")
        assert "sentences left" in status(screen)
        hits = screen._hits["left"]
        assert hits
        await pilot.press("enter")
        left = screen.pane("left")
        assert left.first_line(hits[0]) - round(left.scroll_y) in (0, 1, 2)
        if len(hits) > 1:
            await pilot.press("enter")
            assert left.top_sentence() <= hits[1]
            assert left.first_line(hits[1]) - round(left.scroll_y) in (0, 1, 2)
        await pilot.press("escape")
        assert isinstance(app.screen, CompareScreen) and not screen.has_class("-searching")
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


async def test_q_goes_back_from_the_comparison() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await open_first_event(pilot)
        await pilot.press("q")
        assert isinstance(app.screen, LibraryScreen)
        assert app.is_running


async def test_v_toggles_the_stacked_layout() -> None:
    app = fixture_app(layout="side-by-side")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await open_first_event(pilot)
        left, right = screen.pane("left"), screen.pane("right")
        assert left.region.y == right.region.y
        await pilot.press("v")
        await pilot.pause()
        assert screen.has_class("-stacked")
        assert right.region.y > left.region.y
        await pilot.press("v")
        await pilot.pause()
        assert left.region.y == right.region.y


async def test_narrow_terminals_start_stacked_and_survive_resizes() -> None:
    app = fixture_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        screen = await open_first_event(pilot)
        assert screen.has_class("-stacked")
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert not screen.has_class("-stacked")  # "auto" follows the width...
        await pilot.press("v")
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert screen.has_class("-stacked")  # ...until the user chooses
        await pilot.press("n")
        for size in ((120, 40), (40, 12), (80, 24), (60, 20)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.press("n", "j")
        assert screen.current is not None


# -- bookmarks -------------------------------------------------------------------


async def test_b_bookmarks_a_match_and_B_lists_it_then_enter_jumps_to_it() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await open_first_event(pilot)
        await pilot.press("n", "n")
        match = screen.matches[1]
        await pilot.press("b")
        assert isinstance(app.screen, NoteInputScreen)
        await pilot.press(*"readouts", "enter")
        marks = app.bookmarks.all()
        assert len(marks) == 1
        mark = marks[0]
        assert (mark.left, mark.right, mark.note) == (screen.left.path, screen.right.path, "readouts")
        assert mark.passage is not None and mark.passage.left == match.left
        assert mark.passage.right == match.right
        await pilot.press("q", "B")
        assert isinstance(app.screen, BookmarksScreen)
        await pilot.press("enter")
        opened = await compare_ready(pilot)
        assert opened.current == 1
        assert pair_rows(opened)[0] == pair_rows(opened)[1]


async def test_b_in_the_library_bookmarks_the_article_and_escape_cancels() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("j", "b")
        assert isinstance(app.screen, NoteInputScreen)
        await pilot.press("escape")
        assert app.bookmarks.all() == []
        await pilot.press("b", "enter")
        marks = app.bookmarks.all()
        assert len(marks) == 1 and marks[0].right is None and marks[0].note == ""


async def test_bookmarks_e_edits_the_note_and_d_deletes_after_a_yes() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("j", "b", *"first", "enter")
        await pilot.press("B")
        assert isinstance(app.screen, BookmarksScreen)
        await pilot.press("e")
        assert isinstance(app.screen, NoteInputScreen)
        await pilot.press(*" again", "enter")
        assert app.bookmarks.all()[0].note == "first again"
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert len(app.bookmarks.all()) == 1
        await pilot.press("d", "y")
        assert app.bookmarks.all() == []
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


async def test_a_bookmark_on_one_article_opens_its_best_comparison() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("j", "b", "enter", "B", "enter")
        screen = await compare_ready(pilot)
        assert screen.left.path == app.bookmarks.all()[0].left


# -- help, palette, keymap -------------------------------------------------------


async def run_command(pilot: Pilot[None], query: str) -> None:
    """Open the palette, type `query`, wait for its best hit to show, and run it."""
    from textual.command import CommandList, CommandPalette

    app = pilot.app
    await pilot.press("ctrl+p")
    await wait_until(pilot, lambda: isinstance(app.screen, CommandPalette), "the palette")
    await pilot.press(*query)
    hits = app.screen.query_one(CommandList)
    await wait_until(pilot, lambda: hits.option_count > 0 and query.split(":")[0].lower()
                     in str(hits.get_option_at_index(0).prompt).lower(), f"a palette hit for {query!r}")
    await pilot.press("enter")


def help_text(app: ParallaxApp) -> str:
    assert isinstance(app.screen, HelpScreen)
    return "\n".join(t.title.plain if isinstance(t.title, Text) else str(t.title) for t in app.screen._sections()) \
        + "\n" + "\n".join(cell.plain for t in app.screen._sections() for col in t.columns
                           for cell in col._cells if isinstance(cell, Text))


async def test_question_mark_shows_every_key_grouped_with_ids() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await open_first_event(pilot)
        await pilot.press("question_mark")
        text = help_text(app)
        for heading in ("Comparison", "Pane (the focused side)", "Everywhere", "Library (elsewhere)"):
            assert heading in text
        compare_ids = {b.id for b in screen.BINDINGS if not isinstance(b, tuple) and b.id}
        for binding_id in compare_ids | {"help", "bookmarks", "open", "notices"}:
            assert binding_id in text
        await pilot.press("j", "k", "escape")
        assert isinstance(app.screen, CompareScreen)


async def test_a_keymap_remaps_keys_and_the_help_shows_the_new_key() -> None:
    app = fixture_app(keymap={"next_match": "x", "help": "f1"})
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await open_first_event(pilot)
        await pilot.press("n")
        assert screen.current is None
        await pilot.press("x")
        assert screen.current == 0
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
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


# -- real corpus, untrusted text -------------------------------------------------


async def test_the_seeds_load_in_a_worker_then_show() -> None:
    app = ParallaxApp([str(ROOT / "seeds")])
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.shelf is not None, "the corpus")
        await pilot.pause()
        assert app.shelf is not None and len(app.shelf.corpus.articles) == 5
        assert tree_of(app).root.children
        await pilot.press("enter")
        screen = await compare_ready(pilot)
        assert screen.pane("left").sentence_count > 0


async def test_markup_in_articles_shows_literally(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    body = ("The minister said [bold red]nothing[/] at all about the talks on Friday. "
            "Officials added [link=https://evil.example]click[/link] that more talks were planned soon.\n")
    (folder / "a.txt").write_text("[b]Title [i]with[/i] markup[/b]\n\n" + body * 3, encoding="utf-8")
    (folder / "b.txt").write_text("Another [red]headline[/red]\n\n" + body * 3, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    app = ParallaxApp([str(folder)], settings=Settings(layout="stacked"))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.shelf is not None, "the corpus")
        await pilot.pause()
        labels = [plain(leaf.label) for n in tree_of(app).root.children for leaf in n.children]
        assert any("[" in label for label in labels), labels
        await pilot.press("enter")
        screen = await compare_ready(pilot)
        left = screen.pane("left")
        lines = "".join(left.render_line(y).text for y in range(left.size.height))
        assert "[bold red]" in lines.replace("\n", "")
        assert app.shelf is not None and app.shelf.corpus.notices
        await pilot.press("q", "i")
        assert isinstance(app.screen, NoticesScreen)


async def test_a_failing_alignment_shows_an_error_and_the_app_goes_on() -> None:
    def broken(left: Article, right: Article) -> object:
        raise RuntimeError("boom")

    app = fixture_app()
    app._aligner = broken  # type: ignore[assignment]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, CompareScreen)
                         and "could not align" in status(app.screen), "the error")
        await pilot.press("n", "escape")
        assert isinstance(app.screen, LibraryScreen)


@pytest.mark.parametrize("theme", ["textual-light", "parallax"])
async def test_themes_render(theme: str) -> None:
    app = fixture_app(theme=theme)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == theme
        await open_first_event(pilot)
        await pilot.press("n")
        assert isinstance(app.screen.query_one("#left", ArticlePane), ArticlePane)


async def test_bookmarks_are_written_to_the_config_and_found_again(tmp_path: Path) -> None:
    from tui.bookmarks import BookmarkFile
    from tui.config import load_config

    config_path = tmp_path / "config.toml"
    config_path.write_text("# my settings\n[reading]\nlayout = \"auto\"\n", encoding="utf-8")
    store = BookmarkFile(load_config(str(config_path)))
    app = fixture_app(bookmarks=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await open_first_event(pilot)
        await pilot.press("n", "n", "b", *"kept", "enter")
        text = config_path.read_text(encoding="utf-8")
        assert text.startswith("# my settings\n") and "[[bookmarks]]" in text and 'note = "kept"' in text
        await pilot.press("q", "B", "enter")
        opened = await compare_ready(pilot)
        assert opened.current == 1 and opened is not screen


async def test_a_config_that_does_not_parse_makes_bookmarks_read_only(tmp_path: Path) -> None:
    from tui.bookmarks import BookmarkFile
    from tui.config import load_config

    config_path = tmp_path / "config.toml"
    config_path.write_text("[reading\n", encoding="utf-8")
    app = fixture_app(bookmarks=BookmarkFile(load_config(str(config_path))))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("j", "b")
        assert isinstance(app.screen, LibraryScreen)
        assert config_path.read_text(encoding="utf-8") == "[reading\n"


def plain_bg(strip: object) -> object:
    segments = list(strip)  # type: ignore[call-overload]
    return segments[2].style.bgcolor


async def test_gutter_signs_mark_matched_current_and_one_side_sentences() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await open_first_event(pilot)
        await pilot.press("n")
        match = screen.matches[0]
        left = screen.pane("left")
        layout = left.layout_now()

        def gutter(sentence: int) -> str:
            strip = left._render_strip(sentence, *layout.lines[layout.first[sentence]][1:],
                                       sentence in match.left, left.size.width)
            return strip.text[0]

        assert gutter(min(match.left)) == "▶"
        # The current match keeps its pair colour (the emphasis only adds to it).
        first = min(match.left)
        current = left._render_strip(first, *layout.lines[layout.first[first]][1:], True, left.size.width)
        plain = left._render_strip(first, *layout.lines[layout.first[first]][1:], False, left.size.width)
        text_segments = list(current)[2:]
        assert text_segments[0].style is not None and plain_bg(plain) == text_segments[0].style.bgcolor
        assert text_segments[0].style.bgcolor != left.rich_style.bgcolor
        other = screen.matches[1]
        assert gutter(min(other.left)) == "▌"
        matched = {i for m in screen.matches for i in m.left}
        alone = next(i for i in range(left.sentence_count) if i not in matched)
        assert gutter(alone) == "+"


async def test_m_moves_an_article_into_an_event_of_its_own_and_saves_a_pin(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tui.bookmarks import BookmarkFile
    from tui.config import load_config

    monkeypatch.chdir(ROOT)
    config_path = tmp_path / "config.toml"
    config_path.write_text("# mine\n", encoding="utf-8")
    config = load_config(str(config_path))
    app = ParallaxApp(["seeds"], config=config, bookmarks=BookmarkFile(config))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.shelf is not None, "the corpus")
        await pilot.pause()
        tree = tree_of(app)
        event = next(n for n in tree.root.children if isinstance(n.data, Event) and len(n.data.articles) >= 2)
        moved = event.children[-1].data
        assert isinstance(moved, Article)
        tree.move_cursor(event.children[-1])
        await pilot.press("m")
        assert isinstance(app.screen, PickerScreen)
        await pilot.press("enter")  # the first choice: an event of its own
        await wait_until(pilot, lambda: app.shelf is not None and len(app.shelf.siblings(moved)) == 1,
                         "the regrouped corpus")
        text = config_path.read_text(encoding="utf-8")
        assert text.startswith("# mine\n") and "[[events.pin]]" in text and moved.path in text
        await pilot.pause()
        kept = cursor_data(app)
        assert isinstance(kept, Article) and kept.path == moved.path


async def test_m_without_a_config_says_why_it_cannot_move() -> None:
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("j", "m")
        assert isinstance(app.screen, PickerScreen)
        await pilot.press("enter")
        assert isinstance(app.screen, LibraryScreen)
        assert app.shelf is not None


def test_the_config_reaches_the_app_and_an_unknown_theme_exits_cleanly(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from tui.cli import main

    started: list[ParallaxApp] = []
    monkeypatch.setattr(ParallaxApp, "run", lambda self, *a, **k: started.append(self))
    monkeypatch.chdir(ROOT)
    config_path = tmp_path / "config.toml"
    config_path.write_text('[reading]\ntheme = "nord"\nlayout = "stacked"\nthreshold = 55.0\nparaphrases = false\n'
                           '[keys]\nnext_match = "x"\n', encoding="utf-8")
    assert main(["--config", str(config_path)]) == 0
    app = started[0]
    assert app.paths == ["seeds"]
    assert (app.settings.theme, app.settings.layout, app.settings.threshold) == ("nord", "stacked", 55.0)
    assert app.settings.paraphrases is False
    assert app.settings.keymap == {"next_match": "x"}
    config_path.write_text('[reading]\ntheme = "no-such-theme"\n', encoding="utf-8")
    assert main(["seeds", "--config", str(config_path)]) == 2
    err = capsys.readouterr().err
    assert "no-such-theme" in err and err.count("\n") == 1
    assert len(started) == 1


async def test_long_articles_are_readable_while_they_align_and_then_walkable() -> None:
    from bench.bench_tui import _articles
    from tui.engine.model import Corpus

    left, right, _ = _articles(1500)
    shelf = Shelf.build(Corpus((left, right)), [Event("e", "long", None, (left, right))])
    app = ParallaxApp([], shelf=shelf)  # the real aligner, in its thread worker
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, CompareScreen), "the comparison")
        loading = app.screen
        assert isinstance(loading, CompareScreen)
        await pilot.pause()
        assert loading.pane("left").sentence_count == 1500  # the text is there before the matches
        await pilot.press("j")
        screen = await compare_ready(pilot)
        assert len(screen.matches) > 100
        await pilot.press("N")
        assert screen.current == len(screen.matches) - 1
        assert pair_rows(screen)[0] == pair_rows(screen)[1]


async def test_an_empty_folder_shows_an_empty_library_that_still_answers_keys(tmp_path: Path) -> None:
    app = ParallaxApp([str(tmp_path)])
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.shelf is not None, "the (empty) corpus")
        await pilot.pause()
        assert "No articles found" in str(app.screen.query_one("#summary").render())
        await pilot.press("enter", "c", "b", "m", "j", "k", "i")
        assert isinstance(app.screen, NoticesScreen)
        await pilot.press("escape", "q")
    assert app.return_code == 0


async def test_a_long_random_walk_over_the_keys_never_crashes() -> None:
    """A fixed pseudo-random sequence (the same every run) over every screen's keys."""
    import random

    keys = ["j", "k", "enter", "n", "N", "tab", "s", "left_square_bracket", "right_square_bracket", "c", "b",
            "B", "question_mark", "escape", "v", "slash", "x", "e", "d", "y", "m", "i", "down", "up", "a"]
    rng = random.Random(20261123)
    app = fixture_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for _ in range(120):
            await pilot.press(rng.choice(keys))
        await pilot.pause()
        assert app.is_running


async def test_the_status_line_says_when_a_match_was_made_by_meaning(tmp_path: Path) -> None:
    """The real engine, paraphrase pass included: walking the matches of two reports of one
    theft reaches one linked by meaning ("closed" / "shut"), and the status line says so."""
    import shutil

    fixtures = ROOT / "tests" / "gold" / "fixtures"
    for name in ("heist_wire.txt", "heist_daily.txt"):
        shutil.copy(fixtures / name, tmp_path / name)
    app = ParallaxApp([str(tmp_path)])
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.shelf is not None, "the corpus")
        await pilot.pause()
        await pilot.press("enter")
        screen = await compare_ready(pilot)
        meaning = [m.by_meaning for m in screen.matches]
        assert any(meaning) and not all(meaning)
        for k in range(len(meaning)):
            await pilot.press("n")
            assert ("by meaning" in status(screen)) == meaning[k], (k, status(screen))
