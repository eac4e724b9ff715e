"""Pairwise alignments kept in the user's cache file, so no pair of texts is aligned twice.

The coverage of an event of 25 reports needs its 300 pairwise alignments; a reader who
has already compared some of those pairs (or opened the coverage before) should not wait
for them again. Each alignment is stored in its own table of the SQLite cache file
(`default_cache_path()`), keyed by a hash of what the aligner reads: the version and the
source of the alignment modules (`alignment_key`), both articles' sentences, the
threshold and whether the paraphrase pass ran. The key is order-normalised: the pair is
stored once, with the article whose sentences hash lower on the left, and served to the
other order mirrored (`Alignment.mirrored()`, exact because `align` itself works in one
canonical orientation).

A cache file that cannot be opened or written means working without it: alignments are
then computed, never wrong.

With the paraphrase pass, every sentence is first encoded in one batch (the encoder is
much faster on large batches; the vectors land in the cache file). The computing runs
with the BLAS library on one thread (BLAS_THREADS).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from threadpoolctl import threadpool_limits

from tui.engine import ENGINE_VERSION, embed, paraphrase
from tui.engine import align as aligner
from tui.engine.cache import default_cache_path
from tui.engine.model import Alignment, Article, Match

KEEP_ALIGNMENTS = 20_000
"""Alignments kept (most recently stored first): some 70 events of 25 reports, a few kB each."""
BUSY_MS = 10_000
"""How long a write waits for another instance's transaction before giving up on the cache."""
TABLE = "alignments"
BLAS_THREADS = 1
"""BLAS threads while aligning. The encoder's matrix products are small (one sentence, or
a few, for each pair's paraphrase pass), and OpenBLAS's threads cost more than they give
there: on this 2-core machine one short sentence took 0.72 s with its default threads and
0.014 s with one, and encoding the 25-report bench event's sentences 12.3 s against 6.7 s."""

_SOURCES = ("tui.engine.align", "tui.engine.scoring", "tui.engine.gaps", "tui.engine.paraphrase",
            "tui.engine.embed", "tui.engine.minilm", "tui.engine.modelfile", "tui.engine.onnxgraph",
            "tui.engine.textnorm", "tui.engine.model")
"""The modules whose code decides an alignment: a change to any of them invalidates stored ones."""

PairProgress = Callable[[float], None]
CancelFn = Callable[[], bool]


@functools.cache
def alignment_key() -> str:
    """ENGINE_VERSION, the encoder's id and a hash of the alignment modules' source.

    (Not `cache.engine_key()`: that one hashes whichever engine modules happen to be
    imported when it is first called, so two processes could key one alignment apart.)"""
    import importlib.util

    digest = hashlib.sha1(f"{ENGINE_VERSION}\0{embed.MODEL_ID}".encode())
    for name in _SOURCES:
        # Found, not imported: importing minilm would load ONNX Runtime and tokenizers (some
        # 40-60 ms) in runs that read the alignment from the cache or align on words alone.
        spec = importlib.util.find_spec(name)
        source = None if spec is None else spec.origin
        digest.update(name.encode())
        if source:
            with contextlib.suppress(OSError):
                digest.update(Path(source).read_bytes())
    return digest.hexdigest()[:16]


def texts_hash(article: Article) -> str:
    """A hash of the article's sentences: all the aligner reads of it."""
    digest = hashlib.sha1()
    for text in article.texts:
        digest.update(text.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    digest.update(str(len(article.sentences)).encode())
    return digest.hexdigest()


def _pair_key(first: str, second: str, threshold: float, semantic: bool) -> str:
    raw = f"{alignment_key()}\0{first}\0{second}\0{threshold!r}\0{int(semantic)}"
    return hashlib.sha1(raw.encode()).hexdigest()


def _encode(alignment: Alignment) -> str:
    return json.dumps([[list(m.left), list(m.right), m.score, [list(s) for s in m.left_spans],
                        [list(s) for s in m.right_spans], int(m.by_meaning)] for m in alignment.matches],
                      separators=(",", ":"))


def _span(raw: Any) -> tuple[int, int, int]:
    i, start, end = raw
    return int(i), int(start), int(end)


def _decode(data: str, left: Article, right: Article) -> Alignment | None:
    """The stored alignment over these two articles; None if the row does not fit them."""
    try:
        matches = tuple(
            Match(tuple(int(i) for i in li), tuple(int(j) for j in rj), float(score),
                  tuple(_span(s) for s in ls), tuple(_span(s) for s in rs), bool(meaning))
            for li, rj, score, ls, rs, meaning in json.loads(data)
        )
    except (ValueError, TypeError):
        return None
    nl, nr = len(left.sentences), len(right.sentences)
    if any(not 0 <= i < nl for m in matches for i in m.left) or any(not 0 <= j < nr for m in matches for j in m.right):
        return None
    return Alignment(left, right, matches)


class AlignmentCache:
    """The alignments table of the cache file; with no usable file, an empty cache that
    forgets what it is given."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = default_cache_path() if path is None else path
        self.conn: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=BUSY_MS / 1000, isolation_level=None)
            try:
                conn.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")  # as cache.py: WAL, no fsync per commit
                conn.execute(f"CREATE TABLE IF NOT EXISTS {TABLE} (key TEXT PRIMARY KEY, data TEXT NOT NULL)")
            except sqlite3.Error:
                conn.close()
                raise
            self.conn = conn
        except (sqlite3.Error, OSError):
            self.conn = None

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def __enter__(self) -> AlignmentCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def rows(self, keys: Sequence[str]) -> dict[str, str]:
        """Stored rows by key; the ones not found are left out."""
        if self.conn is None:
            return {}
        out: dict[str, str] = {}
        try:
            for start in range(0, len(keys), 500):
                part = list(keys[start:start + 500])
                marks = ",".join("?" * len(part))
                for key, data in self.conn.execute(f"SELECT key, data FROM {TABLE} WHERE key IN ({marks})", part):
                    out[str(key)] = str(data)
        except sqlite3.Error:
            self.close()
            return {}
        return out

    def store(self, rows: Sequence[tuple[str, str]]) -> None:
        """Write rows in one transaction, keeping the newest KEEP_ALIGNMENTS."""
        if self.conn is None or not rows:
            return
        try:
            with self.conn:
                self.conn.execute("BEGIN IMMEDIATE")
                self.conn.executemany(f"INSERT OR REPLACE INTO {TABLE} VALUES (?, ?)", rows)
                self.conn.execute(f"DELETE FROM {TABLE} WHERE rowid <= (SELECT max(rowid) FROM {TABLE}) - ?",
                                  (KEEP_ALIGNMENTS,))
        except sqlite3.Error:
            self.close()


@contextlib.contextmanager
def _opened(cache: AlignmentCache | None, path: Path | None) -> Iterator[AlignmentCache]:
    if cache is not None:
        yield cache
        return
    with AlignmentCache(path) as own:
        yield own


def align_many(
    pairs: Sequence[tuple[Article, Article]],
    *,
    threshold: float | None = None,
    semantic: bool = True,
    progress: PairProgress | None = None,
    cancelled: CancelFn | None = None,
    cache: AlignmentCache | None = None,
    cache_path: Path | None = None,
) -> list[Alignment]:
    """`align(left, right)` for every pair, in the order given: stored ones read back, the
    others computed (and stored). `progress` gets the fraction of pairs done; `cancelled`
    is polled between pairs (raising `align.Cancelled`)."""
    if cancelled is not None and cancelled():
        raise aligner.Cancelled
    limit = aligner.DEFAULT_THRESHOLD if threshold is None else float(threshold)
    meaning = semantic and embed.enabled()
    hashes: dict[int, str] = {}
    for left, right in pairs:
        for article in (left, right):
            if id(article) not in hashes:
                hashes[id(article)] = texts_hash(article)
    keys: list[tuple[str, bool]] = []  # (key, stored the other way round)
    for left, right in pairs:
        hl, hr = hashes[id(left)], hashes[id(right)]
        keys.append((_pair_key(min(hl, hr), max(hl, hr), limit, meaning), hr < hl))
    with _opened(cache, cache_path) as store:
        found = store.rows(sorted({k for k, _ in keys}))
        out: list[Alignment | None] = []
        for (key, flipped), (left, right) in zip(keys, pairs, strict=True):
            data = found.get(key)
            got = None if data is None else (_decode(data, right, left) if flipped else _decode(data, left, right))
            out.append(None if got is None else (got.mirrored() if flipped else got))
        todo = [n for n, got in enumerate(out) if got is None]
        if todo and meaning:
            embed.preload()  # the encoder loads while the word passes run
        fresh: list[tuple[str, str]] = []
        try:
            with threadpool_limits(limits=BLAS_THREADS, user_api="blas") if todo else contextlib.nullcontext():
                if len(todo) > 1 and meaning:
                    _encode_all([pairs[n] for n in todo])
                for done, n in enumerate(todo):
                    if cancelled is not None and cancelled():
                        raise aligner.Cancelled
                    left, right = pairs[n]
                    result = aligner.align(left, right, threshold=limit, semantic=meaning)
                    out[n] = result
                    key, flipped = keys[n]
                    # With the encoder unavailable the result is words alone: stored under that key.
                    if meaning and embed.failure() is not None:
                        hl, hr = hashes[id(left)], hashes[id(right)]
                        key = _pair_key(min(hl, hr), max(hl, hr), limit, False)
                    fresh.append((key, _encode(result.mirrored() if flipped else result)))
                    if progress is not None:
                        progress((done + 1) / len(todo))
        finally:
            store.store(fresh)  # what was done before a cancel is kept
    if progress is not None and not todo:
        progress(1.0)
    return [a for a in out if a is not None]


def align_cached(left: Article, right: Article, *, threshold: float | None = None, semantic: bool = True,
                 cache_path: Path | None = None) -> Alignment:
    """`align(left, right)`, read from the cache file when it was done before (by a
    comparison or a coverage), else computed and stored."""
    return align_many([(left, right)], threshold=threshold, semantic=semantic, cache_path=cache_path)[0]


def _encode_all(pairs: Sequence[tuple[Article, Article]]) -> None:
    """Encode every sentence of these pairs in one batch before aligning them one by one:
    the paraphrase pass would otherwise encode them a few at a time, pair after pair, and
    the encoder is much faster on large batches. The vectors land in embed's caches."""
    texts: dict[str, None] = {}
    for left, right in pairs:
        # A pair with more text than the pass's budget may be left to words alone: its
        # sentences are not encoded ahead (the pass encodes what it reads, if anything).
        if sum(map(len, left.texts)) + sum(map(len, right.texts)) > paraphrase.MAX_CHARS:
            continue
        for article in (left, right):
            texts.update(dict.fromkeys(article.texts))
    if texts:
        embed.encode(list(texts))

