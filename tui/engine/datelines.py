"""A story's opening credit: the dateline ("BELGRADE, 4 March 2025 (Reuters) -", "Berlin (dpa) -",
"(CNN) —") and an agency's prefix ("Shafaq News/ ..."), which name its wire and perhaps its date and
are no part of the story; and a header's line of a dateline's place and the date alone (placed_date)."""

from __future__ import annotations

import re

from tui.engine.bylines import byline
from tui.engine.dates import MAX_DATE_TEXT, MONTH_WORDS, WEEKDAY_WORDS, StatedDate, month_day, stated_date
from tui.engine.meta import LETTER, capitalised

# "WASHINGTON —", "MOSCOW, July 12 (Reuters) -", "LYON, France (AP) --", "BELGRADE, 4 March 2025 —":
# a place in capitals, the rest of it capitalised, an optional date and wire credit, then a dash; or
# a place in ordinary case with a whole date ("Halden (Norway), March 4, 2025 –").
_DATELINE = re.compile(
    rf"^(?P<place>{LETTER}(?:{LETTER}|[.'’-]){{2,}}(?:[ ,]+{LETTER}(?:{LETTER}|[.'’-])+){{0,3}})"
    rf"(?:\s*\((?P<region>{LETTER}(?:{LETTER}|[ .-]){{1,29}})\)(?=,\s))?"
    rf"(?:,\s+(?P<when>(?:{WEEKDAY_WORDS}|{MONTH_WORDS}|\d)[^()—–\n]{{0,30}}?))?"
    rf"(?:(?:\s+-)?\s*\((?P<wire>{LETTER}(?:{LETTER}|[ .&-]){{1,29}})\)"
    rf"|\s+/(?P<newswire>{LETTER}(?:{LETTER}|[ .&-]){{1,39}})/|\s*\((?P<dated>\d[^()\n]{{5,30}})\))?"
    rf"\s*(?:[—–]+|\s-{{1,2}}|\.-)\s+",
    re.I,
)
"""(A press release's dateline names the newswire that carries it between slashes: "TARNBECK, Ore., April 15, 2014
/Keelstone Newswire/ --"; some write the date in brackets: "CALETA LOS ALERCILLOS (12 January 2026) —".)"""
_DATE_AFTER = re.compile(rf"(?P<when>(?:{WEEKDAY_WORDS}|{MONTH_WORDS}|\d)[^()—–\n]{{0,30}}?)\s*(?:[—–]+|\s-{{1,2}})\s+",
                         re.I)
"""A whole date between a dateline's dash and the story's, after its wire: "RUDDHAVEN (The Ruddhaven Ledger) — July 2,
2020 — New bleachers ..."."""
# "(CNN) — ", "(CNN)The president ...": a wire or network credit alone.
_WIRE_WORD = rf"{LETTER}(?:{LETTER}|[.&]){{1,15}}"
_CREDIT_OPENING = re.compile(rf"^\((?P<wire>{_WIRE_WORD}(?: {_WIRE_WORD}){{0,2}})\)\s*(?:[—–-]+\s*)?")
_PREFIX = re.compile(rf"^(?P<outlet>{LETTER}[\w&'’.-]*(?:\s+{LETTER}[\w&'’.-]*){{0,3}})\s?/\s+")


LOWER_CASE_AGENCIES = frozenset({"dpa"})
"""Agencies that write their name in lower case in a dateline (Deutsche Presse-Agentur), and the
place before it in ordinary case ("Berlin (dpa) -")."""
PLACE_CASE_AGENCIES = LOWER_CASE_AGENCIES | frozenset(
    "PAP EFE ANSA CTK ČTK MTI APA Belga ANP NTB TT Ritzau STT HINA Tanjug Lusa Anadolu AA İHA DHA BTA Agerpres TASS"
    " Xinhua".split())
"""Agencies whose datelines write the place in ordinary case ("Warszawa (PAP) -", "Berlin (dpa) -"): the
dateline of any other wire is in capitals, unless a whole date follows its place."""


def _opens_story(rest: str) -> bool:
    """Whether what follows a credit opens the story: a capital, a figure or a quotation mark."""
    return rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in "\"“‘'"


def dateline(text: str) -> tuple[str, str | None, str | None]:
    """The paragraph without its opening dateline, the wire service it credits, and the date
    it states when it states a whole one ("BELGRADE, 4 March 2025 (Reuters) -")."""
    opening = _CREDIT_OPENING.match(text)
    if (opening and text[opening.end() : opening.end() + 1].isupper()
            and all(capitalised(w) for w in opening.group("wire").split())):
        return text[opening.end() :], opening.group("wire"), None
    match = _DATELINE.match(text)
    if not match:
        return text, None, None
    place, *rest_of_place = match.group("place").split(",")
    wire = match.group("wire") or match.group("newswire")
    when = stated_date(match.group("when") or match.group("dated") or "")
    if match.group("dated") and (when is None or when.iso is None):
        return text, None, None  # "ADELAIDE (2 wounded) —": a bracket that is no date
    # "Berlin (dpa) -": such an agency writes its places so; a whole date makes any place a dateline's
    ordinary = wire in PLACE_CASE_AGENCIES or (when is not None and when.iso is not None)
    if match.group("region") and not ordinary:
        return text, None, None
    if not (place.replace(" ", "").replace(".", "").isupper() or (ordinary and all(
            capitalised(w) for w in place.split()))) or not all(
        capitalised(w) for part in rest_of_place for w in part.split()
    ):
        return text, None, None
    if wire is not None and not capitalised(wire) and wire not in LOWER_CASE_AGENCIES:
        return text, None, None
    rest = text[match.end() :]
    if when is None and (after := _DATE_AFTER.match(rest)) is not None and (
            dated := stated_date(after.group("when"))) is not None and dated.iso is not None:
        rest, when = rest[after.end():], dated  # "RUDDHAVEN (The Ruddhaven Ledger) — July 2, 2020 — New bleachers ..."
    if not _opens_story(rest):
        return text, None, None
    if match.group("when") and when is None:  # "COLTS TOP CHIEFS, 20 - 13, ...": a score, not a date
        return text, None, None
    return rest, wire, when.iso if when is not None else None


_LEAD_BYLINE = re.compile(r"^(?P<by>by\s+[^—–]{3,80}?)\s+[—–]+\s+", re.I)
"""A byline between a dateline's dash and the story's: "KVÍGGJANES, Faroe Islands — By Sólja Heðinsdóttir-Mørkøre —
The autumn sheep gathering ..."."""


def lead_byline(text: str) -> tuple[str, str | None]:
    """The paragraph without the byline that opens it before a dash and the story (_LEAD_BYLINE), and its people;
    the paragraph as it is and None when it opens otherwise."""
    found = _LEAD_BYLINE.match(text)
    if found is None or not _opens_story(text[found.end():]) or (people := byline(found["by"])) is None:
        return text, None
    return text[found.end():], people


_EAST_ASIAN_CREDIT = re.compile(
    r"^(?:[〔\[【（(]\s*(?:記者|记者)\s*(?P<name>[^／/〕\]】）)\s]{2,6})\s*[／/]\s*[^〕\]】）)]{1,12}?(?:報導|报道)\s*[〕\]】）)]"
    r"|\((?P<place>[^=()]{1,12})=(?P<outlet>[^=()]{2,20})\)\s*(?P<korean>[\uac00-\ud7a3]{2,4})\s*기자\s*=)\s*")
"""A Taiwanese or Korean story's opening credit: "〔記者 許雅婷／屏東報導〕", "(솔포=동녘바다신문) 최유진 기자 =" (the
place, the paper, the reporter)."""


def lead_credit(text: str) -> tuple[str, str | None, str | None]:
    """The paragraph without the credit that opens it (_EAST_ASIAN_CREDIT), its reporter and its paper; the paragraph
    as it is and None twice when it opens otherwise."""
    found = _EAST_ASIAN_CREDIT.match(text)
    if found is None:
        return text, None, None
    return text[found.end():], found["name"] or found["korean"], found["outlet"]


def dateline_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a wire's dateline that gives them without a year ("KAUNAS, Jan 16 (Baltic Wire) -"); None
    when `text` opens with no such dateline."""
    match = _DATELINE.match(text)
    if match is None or not match.group("wire") or not match.group("when") or dateline(text)[1] is None:
        return None
    return month_day(match.group("when"))


def outlet_prefix(text: str) -> tuple[str, str | None]:
    """Split an agency prefix ("Shafaq News/ US Defense Secretary ...") off a lead paragraph."""
    match = _PREFIX.match(text)
    if not match or not all(capitalised(w) for w in match.group("outlet").split()):
        return text, None
    rest = text[match.end() :]
    if not _opens_story(rest):
        return text, None
    return rest, match.group("outlet").strip()


US_STATES = frozenset(
    """ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. ky. la. md. mass. mich. minn. miss. mo.
    mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c. s.d. tenn. vt. va. wash. w.va. wis. wyo.
    alaska hawaii idaho iowa maine ohio texas utah d.c.""".split())
"""The states as a US dateline writes them (AP's abbreviations, and the eight names it spells out)."""


def us_dateline(text: str) -> bool:
    """Whether `text` opens with a US dateline ("FALLON CREEK, Ky. —", "HARLOW SPRINGS, Ohio (WDXH) —"): the story
    was written where a slashed date runs month first."""
    return _dateline_region(text) in US_STATES


CANADIAN_PROVINCES = frozenset(
    """ont. ontario que. quebec québec b.c. alta. alberta man. manitoba sask. saskatchewan n.s. n.b. nfld. n.l. p.e.i.
    y.t. n.w.t. nunavut""".split())


def canadian_dateline(text: str) -> bool:
    """Whether `text` opens with a Canadian dateline ("NORHAVEN LAKES, Ont. -"): the story was written where a slashed
    date runs in either order."""
    return _dateline_region(text) in CANADIAN_PROVINCES


def _dateline_region(text: str) -> str:
    """The state or province (lower case) after the place of the dateline `text` opens with ("ky.", "ont."); "" where
    it opens with none."""
    found = _DATELINE.match(text)
    parts = [p.strip() for p in found.group("place").split(",")] if found is not None else []
    return parts[-1].lower() if len(parts) >= 2 else ""


_PLACE_COMMA = re.compile(r",\s+")
_UPDATE_LABELS = frozenset({"UPDATED", "MODIFIED", "LAST", "EDITED", "REVISED", "CORRECTED"})
"""An update's label in capitals before a date ("UPDATED Oct 10, 2018"), which no dateline's place is."""
CAPITALS_PLACE_WORDS = 3
"""Words of the longest dateline's place in capitals read right before a date with no comma between (a page's dateline
and date side by side: "ISTANBUL Oct 09, 2018 - 4:12 pm GMT+3")."""
PLACE_PARTS = 2
"""Parts of the longest place before a date on its line ("KÉKSZIGET, Hungary"); PLACE_PART_WORDS words in each."""
PLACE_PART_WORDS = 3


def placed_date(text: str) -> StatedDate | None:
    """The date of a line that is a dateline's place and the date, nothing more ("KÉKSZIGET, Hungary, 12 March 2024",
    "Tromsø, 4. mars 2025", "ISTANBUL Oct 09, 2018 - 4:12 pm GMT+3"); None for any other line."""
    if len(text) > MAX_DATE_TEXT or not any(c.isdigit() for c in text):
        return None
    words = text.split()
    for k in range(1, min(CAPITALS_PLACE_WORDS, len(words) - 1) + 1):
        if not (words[k - 1].isupper() and words[k - 1].isalpha() and len(words[k - 1]) > 1
                and words[k - 1] not in _UPDATE_LABELS):
            break
        if (found := stated_date(" ".join(words[k:]))) is not None and found.iso is not None:
            return found
    for comma in _PLACE_COMMA.finditer(text):
        parts = [part.split() for part in text[: comma.start()].split(",")]
        if len(parts) > PLACE_PARTS:
            return None
        if all(1 <= len(words) <= PLACE_PART_WORDS and all(w[:1].isupper() for w in words) for words in parts) and (
                found := stated_date(text[comma.end():])) is not None and found.iso is not None:
            return found
    return None
