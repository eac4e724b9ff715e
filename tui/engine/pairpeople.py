"""How much naming different people takes off two groups' likeness in step 5 of grouping, pair by pair
(tui.engine.events): the people.Who of each pair of reports across them, as timegap.PairTimes weighs their dates.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from tui.engine.people import People
from tui.engine.sparse import CSR

STRANGER_PAIR_BUDGET = 250_000
"""Cross pairs of reports naming people that PairPeople weighs one by one; beyond it two groups are
judged by their people as wholes alone (only groups of hundreds of such reports get there)."""


class PairPeople:
    """How much naming different people takes off two groups' cosine total, pair by pair (step 5 of
    grouping, as timegap.PairTimes does for dates). Two groups whose people are apart as wholes are
    damped (Who.damping); but one report naming both groups' people (a county's new rules
    after a mobile-home park's third deadly fire, naming the dead of the second and the third) makes
    the wholes acquainted, and would leave every other pair of strangers across them undamped. So
    each pair of strangers is damped on its own, and the report that names both ties only itself."""

    def __init__(self, matrix: CSR, who: People | None) -> None:
        self.matrix = matrix
        self.who = who
        self.parts = [bool(aged or ages or cost)
                      for aged, ages, cost in zip(who.aged, who.ages, who.costs, strict=True)] if who else []
        """Whether each report names people with an age, gives ages or says whom its happening cost: only
        such can be strangers."""

    def kept(self, left: Sequence[int], right: Sequence[int], total: float) -> float:
        """The share of `total` (the cosine total of the cross pairs of the reports `left` and
        `right`) kept once each pair of strangers among them is damped (Who.damping)."""
        if self.who is None or total <= 0:
            return 1.0
        lefts = [k for k in left if self.parts[k]]
        rights = [k for k in right if self.parts[k]]
        if not lefts or not rights or len(lefts) * len(rights) > STRANGER_PAIR_BUDGET:
            return 1.0
        block = self.matrix.take(lefts).matmul_t(self.matrix.take(rights)).toarray()
        rows, cols = np.nonzero(block > 0)
        whos = {k: self.who.who(k) for k in {*lefts, *rights}}
        lost = sum(float(block[x, y]) * (1.0 - whos[lefts[x]].damping(whos[rights[y]]))
                   for x, y in zip(rows.tolist(), cols.tolist(), strict=True))
        return max(0.0, 1.0 - lost / total)
