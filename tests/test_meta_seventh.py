"""Metadata read from a seventh, independent set of small articles of issue 14's kinds (tests/fixtures/meta7/).

Written by a helper who read neither the extractor nor its tests, and committed before Parallax was run on
it: bylines with Unicode names in every form (three authors, "Name, Agency", "By Name / Outlet Staff", a
wire's "Reporting by"), emphasised metalines with every separator and an update in brackets, dates written
out in eight languages, and hard negatives. The first run stood at 226 of 240 fields; what was added is in
the fixtures' README, and checked one by one below too.
"""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES
from tests.meta_cases import expected_fields, fixture_names, read_fields, shown_fields
from tui.engine.credits import outlet_credit
from tui.engine.meta import is_masthead, join_people
from tui.engine.metaline import meta_line

META7 = FIXTURES / "meta7"
EXPECTED = expected_fields(META7)


def test_every_fixture_has_an_expectation() -> None:
    assert fixture_names(META7) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_metadata_from_furniture(name: str) -> None:
    assert read_fields(META7 / name) == EXPECTED[name]


@pytest.mark.parametrize("name", ["m11_metaline_star_emdash_updated_parenthesis.md", "n08_date_in_title.txt",
                                  "u05_name_comma_agency_vietnamese.txt"])
def test_show_json_end_to_end(name: str) -> None:
    fields, _ = shown_fields(META7 / name)
    assert fields == EXPECTED[name]


@pytest.mark.parametrize(("name", "masthead"), [
    ("The Ashby Messenger", True), ("THE SHANNONSIDE CLARION", True), ("Gazzetta della Valle Alta", True),
    ("Jornal da Ribeira Alta", True), ("Ana da Silva", False), ("Valle Alta", False),
])
def test_more_publication_words_and_the_small_words_inside_a_masthead(name: str, masthead: bool) -> None:
    assert is_masthead(name) is masthead


def test_a_metaline_date_may_carry_its_update_in_brackets() -> None:
    line = meta_line("By Mehmet Ali Koç — Aegean Coast Gazette — 19 August 2025 (updated 20 August 2025)")
    assert line is not None and (line.outlet, line.author) == ("Aegean Coast Gazette", "Mehmet Ali Koç")
    assert line.date is not None and line.date.iso == "2025-08-19"


def test_a_credit_line_names_a_person_whose_given_name_is_also_a_word() -> None:
    assert outlet_credit("Nguyễn Văn An, Mekong Press Agency") == ("Nguyễn Văn An", "Mekong Press Agency")


def test_three_authors_are_joined_as_english_lists_them() -> None:
    assert join_people(["Ana Horvat", "Ivana Šimić", "Dóra Kovács"]) == "Ana Horvat, Ivana Šimić and Dóra Kovács"
    assert join_people(["Ana Horvat", "Dóra Kovács"]) == "Ana Horvat and Dóra Kovács"
