"""The config file: where it is, what it says, and how Parallax edits it without harm.

Finding it (first match wins, see `find_config`):
  1. `--config FILE`
  2. `$PARALLAX_CONFIG`
  3. `./config.toml` in the working directory
  4. `config.toml` in the user config folder (platformdirs), created from the
     documented default (the repository's `config.toml`) on the first write.
A file named by 1 or 2 must exist; a missing one is an error, never created.

Reading (`load_config`) goes through tomli and never raises: a file that does not
parse gives the defaults plus `Config.error` (file, line, column) and is then never
written; wrong types and unknown keys give `Config.issues` (file, line, key) and the
default for that setting.

Writing (`update_config`, used by `tui.bookmarks` and the pin functions here) is a
locked read-merge-write: take `<config>.lock` beside the file, read the file afresh,
splice only the tables being changed into its text (every other byte stays as the
user wrote it), check with tomli that the new text means exactly the old data plus
the intended change, then replace the file atomically (`tui.atomic`). The tables
and values spliced in are rendered by tomlkit.

Plain Python: no textual or rich imports, and tomlkit and filelock load only to write.
"""

from __future__ import annotations

import contextlib
import copy
import math
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Final, Literal, TypeVar

import tomli

from tui.engine.sanitize import strip_controls

APP_NAME: Final = "parallax"
FILE_NAME: Final = "config.toml"
ENV_VAR: Final = "PARALLAX_CONFIG"
LAYOUTS: Final = ("auto", "side-by-side", "stacked")
DEFAULT_THEME: Final = "parallax"
DEFAULT_LAYOUT: Final = "auto"
LOCK_SUFFIX: Final = ".lock"
LOCK_TIMEOUT: Final = 10.0
"""Seconds a writer waits for another writer's lock before giving up with an error."""

Source = Literal["--config", "$PARALLAX_CONFIG", "./config.toml", "user"]
Key = tuple[str | int, ...]
T = TypeVar("T")


# ---------------------------------------------------------------------------- errors


class ConfigError(Exception):
    """A config problem that stops a read or a write; `str()` is one line naming the file."""

    def __init__(self, path: str | os.PathLike[str], message: str, *,
                 line: int | None = None, column: int | None = None) -> None:
        self.path = str(path)
        self.message = message
        self.line = line
        self.column = column
        super().__init__(self.path, message, line, column)

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return " ".join(f"{where}: {self.message}".split())


class ConfigWriteError(ConfigError):
    """The file could not be written (it does not parse, is read-only, is locked...); it is unchanged."""


class EntryNotFound(ConfigError):
    """No bookmark (or pin) with that id or path."""


@dataclass(frozen=True, slots=True)
class ConfigIssue:
    """A setting that was ignored: wrong type, bad value or unknown key. The default is used."""

    path: str
    line: int | None
    key: str
    message: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.key}: {self.message}"


# ---------------------------------------------------------------------------- data


def _default_threshold() -> float:
    from tui.engine.align import DEFAULT_THRESHOLD

    return float(DEFAULT_THRESHOLD)


def _default_max_bytes() -> int:
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
        return _default_max_bytes() if self.max_bytes_set is None else self.max_bytes_set


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
        return _default_threshold() if self.threshold_set is None else self.threshold_set


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


# ---------------------------------------------------------------------------- finding


def user_config_path() -> Path:
    """`config.toml` in the user config folder (e.g. ~/.config/parallax/config.toml)."""
    import platformdirs

    return platformdirs.user_config_path(APP_NAME, appauthor=False) / FILE_NAME


def default_config_path() -> Path | None:
    """The documented default config: packaged copy in a wheel, else the repository's."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_data" / FILE_NAME, here.parent / FILE_NAME):
        if candidate.is_file():
            return candidate
    return None


_FALLBACK_TEXT = "# Parallax settings: see config.toml in the Parallax repository.\n"


def default_config_text() -> str:
    """The text a new user config starts from."""
    path = default_config_path()
    if path is None:
        return _FALLBACK_TEXT
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return _FALLBACK_TEXT


@dataclass(frozen=True, slots=True)
class ConfigLocation:
    path: Path
    source: Source


def find_config(explicit: str | os.PathLike[str] | None = None, *, cwd: Path | None = None,
                env: Mapping[str, str] | None = None) -> ConfigLocation:
    """The config in use: --config FILE, $PARALLAX_CONFIG, ./config.toml, the user config."""
    environ = os.environ if env is None else env
    here = Path.cwd() if cwd is None else cwd

    def given(value: str | os.PathLike[str]) -> Path:
        path = Path(value).expanduser()
        return path if cwd is None or path.is_absolute() else cwd / path

    if explicit is not None and str(explicit) != "":
        return ConfigLocation(given(explicit), "--config")
    if environ.get(ENV_VAR):
        return ConfigLocation(given(environ[ENV_VAR]), "$PARALLAX_CONFIG")
    local = here / FILE_NAME
    if local.is_file():
        return ConfigLocation(local if cwd is not None else Path(FILE_NAME), "./config.toml")
    return ConfigLocation(user_config_path(), "user")


# ---------------------------------------------------------------------------- reading


def load_config(explicit: str | os.PathLike[str] | None = None, *, cwd: Path | None = None,
                env: Mapping[str, str] | None = None) -> Config:
    """Find and read the config in use. Never raises: problems land in `error` and `issues`."""
    location = find_config(explicit, cwd=cwd, env=env)
    return read_config(location.path, location.source)


def reload_config(config: Config) -> Config:
    """The same config file read again (after a write, or an edit by hand)."""
    return read_config(config.path, config.source)


def _read_text(path: Path, source: Source) -> tuple[str | None, ConfigError | None]:
    """The file's text, None when it is absent (and may be), or the error."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        if source == "user":
            return None, None
        return None, ConfigError(path, "no such config file")
    except IsADirectoryError:
        return None, ConfigError(path, "is a folder, not a config file")
    except OSError as err:
        return None, ConfigError(path, f"cannot read: {err.strerror or err}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        column = err.start - (raw.rfind(b"\n", 0, err.start) + 1) + 1
        return None, ConfigError(path, "is not UTF-8 text", line=line, column=column)
    return text.removeprefix("\ufeff"), None


def parse_error(path: str | os.PathLike[str], err: tomli.TOMLDecodeError) -> ConfigError:
    return ConfigError(path, f"does not parse as TOML: {err.msg}", line=err.lineno, column=err.colno)


def read_config(path: Path, source: Source = "--config") -> Config:
    """Read one config file: defaults plus whatever it sets correctly."""
    text, error = _read_text(path, source)
    if error is not None:
        return Config(path, source, exists=path.exists(), error=error)
    if text is None:
        return Config(path, source, exists=False)
    try:
        data = tomli.loads(text)
    except tomli.TOMLDecodeError as err:
        return Config(path, source, exists=True, error=parse_error(path, err))
    return _build(path, source, data, key_lines(text))


class _Checker:
    """Collects issues with the line of the key they are about."""

    def __init__(self, path: Path, lines: Mapping[Key, int]) -> None:
        self.path = str(path)
        self.lines = lines
        self.issues: list[ConfigIssue] = []

    def line(self, key: Key) -> int | None:
        for end in range(len(key), 0, -1):
            if key[:end] in self.lines:
                return self.lines[key[:end]]
        return None

    def report(self, key: Key, message: str) -> None:
        self.issues.append(ConfigIssue(self.path, self.line(key), key_name(key), message))

    def table(self, data: Mapping[str, Any], key: Key) -> dict[str, Any]:
        value = _get(data, key)
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.report(key, f"expected a table, got {_kind(value)}; using the defaults")
            return {}
        return value

    def unknown(self, table: Mapping[str, Any], key: Key, known: Iterable[str]) -> None:
        allowed = set(known)
        for name in table:
            if name not in allowed:
                self.report((*key, name), "unknown key; ignored")

    def string(self, table: Mapping[str, Any], key: Key, *, required: bool = False,
               empty: bool = True) -> str | None:
        name = key[-1]
        assert isinstance(name, str)
        if name not in table:
            if required:
                self.report(key, "missing")
            return None
        value = table[name]
        if not isinstance(value, str):
            self.report(key, f"expected a string, got {_kind(value)}; ignored")
            return None
        if not empty and not value.strip():
            self.report(key, "is empty; ignored")
            return None
        return value

    def indices(self, table: Mapping[str, Any], key: Key) -> tuple[int, ...] | None:
        name = key[-1]
        assert isinstance(name, str)
        if name not in table:
            return None
        value = table[name]
        if (not isinstance(value, list) or not value
                or not all(isinstance(i, int) and not isinstance(i, bool) and i >= 0 for i in value)):
            self.report(key, f"expected a list of sentence numbers (0 or more), got {_show(value)}; ignored")
            return None
        return tuple(value)


def _get(data: Mapping[str, Any], key: Key) -> Any:
    value: Any = data
    for part in key:
        if isinstance(part, int):
            value = value[part] if isinstance(value, list) and part < len(value) else None
        else:
            value = value.get(part) if isinstance(value, dict) else None
        if value is None:
            return None
    return value


def _kind(value: Any) -> str:
    names = {bool: "a boolean", int: "an integer", float: "a float", str: "a string",
             list: "an array", dict: "a table", datetime: "a date-time", date: "a date", time: "a time"}
    return names.get(type(value), type(value).__name__)


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def key_name(key: Key) -> str:
    """`reading.threshold`, `bookmarks[2].note`, `keys."odd key"`."""
    out = ""
    for part in key:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            shown = part if _BARE_KEY.fullmatch(part) else '"' + part.replace('"', '\\"') + '"'
            out += f".{shown}" if out else shown
    return out


_TOP = ("corpus", "reading", "keys", "bookmarks", "events")
_BOOKMARK_KEYS = ("id", "left", "right", "note", "created",
                  "left_sentences", "left_quote", "right_sentences", "right_quote")
_KEY_PART = re.compile(r"[^\s,]+")


def check_keys(value: str) -> str | None:
    """A key string for App.set_keymap ("n,down"), tidied; None when it is not one."""
    parts = [p.strip() for p in value.split(",")]
    if not parts or not all(_KEY_PART.fullmatch(p) for p in parts):
        return None
    return ",".join(parts)


def _build(path: Path, source: Source, data: dict[str, Any], lines: Mapping[Key, int]) -> Config:
    check = _Checker(path, lines)
    check.unknown(data, (), _TOP)

    corpus_t = check.table(data, ("corpus",))
    check.unknown(corpus_t, ("corpus",), ("paths", "max_bytes"))
    paths: tuple[str, ...] = ()
    max_bytes: int | None = None
    if "paths" in corpus_t:
        raw_paths = corpus_t["paths"]
        if not isinstance(raw_paths, list):
            check.report(("corpus", "paths"), f"expected an array of strings, got {_kind(raw_paths)}; ignored")
        else:
            kept = []
            for i, item in enumerate(raw_paths):
                if isinstance(item, str) and item.strip():
                    kept.append(_resolve_in(path, item))
                else:
                    check.report(("corpus", "paths", i), f"expected a path string, got {_show(item)}; ignored")
            paths = tuple(kept)
    if "max_bytes" in corpus_t:
        value = corpus_t["max_bytes"]
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            max_bytes = value
        else:
            check.report(("corpus", "max_bytes"),
                         f"expected a whole number of bytes above 0, got {_show(value)}; "
                         f"using {_default_max_bytes()}")
    corpus = CorpusSettings(paths, max_bytes)

    reading_t = check.table(data, ("reading",))
    check.unknown(reading_t, ("reading",), ("threshold", "theme", "layout", "paraphrases"))
    threshold: float | None = None
    theme, layout = DEFAULT_THEME, DEFAULT_LAYOUT
    if "threshold" in reading_t:
        value = reading_t["threshold"]
        if (isinstance(value, int | float) and not isinstance(value, bool)
                and math.isfinite(value) and 0 <= value <= 100):
            threshold = float(value)
        else:
            check.report(("reading", "threshold"),
                         f"expected a number from 0 to 100, got {_show(value)}; using {_default_threshold():g}")
    if (text := check.string(reading_t, ("reading", "theme"), empty=False)) is not None:
        theme = text.strip()
    if "layout" in reading_t:
        value = reading_t["layout"]
        if value in LAYOUTS:
            layout = value
        else:
            check.report(("reading", "layout"),
                         f"expected one of {', '.join(LAYOUTS)}, got {_show(value)}; using {layout}")
    paraphrases = True
    if "paraphrases" in reading_t:
        value = reading_t["paraphrases"]
        if isinstance(value, bool):
            paraphrases = value
        else:
            check.report(("reading", "paraphrases"), f"expected true or false, got {_show(value)}; using true")
    reading = ReadingSettings(threshold, theme, layout, paraphrases)

    keys_t = check.table(data, ("keys",))
    keys: dict[str, str] = {}
    for binding, value in keys_t.items():
        tidy = check_keys(value) if isinstance(value, str) else None
        if tidy is None:
            check.report(("keys", binding),
                         f'expected a string of comma-separated keys such as "n,down", got {_show(value)}; '
                         "using the default keys")
        else:
            keys[binding] = tidy

    bookmarks = _bookmarks(data, check)
    pins = _pins(data, check)
    return Config(path, source, exists=True, corpus=corpus, reading=reading, keys=keys,
                  bookmarks=bookmarks, pins=pins,
                  issues=tuple(sorted(check.issues, key=lambda i: i.line or 0)))


def _resolve_in(config_path: Path, item: str) -> str:
    path = Path(item).expanduser()
    return str(path if path.is_absolute() else config_path.absolute().parent / path)


def _bookmarks(data: Mapping[str, Any], check: _Checker) -> tuple[Bookmark, ...]:
    raw = data.get("bookmarks")
    if raw is None:
        return ()
    if not isinstance(raw, list):
        check.report(("bookmarks",), f"expected [[bookmarks]] tables, got {_kind(raw)}; ignored")
        return ()
    out: list[Bookmark] = []
    seen: dict[str, int] = {}
    for i, entry in enumerate(raw):
        key: Key = ("bookmarks", i)
        if not isinstance(entry, dict):
            check.report(key, f"expected a table, got {_kind(entry)}; ignored")
            continue
        check.unknown(entry, key, _BOOKMARK_KEYS)
        bid = check.string(entry, (*key, "id"), required=True, empty=False)
        left = check.string(entry, (*key, "left"), required=True, empty=False)
        right = check.string(entry, (*key, "right"), empty=False)
        note = strip_controls(check.string(entry, (*key, "note")) or "")
        created_raw = entry.get("created")
        created = ""
        if isinstance(created_raw, datetime | date):
            created = created_raw.isoformat()
        elif created_raw is not None:
            created = strip_controls(check.string(entry, (*key, "created")) or "")
        passage = None
        left_ix = check.indices(entry, (*key, "left_sentences"))
        right_ix = check.indices(entry, (*key, "right_sentences"))
        left_quote = check.string(entry, (*key, "left_quote"))
        right_quote = check.string(entry, (*key, "right_quote"))
        left_quote = None if left_quote is None else strip_controls(left_quote)
        right_quote = None if right_quote is None else strip_controls(right_quote)
        if left_ix or right_ix:
            passage = Passage(left_ix or (), left_quote if left_ix else None,
                              right_ix or (), right_quote if right_ix else None)
        if bid is None or left is None:
            check.report(key, "bookmark without an id or a left file; not shown (it stays in the file)")
            continue
        if bid in seen:
            check.report((*key, "id"), f"repeats the id of bookmarks[{seen[bid]}]; edit one of them by hand")
        else:
            seen[bid] = i
        out.append(Bookmark(bid, left, right, note, created, passage, check.line(key)))
    return tuple(out)


def _pins(data: Mapping[str, Any], check: _Checker) -> tuple[Pin, ...]:
    events_t = check.table(data, ("events",))
    check.unknown(events_t, ("events",), ("pin",))
    raw = events_t.get("pin")
    if raw is None:
        return ()
    if not isinstance(raw, list):
        check.report(("events", "pin"), f"expected [[events.pin]] tables, got {_kind(raw)}; ignored")
        return ()
    out: list[Pin] = []
    for i, entry in enumerate(raw):
        key: Key = ("events", "pin", i)
        if not isinstance(entry, dict):
            check.report(key, f"expected a table, got {_kind(entry)}; ignored")
            continue
        check.unknown(entry, key, ("article", "with", "alone"))
        article = check.string(entry, (*key, "article"), required=True, empty=False)
        other = check.string(entry, (*key, "with"), empty=False)
        alone = entry.get("alone", False)
        if not isinstance(alone, bool):
            check.report((*key, "alone"), f"expected true or false, got {_show(alone)}; ignored")
            alone = False
        if article is None:
            continue
        if (other is None) == (not alone):
            check.report(key, 'needs exactly one of `with = "path"` or `alone = true`; ignored')
            continue
        out.append(Pin(article, other))
    return tuple(out)


# ---------------------------------------------------------------------------- paths


def resolve_path(path: str, config: Config, *, cwd: Path | None = None) -> Path | None:
    """Where a stored article path is now: as is when absolute, else from the working
    directory, else from the config file's folder. None when it is in none of them."""
    given = Path(path).expanduser()
    here = Path.cwd() if cwd is None else cwd
    candidates = [given] if given.is_absolute() else [here / given, config.folder / given]
    for candidate in candidates:
        if candidate.exists():
            return candidate
    return None


def _same_file_key(path: Path) -> str:
    return os.path.normcase(os.path.realpath(path))


def pins_for(config: Config, paths: Iterable[str], *, cwd: Path | None = None) -> dict[str, str | None]:
    """The pins that concern these article paths, keyed and valued by those same strings.

    `{article: other}` puts `article` in `other`'s event; `{article: None}` puts it in an
    event of its own. Pins are matched by file (so "seeds/a.txt" and "/abs/seeds/a.txt"
    are one), later pins in the file win, and pins on files not among `paths` are skipped.
    """
    given = list(paths)
    here = Path.cwd() if cwd is None else cwd
    by_file: dict[str, str] = {}
    for shown in given:
        p = Path(shown).expanduser()
        by_file.setdefault(_same_file_key(p if p.is_absolute() else here / p), shown)

    def lookup(stored: str) -> str | None:
        p = Path(stored).expanduser()
        options = [p] if p.is_absolute() else [here / p, config.folder / p]
        for option in options:
            hit = by_file.get(_same_file_key(option))
            if hit is not None:
                return hit
        return None

    out: dict[str, str | None] = {}
    for pin in config.pins:
        article = lookup(pin.article)
        if article is None:
            continue
        if pin.with_ is None:
            out[article] = None
            continue
        other = lookup(pin.with_)
        if other is not None and other != article:
            out[article] = other
    return out


# ---------------------------------------------------------------------------- text scanning


@dataclass(frozen=True, slots=True)
class _Stmt:
    kind: Literal["table", "array", "value"]
    key: tuple[str, ...]
    start: int
    """Offset of the start of its first line."""
    end: int
    """Offset just past its last line's newline (or the end of the text)."""
    value_start: int = 0
    value_end: int = 0


def _next_line(text: str, i: int) -> int:
    j = text.find("\n", i)
    return len(text) if j < 0 else j + 1


def _skip_string(text: str, i: int) -> int:
    """Offset just past the string literal that starts at `i`."""
    if text.startswith('"""', i) or text.startswith("'''", i):
        quote = text[i:i + 3]
        j = i + 3
        while True:
            if quote == '"""' and text[j] == "\\":
                j += 2
                continue
            if text.startswith(quote, j):
                j += 3
                extra = 0
                while j < len(text) and text[j] == quote[0] and extra < 2:
                    j += 1
                    extra += 1
                return j
            j += 1
    if text[i] == '"':
        j = i + 1
        while text[j] != '"':
            j += 2 if text[j] == "\\" else 1
        return j + 1
    return text.index("'", i + 1) + 1


def _skip_value(text: str, i: int) -> int:
    """Offset just past the value that starts at `i` (the text is known to parse)."""
    if text[i] in "\"'":
        return _skip_string(text, i)
    if text[i] in "[{":
        depth = 0
        j = i
        while j < len(text):
            ch = text[j]
            if ch in "\"'":
                j = _skip_string(text, j)
                continue
            if ch == "#":
                j = _next_line(text, j)
                continue
            if ch in "[{":
                depth += 1
            elif ch in "]}":
                depth -= 1
                if depth == 0:
                    return j + 1
            j += 1
        return j
    j = i
    while j < len(text) and text[j] not in "#\r\n":
        j += 1
    while j > i and text[j - 1] in " \t":
        j -= 1
    return j


def _read_key(text: str, i: int) -> tuple[tuple[str, ...], int]:
    """A dotted key starting at `i`; returns it and the offset after it (and its blanks)."""
    parts: list[str] = []
    while True:
        while text[i] in " \t":
            i += 1
        if text[i] in "\"'":
            j = _skip_string(text, i)
            parts.append(str(tomli.loads("k = " + text[i:j])["k"]))
        else:
            match = _BARE_KEY.match(text, i)
            assert match is not None
            j = match.end()
            parts.append(match.group())
        i = j
        while i < len(text) and text[i] in " \t":
            i += 1
        if i < len(text) and text[i] == ".":
            i += 1
            continue
        return tuple(parts), i


def _scan(text: str) -> list[_Stmt]:
    """The statements of a TOML text (known to parse), with their offsets."""
    out: list[_Stmt] = []
    i, n = 0, len(text)
    while i < n:
        start = i
        while i < n and text[i] in " \t\ufeff":
            i += 1
        if i >= n:
            break
        ch = text[i]
        if ch in "\r\n#":
            i = _next_line(text, i)
            continue
        if ch == "[":
            array = text.startswith("[[", i)
            key, j = _read_key(text, i + (2 if array else 1))
            i = _next_line(text, j)
            out.append(_Stmt("array" if array else "table", key, start, i))
            continue
        key, j = _read_key(text, i)
        j += 1  # the "="
        while text[j] in " \t":
            j += 1
        value_end = _skip_value(text, j)
        i = _next_line(text, value_end)
        out.append(_Stmt("value", key, start, i, j, value_end))
    return out


def _indexed(stmts: Sequence[_Stmt]) -> Iterator[tuple[_Stmt, Key]]:
    """Each statement with its full key, array-of-tables elements numbered."""
    counts: dict[tuple[str, ...], int] = {}
    table: Key = ()
    for stmt in stmts:
        if stmt.kind == "value":
            yield stmt, (*table, *stmt.key)
            continue
        if stmt.kind == "array":
            counts[stmt.key] = counts.get(stmt.key, 0) + 1
            for other in [k for k in counts if len(k) > len(stmt.key) and k[:len(stmt.key)] == stmt.key]:
                del counts[other]
        full: list[str | int] = []
        for depth in range(1, len(stmt.key) + 1):
            full.append(stmt.key[depth - 1])
            if stmt.key[:depth] in counts:
                full.append(counts[stmt.key[:depth]] - 1)
        table = tuple(full)
        yield stmt, table


def key_lines(text: str) -> dict[Key, int]:
    """The line (1-based) where each key, table and array element is written."""
    out: dict[Key, int] = {}
    try:
        for stmt, key in _indexed(_scan(text)):
            out.setdefault(key, text.count("\n", 0, stmt.start) + 1)
            # a value's containing tables, for dotted keys
            for end in range(1, len(key)):
                out.setdefault(key[:end], text.count("\n", 0, stmt.start) + 1)
    except (IndexError, ValueError, AssertionError, tomli.TOMLDecodeError):
        pass  # lines are a courtesy; a text this scanner misreads still loads
    return out


# ---------------------------------------------------------------------------- editing


def render(value: Any) -> str:
    """One TOML value, as tomlkit writes it."""
    import tomlkit

    return str(tomlkit.item(value).as_string())


@dataclass(frozen=True, slots=True)
class _Block:
    start: int
    own_end: int
    """Just past its last own `key = value` line (before any sub-table)."""
    end: int
    """Just past its last line, sub-tables included; comments after that stay outside."""
    values: dict[str, _Stmt]


@dataclass(slots=True)
class _Open:
    start: int
    own_end: int
    end: int
    own: bool = True
    values: dict[str, _Stmt] = field(default_factory=dict)

    def close(self) -> _Block:
        return _Block(self.start, self.own_end, self.end, self.values)


class Document:
    """A config text being edited: arrays of tables are spliced in and out of the text,
    every other byte stays, and `expected` tracks what the new text must mean."""

    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.original = text
        self.text = text
        self.newline = "\r\n" if "\r\n" in text else "\n"
        self.data: dict[str, Any] = tomli.loads(text)
        self.expected: dict[str, Any] = copy.deepcopy(self.data)

    # -- reading

    def entries(self, key: tuple[str, ...]) -> list[dict[str, Any]]:
        """The tables of the array at `key` as they are now (plain data)."""
        value = _get(self.expected, key)
        return [e for e in value if isinstance(e, dict)] if isinstance(value, list) else []

    def _blocks(self, key: tuple[str, ...]) -> list[_Block]:
        try:
            return self._find_blocks(key)
        except (IndexError, ValueError, AssertionError, tomli.TOMLDecodeError) as err:
            raise ConfigWriteError(self.path, f"cannot find the [[{key_name(key)}]] tables in the text; "
                                   "the file is unchanged") from err

    def _find_blocks(self, key: tuple[str, ...]) -> list[_Block]:
        blocks: list[_Block] = []
        current: _Open | None = None
        for stmt in _scan(self.text):
            if stmt.kind != "value":
                inside = len(stmt.key) > len(key) and stmt.key[:len(key)] == key
                if current is not None and not inside:
                    blocks.append(current.close())
                    current = None
                if stmt.kind == "array" and stmt.key == key:
                    current = _Open(stmt.start, stmt.end, stmt.end)
                elif current is not None:
                    current.own = False
                    current.end = stmt.end
                continue
            if current is not None:
                current.end = stmt.end
                if current.own:
                    current.own_end = stmt.end
                    if len(stmt.key) == 1:
                        current.values.setdefault(stmt.key[0], stmt)
        if current is not None:
            blocks.append(current.close())
        return blocks

    def _block(self, key: tuple[str, ...], index: int) -> _Block:
        blocks = self._blocks(key)
        if len(blocks) != len(self.entries(key)) or not 0 <= index < len(blocks):
            raise ConfigWriteError(self.path, f"cannot edit {key_name(key)} safely: write it as "
                                   f"[[{key_name(key)}]] tables; the file is unchanged")
        return blocks[index]

    def _table_text(self, key: tuple[str, ...], values: Mapping[str, Any]) -> str:
        nl = self.newline
        lines = [f"[[{key_name(key)}]]"] + [f"{name} = {render(v)}" for name, v in values.items() if v is not None]
        return nl.join(lines) + nl

    def _ensure_newline(self, at: int) -> int:
        """Make sure `at` (end of text) starts a line; returns the possibly moved offset."""
        if at == len(self.text) and self.text and not self.text.endswith("\n"):
            self.text += self.newline
            return len(self.text)
        return at

    def _array(self, key: tuple[str, ...], create: bool) -> list[Any]:
        parent: Any = self.expected
        for part in key[:-1]:
            parent = parent.setdefault(part, {}) if create else parent[part]
        array: list[Any] = parent.setdefault(key[-1], []) if create else parent[key[-1]]
        return array

    # -- editing

    def append(self, key: tuple[str, ...], values: Mapping[str, Any]) -> None:
        """Add one table after the last table of the array at `key`, or after the file's
        last line that is not blank when there is none yet, behind one blank line."""
        nl = self.newline
        blocks = self._blocks(key)
        if len(blocks) != len(self.entries(key)):
            raise ConfigWriteError(self.path, f"cannot add to {key_name(key)} safely: write it as "
                                   f"[[{key_name(key)}]] tables; the file is unchanged")
        if blocks:
            at = blocks[-1].end
        else:
            content = len(self.text.rstrip(" \t\r\n"))
            newline = self.text.find("\n", content)
            at = len(self.text) if content == 0 or newline < 0 else newline + 1
            if content == 0:
                at = 0
        at = self._ensure_newline(at)
        before, after = self.text[:at], self.text[at:]
        lead = nl if before.strip() else ""
        self.text = before + lead + self._table_text(key, values) + after
        self._array(key, create=True).append({k: v for k, v in values.items() if v is not None})

    def remove(self, key: tuple[str, ...], index: int) -> None:
        """Cut the `index`th table of the array at `key`, with the one blank line before it;
        comments above and after it stay."""
        nl = self.newline
        block = self._block(key, index)
        before, after = self.text[:block.start], self.text[block.end:]
        if before.endswith(nl + nl):
            before = before[:-len(nl)]
        self.text = before + after
        del self._array(key, create=False)[index]

    def replace(self, key: tuple[str, ...], index: int, values: Mapping[str, Any]) -> None:
        """Write the `index`th table of the array at `key` anew, in the same place."""
        block = self._block(key, index)
        end = block.end
        text = self._table_text(key, values)
        if end == len(self.text) and not self.text.endswith("\n"):
            text = text[:-len(self.newline)]
        self.text = self.text[:block.start] + text + self.text[end:]
        self._array(key, create=False)[index] = {k: v for k, v in values.items() if v is not None}

    def set_value(self, key: tuple[str, ...], index: int, name: str, value: Any) -> None:
        """Set one value in the `index`th table; its line keeps its place and its comment."""
        block = self._block(key, index)
        stmt = block.values.get(name)
        if stmt is not None:
            self.text = self.text[:stmt.value_start] + render(value) + self.text[stmt.value_end:]
        else:
            at = block.own_end
            line = f"{name} = {render(value)}{self.newline}"
            if at == len(self.text) and not self.text.endswith("\n"):
                line = self.newline + line
            self.text = self.text[:at] + line + self.text[at:]
        self._array(key, create=False)[index][name] = value

    def check(self) -> None:
        """Refuse to go on unless the new text parses and means exactly what was intended."""
        try:
            now = tomli.loads(self.text)
        except tomli.TOMLDecodeError as err:
            raise ConfigWriteError(self.path, f"an edit would not parse ({err.msg}); the file is unchanged") from err
        if not _same(_pruned(now), _pruned(self.expected)):
            raise ConfigWriteError(self.path, "an edit would change more than the bookmarks or pins; "
                                   "the file is unchanged")


def _pruned(value: Any) -> Any:
    """Without empty tables and arrays: an array emptied by an edit leaves no key behind."""
    if isinstance(value, dict):
        kept = {k: _pruned(v) for k, v in value.items()}
        return {k: v for k, v in kept.items() if v not in ({}, [])}
    if isinstance(value, list):
        return [_pruned(v) for v in value]
    return value


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return type(a) is type(b) and bool(a == b)


def lock_path(config_path: Path) -> Path:
    """The lock file beside the (real) config file: `config.toml.lock`."""
    return Path(os.path.realpath(config_path) + LOCK_SUFFIX)


def update_config(config: Config, edit: Callable[[Document], T], *, timeout: float = LOCK_TIMEOUT) -> T:
    """Locked read-merge-write of the config file in use.

    Takes the lock, reads the file as it is now (not as `config` saw it, so edits by hand
    and by other instances are kept), runs `edit` on it, checks the result and replaces the
    file atomically. Raises ConfigError (the file is then unchanged) when the file does not
    parse, cannot be read or written, or stays locked for `timeout` seconds.
    """
    import filelock

    from tui.atomic import atomic_write_bytes, stale_temps

    path = config.path
    real = Path(os.path.realpath(path))
    if config.source == "user":
        try:
            real.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise ConfigWriteError(path, f"cannot create the folder {real.parent}: {err.strerror}") from err
    lock = filelock.FileLock(str(lock_path(path)), timeout=timeout)
    try:
        lock.acquire()
    except filelock.Timeout as err:
        raise ConfigWriteError(path, f"is being written by another program (lock {lock.lock_file}); "
                               "try again") from err
    except OSError as err:
        raise ConfigWriteError(path, f"cannot lock it ({lock.lock_file}: {err.strerror}); the folder must be "
                               "writable for Parallax to change the file, so bookmarks are read-only") from err
    try:
        for stale in stale_temps(real):
            with contextlib.suppress(OSError):
                stale.unlink()
        text, error = _read_text(real, config.source)
        if error is not None:
            raise ConfigWriteError(path, error.message, line=error.line, column=error.column)
        bom = ""
        if text is None:
            text = default_config_text()
        else:
            if not os.access(real, os.W_OK):
                raise ConfigWriteError(path, "is read-only; bookmarks are read-only")
            bom = "\ufeff" if real.read_bytes().startswith(b"\xef\xbb\xbf") else ""
        try:
            doc = Document(str(path), text)
        except tomli.TOMLDecodeError as err:
            parsed = parse_error(path, err)
            raise ConfigWriteError(path, parsed.message + "; it is left as it is",
                                   line=parsed.line, column=parsed.column) from err
        result = edit(doc)
        if doc.text != doc.original:
            doc.check()
            try:
                atomic_write_bytes(real, (bom + doc.text).encode("utf-8"))
            except UnicodeEncodeError as err:
                raise ConfigWriteError(path, "a value is not valid Unicode text; the file is unchanged") from err
            except OSError as err:
                raise ConfigWriteError(path, f"cannot write: {err.strerror or err}; the file is unchanged") from err
        return result
    finally:
        lock.release()


# ---------------------------------------------------------------------------- pins

PIN_KEY: Final = ("events", "pin")


def _pin_matches(stored: str, article: str, folder: Path) -> bool:
    if stored == article:
        return True
    a, b = Path(stored).expanduser(), Path(article).expanduser()
    keys_a = {_same_file_key(a)} if a.is_absolute() else {_same_file_key(a.absolute()),
                                                            _same_file_key(folder / a)}
    return _same_file_key(b.absolute()) in keys_a


def set_pin(config: Config, article: str, *, with_: str | None) -> Pin:
    """Pin `article` into `with_`'s event, or alone (with_=None). Replaces its earlier pin."""
    if with_ is not None and with_ == article:
        raise ConfigWriteError(config.path, "an article cannot be pinned with itself")
    values: dict[str, Any] = {"article": article}
    if with_ is None:
        values["alone"] = True
    else:
        values["with"] = with_

    def edit(doc: Document) -> Pin:
        hits = [i for i, e in enumerate(doc.entries(PIN_KEY))
                if isinstance(e.get("article"), str) and _pin_matches(e["article"], article, config.folder)]
        if hits:
            for index in reversed(hits[1:]):
                doc.remove(PIN_KEY, index)
            doc.replace(PIN_KEY, hits[0], values)
        else:
            doc.append(PIN_KEY, values)
        return Pin(article, with_)

    return update_config(config, edit)


def clear_pin(config: Config, article: str) -> int:
    """Remove every pin on `article` (grouping decides again); returns how many went."""

    def edit(doc: Document) -> int:
        hits = [i for i, e in enumerate(doc.entries(PIN_KEY))
                if isinstance(e.get("article"), str) and _pin_matches(e["article"], article, config.folder)]
        for index in reversed(hits):
            doc.remove(PIN_KEY, index)
        return len(hits)

    return update_config(config, edit)
