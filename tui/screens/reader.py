"""One article alone, full width: its metadata, where it came from, and its sentences."""

from __future__ import annotations

from pathlib import PurePath
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Label, Static

from tui.engine.model import Article
from tui.resources import style_path
from tui.widgets.article_pane import ArticlePane
from tui.widgets.footer import KeysFooter
from tui.widgets.labels import headline
from tui.widgets.text import clean


def metadata(article: Article) -> Text:
    """Headline, then outlet, author and date as far as they are known, then the source."""
    text = Text(end="")
    text.append_text(headline(article))
    text.stylize("bold")
    known = [("outlet", article.outlet), ("by", article.author), ("date", article.date)]
    parts = [f"{name} {clean(value)}" if name == "by" else clean(value) for name, value in known if value]
    text.append("\n" + (" · ".join(parts) if parts else "outlet, author and date unknown"))
    text.append("\n")
    text.append(clean(article.url or article.path), style="dim")
    return text


class ReaderScreen(Screen[None]):
    """Read one article; y copies where it came from (over SSH too: OSC 52)."""

    CSS_PATH: ClassVar[list[str | PurePath]] = [style_path("panes.tcss"), style_path("reader.tcss")]

    HELP_TITLE = "Reading one article"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "copy_source", "Copy URL", id="reader.copy",
                tooltip="Copy the article's URL or path to the clipboard (works over SSH)"),
        Binding("escape,q", "back", "Back", id="reader.back", tooltip="Go back"),
    ]

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article

    def compose(self) -> ComposeResult:
        yield Label(Text("Reading"), id="title")
        yield Static(metadata(self.article), id="reader-meta")
        yield ArticlePane(id="reader-text", plain=True)
        yield KeysFooter()

    def on_mount(self) -> None:
        pane = self.query_one(ArticlePane)
        pane.show(self.article)
        pane.focus()

    def action_copy_source(self) -> None:
        source = self.article.url or self.article.path
        self.app.copy_to_clipboard(source)
        self.notify(f"Copied {clean(source)}", markup=False, timeout=2)

    def action_back(self) -> None:
        self.dismiss()
