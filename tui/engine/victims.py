"""Whom a headline names (issue 14: events of one kind): the victim ("Charges filed in 2016 killing of Hollis Ng"), the
trial ("in Hollis Saltonstall Trial"), the year and the US state it gives its happening, and whom a lead names with an
age (NAMED facts, people.who_of). The charges, the trial and a profile share few words with a killing's first reports;
the name ties them (same_victim), and two names part them (other_victims, named_apart; casualties.disagree).
"""

from __future__ import annotations

import functools
import re

from tui.engine.agencies import POLICE
from tui.engine.features import PLACE_HEADS
from tui.engine.headstates import STATE, headline_states
from tui.engine.recalledyears import KIND, YEAR
from tui.engine.textnorm import name_key
from tui.engine.toldtime import one_apart, values

VICTIM = "victim "
"""A fact's prefix for the person a headline names as the one its happening was done to ("victim anh quarles")."""
NAMED = "named "
"""A fact's prefix for a person a report's lead names with an age, by the word before the surname and the surname
("named jazmyne tuiasosopo" of "The woman killed in Landing Hill was Jazmyne Tuiasosopo, 26"; people.who_of): the
victim whom the charges' and the trial's headlines name, or whom a profile's lead names so too (same_victim)."""
_CAPITAL = "[" + "".join(c for c in map(chr, [*range(0x250), *range(0x1E00, 0x1F00)]) if c.isupper()) + "]"
"""A capital of the Latin alphabets, accented ones too ("Ávila", "Łukasz", "Ổn")."""
_NAME = rf"((?:{_CAPITAL}[\w'’-]+|{_CAPITAL}\.)(?:\s+(?:{_CAPITAL}[\w'’-]+|{_CAPITAL}\.)){{1,3}})"
_NAME_END = (r"(?=\s*$|\s*[,;:|–—-]|\s+(?:at|in|on|near|outside|inside|after|as|during|and|with|to|by|from|is|was|were"
             r"|has|have|had|gets?|sentenced|convicted|acquitted|will|won['’]t|cannot|can['’]t|faces?|cleared|fired"
             r"|charged|indicted|sues?|says?|seeks?|asks?|calls?|files?|speaks?|wants?|demands?|wins?|settles?)\b)")
"""What may follow a name: the headline's end, its punctuation, a verb or a preposition; not a noun, whose
capitals are a place's ("death of South End mother")."""
_PLACE_MEMORIAL = ")(?<!".join(head.capitalize() for head in [*sorted(PLACE_HEADS), "field", "hall", "stadium",
                                                                 "school", "church", "day"])
"""The last words of places (a lookbehind's alternatives) whose memorial or scholarship names no victim."""
_VICTIMS = (
    re.compile(r"\b" + KIND + r"\s+(?i:of)\s+" + _NAME + _NAME_END),  # "Charges filed in 2016 killing of Hollis Ng"
    re.compile(_NAME + r"(?:'s|’s)\s+" + KIND + r"\b"),  # "Wrongful-death suit filed over Brody Ruelas's killing"
    re.compile(r"\b(?i:remember(?:s|ing)?|honou?r(?:s|ing)?|mourn(?:s|ing)?|famil(?:y|ies)\s+of|prayers\s+for"
               r"|vigil\s+for|funeral\s+for|goodbye\s+to|in\s+memory\s+of|candles\s+for|justice\s+for|memorial\s+for"
               r"|tribute\s+to)\s+" + _NAME + _NAME_END),
    # "Hundreds remember Anh Quarles", "Remembering Hollis Saltonstall: 'They was going places'"
    re.compile(r"^" + _NAME + r"\s+(?i:dies|died|remembered|mourned|laid\s+to\s+rest)\b"),  # "Brielle Ruelas dies"
    # "First Tavion Greer scholarship goes to hurdler" (not "Harbor Green Park memorial": a place's, _PLACE_MEMORIAL)
    re.compile(_NAME + r"(?<!" + _PLACE_MEMORIAL + r")\s+(?i:memorial|scholarship)s?\b"),
    # "Thousands line Loop 1620 as Officer Lorena Castañeda is laid to rest"
    re.compile(r"\b(?i:as)\s+" + _NAME + r"\s+(?i:is|was)\s+(?i:laid\s+to\s+rest|remembered|mourned|buried)\b"),
    re.compile(r"\b(?i:in)\s+" + _NAME + r"\s+(?i:case)\b"),  # "Man, 20, arrested in Hollis Quarles case"
    re.compile(r"\b(?i:for|in|of)\s+(?i:fatally\s+)?(?i:killing|shooting|murdering|stabbing|slaying)\s+" + _NAME
               + _NAME_END),  # "Ruelas gets 40 years for killing Anh Quarles"
    # "Victim in Millpond shooting identified as Wesley Scarborough, 44" (not a suspect so named)
    re.compile(r"^(?!.*\b(?i:suspects?|shooter|gunman|accused|arrested|charged)\b).*\b(?i:identified|named)\s+as\s+"
               + _NAME + _NAME_END),
    # "No charges for officer who shot Wesley Quarles"
    re.compile(r"\b(?i:who|that)\s+(?i:(?:fatally\s+)?shot|killed|stabbed)\s+(?:\d{1,3}-year-old\s+)?" + _NAME
               + _NAME_END),  # "Two men arrested in drive-by that killed 9-year-old Ximena Avila"
)
"""Where a headline names its happening's victim (not its accused: "Threlkeld charged" is not read)."""
_YEAR = re.compile(r"\b((?:19|20)\d\d)\s+" + KIND + r"\b", re.I)


HONORIFICS = frozenset("officer deputy trooper sgt sergeant det detective cpl corporal lt lieutenant capt captain "
                       "firefighter dr mr mrs ms miss rev pastor coach judge sheriff chief".split())
"""Words of rank or address before a name ("Officer Lorena Castañeda", "Dr. Ana Ruiz"): the name is the rest."""
_OPENERS = frozenset("after before since in at on for with from the a an why how what when where inside outside "
                     "behind near beyond first".split())
"""Words a headline opens with, capitalised there, that no name begins with ("After Elijah Carrington's death")."""


def _victim(name: str) -> str | None:
    """A victim's name as a VICTIM fact holds it (accents off, casefolded, no rank: "Officer Lorena Castañeda" is
    "lorena castaneda"); None where no given name and surname are left."""
    words = name_key(name).split()
    while words and (words[0].rstrip(".") in HONORIFICS or words[0] in _OPENERS):
        words = words[1:]
    return " ".join(words) if len(words) >= 2 else None


TRIAL = "trial "
"""A fact's prefix for the name a headline calls its trial by ("trial hollis saltonstall" of "Jurors Hear Opening
Statements in Hollis Saltonstall Trial"): the victim's or the accused's, so it parts only two trials so named."""
_TRIAL = re.compile(r"\b(?i:in|of)\s+(?:the\s+)?" + _NAME + r"\s+(?i:(?:murder\s+|homicide\s+)?trial)\b")
"""A trial a headline calls by a name: "in Hollis Saltonstall Trial", "of the Tavian Threlkeld murder trial"."""


def headline_people(title: str, own: str) -> set[str]:
    """The victims (VICTIM facts) a headline names, the year it gives its happening (YEAR facts), the name it
    calls a trial by (TRIAL facts) and the US state it places its happening in (headstates.STATE facts). The year is
    read in `own`, the headline without what it recalls of another happening (recalledyears.split_recall, as
    casualties.casualty_facts cuts it): a year recalled as past is no YEAR of its happening, which came that year or
    later (recalledyears.AFTER, casualty_facts' own)."""
    found = {f"{VICTIM}{name}" for pattern in _VICTIMS for m in pattern.finditer(title)
             if (name := _victim(m.group(1))) is not None}
    found |= {f"{TRIAL}{name}" for m in _TRIAL.finditer(title) if (name := _victim(m.group(1))) is not None}
    return found | {f"{YEAR}{year}" for year in _YEAR.findall(own)} | headline_states(title)


def other_victims(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two reports (or groups) each name one victim in their headlines, and not the same: their given
    names or their surnames differ ("Brody Ruelas" and "Brielle Ruelas" are two people)."""
    if not a or not b:
        return False
    mine, theirs = _names(a)[0], _names(b)[0]
    if len(mine) != 1 or len(theirs) != 1:
        return False
    left, right = next(iter(mine)).split(), next(iter(theirs)).split()
    return left[0] != right[0] or left[-1] != right[-1]


def same_victim(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two reports (or groups) name one person at the centre of their happening, given name and surname: a
    victim both in their headlines, or one in its headline and the other in its lead with an age, or someone both
    leads name with an age (NAMED). "Arrest made in killing of Jazmyne Tuiasosopo" and the coroner's naming the day
    after the first reports ("The woman killed in Landing Hill was Jazmyne Tuiasosopo, 26") are one killing, however
    few words the arrest, the trial and the verdict share with the first reports and the naming; so are a profile
    ("Kiara Bledsoe loved to dance", "Bledsoe, 26, taught ...") and the charges that name her so. A surname alone ties
    nothing (the trial of Anh Quarles's killer and the death of Hollis Quarles). On the tuning corpora without dates:
    same_kind13 0.900 -> 0.906, same_kind9 0.871 -> 0.876, same_kind8 0.897 -> 0.900; with dates same_kind13 0.958
    -> 0.962; the rest and ECB+ dev unchanged."""
    if not a or not b:
        return False
    (mine, named_a, short_a), (theirs, named_b, short_b) = _names(a), _names(b)
    return bool(mine & theirs or named_a & named_b or short_a & named_b or short_b & named_a)


NAMES_CACHE = 1 << 16
"""Fact sets whose names _names keeps: grouping asks same_victim of some hundred thousand pairs of a few thousand
sets (ten thousand reports), each set read once."""


@functools.lru_cache(maxsize=NAMES_CACHE)
def _names(facts: frozenset[str]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The VICTIM and NAMED names of `facts`, and each victim's first and last words, as NAMED facts hold a name
    ("mary ann ruiz": "mary ruiz")."""
    victims = frozenset(values(facts, VICTIM))
    return victims, frozenset(values(facts, NAMED)), frozenset(f"{w[0]} {w[-1]}" for w in map(str.split, victims))


def full_names(facts: frozenset[str]) -> frozenset[str]:
    """The people `facts` name in full, by a given name and a surname: NAMED names, and each VICTIM's first and last
    words."""
    _, named, victims = _names(facts)
    return named | victims


def surnames_apart(a: frozenset[str], b: frozenset[str], given_a: frozenset[str] = frozenset(),
                   given_b: frozenset[str] = frozenset()) -> frozenset[str]:
    """The surnames that two reports (or groups) each give with a given name (VICTIM and NAMED facts of `a` and `b`,
    and the names `given_a` and `given_b` their texts write: people.Who.given), never the same one: "Thanh Nguyen"
    and "Tom Nguyen" are two people (see people.acquainted, which asks only of reports months apart: within weeks,
    one family's members are named one report at a time)."""
    if not (a or given_a) or not (b or given_b):
        return frozenset()
    mine, theirs = _with(_given_names(a), given_a), _with(_given_names(b), given_b)
    return frozenset(name for name, given in mine.items() if name in theirs and not given & theirs[name])


@functools.lru_cache(maxsize=NAMES_CACHE)
def _given_names(facts: frozenset[str]) -> dict[str, frozenset[str]]:
    """Each surname of `facts`' VICTIM and NAMED names (_names), with the given names written before it."""
    victims, named, _ = _names(facts)
    return _with({}, victims | named)


def _with(found: dict[str, frozenset[str]], names: frozenset[str]) -> dict[str, frozenset[str]]:
    """`found` (each surname with its given names) with `names` ("minh nguyen") added."""
    if not names:
        return found
    more = {name: set(given) for name, given in found.items()}
    for name in names:
        words = name.split()
        more.setdefault(words[-1], set()).add(words[0])
    return {name: frozenset(given) for name, given in more.items()}


def places_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two reports (or groups) each name one US state (STATE) or one city's police (agencies.POLICE), and not
    the same: two cities' news, as far apart as reports months apart (people.Who.damping)."""
    return one_apart(a, b, STATE) or one_apart(a, b, POLICE)


def named_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two reports (or groups) name other victims in their headlines (other_victims), or each name one trial
    (TRIAL), one year (YEAR), one US state (STATE) or one city's police (agencies.POLICE), and not the same."""
    return other_victims(a, b) or one_apart(a, b, TRIAL) or one_apart(a, b, YEAR) or places_apart(a, b)
