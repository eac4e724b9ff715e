"""Recognisers for the metadata that page furniture carries: bylines, mastheads, bios,
datelines, outlet prefixes and the article's own URL.

Each returns None when unsure. A wrong outlet or date misleads a reader more than
a blank one, so the patterns ask for the tell-tale shape, not a likely word.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from tui.engine.dates import MONTHS

# Words that mark a name as a publication's (the masthead "Pittsburgh Post-Gazette").
OUTLET_WORDS = frozenset(
    """news times post gazette journal herald tribune press daily weekly reuters guardian telegraph
    chronicle observer independent standard mail express star sun globe mirror review wire agency
    today courier examiner inquirer register bulletin dispatch monitor record insider magazine radio
    television tv network broadcasting report reporter sentinel enquirer ledger leader mercury
    advertiser citizen gazette-journal politico axios bloomberg cnn bbc nbc cbs abc fox npr pbs afp
    ap upi xinhua tass interfax ria sputnik aljazeera jazeera dw france24 euronews kyodo yonhap
    nikkei hindu tribune dawn nation""".split()
)
# Capitalised words that start menus, sections and furniture, never a person's name.
_NOT_NAMES = frozenset(
    """related topics topic share updated advertisement newsletter home world news politics business
    sports opinion video videos photos live breaking read more comments sign subscribe menu search
    latest top stories story section sections local national international us uk europe asia africa
    americas middle east tech science health culture entertainment travel lifestyle weather markets
    economy analysis features feature editorial editorials letters the a an of and or in on for to
    by with at from as is was are were said says new more most all about contact privacy terms
    cookies log login register account page back next previous continue print email follow tags""".split()
)
_NAME_TOKEN = re.compile(r"^(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\.|[A-Z][a-z]?\.?|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+"
                         r"|de|van|von|der|da|di|la|le|bin|al|el)$")
_BYLINE = re.compile(r"^[\s\-–—•·|]*(?:written\s+)?by\s+(?P<names>.+?)\s*$", re.I)
_BIO = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s+(?:is|was|has been)\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|producer"
    r"|analyst|photographer|critic|staff writer|bureau chief)\b(?:\s+[\w-]+){0,4}?\s+(?:for|at|with)\s+"
    r"(?P<outlet>(?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|&)){0,4})"
)
# "WASHINGTON —", "MOSCOW, July 12 (Reuters) -", "LYON, France (AP) --": a capitalised place,
# an optional date and wire credit, then a dash.
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]{2,}(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,3})(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"(?:\s*\((?P<wire>[A-Za-z .&-]{2,30})\))?\s*(?:[—–]+|\s-{1,2})\s+"
)
# "(CNN) — ", "(CNN)The president ...": a wire or network credit alone.
_CREDIT_OPENING = re.compile(r"^\((?P<wire>[A-Z][A-Za-z.&]{1,15}(?: [A-Z][A-Za-z.&]{1,15}){0,2})\)\s*(?:[—–-]+\s*)?")
_PREFIX = re.compile(r"^(?P<outlet>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s?/\s+(?=[\"“‘'A-Z0-9])")
_URL_DATE = [
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>\d{1,2}|[a-z]{3,9})/(?P<d>\d{1,2})(?:/|$)", re.I),
    re.compile(r"/(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?:/|$|-)"),
]
_GENERIC_SUBDOMAINS = frozenset(
    {"www", "m", "mobile", "amp", "articles", "article", "news", "edition", "eu", "uk", "us"}
)


def is_person_name(text: str) -> bool:
    """Two to four name tokens ("Tom Ozimek", "Lolita C. Baldor"), none a menu word."""
    tokens = text.replace(",", " ").split()
    if not 2 <= len(tokens) <= 4:
        return False
    if any(t.lower().strip(".") in _NOT_NAMES for t in tokens if not re.fullmatch(r"[A-Z]\.", t)):
        return False
    if any(t.lower() in OUTLET_WORDS for t in tokens):
        return False
    capitalised = [t for t in tokens if t[:1].isupper()]
    return len(capitalised) >= 2 and all(_NAME_TOKEN.match(t) for t in tokens) and tokens[-1][:1].isupper()


def _name_case(name: str) -> str:
    """"JANE DOE" as "Jane Doe"; names already in mixed case stay as written."""
    if not name.isupper():
        return name
    return " ".join(t if re.fullmatch(r"[A-Z]\.", t) else t.capitalize() for t in name.split())


def byline(text: str) -> str | None:
    """The people in a "By X", "- By X and Y" or "By JANE DOE | Reuters" line; None when no names."""
    match = _BYLINE.match(text)
    if not match:
        return None
    names = re.split(r"\s(?:updated|published|posted)\b|\d", match.group("names"), maxsplit=1, flags=re.I)[0]
    parts = re.split(r"\s*(?:,|\band\b|&|\||·|/|\bfor\b)\s*", names)
    # "By Jane Roe, Reuters": the part after the comma may be the agency.
    people = [_name_case(p.strip()) for p in parts if is_person_name(_name_case(p.strip()))]
    if not people:
        return None
    return " and ".join(people) if len(people) <= 2 else ", ".join(people)


def is_masthead(text: str) -> bool:
    """A publication's name: a short capitalised line with a newspaper word in it."""
    tokens = text.split()
    if not 1 <= len(tokens) <= 5 or text.endswith((".", "?", "!", ":")):
        return False
    parts = [p.lower() for t in tokens for p in re.split(r"[-’']", t) if p]
    titled = all(t[:1].isupper() or t.lower() in ("the", "of", "and", "&") for t in tokens)
    return titled and any(p in OUTLET_WORDS for p in parts)


def bio(text: str) -> tuple[str, str] | None:
    """(author, outlet) from an author bio: "Tom Ozimek is a senior reporter for The Epoch Times."."""
    match = _BIO.match(text)
    if not match or not is_person_name(match.group("name")):
        return None
    outlet = re.split(r"[.,;:]\s", match.group("outlet") + " ")[0].rstrip(".,;")
    outlet = re.sub(r"^the\s", "The ", outlet)
    return match.group("name"), outlet


def dateline(text: str) -> tuple[str, str | None]:
    """The paragraph without its opening dateline, and the wire service it credits."""
    opening = _CREDIT_OPENING.match(text)
    if opening and text[opening.end() : opening.end() + 1].isupper():
        return text[opening.end() :], opening.group("wire")
    match = _DATELINE.match(text)
    if not match or not match.group("place").split(",")[0].replace(" ", "").replace(".", "").isupper():
        return text, None
    rest = text[match.end() :]
    if not (rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in "\"“‘'"):
        return text, None
    return rest, match.group("wire")


def outlet_prefix(text: str) -> tuple[str, str | None]:
    """Split an agency prefix ("Shafaq News/ US Defense Secretary ...") off a lead paragraph."""
    match = _PREFIX.match(text)
    if not match:
        return text, None
    outlet = match.group("outlet").strip()
    return text[match.end() :], outlet


def outlet_from_url(url: str) -> str | None:
    """The site's domain ("latimes.com") when nothing better names the outlet."""
    try:
        host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    except ValueError:
        return None
    labels = [label for label in host.split(".") if label]
    while len(labels) > 2 and labels[0] in _GENERIC_SUBDOMAINS:
        labels = labels[1:]
    return ".".join(labels) if len(labels) >= 2 else None


def url_date(url: str) -> str | None:
    """A date in the article's own address (/2013/may/03/ or /2013-05-03-)."""
    for pattern in _URL_DATE:
        match = pattern.search(url)
        if not match:
            continue
        month_text = match.group("m").lower()
        month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text)
        if month is None:
            continue
        try:
            return date(int(match.group("y")), month, int(match.group("d"))).isoformat()
        except ValueError:
            continue
    return None
