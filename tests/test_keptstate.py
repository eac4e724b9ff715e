"""A kept grouping and what joined it (tui.engine.keptstate): a join writes only what it changed
beside the grouping kept whole, and reading the two gives the state the join left.

The corpus is ECB+ dev, as in tests/test_incremental.py, grouped through the pipeline's cache.
"""

from __future__ import annotations

import numpy as np
import pytest

from tests.test_incremental import SLOT, cache, ecb, held_back, joined
from tui.engine import incremental, keptstate, pipeline
from tui.engine.cache import Cache
from tui.engine.model import Article
from tui.engine.sparse import CSR

__all__ = ["cache", "ecb"]  # fixtures


def _same(a: keptstate.State, b: keptstate.State) -> None:
    assert a.paths == b.paths and a.digests == b.digests and a.drift == b.drift and a.pins == b.pins
    assert sorted(map(sorted, a.free)) == sorted(map(sorted, b.free))
    assert a.vocabulary.index == b.vocabulary.index and a.vocabulary.n_docs == b.vocabulary.n_docs
    assert (a.vocabulary.df == b.vocabulary.df).all() and (a.vocabulary.placed == b.vocabulary.placed).all()
    assert (a.matrix.indptr == b.matrix.indptr).all() and (a.matrix.indices == b.matrix.indices).all()
    assert np.allclose(a.matrix.data, b.matrix.data, atol=1e-6)
    assert a.centrals == b.centrals and a.roster == b.roster and a.closings == b.closings
    assert a.origin == b.origin


def test_a_join_writes_what_joined_beside_the_kept_grouping(ecb: list[Article], cache: Cache) -> None:
    early, late = held_back(ecb, 8)
    joined(early, cache)
    whole = cache.state(SLOT)
    assert whole is not None and cache.state_joins(SLOT) is None
    assert joined(early + late[:4], cache)[1]
    assert cache.state(SLOT) == whole  # the grouping kept whole is not written again
    joins = cache.state_joins(SLOT)
    assert joins is not None and len(joins) * 5 < len(whole)
    # A second join starts from the whole and the first join's rows, and replaces them.
    assert joined(early + late, cache)[1]
    assert cache.state(SLOT) == whole
    again = cache.state_joins(SLOT)
    assert again is not None and again != joins
    state = keptstate.decode(whole, again)
    assert state is not None
    assert state.paths == sorted(a.path for a in ecb)
    assert sum(r < 0 for r in state.origin.rows) == len(late)
    assert sorted(k for g in state.free for k in g) == list(range(len(ecb)))


def test_what_joined_reads_back_as_the_join_left_it(ecb: list[Article]) -> None:
    from tui.engine.events import group

    early, _ = held_back(ecb, 6)
    digests = {a.path: pipeline.article_digest(a) for a in ecb}
    found = group(early)
    found.events()
    whole = keptstate.encode(incremental.state_of(found, digests, None))
    kept = keptstate.decode(whole)
    assert kept is not None
    result = incremental.regroup(kept, ecb, digests, None)
    assert result is not None
    result.grouping.events()
    after = incremental.state_of(result.grouping, digests, None, result.drift, result.origin)
    assert len(after.vocabulary.index) > after.origin.terms  # the joining reports brought new terms
    back = keptstate.decode(whole, keptstate.encode_joins(after))
    assert back is not None
    _same(back, after)
    # Kept whole, the joined grouping is an origin of its own: what joined the old one is not applied.
    anew = keptstate.encode(after)
    alone = keptstate.decode(anew)
    assert alone is not None and alone.origin.token != after.origin.token
    assert alone.origin.rows == list(range(len(ecb)))
    mixed = keptstate.decode(anew, keptstate.encode_joins(after))
    assert mixed is not None and mixed.origin == alone.origin


def test_what_joined_another_grouping_or_is_damaged_is_left_out(ecb: list[Article], cache: Cache) -> None:
    early, late = held_back(ecb, 6)
    joined(early, cache)
    assert joined(early + late[:3], cache)[1]
    stale = cache.state_joins(SLOT)
    assert stale is not None
    # Other pins: a full grouping, kept whole under a new token; what joined the old one goes. (The
    # same articles as the old one's: only the token tells the two apart.)
    assert not joined(early, cache, pins={early[0].path: None})[1]
    fresh = cache.state(SLOT)
    assert fresh is not None and cache.state_joins(SLOT) is None
    whole = keptstate.decode(fresh)
    assert whole is not None
    mixed = keptstate.decode(fresh, stale)
    assert mixed is not None
    _same(mixed, whole)
    # Damaged: the kept whole alone is read, and the reports join it all the same.
    for n, damage in enumerate((b"", b"not a zip", stale[: len(stale) // 2])):
        cache.store_state_joins(SLOT, damage)
        now = early + late[:4 + n]  # other articles each time: a grouping kept for them is not reused
        events, was_joined = joined(now, cache, pins={early[0].path: None})
        assert was_joined
        assert sorted(a.path for e in events for a in e.articles) == sorted(a.path for a in now)
        cache.store_state(SLOT, fresh)


def test_only_groups_within_reach_of_a_joining_article_are_grouped_again() -> None:
    """A group holding one of a joining article's nearest reports, but whose mean cosine with every
    joining article is under JOIN_REACH, is left as it was."""
    product = CSR.from_coo([0, 0, 0, 1, 1], [0, 1, 3, 2, 5], [0.3, 0.1, 0.04, 0.5, 0.9], (2, 6))
    reach = incremental._reach(product, [[0, 1], [2], [3, 4]], 6)  # row 5 is in no group (moved)
    assert np.allclose(reach, [0.2, 0.5, 0.02])
    assert reach[2] < incremental.JOIN_REACH <= reach[0]


def test_groups_out_of_reach_are_left_out_of_a_join_and_nothing_changes(
        ecb: list[Article], monkeypatch: pytest.MonkeyPatch) -> None:
    """On ECB+, the groups a join leaves out for being out of reach would not have changed: the
    events are those of a join that takes in every group near a joining report."""
    from tui.engine.events import group

    early, _ = held_back(ecb, 10)
    digests = {a.path: pipeline.article_digest(a) for a in ecb}
    found = group(early)
    found.events()
    kept = keptstate.decode(keptstate.encode(incremental.state_of(found, digests, None)))
    assert kept is not None
    seen: list[int] = []
    from tui.engine.events import merge_groups as real

    def counting(matrix: CSR, groups: list[list[int]], *args: object, **kw: object) -> list[list[int]]:
        seen.append(len(groups))
        return real(matrix, groups, *args, **kw)  # type: ignore[arg-type]  # what the join passes

    monkeypatch.setattr(incremental, "merge_groups", counting)
    outcomes = []
    for reach in (incremental.JOIN_REACH, 0.0):
        monkeypatch.setattr(incremental, "JOIN_REACH", reach)
        result = incremental.regroup(kept, ecb, digests, None)
        assert result is not None
        outcomes.append(sorted(sorted(a.path for a in e.articles) for e in result.grouping.events()))
    assert seen[0] < seen[1]  # some near groups were out of reach
    assert outcomes[0] == outcomes[1]
