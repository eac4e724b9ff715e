"""The local store of sources and fetched articles: one SQLite file, offline after the fetch.

`sources` holds the subscriptions (feeds) and single pages a reader added, with their HTTP
validators and the last update's status. `articles` holds one row per article URL, however
many feeds carry it (a new entry is matched on its URL or its feed id): the feed entry's own
title, author, date and text, the raw page with its HTTP validators and fetch time, the text
and metadata extracted from it, and the cleaned, segmented article (JSON, keyed by the
engine version that made it, so an engine change re-reads the stored page, not the web).
`links` says which sources carry which article, so removing one source keeps the articles
another still carries.

Where the file lives is tui.sources.where's to say (`store_path_for`).
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tui.sources.where import default_store_path

SCHEMA = "1"
_GLOBAL_ID = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S")
"""A feed id with a scheme (urn:, tag:, http:): meant to be unique across feeds."""
BUSY_MS = 10_000
"""How long a write waits for another Parallax's write to finish."""

_TABLES = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS sources (url TEXT PRIMARY KEY, kind TEXT NOT NULL, title TEXT, site_url TEXT, "
    "feed_url TEXT, added TEXT NOT NULL, updated TEXT, status TEXT NOT NULL DEFAULT 'ok', etag TEXT, "
    "last_modified TEXT)",
    "CREATE TABLE IF NOT EXISTS articles (id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE, guid TEXT, "
    "entry_title TEXT, entry_author TEXT, entry_date TEXT, entry_content TEXT, "
    "outlet TEXT, added TEXT NOT NULL, final_url TEXT, fetched TEXT, etag TEXT, last_modified TEXT, "
    "content_type TEXT, charset TEXT, raw BLOB, text TEXT, meta TEXT, status TEXT NOT NULL DEFAULT 'ok', engine TEXT, "
    "article TEXT)",
    "CREATE INDEX IF NOT EXISTS articles_guid ON articles (guid)",
    "CREATE TABLE IF NOT EXISTS links (article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, "
    "source TEXT NOT NULL REFERENCES sources(url) ON DELETE CASCADE, fingerprint TEXT, "
    "PRIMARY KEY (article, source))",
    "CREATE INDEX IF NOT EXISTS links_source ON links (source)",
)


def now_iso() -> str:
    """The time now, to the second, in UTC, as the contract's timestamps spell it."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True, slots=True)
class Source:
    """A subscription (kind "feed") or a single page (kind "page") the reader added."""

    url: str
    kind: str
    title: str | None
    site_url: str | None
    feed_url: str | None
    """For a feed: where it is fetched from now (its page's feed link when the URL became a page)."""
    added: str
    updated: str | None
    status: str
    etag: str | None
    last_modified: str | None
    articles: int


class StoreError(Exception):
    """The store file cannot be opened or is not a Parallax store."""


class Store:
    """The open store. Every write is one transaction; use as a context manager."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = default_store_path() if path is None else path
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, timeout=BUSY_MS / 1000, isolation_level=None)
        except (OSError, sqlite3.Error) as err:
            raise StoreError(f"{self.path}: cannot open the store ({err})") from err
        try:
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            with self.transaction():
                for statement in _TABLES:
                    self.conn.execute(statement)
                row = self.conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
                if row is None:
                    self.conn.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA,))
                elif row[0] != SCHEMA:
                    raise StoreError(f"{self.path}: store schema {row[0]!r}, this Parallax reads {SCHEMA!r}")
        except sqlite3.DatabaseError as err:
            self.conn.close()
            raise StoreError(f"{self.path}: not a Parallax store ({err})") from err
        except StoreError:
            self.conn.close()
            raise

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    @contextlib.contextmanager
    def transaction(self) -> Any:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- sources ---------------------------------------------------------------------------

    def add_source(self, url: str, kind: str, title: str | None = None) -> bool:
        """Record a source; False when it was there already (nothing changes)."""
        with self.transaction() as conn:
            cursor = conn.execute("INSERT OR IGNORE INTO sources (url, kind, title, added) VALUES (?, ?, ?, ?)",
                                  (url, kind, title, now_iso()))
            return bool(cursor.rowcount)

    def sources(self, url: str | None = None) -> list[Source]:
        """Every source (or the one with this URL), in the order they were added."""
        where, params = ("WHERE s.url = ?", (url,)) if url is not None else ("", ())
        rows = self.conn.execute(
            "SELECT s.url, s.kind, s.title, s.site_url, s.feed_url, s.added, s.updated, s.status, s.etag, "
            "s.last_modified, (SELECT count(*) FROM links l JOIN articles a ON a.id = l.article "
            f"WHERE l.source = s.url AND a.article IS NOT NULL) FROM sources s {where} ORDER BY s.rowid",
            params).fetchall()
        return [Source(*row) for row in rows]

    def source(self, url: str) -> Source | None:
        found = self.sources(url)
        return found[0] if found else None

    def source_fetched(self, url: str, *, title: str | None, site_url: str | None, feed_url: str | None,
                       etag: str | None, last_modified: str | None) -> None:
        """The feed answered: keep its title, address and validators; status ok."""
        with self.transaction() as conn:
            conn.execute("UPDATE sources SET title = coalesce(?, title), site_url = coalesce(?, site_url), "
                         "feed_url = ?, etag = ?, last_modified = ?, updated = ?, status = 'ok' WHERE url = ?",
                         (title, site_url, feed_url, etag, last_modified, now_iso(), url))

    def source_status(self, url: str, status: str) -> None:
        """The last update's outcome: 'ok', or one line saying what failed."""
        with self.transaction() as conn:
            conn.execute("UPDATE sources SET status = ?, updated = ? WHERE url = ?", (status, now_iso(), url))

    def remove_source(self, url: str, *, purge: bool = False) -> int:
        """End a subscription; with `purge`, delete the articles no other source carries.
        Returns how many articles were deleted."""
        with self.transaction() as conn:
            deleted = 0
            if purge:
                deleted = conn.execute(
                    "DELETE FROM articles WHERE id IN (SELECT article FROM links WHERE source = ?) "
                    "AND id NOT IN (SELECT article FROM links WHERE source != ?)", (url, url)).rowcount
            conn.execute("DELETE FROM sources WHERE url = ?", (url,))
            return deleted

    # -- articles --------------------------------------------------------------------------

    def find_article(self, url: str | None, guid: str | None, source: str) -> tuple[int, str] | None:
        """(id, url) of the article with this URL, else with this feed id: any feed's when the id
        is a URI (Atom ids, tag: and urn: ids, permalinks are meant to be unique everywhere),
        this source's only when it is a bare word or number (RSS guids such as "1" are not)."""
        if url is not None:
            row = self.conn.execute("SELECT id, url FROM articles WHERE url = ?", (url,)).fetchone()
            if row is not None:
                return (row[0], row[1])
        if guid is not None:
            if _GLOBAL_ID.match(guid):
                row = self.conn.execute("SELECT id, url FROM articles WHERE guid = ? ORDER BY id LIMIT 1",
                                        (guid,)).fetchone()
            else:
                row = self.conn.execute("SELECT a.id, a.url FROM articles a JOIN links l ON l.article = a.id "
                                        "WHERE a.guid = ? AND l.source = ? ORDER BY a.id LIMIT 1",
                                        (guid, source)).fetchone()
            if row is not None:
                return (row[0], row[1])
        return None

    def link_fingerprint(self, article_id: int, source: str) -> tuple[bool, str | None]:
        """Whether this source carries the article already, and what its entry looked like then."""
        row = self.conn.execute("SELECT fingerprint FROM links WHERE article = ? AND source = ?",
                                (article_id, source)).fetchone()
        return (row is not None, row[0] if row else None)

    def link(self, article_id: int, source: str, fingerprint: str | None = None) -> None:
        """This source carries this article; its entry's fingerprint, when given, is kept."""
        with self.transaction() as conn:
            conn.execute("INSERT INTO links VALUES (?, ?, ?) ON CONFLICT (article, source) DO UPDATE SET "
                         "fingerprint = coalesce(excluded.fingerprint, fingerprint)", (article_id, source, fingerprint))

    def save_article(self, url: str, source: str | None, fields: dict[str, Any], *,
                     article_id: int | None = None, fingerprint: str | None = None) -> int:
        """Insert (or, with `article_id`, update) an article's row with `fields`, linked to `source`."""
        names = sorted(fields)
        with self.transaction() as conn:
            if article_id is None:
                columns = ", ".join(["url", "added", *names])
                marks = ", ".join("?" * (len(names) + 2))
                cursor = conn.execute(f"INSERT INTO articles ({columns}) VALUES ({marks})",
                                      (url, now_iso(), *(fields[n] for n in names)))
                article_id = int(cursor.lastrowid or 0)
            elif names:
                sets = ", ".join(f"{n} = ?" for n in names)
                conn.execute(f"UPDATE articles SET {sets} WHERE id = ?", (*(fields[n] for n in names), article_id))
            if source is not None:
                conn.execute("INSERT INTO links VALUES (?, ?, ?) ON CONFLICT (article, source) DO UPDATE SET "
                             "fingerprint = coalesce(excluded.fingerprint, fingerprint)",
                             (article_id, source, fingerprint))
        return article_id

    def page_validators(self, article_id: int) -> tuple[str | None, str | None]:
        row = self.conn.execute("SELECT etag, last_modified FROM articles WHERE id = ?", (article_id,)).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def rows(self, columns: str, where: str = "", params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Article rows (`columns` of the articles table), in the order they were stored."""
        return self.conn.execute(f"SELECT {columns} FROM articles {where} ORDER BY id", params).fetchall()

    def feed_title(self, article_id: int) -> str | None:
        """The title of the first feed that carries this article."""
        row = self.conn.execute(
            "SELECT s.title FROM links l JOIN sources s ON s.url = l.source WHERE l.article = ? "
            "AND s.kind = 'feed' ORDER BY s.rowid LIMIT 1", (article_id,)).fetchone()
        return row[0] if row else None
