"""A web page's publication date: the day its headline shows, or the one its tags and text state, not the day it
was last changed nor an event's it announces (read by tui.engine.extract, which has trafilatura's guess)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from tui.engine.dates import MONTHS_IN_YEAR, find_date, iso_date, stated_date, stated_days
from tui.engine.found import Found
from tui.engine.headerdates import STAMP, STAMP_WORDS, take_header_date, without_update
from tui.engine.metaline import meta_line
from tui.engine.pagetree import generator

_MODIFIED_KEYS = frozenset({"article:modified_time", "og:updated_time", "datemodified", "last-modified", "modified"})
_PUBLISHED_KEYS = frozenset({"article:published_time", "og:published_time", "datepublished", "date", "pubdate",
                             "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.created"})
_JSON_DATE = re.compile(r'"date(?P<kind>Modified|Published|Created)"\s*:\s*"(?P<value>[^"]+)"')


def _line_date(line: str) -> str | None:
    """The publication date one line of a page's furniture shows (see shown_date); None where it shows none."""
    if _WHEN_LABEL.match(line):
        return None  # an event's time
    if (bare := stated_date(line)) is not None and bare.iso is not None:
        return bare.iso
    seen = Found()
    take_header_date(line, seen)
    if seen.date is not None:
        return seen.date
    if (meta := meta_line(line)) is not None and meta.author is not None and meta.date is not None and (
            (first := find_date(line)) is not None and first.iso == meta.date.iso is not None):
        return meta.date.iso  # "By Rohan D'Abreo-Kamat | Dec 06, 2025 08:15 IST", over a caption's "Dec 5, 2025"
    return None


def shown_date(furniture: list[str], tagged: str | None = None) -> str | None:
    """The publication date a line at the page's headline shows (`furniture`: "Published Tuesday 17 April 2018",
    "Tuesday 28 November 2017", "Tuesday, Feb. 24, 2015 8:10 p.m. EST"), or a byline's line gives beside the name
    ("By Rohan D'Abreo-Kamat | Dec 06, 2025 08:15 IST"), the first such; None where none does. An update stamp is not
    one. Where the line also states the day the page's tags give (`tagged`), that day: the line writes the date twice
    ("Objavljeno / Published: 10. listopada 2024. / 10 October 2024": Croatian's "listopada" is October, Polish's
    November)."""
    for line in furniture:
        if (day := _line_date(line)) is not None:
            return tagged if tagged is not None and tagged in stated_days(without_update(line)) else day
    return None


def publication_date(tree: Any, html: str, found: str) -> str:
    """`found` (trafilatura's date), unless it is only when the page was last changed: then the
    one publication date the page states, or "" when it states none. An update is not the
    publication, and trafilatura takes the change time when it misses the publication's."""
    if (shown := _shown_local_day(tree, found)) is not None:
        return shown
    if _file_stamp(tree, found):
        return ""
    modified: set[str] = set()
    published: set[str] = set()
    universal: set[str] = set()  # the publication's days as stamps in UTC give them
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        names = (element.get("property"), element.get("name")) if element.tag == "meta" else ()
        key = str(next((n for n in (*names, element.get("itemprop")) if n), "")).lower()
        value = str(element.get("content") or element.get("datetime") or "")
        when = iso_date(value)
        if when and key in _MODIFIED_KEYS:
            modified.add(when)
        elif when and key in _PUBLISHED_KEYS:
            published.add(when)
            if _UTC.search(value):
                universal.add(when)
    for stated in _JSON_DATE.finditer(html):
        if when := iso_date(stated.group("value")):
            (modified if stated.group("kind") == "Modified" else published).add(when)
            if stated.group("kind") != "Modified" and _UTC.search(stated.group("value")):
                universal.add(when)
    if found in universal and len(local := published - universal) == 1 and _days_apart(found, next(iter(local))) == 1:
        return next(iter(local))  # "2024-11-09T06:45:00Z" and "2024-11-08T20:45:00-10:00": the page's own day
    if found in published:
        return found
    stating = _stating(tree, found)
    if _EVENT_TIME.search(html) and _only_when(tree, html, found, stating):
        return next(iter(published)) if len(published) == 1 else ""  # the fest-noz's night, not the page's
    if _only_outside(stating) or _only_in_sentences(tree, found, stating) or _only_in_captions(stating):
        return next(iter(published)) if len(published) == 1 else ""
    if found not in modified and not _only_stamped(stating):
        return "" if _from_slashes_alone(tree, html, found) else found
    return next(iter(published)) if len(published) == 1 else ""


_UTC = re.compile(r"T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)\s*$")
"""A stamp's time in UTC ("2024-11-09T06:45:00Z"): its day may be the next or the last of the place's own."""


def _shown_local_day(tree: Any, found: str) -> str | None:
    """The day a <time> element shows in its text where its datetime, in UTC, is `found` and a day off ("<time
    datetime="2021-01-12T04:30:00.000Z">Monday, January 11, 2021, 8:30 PM PST</time>"): the page's own day."""
    for element in tree.iter("time"):
        stamp = str(element.get("datetime") or "")
        if _UTC.search(stamp) and iso_date(stamp) == found and (shown := find_date(element.text_content())) and (
                shown.iso is not None and _days_apart(shown.iso, found) == 1):
            return shown.iso
    return None


def _days_apart(a: str, b: str) -> int:
    """Days between two ISO dates."""
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


_FILE_KEYS = frozenset({"created", "changed", "modified", "date"})
"""The head tags an office suite's export dates its file with (LibreOffice's "created" and "changed")."""
_OFFICE_SUITES = ("libreoffice", "openoffice", "microsoft word", "microsoft office", "google docs")
"""The makers whose head tags date a file, not a publication (their `generator`)."""


def _file_stamp(tree: Any, found: str) -> bool:
    """Whether the date `found` is only an office suite's export stamp ("created", "changed"), which the page's text
    never states: when the file was written or saved, not when the article was published."""
    if not generator(tree).startswith(_OFFICE_SUITES):
        return False
    stamps = {iso_date(str(m.get("content") or "")) for m in tree.iter("meta")
              if str(m.get("name") or "").lower() in _FILE_KEYS}
    return found in stamps and found not in stated_days(str(tree.text_content()))


def _stating(tree: Any, found: str) -> list[Any]:
    """The page's elements whose own text states the date `found`, in the page's order: one walk
    of the page, read only when the markup leaves trafilatura's date unexplained."""
    year = found[:4]  # a whole date states its year: a cheap test before the date patterns
    return [element for element in tree.iter()
            if isinstance(element.tag, str) and element.text and year in element.text
            and (day := find_date(element.text)) is not None and day.iso == found]


_EVENT_TIME = re.compile(r'"(?:startDate|endDate|doorTime)"\s*:\s*"(?P<value>[^"]+)"|\bWhen\s*:', re.I)
"""An event's time in the page: its JSON-LD's "startDate", or a "When:" label in an event's box."""


def _only_when(tree: Any, html: str, found: str, stating: list[Any]) -> bool:
    """Whether the page gives its date `found` only as an event's time: its JSON-LD Event's start or end, or the
    text after a "When:" label (`stating`: the elements whose text states it), never as the page's publication."""
    events = {iso_date(m["value"]) for m in _EVENT_TIME.finditer(html) if m["value"]}
    labelled = [element for element in tree.iter("time") if iso_date(str(element.get("datetime") or "")) == found]
    shown = [element for element in (*stating, *labelled) if element.tag != "script"]  # the JSON-LD is `events`
    whens = [element for element in shown if _WHEN_LABEL.match(_block_text(element))]
    return (found in events or bool(whens)) and all(element in whens for element in shown)


_WHEN_LABEL = re.compile(r"^\s*when\s*:", re.I)
"""An event box's label of its time ("When: Saturday 18 May 2024, 8.30pm"), which is no publication's."""


def _holder(element: Any, tags: frozenset[str]) -> Any | None:
    """The nearest of `element` and its ancestors whose tag is one of `tags`; None where none is."""
    return next((up for up in (element, *element.iterancestors()) if up.tag in tags), None)


_LABELLED_BLOCKS = frozenset({"p", "li", "div", "dd", "td", "section", "article"})
"""Blocks that hold a date with its label ("When: ...")."""


def _block_text(element: Any) -> str:
    """The text of the paragraph or item that holds `element` (itself when it is one): where its label is."""
    holder = _holder(element, _LABELLED_BLOCKS)
    return str((element if holder is None else holder).text_content())


def _only_stamped(stating: list[Any]) -> bool:
    """Whether the page's text states its date (`stating`: the elements that do) as a change time
    ("<p>Updated: 5 March 2025</p>") and no other short line of it states that day ("4 March 2025"
    beside "Updated: 4 March 2025 14:00")."""
    short = [element.text for element in stating if len(element.text.split()) <= STAMP_WORDS]
    return bool(short) and all(STAMP.match(text) for text in short)


def _only_outside(stating: list[Any]) -> bool:
    """Whether the page's text states its date (`stating`: the elements that do) only outside its
    story: in the page's footer ("Page generated 6 March 2025") or its navigation; trafilatura's
    date search reads the whole page. (A footer inside `<article>` or `<main>` holds the story's
    furniture, and so may a sidebar: "By Name, 30 January 2025".)"""
    for element in stating:
        tags = [element.tag, *(up.tag for up in element.iterancestors())]
        if "nav" not in tags and ("footer" not in tags or "article" in tags or "main" in tags):
            return False
    return bool(stating)


def _only_in_captions(stating: list[Any]) -> bool:
    """Whether the page states its date (`stating`: the elements that do) only in its pictures' captions: a photograph's
    day ("Photo: Gwydion ap Caradog-Vesey, 11 June 2017"), not the story's."""
    return bool(stating) and all(
        any(up.tag == "figcaption" for up in (element, *element.iterancestors())) for element in stating)


SENTENCE_WORDS = 25
"""Words of a paragraph past which a date in it is a sentence's ("... at its meeting on Tuesday 15 March 2022 in the
village hall."): a stamp or a byline's line is shorter (STAMP_WORDS)."""


def _only_in_sentences(tree: Any, found: str, stating: list[Any]) -> bool:
    """Whether the page gives its date `found` only inside the story's sentences, as the day of something it tells of
    (in a paragraph of more than SENTENCE_WORDS words, as a <time> or as text), never on a line of its own: no
    publication's."""
    shown = [*stating, *(element for element in tree.iter("time")
                         if iso_date(str(element.get("datetime") or "")) == found)]
    return bool(shown) and all(len(_paragraph_text(element).split()) > SENTENCE_WORDS for element in shown)


_BLOCKS = frozenset({"li", "div", "dd", "td", "section", "article", "aside", "header", "footer", "main", "body",
                     "h1", "h2", "h3", "h4", "h5", "h6"})
"""Blocks that are no paragraph: a date in one is on a line of the page's, not in a story's sentence."""


def _paragraph_text(element: Any) -> str:
    """The text of the paragraph (<p>) that holds `element`; "" where a block of another kind holds it first."""
    holder = _holder(element, _BLOCKS | {"p"})
    return str(holder.text_content()) if holder is not None and holder.tag == "p" else ""


_SLASHED = re.compile(r"(?<![\d/-])(\d{1,2})([/-])(\d{1,2})\2((?:19|20)\d\d)(?!\d)")


def _from_slashes_alone(tree: Any, html: str, found: str) -> bool:
    """Whether trafilatura's date can only come from a slashed or dashed date whose order the page
    does not settle: "04/03/2025" and "04-03-2025" are 4 March or April 3, and trafilatura reads
    them day first. It stands when
    the page states it otherwise too: in ISO (an attribute, its URL), or in words ("4 March 2025")."""
    try:
        year, month, day = (int(part) for part in found.split("-"))
    except ValueError:
        return False
    if day > MONTHS_IN_YEAR or day == month:
        return False  # one order only
    forms = {(day, month, year), (month, day, year)}
    if not any((int(a), int(b), int(c)) in forms for a, _, b, c in _SLASHED.findall(html)):
        return False
    if found in html or found.replace("-", "/") in html:
        return False
    return not any(iso_date(line) == found for line in tree.text_content().splitlines() if line.strip())
