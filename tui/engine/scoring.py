"""How alike two sentences are: one calibrated 0-100 score per pair (see tui.engine.align for
the signals it combines), computed as sparse matrices over both articles' sentences, and the
runs of words two sentences say alike.

`sides` reads both articles into keyed words once; `Scorer` scores candidate pairs, vectorised
(every pair up to FULL_PAIRS, past it each sentence's TOP_K partners by shared rare words), and
single units (a sentence with its neighbour) for the passes that merge and split matches.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from tui.engine.sparse import CSR
from tui.engine.textnorm import Word, fold, offsets, words

DEFAULT_THRESHOLD = 70.0
"""Scores at or above this link two sentences. Scores are calibrated so that this is where
links become reliable on the gold files in tests/gold (no false pair, most paraphrases)."""

FULL_PAIRS = 1_000_000
"""Up to this many sentence pairs every pair is scored (one cdist); past it, candidates are pruned."""

TOP_K = 12
"""When pruning: candidates kept per sentence, by shared rare-word weight."""

RARE_DF_MAX = 50
"""When pruning, a word is rare if it is in at most 0.5% of all sentences, and at most this many:
the rare-word product stays small however long the documents."""

MAX_RUN_WORDS = 400
"""Shared phrases are looked for in a sentence's first this-many words (a pathological
"sentence" of 50,000 words must not make the run search quadratic)."""

IDENTICAL_BAND = 2
"""How many copies either side of its own rank a repeated sentence is paired with."""

NAME_BOOST = 1.5
NUMBER_BOOST = 2.0
SPECIFIC_BOOST = 3.0  # a number few texts say by chance: "4.8", "3:12" (see _specific)
EVIDENCE = 5.0  # shared weight at which the evidence factor reaches 1 - 1/e
EVIDENCE_SHORT = 0.5  # ...or this share of the longer sentence's weight, if less
EVIDENCE_FLOOR = 3.0
IDF_PRIOR = 4.0  # pseudo-sentences without the word, so tiny articles still weigh their words
COVER_PRIOR = 3.0  # keeps a short sentence from being "fully covered" by one or two shared words
MIN_FIGURES = 2  # numbers each of two sentences must state before their figures can disagree
W_DICE = 0.4
W_COVER = 0.4


@dataclass(frozen=True, slots=True)
class Side:
    """One article's sentences as scoring sees them; offsets are found only for the
    sentences that end up in a match (see `offsets`)."""

    texts: Sequence[str]
    words: list[list[Word]]
    keys: list[list[str]]
    content: list[frozenset[str]]
    folded: list[str]
    bigrams: list[frozenset[tuple[str, str]]]  # pairs of adjacent keys, at least one of content
    canon: dict[str, str]
    named: set[str]  # keys written capitalised somewhere other than at a sentence's start

    def offsets(self, i: int) -> list[tuple[int, int]]:
        """Where each of `words[i]` stands in sentence `i`."""
        return offsets(self.texts[i])


def sides(lt: Sequence[str], rt: Sequence[str]) -> tuple[Side, Side]:
    """Both articles read into words, with word forms that differ only by a short ending
    ("German"/"Germany", "Ukrainian"/"Ukrain") keyed alike across the pair."""
    wa = [words(t) for t in lt]
    wb = [words(t) for t in rt]
    keys = sorted({w.key for ws in (*wa, *wb) for w in ws if w.content and w.key.isalpha()})
    known = set(keys)
    canon: dict[str, str] = {}
    for k in keys:  # sorted, so a prefix is settled before the words it is a prefix of
        for m in range(max(PREFIX_MIN, len(k) - PREFIX_SLACK), len(k)):
            if k[:m] in known:
                canon[k] = canon.get(k[:m], k[:m])
                break
    return side(lt, wa, canon), side(rt, wb, canon)


def side(texts: Sequence[str], ws: list[list[Word]], canon: dict[str, str]) -> Side:
    """Keys (canonical), content sets and content bigrams of each sentence, in one pass."""
    keys: list[list[str]] = []
    content: list[frozenset[str]] = []
    bigrams: list[frozenset[tuple[str, str]]] = []
    named: set[str] = set()
    get = canon.get
    for sentence in ws:
        ks = [get(w[0], w[0]) for w in sentence] if canon else [w[0] for w in sentence]
        flags = [w[1] for w in sentence]
        named.update([k for k, w in zip(ks[1:], sentence[1:], strict=True) if w[2]])
        keys.append(ks)
        content.append(frozenset([k for k, f in zip(ks, flags, strict=True) if f]))
        bigrams.append(frozenset([(x, y) for x, y, fx, fy in zip(ks, ks[1:], flags, flags[1:], strict=False)
                                  if fx or fy]))
    return Side(
        texts=texts,
        words=ws,
        keys=keys,
        content=content,
        folded=[" ".join(fold(t).split()) for t in texts],
        bigrams=bigrams,
        canon=canon,
        named=named,
    )


class Scorer:
    """Scores candidate pairs of sentences, vectorised, and single units for merges."""

    def __init__(self, a: Side, b: Side) -> None:
        self.a, self.b = a, b
        vocab: dict[str, int] = {}
        for keys in (*a.content, *b.content):
            for k in sorted(keys):
                vocab.setdefault(k, len(vocab))
        self.vocab = vocab
        self.la = self._matrix(a.content)
        self.lb = self._matrix(b.content)
        df = self.la.col_sums() + self.lb.col_sums()
        self.df = df
        n = len(a.content) + len(b.content)
        weight = np.log((n + IDF_PRIOR) / np.maximum(df, 1))
        boost = np.ones(len(vocab))
        named = a.named | b.named
        for k, idx in vocab.items():
            if k[0].isdigit():
                boost[idx] = SPECIFIC_BOOST if _specific(k) else NUMBER_BOOST
            elif k in named:
                boost[idx] = NAME_BOOST
        self.weight = weight * boost
        self.wa = self.la.scale_cols(self.weight)
        self.wb = self.lb.scale_cols(self.weight)
        self.total_a = self.wa.row_sums()
        self.total_b = self.wb.row_sums()
        self.keystr_a = [" ".join(sorted(c)) for c in a.content]
        self.keystr_b = [" ".join(sorted(c)) for c in b.content]
        self._runs: dict[tuple[int, int], list[tuple[int, int, int]]] = {}

    def _matrix(self, content: list[frozenset[str]]) -> CSR:
        """Sentences x words, 0/1. Columns are sorted within each row, so sums run in the same
        order whatever the hash seed: the same input gives the same output, bit for bit."""
        vocab = self.vocab
        lengths = np.fromiter((len(c) for c in content), dtype=np.int64, count=len(content))
        cols = np.fromiter((vocab[k] for c in content for k in c), dtype=np.int64, count=int(lengths.sum()))
        rows = np.repeat(np.arange(len(content), dtype=np.int64), lengths)
        cols = cols[np.lexsort((cols, rows))]
        indptr = np.concatenate([np.zeros(1, dtype=np.int64), np.cumsum(lengths)])
        data = np.ones(len(cols), dtype=np.float64)
        return CSR(data, cols, indptr, (len(content), len(vocab)))

    def _identical(self) -> set[tuple[int, int]]:
        """Pairs whose folded text is the same: always candidates, always 100.

        A text repeated on both sides ("Advertisement.") pairs its k-th copy on the left only
        with copies k-IDENTICAL_BAND..k+IDENTICAL_BAND on the right: linear, not quadratic,
        and an article compared with itself still has its own diagonal."""
        right: dict[str, list[int]] = {}
        for j, f in enumerate(self.b.folded):
            right.setdefault(f, []).append(j)
        seen: dict[str, int] = {}
        pairs: set[tuple[int, int]] = set()
        for i, f in enumerate(self.a.folded):
            js = right.get(f)
            if not js:
                continue
            rank = seen[f] = seen.get(f, -1) + 1
            pairs.update((i, j) for j in js[max(0, rank - IDENTICAL_BAND): rank + IDENTICAL_BAND + 1])
        return pairs

    def _pruned(self) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """Past FULL_PAIRS: for each sentence, the TOP_K on the other side that share the most
        rare-word weight (words in at most `cap` sentences), plus identical pairs."""
        na, nb = len(self.a.content), len(self.b.content)
        cap = max(10, min(RARE_DF_MAX, int(0.005 * (na + nb))))
        rare = self.wa.scale_cols((self.df <= cap).astype(np.float64)).matmul_t(self.lb)
        rows, cols, vals = rare.row_ids(), rare.indices, rare.data
        chosen = np.zeros(len(vals), dtype=bool)
        for major, minor in ((rows, cols), (cols, rows)):
            # Rank each pair within its sentence, heaviest first (ties: lower index first).
            order = np.lexsort((minor, -vals, major))
            grouped = major[order]
            rank = np.arange(len(order)) - np.searchsorted(grouped, grouped, side="left")
            chosen[order[rank < TOP_K]] = True
        keys = rows[chosen] * nb + cols[chosen]
        same = np.fromiter((i * nb + j for i, j in self._identical()), dtype=np.int64)
        keys = np.unique(np.concatenate([keys, same]))
        return keys // nb, keys % nb

    def candidates(self) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """The pairs scoring looks at: every pair sharing a content word up to FULL_PAIRS
        pairs, the pruned candidates past it; identical pairs always."""
        if len(self.a.content) * len(self.b.content) > FULL_PAIRS:
            return self._pruned()
        shared = self.la.matmul_t(self.lb)
        ordered = sorted(set(zip(shared.row_ids().tolist(), shared.indices.tolist(), strict=True)) | self._identical())
        ci = np.fromiter((p[0] for p in ordered), dtype=np.int64, count=len(ordered))
        cj = np.fromiter((p[1] for p in ordered), dtype=np.int64, count=len(ordered))
        return ci, cj

    def scored(self, limit: float) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.float64]]:
        """Candidate pairs (left indices, right indices) and their calibrated 0-100 scores.

        Up to FULL_PAIRS pairs, every pair is scored as a matrix (one cdist); past it, only
        the pruned candidates (one cpdist). Pairs sharing no content word are left out, and
        so are pairs that cannot reach `limit` even with the largest phrase bonus.
        """
        na, nb = len(self.a.content), len(self.b.content)
        floor = _raw_of(limit) - PHRASE_MAX
        if na == 0 or nb == 0:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, np.zeros(0)
        if na * nb <= FULL_PAIRS:
            shared_m = self.wa.matmul_t(self.lb).toarray()
            fuzzy_m = process.cdist(self.keystr_a, self.keystr_b, scorer=fuzz.token_sort_ratio,
                                    dtype=np.float32, workers=-1).astype(np.float64)
            base_m = _combine(shared_m, self.total_a[:, None], self.total_b[None, :], fuzzy_m)
            keep = (shared_m > 0) & (base_m >= floor)
            for i, j in self._identical():
                keep[i, j] = True
            ci, cj = np.nonzero(keep)
            ci, cj = ci.astype(np.int64), cj.astype(np.int64)
            base = base_m[ci, cj]
        else:
            ci, cj = self._pruned()
            shared = self.wa.pair_dots(self.lb, ci, cj)
            qa = [self.keystr_a[i] for i in ci.tolist()]
            qb = [self.keystr_b[j] for j in cj.tolist()]
            fuzzy = process.cpdist(qa, qb, scorer=fuzz.token_sort_ratio, dtype=np.float32,
                                   workers=-1).astype(np.float64)
            base = _combine(shared, self.total_a[ci], self.total_b[cj], fuzzy)
        base, chance = self._figures_disagree(ci, cj, base, floor)
        # The longest shared phrase only matters where it can lift a pair over the line.
        phrase = np.zeros(len(ci))
        raw_limit = _raw_of(limit)
        for n in np.flatnonzero(base >= floor).tolist():
            i, j = int(ci[n]), int(cj[n])
            # A run holding c content words spans at least c - 1 shared content bigrams, so
            # their count bounds the bonus: skip pairs it cannot lift over the line.
            shared_bigrams = len(self.a.bigrams[i] & self.b.bigrams[j])
            if shared_bigrams and base[n] + min(PHRASE_MAX, PHRASE_STEP * shared_bigrams) >= raw_limit:
                phrase[n] = _phrase_bonus(self.a.words[i], self.b.words[j], self.runs(i, j), figures=not chance[n])
        scores = _calibrate(np.minimum(100.0, base + phrase))
        ids: dict[str, int] = {}
        fa = np.fromiter((ids.setdefault(f, len(ids)) for f in self.a.folded), dtype=np.int64)
        fb = np.fromiter((ids.setdefault(f, len(ids)) for f in self.b.folded), dtype=np.int64)
        scores[fa[ci] == fb[cj]] = 100.0
        return ci, cj, scores

    def _figures_disagree(
        self, ci: npt.NDArray[np.int64], cj: npt.NDArray[np.int64], base: npt.NDArray[np.float64], floor: float
    ) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.bool_]]:
        """`base` with the pairs whose figures disagree (see `figures_disagree`) rescored
        without their shared numbers, and which pairs those are. "IXIC fell 23.54 points, or
        1.42 percent, to 1,630.08" and "SPX gained 13.68 points, or 1.42 percent, at 977.27"
        share a rare number by chance: the figures that differ say they report different facts."""
        a, b = self.a.content, self.b.content
        chance = np.zeros(len(base), dtype=bool)
        fa, fb = [figures(c) for c in a], [figures(c) for c in b]
        many_a = np.fromiter((len(f) >= MIN_FIGURES for f in fa), dtype=bool, count=len(fa))
        many_b = np.fromiter((len(f) >= MIN_FIGURES for f in fb), dtype=bool, count=len(fb))
        maybe = np.flatnonzero((base >= floor) & many_a[ci] & many_b[cj])  # cheap test first
        rows = [n for n in maybe.tolist() if numbers_disagree(fa[int(ci[n])], fb[int(cj[n])])]
        if not rows:
            return base, chance
        out = base.copy()
        w, vocab = self.weight, self.vocab
        for n in rows:
            i, j = int(ci[n]), int(cj[n])
            # fsum: exactly rounded, so the set's (hash-seeded) order cannot change a bit.
            shared = math.fsum(w[vocab[k]] for k in a[i] & b[j] if not k[0].isdigit())
            fuzzy = fuzz.token_sort_ratio(self.keystr_a[i], self.keystr_b[j])
            out[n] = _combine(np.array([shared]), np.array([self.total_a[i]]),
                              np.array([self.total_b[j]]), np.array([fuzzy]))[0]
            chance[n] = True
        return out, chance

    def runs(self, i: int, j: int) -> list[tuple[int, int, int]]:
        """`_common_runs` of sentences i and j, found once: scoring and the spans both read them."""
        found = self._runs.get((i, j))
        if found is None:
            found = self._runs[(i, j)] = _common_runs(self.a.keys[i], self.b.keys[j])
        return found

    def new_shared(self, i: int, j: int, extra: int, on_left: bool) -> float:
        """Weight of the words `extra` shares with the other side that the matched pair does not."""
        if on_left:
            new = (self.a.content[extra] & self.b.content[j]) - self.a.content[i]
        else:
            new = (self.b.content[extra] & self.a.content[i]) - self.b.content[j]
        return math.fsum(self.weight[self.vocab[k]] for k in new)

    def coverage(self, extra: int, partner: int, on_left: bool) -> float:
        """Share of `extra`'s content weight that it shares with `partner` on the other side."""
        mine = self.a.content[extra] if on_left else self.b.content[extra]
        theirs = self.b.content[partner] if on_left else self.a.content[partner]
        total = math.fsum(self.weight[self.vocab[k]] for k in mine)
        shared = math.fsum(self.weight[self.vocab[k]] for k in mine & theirs)
        return float(shared / total) if total else 0.0

    def unit_score(self, li: Sequence[int], rj: Sequence[int]) -> float:
        """The score of several left sentences against several right ones, read as one text each."""
        ka = frozenset().union(*(self.a.content[i] for i in li))
        kb = frozenset().union(*(self.b.content[j] for j in rj))
        w = self.weight
        # fsum: exactly rounded, so the set's (hash-seeded) order cannot change a bit.
        shared = math.fsum(w[self.vocab[k]] for k in ka & kb)
        ta = math.fsum(w[self.vocab[k]] for k in ka)
        tb = math.fsum(w[self.vocab[k]] for k in kb)
        fuzzy = fuzz.token_sort_ratio(" ".join(sorted(ka)), " ".join(sorted(kb)))
        base = _combine(np.array([shared]), np.array([ta]), np.array([tb]), np.array([fuzzy]))[0]
        seq_a = [k for i in li for k in self.a.keys[i]]
        seq_b = [k for j in rj for k in self.b.keys[j]]
        words_a = [x for i in li for x in self.a.words[i]]
        words_b = [x for j in rj for x in self.b.words[j]]
        raw = min(100.0, base + _phrase_bonus(words_a, words_b, _common_runs(seq_a, seq_b)))
        return float(_calibrate(np.array([raw]))[0])


PHRASE_MAX = 20.0
RAW_AT_THRESHOLD = 37.0  # the raw score that calibrates to DEFAULT_THRESHOLD
PREFIX_MIN = 5  # shortest key another may extend
PREFIX_SLACK = 3  # longest ending that may differ
PHRASE_STEP = 6.0


def figures(keys: frozenset[str]) -> frozenset[str]:
    """The numbers among a sentence's content keys."""
    return frozenset(k for k in keys if k[0].isdigit())


def figures_disagree(ka: frozenset[str], kb: frozenset[str]) -> bool:
    """Two sentences give figures that do not fit one fact: both state numbers, and those they
    share are fewer than those either states alone ("fell 23.54 points, or 1.42 percent, to
    1,630.08" / "gained 13.68 points, or 1.42 percent, at 977.27"). One that adds a figure
    the other leaves out ("13 of the state's 16 fatalities" / "13 people were killed") fits,
    and so does a single figure, which may be the same in other units ("more than two
    decades" / "over 20 years")."""
    return numbers_disagree(figures(ka), figures(kb))


def numbers_disagree(na: frozenset[str], nb: frozenset[str]) -> bool:
    """`figures_disagree` on the two sentences' numbers."""
    fewer = min(len(na), len(nb))
    return fewer >= MIN_FIGURES and fewer - len(na & nb) > len(na & nb)


def _specific(key: str) -> bool:
    """A number that two texts rarely share by chance: one with a decimal point or a colon
    ("4.8", "12.5", "3:12"). Whole numbers are not: counts, years and days repeat by chance
    (on the synthetic bench, boosting whole numbers of 100 or more cost precision)."""
    return not key.isdigit()


def _calibrate(raw: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Map raw scores so that DEFAULT_THRESHOLD is where pairs become reliable on the gold
    files (raw RAW_AT_THRESHOLD) and 100 stays 100; monotone, so the order of pairs holds."""
    t, r = DEFAULT_THRESHOLD, RAW_AT_THRESHOLD
    low = raw * (t / r)
    high = t + (raw - r) * ((100.0 - t) / (100.0 - r))
    return np.asarray(np.where(raw <= r, low, high), dtype=np.float64)


def _raw_of(score: float) -> float:
    """The raw score that calibrates to `score` (inverse of _calibrate)."""
    t, r = DEFAULT_THRESHOLD, RAW_AT_THRESHOLD
    if score <= t:
        return score * r / t
    return r + (score - t) * (100.0 - r) / (100.0 - t)


def _combine(
    shared: npt.NDArray[np.float64],
    total_a: npt.NDArray[np.float64],
    total_b: npt.NDArray[np.float64],
    fuzzy: npt.NDArray[np.float64],
) -> npt.NDArray[np.float64]:
    """Overlap, coverage, fuzzy ratio and evidence folded into one 0-100 score."""
    small = np.minimum(total_a, total_b) + COVER_PRIOR
    dice = 2 * shared / np.maximum(total_a + total_b, 1e-9)
    cover = np.minimum(shared / small, 1.0)
    # Two short sentences need less shared weight to be sure than a short and a long one:
    # the scale shrinks with the longer sentence, never below EVIDENCE_FLOOR.
    scale = np.clip(EVIDENCE_SHORT * np.maximum(total_a, total_b), EVIDENCE_FLOOR, EVIDENCE)
    evidence = 1.0 - np.exp(-shared / scale)
    base = W_DICE * dice + W_COVER * cover + (1 - W_DICE - W_COVER) * fuzzy / 100.0
    return np.asarray(100.0 * base * evidence, dtype=np.float64)


def _common_runs(ka: Sequence[str], kb: Sequence[str]) -> list[tuple[int, int, int]]:
    """Maximal runs of equal keys: (start in a, start in b, length), longest first."""
    ka, kb = ka[:MAX_RUN_WORDS], kb[:MAX_RUN_WORDS]
    positions: dict[str, list[int]] = {}
    for j, k in enumerate(kb):
        positions.setdefault(k, []).append(j)
    runs: list[tuple[int, int, int]] = []
    prev: dict[int, int] = {}
    for i, k in enumerate(ka):
        cur = {j: prev.pop(j - 1, 0) + 1 for j in positions.get(k, ())}
        # What is left in prev did not continue at i: those runs end at i - 1.
        runs.extend((i - n, j - n + 1, n) for j, n in prev.items())
        prev = cur
    runs.extend((len(ka) - n, j - n + 1, n) for j, n in prev.items())
    runs.sort(key=lambda r: (-r[2], r[0], r[1]))
    return runs


def _phrase_bonus(ta: Sequence[Word], tb: Sequence[Word], runs: list[tuple[int, int, int]], *,
                  figures: bool = True) -> float:
    """Points for the longest run of words (stop words included) both say, by the content it holds.

    Names count half: the same person named in two sentences is already weighed as a name,
    and a run of names ("Joint Chiefs of Staff") says less about the claim than "deploy
    long-range missiles" does. Without `figures`, numbers hold no content: two sentences whose
    figures disagree share "points, or 0.18 percent" by chance.
    """
    best = 0.0
    for i, j, n in runs:
        if n < 2:
            break
        eff = sum(0.5 if (x.name or y.name) else 1.0
                  for x, y in zip(ta[i : i + n], tb[j : j + n], strict=True)
                  if x.content and (figures or not x.number))
        best = max(best, eff)
    if best < 2:
        return 0.0
    return min(PHRASE_MAX, PHRASE_STEP * (best - 1))
