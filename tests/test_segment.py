"""Sentence segmentation: the hard cases of news prose, paragraphs, offsets, and robustness."""

from __future__ import annotations

import unicodedata
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.bench_segment import HARD_CASES, Case
from tui.engine import segment as seg
from tui.engine.model import Sentence
from tui.engine.segment import MAX_CHUNK, segment, split_paragraph


def check_offsets(body: str, sentences: tuple[Sentence, ...]) -> None:
    """The contract: text is the slice, trimmed, non-empty, in order, inside one paragraph,
    and nothing but whitespace is left out."""
    covered = [False] * len(body)
    previous_end = 0
    for s in sentences:
        assert 0 <= s.start < s.end <= len(body)
        assert body[s.start : s.end] == s.text
        assert s.text == s.text.strip()
        assert "\n\n" not in s.text
        assert s.start >= previous_end
        previous_end = s.end
        covered[s.start : s.end] = [True] * (s.end - s.start)
    left_out = [c for c, inside in zip(body, covered, strict=True) if not inside]
    assert all(c.isspace() for c in left_out)


# --- The hard cases (shared with `python -m bench segment`, which compares the splitters on them).


@pytest.mark.parametrize("case", HARD_CASES, ids=[c.id for c in HARD_CASES])
def test_hard_case(case: Case) -> None:
    sentences = segment(case.text)
    assert tuple(s.text for s in sentences) == case.expected
    check_offsets(case.text, sentences)


def test_hard_cases_keep_offsets_inside_a_longer_body() -> None:
    body = "\n\n".join(c.text for c in HARD_CASES)
    sentences = segment(body)
    assert [s.text for s in sentences] == [t for c in HARD_CASES for t in c.expected]
    check_offsets(body, sentences)


# --- Paragraphs and offsets.


def test_paragraph_break_ends_a_sentence_without_punctuation() -> None:
    body = "Russia Makes Phone Call to Pentagon\n\nMr. Austin spoke with Mr. Belousov. The call was brief."
    assert segment(body) == (
        Sentence("Russia Makes Phone Call to Pentagon", 0, 35),
        Sentence("Mr. Austin spoke with Mr. Belousov.", 37, 72),
        Sentence("The call was brief.", 73, 92),
    )


def test_quotation_left_open_at_a_paragraph_end_is_split_and_closed_by_the_break() -> None:
    body = "“We do allow those strikes. And as the war has changed, we have changed.\n\n“It could expand.”"
    assert [s.text for s in segment(body)] == [
        "“We do allow those strikes.",
        "And as the war has changed, we have changed.",
        "“It could expand.”",
    ]


def test_whitespace_around_and_between_paragraphs_is_not_a_sentence() -> None:
    body = "  First one.   Second one.  \n\n\n\n   \n\n Third one. "
    sentences = segment(body)
    assert [s.text for s in sentences] == ["First one.", "Second one.", "Third one."]
    check_offsets(body, sentences)


@pytest.mark.parametrize("body", ["", " ", "\n\n", " \n\n \t "])
def test_empty_or_blank_body_has_no_sentence(body: str) -> None:
    assert segment(body) == ()


def test_split_paragraph_returns_trimmed_spans() -> None:
    text = " Mr. Austin spoke.  Ms. Singh said so. "
    assert split_paragraph(text) == [(1, 18), (20, 38)]


# --- The fixes, one by one, with what they must not do.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He met Gov. Gavin Newsom.", ["He met Gov. Gavin Newsom."]),
        ("The vote was on Feb. 18. It was late.", ["The vote was on Feb. 18.", "It was late."]),
        ("He was born in Feb. He left in May.", ["He was born in Feb.", "He left in May."]),
        ("It ranked No. 3 overall.", ["It ranked No. 3 overall."]),
        ("It appeared in Vol. 3 of the series.", ["It appeared in Vol. 3 of the series."]),
        ("He wrote Vol. Two came later.", ["He wrote Vol.", "Two came later."]),
        ("The fire started about 9:40 p.m. Friday night.", ["The fire started about 9:40 p.m. Friday night."]),
        ("They met at 7 p.m. They talked late.", ["They met at 7 p.m.", "They talked late."]),
    ],
)
def test_abbreviations(text: str, expected: list[str]) -> None:
    assert [s.text for s in segment(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Not a bare attribution: a sentence of its own.
        ("“We welcome it.” Mr. Austin did not comment.", ["“We welcome it.”", "Mr. Austin did not comment."]),
        # No sentence end inside the quotation: nothing to split.
        ('He called it "a pure provocation" and left.', ['He called it "a pure provocation" and left.']),
        # A comma before the closing mark: the attribution never was apart.
        ("“It has not changed,” Ms. Singh said.", ["“It has not changed,” Ms. Singh said."]),
        # Abbreviations inside a quotation are handled as outside it.
        (
            "“Mr. Austin called Gen. Gerasimov. They spoke at 9 a.m. Friday.”",
            ["“Mr. Austin called Gen. Gerasimov.", "They spoke at 9 a.m. Friday.”"],
        ),
        # Straight quotes pair up by position: the text between two quotations is not quoted.
        ('"Yes," he said. "No. Never."', ['"Yes," he said.', '"No.', 'Never."']),
        # A closing quote that hugs its word closes, even with no opener before it (the
        # quotation began in an earlier paragraph); the next one opens.
        ('The end." He said "Yes. No." Fine.', ['The end."', 'He said "Yes.', 'No."', "Fine."]),
        # A straight quote with space on both sides opens only at the start of a paragraph.
        ('" It is over. We won. " Then he left.', ['" It is over.', 'We won. "', "Then he left."]),
        # Elsewhere it closes.
        ('It ended. " Then more came.', ['It ended. "', "Then more came."]),
    ],
)
def test_quotations(text: str, expected: list[str]) -> None:
    sentences = segment(text)
    assert [s.text for s in sentences] == expected
    check_offsets(text, sentences)


def test_opening_token_left_at_a_sentence_end_moves_to_the_next_sentence() -> None:
    text = "The church burned, Kroon said. `` The fire investigation continues. ''"
    assert [s.text for s in segment(text)] == [
        "The church burned, Kroon said.",
        "`` The fire investigation continues. ''",
    ]


# --- Robustness: long and strange input.


def test_five_megabytes_without_punctuation_is_cut_into_bounded_chunks() -> None:
    body = "word " * 1_000_000
    sentences = segment(body)
    assert 1 < len(sentences) <= len(body) // (MAX_CHUNK // 2)
    assert all(len(s.text) <= MAX_CHUNK for s in sentences)
    check_offsets(body, sentences)


def test_abbreviation_flood_finishes_and_keeps_offsets() -> None:
    body = "Mr. " * 250_000
    sentences = segment(body)
    assert all(len(s.text) <= MAX_CHUNK for s in sentences)
    check_offsets(body, sentences)


def test_long_token_is_cut_but_never_before_a_combining_mark() -> None:
    body = "x" + "e\u0301" * MAX_CHUNK
    sentences = segment(body)
    assert len(sentences) > 1
    check_offsets(body, sentences)
    assert not any(unicodedata.combining(s.text[0]) for s in sentences)


@pytest.mark.parametrize(
    "body",
    [
        "a\x00b. C\x00 d.",
        "שלום עולם. זה משפט שני.",
        "مرحبا بالعالم. هذه جملة ثانية؟ نعم!",
        "Emoji 😀. Flags 🇺🇦 and ZWJ 👩‍👩‍👧! Done…",
        "\u0301\u0301. \u200f\u200e. \ufeff. \u2028x\u2029y.",
        "``''``''`` '' \"\"\" “”“ ” ‘’",
        '"' * 1000,
        ". . . ! ? … ... ?!",
    ],
)
def test_strange_text_keeps_the_contract(body: str) -> None:
    check_offsets(body, segment(body))


# --- Properties.

_PIECES = st.sampled_from(
    [
        "Mr.", "Ms.", "Gen.", "Feb.", "U.S.", "J.", "p.m.", "No.", "3.5", "...", "…", ".", "?", "!", ",",
        '"', "“", "”", "``", "''", "’", " ", " ", "  ", "\n", "\n\n", "\t", "said", "The", "he", "Why",
        "\x00", "\u0301", "\u200f", "שלום", "😀", "x" * 50,
    ]
)
_BODIES = st.one_of(
    st.text(),
    st.lists(st.one_of(_PIECES, st.text(max_size=3)), max_size=60).map("".join),
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(_BODIES)
def test_property_offsets_are_valid_and_nothing_is_lost(body: str) -> None:
    check_offsets(body, segment(body))


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(_BODIES)
def test_property_contract_holds_across_chunk_cuts(body: str) -> None:
    with mock.patch.object(seg, "MAX_CHUNK", 7):
        sentences = segment(body)
    check_offsets(body, sentences)
    assert all(len(s.text) <= 7 for s in sentences)
