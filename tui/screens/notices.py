"""What Parallax could not use as given: settings it ignored, files it skipped or changed.

Toasts fade; this list stays, so a config error is still there to read after it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from tui.engine.model import Notice
from tui.widgets.footer import KeysFooter
from tui.widgets.text import clean


class NoticesScreen(Screen[None]):
    """One line per notice: the file, then what happened to it."""

    HELP_TITLE = "Notices"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor(1)", "Down", show=False, id="notices.down", tooltip="Next notice"),
        Binding("k,up", "cursor(-1)", "Up", show=False, id="notices.up", tooltip="Previous notice"),
        Binding("escape,q", "back", "Back", id="notices.back", tooltip="Back to the library"),
    ]

    def __init__(self, notices: Sequence[Notice], settings: Sequence[str] = ()) -> None:
        super().__init__()
        self._notices = list(notices)
        self._settings = list(settings)

    def compose(self) -> ComposeResult:
        count = len(self._notices)
        title = f"Notices: {count} file{'s' if count != 1 else ''} skipped or changed"
        if self._settings:
            title += f", {len(self._settings)} about the settings"
        yield Label(Text(title), id="title")
        options = []
        for warning in self._settings:
            text = Text(end="")
            text.append("settings", style="bold")
            text.append("\n  ")
            text.append(clean(warning))
            options.append(Option(text))
        for notice in self._notices:
            text = Text(end="")
            text.append(clean(notice.path), style="bold")
            text.append("\n  ")
            text.append(clean(notice.message))
            options.append(Option(text))
        if not options:
            options.append(Option(Text("Every file was read as it is."), disabled=True))
        yield OptionList(*options, id="notices")
        yield KeysFooter()

    def action_cursor(self, offset: int) -> None:
        notices = self.query_one(OptionList)
        if offset > 0:
            notices.action_cursor_down()
        else:
            notices.action_cursor_up()

    def action_back(self) -> None:
        self.dismiss()
