"""A yes/no question before anything is destroyed."""

from __future__ import annotations

from pathlib import PurePath
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label

from tui.resources import style_path
from tui.widgets.footer import KeysFooter


class ConfirmScreen(ModalScreen[bool]):
    """y confirms; n or escape refuses."""

    CSS_PATH: ClassVar[list[str | PurePath]] = [style_path("dialogs.tcss")]

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes", id="confirm.yes", tooltip="Yes, do it"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no", tooltip="No, keep it"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self._question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(Text(self._question), id="dialog-title")
            yield Label(Text("y: yes   n or escape: no"), classes="dialog-hint")
        yield KeysFooter()

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
