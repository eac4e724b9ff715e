"""Paraphrase links: sentences that say the same thing in other words.

The word-based passes in `align` link what two reports say alike. What is left are
paraphrases ("Staff have gone back to paper records" / "Doctors and nurses are writing
notes by hand"), and these are found by meaning (sentence vectors, see `embed`), but only
where the reports' structure vouches for them, because two sentences of one story are
often close in meaning without saying the same thing ("declined to comment" twice):

- in a gap: between two matches that follow each other in both articles (or before the
  first match, since two reports of one event open alike), with at most GAP_MAX
  sentences on either side, a pair of unmatched sentences that are each other's closest
  there links at GAP_COS;
- anywhere: two unmatched sentences that are each other's closest in the whole of both
  articles link at STRONG_COS;
- one sentence against two adjacent ones on the other side ("120 operations were
  postponed and patients taken elsewhere" / "120 surgeries were called off." "Ambulances
  are sent to other hospitals.") links, or extends a 1:1 match, when the two read as one
  text are closer to it than either alone by UNIT_GAIN, each half at least HALF_COS.

Each threshold was set on the gold files of tests/gold, where none of these adds a
false pair. Only sentences these rules can touch are encoded, so long documents whose
sentences the word passes already matched cost little.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from tui.engine.embed import Encoder

GAP_MAX = 6
GAP_COS = 0.45
STRONG_COS = 0.80
HALF_COS = 0.35
UNIT_GAIN = 0.12
ALL_SINGLES = 400
"""Articles up to this many sentences have every sentence encoded."""
MAX_TEXTS = 3_000
"""Past this many sentences to encode, the pass is skipped: it would cost more than the
reader waits for (about a second per thousand on two cores)."""

Unit = tuple[list[int], list[int], float]


class _Table:
    """Vectors of one side: the sentences and adjacent pairs ("i" + "i+1") asked for, by index."""

    def __init__(self, texts: Sequence[str], singles: Sequence[int], doubles: Sequence[int]) -> None:
        self.texts = texts
        self.singles, self.pairs = list(singles), list(doubles)
        self.single: dict[int, npt.NDArray[np.float64]] = {}
        self.double: dict[int, npt.NDArray[np.float64]] = {}

    def texts_to_encode(self) -> list[str]:
        return [*(self.texts[i] for i in self.singles), *(f"{self.texts[i]} {self.texts[i + 1]}" for i in self.pairs)]

    def fill(self, vecs: npt.NDArray[np.float64]) -> int:
        """Take this side's rows from the top of `vecs`; returns how many it took."""
        n = len(self.singles)
        self.single = {i: vecs[k] for k, i in enumerate(self.singles)}
        self.double = {i: vecs[n + k] for k, i in enumerate(self.pairs)}
        return n + len(self.pairs)


def _cos(u: npt.NDArray[np.float64], v: npt.NDArray[np.float64]) -> float:
    return float(np.dot(u, v))


def _free_gaps(
    matches: Sequence[Unit], na: int, nb: int, used_a: set[int], used_b: set[int]
) -> list[tuple[list[int], list[int]]]:
    """Unmatched sentences between consecutive in-order matches (and before the first one)."""
    spans = sorted((min(li), min(rj), max(li), max(rj)) for li, rj, _ in matches)
    anchors = [(-1, -1, -1, -1), *spans]
    right = sorted(used_b)
    gaps: list[tuple[list[int], list[int]]] = []
    for (_, _, end_i, end_j), (start_i, start_j, _, _) in itertools.pairwise(anchors):
        if start_j <= end_j or bisect.bisect_right(right, end_j) != bisect.bisect_left(right, start_j):
            continue  # out of order, or something else matched on the right in between
        if start_i - end_i - 1 > GAP_MAX or start_j - end_j - 1 > GAP_MAX:
            continue
        xs = [x for x in range(end_i + 1, start_i) if x not in used_a]
        ys = [y for y in range(end_j + 1, start_j) if y not in used_b]
        if xs and ys:
            gaps.append((xs, ys))
    return gaps


def link(matches: list[Unit], lt: Sequence[str], rt: Sequence[str], encode: Encoder) -> list[Unit]:
    """`matches` (from the word passes) plus the paraphrase links; each sentence stays in
    at most one match. The new links' score is 100 x their cosine similarity."""
    if not matches:
        return matches  # no anchor: nothing vouches that the two texts tell one story
    na, nb = len(lt), len(rt)
    used_a = {i for li, _, _ in matches for i in li}
    used_b = {j for _, rj, _ in matches for j in rj}
    gaps = _free_gaps(matches, na, nb, used_a, used_b)
    free_a = [x for x in range(na) if x not in used_a]
    free_b = [y for y in range(nb) if y not in used_b]
    a = _Table(lt, *_wanted(na, set(free_a), [li for li, rj, _ in matches if len(li) == len(rj) == 1]))
    b = _Table(rt, *_wanted(nb, set(free_b), [rj for li, rj, _ in matches if len(li) == len(rj) == 1]))
    texts = a.texts_to_encode() + b.texts_to_encode()
    if len(texts) > MAX_TEXTS:
        return matches
    vectors = encode(texts)
    if vectors is None:
        return matches
    vecs = np.asarray(vectors, dtype=np.float64)
    split = a.fill(vecs)
    b.fill(vecs[split:])

    def cos(x: int, y: int) -> float:
        return _cos(a.single[x], b.single[y])

    options: list[tuple[float, list[int], list[int]]] = []
    for xs, ys in gaps:
        grid = np.array([[cos(x, y) for y in ys] for x in xs])
        for p, x in enumerate(xs):
            for q, y in enumerate(ys):
                c = grid[p, q]
                if c >= GAP_COS and c >= grid[p].max() and c >= grid[:, q].max():
                    options.append((c, [x], [y]))
        for x in xs:
            if x + 1 in xs:
                for y in ys:
                    unit = _cos(a.double[x], b.single[y])
                    if _unit_ok(unit, cos(x, y), cos(x + 1, y), GAP_COS):
                        options.append((unit, [x, x + 1], [y]))
        for y in ys:
            if y + 1 in ys:
                for x in xs:
                    unit = _cos(a.single[x], b.double[y])
                    if _unit_ok(unit, cos(x, y), cos(x, y + 1), GAP_COS):
                        options.append((unit, [x], [y, y + 1]))
    if free_a and free_b:
        # Exact whatever the summation order: the vectors are multiples of 1/4096 (see embed).
        grid = np.stack([a.single[x] for x in free_a]) @ np.stack([b.single[y] for y in free_b]).T
        for p, x in enumerate(free_a):
            q = int(np.argmax(grid[p]))
            if grid[p, q] >= STRONG_COS and int(np.argmax(grid[:, q])) == p:
                options.append((float(grid[p, q]), [x], [free_b[q]]))

    out = list(matches)
    # Best first; ties by the unordered pair of index lists, so the mirrored run picks the same.
    for c, li, rj in sorted(options, key=lambda o: (-o[0], sorted((o[1], o[2])))):
        if used_a.intersection(li) or used_b.intersection(rj):
            continue
        used_a.update(li)
        used_b.update(rj)
        out.append((li, rj, round(100.0 * c, 1)))
    return _extend(out, a, b, used_a, used_b, na, nb)


def _wanted(n: int, free: set[int], ones: list[list[int]]) -> tuple[list[int], list[int]]:
    """Which sentences and adjacent pairs of one side the rules can look at: every sentence
    of a short article (the closeness tests then see all of them); in a long one, the
    unmatched ones and those in a 1:1 match beside one. Pairs: those holding an unmatched
    sentence and nothing matched but a 1:1 sentence."""
    single = {i[0] for i in ones}
    beside = {i for i in single if i - 1 in free or i + 1 in free}
    singles = set(range(n)) if n <= ALL_SINGLES else free | beside
    allowed = free | single
    pairs = [k for k in range(n - 1) if (k in free or k + 1 in free) and k in allowed and k + 1 in allowed]
    return sorted(singles), pairs


def _unit_ok(unit: float, first: float, second: float, floor: float) -> bool:
    """Two adjacent sentences read together say what the other side's one sentence says."""
    return unit >= floor and min(first, second) >= HALF_COS and unit >= max(first, second) + UNIT_GAIN


def _extend(matches: list[Unit], a: _Table, b: _Table, used_a: set[int], used_b: set[int],
            na: int, nb: int) -> list[Unit]:
    """A 1:1 match takes in an unmatched neighbour that, read with its partner, makes the
    pair clearly closer, and whose own closest sentence on the other side is that partner."""
    out: list[Unit] = []
    for li, rj, score in matches:
        if len(li) != 1 or len(rj) != 1 or li[0] not in a.single or rj[0] not in b.single:
            out.append((li, rj, score))
            continue
        x, y = li[0], rj[0]
        base = _cos(a.single[x], b.single[y])
        best: tuple[float, list[int], list[int]] | None = None
        for d in (-1, 1):
            if 0 <= y + d < nb and y + d not in used_b:
                k = min(y, y + d)
                if k in b.double:
                    half = _cos(a.single[x], b.single[y + d])
                    closest = all(half >= _cos(v, b.single[y + d]) for o, v in a.single.items() if o != x)
                    unit = _cos(a.single[x], b.double[k])
                    if closest and half >= HALF_COS and unit >= base + UNIT_GAIN and (best is None or unit > best[0]):
                        best = (unit, [x], sorted([y, y + d]))
            if 0 <= x + d < na and x + d not in used_a:
                k = min(x, x + d)
                if k in a.double:
                    half = _cos(a.single[x + d], b.single[y])
                    closest = all(half >= _cos(a.single[x + d], v) for o, v in b.single.items() if o != y)
                    unit = _cos(a.double[k], b.single[y])
                    if closest and half >= HALF_COS and unit >= base + UNIT_GAIN and (best is None or unit > best[0]):
                        best = (unit, sorted([x, x + d]), [y])
        if best is None:
            out.append((li, rj, score))
            continue
        used_a.update(best[1])
        used_b.update(best[2])
        out.append((best[1], best[2], score))
    return out
