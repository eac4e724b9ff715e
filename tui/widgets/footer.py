"""The footer every screen shows: Textual's, with the help key docked at the right so
that `? Help` fits at any width (the keys that do not fit are all in the help)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

DOCKED_ACTIONS = frozenset({"app.help", "help"})
"""Actions whose key stays visible however narrow the terminal."""


class KeysFooter(Footer):
    """A compact footer whose help key never falls off the edge."""

    def __init__(self, *, show_command_palette: bool = False) -> None:
        super().__init__(compact=True, show_command_palette=show_command_palette)

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            if isinstance(widget, FooterKey) and widget.action in DOCKED_ACTIONS:
                widget.add_class("-docked")
            yield widget
