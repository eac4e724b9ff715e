"""The reader's corrections to a grouping (pins): an article moved into another's event, or into one of its own.

Pins override the grouping for the articles they name; moved articles take no part in the grouping itself
(tui.engine.events.group), so a wrongly placed report cannot pull two events together.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tui.engine.model import Article


def moves(articles: Sequence[Article], pins: Mapping[str, str | None] | None) -> dict[int, int | None]:
    """The pins on these articles (sorted by path) as row numbers: moved row -> target row (None: alone).
    Pins naming articles that are not here are ignored."""
    row = {a.path: k for k, a in enumerate(articles)}
    return {row[path]: (row.get(target) if target is not None else None)
            for path, target in (pins or {}).items()
            if path in row and (target is None or target in row) and target != path}


def apply_pins(groups: list[list[int]], moved: Mapping[int, int | None]) -> list[list[int]]:
    """Put each moved article into its target's group, or into a group of its own.

    `groups` holds every article not in `moved`. A target that is itself moved is
    followed to where it ends up; a chain that loops ends in one new group.
    """
    owner = {k: g for g, members in enumerate(groups) for k in members}
    out = [list(members) for members in groups]

    def anchor(k: int) -> int:
        """The article whose group `k` joins: the end of its chain of moves."""
        seen: list[int] = []
        while k not in seen:
            target = moved.get(k)
            if target is None:  # not moved, or moved into an event of its own
                return k
            seen.append(k)
            k = target
        return min(seen[seen.index(k) :])  # a loop of moves

    extra: dict[int, int] = {}  # anchor -> index in `out` of a group made for moved articles
    for k in sorted(moved):
        a = anchor(k)
        if a in owner:
            out[owner[a]].append(k)
            continue
        if a not in extra:
            extra[a] = len(out)
            out.append([])
        out[extra[a]].append(k)
    return [sorted(g) for g in out if g]
