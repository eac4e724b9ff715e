"""The pairs of a dated naming and the first reports whose dead it names, however unlike their words.

The coroner's "Rigoberto Fairclough, 26", two days after "a 26-year-old man" was killed, shares little with its first
reports but the age (cosine 0.055), and each has nearer neighbours: its follow-ups by the name, theirs by the place.
Step 5 (events.merge_groups) compares only groups that a candidate pair joins, so their link was asked only where
another report bridged them (a round-up, read whole). These pairs, found by the age both give, are asked as well:
whether they join is still PairTimes.naming_mean's and step 5's to say (same_kind13 with dates 0.966 -> 0.969; the
rest, the copies without dates and ECB+ dev unchanged).
"""

from __future__ import annotations

import bisect

import numpy as np

from tui.engine.timegap import DATE_GAP_DAYS, PairTimes


def named_pairs(times: PairTimes) -> tuple[np.ndarray, np.ndarray]:
    """Each dated report that names its people with their ages (PairTimes.namer) and each dated report it names the
    dead of (PairTimes.names_their_dead: one that names no one so but gives that age, at most DATE_GAP_DAYS apart),
    as two index arrays. Reports are looked up by age and day, so a corpus's thousands cost a few lookups each."""
    days = times.days
    by_age: dict[int, list[tuple[int, int]]] = {}  # (day, report) of the dated reports that name no one with an age
    for k, ages in enumerate(times.ages):
        if days[k] >= 0 and not times.aged[k]:
            for age in ages:
                by_age.setdefault(age, []).append((int(days[k]), k))
    for found in by_age.values():
        found.sort()
    left: list[int] = []
    right: list[int] = []
    for k, ages in enumerate(times.ages):
        if not times.namer[k] or days[k] < 0:
            continue
        day = int(days[k])
        for age in ages:
            found = by_age.get(age, [])
            start = bisect.bisect_left(found, (day - DATE_GAP_DAYS, -1))
            end = bisect.bisect_right(found, (day + DATE_GAP_DAYS, len(days)))
            for _, other in found[start:end]:
                if times.names_their_dead(k, other):
                    left.append(k)
                    right.append(other)
    return np.array(left, dtype=np.int64), np.array(right, dtype=np.int64)
