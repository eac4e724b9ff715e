"""What Parallax could not use as given: settings it ignored, files it skipped or changed.

Toasts fade; this list stays, so a config error is still there to read after it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from tui.engine.model import Notice
from tui.engine.notices import group_notices
from tui.resources import style_path
from tui.widgets.footer import KeysFooter
from tui.widgets.text import clean

GROUP_OVER = 5
"""More files than this with one reason are gathered into one row."""
SHOWN_FILES = 500
"""An opened group lists at most this many files: the list stays quick at 20,000."""


def _one(notice: Notice) -> Text:
    text = Text(end="")
    text.append(clean(notice.path), style="bold")
    text.append("\n  ")
    text.append(clean(notice.message))
    return text


class NoticesScreen(Screen[None]):
    """One line per notice: the file, then what happened to it."""

    CSS_PATH: ClassVar[list[str | PurePath]] = [style_path("lists.tcss")]

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
        self._groups = group_notices(self._notices)
        self._open: set[int] = set()  # the groups shown file by file
        self._rows: list[int | None] = []  # the group each row opens or closes; None: no group

    def compose(self) -> ComposeResult:
        count = len(self._notices)
        title = f"Notices: {count:,} file{'s' if count != 1 else ''} skipped or changed"
        if self._settings:
            title += f", {len(self._settings)} about the settings"
        yield Label(Text(title), id="title")
        yield OptionList(*self._options(), id="notices")
        yield KeysFooter()

    def _options(self) -> list[Option]:
        """Settings first, then one row per file, except that a reason given for more than
        GROUP_OVER files is one row, which enter opens (showing at most SHOWN_FILES of them)."""
        options: list[Option] = []
        self._rows = []
        for warning in self._settings:
            text = Text(end="")
            text.append("settings", style="bold")
            text.append("\n  ")
            text.append(clean(warning))
            options.append(Option(text))
            self._rows.append(None)
        for number, group in enumerate(self._groups):
            if len(group) <= GROUP_OVER:
                for notice in group.notices:
                    options.append(Option(_one(notice)))
                    self._rows.append(None)
                continue
            opened = number in self._open
            head = Text(end="")
            head.append(f"{'▼' if opened else '▶'} {len(group):,} files", style="bold")
            head.append("\n  ")
            head.append(clean(group.reason))
            head.append("  (enter: " + ("hide them)" if opened else "show them)"), style="dim")
            options.append(Option(head))
            self._rows.append(number)
            if opened:
                for notice in group.notices[:SHOWN_FILES]:
                    options.append(Option(Text("    " + clean(notice.path), end="")))
                    self._rows.append(number)
                if len(group) > SHOWN_FILES:
                    options.append(Option(Text(f"    … and {len(group) - SHOWN_FILES:,} more", style="dim"),
                                          disabled=True))
                    self._rows.append(number)
        if not options:
            options.append(Option(Text("Every file was read as it is."), disabled=True))
            self._rows.append(None)
        return options

    @on(OptionList.OptionSelected, "#notices")
    def _toggle(self, event: OptionList.OptionSelected) -> None:
        number = self._rows[event.option_index] if event.option_index < len(self._rows) else None
        if number is None:
            return
        self._open ^= {number}
        notices = self.query_one("#notices", OptionList)
        notices.clear_options()
        notices.add_options(self._options())
        notices.highlighted = self._rows.index(number)

    def action_cursor(self, offset: int) -> None:
        notices = self.query_one(OptionList)
        if offset > 0:
            notices.action_cursor_down()
        else:
            notices.action_cursor_up()

    def action_back(self) -> None:
        self.dismiss()
