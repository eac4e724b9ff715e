"""The coverage engine: facts from pairwise alignments, the alignment cache, and their rules."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tui.commands.coverage import coverage_json
from tui.engine import align_cache
from tui.engine.align import Cancelled, align
from tui.engine.align_cache import AlignmentCache, align_many
from tui.engine.corpus import read_article
from tui.engine.coverage import Coverage, build_coverage, canonical, group_facts
from tui.engine.model import Alignment, Article, Match, Sentence

FIRST_EVENT = ("000_7f0f2242164ee204.txt", "001_3f8f53560a646d72.txt", "003_0f17ba297f544814.txt")


def seeds() -> list[Article]:
    out = []
    for name in FIRST_EVENT:
        article, _ = read_article(str(SEEDS / name))
        assert article is not None
        out.append(article)
    return out


def article(path: str, texts: Sequence[str], date: str | None = None) -> Article:
    body = " ".join(texts)
    sentences, at = [], 0
    for text in texts:
        sentences.append(Sentence(text, at, at + len(text)))
        at += len(text) + 1
    return Article(path, None, None, None, date, None, body, tuple(sentences))


@pytest.fixture(scope="module")
def seeds_coverage() -> Coverage:
    return build_coverage(seeds(), semantic=False)


def test_seeds_facts_follow_the_contract(seeds_coverage: Coverage) -> None:
    data = coverage_json(seeds_coverage)
    assert set(data) == {"articles", "facts"}
    assert [set(a) for a in data["articles"]] == [{"path", "title", "outlet", "date", "sentences"}] * 3
    assert data["facts"], "three reports of one call share facts"
    seen: set[tuple[int, int]] = set()
    for fact in data["facts"]:
        assert set(fact) == {"label", "support", "members"}
        assert fact["support"] == len(fact["members"]) >= 2
        arts = [m["article"] for m in fact["members"]]
        assert len(set(arts)) == len(arts)
        texts = [" ".join(data["articles"][m["article"]]["sentences"][s] for s in m["sentences"])
                 for m in fact["members"]]
        assert fact["label"] in texts
        for m in fact["members"]:
            assert len(m["sentences"]) in (1, 2) and m["sentences"] == sorted(m["sentences"])
            assert len(m["sentences"]) == 1 or m["sentences"][1] == m["sentences"][0] + 1
            for s in m["sentences"]:
                assert (m["article"], s) not in seen
                seen.add((m["article"], s))
    keys = [(-f["support"], f["members"][0]["article"], f["members"][0]["sentences"]) for f in data["facts"]]
    assert keys == sorted(keys)


def test_articles_in_canonical_order_dated_first(seeds_coverage: Coverage) -> None:
    dates = [a.date for a in seeds_coverage.articles]
    known = [d for d in dates if d]
    assert known == sorted(known) and dates[: len(known)] == known


def test_per_article_unique_sentences_share_and_partner(seeds_coverage: Coverage) -> None:
    cov = seeds_coverage
    for k, art in enumerate(cov.articles):
        in_facts = {s for f in cov.facts for s in f.sentences_of(k)}
        assert set(cov.unique(k)) == set(range(len(art.sentences))) - in_facts
        assert cov.share(k) == pytest.approx(sum(1 for f in cov.facts if f.sentences_of(k)) / len(cov.facts))
    for fact in cov.facts:
        assert fact.central in fact.articles
        for k in range(len(cov.articles)):
            partner = fact.partner(k)
            assert partner in fact.articles and partner != k
        dated = [a for a in fact.articles if cov.articles[a].date]
        assert fact.earliest == (min(dated, key=lambda a: (cov.articles[a].date or "", a)) if dated else None)


def test_alignment_lookup_mirrors(seeds_coverage: Coverage) -> None:
    cov = seeds_coverage
    assert cov.alignment(2, 0) == cov.alignment(0, 2).mirrored()
    assert cov.alignment(0, 1) == align(cov.articles[0], cov.articles[1], semantic=False)


def test_progress_and_cancel() -> None:
    seen: list[float] = []
    build_coverage(seeds(), semantic=False, progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0
    with pytest.raises(Cancelled):
        build_coverage(seeds(), semantic=False, cancelled=lambda: True)


def test_a_path_given_twice_counts_once() -> None:
    arts = seeds()
    assert [a.path for a in canonical([*arts, arts[0]])] == [a.path for a in canonical(arts)]


# -- the alignment cache ----------------------------------------------------------------------------


def test_cache_stores_once_and_serves_the_other_order_mirrored(tmp_path: Path) -> None:
    a, b, c = seeds()
    path = tmp_path / "cache.sqlite3"
    first = align_many([(a, b), (b, c)], semantic=False, cache_path=path)
    assert first == [align(a, b, semantic=False), align(b, c, semantic=False)]
    with sqlite3.connect(path) as conn:
        assert conn.execute(f"SELECT count(*) FROM {align_cache.TABLE}").fetchone()[0] == 2
    again = align_many([(b, a), (c, b)], semantic=False, cache_path=path)
    assert again == [align(b, a, semantic=False), align(c, b, semantic=False)]
    with sqlite3.connect(path) as conn:
        assert conn.execute(f"SELECT count(*) FROM {align_cache.TABLE}").fetchone()[0] == 2


def test_cache_is_read_not_recomputed(tmp_path: Path) -> None:
    """A stored row is what is served: edit it, and the edit comes back."""
    a, b, _ = seeds()
    path = tmp_path / "cache.sqlite3"
    full = align_many([(a, b)], semantic=False, cache_path=path)[0]
    assert len(full.matches) > 1
    with sqlite3.connect(path) as conn:
        key, data = conn.execute(f"SELECT key, data FROM {align_cache.TABLE}").fetchone()
        conn.execute(f"UPDATE {align_cache.TABLE} SET data = ? WHERE key = ?", (json.dumps(json.loads(data)[:1]), key))
    assert len(align_many([(a, b)], semantic=False, cache_path=path)[0].matches) == 1
    # A different threshold or pass is another key: computed afresh.
    assert align_many([(a, b)], semantic=False, threshold=80.0, cache_path=path)[0] == align(
        a, b, semantic=False, threshold=80.0)


def test_a_row_that_does_not_fit_is_recomputed(tmp_path: Path) -> None:
    a, b, _ = seeds()
    path = tmp_path / "cache.sqlite3"
    align_many([(a, b)], semantic=False, cache_path=path)
    with sqlite3.connect(path) as conn:
        conn.execute(f"UPDATE {align_cache.TABLE} SET data = ?", (json.dumps([[[999], [0], 90, [], [], 0]]),))
    assert align_many([(a, b)], semantic=False, cache_path=path)[0] == align(a, b, semantic=False)
    with sqlite3.connect(path) as conn:
        conn.execute(f"UPDATE {align_cache.TABLE} SET data = 'not json'")
    assert align_many([(a, b)], semantic=False, cache_path=path)[0] == align(a, b, semantic=False)


def test_unusable_cache_file_means_no_cache(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    a, b, _ = seeds()
    with AlignmentCache(blocker / "cache.sqlite3") as cache:
        assert cache.conn is None
        assert align_many([(a, b)], semantic=False, cache=cache) == [align(a, b, semantic=False)]


def test_default_cache_is_the_users_cache_file(isolated_home: Path) -> None:
    a, b, _ = seeds()
    align_many([(a, b)], semantic=False)
    from tui.engine.cache import default_cache_path

    with sqlite3.connect(default_cache_path()) as conn:
        assert conn.execute(f"SELECT count(*) FROM {align_cache.TABLE}").fetchone()[0] == 1


# -- the grouping rules, on alignments written by hand ----------------------------------------------


def _three() -> list[Article]:
    return [article(f"{name}.txt", [f"{name} one.", f"{name} two.", f"{name} three."]) for name in "abc"]


def _alignments(arts: list[Article], links: dict[tuple[int, int], list[tuple[tuple[int, ...], tuple[int, ...], float]]],
                ) -> dict[tuple[int, int], Alignment]:
    out = {}
    for i in range(len(arts)):
        for j in range(i + 1, len(arts)):
            matches = tuple(Match(li, rj, score) for li, rj, score in links.get((i, j), []))
            out[(i, j)] = Alignment(arts[i], arts[j], matches)
    return out


def test_a_chain_whose_ends_are_linked_elsewhere_is_not_joined() -> None:
    """a0~b0 and b0~c0, but a~c links a0 to c1: c0 does not join a0's fact."""
    arts = _three()
    facts = group_facts(arts, _alignments(arts, {(0, 1): [((0,), (0,), 90.0)], (1, 2): [((0,), (0,), 85.0)],
                                                 (0, 2): [((0,), (1,), 80.0)]}))
    groups = [{(m.article, m.sentences) for m in f.members} for f in facts]
    assert {(0, (0,)), (1, (0,))} in groups
    assert all(not ({(1, (0,)), (2, (0,))} <= g) for g in groups)
    assert all(not ({(0, (0,)), (2, (0,))} <= g) for g in groups) or {(0, (0,)), (2, (1,))} <= set().union(*groups)


def test_a_chain_of_sure_links_joins_three_reports() -> None:
    arts = _three()
    facts = group_facts(arts, _alignments(arts, {(0, 1): [((0,), (0,), 90.0)], (1, 2): [((0,), (0,), 85.0)]}))
    assert [[(m.article, m.sentences) for m in f.members] for f in facts] == [[(0, (0,)), (1, (0,)), (2, (0,))]]
    assert facts[0].central == 1  # linked to both others
    assert facts[0].label == "b one."


def test_a_weak_link_does_not_carry_a_chain() -> None:
    """A link under the threshold (by context or meaning) holds for its pair only."""
    arts = _three()
    facts = group_facts(arts, _alignments(arts, {(0, 1): [((0,), (0,), 90.0)], (1, 2): [((0,), (0,), 50.0)]}))
    assert [f.support for f in facts] == [2]


def test_a_long_chain_is_not_one_fact() -> None:
    """a~b~c~d, each linked only to its neighbours: a fact needs each report linked to half the others."""
    arts = [article(f"{name}.txt", [f"{name} one."]) for name in "abcd"]
    facts = group_facts(arts, _alignments(arts, {(0, 1): [((0,), (0,), 95.0)], (1, 2): [((0,), (0,), 90.0)],
                                                 (2, 3): [((0,), (0,), 85.0)]}))
    assert all(f.support <= 3 for f in facts)


def test_a_unit_of_two_sentences_and_no_more() -> None:
    arts = _three()
    facts = group_facts(arts, _alignments(arts, {(0, 1): [((0, 1), (0,), 90.0)], (1, 2): [((0,), (0,), 85.0)],
                                                 (0, 2): [((1,), (0,), 80.0)]}))
    assert [(m.article, m.sentences) for m in facts[0].members] == [(0, (0, 1)), (1, (0,)), (2, (0,))]
    # a~c linking a's third sentence instead: a's unit would be three sentences, or c0 is
    # linked elsewhere; either way c stays out.
    facts = group_facts(arts, _alignments(arts, {(0, 1): [((0, 1), (0,), 90.0)], (1, 2): [((0,), (0,), 85.0)],
                                                 (0, 2): [((2,), (0,), 80.0)]}))
    assert all(len(m.sentences) <= 2 for f in facts for m in f.members)
    assert [(m.article, m.sentences) for m in facts[0].members] == [(0, (0, 1)), (1, (0,))]


def test_earliest_report_by_date() -> None:
    arts = [article("a.txt", ["a one."], "2024-07-13"), article("b.txt", ["b one."], "2024-07-12"),
            article("c.txt", ["c one."])]
    ordered = canonical(arts)
    assert [a.path for a in ordered] == ["b.txt", "a.txt", "c.txt"]
    facts = group_facts(ordered, _alignments(ordered, {(1, 2): [((0,), (0,), 90.0)], (0, 2): [((0,), (0,), 90.0)]}))
    assert facts[0].earliest == 0
    facts = group_facts(ordered, _alignments(ordered, {(1, 2): [((0,), (0,), 90.0)]}))
    assert facts[0].earliest == 1

