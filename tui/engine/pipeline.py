"""The one way a corpus becomes a shelf: read (through the cache), apply the reader's
pins, group into events (through the cache). The CLI and the TUI both call it.

(Stand-in for the engine helper's version: same signature.)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from tui.engine.cache import Cache, group_events_cached, load_corpus_cached
from tui.engine.corpus import DEFAULT_MAX_BYTES
from tui.engine.shelf import Shelf


def load_shelf(paths: Sequence[str], *, max_bytes: int | None = None,
               pins: Callable[[list[str]], Mapping[str, str | None]] | None = None,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> Shelf | None:
    """Read and group `paths`; None when `cancelled` says stop."""
    with Cache() as store:
        corpus = load_corpus_cached(paths, max_bytes=max_bytes or DEFAULT_MAX_BYTES, progress=progress,
                                    cancelled=cancelled, cache=store)
        if cancelled is not None and cancelled():
            return None
        if progress is not None:
            progress(-1, 0)
        pinned = pins([a.path for a in corpus.articles]) if pins is not None else None
        events = group_events_cached(corpus.articles, pins=pinned, cache=store) if corpus.articles else []
    return Shelf.build(corpus, events)
