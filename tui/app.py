"""The Parallax app: thin. It holds the settings, the loaded corpus and the
bookmarks, pushes the library, and opens the screens the others ask for."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import TYPE_CHECKING, ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.theme import Theme

from tui.engine.model import Alignment, Article
from tui.engine.shelf import Shelf
from tui.resources import style_paths
from tui.screens.library import LibraryScreen
from tui.screens.palette import ParallaxCommands
from tui.widgets.text import clean

if TYPE_CHECKING:
    # The comparison, the bookmarks and the config load when first used: a fast first frame.
    from tui.config import Config
    from tui.screens.bookmarks import BookmarkStore
    from tui.screens.compare import Target

PARALLAX_THEME = Theme(
    name="parallax",
    primary="#4f8fd6",
    secondary="#7a6fd0",
    accent="#e0a33a",
    warning="#e0a33a",
    error="#d9534f",
    success="#4caf50",
    foreground="#e4e4e4",
    background="#16181c",
    surface="#1e2127",
    panel="#262a31",
    dark=True,
)
"""A calm dark theme whose accents stay apart when reduced to 256 or 16 colours."""

Aligner = Callable[[Article, Article], Alignment]

NARROW = 70
"""Below this many columns the "auto" layout stacks the panes."""


@dataclass(frozen=True)
class Settings:
    """What the screens read from the config: defaults when there is none."""

    threshold: float | None = None
    theme: str = "parallax"
    layout: str = "auto"
    keymap: dict[str, str] = field(default_factory=dict)
    max_bytes: int | None = None
    """The per-file read cap; None for the engine's default."""
    paraphrases: bool = True


class ParallaxApp(App[None]):
    """Events library, comparisons, bookmarks; everything by keyboard."""

    TITLE = "Parallax"
    CSS_PATH: ClassVar[list[str | PurePath]] = [*style_paths()]
    COMMANDS = App.COMMANDS | {ParallaxCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", id="help", tooltip="Show every key"),
        Binding("B", "bookmarks", "Marks", id="bookmarks", tooltip="List the bookmarks"),
        Binding("ctrl+p", "command_palette", "palette", show=False, priority=True, id="command_palette",
                tooltip="Open the command palette: open or compare articles, bookmarks, themes"),
    ]

    def __init__(self, paths: Sequence[str], *, settings: Settings | None = None,
                 bookmarks: BookmarkStore | None = None, shelf: Shelf | None = None,
                 warnings: Sequence[str] = (), aligner: Aligner | None = None,
                 config: Config | None = None) -> None:
        # With NO_COLOR, Textual drops colour with its NoColor filter only for ANSI colour;
        # otherwise it greys everything out and still sends grey escapes. Textual removes
        # NO_COLOR from the environment in __init__, so it is read first.
        super().__init__(ansi_color=True if os.environ.get("NO_COLOR") is not None else None)
        self.config = config
        self._aligner = aligner
        self._told_encoder = False
        self.paths = list(paths)
        self.settings = settings or Settings()
        if bookmarks is None:
            from tui.screens.bookmarks import MemoryBookmarks

            bookmarks = MemoryBookmarks()
        self.bookmarks: BookmarkStore = bookmarks
        self.shelf = shelf
        self._warnings = list(warnings)
        self.animation_level = "none"
        self.register_theme(PARALLAX_THEME)
        # Chosen before the first frame: a theme changed later restyles every widget.
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        self.set_keymap(self.settings.keymap)

    def on_mount(self) -> None:
        if self.settings.theme not in self.available_themes:
            self.switch_theme(self.settings.theme)
        self.push_screen(LibraryScreen(self.paths))
        for warning in self._warnings:
            self.notify(clean(warning), severity="warning", markup=False, timeout=8)

    def switch_theme(self, name: str) -> None:
        """Use theme `name`; an unknown name keeps the current theme and says so."""
        if name in self.available_themes:
            self.theme = name
        else:
            self.notify(f"Unknown theme {name!r}; using {self.theme!r}.", severity="warning", markup=False)

    def align(self, left: Article, right: Article, *, progress: Callable[[float], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> Alignment:
        """Align two articles (called from thread workers); tests may inject fixed results."""
        if self._aligner is not None:
            return self._aligner(left, right)
        from tui.engine.align import align
        from tui.engine.embed import failure

        alignment = align(left, right, threshold=self.settings.threshold, progress=progress, cancelled=cancelled,
                          semantic=self.settings.paraphrases)
        if (why := failure()) and not self._told_encoder:
            self._told_encoder = True
            self.call_from_thread(self.notify, clean(why), severity="warning", markup=False, timeout=8)
        return alignment

    # -- opening screens -----------------------------------------------------------

    def _to_library(self) -> LibraryScreen | None:
        while len(self.screen_stack) > 1 and not isinstance(self.screen, LibraryScreen):
            self.pop_screen()
        return self.screen if isinstance(self.screen, LibraryScreen) else None

    def stacked(self) -> bool:
        """Whether a new comparison starts stacked, from the config's layout."""
        layout = self.settings.layout
        return layout == "stacked" or (layout == "auto" and self.size.width < NARROW)

    def open_compare(self, left: Article, right: Article, target: Target | None = None) -> None:
        """Show the comparison of `left` and `right`, on top of the library."""
        from tui.screens.compare import CompareScreen

        self._to_library()
        self.push_screen(CompareScreen(left, right, target=target, stacked=self.stacked()))

    def open_article(self, article: Article) -> None:
        """Put the library's cursor on `article` and compare it with its best partner."""
        library = self._to_library()
        if library is not None:
            library.select_article(article)
            library.open_best(article)

    def action_compare_two(self) -> None:
        """Choose a left article, then a right one, then compare them."""
        from tui.screens.picker import PickerScreen

        if self.shelf is None:
            self.notify("Still reading the corpus…", timeout=2)
            return
        articles = self.shelf.articles

        def left_chosen(left: Article | str | None) -> None:
            if not isinstance(left, Article):
                return

            def right_chosen(right: Article | str | None) -> None:
                if isinstance(right, Article):
                    self.open_compare(left, right)

            self.push_screen(PickerScreen(articles, title="Right article", exclude=left.path), right_chosen)

        self.push_screen(PickerScreen(articles, title="Left article"), left_chosen)

    def action_help(self) -> None:
        """Every key of the current screen, then those of the others."""
        from tui.screens.bookmarks import BookmarksScreen
        from tui.screens.compare import CompareScreen
        from tui.screens.help import HelpScreen
        from tui.widgets.article_pane import ArticlePane

        if not isinstance(self.screen, HelpScreen):
            others = (LibraryScreen, CompareScreen, ArticlePane, BookmarksScreen)
            self.push_screen(HelpScreen(self.screen, others, self.settings.keymap))

    # -- bookmarks -----------------------------------------------------------------

    def action_bookmarks(self) -> None:
        from tui.screens.bookmarks import BookmarksScreen

        if not isinstance(self.screen, BookmarksScreen):
            self.push_screen(BookmarksScreen())
