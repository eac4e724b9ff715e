"""A slashed date either of whose parts could be the month ("04/03/2025") is read day first when
the article declares a locale that writes it so (`<html lang>`, og:locale, front matter's `lang:`),
and stays unknown where it declares none or one that does not settle the order.

Decided: day first for every region but the United States, Canada and the Philippines, and for
languages other than English without a region ("de", "fr"). Not month first for "en-US": it is
what WordPress and Yoast declare (lang="en-US", og:locale en_US) for any site that did not change
it, British and Australian ones among them, so it says little of the date's order; a US clock after
the date ("02/11/2018 7:07 PM EST") still settles month first, as before. Plain "en", Canada and
the Philippines (both orders in use) and languages that write the year first (zh, ja, ko, hu)
settle nothing. (Written first with month first for en-US; changed in the same session, once
WordPress's default was weighed.)
"""

from __future__ import annotations

import pytest

from tui.engine.clean import clean_text
from tui.engine.dates import find_date
from tui.engine.extract import extract
from tui.engine.slashorder import in_order

BODY = ("The council voted on Monday to close the old bridge to lorries after engineers found cracks in two of "
        "its piers.\n\nResidents said the detour would add twenty minutes to the school run, and the mayor "
        "promised a decision on repairs within a month.")
DAY_FIRST = "2025-03-04"


@pytest.mark.parametrize(
    ("locale", "iso"),
    [("en-GB", "2025-03-04"), ("en_US", None), ("en-us", None), ("de", "2025-03-04"),
     ("fr-FR", "2025-03-04"), ("pt-BR", "2025-03-04"), ("en-AU", "2025-03-04"), ("en", None), ("en-CA", None),
     ("fr-CA", None), ("zh-CN", None), ("ja", None), (None, None), ("", None), ("English", None),
     ("German", None)],
)
def test_the_locale_settles_the_order(locale: str | None, iso: str | None) -> None:
    assert in_order(DAY_FIRST, locale) == iso


def test_a_slashed_date_that_reads_either_way_keeps_its_day_first_reading() -> None:
    found = find_date("04/03/2025")
    assert found is not None and found.iso is None and found.day_first == DAY_FIRST
    # a certain date beside it is taken first, as before
    later = find_date("04/03/2025, revised 5 March 2025")
    assert later is not None and later.iso == "2025-03-05"
    day = find_date("13/03/2025")  # only one order exists
    assert day is not None and day.iso == "2025-03-13" and day.day_first is None


def _page(head: str, date_line: str, html: str = "<html>") -> str:
    return (f"{html}<head>{head}<title>Bridge closed to lorries after cracks found</title></head><body><article>"
            f"<h1>Bridge closed to lorries after cracks found</h1><p class=\"date\">{date_line}</p>"
            + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n")) + "</article></body></html>")


@pytest.mark.parametrize(
    ("page", "iso"),
    [
        (_page("", "04/03/2025", '<html lang="en-GB">'), "2025-03-04"),
        (_page("", "03/04/2025", '<html lang="en-US">'), None),  # WordPress's default: no order said
        (_page('<meta property="og:locale" content="en_GB">', "04/03/2025"), "2025-03-04"),
        (_page("", "03/04/2025 7:07 PM EST", '<html lang="en-US">'), "2025-03-04"),  # a US clock says so
        (_page("", "04/03/2025", '<html lang="en">'), None),
        (_page("", "04/03/2025"), None),
    ],
)
def test_a_page_s_declared_language_dates_it(page: str, iso: str | None) -> None:
    assert clean_text(extract(page, ".html")).date == iso


@pytest.mark.parametrize(
    ("text", "suffix", "iso"),
    [
        (f"---\ntitle: Bridge closed to lorries after cracks found\nlang: de-DE\n---\n\n04/03/2025\n\n{BODY}\n",
         ".md", "2025-03-04"),
        (f"---\ntitle: Bridge closed to lorries after cracks found\nlocale: en_AU\n---\n\n04/03/2025\n\n{BODY}\n",
         ".md", "2025-03-04"),
        (f"Bridge closed to lorries after cracks found\nHalden Daily\n04/03/2025\n\n{BODY}\n", ".txt", None),
        (f"Bridge closed to lorries after cracks found\nHalden Daily · 04/03/2025 · by Marta Ilić\n\n{BODY}\n",
         ".txt", None),
    ],
)
def test_front_matter_s_language_dates_it_and_a_plain_text_stays_unknown(text: str, suffix: str,
                                                                         iso: str | None) -> None:
    cleaned = clean_text(extract(text, suffix))
    assert cleaned.date == iso
    assert "04/03/2025" not in cleaned.body and "03/04/2025" not in cleaned.body  # furniture, either way
