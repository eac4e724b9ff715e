"""The furniture recognisers one by one: names in any alphabet, meta lines, dates as written."""

from __future__ import annotations

import pytest

from tests.meta_cases import TRAM_STORY, clean
from tui.engine.bylines import byline
from tui.engine.clean import clean_text
from tui.engine.copyrights import copyright_notice
from tui.engine.datelines import dateline, outlet_prefix
from tui.engine.dates import DOTTED_ORDER, find_date, iso_date, stated_date, year_for
from tui.engine.meta import bio, is_masthead, is_person_name
from tui.engine.metaline import meta_line

# --- names ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["Marta Ilić", "Marko Marković", "Jürgen Müller", "Ana Núñez", "Seán Ó Briain", "Łukasz Nowak", "Ayşe Çelik",
     "Conor O'Neill", "Siobhán O’Neill", "Jean-Pierre Dubois", "Ana de la Cruz", "Ludwig van Beethoven",
     "Đorđe Petrović", "Zoë Lefèvre", "María José de la Cruz", "Lolita C. Baldor", "Ron DeSantis",
     "Ahmed al-Sharif", "Eoin Mac Cárthaigh", "Dmitri Ivanov Jr."],
)
def test_person_names_in_any_alphabet(name: str) -> None:
    assert is_person_name(name)


@pytest.mark.parametrize(
    "text",
    ["Related Topics", "Halden Daily", "The Coastal Herald", "de la Cruz", "Marta", "ilić marta",
     "MARTA ILIĆ", "Marta Ilić said", "4 March 2025", "Marta 2025", "Ilić-"],
)
def test_not_person_names(text: str) -> None:
    assert not is_person_name(text)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Marta Ilić", "Marta Ilić"),
        ("By Marta Ilic", "Marta Ilic"),
        ("BY ŁUKASZ NOWAK", "Łukasz Nowak"),
        ("By SEÁN Ó BRIAIN and JEAN-PIERRE MÜLLER", "Seán Ó Briain and Jean-Pierre Müller"),
        ("By CONOR O'NEILL", "Conor O'Neill"),
        ("- By Ana de la Cruz, Reuters", "Ana de la Cruz"),
        ("By Ana de la Cruz (Reuters)", "Ana de la Cruz"),
        ("Written by Ana María Soto", "Ana María Soto"),
        ("By Çağlar Öztürk.", "Çağlar Öztürk"),
        ("Author: Nguyễn Văn An", "Nguyễn Văn An"),
        ("By An Nguyen", "An Nguyen"),
        ("Reporting by Marta Ilić", "Marta Ilić"),
        # openers of other languages: Hungarian, Croatian, Danish, Turkish, Russian
        ("Írta: Kovács Dóra", "Kovács Dóra"),
        ("Írta Kovács Dóra", "Kovács Dóra"),
        ("Piše: Đorđe Petrović", "Đorđe Petrović"),
        ("Af Søren Kierkegaard", "Søren Kierkegaard"),
        ("Yazan: Ayşe Çelik", "Ayşe Çelik"),
        ("By Marta Ilić @martailic", "Marta Ilić"),  # a social handle after the name
        ("By Prof. Jürgen Müller", "Jürgen Müller"),  # a title before the name is the person's, as a job is
        # Italian "di", in lower case only: a capitalised "Di" opens a surname ("Di Maio")
        ("di Marco Rossi", "Marco Rossi"),
        ("Di Maio Luigi", None),
        ("di Roma è la capitale", None),
        ("Story by Ana Núñez", "Ana Núñez"),
        ("By Tuesday the river had risen", None),
        ("By an official count, the river had risen", None),
        ("By Marta Ilić's own account, the defendant was calm", None),
    ],
)
def test_bylines(line: str, author: str | None) -> None:
    assert byline(line) == author


def test_bio_with_unicode_names_and_outlet() -> None:
    assert bio("Marta Ilić is a senior reporter for Balkan Insight. She covers courts.") == (
        "Marta Ilić", "Balkan Insight")
    assert bio("Jean-Pierre Müller is a correspondent for Österreich Heute in Vienna.") == (
        "Jean-Pierre Müller", "Österreich Heute")
    assert bio("Ana de la Cruz is an editor at The Coastal Herald and a former teacher.") == (
        "Ana de la Cruz", "The Coastal Herald")
    assert bio("the council is a body for Halden and its port.") is None
    # set off by a dash, or in italics, as op-eds sign their writers
    assert bio("— Łukasz Wiśniewski is Dziennik Łódzki's transport correspondent.") == (
        "Łukasz Wiśniewski", "Dziennik Łódzki")
    assert bio("*Marta Ilić is a reporter at Halden Daily.*") == ("Marta Ilić", "Halden Daily")
    # "the" in running text is no part of the name, as in a byline's "for the Halden Daily"
    assert bio("Seán Ó Briain is a reporter at the Halden Daily.") == ("Seán Ó Briain", "Halden Daily")


@pytest.mark.parametrize(
    ("line", "masthead"),
    [("L'Écho du Nord", True), ("Le Monde des Sports", False), ("La Casa del Norte", False), ("La Voz del Norte", True),
     ("Gazeta de Halden", True), ("María José de la Cruz", False), ("the evening post", False)],
)
def test_mastheads_with_joiners_in_lower_case(line: str, masthead: bool) -> None:
    # A newspaper word is needed ("Sports", "Casa" are none; "Voz" is one since session 27: "La Voz del Maestrazgo");
    # "du", "de", "des" join its words.
    assert is_masthead(line) is masthead


def test_outlet_prefix_and_dateline_in_any_alphabet() -> None:
    assert outlet_prefix("Agência Brasil/ The president said on Monday that ...") == (
        "The president said on Monday that ...", "Agência Brasil")
    assert outlet_prefix("Über/ not a prefix") == ("Über/ not a prefix", None)
    rest, wire, when = dateline("ZÜRICH — Residents left on Sunday.")
    assert (rest, wire, when) == ("Residents left on Sunday.", None, None)
    assert dateline("SÃO PAULO, Brazil (AP) — Residents left.")[:2] == ("Residents left.", "AP")
    assert dateline("BELGRADE, 4 March 2025 (Reuters) - Residents left.") == (
        "Residents left.", "Reuters", "2025-03-04")
    assert dateline("MOSCOW, July 12 (Reuters) - Residents left.") == ("Residents left.", "Reuters", None)
    assert dateline("(ČTK) — Residents left.")[:2] == ("Residents left.", "ČTK")
    score = "COLTS TOP CHIEFS, 20 - 13, REACH PLAYOFFS"
    assert dateline(score) == (score, None, None)


@pytest.mark.parametrize(
    ("line", "notice"),
    [
        ("© 2025 Halden Daily. All rights reserved.", (2025, "Halden Daily")),
        ("Copyright © 2010–2025 Halden Daily", (2025, "Halden Daily")),
        ("(c) 2024 Łódź Express | Privacy", (2024, "Łódź Express")),
        ("Copyright 2025 Halden Daily All rights reserved", (2025, "Halden Daily")),
        ("The copyright on the 2025 photos stays with the agency.", None),
        ("© Halden Daily 2025", (2025, "Halden Daily")),
        ("Łódź Express © 2024", (2024, "Łódź Express")),
        ("Copyright Halden Daily, 2020-2025. All rights reserved.", (2025, "Halden Daily")),
        ("Photo: Reuters © 2025", None),
    ],
)
def test_copyright_notices(line: str, notice: tuple[int, str] | None) -> None:
    assert copyright_notice(line) == notice


# --- one line of outlet, date and author ------------------------------------------------


@pytest.mark.parametrize(
    ("line", "outlet", "author", "date"),
    [
        ("Halden Daily · 4 March 2025 · by Marta Ilić", "Halden Daily", "Marta Ilić", "2025-03-04"),
        ("by Marta Ilić | Halden Daily | March 4, 2025", "Halden Daily", "Marta Ilić", "2025-03-04"),
        ("4 Mar 2025 — Radio Ost — by Łukasz Kowalczyk", "Radio Ost", "Łukasz Kowalczyk", "2025-03-04"),
        ("The Northern Ledger - by Ayşe Çelik", "The Northern Ledger", "Ayşe Çelik", None),
        ("Halden Daily · 04.03.2025", "Halden Daily", None, "2025-03-04"),
        ("haldendaily.example | 2025-03-04 | By Jürgen Weiß", "haldendaily.example", "Jürgen Weiß", "2025-03-04"),
        ("Balkan Insight · 4 March 2025", None, None, "2025-03-04"),  # a person's name or an outlet's
        ("Balkan Insight · 4 March 2025 · by Marta Ilić", "Balkan Insight", "Marta Ilić", "2025-03-04"),
        # two names without a byline: which is the outlet is unknown (the second was taken for it)
        ("Değirmen Haber · Nguyễn Văn An · 4 March 2025", None, None, "2025-03-04"),
        ("Değirmen Haber | Nguyễn Văn An | 2025-03-04", None, None, "2025-03-04"),
        ("Halden Daily · Nguyễn Văn An · 4 March 2025", "Halden Daily", None, "2025-03-04"),  # a masthead is sure
        # one name, no byline: a name a byline would read as a person's is nobody's outlet ("An" is a word too)
        ("Nguyễn Văn An — Tuesday, March 4, 2025", None, None, "2025-03-04"),
        ("Nguyễn Văn An · 4 March 2025", None, None, "2025-03-04"),
        # a masthead's word with its accent ("Écho"), a broadcaster's call sign and channel
        ("Le Petit Écho, 4 March 2025", "Le Petit Écho", None, "2025-03-04"),
        ("4 March 2025 | KXAN 4 Austin", "KXAN 4 Austin", None, "2025-03-04"),
        ("By Ana Núñez · WCFX-TV 5 · March 4, 2025", "WCFX-TV 5", "Ana Núñez", "2025-03-04"),
        ("CDC · 4 March 2025", None, None, "2025-03-04"),  # an agency's initials, no channel: no station
        ("Belgrade · 4 March 2025 · by Marta Ilić", None, "Marta Ilić", "2025-03-04"),
        ("Halden Daily · Monday 4 March 2025 · by Marta Ilić", "Halden Daily", "Marta Ilić", None),
        ("Halden Daily · 03.04 · by Marta Ilić", "Halden Daily", "Marta Ilić", None),
        ("Opinion · 4 March 2025 · by Marta Ilić · 5 min read", None, "Marta Ilić", "2025-03-04"),
        ("Published 4 March 2025 · by Marta Ilić · Halden Daily", "Halden Daily", "Marta Ilić", "2025-03-04"),
        ("By Marta Ilić, Halden Daily · 4 March 2025", "Halden Daily", "Marta Ilić", "2025-03-04"),
        ("· Halden Daily · 4 March 2025 ·", "Halden Daily", None, "2025-03-04"),
        ("HALDEN DAILY | 4 MARCH 2025 | BY MARTA ILIĆ", "HALDEN DAILY", "Marta Ilić", "2025-03-04"),
        ("4 March 2025 by Marta Ilić", None, "Marta Ilić", "2025-03-04"),  # a date with its byline
        ("Posted on March 4, 2025 by Ana Núñez and Seán Ó Briain", None, "Ana Núñez and Seán Ó Briain", "2025-03-04"),
        ("Halden Daily, 4 March 2025, by Marta Ilić", "Halden Daily", "Marta Ilić", "2025-03-04"),
        ("Halden Daily, Tuesday, March 4, 2025", "Halden Daily", None, "2025-03-04"),  # a date opening without a figure
        ("Halden Daily, Tuesday, March 4, 2025, by Marta Ilić, Ana Núñez and Jane Roe", "Halden Daily",
         "Marta Ilić, Ana Núñez and Jane Roe", "2025-03-04"),
        ("Halden Daily | 4 March 2025 | by Marta Ilić | Share this article", "Halden Daily", "Marta Ilić",
         "2025-03-04"),
        ("By Marta Ilić, Halden Daily, 4 March 2025", "Halden Daily", "Marta Ilić", "2025-03-04"),
        ("By Marta Ilić for Halden Daily, Tuesday, March 4, 2025", "Halden Daily", "Marta Ilić", "2025-03-04"),
        ("Source: Halden Daily", "Halden Daily", None, None),
        ("Published by Halden Daily on 4 March 2025", "Halden Daily", None, "2025-03-04"),
        ("Published by Marta Ilić on 4 March 2025", None, "Marta Ilić", "2025-03-04"),
        # a spaced slash parts a line too; a date's own slashes do not
        ("Halden Daily / 4 Mar 2025 / by Jan Kowalski", "Halden Daily", "Jan Kowalski", "2025-03-04"),
        ("by Ana Núñez / Halden Daily / 4/3/2025", "Halden Daily", "Ana Núñez", None),
        ("Story: Kenji Watanabe / Photos: Ana Núñez", None, "Kenji Watanabe", None),  # a photographer's credit
        # a credit to a publication's staff names it, and no person
        ("Halden Daily staff · 4 March 2025", "Halden Daily", None, "2025-03-04"),
        # the publication stamp's label in other languages, as a header line's own label is read
        ("Halden Daily · Publié le 4 mars 2025", "Halden Daily", None, "2025-03-04"),
        ("Von Jürgen Müller · Veröffentlicht am 4. März 2025", None, "Jürgen Müller", "2025-03-04"),
        ("By Halden Daily staff | March 4, 2025", "Halden Daily", None, "2025-03-04"),
        ("By Staff Reporter · 4 March 2025", None, None, "2025-03-04"),
        ("By the Halden Daily Editorial Board · 4 March 2025", "Halden Daily", None, "2025-03-04"),
        ("The Harbour Tribune Editors | 4 March 2025", "The Harbour Tribune", None, "2025-03-04"),
        ("Halden Daily · 4 March 2025 · by Marta Ilić · Photos by Ana Núñez", "Halden Daily", "Marta Ilić",
         "2025-03-04"),
    ],
)
def test_meta_lines(line: str, outlet: str | None, author: str | None, date: str | None) -> None:
    found = meta_line(line)
    assert found is not None
    assert (found.outlet, found.author, found.date.iso if found.date else None) == (outlet, author, date)


@pytest.mark.parametrize(
    "line",
    ["Halden Daily", "Storm hits the coast | Halden Daily", "The council met · the mayor spoke · nothing changed",
     "Council Backs New Tram Line | Halden Daily", "Tram line approved after years of debate",
     "Residents said the water rose fast - it was 4 March 2025 - and left",
     "Belgrade, 4 March 2025, by the river", "4 March 2025 by the council", "Source: ministry figures",
     "Sources say the tram will run late", "Source: Marta Ilić", "Halden Daily, 4 March 2025, on the tram"],
)
def test_not_meta_lines(line: str) -> None:
    assert meta_line(line) is None


# --- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("4 March 2025", "2025-03-04"),
        ("March 4, 2025", "2025-03-04"),
        ("4 Mar 2025", "2025-03-04"),
        ("4 Mar. 2025", "2025-03-04"),
        ("Tuesday 4 March 2025", "2025-03-04"),
        ("Tuesday, March 4, 2025", "2025-03-04"),
        ("Tue, 04 Mar 2025 10:00:00 +0000", "2025-03-04"),
        ("04.03.2025", "2025-03-04"),
        ("4.3.2025", "2025-03-04"),
        ("2025-03-04", "2025-03-04"),
        ("2025/03/04", "2025-03-04"),
        ("4th of March 2025", "2025-03-04"),
        ("March 4th, 2025", "2025-03-04"),
        ("Monday 4 March 2025", None),  # the weekday contradicts the date
        ("Wed, March 4, 2025", None),
        ("31.02.2025", None),
        ("03.04", None),
        ("4 March", None),
        ("Published July 12, 2024, updated 2024-07-13", "2024-07-12"),  # the first date, not the first form
        ("Tuesday, the 4th of March 2025", "2025-03-04"),
        ("Tuesday the 4th of March, 2025", "2025-03-04"),
        ("03/24/2025", "2025-03-24"),  # 24 cannot be a month: US order
        ("24/03/2025", "2025-03-24"),  # nor here: European order
        ("04/03/2025", None),  # either order: unknown
        ("2025-03-04T23:15:00-05:00", "2025-03-04"),  # the date as stated, not moved to UTC
    ],
)
def test_iso_dates(text: str, iso: str | None) -> None:
    assert iso_date(text) == iso


def test_dotted_dates_are_day_first() -> None:
    assert DOTTED_ORDER == "day.month.year"
    assert iso_date("05.03.2025") == "2025-03-05"
    assert iso_date("13.03.2025") == "2025-03-13"
    assert iso_date("03.13.2025") is None
    assert iso_date("5. 3. 2025") == "2025-03-05"  # spaced, as Central European papers print it
    assert iso_date("5-Mar-2025") == "2025-03-05"


def test_a_contradicted_date_is_found_but_not_trusted() -> None:
    found = find_date("Monday 4 March 2025")
    assert found is not None and found.iso is None and found.claimed == "2025-03-04"


@pytest.mark.parametrize(
    ("text", "iso", "yearless"),
    [
        ("4 March 2025", "2025-03-04", None),
        ("Tuesday 4 March 2025, 10:32 CET", "2025-03-04", None),
        ("4 March 2025 at 9:15 a.m.", "2025-03-04", None),
        ("Tuesday 4 March", None, (3, 4, 1)),
        ("Tuesday, March 4", None, (3, 4, 1)),
        ("4 March", None, None),
        ("03.04", None, None),
        ("04/03/2025", None, None),  # day or month first: unknown
        ("2025-03-04T10:32:00Z", "2025-03-04", None),
        ("Tuesday, the 4th of March", None, (3, 4, 1)),
    ],
)
def test_stated_dates(text: str, iso: str | None, yearless: tuple[int, int, int] | None) -> None:
    stated = stated_date(text)
    assert stated is not None and (stated.iso, stated.yearless) == (iso, yearless)


@pytest.mark.parametrize("text", ["Tram line approved", "4 March 2025 was a Tuesday", "Halden Daily", "2025"])
def test_not_stated_dates(text: str) -> None:
    assert stated_date(text) is None


def test_a_yearless_date_takes_only_a_year_its_weekday_agrees_with() -> None:
    tuesday_4_march = (3, 4, 1)
    assert year_for(tuesday_4_march, {2025}) == "2025-03-04"
    assert year_for(tuesday_4_march, {2024}) is None  # 4 March 2024 was a Monday
    assert year_for(tuesday_4_march, {2024, 2025}) == "2025-03-04"
    assert year_for(tuesday_4_march, {2025, 2031}) is None  # both agree: no safe choice
    assert year_for(tuesday_4_march, set()) is None


# --- in a whole text: furniture only, never the story -----------------------------------



@pytest.mark.parametrize(
    "line", ["Halden Daily · 4 March 2025 · by Marta Ilić", "Published 4 March 2025 · by Marta Ilić · Halden Daily",
             "*Halden Daily | Tuesday, March 4, 2025 | By MARTA ILIĆ*"],
)
def test_meta_line_under_the_title_is_read_and_dropped(line: str) -> None:
    got = clean(f"Tram line approved\n\n{line}\n\n{TRAM_STORY}")
    assert (got.title, got.outlet, got.author, got.date) == (
        "Tram line approved", "Halden Daily", "Marta Ilić", "2025-03-04")
    assert got.body.startswith("The council voted")


@pytest.mark.parametrize(("line", "agency"), [("By The Associated Press", "The Associated Press"),
                                              ("By A Staff Reporter", None), ("By Reuters", "Reuters")])
@pytest.mark.parametrize("title", ["Tram line approved", "Tram vote"])
def test_an_agency_byline_is_neither_an_author_nor_the_title(title: str, line: str, agency: str | None) -> None:
    """No person; the agency is the outlet only where nothing else names one, as a dateline's wire is
    (until session 18 it was never the outlet, while "(Reuters) —" was); a masthead above wins."""
    got = clean(f"{title}\n\n{line}\n\n{TRAM_STORY}")
    assert got.outlet == agency and got.author is None
    assert got.title in (title, None)  # a two-word first line is not guessed a title; never the byline
    assert got.body.startswith("The council voted")
    assert clean(f"HALDEN DAILY\n\n{title}\n\n{line}\n\n{TRAM_STORY}").outlet == "HALDEN DAILY"


@pytest.mark.parametrize(("line", "author"), [("Marta Ilić, Staff Writer", "Marta Ilić"),
                                               ("Ana Núñez | Senior Correspondent", "Ana Núñez"),
                                               ("Halden Daily, Staff Writer", None), ("An Unusual Winter", None),
                                               ("Marta Ilić, Belgrade correspondent", "Marta Ilić"),
                                               ("Marta Ilić, Halden Daily correspondent", "Marta Ilić"),
                                               ("Marta Ilić, the new correspondent", None)])
def test_a_credit_line_without_by_names_the_author(line: str, author: str | None) -> None:
    got = clean(f"Tram line approved\n\n{line}\n\n{TRAM_STORY}")
    assert got.author == author
    assert got.outlet == ("Halden Daily" if author and "Daily" in line else None)


@pytest.mark.parametrize(("title", "line", "author", "outlet"), [
    ("Tram line approved", "Marta Ilić, Halden Daily", "Marta Ilić", "Halden Daily"),
    ("Tram line approved", "Marta Ilić, Reuters", "Marta Ilić", "Reuters"),
    # the agency wrote it, the site whose name the title carries ran it
    ("Tram line approved - Halden Daily", "Marta Ilić, Reuters", "Marta Ilić", "Halden Daily"),
    ("Tram line approved", "Police, Reuters", None, None),
    ("Tram line approved", "Marta Ilić, News", None, None),  # a generic word names no publication
    ("Tram line approved", "Marta Ilić (Halden Daily)", "Marta Ilić", "Halden Daily"),
    ("Tram line approved", "Marta Ilić (Reuters)", None, None),  # as a photo's credit is written
    ("Tram line approved", "Marta Ilić and Ana Núñez, Halden Daily", "Marta Ilić and Ana Núñez", "Halden Daily"),
    ("Tram line approved", "Police and Fire, Halden Daily", None, None),  # no people: no credit
    ("Tram line approved", "Halden Daily staff and wire reports", None, "Halden Daily"),
])
@pytest.mark.parametrize("date_line", ["", "4 March 2025\n"])
def test_a_name_beside_a_publication_is_a_credit(title: str, line: str, author: str | None, outlet: str | None,
                                                 date_line: str) -> None:
    """"Marta Ilić, Halden Daily" under the title was read whole as the outlet's name."""
    got = clean(f"{title}\n{line}\n{date_line}\n{TRAM_STORY}")
    assert (got.author, got.outlet) == (author, outlet)
    assert got.title == "Tram line approved"
    assert got.body.startswith("The council voted")


def test_a_sign_off_naming_an_agency_credits_it_when_nothing_else_names_an_outlet() -> None:
    got = clean(f"Tram line approved\n\n{TRAM_STORY}\n\n— Marta Ilić, Reuters")
    assert (got.author, got.outlet) == ("Marta Ilić", "Reuters")
    assert "Reuters" not in got.body


@pytest.mark.parametrize(("line", "outlet"), [("Halden Daily, 4 March 2025", "Halden Daily"),
                                               ("March 4, 2025 at 10:32 a.m.", None)])
def test_a_date_line_with_a_comma_or_a_full_stop_is_furniture(line: str, outlet: str | None) -> None:
    got = clean(f"Tram line approved\n\n{line}\n\n{TRAM_STORY}")
    assert (got.outlet, got.date) == (outlet, "2025-03-04")
    assert got.body.startswith("The council voted")


def test_a_span_of_two_dates_under_the_title_gives_no_date() -> None:
    """"4 March 2025 - 5 March 2025" gave the second: which day is the article's is unknown."""
    assert clean(f"Tram line approved\n4 March 2025 - 5 March 2025\n\n{TRAM_STORY}").date is None
    assert clean(f"Tram line approved\nHalden Daily - 4 March 2025\n\n{TRAM_STORY}").date == "2025-03-04"


def test_a_yearless_date_takes_its_year_from_a_copyright_line_written_either_way() -> None:
    for notice in ("© 2025 Halden Daily", "© Halden Daily 2025"):
        got = clean(f"Tram line approved\n\nHalden Daily · Tuesday 4 March · by Marta Ilić\n\n{TRAM_STORY}\n{notice}\n")
        assert (got.outlet, got.author, got.date) == ("Halden Daily", "Marta Ilić", "2025-03-04")


@pytest.mark.parametrize("foot", ["© 2025 Halden Daily", "Share this article", ""])
def test_a_story_of_one_paragraph_keeps_its_header(foot: str) -> None:
    # one prose unit only, a footer line under it: the header above is still the header
    got = clean(f"Tram line approved\n\nBy Marta Ilić\n4 March 2025\n\n"
                f"The council voted on Wednesday to build a tram line to the port, ending years of debate.\n\n{foot}\n")
    assert (got.title, got.author, got.date) == ("Tram line approved", "Marta Ilić", "2025-03-04")
    assert got.body == "The council voted on Wednesday to build a tram line to the port, ending years of debate."


def test_dates_in_the_story_are_not_the_articles() -> None:
    got = clean("Tram line approved\n\n" + TRAM_STORY
                + "\nThe attack on 4 March 2024 was recalled on Tuesday 4 March.\n\n© 2025 Halden Daily\n")
    assert got.date is None


def test_a_byline_like_sentence_in_the_story_is_not_the_author() -> None:
    got = clean("Tram line approved\n\n" + TRAM_STORY + "\nBy Marta Ilić's count, 40 people spoke at the meeting.\n")
    assert got.author is None


def test_copyright_holder_is_a_last_resort_outlet() -> None:
    held = clean(f"Tram line approved\n\n{TRAM_STORY}\n© 2025 Halden Daily. All rights reserved.\n")
    assert held.outlet == "Halden Daily"
    assert clean(f"Tram line approved\n\n{TRAM_STORY}\n© 2025 Marta Ilić\n").outlet is None


def test_a_contradicting_weekday_also_vetoes_the_address_date() -> None:
    got = clean("http://example.com/2025/03/04/tram\n\nTram line approved\n\nMonday 4 March 2025\n\n" + TRAM_STORY)
    assert got.date is None


def test_lines_under_an_html_title_are_read_for_metadata_only() -> None:
    from tui.engine.extract import extract

    page = ("<!doctype html><html><head><title>Tram line approved</title></head><body><article>"
            "<h1>Tram line approved</h1><div class='meta'><span>Halden Daily</span> | <span>4 March 2025</span></div>"
            f"{''.join(f'<p>{p}</p>' for p in TRAM_STORY.split(chr(10) * 2))}</article></body></html>")
    doc = extract(page, ".html")
    assert doc.furniture == ["Halden Daily | 4 March 2025"]
    got = clean_text(doc)
    assert (got.outlet, got.date) == ("Halden Daily", "2025-03-04")
    assert "Halden Daily" not in got.body


@pytest.mark.parametrize(("marked", "author"), [
    ("<span class='author'>Staff</span>", None), ("<span class='author'>Web Desk</span>", None),
    ("<meta name='author' content='Admin'>", None), ("<span class='author'>Newsroom</span>", None),
    ("<span class='author'>Marta Ilić</span>", "Marta Ilić"),
])
def test_an_author_field_naming_a_desk_or_an_account_names_nobody(marked: str, author: str | None) -> None:
    """A page whose author field says "Staff" had "Staff" for its author."""
    from tui.engine.extract import extract

    head, body = (marked, "") if marked.startswith("<meta") else ("", marked)
    page = (f"<!doctype html><html><head><title>Tram line approved</title>{head}</head><body><article>"
            f"<h1>Tram line approved</h1>{body}{''.join(f'<p>{p}</p>' for p in TRAM_STORY.split(chr(10) * 2))}"
            "</article></body></html>")
    assert clean_text(extract(page, ".html")).author == author


def test_the_credit_under_an_image_in_markdown_is_its_caption_not_a_byline() -> None:
    from tui.engine.extract import extract

    story = TRAM_STORY.replace("The council voted", "The council ![map](tram.png) voted", 1)
    got = clean_text(extract(f"# Tram line approved\n\n![The new line](tram.jpg)\n*Marta Ilić, Halden Daily*"
                             f"\n\n{story}\n", ".md"))
    assert (got.author, got.outlet) == (None, None)
    assert "Marta Ilić" not in got.body
    assert got.body.startswith("The council voted")  # story beside an image is kept


@pytest.mark.parametrize("picture", [
    "<figure><img src='tram.jpg' alt='The new line'><figcaption>Marta Ilić, Halden Daily</figcaption></figure>",
    "<img src='tram.jpg' alt='The new line'><p class='credit'>Marta Ilić, Halden Daily</p>",
])
def test_a_pages_picture_credit_is_no_byline(picture: str) -> None:
    """On a page, "Name, Outlet" without "by" or a job is how a picture is credited: nobody is the author."""
    from tui.engine.extract import extract

    page = (f"<!doctype html><html><head><title>Tram line approved</title></head><body><article>"
            f"<h1>Tram line approved</h1>{picture}{''.join(f'<p>{p}</p>' for p in TRAM_STORY.split(chr(10) * 2))}"
            "</article></body></html>")
    got = clean_text(extract(page, ".html"))
    assert (got.author, got.outlet) == (None, None)


@pytest.mark.parametrize(("foot", "author"), [("— Marta Ilić, Halden Daily", "Marta Ilić"),
                                              ("*— Marta Ilić, Halden Daily*", "Marta Ilić"),
                                              ("Marta Ilić, Halden Daily", None), ("", None)])
def test_a_credit_at_the_foot_without_a_job_needs_its_dash(foot: str, author: str | None) -> None:
    got = clean(f"Tram line approved\n\n{TRAM_STORY}\n\n{foot}")
    assert got.author == author
    assert got.outlet == ("Halden Daily" if author else None)


@pytest.mark.parametrize(("lines", "date"), [
    ("<p class='date'>Updated: 5 March 2025</p>", None),  # when it changed, not when it was published
    ("<p>4 March 2025</p><p>Updated: 5 March 2025 14:00</p>", "2025-03-04"),
    ("<p>4 March 2025</p><p>Updated: 4 March 2025 14:00</p>", "2025-03-04"),  # both on one day
])
def test_an_update_stamp_in_a_pages_text_is_no_publication_date(lines: str, date: str | None) -> None:
    """A page whose only date was "Updated: 5 March 2025" in its text had it for its date."""
    from tui.engine.extract import extract

    page = (f"<!doctype html><html><head><title>Tram line approved</title></head><body><article>"
            f"<h1>Tram line approved</h1>{lines}{''.join(f'<p>{p}</p>' for p in TRAM_STORY.split(chr(10) * 2))}"
            "</article></body></html>")
    assert clean_text(extract(page, ".html")).date == date
