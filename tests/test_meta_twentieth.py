"""Metadata read from a twentieth, independent set of articles (tests/fixtures/meta20/): fresh variants of issue 14's
three cases, Unicode bylines in every place a byline stands, a Markdown article's one emphasised line of outlet,
date and byline, and plain-text dates written out.

Written by a helper who read neither the extractor nor its tests, and committed before Parallax was run on it. The
first run stood at 233 of 240 fields, 3 of them wrong: a masthead with its section's or edition's label ("Westerduin
Courant · Science", "Kilgarvagh Leader | Edition: Ireland") taken for the headline, and a reporter's beat and job for
the outlet. Missed: such a masthead under the headline, a masthead beside a place with a name's shape in a metaline
("The Whārangi Coast Record · Ōrewhenua Bay · 11 December 2022 · by Name"), "Packet" as a publication's word, and
a slashed date on a page whose edition is a day-first country's. It stands at 240.
"""

from __future__ import annotations

from tests.conftest import FIXTURES
from tests.meta_cases import set_tests
from tui.engine.headerlines import day_first_edition, masthead_with_section
from tui.engine.meta import is_masthead
from tui.engine.metaline import meta_line

META20 = FIXTURES / "meta20"

test_every_fixture_has_an_expectation, test_metadata_from_furniture = set_tests(META20, {})


def test_a_masthead_with_its_section_or_edition_gives_the_masthead() -> None:
    assert masthead_with_section("Westerduin Courant · Science") == "Westerduin Courant"
    assert masthead_with_section("Kilgarvagh Leader | Edition: Ireland") == "Kilgarvagh Leader"
    assert masthead_with_section("The Harlow Ledger — UK edition") == "The Harlow Ledger"
    assert masthead_with_section("Storm closes bridge · Science") is None  # no masthead
    assert masthead_with_section("Westerduin Courant · Seal pups return") is None  # no section


def test_a_metalines_masthead_stands_out_beside_a_place_of_a_names_shape() -> None:
    line = meta_line("The Whārangi Coast Record · Ōrewhenua Bay · 11 December 2022 · by Aroha Ngāwaka-Rēhia")
    assert line is not None and line.outlet == "The Whārangi Coast Record" and line.author == "Aroha Ngāwaka-Rēhia"
    assert is_masthead("The Porthkellis Packet")


def test_an_edition_of_a_day_first_country_settles_a_slashed_date() -> None:
    assert day_first_edition(["Kilgarvagh Leader | Edition: Ireland", "News | Sport"])
    assert day_first_edition(["The Harlow Ledger — UK edition"])
    assert not day_first_edition(["The Harlow Ledger — US edition"])
    assert not day_first_edition(["Edition: International"])
