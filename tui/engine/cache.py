"""A second start on the same corpus reuses the first one's work.

Reading and cleaning an article is the expensive part of a start, and grouping
ten thousand of them is the next; both are kept in one SQLite file in the
user's cache folder. An article row is valid while its file keeps the same
size and modification time and the engine the same ENGINE_VERSION (and source:
see engine_key); a grouping
is keyed by a hash of everything that feeds it. Each write is one transaction
(SQLite's own locking, WAL journal), so concurrent instances cannot corrupt the
file; a file that is corrupt anyway is deleted and rebuilt, with a notice.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from tui.engine import ENGINE_VERSION
from tui.engine.corpus import DEFAULT_MAX_BYTES, VANISHED, find_files, read_found
from tui.engine.model import Article, Corpus, Event, Notice, Sentence

SCHEMA = "1"
KEEP_GROUPINGS = 16
"""Groupings kept (most recent first); one per corpus the reader opens."""
KEEP_VECTORS = 50_000
"""Sentence vectors kept (most recently stored first), 768 bytes each: about 40 MB."""
BUSY_MS = 10_000


@functools.cache
def engine_key() -> str:
    """ENGINE_VERSION plus a hash of the source of every engine module that reading and
    grouping use, so a change to them invalidates cached work even when nobody remembered
    to bump the version (and a change to, say, alignment does not)."""
    import tui.engine.corpus
    import tui.engine.events  # noqa: F401  (imported for its source, with everything it uses)

    digest = hashlib.sha1(ENGINE_VERSION.encode())
    for name in sorted(m for m in sys.modules if m.startswith("tui.engine.")):
        source = getattr(sys.modules[name], "__file__", None)
        if source:
            digest.update(name.encode())
            with contextlib.suppress(OSError):
                digest.update(Path(source).read_bytes())
    return f"{ENGINE_VERSION}-{digest.hexdigest()[:12]}"


def default_cache_path() -> Path:
    """parallax.sqlite3 in the platform's user cache folder."""
    from platformdirs import user_cache_path

    return user_cache_path("parallax", appauthor=False) / "parallax.sqlite3"


class _Corrupt(Exception):
    """The cache file cannot be used as a database."""


def _connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=BUSY_MS / 1000, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        with conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            conn.execute(
                "CREATE TABLE IF NOT EXISTS articles (file TEXT PRIMARY KEY, size INTEGER NOT NULL, "
                "mtime INTEGER NOT NULL, max_bytes INTEGER NOT NULL, engine TEXT NOT NULL, data TEXT NOT NULL)"
            )
            conn.execute(
                "CREATE TABLE IF NOT EXISTS groupings (key TEXT PRIMARY KEY, used REAL NOT NULL, "
                "data TEXT NOT NULL)"
            )
            conn.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
            row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            if row is None:
                conn.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA,))
            elif row[0] != SCHEMA:
                raise _Corrupt(f"schema {row[0]!r}, expected {SCHEMA!r}")
        conn.execute("SELECT count(*) FROM articles").fetchone()
    except sqlite3.DatabaseError as err:
        conn.close()
        raise _Corrupt(str(err)) from err
    except _Corrupt:
        conn.close()
        raise
    return conn


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{path}{suffix}")


class Cache:
    """The open cache file; `notices` says what went wrong with it, if anything."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = default_cache_path() if path is None else path
        self.notices: list[Notice] = []
        self.conn: sqlite3.Connection | None = None
        try:
            self.conn = _connect(self.path)
        except _Corrupt as err:
            self.notices.append(Notice(str(self.path), f"cache was unreadable ({err}); rebuilt"))
            _remove(self.path)
            try:
                self.conn = _connect(self.path)
            except (_Corrupt, OSError) as again:
                self._give_up(again)
        except OSError as err:
            self._give_up(err)

    def _give_up(self, err: Exception) -> None:
        self.notices.append(Notice(str(self.path), f"cache unavailable ({err}); working without it"))
        self.conn = None

    def _guard(self, err: sqlite3.Error) -> None:
        """A failure mid-run: say so once and carry on uncached."""
        self._give_up(err)

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def __enter__(self) -> Cache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- articles ---------------------------------------------------------------------------------

    def lookup(self, files: Sequence[str]) -> dict[str, tuple[int, int, int, str, str]]:
        """Rows for these absolute file names: (size, mtime, max_bytes, engine, data)."""
        if self.conn is None:
            return {}
        out: dict[str, tuple[int, int, int, str, str]] = {}
        try:
            for start in range(0, len(files), 500):
                part = files[start:start + 500]
                marks = ",".join("?" * len(part))
                for row in self.conn.execute(
                    f"SELECT file, size, mtime, max_bytes, engine, data FROM articles WHERE file IN ({marks})",
                    part,
                ):
                    out[row[0]] = (row[1], row[2], row[3], row[4], row[5])
        except sqlite3.DatabaseError as err:
            self._guard(err)
            return {}
        return out

    def store(self, rows: Sequence[tuple[str, int, int, int, str, str]]) -> None:
        """Write article rows in one transaction."""
        if self.conn is None or not rows:
            return
        try:
            with self.conn:
                self.conn.execute("BEGIN IMMEDIATE")
                self.conn.executemany("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?)", rows)
        except sqlite3.Error as err:
            self._guard(err)

    # -- groupings --------------------------------------------------------------------------------

    def grouping(self, key: str) -> Any | None:
        if self.conn is None:
            return None
        try:
            row = self.conn.execute("SELECT data FROM groupings WHERE key = ?", (key,)).fetchone()
        except sqlite3.DatabaseError as err:
            self._guard(err)
            return None
        if row is None:
            return None
        try:
            return json.loads(row[0])
        except ValueError:
            return None

    def store_grouping(self, key: str, data: Any) -> None:
        if self.conn is None:
            return
        try:
            with self.conn:
                self.conn.execute("BEGIN IMMEDIATE")
                self.conn.execute("INSERT OR REPLACE INTO groupings VALUES (?, ?, ?)",
                                  (key, time.time(), json.dumps(data)))
                self.conn.execute(
                    "DELETE FROM groupings WHERE key NOT IN "
                    "(SELECT key FROM groupings ORDER BY used DESC LIMIT ?)", (KEEP_GROUPINGS,))
        except sqlite3.Error as err:
            self._guard(err)


    # -- sentence vectors ---------------------------------------------------------------------------

    def vectors(self, keys: Sequence[str]) -> dict[str, bytes]:
        """Stored vectors (see tui.engine.embed) by key; the ones not found are left out."""
        if self.conn is None:
            return {}
        out: dict[str, bytes] = {}
        try:
            for start in range(0, len(keys), 500):
                part = keys[start:start + 500]
                marks = ",".join("?" * len(part))
                for key, data in self.conn.execute(f"SELECT key, data FROM vectors WHERE key IN ({marks})", part):
                    out[key] = bytes(data)
        except sqlite3.DatabaseError as err:
            self._guard(err)
            return {}
        return out

    def store_vectors(self, rows: Sequence[tuple[str, bytes]]) -> None:
        """Write vectors in one transaction, keeping the newest KEEP_VECTORS."""
        if self.conn is None or not rows:
            return
        try:
            with self.conn:
                self.conn.execute("BEGIN IMMEDIATE")
                self.conn.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?)", rows)
                self.conn.execute("DELETE FROM vectors WHERE rowid <= (SELECT max(rowid) FROM vectors) - ?",
                                  (KEEP_VECTORS,))
        except sqlite3.Error as err:
            self._guard(err)


# -- article (de)serialisation ------------------------------------------------------------------


def _encode(article: Article | None, notices: Sequence[Notice]) -> str:
    """What reading one file gave (no article, for a file that gives none), for the cache."""
    messages = [n.message for n in notices]
    if article is None:
        return json.dumps({"notices": messages}, ensure_ascii=False)
    sentences: list[list[Any]] = []
    for s in article.sentences:
        sentences.append([s.start, s.end] if article.body[s.start:s.end] == s.text else [s.start, s.end, s.text])
    return json.dumps({
        "title": article.title, "outlet": article.outlet, "author": article.author, "date": article.date,
        "url": article.url, "body": article.body, "sentences": sentences, "notices": messages,
    }, ensure_ascii=False)


def _decode(data: str, shown: str) -> tuple[Article | None, list[Notice]]:
    """The cached article (None if the file gave no article) and its notices, under `shown`."""
    d = json.loads(data)
    notices = [Notice(shown, m) for m in d["notices"]]
    if "body" not in d:
        return None, notices
    body: str = d["body"]
    sentences = tuple(
        Sentence(s[2] if len(s) > 2 else body[s[0]:s[1]], s[0], s[1]) for s in d["sentences"]
    )
    article = Article(shown, d["title"], d["outlet"], d["author"], d["date"], d["url"], body, sentences)
    return article, notices


def load_corpus_cached(
    inputs: Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    cache: Cache | None = None,
) -> Corpus:
    """Like corpus.load_corpus, but files unchanged since the last start come from the cache.

    Notices about the cache itself (rebuilt, unavailable) come first in the corpus's notices.
    """
    own = cache is None
    store = Cache() if cache is None else cache
    try:
        return _load(inputs, max_bytes, progress, cancelled, store)
    finally:
        if own:
            store.close()


def _load(inputs: Iterable[str | Path], max_bytes: int, progress: Callable[[int, int], None] | None,
          cancelled: Callable[[], bool] | None, store: Cache) -> Corpus:
    notices: list[Notice] = []
    found = find_files(inputs, notices)
    files = [os.path.abspath(f.path) for f in found]
    rows = store.lookup(files)
    articles: list[Article] = []
    fresh: list[tuple[str, int, int, int, str, str]] = []
    for done, (item, file) in enumerate(zip(found, files, strict=True), 1):
        if cancelled is not None and cancelled():
            break
        try:
            info = os.stat(file)
        except OSError:
            notices.append(Notice(item.shown, VANISHED))
            continue
        row = rows.get(file)
        got: tuple[Article | None, list[Notice]] | None = None
        if row is not None and row[:4] == (info.st_size, info.st_mtime_ns, max_bytes, engine_key()):
            try:
                got = _decode(row[4], item.shown)
            except (ValueError, KeyError, TypeError, IndexError):
                got = None
        if got is None:
            got = read_found(item, max_bytes)
            fresh.append((file, info.st_size, info.st_mtime_ns, max_bytes, engine_key(), _encode(*got)))
        if got[0] is not None:
            articles.append(got[0])
        notices.extend(got[1])
        if progress is not None:
            progress(done, len(found))
        if len(fresh) >= 500:
            store.store(fresh)
            fresh = []
    store.store(fresh)
    return Corpus(tuple(articles), tuple(store.notices) + tuple(notices))


# -- cached grouping ----------------------------------------------------------------------------


def grouping_key(articles: Sequence[Article], pins: Mapping[str, str | None] | None) -> str:
    """A hash of everything grouping reads: versions, settings, pins, each article's content."""
    from tui.engine import events

    settings = (engine_key(), events.GROUPING_VERSION, events.THRESHOLD,
                sorted((k, v or "") for k, v in (pins or {}).items()))
    digest = hashlib.sha1(repr(settings).encode())
    for a in articles:
        for part in (a.path, a.title, a.outlet, a.author, a.date, a.body):
            digest.update(b"\0" if part is None else b"\1" + part.encode("utf-8", "surrogatepass"))
        digest.update(len(a.sentences).to_bytes(4, "little"))
    return digest.hexdigest()


def group_events_cached(articles: Sequence[Article], *, pins: Mapping[str, str | None] | None = None,
                        cache: Cache | None = None) -> list[Event]:
    """group_events, remembered: the same articles (and pins) give the stored events at once."""
    from tui.engine.events import group_events

    own = cache is None
    store = Cache() if cache is None else cache
    try:
        key = grouping_key(articles, pins)
        data = store.grouping(key)
        if data is not None:
            try:
                return [Event(e["id"], e["label"], e["date"], tuple(articles[k] for k in e["members"]))
                        for e in data]
            except (KeyError, TypeError, IndexError):
                pass
        events = group_events(articles, pins=pins)
        index = {id(a): k for k, a in enumerate(articles)}
        store.store_grouping(key, [
            {"id": e.id, "label": e.label, "date": e.date, "members": [index[id(a)] for a in e.articles]}
            for e in events
        ])
        return events
    finally:
        if own:
            store.close()


def load_events_cached(inputs: Iterable[str | Path], *,
                       pins: Callable[[Sequence[Article]], Mapping[str, str | None]] | None = None,
                       max_bytes: int = DEFAULT_MAX_BYTES, cache_path: Path | None = None,
                       ) -> tuple[Corpus, list[Event]]:
    """Load the corpus and group it, both through one cache: what `parallax events` runs.

    `pins` gives the reader's corrections for the articles read (their paths are known
    only once the inputs have been walked).
    """
    with Cache(cache_path) as store:
        corpus = load_corpus_cached(inputs, max_bytes=max_bytes, cache=store)
        if not corpus.articles:
            return corpus, []
        pinned = pins(corpus.articles) if pins is not None else None
        events = group_events_cached(corpus.articles, pins=pinned, cache=store)
    return corpus, events
