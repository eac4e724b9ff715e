"""The palette's fuzzy match (tui.fuzzymatch): the same hits as Textual's matcher, found in time
linear in the text, scored by Textual's formula on the letters it places."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from textual.fuzzy import FuzzySearch

from tui.fuzzymatch import Candidate, at_word_start, match, places, score

LETTERS = "abc eA_1-"


def fuzzy_match(query: str, text: str) -> tuple[float, list[int]]:
    """match, for one text and a query as typed (the palette folds the query once per key)."""
    return match(query.lower(), Candidate.of(text))


@given(st.text(LETTERS, max_size=14), st.text(LETTERS, min_size=1, max_size=4))
def test_a_query_matches_exactly_where_textuals_matcher_finds_it(text: str, query: str) -> None:
    theirs, _ = FuzzySearch().match(query, text)
    ours, offsets = fuzzy_match(query, text)
    assert (ours > 0) == (theirs > 0)
    if ours:
        assert offsets == sorted(set(offsets))
        assert "".join(text[k] for k in offsets).lower() == query.lower()


def test_the_letters_are_placed_tightly_and_scored_as_textual_scores() -> None:
    assert places("tmn", "ta tmxn") == [3, 4, 6]  # not [0, 4, 6]: the latest start for the earliest end
    assert fuzzy_match("tmn", "the main tmn")[1] == [9, 10, 11]  # found whole, it is placed whole
    assert places("ace", "a bc de ace") == [0, 3, 6]
    assert places("xyz", "x y") is None
    text = "open: three men"
    found, offsets = fuzzy_match("Open: three", text)
    assert offsets == list(range(11))
    assert found == score(text, offsets) * 1.5 == FuzzySearch().match("Open: three", text)[0]
    assert fuzzy_match("OPEN", "open")[0] == FuzzySearch().match("OPEN", "open")[0]  # the whole text: 2x
    assert [at_word_start("a bc_d", k) for k in range(6)] == [True, False, True, False, False, False]


def test_a_long_text_of_one_letter_is_matched_at_once() -> None:
    """Textual's matcher tries every placement: "e e e e" took it 38 s on this one title."""
    title = ("Open: “Three men are seen here at the scene where the tree fell on the street near the entrance, "
             "witnesses said these were the rescuers”  seeds/some_file_name_here.txt")
    found, offsets = match("e e e e", Candidate.of(title))
    assert found > 0 and "".join(title[k] for k in offsets) == "e e e e"
    assert match("e e e e " * 40, Candidate.of(title)) == (0.0, [])


def test_a_text_whose_case_folding_changes_its_length_is_matched_without_places() -> None:
    text = "İstanbul news"  # "İ".lower() is two code points: places in the folded text miss the shown one
    found, offsets = fuzzy_match("news", text)
    assert found > 0 and offsets == []
