"""The years a report gives its happening: the one a follow-up's headline names ("Charges filed in 2014 killing of
Dorothea Ulloa"), and the latest one a first report recalls as past ("police were called there for shootings in 2013,
2014, 2016"), after which its own happening came. Undated, two happenings at one bar years apart share the bar, the
street and most words; the charges of the 2014 killing are not of a shooting that recalls 2016 as the past
(casualties.disagree).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.engine.toldtime import numbers

YEAR = "year "
"""A fact's prefix for the year a headline gives its happening ("Charges filed in 2016 killing of ...")."""
AFTER = "after "
"""A fact's prefix for the latest year a first report recalls as past ("after 2016"), or a headline does ("Millrace
Park was site of 2016 killing": victims.headline_people): its happening is of that year or later."""
MONTH_NAME = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
              r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
"""A month's name as news writes it (a pattern's part): "in June 2017"; a year's review's (tui.engine.roundups)."""
_PAST = re.compile(r"\b(?:[Ii]n|[Ss]ince)\s+(?:(?:early|late|mid-?)\s*)?(?:" + MONTH_NAME + r"\s+(?:\d{1,2},\s+)?)?"
                   r"((?:19|20)\d\d(?:(?:,\s+|,?\s+and\s+)(?:19|20)\d\d)*)\b")
"""A year told as past: "in 2017", "since 2013", "in June 2017", "since March 4, 2019", "in 2013, 2014 and 2016" (not
a car's model year, "a 2015 Chevrolet Tahoe", nor a trial set "for 2025")."""
RECALLED_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
"""A year: a sentence that names one recalls the past ("In 2016 a press operator was crushed at the same plant"), so its
ages are not this happening's, and a name there is recalled, no mention (people.who_of)."""

RECALL_CLAUSE = re.compile(r"(?:,\s*|\s+)(?:the\s+same\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+)?where\s+[^;|:–—]*?\b"
                           r"(?:(?:was|were|had\s+been|have\s+been)\s+(?:shot|killed|slain|murdered|wounded|stabbed)|died)\b"
                           r"[^;|:–—]*", re.I)
"""A headline's clause that places its happening where another was ("Man wounded at Pell Highway Quik Fuel, where
clerk was killed in 2016", "Clerk wounded at Stop-N-Save, the same station where Emre Çelik was killed"): what it
says of the dead and hurt is that other happening's (casualties.casualty_facts), and a year in it is past (AFTER),
where it holds a mark of the past (_PAST_MARK)."""
_PAST_MARK = re.compile(r"\b(?:(?:19|20)\d\d|same|ago|last\s+year|earlier|before|previous(?:ly)?|once)\b", re.I)
"""What makes a headline's "where ... was killed" clause another happening's: a year, "the same station", "last
year"; "a ghost bike placed where Zoë Halvorsen was killed" is its own happening's."""
KIND = r"(?i:killing|death|murder|slaying|shooting|stabbing|homicide|beating|drowning)s?"
"""What a headline calls a killing by (a pattern's part, in any case): "site of 2016 killing", "Brody Ruelas's
killing" (victims)."""
RECALL_SITE = re.compile(r"\b(?:site|scene)\s+of\s+(?:an?\s+|the\s+)?(?:19|20)\d\d\s+" + KIND + r"\b"
                         r"|\bsince\s+(?:19|20)\d\d\b", re.I)
"""A headline's words recalling a past happening where this one was: "Millrace Park was site of 2016 killing", "scene
of 2015 killing", "complex's fourth shooting since 2016"."""


def split_recall(title: str) -> tuple[str, str]:
    """A headline without what it recalls of other happenings where its own was (a clause placing it where another
    was, RECALL_CLAUSE with _PAST_MARK, and a site's past, RECALL_SITE), and what it recalls ("" where nothing): the
    dead and hurt there are the other's (casualties.casualty_facts), a year there is past (after_recalled), and the
    people named there are not the report's own (people.who_of)."""
    recalled = []
    found = RECALL_CLAUSE.search(title)
    if found and _PAST_MARK.search(found.group()):
        recalled.append(found.group())
        title = title[:found.start()] + " " + title[found.end():]
    recalled += [site.group() for site in RECALL_SITE.finditer(title)]
    return RECALL_SITE.sub(" ", title), " ".join(recalled)


def after_recalled(recalled: str) -> frozenset[str]:
    """The AFTER fact of what a headline recalls (split_recall): the latest year there; none if it names none."""
    years = [int(year) for year in RECALLED_YEAR.findall(recalled)]
    return frozenset({f"{AFTER}{max(years)}"}) if years else frozenset()


def after_facts(texts: Sequence[str]) -> frozenset[str]:
    """The AFTER fact of a first report's `texts`: the latest year they tell as past; none if they tell none."""
    found = [int(year) for text in texts for m in _PAST.finditer(text) for year in RECALLED_YEAR.findall(m.group(1))]
    return frozenset({f"{AFTER}{max(found)}"}) if found else frozenset()


def years_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether one of two reports (or groups) gives its happening a year (YEAR facts, the latest if several) before
    the latest the other recalls as past (AFTER facts)."""
    return any(years and recalled and max(years) < max(recalled)
               for years, recalled in ((numbers(a, YEAR), numbers(b, AFTER)), (numbers(b, YEAR), numbers(a, AFTER))))
