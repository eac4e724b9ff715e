"""The list of bookmarks: jump to one, edit its note, delete it (after a yes). The
screen shows the session's bookmarks and posts every change up to the app."""

from __future__ import annotations

from pathlib import PurePath
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from tui import messages
from tui.config import Bookmark
from tui.resources import style_path
from tui.screens.confirm import ConfirmScreen
from tui.screens.note_input import NoteInputScreen
from tui.session import Session
from tui.widgets.footer import KeysFooter
from tui.widgets.labels import source_of
from tui.widgets.text import clean


class BookmarksScreen(Screen[None]):
    """Every bookmark, newest last."""

    CSS_PATH: ClassVar[list[str | PurePath]] = [style_path("lists.tcss")]

    HELP_TITLE = "Bookmarks"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", id="bookmarks.open", priority=True,
                tooltip="Open the comparison and scroll to the passage"),
        Binding("e", "edit", "Edit note", id="bookmarks.edit", tooltip="Edit the bookmark's note"),
        Binding("d", "delete", "Delete", id="bookmarks.delete", tooltip="Delete the bookmark (asks first)"),
        Binding("j,down", "cursor(1)", "Down", show=False, id="bookmarks.down", tooltip="Next bookmark"),
        Binding("k,up", "cursor(-1)", "Up", show=False, id="bookmarks.up", tooltip="Previous bookmark"),
        Binding("escape,q", "back", "Back", id="bookmarks.back", tooltip="Go back"),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self._marks: list[Bookmark] = []

    def compose(self) -> ComposeResult:
        yield Label(Text("Bookmarks"), id="title")
        yield OptionList(id="marks")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.refill()

    def _outlet_name(self, path: str | None) -> str:
        if path is None:
            return ""
        shelf = self.session.shelf
        article = shelf.by_path.get(path) if shelf else None
        if article is None:
            return clean(path)
        return clean(article.outlet) if article.outlet else source_of(article)

    def describe(self, mark: Bookmark) -> Text:
        """Two lines: the articles and the note, then the quoted passage if any."""
        text = Text(end="")
        text.append(self._outlet_name(mark.left), style="bold")
        if mark.right is not None:
            text.append(" ↔ ")
            text.append(self._outlet_name(mark.right), style="bold")
        text.append(" · ")
        text.append(clean(mark.note) or "(no note)", style="" if clean(mark.note) else "italic")
        missing = self.session.bookmarks.missing(mark)
        if missing:
            text.append(" · missing: ", style="bold")
            text.append(clean(", ".join(missing)))
        quote = mark.passage.left_quote or mark.passage.right_quote if mark.passage else None
        if quote:
            text.append("\n  “")
            text.append(clean(quote))
            text.append("”")
        return text

    def refill(self, highlight: int | None = None) -> None:
        """Show the bookmarks as they are now; the cursor stays where it was unless told."""
        if highlight is None:
            highlight = self.query_one("#marks", OptionList).highlighted
        self._marks = self.session.bookmarks.all()
        marks = self.query_one("#marks", OptionList)
        marks.clear_options()
        if not self._marks:
            marks.add_option(Option(Text("No bookmarks yet: press b on an article, a pair or a match."),
                                    disabled=True))
            return
        marks.add_options([Option(self.describe(m)) for m in self._marks])
        marks.highlighted = min(highlight or 0, len(self._marks) - 1)
        marks.focus()

    def _selected(self) -> Bookmark | None:
        index = self.query_one("#marks", OptionList).highlighted
        if index is None or not self._marks or index >= len(self._marks):
            self.app.bell()
            return None
        return self._marks[index]

    def action_cursor(self, offset: int) -> None:
        marks = self.query_one("#marks", OptionList)
        if offset > 0:
            marks.action_cursor_down()
        else:
            marks.action_cursor_up()

    def action_open(self) -> None:
        mark = self._selected()
        if mark is not None:
            self.post_message(messages.OpenBookmark(mark))

    @on(OptionList.OptionSelected, "#marks")
    def _chosen(self) -> None:
        self.action_open()

    def action_edit(self) -> None:
        mark = self._selected()
        if mark is None:
            return

        def save(note: str | None) -> None:
            if note is not None:
                self.post_message(messages.EditBookmark(mark, note))

        self.app.push_screen(NoteInputScreen("Edit the note", mark.note), save)

    def action_delete(self) -> None:
        mark = self._selected()
        if mark is None:
            return

        def answer(yes: bool | None) -> None:
            if yes:
                self.post_message(messages.EditBookmark(mark, None))

        question = Text("Delete the bookmark on ")
        question.append(self.describe(mark).split("\n")[0])
        question.append("?")
        self.app.push_screen(ConfirmScreen(question.plain), answer)

    def action_back(self) -> None:
        self.dismiss()
