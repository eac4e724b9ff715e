"""The events library: every event with its articles, read in a thread worker
while the screen shows how far it has got. It reads the session and posts what the
reader asks for (`tui.messages`) to the app."""

from __future__ import annotations

import time
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Label, ProgressBar, Tree
from textual.widgets.tree import TreeNode
from textual.worker import Worker, WorkerState, get_current_worker

from tui import messages
from tui.engine.model import Article, Event, Notice
from tui.engine.pipeline import load_shelf
from tui.engine.shelf import Shelf
from tui.screens.notices import NoticesScreen
from tui.screens.picker import ALONE, PickerScreen
from tui.session import Session
from tui.widgets.text import clean, unknown

Item = Event | Article | str
"""What a tree node holds: an event, an article, or "notices"."""

PROGRESS_EVERY = 0.05
"""Seconds between two progress messages while reading: the bar moves, the queue stays short."""


def event_label(event: Event) -> Text:
    """Date and source count first, so they survive a narrow terminal."""
    count = len(event.articles)
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    text.append(unknown(event.date))
    text.append(f" · {count} source{'s' if count != 1 else ''} · ", style="dim")
    text.append(clean(event.label), style="bold")
    return text


def article_label(article: Article) -> Text:
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    text.append(unknown(article.outlet), style="bold")
    text.append(f" · {unknown(article.date)} · ")
    text.append(unknown(article.title))
    return text


class LibraryScreen(Screen[None]):
    """Events as a tree; enter compares, c picks a partner, i shows skipped files."""

    HELP_TITLE = "Library"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Compare", id="library.open", priority=True,
                tooltip="On an article: compare it with the best partner in its event; "
                "on an event: compare its first two articles"),
        Binding("c", "pick", "Pick", id="library.pick",
                tooltip="Compare the article with one chosen from a list"),
        Binding("b", "bookmark", "Mark", id="library.bookmark",
                tooltip="Bookmark the article under the cursor, with an optional note"),
        Binding("m", "move", "Move", id="library.move",
                tooltip="Move the article into another article's event, or into one of its own (saved as a pin)"),
        Binding("i", "notices", "Notices", id="library.notices",
                tooltip="Show the files that were skipped or changed while reading"),
        Binding("j,down", "cursor(1)", "Down", show=False, id="library.down", tooltip="Move the cursor down"),
        Binding("k,up", "cursor(-1)", "Up", show=False, id="library.up", tooltip="Move the cursor up"),
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

    def compose(self) -> ComposeResult:
        yield Label(Text("Parallax — reading…"), id="title")
        tree: Tree[Item] = Tree("events", id="events")
        tree.show_root = False
        tree.auto_expand = False
        yield tree
        yield Label(Text(""), id="summary")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        if self.session.shelf is not None:
            self._fill(self.session.shelf)
        else:
            self.query_one("#events", Tree).loading = True
            # Start reading after the first frame: the loader's imports would hold the GIL.
            self.call_after_refresh(self._load)

    # -- loading -------------------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="load")
    def _load(self) -> None:
        worker = get_current_worker()
        last = 0.0

        def progress(done: int, total: int) -> None:
            nonlocal last
            now = time.monotonic()
            if done == total or done < 0 or now - last > PROGRESS_EVERY:
                last = now
                self.post_message(self.Progress(done, total))

        shelf = load_shelf(self.session.paths, max_bytes=self.session.settings.max_bytes, pins=self.session.pins,
                           progress=progress, cancelled=lambda: worker.is_cancelled)
        if shelf is not None and not worker.is_cancelled:
            self.post_message(messages.ShelfLoaded(shelf))

    @on(Progress)
    def _progress(self, message: Progress) -> None:
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
        self._fill(message.shelf)  # the message goes on up to the app, which keeps the shelf

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state != WorkerState.ERROR:
            return
        if event.worker.group == "load":
            self.query_one("#events", Tree).loading = False
            message = clean(f"Parallax — could not read the corpus: {event.worker.error}")
            self.query_one("#title", Label).update(Text(message))

    def _fill(self, shelf: Shelf) -> None:
        tree: Tree[Item] = self.query_one("#events", Tree)
        tree.loading = False
        self.query("#progress").remove()
        articles = len(shelf.corpus.articles)
        self.query_one("#title", Label).update(
            Text(f"Parallax — {len(shelf.events)} events from {articles} article{'s' if articles != 1 else ''}")
        )
        tree.clear()
        for event in shelf.events:
            node = tree.root.add(event_label(event), data=event, expand=True)
            for article in event.articles:
                node.add_leaf(article_label(article), data=article)
        notices = len(shelf.corpus.notices)
        if notices:
            tree.root.add_leaf(Text(f"Notices: {notices} file{'s' if notices != 1 else ''} skipped or changed",
                                    style="italic"), data="notices")
        if shelf.corpus.notices != self._notified:
            self._notified = shelf.corpus.notices
            self.notify(f"{notices} file{'s' if notices != 1 else ''} skipped or changed; press i to see them.",
                        severity="warning", markup=False, timeout=8)
        summary = Text("No articles found. " if not articles else "", end="")
        summary.append(f"{notices} notice{'s' if notices != 1 else ''} (i)" if notices else "No notices.")
        self.query_one("#summary", Label).update(summary)
        tree.focus()
        if tree.root.children:
            tree.move_cursor_to_line(0)
        keep, self._keep = self._keep, None
        if keep is not None and keep.path in shelf.by_path:
            self.select_article(shelf.by_path[keep.path])

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
        article = item
        others = [a for a in shelf.articles if shelf.event_of.get(a.path) is not shelf.event_of.get(article.path)]

        def chosen(beside: Article | str | None) -> None:
            if isinstance(beside, Article):
                self.post_message(messages.MoveArticle(article, beside))
            elif beside == ALONE:
                self.post_message(messages.MoveArticle(article, None))

        self.app.push_screen(PickerScreen(others, title="Move into the event of…", alone=True), chosen)

    def reload(self, keep: Article | None = None) -> None:
        """Read and group the corpus again (after a pin): the cache makes it quick.
        The cursor goes back to `keep`, wherever it landed."""
        self._keep = keep
        self.query_one("#events", Tree).loading = True
        self._load()

    def show_status(self, text: str) -> None:
        """A line under the tree for what the app is doing on the reader's behalf."""
        self.query_one("#summary", Label).update(Text(text))

    def action_notices(self) -> None:
        shelf = self.session.shelf
        self.app.push_screen(NoticesScreen(shelf.corpus.notices if shelf else ()))

    def action_quit(self) -> None:
        self.app.exit()

    def select_article(self, article: Article) -> None:
        """Put the cursor on `article` (for the palette's "open")."""
        tree: Tree[Item] = self.query_one("#events", Tree)
        for node in tree.root.children:
            for leaf in node.children:
                if isinstance(leaf.data, Article) and leaf.data.path == article.path:
                    node.expand()
                    tree.move_cursor(leaf)
                    tree.scroll_to_node(leaf, animate=False)
                    return
