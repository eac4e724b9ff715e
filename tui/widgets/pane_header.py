"""The strip above a pane: which side, whether it has the focus, which outlet, when,
and the headline (or, without one, the article's opening words)."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from tui.engine.model import Article
from tui.widgets.labels import headline, source_of
from tui.widgets.text import clean

FOCUS_MARK = "▶"
"""Stands before the focused side's name: the focus shows without colour too."""


class PaneHeader(Static):
    """Side, outlet, date and headline of the article in the pane below."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._article: Article | None = None
        self._side = ""
        self._focused = False

    def show(self, article: Article, side: str) -> None:
        self._article, self._side = article, side
        self._draw()

    def set_focused(self, focused: bool) -> None:
        """Mark this side as the one the keys act on (a sign and reverse video, not colour alone)."""
        self._focused = focused
        self.set_class(focused, "-focused")
        self._draw()

    def _draw(self) -> None:
        """Article text is untrusted: it goes in as Text, never as markup."""
        article = self._article
        if article is None:
            return
        text = Text(overflow="fold", end="")
        mark = f"{FOCUS_MARK} " if self._focused else "  "
        text.append(f"{mark}{self._side} ", style="bold reverse" if self._focused else "bold")
        text.append(" ")
        known = [clean(part) for part in (article.outlet, article.date) if part]
        text.append(" · ".join(known) if known else source_of(article), style="bold")
        if known and article.url:  # a stored article (or a page that names its address): where it is
            text.append(f" · {source_of(article)}", style="dim")
        text.append("\n")
        text.append_text(headline(article))
        self.update(text)
