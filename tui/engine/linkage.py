"""Average link on a sparse similarity graph, with the guards that keep events of one kind apart.

Average link merges two groups when the mean similarity over all their cross pairs reaches
a threshold. Two checks stop it where events of one kind (shootings in one district) meet:
two tight groups merge only if they are about as alike as each one's own reports are
(COHESION), and a group of two or three cannot be linked to another through one member
alone, the round-up that reports several incidents (BRIDGE_SIZE).
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence

import numpy as np


def average_link(n: int, i: np.ndarray, j: np.ndarray, sims: np.ndarray, threshold: float,
                 sizes: Sequence[int] | None = None) -> list[int]:
    """Average-link agglomeration on a sparse similarity graph; returns a cluster root per item.

    A pair that is not a candidate counts as similarity 0, so two groups merge
    only when the mean over *all* their cross pairs reaches the threshold. Merges
    happen best-first with a lazy heap: O(E log E) for E candidate edges. With
    `sizes`, the items are groups already and `sims` the totals over their cross pairs.
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
        # merge the smaller into the larger
        if len(links[a]) < len(links[b]):
            a, b = b, a
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


def within(inner: float, size: int) -> float:
    """A group's mean similarity over its own pairs, from their total."""
    return inner / (size * (size - 1) / 2)


def cohesive(cross: float, inner_a: float, size_a: int, inner_b: float, size_b: int) -> bool:
    """Whether two groups' mean cross similarity is at least COHESION times the looser one's own mean
    (see COHESION_CAP); a single report may join any group."""
    if size_a < 2 or size_b < 2:
        return True
    return cross >= COHESION * min(within(inner_a, size_a), within(inner_b, size_b), COHESION_CAP)


BRIDGE_SIZE = 3
"""In a group this small, one report is a third of it or more: the group's link to another must
hold without its most linked member. A round-up that joined one report of one shooting must not
be the link that brings in another shooting; in a larger group the mean already dilutes it."""


def _adjacency(n: int, i: np.ndarray, j: np.ndarray, sims: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each item's neighbours and similarities in the graph of pairs (i, j, sims), row-compressed."""
    rows = np.concatenate([i, j])
    order = np.argsort(rows, kind="stable")
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=n), out=indptr[1:])
    return indptr, np.concatenate([j, i])[order], np.concatenate([sims, sims])[order]
