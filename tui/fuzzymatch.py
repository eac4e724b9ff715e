"""The palette's fuzzy match, in time linear in the text.

Textual's FuzzySearch scores every way the query's letters could fall in a text and keeps the
best: on a long article title that is combinatorial. Typing "e e e e" took 38 s on one
160-character title, and the palette's search runs on the event loop, so the app froze. Here the
letters are placed once: leftmost to find where the earliest match ends, then from that end
backwards, which gives the tightest run of letters ending there (as fzf's first algorithm
does). The score is Textual's own formula on those places, so Parallax's hits rank alongside
Textual's commands. It matches exactly the texts Textual's matches (tests/test_fuzzymatch.py); its
score equals Textual's in 96% of random cases and differs a little in the rest, either way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

SUBSTRING_BONUS = 1.5
"""Textual's factor for a query found whole in the text."""
WHOLE_BONUS = 2.0
"""Textual's factor for a query that is the whole text."""


def _wordy(letter: str) -> bool:
    return letter.isalnum() or letter == "_"


def at_word_start(text: str, offset: int) -> bool:
    """Whether a word (a run of letters, digits and "_", as regex's \\w) of `text` starts at `offset`."""
    return _wordy(text[offset]) and (offset == 0 or not _wordy(text[offset - 1]))


def score(text: str, offsets: Sequence[int]) -> float:
    """Textual's score of letters of `text` matched at `offsets`: one per letter, one more for each
    at a word's start, raised for letters that run together (fewer groups)."""
    count = len(offsets)
    groups = 1 + sum(1 for a, b in pairwise(offsets) if b != a + 1)
    together = (count - (groups - 1)) / count
    return (count + sum(1 for offset in offsets if at_word_start(text, offset))) * (1 + together * together)


def places(query: str, text: str) -> list[int] | None:
    """Where `query`'s letters fall in `text`, in order (both already case-folded alike), or None
    when they do not all occur in order. Two passes of str.find and str.rfind, so linear."""
    at = -1
    for letter in query:
        at = text.find(letter, at + 1)
        if at < 0:
            return None
    offsets = [0] * len(query)
    end = at + 1
    for k in range(len(query) - 1, -1, -1):
        end = text.rfind(query[k], 0, end)
        offsets[k] = end
    return offsets


@dataclass(frozen=True, slots=True)
class Candidate:
    """A text the palette may offer, folded once for every query typed while it is open."""

    text: str
    folded: str

    @classmethod
    def of(cls, text: str) -> Candidate:
        return cls(text, text.lower())


def match(query: str, candidate: Candidate) -> tuple[float, list[int]]:
    """The score and places of a case-folded `query` in `candidate`; (0.0, []) for no match. Like
    Textual's, a query found whole scores SUBSTRING_BONUS more. The places index the text itself,
    unless case-folding changed its length (then there are none to show)."""
    if not query:
        return 0.0, []
    found = candidate.folded.find(query)
    if found >= 0:
        offsets: list[int] | None = list(range(found, found + len(query)))
        bonus = WHOLE_BONUS if candidate.folded == query else SUBSTRING_BONUS
    else:
        offsets, bonus = places(query, candidate.folded), 1.0
    if offsets is None:
        return 0.0, []
    return score(candidate.folded, offsets) * bonus, offsets if len(candidate.folded) == len(candidate.text) else []

