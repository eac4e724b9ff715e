"""Metadata read from an eleventh, independent set of articles (tests/fixtures/meta11/): saved as readers save them.

Written by a helper who read neither the extractor nor its tests, and committed before Parallax was run on it:
pages copied from a browser with their menus, breadcrumbs, buttons, cookie notices and lists of other stories,
clipped Markdown with the site's links above its heading, and HTML pages, around bylines with names outside
ASCII, meta lines and written-out dates. The first run stood at 198 of 240 fields, 23 of them wrong: a menu line
("Home | News | Business | Sport") or a skip link ("Zum Inhalt springen") read as the headline. It stands at 240.
The four fields and the body of every other article file under tests/fixtures, bench/data and seeds did not change.
"""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES
from tests.meta_cases import expected_fields, read_fields, set_tests
from tui.engine.bylines import byline
from tui.engine.chrome import is_page_chrome
from tui.engine.credits import credit_line, foot_credit
from tui.engine.meta import is_masthead

META11 = FIXTURES / "meta11"
EXPECTED = expected_fields(META11)


test_every_fixture_has_an_expectation, test_metadata_from_furniture = set_tests(META11)


@pytest.mark.parametrize("line", [
    "Home | News | Business | Sport | Entertainment",  # a menu on one line
    "Top news | Markets | World | Netherlands | Belgium",
    "Search | Log in | Subscribe from 1 kr",
    "Menu Search Sign In Subscribe",  # its buttons
    "Menu E-paper Subscribe",
    "Nation › Penang",  # a trail without the home page
    "Accueil › Actualités › Gaspésie",  # and with it, in other languages
    "Trang chủ | English edition",
    "Zum Inhalt springen",  # skip links
    "Aller au contenu principal",
    "Pular para o conteúdo",
    "We value your privacy",  # a cookie notice and its buttons
    "Harrow & Pike Media Group Ltd and our 212 partners use cookies and similar technologies to store information",
    "Accept all   Reject all   Manage options",
])
def test_a_copied_pages_chrome_is_no_headline(line: str) -> None:
    assert is_page_chrome(line)


@pytest.mark.parametrize("line", [
    "Bridge to close for a year | Halden Daily",  # a headline and its site
    "Storm closes bridge | News | Halden Daily",  # and its section: one menu word only
    "Ana Núñez | Évora Tribune | Staff",  # a credit
    "Halden Daily · 4 March 2025 · by Marta Ilić",  # a meta line
    "Why > Why not",
])
def test_a_headline_a_credit_or_a_meta_line_is_no_chrome(line: str) -> None:
    assert not is_page_chrome(line)


def test_more_names_and_credits() -> None:
    assert foot_credit("(Reporting by Pieter van den Broek and Anouk de Vries-ter Haar; Editing by Ruud ten Cate)") == (
        "Pieter van den Broek and Anouk de Vries-ter Haar")  # "ter" of the surname after it
    assert byline("By Anouk de Vries-ter Haar") == "Anouk de Vries-ter Haar"
    assert credit_line("Joaquín Ibáñez-Zúñiga - Costa Sur Gazette correspondent") == (
        "Joaquín Ibáñez-Zúñiga", "Costa Sur Gazette")
    assert is_masthead("Le Courrier de la Baie des Chaleurs")  # seven words, four of them its name's


def test_a_sign_off_above_the_list_of_other_stories() -> None:
    """"— Yasmin el-Haddad, for The Nile Delta Courier", then "Share this article", "More from Egypt" and two
    headlines: the article's foot ends where the list of other stories begins."""
    assert read_fields(META11 / "u08_signoff_for_the_outlet_arabic_el.txt")[1:3] == (
        "The Nile Delta Courier", "Yasmin el-Haddad")


def test_a_clipped_heading_under_the_sites_links_is_the_title() -> None:
    """"[Menu](...) [Search](...)" and "[Home](...) › [Mekong Delta](...)" above "# Cần Thơ floating market ..."."""
    assert read_fields(META11 / "m02_underscore_pipes_by_outlet_date_vietnamese.md")[0] == (
        "Cần Thơ floating market traders get a covered landing stage")
