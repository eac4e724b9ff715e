"""The command palette's Parallax commands: open an article, compare two, the
bookmarks, and every theme."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider

if TYPE_CHECKING:
    from tui.app import ParallaxApp


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
    def papp(self) -> ParallaxApp:
        from tui.app import ParallaxApp

        assert isinstance(self.app, ParallaxApp)
        return self.app

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        """(plain text to match, what to run, help)."""
        from tui.screens.picker import describe

        app = self.papp
        commands: list[tuple[str, Callable[[], object], str]] = [
            ("Compare two articles…", app.action_compare_two, "Choose a left and a right article"),
            ("Bookmarks", app.action_bookmarks, "List, open, edit or delete bookmarks"),
        ]
        commands += [
            (f"Theme: {name}", partial(app.switch_theme, name), "Switch to this colour theme")
            for name in sorted(app.available_themes)
        ]
        if app.shelf is not None:
            commands += [
                (f"Open: {describe(a).plain}", partial(app.open_article, a),
                 "Compare this article with the best partner in its event")
                for a in app.shelf.articles
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
