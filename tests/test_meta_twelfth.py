"""Metadata read from a twelfth, independent set of articles (tests/fixtures/meta12/): those that came by other routes
than a web page.

Written by a helper who read neither the extractor nor its tests, and committed before Parallax was run on it: print
views, AMP pages, newspaper pages turned to text from PDF (hard-wrapped, under a running header), forwarded emails,
newsletters, feed items saved as text, syndicated copies, live blogs and wire copy. The first run stood at 142 of 240
fields, 43 of them wrong (an email's "Subject:" or a PDF's running header read as the headline, a hard-wrapped
headline joined to its byline, a feed item's "Feed:" line). It stands at 240 (session 26: syndicated copies, a
browser's print header, a clipping's "title:"/"site:" lines, Markdown headlines under an envelope or an address, an
HTML email read at last, a wire's "Eds:" note); KNOWN_GAPS is empty. The four fields and the body of every other
article file under tests/fixtures, bench/data and seeds did not change.
"""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES
from tests.meta_cases import expected_fields, read_fields, set_tests
from tui.engine.blocks import unwrap
from tui.engine.chrome import drop_email_headers, drop_spaced_chrome, is_page_chrome
from tui.engine.corpus import Unreadable, read_article
from tui.engine.extract import extract
from tui.engine.fieldlines import read_field_lines
from tui.engine.footnotes import provenance
from tui.engine.titlesite import cut_repeated

META12 = FIXTURES / "meta12"
EXPECTED = expected_fields(META12)
KNOWN_GAPS: dict[str, tuple[int, ...]] = {}
"""Fixtures and the fields (index of title, outlet, author, date) not read as the set states them yet."""


test_every_fixture_has_an_expectation, test_metadata_from_furniture = set_tests(META12, KNOWN_GAPS)


def test_an_emails_envelope_is_no_article_furniture() -> None:
    text = ("---------- Forwarded message ---------\nFrom: Ana Ruiz <ana@mail.example>\n"
            "Date: Wed, 26 Nov 2025 at 08:14\nSubject: FW: Water tram\nTo: Jan Nowak <jan@mail.example>\n\n"
            "Water tram to Westerplatte will run all winter\n")
    assert drop_email_headers(text).split("\n")[:5] == ["", "", "", "", ""]
    # "Date:" alone, without a sender and a subject, may be the article's own date line
    assert drop_email_headers("Date: 4 March 2025\n\nStory") == "Date: 4 March 2025\n\nStory"


@pytest.mark.parametrize("line", ["Print this page · Back to article", "View this email in your browser",
                                  "Printed: Friday 14 November 2025, 16:40", "BC-NZ--Cook Strait Ferries,0392",
                                  "URGENT", "Eds: Will be updated."])
def test_print_views_emails_and_wire_desks_have_chrome_too(line: str) -> None:
    assert is_page_chrome(line)


def test_a_hard_wrapped_headline_keeps_apart_from_its_byline_and_date() -> None:
    """A text wrapped at 80 columns: a headline long enough to reach the wrap joined the byline under it."""
    headline = "Savonlinna castle bridge to close for two months of repairs"
    body = ("The wooden bridge that leads to Olavinlinna castle in Savonlinna will close for\n"
            "two months from March while engineers replace its rotten beams and railings, the\n"
            "town said on Monday. Boats will carry visitors across the strait to the castle's\n"
            "gate while the work goes on, and the summer opera festival will not be affected,\n"
            "its organisers said.\n")
    units = unwrap(f"{headline}\nBy Aino Kärkkäinen-Lindqvist\nTuesday 25 February 2025\n\n{body}")
    assert units[:3] == [headline, "By Aino Kärkkäinen-Lindqvist", "Tuesday 25 February 2025"]
    assert units[3].startswith("The wooden bridge") and units[3].endswith("its organisers said.")


def test_a_saved_feed_items_labelled_lines_give_its_fields() -> None:
    """"Feed:", "Item title:", "pubDate:" (RFC 822, its date as written), "dc:creator:"; an Atom entry's indented
    fields under its feed's lines. A story that opens with one "Date:" line is not such a block."""
    fields, rest = read_field_lines("Feed: The Cape Flats Chronicle\nItem title: Clinic to open on Saturdays\n"
                                    "pubDate: Tue, 11 Feb 2025 21:15:00 -0400\ndc:creator: Thandiwe Mokoena\n"
                                    "Link: https://capeflats.example/clinic\n\nThe clinic will open on Saturdays.\n")
    assert fields == {"outlet": "The Cape Flats Chronicle", "title": "Clinic to open on Saturdays",
                      "date": "Tue, 11 Feb 2025 21:15:00 -0400", "author": "Thandiwe Mokoena"}
    assert rest.strip() == "The clinic will open on Saturdays."
    assert read_fields(META12 / "u11_atom_entry_text_igbo_name.txt") == EXPECTED["u11_atom_entry_text_igbo_name.txt"]
    story = "Date: 4 March 2025\n\nThe clinic will open on Saturdays.\n"
    assert read_field_lines(story) == ({}, story)


def test_a_browsers_print_header_and_footer_are_the_browsers() -> None:
    """Chrome prints "3/5/25, 9:14 AM" and the page's title at the top, the address and "1/2" at the foot; its
    stamp is when it printed, and the header joined to the headline made a title of both."""
    page = ("3/5/25, 9:14 AM    Nelson cycle trail bridge washed out by floods | The Tasman Bay Beacon\n\n"
            "Nelson cycle trail bridge washed out by floods\n\nA bridge was swept away.\n\n"
            "https://www.tasmanbaybeacon.example/news/bridge    1/2\n")
    assert drop_spaced_chrome(page).split("\n") == ["", "", "Nelson cycle trail bridge washed out by floods", "",
                                                    "A bridge was swept away.", "", "", ""]
    # one space apart, a date and a time open a story's own line
    assert drop_spaced_chrome("3/5/25, 9:14 AM The bridge closed.") == "3/5/25, 9:14 AM The bridge closed."
    assert read_fields(META12 / "r07_print_view_browser_header_footer.txt")[0] == (
        "Nelson cycle trail bridge washed out by floods")


def test_a_clippings_labelled_lines_pass_over_its_source_address_only() -> None:
    """"source: https://..." is where the clipping came from; "Source: Reuters" may be the story's own line, and
    the block is then not read as labelled lines."""
    fields, _ = read_field_lines("title: Kotor to cap cruise passengers\nsite: The Adriatic Bay Courier\n"
                                 "source: https://www.adriaticbaycourier.example/kotor\n\nThe old town ...\n")
    assert fields == {"title": "Kotor to cap cruise passengers", "outlet": "The Adriatic Bay Courier"}
    assert read_field_lines("Title: Kotor to cap cruise passengers\nSource: Reuters\n\nText\n")[0] == {}


@pytest.mark.parametrize(("note", "outlet", "date"), [
    ("*Republished with permission from The Westland Tidewater News, where this story first appeared on "
     "16 January 2025.*", "The Westland Tidewater News", "2025-01-16"),
    ("This story was originally published by The Apia Lagoon Observer on 7 October 2025 and is republished here "
     "through the Pacific Islands News Exchange content-sharing partnership.", "The Apia Lagoon Observer",
     "2025-10-07"),
    ("This article was originally published by The Saimaa Lakeland Courier and is republished here with "
     "permission.", "The Saimaa Lakeland Courier", None),
])
def test_a_note_of_origin_names_the_original_past_what_it_says_of_the_copy(note: str, outlet: str,
                                                                          date: str | None) -> None:
    found = provenance(note)
    assert found is not None and found.outlet == outlet
    assert (found.date.iso if found.date else None) == date


@pytest.mark.parametrize("name", ["h11_syndicated_republisher_site_name.html",
                                  "n05_syndicated_republisher_masthead.txt",
                                  "r05_syndicated_clipping_republisher_suffix.md"])
def test_a_syndicated_copys_outlet_is_the_original_not_the_republisher(name: str) -> None:
    """The republishing site names itself in og:site_name, JSON-LD, its masthead, menu, title and copyright; its
    note says whose story it is (an HTML page's note is one the extractor drops as boilerplate)."""
    assert read_fields(META12 / name)[1] == EXPECTED[name][1]


def test_a_headline_repeated_without_the_pages_suffix_loses_it() -> None:
    """The suffix cut is the site's name (session 27): the outlet only where nothing else names one, and a
    syndicated copy's note of origin does (r05, above)."""
    lines = ["Hokitika festival to ban chainsaws | Coastal Commons", "Hokitika festival to ban chainsaws", "Text."]
    assert cut_repeated(lines[0], lines) == ("Hokitika festival to ban chainsaws", "Coastal Commons")
    # not repeated: the title stays whole, its last part may be the headline's own
    title = "Storm closes bridge | Ferry resumes"
    assert cut_repeated(title, ["Text."]) == (title, None)


@pytest.mark.parametrize("name", ["m03_newsletter_markdown_em_dash_by_first.md",
                                  "m06_amp_clipping_triple_emphasis_published_updated.md"])
def test_a_markdown_headline_under_an_envelope_or_an_address_is_the_title(name: str) -> None:
    """A newsletter exported with its bold "From:" / "Sent:" / "Subject:" lines, a clipping under its "source:"
    address: neither is story above the # heading, which stays the title."""
    assert read_fields(META12 / name)[0] == EXPECTED[name][0]


def test_an_address_alone_does_not_wrap_into_the_masthead_under_it() -> None:
    text = ("https://www.cappadociacourier.example/amp/goreme-balloon-launch-site\nThe Cappadocia Courier\n\n"
            "Göreme balloon launch fields to move away from the village\n\n"
            "The fields where hot-air balloons take off each morning near Göreme will be\n"
            "moved further from the village, the provincial governor's office said.\n")
    assert unwrap(text)[:2] == ["https://www.cappadociacourier.example/amp/goreme-balloon-launch-site",
                                "The Cappadocia Courier"]
    assert read_fields(META12 / "n06_amp_text_copy_photo_credit_only.txt")[1] == "The Cappadocia Courier"


def test_an_html_email_in_layout_tables_is_read_and_its_envelope_is_no_furniture() -> None:
    """trafilatura's precision pass finds nothing in an email's layout tables; its balanced pass does, with the
    envelope a paragraph a line. A page with no story (a gallery's "Home" link) still has none."""
    name = "h05_email_newsletter_html_editor_intro.html"
    assert read_fields(META12 / name) == EXPECTED[name]
    with pytest.raises(Unreadable, match="no article text"):
        read_article(FIXTURES / "sources" / "gallery-no-text.html")
    # nor is a page of linked headlines in its menu, many words but no sentence (the balanced pass reads them)
    links = "".join(f"<p><a href=/s{k}>Council approves new budget for the harbour district, part {k}</a></p>"
                    for k in range(12))
    assert extract(f"<html><body><nav>{links}</nav></body></html>", ".html").text == ""
    assert drop_email_headers("From: The Post <a@b.example>\n\nDate: Wed, 22 Jan 2025\n\nSubject: News\n\nStory"
                              ).split("\n")[-1] == "Story"
