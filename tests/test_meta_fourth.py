"""Metadata read from a fourth, independent set of small articles of issue 14's kinds (tests/fixtures/meta4/).

Written before the extractor was read, with new outlets, names and dates, for the furniture the
first three sets left out: dashed numeric dates ("19-11-2024", "2023-10-13", "05-Aug-2025", a
weekday that settles "Friday 08-03-2024"), "originally published by X" and "first appeared in X"
notes and a "Source: X" line at the foot, month names in French, German and Spanish in otherwise
English articles, a bare two-word place line under the title, HTML bylines whose spans are glued
together by CSS alone, a Markdown outlet line under the byline, Markdown tables in the body, the
emphasised metaline with each separator (·, |, —, –, in * and _ and **), a yearless weekday date
with the year in the copyright line, and Unicode, apostrophes and hyphens in every recogniser
(bylines, capitals bylines, bios, "Name, Outlet correspondent", mastheads, dateline prefixes).
Hard negatives: names and dates in the story or in a table, "Source: Ministry of Energy", "first
appeared in print", a dashed date whose order nothing settles.

Decisions: a dashed date D-M-Y is read when one part cannot be a month (19-11-2024), when both
are the same (05-05-2025), or when the stated weekday fits one order only (Friday 08-03-2024 is 8
March; 3 August 2024 was a Saturday); otherwise (04-03-2025) it is unknown. Y-M-D is always read;
dotted dates are day first, as before. Month names and weekdays in French, German and Spanish
(Italian, Portuguese and Dutch too) are read in a full date (day, month, year): a month's name
cannot be misread, so reading it guesses nothing; a foreign weekday is checked as an English one
is; in the story they are no furniture. "Originally published by X" / "first appeared in X" /
"Source: X" name the outlet only when X has a newspaper's word in it ("Source:" asks for one that
names nothing but newspapers: not "Report", "Network", "Press"); "Originally published on DATE"
gives the date; the note leaves the body even when it names nothing. A bare name-like line
("Alice Springs", "Glen Rose", "Mount Isa", "Zoë Kowalczyk") is no byline - as in the earlier
sets, a name without "by" is no author - but a name in an element the page marks as its author's
(class="author", class="author-link") is, and so is a name beside a job ("— Marko Ilić, Tokyo
correspondent."). A name written in capitals is given in title case, apostrophes and hyphens kept
(O'Driscoll-Brennan). A Markdown table's rows stay in the body as sentences ("Graz; 4 March
2024; Ana Núñez.").

s01-s23, n01-n20 and v01-v13 were written before the extractor was read; on them it then stood at
192 of 224 fields right, 3 wrong (a place as author, a 05-08 date read day first, a bio's whole
clause as author), 29 missed; 4 body checks failed (two "Originally published" notes left in,
both Markdown tables lost). After the changes: 224 of 224.

r01-r26 were written afterwards. r01-r15 hunt wrong guesses of the new rules: four of them (r05
"Source: Quarterly Labour Market Report", r06 "Source: Network Rail", r07 "The report was first
published by the Harbour Tribune", r08 "Courts Reporter" under a byline) were wrong under the
first version of those rules, which were narrowed until all stayed unknown. r16-r19 came from
probing glued spans further; two of them (r17, r18) were wrong before any change here (a
masthead's shape found across a bar, trafilatura's author run into the outlet's name). r20-r24: an
outlet's line between a byline and a date in blocks of their own, sign-offs with a job at the
foot, a bare place at the foot. r25-r26: a weekday in the date's own language.
"""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES
from tests.meta_cases import assert_furniture_left, read_fields, shown_fields
from tui.engine.corpus import read_article
from tui.engine.dates import stated_date
from tui.engine.footnotes import provenance

META4 = FIXTURES / "meta4"
BRIDGE = "Bridge reopens after flood repairs"
BAKERY = "Bakery chain recalls bread over allergen label"
ORCH = "Orchestra cancels winter tour after funding cut"
SCHOOL = "Village school saved by parents' fundraising"
STORM = "Storm knocks out power to coastal towns"
RUNWAY = "Airport unveils plan for second runway"
NOV19 = "2024-11-19"  # a Tuesday
FEB27 = "2025-02-27"  # a Thursday
OCT13 = "2023-10-13"  # a Friday
APR21 = "2026-04-21"  # a Tuesday
MAR08 = "2024-03-08"  # a Friday
AUG05 = "2025-08-05"  # a Tuesday
MAR04 = "2025-03-04"  # a Tuesday

# file: (title, outlet, author, date)
EXPECTED: dict[str, tuple[str | None, str | None, str | None, str | None]] = {
    # plain text
    "s01_dashed_day_over_twelve.txt": (BRIDGE, None, "Jovana Petrović", NOV19),
    "s02_dashed_order_unknown.txt": (BAKERY, None, "Emre Çelik", None),  # 04-03: order unknown
    "s03_iso_after_byline_pipe.txt": (ORCH, None, "Łukasz Żółkowski", OCT13),
    "s04_originally_published_by_foot.txt": (SCHOOL, "The Marsh Valley Echo", "Pádraig Ó Súilleabháin", APR21),
    "s05_first_appeared_in_foot.txt": (STORM, "Gazeta Śląska", "Gülşen Öztürk", MAR08),
    "s06_source_foot.txt": (RUNWAY, "Évora Tribune", None, AUG05),
    "s07_place_line_under_title.txt": (BRIDGE, None, None, NOV19),  # Alice Springs is a town
    "s08_place_line_then_byline.txt": (BAKERY, None, "Margaux L'Hôte", FEB27),  # so is Glen Rose
    "s09_french_month.txt": (ORCH, None, "Antoine D'Amboise", OCT13),
    "s10_weekday_yearless_copyright_after.txt": (SCHOOL, "Ridgeway Observer", "Núria Puigdemont-Solà", APR21),
    "s11_caps_byline_apostrophe_hyphen.txt": (STORM, None, "Sinéad O'Driscoll-Brennan", MAR08),
    "s12_bio_reporter_for.txt": (RUNWAY, "Łódź Evening Express", "Đorđe Novaković", AUG05),
    "s13_name_outlet_correspondent.txt": (BRIDGE, "Ærø Islander", "Ngaio O'Rourke-Tane", NOV19),
    "s14_dateline_outlet_prefix.txt": (BAKERY, "Évora Tribune", None, FEB27),
    "s15_story_names_dates_only.txt": (ORCH, None, None, None),
    "s16_originally_published_on_date.txt": (SCHOOL, None, "Kateřina Dvořáková", APR21),
    "s17_source_ministry_negative.txt": (STORM, None, "Emre Çelik", MAR08),  # a ministry is no outlet
    "s18_first_appeared_in_print_negative.txt": (RUNWAY, None, "Dagný Jónsdóttir", AUG05),  # "print" is no outlet
    "s19_weekday_us_yearless_copyright_word.txt": (BRIDGE, "Northern Ledger", None, NOV19),
    "s20_german_month.txt": (BAKERY, None, "Heike Brandstätter", FEB27),
    "s21_masthead_hyphen_dotted.txt": (ORCH, "Saint-Étienne Courier", "Björn Åkesson", OCT13),
    "s22_dashed_weekday_settles.txt": (STORM, None, "Tadhg Mac Cárthaigh", MAR08),  # 3 Aug 2024: a Saturday
    "s23_dashed_month_abbrev.txt": (RUNWAY, None, "Ewa Błaszczyk", AUG05),
    # Markdown
    "n01_em_middot_date_first.md": (BRIDGE, "Ærø Islander", "Søren Kierkegård-Holm", NOV19),
    "n02_underscore_pipe_us.md": (BAKERY, "The Salt Flats Bulletin", "José Ángel Núñez", FEB27),
    "n03_em_emdash.md": (ORCH, "Münster Abendblatt", "Heike Brandstätter", OCT13),
    "n04_underscore_emdash_weekday_yearless.md": (SCHOOL, "Córdoba Daily Post", "Margaux L'Hôte", APR21),
    "n05_em_endash.md": (STORM, "Northern Ledger", "Dagný Jónsdóttir", MAR08),
    "n06_em_middot_iso.md": (RUNWAY, "Lagoon Gazette", "Emre Çelik", AUG05),
    "n07_underscore_pipe_dashed_day.md": (BRIDGE, "Gazeta Śląska", "Ewa Błaszczyk", NOV19),
    "n08_byline_then_outlet_line.md": (BAKERY, "The Ridgeway Observer", "Kateřina Dvořáková", FEB27),
    "n09_table_in_body.md": (ORCH, "Münster Abendblatt", "Björn Åkesson", OCT13),
    "n10_table_names_no_byline.md": (SCHOOL, None, None, APR21),  # the table's organisers wrote nothing
    "n11_french_month_metaline.md": (STORM, "Lagoon Gazette", "Antoine D'Amboise", MAR08),
    "n12_bio_em_foot.md": (RUNWAY, "The Marsh Valley Echo", "Ngaio O'Rourke-Tane", AUG05),
    "n13_caps_byline_bold.md": (BRIDGE, None, "Đorđe Novaković", NOV19),
    "n14_source_foot_em.md": (BAKERY, "Münster Abendblatt", None, FEB27),
    "n15_first_appeared_em.md": (ORCH, "The Salt Flats Bulletin", "Zoltán Szőke", OCT13),
    "n16_place_line_under_title.md": (SCHOOL, None, None, APR21),  # Mount Isa is a town
    "n17_spanish_month_metaline.md": (STORM, "Córdoba Daily Post", "Núria Puigdemont-Solà", MAR08),
    "n18_story_names_dates_only.md": (RUNWAY, None, None, None),
    "n19_originally_published_by_on.md": (BRIDGE, "Łódź Evening Express", "Jovana Petrović", NOV19),
    "n20_bold_emdash_weekday.md": (STORM, "Évora Tribune", "Gülşen Öztürk", MAR08),
    # HTML
    "v01_glued_author_date_spans.html": (BRIDGE, None, "Emre Çelik", NOV19),
    "v02_glued_by_name_outlet_date.html": (BAKERY, "Northern Ledger", "Dagný Jónsdóttir", FEB27),
    "v03_glued_author_link_time_text.html": (ORCH, None, "Pádraig Ó Súilleabháin", OCT13),
    "v04_originally_published_link.html": (SCHOOL, "The Marsh Valley Echo", "Núria Puigdemont-Solà", APR21),
    "v05_source_footer.html": (STORM, "Ærø Islander", None, MAR08),
    "v06_dashed_date_order_unknown.html": (RUNWAY, None, "Björn Åkesson", None),  # 05-08: order unknown
    "v07_dashed_day_over_twelve.html": (BRIDGE, None, "Ewa Błaszczyk", NOV19),
    "v08_caps_byline.html": (BAKERY, None, "Søren Kierkegård-Holm", FEB27),
    "v09_bio_footer.html": (ORCH, "Saint-Étienne Courier", "Björn Åkesson", OCT13),
    "v10_table_names_in_body.html": (SCHOOL, None, None, APR21),
    "v11_german_month.html": (STORM, None, "Heike Brandstätter", MAR08),
    "v12_correspondent_byline.html": (RUNWAY, "Lagoon Gazette", "Ngaio O'Rourke-Tane", AUG05),
    "v13_place_line_under_title.html": (BRIDGE, None, None, NOV19),
    # written after the extractor was changed, hunting wrong guesses of the new rules
    "r01_dashed_weekday_fits_neither.txt": (BRIDGE, None, "Jovana Petrović", None),  # Monday: neither order
    "r02_dashed_date_in_story_only.txt": (BAKERY, None, "Emre Çelik", None),
    "r03_foreign_month_year_only.txt": (ORCH, None, "Antoine D'Amboise", None),  # "Mai 2025": no day
    "r04_table_like_metaline_under_title.md": (SCHOOL, None, None, None),  # a table's cells are story
    "r05_source_quarterly_report.txt": (STORM, None, "Emre Çelik", MAR08),  # a data source
    "r06_source_network_rail.md": (RUNWAY, None, None, AUG05),  # a company
    "r07_story_report_first_published.txt": (BRIDGE, None, "Ewa Błaszczyk", None),  # the story's report
    "r08_byline_then_beat_line.md": (BAKERY, None, "Ana Núñez", FEB27),  # a beat, no publication
    "r09_sup_ordinal_date.html": (ORCH, None, "Björn Åkesson", OCT13),  # 13<sup>th</sup> is one word
    "r10_bare_person_name_line.txt": (SCHOOL, None, None, APR21),  # no "by", no author
    "r11_originally_published_in_year.txt": (STORM, None, "Gülşen Öztürk", None),
    "r12_first_appeared_in_language.md": (RUNWAY, None, "Dagný Jónsdóttir", AUG05),  # "in German"
    "r13_glued_author_place_spans.html": (BRIDGE, None, "Ana Núñez", None),  # a place beside the author
    "r14_same_day_and_month_dashed.txt": (BAKERY, None, "Heike Brandstätter", "2025-05-05"),  # either order
    "r15_weekday_settles_month_first.txt": (ORCH, None, "Tadhg Mac Cárthaigh", "2025-04-03"),  # a Thursday
    # found probing glued spans: a byline above the heading, a bar run into a masthead's shape
    # ("Marko Ilić|Évora Tribune" was the outlet), trafilatura's author run into the outlet
    "r16_glued_spans_above_title.html": (BRIDGE, "Évora Tribune", "Łukasz Żółkowski", NOV19),
    "r17_name_bar_outlet_spans.html": (BRIDGE, None, "Marko Ilić", NOV19),  # no "by": the outlet unsure
    "r18_byline_link_runs_into_outlet.html": (BRIDGE, "Évora Tribune", "Marko Ilić", NOV19),
    "r19_version_first_appeared_comma_date.txt": (BRIDGE, "Évora Tribune", "Marko Ilić", NOV19),
    # an outlet's line between a byline and a date in blocks of their own; sign-offs at the foot
    "r20_outlet_line_between_byline_and_date_blocks.md": (BRIDGE, "Évora Tribune", "Marko Ilić", MAR04),
    "r21_beat_line_between_byline_and_date_blocks.md": (BRIDGE, None, "Ana Núñez", MAR04),  # a beat
    "r22_sign_off_place_job.txt": (BRIDGE, None, "Marko Ilić", MAR04),  # Tokyo is no outlet
    "r23_sign_off_outlet_job.txt": (BRIDGE, "Évora Tribune", "Marko Ilić", MAR04),
    "r24_bare_place_line_at_foot.txt": (BRIDGE, None, None, MAR04),
    # a weekday in the date's own language, checked as an English one is
    "r25_foreign_weekday_metaline.md": (BRIDGE, "Évora Tribune", "Marko Ilić", MAR04),  # mardi: a Tuesday
    "r26_foreign_weekday_contradicts.md": (BRIDGE, "Évora Tribune", "Marko Ilić", None),  # lundi: no
}
# How each story's body opens once the furniture is gone.
OPENINGS = ("Drivers crossed", "Shoppers were told", "Musicians learned", "Parents raised", "Engineers worked",
            "Airport managers")
FURNITURE_MARKS = ("·", " | ", "By ", "BY ", "©", "Copyright", "Originally published", "originally published",
                   "first appeared", "Source:", "is a reporter for", "correspondent", "– by", "— by", "ÉVORA (")
# The story's own sentences with a mark in them, which stay.
STORY_BY = ("By 2031", "A shorter version", "Source: Ministry")
# Markdown tables in the body: (file, cells that must stay in the body).
TABLES = {
    "n09_table_in_body.md": ("Graz", "Zoltán Szőke", "6 March 2024"),
    "n10_table_names_no_byline.md": ("Bake sale", "Tadhg Mac Cárthaigh", "€6,100"),
    "r04_table_like_metaline_under_title.md": ("Harbour Tribune", "4 March 2025", "by Jane Roe"),
}


def test_every_fixture_has_an_expectation() -> None:
    assert sorted(p.name for p in META4.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_metadata_from_furniture(name: str) -> None:
    assert read_fields(META4 / name) == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(set(EXPECTED) - set(TABLES)))
def test_furniture_leaves_the_body(name: str) -> None:
    assert_furniture_left(META4 / name, OPENINGS, FURNITURE_MARKS, STORY_BY)


@pytest.mark.parametrize("name", sorted(TABLES))
def test_markdown_table_stays_in_the_body(name: str) -> None:
    article, _ = read_article(META4 / name)
    assert any(sentence.startswith(OPENINGS) for sentence in article.texts)  # a table may open the body
    body = " ".join(article.texts)
    for cell in TABLES[name]:
        assert cell in body
    marks = tuple(m for m in FURNITURE_MARKS if m != " | ")
    assert not any(m in s for s in article.texts for m in marks)


@pytest.mark.parametrize(
    "name", ["s01_dashed_day_over_twelve.txt", "s09_french_month.txt", "n05_em_endash.md",
             "n08_byline_then_outlet_line.md", "v02_glued_by_name_outlet_date.html", "v13_place_line_under_title.html"],
)
def test_show_json_end_to_end(name: str) -> None:
    fields, sentences = shown_fields(META4 / name)
    assert fields == EXPECTED[name]
    assert sentences[0].startswith(OPENINGS)


@pytest.mark.parametrize(
    ("text", "iso"),
    [("19-11-2024", NOV19), ("04-03-2025", None), ("Friday 08-03-2024", MAR08), ("Monday 04-03-2025", None),
     ("05-05-2025", "2025-05-05"), ("13 octobre 2023", OCT13), ("27. Februar 2025", FEB27),
     ("8 de marzo de 2024", MAR08), ("Mai 2025", None), ("08/03/2024", None), ("mardi 4 mars 2025", MAR04),
     ("lundi 4 mars 2025", None), ("Dienstag, 4. März 2025", MAR04),
     # the months of the languages of Ilić, Łukasz and Çelik, in the genitive their dates use
     ("4 marca 2025", MAR04), ("4. března 2025", MAR04), ("4. marta 2025.", MAR04), ("4 Mart 2025", MAR04),
     ("13 października 2023", OCT13), ("8 Mart 2024", MAR08), ("Mart 2025", None),
     # Scandinavian and Finnish; Russian, Ukrainian, Serbian Cyrillic and Greek, in their genitive
     ("4. marts 2025", MAR04), ("4. maj 2025", "2025-05-04"), ("4. maaliskuuta 2025", MAR04),
     ("4 марта 2025", MAR04), ("4 березня 2025", MAR04), ("4. марта 2025.", MAR04), ("4 Μαρτίου 2025", MAR04),
     ("4 ΜΑΡΤΊΟΥ 2025", MAR04), ("4 листопада 2025", "2025-11-04"), ("марта 2025", None),
     # Hungarian: the year first, with a full stop, the weekday after it
     ("2025. március 4.", MAR04), ("2025. 03. 04.", MAR04), ("2025. 13. 04.", None),
     ("2025. március 4., kedd", MAR04), ("2025. március 4., szerda", None),
     # the weekdays of the languages whose months are read, checked as an English one is
     ("wtorek, 4 marca 2025", MAR04), ("środa, 4 marca 2025", None), ("utorak, 4. marta 2025.", MAR04),
     ("úterý 4. března 2025", MAR04), ("Salı, 4 Mart 2025", MAR04), ("tirsdag 4. marts 2025", MAR04),
     ("tiistai 4. maaliskuuta 2025", MAR04), ("вторник, 4 марта 2025", MAR04), ("Τρίτη 4 Μαρτίου 2025", MAR04),
     # year, month and day each marked, as Chinese, Japanese and Korean write them
     ("2025年3月4日", MAR04), ("2025년 3월 4일", MAR04), ("2025年13月4日", None)],
)
def test_numeric_and_foreign_dates(text: str, iso: str | None) -> None:
    stated = stated_date(text)
    assert (stated.iso if stated else None) == iso


@pytest.mark.parametrize(
    ("text", "outlet", "iso"),
    [("This article was originally published by The Marsh Valley Echo.", "The Marsh Valley Echo", None),
     ("Originally published on 21 April 2026.", None, APR21),
     ("Source: Évora Tribune", "Évora Tribune", None),
     ("Source: Ministry of Energy", None, None), ("Source: Quarterly Labour Market Report", None, None),
     ("A shorter version of this article first appeared in print.", None, None),
     ("The report was first published by the Harbour Tribune on 2 May 2024.", None, None),
     ("First published in German", None, None),
     # other ways of saying it (session 18): "on" a site, "published in", republished "from"
     ("This article first appeared on The Marsh Valley Echo.", "The Marsh Valley Echo", None),
     ("Published in The Marsh Valley Echo on 21 April 2026.", "The Marsh Valley Echo", APR21),
     ("This article was published on 21 April 2026.", None, APR21),
     ("Republished with permission from The Marsh Valley Echo.", "The Marsh Valley Echo", None),
     ("Reprinted from The Marsh Valley Echo", "The Marsh Valley Echo", None),
     ("Published in Nature on Monday, the study found fewer eels.", None, None),  # the story's
     ("Reprinted with permission.", None, None)],
)
def test_notes_of_origin(text: str, outlet: str | None, iso: str | None) -> None:
    found = provenance(text)
    assert (found.outlet if found else None) == outlet
    assert (found.date.iso if found and found.date else None) == iso
