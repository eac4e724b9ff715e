"""The library's tree of events and their articles, built in batches.

A library of thousands of articles would hold the screen for seconds if every row were added
at once: the tree measures all its lines each time it changes. So the first FIRST_EVENTS
events go in at once (more rows than a tall terminal shows) and the rest follow after a frame,
in batches BATCH_GROWTH times larger each time, so the whole build costs a few measures;
a frame is drawn (and keys answered) between two batches.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.text import Text
from textual.widgets import Tree

from tui.engine.model import Article, Event
from tui.widgets.labels import event_heading

Item = Event | Article | str
"""What a tree node holds: an event, an article, or "notices"."""
Rows = Sequence[tuple[Event, Sequence[Article]]]
"""The events to list, each with the articles of it to show."""

FIRST_EVENTS = 60
"""Events put in the tree at once: more rows than a tall terminal shows."""
BATCH_GROWTH = 4
"""Each later batch of events is this many times the one before (2,000 events: four batches)."""


class EventsTree(Tree[Item]):
    """Events, their articles under them, and a last row for the notices."""

    def __init__(self) -> None:
        # A Text root label: a str would be read as markup, which loads Rich's emoji table (4 ms of the start).
        super().__init__(Text("events"), id="events")
        self.show_root = False
        self.auto_expand = False
        self._token = 0  # which fill the batches being added belong to
        self.growing = False
        """Whether batches of events are still to be added."""
        self._wanted: Article | None = None  # where the cursor goes once its row is added

    def fill(self, rows: Rows, *, expand: bool, label: Callable[[Article], Text], notices: Text | None) -> None:
        """List `rows` (labelled by `label`), then the `notices` row if any."""
        self.clear()
        # Textual's clear keeps the cursor's line and node: the old tree's node would stay "under
        # the cursor" (its detail, what enter opens) until the cursor moves. No row until one is chosen.
        self.cursor_line = -1
        self._token += 1
        self.growing, self._wanted = True, None
        self._grow(self._token, rows, 0, FIRST_EVENTS, expand, label, notices)

    def _grow(self, token: int, rows: Rows, start: int, count: int, expand: bool,
              label: Callable[[Article], Text], notices: Text | None) -> None:
        if token != self._token:  # filled again meanwhile
            return
        for event, articles in rows[start:start + count]:
            node = self.root.add(event_heading(event), data=event, expand=expand)
            for article in articles:
                node.add_leaf(label(article), data=article)
        if start + count < len(rows):
            # After the next frame (a timer could fire first, and the first rows would wait for all).
            self.call_after_refresh(self._grow, token, rows, start + count, count * BATCH_GROWTH, expand, label,
                                    notices)
            return
        if notices is not None:
            self.root.add_leaf(notices, data="notices")
        self.growing = False
        wanted, self._wanted = self._wanted, None
        if wanted is not None:
            self.select_article(wanted)

    def select_article(self, article: Article) -> None:
        """Put the cursor on `article`; while still growing, once its row is added."""
        for node in self.root.children:
            for leaf in node.children:
                if isinstance(leaf.data, Article) and leaf.data.path == article.path:
                    node.expand()
                    self.move_cursor(leaf)
                    self.scroll_to_node(leaf, animate=False)
                    return
        if self.growing:
            self._wanted = article
