"""Dates that an article's own text states, for grouping when its metadata has none.

Two kinds: the date line that opens a report ("Updated: June 16, 2019", "Monday,
July 5, 2021", a dated dateline), which is its publication date; and the months its
text refers back to ("last June", "the Sept. 20 game", "July 4, 2021", "a year
after"), which tie a later report (charges, a trial) to the happening it names.
"""

from __future__ import annotations

import re
from datetime import date

from tui.engine.dates import MONTHS, iso_date
from tui.engine.model import Article

DATE_LINE_WORDS = 8
"""A sentence this short that holds a full date is a date line, not news."""
DATE_LINE_SENTENCES = 2
"""Where a date line can sit: the first sentences of the body."""

# A capitalised word and a number, then checked against the month names: cheaper than
# trying every month name at every position of ten thousand articles.
_WORD_DAY_YEAR = re.compile(r"\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d\d)\b)?")
_WORD_YEAR = re.compile(r"\b([A-Z][a-z]{2,8})\.?,?\s+((?:19|20)\d\d)\b")
_LAST_WORD = re.compile(r"\blast\s+([A-Z][a-z]{2,8})\b")
_YEAR_AGO = re.compile(r"\b(?:a|one)\s+year\s+(?:ago|after|earlier|since|later)\b", re.I)


def stated_date(article: Article) -> str | None:
    """The article's date as ISO: its metadata's, else a date line opening its body, else the
    date of its update stamp (an update comes days after the report at most, near enough to
    tell a report of this year's shooting from one of the last's)."""
    if article.date:
        return article.date
    for text in article.texts[:DATE_LINE_SENTENCES]:
        if len(text.split()) <= DATE_LINE_WORDS:
            found = iso_date(text)
            if found:
                return found
    return article.updated


def _month_number(year: int, month: int) -> int:
    return year * 12 + month - 1


def referred_months(article: Article, day: date | None) -> frozenset[int]:
    """Months (year * 12 + month - 1) that the text names, for an article dated `day`.

    A month named without a year ("the June 15 killing", "last June") is its latest
    occurrence before `day`; "last June" may also be the one a year before that.
    Without a date the article cannot be tied or kept apart by time: nothing.
    """
    if day is None:
        return frozenset()
    text = " ".join(article.texts)
    now = _month_number(day.year, day.month)
    out: set[int] = set()
    for m in _WORD_DAY_YEAR.finditer(text):
        month = MONTHS.get(m.group(1).lower())
        if month is None:
            continue
        if m.group(3):
            out.add(_month_number(int(m.group(3)), month))
        else:
            out.add(now - (day.month - month) % 12)
    for m in _WORD_YEAR.finditer(text):
        month = MONTHS.get(m.group(1).lower())
        if month is not None:
            out.add(_month_number(int(m.group(2)), month))
    for m in _LAST_WORD.finditer(text):
        month = MONTHS.get(m.group(1).lower())
        if month is not None:
            back = (day.month - month) % 12 or 12
            out.update((now - back, now - back - 12))
    if _YEAR_AGO.search(text):
        out.add(now - 12)
    return frozenset(out)
