"""The events library: every event with its articles, read in a thread worker
while the screen shows how far it has got. It reads the session and posts what the
reader asks for (`tui.messages`) to the app."""

from __future__ import annotations

import os
import time
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input, Label, Tree
from textual.widgets.tree import TreeNode
from textual.worker import Worker, WorkerState, get_current_worker

from tui import messages
from tui.engine.model import Article, Event, Notice
from tui.engine.sanitize import printable
from tui.engine.search import ArticleIndex, refiltered, scan
from tui.engine.shelf import Shelf
from tui.reading import Reading
from tui.session import Session
from tui.widgets.events_tree import EventsTree, Item
from tui.widgets.footer import KeysFooter
from tui.widgets.labels import NEW_MARK, article_label
from tui.widgets.row_detail import DetailLine
from tui.widgets.sources_update import SourcesUpdate
from tui.widgets.text import clean

PROGRESS_EVERY = 0.05
"""Seconds between two progress messages while reading: the bar moves, the queue stays short."""
NOTICES_TOAST = 8.0
"""Seconds the "files skipped" toast stays: long enough to read, then `i` lists them."""

ENDS = Binding.Group("Ends", compact=True)


class LibraryScreen(Screen[None]):
    """Events as a tree; enter compares, / filters, c picks a partner, i shows the notices."""

    HELP_TITLE = "Library"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Compare", id="library.open", priority=True,
                tooltip="On an article: compare it with the best partner in its event; "
                "on an event: compare its first two articles"),
        Binding("slash", "find", "Find", id="library.find",
                tooltip="Filter the library as you type: headline, outlet, author, file name, body text"),
        Binding("c", "pick", "Pick", id="library.pick", show=False,
                tooltip="Compare the article with one chosen from a list"),
        Binding("r", "read", "Read", id="library.read", show=False, tooltip="Read the article alone, full width"),
        Binding("a", "coverage", "All reports", id="library.coverage", show=False,
                tooltip="Who reported what: the facts of the event under the cursor, outlet by outlet"),
        Binding("b", "bookmark", "Mark", id="library.bookmark",
                tooltip="Bookmark the article under the cursor, with an optional note"),
        Binding("m", "move", "Move", id="library.move", show=False,
                tooltip="Move the article into another article's event, or into one of its own (saved as a pin)"),
        Binding("M", "merge", "Merge", id="library.merge", show=False,
                tooltip="Merge this event into another one, chosen from a list (saved as pins)"),
        Binding("i", "notices", "Notices", id="library.notices", show=False,
                tooltip="Show the settings and files that were skipped or changed"),
        Binding("z", "fold", "Fold", id="library.fold", tooltip="Collapse every event, or expand them all again"),
        Binding("escape", "clear_filter", "Clear", show=False, id="library.clear",
                tooltip="Clear the filter and show every article"),
        Binding("j,down", "cursor(1)", "Down", show=False, id="library.down", tooltip="Move the cursor down"),
        Binding("k,up", "cursor(-1)", "Up", show=False, id="library.up", tooltip="Move the cursor up"),
        Binding("g,home", "edge(0)", "Top", id="library.top", group=ENDS, tooltip="Go to the first event"),
        Binding("G,end", "edge(1)", "Bottom", id="library.bottom", group=ENDS, tooltip="Go to the last row"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="library.page_up", tooltip="Up a screenful"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="library.page_down",
                tooltip="Down a screenful"),
        Binding("u", "update_sources", "Update", id="library.update",
                tooltip="Fetch every subscription's new articles; they join their events, marked ● until opened"),
        Binding("S", "sources", "Sources", id="library.sources", show=False,
                tooltip="The feeds and pages followed: add, remove, update, with each one's status"),
        Binding("q", "quit", "Quit", id="library.quit", tooltip="Quit Parallax"),
    ]

    class Progress(Message):
        def __init__(self, done: int, total: int) -> None:
            super().__init__()
            self.done = done
            self.total = total

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self._keep: Article | None = None
        self._notified: tuple[Notice, ...] = ()  # the notices a notification has told of
        self._shown: set[str] | None = None  # the paths the filter lets through; None: all
        self._folded = False
        self._shelf: Shelf | None = None  # the shelf the tree shows (the session's, once the app keeps it)
        self._index_for: Shelf | None = None  # the shelf the last index was started for

    def compose(self) -> ComposeResult:
        yield Label(Text("Parallax — reading…"), id="title")
        yield Input(placeholder="/ to filter by words of the headline, outlet, author, file name or text",
                    id="filter")
        yield EventsTree()
        yield DetailLine()
        yield SourcesUpdate(self.session)
        yield Label(Text(""), id="summary")
        yield KeysFooter()

    def on_mount(self) -> None:
        if self.session.shelf is not None:
            self._fill(self.session.shelf)
            return
        reading = self.session.take_reading()
        if reading is not None and reading.done():  # read while the app started: the first frame lists it
            for why in reading.problems():
                self.notify(clean(why), severity="error", markup=False)
            try:
                shelf = reading.result()
            except Exception as err:  # as the worker's error: said in the title
                self._failed(err)
                return
            if shelf is not None:
                self._fill(shelf)
                self.post_message(messages.ShelfLoaded(shelf))  # for the app, which keeps it
            return
        # The title says "reading…" (and a bar shows how far, for files); no animated loading
        # indicator on the empty tree: its frames took the GIL from the reading thread, whose
        # 10,000 stored articles then read in 1.0 s instead of 0.8 (bench library_store).
        # Start (or follow) the reading after the first frame: the loader's imports would hold the GIL.
        self.call_after_refresh(self._load, reading)

    # -- loading -------------------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="load", description="read the corpus")
    def _load(self, reading: Reading | None = None) -> None:
        """See the corpus's reading through: the one begun before the app, or a new one."""
        worker = get_current_worker()
        last = 0.0

        def progress(done: int, total: int) -> None:
            nonlocal last
            now = time.monotonic()
            if done == total or done < 0 or now - last > PROGRESS_EVERY:
                last = now
                self.post_message(self.Progress(done, total))

        def problem(why: str) -> None:
            self.app.call_from_thread(self.notify, clean(why), severity="error", markup=False)

        shelf = (reading or Reading(self.session)).see_through(progress, problem, lambda: worker.is_cancelled)
        if shelf is not None and not worker.is_cancelled:
            self.post_message(messages.ShelfLoaded(shelf))

    # A description of its own: without one, Textual describes the worker by the repr of its
    # arguments, and the repr of a 10,000-article shelf took 31 s (cProfile, bench library_store).
    @work(thread=True, exclusive=True, exit_on_error=False, group="index", description="index the shelf")
    def _index(self, shelf: Shelf) -> None:
        """Bring the full-text index up to `shelf` (only changed articles are indexed again)."""
        from tui.engine.search import build_index  # with the loader's modules, as in `_load`

        index = build_index(shelf.corpus.articles)
        if get_current_worker().is_cancelled:
            index.close()
            return
        self.app.call_from_thread(self._index_built, index, shelf)

    def _index_built(self, index: ArticleIndex, shelf: Shelf) -> None:
        if shelf is not self._shelf:  # a newer shelf came while indexing: its own index follows
            index.close()
            return
        self.post_message(messages.IndexReady(index))

    @on(Progress)
    def _progress(self, message: Progress) -> None:
        # Here and in the actions below, what the start does not show is imported when first used.
        from textual.widgets import ProgressBar

        title = self.query_one("#title", Label)
        bars = self.query("#progress").results(ProgressBar)
        bar = next(bars, None)
        if bar is None:  # mounted with the first progress, to keep the first frame light
            bar = ProgressBar(id="progress", show_eta=False)
            self.mount(bar, after=title)
        if message.done < 0:
            title.update(Text("Parallax — grouping articles into events…"))
            bar.update(total=None)
        else:
            title.update(Text(f"Parallax — reading {message.done:,} of {message.total:,} files…"))
            bar.update(total=message.total, progress=message.done)

    @on(messages.ShelfLoaded)
    def _loaded(self, message: messages.ShelfLoaded) -> None:
        if message.shelf is not self._shelf:  # shown already when it was read before the first frame
            self._fill(message.shelf)  # the message goes on up to the app, which keeps the shelf

    @on(messages.IndexReady)
    def _indexed(self, message: messages.IndexReady) -> None:
        query = self.query_one("#filter", Input).value
        if query:  # typed while indexing (or before new articles came): the index now answers
            self.call_after_refresh(self._apply_filter, query, True)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state != WorkerState.ERROR:
            return
        if event.worker.group == "load" and event.worker.error is not None:
            self._failed(event.worker.error)

    def _failed(self, error: BaseException) -> None:
        """Say in the title that the corpus could not be read."""
        self.query_one("#events", Tree).loading = False
        self.query_one("#title", Label).update(Text(clean(f"Parallax — could not read the corpus: {error}")))

    def _notice_count(self, shelf: Shelf) -> int:
        return len(shelf.corpus.notices) + len(self.session.warnings)

    def _fill(self, shelf: Shelf) -> None:
        before, self._shelf = self._shelf, shelf
        tree: Tree[Item] = self.query_one("#events", Tree)
        tree.loading = False
        query = self.query_one("#filter", Input).value
        if query and self._shown is not None and before is not None:
            self._shown = refiltered(self._shown, before, shelf, query)
        if shelf is not self._index_for:  # the index follows the shelf shown (session.index meanwhile None)
            self._index_for = shelf
            self.call_after_refresh(self._index, shelf)  # after the first rows are drawn, not beside them
        self.query("#progress").remove()
        articles = len(shelf.corpus.articles)
        self.query_one("#title", Label).update(
            Text(f"Parallax — {len(shelf.events)} events from {articles} article{'s' if articles != 1 else ''}")
        )
        self._build_tree(shelf)
        files = len(shelf.corpus.notices)
        if shelf.corpus.notices != self._notified:
            self._notified = shelf.corpus.notices
            self.notify(f"{files} file{'s' if files != 1 else ''} skipped or changed; press i to see them.",
                        severity="warning", markup=False, timeout=NOTICES_TOAST)
        self._update_summary(shelf)
        typing = self.has_class("-filtering") and self.focused is self.query_one("#filter", Input)
        if not typing:  # a reload while the reader types in the filter leaves the keys there
            tree.focus()
        if tree.root.children:
            tree.move_cursor_to_line(0)
        keep, self._keep = self._keep, None
        if keep is not None and keep.path in shelf.by_path:
            self.select_article(shelf.by_path[keep.path])
        self.call_after_refresh(self._refresh_detail)

    def _build_tree(self, shelf: Shelf) -> None:
        """The events and their articles, only those the filter lets through (in batches)."""
        shown = self._shown
        rows = [(event, articles) for event in shelf.events
                if (articles := [a for a in event.articles if shown is None or a.path in shown])]
        notices = self._notice_count(shelf)
        new = self.session.new_paths
        self.query_one(EventsTree).fill(
            rows, expand=not self._folded or shown is not None,
            label=lambda article: article_label(article, new=article.path in new),
            notices=Text(f"Notices: {notices} (settings, skipped or changed files)", style="italic")
            if notices and shown is None else None)

    def _update_summary(self, shelf: Shelf) -> None:
        articles = len(shelf.corpus.articles)
        notices = self._notice_count(shelf)
        summary = Text(end="")
        if self._shown is not None:
            query = clean(self.query_one("#filter", Input).value)
            summary.append(f"{len(self._shown):,} of {articles:,} articles match “{query}”", style="bold")
            typing = self.focused is self.query_one("#filter", Input)
            summary.append(" · enter: to the list · " if typing else " · escape clears · ")
        elif not articles:
            missing = [path for path in self.session.paths if not os.path.exists(path)]
            summary.append(f"No such file or folder: {printable(missing[0])}. " if missing else
                           "No articles found. ", style="bold")
        summary.append(f"{notices} notice{'s' if notices != 1 else ''} (i)" if notices else "No notices.")
        self.query_one("#summary", Label).update(summary)

    # -- filtering -------------------------------------------------------------------

    def action_find(self) -> None:
        self.add_class("-filtering")
        search = self.query_one("#filter", Input)
        # Focused now, not after a refresh: keys typed right after "/" are already
        # queued, and "q" must land in the filter, not quit.
        self.set_focus(search)
        if not search.value:
            self.show_status("type to filter · enter: back to the list · escape: clear")

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self._apply_filter(event.value)

    def _apply_filter(self, query: str, keep_cursor: bool = False) -> None:
        """Show what `query` finds (the index's answer, else a scan while it is built);
        `keep_cursor`: the cursor stays on its article when still shown (a refresh, not typing)."""
        shelf = self._shelf
        if shelf is None:
            return
        current = self._item() if keep_cursor else None
        index = self.session.index
        found = index.find(query) if index is not None else scan(shelf.corpus.articles, query)
        self._shown = found
        self._build_tree(shelf)
        self._update_summary(shelf)
        tree = self.query_one("#events", Tree)
        if isinstance(current, Article) and (found is None or current.path in found):
            self.select_article(current)
        elif tree.root.children:
            tree.move_cursor_to_line(min(1, tree.last_line) if found else 0)
        # The cursor may stay on the same line number over new rows: no highlight event then.
        self.call_after_refresh(self._refresh_detail)

    def _refresh_detail(self) -> None:
        self.query_one(DetailLine).show(self._item(), self._shelf)

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        self.set_focus(self.query_one("#events", Tree))
        if self.session.shelf is not None:
            self._update_summary(self.session.shelf)

    def action_clear_filter(self) -> None:
        search = self.query_one("#filter", Input)
        if not search.value and not self.has_class("-filtering"):
            return
        search.value = ""
        self.remove_class("-filtering")
        self.query_one("#events", Tree).focus()

    # -- the row under the cursor ------------------------------------------------------

    @on(Tree.NodeHighlighted, "#events")
    def _highlighted(self, event: Tree.NodeHighlighted[Item]) -> None:
        # The row under the cursor now, not the event's node: a highlight posted before the
        # filter rebuilt the tree may arrive after it, naming a row that is gone.
        self._refresh_detail()

    def action_fold(self) -> None:
        self._folded = not self._folded
        tree: Tree[Item] = self.query_one("#events", Tree)
        for node in tree.root.children:
            if self._folded:
                node.collapse()
            else:
                node.expand()

    def action_edge(self, end: int) -> None:
        tree = self.query_one("#events", Tree)
        if end:
            tree.action_scroll_end()
        else:
            tree.action_scroll_home()

    def action_page(self, offset: int) -> None:
        tree = self.query_one("#events", Tree)
        if offset > 0:
            tree.action_page_down()
        else:
            tree.action_page_up()

    # -- actions -------------------------------------------------------------------

    def _item(self) -> Item | None:
        node: TreeNode[Item] | None = self.query_one("#events", Tree).cursor_node
        return node.data if node is not None else None

    def action_cursor(self, offset: int) -> None:
        tree = self.query_one("#events", Tree)
        if offset > 0:
            tree.action_cursor_down()
        else:
            tree.action_cursor_up()

    def action_open(self) -> None:
        if self.focused is self.query_one("#filter", Input):
            self._filter_done()  # enter (a priority key here) in the filter: back to the list
            return
        item = self._item()
        if self.session.shelf is None or item is None:
            return
        if item == "notices":
            self.action_notices()
        elif isinstance(item, Event):
            if len(item.articles) >= 2:
                self.post_message(messages.OpenCompare(item.articles[0], item.articles[1]))
            else:
                self.post_message(messages.PickPartner(item.articles[0]))
        elif isinstance(item, Article):
            self.post_message(messages.OpenArticle(item))

    def action_pick(self) -> None:
        item = self._item()
        if isinstance(item, Event):
            item = item.articles[0]
        if isinstance(item, Article):
            self.post_message(messages.PickPartner(item))
        else:
            self.app.bell()

    def action_bookmark(self) -> None:
        item = self._item()
        if isinstance(item, Article):
            self.post_message(messages.AskBookmark(item, None, "this article"))
        elif isinstance(item, Event) and len(item.articles) >= 2:
            self.post_message(messages.AskBookmark(item.articles[0], item.articles[1], "this pair"))
        else:
            self.app.bell()

    def action_move(self) -> None:
        shelf = self.session.shelf
        item = self._item()
        if shelf is None or not isinstance(item, Article):
            self.app.bell()
            return
        from tui.screens.picker import ALONE, PickerScreen
        article = item
        others = [a for a in shelf.articles if shelf.event_of.get(a.path) is not shelf.event_of.get(article.path)]

        def chosen(beside: Article | str | None) -> None:
            if isinstance(beside, Article):
                self.post_message(messages.MoveArticle(article, beside))
            elif beside == ALONE:
                self.post_message(messages.MoveArticle(article, None))

        self.app.push_screen(PickerScreen(others, title="Move into the event of…", alone=True), chosen)

    def action_merge(self) -> None:
        shelf = self.session.shelf
        item = self._item()
        event = item if isinstance(item, Event) else shelf.event_of.get(item.path) if (
            shelf and isinstance(item, Article)) else None
        if shelf is None or event is None:
            self.app.bell()
            return
        from tui.screens.picker import PickerScreen
        mine = {a.path for a in event.articles}
        others = [a for a in shelf.articles if a.path not in mine]

        def chosen(beside: Article | str | None) -> None:
            if isinstance(beside, Article):
                self.post_message(messages.MergeEvent(event.articles, beside))

        self.app.push_screen(PickerScreen(others, title="Merge this event into the event of…"), chosen)

    def reload(self, keep: Article | None = None) -> None:
        """Read and group the corpus again (after a pin, or new stored articles): the cache makes
        it quick. The cursor goes back to `keep` (else the article under it), wherever it landed."""
        current = self._item()
        self._keep = keep if keep is not None else current if isinstance(current, Article) else None
        self.query_one("#events", Tree).loading = True
        self._load()

    def show_status(self, text: str) -> None:
        """A line under the tree for what the app is doing on the reader's behalf."""
        self.query_one("#summary", Label).update(Text(text))

    def action_notices(self) -> None:
        from tui.screens.notices import NoticesScreen
        shelf = self.session.shelf
        self.app.push_screen(NoticesScreen(shelf.corpus.notices if shelf else (), self.session.warnings))

    def action_read(self) -> None:
        item = self._item()
        if isinstance(item, Article):
            self.post_message(messages.ReadArticle(item))
        else:
            self.app.bell()

    def action_coverage(self) -> None:
        """The coverage of the event under the cursor (or of the article's event)."""
        shelf, item = self.session.shelf, self._item()
        articles = item.articles if isinstance(item, Event) else \
            shelf.siblings(item) if shelf is not None and isinstance(item, Article) else ()
        if len(articles) < 2:
            self.app.bell()
            self.notify("A coverage needs an event of two reports or more.", timeout=2)
            return
        self.post_message(messages.OpenCoverage(articles))

    def action_update_sources(self) -> None:
        self.query_one(SourcesUpdate).start()

    def action_sources(self) -> None:
        from tui.screens.sources import SourcesScreen  # and its DataTable: when first opened, not at the start

        self.app.push_screen(SourcesScreen(self.session))

    def on_screen_resume(self) -> None:
        """Back from a comparison or the reader: the articles opened lose their new mark."""
        for node in self.query_one("#events", Tree).root.children:
            for leaf in node.children:
                if isinstance(leaf.data, Article) and str(leaf.label).startswith(NEW_MARK) \
                        and leaf.data.path not in self.session.new_paths:
                    leaf.set_label(article_label(leaf.data))

    def action_quit(self) -> None:
        self.app.exit()

    def select_article(self, article: Article) -> None:
        """Put the cursor on `article` (for the palette's "open"), once its row is listed."""
        self.query_one(EventsTree).select_article(article)
