"""Group articles into events: the same real happening reported by several outlets.

The steps, each linear or near-linear in the number of articles:
1. typed terms per article (tui.engine.features), weighted by a smoothed rarity; the site names that open or
   close several titles, and the stock lines that close several stories, are furniture and give none; a place
   that several reports name weighs what they agree on besides it (tui.engine.places);
2. candidate pairs from a sparse matrix product on each article's strongest terms, keeping a few nearest
   neighbours per article (no all-pairs loop);
3. each candidate scored by the cosine of the full weighted vectors, damped when both articles carry trusted dates
   (metadata, else a date line) too far apart to be one happening, and more so months apart unless the later text
   names the earlier's month (a trial a year on names its shooting; tui.engine.timegap; an undated copy of a dated
   report is dated as it is), and damped when each names people with their age and neither mentions the other's
   (tui.engine.people);
4. local merging: average link on that sparse graph (tui.engine.linkage), each cosine weighted
   by how many nearest neighbours the pair shares. Two reports of one happening sit among the same
   neighbours; two events of the same kind (two earthquakes) resemble each other but each has its
   own crowd, so this is what tells them apart. Two tight groups merge only if they are about as
   alike as their own reports, a round-up that joined one report cannot be the link to another
   event, two groups whose reports each find their nearest neighbours among their own keep apart
   (linkage.Crowds), and two groups that name different people need more (linkage.APART_DAMPING);
5. global merging: average link again, on the groups of step 4, with the exact mean cosine of all
   their cross pairs (from summed vectors, no pairs enumerated), so an event with hundreds of
   reports, split in step 4 by its few-neighbour view, is made whole again; the same cohesion,
   round-up and crowd checks apply, and two groups whose reports find their nearest neighbours in each other (crowds
   that mingle) need less similarity. Dates apart damp two groups pair by pair, not by their date spans
   (timegap.PairTimes), so a recap years later cannot bring its old happening within days of a new one, and a
   follow-up whose lead names its happening's month or its dead joins it whole, from NAMED_THRESHOLD, as do groups
   that name one another's people within days (a victim's profile; timegap.PairTimes.named) and groups that name one
   victim (victims.same_victim: headlines, or leads with an age), dated or not, a dated naming of the other's dead by
   their age ordered there from timegap.NAMING_FLOOR (and asked, however unlike: namedpairs), and groups dated within
   NEAR_DAYS together; first reports that give one age and weekday (casualties.agree) join from MINGLED_THRESHOLD.
   People damp two groups pair by pair too (pairpeople.PairPeople): a report naming both groups' dead ties only itself.
   Where one group follows up the other (PairTimes.follows_up: the coroner's naming, the cause, a profile, the dead
   named days on for the day the first reports told of), the cohesion and round-up checks ask less
   (linkage.FOLLOW_UP_*).
Pins (the reader's corrections) override the grouping for the articles they name.
"""

from __future__ import annotations

import functools
import heapq
import operator
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from tui.engine.articlefacts import corpus_facts
from tui.engine.candidates import NEIGHBOURS as NEIGHBOURS  # re-exported: a join keeps as many
from tui.engine.candidates import Progress, candidate_pairs, pair_scores
from tui.engine.casualties import agree
from tui.engine.features import Terms, closing_hashes, closing_keys, find_furniture
from tui.engine.labels import central_member, make_event, order_events
from tui.engine.linkage import (
    FOLLOW_UP_BRIDGE,
    FOLLOW_UP_COHESION,
    Crowds,
    Neighbours,
    cohesive,
    crowd_neighbours,
    nearest,
    rests_on_one,
)
from tui.engine.linkage import average_link as average_link  # re-exported: part of the grouping steps
from tui.engine.model import Article, Event
from tui.engine.namedpairs import named_pairs
from tui.engine.pairpeople import PairPeople
from tui.engine.people import People, Who
from tui.engine.pins import apply_pins, moves
from tui.engine.places import scale_places
from tui.engine.roster import Roster
from tui.engine.sparse import CSR
from tui.engine.timegap import (
    DATE_GAP_DAYS,
    NAMING_FLOOR,
    PairTimes,
    borrowed_days,
    date_damping,
    references,
    trusted_days,
    weekdays_told,
)
from tui.engine.victims import same_victim
from tui.engine.weights import Vocabulary, normalise, weights

THRESHOLD = 0.18
"""Mean cosine of all cross pairs two groups need to merge (step 5); the knob that matters."""
MINGLED_THRESHOLD = 0.09
"""Mean cosine enough in step 5 for two groups whose crowds mingle (linkage.Crowds.mingled): parts of
one event, each one's reports as near the other's as their own. Cohesion still applies (ECB+ dev
alike from 0.08 to 0.14). Enough too for a follow-up weeks or months on whose text says when its
happening was (timegap.PairTimes.follows: "the Route 12 bus crash last September") or names its
people within days (PairTimes.named): it tells of charges or a review, in other words than the
first reports, and the time it names stands for what they share. It was 0.12; 0.10, 0.09 and 0.08
were measured on the tuning corpora once the round-up, people and date checks of step 5 were in:
0.09 was best (crashes with dates 0.958 -> 0.968, workplace with dates 0.914 -> 0.929, fires 0.831
-> 0.842 and 0.859 -> 0.871, nothing lower), ECB+ dev 0.950 either way; then on the held-out fires
with dates 0.899 -> 0.912, the rest unchanged."""
NAMED_THRESHOLD = 0.07
"""Mean cosine enough in step 5 for two groups tied by the people they name within days (PairTimes.named), below
MINGLED_THRESHOLD: the charges a day after the coroner named a shooting's four dead, told in a court's words
("Velvet Room suspect charged with 4 counts of murder"), meet its first reports below 0.09. Measured on the tuning
corpora with dates at 0.09 (as before), 0.07, 0.05 and 0.03: same_kind9 0.837 -> 0.845 from 0.07, same_kind13's
precision 0.912 -> 0.910 from 0.05, the rest and ECB+ dev alike throughout. A follow-up weeks or months on whose
text says when its happening was or whom it cost (timegap.PairTimes.follows) joins from here too: the arrests, the
plea, the sentence, the funeral and a profile of Ximena Ávila, 9, meet the first reports of her killing on Ochoa
Street at a mean cosine of 0.082 (same_kind9 with dates 0.945 -> 0.956, same_kind13 0.947 -> 0.948; held out:
same_kind10 0.921 -> 0.928, same_kind11 0.950 -> 0.953, same_kind2 0.938 -> 0.936, same_kind12 0.911 -> 0.909; the
copies without dates and ECB+ dev unchanged). Nothing else joins below MINGLED_THRESHOLD."""
NEAR_DAYS = 5
"""Days within which two groups, every report of both dated, are one happening's first days (its first reports, the
coroner's naming, a profile, the arrest) and join from NAMED_THRESHOLD, as groups tied by the people they name do: a
city's shootings of one week are fewer than its shootings, and the crowd and cohesion checks still keep them apart.
The family's profile of "a man, 22, killed overnight" three days on shares few words with its first report (a cosine
of 0.076). Measured on the tuning corpora with dates at 3, 5 and 7 days: same_kind23 0.928 -> 0.938, 0.943, 0.943;
same_kind18 0.948 -> 0.944 (a shooting's four reports split 2 and 2, not 3 and 1); at 7, same_kind7 0.995 -> 0.987;
the rest, the copies without dates and ECB+ dev unchanged. Held out, checked after, at 5: same_kind2 0.936 -> 0.942,
same_kind10 0.946 -> 0.943, same_kind11 0.968 -> 0.971, same_kind12 0.928 -> 0.929, same_kind14 0.980 -> 0.988,
same_kind20 0.966 -> 0.971; the rest unchanged."""
LOCAL_THRESHOLD = 0.10
"""Mean neighbour-weighted cosine for step 4."""
SHARED = 10
"""Nearest neighbours compared for the shared-neighbour weight (step 4)."""
SHARED_POWER = 0.5  # the shared-neighbour share's power in step 4's weight (0.5: its square root)
MIN_CANDIDATE = 0.05
"""Candidate similarities below this are dropped before merging."""


def shared_neighbours(n: int, i: np.ndarray, j: np.ndarray, sims: np.ndarray, k: int = SHARED) -> np.ndarray:
    """For each pair, the share of their k nearest neighbours (themselves included) they have in common.

    Divided by k + 1 whatever the corpus size, so in a corpus smaller than k every
    pair counts as weaker evidence: there, rarity weights are inflated, and the
    direct similarity must carry the merge.
    """
    if len(i) == 0:
        return np.zeros(0)
    indptr, cols = nearest(n, i, j, sims, k)
    rows = np.repeat(np.arange(n), np.diff(indptr))
    every = np.arange(n)
    graph = CSR.from_coo(np.concatenate([rows, every]), np.concatenate([cols, every]),
                         np.ones(len(rows) + n), (n, n))
    return graph.pair_dots(graph, i, j) / (k + 1)


def _add_rows(a: CSR, b: CSR) -> CSR:
    """The sum of two one-row matrices."""
    width = a.shape[1]
    return CSR.from_coo(np.zeros(len(a.data) + len(b.data), dtype=np.int64), np.concatenate([a.indices, b.indices]),
                        np.concatenate([a.data, b.data]), (1, width))


def _roots_to_groups(roots: Sequence[int]) -> list[list[int]]:
    groups: dict[int, list[int]] = {}
    for k, r in enumerate(roots):
        groups.setdefault(r, []).append(k)
    return list(groups.values())


def merge_groups(matrix: CSR, groups: list[list[int]], i: np.ndarray, j: np.ndarray,
                 days: np.ndarray, threshold: float, refs: Sequence[frozenset[int]] | None = None,
                 near: Neighbours | None = None, who: People | None = None,
                 told: Sequence[frozenset[int]] | None = None) -> list[list[int]]:
    """Average link over groups with exact means: mean cosine(A, B) = sum(A) . sum(B) / (|A| |B|).

    Groups joined by a candidate pair are compared; after each merge the new group's
    summed vector is compared again with every group it touches, in one sparse
    product. Groups whose reports' trusted dates lie more than DATE_GAP_DAYS apart have their
    mean damped pair by pair (timegap.PairTimes: a pair whose texts are tied, by a month named
    (`refs`, per article, see referred_months) or a person named with an age (`who`), loses
    nothing), so a recap in one group ties only itself; groups whose members name different
    people with their age are damped too, as wholes or pair by pair (pairpeople.PairPeople). With
    `near` (each article's nearest neighbours), groups that keep their own crowds stay apart,
    groups whose crowds mingle merge from MINGLED_THRESHOLD (linkage.Crowds)."""
    n_groups = len(groups)
    if n_groups < 2:
        return groups
    owner = np.empty(matrix.shape[0], dtype=np.int64)
    for g, members in enumerate(groups):
        owner[members] = g
    crowds = Crowds(near, owner, n_groups) if near is not None else None
    rows = matrix.row_ids()
    sums = CSR.from_coo(owner[rows], matrix.indices, matrix.data, (n_groups, matrix.shape[1]))
    size = [len(g) for g in groups]
    first = [min((int(days[k]) for k in g if days[k] >= 0), default=-1) for g in groups]
    last = [max((int(days[k]) for k in g if days[k] >= 0), default=-1) for g in groups]

    people = [functools.reduce(operator.or_, (who.who(k) for k in g), Who()) if who else Who() for g in groups]

    dated = [[k for k in g if days[k] >= 0] for g in groups]
    rows_of = [list(g) for g in groups]  # each group's articles
    times = PairTimes(matrix, days, refs, who, told)
    strangers = PairPeople(matrix, who)
    known: dict[tuple[int, int, int, int], float] = {}  # damp's answers, by the two groups and their versions

    def damp(a: int, b: int, total: float) -> float:
        """The factor on groups a and b's mean cosine (`total` over their cross pairs): their pairs'
        dates apart (PairTimes), and their people: people.Who.damping if they are apart as wholes (other
        people, other ages, headlines that disagree), else what their pairs of strangers take off (PairPeople)."""
        factor = people[a].damping(people[b])
        apart = factor < 1.0
        if total * factor < floor * size[a] * size[b]:
            return factor  # below the floor undamped: what the dates and the pairs take off does not matter
        key = (a, version[a], b, version[b]) if a < b else (b, version[b], a, version[a])
        if key not in known:
            if not apart:
                factor = strangers.kept(rows_of[a], rows_of[b], total)
            if first[a] >= 0 and first[b] >= 0 and max(last[b] - first[a], last[a] - first[b]) > DATE_GAP_DAYS:
                factor *= 1.0 - times.lost_share(dated[a], dated[b])  # some cross pairs far apart in time
            known[key] = factor
        return known[key]

    links: list[set[int]] = [set() for _ in range(n_groups)]
    # groups joined by a candidate pair of their members, or near neighbours as wholes
    ca, cb = candidate_pairs(normalise(sums))
    na, nb = named_pairs(times)  # and a dated naming with the reports whose dead it names, however unlike
    ga = np.concatenate([owner[i], ca, owner[na]])
    gb = np.concatenate([owner[j], cb, owner[nb]])
    for a, b in zip(ga.tolist(), gb.tolist(), strict=True):
        if a != b:
            links[a].add(b)
            links[b].add(a)
    pairs = [(a, b) for a in range(n_groups) for b in links[a] if a < b]
    left = np.array([p[0] for p in pairs], dtype=np.int64)
    right = np.array([p[1] for p in pairs], dtype=np.int64)
    totals = pair_scores(sums, left, right)
    every = np.arange(n_groups)
    inner = ((pair_scores(sums, every, every) - np.array(size)) / 2).tolist()  # each group's own pairs' total
    heap: list[tuple[float, int, int, int, int, float]] = []
    floor = min(threshold, MINGLED_THRESHOLD, NAMED_THRESHOLD) if crowds is not None else threshold
    version = [0] * n_groups
    namers = [[k for k in g if times.namer[k]] for g in groups]  # each group's reports that may name alone

    def ordered(a: int, b: int, total: float) -> float:
        """Groups a and b's mean cosine, damped (damp), as the heap orders it: below the floor, the mean of a group
        with the report of the other that names its dead alone (PairTimes.naming_mean), damped alike; the floor
        itself where that report is dated and that mean at least NAMING_FLOOR."""
        factor = damp(a, b, total)
        mean = total / (size[a] * size[b]) * factor
        if mean >= floor:
            return mean
        named = factor * max(times.naming_mean(rows_of[a], namers[b], dated=True),
                             times.naming_mean(rows_of[b], namers[a], dated=True))
        if crowds is not None and named >= NAMING_FLOOR:
            return max(floor, named)  # a dated naming of the other's dead: ordered from the floor (NAMING_FLOOR)
        victims = same_victim(people[a].cost, people[b].cost)
        return max(mean, named, factor * max(times.naming_mean(rows_of[a], namers[b], dated=False),
                                             times.naming_mean(rows_of[b], namers[a], dated=False),
                                             victim_mean(a, b) if victims else 0.0,
                                             victim_mean(b, a) if victims else 0.0))

    def victim_mean(a: int, b: int) -> float:
        """The mean cosine of group b's reports with the one of group a's that names a victim whom b names
        (victims.same_victim), the highest if several do; 0 if none does. As naming_mean does for the coroner's
        naming, it orders the link of the first reports and the naming of their dead ("Aubree McQuarrie dies days
        after shooting") with the arrest and the charges that name her: they share nothing with the first reports.
        Asked only of groups that name one victim."""
        if who is None:
            return 0.0
        named = [k for k in rows_of[a] if same_victim(who.costs[k], people[b].cost)]
        return float(matrix.take(named).matmul_t(matrix.take(rows_of[b])).toarray().mean(axis=1).max())

    for (a, b), total in zip(pairs, totals.tolist(), strict=True):
        mean = ordered(a, b, total)
        if mean >= floor:
            heap.append((-mean, a, b, 0, 0, total))
    heapq.heapify(heap)
    vectors: dict[int, CSR] = {}  # the summed vector of each group that has merged (one row)

    def vector(g: int) -> CSR:
        """Group g's summed vector: its merged one, else its row of `sums` (taken only then)."""
        return vectors[g] if g in vectors else sums.take([g])

    def bridged(a: int, b: int, need: float, lower: float | None = None) -> bool:
        """Whether the link of groups a and b rests on one member of either (linkage.rests_on_one); with
        `lower`, the need where that member is tied to the other group in time (PairTimes.vouches)."""
        return any(rests_on_one(matrix, rows_of[x], vector(y), size[y], need, lower,
                                functools.partial(times.vouches, right=rows_of[y])) for x, y in ((a, b), (b, a)))

    def first_days(a: int, b: int) -> bool:
        """Whether groups a and b are dated, every report, within NEAR_DAYS together."""
        return (len(dated[a]) == size[a] and len(dated[b]) == size[b]
                and max(last[a], last[b]) - min(first[a], first[b]) <= NEAR_DAYS)

    def named_alone(a: int, b: int) -> bool:
        """Whether a or b holds a report that names, alone, the other's dead (PairTimes.names_alone): their link may
        rest on that report, and they need not be as alike within as the first reports and their follow-ups must be
        (FOLLOW_UP_COHESION). In a group of any size: the coroner's naming joined the charges, the trial and the suit
        by the name (same_kind13 with dates 0.935 -> 0.944, without 0.885 -> 0.887; the rest and ECB+ dev unchanged)."""
        return any(times.names_alone(k, rows_of[y]) for x, y in ((a, b), (b, a)) for k in namers[x])

    parent = list(range(n_groups))
    alive = [True] * n_groups
    while heap:
        neg, a, b, va, vb, raw = heapq.heappop(heap)
        if not (alive[a] and alive[b]) or version[a] != va or version[b] != vb:
            continue  # stale: one side has merged since
        follow_up: bool | None = None  # whether one group follows up the other (PairTimes.follows_up), once asked
        # reports that name one victim ("Gunman sentenced for killing Ximena Ávila", "Hundreds say goodbye to
        # Ximena Ávila") tell of one happening, dated or not, as people named within days do; and, as a follow-up
        # and its happening, they are held to FOLLOW_UP_COHESION (same_kind13 with dates 0.933 -> 0.935)
        victim = same_victim(people[a].cost, people[b].cost)
        if not cohesive(-neg, inner[a], size[a], inner[b], size[b]):
            if not victim:
                follow_up = times.follows_up(rows_of[a], rows_of[b])
            follows_on = victim or follow_up
            # the coroner's naming of the first reports' dead, in a group with the charges and the trial that
            # joined it by the name, ties it to them however little the rest shares with them (named_alone)
            if not (follows_on and (cohesive(-neg, inner[a], size[a], inner[b], size[b], FOLLOW_UP_COHESION)
                                    or named_alone(a, b))):
                continue  # see average_link
        if crowds is not None and crowds.apart(a, size[a], b, size[b], -neg):
            continue
        low = -neg < MINGLED_THRESHOLD
        if low:  # only a tie by the people they name, a follow-up's text or their first days join these (NEAR_DAYS)
            mingled = (victim or first_days(a, b) or times.named(rows_of[a], rows_of[b])
                       or times.follows(dated[a], dated[b]))
        else:
            mingled = victim or first_days(a, b) or (crowds is not None and crowds.mingled(a, size[a], b, size[b]))
        if not mingled and -neg < threshold:  # a follow-up weeks on that says when it happened, or whom it is of,
            mingled = not low and (times.follows(dated[a], dated[b]) or times.named(rows_of[a], rows_of[b])
                                   or agree(people[a].cost, people[b].cost))  # or first reports of one age and day
        if -neg < threshold and not mingled:
            continue  # below the threshold, and the crowds do not say one event
        factor = max(damp(a, b, raw), 1e-9)  # the needs below are on the undamped cosines
        need = (NAMED_THRESHOLD if low else MINGLED_THRESHOLD if mingled else threshold) / factor
        # reports that name one victim tie two groups however their likeness is spread: no round-up names one
        if not victim and bridged(a, b, need) and (
                mingled or not times.follows(dated[a], dated[b]) or bridged(a, b, MINGLED_THRESHOLD / factor)):
            # a round-up that joined a report cannot pull in a second event (see BRIDGE_SIZE); a follow-up
            # that says when its happening was needs MINGLED_THRESHOLD there, above the threshold too; a
            # follow-up's link may rest on the one report tied to it in time (linkage.FOLLOW_UP_BRIDGE), above
            # the threshold as below it (a wedding minibus crash's naming of its dead and a first report of it:
            # same_kind3 with dates 0.968 -> 0.979, same_kind13 0.928 -> 0.929, the rest and ECB+ dev unchanged)
            if follow_up is None:
                follow_up = times.follows_up(rows_of[a], rows_of[b])
            if not follow_up or (bridged(a, b, need, MINGLED_THRESHOLD * FOLLOW_UP_BRIDGE / factor)
                                 and not named_alone(a, b)):
                continue  # unless the link rests on the naming of the other's dead (PairTimes.names_alone)
        if len(links[a]) < len(links[b]):
            a, b = b, a
        if crowds is not None:
            crowds.merge(a, b)
        alive[b] = False
        parent[b] = a
        rows_of[a].extend(rows_of[b])
        rows_of[b] = []
        inner[a] += inner[b] + raw
        vectors[a] = _add_rows(vector(a), vector(b))
        vectors.pop(b, None)
        size[a] += size[b]
        if first[b] >= 0:
            first[a] = first[b] if first[a] < 0 else min(first[a], first[b])
            last[a] = max(last[a], last[b])
        dated[a] = dated[a] + dated[b]
        namers[a] = namers[a] + namers[b]
        people[a] = people[a] | people[b]
        version[a] += 1
        for c in links[b]:
            if c != a:
                links[c].discard(b)
                links[c].add(a)
        links[a] |= links[b]
        links[a] -= {a, b}
        links[b] = set()
        touching = sorted(links[a])
        if not touching:
            continue
        stacked = CSR.vstack([vector(c) for c in touching])
        dots = stacked.matmul_t(vectors[a]).toarray().ravel()
        for c, total in zip(touching, dots.tolist(), strict=True):
            mean = ordered(a, c, total)
            if mean >= floor:
                lo, hi = min(a, c), max(a, c)
                heapq.heappush(heap, (-mean, lo, hi, version[lo], version[hi], total))
    merged: dict[int, list[int]] = {}
    for g in range(n_groups):
        r = g
        while parent[r] != r:
            r = parent[r]
        merged.setdefault(r, []).extend(groups[g])
    return list(merged.values())


@dataclass(frozen=True)
class Scored:
    """Steps 2 and 3 for a set of articles: what steps 4 and 5 read of their dates and people, and
    the candidate pairs (i, j) with their damped cosines (`sims`), those below MIN_CANDIDATE dropped."""

    days: np.ndarray  # trusted dates (timegap.trusted_days), an undated copy of a dated report dated as it is
    refs: list[frozenset[int]]  # the months each lead names (timegap.references)
    told: list[frozenset[int]]  # the days each lead names by their weekday (timegap.weekdays_told)
    who: People
    i: np.ndarray
    j: np.ndarray
    sims: np.ndarray


def scored_pairs(matrix: CSR, articles: Sequence[Article], progress: Progress | None = None,
                 who: People | None = None) -> Scored:
    """The candidate pairs of `articles` (rows of `matrix`) and their cosines, damped for dates apart
    and for naming different people (`who`, read from their texts when not given). The full grouping
    and a join (tui.engine.incremental) both score so."""
    i, j = candidate_pairs(matrix, progress=progress)
    cosines = pair_scores(matrix, i, j)
    days = borrowed_days(trusted_days(articles), i, j, cosines)
    refs = references(articles, days)
    who = (People.of(articles) if who is None else who).undated(days)
    sims = cosines * who.damping(i, j, date_damping(days, i, j, refs))
    keep = sims >= MIN_CANDIDATE
    return Scored(days, refs, weekdays_told(articles, days), who, i[keep], j[keep], sims[keep])


def cluster_rows(matrix: CSR, articles: Sequence[Article], *, threshold: float = THRESHOLD,
                 progress: Progress | None = None, who: People | None = None) -> list[list[int]]:
    """Indices of `articles` grouped by event (unordered; a singleton is its own group), from their
    weight rows (row k is articles[k], see weight_matrix), and their People if known."""
    n = len(articles)
    if n == 0:
        return []
    scored = scored_pairs(matrix, articles, progress, who)
    i, j, sims = scored.i, scored.j, scored.sims
    local = sims * shared_neighbours(n, i, j, sims) ** SHARED_POWER
    crowds = crowd_neighbours(n, i, j, sims, SHARED)
    whos = [scored.who.who(k) for k in range(n)]
    groups = _roots_to_groups(average_link(n, i, j, local, LOCAL_THRESHOLD, near=crowds, whos=whos))
    return merge_groups(matrix, groups, i, j, scored.days, threshold, scored.refs, crowds, scored.who, scored.told)


@dataclass
class Grouping:
    """What grouping found, kept whole so that articles added later can join it
    (tui.engine.incremental) without grouping the corpus again."""

    articles: list[Article]
    """Sorted by path; row k of `matrix` is articles[k]."""
    matrix: CSR
    vocabulary: Vocabulary
    free: list[list[int]]
    """The groups before the pins are applied; moved articles are in none."""
    moved: dict[int, int | None]
    centrals: dict[tuple[int, ...], int] = field(default_factory=dict)
    """The central row of groups (members in order) known already: a grouping that new articles
    joined passes on those of the groups they left alone."""
    roster: Roster | None = None
    """Each article's people, for articles joining later (None: read from the texts then)."""
    closings: list[tuple[int, ...]] | None = None
    """Each article's closing lines, hashed (features.closing_hashes), from which a join finds the
    corpus's stock lines without reading every story again (None: read from the texts then)."""

    def events(self) -> list[Event]:
        """The events, pins applied, largest and most recent first."""
        groups = apply_pins(self.free, self.moved)
        for g in groups:
            if tuple(g) not in self.centrals:
                cost = self.roster.cost if self.roster is not None else None
                self.centrals[tuple(g)] = central_member(self.matrix, g, [self.articles[r] for r in g], cost)
        return order_events([
            make_event([self.articles[k] for k in g], central=self.articles[self.centrals[tuple(g)]]) for g in groups
        ])


def group(articles: Sequence[Article], *, pins: Mapping[str, str | None] | None = None,
          threshold: float = THRESHOLD, progress: Progress | None = None) -> Grouping:
    """The grouping of `articles` (see group_events), with what it was computed from."""
    ordered = sorted(articles, key=lambda a: a.path)  # the same articles, the same events, in any order
    moved = moves(ordered, pins)
    whos: list[Who] = []

    closings = [closing_keys(a) for a in ordered]
    furniture = find_furniture(ordered, closings)

    def terms() -> Iterator[Terms]:  # the people are read with the terms (tui.engine.articlefacts)
        for found, who in corpus_facts(ordered, furniture):
            whos.append(who)
            yield found

    matrix, vocabulary = weights(terms())
    matrix = scale_places(matrix, vocabulary)
    free = [k for k in range(len(ordered)) if k not in moved]
    people = People.of_whos(whos)  # the moved ones' too, kept for a join; on the free ones it answers as theirs
    found = cluster_rows(matrix.take(free), [ordered[k] for k in free], threshold=threshold,
                         progress=progress, who=people.take(free)) if free else []
    return Grouping(ordered, matrix, vocabulary, [[free[k] for k in g] for g in found], moved,
                    roster=Roster.of(people), closings=[closing_hashes(keys) for keys in closings])


def group_events(articles: Sequence[Article], *, pins: Mapping[str, str | None] | None = None,
                 threshold: float = THRESHOLD, progress: Progress | None = None) -> list[Event]:
    """Every article in exactly one event, largest and most recent first.

    `pins` holds the reader's corrections, by article path: `{a: b}` moves `a` into the
    event of `b`, `{a: None}` gives `a` an event of its own. Moved articles take no part
    in the grouping (so a wrongly placed report cannot pull two events together); pins
    naming articles that are not here are ignored.
    """
    if not articles:
        return []
    return group(articles, pins=pins, threshold=threshold, progress=progress).events()
