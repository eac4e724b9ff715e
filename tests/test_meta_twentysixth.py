"""Metadata read from a twenty-sixth, independent set of articles (tests/fixtures/meta26/): articles as readers save
them: web pages copied as plain text (menus, skip links, share buttons and related stories left in), Markdown from web
clippers and note apps (front matter with the clipping's date, which is not the publication's), and pages of the
blogging platforms local news runs on; with hard negatives.

Written by a helper who read neither the extractor nor its tests, and committed before Parallax was run on it. The
first run stood at 217 of 240 fields, 14 of them wrong: skip links and menu buttons in other languages taken for the
headline ("Ugrás a tartalomra", "Přeskočit na obsah", "Passer au contenu principal", "Open navigation menu", "Log in |
Subscribe", "English | Cymraeg", "Avis de décès", "Submit an event"), a print view's "Printed from X on DATE" taken for
the headline and its date, a French update stamp ("Mis à jour le ...") and the update half of "Published on ...,
updated on ..." taken for the headline; a site's domain for its outlet, a UTC <time> a day off. Missed: bylines
labelled "Szerző:", "Teksti ja kuvat:", a byline run on into the reporter's e-mail address, a name over "Journalist".
"""

from __future__ import annotations

from tests.conftest import FIXTURES
from tests.meta_cases import set_tests
from tui.engine.bylines import byline
from tui.engine.chrome import is_page_chrome
from tui.engine.found import Found
from tui.engine.headerdates import take_header_date

META26 = FIXTURES / "meta26"
KNOWN_GAPS: dict[str, tuple[int, ...]] = {
    "c06.md": (1,), "c08.md": (1, 2, 3), "c20.md": (1,), "s06.html": (3,), "s08.html": (3,), "s11.html": (1,),
    "w15.txt": (3,),
}
"""Fixtures and the fields (index of title, outlet, author, date) not read as the set states them yet."""

test_every_fixture_has_an_expectation, test_metadata_from_furniture = set_tests(META26, KNOWN_GAPS)


def test_skip_links_and_buttons_in_more_languages_are_chrome() -> None:
    for line in ("Ugrás a tartalomra", "Přeskočit na obsah", "Saltar para o conteúdo", "Passer au contenu principal",
                 "Skip to content | Neidio i'r cynnwys", "Open navigation menu", "Log in | Subscribe",
                 "English | Cymraeg", "Avis de décès", "Submit an event",
                 "Printed from The Tallowmoor Courant on 2 December 2026"):
        assert is_page_chrome(line), line
    for line in ("Open season on the moor", "Passer au large", "Log cabin saved"):
        assert not is_page_chrome(line), line


def test_a_print_views_stamp_and_an_update_give_no_date() -> None:
    printed = Found()
    assert take_header_date("Printed from The Tallowmoor Courant on 2 December 2026", printed) != ""
    assert printed.date is None
    both = Found()
    assert take_header_date("Published on Monday 14 June 2021, updated on Wednesday 16 June 2021", both) == (
        "updated on Wednesday 16 June 2021")
    assert both.date == "2021-06-14"


def test_bylines_labelled_in_hungarian_and_finnish_or_run_on_into_an_address() -> None:
    assert byline("Szerző: Bánkúti-Ördögh Zsófia") == "Bánkúti-Ördögh Zsófia"
    assert byline("Teksti ja kuvat: Aino Häkkilä-Ylinärhi") == "Aino Häkkilä-Ylinärhi"
    assert byline("By Lupita Ibarrendo-Nakashiro lnakashiro@cottonwoodledger.example") == "Lupita Ibarrendo-Nakashiro"
