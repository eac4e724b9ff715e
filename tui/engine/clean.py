"""Turn an article's raw text into a clean body plus the metadata its furniture gives away.

Real articles arrive hard-wrapped, with captions, bylines, timestamps, link lists,
embedded posts, "Related" lines and footers around the story. The rules here are
general: they look at the shape of a block (does it end like prose, is it a name,
a credit, a list of links) rather than at any one site's wording. What a block of
furniture says about the article (masthead, byline, date line, author bio) is kept
as metadata before the block is dropped. Unknown beats wrong, so nothing is read
from the story's own prose or from links inside it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from tui.engine.chrome import is_page_chrome
from tui.engine.credits import agency_byline, agency_credit, credit_line, is_agency_byline, outlet_credit, staff_credit
from tui.engine.dates import find_date, stated_date, year_for
from tui.engine.extract import Extracted
from tui.engine.footnotes import read_foot
from tui.engine.found import Found
from tui.engine.headerdates import (
    BARE_DATE,
    DATE_TEXT,
    PUBLISHED,
    STAMP,
    WEEKDAY_TEXT,
    ends_like_prose,
    take_header_date,
    update_stamp,
)
from tui.engine.meta import (
    byline,
    copyright_notice,
    dateline,
    is_bare_by,
    is_job_title,
    is_masthead,
    is_named_masthead,
    is_person_name,
    names_a_job,
    outlet_from_url,
    outlet_prefix,
    person_case,
    url_date,
)
from tui.engine.metaline import meta_line
from tui.engine.ownurl import URL, own_url
from tui.engine.segment import segment
from tui.engine.textblocks import lines_by_block, wrap_width
from tui.engine.titlesite import cut_site


@dataclass(frozen=True, slots=True)
class Cleaned:
    """A clean body (paragraphs separated by blank lines) and metadata, None when unknown."""

    body: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None
    updated: str | None = None
    """The date of the page's update stamp (see model.Article.updated)."""


# --- shapes of blocks -------------------------------------------------------------

_EMBED_ATTRIBUTION = re.compile(
    r"[—–-]\s*[^—–()]{1,60}\(@\w{1,30}\)\s*(?:[A-Z][a-z]+\.? \d{1,2}, \d{4})?\s*$"  # — name (@handle) July 12, 2024
    r"|^\s*[—–-]\s*@\w{1,30}\b"  # — @handle
)
_TIMESTAMP = re.compile(
    r"^\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?|\d+\s+min(?:ute)?s?\s+read"
    r"|\d+\s+(?:minutes?|hours?|days?)\s+ago)\s*$",
    re.I,
)
_RELATED = re.compile(
    r"^\s*(?:related(?:\s+(?:articles?|stories|content|topics|coverage|reading|links?))?|read\s+(?:more|also|next)"
    r"|see\s+also|more\s+(?:on|from|about)\b|also\s+read|recommended|most\s+(?:read|popular)|trending"
    r"|you\s+may\s+(?:also\s+)?like|further\s+reading)\b\s*[:|»>-]?",
    re.I,
)
_FURNITURE = re.compile(
    r"^\s*(?:advertisement|sponsored(?: content)?|story continues below.*|continue reading.*"
    r"|share(?:\s+(?:this|on|via|to|the)\b.{0,40})?|click (?:here|to)\b.*|tap to\b.*"
    r"|follow\s.{0,40}\bon\s+(?:twitter|x|facebook|instagram|threads|bluesky|linkedin)\b.*"
    r"|this (?:article|story) (?:was|has been|first|originally|is)\b.{0,80}"
    r"|(?:sign up|subscribe)\b.*|follow us\b.*|click here\b.*|all rights reserved.*|copyright\b.*|©.*"
    r"|newspapers (?:in|from) .*|listen to (?:this )?(?:article|story).*|print|email|comments?|tags?:.*|topics?:.*"
    r"|(?:twitter|facebook|linkedin|whatsapp|telegram|reddit|pinterest|x|threads|bluesky|email|copy link)"
    r"(?:\s*[|/·,]\s*\w+)*)\s*$",
    re.I,
)
_CREDIT_WORDS = (
    r"Getty|Images?|Photo|Photograph|Photography|AP|AFP|Reuters|EPA|Shutterstock|Pool|Credit|Courtesy|File|"
    r"Bloomberg|Alamy|Xinhua|Sputnik|TASS|Anadolu|NurPhoto|SOPA|UPI|Handout|Ministry|Press Service"
)
_PAREN_CREDIT = re.compile(r"\((?:[^()]*/[^()]*|[^()]*\b(?:" + _CREDIT_WORDS + r")\b[^()]*)\)\s*$")
_CAPTION_PREFIX = re.compile(
    r"^\s*(?:photo|image|picture|photograph|caption|video|watch|file photo|image source|image caption"
    r"|media caption|photo credit)\b\s*[:|,-]",
    re.I,
)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
_CONTRIBUTED = re.compile(
    r"\b(?:contributed (?:to )?(?:this )?(?:report|story|reporting|article)|(?:additional )?reporting by\b"
    r"|editing by\b|writing by\b|compiled by\b)",
    re.I,
)
_CREDIT_WORD = r"(?:[A-Z][\w'&.-]*|of|the|and|for|/)"
_CREDIT_TAIL = re.compile(rf"[.!?]\s+({_CREDIT_WORD}(?:\s+{_CREDIT_WORD}){{0,5}})$")

# Furniture that may open a paragraph of story text ("Updated 10:32 a.m. EST. The council
# voted...", "Photo: Reuters. The council...", "Read more: ... The council..."): the label
# and what it labels are dropped, the sentences after them kept.
_CLOCK = r"\d{1,2}[:.]\s?\d{2}(?::\d{2})?(?:\s*(?i:[ap]\.?m\.?))?(?:\s*(?:[A-Z]{2,4}|[+-]\d{2}:?\d{2})\b)?"
_AGO = r"(?:\d+|an?)\s+(?i:min(?:ute)?s?|hours?|hrs?|days?)\s+(?i:ago)|(?i:just\s+now)"
_STAMP_LEAD = re.compile(
    rf"^\s*(?i:(?:last\s+)?(?:updated|modified|edited))(?:\s+(?i:on|at))?\s*(?P<sep>[:|\u2013\u2014-]?)\s*"
    rf"(?P<when>(?:(?:{WEEKDAY_TEXT}{DATE_TEXT}|{_CLOCK}|{_AGO})[\s,;|]*(?i:at\s+)?)*)[\s.:;,|\u2013\u2014-]*"
)
_LABEL_LEAD = re.compile(_CAPTION_PREFIX.pattern + "|" + _RELATED.pattern, re.I)
_CREDIT_LEAD = re.compile(rf"^(?:(?:{_CREDIT_WORDS})\b[\s/,;]*)+(?=[A-Z])")
LEAD_OBJECT_WORDS = 10
"""After a caption or "Read more" label, a first sentence this short is what the label
labels (a credit, a caption, a linked headline) and goes with it; a longer one is story."""


def _words(text: str) -> list[str]:
    return text.split()


def _may_link(text: str) -> bool:
    """Whether `text` can hold a URL at all: every form URL matches has a slash or "www.". Most
    paragraphs have neither, and this test is a hundred times cheaper than the pattern."""
    return "/" in text or "www." in text.lower()


def strip_urls(text: str) -> str:
    """Remove links from inside text and tidy the spaces they leave."""
    if _may_link(text):
        text = URL.sub(" ", text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    return " ".join(text.split())


def _is_link_block(text: str) -> bool:
    """A block that is mostly links: a link list, a share bar, a source list."""
    if not _may_link(text):
        return False
    links = URL.findall(text)
    if not links:
        return False
    rest = _words(URL.sub(" ", text))
    return len(rest) <= max(3, len(links) * 3)


def _is_caption(text: str) -> bool:
    """Photo captions end with a credit, in brackets or as a short name after the last sentence."""
    if _PAREN_CREDIT.search(text) or _CAPTION_PREFIX.match(text):
        return True
    if ends_like_prose(text) or len(_words(text)) > 50:  # captions are a sentence or two
        return False
    tail = _CREDIT_TAIL.search(text)
    return tail is not None and len(_words(tail.group(1))) <= 6


def is_furniture(text: str) -> bool:
    """Page furniture that never belongs to a story, whatever its position."""
    return bool(
        _FURNITURE.match(text)
        or _RELATED.match(text)
        or _TIMESTAMP.match(text)
        or (STAMP.match(text) is not None and (not is_prose(text) or _stamp_end(text) is not None))
        or ("@" in text and _EMBED_ATTRIBUTION.search(text))  # both need an "@": most text is spared the search
        or _is_link_block(text)
        or ("@" in text and _EMAIL.search(text) is not None and len(_words(text)) <= 15)
        or (_CONTRIBUTED.search(text) is not None and len(_words(text)) <= 25)
        or is_page_chrome(text)
    )


BYLINE_WORDS = 12
"""Words in the longest line that is a byline alone ("By Marta Ilić-Nowak, Jr." ends like a sentence)."""


def is_prose(text: str) -> bool:
    """Story text: a sentence of a few words, or too long for a heading; not a date alone, nor a
    byline alone."""
    words = len(_words(text))
    if not ((ends_like_prose(text) and words >= 2) or words >= 20) or stated_date(text) is not None:
        return False
    return not (words <= BYLINE_WORDS and byline(text) is not None)


def _stamp_end(text: str) -> int | None:
    """Where an "Updated ..." stamp opening `text` ends; None when "Updated" opens a sentence
    ("Updated figures show...") rather than a stamp (no date, time or separator after it)."""
    found = _STAMP_LEAD.match(text)
    if found is None or not (found.group("sep") or found.group("when").strip()):
        return None
    return found.end()


def split_lead(text: str) -> str | None:
    """The story sentences of a paragraph that opens with furniture, or None when it does not
    (or nothing but furniture is there). "Updated 10:32 a.m. EST. The council voted on Tuesday."
    gives "The council voted on Tuesday."; "Photo: Reuters. The council..." and "Read more: Why
    the port matters. The council..." give "The council..." too."""
    end = _stamp_end(text)
    if end is not None:
        rest = text[end:].strip()
    else:
        label = _LABEL_LEAD.match(text)
        if label is None:
            return None
        rest = _CREDIT_LEAD.sub("", text[label.end() :].strip())
        first = segment(rest)[:1]
        if first and len(_words(first[0].text)) <= LEAD_OBJECT_WORDS:
            rest = rest[first[0].end :].strip()
    if not rest or not is_prose(rest) or is_furniture(rest) or _is_caption(rest):
        return None
    return rest


# --- from raw text to blocks --------------------------------------------------------


def unwrap(text: str) -> list[str]:
    """Blocks of text with hard wraps joined; lines that stand alone stay apart.

    In a wrapped text a line that reaches the wrap column continues on the next
    line. In any text a line followed by one that starts in lower case continues.
    """
    blocks = lines_by_block(text)
    width = wrap_width(blocks)
    units: list[str] = []
    for lines in blocks:
        current = lines[0]
        for prev, line in itertools.pairwise(lines):
            wrapped = width is not None and len(prev) >= 0.6 * width
            # (a finished meta line or date line is not continued: "Halden Daily | 4 March 2025" / "by ...")
            continues = (is_bare_by(prev) and stated_date(line) is None) or (
                line[:1].islower() and not ends_like_prose(prev) and not URL.fullmatch(line)  # an address alone
                and not (meta_line(prev) is not None or stated_date(prev) is not None))
            # A caption or a furniture line after a finished sentence starts a block of its own.
            apart = ends_like_prose(prev) and (_CAPTION_PREFIX.match(line) is not None or is_furniture(line))
            if (wrapped or continues) and not apart:
                hyphenated = current.endswith("-") and line[:1].islower()
                current = current[:-1] + line if hyphenated else f"{current} {line}"
            else:
                units.append(current)
                current = line
        units.append(current)
    return units


# --- the cleaner --------------------------------------------------------------------


def _body_start(units: list[str]) -> int:
    """Index of the first unit of the story: the first of two prose units in a row; failing that,
    the first prose unit that only furniture separates from the next or from the end: a story of
    one paragraph above a copyright line still has a header above it (title, byline, date)."""
    for i, unit in enumerate(units):
        if is_prose(unit) and not is_furniture(unit) and (i + 1 >= len(units) or is_prose(units[i + 1])):
            return i
    story = [i for i, unit in enumerate(units) if not is_furniture(unit)]
    for i, after in itertools.zip_longest(story, story[1:]):
        if is_prose(units[i]) and (after is None or is_prose(units[after])):
            return i
    return 0


TITLE_WORDS = (3, 30)
"""Words in a headline, fewest and most: fewer is a name (a masthead, a person), more a paragraph."""


def _read_header(units: list[str], found: Found, *, titled: bool, guess: bool,
                 next_lines: frozenset[tuple[str, str]] = frozenset()) -> set[int]:
    """Take masthead, title, byline, meta line and date from the units before the story.

    `titled` says the title is known already (from the page's markup); a meta line is read
    once a title has been seen, or when it holds a byline. With `guess` False (a page whose
    markup gave the title) only what states itself is read: bylines, dates, meta lines; no
    masthead, title or bare name is guessed. `next_lines` are the pairs of lines that follow each
    other in one block of the text: a line right under the masthead, with a headline-like line
    after it, is the masthead's tagline. Returns the indices of header units to drop.
    """
    drop: set[int] = set()
    masthead_at: int | None = None
    for i, unit in enumerate(units):
        question_title = guess and i == 0 and unit.endswith(("?", "!")) and len(_words(unit)) <= 15
        long_title = guess and i == 0 and _long_headline(units)
        if is_prose(unit) and not (question_title or long_title):
            continue
        drop.add(i)
        line = meta_line(unit)
        # Above the title, a meta line is read when it holds a byline, or a masthead and a date
        # ("Halden Daily | 4 March 2025"); a headline with a date after it is neither.
        above = line is not None and (line.author is not None or (
            line.date is not None and line.outlet is not None and is_masthead(line.outlet)))
        if line is not None and (titled or found.title is not None or above):
            found.offer("outlet", line.outlet)
            found.offer("author", line.author)
            found.offer_date(line.date)
        elif line and guess and line.outlet and line.date and len(_words(line.outlet)) >= TITLE_WORDS[0]:
            found.offer("title", line.outlet)  # "Storm Shuts Old Bridge | 4 March 2025": a headline, its date
            found.offer_date(line.date)
        elif (stated := stated_date(unit)) is not None:
            found.offer_date(stated)
        elif BARE_DATE.match(unit) and not STAMP.match(unit):
            found.offer_date(find_date(unit))
        elif (name := byline(unit)) is not None:
            found.offer("author", name)
        elif (found.outlet is None and (titled or found.title is not None) and is_named_masthead(unit)
              and not names_a_job(unit) and _beside_furniture(units, i, next_lines)):
            found.offer("outlet", unit)  # "Valley Post" on its own line, by the date or byline in its block
        elif (found.author is None and i + 1 < len(units) and (unit, units[i + 1]) in next_lines
              and is_job_title(units[i + 1]) and is_person_name(name := person_case(unit), stated=True)):
            found.offer("author", name)  # "MARÍA JOSÉ GARCÍA" over "Staff Writer": a credit in two lines
        elif (staff := staff_credit(unit)) is not None:
            found.offer("outlet", staff)  # "By Halden Daily staff": no person named, the outlet is
        elif (wire := agency_byline(unit)) is not None:
            found.offer("wire", wire)  # "By The Associated Press": the outlet if nothing else names one
        elif is_furniture(unit) or _is_caption(unit) or is_agency_byline(unit):
            continue
        elif (credit := credit_line(unit)) is not None and credit[1] is not None:
            found.offer_credit(credit[0])  # "Ana Núñez, Halden Daily correspondent": the job states both
            found.offer("outlet", credit[1])
        elif not guess:
            continue  # a page's line without "by" or a job may be its picture's credit
        elif (named := outlet_credit(unit)) is not None:
            found.offer_credit(named[0])  # "Marta Ilić, Halden Daily" in a plain text's header
            found.offer("outlet", named[1])
        elif (agency := agency_credit(unit)) is not None:
            found.offer_credit(agency[0])  # "Marta Ilić, Reuters": the outlet if nothing else names one
            found.offer("wire", agency[1])
        elif found.outlet is None and found.title is None and is_masthead(unit):
            found.offer("outlet", unit)
            masthead_at = i
        elif found.title is not None and unit.casefold() == found.title.casefold():
            continue
        elif credit is not None:  # read above, with no publication beside the name
            if credit[0] != unit:  # a bare name ("Alice Springs") may be a place: only a job beside it says
                found.offer_credit(credit[0])
                found.offer("outlet", credit[1])
        elif (masthead_at == i - 1 and (units[i - 1], unit) in next_lines
              and i + 1 < len(units) and _may_be_title(units[i + 1])):
            continue  # the masthead's tagline ("Independent news since 1919"): the headline follows
        elif long_title or _may_be_title(unit):
            found.offer("title", unit.rstrip(" .:"))
    return drop


def _long_headline(units: list[str]) -> bool:
    """Whether the first unit is a headline too long to pass for one alone: no sentence, at most
    TITLE_WORDS[1] words, with a date, byline or meta line right under it. A headline with its site's
    name after it runs past is_prose's twenty words ("Red Cross volunteers install 412 smoke alarms
    in the Flats, where three children died last year - The Corbin Falls Courier")."""
    return (len(units) > 1 and not ends_like_prose(units[0]) and len(_words(units[0])) <= TITLE_WORDS[1]
            and _states_itself(units[1]))


def _beside_furniture(units: list[str], i: int, next_lines: frozenset[tuple[str, str]]) -> bool:
    """Whether units[i] stands in one block with furniture that states itself: over a date, a
    byline or a meta line ("Valley Post" / "May 22, 2023"), or under a byline ("By Ana Núñez" /
    "The Ridgeway Observer"); or between a byline and such furniture, in blocks of their own."""
    over = i + 1 < len(units) and _states_itself(units[i + 1])
    under = i > 0 and byline(units[i - 1]) is not None
    # in one block with the one, or between the two ("By Ana Núñez" / "Halden Daily" / "4 March 2025")
    return (over and (units[i], units[i + 1]) in next_lines) or (under and (units[i - 1], units[i]) in next_lines) or (
        over and under)


def _states_itself(unit: str) -> bool:
    """A unit that is plainly furniture by its own words: a date, a byline or a meta line."""
    return stated_date(unit) is not None or byline(unit) is not None or meta_line(unit) is not None


def _may_be_title(unit: str) -> bool:
    """A unit of a headline's length and shape: no sentence, date, byline, meta line or credit."""
    return (TITLE_WORDS[0] <= len(_words(unit)) <= TITLE_WORDS[1] and not is_prose(unit)
            and meta_line(unit) is None and stated_date(unit) is None and byline(unit) is None
            and not (is_furniture(unit) or _is_caption(unit)) and credit_line(unit) is None)


_URL_YEAR = re.compile(r"/(?P<year>(?:19|20)\d\d)/")


def _furniture_years(units: list[str], url: str | None) -> set[int]:
    """Years the furniture states: copyright lines, update and publication stamps, the address."""
    years: set[int] = set()
    for unit in units:
        if (notice := copyright_notice(unit)) is not None:
            years.add(notice[0])
        elif ((STAMP.match(unit) or PUBLISHED.match(unit)) and is_furniture(unit)
              and (stamp := find_date(unit)) and stamp.claimed):
            years.add(int(stamp.claimed[:4]))
    if url and (in_url := _URL_YEAR.search(url)):
        years.add(int(in_url.group("year")))
    return years


def _copyright_holder(units: list[str]) -> str | None:
    """The publication a copyright line names ("© 2025 Halden Daily"), when it is one."""
    holders = (notice[1] for unit in units if (notice := copyright_notice(unit)) is not None)
    return next((holder for holder in holders if is_masthead(holder)), None)


def _is_byline(unit: str) -> bool:
    """A byline or a meta line in lower case ("by Ana Núñez | Halden Daily"), which continues no sentence."""
    return byline(unit) is not None or meta_line(unit) is not None


def _join_interrupted(units: list[str]) -> list[str]:
    """Rejoin a sentence cut by an interruption: a unit that stops mid-sentence and a later
    one that continues in lower case, with only furniture between them."""
    out: list[str] = []
    pending: int | None = None  # index in `out` of a unit that stopped mid-sentence
    for unit in units:
        if pending is not None and unit[:1].islower() and not (is_furniture(unit) or _is_byline(unit)):
            out[pending] = f"{out[pending]} {unit}"
            pending = None if ends_like_prose(unit) else pending
            continue
        if pending is not None and not (is_furniture(unit) or _is_caption(unit)):
            pending = None
        out.append(unit)
        stops_short = not ends_like_prose(unit) and len(_words(unit)) >= 5
        if pending is None and stops_short and not is_furniture(unit):
            pending = len(out) - 1
    return out


def clean_text(doc: Extracted) -> Cleaned:
    """Clean `doc`'s text and settle its metadata: stated, then page metadata, then guesses."""
    found = Found()
    units = unwrap(doc.text)

    url, units = own_url(units)  # alone at the top or under the title, or labelled ("Source: https://...")
    found.offer("url", url)
    top = _body_start(units)  # the header's units; past the third, a date is read only where a label says so
    units = [take_header_date(u, found, labelled_only=i >= 3) if i < max(3, top) else u for i, u in enumerate(units)]
    units = [u for u in (strip_urls(u) if not _is_link_block(u) else "" for u in units) if u]
    units = [split_lead(u) or u for u in units]

    units = _join_interrupted(units)
    start = _body_start(units)
    stated = {**doc.hints, **doc.stated}
    next_lines = frozenset(pair for lines in lines_by_block(doc.text) for pair in itertools.pairwise(lines))
    drop = _read_header(units[:start], found, titled="title" in stated, guess=doc.kind == "text",
                        next_lines=next_lines)
    _read_header(doc.furniture, found, titled=True, guess=False,
                 next_lines=frozenset(itertools.pairwise(doc.furniture)))
    lines = units  # all of them, furniture at the foot included, for copyright lines and stamps
    units = [u for i, u in enumerate(units) if i not in drop]

    body = [u for u in units if is_prose(u) and not (is_furniture(u) or _is_caption(u))]
    # A bio, a credit ("Reporting by Marta Ilić"), a note of origin ("Originally published by ...").
    body = read_foot(body, lines, found, doc.bios)
    wire = None
    if body:
        first, wire, when = dateline(body[0])
        found.offer("date", when)
        body[0], prefix_outlet = outlet_prefix(first)
        found.offer("outlet", prefix_outlet)

    # A title carrying its site's name ("Bridge to close - Halden Daily"; front matter's is cut as it is
    # read): the headline, and the site as the outlet when nothing else names one.
    title_site = None
    title = stated.get("title") or found.title
    if title is not None and "title" not in doc.stated:
        title, title_site = cut_site(title)

    url = stated.get("url") or found.url
    guessed = found.date
    if guessed is None and found.yearless is not None:
        guessed = year_for(found.yearless, _furniture_years(lines + doc.footer, url))
    if guessed is None and url:
        guessed = url_date(url)
    # A weekday that contradicts the stated day makes every guess at the date untrusted, and
    # the page's own date too when it is that same day (read from the same line).
    page_date = doc.hints.get("date")
    date = doc.stated.get("date") or (page_date if page_date not in found.doubted else None) or (
        None if found.doubted else guessed)
    outlet = (stated.get("outlet") or found.outlet or title_site or (outlet_from_url(url) if url else None) or wire
              or found.wire or _copyright_holder(lines + doc.footer))
    return Cleaned(
        body="\n\n".join(p for p in body if p),
        title=title,
        outlet=outlet,
        author=stated.get("author") or found.author,
        date=date,
        url=url,
        updated=update_stamp(lines),
    )
