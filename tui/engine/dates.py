"""Dates in the forms articles state them, turned into ISO `YYYY-MM-DD`.

A hand-made reader for the few forms news furniture uses ("4 March 2025", "March 4, 2025",
"Tue 4 Mar 2025", "04.03.2025", "2025-03-04"): dateparser reads more, but costs a quarter of
a second to import and some 2 ms a call, accepts a weekday that contradicts the date, and
fills a missing year with the current one, where unknown is the right answer here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tui.engine.monthnames import FOREIGN_MONTHS, FOREIGN_WEEKDAYS, NATIVE_MONTHS, NATIVE_WEEKDAYS
from tui.engine.textnorm import uncased

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        1,
    )
    for name in names
}
WEEKDAYS = {
    name: i
    for i, names in enumerate(
        [
            ("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"), ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun"),
        ]
    )
    for name in names
}
WEEKDAY_NAMES = tuple(name for name in WEEKDAYS if name.endswith("day"))
"""The weekdays' full names, Monday first (textdates.told_days, casualties.told_facts)."""
ORDINALS = {word: k for k, word in enumerate(
    ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
     "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split(), 1)}
ORDINALS |= {f"{tens}-{word}": base + k for tens, base in (("twenty", 20), ("thirty", 30))
             for word, k in ORDINALS.items() if k < 10} | {"thirtieth": 30}
"""A day written as an ordinal word ("Saturday the fourteenth of May, 2022", "the twenty-first of June")."""
SHORT_MONTHS = {name: k for name, k in MONTHS.items() if len(name) == 3} | {
    "ene": 1, "gen": 1, "fev": 2, "abr": 4, "mai": 5, "mag": 5, "giu": 6, "lug": 7, "ago": 8, "set": 9, "ott": 10,
    "out": 10, "dic": 12, "dez": 12}
"""Months cut to three letters between a day's and a year's slashes ("23/Aug/2018", and Spanish, Italian and
Portuguese: "23/ago/2018"); read only so, where nothing else can stand."""
ROMAN_MONTHS = {numeral: k for k, numeral in enumerate("I II III IV V VI VII VIII IX X XI XII".split(), 1)}
"""A month in Roman figures between dots, as Polish, Czech and Hungarian write one ("15.VII.2020")."""
DOTTED_ORDER = "day.month.year"
"""How a dotted numeric date ("04.03.2025") is read: day first, the European order, which is
the only one that writes dates with dots. Slashed ones ("04/03/2025") are written both ways
and stay unknown."""


def _words(names: dict[str, int]) -> str:
    return "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))  # (Thai's "ก.ค.": its dots)


_NOT_LETTER_BEFORE = r"(?<![^\W\d_])"
_NOT_LETTER_AFTER = r"(?![^\W\d_])"
WEEKDAY_WORDS = rf"{_NOT_LETTER_BEFORE}(?:{_words(WEEKDAYS)}){_NOT_LETTER_AFTER}"
FOREIGN_WEEKDAY_WORDS = _words(FOREIGN_WEEKDAYS)
"""The weekdays' names in other languages (monthnames.FOREIGN_WEEKDAYS), longest first, as one alternation."""
MONTH_WORDS = rf"{_NOT_LETTER_BEFORE}(?:{_words(MONTHS)}){_NOT_LETTER_AFTER}"
_FOREIGN_MONTH = rf"(?P<foreign>{_NOT_LETTER_BEFORE}(?:{_words(FOREIGN_MONTHS)}){_NOT_LETTER_AFTER})\.?"
_FOREIGN_WEEKDAY = (rf"(?:(?:(?:le|el)\s+)?(?P<fweekday>{_NOT_LETTER_BEFORE}(?:{FOREIGN_WEEKDAY_WORDS})"
                    rf"{_NOT_LETTER_AFTER})\.?[,،]?\s+(?:den\s+)?)?")
"""A weekday before the date, "den" after it as Danish, Norwegian and Swedish write it: "onsdag den 14. maj 2025";
the article before it as French and Spanish write it: "le mardi 15 octobre 2019"; Arabic's comma after it
("الأربعاء،")."""
_YEAR_WORD = r"(?:\.?\s+(?:года|г\.?|року|р\.?|godine|godina|roku|r\.?))?"
"""A word for "year" after one, as Russian, Ukrainian, Serbo-Croatian and Polish write it: "27 марта 2025 года",
"14 квітня 2025 р.", "3. ožujka 2025. godine", "12 marca 2019 r."."""


def _foreign_weekday_after(group: str) -> str:
    """A weekday after the date, its name in the named `group` (a pattern holds a group name once)."""
    return rf"(?:,?\s+(?P<{group}>(?:{FOREIGN_WEEKDAY_WORDS}){_NOT_LETTER_AFTER}))?"


_FOREIGN_WEEKDAY_AFTER = _foreign_weekday_after("fweekday")
"""A weekday after the date, as Hungarian writes it: "2025. március 4., kedd"."""
_FOREIGN_WEEKDAY_LAST = _foreign_weekday_after("fweekday_last")
"""The same after a date whose weekday may stand before it instead, as Turkish writes it: "27 Ağustos 2025
Çarşamba"."""
_WEEKDAY = rf"(?:(?P<weekday>{WEEKDAY_WORDS})\.?,?\s+)?"
_ANY_WEEKDAY = (rf"(?:(?:(?P<weekday>{WEEKDAY_WORDS})|(?P<fweekday>{_NOT_LETTER_BEFORE}(?:{FOREIGN_WEEKDAY_WORDS})"
                rf"{_NOT_LETTER_AFTER}))\.?,?\s+)?")
"""A weekday in English or another language before a numeric date ("Mi., 16.09.2015", "di 4-2-2020")."""
_MONTH = rf"(?P<month>{MONTH_WORDS})\.?"
_DAY = r"(?<!\d)(?P<day>[0-3]?\d)(?:st|nd|rd|th|er)?(?!\d)"  # "1er octobre" (French)
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
_THE = r"(?:the\s+)?"
"""The article some write before an ordinal day: "Monday, the 22nd of May 2023"."""
_BUDDHIST_ERA = 543
"""Years the Buddhist era, as Thai dates count them, runs ahead of the common era (2558 is 2015)."""
_NATIVE_DIGITS = str.maketrans({chr(zero + k): str(k) for zero in (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50)
                                for k in range(10)})
"""Arabic-Indic, Persian, Devanagari, Bengali and Thai digits, as ASCII ones ("٢٠١٥", "۲۰۱۸", "२०२०", "২০১৬"): a date's
patterns ask for the year's first two figures, and a span read is the same length (one digit for one)."""


def ascii_digits(text: str) -> str:
    """`text` with the digits of other scripts as ASCII ones (_NATIVE_DIGITS), one for one."""
    return text if text.isascii() else text.translate(_NATIVE_DIGITS)


MONTHS_IN_YEAR = 12
"""A slashed date's part above this is its day, which settles the order ("09/30/2024", "30/09/2024")."""
_FULL = [
    re.compile(rf"(?<![\d.]){_YEAR}[-/.](?P<m>\d{{1,2}})[-/.](?P<day>\d{{1,2}})(?!\d)"),
    re.compile(rf"{_ANY_WEEKDAY}(?<![\d.])(?P<day>\d{{1,2}})\. ?(?P<m>\d{{1,2}})\. ?{_YEAR}", re.I),  # DOTTED_ORDER
    re.compile(rf"{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}", re.I),
    # "7. april 2022" (Danish), "miðvikudagur 14. september 2022" (Icelandic's weekday, a month named as English does)
    re.compile(rf"{_ANY_WEEKDAY}{_THE}{_DAY}\.?(?:\s+of)?\s+{_MONTH},?\s+{_YEAR}", re.I),
    re.compile(rf"{_WEEKDAY}{_DAY}-{_MONTH}-{_YEAR}", re.I),  # "4-Mar-2025"
    re.compile(rf"{_WEEKDAY}the\s+(?P<ordinal>{_words(ORDINALS)})\s+of\s+{_MONTH},?\s+{_YEAR}", re.I),  # "fourteenth"
    re.compile(rf"(?<![\d/]){_DAY}/(?P<short>{_words(SHORT_MONTHS)})/{_YEAR}", re.I),  # "23/ago/2018", "23/Aug/2018"
    re.compile(rf"(?<![\d.]){_DAY}\.\s?(?P<roman>{_words(ROMAN_MONTHS)})\.\s?{_YEAR}"),  # "15.VII.2020" (Polish)
    re.compile(rf"(?<![\d.]){_YEAR}\s+{_MONTH}\s+{_DAY}", re.I),  # "2018 November 6": the year first
    # "09/30/2024", "30-09-2024": read only when a part is above MONTHS_IN_YEAR or the weekday
    # beside it fits one order alone (see _slashed)
    re.compile(rf"{_ANY_WEEKDAY}(?<![\d/-])(?P<a>\d{{1,2}})(?P<sep>[/-])(?P<b>\d{{1,2}})(?P=sep){_YEAR}(?![/-]\d)",
               re.I),
    # "8 mars 2024", "27. Februar 2025", "8 de marzo de 2024": a month named in another language
    re.compile(rf"{_FOREIGN_WEEKDAY}(?<![\d.]){_DAY}\.?\s+(?:de\s+|d['’])?{_FOREIGN_MONTH},?\s+(?:de\s+)?{_YEAR}{_YEAR_WORD}"
               rf"{_FOREIGN_WEEKDAY_LAST}", re.I),  # "27 Ağustos 2025 Çarşamba"
    # "Huwebes, Agosto 21, 2025" (Tagalog): a month named in another language, before the day, a comma after it
    re.compile(rf"{_FOREIGN_WEEKDAY}{_FOREIGN_MONTH}\s+{_DAY},\s+{_YEAR}", re.I),
    # "Thứ Hai, ngày 16 tháng 6 năm 2025" (Vietnamese): day, month and year each named by its word
    re.compile(rf"{_FOREIGN_WEEKDAY}(?:ngày\s+)?(?P<day>\d{{1,2}})\s+tháng\s+(?P<m>\d{{1,2}}),?\s+năm\s+{_YEAR}", re.I),
    # "2019 m. spalio 12 d., šeštadienis" (Lithuanian), "2021. gada 17. jūnijā" (Latvian): the year first, marked
    re.compile(rf"(?<![\d.]){_YEAR}\s*m\.\s+{_FOREIGN_MONTH}\s+{_DAY}\s*d\.?{_FOREIGN_WEEKDAY_AFTER}", re.I),
    re.compile(rf"(?<![\d.]){_YEAR}\.\s+gada\s+{_DAY}\.\s+{_FOREIGN_MONTH}", re.I),
    # "2020ko ekainaren 4a, osteguna" (Basque): the year's, the month's genitive, the day, the weekday after
    re.compile(rf"(?<![\d.]){_YEAR}(?:ko|eko)\s+{_FOREIGN_MONTH}\s+{_DAY}a?{_FOREIGN_WEEKDAY_AFTER}", re.I),
    # "2025. március 4.", "2025. 03. 04." (Hungarian): the year first, with a full stop, the weekday after
    re.compile(rf"(?<![\d.]){_YEAR}\.\s+{_FOREIGN_MONTH}\s+{_DAY}\.?{_FOREIGN_WEEKDAY_AFTER}", re.I),
    re.compile(rf"(?<![\d.]){_YEAR}\.\s+(?P<m>\d{{1,2}})\.\s*(?P<day>\d{{1,2}})\.?(?!\d)"),
    # "2025年3月4日" (Chinese, Japanese), "2025년 3월 4일" (Korean): year, month and day each marked
    re.compile(rf"(?<!\d){_YEAR}\s*[年년]\s*(?P<m>\d{{1,2}})\s*[月월]\s*(?P<day>\d{{1,2}})\s*[日일]"
               r"(?:\s*[（(](?:[月火水木金土日](?:曜日?)?|[월화수목금토일](?:요일)?)[）)]|\s*(?:星期|週|周)[一二三四五六日天]"
               r"|\s*[月火水木金土日]曜日|\s*[월화수목금토일]요일)?"),  # "2025年6月9日（月）", "2025年3月6日 星期四"
]
_NATIVE_MONTH = rf"(?P<native>{_NOT_LETTER_BEFORE}(?:{_words(NATIVE_MONTHS)}){_NOT_LETTER_AFTER})"
_NATIVE_WEEKDAY = rf"(?:(?P<nweekday>{_NOT_LETTER_BEFORE}(?:{_words(NATIVE_WEEKDAYS)}){_NOT_LETTER_AFTER})[,،]?\s+)?"
_NATIVE_FULL = [
    # "الخميس ١٠ كانون الأول ٢٠١٥", "יום רביעי, 9 בנובמבר 2022", "ორშაბათი, 6 ნოემბერი, 2023", "ուրբաթ, 20 ապրիլի 2018"
    re.compile(rf"{_NATIVE_WEEKDAY}(?<![\d.]){_DAY}\s+{_NATIVE_MONTH},?\s+{_YEAR}"),
    # "14 มกราคม พ.ศ. 2558", "9 ก.ค. 2565" (Thai): the year of the Buddhist era (_BUDDHIST_ERA), perhaps after its mark
    re.compile(rf"{_NATIVE_WEEKDAY}(?<![\d.]){_DAY}\s+{_NATIVE_MONTH}\s+(?:พ\.\s?ศ\.\s*)?(?P<era>25\d\d)(?!\d)"),
    # "ማርች 29 ቀን 2024" (Amharic): the month, the day and "day", the year; "G.C." before it where both calendars stand
    re.compile(rf"(?:እ\.ኤ\.አ\.\s*)?{_NATIVE_MONTH}\s+{_DAY}\s+ቀን\s+{_YEAR}"),
]
"""Dates with a month of NATIVE_MONTHS, tried only on a text that holds one of their scripts (_NATIVE_SCRIPT): the
many texts without one are spared their alternations."""
_NATIVE_SCRIPT = re.compile("[\u0530-\u058f\u0590-\u06ff\u0900-\u09ff\u0e00-\u0e7f\u10a0-\u10ff\u1200-\u137f]")
"""A letter of Armenian, Hebrew, Arabic (and Persian), Devanagari, Bengali, Thai, Georgian or Ethiopic."""


def _patterns(text: str) -> list[re.Pattern[str]]:
    """The full dates' patterns to try on `text`: _FULL, and _NATIVE_FULL where it holds their scripts."""
    return _FULL + _NATIVE_FULL if not text.isascii() and _NATIVE_SCRIPT.search(text) else _FULL


_YEARLESS = [
    re.compile(rf"{_WEEKDAY}{_THE}{_DAY}(?:\s+of)?\s+{_MONTH}", re.I),
    re.compile(rf"{_WEEKDAY}{_MONTH}\s+{_DAY}", re.I),
    re.compile(r"\d{1,2}[./]\d{1,2}(?:/(?:19|20)?\d\d|\.(?:19|20)?\d\d|\.)?"),  # "03.04", "04/03/2025": unknown
]
_FOREIGN_YEARLESS = re.compile(rf"(?P<fweekday>{_NOT_LETTER_BEFORE}(?:{FOREIGN_WEEKDAY_WORDS}){_NOT_LETTER_AFTER})\.?,?"
                               rf"\s+{_DAY}\.?\s+{_FOREIGN_MONTH}", re.I)
"""A date without its year, named with its weekday in another language ("sunnudagur 25. febrúar"): the year is found
elsewhere on the page (year_for)."""
# A time after a date ("10:32", ", 9.15 a.m. CET", " at 17:05 +01:00", " - 08:15", " / 10:14 CET", "3:21 PM GMT+1"),
# part of the date's line.
_CLOCK_WORDS = (r"(?:at|kl\.|klo\.?|klockan|klokken|um|à|às|alle|ore|ora|a\s+las|o\s+godz\.|godz\.|o|u|в|о|오전|오후"
                r"|午前|午後)")
"""Words before a clock time after a date: "at 10:32", "kl. 06.30" (Scandinavian), "às 18h40", "ore 18:40" (Italian),
"오후 3:20" (p.m.), "ora 07:00" (Romanian), "o 9:05" (Slovak, Czech), "2018. u 9:30" (Croatian, after the year's
full stop)."""
_TIME_AFTER = re.compile(
    rf"(?:(?:,\s*|\s+[-–—|·/]\s+|\s+|(?<=\d)\.\s+|(?<=\d)T|(?<=[)）]))(?:{_CLOCK_WORDS}\s*)?\d{{1,2}}(?:[:.h]|\s?h\s?)"
    r"\d{2}"
    r"(?::\d{2})?"
    r"(?:\s*[ap]\.?m\.?|\s+uhr|\s+[صم])?"  # "11:25 ص": Arabic's morning and evening
    r"(?:\s*\(?(?:[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}|Z)\)?)?(?:,\s*UK)?)?"  # "14:05, UK"
    r"\s*[.,]?\s*$",
    re.I,
)


MAX_DATE_TEXT = 80
"""Characters in the longest line that is nothing but a date ("Wednesday, September 24th, 2025 at
10:32 a.m. CEST" is 47); a longer one is not read as a date line."""


@dataclass(frozen=True, slots=True)
class StatedDate:
    """A date as furniture states it. `iso` when it is certain; `claimed` is what the day, month
    and year say even when the weekday beside them contradicts it (then `iso` is None);
    `yearless` is (month, day, weekday) of a date stated without a year but with its weekday."""

    iso: str | None = None
    claimed: str | None = None
    yearless: tuple[int, int, int] | None = None
    day_first: str | None = None
    """A slashed date either of whose parts could be the month ("04/03/2025"): its reading day first,
    as ISO, for the page's locale to confirm (`in_order`)."""

    @property
    def contradicted(self) -> bool:
        return self.claimed is not None and self.iso is None


US_ZONES = ("EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST", "ET", "CT", "MT", "PT")
"""US time zones as pages print them after a time."""
_CLOCK_AFTER_DATE = r"\s*[-–—|·/,]?\s*(?:at\s+)?\d{1,2}"
"""What opens a time right after a date: a separator or "at", then the hour (_US_CLOCK, _DAY_FIRST_CLOCK)."""
_US_CLOCK = re.compile(_CLOCK_AFTER_DATE + r":\d{2}\s*[AaPp]\.?[Mm]\.?\s*" + rf"(?:{'|'.join(US_ZONES)})\b")
"""A 12-hour time in a US zone right after a date ("02/11/2018 7:07 PM EST"): the page writes dates
as US pages do, month first. That is the locale order a slashed date needs when both parts could
be its month; without it, such a date stays unknown."""


DAY_FIRST_ZONES = ("GMT", "BST", "IST", "WET", "WEST", "CET", "CEST", "EET", "EEST", "SAST", "WAT", "CAT", "EAT",
                   "AWST", "ACST", "ACDT", "AEST", "AEDT", "NZST", "NZDT")
"""Time zones of countries that write a slashed date day first (Britain, Ireland, India, Europe, Africa, Australia,
New Zealand), as pages print them after a time."""
_DAY_FIRST_CLOCK = re.compile(_CLOCK_AFTER_DATE + r"[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*"
                              + rf"(?:{'|'.join(DAY_FIRST_ZONES)})\b")
"""A time in such a zone right after a date ("06/08/2019 17:45 BST", "07/02/2018 5:41pm AEDT"): day first."""


def _slashed(parts: dict[str, str | None], month_first: bool = False,
             day_first: bool = False) -> dict[str, str | None]:
    """A slashed or dashed date's day and month, when one part can only be the day ("09/30/2024"
    is US order, "30-09-2024" European), when both are the same ("05/05/2025"), when the
    weekday written beside it falls on one order's day alone ("Friday 08-03-2024" is 8 March: 3
    August 2024 was a Saturday), or, failing those, when the page's order is known (`month_first`,
    see _US_CLOCK; or `day_first`, see _DAY_FIRST_CLOCK); both unknown (no such day) when either part could be the
    month."""
    first, second = int(parts["a"] or 0), int(parts["b"] or 0)
    if second > MONTHS_IN_YEAR >= first:
        return {**parts, "m": str(first), "day": str(second)}
    if first > MONTHS_IN_YEAR >= second or first == second:
        return {**parts, "m": str(second), "day": str(first)}
    foreign = FOREIGN_WEEKDAYS.get((parts.get("fweekday") or "").lower())  # "di 4-2-2020" (Dutch)
    weekday = WEEKDAYS.get((parts.get("weekday") or "").lower(), foreign)
    if weekday is not None:
        fits = [(day, month) for day, month in {(first, second), (second, first)}
                if _weekday_of(int(parts["year"] or 0), month, day) == weekday]
        if len(fits) == 1:
            return {**parts, "m": str(fits[0][1]), "day": str(fits[0][0])}
    if month_first:
        return {**parts, "m": str(first), "day": str(second)}
    if day_first:
        return {**parts, "m": str(second), "day": str(first)}
    return {**parts, "m": "0", "day": "0", "unsure": "1" if weekday is None else None}


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None


def _month(parts: dict[str, str | None]) -> int | None:
    if parts.get("m"):
        return int(parts["m"] or 0)
    if parts.get("short"):
        return SHORT_MONTHS.get((parts["short"] or "").lower())
    if parts.get("roman"):
        return ROMAN_MONTHS.get(parts["roman"] or "")
    if parts.get("foreign"):
        return FOREIGN_MONTHS.get((parts["foreign"] or "").lower())
    if parts.get("native"):
        return NATIVE_MONTHS.get(parts["native"] or "")
    return MONTHS.get((parts.get("month") or "").lower())


def _read(found: re.Match[str], text: str | None = None) -> StatedDate | None:
    """The date a full-date match states, or None when no such day exists. `text` is what follows
    the date, where a US clock may settle a slashed date's order (the rest of the match's string
    when not given)."""
    parts = found.groupdict()
    if "a" in parts:
        after = found.string[found.end():] if text is None else text
        parts = _slashed(parts, _US_CLOCK.match(after) is not None, _DAY_FIRST_CLOCK.match(after) is not None)
    if parts.get("unsure"):
        first, second = int(parts["a"] or 0), int(parts["b"] or 0)
        try:
            return StatedDate(day_first=date(int(parts["year"] or 0), second, first).isoformat())
        except ValueError:  # "00/03/2025"
            return None
    month = _month(parts)
    if parts.get("era"):
        parts["year"] = str(int(parts["era"] or 0) - _BUDDHIST_ERA)
    if parts.get("ordinal"):
        parts["day"] = str(ORDINALS[(parts["ordinal"] or "").lower()])
    try:
        day = date(int(parts["year"] or 0), month or 0, int(parts["day"] or 0))
    except ValueError:
        return None
    weekday = parts.get("weekday")
    foreign = parts.get("fweekday") or parts.get("fweekday_last") or ""
    named = WEEKDAYS[weekday.lower()] if weekday else FOREIGN_WEEKDAYS.get(foreign.lower()) if foreign else (
        NATIVE_WEEKDAYS.get(parts.get("nweekday") or ""))
    if named is not None and named != day.weekday():
        return StatedDate(claimed=day.isoformat())
    return StatedDate(iso=day.isoformat(), claimed=day.isoformat())


def _full_matches(text: str) -> list[re.Match[str]]:
    """Every match of a whole date's patterns in `text` (its digits as ASCII ones), leftmost first."""
    text = ascii_digits(text)
    return sorted((m for pattern in _patterns(text) for m in pattern.finditer(text)), key=lambda m: m.start())


def date_span(text: str) -> tuple[int, int, StatedDate] | None:
    """The first whole date in `text` that names its day, and where it stands (start, end); None where none does."""
    for found in _full_matches(text):
        if (stated := _read(found)) is not None and stated.iso is not None:
            return found.start(), found.end(), stated
    return None


def stated_days(text: str) -> set[str]:
    """Every whole date's day in `text`, ISO ("10. listopada 2024. / 10 October 2024": both readings)."""
    return {stated.iso for found in _full_matches(text) if (stated := _read(found)) is not None and stated.iso}


def find_date(text: str) -> StatedDate | None:
    """The first full date in `text` (the leftmost, whatever its form), None when there is none; a
    slashed date of either order only when no other is there."""
    unsure = None
    for found in _full_matches(text):
        stated = _read(found)
        if stated is not None and stated.day_first is None:
            return stated
        unsure = unsure or stated
    return unsure


def iso_date(text: str) -> str | None:
    """The first full date in `text` as ISO; None when there is none, it is impossible, or the
    weekday written beside it contradicts it."""
    found = find_date(text)
    return found.iso if found is not None else None
# A time before a date ("10:32, 4 March 2025", "9.15 am CET on 4 March 2025", "04:32 PM August 08, 2024"), part
# of the date's line. (A time without "am"/"pm" needs its comma or "on": "10.32 4 March" may be a count.)
_TIME_BEFORE = re.compile(r"^\s*\d{1,2}[:.]\d{2}(?:(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?\s*(?:,|\s+on)\s+"
                          r"|\s*[ap]\.?m\.?\s+)", re.I)


_DIGIT = re.compile(r"\d")


def has_figure(text: str) -> bool:
    """Whether `text` holds a figure: a text without one is no date, as every form writes its day in figures."""
    return _DIGIT.search(text) is not None


BILINGUAL_LABEL = re.compile(r"^\s*[^\W\d_]{3,}\.?\s*/\s*(?=[^\W\d_])")
"""A word in the page's language before its English twin ("tirsdag / Tuesday 05.11.2024", "Veröffentlicht / Published
9 May 2018"): the English one is read."""


def stated_date(text: str) -> StatedDate | None:
    """`text` read as nothing but a date (a weekday before it, a time before or after it, allowed);
    None when `text` is something else. A date without its year gives its weekday for the
    year to be found elsewhere, or nothing certain ("4 March", "03.04")."""
    if len(text) > MAX_DATE_TEXT or not has_figure(text):
        return None
    text = ascii_digits(text)
    if (label := BILINGUAL_LABEL.match(text)) is not None:
        text = text[label.end():]
    end = _TIME_AFTER.search(text)
    core = text[: end.start()].strip() if end else text.strip()
    core = core[start.end():] if (start := _TIME_BEFORE.match(core)) else core
    for pattern in _patterns(core):
        if (found := pattern.fullmatch(core)) is not None:
            return _read(found, text[end.start():] if end else "") or StatedDate()
    for pattern in (*_YEARLESS, _FOREIGN_YEARLESS):
        if (found := pattern.fullmatch(core)) is not None:
            return StatedDate(yearless=_yearless(found))  # ("03.04": a date, its day unsure)
    return _after_other_calendar(core)


def _yearless(found: re.Match[str]) -> tuple[int, int, int] | None:
    """The (month, day, weekday) of a match of a date without its year that names its weekday, in English or another
    language (_YEARLESS, _FOREIGN_YEARLESS); None where it names none, or no such day exists (in a leap year, where
    29 February does)."""
    parts = found.groupdict()
    month = _month(parts)
    weekday = WEEKDAYS.get((parts.get("weekday") or "").lower()) if parts.get("weekday") else (
        FOREIGN_WEEKDAYS.get((parts.get("fweekday") or "").lower()))
    if weekday is None or month is None:
        return None
    try:
        date(2000, month, int(parts["day"] or 0))
    except ValueError:
        return None
    return month, int(parts["day"] or 0), weekday


_OTHER_CALENDAR = re.compile(r"(?:^|\s)(?:1[34]\d\d|20[01]\d)\s*(?:هـ|ه‍?|ش|ዓ\.ም\.?)?(?:\s|$)|[״׳]")
"""What marks a date of another calendar: a year of the Hijri (1446), the Solar Hijri (1396) or the Ethiopian (2016)
count, perhaps with its era's mark ("هـ", "ዓ.ም."), or a Hebrew date's letters for figures ("ה׳ בתשרי תשפ״א")."""
_GREGORIAN_MARK = re.compile(r"\s*(?:م\.?|\))?\s*$")
"""What may follow the common era's date after another calendar's: Arabic's "م", a closing bracket."""


def _after_other_calendar(core: str) -> StatedDate | None:
    """The common era's date that closes a line giving the day in another calendar first, in a script without capitals
    ("الخميس 13 رمضان 1446 هـ - الموافق 13 مارس 2025 م", "شنبه ۷ بهمن ۱۳۹۶ - ۲۷ ژانویه ۲۰۱۸", "יום רביעי, ה׳ בתשרי
    תשפ״א, 23 בספטמבר 2020"); None for any other line."""
    if core.isascii() or not uncased(core):
        return None
    last = next((m for m in reversed(_full_matches(core)) if _GREGORIAN_MARK.fullmatch(core, m.end())), None)
    if last is None or _OTHER_CALENDAR.search(core[:last.start()]) is None:
        return None
    found = _read(last)
    return found if found is not None and found.iso else None


_MONTH_DAY = [re.compile(rf"{_MONTH}\s+{_DAY}", re.I), re.compile(rf"{_DAY}\s+{_MONTH}", re.I)]


def month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of `text` when it is nothing but a month and a day ("Jan 16", "April 16", "16 April"), as a
    wire's dateline writes them; None for anything else, or no such day."""
    for pattern in _MONTH_DAY:
        if (found := pattern.fullmatch(text.strip())) is not None:
            month, day = MONTHS[(found.group("month") or "").lower()], int(found.group("day") or 0)
            try:
                date(2000, month, day)  # a leap year: 29 February exists
            except ValueError:
                return None
            return month, day
    return None


def iso_day(year: int, month: int, day: int) -> str | None:
    """The ISO date of that day; None when there is no such day (29 February 2025)."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def weekday_days(text: str) -> list[tuple[int, int, int]]:
    """Each day `text` names by its weekday without a year ("on Saturday, Oct. 7", "Tuesday 4 June"), as (month, day,
    weekday)."""
    if not any(name in text.lower() for name in WEEKDAY_NAMES):
        return []  # most texts are spared the search
    return [yearless for pattern in _YEARLESS[:2] for match in pattern.finditer(text)
            if (yearless := _yearless(match)) is not None]


def year_for(yearless: tuple[int, int, int], years: set[int]) -> str | None:
    """The ISO date of a yearless (month, day, weekday) in the one year of `years` whose
    calendar agrees with the weekday; None when none or more than one does."""
    month, day, weekday = yearless
    fits = []
    for year in years:
        try:
            when = date(year, month, day)
        except ValueError:
            continue
        if when.weekday() == weekday:
            fits.append(when)
    return fits[0].isoformat() if len(fits) == 1 else None
