"""Metadata read from a second, independent set of small articles of issue 14's kinds (tests/fixtures/meta2/).

They check that the rules generalise: other outlets,
other names (Šimić, Wójcik, Ó Súilleabháin, Ødegård, Šimkutė-Kazlauskienė, D'Arcy, N'Diaye),
other dates (written out, US order, dotted, abbreviated, with weekdays and times), metalines
with `*`, `_`, `**`, `·`, `|`, `—` and `-`, HTML with JSON-LD, OpenGraph and site-name suffixes in
<title>, and negative cases: names and dates in the story, photo and agency credits, "By the
numbers", a slash date whose order is unknown, a weekday that contradicts its date. `None` is
the right answer where the article does not state the field in its furniture; two authors are
joined with " and ", three or more with commas.

f01-f24, g01-g14 and k01-k12 were written before the extractor was read (on them it then stood
at 198 of 200 fields right, none wrong); the rest were written afterwards, hunting for misses
and wrong guesses of the same kinds.
"""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES
from tests.meta_cases import assert_furniture_left, read_fields, shown_fields

META2 = FIXTURES / "meta2"
BRIDGE = "Bridge closed after cracks found in pillars"
STRIKE = "Teachers extend strike over pay"
PORT = "Port reopens after storm damage"
WATER = "Boil-water notice lifted in three districts"
ICON = "Museum returns stolen icons to monastery"
NOV12 = "2024-11-12"  # a Tuesday
JUN18 = "2025-06-18"  # a Wednesday
JAN9 = "2023-01-09"  # a Monday
OCT2 = "2025-10-02"  # a Thursday
SEP4 = "2025-09-04"  # a Thursday

# file: (title, outlet, author, date)
EXPECTED: dict[str, tuple[str | None, str | None, str | None, str | None]] = {
    # plain text
    "f01_masthead_byline_written.txt": (BRIDGE, "The Adriatic Courier", "Ivana Šimić", NOV12),
    "f02_caps_byline_us_date.txt": (STRIKE, None, "Zofia Wójcik", NOV12),
    "f03_byline_job_published_time.txt": (PORT, None, "Pádraig Ó Súilleabháin", NOV12),
    "f04_dotted_published_updated.txt": (PORT, None, "Jörg Baumgärtner", JUN18),
    "f05_weekday_full_date.txt": (WATER, None, "Kateřina Dvořáková", JUN18),
    "f06_weekday_comma_us_lower_by.txt": (WATER, None, "Nuno Gonçalves", JUN18),
    "f07_plain_metaline_middot.txt": (ICON, "Nordlys Weekly", "Øystein Ødegård", OCT2),
    "f08_plain_metaline_date_first_pipe.txt": (BRIDGE, "The Baltic Ledger", "Rūta Šimkutė-Kazlauskienė", JAN9),
    "f09_bio_at_end.txt": (ICON, "Danube Post", "Dóra Kovács", None),
    "f10_dateline_agency.txt": (PORT, "Hina", None, NOV12),
    "f11_story_names_dates_only.txt": (BRIDGE, None, None, None),
    "f12_by_the_numbers.txt": (BRIDGE, None, None, None),
    "f13_photo_credit.txt": (BRIDGE, None, None, NOV12),
    "f14_agency_credit_end.txt": (STRIKE, None, "Conor Mac Giolla Bhríde", JAN9),
    "f15_two_authors_ampersand.txt": (STRIKE, None, "Aoife Ní Chonaill and Hélène Marchand", OCT2),
    "f16_two_authors_apostrophe.txt": (WATER, None, "D'Arcy Fitzgerald and Anne-Sophie Lindqvist", JUN18),
    "f17_slash_date_ambiguous.txt": (WATER, None, "Kateřina Dvořáková", None),  # 11/06: order unknown
    "f18_yearless_weekday_copyright.txt": (PORT, "Nordlys Weekly", None, JUN18),
    "f19_date_in_headline_only.txt": ("Remembering the storm of 9 January 2023", None, None, None),
    "f20_apostrophe_hyphen_monday.txt": (STRIKE, None, "Mary-Claire O'Sullivan-Hughes", JAN9),
    "f21_month_abbrev_published.txt": (ICON, None, "Łucja Żak", OCT2),
    "f22_author_label_iso_time.txt": (ICON, None, "Ömer Yıldız", OCT2),
    "f23_wrong_weekday_us.txt": (WATER, None, "Nuno Gonçalves", None),  # 18 June 2025 was a Wednesday
    "f24_abbrev_weekday_dotted.txt": (BRIDGE, None, "Ivana Šimić", NOV12),
    "f25_ordinal_dates.txt": (BRIDGE, None, "Ivana Šimić", NOV12),
    "f26_us_abbrev_weekday_month.txt": (BRIDGE, None, "Ivana Šimić", NOV12),
    "f27_byline_in_place.txt": (ICON, None, "Dóra Kovács", OCT2),
    "f28_byline_comma_outlet.txt": (BRIDGE, "The Adriatic Courier", "Ivana Šimić", NOV12),
    "f29_by_our_correspondent.txt": (STRIKE, None, None, JAN9),  # no name stated
    "f30_three_authors.txt": (PORT, None, "Ana Horvat, Ivana Šimić and Dóra Kovács", NOV12),
    "f31_dateline_yearless_agency.txt": (PORT, "Hina", None, None),  # no year anywhere
    "f32_date_time_zone.txt": (BRIDGE, None, "Ivana Šimić", NOV12),
    "f33_initials_hyphen.txt": (WATER, None, "J. R. Núñez-Ortega", JUN18),
    "f34_us_yearless_copyright.txt": (BRIDGE, "Western Gazette", "Seán Mac Mathúna", NOV12),
    "f35_story_weekday_date.txt": (BRIDGE, None, None, None),
    "f36_plain_metaline_emdash.txt": (BRIDGE, "Western Gazette", "Seán Mac Mathúna", NOV12),
    "f37_ymd_slashes.txt": (BRIDGE, None, "Ivana Šimić", NOV12),
    "f38_month_year_only.txt": (BRIDGE, None, "Ivana Šimić", None),  # no day stated
    # the agency is not a person; it wrote the report, and is the outlet where nothing else names one, as a
    # dateline's "(Reuters) —" is (written first as no outlet; changed in session 18 for that consistency)
    "f39_by_agency.txt": (PORT, "Reuters", None, JUN18),
    "f40_byline_role_metaline.txt": (BRIDGE, None, "Ivana Šimić", NOV12),  # "Staff Reporter" is a job
    "f41_standfirst_then_byline.txt": (BRIDGE, None, "Ivana Šimić", NOV12),
    "f42_by_time_opening.txt": (BRIDGE, None, None, NOV12),
    "f43_published_and_updated_labels.txt": (BRIDGE, None, "Ivana Šimić", NOV12),
    "f44_abbrev_month_dot.txt": (BRIDGE, None, "Ivana Šimić", NOV12),
    "f45_us_no_comma.txt": (BRIDGE, None, "Ivana Šimić", NOV12),
    "f46_us_weekday_at_time.txt": (BRIDGE, None, "Ivana Šimić", NOV12),
    "f47_place_pipe_date.txt": (BRIDGE, None, None, NOV12),  # Zagreb is a place, not an outlet
    "f48_bio_since.txt": (BRIDGE, "The Adriatic Courier", "Ivana Šimić", None),
    "f49_quote_by_in_story.txt": (BRIDGE, None, None, None),
    "f50_posted_slash_date.txt": (BRIDGE, None, "Ivana Šimić", None),  # 12/11: order unknown
    "f51_iso_timestamp.txt": (BRIDGE, None, "Ivana Šimić", NOV12),
    "f52_cyrillic_byline.txt": (PORT, None, "Олена Петренко", JUN18),
    "f53_vietnamese_turkish.txt": (PORT, None, "Nguyễn Thị Minh Khai and Zeynep Şahin-Öztürk", JUN18),
    "f54_masthead_zeitung.txt": (STRIKE, "Süddeutsche Zeitung", "Jörg Baumgärtner", JUN18),
    "f55_masthead_gazeta.txt": (STRIKE, "Gazeta Krakowska", "Łucja Żak", JUN18),
    "f56_bio_possessive.txt": (ICON, "Danube Post", "Dóra Kovács", None),
    "f57_bio_writes_for.txt": (ICON, "Danube Post", "Dóra Kovács", None),
    "f58_signoff_end.txt": (ICON, None, "Dóra Kovács", OCT2),
    "f59_rfc_date.txt": (BRIDGE, None, "Ivana Šimić", NOV12),
    "f60_ordinal_of.txt": (BRIDGE, None, "Ivana Šimić", NOV12),
    "f61_us_ordinal.txt": (BRIDGE, None, "Ivana Šimić", NOV12),
    "f62_day_month_comma_year.txt": (BRIDGE, None, "Ivana Šimić", NOV12),
    "f63_dotted_single_digits.txt": (ICON, None, "Dóra Kovács", OCT2),
    "f64_sept_abbrev.txt": (PORT, None, "Ömer Yıldız", SEP4),
    "f65_weekday_date_time_commas.txt": (ICON, None, "Dóra Kovács", OCT2),
    "f66_prefix_unicode_caps.txt": (ICON, "ČTK", None, None),
    "f67_byline_before_title.txt": (ICON, None, "Dóra Kovács", OCT2),
    "f68_plain_byline_outlet_date.txt": (ICON, "Danube Post", "Dóra Kovács", OCT2),
    "f69_words_label.txt": (ICON, None, "Dóra Kovács", OCT2),
    # a name above the title with no newspaper word may be the masthead or a credit: neither is sure,
    # and the byline says who wrote it
    "f70_plain_masthead_then_byline.txt": (ICON, None, "Dóra Kovács", OCT2),
    "f71_related_by_line.txt": (BRIDGE, None, None, NOV12),
    "f72_credit_slash_no_label.txt": (BRIDGE, None, None, NOV12),  # a photo credit? a byline? unsure
    "f73_updated_only.txt": (BRIDGE, None, "Ivana Šimić", None),  # an update is not the publication
    "f74_name_in_title.txt": ("Ivana Šimić wins national press award", None, None, None),
    "f76_byline_pipe_agency.txt": (BRIDGE, "Reuters", "Ivana Šimić", NOV12),
    "f77_caps_two_authors.txt": (BRIDGE, None, "Ivana Šimić and Ana Horvat", NOV12),
    "f78_date_pipe_updated.txt": (BRIDGE, None, "Ivana Šimić", NOV12),
    "f79_first_published_guardian.txt": (BRIDGE, None, None, NOV12),  # "Ivana Šimić in Zagreb": no "by"
    "f80_caps_us_weekday.txt": (BRIDGE, None, "Ivana Šimić", NOV12),
    "f81_particle_names.txt": (PORT, None, "Giulia D’Amico and Ahmad bin Said", JUN18),
    "f82_dos_santos.txt": (PORT, None, "Ana dos Santos", JUN18),
    "f83_bio_unicode_gazeta.txt": (STRIKE, "Gazeta Wyborcza", "Łukasz Kowalczyk", None),
    "f84_prefix_daily_news_unicode.txt": (PORT, "Hürriyet Daily News", None, None),
    "f85_ordinal_weekday.txt": (PORT, None, "Ömer Yıldız", JUN18),
    "f86_ymd_dotted.txt": (PORT, None, "Ömer Yıldız", JUN18),
    "f87_time_first.txt": (PORT, None, "Ömer Yıldız", JUN18),
    "f88_published_at_time_on.txt": (PORT, None, "Ömer Yıldız", JUN18),
    "f89_masthead_unicode_daily.txt": (PORT, "Hürriyet Daily News", "Ömer Yıldız", JUN18),
    "f90_yearless_abbrev_copyright.txt": (PORT, "Hürriyet Daily News", "Ömer Yıldız", JUN18),
    "f91_metaline_above_title.txt": (BRIDGE, "The Adriatic Courier", "Ivana Šimić", NOV12),
    "f92_posted_by_on.txt": (BRIDGE, None, "Ivana Šimić", NOV12),
    # a headline in title case with its date: the headline is no outlet
    "f93_title_case_headline_date.txt": ("Storm Shuts Old River Bridge", None, None, NOV12),
    "f94_date_dash_time.txt": (BRIDGE, None, "Ivana Šimić", NOV12),
    "f95_croatian_spaced_dotted.txt": (BRIDGE, None, "Ivana Šimić", NOV12),
    # Markdown
    "g01_em_middot.md": (BRIDGE, "The Adriatic Courier", "Ivana Šimić", NOV12),
    "g02_underscore_pipe_us.md": (WATER, "Nordlys Weekly", "Øystein Ødegård", JUN18),
    "g03_emdash_dotted.md": (ICON, "Danube Post", "Dóra Kovács", OCT2),
    "g04_bold_weekday.md": (PORT, "The Baltic Ledger", "Rūta Šimkutė", JAN9),
    "g05_author_first.md": (WATER, "Prague Daily Monitor", "Kateřina Dvořáková", JUN18),
    "g06_no_author.md": (WATER, "Prague Daily Monitor", None, JUN18),
    "g07_time_in_date.md": (BRIDGE, "Western Gazette", "Pádraig Ó Súilleabháin", NOV12),
    "g08_wrong_weekday.md": (WATER, "Nordlys Weekly", "Øystein Ødegård", None),
    "g09_story_only.md": (ICON, None, None, None),
    "g10_byline_then_date_lines.md": (ICON, None, "Hélène Marchand", OCT2),
    "g11_two_authors.md": (ICON, "Danube Post", "Dóra Kovács and Zoltán Szabó", OCT2),
    "g12_photo_caption_date_only.md": (BRIDGE, None, None, NOV12),
    "g13_underscore_emdash_yearless.md": (BRIDGE, "Western Gazette", "Seán Mac Mathúna", NOV12),
    "g14_underscore_hyphen_us_weekday.md": (STRIKE, "The Baltic Ledger", "Jean-Luc N'Diaye", JAN9),
    "g15_metaline_links.md": (ICON, "Danube Post", "Dóra Kovács", OCT2),
    "g16_metaline_place.md": (ICON, "Danube Post", "Dóra Kovács", OCT2),
    "g17_metaline_reading_time.md": (WATER, "Nordlys Weekly", "Øystein Ødegård", JUN18),
    "g18_bold_byline_hardbreak_date.md": (ICON, None, "Zoltán Szabó", OCT2),
    "g19_metaline_updated.md": (ICON, "Danube Post", "Dóra Kovács", OCT2),
    "g20_metaline_ampersand.md": (ICON, "Danube Post", "Dóra Kovács and Zoltán Szabó", OCT2),
    "g21_metaline_abbrev_weekday.md": (BRIDGE, "Western Gazette", "Seán Mac Mathúna", NOV12),
    "g22_metaline_dotted_pipe_no_outlet.md": (BRIDGE, None, "Ivana Šimić", NOV12),
    "g23_byline_role_metaline.md": (ICON, None, "Zoltán Szabó", OCT2),
    "g24_metaline_particles.md": (ICON, "Danube Post", "Ludwig van der Berg", OCT2),
    "g25_metaline_tight_emdash.md": (ICON, "Danube Post", "Dóra Kovács", OCT2),
    "g26_by_the_numbers_bold.md": (BRIDGE, None, None, NOV12),
    "g27_name_first_no_by.md": (ICON, "Danube Post", None, OCT2),  # a name without "by" is no byline
    "g28_published_label_outlet.md": (ICON, "Danube Post", None, OCT2),
    "g29_us_abbrev_emdash.md": (ICON, "Danube Post", "Dóra Kovács", OCT2),
    "g30_standfirst_then_metaline.md": (BRIDGE, "Western Gazette", "Seán Mac Mathúna", NOV12),
    "g31_partial_emphasis.md": (ICON, "Danube Post", "Dóra Kovács", OCT2),
    "g32_triple_emphasis.md": (ICON, "Danube Post", "Dóra Kovács", OCT2),
    "g33_byline_first_emdash_underscore.md": (ICON, "Danube Post", "Dóra Kovács", OCT2),
    "g34_plain_metaline_md.md": (ICON, "Danube Post", "Dóra Kovács", OCT2),
    "g35_h2_under_title_metaline.md": (ICON, "Danube Post", "Dóra Kovács", OCT2),
    "g36_metaline_zeitung.md": (STRIKE, "Süddeutsche Zeitung", "Jörg Baumgärtner", JUN18),
    "g37_metaline_sept.md": (PORT, "Danube Post", "Ömer Yıldız", SEP4),
    "g38_metaline_ordinal.md": (PORT, "Danube Post", "Ömer Yıldız", SEP4),
    "g39_metaline_dotted_trailing_dot.md": (ICON, "Danube Post", "Dóra Kovács", OCT2),
    "g40_front_matter_title_and_metaline.md": (ICON, "Danube Post", "Dóra Kovács", OCT2),
    "g41_metaline_by_staff.md": (ICON, "Danube Post", None, OCT2),  # "by Staff Reporter" names nobody
    "g42_byline_for_outlet.md": (ICON, "Danube Post", "Dóra Kovács", OCT2),
    "g43_yearless_wrong_weekday.md": (ICON, "Danube Post", "Dóra Kovács", None),  # 2 Oct 2025: a Thursday
    "g44_metaline_order_by_middle.md": (PORT, "Hürriyet Daily News", "Ömer Yıldız", JUN18),
    "g45_two_line_meta.md": (PORT, "Hürriyet Daily News", "Ömer Yıldız", JUN18),
    "g46_metaline_ordinal_weekday_pipe.md": (PORT, "Hürriyet Daily News", "Ömer Yıldız", JUN18),
    "g47_metaline_time_after_date.md": (PORT, "Hürriyet Daily News", "Ömer Yıldız", JUN18),
    "g48_metaline_particles_unicode.md": (PORT, "Danube Post", "Giulia D’Amico", JUN18),
    "g49_sentence_case_outlet.md": (BRIDGE, "Večernji list", "Ivana Šimić", NOV12),
    "g51_sentence_case_no_byline.md": (BRIDGE, None, None, NOV12),  # an outlet, or a place? unsure
    # HTML
    "k01_jsonld_title_suffix.html": (BRIDGE, "The Adriatic Courier", "Ivana Šimić", NOV12),
    "k02_title_suffix_byline_time.html": (PORT, "The Baltic Ledger", "Rūta Šimkutė", JAN9),
    "k03_byline_link.html": (WATER, None, "Nuno Gonçalves", JUN18),
    "k04_em_metaline.html": (WATER, "Nordlys Weekly", "Øystein Ødegård", JUN18),
    "k05_photo_credit.html": (BRIDGE, None, None, NOV12),
    "k06_story_only.html": (ICON, None, None, None),
    "k07_two_authors_byline.html": (STRIKE, None, "Aoife Ní Chonaill and Hélène Marchand", OCT2),
    "k08_dotted_date_div.html": (ICON, None, "Łucja Żak", OCT2),
    "k09_jsonld_two_authors.html": (STRIKE, "Prague Daily Monitor", "Kateřina Dvořáková and Jiří Čermák", JUN18),
    "k10_agency_credit_end.html": (PORT, None, "Ömer Yıldız", JUN18),
    "k11_wrong_weekday.html": (BRIDGE, None, None, None),  # 12 November 2024 was a Tuesday
    "k12_title_suffix_meta_date.html": (WATER, "Danube Post", None, OCT2),
    "k13_title_section_suffix.html": (PORT, None, "Rūta Šimkutė", None),  # "| World" names a section
    "k14_title_site_prefix.html": (ICON, "Danube Post", None, OCT2),
    "k15_rel_author.html": (ICON, None, "Łucja Żak", OCT2),
    "k16_meta_author_og.html": (ICON, "Danube Post", "Zoltán Szabó", OCT2),
    "k17_caps_byline.html": (ICON, None, "Zoltán Szabó", OCT2),
    "k18_dateline_agency.html": (ICON, "MTI", None, OCT2),
    "k19_photo_by_caption.html": (ICON, None, "Zoltán Szabó", None),
    "k20_byline_comma_outlet.html": (ICON, "Danube Post", "Zoltán Szabó", OCT2),
    "k21_meta_author_is_outlet.html": (ICON, "Danube Post", None, None),  # the publication is no author
    "k22_jsonld_org_author.html": (ICON, "Danube Post", None, OCT2),
    "k23_place_date_line.html": (ICON, None, None, OCT2),
    "k24_address_byline.html": (ICON, None, "Ľubomír Ďurovič", OCT2),
    "k25_meta_author_by_prefix.html": (ICON, None, "Zoltán Szabó", None),
    "k26_title_suffix_domain.html": (ICON, "danubepost.example", None, None),
    "k27_byline_div_words_unicode.html": (STRIKE, None, "Jörg Baumgärtner and Łucja Żak", JUN18),
    "k28_metaline_middot_spans.html": (ICON, "Danube Post", "Dóra Kovács", OCT2),
    "k29_bio_footer_html.html": (ICON, "Danube Post", "Dóra Kovács", None),
    "k30_og_beats_title_suffix.html": (ICON, "Danube Post", None, None),
    "k31_meta_author_comma.html": (ICON, None, "Dóra Kovács and Zoltán Szabó", None),
    "k32_article_author_url.html": (ICON, None, None, None),
    "k33_header_kicker_byline.html": (ICON, None, "Dóra Kovács", OCT2),
    "k34_jsonld_author_strings.html": (ICON, None, "Dóra Kovács", OCT2),
    "k35_itemprop_author.html": (ICON, None, "Dóra Kovács", None),
    "k36_metaline_no_by.html": (ICON, "Danube Post", None, OCT2),  # a name without "by" is no byline
    "k37_time_text_only.html": (ICON, None, "Dóra Kovács", OCT2),
    "k38_sidebar_other_bylines.html": (ICON, None, None, None),  # other stories' bylines and dates
    "k39_footer_copyright.html": (ICON, "Danube Post", "Dóra Kovács", None),
    "k40_yearless_footer_year.html": (ICON, "Danube Post", "Dóra Kovács", OCT2),  # the year from the footer
}
# How each story's body opens once the furniture is gone (a standfirst, or a story sentence
# opening with "By", opens it where there is one).
OPENINGS = ("Engineers found", "Teachers at", "Ships began", "Residents of three", "Staff at the national",
            "Repairs could take", "By Tuesday evening")
FURNITURE_MARKS = ("·", " | ", "By ", "©", "Published", "Author:")
# The story's own sentences with "By" in them, which stay.
STORY_BY = ("By the numbers", "By Tuesday evening", "“By next spring")


def test_every_fixture_has_an_expectation() -> None:
    assert sorted(p.name for p in META2.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_metadata_from_furniture(name: str) -> None:
    assert read_fields(META2 / name) == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_furniture_leaves_the_body(name: str) -> None:
    assert_furniture_left(META2 / name, OPENINGS, FURNITURE_MARKS, STORY_BY)


@pytest.mark.parametrize(
    "name", ["f07_plain_metaline_middot.txt", "f23_wrong_weekday_us.txt", "g13_underscore_emdash_yearless.md",
             "g14_underscore_hyphen_us_weekday.md", "k01_jsonld_title_suffix.html", "k11_wrong_weekday.html"],
)
def test_show_json_end_to_end(name: str) -> None:
    fields, sentences = shown_fields(META2 / name)
    assert fields == EXPECTED[name]
    assert sentences[0].startswith(OPENINGS)
