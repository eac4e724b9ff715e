"""The sources screen: the feeds and pages followed, each with its status, last update and
article count; add one (a URL or an OPML file), remove one (asks first), update them all.

Everything that touches the store or the network runs in a thread worker that opens its
own Store; what it finds comes back as messages. A change that brings or deletes articles
is posted up as `messages.SourcesChanged`, so the app reads the library again.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Label
from textual.worker import Worker, WorkerState

from tui import messages
from tui.engine.model import Article
from tui.resources import style_path
from tui.screens.confirm import ConfirmScreen
from tui.screens.note_input import NoteInputScreen
from tui.session import Session
from tui.sources.store import Source, Store, StoreError
from tui.widgets.footer import KeysFooter
from tui.widgets.sources_update import SourcesUpdate
from tui.widgets.text import clean

COLUMNS = ("kind", "source", "status", "updated", "articles")


def source_row(source: Source) -> tuple[Text, ...]:
    """One subscription as table cells, all outside text cleaned."""
    name = Text(end="")
    if source.title:
        name.append(clean(source.title), style="bold")
        name.append("  ")
    name.append(clean(source.url), style="dim" if source.title else "")
    status = Text(clean(source.status), style="" if source.status == "ok" else "bold")
    return (Text(source.kind), name, status, Text(clean(source.updated or "never")), Text(str(source.articles)))


class SourcesScreen(Screen[None]):
    """Every source, in the order added."""

    CSS_PATH: ClassVar[list[str | PurePath]] = [style_path("lists.tcss")]

    HELP_TITLE = "Sources"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "add", "Add", id="sources.add",
                tooltip="Follow a feed (RSS, Atom, JSON Feed), store one article page, or import an OPML file"),
        Binding("d", "remove", "Remove", id="sources.remove",
                tooltip="Stop following the highlighted source (asks first, then whether to delete its articles)"),
        Binding("u", "update", "Update", id="sources.update", tooltip="Fetch every subscription's new articles"),
        Binding("j,down", "cursor(1)", "Down", show=False, id="sources.down", tooltip="Next source"),
        Binding("k,up", "cursor(-1)", "Up", show=False, id="sources.up", tooltip="Previous source"),
        Binding("escape,q", "back", "Back", id="sources.back", tooltip="Back to the library"),
    ]

    class Listed(Message):
        def __init__(self, sources: list[Source], problem: str | None = None) -> None:
            super().__init__()
            self.sources = sources
            self.problem = problem

    class Done(Message):
        """An add or a remove is over: one line to show (an error when `failed`)."""

        def __init__(self, line: str, failed: bool = False) -> None:
            super().__init__()
            self.line = line
            self.failed = failed

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.sources: list[Source] = []
        self._owner: App[object]

    def compose(self) -> ComposeResult:
        yield Label(Text("Sources"), id="title")
        table: DataTable[Text] = DataTable(id="sources", cursor_type="row", zebra_stripes=False)
        yield table
        yield SourcesUpdate(self.session)
        yield Label(Text(""), id="sources-status")
        yield KeysFooter()

    def _tell(self, message: Message) -> None:
        """Post from a worker: to this screen, or to the app once the reader has left it (an add
        or a remove runs to its end, and the library must still hear of it)."""
        (self if self.is_attached else self._owner).post_message(message)

    def on_mount(self) -> None:
        self._owner = self.app  # kept for the workers, which may outlive the screen
        table: DataTable[Text] = self.query_one("#sources", DataTable)
        table.add_columns(*COLUMNS)
        table.focus()
        self.refill()

    def say(self, line: str, *, error: bool = False) -> None:
        self.query_one("#sources-status", Label).update(Text(clean(line), style="bold" if error else ""))

    # -- reading the list ------------------------------------------------------------

    def refill(self) -> None:
        """Read the sources again (in a worker)."""
        self._read()

    @work(thread=True, exclusive=True, exit_on_error=False, group="sources-read")
    def _read(self) -> None:
        path = self.session.store
        if path is None:
            self.post_message(self.Listed([], "No sources store in this run."))
            return
        if not path.is_file():
            self.post_message(self.Listed([]))
            return
        try:
            with Store(path) as store:
                self.post_message(self.Listed(store.sources()))
        except StoreError as err:
            self.post_message(self.Listed([], str(err)))

    @on(Listed)
    def _listed(self, message: Listed) -> None:
        table: DataTable[Text] = self.query_one("#sources", DataTable)
        row = table.cursor_row
        self.sources = message.sources
        table.clear()
        for source in message.sources:
            table.add_row(*source_row(source), key=source.url)
        if message.sources:
            table.move_cursor(row=min(max(row, 0), len(message.sources) - 1))
        feeds = sum(s.kind == "feed" for s in message.sources)
        pages = len(message.sources) - feeds
        title = (f"Sources — {feeds} feed{'s' * (feeds != 1)}, {pages} page{'s' * (pages != 1)}" if message.sources
                 else "Sources — none yet: press a to add a feed or a page by its URL")
        self.query_one("#title", Label).update(Text(title))
        if message.problem is not None:
            self.say(message.problem, error=True)

    # -- keys --------------------------------------------------------------------------

    def action_cursor(self, offset: int) -> None:
        table = self.query_one("#sources", DataTable)
        if offset > 0:
            table.action_cursor_down()
        else:
            table.action_cursor_up()

    def action_back(self) -> None:
        self.dismiss()

    def action_update(self) -> None:
        self.query_one(SourcesUpdate).start()

    @on(SourcesUpdate.SourceDone)
    @on(SourcesUpdate.Finished)
    def _updated(self) -> None:
        self.refill()

    def action_add(self) -> None:
        if self.session.store is None:
            self.app.bell()
            return

        def given(text: str | None) -> None:
            if text:
                self.say(f"Adding {text}…")
                self._add(text)

        self.app.push_screen(NoteInputScreen(
            "Add a source: a feed's or an article page's URL, or an OPML file",
            placeholder="https://…; enter adds, escape cancels"), given)

    @work(thread=True, exclusive=True, exit_on_error=False, group="sources-add")
    def _add(self, text: str) -> None:
        # Imported here, as in SourcesUpdate: trafilatura, lxml and httpx (about 0.4 s).
        from tui.sources.add import AddError, add_source
        from tui.sources.fetch import Fetcher

        store_path = self.session.store
        assert store_path is not None
        if not self.session.update_lock.acquire(blocking=False):
            self._tell(self.Done("An update is running; add the source when it is done.", failed=True))
            return
        new: list[str] = []

        def arrived(article: Article) -> None:
            new.append(article.path)

        try:
            with Store(store_path) as store, Fetcher() as fetcher:
                added = add_source(store, fetcher, text, on_article=arrived)
        except (AddError, StoreError) as err:
            self._tell(self.Done(str(err), failed=True))
            return
        finally:
            self.session.update_lock.release()
        if new:
            self._tell(messages.SourcesChanged(frozenset(new)))
        self._tell(self.Done("; ".join(added.lines) or f"{text}: added"))

    @on(Done)
    def _done(self, message: Done) -> None:
        self.say(message.line, error=message.failed)
        if message.failed:
            self.notify(clean(message.line), severity="error", markup=False)
        self.refill()

    def _highlighted(self) -> Source | None:
        table = self.query_one("#sources", DataTable)
        if not self.sources or not 0 <= table.cursor_row < len(self.sources):
            return None
        return self.sources[table.cursor_row]

    def action_remove(self) -> None:
        source = self._highlighted()
        if source is None:
            self.app.bell()
            return
        what = "subscription" if source.kind == "feed" else "page"

        def purge_answered(purge: bool | None) -> None:
            self.say(f"Removing {source.url}…")
            self._remove(source.url, bool(purge))

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            if not source.articles:
                purge_answered(False)
                return
            self.app.push_screen(ConfirmScreen(
                f"Also delete its {source.articles} stored article{'s' * (source.articles != 1)}? "
                "(Those another source carries stay.) n keeps them in the library."), purge_answered)

        self.app.push_screen(ConfirmScreen(f"Remove the {what} {clean(source.title or source.url)}?"), answered)

    @work(thread=True, exclusive=True, exit_on_error=False, group="sources-remove")
    def _remove(self, url: str, purge: bool) -> None:
        store_path = self.session.store
        assert store_path is not None
        try:
            with Store(store_path) as store:
                deleted = store.remove_source(url, purge=purge)
        except StoreError as err:
            self._tell(self.Done(str(err), failed=True))
            return
        if deleted:
            self._tell(messages.SourcesChanged())
        extra = f"; {deleted} stored article{'s' * (deleted != 1)} deleted" if purge else ""
        self._tell(self.Done(f"{url}: removed{extra}"))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR and event.worker.group.startswith("sources-") \
                and event.worker.group != "sources-update":
            self.post_message(self.Done(f"Failed: {event.worker.error}", failed=True))
