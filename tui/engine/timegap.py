"""How far apart in time two reports are, as a factor on their similarity (step 3 of grouping).

Reports of one happening are published within days of each other; reports weeks apart are
less likely one event, and months apart different happenings of one kind, unless the later
one's text names the earlier's month (a trial a year on names its shooting). Dates are trusted
ones: metadata, else a date line (tui.engine.textdates).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np

from tui.engine.model import Article
from tui.engine.textdates import referred_months, stated_date

DATE_GAP_DAYS = 14
"""Trusted dates further apart than this make two articles unlikely to report one happening."""
DATE_DAMPING = 0.5
FAR_GAP_DAYS = 60
"""Dates further apart than this (two months: past the charges, at a trial or an anniversary)
make two reports different happenings of one kind, unless the later one names the earlier's month."""
FAR_DAMPING = 0.2
TIE_MONTHS = 1
"""A month the text names ties it to a report dated within this many months of it."""


def ordinal(iso: str | None) -> int | None:
    """An ISO date as a day number, None when there is none or it does not parse."""
    if not iso:
        return None
    try:
        return date.fromisoformat(iso).toordinal()
    except ValueError:
        return None


def trusted_days(articles: Sequence[Article]) -> np.ndarray:
    """Each article's trusted date as a day number, -1 when unknown (metadata, else a date line)."""
    return np.array([d if (d := ordinal(stated_date(a))) is not None else -1 for a in articles], dtype=np.int64)


def month_of(day: int) -> int:
    """The month (year * 12 + month - 1, as referred_months counts) of a day number."""
    found = date.fromordinal(day)
    return found.year * 12 + found.month - 1


def references(articles: Sequence[Article], days: np.ndarray) -> list[frozenset[int]]:
    """The months each article's text names (see referred_months)."""
    return [referred_months(a, date.fromordinal(int(d)) if d >= 0 else None) for a, d in zip(articles, days.tolist(),
                                                                                                strict=True)]


def names_months(refs: frozenset[int], first: int, last: int) -> bool:
    """Whether months named in `refs` fall within the days first..last (give or take TIE_MONTHS)."""
    lo, hi = month_of(first) - TIE_MONTHS, month_of(last) + TIE_MONTHS
    return any(lo <= m <= hi for m in refs)


def gap_damping(gap: int, tied: bool) -> float:
    """How far apart in time two reports (or groups) are, as a factor on their similarity."""
    if gap <= DATE_GAP_DAYS:
        return 1.0
    return DATE_DAMPING if gap <= FAR_GAP_DAYS or tied else FAR_DAMPING


def date_damping(articles: Sequence[Article], i: np.ndarray, j: np.ndarray,
                 refs: Sequence[frozenset[int]] | None = None) -> np.ndarray:
    """1 for each pair; DATE_DAMPING where both trusted dates are more than DATE_GAP_DAYS apart,
    FAR_DAMPING where more than FAR_GAP_DAYS unless either text names the other's month."""
    days = trusted_days(articles)
    if len(i) == 0:
        return np.ones(0)
    if refs is None:
        refs = references(articles, days)
    di, dj = days[i], days[j]
    known = (di >= 0) & (dj >= 0)
    gap = np.abs(di - dj)
    out = np.where(known & (gap > DATE_GAP_DAYS), DATE_DAMPING, 1.0)
    for k in np.flatnonzero(known & (gap > FAR_GAP_DAYS)).tolist():
        a, b = int(i[k]), int(j[k])
        tied = names_months(refs[a], int(days[b]), int(days[b])) or names_months(refs[b], int(days[a]), int(days[a]))
        out[k] = gap_damping(int(gap[k]), tied)
    return out
