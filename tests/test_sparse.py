"""The NumPy sparse rows (tui.engine.sparse) against the same operations on dense arrays.

Grouping and scoring compute with these instead of SciPy; every operation they use is
checked here on random matrices (with empty rows, empty matrices, repeated cells).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.engine import sparse
from tui.engine.sparse import CSR

Dense = npt.NDArray[np.float64]


@st.composite
def dense_matrices(draw: st.DrawFn, rows: int | None = None, cols: int | None = None) -> Dense:
    n = draw(st.integers(0, 12)) if rows is None else rows
    m = draw(st.integers(1, 15)) if cols is None else cols
    cells = draw(st.lists(st.sampled_from([0.0, 0.0, 0.0, 1.0, 0.5, 2.0, -1.5]), min_size=n * m, max_size=n * m))
    return np.array(cells, dtype=np.float64).reshape(n, m)


def csr(dense: Dense) -> CSR:
    rows, cols = np.nonzero(dense)
    return CSR.from_coo(rows, cols, dense[rows, cols], (dense.shape[0], dense.shape[1]))


def test_from_coo_sums_repeated_cells_and_drops_zero_sums() -> None:
    m = CSR.from_coo(np.array([1, 1, 0, 2, 2]), np.array([2, 2, 1, 0, 0]), np.array([1.0, 2.0, 4.0, 1.0, -1.0]),
                     (3, 3))
    assert m.toarray().tolist() == [[0, 4, 0], [0, 0, 3], [0, 0, 0]]
    assert m.indptr.tolist() == [0, 1, 2, 2]  # the cancelled cell is not stored


@settings(max_examples=60, deadline=None)
@given(dense_matrices())
def test_sums_scaling_taking_and_transposing_match_dense(dense: Dense) -> None:
    m = csr(dense)
    assert np.allclose(m.toarray(), dense)
    assert np.allclose(m.row_sums(), dense.sum(axis=1))
    assert np.allclose(m.col_sums(), dense.sum(axis=0))
    factors = np.arange(1, dense.shape[1] + 1, dtype=np.float64) % 3  # some zeros: those cells go
    assert np.allclose(m.scale_cols(factors).toarray(), dense * factors)
    assert (m.scale_cols(factors).data != 0).all()
    rows = np.arange(dense.shape[0], dtype=np.float64) + 1
    assert np.allclose(m.scale_rows(rows).toarray(), dense * rows[:, None])
    assert np.allclose(m.transpose().toarray(), dense.T)
    picked = [r for r in range(dense.shape[0]) for _ in range(r % 3)]  # repeats, skips
    assert np.allclose(m.take(picked).toarray(), dense[picked].reshape(len(picked), dense.shape[1]))
    vector = np.linspace(-1, 1, dense.shape[1])
    assert np.allclose(m.dot_dense(vector), dense @ vector)


@settings(max_examples=120, deadline=None)
@given(st.integers(1, 9).flatmap(lambda m: st.tuples(dense_matrices(cols=m), dense_matrices(cols=m))),
       st.booleans(), st.sampled_from([0, 16, 10**9]))
def test_products_match_dense(pair: tuple[Dense, Dense], small_budget: bool, ratio: int) -> None:
    """Both ways of summing (dense blocks: ratio 0; sorted products: a huge ratio), and the joins
    between slices and blocks when they are tiny."""
    a, b = pair
    old = sparse.EXPAND_BUDGET, sparse.DENSE_CELLS, sparse.SPARSE_RATIO
    sparse.SPARSE_RATIO = ratio
    if small_budget:
        sparse.EXPAND_BUDGET, sparse.DENSE_CELLS = 3, 1
    try:
        product = csr(a).matmul_t(csr(b))
        assert np.allclose(product.toarray(), a @ b.T)
        assert (product.data != 0).all()
        assert all((np.diff(product.row(r)[0]) > 0).all() for r in range(product.shape[0]))
        if len(a) and len(b):
            i = np.array([k % len(a) for k in range(7)], dtype=np.int64)
            j = np.array([(3 * k) % len(b) for k in range(7)], dtype=np.int64)
            assert np.allclose(csr(a).pair_dots(csr(b), i, j), (a[i] * b[j]).sum(axis=1))
    finally:
        sparse.EXPAND_BUDGET, sparse.DENSE_CELLS, sparse.SPARSE_RATIO = old


def test_vstack_and_unsorted_rows() -> None:
    m = CSR.from_rows(np.array([1.0, 2.0, 3.0]), np.array([2, 0, 1]), np.array([0, 2, 3]), 3)
    assert m.indices.tolist() == [0, 2, 1]  # sorted within each row
    assert m.toarray().tolist() == [[2, 0, 1], [0, 3, 0]]
    both = CSR.vstack([m, m.take([1])])
    assert both.toarray().tolist() == [[2, 0, 1], [0, 3, 0], [0, 3, 0]]


def test_no_module_of_parallax_imports_scipy() -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "tui"
    users = [p for p in root.rglob("*.py") if "scipy" in p.read_text(encoding="utf-8").replace("SciPy", "")]
    assert users == []


def test_products_of_different_column_spaces_are_refused() -> None:
    import pytest

    a = CSR.from_coo(np.array([0]), np.array([1]), np.array([1.0]), (1, 2))
    b = CSR.from_coo(np.array([0]), np.array([2]), np.array([1.0]), (1, 3))
    with pytest.raises(ValueError, match="column counts differ"):
        a.matmul_t(b)
    with pytest.raises(ValueError, match="column counts differ"):
        a.pair_dots(b, np.array([0]), np.array([0]))
