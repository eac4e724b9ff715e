"""Metadata read from a thirty-fourth, independent set of articles (tests/fixtures/meta34/): US and Canadian local TV
stations' and newspapers' pages, as saved HTML and as readers copy them into text and Markdown (menus, share buttons,
captions and their credits, newsletter boxes), with bylines that carry titles, ranks, middle initials and job lines,
several authors, staff credits, dates with time zones and relative stamps, head tags that disagree with the page,
and hard negatives.

Written by a helper who read neither the extractor nor its tests, and committed before Parallax was run on it. The
first run stood at 214 of 240 fields, 15 of them wrong: initials run together ("J.R.", "R.J.") were no name, and
trafilatura's author drops the full stops of initials ("Eudora K Brantmeier"); ranks before a name ("Sgt.", "Capt.")
stayed on it or made it no name ("Fire Marshal" was taken instead); "Staff Reports", a fire district and a fire
marshal were taken for people; "Opinion | Guest Column" named a writer; "From staff and wire reports" and "Photo by
Name" were read as headlines, and a station's masthead with its channel number ("Channel 6 Lakeline News") was not
a masthead; a station group named in a copyright line's sentence ("A Bellwick Broadcast Partners station") and a
sister station the tags name were taken for the outlet; a second writer on the next line ("and Name | Wire") was lost;
a Canadian page's "06/05/2024 8:10 AM EDT" was read month first. Missed: a breadcrumb trail from the site's masthead
("The Yarrowby Falls Record > News > Public Safety") hid the Markdown headline under it, and neither it nor a station's
menu led by its name ("KBJN 5 | Weather | Closings") named the outlet; "*The Greyholt Patriot · Election 2024*" under a
Markdown title; "Author of the article:" over the name under a dek (the label ends as a sentence leading a list
does); a newsroom's name without a newspaper's word over its tagline ("Quillfield Commons - nonprofit news for
Quillfield") hid the headline under it. 239 at the end; the miss left (a headline of two sentences) is a KNOWN_GAP.
"""

from __future__ import annotations

from tests.conftest import FIXTURES
from tests.meta_cases import set_tests
from tui.engine.blocks import is_furniture
from tui.engine.bylines import byline, kicker_byline, labelled_author
from tui.engine.chrome import is_page_chrome
from tui.engine.datelines import canadian_dateline
from tui.engine.extract import extract
from tui.engine.headerlines import masthead_with_section
from tui.engine.meta import is_masthead, is_person_name, names_nobody
from tui.engine.pageauthor import page_author
from tui.engine.slashorder import zone_ordered

META34 = FIXTURES / "meta34"
KNOWN_GAPS: dict[str, tuple[int, ...]] = {"c07.txt": (0,)}
"""Fixtures and the fields (index of title, outlet, author, date) not read as the set states them yet."""

test_every_fixture_has_an_expectation, test_metadata_from_furniture = set_tests(META34, KNOWN_GAPS)


def test_initials_and_ranks_in_bylines() -> None:
    assert byline("By J.R. Pemberthy-Olavarrieta") == "J.R. Pemberthy-Olavarrieta"
    assert is_person_name("T.-H. Kim") and not is_person_name("U.S. Army")
    assert byline("By Capt. Renaldo T. Obermanns-Sikes, Fire Marshal, Caldermoss Fire Rescue") == (
        "Renaldo T. Obermanns-Sikes")
    assert byline("By Sgt. Lucinda M. Farrowdale-Beckstead") == "Lucinda M. Farrowdale-Beckstead"
    html = '<meta name="author" content="R.J. Quillen-Batalha"><p>By R.J. Quillen-Batalha</p>'
    assert page_author("R J Quillen-Batalha", None, html, "", None) == "R.J. Quillen-Batalha"
    assert page_author("Eudora K Brantmeier", None, "<p>By Eudora K Brantmeier</p>", "", None) == "Eudora K Brantmeier"


def test_credits_that_name_nobody() -> None:
    for credit in ("Staff Reports", "Riverhaven Township Fire District", "Fire Marshal", "Caldermoss Fire Rescue"):
        assert names_nobody(credit), credit
    assert kicker_byline("Opinion | Guest Column") is None
    assert kicker_byline("Opinion | Folasade Adéwùmí-Kerr") == "Folasade Adéwùmí-Kerr"
    for line in ("From staff and wire reports", "Photo by Jasper Ollendorf-Keyworth", "Opinion | Guest Column"):
        assert is_furniture(line), line
    assert not is_furniture("Photo exhibit opens at the library")


def test_a_stations_masthead_with_its_channel() -> None:
    assert is_masthead("Channel 6 Lakeline News") and is_masthead("Bayou 19 News")
    assert not is_masthead("6 Lakeline News")


def test_a_canadian_pages_slashed_date_is_in_either_order() -> None:
    assert canadian_dateline("NORHAVEN LAKES, Ont. - Two people were taken to hospital")
    assert not canadian_dateline("FALLON CREEK, Ky. - Two people were taken to hospital")
    assert zone_ordered(["Posted 06/05/2024 8:10 AM EDT"], "2024-06-05")
    assert not zone_ordered(["Posted 06/25/2024 8:10 AM EDT"], "2024-06-25")  # the order is plain


def test_a_trail_from_the_masthead_and_a_label_over_the_writer() -> None:
    assert is_page_chrome("The Yarrowby Falls Record > News > Public Safety")
    assert not is_page_chrome("The Yarrowby Falls Record > Why it matters")  # no menu's word
    assert is_masthead("The Greyholt Patriot")
    assert labelled_author(["Author of the article:", "Ngozi Aderinsola Bellefeuille"], 0) == (
        "Ngozi Aderinsola Bellefeuille")


def test_a_menu_or_a_trail_led_by_the_masthead_names_the_outlet() -> None:
    story = "\n\n# Winter storm warning for the valley\n\nBy Jane Roe\n\nSnow is coming, the weather service said.\n"
    menu = "[KBJN 5](https://kbjn5.example/) | [Weather](https://kbjn5.example/w) | [Closings](https://kbjn5.example/c)"
    assert extract(menu + story, ".md").hints.get("outlet") == "KBJN 5"
    trail = "[The Dunmarket Daily Reporter](https://dunmarket.example/) > Local > Courts"
    assert extract(trail + story, ".md").hints.get("outlet") == "The Dunmarket Daily Reporter"
    assert extract("Weather | Closings | Watch Live" + story, ".md").hints.get("outlet") is None


def test_a_masthead_beside_a_sections_label_with_its_year() -> None:
    assert masthead_with_section("The Greyholt Patriot · Election 2024") == "The Greyholt Patriot"
    assert masthead_with_section("The Greyholt Patriot · Mayor Tessendorf ousted in 2024") is None


def test_a_newsrooms_name_over_its_tagline() -> None:
    story = "\n\n# City faces a $6 million hole\n\nBy Jane Roe\n\nThe city will collect less, the director said.\n"
    head = "[Quillfield Commons](https://quillfieldcommons.example/) - nonprofit news for Quillfield"
    hints = extract(head + story, ".md").hints
    assert (hints.get("title"), hints.get("outlet")) == ("City faces a $6 million hole", "Quillfield Commons")
    assert extract("Quillfield Commons - a park for everyone" + story, ".md").hints.get("outlet") is None
