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

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_MONTH_DAY_YEAR = re.compile(r"\b" + _MONTH + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I)
_MONTH_DAY = re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s+(?:19|20)\d\d)", re.I)
_LAST_MONTH = re.compile(r"\blast\s+" + _MONTH + r"(?!\w)", re.I)
_YEAR_AGO = re.compile(r"\b(?:a|one)\s+year\s+(?:ago|after|earlier|since|later)\b", re.I)


def stated_date(article: Article) -> str | None:
    """The article's date as ISO: its metadata's, else a date line opening its body."""
    if article.date:
        return article.date
    for text in article.texts[:DATE_LINE_SENTENCES]:
        if len(text.split()) <= DATE_LINE_WORDS:
            found = iso_date(text)
            if found:
                return found
    return None


def _month_number(year: int, month: int) -> int:
    return year * 12 + month - 1


def referred_months(article: Article, day: date | None) -> frozenset[int]:
    """Months (year * 12 + month - 1) that the text names; relative ones need the article's `day`.

    A month named without a year ("the June 15 killing", "last June") is its latest
    occurrence before the article's date.
    """
    text = " ".join(article.texts)
    out = {_month_number(int(m.group("year")), MONTHS[m.group("month").lower()])
           for m in _MONTH_DAY_YEAR.finditer(text) if m.group("month")[0].isupper()}
    if day is None:
        return frozenset(out)
    now = _month_number(day.year, day.month)
    for pattern in (_LAST_MONTH, _MONTH_DAY):
        for m in pattern.finditer(text):
            if not m.group("month")[0].isupper():
                continue  # "may", the verb
            month = MONTHS[m.group("month").lower()]
            back = (day.month - month) % 12 or (12 if pattern is _LAST_MONTH else 0)
            out.add(now - back)
            if pattern is _LAST_MONTH:  # "last January", said in February: last month or a year before
                out.add(now - back - 12)
    if _YEAR_AGO.search(text):
        out.add(now - 12)
    return frozenset(out)
