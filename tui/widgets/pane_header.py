"""The strip above a pane: which outlet, when, and the headline."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from tui.engine.model import Article
from tui.widgets.text import unknown


class PaneHeader(Static):
    """Outlet, date and title of the article in the pane below."""

    def show(self, article: Article, side: str) -> None:
        """Article text is untrusted: it goes in as Text, never as markup."""
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        text.append(f"{side} ", style="bold reverse")
        text.append(" ")
        text.append(unknown(article.outlet), style="bold")
        text.append(" · ")
        text.append(unknown(article.date))
        text.append("\n")
        text.append(unknown(article.title), style="italic")
        self.update(text)
