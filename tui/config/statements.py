"""Where each statement of a TOML text is: the hand-written part that tomlkit cannot do.

tomlkit reads a document into its own tree and renders it back, but an array of tables
split by other tables (`[[bookmarks]]`, `[t]`, `[[bookmarks]]`) comes back merged and
reordered, so it cannot say where a user's tables are in their text. This module finds
them by lines, with tomli doing all the TOML: a statement starts on a line that is not
blank or a comment, and ends on the first later line where the piece parses on its own
(a multi-line string or array cannot parse until it is closed). Used for the line
numbers in messages (`key_lines`) and for the places of the tables an edit touches
(`tui.config.edit`). The text is always one that tomli has already parsed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Final, Literal

import tomli

from tui.config.model import Key

_CLOSERS: Final = ("]", "}", '"""', "'''")
"""A piece can only start to parse on a line that closes something; others are not tried."""
STATEMENT_TRIES: Final = 400
"""At most this many parses to find where one statement ends. Each costs up to the
statement's length, so a hostile value (thousands of lines, each closing a bracket)
would otherwise take minutes; past it the text has no known places: messages lose their
line numbers and writes are refused. A hand-written array of 400 such lines is unusual."""


@dataclass(frozen=True, slots=True)
class Statement:
    """One header (`[t]`, `[[a]]`) or one `key = value`, with its place in the text."""

    kind: Literal["table", "array", "value"]
    key: tuple[str, ...]
    """The header's key, or the value's key (dotted keys give several parts)."""
    start: int
    """Offset of the start of its first line."""
    end: int
    """Offset just past its last line's newline (or the end of the text)."""
    line: int
    """Its first line, from 1."""


def _parse(piece: str) -> dict[str, Any] | None:
    try:
        return tomli.loads(piece)
    except tomli.TOMLDecodeError:
        return None


def _path(data: Any) -> tuple[str, ...]:
    """The one key path a single statement's data holds: `{"a": {"b": [{}]}}` -> ("a", "b")."""
    out: list[str] = []
    while isinstance(data, dict) and len(data) == 1:
        name, data = next(iter(data.items()))
        out.append(name)
    return tuple(out)


def statements(text: str) -> list[Statement]:
    """The statements of a TOML text that parses, in order.

    ValueError if the text does not parse, or if one statement needs more than
    STATEMENT_TRIES attempts (see there)."""
    # TOML ends lines at "\n" only (str.splitlines would also split at U+0085, U+2028...)
    parts = text.split("\n")
    lines = [part + "\n" for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    out: list[Statement] = []
    i = 0
    while i < len(lines):
        first = lines[i].strip(" \t\r\n\ufeff")
        if not first or first.startswith("#"):
            i += 1
            continue
        j = i + 1
        tries = 1
        data = _parse(text[starts[i]:starts[j]])
        while data is None:
            if j >= len(lines):
                raise ValueError(f"no statement ends after line {i + 1}")
            j += 1
            if any(closer in lines[j - 1] for closer in _CLOSERS):
                tries += 1
                if tries > STATEMENT_TRIES:
                    raise ValueError(f"the statement on line {i + 1} is too long to place")
                data = _parse(text[starts[i]:starts[j]])
        kind: Literal["table", "array", "value"] = "value"
        if first.startswith("[["):
            kind = "array"
        elif first.startswith("["):
            kind = "table"
        out.append(Statement(kind, _path(data), starts[i], starts[j], i + 1))
        i = j
    return out


def indexed(stmts: Sequence[Statement]) -> Iterator[tuple[Statement, Key]]:
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
        found = statements(text)
    except ValueError:
        return out  # lines are a courtesy; a text that does not parse has none
    for stmt, key in indexed(found):
        out.setdefault(key, stmt.line)
        for end in range(1, len(key)):  # a value's containing tables, for dotted keys
            out.setdefault(key[:end], stmt.line)
    return out
