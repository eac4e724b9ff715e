"""Metadata read from a twenty-ninth, independent set of articles (tests/fixtures/meta29/): the three kinds of
furniture the project is judged on in fresh forms (bylines, bios, sign-offs and outlet prefixes with letters outside
ASCII; Markdown meta lines and front matter; dates written out in nine languages), with hard negatives.

Written by a helper who read neither the extractor nor its tests, and committed before Parallax was run on it. The
first run stood at 217 of 240 fields, 1 of them wrong: a masthead whose newspaper word the project did not know ("The
Ballyveskin Champion") taken for the headline. Missed: "Written by" in Italian, Portuguese, Spanish and Dutch
("Servizio di", "Testo e foto di", "Reportagem de", "Escrito por", "Geschreven door") and Polish "Autorka:"; a meta
line's bare name with a job after it ("Name, education reporter"); Polish "r." after a year; Italian "ore 18:40" after
a date; a Hungarian year-first date line, which Markdown reads as an ordered list's item; a byline between a dateline
and the story; a bio's "has covered ... for X since 2009"; publication stamps at the foot in German, French and Dutch.
Left: w12's "Published: 6/11/2018" on an Irish page that states no locale (only "Halloween last week" in the story
settles its order; the project keeps such a date unknown: dates.DOTTED_ORDER's note).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from tests.meta_cases import read_fields, set_tests
from tui.engine.bylines import byline
from tui.engine.dates import stated_date
from tui.engine.meta import bio, is_masthead
from tui.engine.metaline import meta_line

META29 = FIXTURES / "meta29"
KNOWN_GAPS: dict[str, tuple[int, ...]] = {"w12.txt": (3,)}
"""Fixtures and the fields (index of title, outlet, author, date) not read as the set states them yet."""

test_every_fixture_has_an_expectation, test_metadata_from_furniture = set_tests(META29, KNOWN_GAPS)


def test_written_by_in_other_languages() -> None:
    for line, name in (("Servizio di Niccolò Sgarbazzi-Pellicanò", "Niccolò Sgarbazzi-Pellicanò"),
                       ("Testo e foto di Mariagrazia Scalzò-Bernacchi", "Mariagrazia Scalzò-Bernacchi"),
                       ("Reportagem de Gonçalo Brás Serôdio-Lampreia", "Gonçalo Brás Serôdio-Lampreia"),
                       ("Escrito por Florencia Añón Ituarte-Gorosito", "Florencia Añón Ituarte-Gorosito"),
                       ("Geschreven door Anneloes Çakırbeyli-Verhoeckx", "Anneloes Çakırbeyli-Verhoeckx"),
                       ("Autorka: Bogumiła Zawiślak-Pęcherzewska", "Bogumiła Zawiślak-Pęcherzewska")):
        assert byline(line) == name, line
    assert byline("Servizio di pulizia comunale") is None


def test_a_bare_name_with_its_job_in_a_meta_line_is_the_author() -> None:
    line = meta_line("The Hathercleugh Advertiser | 9 May 2023 | Ifeyinwa Okafọ-Harrowsmith, education reporter")
    assert line is not None
    assert (line.outlet, line.author) == ("The Hathercleugh Advertiser", "Ifeyinwa Okafọ-Harrowsmith")
    photo = meta_line("The Hathercleugh Advertiser | 9 May 2023 | Ana Núñez, Staff Photographer")
    assert photo is not None and photo.author is None  # a picture's credit names no writer


def test_dates_with_a_year_word_or_a_clock_word() -> None:
    polish = stated_date("12 marca 2019 r.")
    assert polish is not None and polish.iso == "2019-03-12"
    italian = stated_date("Martedì 12 settembre 2017, ore 18:40")
    assert italian is not None and italian.iso == "2017-09-12"


def test_a_bio_of_years_and_a_champion() -> None:
    assert bio("Ealasaid Nic a' Phearsain-Gorrie has covered the islands for The Ardcharrach Record since 2009.") == (
        "Ealasaid Nic a' Phearsain-Gorrie", "The Ardcharrach Record")
    assert is_masthead("The Ballyveskin Champion")


STORY = "By Ana Smith\n\nThe swimmer from Kells won the title on Saturday in Dublin.\n\nShe turns professional.\n"


@pytest.mark.parametrize("headline", ["Local Boxer Crowned National Champion", "Local Swimmer Sets National Record",
                                      "Council Backs Harbour Leader"])
def test_a_headline_ending_in_a_newspapers_word_is_no_masthead(tmp_path: Path, headline: str) -> None:
    """Over the byline, with no headline under it, such a line is the headline ('Champion' made it the outlet)."""
    alone = tmp_path / "alone.txt"
    alone.write_text(f"{headline}\n\n{STORY}", encoding="utf-8")
    assert read_fields(alone)[:3] == (headline, None, "Ana Smith")
    under = tmp_path / "under.txt"
    under.write_text(f"The Kells Leader\n\n{headline}\n\n{STORY}", encoding="utf-8")
    assert read_fields(under)[:3] == (headline, "The Kells Leader", "Ana Smith")
    named = tmp_path / "named.txt"  # a masthead alone over the byline stays one
    named.write_text(f"The Kells Leader\n\n{STORY}", encoding="utf-8")
    assert read_fields(named)[1] == "The Kells Leader"
