"""Metadata read from a thirteenth, independent set of articles (tests/fixtures/meta13/): ordinary articles.

Written by a helper who read neither the extractor nor its tests, and committed before Parallax was run on it: plain
texts with mastheads, bylines in other languages ("Por", "Tekst:"), sign-offs and dates written out or day first,
Markdown metalines and front matter, HTML pages with their chrome, and six hard negatives. The first run stood at
230 of 240 fields, 2 of them wrong (a "Last updated" stamp set beside the byline in one line read as the date; a
French headline's space before its colon taken out). It stands at 240. Of every other article file under
tests/fixtures, bench/data and seeds only titles of a held-out corpus changed (" :: Tamsett Public Radio" now cut as
the site's name) and a few bodies (a space the writer set before a colon or a mark kept).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from tests.meta_cases import expected_fields, read_fields, set_tests
from tui.engine.blocks import strip_urls
from tui.engine.meta import is_masthead
from tui.engine.metaline import meta_line
from tui.engine.titlesite import cut_site

META13 = FIXTURES / "meta13"
EXPECTED = expected_fields(META13)


test_every_fixture_has_an_expectation, test_metadata_from_furniture = set_tests(META13)


def test_an_update_stamp_beside_the_byline_in_one_line_is_no_date() -> None:
    """A page's byline and "Last updated" spans, side by side, read as one line: the name ran on into "Last" and the
    change time became the date."""
    line = meta_line("By Kwame Asante-Mensah Last updated 14:10 GMT, 3 February 2026")
    assert line is not None and (line.author, line.date) == ("Kwame Asante-Mensah", None)
    assert read_fields(META13 / "n05_last_updated_only.html")[3] is None


def test_a_space_the_writer_set_before_a_colon_stays() -> None:
    """French sets a space before a colon; only the space a removed link leaves is tidied."""
    french = "Le Châtelard : la fromagerie agrandit sa cave"
    assert strip_urls(french) == french
    assert strip_urls("Read it at https://example.org/story .") == "Read it at."
    assert read_fields(META13 / "t13_french_masthead_above_par_publie_le.txt")[0] == (
        "Le Châtelard : la fromagerie coopérative agrandit sa cave d'affinage")


def test_a_double_colon_parts_a_headline_from_its_site() -> None:
    assert cut_site("Two shot in Dutchtown; 1 critical :: Tamsett Public Radio") == (
        "Two shot in Dutchtown; 1 critical", "Tamsett Public Radio")


@pytest.mark.parametrize("name", ["The Donegal Highlands Recorder", "The Lochaber Pioneer",
                                  "Crónica del Valle de Tobalina", "Głos Doliny Wdy", "The Nashville Banner"])
def test_more_newspaper_words_name_mastheads(name: str) -> None:
    assert is_masthead(name)


@pytest.mark.parametrize("name", ["t23_two_authors_masthead_between_abbrev_weekday.txt",
                                  "n04_opinion_label_above_title.txt",
                                  "m17_caps_byline_own_line_masthead_us_date.md"])
def test_a_masthead_right_under_the_title_and_over_the_byline(name: str) -> None:
    """"The Zeeland Tideline" has no newspaper's word, but "The" and its place say masthead: right under the
    headline, right over the byline; a Markdown # title counts as the line above."""
    assert read_fields(META13 / name)[1] == EXPECTED[name][1]


def test_a_the_name_elsewhere_is_no_masthead(tmp_path: Path) -> None:
    """Under the headline but over the story's first sentence, "The Old Harbour" is no masthead; over a byline, it
    is."""
    story = "The ferry came back to the old harbour on Monday after two years away, the council said.\n"
    (tmp_path / "plain.txt").write_text(f"Ferry returns to the harbour\n\nThe Old Harbour\n\n{story}", encoding="utf-8")
    (tmp_path / "byline.txt").write_text(f"Ferry returns to the harbour\n\nThe Old Harbour\n\nBy Ana Núñez\n\n{story}",
                                         encoding="utf-8")
    assert read_fields(tmp_path / "plain.txt")[1] is None
    assert read_fields(tmp_path / "byline.txt")[1:3] == ("The Old Harbour", "Ana Núñez")
