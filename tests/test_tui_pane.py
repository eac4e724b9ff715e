"""The article pane's geometry: wrapping, the sentence → line map, and strips that
carry article text as plain segments (never markup)."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import example, given
from hypothesis import strategies as st
from rich.cells import cell_len

from tui.widgets.article_pane import WrapLayout, wrap_offsets

texts = st.text(alphabet=st.sampled_from("ab cd  éf日本 [/]x"), max_size=200)


@given(texts, st.integers(min_value=1, max_value=60))
@example("[ ", 1)  # spaces past the edge once made an empty last line
def test_wrapped_lines_cover_the_text_in_order_and_fit(text: str, width: int) -> None:
    lines = wrap_offsets(text, width)
    assert lines[0][0] == 0 and lines[-1][1] == len(text)
    for (_, end), (start, _) in pairwise(lines):
        assert end == start
    for start, end in lines:
        shown = text[start:end].rstrip()
        assert cell_len(shown) <= width or len(shown) == 1
        assert start < end or len(lines) == 1


@given(texts, st.integers(min_value=2, max_value=60))
@example(" [[", 2)  # a leading space once made the word after it be cut
def test_words_that_fit_are_not_cut(text: str, width: int) -> None:
    for start, end in wrap_offsets(text, width)[:-1]:
        if end < len(text) and text[end - 1] != " " and text[end] != " ":
            # a cut inside a word happens only when the word alone is wider than the line
            word_start = text.rfind(" ", 0, end) + 1
            word_end = text.find(" ", end)
            word_end = len(text) if word_end == -1 else word_end
            assert cell_len(text[word_start:word_end]) > width or word_start < start


def test_the_layout_maps_each_sentence_to_its_first_line() -> None:
    sentences = ["one two three four five six", "seven", "eight nine ten eleven twelve"]
    layout = WrapLayout.build(sentences, 10)
    for index, first in enumerate(layout.first):
        assert layout.lines[first][0] == index
        assert first == 0 or layout.lines[first - 1][0] == index - 1
    assert len(layout.lines) == sum(len(wrap_offsets(s, 10)) for s in sentences)


def test_a_wide_character_never_splits_across_the_edge() -> None:
    assert wrap_offsets("日本語", 3) == [(0, 1), (1, 2), (2, 3)]
    assert wrap_offsets("日本語", 4) == [(0, 2), (2, 3)]
