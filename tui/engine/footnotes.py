"""What an article's foot states: an author's bio, a credit ("Reporting by Marta Ilić"), a
sign-off with a job ("— Marko Ilić, Évora Tribune correspondent"), and where the article says it
came from ("This article was originally published by The Marsh Valley Echo.", "This story first
appeared in Gazeta Śląska on 8 March 2024.", "Originally published on 21 April 2026.", "Source:
Évora Tribune").

Apart from the cleaner (clean.py), which hands its last paragraphs to `read_foot`. The outlet
is read only when its name has a newspaper's word in it (meta.is_masthead): "first appeared in
print", "Source: Ministry of Energy", "originally published in 1998" and "first appeared in
German" name no publication, and a name without such a word may be a place or a book.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise

from tui.engine.blocks import is_related_heading
from tui.engine.bylines import holds_office
from tui.engine.chrome import is_page_chrome
from tui.engine.copyrights import copyright_notice
from tui.engine.credits import agency_credit, credit_line, foot_credit, names_picture_job, outlet_credit
from tui.engine.dates import StatedDate, find_date, stated_date
from tui.engine.found import Found
from tui.engine.headerdates import STAMP, is_date_line, without_update
from tui.engine.meta import (
    bio,
    capitalised_name,
    freelance_bio,
    is_masthead,
    is_named_masthead,
    is_person_name,
    word_parts,
)
from tui.engine.metafields import MetaLine
from tui.engine.metaline import PUBLISHED_WORDS, SLASHED, meta_line, publications_after
from tui.engine.outletwords import OUTLET_WORDS
from tui.engine.textnorm import name_key

_DASHES = "—–-"
"""What opens a sign-off at a story's foot ("— Marko Ilić, Reuters"); without it, such a line may be
the last picture's credit."""

# "This article was originally published by X", "A version of this story first appeared in X",
# "First published in X on DATE", "Originally ran in X", "This article first appeared on X",
# "Published in X on DATE", "Republished with permission from X", "originally published in German by X" (a
# translation's);
# not "The report was first published by X", which is the story's.
_NOTE = re.compile(
    r"^(?:(?:an?\s+(?:\w+\s+)?version\s+of\s+)?this\s+(?:article|story|report|piece|column)\s+"
    r"(?:was\s+|has\s+been\s+|is\s+)?)?"
    r"(?:(?:originally|first)\s+(?:published|appeared|ran)\s+(?:in\s+[A-Z][a-z]+\s+(?=by\s))?|published\s+(?=(?:in|on)\s)"
    r"|re(?:published|printed)\s+(?:with\s+permission\s+)?(?=from\s))(?P<rest>.+)$",
    re.I,
)
# "by X", "in X", "from X", "by X on DATE", "in X, DATE", "on DATE": who ran it first, and when.
_WHERE_WHEN = re.compile(
    r"^(?:(?:by|in|from)\s+(?P<outlet>.+?))?(?:(?:^|\s+)on\s+(?P<date>.+)|,\s+(?P<after_comma>.+))?$", re.I)
_SOURCE = re.compile(r"^source\s*:\s*(?P<outlet>.+)$", re.I)
# What a note says after the publication and its date, of the copy in hand: "... and is republished here with
# permission", "... and is republished here through the X partnership".
_COPY_CLAUSE = re.compile(
    r"\s+and\s+(?:is|was|has\s+been)\s+(?:re(?:published|printed|produced|posted)|shared)\b.*$", re.I)
# The licence it is republished under ("... from Academe Dispatch under a Creative Commons license").
_LICENCE_CLAUSE = re.compile(r"\s+under\s+(?:a|an|the)\s+[^,]{0,60}?\blicen[cs]e\b.*$", re.I)
# What the note says next, in a sentence of its own ("... Watchdog. It is republished here with permission.").
_NEXT_SENTENCE = re.compile(r"(?<=\w{3})\.\s+[A-Z].*$")  # not after "St." or "U.S."
# What the outlet is, set after its name ("... by The Solace County Watchdog, a nonprofit newsroom covering ...").
_APPOSITIVE = re.compile(r",\s+(?:a|an)\s+(?!\d).*$", re.I)
_PAGE_CLAUSE = re.compile(
    r",\s+(?:(?:the|its)\s+)?(?:[a-z'’]+\s+){0,3}?(?:page|section)(?:\s+\d+)?$|,\s+p(?:age|\.)\s*\d+$", re.I)
"""The page or section the note says it appeared on ("... in The Ashtrow Bugle, village news page", ", page 4")."""
# ", where this story first appeared on DATE": the same note's date, said again of the original.
_WHERE_CLAUSE = re.compile(
    r",\s+where\s+(?:(?:this|the|it)\s+)?(?:(?:story|article|piece|report)\s+)?(?:(?:first|originally)\s+)?"
    r"(?:appeared|ran|was\s+(?:first\s+|originally\s+)?published)(?=\s+on\s|$)", re.I)


# The headline a portal's note repeats after the original's name ("... appeared on The Carrowmore Sentinel: Headline").
_HEADLINE_CLAUSE = re.compile(r"(?<=\w):\s+[^\W_].*$")


@dataclass(frozen=True, slots=True)
class Provenance:
    """The publication and date a foot note names, None where it names none."""

    outlet: str | None
    date: StatedDate | None


# Newspaper words that name much else too ("Quarterly Report", "Network Rail", "Oxford University
# Press", "Sun Life", "American Express"): a "Source:" line with no other such word is a data source.
_LOOSE_OUTLET_WORDS = frozenset(
    """report reporter review network record register monitor insider star sun globe mirror standard today
    leader mercury citizen nation independent agency wire radio television tv press express mail dispatch
    observer advertiser broadcasting magazine monthly""".split()
)


def _publication(name: str, *, source: bool = False) -> str | None:
    """`name` when it is a publication's (a newspaper's word in it) and not a person's; after
    "Source:", where data sources are named as often, a word that names nothing else is asked for."""
    if not is_masthead(name) or is_person_name(name):
        return None
    return name if not source or set(word_parts(name)) & (OUTLET_WORDS - _LOOSE_OUTLET_WORDS) else None


_NOTE_LABEL = re.compile(r"^(?:editor['’]?s\s+note|note)\s*:\s*", re.I)
"""A label before a note of origin ("Editor's note: This article first appeared in ...")."""


def provenance(text: str) -> Provenance | None:
    """What a note of origin at an article's foot names; None for any other line, or a note whose
    every part is not understood."""
    line = _NOTE_LABEL.sub("", text.strip().strip("*_ ")).rstrip(".").strip()  # "Editor's note: This article ..."
    if (source := _SOURCE.match(line)) is not None:
        outlet = _publication(source.group("outlet").strip(), source=True)
        return Provenance(outlet, None) if outlet else None
    note = _NOTE.match(line)
    rest = note.group("rest").strip() if note is not None else ""
    rest = _PAGE_CLAUSE.sub("", _WHERE_CLAUSE.sub("", _COPY_CLAUSE.sub("", _APPOSITIVE.sub("", _LICENCE_CLAUSE.sub(
        "", _NEXT_SENTENCE.sub("", _HEADLINE_CLAUSE.sub("", rest)))))))
    if rest[:3].casefold() == "on " and stated_date(rest[3:].strip()) is None:
        rest = f"in {rest[3:]}"  # "first appeared on Halden Daily": a site, not a day
    if note is None or (parts := _WHERE_WHEN.match(rest)) is None:
        return None
    outlet = _publication(parts.group("outlet").strip()) if parts.group("outlet") else None
    stated = parts.group("date") or parts.group("after_comma")
    when = stated_date(stated.strip()) if stated else None
    if (parts.group("outlet") and outlet is None) or (stated and (when is None or not when.iso)):
        return None
    return Provenance(outlet, when) if outlet or when else None


BIO_PARAGRAPHS = 3
"""Paragraphs at the end of the story that may be an author's bio."""
FOOT_UNITS = 3
"""Paragraphs at the end of an article read for a credit line or a note of origin: a sign-off, an
editor's credit, a copyright line, "Originally published by ..."."""


RELATED_REACH = 12
"""Units from the end within which a heading of other stories ("More from Egypt") ends the article's own foot."""


def _foot(lines: list[str]) -> list[str]:
    """The last FOOT_UNITS of `lines`, and of those before a list of other stories that closes the page ("Share this
    article", "More from Egypt", its headlines): a sign-off stands above such a list. And the stamps right above the
    last ones ("First published: ..." over "Last modified: ...", a note and a copyright line)."""
    start = max(0, len(lines) - RELATED_REACH)
    heads = [k for k in range(start, len(lines)) if is_related_heading(lines[k])]
    before = [u for u in lines[max(0, heads[0] - RELATED_REACH):heads[0]] if not is_page_chrome(u)][-FOOT_UNITS:] if (
        heads) else []  # (not the readers' reactions and comments between: "👍 96   😮 12", "View comments (41)")
    top = len(lines) - FOOT_UNITS
    while top > start and _stamp(lines[top - 1]):
        top -= 1
    return before + [u for u in lines[max(top, 0):] if u not in before]


def _stamp(unit: str) -> bool:
    """Whether `unit` is a page's stamp of when it was published or changed ("Last modified: Tuesday 3 December 2019,
    12:10")."""
    bare = unit.strip().strip(" *_")
    return is_date_line(bare) or STAMP.match(bare) is not None or _FOOT_STAMP.match(without_update(bare)) is not None


_NEWSLETTER_THANKS = re.compile(r"^\s*[*_]*thanks\s+for\s+reading\s+(?P<name>[^!?.]{2,60})!\s+subscribe\b", re.I)
"""A newsletter's closing line, which names it ("Thanks for reading Undertow Notes! Subscribe for free to receive new
posts and support my work.")."""


_POST_FOOTER = re.compile(r"^posted\s+by\s+(?P<name>\S.{0,80}?)\s+at\s+\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?(?=\s|$)",
                          re.I)
"""A blog's post footer, its writer and the time it went up ("Posted by Úna Nic Ailpín-Broderow at 21:05", then its
"Labels: ..." where a page's block holds both), as Blogger sets it under the post, above its labels and comments."""


def blog_post_footer(lines: Sequence[str]) -> str | None:
    """The writer a blog's post footer (_POST_FOOTER) names among the last RELATED_REACH of `lines`: the first of them,
    the post's (a comment's stamp comes after); None where there is none."""
    for line in lines[-RELATED_REACH:]:
        if (footer := _POST_FOOTER.match(line.strip())) is not None and is_person_name(footer["name"], stated=True):
            return footer["name"]
    return None


_BLOG_NAVIGATION = re.compile(
    r"^\s*(?:newer\s+post\s+older\s+post\s+home|subscribe\s+to:\s+post\s+comments\s+\(atom\))\s*$", re.I | re.M)
"""The links Blogger sets under every post ("Newer Post  Older Post  Home", "Subscribe to: Post Comments (Atom)"),
which a pasted page keeps."""


def pasted_blog(text: str) -> bool:
    """Whether `text` is a blog's page pasted whole (_BLOG_NAVIGATION): its first line is then the blog's name, over its
    description, the day's date and the post's headline."""
    return _BLOG_NAVIGATION.search(text) is not None


BLOG_NAME_WORDS = 6
"""Words in the longest blog's name read over a pasted post ("Notes from Wierzbowa Kępa")."""
SMALL_WORD = 4
"""Letters in the longest word a name may leave in lower case ("from", "and", "the", "of")."""


def blog_name(line: str) -> str | None:
    """`line` where it may be a blog's name at the top of its pasted page (pasted_blog): a few words, each capitalised
    but the small ones, no sentence; None else."""
    words = line.split()
    if not words or len(words) > BLOG_NAME_WORDS or line.endswith((".", "?", "!", ":")) or not words[0][0].isupper():
        return None
    return line if all(word[0].isupper() or (word.isalpha() and len(word) <= SMALL_WORD) for word in words) else None


def _without_office(sign_off: str) -> str:
    """A sign-off's name without the office after its comma ("Ildikó Szentkirályi-Dobbing, Chair")."""
    name, comma, office = sign_off.partition(",")
    return name.strip() if comma and holds_office(office) else sign_off


def _closes(unit: str, lines: list[str]) -> bool:
    """Whether `unit` closes the article: it is the last of its `lines`, or only the page's copyright line follows it
    ("— Cathal Mac Lochráin-Whelpdale" over "© 2019 The Inishcarran Messenger")."""
    return unit == lines[-1] or (len(lines) > 1 and unit == lines[-2] and copyright_notice(lines[-1]) is not None)


_NOT_MASTHEAD_OPENERS = frozenset("with via from by for and in on at copyright".split())
"""Words that open a line naming a publication for something else ("With AFP", "Copyright 2024 Western Gazette")."""


def _signs_off_as_masthead(line: str) -> bool:
    """Whether the last line of the page is the publication's name alone ("The Albarda Coast Review" under the story's
    stamps): a masthead with a name of its own, no copyright line, credit or person's name."""
    first = line.split()[0].lower() if line.split() else ""
    return (first not in _NOT_MASTHEAD_OPENERS and copyright_notice(line) is None and is_named_masthead(line)
            and not is_person_name(line))


def _signer(sign_off: str, lines: list[str]) -> tuple[str, str | None] | None:
    """The writer a sign-off closing the article names alone (_closes), without an office after a comma; or with the
    publication the page's copyright line holds after the comma ("— Dragoslava Mićunović-Žarkov / Zavičajna Iskra"
    over "© 2016 Zavičajna Iskra"); None where it names no person so."""
    name = _without_office(sign_off)
    person, comma, rest = (part.strip() for part in name.partition(","))
    if not comma:
        return (name, None) if is_person_name(name, stated=True) else None
    held = copyright_notice(lines[-1])
    return (person, rest) if held is not None and held[1] == rest and is_person_name(person, stated=True) else None


def read_foot(body: list[str], lines: list[str], found: Found, bios: Sequence[str] = ()) -> list[str]:
    """Offer what the foot of an article states to `found`: a bio among the last paragraphs of
    `body` or among the `bios` the page's markup marks as such, a credit, a sign-off that names
    its job and publication, or a note of origin among the last of all its `lines` (furniture
    included), and a newsletter's thanks for reading it and a paid notice's run (notice_run), anywhere. Returns
    `body` without the bios and notes, which are no story."""
    body = list(body)
    for line in lines:
        if (thanks := _NEWSLETTER_THANKS.match(line)) is not None and capitalised_name(thanks["name"]):
            found.offer("outlet", thanks["name"])  # "Thanks for reading Undertow Notes! Subscribe for free ..."
            body = [u for u in body if u != line]
        elif (run := notice_run(line)) is not None:
            found.offer("origin", run[0])  # an obituary portal's "Published by Paper from Sep. 22 to Sep. 24, 2020."
            found.offer_date(run[1])
            body = [u for u in body if u != line]
    for line in bios:
        if (who := bio(line)) is not None:
            found.offer("author", who[0])
            found.offer("outlet", who[1])
        elif (freelance := freelance_bio(line)) is not None:
            found.offer("author", freelance)
    for i in range(len(body) - 1, max(len(body) - 1 - BIO_PARAGRAPHS, -1), -1):
        if (who := bio(body[i])) is not None:
            found.offer("author", who[0])
            found.offer("outlet", who[1])
            del body[i]
    if body and (freelance := freelance_bio(body[-1])) is not None:
        found.offer("author", freelance)
        del body[-1]
    found.offer("author", letter_signature(lines))
    found.offer("author", blog_post_footer(lines))  # "Posted by Name at 21:05" under a pasted blog post
    foot = _foot(lines)
    for unit in foot:
        bare = unit.strip().strip(" *_")  # "*— Name, ...*" as "— Name, ..."
        if unit not in body and (credit := foot_credit(unit)) is not None:
            found.offer("author", credit)
            # "*Reported by María Echaurren y Larraín for El Vigía de Quelentaro.*": and its publication
            found.offer("outlet", next(iter(publications_after(bare.removesuffix("."))), None))
        # "— Name, Outlet", and in brackets, "(Name, Outlet)"; "— Name / Outlet" as "— Name, Outlet"
        bracketed = bare.startswith("(") and bare.endswith(")") and bare.count("(") == 1
        dashed = bare.startswith(tuple(_DASHES)) or bracketed
        sign_off = SLASHED.sub(", ", (bare[1:-1] if bracketed else bare).lstrip(_DASHES).strip(" *_").removesuffix("."))
        if dashed and (dated := _DATED_SIGN_OFF.match(sign_off)) is not None and (
                when := stated_date(dated["date"])) is not None and credit_line(dated["rest"]) is not None:
            found.offer_date(when)  # "— Kristófer Jóelsson-Rannmor, harbours reporter, 9 May 2016"
            sign_off = dated["rest"]
        signed = credit_line(sign_off)
        # "— Marko Ilić, Évora Tribune correspondent" (not a photographer's credit)
        if signed is not None and signed[0] != sign_off and not names_picture_job(sign_off):
            found.offer("author", signed[0])  # (a bare name, with no job beside it, may be a place)
            found.offer("outlet", signed[1])
            body = [u for u in body if u != unit]
        elif dashed and (named := outlet_credit(sign_off)) is not None:
            found.offer("author", named[0])  # "— Marko Ilić, Évora Tribune": the dash signs it off
            found.offer("outlet", named[1])
            body = [u for u in body if u != unit]
        elif dashed and (signed_from := _SIGNED_FROM.match(sign_off)) is not None and is_person_name(
                signed_from["name"], stated=True):
            found.offer("author", signed_from["name"])  # "— Gwenllïan Rhydygwern-Beynon in Aberhesgyn"
            body = [u for u in body if u != unit]
        elif dashed and _closes(unit, lines) and not bracketed and (signer := _signer(sign_off, lines)) is not None:
            found.offer("author", signer[0])  # "— Søren Vindeløv-Krag" closing the story: its writer's sign-off (and
            found.offer("outlet", signer[1])  # "— Ildikó Szentkirályi-Dobbing, Chair": without her office)
            body = [u for u in body if u != unit]
        elif dashed and (agency := agency_credit(sign_off)) is not None:
            found.offer("author", agency[0])  # "— Marko Ilić, Reuters"
            found.offer("wire", agency[1])
            body = [u for u in body if u != unit]
        if is_date_line(bare):  # "Published 11 May 2018" under the story: its date, when the header gave none
            found.offer_date(find_date(bare))
            body = [u for u in body if u != unit]
        elif (note := _NOTE.match(bare)) is not None and (when := stated_date(note["rest"].rstrip(". "))) is not None:
            found.offer_date(when)  # "This story was first published June 19, 2017."
        elif (stamp := _FOOT_STAMP.match(without_update(bare))) is not None and (
                when := stated_date(stamp["date"])) is not None:  # (not its "· Updated 14.10.2021 10:30")
            found.offer_date(when)  # "Veröffentlicht am 03.05.2019", "Dit artikel verscheen op 1 december 2015."
            body = [u for u in body if u != unit]
        elif unit == lines[-1] and (closing := _closing_meta_line(bare, foot, found.outlet)) is not None:
            found.offer("outlet", closing.outlet)  # "*The Wythemoor Vale Chronicle · 3 Dec 2017 · by Name*" closing it
            found.offer("author", closing.author)
            found.offer_date(closing.date)
            body = [u for u in body if u != unit]
        elif unit == lines[-1] and _signs_off_as_masthead(bare):
            found.offer("outlet", bare)  # "The Albarda Coast Review" alone under the story's stamps, closing the page
            body = [u for u in body if u != unit]
        if (origin := provenance(unit)) is not None:
            found.offer("origin", origin.outlet)
            found.offer_date(origin.date)
        if origin is not None or _NOTE.match(unit.strip().strip("*_ ")):  # "Originally published in 2019."
            body = [u for u in body if u != unit]
    return body


LETTER_REACH = 8
"""Lines from the end within which a letter's signature may stand (above the letters page's note and copyright)."""
LETTERS_LABEL_REACH = 12
"""Lines from the top within which a letters page's label stands (a kicker or a section over the headline)."""
_VALEDICTION = re.compile(r"^(?:yours\s+(?:faithfully|sincerely|truly)|(?:yours\s+)?sincerely),?$", re.I)
"""A letter's closing ("Yours faithfully,"), over the writer's name."""
_LETTERS_LABEL = re.compile(r"^(?:letters?\s+to\s+the\s+editor)$", re.I)
"""A letters page's label: there a name over an address at the foot signs the letter."""
_ADDRESS = re.compile(r"^(?:\d+[a-z]?\s+)?[^\W\d_][\w'’.-]*(?:\s+[\w'’.-]+){0,4}"
                      r"(?:,\s*[^\W\d_][\w'’.-]*(?:\s+[\w'’.-]+){0,3})?$")
"""A letter writer's address under the name: a street and a town, or a town ("Dunholm Road, Bryncastle")."""


def letter_signature(lines: list[str]) -> str | None:
    """The writer who signs a letter to the editor: the name under its closing ("Yours faithfully,") or, on a page
    labelled as a letter, a name over an address near the foot ("Gwenhwyfar Llewelyn-Afolabi / Dunholm Road,
    Bryncastle"). None where no letter is signed."""
    start = max(0, len(lines) - LETTER_REACH)
    tail = [line.strip(" *_") for line in lines[start:]]
    for closing, name in pairwise(tail):
        if _VALEDICTION.match(closing) and is_person_name(name, stated=True):
            return name
    if not any(_LETTERS_LABEL.match(line.strip(" *_#")) for line in lines[:LETTERS_LABEL_REACH]):
        return None
    return next((name for name, address in pairwise(tail)
                 if _ADDRESS.match(address) and is_person_name(name, stated=True)), None)


_FOOT_STAMP = re.compile(
    r"^(?:(?:this|the)\s+(?:article|story|report)\s+was\s+|(?:article|artikel|artículo|articolo|artigo)\s+"
    r"|cet\s+article\s+a\s+été\s+|dit\s+artikel\s+(?:werd\s+|is\s+)?|dieser\s+artikel\s+(?:wurde\s+|ist\s+)?)?"
    rf"(?:{PUBLISHED_WORDS}|filed|verscheen|erschien|paru)(?:\s+(?:on|le|am|op|el|il|em|den))?\s*:?\s*(?P<date>[^:\s].*?)\.?$",
    re.I)
"""A publication stamp at a story's foot, in English or another language: "This report was filed on Thursday 30 April
2015.", "Veröffentlicht am 03.05.2019", "Article publié le jeudi 17 janvier 2019", "Dit artikel verscheen op dinsdag 1
december 2015."."""
_NOTICE_RUN = re.compile(r"^published\s+(?:by|in)\s+(?P<outlet>[A-Z][^,;]+?)\s+from\s+(?P<first>[^,;]+?)\s+to\s+"
                         r"(?P<last>.+?(?P<year>(?:19|20)\d\d))\.?$", re.I)
"""A paid notice's run in the paper it was placed in, as obituary portals note it under the notice, above its guest
book ("Published by The Glenarrow Herald from Sep. 22 to Sep. 24, 2020."): the paper, over the portal, and the run's
first day."""


def notice_run(line: str) -> tuple[str, StatedDate] | None:
    """The paper and first day of a notice's run (_NOTICE_RUN); None for any other line, or days that are no dates."""
    bare = line.strip().strip("*_ ")
    if bare[:9].lower() != "published" or (run := _NOTICE_RUN.match(bare)) is None:  # most lines: the first test
        return None
    first = stated_date(run["first"])
    first = stated_date(f"{run['first']}, {run['year']}") if first is not None and first.iso is None else first
    return (run["outlet"], first) if first is not None and first.iso else None


_SIGNED_FROM = re.compile(r"^(?P<name>[^\W\d_][^,;:]*?)\s+in\s+[A-Z][^,;:.!?]{0,40}$")
"""A sign-off with the place the writer filed from ("— Gwenllïan Rhydygwern-Beynon in Aberhesgyn")."""
_DATED_SIGN_OFF = re.compile(r"^(?P<rest>.+?),\s*(?P<date>[^,]+\d{4})$")
"""A sign-off with the date after its name and job (a credit: credit_line), not a related story's "— by Name, date"."""


def _closing_meta_line(bare: str, foot: list[str], outlet: str | None = None) -> MetaLine | None:
    """The meta line that closes a story (`bare`, its emphasis off), stating outlet, date and author all three, or
    the `outlet` known already and a date (a printed page's running foot: "Strathallock News · Published 30
    September 2022 · Page 4"), and the only line of the `foot` that reads as a meta line: a list of other stories
    closes a page with their bylines and dates, a table's row with its full stop."""
    if bare.endswith(".") or not any(c.isdigit() for c in bare):  # a sentence; no date
        return None
    line = meta_line(bare)
    if line is None or line.outlet is None or line.date is None:
        return None
    if line.author is None and (outlet is None or name_key(line.outlet) != name_key(outlet)):
        return None
    return line if sum(meta_line(unit.strip().strip(" *_")) is not None for unit in foot) == 1 else None


def wire_year(units: Sequence[str], wire: str) -> int | None:
    """The year of a copyright line that names `wire` ("© 2025 Baltic Wire"): the wire's own notice on its own
    story, where its dateline gave the day and month alone ("KAUNAS, Jan 16 (Baltic Wire) -")."""
    years = (notice[0] for unit in units if (notice := copyright_notice(unit)) is not None
             and notice[0] is not None and notice[1].casefold() == wire.casefold())
    return next(years, None)


def copyright_holders(units: Sequence[str]) -> Iterator[str]:
    """Whom each copyright line names ("© 2025 Halden Daily"), a publication or not."""
    return (notice[1] for unit in units if (notice := copyright_notice(unit)) is not None)
