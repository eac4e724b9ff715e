"""The date a header line states with its label ("Published: 4 March 2025", "Posted on ... by
...", "Headline 4 March 2025"), taken from the line before the header is read (see clean.py).

Apart from the cleaner so that each stays short; the patterns here are the loose ones news
furniture prints ("July 12, 2024", "2024-07-12 10:32"), the strict reading is dates.py's.
"""

from __future__ import annotations

import re

from tui.engine.bylines import byline, opens_byline
from tui.engine.chrome import ISSUE_NUMBER, VOLUME, edition_masthead, is_page_chrome
from tui.engine.dates import WEEKDAY_WORDS, StatedDate, date_span, find_date, stated_date
from tui.engine.found import Found
from tui.engine.meta import is_masthead, word_parts
from tui.engine.metaline import DAY_FIRST_PUBLISHED, PUBLISHED_WORDS, UPDATE_LABEL, UPDATE_STEMS, meta_line
from tui.engine.outletwords import is_outlet_word
from tui.engine.titlesite import is_section_name

STAMP = re.compile(rf"^\s*{UPDATE_LABEL}[\s:]*", re.I)
"""An update stamp's label (metaline.UPDATE_LABEL): when the page was changed, not published."""
# A date as articles print it ("2024-07-12", "July 12, 2024", "12th July 2024"), and a time after it.
DATE_TEXT = (
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|\d{4}\s+[A-Za-z]{3,9}\.?\s+\d{1,2})"
)
TIME_TEXT = (
    r"(?:(?:[ T,]+|\s+at\s+|\s+à\s+)(?:\d{1,2}:\s?\d{2}(?::\d{2})?|\d{1,2}\s?h\s?\d{2}\b)(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*[A-Z]{2,4}|Z|[+-]\d{2}:?\d{2})?)?"
)
"""A time after a date, and its zone: "14:05", "6:45 p.m. EDT", and as Quebec and France write it, "6 h 30"."""
WEEKDAY_TEXT = r"(?:[A-Za-z]+,?\s+)?"
# "date 2024-07-12 ...", "Published: July 12, 2024 ...", "For immediate release: 29 October 2024", "Issue date: Friday
# 30 January 2026": a labelled date opening a header line.
_COLON_LABELS = r"(?:date[d]?|published|posted|filed|publication\s+date|edition)"
"""A date's labels that _DATE_LABEL reads with their colon before any date; _DATE_LINE reads them and more."""
_DATE_LINE = re.compile(
    rf"^\s*(?:{_COLON_LABELS}|pubdate|first published|for\s+immediate\s+release"
    r"|(?:issue|edition)\s+date)(?:\s+on)?\s*[:\-]?\s*"
    rf"(?P<date>{WEEKDAY_TEXT}{DATE_TEXT}{TIME_TEXT})\s*",
    re.I,
)
_DATE_LABEL = re.compile(rf"^\s*{_COLON_LABELS}\s*:\s*", re.I)
"""A date's label with its colon ("Date: 04/06/2022"), before a date _DATE_LINE's loose forms do not hold."""
_STAMP_TAIL = re.compile(
    rf"\s(?P<kind>posted|published|updated)(?:\s+on)?\s*:?\s*(?P<date>{DATE_TEXT}){TIME_TEXT}.*$", re.I
)
_UPDATE_AFTER = re.compile(rf"\s*[,;|·(]?\s*{UPDATE_LABEL}.*$", re.I)
"""An update stamp after a publication stamp on one line, which is not the publication's date."""
_STAMP_ADVERB = re.compile(r"(?:originally|first|last|also)", re.I)
"""A word that opens a publication stamp ("Originally published ..."): what is left of the line once its date is read
is nothing."""
_FIRST_POSTED = re.compile(
    rf"\b(?:first|originally)\s+(?:posted|published)\s*:?\s*(?:on\s+)?(?P<date>{DATE_TEXT})", re.I)
"""The publication date an update stamp gives after its own ("Last updated: 30 Sep 2022, 18:40 (first posted: 29 Sep
2022, 07:10)")."""
_FIRST_SAME_DAY = re.compile(
    r"^\s*updated\s+(?P<date>.+?)\s*[-–—,]\s*\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?,?\s+first\s+published\s+\d{1,2}[:.]\d{2}"
    r"\s*[ap]\.?m\.?\s*$", re.I)
"""An update stamp whose first publication gives its time alone, the same day ("Updated February 19 2018 - 4:42pm,
first published 6:00am", as Australian regional papers print it): the update's day is the publication's."""
PUBLISHED = re.compile(rf"^\s*{PUBLISHED_WORDS}\b", re.I)
STAMP_LINE_WORDS = 20
"""Words in the longest line that opens with a publication label and is a stamp, not a sentence: "Publié le 12 mars
2025 à 07h45, mis à jour le 13 mars 2025 à 10h02" is 16."""
"""A publication stamp's label (metaline.PUBLISHED_WORDS), as a line opens with it."""
_DAY_FIRST_LABEL = re.compile(rf"^\s*{DAY_FIRST_PUBLISHED}\b", re.I)
_DATE_TAIL = re.compile(rf"\s(?:on\s+)?(?P<date>{DATE_TEXT}){TIME_TEXT}\s*$", re.I)
# A word that makes a date part of a headline's own sentence ("Ten years since the floods of 4 March
# 2015"): that date is the story's, not the article's.
_WORD_BEFORE_STORY_DATE = re.compile(
    r"\b(?:of|since|from|until|till|to|after|before|in|at|by|between|and|the|than|for|through|during)\s*$", re.I)
_LABEL_BEFORE_DATE = re.compile(
    r"\b(?:deadlines?|closing|closes|due|expires?|event|when|until|starts?|ends?|opens?|applications?|entries|"
    rf"registration|tickets?)\b[^:|·•]*:\s*(?:(?:{WEEKDAY_WORDS}),?\s*)?$", re.I)
"""The label of another date than the story's just before a line's closing date, its weekday between ("Deadline for
applications: Friday 31 March 2017"; not "Story Created: Aug 7, 2012")."""
_WEEKDAY_LEFT = re.compile(rf"\s*[|·•–—-]\s*(?:{WEEKDAY_WORDS}),?\s*$", re.I)
"""A date's weekday left after a separator once the date is taken from a line's end ("| Thursday,")."""
BARE_DATE = re.compile(rf"^\s*{WEEKDAY_TEXT}{DATE_TEXT}{TIME_TEXT}\s*$", re.I)
# A date line with its update stamp after it ("March 4, 2025 9:15 PM GMT+1 Updated 2 hours ago", "Tue Jun 14, 2022
# 09:45 PM   Last update on: Wed Jun 15, 2022 10:12 AM"): the date it opens with is the publication's.
_DATE_THEN_STAMP = re.compile(
    rf"^\s*(?P<date>{WEEKDAY_TEXT}{DATE_TEXT}{TIME_TEXT})(?:\s*[+-]\d{{1,2}}(?::?\d{{2}})?)?"
    rf"\s*[|·•,;–—(-]?\s*(?:last\s+update(?:d)?(?:\s+on)?|updated|modified)\b.{{0,40}}$", re.I)
# A date line with a counter of comments or views after it, as a template left it ("25 September 2018 04:15 pm -
# 4     - {{hitsCtrl.values.hits}}"): nothing but numbers and unfilled placeholders follow the date.
_DATE_THEN_COUNTER = re.compile(
    rf"^\s*(?P<date>{WEEKDAY_TEXT}{DATE_TEXT}{TIME_TEXT})(?:\s*[|·•–—-]\s*(?:\d+|\{{\{{[^{{}}]*\}}\}}))+\s*$", re.I)


_CLOSERS = "\"'”’»)]"
"""What may close a sentence after its punctuation."""


def is_date_line(text: str) -> bool:
    """A header line that is a labelled date and nothing more ("Posted Jan. 29, 2019, 6:40 a.m."): its closing full
    stop is an abbreviation's, not a sentence's."""
    match = _DATE_LINE.match(text)
    return match is not None and not text[match.end():].strip()


_SENTENCE_ENDS = ".!?…:;。！？։።।॥۔؟"
"""What ends a sentence: the Latin marks, the Chinese and Japanese full stops, Armenian's "։", Amharic's "።", the
danda of Hindi and Bengali ("।", "॥"), Urdu's full stop and the Arabic question mark."""


def ends_like_prose(text: str) -> bool:
    """A body paragraph ends with sentence punctuation (perhaps inside a closing quote, or before
    `''`). Read from the end: a regular expression searched for from the start (as it was) tried
    every position of every paragraph, for the same answer (tests/test_clean.py)."""
    end = text.rstrip()
    last = end.rstrip(_CLOSERS)[-1:]
    if last and last in _SENTENCE_ENDS:
        return True
    if end.endswith(("''", "``")):
        last = end[:-2].rstrip()[-1:]
        return bool(last) and last in ".!?…"
    return False


_PAGE_NUMBER = re.compile(r"^(?:(?P<before>[A-Z]?\d{1,3})\s+)?(?P<rest>.+?)"
                          r"(?:\s+(?:(?i:page|pg\.?|p\.)\s*)?(?P<after>[A-Z]?\d{1,3}))?$")
"""A print page's number (or a section's letter and number, "A8") at either end of its running head, perhaps
labelled at its end ("... JUNE 7, 2017. PAGE 9")."""
_SECTION_FIRST = re.compile(r"^(?P<section>[A-Z][A-Z&]+(?:\s+(?!THE\b)[A-Z][A-Z&]+)?)\s+(?=\S)")
"""A section's name in capitals opening a running head ("SPORT Sunday 26 November 2017 THE WESTERN CLARION 54")."""
FOLIO_WORDS = 14
"""Words in the longest running head of a print page."""


def numbered_folio(line: str) -> tuple[str, StatedDate] | None:
    """A running head (folio) with its page's number, which no meta line has ("A8 THE VERLAINE COUNTY LEADER
    THURSDAY, JUNE 14, 2018"); None for any other line."""
    bare = line.strip().rstrip(".")
    if not (bare[:2].isalnum() and any(c.isdigit() for c in bare[:2])) and not bare[-1:].isdigit():
        return None  # (no figure at either end: no page's number)
    numbered = _PAGE_NUMBER.match(bare)
    return folio(line) if numbered is not None and (numbered["before"] or numbered["after"]) else None


def folio(line: str) -> tuple[str, StatedDate] | None:
    """The publication and the date of a print page's running head, as a PDF's or an e-edition's text keeps it ("The
    Saltinghurst Journal Friday 5 December 2025 17", "A8 THE VERLAINE COUNTY LEADER THURSDAY, JUNE 14, 2018"): a page
    number, a section, a masthead and a whole date and nothing else; None for any other line."""
    if not 3 <= len(line.split()) <= FOLIO_WORDS or not any(c.isdigit() for c in line) or not any(
            is_outlet_word(part.strip(",.")) for part in word_parts(line)):
        return None  # (no newspaper's word, no masthead: passed over before the dearer search for a date)
    numbered = _PAGE_NUMBER.match(line.strip().rstrip("."))
    for text in ((numbered["rest"],) if numbered else ()) + (line.strip().rstrip("."),):
        if (span := date_span(text)) is None:
            continue
        name = f"{text[:span[0]]} {text[span[1]:]}".strip(" ,.|·")
        name = " ".join(name.split())
        if (section := _SECTION_FIRST.match(name)) is not None and (is_section_name(
                section["section"]) or not is_masthead(name)):
            name = name[section.end():]  # "SPORT", not "THE" of "THE UMTHOMBO HERALD"
        if is_masthead(name):
            return name, span[2]
    return None


def without_update(stamp: str) -> str:
    """A publication stamp without the update stamp after it ("Published 06.10.2021 08:00 · Updated 14.10.2021")."""
    low = stamp.lower()  # (a line holding no stem of the label's words is not searched: see UPDATE_STEMS)
    return _UPDATE_AFTER.sub("", stamp) if any(stem in low for stem in UPDATE_STEMS) else stamp


_SCORE = re.compile(r"^(?P<first>[^\W\d_][\w'’.&-]*)(?:\s+[^\W\d_][\w'’.&-]*){0,3}\s+\d{1,3}(?:\s*[–-]\s*\d{1,3})?$")
"""A side's name and score in a results line ("Carnavar 2", "Ballycorrin Harps 0–11")."""
_NOT_SIDES = frozenset("vol volume issue no number page edition section part chapter season episode series week day "
                       "round year class grade route".split())
"""Words of a paper's or a programme's number that open a part of a score's shape ("Volume 9 · Issue 14")."""
_POLL = re.compile(r"^\s*(?:(?:reader\s+|readers['’]?\s+)?poll|survey|quiz)\s*[:·•|—–-]|\bpoll\s+closes\b", re.I)
"""A reader poll set under a headline ("POLL · Should the ferry run all year? ... · Poll closes 28 June 2025")."""
_RESULT_PARTS = re.compile(r"\s*[·•|]\s*")


def results_or_poll(unit: str) -> bool:
    """Whether `unit` is a match's results line ("Carnavar 2 · Kilbrisk 1 · Saturday 30 March 2019") or a reader poll:
    its date is the match's, or the poll's closing, never the story's."""
    if _POLL.search(unit):
        return True
    sides = [score for part in _RESULT_PARTS.split(unit) if (score := _SCORE.match(part.strip("*_ ")))]
    return len([side for side in sides if side["first"].lower().rstrip(".") not in _NOT_SIDES]) >= 2


def take_header_date(unit: str, found: Found, *, labelled_only: bool = False) -> str:
    """Date labels in a header line give the date and are removed.

    A leading `date 2024-07-12` or `Published: ...`; a trailing `Posted: Sep 27, 2013 5:50 PM`
    (and any `Updated: ...` after it, which is not the publication date); a date line with an
    update stamp after it (`March 4, 2025 9:15 PM GMT+1 Updated 2 hours ago`); and, unless
    `labelled_only` (a line further down the header, where a teaser's headline may end with its
    own date), a trailing date after a headline that does not end like a sentence. A meta line
    ("Halden Daily · 4 March 2025 · by Marta Ilić") is left whole for the header reader.
    """
    if (edition := edition_masthead(unit)) is not None:
        found.offer("outlet", edition)  # "The Kilcorrig Champion - e-Edition"
        return ""
    if is_page_chrome(unit) or results_or_poll(unit):
        return unit  # "Printed from The Tallowmoor Courant on 2 December 2026": the site's, not the story's
    if (twin := _twin_date(unit)) is not None:
        found.offer_date(twin)
        return ""
    # "A8 THE VERLAINE COUNTY LEADER THURSDAY, JUNE 14, 2018", "THE RANGIMARU EXPRESS, MONDAY, MAY 4, 2015.": a print
    # page's head, its number beside it, which no meta line has; or in capitals, which the header reader would pass
    # over, as it ends as a sentence does
    capitals = unit.isupper() and ends_like_prose(unit)
    if (page := numbered_folio(unit) or (folio(unit) if capitals else None)) is not None:
        found.offer("outlet", page[0])
        found.offer_date(page[1])
        return ""
    match = _DATE_LINE.match(unit)
    if (line := meta_line(unit)) is not None and (line.author is not None or line.outlet is not None or not match):
        return unit  # read whole by the header reader; a labelled date and its stamp alone are read here
    if (page := folio(unit)) is not None:
        found.offer("outlet", page[0])  # "SPORT Sunday 26 November 2017 THE WESTERN CLARION": a head no meta line reads
        found.offer_date(page[1])
        return ""
    if (dated := _DATE_THEN_STAMP.match(unit) or _DATE_THEN_COUNTER.match(unit)) is not None:
        found.offer_date(find_date(dated.group("date")))
        return ""
    if match and (stated := find_date(match.group("date"))) is not None:
        found.offer_date(stated)
        rest = unit[match.end() :].strip()
        if STAMP.match(bare := rest.lstrip("|·•–—-,;").strip()):
            rest = bare  # "| UPDATED: ...": the stamp, on its own
        if opens_byline(rest):  # "Posted on 22 May 2023 by admin": the byline goes with its label
            found.offer("author", byline(rest))
            return ""
        return rest
    if (label := _DATE_LABEL.match(unit)) is not None and (stated := stated_date(unit[label.end():])) is not None and (
            stated.day_first or stated.yearless):
        found.offer_date(stated)  # "Date: 04/06/2022": either order, for the page's locale or dateline to settle
        return ""
    if STAMP.match(unit) and (first := _FIRST_POSTED.search(unit)) is not None:
        found.offer_date(find_date(first.group("date")))  # "Last updated: 30 Sep 2022 (first posted: 29 Sep 2022)"
        return ""
    if (same_day := _FIRST_SAME_DAY.match(unit)) is not None and (stated := stated_date(same_day["date"])) is not None:
        found.offer_date(stated)  # "Updated February 19 2018 - 4:42pm, first published 6:00am": that day
        return ""
    if ends_like_prose(unit) or STAMP.match(unit):
        return unit  # an "Updated" stamp is not the publication date
    if PUBLISHED.match(unit) and len(_words(unit)) <= STAMP_LINE_WORDS:  # "Published 10:32 AM EST, Fri July 12, 2024"
        published = without_update(unit)  # "Publié le 12/09/2022 à 07h15, mis à jour le 13/09/2022": not 13th
        # "Posted 5:48 AM, Saturday, September 16": a date without its year, for the copyright's year
        stated = find_date(published) or stated_date(PUBLISHED.sub("", published, count=1).strip(" :"))
        if stated is None and byline(unit) is None:
            return unit  # no date, no name: Medium's "Published in The Kettlemoor Review", for the header reader
        if stated is not None and stated.day_first and _DAY_FIRST_LABEL.match(unit):
            stated = StatedDate(iso=stated.day_first, claimed=stated.day_first)  # "Publié le 04/03/2025": 4 March
        found.offer_date(stated)
        found.offer("author", byline(unit))  # "Posted by Marta Ilić on 4 March 2025"
        return ""
    stamp = _STAMP_TAIL.search(unit)
    if stamp:
        if stamp.group("kind").lower() != "updated":
            found.offer_date(find_date(stamp.group("date")))
        rest = unit[: stamp.start()].strip()
        return "" if _STAMP_ADVERB.fullmatch(rest) else rest  # "Originally published February 22, 2018": no name
    tail = None if labelled_only else _DATE_TAIL.search(unit)
    before = unit[: tail.start()] if tail else ""
    # (a date before it: "4 March 2025 - 5 March 2025", a span, no one date)
    if tail and len(_words(before)) >= 3 and not _WORD_BEFORE_STORY_DATE.search(before) \
            and not _LABEL_BEFORE_DATE.search(before) and find_date(before) is None:
        found.offer_date(find_date(tail.group("date")))
        return _WEEKDAY_LEFT.sub("", unit[: tail.start()]).strip()  # "Headline | Thursday, May 22, 2014": its weekday
    return unit


_TWIN_PARTS = re.compile(r"\s+[|·•/]\s+")


def _twin_date(unit: str) -> StatedDate | None:
    """The day a line states twice, in two languages ("14 March 2022 · 14. März 2022", "4 de febrero de 2015 |
    February 4, 2015"), as an edition in translation gives it; None for any other line."""
    parts = _TWIN_PARTS.split(unit.strip())
    if len(parts) != 2:
        return None
    first, second = (stated_date(part) for part in parts)
    return first if first is not None and second is not None and first.iso and first.iso == second.iso else None


STAMP_WORDS = 15
"""Words in the longest line read as an update stamp ("Updated: 10:28 AM CDT Oct 3, 2019")."""


def update_stamp(units: list[str]) -> str | None:
    """The date of the first update stamp among a page's lines, ISO; None when there is none."""
    for unit in units:
        if STAMP.match(unit) and len(_words(unit)) <= STAMP_WORDS and (found := find_date(unit)) and found.iso:
            return found.iso
    return None


def _words(text: str) -> list[str]:
    return text.split()


_ISSUE_LINE = re.compile(
    r"^\s*(?:this\s+(?:article|story|piece|feature)\s+(?:appears|appeared|ran)\s+in\s+the\s+(?:print\s+)?"
    r"(?:issue|edition)\s+(?:of|dated)|from\s+the\s+(?:print\s+)?(?:issue|edition)\s+(?:of|dated)"
    r"|(?:published|printed)\s+in\s+the\s+print\s+edition\s+of"
    rf"|{VOLUME}\s*[,.]?\s*{ISSUE_NUMBER}\s*[|·—–-])\s+(?P<date>.+?)"
    r"(?:\s*[|·—–,-]\s*(?:[$£€]\s?\d+(?:\.\d\d)?|\d+p|page\s+[A-Z]?\d+))?\.?\s*$",
    re.I)
"""A magazine's issue line with the issue's day ("This article appears in the issue of 6 June 2016"), and a paper's
volume and issue with its day ("Vol. CIV, No. 12 | Thursday, October 3, 2019", a price or a page after it: "Vol. 112 No.
36 | Thursday, Sept. 8, 2022 | $1.50", "Published in the print edition of 5 May 2021, page 3"; not "Volume 58, Issue 12
— Spring 2021")."""


def issue_date(units: list[str]) -> str | None:
    """The day a magazine's issue line names, ISO: the article's date only where nothing else dates it; None where
    no issue line names a whole day ("From the April 2024 issue")."""
    for unit in units:
        if (line := _ISSUE_LINE.match(unit)) is not None and (stated := stated_date(line["date"])) and stated.iso:
            return stated.iso
    return None
