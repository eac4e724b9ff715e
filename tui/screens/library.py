"""The events library: every event with its articles, read in a thread worker
while the screen shows how far it has got."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Label, ProgressBar, Tree
from textual.widgets.tree import TreeNode
from textual.worker import Worker, WorkerState, get_current_worker

from tui.engine.model import Article, Event, Notice
from tui.engine.shelf import Shelf, best_partner
from tui.widgets.text import clean, unknown

if TYPE_CHECKING:
    from tui.app import ParallaxApp

Item = Event | Article | str
"""What a tree node holds: an event, an article, or "notices"."""


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
        Binding("enter", "open", "Compare", id="open", priority=True,
                tooltip="On an article: compare it with the best partner in its event; "
                "on an event: compare its first two articles"),
        Binding("c", "pick", "Pick", id="pick",
                tooltip="Compare the article with one chosen from a list"),
        Binding("b", "bookmark", "Mark", id="bookmark",
                tooltip="Bookmark the article under the cursor, with an optional note"),
        Binding("m", "move", "Move", id="move",
                tooltip="Move the article into another article's event, or into one of its own (saved as a pin)"),
        Binding("i", "notices", "Notices", id="notices",
                tooltip="Show the files that were skipped or changed while reading"),
        Binding("j,down", "cursor(1)", "Down", show=False, id="down", tooltip="Move the cursor down"),
        Binding("k,up", "cursor(-1)", "Up", show=False, id="up", tooltip="Move the cursor up"),
        Binding("q", "quit", "Quit", id="quit", tooltip="Quit Parallax"),
    ]

    class Progress(Message):
        def __init__(self, done: int, total: int) -> None:
            super().__init__()
            self.done = done
            self.total = total

    class Loaded(Message):
        def __init__(self, shelf: Shelf) -> None:
            super().__init__()
            self.shelf = shelf

    class PartnerFound(Message):
        def __init__(self, article: Article, partner: Article | None) -> None:
            super().__init__()
            self.article = article
            self.partner = partner

    def __init__(self, paths: Sequence[str]) -> None:
        super().__init__()
        self._paths = list(paths)
        self._keep: Article | None = None
        self._notified: tuple[Notice, ...] = ()  # the notices a notification has told of

    @property
    def papp(self) -> ParallaxApp:
        from tui.app import ParallaxApp

        assert isinstance(self.app, ParallaxApp)
        return self.app

    def compose(self) -> ComposeResult:
        yield Label(Text("Parallax — reading…"), id="title")
        tree: Tree[Item] = Tree("events", id="events")
        tree.show_root = False
        tree.auto_expand = False
        yield tree
        yield Label(Text(""), id="summary")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        if self.papp.shelf is not None:
            self._fill(self.papp.shelf)
        else:
            self.query_one("#events", Tree).loading = True
            # Start reading after the first frame: the loader's imports would hold the GIL.
            self.call_after_refresh(self._load, self._paths)

    # -- loading -------------------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="load")
    def _load(self, paths: list[str]) -> None:
        worker = get_current_worker()
        settings = self.papp.settings
        last = 0.0

        def progress(done: int, total: int) -> None:
            nonlocal last
            now = time.monotonic()
            if done == total or now - last > 0.05:
                last = now
                self.post_message(self.Progress(done, total))

        from tui.engine.cache import group_events_cached, load_corpus_cached
        from tui.engine.corpus import DEFAULT_MAX_BYTES

        corpus = load_corpus_cached(paths, max_bytes=settings.max_bytes or DEFAULT_MAX_BYTES, progress=progress,
                                    cancelled=lambda: worker.is_cancelled)
        if worker.is_cancelled:
            return
        self.post_message(self.Progress(-1, 0))
        pins = self._pins([a.path for a in corpus.articles])
        events = group_events_cached(corpus.articles, pins=pins) if corpus.articles else []
        self.post_message(self.Loaded(Shelf.build(corpus, events)))

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

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        self.papp.shelf = message.shelf
        self._fill(message.shelf)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state != WorkerState.ERROR:
            return
        if event.worker.group == "load":
            self.query_one("#events", Tree).loading = False
            message = clean(f"Parallax — could not read the corpus: {event.worker.error}")
            self.query_one("#title", Label).update(Text(message))
        elif event.worker.group == "partner":
            self.notify(clean(f"Could not compare: {event.worker.error}"), severity="error", markup=False)

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
        shelf = self.papp.shelf
        item = self._item()
        if shelf is None or item is None:
            return
        if item == "notices":
            self.action_notices()
        elif isinstance(item, Event):
            if len(item.articles) >= 2:
                self.papp.open_compare(item.articles[0], item.articles[1])
            else:
                self._pick_for(item.articles[0])
        elif isinstance(item, Article):
            self.open_best(item)

    def open_best(self, article: Article) -> None:
        """Compare `article` with its best partner, found in a thread."""
        shelf = self.papp.shelf
        if shelf is None:
            return
        if len(shelf.siblings(article)) < 2:
            self.notify("This article is alone in its event: choose one to compare it with.", timeout=3)
            self._pick_for(article)
            return
        self.query_one("#summary", Label).update(Text("finding the best partner…"))
        self._find_partner(article, shelf.siblings(article))

    @work(thread=True, exclusive=True, exit_on_error=False, group="partner")
    def _find_partner(self, article: Article, candidates: Sequence[Article]) -> None:
        partner = best_partner(article, candidates, self.papp.align)
        if not get_current_worker().is_cancelled:
            self.post_message(self.PartnerFound(article, partner))

    @on(PartnerFound)
    def _partner_found(self, message: PartnerFound) -> None:
        self.query_one("#summary", Label).update(Text(""))
        if message.partner is None:
            self._pick_for(message.article)
        elif self.is_current:
            self.papp.open_compare(message.article, message.partner)

    def _pick_for(self, article: Article) -> None:
        from tui.screens.picker import PickerScreen

        shelf = self.papp.shelf
        if shelf is None:
            return

        def chosen(partner: Article | str | None) -> None:
            if isinstance(partner, Article):
                self.papp.open_compare(article, partner)

        self.app.push_screen(PickerScreen(shelf.articles, title="Compare with…", exclude=article.path), chosen)

    def action_pick(self) -> None:
        item = self._item()
        if isinstance(item, Event):
            item = item.articles[0]
        if isinstance(item, Article):
            self._pick_for(item)
        else:
            self.app.bell()

    def action_bookmark(self) -> None:
        from tui.screens.bookmarks import ask_bookmark

        item = self._item()
        if isinstance(item, Article):
            ask_bookmark(self.papp, item, None, what="this article")
        elif isinstance(item, Event) and len(item.articles) >= 2:
            ask_bookmark(self.papp, item.articles[0], item.articles[1], what="this pair")
        else:
            self.app.bell()

    def action_move(self) -> None:
        from tui.screens.picker import ALONE, PickerScreen

        shelf = self.papp.shelf
        item = self._item()
        if shelf is None or not isinstance(item, Article):
            self.app.bell()
            return
        article = item
        others = [a for a in shelf.articles if shelf.event_of.get(a.path) is not shelf.event_of.get(article.path)]

        def chosen(beside: Article | str | None) -> None:
            if isinstance(beside, Article):
                self.move_article(article, beside)
            elif beside == ALONE:
                self.move_article(article, None)

        self.app.push_screen(PickerScreen(others, title="Move into the event of…", alone=True), chosen)

    def _pins(self, article_paths: list[str]) -> dict[str, str | None]:
        """The config's pins on these articles, as group_events takes them (worker thread)."""
        config = self.papp.config
        if config is None:
            return {}
        from tui.config import pins_for

        return pins_for(config, article_paths)

    def move_article(self, article: Article, beside: Article | None) -> None:
        """Pin `article` into `beside`'s event (or alone), save it, and group again."""
        from tui.config import ConfigError, reload_config, set_pin

        config = self.papp.config
        if config is None or not config.writable:
            why = config.error if config is not None else "there is no config file"
            self.notify(clean(f"Cannot move articles: {why}"), severity="error", markup=False)
            return
        try:
            set_pin(config, article.path, with_=beside.path if beside else None)
        except ConfigError as err:
            self.notify(clean(str(err)), severity="error", markup=False)
            return
        self.papp.config = reload_config(config)
        self.reload(keep=article)

    def reload(self, keep: Article | None = None) -> None:
        """Read and group the corpus again (after a pin): the cache makes it quick.
        The cursor goes back to `keep`, wherever it landed."""
        self._keep = keep
        self.papp.shelf = None
        self.query_one("#events", Tree).loading = True
        self._load(self._paths)

    def action_notices(self) -> None:
        from tui.screens.notices import NoticesScreen

        shelf = self.papp.shelf
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
