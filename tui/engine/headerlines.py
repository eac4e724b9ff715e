"""What the lines of an article's header are by their shape: a headline, a site's name over its menu, its tagline
or a station's banner, a masthead beside the date or byline, a newsletter's date and counts, a news release's contact
label. The cleaner (clean.py) reads the header with these.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from tui.engine.blocks import SITE_NAME_WORDS, is_caption, is_furniture, is_prose, states_itself
from tui.engine.bylines import byline
from tui.engine.chrome import ISSUE_PART, is_page_chrome
from tui.engine.credits import credit_line
from tui.engine.dates import MONTH_WORDS, MONTHS_IN_YEAR, month_day, stated_date, weekday_days, year_for
from tui.engine.headerdates import BARE_DATE, ends_like_prose
from tui.engine.meta import (
    OUTLET_JOINERS,
    capitalised,
    capitalised_name,
    is_masthead,
    is_named_masthead,
    is_person_name,
)
from tui.engine.metaline import meta_line
from tui.engine.outletwords import is_section_label
from tui.engine.slashorder import month_first
from tui.engine.textnorm import line_words, uncased

TITLE_WORDS = (3, 30)
"""Words in a headline, fewest and most: fewer is a name (a masthead, a person), more a paragraph."""


def long_headline(units: list[str]) -> bool:
    """Whether the first unit is a headline too long to pass for one alone: no sentence, at most
    TITLE_WORDS[1] words, with a date, byline or meta line right under it. A headline with its site's
    name after it runs past is_prose's twenty words ("Red Cross volunteers install 412 smoke alarms
    in the Flats, where three children died last year - The Corbin Falls Courier")."""
    return (len(units) > 1 and not ends_like_prose(units[0]) and len(line_words(units[0])) <= TITLE_WORDS[1]
            and states_itself(units[1]))


def beside_furniture(units: list[str], i: int, next_lines: frozenset[tuple[str, str]],
                     title: str | None = None, dated: frozenset[str] = frozenset(), titled: bool = False) -> bool:
    """Whether units[i] stands in one block with furniture that states itself: over a date, a
    byline or a meta line ("Valley Post" / "May 22, 2023"), perhaps with a name between them, or
    under a byline ("By Ana Núñez" / "The Ridgeway Observer"); or between a byline and such
    furniture, or between the `title` and such furniture, in blocks of their own (a plain text
    copied with a blank line after every line: headline, "Dziennik Śląski", "7.2.2025"). `dated`: the units
    that stood over a labelled date already taken from the header (take_header_date). With `titled` (the markup gave
    the title, a Markdown # heading, and the text goes on under it), the first unit stands under the title."""
    over = (i + 1 < len(units) and states_itself(units[i + 1])) or units[i] in dated
    if (not over and i + 2 < len(units) and is_person_name(units[i + 1]) and states_itself(units[i + 2])
            and (units[i + 1], units[i + 2]) in next_lines):
        over = True  # "Halden Daily" / "Marta Ilić" / "March 4, 2025": its writer's name between them
    if (not over and i + 2 < len(units) and (is_caption(units[i + 1]) or is_furniture(units[i + 1]))
            and states_itself(units[i + 2])):
        over = True  # "The Šiauliai Observer" / "Photo: Name / Agency" (or "Sponsored by ...") / "29 April 2025"
    after_byline = i > 0 and byline(units[i - 1]) is not None
    after_title = under_title(units, i, title, titled)
    # in one block with the one, or between the two ("By Ana Núñez" / "Halden Daily" / "4 March 2025")
    return (over and i + 1 < len(units) and (units[i], units[i + 1]) in next_lines) or (
        after_byline and (units[i - 1], units[i]) in next_lines) or (over and (after_byline or after_title))


_RELATIVE_TIME = re.compile(r"^\s*\d{1,2}\s*(?:min|mins|minutes?|hr|hrs|hours?|d|days?)\s+ago\s*$", re.I)
"""When a newsletter was posted, as its page says it today ("3 hr ago"): no date, but a date's place."""


def dates_itself(units: list[str]) -> bool:
    """Whether the one unit in `units` is a date alone ("Mar 27, 2020", "Feb 9", "3 hr ago")."""
    return bool(units) and (BARE_DATE.match(units[0]) is not None or _RELATIVE_TIME.match(units[0]) is not None
                            or (month_day(units[0]) is not None and len(units[0].split()) <= 2))


def engagement(units: list[str]) -> bool:
    """Whether the one unit in `units` is a newsletter's count of likes or comments, or a button ("24", "Share")."""
    return bool(units) and (units[0].strip().isdigit() or is_page_chrome(units[0]))


def site_name_over_menu(units: list[str]) -> bool:
    """Whether the first unit is a site's name with no publication's word ("Dunmore Ridge Now", "Le Réveil des
    Franches-Montagnes"): a short line of capitalised words, no figure, at the top of a copied page, right over the
    site's menu or skip link, or over its tagline and then its menu ("Crankshaft & Coffee" / "A blog about old
    motorcycles and the roads they break down on" / "Home | Projects | Rides"), or over a tagline that says news
    (NEWS_TAGLINE)."""
    # "Ministry of Coastal ... and Fisheries", a newsletter's "Notes from Żurawinowo"
    words = [w for w in units[0].split() if w.lower() not in OUTLET_JOINERS and w != "from"]
    return (len(units) > 1 and 1 <= len(words) <= SITE_NAME_WORDS and capitalised_name(" ".join(words)) is not None
            and not any(c.isdigit() for c in units[0]) and not units[0].endswith((".", "!", "?", ":"))
            and (is_page_chrome(units[1]) or (len(units) > 2 and tagline(units[1]) and (
                is_page_chrome(units[2]) or NEWS_TAGLINE.search(units[1]) is not None))))


NEWS_TAGLINE = re.compile(r"\b(?:news|newspaper|newsletter|newsroom|journalism|reporting|weekly)\b", re.I)
"""A tagline that says the name over it is a newsroom's ("Y Ddraig Ogleddol" / "The Welsh society's newspaper for the
northern prairies"; "Quillfield Commons - nonprofit news for Quillfield"), though the name holds no newspaper's
word."""


TAGLINE_WORDS = 14
"""Words in the longest tagline under a site's name ("notes on boats, weather and bread")."""


BANNER = re.compile(r"^\s*(?:breaking(?:\s+news)?|(?:watch\s+)?live(?:\s+now)?|developing|alert|weather\s+alert)\s*:",
                     re.I)
"""A station's banner under its menu ("BREAKING NEWS: Schools closed Wednesday", "LIVE: KWTH 8 Morning Report"),
over another story's headline: the page's, not the article's (read as a tagline, when a headline follows)."""
_FOUNDED = re.compile(r"\b(?:since|est\.?|established|founded)\s+(?:in\s+)?(?:1[6-9]|20)\d\d\b", re.I)
"""The year a tagline says its house was founded ("Serving with Integrity Since 1896"): no date of the article."""


def tagline(unit: str) -> bool:
    """A site's tagline: a short phrase, no sentence, no date or byline; a figure only in its founding year."""
    return (len(unit.split()) <= TAGLINE_WORDS and not ends_like_prose(unit) and not states_itself(unit)
            and not any(c.isdigit() for c in _FOUNDED.sub("", unit)))


_THE_NAME = re.compile(r"^The(?:\s+[^\W\d_][\w'’-]*){1,4}$")
"""A publication's name of "The" and a few words, with no newspaper's word in it ("The Zeeland Tideline")."""


def the_masthead(units: list[str], i: int, title: str | None, titled: bool) -> bool:
    """Whether units[i] is such a name (_THE_NAME, every word capitalised) right under the title and right over a
    byline or a date: a masthead's place. A standfirst there is a sentence, and a section's label ("OPINION") stands
    above the headline."""
    unit = units[i]
    if (not _THE_NAME.match(unit) or not all(capitalised(word) for word in unit.split()[1:])
            or is_person_name(unit) or is_section_label(unit)):
        return False
    return under_title(units, i, title, titled) and i + 1 < len(units) and states_itself(units[i + 1])


MASTHEAD_SLOT_WORDS = 6
SHORT_JOINER = 3
"""Letters in the longest word in lower case that a name by its place may hold: a joiner of any language ("o", "na",
"tal")."""
"""Words in the longest name read as the masthead by its place alone, between the headline and its byline."""
NOT_IN_NAME = re.compile(r"[\d,;:!?|·•/()\[\]\"“”]")
"""What a name by its place alone holds none of: a figure, a sentence's or a list's marks."""


def name_over_byline(units: list[str], i: int, title: str | None, next_lines: frozenset[tuple[str, str]]) -> bool:
    """Whether units[i] is a short name right under the headline, in its block, and right over its byline ("L'aréna
    rouvrira" / "La Voix de Sainte-Euphrosine" / "Par Anaïs Létourmel-Vachard"): the masthead's place, whatever its
    words (a person's name there would be the byline's own). Its words are capitalised but for a name's joiners
    ("del", "tal-Irdum"). A name in a block of its own under the headline may be the story's place ("Glen Rose" /
    "By Margaux L'Hôte")."""
    unit = units[i].strip()
    words = unit.split()
    if not (1 <= len(words) <= MASTHEAD_SLOT_WORDS and i > 0 and i + 1 < len(units)
            and under_title(units, i, title, titled=False) and (units[i - 1], units[i]) in next_lines
            and byline(units[i + 1]) is not None):
        return False
    return (capitalised(words[0]) and NOT_IN_NAME.search(unit) is None and not ends_like_prose(unit)
            and not is_section_label(unit) and not is_page_chrome(unit)
            and all(capitalised(w) or w.lower() in OUTLET_JOINERS or len(w) <= SHORT_JOINER or "-" in w or "'" in w
                    or "’" in w for w in words))


def under_title(units: list[str], i: int, title: str | None, titled: bool) -> bool:
    """Whether units[i] stands right under the headline: the unit above is the `title`, or it opens a text whose
    title the markup gave (`titled`: a Markdown # heading, and the text goes on under it)."""
    return (i > 0 and title is not None and units[i - 1].rstrip(" .:").casefold() == title.casefold()) or (
        i == 0 and titled)


_TRAIL_MARKS = re.compile(r"\s+[|>/»›]\s+")
TRAIL_PART_WORDS = 2
"""Words in the longest part of a section's trail over a headline ("World | Europe", "Cities > Kaveripet")."""


def is_section_trail(unit: str) -> bool:
    """A section's trail over a headline: two or three short parts, capitalised, with no figure and no masthead of a
    name of its own ("Business | Maine", "Canada | Ottawa", "Cities > Kaveripet", "News / Local / Courts"), where a
    headline with its site's name has a headline's words before it ("Bridge closes | Halden Daily")."""
    parts = _TRAIL_MARKS.split(unit.strip())
    return 2 <= len(parts) <= 3 and all(
        1 <= len(part.split()) <= TRAIL_PART_WORDS and all(word[:1].isupper() or word == "&" for word in part.split())
        and not any(c.isdigit() for c in part) and not is_named_masthead(part) for part in parts)


def may_be_title(unit: str) -> bool:
    """A unit of a headline's length and shape: no sentence, date, byline, meta line, credit, section label or trail."""
    return (TITLE_WORDS[0] <= len(line_words(unit)) <= TITLE_WORDS[1] and not is_prose(unit)
            and not is_section_label(unit) and not is_section_trail(unit)
            and meta_line(unit) is None and stated_date(unit) is None and byline(unit) is None
            and not (is_furniture(unit) or is_caption(unit)) and credit_line(unit) is None)



def headline_below(units: list[str], i: int) -> bool:
    """Whether a unit of a headline's shape (may_be_title) stands under units[i] before the story's first paragraph."""
    for unit in units[i + 1:]:
        if is_prose(unit):
            return False
        if may_be_title(unit):
            return True
    return False


MASTHEAD_ALONE_WORDS = 3
"""Words in the longest masthead read as one with no headline under it, unless an article opens it ("The Kells Leader",
"Le Réveil d'Auzerac-Haut"): a longer line with a newspaper's word over a byline and the story is their headline ("Local
Boxer Crowned National Champion", "Local Swimmer Sets National Record")."""
_MASTHEAD_ARTICLES = frozenset("The La Le Les L El Il Lo De Die Der Das Het O A Os As Los Las".split())


def masthead_alone(unit: str) -> bool:
    """Whether a masthead's line with no headline under it (headline_below) is a masthead by its shape: short, or
    opened by an article."""
    words = unit.split()
    return len(words) <= MASTHEAD_ALONE_WORDS or (bool(words) and re.split(r"['’]", words[0])[0] in _MASTHEAD_ARTICLES)


CONTACT_LABEL = re.compile(r"^\s*(?:media|press|news)?\s*(?:contacts?|enquiries|inquiries)\s*:\s*$", re.I)
"""A news release's label over its contact ("Media Contact:", "Press enquiries:")."""


_MASTHEAD_PARTS = re.compile(r"\s+[|·•—–]\s+")
_EDITION = re.compile(r"^(?:edition\s*:?\s*[^\W\d_][\w .'’-]*|[^\W\d_][\w .'’-]*\s+edition)$", re.I)
"""An edition's label beside a masthead ("Edition: Ireland", "UK edition")."""
_ONE_WORD_LABEL = re.compile(r"[^\W\d_][^\W\d_-]*")
"""A section's label of one word, capitalised in any language ("Cultura", "Kultur", "Sport") or in a script without
capitals ("محليات"), beside a masthead."""


def _gives_issue(parts: Iterable[str]) -> bool:
    """Whether one of a line's parts (between _MASTHEAD_PARTS) gives an issue ("Vol. 9, No. 14", "Issue 418")."""
    return any(ISSUE_PART.match(part) for part in parts)


def masthead_with_section(unit: str) -> str | None:
    """The masthead of a line that gives it with its section's or edition's label ("Westerduin Courant · Science",
    "Kilgarvagh Leader | Edition: Ireland") or its issue ("The Quernside Crier · Vol. 9, No. 14 · June 2019"): over the
    headline, none is part of it. None for any other line."""
    parts = _MASTHEAD_PARTS.split(unit.strip())
    if len(parts) > 1 and is_masthead(parts[0]) and _gives_issue(parts[1:]):
        return parts[0]  # "THE QUERNSIDE CRIER · Vol. 9, No. 14 · June 2019": its issue line
    if len(parts) != 2 or not is_masthead(parts[0]):
        return None
    label = parts[1]
    one_word = _ONE_WORD_LABEL.fullmatch(label) is not None and (label[0].isupper() or uncased(label))
    return parts[0] if one_word or is_section_label(label) or _EDITION.match(label) or _YEAR_LABEL.fullmatch(
        label) else None


_ISSUE_MONTH = re.compile(rf"(?:(?:{MONTH_WORDS}|spring|summer|autumn|fall|winter)\.?\s+)?(?P<year>(?:19|20)\d\d)",
                          re.I)
"""The month or season an issue line gives with its year ("June 2019", "Autumn 2022"), not a section's label with its
year ("Election 2024")."""


def issue_year(unit: str) -> int | None:
    """The year a masthead's issue line states with its month or season ("THE QUERNSIDE CRIER · Vol. 9, No. 14 · June
    2019": 2019), which gives a date line without its year ("Tuesday 4 June") its year; None for any other line."""
    if masthead_with_section(unit) is None:
        return None
    parts = _MASTHEAD_PARTS.split(unit.strip())
    return next((int(found["year"]) for part in parts[1:] if (found := _ISSUE_MONTH.fullmatch(part))), None)


_YEAR_LABEL = re.compile(r"[A-Z][\w'’-]+\s+(?:19|20)\d\d")
"""A section's label with its year ("Election 2024", "Budget 2025")."""


_DAY_FIRST_EDITION = re.compile(
    r"\b(?:edition\s*:?\s*(?:the\s+)?(?:ireland|uk|united\s+kingdom|britain|england|scotland|wales|northern\s+ireland"
    r"|australia|new\s+zealand|india|south\s+africa|europe)\b|(?:ireland|uk|australia|new\s+zealand|india|europe)"
    r"\s+edition\b)", re.I)
"""An edition's label naming a country that writes a slashed date day first ("Edition: Ireland", "UK edition")."""
HEADER_LINES = 5
"""Lines at the top of a page read for its edition's label."""


def day_first_edition(units: list[str]) -> bool:
    """Whether the page's top lines name its edition as one of a country that writes dates day first: a slashed
    date of either order on the page ("Posted: 09/04/2024") is then 9 April."""
    return any(_DAY_FIRST_EDITION.search(unit) for unit in units[:HEADER_LINES])


_SLASHED = re.compile(r"(?<![\d/.])(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?:19|20)\d\d(?![\d/])")
"""A slashed date with its year ("13/02/2020", "2/13/2020")."""


def settled_order(units: list[str], day_first: str) -> str | None:
    """A slashed date that could be read either way, read as its page writes dates (`day_first`: its reading day
    first, "2020-02-09" of "09/02/2020"): day first on a page whose edition says so (day_first_edition) or that
    writes another date only day first can read ("Updated: 13/02/2020 08:05"), month first on one that writes another
    only month first can ("Updated: 2/13/2020"); else the reading a few days before a day the story names by its
    weekday (_before_named_day); None where nothing settles it, or the page writes both."""
    if day_first_edition(units):
        return day_first
    orders = {"day" if int(found["first"]) > MONTHS_IN_YEAR else "month"
              for unit in units for found in _SLASHED.finditer(unit)
              if (int(found["first"]) > MONTHS_IN_YEAR) != (int(found["second"]) > MONTHS_IN_YEAR)}
    if orders == {"day"}:
        return day_first
    return month_first(day_first) if orders == {"month"} else (
        None if orders else _before_named_day(units, day_first))


NAMED_DAY_REACH = 14
"""Days after its date within which a story names a day by its weekday ("an open house on Saturday, Oct. 7" in a
release of 10/6/2023): the day its news is for, or was, is near the day it was written."""


def _before_named_day(units: list[str], day_first: str) -> str | None:
    """Of a slashed date's two readings (`day_first`, and month first), the one that falls at most NAMED_DAY_REACH
    days before a day the page names by its weekday in that reading's year or the next (dates.weekday_days), where
    the other does not; None where both or neither do."""
    readings = [r for r in (day_first, month_first(day_first)) if r is not None]
    named = [found for unit in units for found in weekday_days(unit)]
    if len(readings) != 2 or not named:
        return None
    fits = [r for r in readings if any(_named_soon_after(date.fromisoformat(r), found) for found in named)]
    return fits[0] if len(fits) == 1 else None


def _named_soon_after(day: date, named: tuple[int, int, int]) -> bool:
    """Whether the day a story names by its weekday (`named`: month, day, weekday) falls, in `day`'s year or the next
    (dates.year_for: only one of two years in a row puts a day on one weekday), at most NAMED_DAY_REACH days after
    `day`."""
    when = year_for(named, {day.year, day.year + 1})
    return when is not None and 0 <= (date.fromisoformat(when) - day).days <= NAMED_DAY_REACH


def headline_after(units: list[str], i: int, *, past_dates: bool) -> bool:
    """Whether a headline follows units[i] (furniture, section labels, mastheads and a kicker of KICKER_LINE_WORDS
    passed over): units[i] is then the masthead's tagline. Without `past_dates` (units[i] under the masthead's menu, not
    right under the masthead, whose issue line and date may follow its tagline), it must come before any date or
    byline: past them a line is the story's furniture ("Carrowmere News, Tarnbridge" under "Bethan Morcombe"). A
    box's label in capitals ("CASE AT A GLANCE") is no headline."""
    for unit in units[i + 1:]:
        if states_itself(unit):
            if not past_dates:
                return False
            continue
        if not (is_furniture(unit) or is_section_label(unit) or is_masthead(unit)) and (
                len(line_words(unit)) > KICKER_LINE_WORDS):
            return may_be_title(unit) and not unit.isupper()
    return False


KICKER_LINE_WORDS = 2
"""Words in the longest kicker over a headline ("Germany", "LONG READ"), passed over when looking for the headline."""


ISSUE_NAME_WORDS = 5
"""Words in the longest name read over an issue line ("The Kiltaraghan Parish Newsletter")."""


def over_issue(units: list[str], i: int) -> bool:
    """Whether units[i] is a newsletter's or a paper's name over its issue line ("KILTARAGHAN PARISH NEWSLETTER" over
    "Sunday 9 October 2016 · Issue 418"): no headline."""
    return i + 1 < len(units) and len(units[i].split()) <= ISSUE_NAME_WORDS and not ends_like_prose(
        units[i]) and _gives_issue(_MASTHEAD_PARTS.split(units[i + 1]))
