"""The city police a report names ("Tidewell police said", "the Quillan Falls Police Department"): reports of one
shooting name one city's police, and two reports that each name one city's, not the same, tell of two happenings,
however alike a country's news makes them (two teens shot after a high school football game, in two cities; a
minibus crash near Granby and a fog pile-up near Fenwick). Read from a report's sentences (the lead alone found too
few), not its headline, which title case fills with capitals ("Teen Killed By Police", in ECB+); a report naming two
cities' police disagrees with none (victims.named_apart, read by casualties.disagree). On the tuning corpora without
dates: same_kind3 0.945 -> 0.968, same_kind13 0.910 -> 0.913; with dates same_kind24 0.962 -> 0.967; the rest and
ECB+ dev unchanged; the eleven tuning corpora of shootings grouped as one (1,743 reports) 0.906 -> 0.909. Held out,
checked after: same_kind11 without dates 0.917 -> 0.921, same_kind12 0.860 -> 0.862, same_kind20 0.944 -> 0.938 and
0.992 -> 0.987 with dates (a shooting on a bridge between two cities, whose reports name each one's police). That
check also showed "Fairlow's police" read as a city of its own and "the North Side police district" as a city's:
both mended. Two agencies of one happening stay a risk: an ECB+ dev event in Alaska is told by Palmer's police in
some reports and Anchorage's in others (dev unchanged all the same)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from tui.engine.headstates import STATE_NAMES
from tui.engine.textnorm import name_key

POLICE = "police "
"""A fact's prefix for the city whose police a report names ("police tidewell")."""

_WORD = r"[^\W\d_][\w'’.-]*"
_AGENCY = re.compile(rf"((?:{_WORD}\s+){{0,2}}{_WORD})\s+(?:police|Police)\b"
                     r"(?!\s+(?:district|precinct|zone|beat|sector)s?\b)")
"""A city's name before its police, not before a district's ("the North Side police district")."""
_LEADING = frozenset({"a", "an", "the", "and", "but", "by", "as", "when", "after", "then", "both", "neither", "said",
                      "officers", "officer", "with", "to", "of", "in", "on", "for", "from", "at", "while", "two",
                      "three", "four", "five", "six", "several", "other", "off-duty"})
"""Words that open a sentence or a phrase before a city's name ("An Ashford police officer", "Two Tidewell police
officers")."""
_NOT_CITIES = frozenset({"riot", "traffic", "secret", "national", "royal", "mounted", "special", "state", "transit",
                         "campus", "university", "college", "capitol", "park", "port", "airport",
                         "housing", "tribal", "border", "military", "metro", "city", "county", "village", "town",
                         "school", "local", "federal", "railroad", "harbor"})
"""Last words of police that are not a city's: a state's troopers, a campus's, a transit agency's."""
_STATES = frozenset(name_key(state) for state in STATE_NAMES)


def police_facts(texts: Iterable[str]) -> frozenset[str]:
    """The POLICE facts of the cities whose police `texts` name (see the module's docstring)."""
    found: set[str] = set()
    for text in texts:
        if "olice" not in text:
            continue  # most sentences name no police, and the pattern is slow to fail on each word of them
        for match in _AGENCY.finditer(text):
            words = match.group(1).split()
            ends = [k for k, word in enumerate(words[:-1]) if word.endswith(".")]
            words = words[ends[-1] + 1:] if ends else words  # "... killing of Kwabena Pembridge. Larkmoor police"
            while words and (not words[0][0].isupper() or name_key(words[0]) in _LEADING):
                words = words[1:]
            if not words or not all(word[0].isupper() and name_key(word) not in _LEADING for word in words):
                continue  # a lower-case word, or a capitalised "By": a headline in title case ("Shot 11 Times By")
            city = name_key(" ".join(words)).rstrip(".").removesuffix("'s")  # "Fairlow's police"
            if words[-1].casefold() in _NOT_CITIES or city in _STATES:
                continue
            found.add(f"{POLICE}{city}")
    return frozenset(found)
