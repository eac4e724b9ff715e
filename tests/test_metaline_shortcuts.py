"""metaline's shortcuts for a story's sentences (_may_part, _date_size, _may_split_at_commas) give the answers the
work they spare would have: each is checked against that work itself, on lines made of a meta line's pieces and a
sentence's."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from tui.engine import metaline
from tui.engine.bylines import opens_byline
from tui.engine.metaline import MAX_DATE_PIECES, meta_line

PIECES = ["Halden Daily", "The Coastal Herald", "Tuesday", "March 4", "2025", "4 March 2025", "Monday", "September 30",
          "2024", "by Marta Ilić", "By Ana Núñez and Jane Roe", "Marta Ilić", "Staff Writer", "as told to Ana Núñez",
          "Posted by admin", "Updated 5 March 2025", "the mayor said", "14 roads", "91 hotels", "over 9,988 houses",
          "Wragge said that the 8.8 magnitude quake damaged 14 buildings", "a man, 45", "which struck at 3 a.m.",
          "Special to Halden Daily", "5 min read", "Published 4 March 2025", "Belgrade", "Ohio", "12 comments",
          "de Marco Rossi", "2:40 p.m.", "Sept. 3", "halden.example"]
"""Pieces of meta lines and of sentences, joined at commas into lines that are one or the other, or neither."""
SEPARATORS = [", ", " · ", " | ", " - ", " — ", "; ", " / ", ": ", " :: ", ",", " ~ ", " -- ", "\u00a0- ", " "]

comma_lines = st.lists(st.sampled_from(PIECES), min_size=1, max_size=7).map(", ".join)
any_lines = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), min_size=1, max_size=6).map(
    lambda parts: "".join(piece + separator for piece, separator in parts).strip())


def _every_date_size(pieces: list[str]) -> int:
    """_date_size as it was, reading every run of pieces: the longest run from the first that is a date."""
    return next((n for n in range(min(MAX_DATE_PIECES, len(pieces)), 0, -1)
                 if metaline._date_of(", ".join(pieces[:n])) is not None), 0)


@given(comma_lines)
def test_a_date_is_sized_as_when_every_run_of_pieces_is_read(line: str) -> None:
    pieces = [p.strip() for p in line.split(",")]
    for start in range(len(pieces)):
        assert metaline._date_size(pieces[start:]) == _every_date_size(pieces[start:])


@given(comma_lines)
def test_a_line_not_split_at_its_commas_would_make_no_meta_lines_parts(line: str) -> None:
    split = metaline._comma_parts(line)
    used = len(split) > 1 and (any(opens_byline(p) for p in split) or (
        metaline._is_outlet_name(split[0]) and metaline._date_of(split[1]) is not None))
    assert metaline._may_split_at_commas(line) or not used


@given(any_lines)
@example("Halden Daily / 4 March 2025 // by Marta Ilić")
@example("Halden Daily :: 4 March 2025 ~ by Marta Ilić")
@example("Halden Daily\t- 4 March 2025\u00a0-\u00a0by Marta Ilić")
def test_a_line_not_split_at_its_separators_holds_none(line: str) -> None:
    assert metaline._may_part(line) or len(metaline._SEPARATOR.split(line)) == 1


def test_the_comma_lines_read_are_meta_lines_and_the_sentences_are_not() -> None:
    assert meta_line("Halden Daily, Tuesday, March 4, 2025") is not None
    assert meta_line("The Coastal Herald, Monday, September 30, 2024, by Ana Núñez") is not None
    assert meta_line("Wragge said that the 8.8 magnitude quake damaged 14 buildings, 4 roads, 91 hotels") is None
