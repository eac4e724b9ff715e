"""How a headline says its happening hurt or killed: a fall, a blast, being buried or engulfed, an electric shock,
being crushed. Two accidents at one grain elevator years apart share the elevator's name, the co-op's and most
words; "Worker killed in fall at Heartland Grain elevator" and "Explosion at River Road grain elevator kills two"
tell of two happenings (casualties.disagree compares these facts as it compares the dead's count).
"""

from __future__ import annotations

import re

FALL = "by fall"
BLAST = "by blast"
BURIED = "by burial"
SHOCK = "by shock"
CRUSH = "by crushing"
MECHANISMS = (FALL, BLAST, BURIED, SHOCK, CRUSH)
"""The ways a headline may say its happening hurt or killed, one fact each: reports of one happening agree on it
(same_kind6 without dates 0.865 -> 0.878: a fall and a dust explosion at one elevator part; the other tuning corpora,
the held-out ones and ECB+ dev unchanged). A way lasts: dated reports months apart still disagree on it."""
_MECHANISM = (
    # a fall of one's own ("killed in fall", "fell from a steeple"), not a thing falling on them ("falling mold")
    (FALL, re.compile(r"\b(?:fall|falls\s+(?:from|off|through|into|to)|fell\s+(?:from|off|through|into|to))\b")),
    (BLAST, re.compile(r"\b(?:explosions?|blasts?|explodes?|exploded)\b")),
    (BURIED, re.compile(r"\b(?:buried|engulfed|trench\s+collapse|cave-in)\b")),
    (SHOCK, re.compile(r"\b(?:electrocuted|electric(?:al)?\s+shock|shocked)\b")),
    (CRUSH, re.compile(r"\b(?:crushed|pinned)\b")),
)


def mechanism_facts(low: str) -> set[str]:
    """The one way a headline (lower case) says its happening hurt or killed; nothing where it says several or none."""
    found = {fact for fact, pattern in _MECHANISM if pattern.search(low)}
    return found if len(found) == 1 else set()
