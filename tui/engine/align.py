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
where links became reliable on the gold files (the scoring is in tui.engine.scoring). Up to FULL_PAIRS pairs every
pair is scored as a matrix; past it, only each sentence's TOP_K partners by
shared rare-word weight.

Pairs at or above the threshold are assigned globally, best first (ties: the
pair nearer the same relative position, then the lower left index, then the
lower right one), so each sentence is in at most one match, and none falls back
to a pair more than FALLBACK_MARGIN under its best one (taken by a stronger pair):
in long documents of many stories that next best shares a topic, not a claim.
Two sentences whose figures disagree ("fell 23.54 points, or 1.42 percent" /
"gained 13.68 points, or 1.42 percent") get no weight for the numbers they share
(see scoring.figures_disagree). Then, in order:

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

from collections.abc import Callable, Sequence

import numpy as np
import numpy.typing as npt

from tui.engine import embed, paraphrase
from tui.engine.gaps import ordered_gaps
from tui.engine.model import Alignment, Article, Match, Span
from tui.engine.scoring import DEFAULT_THRESHOLD as DEFAULT_THRESHOLD  # the default of align(), for its callers
from tui.engine.scoring import Scorer, Side, _common_runs, sides

FALLBACK_MARGIN = 4.0
"""A pair links only if it scores within this of each of its sentences' best pair. When a
sentence's clearly better partner is taken by a stronger pair, the sentence most likely
repeats that pair's news ("The bishop told police he thought he had hit a dog" twice in
one story), and its next best is a pair of a different claim that shares the topic."""
CONTEXT_BOTH = 0.75  # a pair between two matched pairs, in order, links at this share of the threshold
CONTEXT_ONE = 0.85  # ...and next to one matched pair, in order, at this share
GAP_MIN = 0.6  # a mutual best pair in a gap between in-order matches links at this share
WORD_GAP_MAX = 3  # ...of a gap of at most this many sentences on either side
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
    encoder = embed.encode if semantic and embed.enabled() else None  # switched off: no pass at all
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
    if not embed.enabled():
        return words  # switched off: no pass at all, as in `align`
    lt, rt = words.left.texts, words.right.texts
    swapped = rt < lt  # the side `align` put first
    matches = sorted((m.mirrored() for m in words.matches) if swapped else words.matches,
                     key=lambda m: (m.left, m.right))
    if swapped:
        lt, rt = rt, lt
    units: list[paraphrase.Unit] = [(list(m.left), list(m.right), m.score) for m in matches]
    linked = paraphrase.link(units, lt, rt, embed.encode)
    known = {(m.left, m.right): m for m in matches}
    pair: tuple[Side, Side] | None = None
    out: list[Match] = []
    for li, rj, score in linked:
        found = known.get((tuple(li), tuple(rj)))
        if found is None:
            pair = pair or sides(lt, rt)
            spans = _shared_spans(*pair, li, rj, _sides_runs(pair))
            found = Match(tuple(li), tuple(rj), round(score, 1), *spans, by_meaning=True)
        out.append(found.mirrored() if swapped else found)
    return Alignment(words.left, words.right, tuple(sorted(out, key=lambda m: m.left)))


def _sides_runs(pair: tuple[Side, Side]) -> Callable[[int, int], list[tuple[int, int, int]]]:
    """`Scorer.runs` without a scorer: the common runs of sentence i on one side and j on the other."""
    a, b = pair
    return lambda i, j: _common_runs(a.keys[i], b.keys[j])


def _align(
    lt: Sequence[str], rt: Sequence[str], limit: float, progress: ProgressFn | None, cancelled: CancelFn | None,
    encoder: embed.Encoder | None,
) -> list[Match]:
    if not lt or not rt:
        return []
    a, b = sides(lt, rt)
    _check(cancelled)
    if progress:
        progress(0.1)
    scorer = Scorer(a, b)
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
    # Each sentence's best score: the first of its pairs in `order`.
    best_a: dict[int, float] = {}
    best_b: dict[int, float] = {}
    for n in order.tolist():
        best_a.setdefault(int(i[n]), float(s[n]))
        best_b.setdefault(int(j[n]), float(s[n]))
    used_a: set[int] = set()
    used_b: set[int] = set()
    out: list[tuple[int, int, float]] = []
    for n in order.tolist():
        x, y = int(i[n]), int(j[n])
        if x in used_a or y in used_b:
            continue
        if float(s[n]) < max(best_a[x], best_b[y]) - FALLBACK_MARGIN:
            continue  # a fallback: its sentence's clearly better partner went to another
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
    (i2, j2) with nothing matched between them and at most WORD_GAP_MAX sentences between them
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
    for xs, ys in ordered_gaps([(i, j, i, j) for i, j in anchors], sorted(used_b), WORD_GAP_MAX):
        for x in xs:
            gap[x] = (ys.start, ys.stop - 1)
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
    pairs: list[tuple[int, int, float]], scorer: Scorer, limit: float
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
    scores: npt.NDArray[np.float64], scorer: Scorer, limit: float,
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
    a: Side, b: Side, li: Sequence[int], rj: Sequence[int], runs: Callable[[int, int], list[tuple[int, int, int]]]
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


def _spans(side: Side, idx: Sequence[int], marks: list[list[bool]]) -> tuple[Span, ...]:
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
