"""Average link on a sparse similarity graph, with the guards that keep events of one kind apart.

Average link merges two groups when the mean similarity over all their cross pairs reaches
a threshold. Four checks stop it where events of one kind (shootings in one district) meet:
two tight groups merge only if they are about as alike as each one's own reports are
(COHESION); a group of two or three cannot be linked to another through one member
alone, the round-up that reports several incidents (BRIDGE_SIZE); and two groups whose
reports each find their nearest neighbours among their own, far more than the reports of
one event would, keep apart (Crowds: two DUI arrests of one team's players, a month apart);
two groups whose reports find their nearest neighbours in each other are parts of one event
(Crowds.mingled), which step 5 of tui.engine.events merges on less similarity; and two groups
that name different people (people.Who.apart) need more similarity (APART_DAMPING).
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Sequence

import numpy as np

from tui.engine.people import HEADLINE_DAMPING, Who
from tui.engine.sparse import CSR

APART_DAMPING = 0.7
"""The factor on the mean similarity of two groups whose people are apart as wholes (each names
people with an age, and none of them mentions the other's: people.Who.apart). Step 3 damps each
pair of strangers, but a follow-up that names no one (a fine, a plaque, a reopening) is a stranger
to nobody, and through such reports two accidents at one grain elevator years apart (a teen
engulfed in corn, an explosion that killed two) became one group here, before step 5 judges
groups' people as wholes. Milder than step 5's people.STRANGERS_DAMPING: the similarities here
are damped pair by pair already. On the tuning corpora without dates: workplace accidents 0.763
-> 0.782, drownings 0.871 -> 0.884, fires 0.811 -> 0.831, one-report shootings 0.975 -> 0.981;
ECB+ dev unchanged (0.950; at 0.5 it fell to 0.945)."""


def _apart_factor(a: Who, b: Who) -> float:
    """The factor on two groups' mean similarity for their people: 1 where nothing sets them apart, APART_DAMPING
    where they name other people (people.Who.apart), the whole damping where their headlines or leads disagree on
    whom their happening cost (people.HEADLINE_DAMPING, as step 5 takes it): "17-year-old hurt at the Tumbleweed
    Tap" and "57-year-old man hospitalized" there, years apart, joined here through a third report of the bar that
    states neither, before step 5 could keep them apart."""
    factor = a.damping(b)
    return 1.0 if factor == 1.0 else factor if factor <= HEADLINE_DAMPING else APART_DAMPING


def average_link(n: int, i: np.ndarray, j: np.ndarray, sims: np.ndarray, threshold: float,
                 sizes: Sequence[int] | None = None, near: Neighbours | None = None,
                 whos: Sequence[Who] | None = None) -> list[int]:
    """Average-link agglomeration on a sparse similarity graph; returns a cluster root per item.

    A pair that is not a candidate counts as similarity 0, so two groups merge
    only when the mean over *all* their cross pairs reaches the threshold. Merges
    happen best-first with a lazy heap: O(E log E) for E candidate edges. With
    `sizes`, the items are groups already and `sims` the totals over their cross pairs.
    With `near` (each item's nearest neighbours), two groups that keep their own crowds
    do not merge (see Crowds). With `whos` (what each item says of its people), two groups whose
    people are apart merge only on their mean damped (_apart_factor).
    """
    size = [1] * n if sizes is None else list(sizes)
    parent = list(range(n))
    links: list[dict[int, float]] = [{} for _ in range(n)]
    for a, b, s in zip(i.tolist(), j.tolist(), sims.tolist(), strict=True):
        if s > 0:
            links[a][b] = links[a].get(b, 0.0) + s
            links[b][a] = links[b].get(a, 0.0) + s
    heap: list[tuple[float, int, int]] = []
    for a in range(n):
        for b, total in links[a].items():
            if a < b and total / (size[a] * size[b]) >= threshold:
                heap.append((-total / (size[a] * size[b]), a, b))
    heapq.heapify(heap)
    alive = [True] * n
    inner = [0.0] * n  # the similarity total over each group's own pairs
    members = [[x] for x in range(n)]
    adjacency = _adjacency(n, i, j, sims) if sizes is None else None
    crowds = Crowds(near, np.arange(n), n) if near is not None else None
    people = list(whos) if whos is not None else None

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def bridged(group: int, other: int, total: float) -> bool:
        """Whether the link from a small `group` to `other` rests on one member (see BRIDGE_SIZE)."""
        if adjacency is None or not 2 <= size[group] <= BRIDGE_SIZE:
            return False
        indptr, cols, vals = adjacency
        top = max(sum(v for c, v in zip(cols[indptr[m]:indptr[m + 1]].tolist(), vals[indptr[m]:indptr[m + 1]].tolist(),
                                        strict=True) if find(c) == other) for m in members[group])
        return bool((total - top) / ((size[group] - 1) * size[other]) < threshold)

    while heap:
        neg, a, b = heapq.heappop(heap)
        if not (alive[a] and alive[b]):
            continue
        found = links[a].get(b)
        if found is None:
            continue
        total = found
        if abs(total / (size[a] * size[b]) + neg) > 1e-12:
            continue  # stale: a merge changed this pair's mean; a fresher entry was pushed
        if not cohesive(-neg, inner[a], size[a], inner[b], size[b]):
            continue  # two tight groups, far apart for their tightness; a merge elsewhere re-pushes them
        if bridged(a, b, total) or bridged(b, a, total):
            continue  # a round-up that joined a report cannot pull in a second event
        if crowds is not None and crowds.apart(a, size[a], b, size[b], -neg):
            continue  # two events of one kind, each with its own reports
        if people is not None and -neg * _apart_factor(people[a], people[b]) < threshold:
            continue  # each names its own dead, and nobody in one is mentioned by the other; or headlines disagree
        # merge the smaller into the larger
        if len(links[a]) < len(links[b]):
            a, b = b, a
        if crowds is not None:
            crowds.merge(a, b)
        if people is not None:
            people[a] = people[a] | people[b]
        alive[b] = False
        parent[b] = a
        inner[a] += inner[b] + total
        size[a] += size[b]
        members[a].extend(members[b])
        members[b] = []
        del links[a][b]
        for c, t in links[b].items():
            if c == a:
                continue
            del links[c][b]
            merged = links[a].get(c, 0.0) + t
            links[a][c] = merged
            links[c][a] = merged
        links[b] = {}
        for c, t in links[a].items():
            mean = t / (size[a] * size[c])
            if mean >= threshold:
                heapq.heappush(heap, (-mean, min(a, c), max(a, c)))
    roots = []
    for x in range(n):
        r = x
        while parent[r] != r:
            r = parent[r]
        roots.append(r)
    return roots


COHESION = 0.5
"""Two groups of two or more merge only if their mean cross similarity is at least this share of
the looser group's own mean pair similarity: two events of one kind in one place resemble each
other, but each one's reports resemble each other much more."""
COHESION_CAP = 0.5
"""Own mean similarity counted at most this high: copies of one wire story make a group tighter
than any event is, and must not keep it from the other reports of its event."""
FOLLOW_UP_COHESION = 0.2
"""COHESION for two groups of which one follows up the other (timegap.PairTimes.follows_up): the first
reports of a fire, often copies of one story, and the coroner's naming, the cause and the council's
new law weeks on are one happening told in other words. Step 5 only (tui.engine.events). With
FOLLOW_UP_BRIDGE (either alone moved little): fires followed for months with dates 0.871 -> 0.934,
every other tuning figure and ECB+ dev (0.950) unchanged, sparse draws of the crashes with dates
0.951 -> 0.952 with no round-up bridging; then held-out fires with dates 0.912 -> 0.931, and on
shootings followed for years written afterwards (bench/data/same_kind9, measured then as held out)
0.768 -> 0.794. 0.2-0.3 gave the same then; 0.4 less (0.882). 0.2 since session 41, once a follow-up tied by its
text joined from events.NAMED_THRESHOLD: the charges, the verdict, a profile and a block party after a mother was
killed by a stray bullet on West Garfield Avenue now meet its three first reports (same_kind9 with dates 0.956 ->
0.968; held out: same_kind12 without dates 0.826 -> 0.829; the rest and ECB+ dev unchanged; 0.15 gave the same)."""


def within(inner: float, size: int) -> float:
    """A group's mean similarity over its own pairs, from their total."""
    return inner / (size * (size - 1) / 2)


def cohesive(cross: float, inner_a: float, size_a: int, inner_b: float, size_b: int,
             share: float = COHESION) -> bool:
    """Whether two groups' mean cross similarity is at least `share` (COHESION) times the looser one's
    own mean (see COHESION_CAP); a single report may join any group."""
    if size_a < 2 or size_b < 2:
        return True
    return cross >= share * min(within(inner_a, size_a), within(inner_b, size_b), COHESION_CAP)


BRIDGE_SIZE = 3
"""In a group this small, one report is a third of it or more: the group's link to another must
hold without its most linked member. A round-up that joined one report of one shooting must not
be the link that brings in another shooting; in a larger group the mean already dilutes it."""


FOLLOW_UP_BRIDGE = 0.5
"""The share of events.MINGLED_THRESHOLD that a small group's link to a group it follows up (or that
follows it up) must keep without its most linked member, when that member is itself tied to the other
in time (timegap.PairTimes.vouches): of three first reports of a fire, the one that named the dead
is most like the later profiles, and the other two need not be as like them to come along. 0.3-0.5
gave the same; 0.6 less (fires with dates 0.924). Without the time tie's vouching, a round-up of a
crash's weekend beside the sentencing of one of its crashes a year on ("last August") bridged to
another crash of that August."""


def rests_on_one(matrix: CSR, rows: Sequence[int], other: CSR, other_size: int, threshold: float,
                 lower: float | None = None, vouched: Callable[[int], bool] | None = None) -> bool:
    """Whether a small group's link to another rests on one member (see BRIDGE_SIZE): the mean cosine
    of the group's `rows` of `matrix` with the other's summed row `other`, without its most linked
    member, is below `threshold` (below `lower` instead where `vouched` says yes of that member).
    Step 5 of tui.engine.events checks it as average_link does in step 4."""
    if not 2 <= len(rows) <= BRIDGE_SIZE:
        return False
    dots = matrix.take(list(rows)).matmul_t(other).toarray().ravel()
    top = int(dots.argmax())
    if lower is not None and vouched is not None and vouched(rows[top]):
        threshold = lower
    return bool((dots.sum() - dots[top]) / ((len(rows) - 1) * other_size) < threshold)


Neighbours = tuple[np.ndarray, np.ndarray]
"""Each item's nearest neighbours, row-compressed: item r's are cols[indptr[r]:indptr[r + 1]]."""


def nearest(n: int, i: np.ndarray, j: np.ndarray, sims: np.ndarray, k: int) -> Neighbours:
    """Each of n items' k most similar items in the graph of pairs (i, j, sims) (fewer if it has fewer)."""
    indptr, cols, vals = _adjacency(n, i, j, sims)
    kept: list[np.ndarray] = []
    for r in range(n):
        c, v = cols[indptr[r]:indptr[r + 1]], vals[indptr[r]:indptr[r + 1]]
        kept.append(c[np.argpartition(-v, k)[:k]] if len(c) > k else c)
    out_ptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum([len(c) for c in kept], out=out_ptr[1:])
    return out_ptr, (np.concatenate(kept) if kept else np.zeros(0, dtype=np.int64)).astype(np.int64)


def crowd_neighbours(n: int, i: np.ndarray, j: np.ndarray, sims: np.ndarray, k: int) -> Neighbours:
    """The neighbour lists that Crowds reads: each item's k nearest but for its copies (see COPY)."""
    keep = sims < COPY
    return nearest(n, i[keep], j[keep], sims[keep], k)


CROWD = 1 / 3
"""How much more of a group's members' nearest neighbours must be its own than the reports of one
event would give (as a share of what that leaves) for it to keep apart from another such group."""
CROWD_SIZE = 3
"""Groups smaller than this say too little about where their members' neighbours are."""
CROWD_REACH = 3
"""Two groups of more than this many neighbour lists' worth of reports (30 for events.SHARED = 10)
are not checked: each report's list covers too little of them, and an event reported a hundred
times is made of copy families, each its own members' nearest, that are one event all the same."""
COPY = 0.7
"""Neighbours at least this alike are copies of one story (an agency's report run by several
outlets): they are each other's nearest whatever else reports their event, so the crowd check
leaves them out of the neighbour lists it reads (see crowd_neighbours)."""
CROWD_LEVEL = 0.3
"""Mean cross similarity at which two groups merge whatever their crowds: an event reported
hundreds of times falls into groups larger than the neighbour count, each holding all of its
members' neighbours, yet its reports are far more alike than two events of one kind's are."""


class Crowds:
    """Where the nearest neighbours of each group's members are: in the group, or in which others.

    If two groups A and B reported one event, A's members would find their neighbours among
    the reports of A and B alike, a share (|A| - 1) / (|A| + |B| - 1) of them in A (less still
    when the event is larger than the two). Two events of one kind (two players' arrests, one
    team) resemble each other, but each one's reports are each other's nearest: A's share is
    well above that. Two groups merge only if one of them at least does not keep to itself so.
    Counts are kept per group and summed on a merge, so a check costs nothing.
    """

    def __init__(self, near: Neighbours, owner: np.ndarray, n_groups: int) -> None:
        indptr, cols = near
        lengths = np.diff(indptr)
        self.reach = CROWD_REACH * (int(lengths.max()) if len(lengths) else 0)
        """The largest pair of groups checked (see CROWD_REACH)."""
        rows = np.repeat(np.arange(len(indptr) - 1), lengths)
        ga, gb = owner[rows], owner[cols]
        same = ga == gb
        self.degree: list[int] = np.bincount(ga, minlength=n_groups).tolist()
        """Neighbour entries of each group's members."""
        self.inside: list[int] = np.bincount(ga[same], minlength=n_groups).tolist()
        """Those in the group itself."""
        self.links: list[dict[int, int]] = [{} for _ in range(n_groups)]
        """Neighbour entries between two groups, either way."""
        for a, b in zip(ga[~same].tolist(), gb[~same].tolist(), strict=True):
            self.links[a][b] = self.links[a].get(b, 0) + 1
            self.links[b][a] = self.links[b].get(a, 0) + 1

    def _excess(self, a: int, size_a: int, size_b: int) -> float:
        """How much more of group a's neighbours are its own than if a and b were one event's reports."""
        if not self.degree[a]:
            return 0.0  # nothing known of its members' neighbours
        expected = (size_a - 1) / (size_a + size_b - 1)
        return (self.inside[a] / self.degree[a] - expected) / (1.0 - expected)

    def apart(self, a: int, size_a: int, b: int, size_b: int, mean: float) -> bool:
        """Whether groups a and b, of mean cross similarity `mean`, each keep their own crowd (see
        CROWD): two events, not one. Groups as alike as CROWD_LEVEL are one event's all the same."""
        if min(size_a, size_b) < CROWD_SIZE or size_a + size_b > self.reach or mean >= CROWD_LEVEL:
            return False
        return self._excess(a, size_a, size_b) >= CROWD and self._excess(b, size_b, size_a) >= CROWD

    def mingled(self, a: int, size_a: int, b: int, size_b: int) -> bool:
        """Whether groups a and b, each large enough to tell (CROWD_SIZE), share their crowds: neither
        keeps its members' nearest neighbours to itself (see CROWD), as two parts of one event's
        reports do. Such groups need less similarity to merge (events.MINGLED_THRESHOLD)."""
        if min(size_a, size_b) < CROWD_SIZE or size_a + size_b > self.reach:
            return False
        return self._excess(a, size_a, size_b) < CROWD and self._excess(b, size_b, size_a) < CROWD

    def merge(self, a: int, b: int) -> None:
        """Group b joins group a."""
        self.inside[a] += self.inside[b] + self.links[a].pop(b, 0)
        self.degree[a] += self.degree[b]
        self.links[b].pop(a, None)
        for c, count in self.links[b].items():
            del self.links[c][b]
            self.links[c][a] = self.links[c].get(a, 0) + count
            self.links[a][c] = self.links[a].get(c, 0) + count
        self.links[b] = {}


def _adjacency(n: int, i: np.ndarray, j: np.ndarray, sims: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each item's neighbours and similarities in the graph of pairs (i, j, sims), row-compressed."""
    rows = np.concatenate([i, j])
    order = np.argsort(rows, kind="stable")
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=n), out=indptr[1:])
    return indptr, np.concatenate([j, i])[order], np.concatenate([sims, sims])[order]
