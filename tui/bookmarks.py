"""Bookmarks: on an article, a pair of articles, or a matched passage, kept in the config.

Every change is a locked read-merge-write of the config in use (`tui.config.update_config`):
other bookmarks, other instances' bookmarks and the user's own lines all stay. A config
that does not parse is never written: the functions raise `ConfigError` and the file is
left byte for byte as it was.

Paths are stored as they were given (as the contract's example shows), and looked up,
to tell whether a bookmark is missing, from the working directory and then from the
config file's folder. A bookmark whose file is gone is shown as missing, never dropped.

Notes and quotes are text for a terminal: escape sequences and control characters are
stripped from them when they are saved and when they are read (newlines and tabs stay).

Plain Python: no textual or rich imports.
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, TypeVar

from tui.config import (
    BOOKMARKS_KEY,
    Bookmark,
    Config,
    ConfigWriteError,
    EntryNotFound,
    Passage,
    resolve_path,
)
from tui.engine.sanitize import strip_controls

if TYPE_CHECKING:
    from tui.config.edit import Document

T = TypeVar("T")

__all__ = [
    "Bookmark",
    "Passage",
    "add_bookmark",
    "bookmark_json",
    "edit_note",
    "find_passage",
    "make_passage",
    "make_quote",
    "missing_files",
    "remove_bookmark",
]

BOOKMARKS: Final = BOOKMARKS_KEY
QUOTE_LIMIT: Final = 160
"""A quote longer than this keeps its start and its end, joined by ELLIPSIS."""
ELLIPSIS: Final = " … "
FIND_MIN_SCORE: Final = 80.0


# ---------------------------------------------------------------------------- reading


def missing_files(bookmark: Bookmark, config: Config, *, cwd: Path | None = None) -> tuple[str, ...]:
    """The bookmark's paths that are not there any more (empty: nothing is missing)."""
    paths = [bookmark.left] + ([bookmark.right] if bookmark.right is not None else [])
    # A stored article's URL (sources, issue 15) is no file: it is looked up when opened.
    paths = [p for p in paths if not p.lower().startswith(("http://", "https://"))]
    return tuple(p for p in paths if resolve_path(p, config, cwd=cwd) is None)


def bookmark_json(bookmark: Bookmark, config: Config, *, cwd: Path | None = None) -> dict[str, Any]:
    """The contract's JSON for one bookmark, plus `passage` and `missing`."""
    passage = None
    if bookmark.passage is not None:
        p = bookmark.passage
        passage = {"left": list(p.left), "left_quote": p.left_quote,
                   "right": list(p.right), "right_quote": p.right_quote}
    return {"id": bookmark.id, "left": bookmark.left, "right": bookmark.right, "note": bookmark.note,
            "created": bookmark.created, "passage": passage,
            "missing": bool(missing_files(bookmark, config, cwd=cwd))}


# ---------------------------------------------------------------------------- writing


def _update(config: Config, edit: Callable[[Document], T]) -> T:
    """`tui.config.write.update_config`, imported here on first write: it loads filelock and
    tomlkit (~130 ms, `python -X importtime`), which listing bookmarks has no use for."""
    from tui.config.write import update_config

    return update_config(config, edit)


def _new_id(taken: set[str]) -> str:
    while True:
        # What secrets.token_hex(3) does, without importing secrets (hmac, hashlib: 5 ms of the start).
        candidate = os.urandom(3).hex()
        if candidate not in taken:
            return candidate


def _clean(text: str | None) -> str | None:
    return None if text is None else strip_controls(text)


def _check_text(config: Config, what: str, value: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as err:
        raise ConfigWriteError(config.path, f"the {what} is not valid Unicode text; nothing was written") from err


def add_bookmark(config: Config, left: str, right: str | None = None, *, note: str = "",
                 passage: Passage | None = None, created: datetime | None = None) -> Bookmark:
    """Add a bookmark to the config file and return it (with its new id).

    Raises ConfigError, leaving the file unchanged, when it cannot be written.
    """
    if not left.strip() or (right is not None and not right.strip()):
        raise ConfigWriteError(config.path, "a bookmark needs a file name")
    for what, value in (("file name", left), ("file name", right or ""), ("note", note)):
        _check_text(config, what, value)
    note = strip_controls(note)
    when = (created or datetime.now(UTC)).replace(microsecond=0)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    stamp = when.isoformat()
    if passage is not None and not passage.left and not passage.right:
        passage = None
    if passage is not None:
        passage = Passage(passage.left, _clean(passage.left_quote), passage.right, _clean(passage.right_quote))

    def edit(doc: Document) -> Bookmark:
        taken = {e["id"] for e in doc.entries(BOOKMARKS) if isinstance(e.get("id"), str)}
        bid = _new_id(taken)
        values: dict[str, Any] = {"id": bid, "left": left, "right": right, "note": note, "created": stamp}
        if passage is not None:
            values.update(passage.fields())
        doc.append(BOOKMARKS, values)
        return Bookmark(bid, left, right, note, stamp, passage)

    return _update(config, edit)


def _index(config: Config, doc: Document, bookmark_id: str) -> int:
    hits = [i for i, e in enumerate(doc.entries(BOOKMARKS)) if e.get("id") == bookmark_id]
    if not hits:
        raise EntryNotFound(config.path, f"no bookmark with id {bookmark_id}")
    if len(hits) > 1:
        raise ConfigWriteError(config.path, f"{len(hits)} bookmarks have the id {bookmark_id}; "
                               "give one of them another id by hand")
    return hits[0]


def _from_entry(entry: dict[str, Any]) -> Bookmark:
    def ints(name: str) -> tuple[int, ...]:
        value = entry.get(name)
        return tuple(v for v in value if isinstance(v, int)) if isinstance(value, list) else ()

    def text(name: str) -> str | None:
        value = entry.get(name)
        return value if isinstance(value, str) else None

    created = entry.get("created")
    passage = Passage(ints("left_sentences"), text("left_quote"), ints("right_sentences"), text("right_quote"))
    return Bookmark(str(entry.get("id")), str(entry.get("left")), text("right"), text("note") or "",
                    created.isoformat() if isinstance(created, datetime) else str(created or ""),
                    passage if passage.left or passage.right else None)


def edit_note(config: Config, bookmark_id: str, note: str) -> Bookmark:
    """Change a bookmark's note in place (its line and any comment on it stay)."""
    _check_text(config, "note", note)
    note = strip_controls(note)

    def edit(doc: Document) -> Bookmark:
        index = _index(config, doc, bookmark_id)
        doc.set_value(BOOKMARKS, index, "note", note)
        return _from_entry(doc.entries(BOOKMARKS)[index])

    return _update(config, edit)


def remove_bookmark(config: Config, bookmark_id: str) -> Bookmark:
    """Remove a bookmark's table from the config file; returns what it was.

    Comments above and below the table stay; comments inside it go with it.
    """

    def edit(doc: Document) -> Bookmark:
        index = _index(config, doc, bookmark_id)
        gone = _from_entry(doc.entries(BOOKMARKS)[index])
        doc.remove(BOOKMARKS, index)
        return gone

    return _update(config, edit)



# ---------------------------------------------------------------------------- passages


def _norm(text: str) -> str:
    table = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})
    return " ".join(text.translate(table).casefold().split())


def make_quote(texts: Sequence[str], limit: int = QUOTE_LIMIT) -> str:
    """A short quote of a passage's sentences: all of it when short, else its start
    and its end joined by ELLIPSIS (so both ends can be found again)."""
    text = " ".join(" ".join(t.split()) for t in texts)
    if len(text) <= limit:
        return text
    half = max(8, (limit - len(ELLIPSIS)) // 2)
    head = text[:half]
    head = head.rsplit(" ", 1)[0] if " " in head.strip() else head
    tail = text[-half:]
    tail = tail.split(" ", 1)[1] if " " in tail.strip() else tail
    return f"{head}{ELLIPSIS}{tail}"


def make_passage(left_texts: Sequence[str], left: Sequence[int], right_texts: Sequence[str] = (),
                 right: Sequence[int] = ()) -> Passage:
    """A Passage from sentence indices, quoting each side from its sentences."""
    lq = make_quote([left_texts[i] for i in left]) if left else None
    rq = make_quote([right_texts[i] for i in right]) if right else None
    return Passage(tuple(left), lq, tuple(right), rq)


def find_passage(quote: str, sentences: Sequence[str], *, hint: Sequence[int] = (),
                 min_score: float = FIND_MIN_SCORE) -> tuple[int, ...]:
    """The indices of the run of `sentences` that `quote` (from `make_quote`) came from.

    `hint` (the saved indices) is taken as is when those sentences still give the same
    quote, and breaks ties between equal hits. The quote is matched exactly first, then
    fuzzily (rapidfuzz), so a re-segmented, re-cleaned or lightly edited article still
    finds its passage. Returns () when nothing scores `min_score` (0-100) or more.
    """
    if not quote.strip() or not sentences:
        return ()
    wanted = _norm(quote)
    contiguous = bool(hint) and list(hint) == list(range(hint[0], hint[-1] + 1))
    if (contiguous and all(0 <= i < len(sentences) for i in hint)
            and _norm(make_quote([sentences[i] for i in hint])) == wanted):
        return tuple(hint)
    normed = [_norm(s) for s in sentences]
    starts: list[int] = []
    pos = 0
    for text in normed:
        starts.append(pos)
        pos += len(text) + 1
    full = " ".join(normed)
    near = starts[hint[0]] if hint and 0 <= hint[0] < len(starts) else 0
    parts = [p.strip() for p in wanted.split(_norm(ELLIPSIS))] if _norm(ELLIPSIS) in wanted else [wanted]
    parts = [p for p in parts if p] or [wanted]

    first = _locate(parts[0], full, 0, near)
    if first is None:
        return ()
    score, begin, end = first
    if len(parts) > 1:
        last = _locate(parts[-1], full, begin, near)
        if last is None:
            return ()
        score = min(score, last[0])
        end = max(end, last[2])
    if score < min_score:
        return ()
    return _covering(starts, normed, begin, end)


def _locate(part: str, full: str, lo: int, near: int) -> tuple[float, int, int] | None:
    """(score, start, end) of `part` in `full[lo:]`: exact hits first (nearest `near`), else fuzzy."""
    hits = []
    at = full.find(part, lo)
    while at >= 0:
        hits.append(at)
        at = full.find(part, at + 1)
    if hits:
        best = min(hits, key=lambda h: (abs(h - near), h))
        return 100.0, best, best + len(part)
    # Lazy: rapidfuzz costs ~26 ms to import (-X importtime) and only a fuzzy look-up needs it;
    # `parallax bookmarks` must stay light (tests/test_config.py::test_listing_bookmarks_stays_light).
    from rapidfuzz import fuzz

    found = fuzz.partial_ratio_alignment(part, full[lo:])
    if found is None:
        return None
    return float(found.score), lo + found.dest_start, lo + found.dest_end


def _covering(starts: Sequence[int], normed: Sequence[str], begin: int, end: int) -> tuple[int, ...]:
    """The sentences that the span [begin, end) of the joined text really covers."""
    first = max(0, bisect.bisect_right(starts, begin) - 1)
    last = max(first, bisect.bisect_right(starts, max(begin, end - 1)) - 1)
    keep = []
    for i in range(first, last + 1):
        lo, hi = starts[i], starts[i] + len(normed[i])
        overlap = min(hi, end) - max(lo, begin)
        if overlap >= min(10, max(1, len(normed[i]) // 2)):
            keep.append(i)
    if not keep:
        keep = [first]
    return tuple(range(keep[0], keep[-1] + 1))
