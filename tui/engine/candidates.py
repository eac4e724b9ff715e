"""Step 2 of grouping (tui.engine.events): the pairs of articles worth scoring, each article's
nearest neighbours on its strongest terms, from a sparse matrix product (no all-pairs loop), and their scores
(pair_scores, which steps 3 and 5 use too).

The product is computed a block of rows at a time, and the blocks on every core at once
(tui.engine.parallel.thread_map). On 10,000 articles and two cores, the same pairs took 2.1-3.3 s
against 4.3-5.6 s on one core alone, and 3.6-4.1 s against 4.4-5.0 s inside a whole grouping.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import numpy as np

from tui.engine.parallel import cores, thread_map
from tui.engine.sparse import CSR

NEIGHBOURS = 30
"""Candidates kept per article (step 2)."""
CANDIDATE_TERMS = 80
"""Strongest terms per article used to find candidates (the full vector scores them)."""
CANDIDATE_DF_SHARE = 0.05
CANDIDATE_DF_FLOOR = 500
"""A term in more than max(FLOOR, SHARE x n) articles finds no candidates: it says little about
which happening a report is of, and its postings make the product quadratic (short texts, such as
feed summaries, have so few terms that even the commonest are among their strongest)."""
CHUNK = 256
"""Rows of the product computed at a time: one thread's share, and its memory bounded."""
PAIRS_PER_THREAD = 50_000
"""Pairs scored from which a thread's share is worth starting it (some 0.1 s of work)."""

Progress = Callable[[int, int], None]
Chunk = list[tuple[np.ndarray, np.ndarray]]
"""A chunk's pairs: for each of its rows, the row repeated and its nearest neighbours."""


def _strongest(matrix: CSR, keep: int) -> CSR:
    """Each row cut to its `keep` largest values: what an article is most about."""
    data, indices, indptr = matrix.data, matrix.indices, matrix.indptr
    rows_d: list[np.ndarray] = []
    rows_i: list[np.ndarray] = []
    out_ptr = [0]
    for r in range(matrix.shape[0]):
        lo, hi = indptr[r], indptr[r + 1]
        d = data[lo:hi]
        if hi - lo > keep:
            top = np.argpartition(-d, keep)[:keep]
            rows_d.append(d[top])
            rows_i.append(indices[lo:hi][top])
        else:
            rows_d.append(d)
            rows_i.append(indices[lo:hi])
        out_ptr.append(out_ptr[-1] + len(rows_d[-1]))
    cat_d = np.concatenate(rows_d) if rows_d else np.zeros(0)
    cat_i = np.concatenate(rows_i) if rows_i else np.zeros(0, dtype=np.int32)
    return CSR.from_rows(cat_d, cat_i, np.asarray(out_ptr), matrix.shape[1])


def candidate_pairs(matrix: CSR, *, neighbours: int = NEIGHBOURS,
                    keep_terms: int = CANDIDATE_TERMS, progress: Progress | None = None,
                    ) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i < j) worth scoring: each article's nearest neighbours on its strongest terms.

    A sparse product CHUNK rows at a time, so memory stays bounded and no Python loop runs over
    pairs; the chunks on every core (see the module), their pairs taken in order.
    """
    n = matrix.shape[0]
    common = np.bincount(matrix.indices, minlength=matrix.shape[1]) > max(CANDIDATE_DF_FLOOR, CANDIDATE_DF_SHARE * n)
    strong = _strongest(matrix.scale_cols(np.where(common, 0.0, 1.0)) if common.any() else matrix, keep_terms)
    postings = strong.transpose()

    def chunk(start: int) -> Chunk:
        block = strong.take(np.arange(start, min(start + CHUNK, n))).matmul_t(strong, postings)
        found: Chunk = []
        for r in range(block.shape[0]):
            lo, hi = block.indptr[r], block.indptr[r + 1]
            cols = block.indices[lo:hi]
            vals = block.data[lo:hi]
            mask = (cols != start + r) & (vals > 0)
            cols, vals = cols[mask], vals[mask]
            if len(cols) > neighbours:
                top = np.argpartition(-vals, neighbours)[:neighbours]
                cols = cols[top]
            found.append((np.full(len(cols), start + r, dtype=np.int64), cols.astype(np.int64)))
        return found

    left: list[np.ndarray] = []
    right: list[np.ndarray] = []
    for start, found in zip(range(0, n, CHUNK), thread_map(chunk, range(0, n, CHUNK)), strict=True):
        for lefts, rights in found:
            left.append(lefts)
            right.append(rights)
        if progress is not None:
            progress(min(start + CHUNK, n), n)
    if not left:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    i = np.concatenate(left)
    j = np.concatenate(right)
    lo_, hi_ = np.minimum(i, j), np.maximum(i, j)
    keyed = np.unique(lo_ * n + hi_)
    return keyed // n, keyed % n


def pair_scores(matrix: CSR, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Dot product of rows i and j for each pair (the cosine, rows being normalised); many pairs in
    a part per core (tui.engine.parallel.thread_map), each pair's products summed as in one."""
    parts = min(cores(), len(i) // PAIRS_PER_THREAD)
    if parts < 2:
        return matrix.pair_dots(matrix, i, j)

    def part(span: tuple[int, int]) -> np.ndarray:
        return matrix.pair_dots(matrix, i[span[0]:span[1]], j[span[0]:span[1]])

    cuts = np.linspace(0, len(i), parts + 1).astype(np.int64).tolist()
    return np.concatenate(list(thread_map(part, list(itertools.pairwise(cuts)))))
