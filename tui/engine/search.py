"""Full-text search over the loaded articles: headline, outlet, author, file name, body.

An SQLite FTS5 index, kept in a file of its own in the user's cache folder and brought
up to date with the corpus on every load: only articles whose text changed are indexed
again, so a second start of a 10,000-article library costs a look-up, not a rebuild.
A query is the words typed so far, each matched as a word prefix ("port hald" finds
"Port Halden"), accents folded; every article matching all of them is returned.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path

from tui.engine.model import Article
from tui.engine.shelf import Shelf

INDEX_VERSION = "1"
"""Bump when the indexed columns or the tokenizer change: the index is then rebuilt."""

MAX_TERMS = 16
"""A query keeps its first this many words: more narrows nothing a reader needs."""

_TERM = re.compile(r"\w+", re.UNICODE)


def default_index_path() -> Path:
    """`search.sqlite3` beside the corpus cache, in the user's cache folder."""
    from platformdirs import user_cache_path

    return user_cache_path("parallax") / "search.sqlite3"


def _digest(article: Article) -> str:
    parts = (article.title, article.outlet, article.author, article.path, article.body)
    digest = hashlib.blake2b(digest_size=16)
    for part in parts:
        digest.update(b"\0" if part is None else b"\1" + part.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def match_expression(query: str) -> str | None:
    """The FTS5 expression for what a reader typed, or None when it holds no word."""
    terms = _TERM.findall(query)[:MAX_TERMS]
    if not terms:
        return None
    return " ".join(f'"{term}"*' for term in terms)


class ArticleIndex:
    """An FTS5 index of articles by path. `path` None keeps it in memory (tests, no cache)."""

    def __init__(self, path: Path | None = None) -> None:
        self._db = self._open(path)

    @staticmethod
    def _open(path: Path | None) -> sqlite3.Connection:
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
                os.close(fd)
                return ArticleIndex._prepare(sqlite3.connect(path, check_same_thread=False, timeout=5))
            except (OSError, sqlite3.Error):
                pass  # a cache that cannot be had: an index in memory serves this run
        return ArticleIndex._prepare(sqlite3.connect(":memory:", check_same_thread=False))

    @staticmethod
    def _prepare(db: sqlite3.Connection) -> sqlite3.Connection:
        db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        version = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        if version is None or version[0] != INDEX_VERSION:
            db.execute("DROP TABLE IF EXISTS docs")
            db.execute("DROP TABLE IF EXISTS articles")
            db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (INDEX_VERSION,))
        db.execute("CREATE TABLE IF NOT EXISTS docs (path BLOB PRIMARY KEY, digest TEXT, rid INTEGER)")
        # find joins each match to its path by rid: unindexed, every match scanned the whole table
        # ("a", matching 9,960 of 10,000 articles, took 7.8 s; 0.07 s so). Made here, an index kept
        # from before gets it on its next opening.
        db.execute("CREATE INDEX IF NOT EXISTS docs_rid ON docs (rid)")
        db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS articles USING fts5("
                   "title, outlet, author, name, body, tokenize = 'unicode61 remove_diacritics 2')")
        db.commit()
        return db

    @staticmethod
    def _key(path: str) -> bytes:
        return path.encode("utf-8", "surrogateescape")

    def update(self, articles: Sequence[Article]) -> int:
        """Make the index hold exactly these articles; returns how many were (re)indexed."""
        wanted = {self._key(a.path): a for a in articles}
        stored = {bytes(row[0]): (row[1], row[2]) for row in self._db.execute("SELECT path, digest, rid FROM docs")}
        changed = 0
        with self._db:
            for key, (_digest_seen, rid) in stored.items():
                if key not in wanted:
                    self._db.execute("DELETE FROM articles WHERE rowid = ?", (rid,))
                    self._db.execute("DELETE FROM docs WHERE path = ?", (key,))
            for key, article in wanted.items():
                digest = _digest(article)
                seen = stored.get(key)
                if seen is not None and seen[0] == digest:
                    continue
                if seen is not None:
                    self._db.execute("DELETE FROM articles WHERE rowid = ?", (seen[1],))
                name = os.path.basename(article.path)
                cursor = self._db.execute(
                    "INSERT INTO articles (title, outlet, author, name, body) VALUES (?, ?, ?, ?, ?)",
                    (article.title or "", article.outlet or "", article.author or "", name, article.body))
                self._db.execute("INSERT OR REPLACE INTO docs VALUES (?, ?, ?)", (key, digest, cursor.lastrowid))
                changed += 1
        return changed

    FIND = "SELECT docs.path FROM articles JOIN docs ON docs.rid = articles.rowid WHERE articles MATCH ?"
    """The paths of the articles an expression matches."""

    def find(self, query: str) -> set[str] | None:
        """The paths of the articles matching every word of `query`; None when it has no word."""
        expression = match_expression(query)
        if expression is None:
            return None
        rows = self._db.execute(self.FIND, (expression,))
        return {bytes(row[0]).decode("utf-8", "surrogateescape") for row in rows}

    def close(self) -> None:
        self._db.close()


def scan(articles: Iterable[Article], query: str) -> set[str] | None:
    """What `ArticleIndex.find` answers, by reading every article (while the index is built)."""
    terms = [term.casefold() for term in _TERM.findall(query)[:MAX_TERMS]]
    if not terms:
        return None
    found: set[str] = set()
    for article in articles:
        words = {w.casefold() for part in (article.title, article.outlet, article.author,
                                            os.path.basename(article.path), article.body) if part
                 for w in _TERM.findall(part)}
        if all(any(word.startswith(term) for word in words) for term in terms):
            found.add(article.path)
    return found


def build_index(articles: Iterable[Article], path: Path | None = None) -> ArticleIndex:
    """An index of `articles`, kept at `path` (the user's cache when not given)."""
    wanted = list(articles)
    index = ArticleIndex(path if path is not None else default_index_path())
    try:
        index.update(wanted)
    except sqlite3.Error:  # locked by another Parallax for too long, or broken: this run searches in memory
        index.close()
        index = ArticleIndex(None)
        index.update(wanted)
    return index


def refiltered(shown: set[str], before: Shelf, after: Shelf, query: str) -> set[str]:
    """What `query` lets through of `after`, knowing it let `shown` through of `before` (a new
    shelf, the index not yet caught up): the new and changed articles are scanned, the others
    keep their answer."""
    def same(article: Article) -> bool:
        old = before.by_path.get(article.path)
        return old is not None and (old.title, old.outlet, old.author, old.body) == \
            (article.title, article.outlet, article.author, article.body)

    kept = {a.path for a in after.corpus.articles if a.path in shown and same(a)}
    fresh = [a for a in after.corpus.articles if not same(a)]
    return kept | (scan(fresh, query) or set())
