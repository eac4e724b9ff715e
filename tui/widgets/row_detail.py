"""The line under the library's tree: where the article under the cursor comes from and
what ties it to its event, or what an event's reports share, so a reader can tell why
they are one event (tui.engine.ties) without opening anything.

`DetailLine` describes in a thread: an event's ties need each report's words, and the first
look at an event of a hundred reports would otherwise hold the keys for a second."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.widgets import Label
from textual.worker import Worker, WorkerState, get_current_worker

from tui.engine.model import Article, Event
from tui.engine.shelf import Shelf
from tui.widgets.labels import date_span, outlet_count, source_of
from tui.widgets.text import clean

if TYPE_CHECKING:
    from tui.engine.ties import Ties

Vocabulary = dict[str, tuple[str, bool]]
Row = Event | Article | str | None
"""What a row of the library's tree holds: an event, an article, "notices", or nothing."""


class RowDetail:
    """Describes tree rows; keeps each article's content words, since the cursor comes back."""

    def __init__(self) -> None:
        self._vocabs: dict[str, Vocabulary] = {}

    def _vocabularies(self, event: Event) -> list[Vocabulary]:
        from tui.engine.ties import vocabulary  # in the describing thread, after the first frame

        found = []
        for article in event.articles:
            vocab = self._vocabs.get(article.path)
            if vocab is None:
                vocab = self._vocabs[article.path] = vocabulary(article)
            found.append(vocab)
        return found

    @staticmethod
    def _ties(text: Text, ties: Ties) -> None:
        if ties.terms:
            text.append(" · ties: ", style="dim")
            text.append(clean(", ".join(ties.terms)))
        text.append(f" · tied {ties.strength:.0%}", style="dim")

    def describe(self, item: Event | Article | str | None, shelf: Shelf | None) -> Text:
        """One line for the row holding `item` (an event, an article, or "notices")."""
        # Imported here, in the describing thread: the ties' word tools are not needed to list.
        from tui.engine.ties import article_ties, event_ties

        text = Text(no_wrap=True, overflow="ellipsis", end="")
        if isinstance(item, Article):
            text.append(source_of(item), style="bold")
            if item.author:
                text.append(f" · by {clean(item.author)}")
            event = shelf.event_of.get(item.path) if shelf else None
            if event is not None and len(event.articles) > 1:
                self._ties(text, article_ties(event, item, self._vocabularies(event)))
        elif isinstance(item, Event):
            outlets, count = outlet_count(item), len(item.articles)
            text.append(f"{count} report{'s' if count != 1 else ''}")
            if outlets:
                text.append(f" from {outlets} outlet{'s' if outlets != 1 else ''}")
            span = date_span(item)
            if span:
                text.append(f" · {span}")
            if count > 1:
                self._ties(text, event_ties(item, self._vocabularies(item)))
        elif item == "notices":
            text.append("enter or i: the settings and files that were skipped or changed")
        return text


class DetailLine(Label):
    """The line itself: `show` a row, and its description replaces the line once read, unless
    another row was shown meanwhile. One thread at a time reads: a cursor held down over large
    events asks for many rows, and only the latest is read once the one in hand is done."""

    def __init__(self) -> None:
        super().__init__(Text(""), id="detail")
        self._rows = RowDetail()
        self._asked = 0  # which `show` the line is to answer
        self._wanted: tuple[int, Row, Shelf | None] = (0, None, None)  # the latest request, for the thread
        self._reading = False  # whether a thread is reading (set and cleared on the app's thread)

    def show(self, item: Row, shelf: Shelf | None) -> None:
        self._asked += 1
        self._wanted = (self._asked, item, shelf)
        if not self._reading:
            self._reading = True
            self._describe()

    @work(thread=True, exit_on_error=False, group="detail", description="describe the row")
    def _describe(self) -> None:
        while not get_current_worker().is_cancelled:
            asked, item, shelf = self._wanted
            if self.app.call_from_thread(self._answer, asked, self._rows.describe(item, shelf)):
                return

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:  # a row that cannot be described: the next `show` reads anew
            self._reading = False

    def _answer(self, asked: int, text: Text) -> bool:
        """Show `text` if it answers the latest `show`; whether the thread is done (else it reads
        the newer row next)."""
        if asked != self._asked:
            return False
        self.update(text)
        self._reading = False
        return True
