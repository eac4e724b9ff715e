"""Cleaning rules, each on a small input of its own (not on the seeds' exact text)."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tests.meta_cases import clean
from tui.engine.blocks import is_furniture, strip_urls, unwrap
from tui.engine.headerdates import ends_like_prose


def paragraphs(text: str) -> list[str]:
    return clean(text).body.split("\n\n")


WRAPPED = (
    "The river rose past its banks on Sunday after two days of rain, and officials\n"
    "ordered hundreds of residents to leave their homes in the lowest streets of the\n"
    "town before nightfall.\n"
    "\n"
    "Crews used boats to reach people who had stayed behind, the fire service said in\n"
    "a statement, adding that nobody had been hurt so far in the flooding.\n"
    "\n"
    "More rain is forecast for Monday and Tuesday across the whole of the region, and\n"
    "schools will stay closed until the water goes down again.\n"
)


def test_hard_wrapped_lines_are_joined() -> None:
    assert paragraphs(WRAPPED)[0] == (
        "The river rose past its banks on Sunday after two days of rain, and officials ordered hundreds of "
        "residents to leave their homes in the lowest streets of the town before nightfall."
    )
    assert len(paragraphs(WRAPPED)) == 3


def test_unwrapped_lines_stay_apart() -> None:
    text = "A headline of a few words\nJane Roe\nThe first paragraph is a sentence of its own and ends here.\n"
    assert unwrap(text) == ["A headline of a few words", "Jane Roe", text.splitlines()[2]]


def test_line_continuing_in_lower_case_joins() -> None:
    assert unwrap("The minister said the talks\nwould resume on Monday.") == [
        "The minister said the talks would resume on Monday."
    ]


def test_sentence_cut_by_a_link_block_is_rejoined_without_the_links() -> None:
    text = (
        "The statement said the call helped both sides to reduce the chances of\n\n"
        "https://news.example.com/author/wire\n"
        "https://news.example.com/2020/01/02/some-other-story\n\n"
        "miscalculation during the exercises, officials said.\n\n"
        "A second paragraph follows here and it is complete.\n"
    )
    body = paragraphs(text)
    assert body[0] == (
        "The statement said the call helped both sides to reduce the chances of miscalculation during the "
        "exercises, officials said."
    )
    assert "example.com" not in clean(text).body


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "Related Topics",
        "Related article: Storms hit the coast again",
        "Read more: Why the port matters",
        "Updated:",
        "Updated: March 4, 2025 10:31 a.m.",
        "0:00",
        "3 min read",
        "twitter",
        "Facebook | Twitter | Email",
        "Newspapers in English",
        "Copyright 2025 Example Media. All rights reserved.",
        "Jane Roe contributed to this report.",
        "(Reporting by Jane Roe; Editing by John Doe)",
        "https://example.com/a https://example.com/b",
        "the mayor said so https://t.co/abc123 — Some Body (@somebody) July 12, 2024",
        "Share on Facebook",
        "Click to share on X",
        "Follow Jane Roe on Twitter @janeroe",
        "This article was originally published by Example Wire.",
        "Contact the author at jane.roe@example.com.",
    ],
)
def test_page_furniture_is_recognised(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "The council voted on Tuesday to build the line.",
        "Officials said the call had been useful and that more talks were planned.",
        "Read the full statement, the minister told reporters.",
    ],
)
def test_story_sentences_are_not_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_captions_with_credits_are_dropped() -> None:
    text = (
        "The mayor opens the new bridge in the town centre on Monday. (Jane Roe/Example Images)\n\n"
        "Soldiers train near the border during the drills. Example Defense Ministry\n\n"
        "Photo: The harbour at dawn.\n\n"
        "The bridge opened on Monday after three years of work, the council said.\n\n"
        "It cost more than expected, according to the council's own figures.\n"
    )
    assert paragraphs(text) == [
        "The bridge opened on Monday after three years of work, the council said.",
        "It cost more than expected, according to the council's own figures.",
    ]


def test_embedded_post_is_dropped_but_surrounding_story_stays() -> None:
    text = (
        "The minister spoke on Friday and said the plan would go ahead as announced.\n\n"
        "big news today, the plan is going ahead for real\n\n"
        "what everyone is asking: will it last?https://t.co/XyZ123 — Some Pundit (@pundit) May 2, 2024\n\n"
        "Critics said the plan was rushed and would cost more than the government admits.\n"
    )
    assert paragraphs(text) == [
        "The minister spoke on Friday and said the plan would go ahead as announced.",
        "Critics said the plan was rushed and would cost more than the government admits.",
    ]


def test_urls_inside_sentences_are_removed() -> None:
    assert strip_urls("See the report at https://example.com/x?y=1 for details.") == "See the report at for details."


def test_prose_ends_with_sentence_punctuation() -> None:
    assert ends_like_prose('He said it was "over."')
    assert ends_like_prose("Is it?”")
    assert not ends_like_prose("Related Topics")


# --- metadata ----------------------------------------------------------------------


def test_masthead_title_and_byline() -> None:
    text = (
        "The Halden Gazette\n\n"
        "Council backs tram line to the port\n\n"
        "- By Sam A. Okafor\n\n"
        "The council voted on Wednesday to build a tram line to the port, ending years of debate.\n\n"
        "Work starts in 2027, the council said.\n"
    )
    got = clean(text)
    assert (got.outlet, got.title, got.author) == ("The Halden Gazette", "Council backs tram line to the port",
                                                    "Sam A. Okafor")
    assert got.body.startswith("The council voted")


def test_author_bio_gives_author_and_outlet_and_is_dropped() -> None:
    text = (
        "The council voted on Wednesday to build a tram line to the port, ending years of debate.\n\n"
        "Work starts in 2027, the council said.\n\n"
        "Sam Okafor is a senior reporter for The Halden Gazette. He covers transport and local politics.\n"
    )
    got = clean(text)
    assert (got.author, got.outlet) == ("Sam Okafor", "The Halden Gazette")
    assert "senior reporter" not in got.body


def test_date_header_and_outlet_prefix() -> None:
    got = clean(" date 2025-03-05 Halden Wire/ The council voted on Wednesday to build the line.\n\n"
                "Work starts in 2027, the council said.\n")
    assert (got.date, got.outlet) == ("2025-03-05", "Halden Wire")
    assert got.body.startswith("The council voted")


def test_dateline_is_stripped_and_wire_is_a_last_resort_outlet() -> None:
    got = clean("LYON, France (Reuters) - Residents were evacuated on Sunday, officials said.\n\n"
                "More rain is expected.\n")
    assert got.body.startswith("Residents were evacuated")
    assert got.outlet == "Reuters"


def test_quoted_outlet_is_not_the_outlet() -> None:
    got = clean("According to The Example Times, the talks failed on Monday after a long night.\n\n"
                "He said in a Example News interview that it was over.\n")
    assert got.outlet is None


def test_date_in_a_link_inside_the_story_is_not_the_date() -> None:
    got = clean("The drills began on Thursday, the ministry said in a statement.\n\n"
                "Related article: Drills begin https://news.example.com/2024/07/22/drills-begin\n\n"
                "Western officials said the drills were a threat to the region.\n")
    assert got.date is None


def test_own_url_on_the_first_line_gives_url_date_and_domain() -> None:
    got = clean("http://articles.example.com/2013/may/03/local/story-20130504\n\n"
                "The actress checked into a clinic on Thursday, her spokesman said.\n\n"
                "She had been there before.\n")
    assert got.url == "http://articles.example.com/2013/may/03/local/story-20130504"
    assert (got.date, got.outlet) == ("2013-05-03", "example.com")


def test_unknown_metadata_stays_none() -> None:
    got = clean("The council voted on Wednesday to build a tram line.\n\nWork starts in 2027, it said.\n")
    assert (got.title, got.outlet, got.author, got.date, got.url) == (None, None, None, None, None)


def test_bbc_style_caption_lines_are_dropped() -> None:
    text = ("Image source, Example Images\n\nImage caption, Crowds gathered outside the court on Monday\n\n"
            "The court ruled on Monday that the law was valid, ending a two-year fight.\n\n"
            "Campaigners said they would appeal.\n")
    assert paragraphs(text) == ["The court ruled on Monday that the law was valid, ending a two-year fight.",
                                "Campaigners said they would appeal."]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By JANE ROE and JOHN Q. DOE, Associated Press", "Jane Roe and John Q. Doe"),
        ("By Jane Roe | Reuters", "Jane Roe"),
        ("By Jane Roe Updated 3:45 PM EDT, Sat July 13, 2024", "Jane Roe"),
        ("Written by Ana María Soto", "Ana María Soto"),  # names in any alphabet (tests/test_meta.py has more)
    ],
)
def test_byline_variants(line: str, author: str | None) -> None:
    from tui.engine.bylines import byline

    assert byline(line) == author


@pytest.mark.parametrize(
    ("header", "date"),
    [
        ("Published 10:32 AM EST, Fri July 12, 2024", "2024-07-12"),
        ("Posted: Sep 27, 2013 5:50 PM", "2013-09-27"),
        ("July 12, 2024 at 5:32 p.m. EDT", "2024-07-12"),
        ("Updated 3:45 PM EDT, Sat July 13, 2024", None),
        ("Storm hits the coast Posted: Sep 27, 2013 5: 50 PM Updated: Sep 28, 2013", "2013-09-27"),
        ("March 4, 2025 9:15 PM GMT+1 Updated 2 hours ago", "2025-03-04"),  # a date line, then its stamp
        ("4 March 2025 | Last updated 5 March 2025", "2025-03-04"),
        # MediaNews Group's papers; read as a meta line with no name, it was skipped as a sentence ("a.m.")
        ("PUBLISHED: March 4, 2025 at 9:15 p.m. | UPDATED: March 5, 2025 at 6:00 a.m.", "2025-03-04"),
        # the label in the languages whose months are read
        ("Publié le 4 mars 2025 à 21h15", "2025-03-04"), ("Veröffentlicht am 4. März 2025, 21:15 Uhr", "2025-03-04"),
        ("Publicado el 4 de marzo de 2025", "2025-03-04"), ("Gepubliceerd op 4 maart 2025", "2025-03-04"),
    ],
)
def test_header_dates(header: str, date: str | None) -> None:
    got = clean(f"Storm hits the coast\n\n{header}\n\nThe storm hit the coast on Tuesday, officials said.\n\n"
                "Thousands lost power.\n")
    assert got.date == date
    assert got.title == "Storm hits the coast"
    assert got.body.startswith("The storm hit")


@pytest.mark.parametrize(("lines", "date"), [
    ("By Jane Roe, CNN\n3 minute read\nPublished 9:15 PM EST, Tue March 4, 2025", "2025-03-04"),
    ("By Jane Roe\nShare\nSave\nPosted: Mar 4, 2025 / 09:15 PM CST", "2025-03-04"),
    # below the third line only a labelled date is the article's: a teaser's headline keeps its own
    ("By Jane Roe\nShare\nSave\nFlooding closed the bridge 4 March 2024", None),
])
def test_a_labelled_date_further_down_the_header(lines: str, date: str | None) -> None:
    """The header is every line above the story, not its first three: CNN's copy puts "3 minute
    read" between the byline and "Published ..."; only a label says a date there is the article's."""
    got = clean(f"Storm hits the coast\n{lines}\n\nThe storm hit the coast on Tuesday, officials said.\n\n"
                "Thousands lost power.\n")
    assert (got.title, got.date) == ("Storm hits the coast", date)
    assert got.body.startswith("The storm hit")


def test_network_credit_opening_is_stripped() -> None:
    got = clean("(CNN) — The storm hit the coast on Tuesday, officials said.\n\nThousands lost power.\n")
    assert got.body.startswith("The storm hit") and got.outlet == "CNN"


# -- furniture that opens a paragraph of story text ------------------------------------------------

STORY = "The council voted on Tuesday to raise bus fares by ten percent. Members argued for hours about the cost."


@pytest.mark.parametrize(
    "lead",
    [
        "Updated 10:32 a.m. EST, Fri July 12, 2024.",
        "Updated:",
        "Last updated on March 4, 2025 at 10:31 a.m. ET",
        "Updated 3 hours ago",
        "UPDATED | 12 March 2025 |",
        "Photo: Reuters.",
        "Photo: Reuters",
        "Photo: Getty Images/AFP",
        "Photo: A bus waits at the depot on Monday.",
        "Image caption: Buses at the depot.",
        "Read more: Why the port matters.",
        "Read more:",
        "Related: Fares rise again.",
    ],
)
def test_furniture_opening_a_paragraph_goes_and_its_story_stays(lead: str) -> None:
    assert clean(f"{lead} {STORY}").body == STORY
    # the one-paragraph article, and the same as the first paragraph of a longer one
    assert paragraphs(f"{lead} {STORY}\n\nA final vote is expected next month, the chair said.\n")[0] == STORY


@pytest.mark.parametrize(
    "text",
    [
        "Updated figures show the council raised bus fares by ten percent on Tuesday, officials said.",
        "Photographers gathered outside the council chamber as members voted on Tuesday.",
        "Reading the report, the council voted on Tuesday to raise bus fares by ten percent.",
    ],
)
def test_story_sentences_that_open_with_a_furniture_word_are_kept_whole(text: str) -> None:
    assert clean(text).body == text


@pytest.mark.parametrize("text", ["Updated 10:32 a.m. EST", "Updated: March 4, 2025 10:31 a.m.",
                                  "Photo: Reuters", "Read more: Why the port matters"])
def test_furniture_alone_still_goes(text: str) -> None:
    assert clean(f"{text}\n\n{STORY}\n").body == STORY


_TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*$|[.!?…]\s*(?:''|``)$")
"""What ends_like_prose read, as the regular expression it once searched for."""


_MARKS = list(".!?…:;\"'”’»)]`x")
_ENDINGS = st.tuples(st.text(st.sampled_from([*_MARKS, " "]), max_size=4), st.sampled_from(_MARKS),
                     st.text(st.sampled_from([" ", "\t", "\n", "\u00a0", "\u2003"]), max_size=2),
                     st.sampled_from(["", "''", "``", "'", "`", '"', "’)", "]"]),
                     st.text(st.sampled_from([" ", "\n"]), max_size=2)).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_ENDINGS | st.text(st.sampled_from([*_MARKS, " ", "\t", "\n", "\u00a0"]), max_size=12))
@example(":``")
@example(";  ''")
@example(". ``")
@example("''")
def test_ends_like_prose_reads_the_end_as_its_expression_did(text: str) -> None:
    assert ends_like_prose(text) == bool(_TERMINAL.search(text.rstrip()))


@pytest.mark.parametrize("line", ["mardi 4 mars 2025", "martes, 4 de marzo de 2025", "martedì 4 marzo 2025",
                                  "terça-feira, 4 de março de 2025", "dinsdag 4 maart 2025", "wtorek, 4 marca 2025",
                                  "2025. március 4., kedd"])
def test_a_weekday_in_lower_case_under_a_byline_is_its_date_line(line: str) -> None:
    """French, Spanish, Italian, Portuguese and Dutch write the weekday in lower case: the date line
    under "By Marta Ilić" was run into it as a line that continues, and both were lost."""
    got = clean(f"Flood waters rise in Halden\n\nBy Marta Ilić\n{line}\n\nFlood waters rose overnight along "
                "the Sava, officials said on Tuesday.\n\nThe river crested at 6.2 metres.\n")
    assert (got.author, got.date, got.title) == ("Marta Ilić", "2025-03-04", "Flood waters rise in Halden")
    assert got.body.startswith("Flood waters rose")


@pytest.mark.parametrize(("byline", "author"), [
    ("By Seán Ó Briain and Ana Núñez", "Seán Ó Briain and Ana Núñez"),  # five words and more: no sentence cut short
    ("Texto: João Conceição", "João Conceição"), ("Tekst: Łukasz Żółć", "Łukasz Żółć"),
    ("Testo: Marco Rossi", "Marco Rossi"),
])
def test_a_byline_over_a_weekday_in_lower_case(byline: str, author: str) -> None:
    """A byline of five words or more read as a sentence stopped short, and the date line under it as
    the rest of that sentence; "Texto:", "Tekst:" and "Testo:" label a writer as "Text:" does."""
    got = clean(f"Flood waters rise in Halden\n\n{byline}\nmardi 4 mars 2025\n\nFlood waters rose overnight along "
                "the Sava, officials said on Tuesday.\n\nThe river crested at 6.2 metres.\n")
    assert (got.author, got.date) == (author, "2025-03-04")
    assert got.body.startswith("Flood waters rose")
