"""The config's errors and issues: what stops a read or a write, and what is only reported.

`ConfigError` (and its kinds) stops a read or a write and leaves the file as it was;
`ConfigIssue` is one setting that was ignored in favour of its default. Both print as
one line that starts with the file (and the line, when known).
"""

from __future__ import annotations

import os
from dataclasses import dataclass


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
