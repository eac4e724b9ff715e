"""The furniture of whole pages and texts: bylines and credits of every form, in other languages and scripts, a
page's own metadata (JSON-LD, author tags, titles with a site's name) and the dates it states outside its story."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.meta_cases import TRAM_STORY, clean
from tui.engine.bylines import byline
from tui.engine.clean import clean_text
from tui.engine.copyrights import copyright_notice
from tui.engine.corpus import load_corpus
from tui.engine.datelines import dateline


def test_a_page_nested_without_end_still_reads() -> None:
    from tui.engine.extract import extract

    depth = 50_000
    page = ("<!doctype html><html><head><title>Tram line approved</title></head><body><h1>Tram line approved</h1>"
            + "<div><p></p>" * depth + "By Marta Ilić" + "</div>" * depth + "</body></html>")
    doc = extract(page, ".html")  # no RecursionError, whatever the parser keeps of it
    assert isinstance(doc.furniture, list)


def test_a_byline_with_two_apostrophes_keeps_its_name(tmp_path: Path) -> None:
    """trafilatura takes what stands between two apostrophes for a nickname: "By D'Arcy O'Neil" came
    out as the author "DNeil"; the byline under the title says who wrote it."""
    paragraphs = "".join(f"<p>{p}</p>" for p in (
        "The council voted on Tuesday to close the old bridge to traffic after engineers found cracks in two piers.",
        "Residents said the closure would add twenty minutes to their drive to the hospital across the river."))
    page = tmp_path / "bridge.html"
    page.write_text("<html><head><title>Bridge to close</title></head><body><article><h1>Bridge to close</h1>"
                    f"<p class='byline'>By D'Arcy O'Neil</p>{paragraphs}</article></body></html>", encoding="utf-8")
    assert load_corpus([page]).articles[0].author == "D'Arcy O'Neil"


@pytest.mark.parametrize(
    ("first_line", "title", "outlet"),
    [("Bridge to close for a year - Halden Daily", "Bridge to close for a year", "Halden Daily"),
     ("Bridge to close for a year | KXAN 4 Austin", "Bridge to close for a year", "KXAN 4 Austin"),
     ("Bridge to close for a year – Le Petit Écho", "Bridge to close for a year", "Le Petit Écho"),
     ("Bridge to close for a year | World News", "Bridge to close for a year", None),  # a section
     ("Bridge to close for a year - and nobody is surprised", "Bridge to close for a year - and nobody is surprised",
      None),  # the headline's own words
     ("Bridge closes - Halden Daily", "Bridge closes - Halden Daily", None),  # too short a headline to cut
     ("KNVK News: Bridge to close for a year", "Bridge to close for a year", "KNVK News"),  # before it
     ("Halden Daily | Bridge to close for a year", "Bridge to close for a year", "Halden Daily"),
     ("Bridge to close for a year | KHDN.com", "Bridge to close for a year", "khdn.com"),  # its address
     ("Bridge to close for a year | www.khdn.com", "Bridge to close for a year", None),  # a link, taken out
     ("Fire chief: crews were slowed by ice", "Fire chief: crews were slowed by ice", None)],
)
def test_a_plain_texts_title_gives_up_its_sites_name(tmp_path: Path, first_line: str, title: str,
                                                     outlet: str | None) -> None:
    """A page copied as text keeps its <title>, site's name and all: it is cut off as a clipped
    page's front matter title is (titlesite.cut_site), and names the outlet."""
    page = tmp_path / "bridge.txt"
    page.write_text(f"{first_line}\n\nBy Marta Ilić\n\nThe council voted on Tuesday to close the old bridge after "
                    "engineers found cracks in two of its piers.\n\nResidents said the closure would add twenty "
                    "minutes to their drive.\n", encoding="utf-8")
    article = load_corpus([page]).articles[0]
    assert (article.title, article.outlet, article.author) == (title, outlet, "Marta Ilić")


def test_a_masthead_above_the_title_names_the_outlet_before_the_titles_suffix(tmp_path: Path) -> None:
    page = tmp_path / "bridge.txt"
    page.write_text("THE HALDEN HERALD\n\nBridge to close for a year | Halden Herald Online\n\nThe council voted on "
                    "Tuesday to close the old bridge after engineers found cracks in two of its piers.\n",
                    encoding="utf-8")
    article = load_corpus([page]).articles[0]
    assert (article.title, article.outlet) == ("Bridge to close for a year", "THE HALDEN HERALD")


_BRIDGE = "".join(f"<p>{p}</p>" for p in (
    "The council voted on Tuesday to close the old bridge to traffic after engineers found cracks in two piers.",
    "Residents said the closure would add twenty minutes to their drive to the hospital across the river."))


def test_an_author_tag_with_two_apostrophes_is_read(tmp_path: Path) -> None:
    """trafilatura drops <meta name="author" content="D'Arcy O'Neil"> (what stands between the two
    apostrophes looks like a nickname to it); the tag says who wrote the page."""
    page = tmp_path / "bridge.html"
    page.write_text("<html><head><title>Bridge to close</title><meta name=\"author\" content=\"D'Arcy O'Neil\">"
                    f"</head><body><article><h1>Bridge to close</h1>{_BRIDGE}</article></body></html>",
                    encoding="utf-8")
    assert load_corpus([page]).articles[0].author == "D'Arcy O'Neil"
    page.write_text("<html><head><title>Bridge to close</title><meta name=\"author\" content=\"The 'Desk' 'Team'\">"
                    f"</head><body><article><h1>Bridge to close</h1>{_BRIDGE}</article></body></html>",
                    encoding="utf-8")
    assert load_corpus([page]).articles[0].author is None  # two apostrophes, and no person's name


def test_a_broadcasters_name_in_a_pages_title_names_the_outlet(tmp_path: Path) -> None:
    """A <title> of "Headline - KXAN 4 Austin": a channel's number is no date in a station's name."""
    page = tmp_path / "bridge.html"
    page.write_text("<html><head><title>Bridge to close for a year - KXAN 4 Austin</title></head><body><article>"
                    f"<h1>Bridge to close for a year</h1>{_BRIDGE}</article></body></html>", encoding="utf-8")
    article = load_corpus([page]).articles[0]
    assert (article.title, article.outlet) == ("Bridge to close for a year", "KXAN 4 Austin")
    page.write_text("<html><head><title>Bridge to close for a year - 4 March 2025</title></head><body><article>"
                    f"<h1>Bridge to close for a year</h1>{_BRIDGE}</article></body></html>", encoding="utf-8")
    assert load_corpus([page]).articles[0].outlet is None  # a date is no outlet


def test_a_clippers_quoted_excerpt_is_not_the_story() -> None:
    """MarkDownload puts the page's summary above the story as "> ## Excerpt": it repeats the story's
    opening (or sums it up) and is no part of it; a quote in the story stays."""
    from tui.engine.extract import extract

    quoted = TRAM_STORY.replace("\n\n", "\n\n> The line will change the city, the mayor said.\n\n", 1)
    got = clean_text(extract(f"# Tram line approved\n\n> ## Excerpt\n> The council approved a tram line."
                             f"\n\n---\n{quoted}\n", ".md"))
    assert got.title == "Tram line approved"
    assert got.body.startswith(TRAM_STORY.split("\n\n")[0]) and "The council approved a tram line" not in got.body
    assert "The line will change the city" in got.body


@pytest.mark.parametrize(("line", "author", "outlet"), [
    ("Report by Marta Ilić", "Marta Ilić", None),
    ("By Marta ILIĆ", "Marta Ilić", None),  # a surname in capitals, as French and other papers print it
    ("By Jean-Pierre DUPONT and Marie CURIE", "Jean-Pierre Dupont and Marie Curie", None),
    ("By 김민수", "김민수", None),  # scripts without case, and names written without spaces
    ("By 王小明", "王小明", None),
    ("By محمد علي", "محمد علي", None),
    ("By The Associated Press", None, "The Associated Press"),  # no person: the agency, as a dateline's wire
    ("By MARTA ILIĆ Associated Press", "Marta Ilić", None),  # wire copy runs the byline's two lines together
    ("by Marta Ilić - 03/04/25 9:15 PM ET", "Marta Ilić", None),  # The Hill: in lower case, right under the title
    ("By A Reporter", None, None),
    ("By Our Correspondent", None, None),
    ("From Halden Daily staff", None, "Halden Daily"),  # was "From Halden Daily"
])
def test_bylines_of_every_form(line: str, author: str | None, outlet: str | None) -> None:
    """Apart from the title, or on the line right under it (as a page copies out)."""
    for text in (f"Tram line approved\n\n{line}\n\n{TRAM_STORY}", f"Tram line approved\n{line}\n\n{TRAM_STORY}"):
        got = clean(text)
        assert (got.title, got.author, got.outlet) == ("Tram line approved", author, outlet), text
        assert got.body.startswith("The council voted")


@pytest.mark.parametrize(("lines", "author", "outlet"), [
    ("Marta Ilić\nBBC News, Halden", "Marta Ilić", "BBC News"),  # the BBC's byline block, copied
    ("BBC News, Halden", None, "BBC News"),
    ("Marta Ilić\nHalden Daily, Brussels", "Marta Ilić", "Halden Daily"),
    ("Marta Ilić\n\nBBC News, Halden", None, "BBC News"),  # apart: the name may be anything's
    ("World News, Halden", None, None),  # a section's label
    ("Halden Daily, Staff Writer", None, None),  # a job, no town
])
def test_a_publication_and_its_bureaus_town(lines: str, author: str | None, outlet: str | None) -> None:
    got = clean(f"Tram line approved\n{lines}\n\n{TRAM_STORY}")
    assert (got.title, got.author, got.outlet) == ("Tram line approved", author, outlet)
    assert got.body.startswith("The council voted")


def test_a_headline_in_a_script_without_capitals_is_still_the_title() -> None:
    """Only a byline says that words without capitals are a name: a four-word Arabic headline is no
    person (it was taken for one, and lost as the title, while this session's byline rule was wider)."""
    got = clean("حريق في مستودع المدينة\n\nاندلع حريق كبير في مستودع على الجانب الشرقي من المدينة ليلة الثلاثاء.\n\n"
                "قال السكان إنهم سمعوا انفجارات قبل أن تخترق النيران السقف.\n")
    assert got.title == "حريق في مستودع المدينة"


@pytest.mark.parametrize(("submitted", "author"), [("marta", None), ("Marta Ilić", "Marta Ilić")])
def test_a_users_handle_is_no_author(submitted: str, author: str | None) -> None:
    """Drupal's "Submitted by marta" names an account: trafilatura gives it capitalised ("Marta"), a
    name the page never writes; a person's name there is the author."""
    from tui.engine.extract import extract

    page = ("<html><head><title>Tram line approved</title></head><body><div class='node'><h1>Tram line approved</h1>"
            f"<div class='submitted'>Submitted by <span class='username'>{submitted}</span> on Tue, 03/04/2025 - 21:00"
            f"</div><div class='content'>{''.join(f'<p>{p}</p>' for p in TRAM_STORY.split(chr(10) * 2))}</div></div>"
            "</body></html>")
    assert clean_text(extract(page, ".html")).author == author


def test_a_one_word_author_field_in_lower_case_names_nobody() -> None:
    from tui.engine.meta import names_nobody

    assert names_nobody("jdoe") and not names_nobody("Madonna") and not names_nobody("Marta Ilić")


@pytest.mark.parametrize(("lead", "wire", "iso"), [
    ("Berlin (dpa) - Firefighters battled a blaze.", "dpa", None),  # dpa's English service writes its datelines so
    ("Halden, 4 March 2025 (dpa) - Firefighters battled a blaze.", "dpa", "2025-03-04"),
    ("Berlin (Reuters) - Firefighters battled a blaze.", None, None),  # any other wire's place is in capitals
    ("Police said (dpa) - the fire was out.", None, None),
])
def test_a_lower_case_agencys_dateline(lead: str, wire: str | None, iso: str | None) -> None:
    assert dateline(lead)[1:] == (wire, iso)


@pytest.mark.parametrize(("line", "author"), [
    ("Par Jean DUPONT", "Jean Dupont"), ("Von Anna Müller und Hans Schmidt", "Anna Müller and Hans Schmidt"),
    ("Por María García", "María García"), ("Door Jan de Vries", "Jan de Vries"), ("Av Lars Nilsson", "Lars Nilsson"),
    ("Par Marie Curie et Jean Dupont", "Marie Curie and Jean Dupont"), ("Autor: Anna Müller", "Anna Müller"),
    ("Von Berlin aus fuhr der Zug", None), ("Por favor", None), ("Door to door", None), ("Di Maio said", None),
])
def test_bylines_in_other_languages(line: str, author: str | None) -> None:
    """French, German, Spanish and Portuguese, Dutch, Swedish and Norwegian papers write "By" so; the
    words after it must still be a name."""
    assert byline(line) == author


def test_a_page_s_author_keeps_no_opener_of_another_language(tmp_path: Path) -> None:
    # trafilatura strips "By", "Von", "Par" from a byline, not "Írta" (Hungarian): its author was
    # "Írta Kovács Dóra", a wrong name.
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Bridge closed</title><meta property=\"og:site_name\" content=\"Új Szó\"></head>"
        "<body><article><h1>Bridge closed</h1><p class=\"byline\">Írta: Kovács Dóra</p>"
        "<p>The council voted on Monday to close the old bridge to lorries after engineers found cracks in two "
        "of its piers.</p><p>Residents said the detour would add twenty minutes to the school run, and the "
        "mayor promised a decision on repairs within a month.</p></article></body></html>", encoding="utf-8")
    (article,) = load_corpus([tmp_path]).articles
    assert (article.author, article.outlet) == ("Kovács Dóra", "Új Szó")


def test_a_page_s_italian_byline_in_lower_case_keeps_no_opener(tmp_path: Path) -> None:
    # trafilatura keeps the "di" of an Italian byline, capitalised: the author was "Di Marco Rossi".
    page = tmp_path / "pagina.html"
    page.write_text(
        "<html lang=\"it\"><head><title>Ponte chiuso</title></head><body><article><h1>Ponte chiuso</h1>"
        "<p class=\"byline\">di Marco Rossi</p>"
        "<p>Il consiglio ha votato lunedì la chiusura del vecchio ponte ai camion, dopo che i tecnici hanno "
        "trovato crepe in due piloni.</p><p>I residenti dicono che la deviazione allungherà di venti minuti il "
        "tragitto verso la scuola, e il sindaco ha promesso una decisione entro un mese.</p></article></body></html>",
        encoding="utf-8")
    (article,) = load_corpus([tmp_path]).articles
    assert article.author == "Marco Rossi"


@pytest.mark.parametrize(
    ("header", "author", "outlet"),
    [
        # a beat before the job ("Transport", "Health") is no part of the publication's name
        ("Marta Ilić, Halden Daily Transport Correspondent", "Marta Ilić", "Halden Daily"),
        ("Marta Ilić | Halden Daily Health Editor", "Marta Ilić", "Halden Daily"),
        # a credit in two lines: the name, then the job, perhaps with its publication
        ("Marta Ilić\nTransport Correspondent", "Marta Ilić", None),
        ("Marta Ilić\nHalden Daily Transport Correspondent", "Marta Ilić", "Halden Daily"),
        ("MARÍA JOSÉ GARCÍA\nStaff Writer", "María José García", None),
        ("Marta Ilić\nAna Núñez", None, None),  # two names: which is whose is unknown
    ],
)
def test_credits_with_a_beat_and_in_two_lines(header: str, author: str | None, outlet: str | None) -> None:
    got = clean(f"Bridge closed to lorries after cracks found\n{header}\n4 March 2025\n\n"
                "The council voted on Monday to close the old bridge to lorries after engineers found cracks in two "
                "of its piers.\n\nResidents said the detour would add twenty minutes to the school run.\n")
    assert (got.author, got.outlet, got.date) == (author, outlet, "2025-03-04")
    assert got.body.startswith("The council voted")


@pytest.mark.parametrize(
    ("paragraph", "rest", "date"),
    [
        # a place in ordinary case is a dateline's when a whole date follows it, perhaps its region in brackets
        ("Halden (Norway), March 4, 2025 – The council voted.", "The council voted.", "2025-03-04"),
        ("Halden, 4 March 2025 — The council voted.", "The council voted.", "2025-03-04"),
        # without a whole date it is a sentence's opening, and so is a bracket without a date
        ("Halden, Tuesday – The council voted.", None, None),
        ("Halden (Norway) – The council voted.", None, None),
        ("HALDEN (Reuters) - The council voted.", "The council voted.", None),
        # agencies' own forms: the place in ordinary case (PAP, dpa), "(EFE).-", ANSA's dash before the credit
        ("Warszawa (PAP) - Rada miasta zagłosowała.", "Rada miasta zagłosowała.", None),
        ("Ankara (AA) – Belediye meclisi toplandı.", "Belediye meclisi toplandı.", None),
        ("MADRID, 4 mar (EFE).- El pleno votó.", "El pleno votó.", None),
        ("ROMA, 04 MAR - (ANSA) - Il consiglio ha votato.", "Il consiglio ha votato.", None),
        ("Smith (Labour) - The council voted.", None, None),  # not an agency: a sentence's opening
    ],
)
def test_datelines_in_ordinary_case_with_a_whole_date(paragraph: str, rest: str | None, date: str | None) -> None:
    got, _, when = dateline(paragraph)
    assert (got, when) == (rest or paragraph, date)


@pytest.mark.parametrize(
    ("inside", "after", "date"),
    [
        # trafilatura's date search reads the whole page: a date in the page's footer or menu is not the article's
        ("", "<footer><p>© 2025 Halden Daily. Page generated 6 March 2025.</p></footer>", None),
        ("", "<nav><p>Today: 6 March 2025</p></nav>", None),
        # the article's own footer holds its furniture
        ("<footer><p>Published 4 March 2025</p></footer>", "", "2025-03-04"),
    ],
)
def test_a_date_the_page_states_only_outside_its_story_is_not_its_date(tmp_path: Path, inside: str, after: str,
                                                                        date: str | None) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Bridge closed</title></head><body><article><h1>Bridge closed</h1>"
        "<p>The council voted on Monday to close the old bridge to lorries after engineers found cracks in two "
        "of its piers.</p><p>Residents said the detour would add twenty minutes to the school run, and the "
        f"mayor promised a decision on repairs within a month.</p>{inside}</article>{after}</body></html>",
        encoding="utf-8")
    (article,) = load_corpus([tmp_path]).articles
    assert article.date == date


@pytest.mark.parametrize(
    ("block", "author"),
    [
        ("Marta Ilić<br>Transport Correspondent", "Marta Ilić"),  # a page's byline block: a name and its job
        ("Marta Ilić, Staff Writer", "Marta Ilić"),
        ("Ana Núñez, Staff Photographer", None),  # the picture's credit, not the story's
        ("Ana Núñez", None),  # a name alone may be a picture's credit
    ],
)
def test_a_page_s_credit_with_a_job_under_its_title(tmp_path: Path, block: str, author: str | None) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><head><title>Bridge closed</title></head><body><article><h1>Bridge closed</h1><p>{block}</p>"
        "<p>The council voted on Monday to close the old bridge to lorries after engineers found cracks in two "
        "of its piers.</p><p>Residents said the detour would add twenty minutes to the school run, and the "
        "mayor promised a decision on repairs within a month.</p></article></body></html>", encoding="utf-8")
    (article,) = load_corpus([tmp_path]).articles
    assert article.author == author


def test_an_italian_byline_in_lower_case_is_no_part_of_the_headline() -> None:
    got = clean("Ponte chiuso ai camion dopo la scoperta di crepe\ndi Marco Rossi\n4 marzo 2025\n\n"
                "Il consiglio comunale ha votato lunedì la chiusura del vecchio ponte ai camion.\n\n"
                "I residenti hanno detto che la deviazione aggiungerebbe venti minuti al tragitto.\n")
    assert (got.title, got.author, got.date) == ("Ponte chiuso ai camion dopo la scoperta di crepe", "Marco Rossi",
                                                 "2025-03-04")


@pytest.mark.parametrize(
    ("line", "holder"),
    [("© 2025 Halden Daily Ltd. All rights reserved.", "Halden Daily"),
     ("Copyright 2025 Halden Daily, Inc.", "Halden Daily"), ("© 2025 Halden Daily Limited", "Halden Daily"),
     ("© 2025 Halden Daily. All rights reserved.", "Halden Daily")],
)
def test_a_copyright_holder_s_company_form_is_no_part_of_the_publication(line: str, holder: str) -> None:
    notice = copyright_notice(line)
    assert notice is not None and notice[1] == holder


def test_a_page_s_json_ld_publisher_and_its_date_in_words(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><title>Bridge closed</title><script type="application/ld+json">{"@context": '
        '"https://schema.org", "@type": "NewsArticle", "headline": "Bridge closed", "datePublished": "4 March 2025", '
        '"publisher": {"@type": "NewsMediaOrganization", "name": "Halden Daily Ltd"}}</script></head><body><article>'
        "<h1>Bridge closed</h1><p>The council voted on Monday to close the old bridge to lorries after engineers "
        "found cracks in two of its piers.</p><p>Residents said the detour would add twenty minutes to the school "
        "run, and the mayor promised a decision on repairs within a month.</p></article></body></html>",
        encoding="utf-8")
    (article,) = load_corpus([tmp_path]).articles
    assert (article.outlet, article.date) == ("Halden Daily", "2025-03-04")


def test_a_masthead_over_its_writer_s_name_and_the_date() -> None:
    got = clean("Bridge closed to lorries after cracks found\n\n"
                "Halden Daily\nMarta Ilić\nMarch 4, 2025 · 3 min read\n\n"
                "The council voted on Monday to close the old bridge to lorries after engineers found cracks in two "
                "of its piers.\n\nResidents said the detour would add twenty minutes to the school run.\n")
    # the name alone, without "by", names no author (it may be a place's); the masthead names the outlet
    assert (got.outlet, got.author, got.date) == ("Halden Daily", None, "2025-03-04")
    assert got.body.startswith("The council voted")


@pytest.mark.parametrize(
    ("header", "author", "outlet"),
    [
        ("MARTA ILIĆ, Associated Press", "Marta Ilić", "Associated Press"),  # a wire's credit in capitals
        ("MARTA ILIĆ AND ANA NÚÑEZ, Halden Daily", "Marta Ilić and Ana Núñez", "Halden Daily"),
        ("MARTA ILIĆ, Reuters", "Marta Ilić", "Reuters"),
    ],
)
def test_credits_with_the_names_in_capitals(header: str, author: str, outlet: str) -> None:
    got = clean(f"Bridge closed to lorries after cracks found\n{header}\nMarch 4, 2025\n\n"
                "The council voted on Monday to close the old bridge to lorries after engineers found cracks in two "
                "of its piers.\n\nResidents said the detour would add twenty minutes to the school run.\n")
    assert (got.author, got.outlet) == (author, outlet)


def test_a_footer_inside_the_page_s_main_part_is_the_story_s(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Bridge closed</title></head><body><main><h1>Bridge closed</h1>"
        "<p>The council voted on Monday to close the old bridge to lorries after engineers found cracks in two "
        "of its piers.</p><p>Residents said the detour would add twenty minutes to the school run, and the "
        "mayor promised a decision on repairs within a month.</p><footer><p>Published 4 March 2025</p></footer>"
        "</main><footer><p>© 2025 Halden Daily</p></footer></body></html>", encoding="utf-8")
    (article,) = load_corpus([tmp_path]).articles
    assert article.date == "2025-03-04"


def test_a_meta_line_ending_with_a_date_s_full_stop_is_furniture() -> None:
    got = clean("Bridge closed to lorries after cracks found\n\nHalden Daily | 2025. március 4.\n\n"
                "The council voted on Monday to close the old bridge to lorries after engineers found cracks in two "
                "of its piers.\n\nResidents said the detour would add twenty minutes to the school run.\n")
    assert (got.outlet, got.date) == ("Halden Daily", "2025-03-04")
    assert got.body.startswith("The council voted")
