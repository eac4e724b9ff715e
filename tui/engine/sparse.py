"""Compressed sparse rows in NumPy: the few operations grouping and scoring need.

SciPy's sparse matrices did this before, but SciPy is some 145 MB of the install for a
handful of products and sums (issue 11: the app's venv at most 350 MB). Every operation
here is vectorised (no Python loop over stored values), keeps each row's columns sorted
and, like SciPy's products, stores no zero that a product or sum produced.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]

EXPAND_BUDGET = 4_000_000
"""Products gathered at once in matmul_t and pair_dots: bounds memory whatever the row sizes."""
DENSE_CELLS = 4_000_000
"""Cells of the dense block matmul_t sums rows into (32 MB): summing by position beats sorting..."""
SPARSE_RATIO = 16
"""...unless the block would hold fewer products than 1 in this many cells: then they are sorted."""


def _weighted_count(ids: Ints, weights: Floats, length: int) -> Floats:
    """The sum of `weights` per id in 0..length-1 (bincount, typed as the floats it gives)."""
    return np.bincount(ids, weights=weights, minlength=length).astype(np.float64, copy=False)


def _gather(indptr: Ints, rows: Ints) -> tuple[Ints, Ints]:
    """Positions of the stored values of `rows` (in order) and, for each, which of `rows` it is."""
    starts = indptr[rows]
    lengths = indptr[rows + 1] - starts
    total = int(lengths.sum())
    owner = np.repeat(np.arange(len(rows), dtype=np.int64), lengths)
    offsets = np.cumsum(lengths) - lengths
    positions = np.arange(total, dtype=np.int64) - offsets[owner] + starts[owner]
    return positions, owner


def _same_columns(a: CSR, b: CSR) -> None:
    """Products need one column space: a wider right side would read past its rows' cells."""
    if a.shape[1] != b.shape[1]:
        raise ValueError(f"column counts differ: {a.shape[1]} and {b.shape[1]}")


def _slices(cost: Ints, budget: int) -> list[tuple[int, int]]:
    """Consecutive [start, stop) ranges whose summed `cost` stays within `budget` (at least one item each)."""
    out: list[tuple[int, int]] = []
    total = np.cumsum(cost)
    start = 0
    while start < len(cost):
        base = int(total[start - 1]) if start else 0
        stop = max(start + 1, int(np.searchsorted(total, base + budget, side="right")))
        out.append((start, stop))
        start = stop
    return out


@dataclass(frozen=True)
class CSR:
    """A sparse matrix: row r's columns are indices[indptr[r]:indptr[r+1]] (sorted), its values data[...]."""

    data: Floats
    indices: Ints
    indptr: Ints
    shape: tuple[int, int]

    @classmethod
    def from_coo(cls, rows: npt.ArrayLike, cols: npt.ArrayLike, values: npt.ArrayLike, shape: tuple[int, int]) -> CSR:
        """From (row, column, value) triples; repeated cells are summed and zero sums dropped."""
        n_rows, n_cols = shape
        keys = np.asarray(rows, dtype=np.int64) * max(n_cols, 1) + np.asarray(cols, dtype=np.int64)
        unique, inverse = np.unique(keys, return_inverse=True)
        sums = _weighted_count(inverse.ravel(), np.asarray(values, dtype=np.float64), len(unique))
        kept = sums != 0
        unique, sums = unique[kept], sums[kept]
        out_rows = unique // max(n_cols, 1)
        indptr = np.zeros(n_rows + 1, dtype=np.int64)
        np.cumsum(np.bincount(out_rows, minlength=n_rows), out=indptr[1:])
        return cls(sums, unique % max(n_cols, 1), indptr, shape)

    @classmethod
    def from_rows(cls, data: npt.ArrayLike, indices: npt.ArrayLike, indptr: npt.ArrayLike, n_cols: int) -> CSR:
        """From row-compressed arrays whose columns may be unsorted within a row (each at most once)."""
        ptr = np.asarray(indptr, dtype=np.int64)
        cols = np.asarray(indices, dtype=np.int64)
        n_rows = len(ptr) - 1
        owner = np.repeat(np.arange(n_rows, dtype=np.int64), np.diff(ptr))
        order = np.lexsort((cols, owner))
        return cls(np.asarray(data, dtype=np.float64)[order], cols[order], ptr, (n_rows, n_cols))

    @classmethod
    def vstack(cls, blocks: Sequence[CSR]) -> CSR:
        """The rows of every block, one block after the other (all with the same columns)."""
        n_cols = blocks[0].shape[1]
        ptrs = [np.zeros(1, dtype=np.int64)]
        offset = 0
        for block in blocks:
            ptrs.append(block.indptr[1:] + offset)
            offset += int(block.indptr[-1])
        return cls(np.concatenate([b.data for b in blocks]), np.concatenate([b.indices for b in blocks]),
                   np.concatenate(ptrs), (sum(b.shape[0] for b in blocks), n_cols))

    @property
    def lengths(self) -> Ints:
        """Stored values per row."""
        return np.diff(self.indptr)

    def row_ids(self) -> Ints:
        """The row of each stored value."""
        return np.repeat(np.arange(self.shape[0], dtype=np.int64), self.lengths)

    def row_sums(self) -> Floats:
        return _weighted_count(self.row_ids(), self.data, self.shape[0])

    def col_sums(self) -> Floats:
        return _weighted_count(self.indices, self.data, self.shape[1])

    def scale_rows(self, factors: Floats) -> CSR:
        return CSR(self.data * factors[self.row_ids()], self.indices, self.indptr, self.shape)

    def scale_cols(self, factors: Floats) -> CSR:
        """Each column times its factor; cells that become zero are dropped."""
        data = self.data * factors[self.indices]
        kept = data != 0
        if kept.all():
            return CSR(data, self.indices, self.indptr, self.shape)
        indptr = np.zeros(self.shape[0] + 1, dtype=np.int64)
        np.cumsum(np.bincount(self.row_ids()[kept], minlength=self.shape[0]), out=indptr[1:])
        return CSR(data[kept], self.indices[kept], indptr, self.shape)

    def take(self, rows: Sequence[int] | Ints) -> CSR:
        """These rows, in this order (repeats allowed)."""
        picked = np.asarray(rows, dtype=np.int64)
        positions, _ = _gather(self.indptr, picked)
        indptr = np.zeros(len(picked) + 1, dtype=np.int64)
        np.cumsum(self.indptr[picked + 1] - self.indptr[picked], out=indptr[1:])
        return CSR(self.data[positions], self.indices[positions], indptr, (len(picked), self.shape[1]))

    def row(self, r: int) -> tuple[Ints, Floats]:
        """Row r's columns and values."""
        lo, hi = int(self.indptr[r]), int(self.indptr[r + 1])
        return self.indices[lo:hi], self.data[lo:hi]

    def transpose(self) -> CSR:
        order = np.argsort(self.indices, kind="stable")
        indptr = np.zeros(self.shape[1] + 1, dtype=np.int64)
        np.cumsum(np.bincount(self.indices, minlength=self.shape[1]), out=indptr[1:])
        return CSR(self.data[order], self.row_ids()[order], indptr, (self.shape[1], self.shape[0]))

    def toarray(self) -> Floats:
        out = np.zeros(self.shape)
        out[self.row_ids(), self.indices] = self.data
        return out

    def dot_dense(self, vector: Floats) -> Floats:
        """This matrix times a dense column vector."""
        return _weighted_count(self.row_ids(), self.data * vector[self.indices], self.shape[0])

    def matmul_t(self, other: CSR, postings: CSR | None = None) -> CSR:
        """self @ other.T: the dot product of every row here with every row of `other`, as a sparse
        matrix of the non-zero ones. Each stored value here meets the rows of `other` holding its
        column (`postings`, other's transpose: pass it when multiplying by one matrix many times).
        Rows are summed DENSE_CELLS cells at a time, in slices of at most EXPAND_BUDGET products."""
        _same_columns(self, other)
        post = other.transpose() if postings is None else postings
        n_rows, n_other = self.shape[0], other.shape[0]
        reach = post.lengths[self.indices]  # products each stored value makes
        rows = self.row_ids()
        out_rows: list[Ints] = []
        out_cols: list[Ints] = []
        out_vals: list[Floats] = []
        block = max(1, DENSE_CELLS // max(n_other, 1))
        for first in range(0, n_rows, block):
            last = min(first + block, n_rows)
            lo, hi = int(self.indptr[first]), int(self.indptr[last])
            cells = (last - first) * n_other
            if int(reach[lo:hi].sum()) * SPARSE_RATIO < cells:
                # Few products for the block's size: sorting them beats sweeping a mostly empty block.
                positions, owner = _gather(post.indptr, self.indices[lo:hi])
                keys = (rows[lo:hi][owner] - first) * n_other + post.indices[positions]
                found, inverse = np.unique(keys, return_inverse=True)
                sums = _weighted_count(inverse.ravel(), self.data[lo:hi][owner] * post.data[positions], len(found))
                kept = sums != 0
                found, sums = found[kept], sums[kept]
            else:
                dense = np.zeros(cells)
                for start, stop in _slices(reach[lo:hi], EXPAND_BUDGET):
                    start, stop = start + lo, stop + lo
                    positions, owner = _gather(post.indptr, self.indices[start:stop])
                    at = (rows[start:stop][owner] - first) * n_other + post.indices[positions]
                    dense += _weighted_count(at, self.data[start:stop][owner] * post.data[positions], cells)
                found = np.flatnonzero(dense)
                sums = dense[found]
            out_rows.append(found // n_other + first)
            out_cols.append(found % n_other)
            out_vals.append(sums)
        got_rows = np.concatenate(out_rows) if out_rows else np.zeros(0, dtype=np.int64)
        indptr = np.zeros(n_rows + 1, dtype=np.int64)
        np.cumsum(np.bincount(got_rows, minlength=n_rows), out=indptr[1:])
        cols = np.concatenate(out_cols) if out_cols else np.zeros(0, dtype=np.int64)
        vals = np.concatenate(out_vals) if out_vals else np.zeros(0)
        return CSR(vals, cols.astype(np.int64, copy=False), indptr, (n_rows, n_other))

    def pair_dots(self, other: CSR, i: Ints, j: Ints) -> Floats:
        """For each k, the dot product of row i[k] here with row j[k] of `other`.

        The left rows are spread into a dense block, DENSE_CELLS cells at a time; each right row's
        values then find their partners by position (no search, no sort), in slices of at most
        EXPAND_BUDGET values."""
        _same_columns(self, other)
        out = np.zeros(len(i))
        if len(i) == 0:
            return out
        i = np.asarray(i, dtype=np.int64)
        j = np.asarray(j, dtype=np.int64)
        order = np.argsort(i, kind="stable")
        i_s, j_s = i[order], j[order]
        width = max(self.shape[1], 1)
        distinct = np.unique(i_s)
        block = max(1, DENSE_CELLS // width)
        dense = np.zeros(min(len(distinct), block) * width)
        done = np.zeros(len(i))
        for first in range(0, len(distinct), block):
            rows = distinct[first:first + block]
            pos, own = _gather(self.indptr, rows)
            cells = own * width + self.indices[pos]
            dense[cells] = self.data[pos]
            lo = int(np.searchsorted(i_s, rows[0], side="left"))
            hi = int(np.searchsorted(i_s, rows[-1], side="right"))
            local = np.searchsorted(rows, i_s[lo:hi])
            lengths = other.indptr[j_s[lo:hi] + 1] - other.indptr[j_s[lo:hi]]
            for start, stop in _slices(lengths + 1, EXPAND_BUDGET):
                pos_b, own_b = _gather(other.indptr, j_s[lo + start:lo + stop])
                products = other.data[pos_b] * dense[local[start:stop][own_b] * width + other.indices[pos_b]]
                done[lo + start:lo + stop] = _weighted_count(own_b, products, stop - start)
            dense[cells] = 0.0
        out[order] = done
        return out
