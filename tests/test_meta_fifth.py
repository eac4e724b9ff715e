"""Metadata read from a fifth, independent set of small articles of issue 14's kinds (tests/fixtures/meta5/).

Written before the extractor was read, aimed at how articles really arrive: HTML saved from news
sites (nav, share buttons, cookie banners, "Most read" lists, OpenGraph and twitter: tags, JSON-LD
NewsArticle with its author as a string, an object, a list of objects or an @id reference into
an @graph, microdata itemprop="author"/"datePublished", <address class="author">, rel="author"
links, <time> without datetime, an AMP page, a byline in a div under a figure); plain text copied
from a browser (menu words, "Share this article", "Image caption", "Listen to this article",
"Advertisement", a date line with a time zone, two Unicode authors, "Reporting by ...; Editing by
..."); Markdown clipped by tools (Obsidian Web Clipper front matter with `source:`, `published:`,
`author: "[[Name]]"` or a list of them, `created:`; Pandoc/Jekyll front matter with an `authors:`
list and `date: 2025-03-04T10:00:00+01:00`; Hugo TOML `+++` front matter) and the emphasised
metaline under the title with each separator. Hard negatives: a story naming people and dates,
"By the numbers", a cookie banner's date, "Most read" lists and related teasers with their own
bylines and dates, an "Updated" stamp alone, a copyright year, a clipper's `created:` date alone,
a photo credit.

Decisions (from the article text alone): a date is the one the article states, in its own time
zone (`2025-09-23T23:30:00-05:00` is 23 September, not the 24th in UTC); the clipper's `created:`
is when the reader saved the page, Jekyll's `last_modified_at` and Hugo's `lastmod` when it was
changed: neither is the publication date. `[[Name]]` is Obsidian's link to a note on Name: the
author is Name. `source:` is the page's own address, not an outlet's name; as for an address on a
text's first line (test_clean), its domain ("example.org") stands for the outlet when nothing else
names one (a metaline's outlet beats it). (Written first as "no outlet"; changed once the code
showed the project's rule for an article's own address.) A JSON-LD
publisher's name and og:site_name name the outlet; a twitter: handle does not. A name in a
rel="author" link or in microdata's author is the author, without "by". A photographer's credit
(Photograph:, Image source:) names no author. A copyright line names the outlet but its year is no
date. Two authors are joined with " and ", as before.

h01-h19, t01-t14 and m01-m21 were written before the extractor was read; on them it then stood at
194 of 216 fields right, 20 wrong, 2 missed, and 1 body check failed. Wrong: Obsidian's `source:`
URL as the outlet (7) and `[[Name]]` kept as the author (4), a twitter: handle as the outlet
("Fenwickstd"), "Most read" and related teasers' bylines and dates (5), the menu's "Skip to main
content" and a cookie notice's buttons as the title (3). Missed: Hugo's `[params] author`, a date
line with "GMT+1" after the time. After the changes: 216 of 216, every body check passing.

The rules added: front matter moved to frontmatter.py, where an Obsidian link "[[Name]]" is Name,
an address in `source:`/`site:` is the page's URL (its domain then names the outlet only when
nothing else does, as before), Hugo's `[params]` table is read where the top level is silent,
an author given as a table is its `name`, and an author that is a publication's name (a
clipper's copy of the site's author tag) is no author. chrome.py: a skip link, a menu's
section names one to a line and a cookie notice or its buttons are furniture, never a title or
an outlet. otherstories.py: boxes of other stories (by class or id: related, most-read,
trending, recommended...; an <aside>/<section> headed "Most read", "Related coverage"...) are
taken out of a page before trafilatura reads it, never one that holds the <h1>; an outlet that
is only the site's twitter: handle is dropped unless og:site_name states it. dates.py: a zone
with an offset ("GMT+1", "UTC+01:00") after a date line's time.

r01-r15 were written afterwards, hunting wrong guesses of those rules. Under their first
version three failed: r01 (a clipped author tag holding the site's name, "[[Çanakkale Coast
News]]", kept as the author, as before the changes), r04 (a Hugo author table, missed), r10
(og:site_name "Clarion" dropped because the handle is "@clarion"); all three rules were then
narrowed or widened as above. r14 had a masthead without a newspaper's word ("THE MOORLAND
CLARION") taken for the title (as before the changes, where "News" of the menu was also taken
for the outlet); it now uses "HERALD", and the masthead is given as the page writes it, in
capitals. After that: 276 of 276.

r16-r20 came from probing further, and each was wrong or missed before its rule: a site
generator's JSON-LD graph with two people where the article names one (both were the author, and
the WebPage node's "Headline - Site" was the outlet; jsonld.py now reads the article node's own
author and publisher, resolving @id references, and only when the page has one article node or
one whose headline is the title), a JSON-LD list of other articles, a breadcrumb ("Home / News /
Local") taken for the title, a time after a slash ("4 March 2025 / 10:14 CET") missed, and a
clipper's two links in one string ("[[A]], [[B]]") kept as written. After that: 296 of 296. r21: a
box's class ("popular-layout") on the story itself, its heading outside: under the first version of
the box rule the whole story went ("no article text found"); a box must now hold under half the
page's text. 300 of 300.

r22-r26 came from probing browser copies, each wrong or missed before its rule: "By" on a line of
its own over the name (missed; now the two lines are one, unless a date follows "By"), "Story by
X • 3h" (missed; "•" parts a byline as "·" does), header lines with no blank line between them
over one-line paragraphs (read as a hard-wrapped paragraph, the title lost; the wrap width is not
trusted when one-line paragraphs far past it outnumber the blocks of several lines, in
textblocks.py), a photo credit "Photo: X/Río Verde Herald" (taken for the masthead; a masthead
holds no ":" or "/"). After that: 320 of 320.

r27-r31, other clippers: MarkDownload's front matter with `created:` alone (no date, as meant),
Readwise's "- Author: [[Name]]" list (missed: an Obsidian link in Markdown text now reads as its
name), a clipped <title> "Headline | Ljubljana Morning Star" in `title:` (kept whole, the site
lost; now the last part is cut when it is a publication's own name, and gives the outlet when
nothing else does; a section's name "- World News" is cut and names nothing; any other part
stays), and a link to a person in the story (no byline). After that: 340 of 340. r32: an author
tag written surname first ("Wąsik, Aleksandra"), which trafilatura splits in two: "Wąsik" was
the author; two one-word parts are now no author (which is the surname is not known). 344 of 344.
r33-r36, microdata (microdata.py): two authors (trafilatura kept the first), a name only in
<meta itemprop="name"> (missed) and the publisher's (missed), teasers' microdata in a related
box (their author and date were the page's), an organisation as the author (its name was the
author; now no author, in JSON-LD too). 360 of 360. The capitals byline "AHMAD BIN SAID" gave
"Ahmad Bin Said" (probed, not kept as a fixture): "bin", "bint", "ibn" now stay lower case.
"""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES
from tests.meta_cases import assert_furniture_left, read_fields, shown_fields
from tui.engine.chrome import is_page_chrome
from tui.engine.dates import stated_date
from tui.engine.extract import extract
from tui.engine.frontmatter import split_front_matter

META5 = FIXTURES / "meta5"
CRANE = "Harbour crane collapse halts container traffic"
JAZZ = "Jazz festival moves to riverside park"
CLINIC = "Rural clinic reopens with night-time doctor"
TRAM = "Tram drivers vote to accept new rota"
FIRE = "Wildfire crews contain blaze near ski resort"
FISH = "Fish market to close for six-week refit"
MAR04 = "2025-03-04"  # a Tuesday
JUN12 = "2024-06-12"  # a Wednesday
SEP23 = "2025-09-23"  # a Tuesday
NOV28 = "2023-11-28"  # a Tuesday
FEB17 = "2026-02-17"  # a Tuesday
JAN30 = "2025-01-30"  # a Thursday

# file: (title, outlet, author, date)
EXPECTED: dict[str, tuple[str | None, str | None, str | None, str | None]] = {
    # HTML saved from news sites
    "h01_og_twitter_jsonld_string.html": (CRANE, "The Moorland Clarion", "Milica Ilić", MAR04),
    "h02_jsonld_author_object_publisher.html": (JAZZ, "Río Verde Herald", "Raúl Núñez-Barrios", JUN12),
    "h03_jsonld_author_list_objects.html": (CLINIC, "The Fenwick Standard", "Siân O'Hara-Pryce and Łukasz Wróblewski",
                                            SEP23),
    "h04_jsonld_graph_author_id_reference.html": (TRAM, "Østfold Evening Post", "Deniz Çelik", NOV28),
    "h05_microdata_author_date.html": (FIRE, None, "Anaïs Lefèvre", FEB17),
    "h06_address_author_time_text.html": (FISH, None, "Tomás Ó Ceallaigh", JAN30),
    "h07_rel_author_link_weekday_time.html": (CRANE, None, "Kübra Yıldız", MAR04),
    "h08_title_suffix_time_us.html": (JAZZ, "Kaunas Daily Ledger", "Žarko Dimitrijević", JUN12),
    "h09_amp_page.html": (CLINIC, "Ljubljana Morning Star", "Aleksandra Wąsik", SEP23),
    "h10_byline_in_figure_meta_div.html": (TRAM, None, "Mārtiņš Ozoliņš", NOV28),  # not the photographer
    "h11_cookie_banner_date_neg.html": (FIRE, None, "Ngọc Trần", None),  # the cookie policy's date
    "h12_most_read_bylines_neg.html": (FISH, None, None, None),  # other stories' bylines
    "h13_related_teaser_own_byline.html": (CRANE, None, "Milica Ilić", JAN30),
    "h14_related_teaser_only_neg.html": (JAZZ, None, None, None),
    "h15_updated_only_neg.html": (CLINIC, None, "Deniz Çelik", None),  # a change, not the publication
    "h16_copyright_year_neg.html": (TRAM, "The Fenwick Standard", None, None),
    "h17_meta_author_published_time.html": (FIRE, None, "Siân O'Hara-Pryce", JUN12),  # a handle is no outlet
    "h18_share_bar_two_authors_tz.html": (FISH, None, "Łukasz Wróblewski and Anaïs Lefèvre", SEP23),
    "h19_story_names_dates_neg.html": (CRANE, None, None, None),
    # plain text copied from a browser
    "t01_browser_copy_menu_caption.txt": (CRANE, None, "Milica Ilić", MAR04),
    "t02_two_authors_unicode_bst.txt": (JAZZ, None, "Kübra Yıldız and Mārtiņš Ozoliņš", JUN12),
    "t03_reporting_editing_tail.txt": (CLINIC, None, "Žarko Dimitrijević and Aleksandra Wąsik", MAR04),
    "t04_dotted_date_cest.txt": (TRAM, None, "Anaïs Lefèvre", SEP23),
    "t05_weekday_yearless_copyright.txt": (FIRE, "Río Verde Herald", "Tomás Ó Ceallaigh", MAR04),
    "t06_most_read_list_neg.txt": (FISH, None, None, NOV28),
    "t07_by_the_numbers_neg.txt": (CRANE, None, "Ngọc Trần", JAN30),
    "t08_updated_only_neg.txt": (JAZZ, None, "Deniz Çelik", None),
    "t09_story_names_dates_neg.txt": (CLINIC, None, None, None),
    "t10_cookie_notice_copied_neg.txt": (TRAM, None, "Siân O'Hara-Pryce", None),
    "t11_weekday_us_edt.txt": (FIRE, None, "Jean-Baptiste N'Guessan", SEP23),
    "t12_image_caption_credit_neg.txt": (FISH, None, None, MAR04),  # a photo credit
    "t13_related_teaser_own_byline.txt": (CRANE, None, "Łukasz Wróblewski", JUN12),
    "t14_byline_outlet_guardian_stamp.txt": (JAZZ, "Kaunas Daily Ledger", "Raúl Núñez-Barrios", NOV28),
    # Markdown clipped by tools, and the emphasised metaline
    "m01_obsidian_clipper_author_list.md": (CLINIC, "example.no", "Deniz Çelik", NOV28),
    "m02_obsidian_author_string_link.md": (TRAM, "example.org", "Milica Ilić", MAR04),
    "m03_obsidian_two_authors.md": (JAZZ, "example.lt", "Kübra Yıldız and Mārtiņš Ozoliņš", JUN12),
    "m04_obsidian_created_only_neg.md": (FIRE, "example.org", "Tomás Ó Ceallaigh", None),  # saved, not published
    "m05_obsidian_share_links_no_author.md": (FISH, "example.org", None, SEP23),
    "m06_pandoc_authors_iso_offset.md": (CRANE, None, "Anaïs Lefèvre and Žarko Dimitrijević", MAR04),
    "m07_jekyll_late_evening_negative_offset.md": (JAZZ, None, "Jean-Baptiste N'Guessan", SEP23),
    "m08_jekyll_default_date_format.md": (CLINIC, None, "Siân O'Hara-Pryce", JUN12),
    "m09_hugo_toml_authors.md": (FIRE, None, "Ngọc Trần and Łukasz Wróblewski", FEB17),
    "m10_hugo_toml_params_author_lastmod.md": (TRAM, None, "Aleksandra Wąsik", JAN30),
    "m11_metaline_star_middot.md": (FISH, "Río Verde Herald", "Raúl Núñez-Barrios", MAR04),
    "m12_metaline_underscore_pipe.md": (CRANE, "Østfold Evening Post", "Niamh Ó Briain", JUN12),
    "m13_metaline_star_emdash_us.md": (JAZZ, "Çanakkale Coast News", "Kübra Yıldız", SEP23),
    "m14_metaline_underscore_middot_two_authors.md": (CLINIC, "Kaunas Daily Ledger",
                                                      "Mārtiņš Ozoliņš and Łukasz Wróblewski", NOV28),
    "m15_metaline_star_pipe_dotted.md": (TRAM, "The Fenwick Standard", "Siân O'Hara-Pryce", FEB17),
    "m16_obsidian_clip_with_metaline.md": (FIRE, "Ljubljana Morning Star", "Žarko Dimitrijević", JAN30),
    "m17_most_read_list_neg.md": (TRAM, None, None, None),
    "m18_story_names_dates_neg.md": (FISH, None, None, None),
    "m19_jekyll_last_modified_only_neg.md": (CRANE, None, "Niamh Ó Briain", None),
    "m20_obsidian_plain_author_utc.md": (JAZZ, "example.org", "Tomás Ó Ceallaigh", FEB17),
    "m21_metaline_underscore_emdash_apostrophe.md": (FISH, "The Moorland Clarion", "Jean-Baptiste N'Guessan", JAN30),
    # written after the extractor was changed, hunting wrong guesses of the new rules
    "r01_obsidian_author_is_the_site.md": (CRANE, "example.com", None, MAR04),  # the site is no author
    "r02_obsidian_link_with_path_and_alias.md": (JAZZ, "example.org", "Deniz Çelik", JUN12),
    "r03_front_matter_source_is_a_name.md": (CLINIC, "Østfold Evening Post", "Niamh Ó Briain", NOV28),
    "r04_hugo_params_author_is_a_table.md": (FIRE, None, "Aleksandra Wąsik", FEB17),
    "r05_own_byline_in_aside_column.html": (FISH, None, "Raúl Núñez-Barrios", JAN30),  # a side column stays
    "r06_story_in_trending_article.html": (CRANE, None, "Milica Ilić", MAR04),  # the box holding the title stays
    "r07_most_read_above_story.html": (JAZZ, None, None, None),
    "r08_aside_headed_related_no_class.html": (CLINIC, None, None, None),
    "r09_read_more_holds_the_story.html": (TRAM, None, "Anaïs Lefèvre", None),
    "r10_site_name_same_as_handle.html": (FIRE, "Clarion", "Ngọc Trần", None),  # og:site_name states it
    "r11_jsonld_author_id_is_the_publisher.html": (FISH, "Østfold Evening Post", None, NOV28),
    "r12_cookie_date_and_own_date.txt": (CRANE, None, "Łukasz Wróblewski", JUN12),
    "r13_updated_zone_offset_only.txt": (JAZZ, None, "Deniz Çelik", None),  # an update, with its zone
    "r14_menu_words_then_masthead.txt": (CLINIC, "THE MOORLAND HERALD", "Niamh Ó Briain", NOV28),
    "r15_story_sentence_we_use_cookies.txt": (TRAM, None, "Siân O'Hara-Pryce", SEP23),
    # found probing further: a site generator's JSON-LD graph, a list of other articles in JSON-LD,
    # a breadcrumb, a time after a slash, a clipper's two links in one string
    "r16_yoast_graph_one_author_of_two_people.html": (JAZZ, "Ljubljana Morning Star", "Aleksandra Wąsik", SEP23),
    "r17_jsonld_item_list_of_other_articles.html": (CLINIC, None, "Tomás Ó Ceallaigh", NOV28),
    "r18_breadcrumb_over_title.txt": (TRAM, None, "Mārtiņš Ozoliņš", FEB17),
    "r19_date_slash_time_zone.txt": (FIRE, None, "Raúl Núñez-Barrios", MAR04),
    "r20_obsidian_links_in_one_string.md": (FISH, "example.org", "Ngọc Trần and Jean-Baptiste N'Guessan", JUN12),
    # a box's class on the story itself, its heading outside: the story stays, the teasers go
    "r21_story_in_box_marked_popular_title_outside.html": (CRANE, None, "Kübra Yıldız", JUN12),
    # browser copies: "By" on a line of its own, "Story by X • 3h", header lines with no blank line
    # between them over paragraphs on a line each, a photo credit with a slash and a paper's name
    "r22_by_alone_then_name_line.txt": (FISH, None, "Mārtiņš Ozoliņš", MAR04),
    "r23_story_by_bullet_relative_time.txt": (CLINIC, None, "Kübra Yıldız", None),  # "3h" is no date
    "r24_header_lines_without_blank_lines.txt": (JAZZ, None, "Siân O'Hara-Pryce", SEP23),
    "r25_photo_credit_slash_outlet.txt": (CRANE, None, "Milica Ilić", MAR04),  # the photo's paper
    "r26_by_alone_then_date.txt": (TRAM, None, None, FEB17),
    # other clippers: MarkDownload (only `created:`), Readwise's metadata list, a clipped <title>
    # with the site's name after the headline (a section's name is not one), a link in the story
    "r27_markdownload_created_only.md": (CRANE, "example.pt", "Milica Ilić", None),
    # (r28's "- URL: https://example.org/..." is the page's address, as `source:` is in r27: its domain
    # names the outlet where nothing else does; written first as no outlet, changed in session 18)
    "r28_readwise_metadata_list.md": (JAZZ, "example.org", "Raúl Núñez-Barrios", None),
    "r29_clipped_title_with_site_suffix.md": (CLINIC, "Ljubljana Morning Star", None, None),
    "r30_clipped_title_section_suffix.md": (TRAM, "example.org", "Ngọc Trần", FEB17),
    "r31_wikilink_in_story_is_no_byline.md": (FIRE, None, None, JUN12),
    # an author tag written surname first: trafilatura splits it in two ("Wąsik" was the author)
    "r32_meta_author_surname_first.html": (FISH, None, None, JAN30),
    # microdata: two authors (trafilatura read the first), a name in <meta itemprop="name">, the
    # publisher; teasers' microdata in a related box; an organisation as the author
    "r33_microdata_two_authors.html": (TRAM, None, "Łukasz Wróblewski and Kübra Yıldız", FEB17),
    "r34_microdata_name_in_meta_publisher.html": (CLINIC, "Çanakkale Coast News", "Jean-Baptiste N'Guessan", NOV28),
    "r35_microdata_authors_in_related_box.html": (FIRE, None, None, None),
    # the organisation that wrote it, named under the headline, is the site: its outlet, read once "Clarion"
    # was a publication word (session 23); no person wrote it
    "r36_microdata_author_is_the_site.html": (FISH, "The Moorland Clarion", None, SEP23),
    # written by the lead after the merge: a document whose top heading is ## (clippers write so)
    "r37_h2_only_title.md": (TRAM, "Harrowgate Courier", "Siobhán Ní Bhriain", FEB17),
    "r38_h2_section_after_prose_neg.md": (None, None, None, None),  # a section heading is no title
    # written by the lead after reading the extractor, from the same-kind corpus of fires (same_kind8):
    # a slashed date whose parts could both be the month, with a US page's 12-hour clock and zone after
    # it, is month first; a 24-hour clock in a European zone first said nothing, and the date stayed unknown; since
    # session 29 a zone of a country that writes day first says so (meta19: "06/08/2019 17:45 BST" is 6 August)
    # (t15 and t17 first expected the site's name kept in the title and no outlet; since a plain
    # text's title is cut as a clipped page's is, titlesite.cut_site, the site is the outlet)
    "t15_us_slash_clock_est.txt": ("Water main break floods downtown underpass", "WKRT 4 Harlow",
                                   "Dana Whitcomb", "2018-02-11"),
    "t16_slash_24h_cet_neg.txt": ("Tram line reopens after track repairs", None, None, "2025-04-03"),
    "t18_us_slash_comma_et.txt": ("Library extends weekend hours for exam season", None, "Marcus Oyelaran",
                                  "2023-05-06"),
    # a headline with its site's name after it, past twenty words, over its date line
    "t17_long_headline_site_suffix.txt": ("Red-light cameras go up at six crossings where pedestrians were struck "
                                          "in the past two years", "The Harlow Ledger", "Ellen Marsh",
                                          "2018-04-28"),
}
# How each story's body opens once the furniture is gone.
OPENINGS = ("Dock workers", "Festival organisers", "Patients in", "Tram drivers backed", "Firefighters", "Traders at",
            "A water main", "The tram line", "The city switched", "The central library")
FURNITURE_MARKS = ("·", " | ", "By ", "Share this", "Share on", "Copy link", "Listen to this", "Advertisement",
                   "Image caption", "Image source", "Photograph:", "Photo:", "Two stages on", "Reporting by",
                   "Editing by", "©", "Most read",
                   "cookie", "Accept all", "Updated", "Published", "[[", "Skip to", "Read more", "Related",
                   "Ferry fares", "Port strike", "Opera house", "Council approves", "clippings", "Metadata",
                   "Full Title", "Category:", "URL:", "Highlights", "Excerpt")
# The story's own sentences with a mark in them, which stay.
STORY_BY = ("By the numbers", '"We use cookies')


def test_every_fixture_has_an_expectation() -> None:
    assert sorted(p.name for p in META5.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_metadata_from_furniture(name: str) -> None:
    assert read_fields(META5 / name) == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_furniture_leaves_the_body(name: str) -> None:
    assert_furniture_left(META5 / name, OPENINGS, FURNITURE_MARKS, STORY_BY)


@pytest.mark.parametrize(
    "name", ["h04_jsonld_graph_author_id_reference.html", "t01_browser_copy_menu_caption.txt",
             "m02_obsidian_author_string_link.md", "m09_hugo_toml_authors.md",
             "m14_metaline_underscore_middot_two_authors.md"],
)
def test_show_json_end_to_end(name: str) -> None:
    fields, sentences = shown_fields(META5 / name)
    assert fields == EXPECTED[name]
    assert sentences[0].startswith(OPENINGS)


@pytest.mark.parametrize(
    ("front", "meta"),
    [('---\nauthor: "[[Ana Núñez]]"\n---\n', {"author": "Ana Núñez"}),
     ('---\nauthor:\n  - "[[People/Ana Núñez|Ana]]"\n  - "[[Marko Ilić]]"\n---\n',
      {"author": "Ana Núñez and Marko Ilić"}),
     ('---\nsource: "https://www.example.org/a/b"\n---\n', {"url": "https://www.example.org/a/b"}),
     ("---\nsource: Évora Tribune\n---\n", {"outlet": "Évora Tribune"}),
     ('---\nauthor: "[[Évora Tribune]]"\ncreated: 2025-03-04\n---\n', {}),  # a site, a clipping date
     ('+++\n[params]\n  author = "Ana Núñez"\n+++\n', {"author": "Ana Núñez"}),
     ('+++\n[params.author]\n  name = "Ana Núñez"\n+++\n', {"author": "Ana Núñez"}),
     ("---\nlast_modified_at: 2025-03-04\nlastmod: 2025-03-04\n---\n", {})],
)
def test_front_matter_of_clippers_and_generators(front: str, meta: dict[str, str]) -> None:
    assert split_front_matter(front + "Body.")[0] == meta


@pytest.mark.parametrize(
    ("line", "chrome"),
    [("Skip to main content", True), ("Home", True), ("World News", True), ("Accept all  Reject all", True),
     ("We use cookies to improve your experience.", True), ("Harbour View News", False),
     ("Home secretary resigns over visa row", False), ('"We use cookies to count riders," he said.', False),
     ("The News", False)],
)
def test_page_chrome(line: str, chrome: bool) -> None:
    assert is_page_chrome(line) is chrome


@pytest.mark.parametrize(
    ("text", "iso"),
    [("March 4, 2025 3:21 PM GMT+1", MAR04), ("4 March 2025, 10:00 UTC+01:00", MAR04),
     ("Tuesday 4 March 2025 09:12 CET", MAR04), ("March 4, 2025 3:21 PM GMT+1 and more", None)],
)
def test_date_line_with_zone_offset(text: str, iso: str | None) -> None:
    stated = stated_date(text)
    assert (stated.iso if stated else None) == iso


def test_obsidian_links_in_the_text_read_as_shown() -> None:
    doc = extract("The chief, [[People/Ana Núñez|Ana Núñez]], met [[Marko Ilić]] at the [[Harbour|quay]].\n", ".md")
    assert doc.text == "The chief, Ana Núñez, met Marko Ilić at the quay."
