"""Gaps between matches: where two reports that tell one story in the same order leave a few
sentences unmatched on both sides, between two matches that follow each other in both.

Both the word passes (tui.engine.align) and the paraphrase pass (tui.engine.paraphrase) look
there for links that the sentences alone would not earn: the reports' order vouches for them.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence

Span = tuple[int, int, int, int]
"""A match's first left, first right, last left and last right sentence."""


def ordered_gaps(spans: Sequence[Span], matched_right: Sequence[int], most: int) -> list[tuple[range, range]]:
    """The sentences between consecutive matches (in left order) on each side, as (left, right)
    ranges, where the two matches follow each other on the right too, nothing else is matched on
    the right between them (`matched_right`: every matched right index, sorted), and each side
    holds at least one and at most `most` sentences."""
    out: list[tuple[range, range]] = []
    for (_, _, end_i, end_j), (start_i, start_j, _, _) in itertools.pairwise(sorted(spans)):
        if start_j <= end_j or bisect.bisect_right(matched_right, end_j) != bisect.bisect_left(matched_right, start_j):
            continue  # out of order, or something else matched on the right in between
        left, right = range(end_i + 1, start_i), range(end_j + 1, start_j)
        if 0 < len(left) <= most and 0 < len(right) <= most:
            out.append((left, right))
    return out
