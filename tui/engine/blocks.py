"""The shapes of an article's blocks: whether a block is story (ends like prose) or furniture
(a caption, a credit, a timestamp, a link list, a "Related" line), and the blocks themselves,
unwrapped from hard-wrapped raw text. The cleaner (clean.py) reads metadata from the furniture
and keeps the story; what is furniture is decided by a block's shape, never by one site's wording.
"""

from __future__ import annotations

import functools
import itertools
import re

from tui.engine.bylines import byline, is_bare_by
from tui.engine.chrome import is_page_chrome
from tui.engine.credits import outlet_credit
from tui.engine.datelines import placed_date
from tui.engine.dates import FOREIGN_WEEKDAY_WORDS, WEEKDAY_WORDS, stated_date
from tui.engine.fieldlines import is_field_line
from tui.engine.headerdates import (
    DATE_TEXT,
    PUBLISHED,
    STAMP,
    WEEKDAY_TEXT,
    ends_like_prose,
    is_date_line,
)
from tui.engine.meta import DOMAIN, capitalised_name
from tui.engine.metaline import meta_line
from tui.engine.ownurl import URL
from tui.engine.segment import segment
from tui.engine.textblocks import lines_by_block, wrap_width
from tui.engine.textnorm import line_words

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
    r"|you\s+may\s+(?:also\s+)?like|further\s+reading|(?:sponsored|promoted)\s+(?:stories|content|links))\b\s*[:|»>-]?",
    re.I,
)
_FURNITURE = re.compile(
    r"^\s*(?:advertisement|sponsored(?: content)?|(?:sponsored|presented|supported)\s+by\b.{0,80}"
    r"|story continues below.*|continue reading.*"
    r"|share(?:\s+(?:this|on|via|to|the)\b.{0,40})?|click (?:here|to)\b.*|tap to\b.*"
    r"|send\s+(?:this\s+)?(?:page|article|story|link)\s+to\s+(?:someone|a\s+friend)\b.{0,20}"
    r"|follow\s.{0,40}\bon\s+(?:twitter|x|facebook|instagram|threads|bluesky|linkedin)\b.*"
    r"|this (?:article|story) (?:was|has been|first|originally|is)\b.{0,80}"
    r"|(?:sign up|subscribe)\b.*|follow us\b.*|click here\b.*|all rights reserved.*|copyright\b.*|©.*"
    r"|newspapers (?:in|from) .*|listen to (?:this )?(?:article|story).*|print|email|comments?|tags?:.*|topics?:.*"
    r"|(?:photos?|photographs?|pictures?|images?|video)\s+(?:by|courtesy\s+of)\s+\S.{0,60}"  # "Photo by Name"
    r"|(?:from\s+)?(?:staff|wire)(?:\s+and\s+wire)?\s+reports?|staff\s+report"  # "From staff and wire reports"
    r"|(?:opinion|commentary|guest\s+column|editorial)(?:\s*[|/·]\s*(?:opinion|commentary|guest\s+column|editorial"
    r"|columns?|letters?))*"
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
    r"|editing by\b|writing by\b|compiled by\b|translated\s+(?:from\s+(?:the\s+)?[^\W\d_]+\s+)?by\b)",
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


def _may_link(text: str) -> bool:
    """Whether `text` can hold a URL at all: every form URL matches has a slash or "www.". Most
    paragraphs have neither, and this test is a hundred times cheaper than the pattern."""
    return "/" in text or "www." in text.lower()


def strip_urls(text: str) -> str:
    """Remove links from inside text and tidy the spaces they leave ("see https://... ." as "see."); a space the
    writer set before a colon or a mark stays ("Le Châtelard : la fromagerie", French typography)."""
    if _may_link(text) and (unlinked := URL.sub(" ", text)) != text:
        text = re.sub(r"\s+([,.;:!?])", r"\1", unlinked)
    return " ".join(text.split())


def is_link_block(text: str) -> bool:
    """A block that is mostly links: a link list, a share bar, a source list."""
    if not _may_link(text):
        return False
    links = URL.findall(text)
    if not links:
        return False
    rest = line_words(URL.sub(" ", text))
    return len(rest) <= max(3, len(links) * 3)


RELATED_HEADING_WORDS = 6
"""Words in the longest heading of a list of other stories ("More from Egypt", "Most read")."""


def is_related_link(text: str) -> bool:
    """Whether `text` opens with a label of other stories ("RELATED: Ambulance crews say ...", "Read more: ...")."""
    return _RELATED.match(text) is not None


def is_related_heading(text: str) -> bool:
    """Whether `text` heads a list of other stories after the story ("Related", "More from Egypt", "Most read")."""
    return _RELATED.match(text) is not None and len(line_words(text)) <= RELATED_HEADING_WORDS


_CITATION = re.compile(r"\bvol(?:ume|\.)\s*\d+|\bissue\s+\d+|\bdoi\s*:|\bpp?\.\s*\d+\s*[-–]\s*\d+", re.I)
"""A paper's citation ("*Nursing Safety Quarterly*, vol. 9, issue 1", "doi:10.1000/x", "pp. 12-19")."""
_AUTHORS_LABEL = re.compile(r"^\s*authors?\s*:", re.I)
CITATION_REACH = 2
"""Units above an "Authors:" line searched for the citation of the paper whose authors it names."""


def cited_authors(units: list[str], i: int) -> bool:
    """Whether units[i] is a box's "Authors:" line under the citation of a paper (a study the story reports on): its
    names are the paper's writers, not the article's."""
    return _AUTHORS_LABEL.match(units[i]) is not None and any(
        _CITATION.search(unit) for unit in units[max(0, i - CITATION_REACH):i])


def is_caption(text: str) -> bool:
    """Photo captions end with a credit, in brackets or as a short name after the last sentence."""
    if _PAREN_CREDIT.search(text) or _CAPTION_PREFIX.match(text):
        return True
    if ends_like_prose(text) or len(line_words(text)) > 50:  # captions are a sentence or two
        return False
    tail = _CREDIT_TAIL.search(text)
    return tail is not None and len(line_words(tail.group(1))) <= 6


LINE_CACHE = 1 << 14
"""Lines whose answers is_furniture and is_prose keep: the cleaner asks of a third of an article's lines twice or more
(where its header ends, which lines are its story's, what its foot holds)."""


@functools.lru_cache(maxsize=LINE_CACHE)
def is_furniture(text: str) -> bool:
    """Page furniture that never belongs to a story, whatever its position."""
    return bool(
        _FURNITURE.match(text)
        or _RELATED.match(text)
        or _TIMESTAMP.match(text)
        or (STAMP.match(text) is not None and (not is_prose(text) or _stamp_end(text) is not None))
        or ("@" in text and _EMBED_ATTRIBUTION.search(text))  # both need an "@": most text is spared the search
        or is_link_block(text)
        or ("@" in text and _EMAIL.search(text) is not None and len(line_words(text)) <= 15)
        or (_may_credit(text) and _CONTRIBUTED.search(text) is not None and len(line_words(text)) <= 25)
        or is_page_chrome(text)
    )


def _may_credit(text: str) -> bool:
    """Whether `text` holds a word each credit of _CONTRIBUTED needs: most lines are spared its search."""
    low = text.lower()
    return " by" in low or "contributed" in low


BYLINE_WORDS = 12
"""Words in the longest line that is a byline alone ("By Marta Ilić-Nowak, Jr." ends like a sentence)."""
META_LINE_WORDS = 30
"""Words (its separators counted) in the longest line that is a meta line alone: two authors, the outlet, when
it was published and when updated ("By Eilidh NicLeòid and Calum MacAoidh · Skye Weekly Record · Published 28
August 2025 · Updated 29 August 2025" is 20)."""


_PARTED = re.compile(r"\s[·•|;–—]\s|::\s|\S：")
"""What parts a meta line and seldom a sentence (metaline._SEPARATOR's marks; a sentence's dashes and semicolons
too, but such a sentence is no meta line: every part of one must be understood); a Chinese field's full-width colon
("来源：青岚日报")."""


@functools.lru_cache(maxsize=LINE_CACHE)
def is_prose(text: str) -> bool:
    """Story text: a sentence of a few words, or too long for a heading; not a date alone, a
    byline alone, nor a labelled date line ("Posted Jan. 29, 2019, 6:40 a.m."), nor a short meta line that ends as a
    date may with a full stop ("Új Szó | 2025. március 4.")."""
    words = len(line_words(text))
    if not ((ends_like_prose(text) and words >= 2) or words >= 20) or stated_date(text) is not None:
        return False
    if is_date_line(text):
        return False
    if words <= META_LINE_WORDS and _PARTED.search(text) and meta_line(text) is not None:
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
        if first and len(line_words(first[0].text)) <= LEAD_OBJECT_WORDS:
            rest = rest[first[0].end :].strip()
    if not rest or not is_prose(rest) or is_furniture(rest) or is_caption(rest):
        return None
    return rest


# --- from raw text to blocks --------------------------------------------------------


SITE_NAME_WORDS = 5
"""Words in the longest site's name read from its place alone, atop a copied page over its menu or tagline."""
HEADLINE_WORDS = 15
"""A line this short over a byline in lower case ("by Jane Roe - 03/04/25 9:15 PM") is a headline, which
the byline does not continue; a longer one may be a sentence whose next line opens "by Jane Roe, who"."""


def states_itself(unit: str) -> bool:
    """A unit that is plainly furniture by its own words: a date (a post's "On 16th August 2017" too), a byline or a
    meta line."""
    return (stated_date(unit) is not None or byline(unit) is not None or meta_line(unit) is not None
            or placed_date(unit) is not None or (unit[:3].lower() == "on " and stated_date(unit[3:]) is not None))


def _states_furniture(line: str) -> bool:
    """Whether a line is furniture by its own words (states_itself), or a stamp, or a credit that names its
    publication ("Valentina Suárez-Ibarguren | Río de la Plata Express"), or a clipper's labelled line ("Source: Name
    (domain)"), or a tool's line ("Exported from the reader app")."""
    return (states_itself(line) or STAMP.match(line) is not None or PUBLISHED.match(line) is not None
            or outlet_credit(line) is not None or is_field_line(line) or is_page_chrome(line))


_DAY_FIRST = re.compile(rf"^(?:{WEEKDAY_WORDS}|{FOREIGN_WEEKDAY_WORDS})\.?,?\s+\d", re.I)
"""A line that opens with a weekday and the day's figures ("zo 19 april 2015, 07:40 · Bijgewerkt: ...", "sunnudagur
25. febrúar"): under a byline, the date's line of its own, whatever follows the date."""
_AND_NAME = re.compile(r"\band\s+[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}$")
"""A byline's line that ends with its last writer's name after "and", which a wrap may have cut ("... and Ngũ Đức")."""


_NAME_ENDS = re.compile(r"^[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?,\s")
"""A line that opens with the end of a name and its comma ("Thiện, business reporter")."""


def _byline_goes_on(prev: str, line: str) -> bool:
    """Whether a byline's line whose last writer's name a hard wrap cut goes on in `line` ("By Name, community and local
    schools reporter, and Ngũ Đức" / "Thiện, business reporter"): the next line opens with a name's end and a comma, is
    no byline of its own, and the lines joined name the same people with a longer last name."""
    if (_AND_NAME.search(prev) is None or _NAME_ENDS.match(line) is None or (alone := byline(prev)) is None
            or byline(line) is not None):
        return False
    joined = byline(f"{prev} {line}")
    return joined is not None and joined.startswith(alone.rsplit(" and ", 1)[0]) and len(joined) > len(alone)


def unwrap(text: str) -> list[str]:
    """Blocks of text with hard wraps joined; lines that stand alone stay apart.

    In a wrapped text a line that reaches the wrap column continues on the next
    line. In any text a line followed by one that starts in lower case continues.
    """
    blocks = lines_by_block(text)
    width = wrap_width(blocks)
    units: list[str] = []
    for b, lines in enumerate(blocks):
        current = lines[0]
        for k, (prev, line) in enumerate(itertools.pairwise(lines)):
            # (an address alone reaches the wrap column by its length, not by a wrap: "https://.../amp/..." over a
            # masthead)
            wrapped = width is not None and len(prev) >= 0.6 * width and not URL.fullmatch(prev)
            # (a finished meta line or date line is not continued: "Halden Daily | 4 March 2025" / "by ...")
            continues = (is_bare_by(prev) and stated_date(line) is None) or (
                line[:1].islower() and not ends_like_prose(prev) and not URL.fullmatch(line)  # an address alone
                and not is_page_chrome(line)  # "The Coromandel Courier" over "e-Paper | Subscribe | Sign in"
                and not (meta_line(prev) is not None or stated_date(prev) is not None)
                and not ((dated := stated_date(line)) is not None and (byline(prev) is not None or bool(
                    dated.iso or dated.claimed)))  # "mardi 4 mars 2025"; "petak, 17. studenoga 2017." under anything
                and not (len(prev.split()) <= HEADLINE_WORDS and byline(line) is not None)  # "by Jane Roe - 03/04/25"
                and not (_DAY_FIRST.match(line) is not None and byline(prev) is not None))  # "zo 19 april 2015 · ..."
            # A caption or a furniture line after a finished sentence starts a block of its own; so does a
            # byline, a date or a stamp under a headline that reaches the wrap column ("By Aino Kärkkäinen").
            # So does the site's tagline under its name atop the page ("Halldóra Vésteinsdóttir" / "notes on boats").
            # So does a site's domain alone ("wjxo11.example" under a read-later export's headline).
            apart = DOMAIN.fullmatch(line) is not None or (
                ends_like_prose(prev) and (_CAPTION_PREFIX.match(line) is not None or is_furniture(line))) or (
                wrapped and not ends_like_prose(prev) and _states_furniture(line)) or (
                b == k == 0 and len(prev.split()) <= SITE_NAME_WORDS and capitalised_name(prev) is not None)
            if ((wrapped or continues) and not apart) or _byline_goes_on(prev, line):
                hyphenated = current.endswith("-") and line[:1].islower()
                current = current[:-1] + line if hyphenated else f"{current} {line}"
            else:
                units.append(current)
                current = line
        units.append(current)
    return units
