"""Metadata read from a twenty-first, independent set of articles (tests/fixtures/meta21/): more fresh variants of
issue 14's three cases (Unicode bylines in every place a byline stands, a Markdown article's one emphasised line of
outlet, date and byline, plain-text dates written out) and hard negatives.

Written by a helper who read neither the extractor nor its tests, and committed before Parallax was run on it. The
first run stood at 225 of 240 fields, 3 of them wrong: two headlines kept their site's name after a dash, as the
name's word was not known for a publication's (Faroese "Tíðindi", Danish "Avis"), and one two-author byline lost
its first author to a Faroese particle ("Rógvi á Heygabrekku"). Missed: a Markdown title under a masthead with a
one-word section label in Catalan ("**Diari del Baix Rovell** · Cultura"), a Portuguese masthead ("O Mensageiro de
Vilacortiça"), names with the particles "van 't" and the Maasai "ole", a bio after its label ("**About the author:**
Lǚ Yǎnqiū is a reporter for ..."), "Posted Jan. 29, 2019, 6:40 a.m." (its closing full stop taken for a sentence's),
and a masthead over an "Issue date:" line. It stands at 240.
"""

from __future__ import annotations

from tests.conftest import FIXTURES
from tests.meta_cases import set_tests
from tui.engine.blocks import is_prose
from tui.engine.dates import find_date
from tui.engine.headerdates import is_date_line
from tui.engine.headerlines import masthead_with_section
from tui.engine.meta import bio, is_masthead, is_person_name

META21 = FIXTURES / "meta21"

test_every_fixture_has_an_expectation, test_metadata_from_furniture = set_tests(META21, {})


def test_a_masthead_beside_a_one_word_section_label_in_any_language() -> None:
    assert masthead_with_section("Diari del Baix Rovell · Cultura") == "Diari del Baix Rovell"
    assert masthead_with_section("Westerduin Courant · Kultur") == "Westerduin Courant"
    assert masthead_with_section("Westerduin Courant · seals") is None  # a label is capitalised
    assert masthead_with_section("Westerduin Courant · Seal pups return") is None  # a headline's words
    assert masthead_with_section("Storm closes bridge · Cultura") is None  # no masthead


def test_more_languages_words_for_a_newspaper() -> None:
    for name in ("Sunnbøur Tíðindi", "Østerlyng Avis", "O Mensageiro de Vilacortiça", "El Mensajero de Tarifa"):
        assert is_masthead(name), name
    assert not is_masthead("Travis Davis")


def test_particles_inside_names() -> None:
    for name in ("Femke van 't Hoogeveld", "Rógvi á Heygabrekku", "Jóannes í Dali", "Lemayian ole Kasaine"):
        assert is_person_name(name, stated=True), name
    assert not is_person_name("Femke van 't", stated=True)  # a particle does not end a name


def test_a_bio_after_its_label() -> None:
    assert bio("**About the author:** Lǚ Yǎnqiū is a reporter for The Lúnxīpō Courier.") == (
        "Lǚ Yǎnqiū", "The Lúnxīpō Courier")
    assert bio("About the writer: Ana Núñez writes about farming for The Halden Daily.") == (
        "Ana Núñez", "The Halden Daily")


def test_a_labelled_date_line_ending_in_a_clocks_full_stop_is_no_sentence() -> None:
    assert is_date_line("Posted Jan. 29, 2019, 6:40 a.m.") and not is_prose("Posted Jan. 29, 2019, 6:40 a.m.")
    assert is_date_line("Issue date: Friday 30 January 2026")
    assert not is_date_line("Posted Jan. 29, 2019, the council voted to build it.")
    assert is_prose("Posted Jan. 29, 2019, the council voted to build it.")
    date = find_date("Friday 30 January 2026")
    assert date is not None and date.iso == "2026-01-30"
