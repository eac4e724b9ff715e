"""How much a shared place says: little where several happenings were.

Local news reports many happenings of one kind at one place: five shootings at one housing
complex over the years, three crashes at one level crossing. Two such reports share the place's
name, rare in the corpus and so weighty, and little else; their cosine can reach what two
reports of one happening have. But the reports that name one happening's place agree on much
more than the place (the dead, the hour, what happened), while the reports that name a place
where several happenings were agree on little else. So each place's weight is scaled by how
much the reports naming it agree without their places (their mean pairwise cosine on the other
terms): in full from PLACE_AGREEMENT, down to PLACE_FLOOR. A place that belongs to one
happening ("the Betty Ford Center" of one star's rehab) keeps its weight; the complex of five
shootings gives its reports little.

Places are the names that the articles holding them mostly write as places (features.place_context:
"at Eastgate Courts", "Ferris Road", "the Millbrook neighborhood"). The factor applies to the
normalised rows, so two reports' shared place adds factor squared of what it did, and nothing
else in their rows changes (renormalising would raise the weight of their common words instead:
two earthquakes would look more alike for sharing no place).
"""

from __future__ import annotations

import numpy as np

from tui.engine.sparse import CSR
from tui.engine.weights import Vocabulary

PLACE_SHARE = 0.5
"""A name is a place when at least this share of the articles holding it write it as one."""
PLACE_AGREEMENT = 0.1
"""Mean cosine, on their terms other than places, at which the reports naming a place agree as
reports of one happening do: their place keeps its whole weight. Set on the tuning corpora
(bench/data/same_kind3, same_kind4) with ECB+ dev in view (`python -m bench kind`): 0.1 keeps
ECB+ dev within 0.002 of what it was, 0.15-0.2 split reports of one crash whose words differ."""
PLACE_FLOOR = 0.3
"""The least factor: a place where many happenings were still says which town a report is from."""


def place_columns(vocabulary: Vocabulary) -> np.ndarray:
    """Whether each column is a place (see PLACE_SHARE)."""
    placed, df = vocabulary.placed, vocabulary.df
    return (placed > 0) & (placed >= PLACE_SHARE * df[: len(placed)])


def place_factors(matrix: CSR, vocabulary: Vocabulary) -> np.ndarray:
    """A factor for each column of `matrix` (weight rows, see tui.engine.weights): for places held
    by two articles or more, their agreement on everything else over PLACE_AGREEMENT, within
    [PLACE_FLOOR, 1]; 1 for every other column."""
    width = matrix.shape[1]
    factors = np.ones(width)
    place = np.zeros(width, dtype=bool)
    found = place_columns(vocabulary)
    place[: len(found)] = found[:width]
    held = np.bincount(matrix.indices, minlength=width)
    shared = np.flatnonzero(place & (held >= 2))
    if not len(shared):
        return factors
    rest = matrix.scale_cols(np.where(place, 0.0, 1.0))  # what each report says besides places
    own = np.bincount(rest.row_ids(), weights=rest.data ** 2, minlength=matrix.shape[0])
    postings = matrix.transpose()
    for col in shared.tolist():
        rows = postings.indices[postings.indptr[col]:postings.indptr[col + 1]]
        block = rest.take(rows)
        _, column = np.unique(block.indices, return_inverse=True)
        sums = np.bincount(column, weights=block.data)
        pairs = len(rows) * (len(rows) - 1)
        agreement = (float(sums @ sums) - float(own[rows].sum())) / pairs
        factors[col] = min(1.0, max(PLACE_FLOOR, agreement / PLACE_AGREEMENT))
    return factors
