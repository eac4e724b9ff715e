"""Metadata read from a thirty-seventh, independent set of articles (tests/fixtures/meta37/): the issue's three judged
kinds (Unicode bylines, bios, mastheads and title prefixes; one emphasised Markdown meta line under the title; plain-
text dates written out, slashed dates the page settles) in the ordinary forms of big English-language outlets, with
small HTML pages whose head disagrees with the page, and hard negatives.

Written by a helper who read neither the extractor nor its tests, and committed before Parallax was run on it. The
first run stood at 230 of 240 fields, 6 of them wrong: a section's trail over the headline ("Business | Maine",
"World | Europe", "Canada | Ottawa", "Cities > Kaveripet") read as the title, under its masthead; a trafilatura guess
from a photo caption ("Dec 5, 2025") over the day beside the byline ("By Name | Dec 06, 2025 08:15 IST"); a
newspaper's word alone over a Markdown title ("Magazine") read as the masthead, over the meta line's "The Sunday
Harrier". Missed: a slashed date that another date on the page settles ("Published: 09/02/2020" over "Updated:
13/02/2020": 9 February), and a meta line with a translator's part ("... · by Name · translated from the Ukrainian by
Name"). 240 at the end.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import FIXTURES
from tests.meta_cases import set_tests
from tui.engine.corpus import read_article
from tui.engine.headerlines import is_section_trail, may_be_title, settled_order
from tui.engine.metaline import meta_line
from tui.engine.pagedates import shown_date

META37 = FIXTURES / "meta37"
KNOWN_GAPS: dict[str, tuple[int, ...]] = {}
"""Fixtures and the fields (index of title, outlet, author, date) not read as the set states them yet."""

test_every_fixture_has_an_expectation, test_metadata_from_furniture = set_tests(META37, KNOWN_GAPS)


def test_a_sections_trail_over_the_headline_is_no_title() -> None:
    for trail in ("Business | Maine", "World | Europe", "Canada | Ottawa", "Cities > Kaveripet",
                  "News / Local / Courts"):
        assert is_section_trail(trail) and not may_be_title(trail), trail
    # a headline with its site's name, a headline of a few words, and a masthead beside its section are no trail
    for line in ("Bridge closes | Halden Daily", "Storm closes bridge | News", "Halden Daily | Sport",
                 "Budget 2025 | Tax", "Lobster season opens early as warm water pushes catch north"):
        assert not is_section_trail(line), line
    assert may_be_title("Storm closes bridge | News")


def test_a_slashed_date_is_read_as_the_page_writes_its_other_dates() -> None:
    published = "2020-02-09"  # "09/02/2020" read day first
    assert settled_order(["Published: 09/02/2020 14:10", "Updated: 13/02/2020 08:05"], published) == published
    assert settled_order(["Posted 2/9/2020", "Updated 2/13/2020"], published) == "2020-09-02"
    assert settled_order(["Published: 09/02/2020"], published) is None  # nothing settles it
    assert settled_order(["Published: 09/02/2020", "13/02/2020", "2/13/2020"], published) is None  # both orders
    assert settled_order(["Halden Daily | Edition: Ireland", "Posted: 09/02/2020"], published) == published


def test_the_day_beside_the_byline_at_the_headline_is_the_pages() -> None:
    assert shown_date(["By Rohan D'Abreo-Kamat | Dec 06, 2025 08:15 IST"]) == "2025-12-06"
    # a line of two dates beside a byline gives neither (the second is the update), nor a line without a byline
    assert shown_date(["By Rania al-Khatib Published 10 June 2025 · 11 June 2025"]) is None
    assert shown_date(["Full time · Sunday 28 July 2024 · Corrigan Park",
                       "By Oisín Fagerlund-Mwale · Monday 29 July 2024"]) == "2024-07-29"


def test_a_translators_part_of_a_meta_line_states_nothing() -> None:
    line = meta_line("Opinion · The Stonebrook Review · 10 July 2026 · by Olena Zhytomyrska · translated from the "
                     "Ukrainian by Maksym Dorošenko-Birkett")
    assert line is not None and line.author == "Olena Zhytomyrska" and line.outlet == "The Stonebrook Review"
    assert line.date is not None and line.date.iso == "2026-07-10"


def test_a_newspapers_word_alone_over_a_markdown_title_is_no_masthead(tmp_path: Path) -> None:
    text = ("Magazine\n\n# Inside the race to save the fishing fleet\n\n**The Sunday Harrier — 20 May 2018 — by "
            "Annelie Müllerschön**\n\nAt first light in Porthcarrow harbour, the boats look much as they did.\n")
    page = tmp_path / "fleet.md"
    page.write_text(text, encoding="utf-8")
    assert read_article(page)[0].outlet == "The Sunday Harrier"
    page.write_text(text.replace("Magazine", "The Porthcarrow Magazine", 1), encoding="utf-8")
    assert read_article(page)[0].outlet == "The Porthcarrow Magazine"
