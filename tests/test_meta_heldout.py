"""Metadata read from small articles of the kinds issue 14 lists (tests/fixtures/meta/).

Each file states its title, outlet, author and date in furniture (or, for the negative
cases, states them only in the story or ambiguously), in plain text, Markdown and HTML:
Unicode names in bylines, bios, mastheads and outlet prefixes; one line of outlet, date and
author under the title; dates written out, dotted, with and without a weekday or a year.
`None` is the right answer where the article does not state the field in its furniture.
"""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES
from tests.meta_cases import assert_furniture_left, read_fields, shown_fields

META = FIXTURES / "meta"
TRAM = "Tram line approved after years of debate"
FLOOD = "River floods streets in the old town"
TRIAL = "Verdict due in harbour attack trial"
FIRE = "Warehouse fire near the harbour"
LORRY = "Lorry crash closes motorway"
D = "2025-03-04"

# file: (title, outlet, author, date)
EXPECTED: dict[str, tuple[str | None, str | None, str | None, str | None]] = {
    # plain text
    "t01_byline_ilic.txt": (TRAM, None, "Marta Ilić", D),
    "t02_caps_byline.txt": (TRAM, None, "Łukasz Nowak", D),
    "t03_masthead_irish.txt": (FLOOD, "Halden Daily", "Seán Ó Briain", D),
    "t04_plain_metaline.txt": (TRAM, "Halden Daily", "Jean-Pierre Müller", D),
    "t05_plain_metaline_pipe.txt": (FLOOD, "The Coastal Herald", "Ana de la Cruz", D),
    "t06_dotted.txt": (FLOOD, None, "Ayşe Çelik", D),
    "t07_weekday_us.txt": (TRAM, None, "Siobhán O’Neill and Jean-Luc Dubois", D),
    "t08_weekday_wrong.txt": (TRAM, None, "Marko Marković", None),
    "t09_yearless_copyright.txt": (FLOOD, "Halden Daily", "Núñez García", D),
    "t10_yearless_no_year.txt": (FLOOD, None, None, None),
    "t11_yearless_wrong_weekday.txt": (FLOOD, "Halden Daily", None, None),
    "t12_body_dates_only.txt": (TRIAL, None, None, None),
    "t13_ambiguous_short_date.txt": (FLOOD, None, None, None),
    "t14_bio_unicode.txt": (None, "Balkan Insight", "Marta Ilić", None),
    "t15_prefix_unicode.txt": (None, "Agência Brasil", None, None),
    "t16_published_abbrev.txt": (TRAM, None, "Çağlar Öztürk", D),
    "t17_iso_line.txt": (TRAM, None, "María José de la Cruz", D),
    "t18_dateline_full_date.txt": ("Flood warning for the Sava basin", "Reuters", None, D),
    "t19_dateline_unicode_place.txt": ("Flood warning for the lake towns", None, None, None),
    "t20_metaline_location_part.txt": (TRAM, None, "Đorđe Petrović", D),
    "t21_day_of_month.txt": (TRAM, None, "Zoë Lefèvre", D),
    "t22_byline_job_title.txt": (FIRE, None, "Marta Ilić", None),
    "t23_byline_in_places.txt": (FIRE, None, "Marta Ilić and Jane Roe", None),
    "t24_headline_story_date.txt": ("Ten years since the floods of 4 March 2015", None, None, None),
    "t25_published_on_weekday.txt": (FIRE, None, None, D),
    "t26_dotted_weekday_time.txt": (FIRE, None, None, D),
    "t27_yearless_updated_stamp.txt": (FIRE, None, None, D),
    "t28_yearless_url_year.txt": (FIRE, "haldendaily.example", None, D),
    "t29_metaline_date_first.txt": (FIRE, "The Łódź Courier", "Mary-Kate O'Brien-Smith", D),
    "t30_name_without_by.txt": (FIRE, None, None, D),  # "Marta Ilić · 4 March 2025": no "by", no author
    "t31_by_sentence_header.txt": (FIRE, None, None, None),
    "t32_van_der.txt": (FIRE, None, "Ludwig van der Berg", D),
    "t33_masthead_byline_date_time.txt": (LORRY, "Halden Daily", "Ivan Đurić", D),
    "t34_impossible_date.txt": (LORRY, None, None, None),  # "Saturday 29 February 2025": no such day
    "t35_hyphenated_names.txt": (LORRY, None, "Jean-François Lefèvre-Côté", D),
    "t36_weekday_date_in_story.txt": (LORRY, None, None, None),
    # Markdown
    "m01_em_middot.md": (TRAM, "Halden Daily", "Marta Ilić", D),
    "m02_underscore_pipe.md": (FLOOD, "The Coastal Herald", "Núñez García", D),
    "m03_strong_emdash.md": (FLOOD, "Radio Ost", "Łukasz Kowalczyk", D),
    "m04_hyphen_no_date.md": (TRAM, "The Northern Ledger", "Ayşe Çelik", None),
    "m05_date_only.md": (TRAM, None, None, D),
    "m06_yearless_footer.md": (FLOOD, "Halden Daily", "Marko Marković", D),
    "m07_wrong_weekday.md": (FLOOD, "Halden Daily", "Marko Marković", None),
    "m08_plain_metaline.md": (TRAM, "Halden Daily", "Seán Ó Briain", D),
    "m09_body_only.md": (TRIAL, None, None, None),
    "m10_ambiguous_name_part.md": (TRAM, None, None, D),  # "Balkan Insight" could be a person
    "m11_byline_first.md": (FLOOD, "Kyiv Independent", "Conor O'Neill", D),
    "m12_ambiguous_dotted.md": (FLOOD, "Halden Daily", "Jürgen Weiß", None),
    "m13_bold_byline_then_date.md": (FIRE, None, "Ana de la Cruz", D),
    "m14_standfirst_then_metaline.md": (FIRE, "Halden Daily", "Seán Ó Briain", D),
    "m15_emdash_weekday.md": (FIRE, "Halden Daily", None, D),
    "m16_date_outlet_byline_at_end.md": (FIRE, "Halden Daily", None, D),
    "m17_hyphen_iso.md": (FIRE, None, "Björn Ångström", D),
    "m18_outlet_with_joiner.md": (FIRE, "Voice of Halden", "Ewa Szymańska", D),
    "m19_wrong_weekday_pipe.md": (FIRE, "Halden Daily", "Ewa Szymańska", None),
    "m20_two_authors_with_time.md": (LORRY, "Halden Daily", "Ivan Đurić and Ewa Szymańska", D),
    "m21_setext_title.md": (LORRY, "Halden Daily", None, D),
    "m22_emphasis_per_part.md": (LORRY, "Halden Daily", "Ivan Đurić", D),
    "m23_yearless_abbreviated.md": (LORRY, "Halden Daily", "Ivan Đurić", None),  # no year anywhere
    "m24_bio_in_emphasis.md": (LORRY, "Halden Daily", "Ivan Đurić", D),
    # HTML
    "h01_meta_tags.html": (TRAM, "Halden Daily", "Marta Ilić", D),
    "h02_byline_and_date_lines.html": (FLOOD, None, "Łukasz Nowak", D),
    "h03_em_metaline.html": (TRAM, "Halden Daily", "Núñez García", D),
    "h04_body_dates_only.html": (TRIAL, None, None, None),
    "h05_wrong_weekday.html": (FLOOD, None, None, None),
    "h06_dotted_metaline.html": (FLOOD, "Halden Daily", "Ayşe Çelik", "2025-03-05"),
    "h07_yearless_no_year.html": (FLOOD, None, None, None),
    "h08_byline_time.html": (TRAM, None, "Seán Ó Briain", D),
    "h09_meta_div_dropped_by_extractor.html": (FIRE, "Halden Daily", None, D),
    "h10_two_authors.html": (FIRE, None, "Seán Ó Briain and Ana de la Cruz", None),
    "h11_date_byline_line.html": (FIRE, None, "Ewa Szymańska", D),
    "h12_meta_name_date.html": (FIRE, None, "Jürgen Weiß", D),
    "h13_meta_paragraph_with_link_and_time.html": (LORRY, "Halden Daily", "Marta Ilić", D),
    "h14_byline_div_dotted_date_div.html": (LORRY, "Halden Daily", "Jürgen Weiß and Ana de la Cruz", D),
    "h15_published_weekday_em.html": (LORRY, "Halden Daily", None, D),
    "h16_yearless_wrong_weekday.html": (LORRY, "Halden Daily", None, None),
    "h17_share_list_then_byline.html": (LORRY, "Halden Daily", "Siobhán Ní Bhriain", None),
}
# h14-h17 title themselves "Lorry crash closes motorway | Halden Daily": the page states its outlet there.
# How each story's body opens once the furniture is gone (m14's standfirst, a Markdown subheading, opens its body).
OPENINGS = ("The city council voted", "Hundreds of residents", "Prosecutors said", "Work starts",
            "Firefighters battled", "Crews worked", "Police closed")
FURNITURE_MARKS = ("·", " | ", "By ", "©", "2025-03-04", "04.03.2025", "Published")
STORY_BY = ("By Marta Ilić's",)
"""The story's own "By Marta Ilić's own account", which stays; furniture lines go."""


def test_every_fixture_has_an_expectation() -> None:
    assert sorted(p.name for p in META.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_metadata_from_furniture(name: str) -> None:
    assert read_fields(META / name) == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_furniture_leaves_the_body(name: str) -> None:
    assert_furniture_left(META / name, OPENINGS, FURNITURE_MARKS, STORY_BY)


@pytest.mark.parametrize(
    "name", ["t04_plain_metaline.txt", "t08_weekday_wrong.txt", "m01_em_middot.md", "m06_yearless_footer.md",
             "h03_em_metaline.html", "h05_wrong_weekday.html", "h09_meta_div_dropped_by_extractor.html"],
)
def test_show_json_end_to_end(name: str) -> None:
    fields, sentences = shown_fields(META / name)
    assert fields == EXPECTED[name]
    assert sentences[0].startswith(OPENINGS)
