"""Metadata read from a thirty-sixth, independent set of articles (tests/fixtures/meta36/): news as tools turn it into
text and Markdown: clipper and read-later exports, HTML-to-Markdown leftovers, e-mailed and forwarded articles, PDF
and print-edition copies, feed items and text-only views, whose tools' dates (saved, clipped, sent, printed) are not
the publication's; hard negatives.

Written by a helper who read neither the extractor nor its tests, and committed before Parallax was run on it. The
first run stood at 144 of 240 fields, 34 of them wrong, most on e-mails and print copies: the sender's note or the
envelope's subject taken for the headline ("Subject: Ruth Kelleher-Mannion has shared an article with you",
"Received: from mx2.mailbox.example ...", "Reposting for those who don't subscribe."), and a print page's running
head ("The Saltinghurst Journal Friday 5 December 2025 17", "SPORT Sunday 26 November 2017 THE WESTERN CLARION 54").
Read now: an e-mail's article from its headline, the first line under the envelope with a byline or a date below it,
and the publication its share line names ("Shared from The Marrowick Sentinel app:", "... thought you would be
interested in this article from The Dromcarra Leader.", "Reprinted from The Quillmont Register, Nov. 5, 2020:"); a
running head's publication and date; a paper's issue line with its price ("Vol. 112 No. 36 | Thursday, Sept. 8, 2022
| $1.50") and "Published in the print edition of 5 May 2021, page 3"; a clipper's block of labelled lines with more
labels ("Added:", "Notebook:", "Reading time:", "Original: https://...", "Source: Name (https://...)", "Author(s):"
joined with semicolons, "Author: Unknown" naming no one), a rule under it and a read-later tool's stamp over it
("Saved with Driftmark Reader on 2 October 2026", whose day is the tool's), also over a Markdown title; a clipper's
front matter's "sitename:", and its "source: web.clip" no publication; a feed's title with its section ("Feed:
Tillbury Valley Herald: Sports"), RSS's "address (Name)" author; a text-only edition's switch ("Text-only version |
Go to full site") and a text browser's numbered links ("[3]News [4]Sport") as chrome; what a tool sets over what it
kept (a scanner's note in brackets, "Document 14 of 52", "Pressarchiva - Full Text", a browser's print header
"04/03/2025, 21:14 Headline | Site", an e-edition's bar and page) as chrome, the publication an e-edition's bar
names, "Edition:" and "Publication date:" labels, a running head that ends with a full stop ("THE RANGIMARU EXPRESS,
MONDAY, MAY 4, 2015."); a saved e-mail's head tags ("<title>Fwd: ...") are the sending's, not the article's; a
paper's light edition's brand ("Kesterlyn Lakes Lite") is the paper its copyright line names; a menu's item over a
Markdown title ("News") is no masthead; a copyright line after a print view's sentence in the foot. A feed saved as a
file with one item (an RSS channel, a JSON Feed without its version, one kept in a note's code fence) is read as its
item (savedfeed.saved_item); a Markdown logo whose address says "masthead"; a Markdown title under an e-mail's
envelope and the sender's note; Pandoc's Markdown (fenced divs, attributes, spans); an archive's banner over a page
and a trail from the masthead through its sections over a Markdown title. 225 at the end (a masthead of "Nationalist"
too), 5 of them wrong (e05, f09, k02, n06 twice). Then, in session 36, 227, 3 wrong: a labelled "Title:" field
beats a Markdown heading over it ("## Feed item", f09), and a cutting's "Source: Outlet, date, p. 5" loses its label
(n06's outlet). Then, in session 37, 229, 1 wrong: a newsletter's
issue heading with its day ("# Morning Brief - Friday, 12 January 2024") over a story's heading and byline (e05), and
a clipper's author tag that names the photographer the text credits for a picture, where a byline names the writer
(k02); 230, a running head's page number after its date ("**14 · THE WIRRIMBAL BUGLE · Friday 20 June 2025**", n03).
KNOWN_GAPS holds the rest: Logseq's outline (k01), a reference manager's table (k07), a delivery's "From:"
(k11), a reply's quoted article (e09), and the rest. In session 38 (meta47's
converters), a table's rows of a label and its value are labelled lines: k07's author and date read, its
"Publication" row still not. In session 39, 233, none wrong: a press cuttings file's heading is a compiler's, as a
note app's folder is, and its cutting's number ("## Cutting 3 of 5") is no headline (n06).
"""

from __future__ import annotations

from tests.conftest import FIXTURES
from tests.meta_cases import read_fields, set_tests
from tui.engine.chrome import edition_masthead, is_page_chrome
from tui.engine.clean import clean_text
from tui.engine.credits import pictured_by
from tui.engine.extract import extract
from tui.engine.fieldlines import read_field_lines
from tui.engine.forwards import read_forward
from tui.engine.found import Found
from tui.engine.frontmatter import normalise_meta
from tui.engine.headerdates import folio, issue_date, numbered_folio, take_header_date
from tui.engine.markdownpage import from_markdown
from tui.engine.metaline import meta_line
from tui.engine.savedfeed import saved_item

META36 = FIXTURES / "meta36"
KNOWN_GAPS: dict[str, tuple[int, ...]] = {
    "e09.md": (0, 1), "f05.md": (1,), "k01.md": (0, 3), "k07.md": (1,), "k11.txt": (1,),
}
"""Fixtures and the fields (index of title, outlet, author, date) not read as the set states them yet."""

test_every_fixture_has_an_expectation, test_metadata_from_furniture = set_tests(META36, KNOWN_GAPS)

FORWARD = """---------- Forwarded message ---------
From: Gus Halvorstad-Pyner <gus.hp@mailbox.example>
Date: Thu, Feb 12, 2015 at 7:31 AM
Subject: Fwd: snow days

Pass it on. They'll be in school till June 12!

Wyandale schools add three make-up days after sixth snow day

By Corinne Haskerud-Abiola

Feb. 10, 2015

The school board voted on Monday to add three days.
"""


def test_an_e_mails_article_starts_at_its_headline() -> None:
    found = Found()
    article = read_forward(FORWARD, found)
    assert article.startswith("Wyandale schools add three make-up days after sixth snow day\n")
    assert "Pass it on" not in article and found.outlet is None
    # a share line names the publication; a text that is no e-mail stays as it is
    shared = "Subject: Look!\n\nShared from The Marrowick Sentinel app:\n\n" + FORWARD.split("\n\n", 2)[2]
    article = read_forward(shared, found)
    assert article.startswith("Wyandale schools") and found.outlet == "The Marrowick Sentinel"
    story = "Snow days added\n\nBy Corinne Haskerud-Abiola\n\nThe board voted on Monday.\n"
    assert read_forward(story, Found()) == story
    # an envelope with no headline under it (a note, then prose) leaves the text whole
    note = "From: Gus <g@mailbox.example>\nSubject: hi\n\nSee you Monday at the school board meeting.\n"
    assert read_forward(note, Found()) == note


def test_a_print_pages_running_head() -> None:
    for line, outlet, iso in (
            ("The Saltinghurst Journal Friday 5 December 2025 17", "The Saltinghurst Journal", "2025-12-05"),
            ("2 Wednesday 9 September 2020 THE UMTHOMBO HERALD", "THE UMTHOMBO HERALD", "2020-09-09"),
            ("SPORT Sunday 26 November 2017 THE WESTERN CLARION 54", "THE WESTERN CLARION", "2017-11-26")):
        page = folio(line)
        assert page is not None and (page[0], page[1].iso) == (outlet, iso), line
    page = numbered_folio("A8 THE VERLAINE COUNTY LEADER THURSDAY, JUNE 14, 2018")
    assert page is not None and page[0] == "THE VERLAINE COUNTY LEADER"
    assert numbered_folio("THE RANGIMARU EXPRESS, MONDAY, MAY 4, 2015.") is None  # no page's number: a meta line
    assert folio("Storm hits Halden on 4 March 2025") is None  # a headline with its date
    assert folio("Council votes 5 to 2, 4 March 2025") is None


def test_an_issue_line_with_its_price_or_page() -> None:
    assert issue_date(["Vol. 112 No. 36 | Thursday, Sept. 8, 2022 | $1.50"]) == "2022-09-08"
    assert issue_date(["Published in the print edition of 5 May 2021, page 3"]) == "2021-05-05"
    assert issue_date(["Vol. 112 No. 36 | Spring 2022 | $1.50"]) is None


def test_a_clippers_labelled_lines() -> None:
    text = ("Saved with Driftmark Reader on 2 October 2026\nSource: The Cedarholm Dispatch (https://www.x.example/a)\n"
            "Published: 2017-06-21\nAuthor(s): Marisol Quiroga-Hadlowe; Darnell Ostrowecki\n\nHeadline here\n")
    fields, rest = read_field_lines(text)
    assert fields == {"outlet": "The Cedarholm Dispatch", "date": "2017-06-21",
                      "author": "Marisol Quiroga-Hadlowe and Darnell Ostrowecki"}
    assert "Saved with" not in rest and rest.strip() == "Headline here"
    fields, _ = read_field_lines("Title: Pavilion reopens\nURL: https://x.example/a\nAdded: 12/03/2026\n"
                                 "Notebook: Reading\n==========\n\nStory.\n")
    assert fields == {"title": "Pavilion reopens"}
    fields, _ = read_field_lines("Site: The Kinnord Valley Times\nAuthor: Unknown\nReading time: 3 min\n\nStory.\n")
    assert fields == {"outlet": "The Kinnord Valley Times"}  # "Unknown" names no one
    fields, _ = read_field_lines("Feed: Tillbury Valley Herald: Sports\nAuthor: sports@x.example (Renata Kobylińska)"
                                 "\n\nStory.\n")
    assert fields == {"outlet": "Tillbury Valley Herald", "author": "Renata Kobylińska"}
    # one labelled line alone is a story's own ("Source: Reuters" over its text)
    assert read_field_lines("Title: Pavilion reopens\n\nStory.\n")[0] == {}


def test_a_clippers_front_matter() -> None:
    assert normalise_meta({"sitename": "The Karoo Ledger", "hostname": "karooledger.example"}) == {
        "outlet": "The Karoo Ledger"}
    assert normalise_meta({"source": "web.clip"}) == {}


def test_a_text_only_editions_chrome_and_a_text_browsers_link_numbers() -> None:
    assert is_page_chrome("Text-only version | Go to full site") and is_page_chrome("[1]Skip to content")
    dump = "[1]Skip to content\n[2]Koolbinya Advocate\n[3]News [4]Sport\n\nBy [7]Ellie Dimitriou-Blackaby\n"
    assert extract(dump, ".txt").text == (
        "Skip to content\nKoolbinya Advocate\nNews Sport\n\nBy Ellie Dimitriou-Blackaby\n")
    cited = "The study [1]found less. A second [2]said more.\n"
    assert extract(cited, ".txt").text == cited  # a reference's number or two stays


def test_what_a_tool_sets_over_the_text_it_kept() -> None:
    for line in ("[OCR text - scanned 2026-08-30 - clipping, page 1 of 1 - confidence 91%]", "Document 14 of 52",
                 "Pressarchiva - Full Text", "04/03/2025, 21:14 Storm brings down trees | Marrabundi Times",
                 "e-Paper | The Varadhi Sentinel | Kolvanur City Edition", "Page 3 | Regional",
                 "Zoom in | Zoom out | Clip | Share"):
        assert is_page_chrome(line), line
    for line in ("Article 5 of the constitution is suspended", "Storm brings down trees across Marrabundi"):
        assert not is_page_chrome(line), line
    assert edition_masthead("The Kilcorrig Champion - e-Edition") == "The Kilcorrig Champion"
    assert edition_masthead("e-Paper | The Varadhi Sentinel | Kolvanur City Edition") == "The Varadhi Sentinel"
    assert edition_masthead("News | Sport | Farming | Prayer Times | ePaper") is None  # a menu and its button


def test_labelled_dates_and_a_running_head_ending_as_a_sentence() -> None:
    for line, iso in (("Publication date: Nov 3, 2016", "2016-11-03"), ("THE RANGIMARU EXPRESS, MONDAY, MAY 4, 2015.",
                                                                      "2015-05-04")):
        found = Found()
        assert take_header_date(line, found) == "" and found.date == iso, line
    found = Found()
    take_header_date("Edition: 14/02/2019 | Page 5 | Section: News", found)
    assert found.date == "2019-02-14"


def test_a_saved_e_mails_head_and_a_light_editions_brand() -> None:
    mail = ('<html><head><title>Fwd: Ice storm leaves 9,000 without power</title><meta name="date" '
            'content="2026-02-25T08:02:00-05:00"><meta name="author" content="Danielle Vachon"></head><body>'
            "<h1>Ice storm leaves 9,000 without power</h1><p>About 9,000 homes were without power Tuesday evening "
            "after freezing rain brought down trees and lines across the area, the utility said.</p></body></html>")
    hints = extract(mail, ".html").hints
    assert "date" not in hints and "author" not in hints  # the forwarder's, not the article's
    lite = ("<html><head><title>Drought forces a ban on lawn watering | Kesterlyn Lakes Lite</title></head><body>"
            "<h1>Drought forces a ban on lawn watering</h1><p>The town banned lawn watering on Monday as the reservoir "
            "fell to a third of its capacity, the council said in a statement.</p>"
            "<footer>&copy; 2019 The Kesterlyn Lakes Gazette</footer></body></html>")
    assert extract(lite, ".html").hints.get("outlet") == "The Kesterlyn Lakes Gazette"


def test_a_menus_item_over_a_markdown_title_is_no_masthead() -> None:
    page = "* [Home](https://x.example/)\n* [News](https://x.example/news/)\n\n# Driver jailed after crash\n\nText.\n"
    assert "outlet" not in from_markdown(page).hints


RSS = """Copied from the feed's source.

```xml
<channel>
  <title>The Mataikōura Coast Mail - Local News</title>
  <lastBuildDate>Tue, 10 Jun 2025 07:45:12 +1200</lastBuildDate>
  <item>
    <title>Cheese factory to double its workforce</title>
    <dc:creator>Kahurangi Tāwhaki-Ashvale</dc:creator>
    %s
    <description><![CDATA[<p>The factory will take on 45 more staff.</p><p>It employs 51 people.</p>]]></description>
  </item>
</channel>
```
"""


def test_a_feed_of_one_item_saved_as_a_file() -> None:
    item = saved_item(RSS % "<pubDate>Mon, 09 Jun 2025 05:00:00 +1200</pubDate>")
    assert item is not None and item.text == "The factory will take on 45 more staff.\n\nIt employs 51 people."
    assert item.hints == {"title": "Cheese factory to double its workforce", "author": "Kahurangi Tāwhaki-Ashvale",
                          "date": "2025-06-09", "outlet": "The Mataikōura Coast Mail"}  # the day as written
    undated = saved_item(RSS % "")
    assert undated is not None and "date" not in undated.hints  # the channel's build date is no item's
    two = RSS.replace("</item>", "</item><item><title>Another story</title></item>") % ""
    assert saved_item(two) is None  # a feed of stories is no article
    json_feed = ('{"title": "The Wrenmoor Crossing Voice", "items": [{"id": "1", "title": "Ravens end skid", '
                 '"content_text": "The Ravens won.", "date_published": "2023-01-17T06:00:00-07:00", '
                 '"authors": [{"name": "Brayden Szymanek-Oakmere"}]}]}')
    item = saved_item(json_feed)
    assert item is not None and (item.hints["title"], item.hints["date"]) == ("Ravens end skid", "2023-01-17")
    assert saved_item("A story about an <item> on the channel's <channel> menu.") is None
    tutorial = "How to write a feed. " * 30 + RSS % ""
    assert saved_item(tutorial) is None  # a story that shows a feed's source
    assert saved_item('{"note": "no feed", "items": 3}') is None


def test_a_markdown_title_under_an_e_mails_envelope_and_a_masthead_logo() -> None:
    mail = ("**From:** Dervla <d@mailbox.example>\n**Sent:** Sunday, 7 June 2026 10:02\n**Subject:** FW: lifeguards"
            "\n\nMam, look who's in it! Tell Nora.\n\n---\n\n# Lifeguards return to the strand\n\nText.\n")
    assert from_markdown(mail).hints.get("title") == "Lifeguards return to the strand"
    logo = ("[![The Havremont Shore Tribune](https://x.example/assets/masthead.png)](https://x.example/)\n\n"
            "# Council freezes the tax rate\n\nText.\n")
    assert from_markdown(logo).hints.get("outlet") == "The Havremont Shore Tribune"


def test_pandocs_markdown_and_an_archives_banner() -> None:
    page = ("::: {.site-header}\n[![The Ballymorrow Argus](https://x.example/static/logo.svg)](https://x.example/)\n"
            ":::\n\n# Publican fined for serving after hours {#publican-fined .headline}\n\n::: {.byline}\n"
            "By [Clíodhna Ní Bhrádaigh](https://x.example/author/c){.author} · [Friday 2 October 2026]{.date}\n:::\n\n"
            "A publican has been fined.\n")
    doc = from_markdown(page)
    assert doc.hints.get("title") == "Publican fined for serving after hours"
    assert doc.hints.get("outlet") == "The Ballymorrow Argus" and ":::" not in doc.text and "{." not in doc.text
    assert "By Clíodhna Ní Bhrádaigh · Friday 2 October 2026" in doc.text
    archived = ("> **Stillframe Archive** | Captured 14 Mar 2026 09:12:44 UTC from https://x.example/otters\n"
                "> This is a snapshot of the page as it appeared when captured.\n\n---\n\n"
                "[The Ridgemarsh Pioneer](https://x.example/) · [Sports](https://x.example/s/) · "
                "[High School](https://x.example/s/h/)\n\n# Otters rally to reach the state final\n\nText.\n")
    assert from_markdown(archived).hints.get("title") == "Otters rally to reach the state final"


def test_a_labelled_title_beats_a_heading_and_a_labelled_source_loses_its_label() -> None:
    """f09: "## Feed item" over "- **Title:** Lady Hawks sweep ..."; n06: "**Source:** The Drumlark Observer, 14
    February 2024, p. 5", a meta line of commas whose first part is labelled."""
    fields = read_fields(META36 / "f09.md")
    assert fields[0] == "Lady Hawks sweep Dunmallow to win first regional volleyball title"
    line = meta_line("Source: The Drumlark Observer, 14 February 2024, p. 5")
    assert line is not None and line.outlet == "The Drumlark Observer"
    assert line.date is not None and line.date.iso == "2024-02-14"


def test_a_newsletters_story_under_its_issue() -> None:
    story = ["The snake boat race will be held again this August, the organising committee announced. " * 3,
             "The district administration agreed to dredge the river before the monsoon, the secretary said. " * 3]
    page = "\n\n".join(["# Morning Brief - Friday, 12 January 2024", "Good morning. Today's lead is from our bureau.",
                         "## Snake boat race to return in August after two-year break",
                         "*By Thomas Kurian Edathinkal · 12 January 2024*", *story])
    assert clean_text(from_markdown(page)).title == "Snake boat race to return in August after two-year break"
    plain = page.replace("# Morning Brief - Friday, 12 January 2024", "# Morning Brief")  # no issue's day: a section
    assert clean_text(from_markdown(plain)).title == "Morning Brief"


def test_tags_that_name_the_photographer() -> None:
    story = ["Learners will do their first experiments in a real laboratory next week, the school said. " * 3,
             "Grade 7 learners try out the new workbenches. Picture: Nomathemba Ziqubu-Hlela",
             "The principal said the school had waited since 1983 for the room, and it was worth it. " * 3]
    page = "\n\n".join(["---", "author: Nomathemba Ziqubu-Hlela", "sitename: The Karoo Ledger", "---",
                         "# School opens its first science laboratory", "By Pieter-Jan Olwagen-Mthembeni", *story])
    assert clean_text(extract(page, ".md")).author == "Pieter-Jan Olwagen-Mthembeni"
    assert pictured_by("Nomathemba Ziqubu-Hlela", story[1])
    unpictured = page.replace("Picture: Nomathemba Ziqubu-Hlela", "The block cost R1.2 million.")
    assert clean_text(extract(unpictured, ".md")).author == "Nomathemba Ziqubu-Hlela"  # the tags stand


def test_a_press_cuttings_heading_is_a_compilers() -> None:
    story = "Community groups can now apply for grants from the wind farm's community benefit fund this spring. " * 3
    page = "\n\n".join(["# Press cuttings: Glenarrochar Community Council",
                         "*Compiled by the secretary, 12 March 2024, for the meeting of 19 March.*", "---",
                         "## Cutting 3 of 5", "**Source:** The Drumlark Observer, 14 February 2024, p. 5",
                         "### Wind farm community fund opens", "By Ruaraidh Macfarlane-Hosie", story])
    assert from_markdown(page).hints.get("title") == "Wind farm community fund opens"
