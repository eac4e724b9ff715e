"""The command palette's Parallax commands: open an article, compare two, the
coverage of an event (and, over the coverage, its grid's keys), the bookmarks, and
every theme."""

from __future__ import annotations

import asyncio
import heapq
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from operator import itemgetter
from typing import Any, ClassVar

from rich.text import Text
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.message import Message
from textual.screen import Screen

from tui import messages
from tui.engine.shelf import Shelf
from tui.fuzzymatch import Candidate, match
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


SHOWN_HITS = 200
"""Parallax's hits the palette lists at most, best first. Each is a line of the list, which Textual
sorts and redraws as hits arrive: the 10,000 hits of a large library took seconds a key."""
MATCHES_PER_PAUSE = 500
"""Commands matched between two pauses that let the app take keys: a key typed meanwhile cancels
the search and starts the next (some 5 ms of matching)."""

Entry = tuple[Candidate, Callable[[], object], str]
"""A command: its text folded for matching, what it runs, its help."""
Line = tuple[Candidate, Callable[[], Message], str]
"""An article's or event's command: its text, what makes the message it posts (a new one each
time: a message once handled is not posted again), its help."""


def shelf_lines(shelf: Shelf) -> list[Line]:
    """A line for each article ("Open: ...") and each event of two reports or more ("Coverage:
    ..."), folded for matching. Rich Text for 10,000 articles takes half a second, so
    ParallaxCommands keeps the last shelf's."""
    lines: list[Line] = [
        (Candidate.of(f"Open: {describe(a).plain}"), partial(messages.OpenArticle, a),
         "Compare this article with the best partner in its event")
        for a in shelf.articles
    ]
    lines += [(Candidate.of(f"Coverage: {event_heading(e).plain}"), partial(messages.OpenCoverage, e.articles),
               "Who reported what: the event's facts, outlet by outlet")
              for e in shelf.events if len(e.articles) >= 2]
    return lines


class ParallaxCommands(Provider):
    """Commands that know the loaded corpus, listed each time the palette opens (the lines of the
    articles and events once per shelf), and matched by tui.fuzzymatch in time linear in their text."""

    _own: Sequence[Entry] = ()
    """The commands that name no article or event (_commands), set by startup."""
    _lines: asyncio.Task[list[Entry]] | None = None
    """The articles' and events' commands, being made (startup)."""
    _kept: ClassVar[tuple[Shelf, list[Line]] | None] = None
    """The last shelf's lines (shelf_lines): a shelf is not changed once loaded, a new load is a new one."""

    @property
    def session(self) -> Session | None:
        """The app's session: read through the attribute, so this module need not import the app."""
        session = getattr(self.app, "session", None)
        return session if isinstance(session, Session) else None

    def _post(self, make: Callable[[], Message]) -> None:
        """Post a new message made by `make`: a message once handled is not posted again."""
        self.app.post_message(make())

    def _run(self, action: str) -> None:
        self.app.call_later(self.app.run_action, action)

    def _on_screen(self, screen: Screen[Any], action: str) -> None:
        self.app.call_later(screen.run_action, action)

    def _commands(self) -> list[Entry]:
        """The commands that do not name an article or event: few, and made anew each time."""
        commands: list[tuple[str, Callable[[], object], str]] = [
            ("Compare two articles…", partial(self._run, "compare_two"), "Choose a left and a right article"),
            ("Bookmarks", partial(self._run, "bookmarks"), "List, open, edit or delete bookmarks"),
        ]
        commands += [
            (f"Theme: {name}", partial(self._post, partial(messages.ChooseTheme, name)), "Switch to this colour theme")
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
        return [(Candidate.of(text), command, help_text) for text, command, help_text in commands]

    async def startup(self) -> None:
        self._own = self._commands()
        self._lines = asyncio.create_task(self._shelf_commands())

    async def _shelf_commands(self) -> list[Entry]:
        session = self.session
        if session is None or session.shelf is None:
            return []
        shelf, kept = session.shelf, ParallaxCommands._kept
        if kept is None or kept[0] is not shelf:
            # In a thread: the app still takes keys meanwhile.
            kept = ParallaxCommands._kept = (shelf, await asyncio.to_thread(shelf_lines, shelf))
        return [(candidate, partial(self._post, make), help_text) for candidate, make, help_text in kept[1]]

    async def _entries(self) -> list[Entry]:
        """Every command. Shielded: a key typed while the lines are made cancels that search (and,
        unshielded, what it awaits), not the making."""
        lines = await asyncio.shield(self._lines) if self._lines is not None else []
        return [*self._own, *lines]

    async def discover(self) -> Hits:
        for candidate, command, help_text in self._own[:2]:
            yield DiscoveryHit(Text(candidate.text), command, text=candidate.text, help=help_text)

    async def search(self, query: str) -> Hits:
        folded = query.lower()
        entries = await self._entries()
        found: list[tuple[float, int, list[int]]] = []
        for n, (candidate, _, _) in enumerate(entries):
            if n % MATCHES_PER_PAUSE == 0:
                await asyncio.sleep(0)
            score, offsets = match(folded, candidate)
            if score > 0:
                found.append((score, n, offsets))
        for score, n, offsets in heapq.nlargest(SHOWN_HITS, found, key=itemgetter(0)):
            candidate, command, help_text = entries[n]
            yield Hit(score, highlight(candidate.text, offsets), command, text=candidate.text, help=help_text)
