"""A line of outlet, date and author under a title ("Halden Daily · 4 March 2025 · by Marta Ilić"),
read part by part; apart from meta.py, which recognises the parts (names, bylines, mastheads).

The parts are split at middle dots, bars, semicolons, double colons and dashes, or at commas ("The Harbour Tribune, 30
September 2024, by Ólafur Þórðarson"), and a date may carry its byline ("22 May 2023 by Name").
A labelled line names the outlet alone ("Source: Lakeside Chronicle", "Published by The Fjord
Sentinel on 8 January 2026"). Unless every part is understood the line is not read: a wrong
outlet misleads a reader more than none.
"""

from __future__ import annotations

import re

from tui.engine.bylines import PICTURE_WORDS, byline, opens_byline
from tui.engine.credits import credit_line, is_agency_byline, names_picture_job, outlet_credit, staff_credit
from tui.engine.dates import BILINGUAL_LABEL, StatedDate, has_figure, stated_date
from tui.engine.meta import (
    ADDRESS_AFTER_NAME,
    DOMAIN,
    JOB_WORDS,
    MAX_OUTLET_WORDS,
    MAX_PLACE_WORDS,
    OUTLET_JOINERS,
    ROLES,
    capitalised_name,
    is_masthead,
    is_menu_word,
    is_name_word,
    is_person_name,
    leading_name,
    names_nobody,
)
from tui.engine.metafields import MetaLine, opening_chinese_fields
from tui.engine.textnorm import name_key

_NOT_SLASH = re.compile(r"(\s*[•|;]\s*|\s*(?:(?<!l)·|·(?!l))\s*|\s+·\s+|\s+[—–-]{1,2}\s+|\s*[—–]\s*|\s*::\s+"
                        r"|\s+~\s+)")
"""A meta line's separators but the slash, kept by a split (_slashed_authors); not Catalan's "l·l" ("L'Altaveu de
Vil·laperdiu")."""
# The parts of a line of outlet, date and author ("Halden Daily · 4 March 2025 · by Marta Ilić"): those and the slash.
_SEPARATOR = re.compile(_NOT_SLASH.pattern[1:-1] + r"|\s+//?\s+")
_SEPARATOR_MARK = re.compile(r"[•|;·—–~/:]|\s-")
"""What each of _SEPARATOR's forms holds: one of its characters, or a hyphen after a space (" - ", " -- ")."""


def _may_part(line: str) -> bool:
    """Whether `line` may hold one of _SEPARATOR's forms: most lines read (a story's sentences) hold none, and the
    split tries its every form at every space."""
    return _SEPARATOR_MARK.search(line) is not None

_META_PARTS = (2, 5)
"""A meta line has this many parts, fewest and most; one part alone is a byline or a date line."""
# Parts of a meta line that state nothing kept: a reading time, a clock time, the menu words a page
# ends the line with ("Share this article", "12 comments", "Print"), a paper's issue number and price ("No. 1,487",
# "Free", "£1.20"), a translator's credit ("translated from the Ukrainian by Name", "traduzione dal tedesco di Name",
# "Перевод с финского: Name": the writer is the author), a sponsor's ("Sponsored", "Presented by Quarrymoor Credit
# Union": no publication), an editor's or a helper's ("additional reporting by Name", "Fact-checked by Name"), and a
# newsletter's tool ("sent with Postquill").
_SKIPPED_PART = re.compile(
    r"^(?:\d+\s+min(?:ute)?s?\s+read|\d{1,2}[:.]\d{2}(?:[ap]m)?\b.*|\d+\s*min\.?\s*(?:leestijd|lesezeit|lesetid|læsetid|lästid"
    r"|de\s+lecture|de\s+lectura|de\s+leitura|di\s+lettura|czytania|čtení|olvasási\s+idő|lukuaika|okuma)"
    r"|(?:(?:page|seite|pagina|página|sayfa|strona|p\.)\s*)?[A-Z]?\d{1,3}"
    r"|share(?:\s+(?:this|on|via)\b.{0,30})?|\d*\s*comments?|print|e-?mail|save(?:\s+(?:this\s+)?article)?"
    r"|listen(?:\s+to\s+(?:this\s+)?(?:article|story))?|gift\s+(?:this\s+)?article"
    r"|(?:no\.?|number|issue|vol(?:ume|\.)?)\s*[\dIVXLCDM][\d,]*|free|price\s*:?\s*\S.{0,12}|[£$€]\s?\d+(?:[.,]\d{1,2})?"
    rf"|(?:{PICTURE_WORDS})\s*(?::|by\b).*|translat(?:ed|ion)\b.*(?:\bby\b|:).*"
    r"|(?:traduzione|traduction|traducción|tradução|übersetzung|übersetzt|vertaling|vertaald|tłumaczenie|překlad"
    r"|fordítás|käännös|översättning|oversættelse|oversettelse|перевод|переклад|превод|μετάφραση)\b.*"
    r"|(?:presented|sponsored|supported|paid\s+for|brought\s+to\s+you)\s+by\b.*|sponsored(?:\s+content)?|advertorial"
    r"|(?:additional|further|extra)\s+reporting\s+by\b.*|(?:edited|fact[- ]?checked|sub-?edited)\s+by\b.*"
    r"|sent\s+(?:with|via|using)\s+\S.{0,30})$",
    re.I,
)
_TAGLINE = re.compile(
    r"^(?:(?i:the|a)\s+)?(?:[A-Za-z]+\s+){0,2}?(?:(?i:newsletter|bulletin|e-?mail|magazine)\s+(?:of|from|for)"
    r"|(?i:news)\s+from|(?:weekly|daily|monthly|newspaper|paper)\s+(?:of|for))"
    r"\s+(?:the\s+)?[A-Z\d]\S*(?:\s+\S+){0,8}$|^[A-Z]\S*(?:\s+\S+){0,5}\s+(?:e-?mail\s+)?newsletter$")
"""A newsletter's or a paper's line that says what it is and whose ("The newsletter of Kinvarrie Curling Club", "News
from Cnocbhàn Primary School", "Switchgrass Elementary School family newsletter", "the Lithuanian weekly of the
Kaskaskee valley since 1952"), after its name: the name before it is a publication's, the club, school or parish it
names is no outlet (meta_line)."""
_NEWS_SECTION = re.compile(r"^[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}\s+news$")
"""A section's label in sentence case ("Club news", "Parish news"): a masthead writes "News" with its capital."""
UPDATE_LABEL = (r"(?:last\s+)?(?:updated|modified|edited|mis\s+à\s+jour|aktualisiert|actualizado|aggiornato"
                r"|atualizado|bijgewerkt|uppdaterad|oppdatert|opdateret|päivitetty|zaktualizowano|aktualizováno"
                r"|frissítve|actualizat|ažurirano|posodobljeno|güncelleme|uppfært)\b")
"""An update stamp's label, in English or as French, German, Spanish, Italian, Portuguese, Dutch, Swedish, Norwegian,
Danish, Finnish, Polish, Czech, Hungarian, Romanian, Croatian, Slovenian, Turkish and Icelandic pages write it ("Mis à
jour le 5 mars 2025", "Uppdaterad 7 februari 2020"): when the page was changed, not published."""
UPDATE_STEMS = ("updat", "modif", "edit", "jour", "aktual", "actuali", "aggiorn", "atualiz", "bijgew", "uppdat",
                "oppdat", "opdat", "päivit", "frissít", "ažur", "posodob", "güncel", "uppfært")
"""A stem of each of UPDATE_LABEL's words, kept beside it: a line holding none has no update stamp, and is not searched
for one (headerdates.without_update; the search tries the label's every word at every character)."""
_UPDATED_PART = re.compile(rf"^{UPDATE_LABEL}", re.I)
"""A meta line's update stamp, which states nothing kept: its date is no publication's (nor the next part's, where
the label stands alone: "Updated | Wed, August 20, 2025")."""
_CAPITALS_PICTURES = re.compile(r"(?:PICTURES|PHOTOS?|PHOTOGRAPHY|IMAGES)\s+[^\W\d_]")
"""A magazine's credit for its pictures in capitals, without a colon ("WORDS Name | PICTURES Name"): no outlet."""
DAY_FIRST_PUBLISHED = (r"(?:publi[ée]e?|mis\s+en\s+ligne|ver[öo]ffentlicht|erschienen|publicad[oa]|pubblicato"
                       r"|gepubliceerd|publicerad|publisert"
                       r"|publikov[áa]no|publikovan[ée]|opublikowano|julkaistu|publicat|objavljeno|yay[ıi]nlanma(?:\s+tarihi)?"
                       r"|k[öo]zz[ée]t[ée]ve|megjelent|publikuar|avaldatud|publicēts|paskelbta|foilsithe|birt)")
"""A publication label in a language that writes a date's day before its month: "Publié le 04/03/2025" is 4 March;
"Mis en ligne le ...", "Erschienen am ..."."""
PUBLISHED_WORDS = (rf"(?:published|publish|posted|first published|{DAY_FIRST_PUBLISHED}"
                   r"|기사입력|입력|등록|公開日?|配信日?|发布时间|發佈時間|প্রকাশিত|প্রকাশ|प्रकाशित|פורסם|نشر\s+في|نُشر|نشر"
                   r"|منتشر\s+شده|опубліковано|опубликовано|објављено|публикувано|δημοσιεύθηκε|δημοσίευση)")
"""A publication stamp's label, in English or as French, German, Spanish, Portuguese, Italian, Dutch, Scandinavian,
Czech, Polish, Finnish, Romanian, Croatian, Turkish, Hungarian, Albanian, Estonian, Latvian, Lithuanian, Irish,
Icelandic, Korean, Japanese, Chinese, Bengali, Hindi, Hebrew, Arabic, Persian, Ukrainian, Russian, Serbian, Bulgarian
and Greek pages write it ("Publié le 4 mars 2025", "Veröffentlicht am 4. März 2025", "Publikováno 12. května 2025",
"Julkaistu 18. syyskuuta 2025", "Publikuar: e martë, 18 nëntor 2025", "입력 2025년 10월 9일(목)", "פורסם: 17.01.2016",
"Опубліковано 3 серпня 2015 р., 10:20")."""
_PUBLISHED_LABEL = re.compile(rf"^(?:first\s+)?{PUBLISHED_WORDS}(?:\s+(?:on|le|am|el|il|em|op|den|o)\b)?\s*:?\s*", re.I)
MAX_META_LINE = 300
"""Characters in the longest meta line; a longer line is something else and is not split."""
MAX_DATE_PIECES = 3
"""Comma-separated pieces a date can span in a comma-separated meta line ("Monday, March 4, 2025")."""
# A date with its byline after it in one part: "22 May 2023 by Marta Ilić", "Posted on May 22, 2023 by ...".
_ON_DATE = re.compile(r"\s+on\s+(?P<date>\S.*?)(?:\s+for\s+\S.*)?$", re.I)
"""A byline part's date after "on" ("Posted by Name on 22 April 2018", "Written by Name on 3 July 2023 for Outlet")."""
_SENTENCE_BYLINE = re.compile(r"(?<=\d)\.\s+(?=by\s)", re.I)
"""A date's full stop before a byline, as a meta line written in sentences has it ("The Kilbraddan Standard, 21 January
2016. By Ailsa MacRury-Dunvarrach.")."""
_DATE_BY = re.compile(r"^(?P<date>.+?)\s+(?P<by>by\s+.+)$", re.I)
# "Source: Lakeside Chronicle", "Publisher: ...", "Published by The Fjord Sentinel on 8 January 2026".
_OUTLET_LABEL = re.compile(
    r"^(?P<label>source|publisher|publication|published\s+by)\s*:?\s+(?P<name>.+?)(?:\s+on\s+(?P<date>[^,]+?))?$",
    re.I,
)


_PART_OUTLET_LABEL = re.compile(r"^(?:from|source|publication)\s*:?\s+(?P<name>\S.*)$", re.I)
"""A meta line's part that labels its publication ("From The Vimeiro Torto Post", "From: The Kisőrs Messenger")."""


def _unlabelled_outlet(part: str) -> str:
    """A meta line's `part` without the label before a publication's name; any other part as it is."""
    found = _PART_OUTLET_LABEL.match(part)
    return found["name"] if found is not None and _is_outlet_name(found["name"]) and not is_person_name(
        found["name"]) else part


def _is_sure_outlet(part: str) -> bool:
    """A part of a meta line that names a publication whatever stands beside it: a masthead
    ("Halden Daily", "Radio Ost") or a domain."""
    return bool(DOMAIN.fullmatch(part)) or is_masthead(part)


def _is_outlet_name(part: str) -> bool:
    """A part of a meta line that can only be a publication: a masthead or a domain (_is_sure_outlet),
    or a capitalised name with joiners ("Voice of America") that is not a person's."""
    if _is_sure_outlet(part):
        return True
    words = [w for w in part.split() if w.lower() not in OUTLET_JOINERS]  # "Office of the State's Attorney for X"
    return 2 <= len(words) <= MAX_OUTLET_WORDS and capitalised_name(part) is not None


def _is_short_name(part: str) -> bool:
    """A short capitalised part ("Belgrade", "World"): a place or a section, stated as neither
    outlet nor person."""
    words = part.split()
    return 1 <= len(words) <= MAX_PLACE_WORDS and leading_name(words) == part and not any(
        c.isdigit() for c in part)


def publications_after(byline_part: str) -> list[str]:
    """The publications named after the names of a byline: "Halden Daily" of "by Marta Ilić,
    Halden Daily", "by Marta Ilić for Halden Daily" or "by Marta Ilić, Special to Halden Daily"; none in "by Marta
    Ilić, Staff Reporter"."""
    # "for the Coastal Herald": the article that runs on in the sentence is not part of the name.
    # "Special to The Keeler Island Gazette": a freelance's piece for that paper.
    named = (re.sub(r"^the\s+(?=[A-Z])", "", re.sub(r"^special\s+to\s+", "", p.strip(), flags=re.I))
             for p in re.split(r",|\s+for\s+", byline_part)[1:])
    return [p for p in named if is_masthead(p) and not _is_job(p)]


def _is_job(part: str) -> bool:
    """A journalist's beat and role ("Education Reporter", "Senior Health Correspondent"), whose role may be a
    publication's word too (The Hollywood Reporter)."""
    words = [w.lower() for w in part.split()]
    return bool(words) and words[-1] in ROLES and all(w in JOB_WORDS for w in words)


def _is_sentence_case_name(part: str) -> bool:
    """A publication's name in sentence case ("Novi list", "Večernji list", "Le Monde diplomatique"):
    a capital, then words of letters only, none a menu word ("Live updates")."""
    words = part.split()
    return (2 <= len(words) <= MAX_OUTLET_WORDS and words[0][:1].isupper()
            and not is_menu_word(words[0]) and all(is_name_word(w) for w in words)
            and not part.endswith("."))


_BY_ACCOUNT = re.compile(r"^(?:(?:posted|written|submitted)\s+)?by\s*:?\s+(?P<name>\S.{0,40})$", re.I)
"""A byline part that may name the site's account instead of a person ("Posted by admin"; meta.names_nobody)."""
_THE_NAME = re.compile(r"^The\s+[^\W\d_][^\W\d_'’-]{3,}$")


def _the_name(part: str) -> bool:
    """A publication's name of "The" and one capitalised word ("The Tidewrackle"): beside a date and a byline, no
    place's or section's."""
    return _THE_NAME.match(part) is not None and part.split()[1][0].isupper()


def _date_of(part: str) -> StatedDate | None:
    """`part` read as a date, a "Published"/"Posted on" label before it allowed, and an update after it
    in brackets or after a comma ("19 August 2025 (updated 20 August 2025)", "12 April 2015, updated 13 April 2015")."""
    if not has_figure(part):  # what stated_date asks first, before the labels are taken off (which add none)
        return None
    return stated_date(_UPDATE_NOTE.sub("", _PUBLISHED_LABEL.sub("", BILINGUAL_LABEL.sub("", part))))


_UPDATE_NOTE = re.compile(rf"\s*(?:\({UPDATE_LABEL}[^()]*\)|,\s+{UPDATE_LABEL}[^,()]*)$", re.I)
"""An update after a date, in brackets or after a comma, in any of UPDATE_LABEL's languages ("19 August 2025 (updated
20 August 2025)", "5 mars 2025, mis à jour le 6 mars 2025")."""


SLASHED = re.compile(r"\s+/\s+")
"""A slash with space on both sides, between a byline's people or a sign-off's writer and publication."""


def _slashed_authors(line: str) -> str:
    """`line` with a byline's slash between people's names read as "and": "by Kirsten Højbjerg-Ølgaard / Åsa
    Strömsnäs-Berglöf — Broposten" names two writers, where "by Name / Outlet" names a writer and the outlet."""
    if "/" not in line:
        return line
    pieces = _NOT_SLASH.split(line)
    for k, piece in enumerate(pieces):
        names = SLASHED.split(piece)
        if len(names) > 1 and opens_byline(piece) and all(is_person_name(name) for name in names[1:]):
            pieces[k] = " and ".join(names)
    return "".join(pieces)


def _with_bylines_apart(parts: list[str]) -> list[str]:
    """Each part that is a date with its byline after it ("22 May 2023 by Marta Ilić") as two parts."""
    out: list[str] = []
    for part in parts:
        found = _DATE_BY.match(part)
        if found and _date_of(found.group("date")) is not None and byline(found.group("by")) is not None:
            out += [found.group("date"), found.group("by")]
        else:
            out.append(part)
    return out


def _date_size(pieces: list[str]) -> int:
    """How many of `pieces`, from the first, make one date ("Monday", "March 4", "2025"); 0 when none do.
    Pieces without a figure are no date alone (dates.has_figure), so only the runs that reach one are read: a sentence's
    pieces cost a search each instead of three date readings."""
    most = min(MAX_DATE_PIECES, len(pieces))
    first = next((n for n in range(1, most + 1) if has_figure(pieces[n - 1])), None)
    if first is None:
        return 0
    return next((n for n in range(most, first - 1, -1) if _date_of(", ".join(pieces[:n])) is not None), 0)


def _comma_parts(text: str) -> list[str]:
    """The parts of a line split at its commas, but for a date's own commas ("Monday, March 4,
    2025") and a byline's, which runs to the line's end ("by Jane Roe, John Doe and Ana Núñez")
    or to the date after it ("By Jane Roe, Halden Daily, 4 March 2025", "By Jane Roe and Ana
    Núñez, 4 March 2025, Halden Daily")."""
    pieces = [p.strip() for p in text.split(",")]
    parts: list[str] = []
    i = 0
    while i < len(pieces):
        if opens_byline(pieces[i]):  # to the first date after it, or the line's end
            end = next((j for j in range(i + 1, len(pieces)) if _date_size(pieces[j:]) > 0), len(pieces))
            parts.append(", ".join(pieces[i:end]))
            i = end
            continue
        size = max(_date_size(pieces[i:]), 1)
        parts.append(", ".join(pieces[i : i + size]))
        i += size
    return parts


def _may_split_at_commas(text: str) -> bool:
    """Whether `text`'s _comma_parts may make a meta line's parts as meta_line asks them to: one of them a byline (which
    opens with a piece that opens one: a date's pieces make no byline), or an outlet's name first and a date after it.
    A story's sentence is neither, and is not split further: reading a date at each of its commas was a third of the
    time meta_line took over the first lines of 3,000 generated articles."""
    pieces = [p.strip() for p in text.split(",")]
    if any(opens_byline(p) for p in pieces):
        return True
    head = max(_date_size(pieces), 1)
    return head < len(pieces) and _is_outlet_name(", ".join(pieces[:head])) and _date_size(pieces[head:]) > 0


def _labelled(text: str) -> MetaLine | None:
    """A line that names its publication with a label ("Source: Lakeside Chronicle", "Published by
    The Fjord Sentinel on 8 January 2026"); "Published by" a person names the author instead."""
    found = _OUTLET_LABEL.match(text)
    if found is None:
        return None
    name, when = found.group("name").strip(" .,"), found.group("date")
    stated = stated_date(when) if when else None
    if when and stated is None:
        return None
    if found.group("label").lower().startswith("published") and is_person_name(name, stated=True):
        return MetaLine(outlet=None, author=name, date=stated)
    if not _is_outlet_name(name) or is_person_name(name):
        return None
    return MetaLine(outlet=name, author=None, date=stated)


_POST_META = re.compile(
    r"^(?:posted\s+)?on\s+(?P<date>.{6,40}?)\s+in\s+(?:[A-Z][\w&' -]{0,40}?)\s+by\s+(?P<names>\S.*)$", re.I)
"""A blog's post line, when, in which category and by whom ("On January 21, 2019 8:15 am In News by Name")."""


_PUBLISHED_IN = re.compile(
    r"^(?:first\s+)?published\s+in\s+(?P<outlet>[^\W\d_][^,;|·]{1,60}?)\s+on\s+(?P<date>.{6,40}?)\s+by\s+(?P<names>\S.*)$",
    re.I)
"""A post's line of where, when and by whom ("Published in Tin Bến Cói on Monday 9 June 2025 by Hầu Thu Hà")."""


_INNER_STAMP = re.compile(
    r"(?<=\w)\s+(?=(?:last\s+)?(?:updated|modified)\b"
    r"|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,\s+[a-z]{3,9}\.?\s+\d{1,2},\s+\d{4})",
    re.I)
"""Where an update stamp or a date opened by its weekday follows a part with nothing but a space between (a page's
byline and stamp side by side in their spans: "By Kwame Asante-Mensah Last updated 14:10 GMT, 3 February 2026", "By
Søren Lindqvist-Oduya Tue, Nov 12, 2019 11:40 PM CST"): it is a part of its own."""


def _is_place(part: str) -> bool:
    """A place and its region or country, parted by a comma ("Villa Esperanza del Chaco, Bolivia", "Harlow Springs,
    Ohio"): names all, the last short, none a masthead (as "Halden Daily, Halden" opens with one)."""
    pieces = [p.strip() for p in part.split(",")]
    return all(leading_name(p.split()) == p and not is_masthead(p) for p in pieces) and len(
        pieces[-1].split()) <= MAX_PLACE_WORDS


_BILINGUAL_PART = re.compile(r"(?:(?<=^)|(?<=[—–|·•,]\s))(?:[^\W\d_]{3,}\.?\s*/\s*(?=(?i:published|posted|updated)\b)"
                             r"|(?-i:[^\W\d_A-ZÀ-ÞĀ-ſ]{2,})\s*/\s*(?=(?i:by)\b))")
"""A label in the page's language before its English twin opening a part of a meta line ("Veröffentlicht / Published 9
May 2018", "von / by Name"); before "by", a word in lower case only ("Broposten / by Name" names the outlet)."""


_REVIEWED_PART = re.compile(r"(?<=[|·•—–]\s)reviewed\s+by\s+", re.I)
"""A review's credit as a meta line's part; alone on its line under a byline, "Reviewed by" names an editor who
checked the piece (meta18's buying guide), no writer."""
_BOOK_DETAILS = re.compile(r"\([^()]*(?:\b\d{2,4}\s*pp\b|\bISBN\b|[£$€]\s?\d)[^()]*\)", re.I)
"""A book's publisher, pages and price in brackets after its title and author, as a review sets them."""


def meta_line(text: str) -> MetaLine | None:
    """A line of outlet, date and author in any order ("Halden Daily · 4 March 2025 · by Marta
    Ilić", "by Ana Núñez | The Coastal Herald | March 4, 2025"), some parts perhaps missing.

    None unless every part is one of these (or a reading time, an update stamp, a menu word, a
    place or a section) and a date or a byline is among them, or it is a masthead and a bare name after it. A name
    without "by" may be an author's or an outlet's: it is the outlet only beside a byline, and otherwise neither.
    """
    if len(text) > MAX_META_LINE or _BOOK_DETAILS.search(text):
        return None  # (a reviewed book's line: "*The Salt Year*, by Name (Saltmarch Bay Press, 248pp, £14.99)")
    line = _INNER_STAMP.sub(" | ", text.strip().strip("*_").strip(" ·•|—–-"))
    line = _SENTENCE_BYLINE.sub(", ", line).removesuffix(".")  # "Outlet, 21 January 2016. By Name."
    line = _BILINGUAL_PART.sub("", line)  # "Veröffentlicht / Published 9 May 2018", "von / by Name": the English
    if "eviewed" in line.lower():
        line = _REVIEWED_PART.sub("by ", line)  # "Outlet | Books | 20 April 2015 | reviewed by Name": its writer
    if line.endswith(")"):
        line = ADDRESS_AFTER_NAME.sub("", line)  # "Source: The Wapsitaw Dispatch (wapsitawdispatch.example)"
    if (labelled := _labelled(line)) is not None:
        return labelled
    if (fields := opening_chinese_fields(line)) is not None:
        return fields
    if (where := _PUBLISHED_IN.match(line)) is not None and (when := stated_date(where["date"])) is not None and (
            author := byline(f"by {where['names']}")) is not None and capitalised_name(where["outlet"]):
        return MetaLine(outlet=where["outlet"], author=author, date=when)
    if (posted := _POST_META.match(line)) is not None and (when := stated_date(posted["date"])) is not None and (
            author := byline(f"by {posted['names']}")) is not None:
        return MetaLine(outlet=None, author=author, date=when)  # "On January 21, 2019 8:15 am In News by Name"
    parts = [_unlabelled_outlet(p) for p in _with_bylines_apart(
        [p.strip() for p in _SEPARATOR.split(_slashed_authors(line))] if _may_part(line) else [line.strip()])]
    if len(parts) == 1 and "," in parts[0] and _may_split_at_commas(parts[0]):
        split = _comma_parts(parts[0])
        # "Halden Daily, 4 March 2025", "The Harbour Tribune, 30 September 2024, by Name"
        if len(split) > 1 and (any(opens_byline(p) for p in split)
                               or (_is_outlet_name(split[0]) and _date_of(split[1]))):
            parts = [_unlabelled_outlet(p) for p in _with_bylines_apart(split)]  # "Source: Outlet, date, p. 5"
    # "By Marta Ilić, Halden Daily": a byline that names its publication states both alone.
    named = len(parts) == 1 and opens_byline(parts[0]) and bool(publications_after(parts[0]))
    if not (_META_PARTS[0] <= len(parts) <= _META_PARTS[1] or named) or not all(parts):
        return None
    dates: list[StatedDate] = []
    authors: list[str] = []
    outlets: list[str] = []
    people: list[str] = []
    loose: list[str] = []
    updated = False  # the part before was an update's label alone ("Updated | Wed, August 20, 2025")
    named_by_tagline: str | None = None  # the name a newsletter's tagline (_TAGLINE) follows
    for k, part in enumerate(parts):
        if _UPDATED_PART.match(part):
            updated = _UPDATED_PART.fullmatch(part.rstrip(" :")) is not None
            continue  # "Updated Wed, August 20, 2025 at 6:41 AM": when it was changed, not published
        if updated and _date_of(part) is not None:
            updated = False
            continue
        updated = False
        if (stated := _date_of(part)) is not None:
            dates.append(stated)
        elif (staff := staff_credit(part)) is not None:
            outlets.append(staff)  # "Halden Daily staff", "By Halden Daily staff": no person, its publication
        elif opens_byline(part):
            if is_agency_byline(part):  # "by Staff Reporter", "by Reuters": no person, not the outlet
                continue
            if (name := byline(part)) is None:
                if (account := _BY_ACCOUNT.match(part)) is not None and names_nobody(account["name"]):
                    continue  # "Posted by admin": the site's account, no writer named
                return None
            authors.append(name)
            if (on := _ON_DATE.search(part)) is not None and (stated := _date_of(on["date"])) is not None:
                dates.append(stated)  # "Posted by Name on 22 April 2018 · The Silverbench Clarion"
            outlets += publications_after(part)
        elif _SKIPPED_PART.match(part) or is_menu_word(part) or _CAPITALS_PICTURES.match(part):
            continue
        elif _NEWS_SECTION.match(part):
            continue  # "Club news · The Slipway Log · 19 January 2022 · by Name": the section, beside the publication
        elif _TAGLINE.match(part):
            if k and parts[k - 1] in outlets + loose + people:
                named_by_tagline = parts[k - 1]  # what it is of: "Glas Zajednice · The newsletter of ..."
            continue
        elif "," in part and (credit := outlet_credit(part)) is not None:
            authors.append(credit[0])  # "Hạnh Lê-Brightwater, Wexmoor Evening Star · Fri, May 14, 2021 · 3 min read"
            outlets.append(credit[1])
        elif "," in part and (job := credit_line(part)) is not None and not names_picture_job(part):
            authors.append(job[0])  # "Ifeyinwa Okafọ-Harrowsmith, education reporter": a job makes a name the writer
            outlets += [job[1]] if job[1] else []
        elif "," in part and _is_place(part):
            continue  # "Villa Esperanza del Chaco, Bolivia — 25 November 2015 — by Name": a place and its country
        elif is_person_name(part) or (not _is_sure_outlet(part) and is_person_name(part, stated=True)):
            people.append(part)  # "Nguyễn Văn An" too: a byline would read it as a name ("Văn An")
        elif _is_outlet_name(part):
            outlets.append(part)
        elif _is_sentence_case_name(part) or _the_name(part):
            loose.append(part)
        elif not _is_short_name(part):
            return None
    if not (dates or authors) and named_by_tagline is not None and len(parts) == 2:
        return MetaLine(outlet=named_by_tagline, author=None, date=None)  # "Gintarinis Krantas · the Lithuanian weekly"
    if not (dates or authors):
        # "*El Eco de Pumaqhata • Rosaura Cusihuallpa Ttito*": a masthead before a bare name states its outlet alone
        # (a name before its outlet credits its writer: "Name | Outlet", read elsewhere)
        first = parts[0]
        return MetaLine(outlet=first, author=None, date=None) if len(parts) == 2 and _is_sure_outlet(first) and (
            first in outlets + loose) and people == [parts[1]] else None
    if len({d.iso or d.claimed for d in dates}) > 1 or len(authors) > 1:
        return None  # (one date in two languages is one: "Rātū 12 Hereturikōkā 2025 · Tuesday 12 August 2025")
    # A name in sentence case is the outlet only beside both a date and a byline; else it is unsure.
    # Without a byline, two names ("Değirmen Haber · Nguyễn Văn An"), one looking like a person's,
    # the other like anything else, are an outlet and an author in an order unknown: only a
    # masthead or a domain is then sure to be the outlet.
    if named_by_tagline is not None and not authors:
        outlets, people, loose = [named_by_tagline], [], []  # the name a newsletter's tagline says it is
    elif not authors and len(outlets) + len(people) + len(loose) > 1:
        outlets = [p for p in outlets if _is_sure_outlet(p)]
    candidates = outlets + (loose if dates and authors else []) + (people if authors else [])
    # "İpek Şahinbaş-Özgürel tarafından / by İpek Şahinbaş-Özgürel": a part that holds the writer's name is a
    # byline in another language, never the publication
    candidates = [c for c in candidates if not any(name_key(a) in name_key(c) for a in authors)]
    sure = [c for c in candidates if _is_sure_outlet(c)]  # a masthead beside a place with a name's shape
    return MetaLine(
        outlet=candidates[0] if len(candidates) == 1 else sure[0] if len(sure) == 1 else None,
        author=authors[0] if authors else None,
        date=dates[0] if dates else None,
    )
