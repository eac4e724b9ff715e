"""One Parallax run's state: the config in use, the settings read from it, the bookmarks
and the loaded corpus (the shelf), in one plain-Python object the app owns.

Screens receive the session and read from it; they never write to it. Every write (a
bookmark, a pin, a theme) goes through a method here that changes the config file and
then `reload()`s, so there is one copy of the config and the settings always follow it.
Defaults are resolved here, once. No textual import: the state can be tested headless.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from tui.bookmarks import add_bookmark, edit_note, missing_files, remove_bookmark
from tui.config import Bookmark, Config, Passage, pins_for, reload_config, set_pin, update_config
from tui.engine.model import DEFAULT_MAX_BYTES, Alignment, Article
from tui.engine.search import ArticleIndex
from tui.engine.shelf import Shelf
from tui.reading import HEAD_START, Reading

if TYPE_CHECKING:  # the coverage brings the aligner (NumPy): imported when first used
    from tui.engine.coverage import CancelFn, Coverage, PairAligner, ProgressFn

DEFAULT_THEME = "parallax"
"""The theme used when the config names none (the app registers it)."""

Aligner = Callable[[Article, Article], Alignment]
"""What tests inject in place of the engine's aligner."""


@dataclass(frozen=True)
class Settings:
    """What the screens read from the config, defaults resolved."""

    threshold: float | None = None
    """The match threshold; None for the engine's default."""
    theme: str = DEFAULT_THEME
    layout: str = "auto"
    keymap: dict[str, str] = field(default_factory=dict)
    max_bytes: int = DEFAULT_MAX_BYTES
    """The per-file read cap."""
    paraphrases: bool = True

    @classmethod
    def from_config(cls, config: Config) -> Settings:
        """The settings a config file asks for; the defaults where it says nothing."""
        reading = config.reading
        return cls(
            threshold=reading.threshold_set,
            theme=reading.theme,
            layout=reading.layout,
            keymap=config.keymap,
            max_bytes=config.corpus.max_bytes_set or DEFAULT_MAX_BYTES,
            paraphrases=reading.paraphrases,
        )


class BookmarkStore(Protocol):
    """Where bookmarks are kept: the config in use, or memory in tests and when there is no config."""

    @property
    def read_only(self) -> bool: ...

    @property
    def error(self) -> str | None: ...

    def all(self) -> list[Bookmark]: ...

    def missing(self, bookmark: Bookmark) -> tuple[str, ...]: ...

    def add(self, left: str, right: str | None, note: str, *, passage: Passage | None = None) -> Bookmark: ...

    def edit(self, mark_id: str, note: str) -> None: ...

    def remove(self, mark_id: str) -> None: ...


class MemoryBookmarks:
    """Bookmarks that last as long as the app (tests, or no config file)."""

    read_only = False
    error: str | None = None

    def __init__(self) -> None:
        self._marks: list[Bookmark] = []
        self._made = 0

    def all(self) -> list[Bookmark]:
        return list(self._marks)

    def missing(self, bookmark: Bookmark) -> tuple[str, ...]:
        return ()

    def add(self, left: str, right: str | None, note: str, *, passage: Passage | None = None) -> Bookmark:
        self._made += 1
        mark = Bookmark(f"m{self._made:05d}", left, right, note,
                        datetime.now(UTC).isoformat(timespec="seconds"), passage)
        self._marks.append(mark)
        return mark

    def edit(self, mark_id: str, note: str) -> None:
        self._marks = [replace(m, note=note) if m.id == mark_id else m for m in self._marks]

    def remove(self, mark_id: str) -> None:
        self._marks = [m for m in self._marks if m.id != mark_id]


class ConfigBookmarks:
    """The bookmarks of the session's config file: each change is written, then the
    session reloads, so the list shown is always the file's."""

    def __init__(self, session: Session) -> None:
        self._session = session

    @property
    def _config(self) -> Config:
        assert self._session.config is not None
        return self._session.config

    @property
    def read_only(self) -> bool:
        return not self._config.writable

    @property
    def error(self) -> str | None:
        return None if self._config.error is None else str(self._config.error)

    def all(self) -> list[Bookmark]:
        return list(self._config.bookmarks)

    def missing(self, bookmark: Bookmark) -> tuple[str, ...]:
        return missing_files(bookmark, self._config)

    def add(self, left: str, right: str | None, note: str, *, passage: Passage | None = None) -> Bookmark:
        try:
            return add_bookmark(self._config, left, right, note=note, passage=passage)
        finally:
            self._session.reload()

    def edit(self, mark_id: str, note: str) -> None:
        try:
            edit_note(self._config, mark_id, note)
        finally:
            self._session.reload()

    def remove(self, mark_id: str) -> None:
        try:
            remove_bookmark(self._config, mark_id)
        finally:
            self._session.reload()


class Session:
    """The config, the settings, the bookmarks and the shelf of one run.

    `config` is None when the app runs without a config file (tests, snapshots): then
    `settings` are given, bookmarks live in memory and nothing can be pinned.
    """

    def __init__(self, paths: Sequence[str], *, config: Config | None = None, settings: Settings | None = None,
                 bookmarks: BookmarkStore | None = None, shelf: Shelf | None = None,
                 warnings: Sequence[str] = (), aligner: Aligner | None = None, store: Path | None = None,
                 with_stored: bool = False) -> None:
        self.paths = list(paths)
        self.store = store
        """The sources store (issue 15) the sources screen and updates use; None: no sources."""
        self.with_stored = with_stored
        """Whether the library lists the store's articles too (no PATH given, as in the CLI)."""
        self.new_paths: set[str] = set()
        """Stored articles fetched in this run and not opened yet (marked "new" in the library)."""
        self.update_lock = threading.Lock()
        """One sources update (or add) at a time, whichever screen asked for it."""
        self.config = config
        self.settings = settings or (Settings.from_config(config) if config is not None else Settings())
        if bookmarks is None:
            bookmarks = ConfigBookmarks(self) if config is not None else MemoryBookmarks()
        self.bookmarks: BookmarkStore = bookmarks
        self.shelf = shelf
        self.index: ArticleIndex | None = None
        """The shelf's full-text index, once built (after the shelf is shown)."""
        self.warnings = list(warnings)
        self.aligner = aligner
        self._told_encoder = False
        self.reading: Reading | None = None
        """The corpus's reading begun before the app, until the library takes it over."""

    def begin_reading(self) -> None:
        """Start reading the corpus now, in a thread of its own (`tui.reading`), and give it a
        head start of at most HEAD_START: `parallax` does so before it imports Textual, and the
        library takes the reading over when it mounts."""
        self.reading = Reading(self)
        self.reading.wait(HEAD_START)

    def take_reading(self) -> Reading | None:
        """The reading begun by `begin_reading`, once: whoever takes it sees it through."""
        reading, self.reading = self.reading, None
        return reading

    def reload(self) -> None:
        """Read the config file again (after a write, by us or by hand) and the settings from it."""
        if self.config is not None:
            self.config = reload_config(self.config)
            self.settings = Settings.from_config(self.config)

    # -- what the corpus loader asks -----------------------------------------------------

    def pins(self, paths: list[str]) -> Mapping[str, str | None]:
        """The config's pins on these articles (called from the loading thread)."""
        return pins_for(self.config, paths) if self.config is not None else {}

    # -- aligning ------------------------------------------------------------------------

    @property
    def two_stages(self) -> bool:
        """Whether a comparison shows the word matches first, then the links by meaning."""
        return self.aligner is None and self.settings.paraphrases

    def align(self, left: Article, right: Article, *, progress: Callable[[float], None] | None = None,
              cancelled: Callable[[], bool] | None = None, words_only: bool = False) -> Alignment | None:
        """Align two articles with the settings in use (called from thread workers); None
        when `cancelled` stopped it. `words_only`: the word passes alone, at once; then
        `add_meaning` gives the same result as a full alignment."""
        if self.aligner is not None:
            return self.aligner(left, right)
        # Imported when first aligning: the aligner brings NumPy and the encoder, which the
        # library does not need to list a cached corpus (a faster first screen).
        from tui.engine.align import Cancelled, align

        if words_only and self.two_stages:
            from tui.engine import embed

            embed.preload()  # `add_meaning` follows: the encoder loads while the words are aligned
        try:
            return align(left, right, threshold=self.settings.threshold, progress=progress, cancelled=cancelled,
                         semantic=self.settings.paraphrases and not words_only)
        except Cancelled:
            return None

    def add_meaning(self, words: Alignment, *, cancelled: Callable[[], bool] | None = None) -> Alignment | None:
        """`words` (from `align(..., words_only=True)`) with the paraphrase links added; None
        when cancelled. Unchanged when the pass is off or the encoder cannot load."""
        if not self.two_stages:
            return words
        from tui.engine.align import Cancelled, add_paraphrases  # with the aligner, as above

        try:
            return add_paraphrases(words, cancelled=cancelled)
        except Cancelled:
            return None

    def coverage(self, articles: Sequence[Article], *, progress: ProgressFn | None = None,
                 cancelled: CancelFn | None = None) -> Coverage | None:
        """The facts of an event's reports with the settings in use (called from thread
        workers; the engine's pairwise alignments are cached); None when `cancelled` stopped it."""
        from tui.engine.align import Cancelled  # with the aligner, as in `align`
        from tui.engine.coverage import build_coverage

        try:
            return build_coverage(articles, align=self._pair_aligner(), threshold=self.settings.threshold,
                                  semantic=self.settings.paraphrases, progress=progress, cancelled=cancelled)
        except Cancelled:
            return None

    def _pair_aligner(self) -> PairAligner | None:
        """The injected aligner (tests) made to align many pairs; None for the engine's own."""
        injected = self.aligner
        if injected is None:
            return None
        from tui.engine.align import Cancelled

        def align_pairs(pairs: Sequence[tuple[Article, Article]], *, threshold: float | None = None,
                        semantic: bool = True, progress: ProgressFn | None = None,
                        cancelled: CancelFn | None = None) -> list[Alignment]:
            done: list[Alignment] = []
            for left, right in pairs:
                if cancelled is not None and cancelled():
                    raise Cancelled
                done.append(injected(left, right))
                if progress is not None:
                    progress(len(done) / len(pairs))
            return done

        return align_pairs

    def encoder_problem(self) -> str | None:
        """Why the sentence encoder could not load, said once per run; None otherwise."""
        if self.aligner is not None or self._told_encoder:
            return None
        from tui.engine.embed import failure  # with the aligner, for the same reason

        why = failure()
        if why:
            self._told_encoder = True
        return why

    # -- new articles from the sources ----------------------------------------------------

    def mark_new(self, paths: Iterable[str]) -> None:
        """These stored articles arrived (or changed) in an update: marked until opened."""
        self.new_paths.update(paths)

    def seen(self, *paths: str) -> None:
        """These articles were opened: no longer new."""
        self.new_paths.difference_update(paths)

    # -- writes --------------------------------------------------------------------------

    def move_problem(self) -> str | None:
        """Why articles cannot be moved (pinned) now, or None when they can."""
        if self.config is None:
            return "there is no config file"
        if not self.config.writable:
            return str(self.config.error)
        return None

    def save_theme(self, name: str) -> None:
        """Keep the theme chosen in the palette as `[reading] theme`; raises ConfigError."""
        if self.config is None or not self.config.writable:
            return  # no file to keep it in (or one that does not parse): this run only
        try:
            update_config(self.config, lambda doc: doc.set_setting("reading", "theme", name))
        finally:
            self.reload()

    @property
    def export_folder(self) -> Path | None:
        """`[export] folder` when the config sets one: exports go there first."""
        return self.config.places.export_folder if self.config is not None else None

    def pin(self, article: str, beside: str | None) -> None:
        """Save that `article` belongs in `beside`'s event (or alone); raises ConfigError."""
        assert self.config is not None
        try:
            set_pin(self.config, article, with_=beside)
        finally:
            self.reload()


def stacked_for(layout: str, width: int) -> bool:
    """Whether a comparison starts stacked: the config's layout, "auto" by the width."""
    return layout == "stacked" or (layout == "auto" and width < NARROW)


NARROW = 70
"""Below this many columns the "auto" layout stacks the panes."""
