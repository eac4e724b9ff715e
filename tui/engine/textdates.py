"""Dates that an article's own text states, for grouping when its metadata has none.

Three kinds: the date line that opens a report ("Updated: June 16, 2019", "Monday,
July 5, 2021", a dated dateline), which is its publication date; and the months its
lead refers back to ("last June", "the Sept. 20 game", "the May shooting", "July 4, 2021", "a year after", "the
blast in the spring", "17 months after", "last year", "last month", "the 2017 shooting": any of its
months), which tie a later report (charges, a trial, a fine) to the happening it names ("died over
the summer"); and the days its lead names by their weekday ("Monday night's fire"), which tie the
dead named days on to the first reports of that day.
"""

from __future__ import annotations

import re
from datetime import date

from tui.engine.dates import MONTHS, WEEKDAY_NAMES, WEEKDAYS, iso_date
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
_YEAR_AGO = re.compile(r"\b(?:a|one)\s+year\s+(?:to\s+the\s+day\s+)?(?:ago|after|earlier|since|later)\b", re.I)
_LAST_YEAR = re.compile(r"\blast\s+year\b", re.I)
_MODIFIED = "the|a|an|in|of|his|her|their|its"
"""The words before a time used as a modifier of a happening (_YEAR_OF, _MONTH_OF): "the 2019 shooting"."""
_YEAR_OF = re.compile(rf"\b(?:{_MODIFIED})\s+((?:19|20)\d\d)\s+([a-z]+)\b")
"""A year used as a modifier: "the 2019 shooting", "convicted in 2017 death of"."""
_NOT_A_HAPPENING = frozenset(
    "a an and as at block blocks but by for from he her his in is it its no of on or she that the their they to "
    "under until was were when which while who with before after graduate".split())
"""Words after a year that make it no modifier of a happening: "in 2019 and", "the 1900 block", "a 2015 graduate"."""
_RECALL = re.compile(r"\b(?:scene|site)\s+of\s+(?:an?\s+|the\s+)?(?:19|20)\d\d\b", re.I)
"""A place called the scene of an earlier year's happening: "motel was scene of 2015 killing" (see _recalls)."""
_FRESH = re.compile(r"\b(?:shot|shooting|wounded|killed|identified|injured|hurt|dies|dead)\b", re.I)
"""What a headline tells of a happening's cost, its own or a follow-up's."""
_LATER = re.compile(r"\b(?:convict\w*|sentenc\w*|charged|arrest\w*|plead\w*|guilty|trial|vigil|memorial|remember\w*"
                    r"|anniversary|mourn\w*|honou?r\w*|after|later)\b", re.I)
"""What a headline tells of a happening's aftermath: a follow-up's."""
_MONTH_OF = re.compile(rf"\b(?:{_MODIFIED}|since)\s+(?=([A-Z][a-z]{{2,8}})\.?\s+([a-z][a-z-]+)\b)")
"""A month used as a modifier, with no day: "in May shooting", "the October shooting", "a February robbery", "the
Fourth of July fireworks" (its latest occurrence; a capitalised word, then checked against the month names; looked
ahead, so "the Fourth" leaves "of July" to be read). On the
tuning corpora with dates: same_kind8 0.955 -> 0.966, same_kind23 0.964 -> 0.971, same_kind9 0.975 -> 0.981; the rest,
the copies without dates and ECB+ dev unchanged; held out, checked after: same_kind25 0.918 -> 0.931, same_kind20
0.971 -> 0.983, same_kind12 0.929 -> 0.934, same_kind10 0.943 -> 0.948, same_kind11 0.971 -> 0.977, the rest
unchanged."""
_NEAR_MONTH = re.compile(r"\b(this|last)\s+month\b", re.I)  # "this month's fire", "killed last month"
_SEASON = re.compile(r"\b(in\s+the|over\s+the|during\s+the|this\s+past|earlier\s+this|this|that|last|"
                     r"early\s+(?:in\s+)?(?:the\s+)?|late\s+(?:in\s+)?(?:the\s+)?)\s*"
                     r"(spring|summer|fall|autumn|winter)\b(?!\s+(?:from|of|off|through|into|onto)\b)", re.I)
_SPAN_BACK = re.compile(r"\b(\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)"
                        r"\s+(weeks|months?)\s+(?:ago|after|earlier|since|later|on)\b", re.I)
SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
"""Each season's first month, as news in the northern hemisphere writes them ("in the spring": March to
May). A season ties a follow-up to its happening as a month does ("the blast in the spring"); a fall
that someone took ("died in the fall from the scaffold") is no season."""
SEASON_MONTHS = 3
"""How many months a season lasts."""
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18}
WEEKS_IN_MONTH = 4.35
"""Weeks back ("three weeks after the collapse") are counted in months as this many a month."""


def stated_date(article: Article) -> str | None:
    """The article's date as ISO: its metadata's, else a date line opening its body, else the
    date of its update stamp (an update comes days after the report at most, near enough to
    tell a report of this year's shooting from one of the last's)."""
    if article.date:
        return article.date
    for text in article.opening(DATE_LINE_SENTENCES):
        if len(text.split()) <= DATE_LINE_WORDS:
            found = iso_date(text)
            if found:
                return found
    return article.updated


def _month_number(year: int, month: int) -> int:
    return year * 12 + month - 1


REFERENCE_SENTENCES = 3
"""Where a report says which happening it follows: its title and this many first sentences (its
lead, as features.LEAD_SENTENCES counts it). A follow-up says so at once ("The families of the two
miners killed in last year's roof fall sued ..."); a report of a new happening recalls an earlier
one further down ("A woman died in a fire there in February 2019."), and that recap must not tie
the new happening to the old. On the tuning corpora with dates: drownings 0.977 -> 0.995, fires
0.824 -> 0.830, workplace accidents 0.925 -> 0.914 (a year in review that named the trench death's
season only in its sixth sentence, about another accident)."""


def _recalls(title: str) -> bool:
    """Whether a headline tells of a new happening (_FRESH, not _LATER) at a place it calls the scene of an earlier
    year's (_RECALL): "Victim in Bayview Motor Lodge shooting identified; motel was scene of 2015 killing" recalls the
    2015 killing, and is no follow-up of it; "Vigil held at Millrace Park, site of 2016 killing" is one."""
    rest = _RECALL.sub(" ", title)
    return rest != title and bool(_FRESH.search(rest)) and not _LATER.search(rest)


def _latest(now: int, day: date, month: int) -> int:
    """The latest `month` (1-12) on or before `day`, as a month number (`now` is `day`'s): "the May shooting" written
    in September is this year's May, in January last year's."""
    return now - (day.month - month) % 12


def referred_months(article: Article, day: date | None) -> frozenset[int]:
    """Months (year * 12 + month - 1) that the lead names (title and REFERENCE_SENTENCES first
    sentences), for an article dated `day`.

    A month named without a year ("the June 15 killing", "last June") is its latest
    occurrence before `day`; "last June" may also be the one a year before that.
    Without a date the article cannot be tied or kept apart by time: nothing.
    """
    if day is None:
        return frozenset()
    text = " ".join([article.title or "", *article.opening(REFERENCE_SENTENCES)])
    if _recalls(article.title or ""):
        text = _RECALL.sub(" ", text)  # the earlier year is its place's past, not its happening's
    now = _month_number(day.year, day.month)
    out: set[int] = set()
    for m in _WORD_DAY_YEAR.finditer(text):
        month = MONTHS.get(m.group(1).lower())
        if month is None:
            continue
        if m.group(3):
            out.add(_month_number(int(m.group(3)), month))
        else:
            out.add(_latest(now, day, month))
    for m in _WORD_YEAR.finditer(text):
        month = MONTHS.get(m.group(1).lower())
        if month is not None:
            out.add(_month_number(int(m.group(2)), month))
    for m in _MONTH_OF.finditer(text):
        month = MONTHS.get(m.group(1).lower())
        if month is not None and m.group(2) not in _NOT_A_HAPPENING:
            out.add(_latest(now, day, month))
    for m in _LAST_WORD.finditer(text):
        month = MONTHS.get(m.group(1).lower())
        if month is not None:
            back = (day.month - month) % 12 or 12
            out.update((now - back, now - back - 12))
    if _YEAR_AGO.search(text):
        out.add(now - 12)
    if _LAST_YEAR.search(text):
        out.update(_month_number(day.year - 1, month) for month in range(1, 13))
    for m in _YEAR_OF.finditer(text):
        year = int(m.group(1))
        if year < day.year and m.group(2) not in _NOT_A_HAPPENING:
            out.update(_month_number(year, month) for month in range(1, 13))
    for m in _NEAR_MONTH.finditer(text):
        out.add(now - 1 if m.group(1).lower() == "last" else now)
    for m in _SEASON.finditer(text):
        out.update(_season_months(now, SEASONS[m.group(2).lower()], m.group(1).lower().startswith("last")))
    for m in _SPAN_BACK.finditer(text):
        count = int(m.group(1)) if m.group(1).isdigit() else _COUNTS[m.group(1).lower()]
        out.add(now - (round(count / WEEKS_IN_MONTH) if m.group(2).lower() == "weeks" else count))
    return frozenset(out)


_WEEKDAY_NAME = re.compile(r"\b(" + "|".join(map(str.capitalize, WEEKDAY_NAMES)) + r")\b")


def told_days(article: Article, day: date | None) -> frozenset[int]:
    """The days (ordinals) the lead names by their weekday ("late Saturday", "Monday night's fire"),
    for an article dated `day`: each the latest such day on or before it, as news within the week
    writes them. Nothing without a date."""
    if day is None:
        return frozenset()
    text = " ".join([article.title or "", *article.opening(REFERENCE_SENTENCES)])
    out: set[int] = set()
    for m in _WEEKDAY_NAME.finditer(text):
        back = (day.weekday() - WEEKDAYS[m.group(1).lower()]) % 7
        out.add(day.toordinal() - back)
    return frozenset(out)


def _season_months(now: int, first: int, last: bool) -> set[int]:
    """The months of the latest season starting in month `first` that began by month `now` ("in the
    spring", "this winter"); with `last`, also of the one a year before ("last fall" in December may
    be the one just gone)."""
    start = now - (now % 12 + 1 - first) % 12
    starts = (start, start - 12) if last else (start,)
    return {begin + k for begin in starts for k in range(SEASON_MONTHS)}
