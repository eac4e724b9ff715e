"""Who reported what: the sentences of an event's reports grouped into facts.

A fact joins units (one sentence, or two adjacent ones) of at least two reports that say
the same thing, at most one unit per report; a sentence is in at most one fact, and the
sentences in none are their report's alone.

Facts are built from the pairwise alignments (`align`, word passes and paraphrase pass as
configured), every pair of reports once. A link of A's sentence to B's and of B's to C's
does not make A's and C's one fact by itself: the links are taken strongest first
(ties broken on the reports' canonical order and the sentence indices, so the order the
reports are given in does not matter) and each joins two groups only when the joined
group stays consistent:

- at most one unit per report (one sentence, or two adjacent ones);
- no contradiction: for every two reports in the group, the alignment of those two did
  not link either's sentence to something else of the other (that would say the two
  sentences are not the same fact: the aligner found each a better partner);
- enough agreement: each report in the group is linked directly (by its own pairwise
  alignment) to at least DENSITY of the others, so a chain A~B~C~D through pairs the
  aligner never linked does not become one fact;
- sure links to chain on: a report not linked to every other one in the group must have
  at least one link scoring at or above the alignment threshold. The aligner makes some
  links under its threshold (by context, in gaps, by meaning) because the two reports'
  order vouches for them; that holds for the pair, not for a third report reached
  through it.

A join that would break one of these is refused, and the groups stay apart (a fact split
in two is a smaller error to a reader than two facts made one).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from tui.engine import align_cache
from tui.engine.align import DEFAULT_THRESHOLD
from tui.engine.model import Alignment, Article

DENSITY = 0.5
"""Each report in a fact must be linked directly to at least this share of the others
(rounded up): 1 of 2, 2 of 3 or 4, 12 of 24. Below it, a chain of links is not trusted."""

ALIGN_SHARE = 0.95
"""The part of `progress` the pairwise alignments take; grouping them takes the rest."""

ProgressFn = Callable[[float], None]
CancelFn = Callable[[], bool]


class PairAligner(Protocol):
    """Aligns many pairs at once (`align_cache.align_many` is the default)."""

    def __call__(self, pairs: Sequence[tuple[Article, Article]], *, threshold: float | None = ...,
                 semantic: bool = ..., progress: ProgressFn | None = ...,
                 cancelled: CancelFn | None = ...) -> list[Alignment]: ...


@dataclass(frozen=True, slots=True)
class Member:
    """One report's unit in a fact: an article index and its sentence indices (one or two)."""

    article: int
    sentences: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Fact:
    """Something at least two reports say. `members` are in article order."""

    members: tuple[Member, ...]
    label: str
    """The text of the most central member: the one most strongly linked to the others."""
    central: int
    """The article whose unit is the label."""
    earliest: int | None
    """The article of the earliest-dated report of the fact; None when no member is dated."""
    links: tuple[tuple[int, int, float], ...] = ()
    """Direct links inside the fact: (article, article, score), lower article first."""

    @property
    def support(self) -> int:
        """How many reports say it."""
        return len(self.members)

    @property
    def articles(self) -> tuple[int, ...]:
        return tuple(m.article for m in self.members)

    def sentences_of(self, article: int) -> tuple[int, ...]:
        """The unit this article has in the fact; () if it does not report it."""
        for member in self.members:
            if member.article == article:
                return member.sentences
        return ()

    def partner(self, article: int) -> int:
        """The other report to compare `article` with on this fact: its strongest direct
        link in the fact, else the central report (for an article not in the fact, the
        central one; for the central one, its strongest link)."""
        best: tuple[float, int] | None = None
        for a, b, score in self.links:
            if article in (a, b):
                other = b if a == article else a
                if best is None or (score, -other) > (best[0], -best[1]):
                    best = (score, other)
        if best is not None:
            return best[1]
        if self.central != article:
            return self.central
        return next(m.article for m in self.members if m.article != article)


@dataclass(frozen=True, slots=True)
class Coverage:
    """An event's facts. `articles` are in a canonical order (date, then path), the same
    whatever order they were given in; every index in a fact refers to it."""

    articles: tuple[Article, ...]
    facts: tuple[Fact, ...]
    alignments: dict[tuple[int, int], Alignment] = field(default_factory=dict)
    """The pairwise alignments, by (i, j) with i < j; see `alignment`."""

    def alignment(self, i: int, j: int) -> Alignment:
        """The comparison of article i (left) with article j (right)."""
        if i < j:
            return self.alignments[(i, j)]
        return self.alignments[(j, i)].mirrored()

    def fact_of(self, article: int) -> dict[int, int]:
        """Sentence index -> fact index for one article."""
        return {s: n for n, fact in enumerate(self.facts) for s in fact.sentences_of(article)}

    def unique(self, article: int) -> tuple[int, ...]:
        """The article's sentences in no fact: what it alone reports."""
        covered = self.fact_of(article)
        return tuple(s for s in range(len(self.articles[article].sentences)) if s not in covered)

    def share(self, article: int) -> float:
        """The share of the event's facts this article reports (0 when there are none)."""
        if not self.facts:
            return 0.0
        return sum(1 for f in self.facts if f.sentences_of(article)) / len(self.facts)


def canonical(articles: Sequence[Article]) -> list[Article]:
    """The articles in the order a coverage lists them: dated ones first, earliest first,
    then by path and content; a path given twice counts once."""
    seen: dict[str, Article] = {}
    for article in articles:
        seen.setdefault(article.path, article)
    return sorted(seen.values(), key=lambda a: (a.date is None, a.date or "", a.path, align_cache.texts_hash(a)))


def build_coverage(
    articles: Sequence[Article],
    *,
    align: PairAligner | None = None,
    threshold: float | None = None,
    semantic: bool = True,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> Coverage:
    """Group the sentences of `articles` (the reports of one event) into facts.

    `align` aligns the pairs (default: `align_cache.align_many`, through the cache file);
    `progress` gets a fraction 0-1; `cancelled` is polled between pairs and raises
    `align.Cancelled`."""
    ordered = canonical(articles)
    pairs = [(ordered[i], ordered[j]) for i in range(len(ordered)) for j in range(i + 1, len(ordered))]
    index = [(i, j) for i in range(len(ordered)) for j in range(i + 1, len(ordered))]

    def step(fraction: float) -> None:
        if progress is not None:
            progress(ALIGN_SHARE * fraction)

    run = align or align_cache.align_many
    results = run(pairs, threshold=threshold, semantic=semantic, progress=step, cancelled=cancelled)
    alignments = dict(zip(index, results, strict=True))
    facts = group_facts(ordered, alignments, threshold)
    if progress is not None:
        progress(1.0)
    return Coverage(tuple(ordered), tuple(facts), alignments)


# -- grouping -------------------------------------------------------------------------------------

Owner = dict[int, int]
"""Sentence index -> match index, for one side of one alignment."""


@dataclass(slots=True)
class _Group:
    units: dict[int, tuple[int, ...]]  # article -> sentences
    links: dict[tuple[int, int], float]  # (a, b) with a < b -> score of the direct link


class _Grouper:
    """The greedy, consistency-checked merging described in the module docstring."""

    def __init__(self, alignments: dict[tuple[int, int], Alignment], sure: float) -> None:
        self.alignments = alignments
        self.sure = sure
        # owners[(a, b)] = (owner of a's sentences, owner of b's sentences) in a~b's matches.
        self.owners: dict[tuple[int, int], tuple[Owner, Owner]] = {}
        for (a, b), alignment in alignments.items():
            left = {i: n for n, m in enumerate(alignment.matches) for i in m.left}
            right = {j: n for n, m in enumerate(alignment.matches) for j in m.right}
            self.owners[(a, b)] = (left, right)
        self.groups: dict[int, _Group] = {}
        self.where: dict[tuple[int, int], int] = {}  # (article, sentence) -> group id
        self.next_id = 0

    def relation(self, a: int, sa: tuple[int, ...], b: int, sb: tuple[int, ...]) -> float | None:
        """The score linking two units of reports a and b directly, 0.0 when neither is
        linked in a~b, None when a~b links one of them to something else of the other."""
        if a > b:
            a, sa, b, sb = b, sb, a, sa
        alignment = self.alignments[(a, b)]
        own_a, own_b = self.owners[(a, b)]
        score = 0.0
        for ids, own, other, mine in ((sa, own_a, sb, "left"), (sb, own_b, sa, "right")):
            for s in ids:
                n = own.get(s)
                if n is None:
                    continue
                match = alignment.matches[n]
                theirs = match.right if mine == "left" else match.left
                if not set(theirs) & set(other):
                    return None
                score = max(score, float(match.score))
        return score

    def add(self, a: int, ua: tuple[int, ...], b: int, ub: tuple[int, ...]) -> None:
        """Try to put unit ua of report a and unit ub of report b in one fact."""
        where = self.where
        sources = sorted({where[(a, s)] for s in ua if (a, s) in where}
                         | {where[(b, s)] for s in ub if (b, s) in where})
        if len(sources) == 1 and all((a, s) in where for s in ua) and all((b, s) in where for s in ub):
            return  # already one fact
        units: dict[int, set[int]] = {}
        origin: dict[int, int | None] = {}
        for gid in sources:
            for art, sents in self.groups[gid].units.items():
                if art in units:
                    origin[art] = None  # the report is in two of the groups: its unit changes
                else:
                    origin[art] = gid
                units.setdefault(art, set()).update(sents)
        for art, sents in ((a, ua), (b, ub)):
            before = set(units.get(art, set()))
            units.setdefault(art, set()).update(sents)
            if units[art] != before or art not in origin:
                origin[art] = None
        if len(sources) == 1 and all(origin[x] is not None for x in units):
            return  # already one fact
        for unit in units.values():
            if len(unit) > 2 or (len(unit) == 2 and max(unit) - min(unit) != 1):
                return
        final = {art: tuple(sorted(s)) for art, s in units.items()}
        links: dict[tuple[int, int], float] = {}
        for gid in sources:
            for pair, value in self.groups[gid].links.items():
                if origin[pair[0]] == gid and origin[pair[1]] == gid:
                    links[pair] = value
        arts = sorted(final)
        for x, p in enumerate(arts):
            for q in arts[x + 1:]:
                if origin[p] is not None and origin[p] == origin[q]:
                    continue  # both unchanged, from one group: checked when it was made
                rel = self.relation(p, final[p], q, final[q])
                if rel is None:
                    return
                if rel > 0:
                    links[(p, q)] = rel
        degree = dict.fromkeys(arts, 0)
        best = dict.fromkeys(arts, 0.0)
        for (p, q), value in links.items():
            for x in (p, q):
                degree[x] += 1
                best[x] = max(best[x], value)
        need = math.ceil(DENSITY * (len(arts) - 1))
        for x in arts:
            if degree[x] < need or (degree[x] < len(arts) - 1 and best[x] < self.sure):
                return
        for gid in sources:
            del self.groups[gid]
        gid = self.next_id
        self.next_id += 1
        self.groups[gid] = _Group(final, links)
        for art, sents in final.items():
            for s in sents:
                self.where[(art, s)] = gid


def group_facts(articles: Sequence[Article], alignments: dict[tuple[int, int], Alignment],
                threshold: float | None = None) -> list[Fact]:
    """The facts of these articles (in canonical order) from their pairwise alignments,
    keyed (i, j) with i < j, made at `threshold`; ordered by support, then by first
    appearance (the earliest (article, sentence) they hold)."""
    grouper = _Grouper(alignments, DEFAULT_THRESHOLD if threshold is None else float(threshold))
    edges: list[tuple[float, int, tuple[int, ...], int, tuple[int, ...]]] = []
    for (a, b), alignment in alignments.items():
        for match in alignment.matches:
            edges.append((float(match.score), a, match.left, b, match.right))
    edges.sort(key=lambda e: (-e[0], e[1], e[2], e[3], e[4]))
    for _score, a, ua, b, ub in edges:
        grouper.add(a, ua, b, ub)
    facts = [_fact(articles, group) for group in grouper.groups.values()]
    facts.sort(key=lambda f: (-f.support, f.members[0].article, f.members[0].sentences))
    return facts


def _fact(articles: Sequence[Article], group: _Group) -> Fact:
    members = tuple(Member(a, group.units[a]) for a in sorted(group.units))
    weight = {m.article: 0.0 for m in members}
    for (p, q), score in group.links.items():
        weight[p] += score
        weight[q] += score
    central = min(weight, key=lambda a: (-weight[a], a))
    label = " ".join(articles[central].texts[s] for s in group.units[central])
    dated = [a for a in weight if articles[a].date]
    earliest = min(dated, key=lambda a: (articles[a].date or "", a)) if dated else None
    links = tuple(sorted((p, q, score) for (p, q), score in group.links.items()))
    return Fact(members, label, central, earliest, links)
