"""Ask for one line of text: a bookmark's note (which may stay empty), a source's URL."""

from __future__ import annotations

from pathlib import PurePath
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from tui.resources import style_path


class NoteInputScreen(ModalScreen[str | None]):
    """Enter keeps the note, escape cancels (None)."""

    CSS_PATH: ClassVar[list[str | PurePath]] = [style_path("dialogs.tcss")]

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="note.cancel", tooltip="Close without saving"),
    ]

    def __init__(self, title: str, value: str = "", *,
                 placeholder: str = "a note (optional); enter saves, escape cancels") -> None:
        super().__init__()
        self._title = title
        self._value = value
        self._placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(Text(self._title), id="dialog-title")
            yield Input(value=self._value, select_on_focus=False,
                        placeholder=self._placeholder,
                        id="note")

    @on(Input.Submitted, "#note")
    def _save(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)
