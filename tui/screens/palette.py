"""The command palette's Parallax commands: open an article, compare two, the
coverage of an event (and, over the coverage, its grid's keys), the bookmarks, and
every theme."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import Any

from rich.text import Text
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.message import Message
from textual.screen import Screen

from tui import messages
from tui.screens.picker import describe
from tui.session import Session
from tui.widgets.labels import event_heading


def highlight(text: str, offsets: Iterable[int]) -> Text:
    """The matched letters in bold, on a Text: Matcher.highlight would read article
    titles as markup, and article text is untrusted."""
    shown = Text(text, no_wrap=True, overflow="ellipsis", end="")
    for offset in offsets:
        shown.stylize("bold underline", offset, offset + 1)
    return shown


class ParallaxCommands(Provider):
    """Commands that know the loaded corpus."""

    @property
    def session(self) -> Session | None:
        """The app's session: read through the attribute, so this module need not import the app."""
        session = getattr(self.app, "session", None)
        return session if isinstance(session, Session) else None

    def _post(self, message: Message) -> None:
        self.app.post_message(message)

    def _run(self, action: str) -> None:
        self.app.call_later(self.app.run_action, action)

    def _on_screen(self, screen: Screen[Any], action: str) -> None:
        self.app.call_later(screen.run_action, action)

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        """(plain text to match, what to run, help)."""
        commands: list[tuple[str, Callable[[], object], str]] = [
            ("Compare two articles…", partial(self._run, "compare_two"), "Choose a left and a right article"),
            ("Bookmarks", partial(self._run, "bookmarks"), "List, open, edit or delete bookmarks"),
        ]
        commands += [
            (f"Theme: {name}", partial(self._post, messages.ChooseTheme(name)), "Switch to this colour theme")
            for name in sorted(self.app.available_themes)
        ]
        screen = self.screen
        from tui.screens.coverage import CoverageScreen  # imported when first opened, not at the start

        if isinstance(screen, CoverageScreen):  # the grid's own keys, on the outlet under its cursor
            commands += [
                (f"Coverage: {b.tooltip}", partial(self._on_screen, screen, b.action),
                 "On the outlet under the grid's cursor (a key too: see the help)")
                for b in Binding.make_bindings(screen.BINDINGS) if b.id in screen.IN_PALETTE
            ]
        session = self.session
        if session is not None and session.shelf is not None:
            commands += [
                (f"Open: {describe(a).plain}", partial(self._post, messages.OpenArticle(a)),
                 "Compare this article with the best partner in its event")
                for a in session.shelf.articles
            ]
            commands += [
                (f"Coverage: {event_heading(e).plain}", partial(self._post, messages.OpenCoverage(e.articles)),
                 "Who reported what: the event's facts, outlet by outlet")
                for e in session.shelf.events if len(e.articles) >= 2
            ]
        return commands

    async def discover(self) -> Hits:
        for text, command, help_text in self._commands()[:2]:
            yield DiscoveryHit(Text(text), command, text=text, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, command, help_text in self._commands():
            score, offsets = matcher.fuzzy_search.match(query, text)
            if score > 0:
                yield Hit(score, highlight(text, offsets), command, text=text, help=help_text)
