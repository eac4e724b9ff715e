"""Paraphrase links: sentences that say the same thing in other words.

The word-based passes in `align` link what two reports say alike. What is left are
paraphrases ("Staff have gone back to paper records" / "Doctors and nurses are writing
notes by hand"), and these are found by meaning (sentence vectors, see `embed`), but only
where the reports' structure vouches for them, because two sentences of one story are
often close in meaning without saying the same thing ("declined to comment" twice):

- in a gap: between two matches that follow each other in both articles, or in the
  openings (on each side, what precedes its first match: two reports of one event open
  with the same news), with at most MEANING_GAP_MAX sentences on either side, a pair of
  unmatched sentences that are each other's closest there links at GAP_COS;
- anywhere: two unmatched sentences that are each other's closest in the whole of both
  articles link at STRONG_COS;
- one sentence against two adjacent ones on the other side ("120 operations were
  postponed and patients taken elsewhere" / "120 surgeries were called off." "Ambulances
  are sent to other hospitals.") links, or extends a 1:1 match, when the two read as one
  text are closer to it than either alone by UNIT_GAIN, each half at least HALF_COS
  (EXTEND_HALF when it extends a match: a sentence of context, "It is the largest deal
  the company has made", brings a pair closer without saying the same thing).

No rule links two sentences whose figures disagree (see scoring.figures_disagree): the
encoder is all but blind to numbers. Each threshold was set on the gold files of
tests/gold, where none of these adds a false pair. Only what these rules can touch is
encoded, within a budget of text (MAX_CHARS): the gaps and the matches' neighbours first,
then, if they fit, the unmatched sentences that share enough words with one across to reach
STRONG_COS (STRONG_DICE), all in one call to the encoder; adjacent pairs only where the
halves are close enough, and the neighbour closest, for a rule to take them. Whether a
neighbour is closest to its partner is weighed against every unmatched sentence across,
those the strong rule left unread read only when an extension hangs on them. When the
first do not fit (two long documents whose word matches are scattered), the rules of
structure are off, and the strong rule alone reads the sentences still unmatched, if they
fit. The pass costs some 0.6-1 s on two news articles on this shared 2-core machine, the
encoder's start included (`python -m bench compare`: seeds 000 x 001 encode 27 sentences and
3 pairs, some 1,200 tokens), and a few seconds on long documents (the leftovers of two of
1,700 sentences: some 300 sentences to encode).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from tui.engine.embed import Encoder
from tui.engine.gaps import ordered_gaps
from tui.engine.scoring import figures_disagree
from tui.engine.sparse import CSR
from tui.engine.textnorm import words

MEANING_GAP_MAX = 6
GAP_COS = 0.45
STRONG_COS = 0.80
HALF_COS = 0.35
EXTEND_HALF = 0.5
UNIT_GAIN = 0.12
UNIT_CEILING = 1.005
"""No cosine of two vectors rounded to 1/4096 (see embed) reaches this: (1 + 384 ** 0.5 / 8192) ** 2
< 1.005. A pair already closer than UNIT_CEILING - UNIT_GAIN cannot be beaten by UNIT_GAIN, so the
adjacent pairs that would have to are not encoded."""
STRONG_DICE = 0.25
"""The strong rule reads only the unmatched sentences that share content words with an unmatched
sentence of the other side, Dice of their content-word keys at least this: two sentences that
share fewer do not reach STRONG_COS. Measured by `python -m bench prefilter` on the unmatched
sentences of the gold files and of MSRP's long-text bench: of the 103 pairs at STRONG_COS or
more, the least Dice is 0.29; of the 82 more at 0.75 or more, 0.25 ("The fix takes about an
hour" / "The repair should take around 60 minutes", 0.78). The rule then reads 428 of the 953
unmatched sentences (120 of the gold files' 629)."""
MAX_CHARS = 2 * 60 * 180 * 3
"""Past this much text to encode, the pass is skipped. Two articles of 60 sentences of 180
characters (the longest mean sentence among the seeds is 178) fit even when every sentence
is read alone and in both adjacent pairs it belongs to (3 readings): 64,800 characters, about
16,000 tokens. The ONNX encoder reads about 2.5x as many tokens a second as the NumPy one
before it (measured side by side on this 2-core machine), and a face can show the word
matches before this pass ends (`align.add_paraphrases`)."""

PREFILTER_REACH = 4
"""The strong rule's word prefilter runs only when the unmatched text is at most this many times
MAX_CHARS. It keeps about half of two reports' unmatched sentences (428 of 953 on the gold files
and MSRP's long text), so far past the budget what it keeps would not fit either, and it costs
more than the pass could save: a product of the two sides' content words, 0.7 s on two documents
of 5,000 sentences (`python -m bench align`), where the pass is skipped all the same."""

Unit = tuple[list[int], list[int], float]
Vector = npt.NDArray[np.float64]


class _Vectors:
    """Sentence vectors of both sides, encoded as the rules ask for them, in few batches:
    single sentences ("s") and adjacent pairs read as one text ("d", index of the first).
    `rivals` are the sentences of each side that `closest` weighs even when no rule has
    read them yet: the unmatched ones."""

    def __init__(self, lt: Sequence[str], rt: Sequence[str], encode: Encoder,
                 rivals: tuple[Sequence[int], Sequence[int]]) -> None:
        self.texts = (lt, rt)
        self.encode = encode
        self.got: dict[tuple[int, str, int], Vector] = {}
        self.single: tuple[dict[int, Vector], dict[int, Vector]] = ({}, {})
        self.rivals = rivals
        self.chars = 0
        self.failed = False

    def ensure(self, keys: set[tuple[int, str, int]], *, optional: bool = False) -> bool:
        """Encode the missing `(side, kind, index)` keys; False when over budget or off.
        An `optional` batch over budget is left out, and later ones may still fit."""
        todo = sorted(k for k in keys if k not in self.got)
        if not todo:
            return not self.failed
        texts = [self._text(k) for k in todo]
        size = sum(len(t) for t in texts)
        if self.failed or self.chars + size > MAX_CHARS:
            self.failed = self.failed or not optional
            return False
        self.chars += size
        vectors = self.encode(texts)
        if vectors is None:
            self.failed = True
            return False
        for key, vector in zip(todo, np.asarray(vectors, dtype=np.float64), strict=True):
            self.got[key] = vector
            if key[1] == "s":
                self.single[key[0]][key[2]] = vector
        return True

    def ensure_each(self, batches: Sequence[set[tuple[int, str, int]]]) -> list[bool]:
        """`ensure(keys, optional=True)` for each batch in turn, whether it fits the budget
        decided the same way, but all that fits read by the encoder in one call."""
        fits: list[bool] = []
        todo: set[tuple[int, str, int]] = set()
        chars = self.chars
        for keys in batches:
            new = {k for k in keys if k not in self.got and k not in todo}
            size = sum(len(self._text(k)) for k in new)
            fits.append(not self.failed and chars + size <= MAX_CHARS)
            if fits[-1]:
                todo |= new
                chars += size
        if not self.ensure(todo):
            return [False] * len(batches)
        return fits

    def _text(self, key: tuple[int, str, int]) -> str:
        side, kind, i = key
        texts = self.texts[side]
        return texts[i] if kind == "s" else f"{texts[i]} {texts[i + 1]}"

    def cos(self, x: int, y: int, kind_a: str = "s", kind_b: str = "s") -> float:
        return float(np.dot(self.got[(0, kind_a, x)], self.got[(1, kind_b, y)]))

    def singles(self, side: int) -> dict[int, Vector]:
        """The sentences of `side` read alone so far, by index (kept up to date, not a copy)."""
        return self.single[side]

    def closest(self, side: int, i: int, partner: int, *, read_all: bool) -> bool:
        """No sentence of the other side but `partner` is closer to sentence `i` of `side`
        than `partner` is, among those read and the unmatched ones (`rivals`). With
        `read_all`, unmatched ones not read yet are read first if the answer hangs on them
        (and it is False if they are over budget); without, only those read are weighed."""
        other = 1 - side
        vector = self.single[side][i]
        half = float(np.dot(vector, self.single[other][partner]))
        if not all(half >= float(np.dot(v, vector)) for o, v in self.single[other].items() if o != partner):
            return False
        if not read_all or all(o in self.single[other] for o in self.rivals[other]):
            return True
        if not self.ensure({(other, "s", o) for o in self.rivals[other]}, optional=True):
            return False
        return self.closest(side, i, partner, read_all=False)


def _free_gaps(matches: Sequence[Unit], used_a: set[int], used_b: set[int]) -> list[tuple[list[int], list[int]]]:
    """Unmatched sentences between consecutive in-order matches, and the openings: on each
    side, what comes before its first matched sentence (two reports of one event open
    with the same news, whatever they go on to tell first)."""
    gaps: list[tuple[list[int], list[int]]] = []
    first_a, first_b = min(used_a), min(used_b)
    if 0 < first_a <= MEANING_GAP_MAX and 0 < first_b <= MEANING_GAP_MAX:
        gaps.append((list(range(first_a)), list(range(first_b))))
    spans = [(min(li), min(rj), max(li), max(rj)) for li, rj, _ in matches]
    for between_a, between_b in ordered_gaps(spans, sorted(used_b), MEANING_GAP_MAX):
        xs = [x for x in between_a if x not in used_a]
        ys = [y for y in between_b if y not in used_b]
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
    gaps = _free_gaps(matches, used_a, used_b)
    free_a = [x for x in range(na) if x not in used_a]
    free_b = [y for y in range(nb) if y not in used_b]
    ones = [(li[0], rj[0]) for li, rj, _ in matches if len(li) == len(rj) == 1]
    vec = _Vectors(lt, rt, encode, (free_a, free_b))

    # 1. Single sentences: first those in gaps, and the 1:1 matches with an unmatched
    # neighbour (and the neighbour); then, if the budget allows, every unmatched one, for
    # the strong rule.
    open_a, open_b = set(free_a), set(free_b)
    sa = {x for xs, _ in gaps for x in xs}
    sb = {y for _, ys in gaps for y in ys}
    for x, y in ones:
        sa.update(k for k in (x - 1, x + 1) if k in open_a)
        sb.update(k for k in (y - 1, y + 1) if k in open_b)
        if {x - 1, x + 1} & open_a or {y - 1, y + 1} & open_b:
            sa.add(x)
            sb.add(y)
    # The strong rule reads only the unmatched sentences that may reach STRONG_COS.
    unmatched = sum(len(lt[x]) for x in free_a) + sum(len(rt[y]) for y in free_b)
    within = unmatched <= PREFILTER_REACH * MAX_CHARS
    near_a, near_b = word_partners(lt, rt, free_a, free_b) if within else ([], [])
    structure, strong = vec.ensure_each([{(0, "s", x) for x in sa} | {(1, "s", y) for y in sb},
                                         {(0, "s", x) for x in near_a} | {(1, "s", y) for y in near_b}])
    strong = strong and within
    if not structure:
        # Too much to read for the rules of structure (long documents, their word matches
        # scattered): only the strong rule, on the sentences still unmatched, if they fit.
        gaps, ones = [], []
    if not gaps and not strong:
        return matches

    # 2. Adjacent pairs that may make a 2:1 link in a gap, or extend a 1:1 match.
    wanted: set[tuple[int, str, int]] = set()
    for xs, ys in gaps:
        wanted |= {(0, "d", x) for x in xs if x + 1 in xs
                   and any(_halves_ok(vec.cos(x, y), vec.cos(x + 1, y)) for y in ys)}
        wanted |= {(1, "d", y) for y in ys if y + 1 in ys
                   and any(_halves_ok(vec.cos(x, y), vec.cos(x, y + 1)) for x in xs)}
    wanted |= _extension_pairs(ones, vec, used_a, used_b, na, nb)
    if not vec.ensure(wanted):
        return matches

    options: list[tuple[float, list[int], list[int]]] = []
    for xs, ys in gaps:
        grid = np.array([[vec.cos(x, y) for y in ys] for x in xs])
        for p, x in enumerate(xs):
            for q, y in enumerate(ys):
                c = grid[p, q]
                if c >= GAP_COS and c >= grid[p].max() and c >= grid[:, q].max():
                    options.append((c, [x], [y]))
        for p, x in enumerate(xs[:-1]):
            if xs[p + 1] == x + 1 and (0, "d", x) in vec.got:
                for q, y in enumerate(ys):
                    unit = vec.cos(x, y, kind_a="d")
                    if _unit_ok(unit, grid[p, q], grid[p + 1, q]):
                        options.append((unit, [x, x + 1], [y]))
        for q, y in enumerate(ys[:-1]):
            if ys[q + 1] == y + 1 and (1, "d", y) in vec.got:
                for p, x in enumerate(xs):
                    unit = vec.cos(x, y, kind_b="d")
                    if _unit_ok(unit, grid[p, q], grid[p, q + 1]):
                        options.append((unit, [x], [y, y + 1]))
    # Every unmatched sentence that was read: the ones left out reach STRONG_COS with none
    # (see STRONG_DICE), so whether they are in cannot change which pairs are each other's closest.
    read_a = [x for x in free_a if (0, "s", x) in vec.got]
    read_b = [y for y in free_b if (1, "s", y) in vec.got]
    if strong and read_a and read_b:
        # Exact whatever the summation order: the vectors are multiples of 1/4096 (see embed).
        grid = (np.stack([vec.got[(0, "s", x)] for x in read_a])
                @ np.stack([vec.got[(1, "s", y)] for y in read_b]).T)
        for p, x in enumerate(read_a):
            q = int(np.argmax(grid[p]))
            if grid[p, q] >= STRONG_COS and int(np.argmax(grid[:, q])) == p:
                options.append((float(grid[p, q]), [x], [read_b[q]]))

    out = list(matches)
    fresh: list[tuple[int, int]] = []
    for c, li, rj in sorted(options, key=lambda o: (-o[0], o[1], o[2])):
        if used_a.intersection(li) or used_b.intersection(rj) or _figures_disagree(lt, rt, li, rj):
            continue
        used_a.update(li)
        used_b.update(rj)
        out.append((li, rj, round(100.0 * c, 1)))
        if len(li) == len(rj) == 1:
            fresh.append((li[0], rj[0]))
    # 3. A new 1:1 link may take in a neighbour too.
    if not vec.ensure(_extension_pairs(fresh, vec, used_a, used_b, na, nb)):
        return out
    return _extend(out, vec, used_a, used_b, na, nb)


def _figures_disagree(lt: Sequence[str], rt: Sequence[str], li: Sequence[int], rj: Sequence[int]) -> bool:
    """The two sides give figures that do not fit one fact (see `scoring.figures_disagree`):
    the encoder reads "fell 23.54 points, or 1.42 percent" and "gained 13.68 points, or 0.89
    percent" as one sentence, being all but blind to numbers."""
    ka = frozenset(w.key for i in li for w in words(lt[i]) if w.content)
    kb = frozenset(w.key for j in rj for w in words(rt[j]) if w.content)
    return figures_disagree(ka, kb)


def _unit_ok(unit: float, first: float, second: float) -> bool:
    """Two adjacent sentences read together say what the other side's one sentence says."""
    return unit >= GAP_COS and min(first, second) >= HALF_COS and unit >= max(first, second) + UNIT_GAIN


def _halves_ok(first: float, second: float) -> bool:
    """The halves of an adjacent pair against one sentence are such that `_unit_ok` may hold."""
    return min(first, second) >= HALF_COS and max(first, second) + UNIT_GAIN < UNIT_CEILING


def word_partners(lt: Sequence[str], rt: Sequence[str], free_a: Sequence[int],
                   free_b: Sequence[int]) -> tuple[list[int], list[int]]:
    """The sentences of `free_a` and `free_b` that have, on the other side, one whose content
    words overlap theirs by STRONG_DICE or more: the only ones that may reach STRONG_COS."""
    keys_a = [frozenset(w.key for w in words(lt[x]) if w.content) for x in free_a]
    keys_b = [frozenset(w.key for w in words(rt[y]) if w.content) for y in free_b]
    column: dict[str, int] = {}
    for keys in (*keys_a, *keys_b):
        for key in sorted(keys):
            column.setdefault(key, len(column))

    def incidence(rows: list[frozenset[str]]) -> CSR:
        cells = [(r, column[k]) for r, keys in enumerate(rows) for k in keys]
        return CSR.from_coo([r for r, _ in cells], [c for _, c in cells], np.ones(len(cells)),
                            (len(rows), len(column)))

    shared = incidence(keys_a).matmul_t(incidence(keys_b))  # content words each pair shares
    ia, jb = shared.row_ids(), shared.indices
    sizes_a = np.array([len(k) for k in keys_a], dtype=np.float64)
    sizes_b = np.array([len(k) for k in keys_b], dtype=np.float64)
    near = 2.0 * shared.data >= STRONG_DICE * (sizes_a[ia] + sizes_b[jb])
    return ([free_a[i] for i in np.unique(ia[near]).tolist()],
            [free_b[j] for j in np.unique(jb[near]).tolist()])


def _extension_pairs(ones: Sequence[tuple[int, int]], vec: _Vectors, used_a: set[int], used_b: set[int],
                     na: int, nb: int) -> set[tuple[int, str, int]]:
    """The adjacent pairs `_extend` will read: a 1:1 match's sentence with an unmatched,
    encoded neighbour close enough to its partner, and closest to it of the sentences read."""
    wanted: set[tuple[int, str, int]] = set()
    left, right = vec.singles(0), vec.singles(1)
    for x, y in ones:
        if x not in left or y not in right or vec.cos(x, y) + UNIT_GAIN >= UNIT_CEILING:
            continue
        for d in (-1, 1):
            if 0 <= y + d < nb and y + d not in used_b and y + d in right \
                    and vec.cos(x, y + d) >= EXTEND_HALF and vec.closest(1, y + d, x, read_all=False):
                wanted.add((1, "d", min(y, y + d)))
            if 0 <= x + d < na and x + d not in used_a and x + d in left \
                    and vec.cos(x + d, y) >= EXTEND_HALF and vec.closest(0, x + d, y, read_all=False):
                wanted.add((0, "d", min(x, x + d)))
    return wanted


def _extend(matches: list[Unit], vec: _Vectors, used_a: set[int], used_b: set[int], na: int, nb: int) -> list[Unit]:
    """A 1:1 match takes in an unmatched neighbour that, read with its partner, makes the
    pair clearly closer, and whose own closest sentence on the other side is that partner
    (of the sentences read and the unmatched ones)."""
    left, right = vec.singles(0), vec.singles(1)
    out: list[Unit] = []
    for li, rj, score in matches:
        if len(li) != 1 or len(rj) != 1 or li[0] not in left or rj[0] not in right:
            out.append((li, rj, score))
            continue
        x, y = li[0], rj[0]
        base = vec.cos(x, y)
        best: tuple[float, list[int], list[int]] | None = None
        for d in (-1, 1):
            k = min(y, y + d)
            if 0 <= y + d < nb and y + d not in used_b and (1, "d", k) in vec.got:
                half = vec.cos(x, y + d)
                unit = vec.cos(x, k, kind_b="d")
                if half >= EXTEND_HALF and unit >= base + UNIT_GAIN and (best is None or unit > best[0]) \
                        and vec.closest(1, y + d, x, read_all=True):
                    best = (unit, [x], sorted([y, y + d]))
            k = min(x, x + d)
            if 0 <= x + d < na and x + d not in used_a and (0, "d", k) in vec.got:
                half = vec.cos(x + d, y)
                unit = vec.cos(k, y, kind_a="d")
                if half >= EXTEND_HALF and unit >= base + UNIT_GAIN and (best is None or unit > best[0]) \
                        and vec.closest(0, x + d, y, read_all=True):
                    best = (unit, sorted([x, x + d]), [y])
        if best is None:
            out.append((li, rj, score))
            continue
        used_a.update(best[1])
        used_b.update(best[2])
        out.append((best[1], best[2], score))
    return out
