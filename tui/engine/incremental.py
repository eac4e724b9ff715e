"""Articles joining a grouped corpus: only what they touch is grouped again (issues 11 and 15).

Grouping 10,000 articles in full takes seconds (every article's terms, candidate pairs over all,
two rounds of average link). When a few articles arrive (a sources update) or change, the
grouping kept from the last time (events.Grouping, stored in the cache) is reused instead:
1. articles gone or changed leave their groups; the others keep theirs, and their rows;
2. each new article is weighed with the kept vocabulary and compared with every row at once
   (one sparse product: exact cosines, damped by trusted dates far apart); its NEIGHBOURS
   nearest count, as candidates do in a full grouping;
3. the groups those neighbours are in (those within JOIN_REACH of a new article), and the new
   articles as groups of one, are merged by the full grouping's own last step
   (events.merge_groups: average link on exact mean cosines; the crowd check with the involved
   reports' nearest neighbours among themselves),
   so a report joins its event when the full grouping's last step would join it, and new
   reports of a new event join each other.
Groups no new article comes near stay as they were. What each article says of its people is
kept too (roster.Roster): a join reads the texts of the new articles only. Kept rows are not weighed again (nor are
their places scaled again; a new row's are, against every row: tui.engine.places), so weights
drift from what a full grouping would give as the corpus changes: once more than DRIFT_SHARE of
the corpus has changed since the last full grouping, the next grouping is full. The grouping is
kept whole when made in full, and what joined it beside it (tui.engine.keptstate).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

import numpy as np

from tui.engine.articlefacts import corpus_facts
from tui.engine.events import (
    MIN_CANDIDATE,
    NEIGHBOURS,
    SHARED,
    THRESHOLD,
    Grouping,
    merge_groups,
    scored_pairs,
)
from tui.engine.features import (
    Furniture,
    closing_hashes,
    closing_keys,
    lead_key,
    site_names,
    stock_keys,
)
from tui.engine.keptstate import Origin, State, pin_list
from tui.engine.linkage import crowd_neighbours
from tui.engine.model import Article
from tui.engine.people import People
from tui.engine.pins import moves
from tui.engine.places import scale_places
from tui.engine.roster import Roster
from tui.engine.sparse import CSR
from tui.engine.timegap import borrowed_days, date_damping, references, trusted_days
from tui.engine.weights import Vocabulary, weigh_more

JOIN_REACH = 0.06
"""A group near a joining article (holding one of its NEIGHBOURS nearest) is grouped again with it
only if its mean cosine with that article, or another joining one, reaches this: half of what the
least merge needs (events.MINGLED_THRESHOLD). A group joined by new articles is never more alike to
another than the most alike of its parts, so one further off could merge only with an old group it
was kept apart from, and the full grouping's reasons for that still hold. On 10 articles joining
10,000 (bench events) it keeps 56 of the 121 groups near them, 523 of 1,353 reports, and scoring
those took 0.2 s against 0.35 s."""
DRIFT_SHARE = 0.05
"""Share of a corpus that may change (articles added, changed or gone) between full groupings. Up
to it, idf weights move little (5% more documents shift a log ratio by at most 0.05)."""
def state_of(found: Grouping, digests: Mapping[str, bytes], pins: Mapping[str, str | None] | None,
             drift: int = 0, origin: Origin | None = None) -> State:
    """What to keep of a grouping (after its events were made); `digests` by article path. `origin`
    is a joined grouping's (Joined.origin); a grouping made in full is its own."""
    roster = found.roster if found.roster is not None else Roster.of(People.of(found.articles))
    closings = found.closings if found.closings is not None else [
        closing_hashes(closing_keys(a)) for a in found.articles]
    return State([a.path for a in found.articles], [digests[a.path] for a in found.articles], found.matrix,
                 found.vocabulary, found.free, pin_list(pins), drift, dict(found.centrals), roster, closings,
                 origin or Origin.new(len(found.articles), len(found.vocabulary.index)))


class Joined(NamedTuple):
    """A grouping made by joining a kept one (regroup)."""

    grouping: Grouping
    drift: int
    """Articles added, changed or gone since the last full grouping."""
    origin: Origin
    """The grouping made in full the kept one came from, and each row's row in it."""


def regroup(kept: State, articles: Sequence[Article], digests: Mapping[str, bytes],
            pins: Mapping[str, str | None] | None) -> Joined | None:
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
    fresh = list(corpus_facts([ordered[k] for k in added], furniture, kept.roster.names))  # as a full grouping reads
    fresh_rows = weigh_more([terms for terms, _ in fresh], vocabulary)
    old = kept.matrix
    width = len(vocabulary.index)
    stacked = CSR.vstack([CSR(old.data, old.indices, old.indptr, (old.shape[0], width)), fresh_rows])
    at = {k: n for n, k in enumerate(added)}
    matrix = stacked.take([r if r >= 0 else old.shape[0] + at[k] for k, r in enumerate(source)])
    matrix = scale_places(matrix, vocabulary, added)  # the kept rows keep theirs
    roster = kept.roster.joined(source, People.of_whos([who for _, who in fresh]))
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
    rows = [kept.origin.rows[r] if r >= 0 else -1 for r in source]
    return Joined(found, drift, Origin(kept.origin.token, rows, kept.origin.terms))


def _reach(product: CSR, groups: list[list[int]], n: int) -> np.ndarray:
    """Each group's highest mean cosine with one of the joining articles (`product`: their cosines
    with every row, a row each)."""
    owner = np.full(n, len(groups), dtype=np.int64)  # len(groups): in none (a moved article)
    for g, members in enumerate(groups):
        owner[members] = g
    sizes = np.array([len(g) for g in groups] + [1], dtype=np.float64)
    best = np.zeros(len(groups) + 1)
    for r in range(product.shape[0]):
        cols, vals = product.row(r)
        best = np.maximum(best, np.bincount(owner[cols], weights=vals, minlength=len(groups) + 1) / sizes)
    return best[:-1]


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
    damping = roster.people(involved, among).undated(among_days).damping(*ends, dates)
    damped = damping * found >= MIN_CANDIDATE
    i, j = i[damped], j[damped]
    owner = {k: g for g, members in enumerate(groups) for k in members}
    reach = _reach(product, groups, matrix.shape[0])
    touched = sorted({owner[k] for k in j.tolist() if k in owner and reach[owner[k]] >= JOIN_REACH})
    sub_groups = [groups[g] for g in touched] + [[k] for k in joining]
    inside = {k for g in sub_groups for k in g}
    near_pairs = [n for n, k in enumerate(j.tolist()) if k in inside]
    i, j = i[near_pairs], j[near_pairs]
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
                          scored.days, THRESHOLD, scored.refs, near, scored.who, scored.told)
    untouched = [g for n, g in enumerate(groups) if n not in set(touched)]
    return untouched + [[rows[x] for x in g] for g in merged]
