"""The footer every screen shows: Textual's, with the help key docked at the right so
that `? Help` fits at any width (the keys that do not fit are all in the help), and one
rebuild for a burst of binding changes (a screen's start makes five) instead of one each."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

DOCKED_ACTIONS = frozenset({"app.help", "help"})
"""Actions whose key stays visible however narrow the terminal."""


class KeysFooter(Footer):
    """A compact footer whose help key never falls off the edge."""

    def __init__(self, *, show_command_palette: bool = False) -> None:
        super().__init__(compact=True, show_command_palette=show_command_palette)
        self._rebuild_queued = False

    def bindings_changed(self, screen: Screen[object]) -> None:
        """As Textual's footer does, but a rebuild already queued takes this change too: it
        composes the bindings as they are when it runs."""
        self._bindings_ready = True
        if not screen.app.app_focus or self._rebuild_queued:
            return
        if self.is_attached and screen is self.screen:
            self._rebuild_queued = True
            self.call_after_refresh(self._rebuild)

    async def _rebuild(self) -> None:
        self._rebuild_queued = False
        await self.recompose()

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            if isinstance(widget, FooterKey) and widget.action in DOCKED_ACTIONS:
                widget.add_class("-docked")
            yield widget
