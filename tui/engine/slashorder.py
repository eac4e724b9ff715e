"""Which way a slashed date reads ("04/03/2025": 4 March or April 3), when its parts cannot say: the page's declared
locale, a US clock's zone that Canada prints too, and the other reading of one read day first. Read by
tui.engine.clean and headerlines, apart from dates.py, which finds the dates."""

from __future__ import annotations

import re

from tui.engine.dates import US_ZONES, find_date, iso_day

_US_ZONE = re.compile(rf"\b(?:{'|'.join(US_ZONES)})\b")


def zone_ordered(lines: list[str], iso: str) -> bool:
    """Whether a slashed date among `lines` reads as `iso` only by the US time zone after it ("Posted 06/05/2024 8:10
    AM EDT"): Canada prints the same zones and writes its dates in either order."""
    for line in lines:
        if "/" in line and (stated := find_date(line)) is not None and stated.iso == iso:
            bare = find_date(_US_ZONE.sub("", line))
            if bare is not None and bare.iso is None and bare.day_first is not None:
                return True
    return False


_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")
UNSURE_REGIONS = frozenset({"us", "ca", "ph"})
"""Regions whose locale settles no order. The United States writes a slashed date month first, but
"en-US" is also what WordPress and its SEO plugins declare for a site whatever its country, so a
British blog's "04/03/2025" under lang="en-US" is 4 March: month first is read only beside a US
clock (dates._US_CLOCK). Canada and the Philippines write both orders."""
DAY_LAST_LANGUAGES = frozenset({"zh", "ja", "ko", "hu", "lt", "mn"})
"""Languages whose dates run year, month, day: a slashed date with the year last is unusual there."""


def month_first(day_first: str) -> str | None:
    """The other reading of a slashed date read day first (`StatedDate.day_first`, "2016-07-04" of "4/7/2016"):
    month first ("2016-04-07"), as US pages write it."""
    year, month, day = (int(part) for part in day_first.split("-"))
    return iso_day(year, day, month)


def in_order(day_first: str, locale: str | None) -> str | None:
    """A slashed date that could be read either way, as its reading day first (`StatedDate.day_first`),
    when the page's declared `locale` ("en-GB", "de", "fr_FR") is one that writes it so;
    None when the locale is unknown or does not settle it (plain English, which British and
    American pages alike declare; UNSURE_REGIONS)."""
    if not locale:
        return None
    language, _, region = locale.strip().replace("_", "-").lower().partition("-")
    region = region.partition("-")[0]
    if not _LANGUAGE_CODE.fullmatch(language):  # "English": a language's name, not its code
        return None
    if language in DAY_LAST_LANGUAGES or region in UNSURE_REGIONS or (language == "en" and not region):
        return None
    return day_first
