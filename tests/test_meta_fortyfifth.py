"""Metadata read from a forty-fifth, independent set of articles (tests/fixtures/meta45/): the three judged kinds
beside their look-alikes (standfirsts with a place, a date and a name under the title, first sentences that open like
a byline or a dateline, pull quotes, captions, audio bars, polls, listings and results lines, programme credits,
"Interview with", "as told to", letters, obituaries' life dates, event and fixture dates), as HTML pages, pasted text
and Markdown; hard negatives.

Written by a helper who read neither the extractor nor its tests, and committed before Parallax was run on it. The
first run stood at 226 of 240 fields, 7 of them wrong: a match's results line under the headline ("Carnavar 2 ·
Kilbrisk 1 · Saturday 30 March 2019") and a reader poll's closing day had dated three stories (h09, m09, t13, t11);
a reviewed book's line ("*The Salt Year*, by Name (Saltmarch Bay Press, 248pp, £14.99)") had been read as a meta line
(m13); a page's author tag folded to ASCII had stood where a pull quote under the headline hid the byline (h02).
Read since: those; "reviewed by Name" as a meta line's part; letters' "Letter: from Name, address" (m16, t17, h11);
"as told to Name" (t15); a dash sign-off above the copyright line (t09); the publication's name alone closing the page
(t04). 240 of 240 at the end.
"""

from __future__ import annotations

from tests.conftest import FIXTURES
from tests.meta_cases import set_tests
from tui.engine.bylines import byline, reviewer
from tui.engine.clean import clean_text
from tui.engine.extract import Extracted, extract
from tui.engine.headerdates import results_or_poll
from tui.engine.metaline import meta_line

META45 = FIXTURES / "meta45"
KNOWN_GAPS: dict[str, tuple[int, ...]] = {}
"""Fixtures and the fields (index of title, outlet, author, date) not read as the set states them yet."""

test_every_fixture_has_an_expectation, test_metadata_from_furniture = set_tests(META45, KNOWN_GAPS)

STORY = ["The harbour board will decide in August whether the Sunday ferry should run through the winter, after a "
         "trial this spring carried more passengers than expected.",
         "The trial ran for twelve weeks and carried more than four thousand people, most of them islanders going "
         "to the mainland for work and school.",
         "A decision is expected after the board's meeting in the last week of August, the harbour master said."]


def _read(*lines: str) -> tuple[str | None, str | None, str | None, str | None]:
    cleaned = clean_text(Extracted("\n\n".join(lines), "text"))
    return cleaned.title, cleaned.outlet, cleaned.author, cleaned.date


def test_results_lines_and_polls_date_nothing() -> None:
    assert results_or_poll("Carnavar 2 · Kilbrisk 1 · Saturday 30 March 2019")
    assert results_or_poll("Ballycorrin Harps 0–11 · Carrowdrinagh 2–9 · Sunday 13 November 2016")
    assert results_or_poll("POLL · Should the ferry run all year? Yes 64% · No 36% · Poll closes 28 June 2025")
    assert not results_or_poll("Volume 9 · Issue 14 · 4 March 2025")
    assert not results_or_poll("The Eyrarfell Post · 21 June 2025 · By Name")
    read = _read("Ferry may run all year", "Dunmore 2 · Kilbeg 1 · Saturday 14 June 2025",
                 "By Þórgunnur Vígdísardóttir", *STORY, "Published 21 June 2025")
    assert read[2:] == ("Þórgunnur Vígdísardóttir", "2025-06-21")


def test_a_reviewed_book_and_its_reviewer() -> None:
    book = "*The Salt Year*, by Nuala Mhic Dhubhshláine-Osterley (Saltmarch Bay Press, 248pp, £14.99)"
    assert meta_line(book) is None
    line = meta_line("The Inishgeela Coast Review | Books | 20 April 2015 | reviewed by Fionnuala Ó Donnghaile")
    assert line is not None and (line.outlet, line.author) == ("The Inishgeela Coast Review",
                                                               "Fionnuala Ó Donnghaile")
    assert reviewer("Reviewed by Pania Marangatū-Kerslake") == "Pania Marangatū-Kerslake"
    assert reviewer("Reviewed by Mateusz Kowalik-Brennan, Senior Editor") is None  # an editor who checked it
    assert reviewer("Medically reviewed by Dr Ana Ruiz") is None


def test_letters_and_as_told_to() -> None:
    assert byline("Letter: from Bronagh Ní Bhaoighill-Stellman, Quay Road, Harbourmouth") == (
        "Bronagh Ní Bhaoighill-Stellman")
    assert byline("Pádraig Ó Brolcháin-Quennelby, 78, bell-ringer, as told to Siobhán Ní Mhórdha-Keighley") == (
        "Siobhán Ní Mhórdha-Keighley")
    assert byline("The story of the flood, as told to reporters") is None


def test_a_pull_quote_under_the_headline_hides_no_byline() -> None:
    page = ("<html><head><title>Harbour master warns</title><meta name='author' content='Sorcha Ni Chaomhain'></head>"
            "<body><article><h1>Harbour master warns</h1><blockquote class='pullquote'><p>We could fill the harbour "
            "twice over and still turn boats away from it every weekend.</p><cite>Ruaidhrí Ó Flathartaigh</cite>"
            "</blockquote><p class='byline'>By Sorcha Ní Chaomháin</p>" + "".join(f"<p>{s}</p>" for s in STORY)
            + "</article></body></html>")
    assert extract(page, ".html").hints["author"] == "Sorcha Ní Chaomháin"


def test_a_sign_off_over_the_copyright_line_and_a_name_closing_the_page() -> None:
    read = _read("Island school gets a new classroom", "Thursday 14 November 2019", *STORY,
                 "— Cathal Mac Lochráin-Whelpdale", "© 2019 The Inishcarran Messenger")
    assert read[1:3] == ("The Inishcarran Messenger", "Cathal Mac Lochráin-Whelpdale")
    read = _read("Memoir returns to print", "By Remedios Aldabaín", *STORY, "First published: Thursday 4 May 2017",
                 "The Albarda Coast Review")
    assert read[1:] == ("The Albarda Coast Review", "Remedios Aldabaín", "2017-05-04")
    read = _read("Miners rescued after tunnel collapse", "By Kenji Watanabe", *STORY, "With AFP")
    assert read[1] is None
