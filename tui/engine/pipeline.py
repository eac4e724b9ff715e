"""One way from paths to a shelf: read (through the cache), apply the reader's pins, group
(through the cache). The CLI (`parallax events`) and the TUI's library both call `load_shelf`,
so a start of either reuses what the other stored.

A file's cached row is used while the file keeps its identity (size, times, inode: see
cache.Identity) and the engine its key; a row stored within RACY_NS of the file's last change is
checked against a hash of the file's bytes first. A grouping is keyed by a hash of everything that
feeds it (the engine's key covers the grouping's code and settings), so a cached start imports
neither NumPy nor the grouping: only a grouping that must be computed does.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import time
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from pathlib import Path

from tui.engine.cache import STATS, ArticleRow, Cache, Identity, engine_key
from tui.engine.corpus import DEFAULT_MAX_BYTES, VANISHED, Found, capped_chunks, find_files, read_found
from tui.engine.model import Article, Corpus, Event, Notice
from tui.engine.parallel import ordered_map
from tui.engine.sentencecodec import decode_sentences, encode_sentences
from tui.engine.shelf import Shelf

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Pins = Callable[[list[str]], Mapping[str, str | None]]
Got = tuple[Article | None, list[Notice]]
"""What reading one file gave: its article (or none), and notices about it."""
Read = tuple[Got, bytes | None]
"""What reading one file gave, and the hash of its bytes (None when they could not be read)."""
Encoded = tuple[str, bytes | None]
"""What reading one file gave as its cache row holds it (encode_article), and the hash of its bytes."""

STORE_EVERY = 500
"""Fresh article rows are written in batches of this many (one transaction each)."""
READ_CHUNK = 1 << 16
"""Bytes read at a time when hashing a file."""
POOL_MIN_FILES = 1000
"""Files to read (not in the cache) from which they are read in a pool of processes: reading and
cleaning costs about 6 ms a file, a worker about a second to start."""
POOL_CHUNK = 16
"""Files a worker reads per task: fewer round trips, progress still smooth."""


def load_shelf(paths: Sequence[str], *, max_bytes: int | None = None, pins: Pins | None = None,
               progress: Progress | None = None, cancelled: Cancelled | None = None,
               extra: Sequence[Article] = ()) -> Shelf | None:
    """The corpus under `paths`, read and grouped through the cache.

    `max_bytes` None means DEFAULT_MAX_BYTES. `pins` is called with the read articles' paths and
    returns the reader's corrections (see events.group_events). `progress(done, total)` is called
    while reading, then `progress(-1, 0)` once when grouping starts. None if `cancelled()` said so.
    `extra` holds articles from elsewhere (a sources store), grouped with the files', after them.
    Notices about the cache itself (rebuilt, not used) come first in the corpus's notices.
    """
    limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    with Cache() as store:
        corpus, digests = _load(list(paths), limit, progress, cancelled, store)
        if cancelled is not None and cancelled():
            return None
        if extra:
            corpus = Corpus(corpus.articles + tuple(extra), corpus.notices)
            digests += [article_digest(a) for a in extra]
        if progress is not None:
            progress(-1, 0)
        events: list[Event] = []
        if corpus.articles:
            pinned = pins([a.path for a in corpus.articles]) if pins is not None else None
            events = group_events_cached(corpus.articles, pins=pinned, cache=store,
                                         slot=corpus_slot(paths, bool(extra)), digests=digests)
        own = tuple(n for n in store.notices if n not in corpus.notices)
    if cancelled is not None and cancelled():
        return None
    return Shelf.build(Corpus(corpus.articles, own + corpus.notices), events)


# -- reading through the cache --------------------------------------------------------------------


def load_corpus_cached(
    inputs: Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    cache: Cache | None = None,
) -> Corpus:
    """Like corpus.load_corpus, but files unchanged since the last start come from the cache.

    Notices about the cache itself (rebuilt, not used) come first in the corpus's notices.
    """
    own = cache is None
    store = Cache() if cache is None else cache
    try:
        return _load(list(inputs), max_bytes, progress, cancelled, store)[0]
    finally:
        if own:
            store.close()


def _load(inputs: Sequence[str | Path], max_bytes: int, progress: Progress | None,
          cancelled: Cancelled | None, store: Cache) -> tuple[Corpus, list[bytes]]:
    """The corpus, and each article's grouping digest (see file_digest)."""
    notices: list[Notice] = []
    found = find_files(inputs, notices)
    files = [os.fsencode(os.path.abspath(f.path)) for f in found]
    rows = store.lookup(files)
    key = engine_key()
    # First what the cache holds; the rest is read, in a process pool when there is much of it.
    usable: dict[int, ArticleRow] = {}
    identities: dict[int, Identity] = {}
    for n, (item, file) in enumerate(zip(found, files, strict=True)):
        try:
            identities[n] = Identity.of(os.stat(file))
        except OSError:
            continue
        row = rows.get(file)
        if row is not None and _still_valid(row, identities[n], max_bytes, key, item):
            usable[n] = row
    misses = [n for n in identities if n not in usable]
    reads = _reader(found, misses, max_bytes)
    articles: list[Article] = []
    digests: list[bytes] = []
    fresh: list[ArticleRow] = []
    try:
        for n, (item, file) in enumerate(zip(found, files, strict=True)):
            if cancelled is not None and cancelled():
                break
            got: Got | None = None
            digest: bytes | None = None
            if n not in identities:  # gone since the folder was listed
                got = (None, [Notice(item.shown, VANISHED)])
            elif n in usable:
                got, digest = _decoded(usable[n], item), usable[n].digest
                if got is None:  # a damaged row: read the file after all
                    got, digest = read_one(item, max_bytes)
                    fresh += _row(file, identities[n], max_bytes, key, digest, encode_article(*got))
            else:
                data, digest = next(reads)
                got = decode_article(data, item.shown)
                fresh += _row(file, identities[n], max_bytes, key, digest, data)
            if got[0] is not None:
                articles.append(got[0])
                digests.append(article_digest(got[0]) if digest is None else file_digest(item.shown, digest, max_bytes))
            notices.extend(got[1])
            if progress is not None:
                progress(n + 1, len(found))
            if len(fresh) >= STORE_EVERY:
                store.store(fresh)
                fresh = []
    finally:
        reads.close()
    store.store(fresh)
    if not (cancelled is not None and cancelled()):
        store.forget_under((os.fsencode(os.path.abspath(p)) for p in inputs if os.path.isdir(p)), set(files))
        store.prune()
    return Corpus(tuple(articles), tuple(store.notices) + tuple(notices)), digests


def read_one(item: Found, max_bytes: int) -> Read:
    """Read and clean one file, its bytes hashed first (a change in between is then caught the
    next time, as the hash no longer matches)."""
    digest = content_digest(item.path, max_bytes)
    got = read_found(item, max_bytes)
    STATS.files_read += 1
    return got, digest


def _read_in_worker(job: tuple[Found, int]) -> Encoded:
    """read_one, its article encoded for the cache (a top-level function, so a pool can name it).
    What comes back from a pool's process is the row's text, not the Article: it is stored as it
    is, and decoding it costs half what unpickling an Article and encoding it would."""
    got, digest = read_one(*job)
    return encode_article(*got), digest


def _reader(found: Sequence[Found], misses: Sequence[int], max_bytes: int) -> Generator[Encoded, None, None]:
    """The misses read in order: in this process when they are few, else in a pool of processes
    (see tui.engine.parallel), each reading POOL_CHUNK files at a time."""
    results = ordered_map(_read_in_worker, [(found[n], max_bytes) for n in misses], min_jobs=POOL_MIN_FILES,
                          chunk=POOL_CHUNK)
    try:
        for result, pooled in results:
            if pooled:  # counted here: a pool's process has counters of its own
                STATS.files_read += 1
            yield result
    finally:
        results.close()  # a load cancelled half-way stops the pool


def _row(file: bytes, identity: Identity, max_bytes: int, key: str, digest: bytes | None,
         data: str) -> list[ArticleRow]:
    """The row to store for a file just read (`data`: encode_article's); none when its bytes could
    not be hashed."""
    if digest is None:
        return []
    return [ArticleRow(file, identity, max_bytes, key, digest, time.time_ns(), data)]


def _still_valid(row: ArticleRow, identity: Identity, max_bytes: int, key: str, item: Found) -> bool:
    """The stored row is still this file's: same identity and settings (and, for a row stored just
    after the file changed, the same bytes)."""
    if row.identity != identity or row.max_bytes != max_bytes or row.engine != key:
        return False
    return row.settled() or content_digest(item.path, max_bytes) == row.digest


def _decoded(row: ArticleRow, item: Found) -> Got | None:
    try:
        got = decode_article(row.data, item.shown)
    except (ValueError, KeyError, TypeError, IndexError):
        return None
    STATS.rows_used += 1
    return got


def content_digest(path: str | Path, max_bytes: int) -> bytes | None:
    """A hash of what reading the file would see (up to max_bytes + 1 bytes); None when it is not
    a regular file that can be read. Opened without blocking, so a FIFO put in a file's place
    cannot hang the load."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        digest = hashlib.blake2b(digest_size=16)
        for chunk in capped_chunks(fd, max_bytes, READ_CHUNK):
            digest.update(chunk)
        return digest.digest()
    except OSError:
        return None
    finally:
        os.close(fd)


def encode_article(article: Article | None, notices: Sequence[Notice]) -> str:
    """What reading one file gave (no article, for a file that gives none), for the cache."""
    messages = [n.message for n in notices]
    if article is None:
        return json.dumps({"notices": messages}, ensure_ascii=False)
    offsets, texts = encode_sentences(article.body, article.sentences)
    return json.dumps({
        "title": article.title, "outlet": article.outlet, "author": article.author, "date": article.date,
        "url": article.url, "body": article.body, "offsets": offsets, "texts": texts, "notices": messages,
        "updated": article.updated,
    }, ensure_ascii=False)


def decode_article(data: str, shown: str) -> Got:
    """The cached article (None if the file gave no article) and its notices, under `shown`."""
    d = json.loads(data)
    notices = [Notice(shown, m) for m in d["notices"]]
    if "body" not in d:
        return None, notices
    body: str = d["body"]
    sentences = decode_sentences(body, d["offsets"], d["texts"])
    article = Article(shown, d["title"], d["outlet"], d["author"], d["date"], d["url"], body, sentences,
                      d.get("updated"))
    return article, notices


# -- grouping through the cache -------------------------------------------------------------------


def article_digest(article: Article) -> bytes:
    """A hash of what grouping reads of one article."""
    digest = hashlib.blake2b(digest_size=16)
    for part in (article.path, article.title, article.outlet, article.author, article.date, article.body):
        digest.update(b"\0" if part is None else b"\1" + part.encode("utf-8", "surrogatepass"))
    digest.update(len(article.sentences).to_bytes(4, "little"))
    return digest.digest()


def file_digest(shown: str, content: bytes, max_bytes: int) -> bytes:
    """The grouping digest of an article read from a file (see article_digest), from the hash of
    the file's bytes that its cache row keeps: reading is a function of those bytes, the limit,
    the name shown and the engine (which grouping_key covers). Hashing each article's text again
    took 0.1-0.2 s of a start of 10,000 cached files."""
    digest = hashlib.blake2b(digest_size=16, person=b"parallax-file")
    digest.update(shown.encode("utf-8", "surrogatepass") + b"\0" + content + max_bytes.to_bytes(8, "little"))
    return digest.digest()


def grouping_key(digests: Sequence[bytes], pins: Mapping[str, str | None] | None) -> str:
    """A hash of everything grouping reads: the engine (its code and settings), the pins, each
    article's content (its digest, in order)."""
    settings = (engine_key(), sorted((k, v or "") for k, v in (pins or {}).items()))
    digest = hashlib.sha1(repr(settings).encode("utf-8", "surrogatepass"))
    for d in digests:
        digest.update(d)
    return digest.hexdigest()


def corpus_slot(paths: Sequence[str | Path], stored: bool) -> str:
    """Names a corpus (the folders and files opened, and whether the sources store is in it), so
    the grouping kept for it can take the articles that join it (tui.engine.incremental)."""
    names = sorted(os.fsencode(os.path.abspath(p)) for p in paths)
    return hashlib.sha1(repr((names, stored, engine_key())).encode()).hexdigest()


def group_events_cached(articles: Sequence[Article], *, pins: Mapping[str, str | None] | None = None,
                        cache: Cache | None = None, slot: str | None = None,
                        digests: Sequence[bytes] | None = None) -> list[Event]:
    """events.group_events, remembered: the same articles (and pins) give the stored events at once.

    With a `slot` (see corpus_slot), the grouping found is kept whole for that corpus, and the
    next grouping of it that misses starts from it, grouping again only what changed touches.
    `digests` are the articles' own (article_digest's or file_digest's), when the caller has them.
    """
    own = cache is None
    store = Cache() if cache is None else cache
    try:
        if digests is None:
            digests = [article_digest(a) for a in articles]
        key = grouping_key(digests, pins)
        data = store.grouping(key)
        if data is not None:
            try:
                events = [Event(e["id"], e["label"], e["date"], tuple(articles[k] for k in e["members"]))
                          for e in data]
                STATS.groupings_used += 1
                return events
            except (KeyError, TypeError, IndexError):
                pass
        events = _group(articles, digests, pins, store, slot)
        index = {id(a): k for k, a in enumerate(articles)}
        store.store_grouping(key, [
            {"id": e.id, "label": e.label, "date": e.date, "members": [index[id(a)] for a in e.articles]}
            for e in events
        ])
        return events
    finally:
        if own:
            store.close()


def _group(articles: Sequence[Article], digests: Sequence[bytes], pins: Mapping[str, str | None] | None,
           store: Cache, slot: str | None) -> list[Event]:
    """Group: from the kept grouping of `slot` when there is one that can take these articles, else in full."""
    # Imported here, not at the top: grouping brings NumPy (some 0.2 s), which a start whose
    # grouping comes from the cache never needs (tests/test_pipeline.py).
    from tui.engine.events import group
    from tui.engine.incremental import regroup, state_of
    from tui.engine.keptstate import decode, encode, encode_joins

    by_path = {a.path: d for a, d in zip(articles, digests, strict=True)}
    if len(by_path) != len(articles):  # two articles of one path: no kept state can name them apart
        slot = None
    kept = store.state(slot) if slot is not None else None
    state = decode(kept, store.state_joins(slot)) if kept is not None and slot is not None else None
    joined = regroup(state, articles, by_path, pins) if state is not None else None
    if joined is not None:
        found, drift = joined.grouping, joined.drift
        STATS.groupings_joined += 1
    else:
        found, drift = group(articles, pins=pins), 0
    events = found.events()
    if slot is not None:
        if joined is not None:  # only what joined since the kept whole is written
            store.store_state_joins(slot, encode_joins(state_of(found, by_path, pins, drift, joined.origin)))
        else:
            store.store_state(slot, encode(state_of(found, by_path, pins, drift)))
    return events
