"""Notices grouped by reason: 20,000 empty files are one group of 20,000, not 20,000 lines.

The CLI prints a large group as one line with a count and a few examples; the TUI's
notices screen can show each group as one row that expands to its files. Groups keep
every notice (nothing is dropped, only gathered) and come in the order their first
notice came.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tui.engine.model import Notice


@dataclass(frozen=True, slots=True)
class NoticeGroup:
    """Every notice that gives the same reason, in the order they came."""

    reason: str
    notices: tuple[Notice, ...]

    @property
    def paths(self) -> list[str]:
        """The files the notices are about (raw: pass them through `printable` to show them)."""
        return [notice.path for notice in self.notices]

    def __len__(self) -> int:
        return len(self.notices)


def group_notices(notices: Iterable[Notice]) -> list[NoticeGroup]:
    """`notices` gathered by their message, groups in order of first appearance."""
    groups: dict[str, list[Notice]] = {}
    for notice in notices:
        groups.setdefault(notice.message, []).append(notice)
    return [NoticeGroup(reason, tuple(members)) for reason, members in groups.items()]
