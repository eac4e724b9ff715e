"""A grouping kept between runs (tui.engine.incremental), as bytes for the cache: NumPy's .npz, no
pickles, rows as 32-bit floats.

A grouping made in full is kept whole (encode; some 13 MB for 10,000 articles). What a join changes
is kept beside it (encode_joins): the rows of the articles that joined since, and the groups, in a
few hundred kilobytes. Writing the whole grouping again took 0.2-0.3 s of a join's second (encoding
it, then SQLite writing it). decode reads the whole one and applies what joined it; what joined a
grouping other than the one kept (its token differs) is not applied.
"""

from __future__ import annotations

import io
import json
import uuid
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np

from tui.engine.features import STOCK_LINES
from tui.engine.roster import Roster
from tui.engine.sparse import CSR
from tui.engine.weights import Vocabulary

FORMAT = 7
"""The layout of a stored state; another one is not read. 2: with the places' counts; 3: with each
article's people (roster.Roster); 4: with each article's closing lines, hashed; 5: with a token
that what joined it names (encode_joins); 6: each article's people with the given names it writes (people.Who.given);
7: and whom its lead calls in full (people.Who.called)."""

PinList = list[tuple[str, str]]
Item = TypeVar("Item")


@dataclass(frozen=True)
class Origin:
    """The grouping made in full that a state comes from, kept whole (see encode)."""

    token: str
    """Names it: what joined another grouping is not applied to it."""
    rows: list[int]
    """Each row's row in it, or -1 for an article that joined it since."""
    terms: int
    """Its vocabulary's size: the terms after these came with articles that joined."""

    @classmethod
    def new(cls, rows: int, terms: int) -> Origin:
        """The origin of a grouping made in full: itself, under a new token."""
        return cls(uuid.uuid4().hex, list(range(rows)), terms)


@dataclass
class State:
    """A grouping as kept between runs: its rows and groups, by article path and content digest."""

    paths: list[str]
    digests: list[bytes]
    matrix: CSR
    vocabulary: Vocabulary
    free: list[list[int]]
    """Groups before pins (see events.Grouping), as row numbers."""
    pins: PinList
    drift: int
    """Articles added, changed or gone since the last full grouping."""
    centrals: dict[tuple[int, ...], int]
    """The central row of each group whose events were made (see events.Grouping.centrals)."""
    roster: Roster
    """Each row's people (see events.Grouping.roster)."""
    closings: list[tuple[int, ...]]
    """Each row's closing lines, hashed (see events.Grouping.closings)."""
    origin: Origin


def pin_list(pins: Mapping[str, str | None] | None) -> PinList:
    return sorted((k, v or "") for k, v in (pins or {}).items())


def _closings_array(closings: list[tuple[int, ...]]) -> np.ndarray:
    out = np.zeros((len(closings), STOCK_LINES), dtype=np.uint64)  # 0: no line
    for k, hashes in enumerate(closings):
        out[k, :len(hashes)] = hashes
    return out


def _closings_list(array: np.ndarray) -> list[tuple[int, ...]]:
    return [tuple(h for h in row if h) for row in array.tolist()]


def _groups_array(free: list[list[int]], n: int) -> np.ndarray:
    group_of = np.full(n, -1, dtype=np.int64)
    for g, members in enumerate(free):
        group_of[members] = g
    return group_of


def _groups(group_of: list[int]) -> list[list[int]]:
    free: dict[int, list[int]] = {}
    for k, g in enumerate(group_of):
        if g >= 0:
            free.setdefault(int(g), []).append(k)
    return list(free.values())


def _terms(vocabulary: Vocabulary) -> list[str]:
    return sorted(vocabulary.index, key=vocabulary.index.__getitem__)


def _common_meta(state: State) -> dict[str, Any]:
    """What both layouts keep whole: the pins, the drift, the groups' central rows."""
    return {"format": FORMAT, "token": state.origin.token, "pins": state.pins, "drift": state.drift,
            "n_docs": state.vocabulary.n_docs, "centrals": [(list(g), c) for g, c in state.centrals.items()]}


def _save(meta: dict[str, Any], **arrays: np.ndarray) -> bytes:
    out = io.BytesIO()
    save: Any = np.savez  # its stub types every keyword as its allow_pickle flag
    save(out, meta=np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8), **arrays)
    return out.getvalue()


def encode(state: State) -> bytes:
    """The whole state: a grouping made in full, its origin itself. A joined one kept whole is a new
    origin, under a new token: what joined its old origin must not be applied to it."""
    meta = _common_meta(state) | {"paths": state.paths, "terms": _terms(state.vocabulary),
                                  "names": sorted(state.roster.names), "people": state.roster.rows}
    if state.origin.rows != list(range(len(state.paths))):
        meta["token"] = uuid.uuid4().hex
    return _save(meta, closings=_closings_array(state.closings),
                 digests=np.frombuffer(b"".join(state.digests), dtype=np.uint8), df=state.vocabulary.df,
                 placed=state.vocabulary.placed, data=state.matrix.data.astype(np.float32),
                 indices=state.matrix.indices.astype(np.int32), indptr=state.matrix.indptr,
                 group_of=_groups_array(state.free, len(state.paths)))


def encode_joins(state: State) -> bytes:
    """What the state holds beyond its origin: the rows that joined since, each row's row there,
    the groups, the counts."""
    fresh = [k for k, r in enumerate(state.origin.rows) if r < 0]
    rows = state.matrix.take(fresh)  # counts, rows and groups in 32 bits: a tenth of the whole or less
    meta = _common_meta(state) | {"base_terms": state.origin.terms, "paths": [state.paths[k] for k in fresh],
                                  "terms": _terms(state.vocabulary)[state.origin.terms:],
                                  "people": [state.roster.rows[k] for k in fresh]}
    return _save(meta, base=np.asarray(state.origin.rows, dtype=np.int32),
                 closings=_closings_array([state.closings[k] for k in fresh]),
                 digests=np.frombuffer(b"".join(state.digests[k] for k in fresh), dtype=np.uint8),
                 df=state.vocabulary.df.astype(np.int32), placed=state.vocabulary.placed.astype(np.int32),
                 data=rows.data.astype(np.float32), indices=rows.indices.astype(np.int32), indptr=rows.indptr,
                 group_of=_groups_array(state.free, len(state.paths)).astype(np.int32))


_UNREADABLE = (OSError, ValueError, KeyError, TypeError, IndexError, EOFError, zipfile.BadZipFile)


def decode(data: bytes, joins: bytes | None = None) -> State | None:
    """A stored state, with what joined it applied (when it names this one); None when the state
    cannot be read (damaged, or of another FORMAT). What joined it is left out when unreadable."""
    try:
        state = _decode_whole(data)
    except _UNREADABLE:
        return None
    if state is None or joins is None:
        return state
    try:
        return _apply_joins(state, joins) or state
    except _UNREADABLE:
        return state


def _matrix(z: Any, rows: int, width: int) -> CSR | None:
    """The stored rows (`rows` of them, `width` columns), if they are whole."""
    matrix = CSR(z["data"].astype(np.float64), z["indices"].astype(np.int64), z["indptr"].astype(np.int64),
                 (rows, width))
    if len(matrix.indptr) != rows + 1 or len(matrix.data) != int(matrix.indptr[-1]) or \
            len(matrix.indices) != len(matrix.data) or (len(matrix.indices) and matrix.indices.max() >= width):
        return None
    return matrix


def _centrals(meta: dict[str, Any], n: int) -> dict[tuple[int, ...], int] | None:
    centrals = {tuple(int(r) for r in g): int(c) for g, c in meta["centrals"]}
    if any(not 0 <= r < n for g in centrals for r in g) or any(not 0 <= c < n for c in centrals.values()):
        return None
    return centrals


def _decode_whole(data: bytes) -> State | None:
    with np.load(io.BytesIO(data), allow_pickle=False) as z:
        meta = json.loads(z["meta"].tobytes().decode("utf-8"))
        if meta.get("format") != FORMAT:
            return None
        paths = [str(p) for p in meta["paths"]]
        terms = [str(t) for t in meta["terms"]]
        digests = z["digests"].tobytes()
        matrix = _matrix(z, len(paths), len(terms))
        group_of = z["group_of"].tolist()
        df = z["df"].astype(np.int64)
        placed = z["placed"].astype(np.int64)
        roster = Roster(frozenset(str(n) for n in meta["names"]), [str(w) for w in meta["people"]])
        closings = _closings_list(z["closings"])
    size = len(digests) // max(len(paths), 1)
    if matrix is None or len(df) != len(terms) or len(group_of) != len(paths) or len(placed) > len(terms) or \
            len(roster.rows) != len(paths) or len(closings) != len(paths):
        return None
    centrals = _centrals(meta, len(paths))
    if centrals is None:
        return None
    return State(paths, [digests[k * size:(k + 1) * size] for k in range(len(paths))], matrix,
                 Vocabulary({t: n for n, t in enumerate(terms)}, df, int(meta["n_docs"]), placed),
                 _groups(group_of), [(str(a), str(b)) for a, b in meta["pins"]], int(meta["drift"]), centrals,
                 roster, closings, Origin(str(meta["token"]), list(range(len(paths))), len(terms)))


def _apply_joins(whole: State, joins: bytes) -> State | None:
    """`whole` with what joined it (encode_joins), or None when that names another grouping."""
    with np.load(io.BytesIO(joins), allow_pickle=False) as z:
        meta = json.loads(z["meta"].tobytes().decode("utf-8"))
        if meta.get("format") != FORMAT or meta.get("token") != whole.origin.token or \
                meta.get("base_terms") != len(whole.vocabulary.index):
            return None
        base = z["base"].astype(np.int64)
        fresh_paths = [str(p) for p in meta["paths"]]
        terms = _terms(whole.vocabulary) + [str(t) for t in meta["terms"]]
        rows = _matrix(z, len(fresh_paths), len(terms))
        digests = z["digests"].tobytes()
        group_of = z["group_of"].tolist()
        df = z["df"].astype(np.int64)
        placed = z["placed"].astype(np.int64)
        people = [str(w) for w in meta["people"]]
        closings = _closings_list(z["closings"])
    n, size = len(base), len(whole.digests[0]) if whole.digests else 16
    fresh = np.flatnonzero(base < 0)
    if rows is None or len(fresh) != len(fresh_paths) or len(digests) != size * len(fresh) or \
            len(people) != len(fresh) or len(closings) != len(fresh) or len(group_of) != n or len(df) != len(terms) \
            or len(placed) > len(terms) or (n and base.max() >= len(whole.paths)):
        return None
    centrals = _centrals(meta, n)
    if centrals is None:
        return None
    old = whole.matrix
    stacked = CSR.vstack([CSR(old.data, old.indices, old.indptr, (old.shape[0], len(terms))), rows])
    at = np.empty(n, dtype=np.int64)  # each row's row in `stacked`
    at[fresh] = old.shape[0] + np.arange(len(fresh))
    kept = base >= 0
    at[kept] = base[kept]
    order = base.tolist()
    pick = iter(range(len(fresh)))
    slots = [r if r >= 0 else -1 - next(pick) for r in order]  # kept: its row there; joined: -1 - its number
    fresh_digests = [digests[k * size:(k + 1) * size] for k in range(len(fresh))]
    return State(_merged(slots, whole.paths, fresh_paths), _merged(slots, whole.digests, fresh_digests),
                 stacked.take(at), Vocabulary({t: c for c, t in enumerate(terms)}, df, int(meta["n_docs"]), placed),
                 _groups(group_of), [(str(a), str(b)) for a, b in meta["pins"]], int(meta["drift"]), centrals,
                 Roster(whole.roster.names, _merged(slots, whole.roster.rows, people)),
                 _merged(slots, whole.closings, closings), Origin(whole.origin.token, order, whole.origin.terms))


def _merged(slots: Sequence[int], old: Sequence[Item], new: Sequence[Item]) -> list[Item]:
    """Each slot's item: old[slot] for a kept row, new[-1 - slot] for one that joined."""
    return [old[s] if s >= 0 else new[-1 - s] for s in slots]
