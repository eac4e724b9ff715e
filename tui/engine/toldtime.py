"""When a first report says its happening was: the weekday ("late Wednesday") and the time of day ("at 1:50 p.m.").

Two shootings at one address years apart share the address, the police district and most words; a first report's
lead tells the day and its opening the time, and reports of one happening agree on them. These are facts as
casualties reads them (strings with a prefix: "day 5", "clock 1310"), which grouping compares as it compares the
victims' ages (casualties.disagree); casualties decides when a lead tells of its happening at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tui.engine.dates import WEEKDAY_NAMES, WEEKDAYS

DAY = "day "
"""A fact's prefix for the weekday a first report tells of ("day 5": a Saturday)."""
DAYS_APART = 2
"""Weekdays at least this far apart (either way round the week) are two days: "late Saturday" and "early
Sunday" may tell of one shooting at midnight."""
_TOLD_WEEKDAY = (r"(?:(early|late)\s+(?:on\s+)?)?(" + "|".join(WEEKDAY_NAMES)
                 + r")(?:\s+(morning|afternoon|evening|night))?\b")
_WEEKDAY = re.compile(r"\b" + _TOLD_WEEKDAY)
"""A weekday as a lead tells it, with the part of the day where it says ("early Sunday", "Monday evening")."""
DEED_WORDS = 5
"""Words that may stand between the deed and its weekday ("the young man killed on a porch late Saturday"), none of
them a verb's or a clause's ("shot his wife was sentenced Monday": the sentence's day)."""
_DEED_DAY = re.compile(r"\b(?:killed|shot|wounded|stabbed|injured|hurt)\s+(?:(?!(?:was|were|is|are|has|have|had|and|but"
                       r"|who|said|after|before|since)\b)[a-z'’-]+\s+){0," + str(DEED_WORDS) + r"}?(?:on\s+)?"
                       + _TOLD_WEEKDAY)
"""A weekday told just after the deed ("The man killed early Sunday in Sawmill Ridge was ...", "charged in the
death of a man shot Saturday night", "identified Mabry as the young man killed on a porch late Saturday"): the
happening's day, even where a report tells of what followed."""
SPAN = "span "
"""A fact's prefix for the hours of the week a first report's weekday and part of the day allow ("span 139-147":
Sunday night, from 7 p.m. to 3 a.m.; hours from Monday's midnight)."""
PARTS_OF_DAY = {
    "early": (0, 9), "morning": (0, 12), "afternoon": (12, 18), "evening": (16, 23), "night": (18, 27),
    "late": (20, 27), "": (0, 27),
}
"""The hours of its day each part of the day may mean, loosely: a night runs to 3 a.m. the next day, and a weekday
alone may be told of a shooting after midnight. "Sunday night" and "early Monday" may be one shooting; "Sunday
night" and "Monday evening" are two."""
WEEK_HOURS = 168
"""Hours in a week: SPAN facts are compared round it (a Sunday night meets an early Monday)."""
_DAYS_ON = re.compile(r"\b(?:days?|weeks?|months?|years?)\s+(?:after|later)\b")
"""A lead that tells of what came days on ("died Monday, four days after he was shot"): its weekday is not the
happening's."""


def tells_days_on(low: str) -> bool:
    """Whether a lead (lower case) tells of what came days on (_DAYS_ON)."""
    return _DAYS_ON.search(low) is not None


def deed_days(low: str) -> set[str]:
    """The weekdays (DAY and SPAN facts) a report's lead (lower case) tells right after its deed (_DEED_DAY)."""
    return _facts(found.groups() for found in _DEED_DAY.finditer(low)) if "day" in low else set()


def day_facts(low: str) -> set[str]:
    """The weekdays (DAY facts) a first report's lead (lower case) names, and the hours of the week each allows
    with its part of the day (SPAN facts)."""
    return _facts(_WEEKDAY.findall(low))


def _facts(told: Iterable[tuple[str, ...]]) -> set[str]:
    """The DAY and SPAN facts of weekdays as _TOLD_WEEKDAY reads them: (part before, weekday, part after)."""
    out = set()
    for before, day, after in told:
        start, end = PARTS_OF_DAY[after or before or ""]
        hour = WEEKDAYS[day] * 24
        out |= {f"{DAY}{WEEKDAYS[day]}", f"{SPAN}{hour + start}-{hour + end}"}
    return out


CLOCK = "clock "
"""A fact's prefix for a time of day a first report's opening tells its happening at, in minutes after midnight
("clock 1310": 9:50 p.m.)."""
_CLOCK = re.compile(r"\b(?:at|about|around|approximately|after|before)\s+(?:about\s+|around\s+|approximately\s+)?"
                    r"(1[0-2]|0?[1-9])(?::([0-5]\d))?\s*([ap])\.?m\b")
"""A time of day as news tells a happening's (lower case): "at 1:50 p.m.", "around 11 pm", "shortly after 2:30am";
not a page's stamp ("December 23, 2012 6:11 PM")."""
_DEATH_BEFORE = re.compile(r"\b(?:died|dies|pronounced|succumbed)\b[^.;]*$")
"""A death told before a time ("He died at 2 a.m. at a hospital"): that time is not the shooting's."""
DEATH_REACH = 60
"""How far before a time (in characters) a death is looked for."""
OPENING_SENTENCES = 2
"""The sentences of a first report read for its times of day: "Officers were sent to the Ironworks Lofts at 1:50
p.m. for a report of shots fired." Further down a report tells of later times (the victim died at 3 a.m., a news
conference at 10)."""
MINUTES_APART = 90
"""Times of day at least this far apart (either way round the clock) are two happenings: reports of one give its
time as the police did, or as the call, the shots and the officers' arrival minutes apart. Two shootings at one
address years apart, one at 1:50 p.m. and one at 7:15 p.m., share everything else. On the tuning corpora no two
reports of one happening gave times two hours apart in their first two sentences; in the first three, the
drownings' searches did (11 a.m. and 6 p.m. against 3 p.m.). Two shootings on one block gave 7:25 p.m. and 8 p.m.:
at 90 minutes (from 120) same_kind13 without dates 0.872 -> 0.875, with dates 0.926 -> 0.928, same_kind9 without
dates 0.778 -> 0.781; 60 gave the same, 30 lost same_kind9 0.008. An hour is what reports of one shooting may
differ by ("about 10 p.m.", the call at 10:40)."""


def clocks(opening: str) -> set[str]:
    """The times of day (CLOCK facts) a first report's `opening` (lower case) tells, but for a death's."""
    return {f"{CLOCK}{int(hour) % 12 * 60 + (720 if half == 'p' else 0) + int(minute or 0)}"
            for found in _CLOCK.finditer(opening)
            if not _DEATH_BEFORE.search(opening, max(0, found.start() - DEATH_REACH), found.start())
            for hour, minute, half in [found.groups()]}


def values(facts: frozenset[str], prefix: str) -> list[str]:
    """The facts of `facts` with `prefix` (DAY, CLOCK; casualties' AGE, VICTIM, YEAR, BLOCK), without it."""
    return [f[len(prefix):] for f in facts if f.startswith(prefix)]


def numbers(facts: frozenset[str], prefix: str) -> list[int]:
    """The numbers of `facts` with `prefix` (DAY, CLOCK or AGE)."""
    return [int(value) for value in values(facts, prefix)]


def one_alike(a: frozenset[str], b: frozenset[str], prefix: str) -> bool:
    """Whether `a` holds one number with `prefix` (DAY, casualties' AGE or DEAD_COUNT) and `b` that one alone too."""
    mine = numbers(a, prefix)
    return len(mine) == 1 and mine == numbers(b, prefix)


def one_apart(a: frozenset[str], b: frozenset[str], prefix: str) -> bool:
    """Whether `a` and `b` each hold one fact with `prefix` (victims' STATE, YEAR, TRIAL; agencies' POLICE;
    streetblocks' STREET), and not the same."""
    mine, theirs = values(a, prefix), values(b, prefix)
    return len(mine) == 1 and len(theirs) == 1 and mine != theirs


def _days_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two reports' told weekdays (DAY facts) are all at least DAYS_APART from one another."""
    mine, theirs = numbers(a, DAY), numbers(b, DAY)
    return bool(mine and theirs) and all(min((x - y) % 7, (y - x) % 7) >= DAYS_APART for x in mine for y in theirs)


def _clocks_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two reports' told times of day (CLOCK facts) are all at least MINUTES_APART from one another."""
    mine, theirs = numbers(a, CLOCK), numbers(b, CLOCK)
    return bool(mine and theirs) and all(min((x - y) % 1440, (y - x) % 1440) >= MINUTES_APART
                                         for x in mine for y in theirs)


def _spans(facts: frozenset[str]) -> list[tuple[int, int]]:
    return [(int(start), int(end)) for start, end in (value.split("-") for value in values(facts, SPAN))]


def _spans_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two reports' told hours of the week (SPAN facts) nowhere meet, round the week."""
    mine, theirs = _spans(a), _spans(b)
    return bool(mine and theirs) and not any(
        x_start < y_end + shift and y_start + shift < x_end
        for x_start, x_end in mine for y_start, y_end in theirs for shift in (-WEEK_HOURS, 0, WEEK_HOURS))


def _clock_outside(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether one report's told times of day (CLOCK facts) all fall outside the parts of days the other tells
    (SPAN facts): "at 8:35 p.m." is not "early Wednesday"."""
    minutes, spans = numbers(a, CLOCK), _spans(b)
    return bool(minutes and spans) and not any(
        start * 60 <= minute + day * 1440 < end * 60
        for minute in minutes for start, end in spans for day in range(start // 24, end // 24 + 2))


def times_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two reports (or groups) tell of days apart or of times of day apart: two happenings."""
    return (_days_apart(a, b) or _spans_apart(a, b) or _clocks_apart(a, b) or _clock_outside(a, b)
            or _clock_outside(b, a))
