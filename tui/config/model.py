"""The config as data: the settings, bookmarks and pins one config file holds.

Plain frozen dataclasses, built by `tui.config.schema` from what tomli read; nothing
here reads or writes a file. The engine's defaults (threshold, read cap) are looked
up only when asked for (see `ReadingSettings.threshold`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal

from tui.config.errors import ConfigError, ConfigIssue

APP_NAME: Final = "parallax"
FILE_NAME: Final = "config.toml"
ENV_VAR: Final = "PARALLAX_CONFIG"
LAYOUTS: Final = ("auto", "side-by-side", "stacked")
DEFAULT_THEME: Final = "parallax"
DEFAULT_LAYOUT: Final = "auto"

Source = Literal["--config", "$PARALLAX_CONFIG", "./config.toml", "user"]
Key = tuple[str | int, ...]
"""A place in the data: `("bookmarks", 2, "note")`."""


def default_threshold() -> float:
    """The engine's match threshold (tui.engine.align.DEFAULT_THRESHOLD)."""
    # Lazy: importing the aligner costs ~450 ms (measured with -X importtime), and
    # `parallax bookmarks` never needs the threshold.
    from tui.engine.align import DEFAULT_THRESHOLD

    return float(DEFAULT_THRESHOLD)


def default_max_bytes() -> int:
    """The engine's per-file read cap (tui.engine.corpus.DEFAULT_MAX_BYTES)."""
    # Lazy: importing the reader costs ~130 ms (-X importtime), and listing bookmarks never reads articles.
    from tui.engine.corpus import DEFAULT_MAX_BYTES

    return DEFAULT_MAX_BYTES


@dataclass(frozen=True, slots=True)
class CorpusSettings:
    """`[corpus]`. `paths` are resolved against the config file's folder; empty means `seeds/`."""

    paths: tuple[str, ...] = ()
    max_bytes_set: int | None = None
    """What the file says; None when it says nothing (then `max_bytes` is the engine's default)."""

    @property
    def max_bytes(self) -> int:
        """The per-file read cap (default: tui.engine.corpus.DEFAULT_MAX_BYTES)."""
        return default_max_bytes() if self.max_bytes_set is None else self.max_bytes_set


@dataclass(frozen=True, slots=True)
class Places:
    """`[export] folder` and `[sources] store`, resolved against the config file's folder;
    None where the file says nothing (then the defaults apply)."""

    export_folder: Path | None = None
    sources_store: Path | None = None


@dataclass(frozen=True, slots=True)
class ReadingSettings:
    """`[reading]`."""

    threshold_set: float | None = None
    """What the file says; None when it says nothing (then `threshold` is the engine's default)."""
    theme: str = DEFAULT_THEME
    layout: str = DEFAULT_LAYOUT
    paraphrases: bool = True
    """Link sentences by meaning too (the sentence encoder), not by words alone."""

    @property
    def threshold(self) -> float:
        """The match threshold, 0-100 (default: tui.engine.align.DEFAULT_THRESHOLD).

        The engine's constant is read only when asked for: importing the aligner is
        not cheap, and `parallax bookmarks` has no use for it."""
        return default_threshold() if self.threshold_set is None else self.threshold_set


@dataclass(frozen=True, slots=True)
class Passage:
    """A passage: sentence indices (from 0) on one side or both, plus a short quote of
    each side (`tui.bookmarks.make_quote`), so that `tui.bookmarks.find_passage` can
    find it again if the article is segmented differently later."""

    left: tuple[int, ...] = ()
    left_quote: str | None = None
    right: tuple[int, ...] = ()
    right_quote: str | None = None

    def fields(self) -> dict[str, Any]:
        """The `[[bookmarks]]` keys that store it."""
        out: dict[str, Any] = {}
        if self.left:
            out["left_sentences"] = list(self.left)
            if self.left_quote is not None:
                out["left_quote"] = self.left_quote
        if self.right:
            out["right_sentences"] = list(self.right)
            if self.right_quote is not None:
                out["right_quote"] = self.right_quote
        return out


@dataclass(frozen=True, slots=True)
class Bookmark:
    """One `[[bookmarks]]` table. Paths are stored as they were given."""

    id: str
    left: str
    right: str | None
    note: str
    created: str
    passage: Passage | None = None
    line: int | None = None
    """Where its `[[bookmarks]]` header is in the file, for messages."""

    @property
    def left_sentence(self) -> int | None:
        """The first left sentence of the passage, if any."""
        return self.passage.left[0] if self.passage and self.passage.left else None

    @property
    def right_sentence(self) -> int | None:
        """The first right sentence of the passage, if any."""
        return self.passage.right[0] if self.passage and self.passage.right else None

    @property
    def quote(self) -> str | None:
        """The passage's quote (left side first), if any."""
        if self.passage is None:
            return None
        return self.passage.left_quote or self.passage.right_quote


@dataclass(frozen=True, slots=True)
class Pin:
    """One `[[events.pin]]` correction: put `article` in the event of `with_`, or alone when None."""

    article: str
    with_: str | None

    @property
    def alone(self) -> bool:
        return self.with_ is None


@dataclass(frozen=True, slots=True)
class Config:
    """The settings in use and where they came from.

    `path` is the config in use (for source "user" it may not exist yet: it is created
    from the default on the first write). `error` is set when the file could not be
    read or parsed: then every setting is the default and nothing is ever written.
    """

    path: Path
    source: Source
    exists: bool = False
    corpus: CorpusSettings = field(default_factory=CorpusSettings)
    reading: ReadingSettings = field(default_factory=ReadingSettings)
    keys: Mapping[str, str] = field(default_factory=dict)
    places: Places = field(default_factory=Places)
    bookmarks: tuple[Bookmark, ...] = ()
    pins: tuple[Pin, ...] = ()
    issues: tuple[ConfigIssue, ...] = ()
    error: ConfigError | None = None

    @property
    def writable(self) -> bool:
        """False when the file failed to read or parse: bookmarks are then read-only."""
        return self.error is None

    @property
    def keymap(self) -> dict[str, str]:
        """`[keys]` as App.set_keymap wants it: binding id -> comma-separated keys."""
        return dict(self.keys)

    @property
    def folder(self) -> Path:
        """The folder of the config file, absolute."""
        return self.path.absolute().parent

    def bookmark(self, bookmark_id: str) -> Bookmark | None:
        """The bookmark with this id, if any."""
        return next((b for b in self.bookmarks if b.id == bookmark_id), None)
