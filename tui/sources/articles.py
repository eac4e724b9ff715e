"""Stored pages become Articles: decoded, extracted, cleaned, with the feed's own metadata.

A page goes through the same reading as an HTML file (tui.engine: extract, clean, segment);
then the feed entry's title, author and date win over what was guessed from the page, and
the outlet is the page's stated site name, else the publication the feed's title names
(feed_outlet: "World news | The Guardian" is The Guardian), else what the engine guessed.
A stored article's `path` and `url` are its URL.

The cleaned article is kept in the store as JSON with the reading engine's key; when the
engine changes, `stored_articles` reads the stored raw page again (no network).
"""

from __future__ import annotations

import codecs
import functools
import hashlib
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tui.engine import ENGINE_VERSION
from tui.engine.clean import clean_text
from tui.engine.credits import staff_credit
from tui.engine.decode import BinaryData, decode
from tui.engine.extract import Extracted, extract
from tui.engine.frontmatter import normalise_meta
from tui.engine.meta import names_nobody
from tui.engine.model import Article
from tui.engine.sanitize import readable, readable_field, strip_controls
from tui.engine.segment import segment
from tui.engine.sentencecodec import decode_sentences, encode_sentences
from tui.engine.titlesite import cut_site, feed_outlet
from tui.sources.store import Store, StoreError

TEXT_TYPES = frozenset({"", "text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml"})
"""Content types read as a page (empty: the server did not say; the bytes are sniffed)."""
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.I)
_READING = ("extract", "clean", "segment", "decode", "model")
"""The engine modules whose code decides what a page reads as: with every engine module they
import, however deep (reading_modules), their source keys stored articles."""
_ENGINE_IMPORT = re.compile(r"^\s*from tui\.engine(?:\.(\w+) import| import ([\w, ]+))", re.M)


def reading_modules(engine: Path) -> list[Path]:
    """The source files of _READING and of the engine modules they import, sorted: read from the
    files (not from what is imported), so that a rule split into a new module still keys them."""
    seen: set[str] = set()
    todo = list(_READING)
    while todo:
        name = todo.pop()
        if name in seen or not (engine / f"{name}.py").is_file():
            continue
        seen.add(name)
        for found in _ENGINE_IMPORT.finditer((engine / f"{name}.py").read_text(encoding="utf-8")):
            todo.extend([found.group(1)] if found.group(1) else [n.strip() for n in found.group(2).split(",")])
    return [engine / f"{name}.py" for name in sorted(seen)]


class PageError(Exception):
    """A page that gives no article; the message says why, in one line."""


@functools.cache
def reading_key() -> str:
    """ENGINE_VERSION and a hash of the reading modules' source (and this module's)."""
    digest = hashlib.sha1(ENGINE_VERSION.encode())
    for path in [*reading_modules(Path(__file__).resolve().parents[1] / "engine"), Path(__file__)]:
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(path.name.encode())
    return f"{ENGINE_VERSION}-{digest.hexdigest()[:12]}"


def _codec(name: str | bytes | None) -> str | None:
    if not name:
        return None
    text = name.decode("ascii", "ignore") if isinstance(name, bytes) else name
    try:
        return codecs.lookup(text).name
    except LookupError:
        return None


def page_text(body: bytes, content_type: str, charset: str | None) -> tuple[str, str | None]:
    """The page decoded (HTTP charset, else the page's meta charset, else detection), and the
    encoding used when it was not UTF-8. PageError for a binary or non-text page."""
    if content_type not in TEXT_TYPES and not content_type.startswith("text/"):
        raise PageError(f"not a web page ({content_type}); skipped")
    if not body.strip():
        raise PageError("empty page")
    found = _META_CHARSET.search(body[:4096])
    for name in (charset, found.group(1) if found else None):
        codec = _codec(name)
        if codec is None:
            continue
        try:
            text = body.decode(codec)
        except UnicodeDecodeError:
            continue
        if b"\x00" in body[:8192] and "utf-16" not in codec and "utf-32" not in codec:
            raise PageError("binary data, not a web page; skipped")
        return text, None if codec == "utf-8" else codec
    try:
        return decode(body)
    except BinaryData as err:
        raise PageError(f"{err}; skipped") from err


@dataclass(frozen=True, slots=True)
class EntryMeta:
    """What the feed (or nobody, for a page added alone) says about an article."""

    title: str | None = None
    author: str | None = None
    date: str | None = None
    content: str | None = None
    feed_title: str | None = None


_MAILED = re.compile(r"^(?:\S+@\S+\s+\((?P<name>[^()]+)\)|(?P<atom>[^()]+?)\s+\(\S+@\S+\))$")
"""RSS 2.0's "jane@example.org (Jane Roe)", and feedparser's "Jane Roe (jane@example.org)" of an Atom author."""


def feed_author(text: str | None) -> str | None:
    """A feed's author as an article's: "By Jane Roe" is Jane Roe, several are joined as a byline
    joins them; an address, the site's own name or a desk ("Halden Daily Staff") names nobody."""
    if text is not None and (mailed := _MAILED.match(text)) is not None:
        text = mailed.group("name") or mailed.group("atom")
    if text is None or ("@" in text and " " not in text.strip()):
        return None
    stated = normalise_meta({"author": text}).get("author")
    return None if stated is None or names_nobody(stated) or staff_credit(stated) else stated


def _document(text: str) -> Extracted:
    return extract(readable(strip_controls(text)), ".html")


def read_page(url: str, text: str, entry: EntryMeta) -> tuple[Article, Extracted]:
    """The Article a decoded page gives, with the entry's metadata; PageError when it has no
    article text (then the entry's own text, when the feed carries it, is read instead)."""
    doc = _document(text) if text.strip() else Extracted("", "html")
    cleaned = clean_text(doc)
    body = readable(cleaned.body)  # again after extraction, which decodes entities ("e&#x301;")
    sentences = segment(body)
    if not sentences and entry.content:
        fallback = _document(f"<html><body><article>{entry.content}</article></body></html>")
        fallback.hints = {**doc.hints, **{k: v for k, v in fallback.hints.items() if k not in doc.hints}}
        cleaned = clean_text(fallback)
        body = readable(cleaned.body)
        sentences = segment(body)
    if not sentences:
        raise PageError("no article text found on the page")
    # An aggregator's entry names its story's site after the headline ("Bridge to close - Halden Daily"):
    # the headline, and that site before the aggregator's own feed title.
    title, site = cut_site(entry.title) if entry.title else (cleaned.title, None)
    outlet = doc.hints.get("outlet") or site or feed_outlet(entry.feed_title) or cleaned.outlet
    author = feed_author(entry.author) or cleaned.author
    article = Article(
        path=url, title=readable_field(title), outlet=readable_field(outlet), author=readable_field(author),
        date=entry.date or cleaned.date, url=url, body=body, sentences=sentences, updated=cleaned.updated,
    )
    return article, doc


def encode_article(article: Article) -> str:
    """The cleaned article as stored: JSON, its sentences as tui.engine.sentencecodec writes them."""
    offsets, texts = encode_sentences(article.body, article.sentences)
    return json.dumps({"title": article.title, "outlet": article.outlet, "author": article.author,
                       "date": article.date, "body": article.body, "offsets": offsets, "texts": texts,
                       "updated": article.updated},
                      ensure_ascii=False)


def decode_article(url: str, data: str) -> Article:
    d: dict[str, Any] = json.loads(data)
    body: str = d["body"]
    sentences = decode_sentences(body, d["offsets"], d["texts"])
    return Article(url, d["title"], d["outlet"], d["author"], d["date"], url, body, sentences, d.get("updated"))


_COLUMNS = ("id, url, engine, article, content_type, charset, entry_title, entry_author, entry_date, "
            "entry_content, outlet")
"""What reading a stored article takes, but its raw page: read only for a row that needs it
(an engine change), since a real page weighs some 100 kB and the library lists thousands."""


def _raw(store: Store, article_id: int) -> bytes | None:
    row = store.conn.execute("SELECT raw FROM articles WHERE id = ?", (article_id,)).fetchone()
    return bytes(row[0]) if row is not None and row[0] is not None else None


def _from_row(store: Store, row: Sequence[Any]) -> Article | None:
    """The row's article: from its stored JSON while the reading engine is the same, else read
    anew from the stored page (no network) and the row updated. A page that gave no article
    is not read again until the engine changes."""
    article_id, url, engine, data, content_type, charset, title, author, date, content, feed_title = row
    if engine == reading_key():
        if data is None:
            return None
        try:
            return decode_article(url, data)
        except (ValueError, KeyError, TypeError, IndexError, AttributeError):
            pass
    raw = _raw(store, article_id)
    if raw is None and data is None:
        return None
    entry = EntryMeta(title, author, date, content, feed_title)
    try:
        text, _ = page_text(raw, content_type or "", charset) if raw else ("", None)
        article, _doc = read_page(url, text, entry)
    except PageError:
        store.save_article(url, None, {"engine": reading_key()}, article_id=article_id)
        return None
    store.save_article(url, None, {"article": encode_article(article), "engine": reading_key()},
                       article_id=article_id)
    return article


def stored_articles(store: Store) -> list[Article]:
    """Every stored article that has article text, in the order they were stored."""
    out = []
    for row in store.rows(_COLUMNS, "WHERE article IS NOT NULL OR raw IS NOT NULL"):
        article = _from_row(store, row)
        if article is not None:
            out.append(article)
    return out


def read_stored(path: Path, report: Callable[[str], None]) -> list[Article]:
    """Every stored article of the store at `path`; none when there is no store there, and
    none (with one line to `report`) when it cannot be read: what the CLI and the library list."""
    if not path.exists():
        return []
    try:
        with Store(path) as store:
            return stored_articles(store)
    except StoreError as err:
        report(str(err))
        return []


def stored_article(store: Store, url: str) -> Article | None:
    """The stored article with this URL (or whose page ended there after redirects), or None."""
    rows = store.rows(_COLUMNS, "WHERE url = ? OR final_url = ?", (url, url))
    for row in rows:
        article = _from_row(store, row)
        if article is not None:
            return article
    return None
