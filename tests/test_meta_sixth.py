"""Metadata read from a sixth, independent set of small articles of issue 14's kinds (tests/fixtures/meta6/).

Written by a helper before the extractor was read, and committed before Parallax was run on it:
Unicode names in every recogniser (bylines, capitals, "Name, Agency", bios, mastheads above and
below the title, title prefixes and suffixes), the emphasised metaline with every separator and
order, dates written out in English and six other languages, dotted dates, a weekday date whose
year only the copyright line gives, and hard negatives (a story's "by", its dates, a photo credit,
a quote's attribution, an "Updated" stamp alone, related stories' bylines). The first run stood at
226 of 240 fields; what was added, and the five expectations set to the project's rules, are in
the fixtures' README. The rules added are checked one by one below too.
"""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES
from tests.meta_cases import expected_fields, fixture_names, read_fields, shown_fields
from tui.engine.meta import freelance_bio, is_masthead
from tui.engine.outletwords import is_outlet_word

META6 = FIXTURES / "meta6"
EXPECTED = expected_fields(META6)


def test_every_fixture_has_an_expectation() -> None:
    assert fixture_names(META6) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_metadata_from_furniture(name: str) -> None:
    assert read_fields(META6 / name) == EXPECTED[name]


@pytest.mark.parametrize("name", ["p08_dotted_short_polish_outlet.txt", "u04_name_comma_agency.txt",
                                  "u17_title_prefix_german_outlet.txt", "m02_metaline_underscore_pipe.md"])
def test_show_json_end_to_end(name: str) -> None:
    fields, _ = shown_fields(META6 / name)
    assert fields == EXPECTED[name]


@pytest.mark.parametrize(("name", "masthead"), [
    ("Leipziger Tageskurier", True), ("Kölner Stadt-Bote", True), ("Le Nouvelliste Québécois", True),
    ("Agencja Bałtycka", True), ("Harbour Wochenblatt", True), ("Þjóðviljinn", False), ("Anna Nowak", False),
])
def test_foreign_publication_words(name: str, masthead: bool) -> None:
    assert is_masthead(name) is masthead
    assert not is_outlet_word("anna")


def test_a_freelances_bio_names_the_author_alone() -> None:
    assert freelance_bio("Nguyễn Thị Lan is a freelance journalist based in Cần Thơ.") == "Nguyễn Thị Lan"
    assert freelance_bio("*Ólöf Jónsdóttir is an independent reporter.*") == "Ólöf Jónsdóttir"
    assert freelance_bio("Nguyễn Thị Lan is a farmer based in Cần Thơ.") is None  # no journalist's job
    assert freelance_bio("Nguyễn Thị Lan is a freelance journalist who was arrested in May.") is None
