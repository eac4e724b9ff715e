"""Align two articles sentence by sentence: fuzzy, order-free, with the shared words marked.

News reports reorder, reword, split and merge sentences, so this is not a diff.
Words are folded (case, quotes, dashes), lightly stemmed, and keyed alike across
small differences (German/Germany, U.S./US/United States, talks/negotiations;
see textnorm). Each pair of sentences then gets one calibrated 0-100 score from:

- content-word overlap weighted by rarity (IDF over both articles' sentences),
  as a Dice coefficient and as coverage of the shorter sentence (smoothed, so a
  short sentence is not "fully covered" by one common word);
- names and numbers weighing more than other words, and numbers with a decimal
  point or a colon ("4.8", "3:12"), which two texts rarely share by chance, more
  than whole numbers;
- rapidfuzz's token_sort_ratio on the keyed content words (process.cdist over the
  whole matrix, or process.cpdist over pruned candidates, with all workers);
- the longest run of words both sentences say, by the content it holds;
- an evidence factor on the absolute shared weight, so sentences sharing one or
  two common words ("Ms. Singh said." / "Peskov said.") stay under the line.

The raw combination is mapped piecewise-linearly so that DEFAULT_THRESHOLD is
where links became reliable on the gold files. Up to FULL_PAIRS pairs every
pair is scored as a matrix; past it, only each sentence's TOP_K partners by
shared rare-word weight.

Pairs at or above the threshold are assigned globally, best first (ties: the
pair nearer the same relative position, then the lower left index, then the
lower right one), so each sentence is in at most one match. Then, in order:

- context: a pair a little under the line links when the pairs before and/or
  after it are matched in the same order (`_in_context`), and in a short gap
  between two in-order matches, sentences that are each other's best partner
  there link at a lower score (`_fill_gaps`): reports of one event that keep
  the same order for a stretch tell the same facts there in other words;
- a match takes in an adjacent unmatched sentence when one outlet split what
  the other said in one sentence (1:2 or 2:1), under strict tests
  (`_merge_splits`);
- two adjacent unmatched sentences that together, and complementing each other,
  say what one sentence on the other side says become a new 2:1 match
  (`_split_units`).

Each of these was kept only where it added no false pair on any gold file,
including the cross-event pairs (tests/test_align_gold.py).

The work is always done in one canonical orientation and mirrored when needed,
so `align(b, a)` is exactly the mirror of `align(a, b)`; sums run in a fixed
order, so the output is the same byte for byte whatever the hash seed.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process
from scipy import sparse

from tui.engine import embed, paraphrase
from tui.engine.model import Alignment, Article, Match, Span
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
W_DICE = 0.4
W_COVER = 0.4
CONTEXT_BOTH = 0.75  # a pair between two matched pairs, in order, links at this share of the threshold
CONTEXT_ONE = 0.85  # ...and next to one matched pair, in order, at this share
GAP_MIN = 0.6  # a mutual best pair in a gap between in-order matches links at this share
GAP_MAX = 3  # ...of a gap of at most this many sentences on either side
SPLIT_HALF = 0.5  # each half of a new 2:1 match scores this share of the threshold alone
MERGE_MIN = 0.7  # a split-off sentence must score this share of the threshold on its own
MERGE_NEW = 3.0  # ...and share this much weight that its neighbour does not
MERGE_COVER = 0.4  # ...and most of what it says must be in the partner
MERGE_GAIN = 1.0  # ...and the merged match must score higher than the 1:1 one
FRAGMENT_COVER = 0.8  # or: the partner covers this share of the extra sentence's words,
FRAGMENT_NEW = 2.0  # which brings this much new shared weight,
FRAGMENT_GAIN = 5.0  # and lifts the match's score by this much

ProgressFn = Callable[[float], None]
CancelFn = Callable[[], bool]


class Cancelled(Exception):
    """Raised when the `cancelled` callback says to stop."""


@dataclass(frozen=True, slots=True)
class _Side:
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


def _sides(lt: Sequence[str], rt: Sequence[str]) -> tuple[_Side, _Side]:
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
    return _side(lt, wa, canon), _side(rt, wb, canon)


def _side(texts: Sequence[str], ws: list[list[Word]], canon: dict[str, str]) -> _Side:
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
    return _Side(
        texts=texts,
        words=ws,
        keys=keys,
        content=content,
        folded=[" ".join(fold(t).split()) for t in texts],
        bigrams=bigrams,
        canon=canon,
        named=named,
    )


def _check(cancelled: CancelFn | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled


def align(
    left: Article,
    right: Article,
    *,
    threshold: float | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
    semantic: bool = True,
) -> Alignment:
    """Match the sentences of `left` and `right` that report the same thing.

    `progress` is called with a fraction 0-1 between stages; `cancelled` is
    polled between stages and raises `Cancelled` when it returns True. With
    `semantic`, paraphrases are linked by meaning too (see `paraphrase`).
    """
    limit = DEFAULT_THRESHOLD if threshold is None else float(threshold)
    lt, rt = left.texts, right.texts
    encoder = embed.encode if semantic else None
    if rt < lt:
        matches = _align(rt, lt, limit, progress, cancelled, encoder)
        matches = sorted((m.mirrored() for m in matches), key=lambda m: m.left)
    else:
        matches = _align(lt, rt, limit, progress, cancelled, encoder)
    return Alignment(left, right, tuple(matches))


def add_paraphrases(words: Alignment, *, cancelled: CancelFn | None = None) -> Alignment:
    """`words`, an alignment made with `semantic=False`, plus the paraphrase links: the same
    result as `align(..., semantic=True)` with the same threshold, so a face can show the
    word matches at once and these when the encoder has read the sentences. `cancelled` is
    polled before the pass and raises `Cancelled`."""
    _check(cancelled)
    lt, rt = words.left.texts, words.right.texts
    swapped = rt < lt  # the side `align` put first
    matches = sorted((m.mirrored() for m in words.matches) if swapped else words.matches,
                     key=lambda m: (m.left, m.right))
    if swapped:
        lt, rt = rt, lt
    units: list[paraphrase.Unit] = [(list(m.left), list(m.right), m.score) for m in matches]
    linked = paraphrase.link(units, lt, rt, embed.encode)
    known = {(m.left, m.right): m for m in matches}
    sides: tuple[_Side, _Side] | None = None
    out: list[Match] = []
    for li, rj, score in linked:
        found = known.get((tuple(li), tuple(rj)))
        if found is None:
            sides = sides or _sides(lt, rt)
            spans = _shared_spans(*sides, li, rj, _sides_runs(sides))
            found = Match(tuple(li), tuple(rj), round(score, 1), *spans, by_meaning=True)
        out.append(found.mirrored() if swapped else found)
    return Alignment(words.left, words.right, tuple(sorted(out, key=lambda m: m.left)))


def _sides_runs(sides: tuple[_Side, _Side]) -> Callable[[int, int], list[tuple[int, int, int]]]:
    """`_Scorer.runs` without a scorer: the common runs of sentence i on one side and j on the other."""
    a, b = sides
    return lambda i, j: _common_runs(a.keys[i], b.keys[j])


def _align(
    lt: Sequence[str], rt: Sequence[str], limit: float, progress: ProgressFn | None, cancelled: CancelFn | None,
    encoder: embed.Encoder | None,
) -> list[Match]:
    if not lt or not rt:
        return []
    a, b = _sides(lt, rt)
    _check(cancelled)
    if progress:
        progress(0.1)
    scorer = _Scorer(a, b)
    _check(cancelled)
    if progress:
        progress(0.3)
    ci, cj, scores = scorer.scored(limit)
    _check(cancelled)
    if progress:
        progress(0.8)
    pairs = _assign(ci, cj, scores, limit, len(lt), len(rt))
    pairs = _in_context(pairs, ci, cj, scores, limit)
    pairs = _fill_gaps(pairs, ci, cj, scores, limit)
    matches = _merge_splits(pairs, scorer, limit)
    matches += _split_units(matches, ci, cj, scores, scorer, limit)
    by_words = {(tuple(li), tuple(rj)) for li, rj, _ in matches}
    if encoder is not None:
        _check(cancelled)
        if progress:
            progress(0.85)
        matches = paraphrase.link(matches, lt, rt, encoder)
    out = [
        Match(tuple(li), tuple(rj), round(score, 1), *_shared_spans(a, b, li, rj, scorer.runs),
              by_meaning=(tuple(li), tuple(rj)) not in by_words)
        for li, rj, score in matches
    ]
    if progress:
        progress(1.0)
    return sorted(out, key=lambda m: m.left)


class _Scorer:
    """Scores candidate pairs of sentences, vectorised, and single units for merges."""

    def __init__(self, a: _Side, b: _Side) -> None:
        self.a, self.b = a, b
        vocab: dict[str, int] = {}
        for keys in (*a.content, *b.content):
            for k in sorted(keys):
                vocab.setdefault(k, len(vocab))
        self.vocab = vocab
        self.la = self._matrix(a.content)
        self.lb = self._matrix(b.content)
        df = np.asarray(self.la.sum(axis=0)).ravel() + np.asarray(self.lb.sum(axis=0)).ravel()
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
        self.wa = self.la @ sparse.diags(self.weight)
        self.wb = self.lb @ sparse.diags(self.weight)
        self.total_a = np.asarray(self.wa.sum(axis=1)).ravel()
        self.total_b = np.asarray(self.wb.sum(axis=1)).ravel()
        self.keystr_a = [" ".join(sorted(c)) for c in a.content]
        self.keystr_b = [" ".join(sorted(c)) for c in b.content]
        self._runs: dict[tuple[int, int], list[tuple[int, int, int]]] = {}

    def _matrix(self, content: list[frozenset[str]]) -> sparse.csr_matrix:
        """Sentences x words, 0/1. Columns are sorted within each row, so sums run in the same
        order whatever the hash seed: the same input gives the same output, bit for bit."""
        vocab = self.vocab
        lengths = np.fromiter((len(c) for c in content), dtype=np.int64, count=len(content))
        cols = np.fromiter((vocab[k] for c in content for k in c), dtype=np.int64, count=int(lengths.sum()))
        rows = np.repeat(np.arange(len(content), dtype=np.int64), lengths)
        cols = cols[np.lexsort((cols, rows))]
        indptr = np.concatenate([np.zeros(1, dtype=np.int64), np.cumsum(lengths)])
        data = np.ones(len(cols), dtype=np.float64)
        return sparse.csr_matrix((data, cols, indptr), shape=(len(content), len(vocab)))

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
        keep = sparse.diags((self.df <= cap).astype(np.float64))
        rare = ((self.wa @ keep) @ self.lb.T).tocoo()
        rows, cols, vals = rare.row.astype(np.int64), rare.col.astype(np.int64), rare.data
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
        shared = (self.la @ self.lb.T).tocoo()
        ordered = sorted(set(zip(shared.row.tolist(), shared.col.tolist(), strict=True)) | self._identical())
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
            shared_m = np.asarray((self.wa @ self.lb.T).toarray(), dtype=np.float64)
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
            shared = np.asarray(self.wa[ci].multiply(self.lb[cj]).sum(axis=1)).ravel()
            qa = [self.keystr_a[i] for i in ci.tolist()]
            qb = [self.keystr_b[j] for j in cj.tolist()]
            fuzzy = process.cpdist(qa, qb, scorer=fuzz.token_sort_ratio, dtype=np.float32,
                                   workers=-1).astype(np.float64)
            base = _combine(shared, self.total_a[ci], self.total_b[cj], fuzzy)
        # The longest shared phrase only matters where it can lift a pair over the line.
        phrase = np.zeros(len(ci))
        raw_limit = _raw_of(limit)
        for n in np.flatnonzero(base >= floor).tolist():
            i, j = int(ci[n]), int(cj[n])
            # A run holding c content words spans at least c - 1 shared content bigrams, so
            # their count bounds the bonus: skip pairs it cannot lift over the line.
            shared_bigrams = len(self.a.bigrams[i] & self.b.bigrams[j])
            if shared_bigrams and base[n] + min(PHRASE_MAX, PHRASE_STEP * shared_bigrams) >= raw_limit:
                phrase[n] = _phrase_bonus(self.a.words[i], self.b.words[j], self.runs(i, j))
        scores = _calibrate(np.minimum(100.0, base + phrase))
        ids: dict[str, int] = {}
        fa = np.fromiter((ids.setdefault(f, len(ids)) for f in self.a.folded), dtype=np.int64)
        fb = np.fromiter((ids.setdefault(f, len(ids)) for f in self.b.folded), dtype=np.int64)
        scores[fa[ci] == fb[cj]] = 100.0
        return ci, cj, scores

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


def _phrase_bonus(ta: Sequence[Word], tb: Sequence[Word], runs: list[tuple[int, int, int]]) -> float:
    """Points for the longest run of words (stop words included) both say, by the content it holds.

    Names count half: the same person named in two sentences is already weighed as a name,
    and a run of names ("Joint Chiefs of Staff") says less about the claim than "deploy
    long-range missiles" does.
    """
    best = 0.0
    for i, j, n in runs:
        if n < 2:
            break
        eff = sum(0.5 if (x.name or y.name) else 1.0
                  for x, y in zip(ta[i : i + n], tb[j : j + n], strict=True) if x.content)
        best = max(best, eff)
    if best < 2:
        return 0.0
    return min(PHRASE_MAX, PHRASE_STEP * (best - 1))


def _assign(
    ci: npt.NDArray[np.int64], cj: npt.NDArray[np.int64], scores: npt.NDArray[np.float64],
    limit: float, na: int, nb: int,
) -> list[tuple[int, int, float]]:
    """Global best-first assignment: highest score first; ties go to the pair nearer the same
    relative position, then to the lower left index, then the lower right index."""
    ok = np.flatnonzero(scores >= limit)
    if len(ok) == 0:
        return []
    i, j, s = ci[ok], cj[ok], scores[ok]
    drift = np.abs(i * nb - j * na)
    order = np.lexsort((j, i, drift, -s))
    used_a: set[int] = set()
    used_b: set[int] = set()
    out: list[tuple[int, int, float]] = []
    for n in order.tolist():
        x, y = int(i[n]), int(j[n])
        if x in used_a or y in used_b:
            continue
        used_a.add(x)
        used_b.add(y)
        out.append((x, y, float(s[n])))
    return out


def _in_context(
    pairs: list[tuple[int, int, float]], ci: npt.NDArray[np.int64], cj: npt.NDArray[np.int64],
    scores: npt.NDArray[np.float64], limit: float,
) -> list[tuple[int, int, float]]:
    """Link a pair a little under the line when its neighbours are matched in the same order:
    reports of one event that follow each other for three sentences are telling one story.

    Between two matched pairs ((i-1, j-1) and (i+1, j+1)) the pair needs CONTEXT_BOTH of
    the threshold; beside one, CONTEXT_ONE. Only the pairs `_assign` made count as context,
    so the result does not depend on the order the new links are looked at in."""
    ok = np.flatnonzero((scores >= CONTEXT_BOTH * limit) & (scores < limit))
    if len(ok) == 0 or not pairs:
        return pairs
    linked = {(i, j) for i, j, _ in pairs}
    used_a = {p[0] for p in pairs}
    used_b = {p[1] for p in pairs}
    i, j, s = ci[ok], cj[ok], scores[ok]
    order = np.lexsort((j, i, -s))
    out = list(pairs)
    for n in order.tolist():
        x, y, score = int(i[n]), int(j[n]), float(s[n])
        if x in used_a or y in used_b:
            continue
        before, after = (x - 1, y - 1) in linked, (x + 1, y + 1) in linked
        if (before and after) or ((before or after) and score >= CONTEXT_ONE * limit):
            used_a.add(x)
            used_b.add(y)
            out.append((x, y, score))
    return out


def _fill_gaps(
    pairs: list[tuple[int, int, float]], ci: npt.NDArray[np.int64], cj: npt.NDArray[np.int64],
    scores: npt.NDArray[np.float64], limit: float,
) -> list[tuple[int, int, float]]:
    """Between two matched pairs that follow each other in both articles, (i1, j1) and
    (i2, j2) with nothing matched between them and at most GAP_MAX sentences between them
    on either side, link the unmatched sentences that best
    answer each other there: each the other's best partner inside the gap, scoring GAP_MIN
    of the threshold. Two reports telling one story in the same order fill such gaps with
    the same facts in other words; different events rarely have the anchors."""
    ok = np.flatnonzero((scores >= GAP_MIN * limit) & (scores < limit))
    if len(ok) == 0 or len(pairs) < 2:
        return pairs
    anchors = sorted((i, j) for i, j, _ in pairs)
    used_a = {p[0] for p in pairs}
    used_b = {p[1] for p in pairs}
    # gap[x] = (lowest right index, highest right index) that x may pair with, if x lies
    # between two consecutive anchors whose right indices also increase.
    gap: dict[int, tuple[int, int]] = {}
    right = sorted(used_b)
    for (i1, j1), (i2, j2) in itertools.pairwise(anchors):
        # Nothing else is matched on the right between j1 and j2 either.
        if (2 <= j2 - j1 <= GAP_MAX + 1 and 2 <= i2 - i1 <= GAP_MAX + 1
                and bisect.bisect_right(right, j1) == bisect.bisect_left(right, j2)):
            for x in range(i1 + 1, i2):
                gap[x] = (j1 + 1, j2 - 1)
    inside = [n for n in ok.tolist() if int(ci[n]) in gap
              and gap[int(ci[n])][0] <= int(cj[n]) <= gap[int(ci[n])][1]
              and int(ci[n]) not in used_a and int(cj[n]) not in used_b]
    best_a: dict[int, float] = {}
    best_b: dict[int, float] = {}
    for n in inside:
        x, y, score = int(ci[n]), int(cj[n]), float(scores[n])
        best_a[x] = max(best_a.get(x, 0.0), score)
        best_b[y] = max(best_b.get(y, 0.0), score)
    out = list(pairs)
    for n in sorted(inside, key=lambda n: (-float(scores[n]), int(ci[n]), int(cj[n]))):
        x, y, score = int(ci[n]), int(cj[n]), float(scores[n])
        if x in used_a or y in used_b or score < best_a[x] or score < best_b[y]:
            continue
        used_a.add(x)
        used_b.add(y)
        out.append((x, y, score))
    return out


def _merge_splits(
    pairs: list[tuple[int, int, float]], scorer: _Scorer, limit: float
) -> list[tuple[list[int], list[int], float]]:
    """Let a 1:1 match take in an adjacent, unmatched sentence that the other side said in one."""
    used_a = {p[0] for p in pairs}
    used_b = {p[1] for p in pairs}
    na, nb = len(scorer.a.content), len(scorer.b.content)
    out: list[tuple[list[int], list[int], float]] = []
    for i, j, s in pairs:  # already best first
        best: tuple[float, list[int], list[int]] | None = None
        options: list[tuple[list[int], list[int], int, bool]] = []
        for d in (-1, 1):
            if 0 <= i + d < na and i + d not in used_a:
                options.append((sorted([i, i + d]), [j], i + d, True))
            if 0 <= j + d < nb and j + d not in used_b:
                options.append(([i], sorted([j, j + d]), j + d, False))
        for li, rj, extra, on_left in options:
            # Cheap tests first. The extra sentence must bring shared words of its own, not
            # echo its neighbour's, and most of what it says must be in the partner.
            # Either the extra sentence pairs well on its own (a half of a split), or it is
            # a short fragment the partner covers whole that clearly lifts the match.
            new = scorer.new_shared(i, j, extra, on_left)
            cover = scorer.coverage(extra, j if on_left else i, on_left)
            if new < FRAGMENT_NEW or cover < MERGE_COVER:
                continue
            merged = scorer.unit_score(li, rj)
            if merged < max(limit, s + MERGE_GAIN):
                continue
            fragment = cover >= FRAGMENT_COVER and merged >= s + FRAGMENT_GAIN
            if not fragment:
                if new < MERGE_NEW:
                    continue
                alone = scorer.unit_score([extra], [j]) if on_left else scorer.unit_score([i], [extra])
                if alone < MERGE_MIN * limit:
                    continue
            if best is None or merged > best[0]:
                best = (merged, li, rj)
        if best is None:
            out.append(([i], [j], s))
            continue
        merged, li, rj = best
        used_a.update(li)
        used_b.update(rj)
        out.append((li, rj, max(merged, s)))
    return out


def _split_units(
    matches: list[tuple[list[int], list[int], float]], ci: npt.NDArray[np.int64], cj: npt.NDArray[np.int64],
    scores: npt.NDArray[np.float64], scorer: _Scorer, limit: float,
) -> list[tuple[list[int], list[int], float]]:
    """New 2:1 and 1:2 matches among sentences still unmatched: one outlet said in one sentence
    what the other said in two adjacent ones ("800 were evacuated, and the army filled
    sandbags" / "800 had to leave." "Soldiers filled sandbags."), so neither half reaches
    the line on its own.

    Each half must score SPLIT_HALF of the threshold against the single sentence and share
    with it FRAGMENT_NEW of weight the other half does not (the halves complement each
    other), and the two read as one text must reach the threshold; best first, each
    sentence used once. (Letting such units compete with the 1:1 pairs in `_assign` cost
    more good links than it won.)"""
    used_a = {i for li, _, _ in matches for i in li}
    used_b = {j for _, rj, _ in matches for j in rj}
    ok = np.flatnonzero(scores >= SPLIT_HALF * limit)
    near = {(int(ci[n]), int(cj[n])) for n in ok.tolist()
            if int(ci[n]) not in used_a and int(cj[n]) not in used_b}
    options: list[tuple[float, list[int], list[int]]] = []
    for i, j in sorted(near):
        if (i + 1, j) in near and min(scorer.new_shared(i + 1, j, i, True),
                                      scorer.new_shared(i, j, i + 1, True)) >= FRAGMENT_NEW:
            options.append((scorer.unit_score([i, i + 1], [j]), [i, i + 1], [j]))
        if (i, j + 1) in near and min(scorer.new_shared(i, j + 1, j, False),
                                      scorer.new_shared(i, j, j + 1, False)) >= FRAGMENT_NEW:
            options.append((scorer.unit_score([i], [j, j + 1]), [i], [j, j + 1]))
    out: list[tuple[list[int], list[int], float]] = []
    # Ties broken by the unordered pair of index lists, so the mirror run picks the same.
    for score, li, rj in sorted(options, key=lambda o: (-o[0], sorted((o[1], o[2])))):
        if score < limit or used_a.intersection(li) or used_b.intersection(rj):
            continue
        used_a.update(li)
        used_b.update(rj)
        out.append((li, rj, score))
    return out


def _shared_spans(
    a: _Side, b: _Side, li: Sequence[int], rj: Sequence[int], runs: Callable[[int, int], list[tuple[int, int, int]]]
) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """Character spans of the words and phrases a match's two sides share."""
    content_a = frozenset().union(*(a.content[i] for i in li))
    content_b = frozenset().union(*(b.content[j] for j in rj))
    marks_a = [[w.content and k in content_b for k, w in zip(a.keys[i], a.words[i], strict=True)] for i in li]
    marks_b = [[w.content and k in content_a for k, w in zip(b.keys[j], b.words[j], strict=True)] for j in rj]
    # Stop words count when they sit inside a shared phrase that carries content.
    for x, i in enumerate(li):
        for y, j in enumerate(rj):
            if a.bigrams[i].isdisjoint(b.bigrams[j]):
                continue  # no run of two words in common
            wa = a.words[i]
            for p, q, n in runs(i, j):
                if n < 2 or not any(w.content for w in wa[p : p + n]):
                    continue
                for k in range(n):
                    marks_a[x][p + k] = True
                    marks_b[y][q + k] = True
    return _spans(a, li, marks_a), _spans(b, rj, marks_b)


def _spans(side: _Side, idx: Sequence[int], marks: list[list[bool]]) -> tuple[Span, ...]:
    """Marked words as character spans; neighbours joined when only spaces or punctuation
    lie between them."""
    out: list[Span] = []
    for x, i in enumerate(idx):
        if not any(marks[x]):
            continue
        text_spans: list[list[int]] = []
        last = -2
        for n, (start, end) in enumerate(side.offsets(i)):
            if not marks[x][n]:
                continue
            if text_spans and last == n - 1:
                text_spans[-1][1] = end
            else:
                text_spans.append([start, end])
            last = n
        out.extend((i, s, e) for s, e in text_spans)
    return tuple(out)
