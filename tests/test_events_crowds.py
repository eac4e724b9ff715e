"""Two events of one kind keep apart when each one's reports are each other's nearest, and two parts of
one event whose reports are each other's neighbours merge on less similarity (linkage.Crowds)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from tui.engine import events, linkage
from tui.engine.corpus import load_corpus
from tui.engine.events import group_events
from tui.engine.linkage import CROWD_LEVEL, Crowds, crowd_neighbours, nearest
from tui.engine.model import Article

ROOT = Path(__file__).resolve().parents[1]
ECB = ROOT / "bench" / "data" / "ecbplus-dev"
GOLD = json.loads((ROOT / "bench" / "data" / "ecbplus-dev.gold.json").read_text(encoding="utf-8"))


def _graph(edges: list[tuple[int, int, float]], n: int, k: int) -> tuple[np.ndarray, np.ndarray]:
    i = np.array([e[0] for e in edges], dtype=np.int64)
    j = np.array([e[1] for e in edges], dtype=np.int64)
    return nearest(n, i, j, np.array([e[2] for e in edges]), k)


def _two_groups(cross: float) -> Crowds:
    """Items 0-3 and 4-7, alike within each four at 0.5, alike across at `cross`; three nearest each."""
    within = [(a, b, 0.5) for g in (range(4), range(4, 8)) for a in g for b in g if a < b]
    across = [(a, b, cross) for a in range(4) for b in range(4, 8)]
    owner = np.array([0, 0, 0, 0, 1, 1, 1, 1])
    return Crowds(_graph(within + across, 8, 3), owner, 2)


def test_nearest_keeps_the_k_most_similar() -> None:
    indptr, cols = _graph([(0, 1, 0.9), (0, 2, 0.1), (0, 3, 0.5), (1, 2, 0.2)], 4, 2)
    assert sorted(cols[indptr[0]:indptr[1]].tolist()) == [1, 3]
    assert sorted(cols[indptr[2]:indptr[3]].tolist()) == [0, 1]  # fewer than k: all of them
    assert indptr[4] - indptr[3] == 1


def test_groups_whose_neighbours_are_their_own_are_apart() -> None:
    crowds = _two_groups(cross=0.3)  # each item's three nearest are the rest of its own four
    assert crowds.apart(0, 4, 1, 4, mean=0.2)
    assert not crowds.apart(0, 4, 1, 4, mean=CROWD_LEVEL)  # as alike as one event's reports
    assert not crowds.apart(0, 2, 1, 4, mean=0.2)  # too small to tell
    assert not crowds.apart(0, 4, 1, 6, mean=0.2)  # beyond three neighbour lists: not checked


def test_copies_are_no_crowd() -> None:
    """Three copies of one story and a fourth report, twice: the copies are left out of the lists."""
    edges = [(a, b, 0.9) for g in ((0, 1, 2), (4, 5, 6)) for a in g for b in g if a < b]
    edges += [(a, b, 0.3) for a in range(4) for b in range(4, 8)] + [(a, 3, 0.4) for a in (0, 1, 2)]
    edges += [(a, 7, 0.4) for a in (4, 5, 6)]
    i, j, sims = (np.array(x) for x in zip(*edges, strict=True))
    indptr, cols = crowd_neighbours(8, i.astype(np.int64), j.astype(np.int64), sims.astype(float), 3)
    assert 1 not in cols[indptr[0]:indptr[1]].tolist() and 3 in cols[indptr[0]:indptr[1]].tolist()


def test_groups_whose_neighbours_mix_are_one_event() -> None:
    crowds = _two_groups(cross=0.9)  # each item's two nearest are across
    assert not crowds.apart(0, 4, 1, 4, mean=0.2)


def test_groups_whose_neighbours_mix_are_mingled() -> None:
    assert _two_groups(cross=0.9).mingled(0, 4, 1, 4)  # each item's two nearest are across
    assert not _two_groups(cross=0.3).mingled(0, 4, 1, 4)  # each keeps its own crowd
    assert not _two_groups(cross=0.9).mingled(0, 2, 1, 4)  # too small to tell
    assert not _two_groups(cross=0.9).mingled(0, 4, 1, 6)  # beyond three neighbour lists: not checked


def test_counts_are_summed_on_a_merge() -> None:
    within = [(0, 1, 0.9), (2, 3, 0.9), (4, 5, 0.9), (1, 2, 0.8), (3, 4, 0.1)]
    crowds = Crowds(_graph(within, 6, 1), np.array([0, 0, 1, 1, 2, 2]), 3)
    crowds.merge(0, 1)
    fresh = Crowds(_graph(within, 6, 1), np.array([0, 0, 0, 0, 2, 2]), 3)
    assert (crowds.inside[0], crowds.degree[0]) == (fresh.inside[0], fresh.degree[0])
    assert crowds.links[0] == fresh.links[0] and crowds.links[2] == fresh.links[2]


@pytest.fixture(scope="module")
def ecb() -> list[Article]:
    return list(load_corpus([ECB]).articles)


@pytest.mark.parametrize("topic", ["35", "9"])
def test_two_events_of_one_kind_in_ecb_plus_stay_apart(ecb: list[Article], topic: str,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Topic 35: two San Diego Chargers players arrested for drunk driving a month apart; topic 9:
    the Bush administration's endangered-species rule and Obama's reversal of it. Every report
    of each is much like the other event's, but nearest to its own event's."""

    sizes = {gold: sum(1 for g in GOLD.values() if g == gold) for gold in (f"{topic}-ecb", f"{topic}-ecbplus")}

    def mixed(events_found: list[list[str]]) -> bool:
        """Whether one event holds most of the reports of both."""
        return any(all(2 * sum(GOLD[name] == gold for name in names) > size for gold, size in sizes.items())
                   for names in events_found)

    def found() -> list[list[str]]:
        return [[Path(a.path).name for a in e.articles] for e in group_events(ecb)]

    assert not mixed(found())
    monkeypatch.setattr(linkage, "CROWD", 2.0)  # no group keeps to itself that much: the check is off
    assert mixed(found())


def test_parts_of_one_event_whose_crowds_mingle_merge(ecb: list[Article], monkeypatch: pytest.MonkeyPatch) -> None:
    """Topic 39's first event, Matt Smith named the eleventh Doctor: the reports that name him and
    those that call him "the 26-year-old" are less alike than the threshold asks, but each part's
    reports find their nearest neighbours in the other part as much as in their own."""

    def largest_share() -> float:
        names = [name for name, gold in GOLD.items() if gold == "39-ecb"]
        found = [{Path(a.path).name for a in e.articles} for e in group_events(ecb)]
        return max(len(f.intersection(names)) for f in found) / len(names)

    assert largest_share() > 0.9
    monkeypatch.setattr(events, "MINGLED_THRESHOLD", events.THRESHOLD)  # the rule off
    assert largest_share() < 0.75  # two events of 8 and 6 reports
