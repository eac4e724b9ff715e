"""A filter over a new shelf before its index is built: `refiltered` answers what the index
will, scanning only the articles that are new or changed (tui.engine.search)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from tui.engine.model import Article, Corpus, Event
from tui.engine.search import INDEX_VERSION, ArticleIndex, refiltered, scan
from tui.engine.shelf import Shelf


def article(path: str, title: str, body: str) -> Article:
    return Article(path, title, "Outlet", None, None, None, body, ())


def shelf_of(articles: list[Article]) -> Shelf:
    return Shelf.build(Corpus(tuple(articles)), [Event(a.path, a.title or "", None, (a,)) for a in articles])


def test_new_and_changed_articles_are_scanned_the_rest_keep_their_answer() -> None:
    bridge = article("https://a.test/bridge", "Bridge shut", "The bridge closed after cracks were found.")
    museum = article("https://a.test/museum", "Museum opens", "Queues formed at the museum.")
    before = shelf_of([bridge, museum])
    shown = scan(before.corpus.articles, "cracks")
    assert shown == {bridge.path}
    floods = article("https://b.test/floods", "Floods", "Cracks in the flood wall worried residents.")
    museum_now = replace(museum, body="Queues formed at the museum; cracks in its roof were seen.")
    bridge_now = replace(bridge)  # read again, the same text
    after = shelf_of([bridge_now, museum_now, floods])
    found = refiltered(shown, before, after, "cracks")
    assert found == {bridge.path, museum.path, floods.path}
    index = ArticleIndex(None)  # in memory
    index.update(after.corpus.articles)
    assert found == index.find("cracks")  # what the index will answer
    gone = shelf_of([museum])  # the bridge story removed
    assert refiltered(shown, before, gone, "cracks") == set()


def test_a_match_is_joined_to_its_path_through_an_index_not_a_scan(tmp_path: Path) -> None:
    """Unindexed, each matching article scanned the paths' table: one letter typed over 10,000
    articles took 7.8 s, the app waiting. An index file kept from before gets the index too."""
    import sqlite3

    kept = tmp_path / "search.sqlite3"
    old = sqlite3.connect(kept)  # as an earlier Parallax left it: no index on rid
    old.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    old.execute("INSERT INTO meta VALUES ('version', ?)", (INDEX_VERSION,))
    old.execute("CREATE TABLE docs (path BLOB PRIMARY KEY, digest TEXT, rid INTEGER)")
    old.commit()
    old.close()
    for index in (ArticleIndex(None), ArticleIndex(kept)):
        index.update([article(f"a{k}.txt", f"Story {k}", "A bridge closed.") for k in range(3)])
        plan = " ".join(str(row[3]) for row in index._db.execute(f"EXPLAIN QUERY PLAN {ArticleIndex.FIND}", ('"a"*',)))
        assert "SEARCH docs USING INDEX" in plan and "SCAN docs" not in plan, plan
        assert index.find("a") == {"a0.txt", "a1.txt", "a2.txt"}
        index.close()
