"""Editing a config text: add, replace or remove one table of `[[bookmarks]]` or
`[[events.pin]]`, or set one value in it, keeping every other byte as the user wrote it.

The tables are found with `tui.config.statements` (tomlkit merges an array of tables
that other tables split, so it cannot place them in the user's text). What is written
comes from tomlkit's document API: a new table is a tomlkit document rendered, and a
value is set by parsing that one table with tomlkit, assigning it and rendering it
back, so the line keeps its place, its indentation and its comment. `Document.check`
then parses the whole new text with tomli and refuses it unless it means exactly the
old data plus the intended change.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import tomli
import tomlkit
from tomlkit.container import Container
from tomlkit.items import AoT, Table

from tui.config.errors import ConfigWriteError
from tui.config.schema import array_problem, get, key_name
from tui.config.statements import key_lines, statements


@dataclass(frozen=True, slots=True)
class Block:
    """One table of an array of tables in the text."""

    start: int
    own_end: int
    """Just past its last own `key = value` line (before any sub-table)."""
    end: int
    """Just past its last line, sub-tables included; comments after that stay outside."""


def render_table(key: tuple[str, ...], values: Mapping[str, Any], newline: str) -> str:
    """`[[key]]` and its values (None values left out), as tomlkit writes them."""
    table = tomlkit.table()
    for name, value in values.items():
        if value is not None:
            table.add(name, value)
    aot = tomlkit.aot()
    aot.append(table)
    doc = tomlkit.document()
    parent: Container | Table = doc
    for part in key[:-1]:
        sub = tomlkit.table(is_super_table=True)
        parent.add(part, sub)
        parent = sub
    parent.add(key[-1], aot)
    return tomlkit.dumps(doc).replace("\n", newline)


class Document:
    """A config text being edited, and `expected`: what the new text must mean."""

    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.original = text
        self.text = text
        self.newline = "\r\n" if "\r\n" in text else "\n"
        self.data: dict[str, Any] = tomli.loads(text)
        self.expected: dict[str, Any] = copy.deepcopy(self.data)

    # -- reading

    def entries(self, key: tuple[str, ...]) -> list[dict[str, Any]]:
        """The tables of the array at `key` as they are now (plain data). Refused (ConfigWriteError)
        when the file has something else there: a `[bookmarks]` table, dotted keys, a value."""
        if array_problem(self.expected, key) is not None:
            raise self._refuse(key, "change")
        value = get(self.expected, key)
        return [e for e in value if isinstance(e, dict)] if isinstance(value, list) else []

    def _refuse(self, key: tuple[str, ...], what: str) -> ConfigWriteError:
        problem = array_problem(self.expected, key)
        if problem is not None:
            where, message = problem
            return ConfigWriteError(self.path, f"{key_name(where)}: {message}; write it as [[{key_name(key)}]] "
                                    "tables to let Parallax change it; the file is unchanged",
                                    line=key_lines(self.text).get(where))
        return ConfigWriteError(self.path, f"cannot {what} {key_name(key)} safely: write it as "
                                f"[[{key_name(key)}]] tables; the file is unchanged")

    def _blocks(self, key: tuple[str, ...], what: str) -> list[Block]:
        """The tables of the array at `key` in the text; refused unless they are all its tables."""
        try:
            found = statements(self.text)
        except ValueError as err:
            raise ConfigWriteError(self.path, f"cannot find the [[{key_name(key)}]] tables in the text; "
                                   "the file is unchanged") from err
        blocks: list[Block] = []
        current: list[int] | None = None  # start, own_end, end
        own = True
        for stmt in found:
            if stmt.kind != "value":
                inside = len(stmt.key) > len(key) and stmt.key[:len(key)] == key
                if current is not None and not inside:
                    blocks.append(Block(*current))
                    current = None
                if stmt.kind == "array" and stmt.key == key:
                    current, own = [stmt.start, stmt.end, stmt.end], True
                elif current is not None:
                    own = False
                    current[2] = stmt.end
                continue
            if current is not None:
                current[2] = stmt.end
                if own:
                    current[1] = stmt.end
        if current is not None:
            blocks.append(Block(*current))
        if array_problem(self.expected, key) is not None or len(blocks) != len(self.entries(key)):
            raise self._refuse(key, what)
        return blocks

    def _block(self, key: tuple[str, ...], index: int, what: str) -> Block:
        blocks = self._blocks(key, what)
        if not 0 <= index < len(blocks):
            raise self._refuse(key, what)
        return blocks[index]

    def _array(self, key: tuple[str, ...]) -> list[Any]:
        parent: Any = self.expected
        for part in key[:-1]:
            parent = parent.setdefault(part, {})
        array: list[Any] = parent.setdefault(key[-1], [])
        return array

    # -- editing

    def append(self, key: tuple[str, ...], values: Mapping[str, Any]) -> None:
        """Add one table after the last table of the array at `key`, or after the file's
        last line that is not blank when there is none yet, behind one blank line."""
        blocks = self._blocks(key, "add to")
        if blocks:
            at = blocks[-1].end
        else:
            content = len(self.text.rstrip(" \t\r\n"))
            newline = self.text.find("\n", content)
            at = 0 if content == 0 else len(self.text) if newline < 0 else newline + 1
        if at == len(self.text) and self.text and not self.text.endswith("\n"):
            self.text += self.newline
            at = len(self.text)
        before, after = self.text[:at], self.text[at:]
        lead = self.newline if before.strip() else ""
        self.text = before + lead + render_table(key, values, self.newline) + after
        self._array(key).append({k: v for k, v in values.items() if v is not None})

    def remove(self, key: tuple[str, ...], index: int) -> None:
        """Cut the `index`th table of the array at `key`, with the one blank line before it;
        comments above and after it stay."""
        block = self._block(key, index, "remove from")
        before, after = self.text[:block.start], self.text[block.end:]
        if before.endswith(self.newline * 2):
            before = before[:-len(self.newline)]
        self.text = before + after
        del self._array(key)[index]

    def replace(self, key: tuple[str, ...], index: int, values: Mapping[str, Any]) -> None:
        """Write the `index`th table of the array at `key` anew, in the same place."""
        block = self._block(key, index, "change")
        text = render_table(key, values, self.newline)
        if block.end == len(self.text) and not self.text.endswith("\n"):
            text = text[:-len(self.newline)]
        self.text = self.text[:block.start] + text + self.text[block.end:]
        self._array(key)[index] = {k: v for k, v in values.items() if v is not None}

    def set_value(self, key: tuple[str, ...], index: int, name: str, value: Any) -> None:
        """Set one value in the `index`th table, through tomlkit: an existing line keeps
        its place and its comment; a new one goes after the table's last value."""
        block = self._block(key, index, "change")
        own = self.text[block.start:block.own_end]
        adding = name not in self.entries(key)[index]
        if adding and not own.endswith("\n"):
            own += self.newline
        doc = tomlkit.parse(own)
        if tomlkit.dumps(doc) != own:
            raise self._refuse(key, "change")
        table = get_table(doc, key)
        if adding:
            item = tomlkit.item(value)
            item.trivia.trail = self.newline
            table.add(name, item)
        else:
            table[name] = value
        self.text = self.text[:block.start] + tomlkit.dumps(doc) + self.text[block.own_end:]
        self._array(key)[index][name] = value

    def set_setting(self, table: str, name: str, value: Any) -> None:
        """Set `name` in the plain table `[table]` (a setting the app saves, such as the theme):
        an existing line keeps its place and its comment; a missing table is added at the end.
        Refused when tomlkit would not give the file back byte for byte as it stands."""
        parsed = tomlkit.parse(self.text)
        if tomlkit.dumps(parsed) != self.text:
            raise ConfigWriteError(self.path, f"[{table}] {name} cannot be written without moving other lines; "
                                   "set it by hand; the file is unchanged")
        section = parsed.get(table)
        if section is None:
            parsed[table] = {name: value}
        elif isinstance(section, (Table, Container)) or hasattr(section, "__setitem__"):
            section[name] = value
        else:
            raise ConfigWriteError(self.path, f"[{table}] is not a table; the file is unchanged")
        self.text = tomlkit.dumps(parsed)
        self.expected.setdefault(table, {})[name] = value

    def check(self) -> None:
        """Refuse to go on unless the new text parses and means exactly what was intended."""
        try:
            now = tomli.loads(self.text)
        except tomli.TOMLDecodeError as err:
            raise ConfigWriteError(self.path, f"an edit would not parse ({err.msg}); the file is unchanged") from err
        if not _same(_pruned(now), _pruned(self.expected)):
            raise ConfigWriteError(self.path, "an edit would change more than the bookmarks or pins; "
                                   "the file is unchanged")


def get_table(doc: Any, key: tuple[str, ...]) -> Any:
    """The first table of the array of tables at `key` in a tomlkit document."""
    node: Any = doc
    for part in key:
        node = node[part]
    return node[0] if isinstance(node, AoT) else node


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
