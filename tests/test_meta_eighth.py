"""Metadata read from an eighth, independent set of small articles of issue 14's kinds (tests/fixtures/meta8/).

Written by a helper who read neither the extractor nor its tests, and committed before Parallax was run on
it: bylines in twelve more languages (Hungarian, Romanian, Latvian, Welsh, Scottish Gaelic, Hawaiian ...),
metalines, dates written out in more languages and scripts, HTML pages with meta tags and JSON-LD, and hard
negatives. The first run stood at 216 of 240 fields (3 wrong, 21 missed); it stands at 240. One expectation
was changed, with its reason, in the fixtures' README (n11's outlet, by the issue's own held-out set's
convention). p11's date, "KAUNAS, Jan 16 (Baltic Wire)" with the year only in "© 2025 Baltic Wire" below, was
held as missed in session 24 (a copyright year may be the site's); since session 25 it is read: the notice names
the dateline's own wire, so it is the story's (meta10's p09 is the same case, written by another helper).
"""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES
from tests.meta_cases import expected_fields, fixture_names, read_fields
from tui.engine.bylines import byline
from tui.engine.credits import outlet_credit
from tui.engine.dates import stated_date
from tui.engine.meta import bio, is_masthead, is_person_name
from tui.engine.textnorm import line_words

META8 = FIXTURES / "meta8"
EXPECTED = expected_fields(META8)
STILL_MISSED: dict[str, int] = {}
"""Fixtures and the field (index of title, outlet, author, date) read as unknown where the set states it."""


def test_every_fixture_has_an_expectation() -> None:
    assert fixture_names(META8) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_metadata_from_furniture(name: str) -> None:
    want = list(EXPECTED[name])
    if name in STILL_MISSED:
        want[STILL_MISSED[name]] = None  # unknown, never a wrong guess
    assert read_fields(META8 / name) == tuple(want)


def test_an_article_in_japanese_is_read_not_refused_for_its_unspaced_lines() -> None:
    """Japanese is written without spaces: every line was one "word", so none was a sentence, and the file gave
    "no article text found"."""
    fields = read_fields(META8 / "p09_japanese_date_nen_gatsu_nichi.txt")
    assert fields == ("静岡県富士市で大雨、住民に避難指示", None, None, "2025-06-09")
    assert len(line_words("静岡県富士市で大雨、住民に避難指示")) == 10  # two characters a word, the comma a break
    assert line_words("Tokyo 東京都 rain") == ["Tokyo", "東京", "都", "rain"]


def test_a_date_in_chinese_japanese_or_korean_may_carry_its_weekday_in_brackets() -> None:
    for text in ("2025年6月9日（月）", "2025年6月9日(月曜日)", "2025년 6월 9일 (월)"):
        found = stated_date(text)
        assert found is not None and found.iso == "2025-06-09", text


def test_a_long_meta_line_with_its_update_is_furniture_not_prose() -> None:
    """Two authors, the outlet, when published and when updated: twenty words with the separators, no sentence."""
    assert read_fields(META8 / "m10_star_middot_two_authors_published_updated_gaelic.md")[1:] == (
        "Skye Weekly Record", "Eilidh NicLeòid and Calum MacAoidh", "2025-08-28")


@pytest.mark.parametrize("name", ["Hamish Mac an t-Saoir", "Iain Mac a’ Ghobhainn", "Rhodri ap Dafydd",
                                  "Catrìona NicDhòmhnaill"])
def test_gaelic_and_welsh_particles_are_inside_names(name: str) -> None:
    assert is_person_name(name)


def test_a_bio_may_give_the_job_without_an_article() -> None:
    assert bio("Rhodri ap Dafydd is chief reporter at The Teifi Valley Observer.") == (
        "Rhodri ap Dafydd", "The Teifi Valley Observer")


@pytest.mark.parametrize(("text", "iso"), [
    ("joi, 6 noiembrie 2025", "2025-11-06"),  # Romanian, its weekday before
    ("27 Ağustos 2025 Çarşamba", "2025-08-27"),  # Turkish, its weekday after
    ("12. května 2025", "2025-05-12"),
])
def test_dates_written_out_in_more_languages(text: str, iso: str) -> None:
    found = stated_date(text)
    assert found is not None and found.iso == iso
    monday = stated_date("27 Ağustos 2025 Pazartesi")  # a Monday, it says: it was a Wednesday
    assert monday is not None and monday.iso is None


@pytest.mark.parametrize(("name", "date"), [
    ("p03_french_slashed_date.txt", "2025-03-04"),  # "Publié le 04/03/2025 à 10h12": French writes the day first
    ("p04_czech_written_date.txt", "2025-05-12"),  # "Publikováno 12. května 2025"
    ("p07_romanian_written_date_weekday.txt", "2025-11-06"),  # "Publicat: joi, 6 noiembrie 2025"
])
def test_a_publication_label_in_another_language_opens_the_date(name: str, date: str) -> None:
    assert read_fields(META8 / name)[3] == date


def test_a_pages_title_names_its_site_better_than_its_domain() -> None:
    """"Headline | The Moray Firth Courant" with the headline in <h1>: the outlet, not the canonical address's
    "morayfirthcourant.example" (a wrong outlet, where the title states the right one)."""
    assert read_fields(META8 / "h03_title_pipe_site_name_visible_byline.html")[1] == "The Moray Firth Courant"


@pytest.mark.parametrize(("name", "outlet"), [
    ("p08_hungarian_written_date_copyright.txt", "Alföldi Hírmondó"),  # "© 2025 Alföldi Hírmondó"
    ("p05_finnish_written_date_masthead_below.txt", "Kainuun Viikkosanomat"),  # over "Julkaistu 18. syyskuuta 2025"
])
def test_mastheads_in_hungarian_and_finnish(name: str, outlet: str) -> None:
    assert read_fields(META8 / name)[1] == outlet
    assert is_masthead(outlet) and is_masthead("Aamulehti") and is_masthead("Népszava Hírlap")


@pytest.mark.parametrize(("line", "author"), [
    ("Words and pictures: Ģirts Ozoliņš", "Ģirts Ozoliņš"),
    ("Contributed by Catrìona NicDhòmhnaill", "Catrìona NicDhòmhnaill"),
])
def test_more_credit_labels(line: str, author: str) -> None:
    assert byline(line) == author


def test_a_sign_off_for_a_publication() -> None:
    assert outlet_credit("Ruairidh MacLeòid, for The Minch Herald") == ("Ruairidh MacLeòid", "The Minch Herald")
