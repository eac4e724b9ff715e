"""The site's name from a page's <title> element: "Port reopens after storm damage – The Baltic Ledger".

Pages title themselves "Headline | Site" (or, more rarely, "Site | Headline"). trafilatura keeps
the headline and only takes a part that looks like a domain as the site's name, so a page with no
`og:site_name` or JSON-LD publisher would lose the outlet its own title states. The other part is
read as the outlet only when the headline is confirmed by the page's own <h1>, the part is a short
capitalised name (not a date, not a sentence) and not one of the names sites give their sections.
A feed's title names its publication beside a section's name the same way (feed_outlet).
"""

from __future__ import annotations

import re

from tui.engine.meta import (
    DOMAIN,
    MAX_OUTLET_WORDS,
    capitalised_name,
    is_menu_word,
    is_named_masthead,
    outlet_from_url,
)
from tui.engine.textnorm import uncased

# " | ", " – ", " — ", " - ", " · ", " • ", " » ", " ~ ", " :: ", " // ": a separator with space on both sides,
# between a headline and the site's name in a title that carries both, in a page's <title> and as clipped pages and
# plain-text copies keep it (the hyphen in "Boil-water" is not one); and a full-width bar, as Japanese titles set it.
TITLE_SEPARATOR = re.compile(r"\s+(?:[|–—·•»~]|-{1,2}|::|//)\s+|\s*｜\s*")
_COLON_PREFIX = re.compile(r"(\w[^:|–—·•»]*\w):\s+")
"""A site's name before its headline with a colon ("Halden Daily: Headline"), read only when it is a masthead's."""
# Names sites give their sections, which also follow a headline in a <title> ("... | World").
_SECTION_NAMES = frozenset(
    "news world politics opinion opinions business sport sports culture video videos live analysis comment "
    "home latest breaking local national international europe health science technology tech travel "
    "lifestyle entertainment economy features environment climate".split()
)


def squeezed(text: str) -> str:
    """`text` with each run of white space one space, none at its ends: a name or a title as compared."""
    return " ".join(text.split())


def site_from_title(page_title: str | None, headline: str | None, headings: list[str]) -> str | None:
    """The site's name that `page_title` states beside `headline`, or None when unsure.

    `headings` are the texts of the page's <h1> elements: the headline must be one of them, so
    that the part left over is known not to be the headline itself; failing that, the part left
    over must be a publication's own name ("Headline | Halden Daily", see cut_site)."""
    if not page_title or not headline:
        return None
    title, head = squeezed(page_title), squeezed(headline)
    if head.casefold() not in {squeezed(h).casefold() for h in headings}:
        # No heading says which part is the headline: only a publication's own name (cut_site) is the site.
        cut, named = cut_site(title)
        return named if named is not None and cut.casefold() == head.casefold() else None
    # "Headline | World | The Site": the site is the part farthest from the headline, and a
    # separator stands between the headline and what is left.
    if title.casefold().startswith(head.casefold()):
        parts, site = TITLE_SEPARATOR.split(title[len(head):]), -1
    elif title.casefold().endswith(head.casefold()):
        before = title[: len(title) - len(head)]
        if (colon := _COLON_PREFIX.fullmatch(before)) is not None:  # "Halden Daily: Headline"
            return colon.group(1) if is_named_masthead(colon.group(1)) else None  # not "Analysis: ..."
        parts, site = TITLE_SEPARATOR.split(before), 0
    else:
        return None
    if len(parts) < 2 or parts[-1 - site]:  # the side next to the headline must be empty
        return None
    return _site_part(parts[site].strip())


def _site_part(candidate: str) -> str | None:
    """The part a title adds to its confirmed headline, as the site's name: a short capitalised name, not a date
    or a count, not a section's name; None else."""
    words = candidate.split()
    if not 1 <= len(words) <= MAX_OUTLET_WORDS:
        return None
    if any(c.isdigit() for c in candidate):  # a date, a count; a broadcaster's channel ("KXAN 4 Austin") alone
        return candidate if is_named_masthead(candidate) else None
    if is_section_name(candidate) or (len(words) == 1 and is_menu_word(candidate)):  # "World", "Print": no site
        return None
    if candidate.replace(" ", "").isalpha() and uncased(candidate):
        return candidate  # a name in a script without capitals ("潮見台新報")
    return capitalised_name(candidate)


def is_section_name(text: str) -> bool:
    """Whether `text` is a name sites give their sections ("World", "World news", "Sport")."""
    words = text.split()
    return bool(words) and all(w.casefold() in _SECTION_NAMES for w in words)


_DANGLING = re.compile(r"(?:\s+(?:[|–—·•»]|-{1,2}))+\s*$")
MIN_HEADLINE_WORDS = 3
"""Words a headline has at least, before a site's name is cut from its title."""


_BRACKETED = (re.compile(r"^\[(?P<site>[^\[\]]{2,60})\]\s*(?P<head>.+)$"),
              re.compile(r"^(?P<head>.+?)\s+\((?P<site>[^()]{2,60})\)$"))
"""A site's name in brackets before a headline ("[Tiếng Vọng Bến Xưa] Headline", as a list's mail and a feed set
it), or in parentheses after it ("Headline (Sléttupósturinn)")."""


def _bracketed(title: str) -> list[tuple[str, str]]:
    """The (headline, site) a title's brackets would part, of a headline of MIN_HEADLINE_WORDS at least."""
    return [(found["head"].strip(), found["site"].strip()) for pattern in _BRACKETED
            if (found := pattern.match(title)) is not None and len(found["head"].split()) >= MIN_HEADLINE_WORDS]


def cut_site(title: str) -> tuple[str, str | None]:
    """A title that carries its site's name ("Headline | Évora Tribune", "KNVK News: Headline") as
    the headline and the site: only when the part at either end is a publication's name of its own
    (meta.is_named_masthead), or the end is the site's address ("Headline | khou.com"), and a headline of
    MIN_HEADLINE_WORDS is left. A section's name after
    the headline ("Headline - World News") is cut and names no site; any other part is the
    headline's own words, and stays: (title, None)."""
    title = _DANGLING.sub("", title)  # "Headline |" where the site's address was taken out as a link
    separators = list(TITLE_SEPARATOR.finditer(title))
    if separators:
        last = separators[-1]
        head, site = title[: last.start()].strip(), title[last.end():].strip()
        if len(head.split()) >= MIN_HEADLINE_WORDS:
            if is_section_name(site):
                return head, None
            if is_named_masthead(site):
                return head, site
            if DOMAIN.fullmatch(site):  # "Headline | khou.com": the site as its address names it
                return head, outlet_from_url(site)
    first = _PREFIX_SEPARATOR.search(title)
    if first is not None:
        site, head = title[: first.start()].strip(), title[first.end():].strip()
        if len(head.split()) >= MIN_HEADLINE_WORDS and is_named_masthead(site):
            return head, site
    for head, site in _bracketed(title):
        if is_named_masthead(site):
            return head, site
    if (prefix := _BRACKETED[0].match(title)) is not None and len(prefix["head"].split()) >= MIN_HEADLINE_WORDS and (
            len(prefix["site"].split()) > 1 and capitalised_name(prefix["site"]) and not is_section_name(
            prefix["site"]) and not prefix["site"].isupper()):
        # "[Tiếng Vọng Bến Xưa] Headline": a name set before it is no headline's (a label in capitals, "[WYETH CO.]",
        # "[VIDEO]", may be the headline's kicker)
        return prefix["head"].strip(), None
    return title, None


def cut_repeated(title: str, lines: list[str]) -> tuple[str, str | None]:
    """The headline of a title whose part before a separator stands again as a line of its own ("Headline |
    The Delta Lantern" over "Headline"): the article repeats its headline without what the page added to it, a
    site whose name need not look like a publication's (a republisher's, whose copy may name another outlet), and
    the site so named where the part is a short capitalised name and no section's (_site_part, and not an item
    of the page's breadcrumb trail past its first). Or whose part after it opens the page's breadcrumb trail
    ("Lakeview Corners Local › Police & Fire"): the site, named so. Or whose part after a separator stands so, what
    comes before it the site and its place ("KRMB 12 News | Tamsen Ridge, MT | Headline"). (title, None) where none."""
    own = {squeezed(line).casefold() for line in lines}
    trails = [[squeezed(item).casefold() for item in _TRAIL_STEP.split(line)]
              for line in lines if _TRAIL_HEAD.match(line)]
    for separator in reversed(list(TITLE_SEPARATOR.finditer(title))):
        head, site = title[: separator.start()].strip(), title[separator.end():].strip()
        if len(head.split()) < MIN_HEADLINE_WORDS or is_named_masthead(head):
            continue  # (not the masthead's line: "KRMB 12 News | Tamsen Ridge, MT | Headline" over "KRMB 12 News")
        if squeezed(site).casefold() in {trail[0] for trail in trails}:
            return head, site
        if squeezed(head).casefold() in own:
            # the part added is the site's name ("| The Delta Lantern"), unless a section's the trail names
            # ("| Counties" over "Home › Counties › Elgeyo-Marakwet")
            section = any(squeezed(site).casefold() in trail[1:] for trail in trails)
            return head, None if section else _site_part(site)
    for separator in TITLE_SEPARATOR.finditer(title):  # "KRMB 12 News | Tamsen Ridge, MT | Headline" over "Headline"
        before, tail = title[: separator.start()].strip(), title[separator.end():].strip()
        if len(tail.split()) >= MIN_HEADLINE_WORDS and squeezed(tail).casefold() in own:
            return tail, before if is_named_masthead(before) else None  # (a place before it names no site)
    return title, None


def cut_named(title: str, names: list[str]) -> tuple[str, str | None]:
    """The headline of a title whose part after a separator, or before its first (a colon too), is a name the page
    gives itself elsewhere (its copyright line's holder: "Headline — Sa Boxi de Pranu Erbuxi" over "© 2021 Sa Boxi de
    Pranu Erbuxi"), a publication's name whatever its words, and that name; (title, None) where there is none."""
    own = {squeezed(name).casefold() for name in names if capitalised_name(name)}
    for separator in reversed(list(TITLE_SEPARATOR.finditer(title))):
        head, site = title[: separator.start()].strip(), title[separator.end():].strip()
        if len(head.split()) >= MIN_HEADLINE_WORDS and squeezed(site).casefold() in own:
            return head, site
    if (first := _PREFIX_SEPARATOR.search(title)) is not None:  # before it: "Il-Ħabbar tal-Irdum: Band club ..."
        site, head = title[: first.start()].strip(), title[first.end():].strip()
        if len(head.split()) >= MIN_HEADLINE_WORDS and squeezed(site).casefold() in own:
            return head, site
    for head, site in _bracketed(title):  # "Headline (Sléttupósturinn)" over "© 2022 Sléttupósturinn"
        if squeezed(site).casefold() in own:
            return head, site
    return title, None


_TRAIL_HEAD = re.compile(r"^\s*([^›»>]{2,60}?)\s+[›»>]\s+\S")
"""The first item of a breadcrumb trail ("Lakeview Corners Local › Police & Fire")."""
_TRAIL_STEP = re.compile(r"\s+[›»>]\s+")
"""Between a breadcrumb trail's items."""


# Between a site's name and the headline after it: the separators above, or a colon ("KNVK News:
# Candle left burning caused fatal fire"); the first one in the title.
_PREFIX_SEPARATOR = re.compile(TITLE_SEPARATOR.pattern + r"|(?<=\w):\s+")


# Between the parts of a feed's title, any of which may be the publication ("World news | The Guardian",
# "NYT > World News", "Reuters: World News"): a title's separators (TITLE_SEPARATOR), ">" with spaces
# round it, or a colon.
_FEED_TITLE_PARTS = re.compile(TITLE_SEPARATOR.pattern + r"|\s+>\s+|:\s+")


def feed_outlet(title: str | None) -> str | None:
    """The publication a feed's title names, as an article's outlet: "World news | The Guardian" is
    The Guardian, "BBC News - World" BBC News; a title that is only a section's ("Latest news") names
    none; one whose parts say nothing of which is the publication stays whole."""
    if title is None or is_section_name(title):
        return None
    parts = [part.strip() for part in _FEED_TITLE_PARTS.split(title) if part.strip()]
    named = [part for part in parts if is_named_masthead(part)]
    if len(parts) < 2 or len(named) == 1:
        return named[0] if named else title
    rest = [part for part in parts if not is_section_name(part)]
    return rest[0] if len(rest) == 1 else title
