"""Articles as weighted term vectors: what grouping compares.

Each article's typed terms (tui.engine.features) become one row, (1 + log tf) x a smoothed
rarity, L2-normalised, so the dot product of two rows is their cosine. The vocabulary (each
term's column and document frequency) is kept, so articles that join a grouped corpus later
are weighed alike without weighing the corpus again (tui.engine.incremental).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from tui.engine.features import Terms, idf
from tui.engine.sparse import CSR


@dataclass
class Vocabulary:
    """The terms of a corpus's weight rows: each term's column, how many articles hold it, of how many."""

    index: dict[str, int]
    df: np.ndarray
    n_docs: int
    placed: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    """How many articles write each term as a place (features.Terms.places; see tui.engine.places)."""


def weights(all_terms: Iterable[Terms]) -> tuple[CSR, Vocabulary]:
    """Rows: articles; columns: terms; values: (1 + log tf) x smoothed idf, rows L2-normalised;
    and the vocabulary they were weighted with (kept to weigh articles added later alike)."""
    vocabulary = Vocabulary({}, np.zeros(0, dtype=np.int64), 0)
    return weigh_more(all_terms, vocabulary), vocabulary


def weight_matrix(all_terms: Iterable[Terms]) -> CSR:
    """The weight rows of `weights`, without their vocabulary."""
    return weights(all_terms)[0]


def weigh_more(all_terms: Iterable[Terms], vocabulary: Vocabulary) -> CSR:
    """Rows for articles joining a weighed corpus (or making a new one, from an empty vocabulary):
    `vocabulary` grows by their terms (new columns, counts, articles) and their rows are weighed
    with it; rows weighed before are left as they are.

    One pass, each article's terms turned into column numbers at once, so ten thousand
    articles' term dictionaries never sit in memory together.
    """
    index = vocabulary.index
    indptr = [0]
    cols: list[np.ndarray] = []
    vals: list[np.ndarray] = []
    placed: list[int] = []
    for terms in all_terms:
        row = [index.setdefault(term, len(index)) for term in terms.counts]
        cols.append(np.asarray(row, dtype=np.int32))
        vals.append(np.fromiter(terms.counts.values(), dtype=np.float64, count=len(row)))
        indptr.append(indptr[-1] + len(row))
        placed.extend(index[term] for term in terms.places if term in terms.counts)
    col_arr = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int32)
    data = np.concatenate(vals) if vals else np.zeros(0)
    vocabulary.df = _grown(vocabulary.df, len(index)) + np.bincount(col_arr, minlength=len(index))
    vocabulary.placed = _grown(vocabulary.placed, len(index)) + np.bincount(np.asarray(placed, dtype=np.int64),
                                                                            minlength=len(index))
    vocabulary.n_docs += len(indptr) - 1
    return _weighed(data, col_arr, np.asarray(indptr), vocabulary)


def _grown(counts: np.ndarray, size: int) -> np.ndarray:
    """Per-column counts, with zeros for the columns added since they were made."""
    out = np.zeros(size, dtype=np.int64)
    out[: len(counts)] = counts
    return out


def _weighed(counts: np.ndarray, cols: np.ndarray, indptr: np.ndarray, vocabulary: Vocabulary) -> CSR:
    """Term counts made weights ((1 + log tf) x idf), rows L2-normalised."""
    used = np.unique(cols)
    terms = list(vocabulary.index)
    idfs = np.zeros(len(terms))
    for col in used.tolist():
        idfs[col] = idf(terms[col], int(vocabulary.df[col]), vocabulary.n_docs)
    data = (1.0 + np.log(np.maximum(counts, 1.0))) * idfs[cols]
    return normalise(CSR.from_rows(data, cols, indptr, len(vocabulary.index)))


def normalise(matrix: CSR) -> CSR:
    """Each row scaled to length 1 (an empty row stays empty)."""
    norms = np.sqrt(np.bincount(matrix.row_ids(), weights=matrix.data ** 2, minlength=matrix.shape[0]))
    norms[norms == 0] = 1.0
    return matrix.scale_rows(1.0 / norms)
