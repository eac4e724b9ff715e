"""The list of bookmarks: jump to one, edit its note, delete it (after a yes)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, ClassVar, Protocol

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, Label, OptionList
from textual.widgets.option_list import Option

from tui.config import Bookmark, ConfigError, Passage
from tui.engine.model import Article
from tui.widgets.text import clean, unknown

if TYPE_CHECKING:
    from tui.app import ParallaxApp
    from tui.screens.compare import Target


class BookmarkStore(Protocol):
    """Where bookmarks are kept: `tui.bookmarks.BookmarkFile` over the config in use,
    or MemoryBookmarks in tests and when there is no config."""

    @property
    def read_only(self) -> bool: ...

    @property
    def error(self) -> str | None: ...

    def all(self) -> list[Bookmark]: ...

    def missing(self, bookmark: Bookmark) -> tuple[str, ...]: ...

    def add(self, left: str, right: str | None, note: str, *, passage: Passage | None = None) -> Bookmark: ...

    def edit(self, mark_id: str, note: str) -> None: ...

    def remove(self, mark_id: str) -> None: ...


class MemoryBookmarks:
    """Bookmarks that last as long as the app (tests, or a store that cannot be had)."""

    read_only = False
    error: str | None = None

    def __init__(self) -> None:
        self._marks: list[Bookmark] = []
        self._made = 0

    def all(self) -> list[Bookmark]:
        return list(self._marks)

    def missing(self, bookmark: Bookmark) -> tuple[str, ...]:
        return ()

    def add(self, left: str, right: str | None, note: str, *, passage: Passage | None = None) -> Bookmark:
        self._made += 1
        mark = Bookmark(f"m{self._made:05d}", left, right, note,
                        datetime.now(UTC).isoformat(timespec="seconds"), passage)
        self._marks.append(mark)
        return mark

    def edit(self, mark_id: str, note: str) -> None:
        self._marks = [replace(m, note=note) if m.id == mark_id else m for m in self._marks]

    def remove(self, mark_id: str) -> None:
        self._marks = [m for m in self._marks if m.id != mark_id]


def ask_bookmark(app: ParallaxApp, left: Article, right: Article | None, *, what: str,
                 passage: Passage | None = None) -> None:
    """Ask for a note, then save the bookmark (on an article, a pair or a passage)."""
    from tui.screens.note_input import NoteInputScreen

    store = app.bookmarks
    if store.read_only:
        why = store.error or "the config file could not be read"
        app.notify(clean(f"Bookmarks are read-only: {why}"), severity="error", markup=False)
        return

    def save(note: str | None) -> None:
        if note is None:
            return
        try:
            mark = store.add(left.path, right.path if right else None, note, passage=passage)
        except ConfigError as err:  # a write the config refused: say so and go on
            app.notify(clean(str(err)), severity="error", markup=False)
            return
        app.notify(f"Bookmarked {what} ({clean(mark.id)}).", markup=False, timeout=2)

    app.push_screen(NoteInputScreen(f"Bookmark {what}: a note (optional)"), save)


def open_bookmark(app: ParallaxApp, mark: Bookmark) -> None:
    """Open a bookmark's comparison and scroll to its passage, found again from its
    quote if the article was re-segmented since."""
    shelf = app.shelf
    left = shelf.by_path.get(mark.left) if shelf else None
    right = shelf.by_path.get(mark.right) if shelf and mark.right else None
    if left is None or (mark.right is not None and right is None):
        missing = mark.left if left is None else mark.right
        app.notify(f"{clean(missing or '')} is not in the corpus that is open.", severity="warning", markup=False)
        return
    if right is None:
        app.open_article(left)
        return
    app.open_compare(left, right, passage_target(mark.passage, left, right))


def passage_target(passage: Passage | None, left: Article, right: Article) -> Target | None:
    """Where a saved passage is now in these two articles."""
    from tui.bookmarks import find_passage
    from tui.screens.compare import Target

    if passage is None:
        return None
    found_left = (find_passage(passage.left_quote, left.texts, hint=passage.left)
                  if passage.left_quote else ()) or passage.left
    found_right = (find_passage(passage.right_quote, right.texts, hint=passage.right)
                   if passage.right_quote else ()) or passage.right
    return Target(min(found_left) if found_left else None, min(found_right) if found_right else None)


class BookmarksScreen(Screen[None]):
    """Every bookmark, newest last."""

    HELP_TITLE = "Bookmarks"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", id="open", priority=True,
                tooltip="Open the comparison and scroll to the passage"),
        Binding("e", "edit", "Edit note", id="edit", tooltip="Edit the bookmark's note"),
        Binding("d", "delete", "Delete", id="delete", tooltip="Delete the bookmark (asks first)"),
        Binding("j,down", "cursor(1)", "Down", show=False, id="down", tooltip="Next bookmark"),
        Binding("k,up", "cursor(-1)", "Up", show=False, id="up", tooltip="Previous bookmark"),
        Binding("escape,q", "back", "Back", id="back", tooltip="Go back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._marks: list[Bookmark] = []

    @property
    def papp(self) -> ParallaxApp:
        from tui.app import ParallaxApp

        assert isinstance(self.app, ParallaxApp)
        return self.app

    def compose(self) -> ComposeResult:
        yield Label(Text("Bookmarks"), id="title")
        yield OptionList(id="marks")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.refill()

    def _outlet_name(self, path: str | None) -> str:
        if path is None:
            return ""
        shelf = self.papp.shelf
        article = shelf.by_path.get(path) if shelf else None
        return unknown(article.outlet) if article else clean(path)

    def describe(self, mark: Bookmark) -> Text:
        """Two lines: the articles and the note, then the quoted passage if any."""
        text = Text(end="")
        text.append(self._outlet_name(mark.left), style="bold")
        if mark.right is not None:
            text.append(" ↔ ")
            text.append(self._outlet_name(mark.right), style="bold")
        text.append(" · ")
        text.append(clean(mark.note) or "(no note)", style="" if clean(mark.note) else "italic")
        missing = self.papp.bookmarks.missing(mark)
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
        self._marks = self.papp.bookmarks.all()
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
            open_bookmark(self.papp, mark)

    @on(OptionList.OptionSelected, "#marks")
    def _chosen(self) -> None:
        self.action_open()

    def action_edit(self) -> None:
        from tui.screens.note_input import NoteInputScreen

        mark = self._selected()
        if mark is None:
            return
        index = self._marks.index(mark)

        def save(note: str | None) -> None:
            if note is not None:
                self._change(lambda: self.papp.bookmarks.edit(mark.id, note))
                self.refill(index)

        self.app.push_screen(NoteInputScreen("Edit the note", mark.note), save)

    def action_delete(self) -> None:
        from tui.screens.confirm import ConfirmScreen

        mark = self._selected()
        if mark is None:
            return
        index = self._marks.index(mark)

        def answer(yes: bool | None) -> None:
            if yes:
                self._change(lambda: self.papp.bookmarks.remove(mark.id))
                self.refill(max(0, index - 1))

        question = Text("Delete the bookmark on ")
        question.append(self.describe(mark).split("\n")[0])
        question.append("?")
        self.app.push_screen(ConfirmScreen(question.plain), answer)

    def _change(self, change: Callable[[], None]) -> None:
        """Edit or remove, saying why when the config refuses."""
        try:
            change()
        except ConfigError as err:
            self.notify(clean(str(err)), severity="error", markup=False)

    def action_back(self) -> None:
        self.dismiss()
