"""Property tests: arbitrary Unicode through reading, cleaning, segmentation,
grouping and alignment. Nothing crashes, and the invariants hold: no control
character survives reading, offsets stay inside the text, every article is in
exactly one event, no sentence is in two matches, spans stay inside their sentence.

Text is built from pieces that stress each stage (combining marks, right-to-left
scripts, emoji and ZWJ sequences, NULs and escape sequences, markup brackets, HTML
entities, very long tokens) mixed with whatever hypothesis makes up.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.engine.align import align
from tui.engine.corpus import Unreadable, read_article
from tui.engine.events import group_events
from tui.engine.model import Article
from tui.engine.sanitize import strip_controls

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

PIECES = [
    # Words that let articles share sentences, so grouping and alignment have work to do.
    "the", "council", "voted", "harbour", "strike", "ended", "on", "Tuesday", "after", "talks", "union",
    "Mr.", "U.S.", "3.5", "said", "“quote”", "'", '"',
    # Punctuation and layout.
    ".", "?", "!", "…", ",", " ", " ", "  ", "\n", "\n\n", "\t", "\r\n", "\r",
    # Scripts and marks.
    "שלום", "עולם", "مرحبا", "بالعالم", "\u0301", "e\u0301", "\u0651", "\u200f", "\u200e", "\u200d",
    "😀", "👩‍👩‍👧", "🇺🇦", "\ufeff", "\u2028", "\u00a0", "ﷺ", "𝔘𝔫𝔦",
    # Hostile bytes: controls and escape sequences.
    "\x00", "\x07", "\x08", "\x1b", "\x1b[31m", "\x1b]0;PWNED\x07", "\x1b]52;c;UFdORUQ=\x1b\\", "\x1bP+q\x1b\\",
    "\x9b2J", "\x9d0;PWNED\x9c", "\u202e", "\x7f",
    # Markup and entities.
    "[bold red]", "[/]", "[link=https://evil.example]", "[@click=app.quit]", "&amp;", "&#27;", "&lt;p&gt;",
    "<p>", "</p>", "<b>", "# ", "* ", "> ", "`",
    # Very long tokens.
    "x" * 3000, "ab" * 700 + "\u0301",
]
PIECE = st.sampled_from(PIECES)
TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(PIECE, st.text(max_size=4)), max_size=80).map("".join),
)
SUFFIX = st.sampled_from([".txt", ".md", ".html"])
SCALE = int(os.environ.get("PARALLAX_PROPERTY_SCALE", "1"))
"""Multiply the number of examples, for a longer hunt: PARALLAX_PROPERTY_SCALE=20 pytest tests/test_properties.py"""
SLOW = settings(max_examples=60 * SCALE, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def check_article(article: Article) -> None:
    body = article.body
    previous_end = 0
    for sentence in article.sentences:
        assert 0 <= sentence.start < sentence.end <= len(body)
        assert sentence.start >= previous_end  # in reading order, no overlap
        previous_end = sentence.end
        assert body[sentence.start:sentence.end] == sentence.text
        assert sentence.text.strip() == sentence.text and sentence.text
    for value in (article.title, article.outlet, article.author, article.date, article.url, body,
                  *article.texts):
        if value is not None:
            found = CONTROL.search(value)
            assert found is None, f"control {found.group()!r} in {value!r}"
            assert "PWNED" not in value
    assert article.date is None or ISO_DATE.fullmatch(article.date)


def read(text: str, suffix: str, folder: Path, name: str = "a") -> Article | None:
    path = folder / f"{name}{suffix}"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        article, notices = read_article(path)
    except Unreadable:
        return None
    assert all(n.path == str(path) for n in notices)
    check_article(article)
    return article


# -- cleaning -------------------------------------------------------------------------------


@settings(max_examples=300 * SCALE, deadline=None)
@given(TEXT)
def test_strip_controls_leaves_no_control_and_keeps_the_rest(text: str) -> None:
    out = strip_controls(text)
    assert CONTROL.search(out) is None
    assert strip_controls(out) == out
    if not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]", text):
        assert out == text  # nothing but controls is ever removed


SEQUENCES = st.sampled_from([
    "\x1b[31m", "\x1b[2J\x1b[H", "\x1b[?1049h", "\x1b]0;PWNED\x07", "\x1b]2;PWNED\x1b\\",
    "\x1b]52;c;UFdORUQ=\x07", "\x1b]8;;https://evil.example\x1b\\", "\x1bP+qPWNED\x1b\\", "\x1b_PWNED\x1b\\",
    "\x1b^PWNED\x1b\\", "\x1bXPWNED\x1b\\", "\x9b2J", "\x9d0;PWNED\x9c", "\x90PWNED\x9c", "\x07", "\x00",
    "\x1bc", "\x1b(B", "\u202e", "\u2066",
])
PLAIN = st.text(st.characters(blacklist_categories=["Cc", "Cs"], blacklist_characters="\u202a\u202b\u202c\u202d"
                              "\u202e\u2066\u2067\u2068\u2069\ufeff"), max_size=40)


@settings(max_examples=300 * SCALE, deadline=None)
@given(PLAIN, SEQUENCES, PLAIN)
def test_an_escape_sequence_goes_whole_and_takes_nothing_else(before: str, sequence: str, after: str) -> None:
    assert strip_controls(before + sequence + after) == before + after


# -- reading --------------------------------------------------------------------------------


@SLOW
@given(TEXT, SUFFIX)
def test_reading_any_file_gives_a_clean_article_or_unreadable(text: str, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        read(text, suffix, Path(folder))


@SLOW
@given(st.binary(max_size=2000), SUFFIX)
def test_reading_any_bytes_gives_a_clean_article_or_unreadable(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"b{suffix}"
        path.write_bytes(data)
        try:
            article, _notices = read_article(path)
        except Unreadable:
            return
        check_article(article)


# -- grouping and alignment ----------------------------------------------------------------

SENTENCE = st.lists(PIECE, min_size=3, max_size=14).map(lambda parts: " ".join(parts).strip() + ".")
ARTICLES = st.lists(st.lists(SENTENCE, min_size=1, max_size=8), min_size=1, max_size=6)


def build(bodies: list[list[str]], pool: list[str], folder: Path) -> list[Article]:
    """Articles from sentence lists, each also borrowing from a shared pool so some of them overlap."""
    articles = []
    for k, sentences in enumerate(bodies):
        shared = [pool[(k + i) % len(pool)] for i in range(min(3, len(pool)))]
        text = "\n\n".join(shared + sentences)
        article = read(text, ".txt", folder, name=f"art{k}")
        if article is not None:
            articles.append(article)
    return articles


@SLOW
@given(ARTICLES, st.lists(SENTENCE, min_size=1, max_size=5))
def test_grouping_puts_every_article_in_exactly_one_event(bodies: list[list[str]], pool: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        articles = build(bodies, pool, Path(folder))
    events = group_events(articles)
    placed = [a.path for e in events for a in e.articles]
    assert sorted(placed) == sorted(a.path for a in articles)
    assert len({e.id for e in events}) == len(events)
    for event in events:
        assert event.articles
        assert CONTROL.search(event.label) is None
        assert event.date is None or ISO_DATE.fullmatch(event.date)


@SLOW
@given(st.lists(SENTENCE, min_size=1, max_size=10), st.lists(SENTENCE, min_size=1, max_size=10),
       st.lists(SENTENCE, max_size=6), st.randoms(use_true_random=False))
def test_alignment_invariants(left: list[str], right: list[str], shared: list[str], rnd: object) -> None:
    import random

    assert isinstance(rnd, random.Random)
    right_all = right + shared
    rnd.shuffle(right_all)
    with tempfile.TemporaryDirectory() as folder:
        a = read("\n\n".join(shared + left), ".txt", Path(folder), "left")
        b = read("\n\n".join(right_all), ".md", Path(folder), "right")
    if a is None or b is None:
        return
    for first, second in ((a, b), (b, a), (a, a)):
        check_alignment(first, second)


def check_alignment(left: Article, right: Article) -> None:
    alignment = align(left, right)
    seen_left: set[int] = set()
    seen_right: set[int] = set()
    for match in alignment.matches:
        assert match.left and match.right
        assert 0.0 <= match.score <= 100.0
        for side, indices, seen, sentences in (("left", match.left, seen_left, left.texts),
                                               ("right", match.right, seen_right, right.texts)):
            for i in indices:
                assert 0 <= i < len(sentences), f"{side} index {i} out of range"
                assert i not in seen, f"{side} sentence {i} is in two matches"
                seen.add(i)
        for spans, indices, sentences in ((match.left_spans, match.left, left.texts),
                                          (match.right_spans, match.right, right.texts)):
            for i, start, end in spans:
                assert i in indices
                assert 0 <= start < end <= len(sentences[i])
