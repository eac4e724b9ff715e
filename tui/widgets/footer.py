"""The footer every screen shows: Textual's, with the help key docked at the right so
that `? Help` fits at any width (the keys that do not fit are all in the help), and one
rebuild for a burst of binding changes (a screen's start makes five) instead of one each.

Keys that do not fit beside the docked help are hidden whole: Textual's footer would cut the
last one ("v Layou") and run it under the help key."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.events import Resize
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey, FooterLabel

DOCKED_ACTIONS = frozenset({"app.help", "help"})
"""Actions whose key stays visible however narrow the terminal."""
MEASURE_TRIES = 10
"""Refreshes the footer waits for its keys to be laid out before it measures them (a screen
that is not shown lays nothing out: its footer is measured when it comes back and rebuilds)."""


class KeysFooter(Footer):
    """A compact footer whose help key never falls off the edge."""

    def __init__(self, *, show_command_palette: bool = False) -> None:
        super().__init__(compact=True, show_command_palette=show_command_palette)
        self._rebuild_queued = False
        self._edges: list[tuple[Widget, int]] = []  # each key (or group) and where it ends, all shown
        self._docked = 0  # columns from the docked help key's left edge to the footer's right edge

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
        self.call_after_refresh(self._measure)

    def on_mount(self) -> None:
        self.call_after_refresh(self._measure)

    def on_resize(self, _event: Resize) -> None:
        self._fit()

    def _measure(self, tries: int = MEASURE_TRIES) -> None:
        """Where each key ends while all are shown (their widths do not change with the footer's);
        again after the next refresh while some key is hidden or not laid out yet."""
        hidden = [child for child in self.children if not child.display]
        for child in hidden:
            child.display = True
        if hidden or self.region.width == 0 or any(child.region.width == 0 for child in self.children):
            if tries > 0:
                self.call_after_refresh(self._measure, tries - 1)
            return
        edges: list[tuple[Widget, int]] = []
        docked = 0
        for child in self.children:
            if child.has_class("-docked"):
                docked = max(docked, self.region.right - child.region.x)
                continue
            end = child.region.right - self.region.x
            if isinstance(child, FooterLabel) and edges:  # a group's label goes with its keys
                edges[-1] = (edges[-1][0], end)
            edges.append((child, end))
        self._edges, self._docked = edges, docked
        self._fit()

    def _fit(self) -> None:
        """Show the keys that end before the docked help key, hide the rest (with their group)."""
        room = self.size.width - self._docked
        fits = True
        for child, end in self._edges:
            fits = fits and end <= room
            child.display = fits

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            if isinstance(widget, FooterKey) and widget.action in DOCKED_ACTIONS:
                widget.add_class("-docked")
            yield widget
