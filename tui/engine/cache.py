"""The cache file: one SQLite database in the user's cache folder that lets a second start
reuse the first one's work (articles as read and cleaned, groupings, sentence vectors).

What is kept, and how it is read, is in tui.engine.pipeline; this module opens the file and
keeps it sound:
- it is private: created 0600, in a 0700 folder;
- "locked" is not "corrupt": another process's lock is waited for up to LOCK_WAIT_S, then
  this run works without the cache, with one notice, and the file is left alone;
- a file that is not a database, or fails SQLite's integrity, is set aside (renamed, not
  deleted) and rebuilt, with a notice; a database that opened correctly is never removed;
- a cache that cannot be opened or written (a folder in its place, a read-only folder, no
  permission) means working without it, with one notice, never a traceback;
- rows are keyed by the file's path as bytes (os.fsencode), so any name the system can
  hold works, whether or not it is valid UTF-8.
Each write is one transaction (SQLite's own locking, WAL journal), so concurrent
instances cannot corrupt the file.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from platformdirs import user_cache_path

from tui.engine import ENGINE_VERSION
from tui.engine.model import Notice
from tui.engine.privatefile import make_private, set_aside

SCHEMA = "3"
"""The tables' layout; a database with another one has its tables rebuilt (not the file)."""
KEEP_GROUPINGS = 16
"""Groupings kept (most recent first); one per corpus the reader opens."""
KEEP_STATES = 8
"""Rows of kept groupings new articles can join (tui.engine.incremental): a corpus's grouping (~13 MB
per 10k articles) and what joined it since (see JOINS), so four corpora."""
JOINS = "+joins"
"""Suffix of the slot that holds what joined a kept grouping since it was made: its few rows, not
the whole grouping again (see tui.engine.keptstate)."""
KEEP_VECTORS = 50_000
"""Sentence vectors kept (most recently stored first), 768 bytes each: about 40 MB."""
LOCK_WAIT_S = 5.0
"""How long to wait for another process's lock on the file before working without the cache."""
BUSY_MEMORY_S = 60.0
"""After a wait for a lock ran out, opens in the next this-many seconds try once, without waiting:
a comparison's sentence vectors must not wait LOCK_WAIT_S each time while the lock is held."""
PRUNE_EVERY_S = 24 * 3600
"""How often rows of files that no longer exist are looked for across the whole cache."""
RACY_NS = 3_000_000_000
"""A row stored less than this long after its file last changed is checked against the file's
content hash before it is used: a second edit in the same timestamp tick keeps size and times
(3 s covers the coarsest file systems' 2 s timestamps)."""
ENGINE_DIR = Path(__file__).resolve().parent

# SQLite's primary result codes (https://sqlite.org/rescode.html) that decide what a failure means.
_BUSY = frozenset({5, 6})  # SQLITE_BUSY, SQLITE_LOCKED: another process holds the file
_CORRUPT = frozenset({11, 26})  # SQLITE_CORRUPT, SQLITE_NOTADB: the file is not a sound database


@functools.cache
def engine_key() -> str:
    """ENGINE_VERSION plus a hash of the source files of tui/engine, so a change to the engine
    invalidates cached work even when nobody remembered to bump the version. It reads the files
    themselves (sorted by name, once per process), never what happens to be imported, so every
    process, CLI or TUI, computes the same key."""
    digest = hashlib.sha1(ENGINE_VERSION.encode())
    # os.scandir and open rather than Path.glob and read_bytes: the same names and bytes, with
    # less Python around them (this runs at every start, in its reading thread; issue 11).
    for name in sorted(entry.name for entry in os.scandir(ENGINE_DIR) if entry.name.endswith(".py")):
        digest.update(name.encode() + b"\0")
        with contextlib.suppress(OSError), open(os.path.join(ENGINE_DIR, name), "rb") as source:
            digest.update(source.read())
    return f"{ENGINE_VERSION}-{digest.hexdigest()[:12]}"


def default_cache_path() -> Path:
    """parallax.sqlite3 in the platform's user cache folder."""
    return user_cache_path("parallax", appauthor=False) / "parallax.sqlite3"


@dataclass
class CacheStats:
    """What the caches of this process did: a test (or a curious reader) can see that a start
    reused everything."""

    rows_used: int = 0
    """Article rows served from the cache."""
    files_read: int = 0
    """Article files read and cleaned because no usable row was found."""
    rows_written: int = 0
    groupings_used: int = 0
    groupings_written: int = 0
    groupings_joined: int = 0
    """Groupings made from a kept one, new articles joining it (tui.engine.incremental)."""


STATS = CacheStats()
"""Totals for every Cache opened in this process."""


@dataclass(frozen=True, slots=True)
class Identity:
    """What says a file is unchanged since it was read: an edit changes the size or the times
    (ctime even when mtime is put back), a replacement changes the inode."""

    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int

    @classmethod
    def of(cls, info: os.stat_result) -> Identity:
        return cls(info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)

    @property
    def changed_ns(self) -> int:
        return max(self.mtime_ns, self.ctime_ns)


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """One file as read: its identity when read, the settings it was read with, a hash of its
    bytes, when the row was stored, and the encoded result (see tui.engine.pipeline)."""

    file: bytes
    identity: Identity
    max_bytes: int
    engine: str
    digest: bytes
    stored_ns: int
    data: str

    def settled(self) -> bool:
        """Stored long enough after the file's last change that the times can be trusted."""
        return self.stored_ns - self.identity.changed_ns > RACY_NS


class _Corrupt(Exception):
    """The cache file is not a sound database."""


class _Busy(Exception):
    """Another process holds the cache file locked."""


def _kind(err: sqlite3.Error) -> type[Exception]:
    """What a failure means: busy, corrupt, or (anything else) unavailable."""
    code = getattr(err, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in _BUSY:
        return _Busy
    if primary in _CORRUPT:
        return _Corrupt
    return OSError


_TABLES = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS articles (file BLOB PRIMARY KEY, size INTEGER NOT NULL, "
    "mtime_ns INTEGER NOT NULL, ctime_ns INTEGER NOT NULL, inode INTEGER NOT NULL, "
    "max_bytes INTEGER NOT NULL, engine TEXT NOT NULL, digest BLOB NOT NULL, stored_ns INTEGER NOT NULL, "
    "data TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS groupings (key TEXT PRIMARY KEY, used REAL NOT NULL, data TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, data BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS states (slot TEXT PRIMARY KEY, used REAL NOT NULL, data BLOB NOT NULL)",
)


_busy_at: dict[Path, float] = {}
"""When a wait for each cache file's lock last ran out, in this process (time.monotonic)."""


def _wait_for(path: Path) -> float:
    """How long to wait for the lock on `path`: LOCK_WAIT_S, or no time at all if a wait ran out
    a moment ago."""
    last = _busy_at.get(path)
    return 0.0 if last is not None and time.monotonic() - last < BUSY_MEMORY_S else LOCK_WAIT_S


def _connect(path: Path) -> sqlite3.Connection:
    """An open, checked connection; raises _Busy, _Corrupt or OSError."""
    make_private(path)
    wait = _wait_for(path)
    try:
        conn = sqlite3.connect(path, timeout=wait, isolation_level=None)
    except sqlite3.Error as err:
        raise _kind(err)(str(err)) from err
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(wait * 1000)}")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        schema = _schema(conn)
        if schema != SCHEMA:
            with conn:
                conn.execute("BEGIN IMMEDIATE")
                if _schema(conn) != SCHEMA:  # another process may have just done it
                    _migrate(conn)
        conn.execute("SELECT count(*) FROM articles").fetchone()
    except sqlite3.Error as err:
        conn.close()
        raise _kind(err)(str(err)) from err
    return conn


def _schema(conn: sqlite3.Connection) -> str | None:
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone() is None:
        return None
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    return None if row is None else str(row[0])


def _migrate(conn: sqlite3.Connection) -> None:
    """Tables of another layout are dropped and made anew (the vectors' layout never changed)."""
    conn.execute("DROP TABLE IF EXISTS articles")
    conn.execute("DROP TABLE IF EXISTS groupings")
    conn.execute("DROP TABLE IF EXISTS states")
    for statement in _TABLES:
        conn.execute(statement)
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA,))


class Cache:
    """The open cache file; `notices` says what went wrong with it, if anything (at most one
    notice that the cache is not used, however many operations then find it missing)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = default_cache_path() if path is None else path
        self.notices: list[Notice] = []
        self.conn: sqlite3.Connection | None = None
        self.unused = False
        """True once this run works without the cache (said in one notice)."""
        try:
            self.conn = _connect(self.path)
        except _Busy:
            self._busy()
        except _Corrupt as err:
            self._rebuild(err)
        except OSError as err:
            self._give_up(getattr(err, "strerror", None) or str(err))

    def _rebuild(self, err: Exception) -> None:
        try:
            aside = set_aside(self.path)
            self.conn = _connect(self.path)
        except (_Busy, _Corrupt, OSError) as again:
            self._give_up(f"unreadable ({err}), and could not be rebuilt ({again})")
            return
        self.notices.append(Notice(str(self.path), f"cache was unreadable ({err}); set aside as {aside.name} "
                                                   "and rebuilt"))

    def _give_up(self, why: str) -> None:
        if self.conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self.conn.close()
        self.conn = None
        if not self.unused:
            self.unused = True
            self.notices.append(Notice(str(self.path), f"cache not used: {why}; working without it"))

    def _guard(self, err: sqlite3.Error) -> None:
        """A failure mid-run: say so once and carry on uncached (the file itself is left alone)."""
        if _kind(err) is _Busy:
            self._busy()
        else:
            self._give_up(str(err))

    def _busy(self) -> None:
        _busy_at[self.path] = time.monotonic()
        self._give_up(f"held locked by another process for over {LOCK_WAIT_S:g} s")

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def __enter__(self) -> Cache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- articles ---------------------------------------------------------------------------------

    def lookup(self, files: Sequence[bytes]) -> dict[bytes, ArticleRow]:
        """Rows for these absolute file names (as bytes, see os.fsencode)."""
        if self.conn is None:
            return {}
        out: dict[bytes, ArticleRow] = {}
        try:
            for row in _select_in(self.conn, "SELECT file, size, mtime_ns, ctime_ns, inode, max_bytes, engine, "
                                  "digest, stored_ns, data FROM articles WHERE file IN ({})", files):
                file = bytes(row[0])
                out[file] = ArticleRow(file, Identity(*row[1:5]), row[5], row[6], bytes(row[7]), row[8], row[9])
        except sqlite3.Error as err:
            self._guard(err)
            return {}
        return out

    def store(self, rows: Sequence[ArticleRow]) -> None:
        """Write article rows in one transaction."""
        if self.conn is None or not rows:
            return
        try:
            with self.conn:
                self.conn.execute("BEGIN IMMEDIATE")
                self.conn.executemany(
                    "INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(r.file, r.identity.size, r.identity.mtime_ns, r.identity.ctime_ns, r.identity.inode,
                      r.max_bytes, r.engine, r.digest, r.stored_ns, r.data) for r in rows])
            STATS.rows_written += len(rows)
        except sqlite3.Error as err:
            self._guard(err)

    def forget_under(self, folders: Iterable[bytes], keep: set[bytes]) -> None:
        """Drop the rows of files under these folders that are not in `keep` (the files a walk of
        them just found): deleted, renamed or no longer articles, their text is not kept."""
        if self.conn is None:
            return
        try:
            gone: list[tuple[bytes]] = []
            for folder in folders:
                prefix = folder.rstrip(b"/") + b"/"
                upper = prefix[:-1] + b"0"  # the first byte string after every one starting with prefix
                gone += [(bytes(f),) for (f,) in self.conn.execute(
                    "SELECT file FROM articles WHERE file >= ? AND file < ?", (prefix, upper))
                    if bytes(f) not in keep]
            if gone:
                with self.conn:
                    self.conn.execute("BEGIN IMMEDIATE")
                    self.conn.executemany("DELETE FROM articles WHERE file = ?", gone)
        except sqlite3.Error as err:
            self._guard(err)

    def prune(self, *, now: float | None = None) -> int:
        """Every PRUNE_EVERY_S, drop the rows of files that no longer exist anywhere; how many."""
        if self.conn is None:
            return 0
        now = time.time() if now is None else now
        try:
            row = self.conn.execute("SELECT value FROM meta WHERE key = 'pruned'").fetchone()
            if row is not None and now - _number(row[0]) < PRUNE_EVERY_S:
                return 0
            gone = [(bytes(f),) for (f,) in self.conn.execute("SELECT file FROM articles") if not _exists(bytes(f))]
            with self.conn:
                self.conn.execute("BEGIN IMMEDIATE")
                self.conn.executemany("DELETE FROM articles WHERE file = ?", gone)
                self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('pruned', ?)", (repr(now),))
        except sqlite3.Error as err:
            self._guard(err)
            return 0
        return len(gone)

    # -- groupings --------------------------------------------------------------------------------

    def _one(self, sql: str, key: str) -> Any | None:
        """The one value `sql` selects for `key`; None when there is none or it cannot be read."""
        if self.conn is None:
            return None
        try:
            row = self.conn.execute(sql, (key,)).fetchone()
        except sqlite3.Error as err:
            self._guard(err)
            return None
        return None if row is None else row[0]

    def grouping(self, key: str) -> Any | None:
        data = self._one("SELECT data FROM groupings WHERE key = ?", key)
        try:
            return None if data is None else json.loads(data)
        except ValueError:
            return None

    def store_grouping(self, key: str, data: Any) -> None:
        if self._keep("groupings", "key", key, json.dumps(data), KEEP_GROUPINGS):
            STATS.groupings_written += 1

    def _keep(self, table: str, column: str, key: str, data: str | bytes, most: int,
              also: tuple[str, tuple[object, ...]] | None = None) -> bool:
        """Store `data` under `key` in `table`, keeping only its `most` rows used last; whether stored.
        `also` is one more statement (and its parameters) for the same transaction."""
        if self.conn is None:
            return False
        try:
            with self.conn:
                self.conn.execute("BEGIN IMMEDIATE")
                self.conn.execute(f"INSERT OR REPLACE INTO {table} VALUES (?, ?, ?)", (key, time.time(), data))
                if also is not None:
                    self.conn.execute(*also)
                self.conn.execute(f"DELETE FROM {table} WHERE {column} NOT IN "
                                  f"(SELECT {column} FROM {table} ORDER BY used DESC LIMIT ?)", (most,))
            return True
        except sqlite3.Error as err:
            self._guard(err)
            return False

    def state(self, slot: str) -> bytes | None:
        """The kept grouping of the corpus `slot` names (see tui.engine.incremental), if any."""
        data = self._one("SELECT data FROM states WHERE slot = ?", slot)
        return None if data is None else bytes(data)

    def state_joins(self, slot: str) -> bytes | None:
        """What joined the kept grouping of `slot` since it was made (see store_state_joins), if any."""
        data = self._one("SELECT data FROM states WHERE slot = ?", slot + JOINS)
        return None if data is None else bytes(data)

    def store_state(self, slot: str, data: bytes) -> None:
        """Keep a grouping made in full; what had joined the one before is dropped with it."""
        self._keep("states", "slot", slot, data, KEEP_STATES, ("DELETE FROM states WHERE slot = ?", (slot + JOINS,)))

    def store_state_joins(self, slot: str, data: bytes) -> None:
        """Keep what joined the grouping of `slot` (it replaces what joined before), and mark that
        grouping as used now, so that the two are kept or dropped together."""
        self._keep("states", "slot", slot + JOINS, data, KEEP_STATES,
                   ("UPDATE states SET used = ? WHERE slot = ?", (time.time(), slot)))

    # -- sentence vectors -------------------------------------------------------------------------

    def vectors(self, keys: Sequence[str]) -> dict[str, bytes]:
        """Stored vectors (see tui.engine.embed) by key; the ones not found are left out."""
        if self.conn is None:
            return {}
        out: dict[str, bytes] = {}
        try:
            for key, data in _select_in(self.conn, "SELECT key, data FROM vectors WHERE key IN ({})", keys):
                out[key] = bytes(data)
        except sqlite3.Error as err:
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


IN_CHUNK = 500  # keys per `IN (...)` query: well under SQLite's limit on bound parameters


def _select_in(conn: sqlite3.Connection, sql: str, keys: Sequence[Any]) -> Iterator[Any]:
    """The rows of `sql` (whose `{}` stands for the list of keys) for all of `keys`, in chunks."""
    for start in range(0, len(keys), IN_CHUNK):
        part = keys[start:start + IN_CHUNK]
        yield from conn.execute(sql.format(",".join("?" * len(part))), part)


def _exists(file: bytes) -> bool:
    """False only when the path is certainly gone (a permission error keeps the row)."""
    try:
        os.lstat(file)
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError:
        pass
    return True


def _number(text: str) -> float:
    """A stored time; a damaged one reads as long ago."""
    try:
        return float(text)
    except ValueError:
        return 0.0
