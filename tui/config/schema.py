"""The one config schema: every key, its type and its range, declared once, and the
validation that builds a `Config` from what tomli read.

Each setting is a `Field` in `SETTINGS` (tables `[corpus]`, `[reading]`, `[sources]`), each
bookmark and pin key a `Field` in `BOOKMARK_FIELDS` and `PIN_FIELDS`. A value that does
not fit is reported as a `ConfigIssue` with its line (from `key_lines`) and the default
stands in. `array_problem` says why a value is not an array of tables; the load reports
it as an issue and every write refuses with the same words.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Final

from tui.config.errors import ConfigIssue
from tui.config.model import (
    DEFAULT_LAYOUT,
    DEFAULT_THEME,
    LAYOUTS,
    Bookmark,
    Config,
    CorpusSettings,
    Key,
    Passage,
    Pin,
    Places,
    ReadingSettings,
    Source,
    default_max_bytes,
    default_threshold,
)
from tui.engine.sanitize import strip_controls

MAX_BYTES_CEILING: Final = 1024 ** 3
"""The largest `[corpus] max_bytes` (1 GiB): an article is a few hundred KiB at most, and
a bigger cap only lets a device or a huge file fill memory before anything is read."""

THRESHOLD_RANGE: Final = (0.0, 100.0)
"""`[reading] threshold` is a score from 0 to 100."""

INVALID: Final = object()
"""What a Field's `convert` returns for a value it does not accept."""

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_KEY_PART = re.compile(r"[^\s,]+")


@dataclass(frozen=True, slots=True)
class Field:
    """One key: how its value is checked (`convert` returns the value to use, or INVALID),
    what is expected (for the message), and what is used instead (for the message)."""

    name: str
    convert: Callable[[Any], Any]
    expected: str
    instead: Callable[[], str] = lambda: "ignored"
    required: bool = False


def _integer(lo: int, hi: int) -> Callable[[Any], Any]:
    return lambda v: v if isinstance(v, int) and not isinstance(v, bool) and lo <= v <= hi else INVALID


def _number(lo: float, hi: float) -> Callable[[Any], Any]:
    def convert(v: Any) -> Any:
        ok = isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) and lo <= v <= hi
        return float(v) if ok else INVALID
    return convert


def _boolean(v: Any) -> Any:
    return v if isinstance(v, bool) else INVALID


def _text(v: Any) -> Any:
    return v if isinstance(v, str) else INVALID


def _name(v: Any) -> Any:
    return v if isinstance(v, str) and v.strip() else INVALID


def _place(v: Any) -> Any:
    """A file or folder name; "" (the documented default) means the default place."""
    return v.strip() if isinstance(v, str) else INVALID


def _choice(options: tuple[str, ...]) -> Callable[[Any], Any]:
    return lambda v: v if v in options else INVALID


def _sentences(v: Any) -> Any:
    ok = isinstance(v, list) and v and all(isinstance(i, int) and not isinstance(i, bool) and i >= 0 for i in v)
    return tuple(v) if ok else INVALID


def _flat_ids(table: Mapping[str, Any]) -> dict[str, Any]:
    """`[keys]` with screen-namespaced binding ids written as TOML dotted keys
    (`compare.next_match = "x"`, read by TOML as a table) as the ids they spell."""
    flat: dict[str, Any] = {}
    for name, value in table.items():
        if isinstance(value, Mapping):
            flat.update((f"{name}.{inner}", keys) for inner, keys in value.items())
        else:
            flat[name] = value
    return flat


def check_keys(value: str) -> str | None:
    """A key string for App.set_keymap ("n,down"), tidied; None when it is not one."""
    parts = [p.strip() for p in value.split(",")]
    if not parts or not all(_KEY_PART.fullmatch(p) for p in parts):
        return None
    return ",".join(parts)


def _keys(v: Any) -> Any:
    tidy = check_keys(v) if isinstance(v, str) else None
    return INVALID if tidy is None else tidy


SETTINGS: Final[dict[str, tuple[Field, ...]]] = {
    "corpus": (
        Field("paths", lambda v: v if isinstance(v, list) else INVALID, "an array of strings"),
        Field("max_bytes", _integer(1, MAX_BYTES_CEILING),
              f"a whole number of bytes above 0 and at most {MAX_BYTES_CEILING} (1 GiB)",
              lambda: f"using {default_max_bytes()}"),
    ),
    "reading": (
        Field("threshold", _number(*THRESHOLD_RANGE), "a number from 0 to 100",
              lambda: f"using {default_threshold():g}"),
        Field("theme", _name, "a string"),
        Field("layout", _choice(LAYOUTS), f"one of {', '.join(LAYOUTS)}", lambda: f"using {DEFAULT_LAYOUT}"),
        Field("paraphrases", _boolean, "true or false", lambda: "using true"),
    ),
    # Where the TUI's exports go (the working folder, else the user's data folder, when unset).
    "export": (Field("folder", _place, "a string", lambda: "using the working folder, else the user data folder"),),
    # The local article store of `parallax add` and `update` (the user's data folder when unset).
    "sources": (Field("store", _place, "a string", lambda: "using the user data folder"),),
}
KEYS_FIELD: Final = Field("", _keys, 'a string of comma-separated keys such as "n,down"',
                          lambda: "using the default keys")
"""Every key of `[keys]` (a binding id) is checked with this."""

BOOKMARK_FIELDS: Final = (
    Field("id", _name, "a string", required=True),
    Field("left", _name, "a string", required=True),
    Field("right", _name, "a string"),
    Field("note", _text, "a string"),
    Field("created", lambda v: v.isoformat() if isinstance(v, datetime | date) else _text(v),
          "a date-time or a string"),
    Field("left_sentences", _sentences, "a list of sentence numbers (0 or more)"),
    Field("left_quote", _text, "a string"),
    Field("right_sentences", _sentences, "a list of sentence numbers (0 or more)"),
    Field("right_quote", _text, "a string"),
)
PIN_FIELDS: Final = (
    Field("article", _name, "a string", required=True),
    Field("with", _name, "a string"),
    Field("alone", _boolean, "true or false"),
)
TOP: Final = ("corpus", "reading", "keys", "bookmarks", "events", "export", "sources")
BOOKMARKS_KEY: Final = ("bookmarks",)
PIN_KEY: Final = ("events", "pin")
ARRAYS: Final = (BOOKMARKS_KEY, PIN_KEY)
"""The arrays of tables Parallax writes; everything else in the file is only read."""


def kind(value: Any) -> str:
    """What a TOML value is, in words: "a table", "an integer"..."""
    names = {bool: "a boolean", int: "an integer", float: "a float", str: "a string",
             list: "an array", dict: "a table", datetime: "a date-time", date: "a date", time: "a time"}
    return names.get(type(value), type(value).__name__)


def show(value: Any) -> str:
    """A value, short, for a message."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


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


def get(data: Mapping[str, Any], key: Key) -> Any:
    """The value at `key`, or None when any part of the way is missing."""
    value: Any = data
    for part in key:
        if isinstance(part, int):
            value = value[part] if isinstance(value, list) and part < len(value) else None
        else:
            value = value.get(part) if isinstance(value, dict) else None
        if value is None:
            return None
    return value


def array_problem(data: Mapping[str, Any], key: tuple[str, ...]) -> tuple[Key, str] | None:
    """Why the value at `key` is not an array of tables (where, and what), or None when it
    is one or is absent. A table written `[bookmarks]`, dotted keys (`bookmarks.id = ...`)
    and a plain value all land here."""
    for end in range(1, len(key)):
        parent = get(data, key[:end])
        if parent is not None and not isinstance(parent, dict):
            return key[:end], f"expected a table, got {kind(parent)}"
    value = get(data, key)
    if value is None:
        return None
    if not isinstance(value, list):
        return key, f"expected [[{key_name(key)}]] tables, got {kind(value)}"
    return None


class Checker:
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

    def table(self, data: Mapping[str, Any], key: Key, known: Iterable[str] | None) -> dict[str, Any]:
        """The table at `key` ({} when absent or not a table), its unknown keys reported."""
        value = get(data, key)
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.report(key, f"expected a table, got {kind(value)}; using the defaults")
            return {}
        if known is not None:
            allowed = set(known)
            for name in value:
                if name not in allowed:
                    self.report((*key, name), "unknown key; ignored")
        return value

    def fields(self, table: Mapping[str, Any], key: Key, fields: Iterable[Field]) -> dict[str, Any]:
        """The values of `table` that fit their Field (converted); the others reported."""
        out: dict[str, Any] = {}
        for spec in fields:
            if spec.name not in table:
                if spec.required:
                    self.report((*key, spec.name), "missing")
                continue
            value = table[spec.name]
            converted = spec.convert(value)
            if converted is INVALID:
                got = kind(value) if spec.expected in ("a string", "an array of strings") else show(value)
                if isinstance(value, str) and spec.convert is _name:
                    self.report((*key, spec.name), f"is empty; {spec.instead()}")
                else:
                    self.report((*key, spec.name), f"expected {spec.expected}, got {got}; {spec.instead()}")
                continue
            out[spec.name] = converted
        return out

    def array(self, data: Mapping[str, Any], key: tuple[str, ...]) -> list[tuple[Key, dict[str, Any]]]:
        """The tables of the array of tables at `key`, each with its key; problems reported."""
        problem = array_problem(data, key)
        if problem is not None:
            where, message = problem
            self.report(where, f"{message}; ignored")
            return []
        out: list[tuple[Key, dict[str, Any]]] = []
        for i, entry in enumerate(get(data, key) or []):
            place: Key = (*key, i)
            if not isinstance(entry, dict):
                self.report(place, f"expected a table, got {kind(entry)}; ignored")
                continue
            out.append((place, entry))
        return out


def build(path: Path, source: Source, data: dict[str, Any], lines: Mapping[Key, int]) -> Config:
    """The Config a parsed file describes: defaults, and whatever it sets correctly."""
    check = Checker(path, lines)
    check.table(data, (), TOP)
    found = {name: check.fields(check.table(data, (name,), [f.name for f in fields]), (name,), fields)
             for name, fields in SETTINGS.items()}

    corpus_found = found["corpus"]
    paths = []
    for i, item in enumerate(corpus_found.get("paths", [])):
        if isinstance(item, str) and item.strip():
            paths.append(_resolve_in(path, item))
        else:
            check.report(("corpus", "paths", i), f"expected a path string, got {show(item)}; ignored")
    corpus = CorpusSettings(tuple(paths), corpus_found.get("max_bytes"))
    reading_found = found["reading"]
    reading = ReadingSettings(reading_found.get("threshold"), reading_found.get("theme", DEFAULT_THEME).strip(),
                              reading_found.get("layout", DEFAULT_LAYOUT), reading_found.get("paraphrases", True))

    keys_t = _flat_ids(check.table(data, ("keys",), None))
    keys = check.fields(keys_t, ("keys",), [replace(KEYS_FIELD, name=binding) for binding in keys_t])

    if isinstance(data.get("events"), dict):  # anything else is reported once, by the pins' check
        check.table(data, ("events",), ("pin",))
    folder, store = found["export"].get("folder"), found["sources"].get("store")
    places = Places(Path(_resolve_in(path, folder)) if folder else None,
                    Path(_resolve_in(path, store)) if store else None)
    return Config(path, source, exists=True, corpus=corpus, reading=reading, keys=keys, places=places,
                  bookmarks=_bookmarks(data, check), pins=_pins(data, check),
                  issues=tuple(sorted(check.issues, key=lambda i: i.line or 0)))


def _resolve_in(config_path: Path, item: str) -> str:
    path = Path(item).expanduser()
    return str(path if path.is_absolute() else config_path.absolute().parent / path)


def _bookmarks(data: Mapping[str, Any], check: Checker) -> tuple[Bookmark, ...]:
    out: list[Bookmark] = []
    seen: dict[str, int] = {}
    for key, entry in check.array(data, BOOKMARKS_KEY):
        for name in entry:
            if name not in {f.name for f in BOOKMARK_FIELDS}:
                check.report((*key, name), "unknown key; ignored")
        got = check.fields(entry, key, BOOKMARK_FIELDS)
        if "id" not in got or "left" not in got:
            check.report(key, "bookmark without an id or a left file; not shown (it stays in the file)")
            continue
        left_ix, right_ix = got.get("left_sentences", ()), got.get("right_sentences", ())
        quote = {side: strip_controls(q) if (q := got.get(f"{side}_quote")) is not None else None
                 for side in ("left", "right")}
        passage = None
        if left_ix or right_ix:
            passage = Passage(left_ix, quote["left"] if left_ix else None,
                              right_ix, quote["right"] if right_ix else None)
        bid = got["id"]
        if bid in seen:
            check.report((*key, "id"), f"repeats the id of bookmarks[{seen[bid]}]; edit one of them by hand")
        else:
            seen[bid] = int(key[-1])
        out.append(Bookmark(bid, got["left"], got.get("right"), strip_controls(got.get("note", "")),
                            strip_controls(got.get("created", "")), passage, check.line(key)))
    return tuple(out)


def _pins(data: Mapping[str, Any], check: Checker) -> tuple[Pin, ...]:
    out: list[Pin] = []
    for key, entry in check.array(data, PIN_KEY):
        for name in entry:
            if name not in {f.name for f in PIN_FIELDS}:
                check.report((*key, name), "unknown key; ignored")
        got = check.fields(entry, key, PIN_FIELDS)
        if "article" not in got:
            continue
        other, alone = got.get("with"), got.get("alone", False)
        if (other is None) == (not alone):
            check.report(key, 'needs exactly one of `with = "path"` or `alone = true`; ignored')
            continue
        out.append(Pin(got["article"], other))
    return tuple(out)
