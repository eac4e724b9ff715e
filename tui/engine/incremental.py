"""Articles joining a grouped corpus: only what they touch is grouped again (issues 11 and 15).

Grouping 10,000 articles in full takes seconds (every article's terms, candidate pairs over all,
two rounds of average link). When a few articles arrive (a sources update) or change, the
grouping kept from the last time (events.Grouping, stored in the cache) is reused instead:
1. articles gone or changed leave their groups; the others keep theirs, and their rows;
2. each new article is weighed with the kept vocabulary and compared with every row at once
   (one sparse product: exact cosines, damped by trusted dates far apart); its NEIGHBOURS
   nearest count, as candidates do in a full grouping;
3. the groups those neighbours are in, and the new articles as groups of one, are merged by
   the full grouping's own last step (events.merge_groups: average link on exact mean
   cosines; the crowd check with the involved reports' nearest neighbours among themselves),
   so a report joins its event when the full grouping's last step would join it, and new
   reports of a new event join each other.
Groups no new article comes near stay as they were. What each article says of its people is
kept too (people.Roster): a join reads the texts of the new articles only. Kept rows are not weighed again (nor are
their places scaled again; a new row's are, against every row: tui.engine.places), so weights
drift from what a full grouping would give as the corpus changes: once more than DRIFT_SHARE of
the corpus has changed since the last full grouping, the next grouping is full.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from tui.engine.events import (
    MIN_CANDIDATE,
    NEIGHBOURS,
    SHARED,
    THRESHOLD,
    Grouping,
    merge_groups,
    moves,
    scored_pairs,
)
from tui.engine.features import (
    STOCK_LINES,
    Furniture,
    article_terms,
    closing_hashes,
    closing_keys,
    lead_key,
    site_names,
    stock_keys,
)
from tui.engine.linkage import crowd_neighbours
from tui.engine.model import Article
from tui.engine.people import People, Roster
from tui.engine.places import scale_places
from tui.engine.sparse import CSR
from tui.engine.timegap import borrowed_days, date_damping, references, trusted_days
from tui.engine.weights import Vocabulary, weigh_more

DRIFT_SHARE = 0.05
"""Share of a corpus that may change (articles added, changed or gone) between full groupings. Up
to it, idf weights move little (5% more documents shift a log ratio by at most 0.05)."""
FORMAT = 4
"""The layout of a stored state; another one is not read. 2: with the places' counts; 3: with each
article's people (people.Roster); 4: with each article's closing lines, hashed."""

PinList = list[tuple[str, str]]


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


def pin_list(pins: Mapping[str, str | None] | None) -> PinList:
    return sorted((k, v or "") for k, v in (pins or {}).items())


def state_of(found: Grouping, digests: Mapping[str, bytes], pins: Mapping[str, str | None] | None,
             drift: int = 0) -> State:
    """What to keep of a grouping (after its events were made); `digests` by article path."""
    roster = found.roster if found.roster is not None else Roster.of(People.of(found.articles))
    closings = found.closings if found.closings is not None else [
        closing_hashes(closing_keys(a)) for a in found.articles]
    return State([a.path for a in found.articles], [digests[a.path] for a in found.articles], found.matrix,
                 found.vocabulary, found.free, pin_list(pins), drift, dict(found.centrals), roster, closings)


def regroup(kept: State, articles: Sequence[Article], digests: Mapping[str, bytes],
            pins: Mapping[str, str | None] | None) -> tuple[Grouping, int] | None:
    """The grouping of `articles` made from `kept`, grouping again only what changes touch, and the
    drift since the last full grouping; None when a full grouping is due (other pins, or too much
    changed). `digests` hold each article's content digest, by path."""
    if pin_list(pins) != kept.pins:
        return None
    ordered = sorted(articles, key=lambda a: a.path)
    old_row = {(p, d): r for r, (p, d) in enumerate(zip(kept.paths, kept.digests, strict=True))}
    source = [old_row.get((a.path, digests[a.path]), -1) for a in ordered]
    added = [k for k, r in enumerate(source) if r < 0]
    gone = len(kept.paths) - (len(source) - len(added))
    drift = kept.drift + len(added) + gone
    if drift > DRIFT_SHARE * len(ordered):
        return None
    was = kept.vocabulary
    vocabulary = Vocabulary(dict(was.index), was.df.copy(), was.n_docs, was.placed.copy())
    closings = [kept.closings[r] if r >= 0 else closing_hashes(closing_keys(ordered[k])) for k, r in enumerate(source)]
    furniture = _furniture(ordered, closings)  # as a full grouping finds it
    fresh_rows = weigh_more([article_terms(ordered[k], furniture) for k in added], vocabulary)
    old = kept.matrix
    width = len(vocabulary.index)
    stacked = CSR.vstack([CSR(old.data, old.indices, old.indptr, (old.shape[0], width)), fresh_rows])
    at = {k: n for n, k in enumerate(added)}
    matrix = stacked.take([r if r >= 0 else old.shape[0] + at[k] for k, r in enumerate(source)])
    matrix = scale_places(matrix, vocabulary, added)  # the kept rows keep theirs
    roster = kept.roster.joined(source, People.of([ordered[k] for k in added], kept.roster.names))
    moved = moves(ordered, pins)
    now = {r: k for k, r in enumerate(source) if r >= 0}
    groups = [[now[r] for r in g if r in now and now[r] not in moved] for g in kept.free]
    groups = [g for g in groups if g]
    joining = [k for k in added if k not in moved]
    # Rows keep their order (both sides are sorted by path): a group left whole keeps its central row.
    centrals = {tuple(now[r] for r in g): now[c] for g, c in kept.centrals.items()
                if c in now and all(r in now for r in g)}
    found = Grouping(ordered, matrix, vocabulary, _join(matrix, ordered, roster, groups, joining, moved), moved,
                     centrals, roster, closings)
    return found, drift


def _furniture(articles: Sequence[Article], closings: Sequence[tuple[int, ...]]) -> Furniture:
    """features.find_furniture(articles), from their closing lines hashed: only the first sentence of
    a story with a common closing line is read, and the text of one story for each stock line."""
    stock = stock_keys(closings, lambda k: lead_key(articles[k]))
    lines: set[str] = set()
    for k, hashes in enumerate(closings):
        if not stock:
            break
        wanted = stock.intersection(hashes)
        if wanted:
            keys = closing_keys(articles[k])
            lines.update(key for key, h in zip(keys, closing_hashes(keys), strict=True) if h in wanted)
            stock -= wanted
    return Furniture(site_names(a.title for a in articles), frozenset(lines))


def _join(matrix: CSR, articles: list[Article], roster: Roster, groups: list[list[int]], joining: list[int],
          moved: Mapping[int, int | None]) -> list[list[int]]:
    """`groups` with the `joining` rows merged in where the last step of grouping puts them (the
    articles' people as `roster` keeps them)."""
    if not joining:
        return groups
    product = matrix.matmul_t(matrix.take(joining)).transpose()  # the few new rows as the postings
    left: list[int] = []
    right: list[int] = []
    cosines: list[np.ndarray] = []  # the product's values are the cosines (rows are unit length)
    for n, k in enumerate(joining):
        cols, vals = product.row(n)
        keep = (cols != k) & (vals >= MIN_CANDIDATE) & ~np.isin(cols, list(moved))
        cols, vals = cols[keep], vals[keep]
        if len(cols) > NEIGHBOURS:
            closest = np.argpartition(-vals, NEIGHBOURS)[:NEIGHBOURS]
            cols, vals = cols[closest], vals[closest]
        left += [k] * len(cols)
        right += cols.tolist()
        cosines.append(vals)
    i, j = np.array(left, dtype=np.int64), np.array(right, dtype=np.int64)
    # Dates (and the months and people texts name) are read for the articles involved only, not the corpus.
    involved = sorted(set(left) | set(right))
    at = {k: n for n, k in enumerate(involved)}
    ends = np.array([at[k] for k in left], dtype=np.int64), np.array([at[k] for k in right], dtype=np.int64)
    among = [articles[k] for k in involved]
    found = np.concatenate(cosines) if cosines else np.zeros(0)
    among_days = borrowed_days(trusted_days(among), *ends, found)
    dates = date_damping(among_days, *ends, references(among, among_days))
    damping = roster.people(involved, among).damping(*ends, dates)
    damped = damping * found >= MIN_CANDIDATE
    i, j = i[damped], j[damped]
    owner = {k: g for g, members in enumerate(groups) for k in members}
    touched = sorted({owner[k] for k in j.tolist() if k in owner})
    sub_groups = [groups[g] for g in touched] + [[k] for k in joining]
    rows = [k for g in sub_groups for k in g]
    local = {k: n for n, k in enumerate(rows)}
    sub_articles = [articles[k] for k in rows]
    sub = matrix.take(rows)
    # each involved report's nearest neighbours among the involved, as a full grouping finds them
    scored = scored_pairs(sub, sub_articles, who=roster.people(rows, sub_articles))
    near = crowd_neighbours(len(rows), scored.i, scored.j, scored.sims, SHARED)
    merged = merge_groups(sub, [[local[k] for k in g] for g in sub_groups],
                          np.array([local[k] for k in i.tolist()], dtype=np.int64),
                          np.array([local[k] for k in j.tolist()], dtype=np.int64),
                          scored.days, THRESHOLD, scored.refs, near, scored.who)
    untouched = [g for n, g in enumerate(groups) if n not in set(touched)]
    return untouched + [[rows[x] for x in g] for g in merged]


# -- kept between runs ----------------------------------------------------------------------------


def encode(state: State) -> bytes:
    """The state as bytes for the cache (NumPy's .npz, no pickles): rows as 32-bit floats."""
    terms = sorted(state.vocabulary.index, key=state.vocabulary.index.__getitem__)
    group_of = np.full(len(state.paths), -1, dtype=np.int64)
    for n, members in enumerate(state.free):
        group_of[members] = n
    known = [(list(g), c) for g, c in state.centrals.items()]
    meta = {"format": FORMAT, "paths": state.paths, "terms": terms, "pins": state.pins, "drift": state.drift,
            "n_docs": state.vocabulary.n_docs, "centrals": known, "names": sorted(state.roster.names),
            "people": state.roster.rows}
    closings = np.zeros((len(state.paths), STOCK_LINES), dtype=np.uint64)  # 0: no line
    for k, hashes in enumerate(state.closings):
        closings[k, :len(hashes)] = hashes
    out = io.BytesIO()
    np.savez(out, closings=closings, meta=np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8),
             digests=np.frombuffer(b"".join(state.digests), dtype=np.uint8), df=state.vocabulary.df,
             placed=state.vocabulary.placed,
             data=state.matrix.data.astype(np.float32), indices=state.matrix.indices.astype(np.int32),
             indptr=state.matrix.indptr, group_of=group_of)
    return out.getvalue()


def decode(data: bytes) -> State | None:
    """A stored state; None when it cannot be read (damaged, or of another FORMAT)."""
    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as z:
            meta = json.loads(z["meta"].tobytes().decode("utf-8"))
            if meta.get("format") != FORMAT:
                return None
            paths = [str(p) for p in meta["paths"]]
            terms = [str(t) for t in meta["terms"]]
            digests = z["digests"].tobytes()
            matrix = CSR(z["data"].astype(np.float64), z["indices"].astype(np.int64), z["indptr"].astype(np.int64),
                         (len(paths), len(terms)))
            group_of = z["group_of"].tolist()
            df = z["df"].astype(np.int64)
            placed = z["placed"].astype(np.int64)
            roster = Roster(frozenset(str(n) for n in meta["names"]), [str(w) for w in meta["people"]])
            closings = [tuple(h for h in row if h) for row in z["closings"].tolist()]
        size = len(digests) // max(len(paths), 1)
        if len(matrix.indptr) != len(paths) + 1 or len(df) != len(terms) or len(group_of) != len(paths) or \
                len(roster.rows) != len(paths) or len(closings) != len(paths):
            return None
        if len(placed) > len(terms):
            return None
        if len(matrix.data) != int(matrix.indptr[-1]) or (len(matrix.indices) and matrix.indices.max() >= len(terms)):
            return None
        free: dict[int, list[int]] = {}
        for k, n in enumerate(group_of):
            if n >= 0:
                free.setdefault(int(n), []).append(k)
        centrals = {tuple(int(r) for r in g): int(c) for g, c in meta["centrals"]}
        if any(not 0 <= r < len(paths) for g in centrals for r in g) or any(not 0 <= c < len(paths)
                                                                           for c in centrals.values()):
            return None
        return State(paths, [digests[k * size:(k + 1) * size] for k in range(len(paths))], matrix,
                     Vocabulary({t: n for n, t in enumerate(terms)}, df, int(meta["n_docs"]), placed),
                     list(free.values()),
                     [(str(a), str(b)) for a, b in meta["pins"]], int(meta["drift"]), centrals, roster, closings)
    except (OSError, ValueError, KeyError, TypeError, IndexError, EOFError, zipfile.BadZipFile):
        return None
