"""How much a shared place says: little where several happenings were.

Local news reports many happenings of one kind at one place: five shootings at one housing
complex over the years, three crashes at one level crossing. Two such reports share the place's
name, rare in the corpus and so weighty, and little else; their cosine can reach what two
reports of one happening have. But a report of one happening there agrees with the other reports
naming the place on much more than the place (the dead, the hour, what happened), while a report
of another happening there agrees with them on little else. So in each report, each place's
weight is scaled by how much the report agrees, on its terms other than places, with the other
reports naming that place (its mean cosine with them), beyond what it agrees with the reports not
naming it (in a corpus of one kind, drownings, all reports share "rip current" and "lifeguards"):
in full from PLACE_AGREEMENT, down to PLACE_FLOOR. The reports of the shooting with eight reports
at the Blue Heron Tavern keep the place between them; the one-report shootings there years
before and after lose most of it.

Places are the names that the articles holding them mostly write as places (features.place_context:
"at Eastgate Courts", "Ferris Road", "the Millbrook neighborhood"). The factor applies to the
normalised rows, so nothing else in a row changes (renormalising would raise the weight of its
common words instead: two earthquakes would look more alike for sharing no place).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from tui.engine.sparse import CSR
from tui.engine.weights import Vocabulary

PLACE_SHARE = 0.5
"""A name is a place when at least this share of the articles holding it write it as one."""
PLACE_AGREEMENT = 0.05
"""A report's mean cosine, on its terms other than places, with the other reports naming a place,
beyond its mean cosine with the reports not naming it, from which the place keeps its whole
weight in it: reports of one happening agree so. Set on the tuning corpora (bench/data/same_kind3, same_kind4)
with ECB+ dev in view (`python -m bench kind`): 0.08-0.1 keep ECB+ dev and the crashes as they
were; 0.15 and more split the reports of one crash whose words differ. Measuring it beyond the
agreement with the reports not naming the place (same_kind6 and same_kind7 added; no dates / with
dates) took the drownings from 0.714 / 0.967 to 0.745 / 0.971, same_kind4 from 0.925 to 0.949, the
workplace accidents from 0.706 / 0.865 to 0.734 / 0.857, the crashes from 0.941 to 0.925; ECB+ dev
stayed 0.950. It was 0.08 until reports written by hand in varied prose (same_kind15) showed how little reports of
one shooting agree on their other words where each reporter writes their own: "1 dead, 1 hurt in Mother's Day
shooting at Eastgate apartments" and the victim's profile two days on meet at a cosine of 0.05, the Elm Court
Apartments (three shootings there in seven years) cut toward PLACE_FLOOR. At 0.08, 0.06, 0.05, 0.04 and 0.03 (no dates /
with dates): same_kind15 0.817 / 0.902, 0.861 / 0.924, 0.915 / 0.936, 0.892 / 0.936, 0.904 / 0.936; the tuning
corpora's mean 0.964, 0.963, 0.962, 0.961, 0.961 (at 0.05 same_kind9 without dates 0.939 -> 0.919, same_kind8 0.917
-> 0.903 and 0.960 -> 0.955, same_kind6 0.885 -> 0.878, the crashes 0.942 -> 0.945); ECB+ dev 0.950 throughout.
Held out, checked after: the shootings 0.892 -> 0.903, 0.882 -> 0.895 and 0.958 -> 0.962, 0.915 -> 0.927 with
dates, the hand-written ones 0.847 -> 0.860 and 0.965 -> 0.980; the house fires 0.905 -> 0.913; the stabbings 0.944
-> 0.914 and 0.986 -> 0.981."""
PLACE_FLOOR = 0.2
"""The least factor: a place where many happenings were still says a little of where a report is
from. A place's name gives several terms ('e:blue', 'e:heron', 'e:tavern', 'e:blue heron tavern'),
so at 0.4 a one-report shooting at the Blue Heron still met the eight-report one there; on the
tuning corpora 0.1-0.2 gave the same, 0.3 and 0.4 less (same_kind4 0.914, 0.904), the crashes and
ECB+ dev alike at each."""


def place_columns(vocabulary: Vocabulary, width: int) -> np.ndarray:
    """Whether each of the first `width` columns is a place (see PLACE_SHARE)."""
    out = np.zeros(width, dtype=bool)
    placed, df = vocabulary.placed[:width], vocabulary.df[:width]
    out[: len(placed)] = (placed > 0) & (placed >= PLACE_SHARE * df[: len(placed)])
    return out


def _with_all(matrix: CSR, other_terms: np.ndarray, rest: CSR, own: np.ndarray) -> np.ndarray:
    """Each row of `rest` (rows of `matrix` without their place cells, whose squared norms are `own`):
    the sum of its cosines, on terms other than places (`other_terms`: 1 for such a column, 0 for a
    place), with every other row of `matrix`."""
    total = np.bincount(matrix.indices, weights=matrix.data * other_terms[matrix.indices],
                        minlength=matrix.shape[1])  # the sum of every row's other terms
    dots = np.bincount(rest.row_ids(), weights=rest.data * total[rest.indices], minlength=rest.shape[0])
    out: np.ndarray = dots - own
    return out


def scale_places(matrix: CSR, vocabulary: Vocabulary, rows: Sequence[int] | None = None) -> CSR:
    """`matrix` (weight rows, see tui.engine.weights) with the place cells of `rows` (every row by
    default) scaled by their report's agreement with the other rows naming the place, within
    [PLACE_FLOOR, 1]. Other cells, and places no other row names, are left as they are."""
    width = matrix.shape[1]
    place = place_columns(vocabulary, width)
    held = np.bincount(matrix.indices, minlength=width)
    wanted = place & (held >= 2)
    if rows is not None:  # only the places these rows name
        picked = np.zeros(width, dtype=bool)
        picked[matrix.take(list(rows)).indices] = True
        wanted &= picked
    columns = np.flatnonzero(wanted)
    if not len(columns):
        return matrix
    chosen = np.ones(matrix.shape[0], dtype=bool) if rows is None else np.isin(np.arange(matrix.shape[0]), rows)
    row_of = matrix.row_ids()
    wanted_cells = np.flatnonzero(wanted[matrix.indices])  # the cells of those places, column by column
    wanted_cells = wanted_cells[np.argsort(matrix.indices[wanted_cells], kind="stable")]
    starts = np.searchsorted(matrix.indices[wanted_cells], columns)
    stops = np.searchsorted(matrix.indices[wanted_cells], columns, side="right")
    involved = np.unique(row_of[wanted_cells])  # the rows naming them: only theirs are read
    at = np.zeros(matrix.shape[0], dtype=np.int64)
    at[involved] = np.arange(len(involved))
    other_terms = np.where(place, 0.0, 1.0)
    rest = matrix.take(involved).scale_cols(other_terms)  # what they say besides places
    own = np.bincount(rest.row_ids(), weights=rest.data ** 2, minlength=len(involved))
    with_all = _with_all(matrix, other_terms, rest, own)
    factors = np.ones(len(matrix.data))
    for start, stop in zip(starts.tolist(), stops.tolist(), strict=True):
        cells = wanted_cells[start:stop]
        docs = at[row_of[cells]]
        block = rest.take(docs)
        _, column = np.unique(block.indices, return_inverse=True)
        sums = np.bincount(column, weights=block.data)
        dots = np.bincount(block.row_ids(), weights=block.data * sums[column], minlength=len(docs))
        with_them = dots - own[docs]
        elsewhere = matrix.shape[0] - len(docs)  # the rows not naming the place: what any report shares
        usual = (with_all[docs] - with_them) / elsewhere if elsewhere else 0.0
        agreement = with_them / (len(docs) - 1) - usual
        factors[cells] = np.where(chosen[row_of[cells]], np.clip(agreement / PLACE_AGREEMENT, PLACE_FLOOR, 1.0), 1.0)
    return CSR(matrix.data * factors, matrix.indices, matrix.indptr, matrix.shape)
