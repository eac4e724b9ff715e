"""Round-ups: a report of several happenings is grouped by the one it leads with.

A weekend's or a year's round-up of a city's shootings tells one shooting after another, each at its own
place ("Saturday evening, a 64-year-old man was killed in the 1400 block of Cooperage Road ... In Clayborne
Park, a 24-year-old man was wounded ..."). Read whole, it is a little like each of them and can be the bridge
that merges them; read as its lead happening (its text until the next happening begins, and the lead's
sentence for its headline's facts), it joins that one's reports at most, as news gold files it. A year's review
is read so too: it tells its happenings in prose ("a 33-year-old roofer", "two brothers"), each in its month.
"""

from __future__ import annotations

import re

from tui.engine.recalledyears import MONTH_NAME

_VERB = (r"w(?:as|ere)\s+(?:also\s+)?(?:(?:shot|found)\s+(?:and\s+)?)?"
         r"(?:killed|wounded|shot|hurt|injured|dead|hit|struck)\b")
_SHOT = re.compile(_VERB)
"""That someone was shot, the verb alone: looked for first, in the whole text, as its literal start makes it quick
(0.01 s on 10,000 reports, against 0.2 s for one that starts at a word boundary or ignores case)."""
_CASUALTY = re.compile(
    r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+){0,3}?(man|woman|boy|girl|"
    r"teen(?:ager)?|people|persons?|men|women|children|child|\d{1,3}-year-olds?)\b[^.;:]{0,120}?\b" + _VERB, re.I)
"""A sentence that tells someone was shot: "a 64-year-old man was killed", "two people were shot", "A 19-year-old and a
23-year-old were wounded" (by their age alone: a weekend's round-up led by that one was read from its second happening
on; same_kind23 with dates 0.943 -> 0.952, without 0.885 -> 0.891, same_kind9 with dates 0.972 -> 0.975; held out,
checked after: same_kind12 0.851 -> 0.852 and 0.929 -> 0.928; the rest and ECB+ dev unchanged)."""
_PLACE = re.compile(r"\b(?:at|in|on|near|of)\s+(?:the\s+)?((?:[A-Z][\w'’&.-]*\s?){1,4})")
"""A place a sentence names: "in the 1400 block of Cooperage Road", "at Canebrake Courts", "In Clayborne Park"."""
_ONE = frozenset({"a", "an", "one"})
"""Counts of one person: a sentence of one person shot tells a happening, never a summary."""
ROUNDUP_SENTENCES = 3
"""Sentences telling someone was shot that make a report a round-up, where the next happening's names a place the
lead's does not (a mass shooting's first report telling of each of its victims, "A 17-year-old boy was killed",
names no other place)."""
_MONTH = re.compile(r"\b(" + MONTH_NAME + ")")
"""A month a sentence names: a year's review tells each of its happenings in its own ("The worst day came June 13")."""
REVIEW_MONTHS = 3
"""Sentences telling someone was shot, each in a month of its own, that make a report a review of a year's
happenings ("... was shot in front of his home on the night of Jan. 2", "The worst day came June 13, when four young
people were shot to death", "In October, two brothers were killed"): one happening's reports name its month, a trial's
its months of arrest and verdict, but tell its shooting once. On the tuning corpora without dates: same_kind18 0.791
-> 0.803 (its review joins the roofer's reports, not the party's), same_kind16 0.814 -> 0.807 (a review no longer
names a shopping centre's dead, whose two other reports then share its place alone: tui.engine.places); held out,
checked after: same_kind11 with dates 0.965 -> 0.968, same_kind12 0.852 -> 0.851 and 0.925 -> 0.928, same_kind14
without dates 0.863 -> 0.857; the rest and ECB+ dev unchanged."""
_KILLINGS = re.compile(r"\b(?:homicides?|murders|lives)\b", re.I)
"""A year's review of a city's killings by its headline ("Eleven lives: Elkhorn Springs homicides of 2018, month by
month"): each happening it tells is a killing, though its sentence may say "was shot" alone, read so as of someone
hurt (same_kind26 without dates 0.876 -> 0.883, same_kind21 0.971 -> 0.975; the rest, the held-out corpora and ECB+
dev unchanged). Not "Fewer killings, but 2019 left deep marks", a year of gunfire that killed some and hurt others."""
_SHOT_ONLY = re.compile(r"\s+was\s+shot\b(?!\s+(?:and\s+killed|dead|to\s+death))")
"""A sentence's "was shot" where it says no more of the one shot's fate."""
SUMMARY_SENTENCES = 2
"""Where a round-up's summary can sit ("Nine people were shot in Ashford between Friday night and early Monday"):
the first sentences of its body. A summary counts several; it is no happening."""


def lead_happening(texts: list[str], title: str | None) -> tuple[list[str], str | None]:
    """A report's sentences and its headline as grouping reads them: a round-up's (or a year's review's:
    _review_lead) until its second happening, and its lead happening's sentence as its headline (people.who_of
    reads its facts there); else as they are."""
    if len(_SHOT.findall(" ".join(texts))) < ROUNDUP_SENTENCES:
        return texts, title  # (one search of the whole text: most reports tell it once or twice)
    told = [(k, found) for k, text in enumerate(texts) if _SHOT.search(text) and (found := _CASUALTY.search(text))]
    if len(told) < ROUNDUP_SENTENCES:
        return _review_lead(texts, title)
    first, found = told[0]
    summary = first < SUMMARY_SENTENCES and (found.group(1).lower() not in _ONE or found.group(2).lower() == "people")
    lead, after = [k for k, _ in told[1:3]] if summary else [k for k, _ in told[:2]]
    if not _places(texts[after]) - _places(texts[lead]):
        return texts, title  # one place: one happening's people, told one by one
    return texts[:after], texts[lead]


def _places(text: str) -> set[str]:
    """The places a sentence names (_PLACE), as written."""
    return {found.group(1).strip() for found in _PLACE.finditer(text)}


def _review_lead(texts: list[str], title: str | None) -> tuple[list[str], str | None]:
    """A year's review (REVIEW_MONTHS) as its first happening: its text until its second, and the sentence telling the
    first as its headline; any other report as it is."""
    months: dict[str, int] = {}  # each month told with someone shot, by its first sentence
    for k, text in enumerate(texts):  # the month in the sentence, or just before it ("It came on July 5 ...")
        if _SHOT.search(text) and (found := _MONTH.search(text) or (k and _MONTH.search(texts[k - 1]))):
            months.setdefault(found.group(1)[:3], k)
    if len(months) < REVIEW_MONTHS:
        return texts, title
    lead, after = sorted(months.values())[:2]
    if title and _KILLINGS.search(title):  # a review of a year's killings: its lead was killed, however shot
        return texts[:after], _SHOT_ONLY.sub(" was shot and killed", texts[lead], count=1)
    return texts[:after], texts[lead]
