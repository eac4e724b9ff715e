"""Finding a bookmark's passage again: the same sentences, after the article was segmented
anew or edited, and any window of unique sentences (property test); quotes keep both ends."""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT
from tui.bookmarks import find_passage, make_passage, make_quote

SEEDS = [f"seeds/{name}" for name in sorted(os.listdir(ROOT / "seeds"))]


def seed_sentences(index: int) -> list[str]:
    from tui.engine.corpus import read_article

    return read_article(ROOT / SEEDS[index])[0].texts


def test_find_passage_on_the_same_sentences() -> None:
    for index in range(len(SEEDS)):
        sentences = seed_sentences(index)
        for size in (1, 2, 3):
            for start in range(0, len(sentences) - size + 1):
                window = tuple(range(start, start + size))
                quote = make_quote([sentences[i] for i in window])
                assert find_passage(quote, sentences, hint=window) == window
                found = find_passage(quote, sentences)
                assert found == window or _same_text(sentences, found, window), (index, window, found)


def _same_text(sentences: list[str], a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    return [sentences[i] for i in a] == [sentences[i] for i in b]


def test_find_passage_after_resegmentation_and_edits() -> None:
    sentences = seed_sentences(0)
    window = (4, 5)
    passage = make_passage(sentences, window)
    assert passage.left_quote is not None
    quote = passage.left_quote
    # merged into one sentence
    merged = [*sentences[:4], sentences[4] + " " + sentences[5], *sentences[6:]]
    assert find_passage(quote, merged, hint=window) == (4,)
    # split in two, and two new sentences in front
    first, _, rest = sentences[4].partition(", ")
    if rest:
        split = ["New lead.", "Another.", *sentences[:4], first + ",", rest, *sentences[5:]]
        assert find_passage(quote, split, hint=window) == (6, 7, 8)
    # curly quotes straightened, case and spacing changed
    edited = [s.replace("’", "'").replace("  ", " ") for s in sentences]
    edited[5] = edited[5].upper()
    assert find_passage(quote, edited) == window
    # a word changed: the fuzzy match still finds it
    words = sentences[4].split()
    words[len(words) // 2] = "zebra"
    changed = [*sentences[:4], " ".join(words), *sentences[5:]]
    assert find_passage(quote, changed) == window
    # nowhere
    assert find_passage(quote, seed_sentences(3)) == ()
    assert find_passage("", sentences) == ()
    assert find_passage(quote, []) == ()


def test_make_quote_keeps_both_ends() -> None:
    long = ["word " * 50 + "start", "middle " * 30, "end " * 20 + "finish."]
    quote = make_quote(long)
    assert len(quote) <= 170 and " … " in quote
    assert quote.startswith("word word") and quote.endswith("finish.")
    assert make_quote(["Short  one.", "Two."]) == "Short one. Two."


@settings(max_examples=80, deadline=None)
@given(words=st.lists(st.text("abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=9), min_size=60, max_size=200),
       data=st.data())
def test_find_passage_finds_any_window_of_unique_sentences(words: list[str], data: st.DataObject) -> None:
    sentences = [" ".join(words[i:i + 6]).capitalize() + "." for i in range(0, len(words) - 5, 6)]
    size = data.draw(st.integers(1, min(3, len(sentences))))
    start = data.draw(st.integers(0, len(sentences) - size))
    window = tuple(range(start, start + size))
    quote = make_quote([sentences[i] for i in window])
    found = find_passage(quote, sentences, hint=window[:1])
    assert " ".join(sentences[i] for i in found) == " ".join(sentences[i] for i in window)
