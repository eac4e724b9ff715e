"""The line under the library's tree: where the article under the cursor comes from and
what ties it to its event, or what an event's reports share, so a reader can tell why
they are one event (tui.engine.ties) without opening anything.

`DetailLine` describes in a thread: an event's ties need each report's words, and the first
look at an event of a hundred reports would otherwise hold the keys for a second."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.widgets import Label
from textual.worker import get_current_worker

from tui.engine.model import Article, Event
from tui.engine.shelf import Shelf
from tui.engine.ties import Ties, article_ties, event_ties, vocabulary
from tui.widgets.labels import date_span, outlet_count, source_of
from tui.widgets.text import clean

Vocabulary = dict[str, tuple[str, bool]]
Row = Event | Article | str | None
"""What a row of the library's tree holds: an event, an article, "notices", or nothing."""


class RowDetail:
    """Describes tree rows; keeps each article's content words, since the cursor comes back."""

    def __init__(self) -> None:
        self._vocabs: dict[str, Vocabulary] = {}

    def _vocabularies(self, event: Event) -> list[Vocabulary]:
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
    another row was shown meanwhile."""

    def __init__(self) -> None:
        super().__init__(Text(""), id="detail")
        self._rows = RowDetail()
        self._asked = 0  # which `show` the line is to answer

    def show(self, item: Row, shelf: Shelf | None) -> None:
        self._asked += 1
        self._describe(self._asked, item, shelf)

    @work(thread=True, exclusive=True, exit_on_error=False, group="detail", description="describe the row")
    def _describe(self, asked: int, item: Row, shelf: Shelf | None) -> None:
        text = self._rows.describe(item, shelf)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._answer, asked, text)

    def _answer(self, asked: int, text: Text) -> None:
        if asked == self._asked:
            self.update(text)
