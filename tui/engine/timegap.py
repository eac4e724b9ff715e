"""How far apart in time two reports are, as a factor on their similarity (step 3 of grouping).

Reports of one happening are published within days of each other; reports weeks apart are less likely one event, and
months apart different happenings of one kind, unless the later one's text names the earlier's month (a trial a year on
names its shooting). Dates are trusted ones: metadata, else a date line, else an update stamp (tui.engine.textdates).

Groups of reports (step 5 of grouping) are damped pair by pair (PairTimes), not by their date
spans: a group's span stretches with every follow-up or recap it holds, so a recap of a 2019 crash,
published with this year's crash at the same crossing and joined to the 2019 reports, would bring
them within days of this year's reports, and nothing would keep the two crashes apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date

import numpy as np

from tui.engine.casualties import ACCUSED, AGE, FOLLOW_UP
from tui.engine.model import Article
from tui.engine.namingties import NAMER_EXTRA, aged_alike, called_alike, counted_alike, naming_alike, silent, two_named
from tui.engine.people import People, acquainted, unnamed_alike
from tui.engine.sparse import CSR
from tui.engine.textdates import referred_months, stated_date, told_days
from tui.engine.toldtime import DAY, numbers, values
from tui.engine.victims import VICTIM

DATE_GAP_DAYS = 14
"""Trusted dates further apart than this make two articles less likely to report one happening."""
DATE_DAMPING = 0.5
"""The factor on two reports FAR_GAP_DAYS apart; from DATE_GAP_DAYS to there it falls from 1 in a line (weeks_damping).
It was a step (0.5 from the 15th day): the cause found a fortnight on, a funeral or the first charges three weeks on,
lost half their likeness with their first reports, as a report two months on did. Held-out fires with dates
(bench/data/same_kind2) 0.877 -> 0.899; the tuning corpora's fires 0.855 -> 0.859, the rest and ECB+ dev unchanged, and
unchanged too with the line starting at 7 or 21 days, ending at 45 or 90, or at 0.4."""
FAR_GAP_DAYS = 60
"""Dates further apart than this (two months: past the charges, at a trial or an anniversary)
make two reports different happenings of one kind, unless the later one names the earlier's month."""
FAR_DAMPING = 0.2
PAIR_BUDGET = 250_000
"""Cross pairs of two groups that PairTimes weighs one by one; beyond it, an even share of each
side's reports stands for the whole (only events of hundreds of reports spanning weeks get there)."""
COPY_COS = 0.6
"""An undated report at least this like a dated one (cosine of their weighted terms) is a copy of it
or of their wire story, and is dated as it is for grouping (borrowed_days). On the same-kind corpora's
29 undated reports, the most alike dated report is of the same event for all but three (at 0.06-0.11);
the wire copies sit at 0.60-0.98, the rest below 0.45."""
FOLLOW_UP_DAYS = 730
"""How long after a happening a report of its consequences (a fine, a suit, a plea) may follow it untied by its text
(PairTimes.follow_up): two years, as fines, suits and most trials come. Past that, a fine years after an older
happening at the same plant tells of a later one. Measured at 365, 730 and 1,095 days and without a bound, on the
tuning corpora with dates: workplace accidents 0.952, 0.964, 0.964, 0.944; same_kind13 0.903, 0.905, 0.905, 0.904;
same_kind9 0.850, 0.849, 0.849, 0.849."""
PEOPLE_TIE_DAYS = 1095
"""How far apart in time two dated reports may be for the people they name to tie them (PairTimes.tied): three
years, as trials and most anniversaries come. A person is known by a surname, and past that a surname shared says
less than the years between: "Hollis Quarles, 11" of a shooting in 2016 and "Anh Quarles" of one in 2024. Measured
at 730, 1,095 and 1,460 days and without a bound, on the tuning corpora with dates: same_kind13 0.931, 0.931, 0.930,
0.930, the rest and ECB+ dev alike; then held out, same_kind12 with dates 0.896 -> 0.901, the rest unchanged."""
TIE_MONTHS = 1
"""A month the text names ties it to a report dated within this many months of it."""


def ordinal(iso: str | None) -> int | None:
    """An ISO date as a day number, None when there is none or it does not parse."""
    if not iso:
        return None
    try:
        return date.fromisoformat(iso).toordinal()
    except ValueError:
        return None


def trusted_days(articles: Sequence[Article]) -> np.ndarray:
    """Each article's trusted date as a day number, -1 when unknown (metadata, else a date line)."""
    return np.array([d if (d := ordinal(stated_date(a))) is not None else -1 for a in articles], dtype=np.int64)


def month_of(day: int) -> int:
    """The month (year * 12 + month - 1, as referred_months counts) of a day number."""
    found = date.fromordinal(day)
    return found.year * 12 + found.month - 1


def _read_dated(read: Callable[[Article, date | None], frozenset[int]], articles: Sequence[Article],
                days: np.ndarray) -> list[frozenset[int]]:
    """`read` of each article with its day (None where unknown)."""
    return [read(a, date.fromordinal(int(d)) if d >= 0 else None) for a, d in zip(articles, days.tolist(), strict=True)]


def references(articles: Sequence[Article], days: np.ndarray) -> list[frozenset[int]]:
    """The months each article's text names (see referred_months)."""
    return _read_dated(referred_months, articles, days)


def weekdays_told(articles: Sequence[Article], days: np.ndarray) -> list[frozenset[int]]:
    """The days each article's lead names by their weekday (see textdates.told_days)."""
    return _read_dated(told_days, articles, days)


def near_months(refs: frozenset[int]) -> frozenset[int]:
    """The months a text names (`refs`), give or take TIE_MONTHS: a report dated in one of them is
    tied to it, in one look-up (step 3's pairs and step 5's PairTimes alike)."""
    return frozenset(m + s for m in refs for s in range(-TIE_MONTHS, TIE_MONTHS + 1))


def weeks_damping(gap: np.ndarray) -> np.ndarray:
    """The factor on reports `gap` days apart, for gaps from DATE_GAP_DAYS (1) to FAR_GAP_DAYS
    (DATE_DAMPING), in a line; the ends beyond (see gap_damping)."""
    share = np.clip((gap - DATE_GAP_DAYS) / (FAR_GAP_DAYS - DATE_GAP_DAYS), 0.0, 1.0)
    return np.asarray(1.0 - share * (1.0 - DATE_DAMPING), dtype=np.float64)


def gap_damping(gap: int, tied: bool) -> float:
    """How far apart in time two reports (or groups) are, as a factor on their similarity."""
    if gap <= DATE_GAP_DAYS:
        return 1.0
    if gap <= FAR_GAP_DAYS:
        return float(weeks_damping(np.array([gap]))[0])
    return DATE_DAMPING if tied else FAR_DAMPING


def date_damping(days: np.ndarray, i: np.ndarray, j: np.ndarray,
                 refs: Sequence[frozenset[int]]) -> np.ndarray:
    """1 for each pair; where both trusted dates (`days`, see trusted_days) are more than
    DATE_GAP_DAYS apart, down to DATE_DAMPING at FAR_GAP_DAYS (weeks_damping), and FAR_DAMPING
    beyond unless either text names the other's month (`refs`, see references)."""
    if len(i) == 0:
        return np.ones(0)
    di, dj = days[i], days[j]
    known = (di >= 0) & (dj >= 0)
    gap = np.abs(di - dj)
    out = np.where(known & (gap > DATE_GAP_DAYS), weeks_damping(gap), 1.0)
    near: dict[int, frozenset[int]] = {}
    for k in np.flatnonzero(known & (gap > FAR_GAP_DAYS)).tolist():
        a, b = int(i[k]), int(j[k])
        for c in (a, b):
            if c not in near:
                near[c] = near_months(refs[c])
        tied = month_of(int(days[b])) in near[a] or month_of(int(days[a])) in near[b]
        out[k] = gap_damping(int(gap[k]), tied)
    return out


def borrowed_days(days: np.ndarray, i: np.ndarray, j: np.ndarray, cosines: np.ndarray) -> np.ndarray:
    """`days` with each undated report given the date of the dated one it is most like among the pairs (i, j) with their
    `cosines`, where that is at least COPY_COS: it is a copy of that report or of the same wire story. Left undated,
    such a copy is damped by nothing, and two copies of reports years apart (a flagger killed at an interchange in 2017,
    a crane toppled there in 2024) link the two happenings undamped."""
    out = days.copy()
    undated = days < 0
    if not len(i) or not undated.any():
        return out
    lefts = np.concatenate([i, j])
    rights = np.concatenate([j, i])
    both = np.concatenate([cosines, cosines])
    keep = undated[lefts] & ~undated[rights] & (both >= COPY_COS)
    lefts, rights, both = lefts[keep], rights[keep], both[keep]
    order = np.lexsort((rights, -both))  # the most alike first, ties to the lower row
    rows, first = np.unique(lefts[order], return_index=True)
    out[rows] = days[rights[order][first]]
    return out


ALIKE_DAYS = 1
"""Two reports naming no one, dated at most this many days apart, that give one and the same age ("40-year-old
man wounded in North Flint Hills shooting", "40-year-old man hospitalized after gunfire at Osage Ridge Park",
the same day) are one happening's (PairTimes.names_their_dead). Measured on the tuning corpora with dates at 0,
1 and 2: same_kind13 0.873 -> 0.880 at 0 and 1, 0.879 at 2; the rest and ECB+ dev unchanged."""
NAMING_FLOOR = 0.03
"""Mean cosine from which the link of two groups, one holding a dated report that names the other's dead alone
(PairTimes.names_alone: the coroner's "Rigoberto Fairclough, 26", two days after "a 26-year-old man" was killed), is
ordered at step 5's floor (events.NAMED_THRESHOLD) instead of being left below it (events.merge_groups); there it
joins as any link below MINGLED_THRESHOLD does, if the people they name tie them (PairTimes.named) or a follow-up's
text does. A naming shares little but the age with the first reports (cosine 0.055 there). On the tuning corpora
with dates, such pairs between 0.03 and 0.07 were 16 of one shooting and none of two; below 0.03, 5 and 11. Measured
at 0.02 and 0.03: same_kind13 with dates 0.948 -> 0.958 (0.955 at 0.04, 0.953 at 0.05), the rest unchanged; held
out: same_kind10 0.928 -> 0.938, same_kind11 0.953 -> 0.954, same_kind12 0.909 -> 0.912, the rest, the copies
without dates (their namings undated: names_undated_dead, far less sure at these cosines) and ECB+ dev unchanged."""
TIE_WITNESSES = 2
"""A group's reports (of two or more) acquainted with another group to tie the two by their people (PairTimes.named):
one alone may be a recap naming several happenings' dead, unless it names two of them (namingties.two_named)."""


class PairTimes:
    """How much the dates of two groups' reports take off their cosine total (step 5): average link
    on their cross pairs' cosines, each damped for its own two dates, and not at all where the two
    texts are tied (one names the other's month, both name one month back, or one mentions someone
    the other names with an age, tui.engine.people, within PEOPLE_TIE_DAYS). A follow-up months later
    (a safety review of "last September's" crash, an inquest naming the dead) is then tied to every report of its event
    and joins it whole, while a recap that joined the 2019 crash ties only itself to this year's:
    the 2019 reports' pairs with this year's stay damped.

    Ties lift the damping here, not in step 3: a month named by one report of a pair says little (many reports
    name some month), a month named by a follow-up that must also be like a whole group's reports on average says
    more. Only dated reports more than DATE_GAP_DAYS apart lose anything."""

    def __init__(self, matrix: CSR, days: np.ndarray, refs: Sequence[frozenset[int]] | None,
                 who: People | None, told: Sequence[frozenset[int]] | None = None) -> None:
        self.matrix = matrix
        self.days = days
        n = len(days)
        self.month = np.array([month_of(int(d)) if d >= 0 else -1 for d in days.tolist()], dtype=np.int64)
        self.near = [near_months(r) for r in refs] if refs is not None else [frozenset[int]()] * n
        self.refs = list(refs) if refs is not None else [frozenset[int]()] * n
        self.aged = who.aged if who is not None else [frozenset()] * n
        self.mentioned = who.mentioned if who is not None else [frozenset()] * n
        self.ages = who.ages if who is not None else [frozenset()] * n
        self.costs = who.costs if who is not None else [frozenset[str]()] * n
        self.numbers = who.numbers if who is not None else [frozenset[int]()] * n
        self.givens = who.givens if who is not None else [frozenset[str]()] * n
        self.calls = who.calls if who is not None else [frozenset[str]()] * n
        self.told = list(told) if told is not None else [frozenset[int]()] * n
        self.victims = [frozenset(values(cost, VICTIM)) for cost in self.costs]  # whom each headline names its victim
        self.told_ages = [frozenset(numbers(cost, AGE)) for cost in self.costs]  # the age each lead tells its victim's
        self.may_tie = np.array([bool(self.near[k] or self.aged[k] or self.mentioned[k] or FOLLOW_UP in self.costs[k])
                                 for k in range(n)], dtype=bool)
        self.namer = [bool(a) and len(g) <= len(a) + NAMER_EXTRA for a, g in zip(self.aged, self.ages, strict=True)]
        """Each report that may name another's dead alone (names_alone): one naming its people each with an age of their
        own, as the coroner names the dead, or the charges name the dead and the accused ("Kiara Bledsoe, 26", "Anthony
        Ruggiero, 29", days after "a 26-year-old woman" and "her 29-year-old ex-boyfriend"; same_kind9 with dates 0.908
        -> 0.917). Up to NAMER_EXTRA more ages (a vigil for "Jaylen Ortiz, 19" recalls the boy of 17 wounded
        beside him; same_kind15 0.915 -> 0.926 and 0.936 -> 0.948); more are a recap's many."""
        self.may_name = self.may_tie | np.array([bool(ages or told or values(cost, DAY)) for ages, told, cost in zip(
            self.ages, self.told, self.costs, strict=True)], dtype=bool)

    def acquainted(self, a: int, b: int, strict: bool = False) -> bool:
        """Whether reports a and b are acquainted (people.acquainted, `strict` as it says, their headlines' facts
        weighed, `far` if dated more than FAR_GAP_DAYS apart). What that needs (one mentions whom the other names with
        an age, or their headlines name one victim) is asked first, from sets kept: cheaper than reading the facts."""
        aged, mentioned, costs, days = self.aged, self.mentioned, self.costs, self.days
        if not (aged[a] & mentioned[b] or aged[b] & mentioned[a] or self.victims[a] & self.victims[b]):
            return False
        return acquainted(aged[a], mentioned[a], aged[b], mentioned[b], strict, facts_a=costs[a], facts_b=costs[b],
                          far=bool(min(days[a], days[b]) >= 0 and abs(days[a] - days[b]) > FAR_GAP_DAYS),
                          given_a=self.givens[a], given_b=self.givens[b])

    def tied(self, a: int, b: int, strict: bool = False) -> bool:
        """Whether one of the texts of reports a and b names the other's month, both name one month back (a lawsuit
        over "last year's" blast and the reopening "17 months after" it, months apart from each other), or they are
        acquainted (`strict`: see people.acquainted) and at most PEOPLE_TIE_DAYS apart."""
        return bool(self.month[b] in self.near[a] or self.month[a] in self.near[b]
                    or not self.near[a].isdisjoint(self.refs[b])
                    or (self._people_may_tie(a, b) and self.acquainted(a, b, strict)))

    def _people_may_tie(self, a: int, b: int) -> bool:
        """Whether reports a and b are near enough in time for their people to tie (PEOPLE_TIE_DAYS), or undated."""
        day_a, day_b = int(self.days[a]), int(self.days[b])
        return day_a < 0 or day_b < 0 or abs(day_a - day_b) <= PEOPLE_TIE_DAYS

    def follow_up(self, a: int, b: int) -> bool:
        """Whether the later of reports a and b, dated more than DATE_GAP_DAYS apart, tells of consequences (a fine,
        a suit, a plea, a finding: casualties.FOLLOW_UP) and the earlier does not. Such a report tells of one
        happening at a time it names rarely ("fined $412,000 in press operator's death", seven months on): it loses
        nothing of its likeness to the reports it follows (factor, lost_share), but ties no others (tied), so a
        group it joins stays apart from that place's other happenings. At most FOLLOW_UP_DAYS apart. On the tuning
        corpora with dates: workplace accidents 0.929 -> 0.964, same_kind13 0.901 -> 0.905, same_kind9 0.850 ->
        0.849; the rest, the copies without dates and ECB+ dev unchanged. Lifting half the damping only, or
        counting arrests and deaths ("no arrest", "dies") as consequences, gained less and mixed more."""
        day_a, day_b = int(self.days[a]), int(self.days[b])
        if day_a < 0 or day_b < 0 or not DATE_GAP_DAYS < abs(day_a - day_b) <= FOLLOW_UP_DAYS:
            return False
        later, earlier = (a, b) if day_a > day_b else (b, a)
        return FOLLOW_UP in self.costs[later] and FOLLOW_UP not in self.costs[earlier]

    def factor(self, a: int, b: int) -> float:
        """The date factor of reports a and b in step 5: 1 when they are near in time, tied, or the later
        follows up the earlier (follow_up)."""
        gap = abs(int(self.days[a]) - int(self.days[b]))
        return 1.0 if gap <= DATE_GAP_DAYS or self.tied(a, b) or self.follow_up(a, b) else gap_damping(gap, False)

    def follows(self, left: Sequence[int], right: Sequence[int], strict: bool = False) -> bool:
        """Whether some reports of `left` and `right` (dated reports) lie more than DATE_GAP_DAYS apart
        and every such pair is tied (`strict`: see tied) or, one such pair tied, is a follow-up's (follow_up):
        one side follows up the other, and says when it happened, or of whom ("Man who killed Officer Castañeda
        sentenced to life", 17 months on, names the officer whom one first report named with her age; the
        others named no one: same_kind9 with dates 0.932 -> 0.945, the rest and ECB+ dev unchanged)."""
        if not left or not right or len(left) * len(right) > PAIR_BUDGET:
            return False
        lefts, rights = np.asarray(left, dtype=np.int64), np.asarray(right, dtype=np.int64)
        rows, cols = np.nonzero(np.abs(self.days[lefts][:, None] - self.days[rights][None, :]) > DATE_GAP_DAYS)
        if not len(rows) or not (self.may_tie[lefts[rows]] | self.may_tie[rights[cols]]).all():
            return False
        tied = False
        for a, b in zip(lefts[rows].tolist(), rights[cols].tolist(), strict=True):
            if self.tied(a, b, strict):
                tied = True
            elif not self.follow_up(a, b):
                return False  # one far pair neither tied nor a follow-up's: the rest are not read
        return tied

    def named(self, left: Sequence[int], right: Sequence[int], strict: bool = False) -> bool:
        """Whether two groups of reports (`left`, `right`) are tied by the people they name, near in time: two
        reports of each side at least (one, for a side of one) are acquainted with the other side (one mentions someone
        the other names with an age, or names the other's dead days on: names_their_dead), and one such pair is dated
        at most DATE_GAP_DAYS apart. A profile of the dead days on, a vigil, the first charges tell of one happening in
        other words than its first reports; one report naming two groups' dead (a recap of a beach's drownings) ties
        only itself (TIE_WITNESSES). Where neither side has a date a name ties nothing here (one person is in the news
        for two happenings years apart: a coach hired, then fired); only the naming of the other's dead does
        (names_undated_dead), two people named in full by a pair (namingties.two_named), or one whom the other's lead
        calls in full (namingties.called_alike). `strict`: acquainted as people.acquainted says with `strict`, which,
        asked by follows_up, ties undated sides too: a vigil "for the Vang brothers" names nobody else with an age, and
        follows up the reports that name Tou and Pheng Vang with their ages; the two need then only be as cohesive as a
        follow-up and its happening (linkage.FOLLOW_UP_COHESION), as alike as ever. On the tuning corpora without
        dates: same_kind8 0.883 -> 0.897; the rest, the copies with dates, held out and ECB+ dev unchanged."""
        if not left or not right or len(left) * len(right) > PAIR_BUDGET:
            return False
        lefts, rights = np.asarray(left, dtype=np.int64), np.asarray(right, dtype=np.int64)
        undated = bool((self.days[lefts] < 0).all() and (self.days[rights] < 0).all())
        if not undated and ((self.days[lefts] < 0).all() or (self.days[rights] < 0).all()):
            return False
        rows, cols = np.nonzero(self.may_name[lefts][:, None] & self.may_name[rights][None, :])
        need_left, need_right = min(TIE_WITNESSES, len(left)), min(TIE_WITNESSES, len(right))
        witnesses_left: set[int] = set()
        witnesses_right: set[int] = set()
        near = False
        for a, b in zip(lefts[rows].tolist(), rights[cols].tolist(), strict=True):
            day_a, day_b = int(self.days[a]), int(self.days[b])
            days_near = day_a >= 0 and day_b >= 0 and abs(day_a - day_b) <= DATE_GAP_DAYS
            if undated:  # strict, a follow-up: one side names the other's people and nobody else with an age
                if two_named(self.givens[a], self.costs[a], self.givens[b], self.costs[b]) or self.aged_alike(a, b) or (
                        called_alike(self.costs[a], self.calls[a], self.costs[b], self.calls[b])
                        and self.acquainted(a, b, True)):
                    return True  # a lone witness enough
                if not (self.names_undated_dead(a, b) or (strict and self.acquainted(a, b, strict))):
                    continue
                days_near = True  # as near as anything is known
            elif not (self.acquainted(a, b, strict) or self.names_their_dead(a, b)):
                continue
            witnesses_left.add(a)
            witnesses_right.add(b)
            near = near or days_near
            if near and len(witnesses_left) >= need_left and len(witnesses_right) >= need_right:
                return True  # enough said: the rest of the pairs are not read
            if near and (self._alone(witnesses_left, witnesses_right, need_right)
                         or self._alone(witnesses_right, witnesses_left, need_left)):
                return True  # one side's lone witness is the naming of the other's dead
        return False

    def _alone(self, one: set[int], other: set[int], need: int) -> bool:
        """Whether `one` is a single witness that names, alone, the dead of `other`'s witnesses, enough of them
        (`need`): see names_alone."""
        return len(one) == 1 and len(other) >= need and self.names_alone(next(iter(one)), other)

    def names_alone(self, member: int, others: Iterable[int]) -> bool:
        """Whether report `member` names its people each with an age (namer) and names the dead of each of `others`
        (names_their_dead), which give every age it names people with if it names several (_ages_told): the coroner's
        naming of the woman the first reports told of ("Yolanda Scarborough, 22", three days after "a 22-year-old woman
        was killed"), or the charges naming her and her killer, whom the first reports gave ages too; not a recap naming
        several happenings' dead.
        It is one witness where PairTimes.named asks two (TIE_WITNESSES), and a group's link may rest on it
        (events.merge_groups): a year on, "One year later, no arrest in Yolanda Scarborough's killing" joins the naming
        by the name and says nothing of the shooting. On the tuning corpora with dates: same_kind8 0.939 -> 0.950,
        same_kind9 0.849 -> 0.862, same_kind13 0.913 -> 0.917; the rest, the copies without dates and ECB+ dev
        unchanged. Undated, it names undated reports' dead as names_undated_dead says, or one in full with its age
        (aged_alike): two first reports of a man of 44 and "Victim in Millpond shooting identified as Wesley
        Scarborough, 44" (same_kind13 without dates 0.877 -> 0.880, same_kind9 0.812 -> 0.818; held out: the shootings
        0.822 -> 0.859, 0.861 -> 0.866, 0.814 -> 0.816, the stabbings 0.959 -> 0.944)."""
        if not self.namer[member]:
            return False
        if self.days[member] < 0:
            # undated, a first report that tells nothing of its victim (silent) does not stand in the naming's way
            named = False
            for k in others:
                if self.days[k] < 0 and (self.names_undated_dead(member, k) or self.aged_alike(member, k)):
                    named = True
                elif self.days[k] >= 0 or not silent(self.aged[k], self.ages[k], self.costs[k]):
                    return False
            return named
        return all(self.names_their_dead(member, k) and self._ages_told(member, k) for k in others)

    def _ages_told(self, member: int, other: int) -> bool:
        """Whether report `other` gives every age that `member` names its people with (all but the accused's where its
        headline tells of one: same_kind15 with dates 0.948 -> 0.966), or gives none (a mass shooting's first reports,
        and the naming of the four killed; same_kind13 with dates 0.944 -> 0.947), or `member` names one."""
        return len(self.aged[member]) < 2 or not self.ages[other] or len(
            self.ages[member] - (self.ages[other] | self.numbers[other])) <= int(ACCUSED in self.costs[member])

    def naming_mean(self, rows: Sequence[int], namers: Iterable[int], dated: bool | None = None) -> float:
        """The mean cosine of a group's reports (`rows`) with the one of another group's `namers` (see namer) that
        names their dead alone (names_alone), the highest if several do; 0 if none does. A first report alone, or
        two copies, and the coroner's naming the day after are of one happening, however little the charges, the
        trial and the sentence that joined the naming by the name share with them: that group's mean with them
        falls below any threshold, so step 5 (events.merge_groups) orders their link by this one. On the tuning
        corpora with dates: same_kind13 0.917 -> 0.919; the rest and ECB+ dev unchanged. Undamped, the naming of
        a man of 36 who died of Monday's shooting met the first report of Tuesday's that wounded a man of 41.
        With `dated`, only the namers dated (True) or undated (False) are asked (see NAMING_FLOOR)."""
        best = 0.0
        for k in namers:
            if (dated is None or (self.days[k] >= 0) == dated) and self.names_alone(k, rows):
                best = max(best, float(self.matrix.take(list(rows)).matmul_t(self.matrix.take([k])).toarray().mean()))
        return best

    def aged_alike(self, a: int, b: int) -> bool:
        """Whether undated reports a and b name one person in full with one age (namingties.aged_alike)."""
        return aged_alike(self.costs[a], self.ages[a], self.givens[a], self.costs[b], self.ages[b], self.givens[b])

    def names_undated_dead(self, a: int, b: int) -> bool:
        """Whether of two undated reports one names one person with an age and the other names no one so but gives
        that one age alone (people.unnamed_alike): "Teen killed on Hollister Park courts identified as Tyler
        Kowalski, 16" and "16-year-old shot and killed at Hollister Park" (same_kind9 without dates 0.746 -> 0.758,
        same_kind8 0.867 -> 0.873; the rest, the copies with dates and ECB+ dev unchanged). Read any age alike, it
        mixed a drive-by's follow-ups with a killing years later that recalled it, so:
        - not a report that gives two ages ("Man killed ... doors from where Ximena Ávila died", 23 and the girl's 9),
          unless its lead tells one as its victim's (casualties.AGE): "The 38-year-old doorman", beside a man of 27
          wounded at the bar before, is the "Pádraig Ó Briain, 38" of the naming (same_kind9 without dates 0.871 ->
          0.881, same_kind13 0.907 -> 0.906; held out: the shootings 0.876 -> 0.892, 0.869 -> 0.876, 0.833 -> 0.835);
        - nor one that names two people, unless its headline tells of the accused (casualties.ACCUSED): the charges
          name the dead and the killer ("Bledsoe, 26", "Ruggiero, 29"; same_kind9 without dates 0.881 -> 0.890; held
          out: the shootings 0.876 -> 0.878, 0.835 -> 0.836, the stabbings 0.845 -> 0.848).
        - or, where the unnamed report gives no age, one weekday that both tell: the undated first reports of an officer
          killed on a Friday evening, and "The San Marcial police officer killed Friday night was Officer Lorena
          Castañeda, 31" (casualties' DAY facts; same_kind9 without dates 0.915 -> 0.923);
        - or two ages or more that both give, each giving at most one more (namingties.household_alike):
          "Derrick Barnes, 37, has been charged ... in the death of his wife, Chantal Barnes, 34", their daughter of 6,
          and the first report's woman of 34, her husband of 37 and the girl of 6 (same_kind9 without dates 0.935 ->
          0.939; held out, checked after: same_kind14 0.848 -> 0.850);
        - or as many people with an age as the other's headline counts dead (namingties.counted_alike): "Two men killed
          in home invasion on Otoe Street" and the charges naming two men (same_kind23 without dates 0.891 -> 0.899).
        None changed the copies with dates or ECB+ dev."""
        if bool(self.aged[a]) == bool(self.aged[b]):
            return False  # every tie below asks a naming and a report naming no one (the test most pairs stop at)
        unnamed, named = (b, a) if self.aged[a] else (a, b)
        ages = told if len(told := self.told_ages[unnamed]) == 1 else self.ages[unnamed]  # its lead's age of its victim
        people, them = len(self.aged[named]), (self.aged[unnamed], self.ages[unnamed], self.costs[unnamed])
        if naming_alike(self.aged[named], self.ages[named], self.costs[named], *them):
            return True
        return len(ages) == 1 and (people == 1 or (people == 2 and ACCUSED in self.costs[named])) and unnamed_alike(
            self.aged[named], self.ages[named], self.aged[unnamed], ages)

    def names_their_dead(self, a: int, b: int) -> bool:
        """Whether reports a and b, dated at most DATE_GAP_DAYS apart, are one happening's by its dead: one names
        someone with an age and the other names no one so, but gives someone that age (people.unnamed_alike: "a
        26-year-old woman", then "Kiara Bledsoe, 26"), or both leads tell of one day by its weekday (told days: "A man
        died in a fire on Monday night", then "The man found dead after Monday night's fire was Dale Hornick, 58"), or
        one names as many with their ages as the other counts dead (namingties.counted_alike; same_kind13 with dates
        0.962 -> 0.965), or neither names anyone so and both, at most ALIKE_DAYS apart, give one and the same age."""
        day_a, day_b = int(self.days[a]), int(self.days[b])
        if day_a < 0 or day_b < 0 or abs(day_a - day_b) > DATE_GAP_DAYS:
            return False
        return unnamed_alike(self.aged[a], self.ages[a], self.aged[b], self.ages[b]) or counted_alike(
            self.aged[a], self.ages[a], self.costs[a], self.aged[b], self.ages[b], self.costs[b]) or (
            bool(self.told[a] & self.told[b]) and bool(self.aged[a]) != bool(self.aged[b])) or (
            abs(day_a - day_b) <= ALIKE_DAYS and len(self.ages[a]) == 1 and self.ages[a] == self.ages[b]
            and not (self.aged[a] or self.aged[b]))

    def follows_up(self, left: Sequence[int], right: Sequence[int]) -> bool:
        """Whether one group of reports follows up the other's happening: it says when that was (follows) or names its
        people near in time (named), with no report tied to the other only by recalling it beside dead of its own
        (strict: see people.acquainted). Such groups tell of one happening in other words (the charges, a profile of the
        dead), so step 5 asks less of their likeness (events.merge_groups)."""
        left_dated = [k for k in left if self.days[k] >= 0]
        right_dated = [k for k in right if self.days[k] >= 0]
        return self.follows(left_dated, right_dated, strict=True) or self.named(left, right, strict=True)

    def vouches(self, member: int, right: Sequence[int]) -> bool:
        """Whether report `member` is dated more than DATE_GAP_DAYS from some dated reports of `right`,
        and tied to each of them (strictly, see tied), or, all of them near in time, names their dead
        (names_their_dead): a follow-up, or a first report followed up, that another group's link may
        rest on, unlike a round-up that joined a report of its own week (events.merge_groups)."""
        if self.days[member] < 0:
            return False
        day = int(self.days[member])
        far = [k for k in right if self.days[k] >= 0 and abs(int(self.days[k]) - day) > DATE_GAP_DAYS]
        if not far:  # all near in time: tied when it names their dead (names_their_dead)
            return bool(right) and all(self.names_their_dead(member, k) for k in right)
        return all(self.tied(member, k, strict=True) for k in far)

    def lost_share(self, left: Sequence[int], right: Sequence[int]) -> float:
        """Over the cross pairs of `left` and `right` (dated reports), the share of their cosine total
        that their dates take off (each pair's cosine x (1 - factor)). A group's undated reports are
        taken to lose the same share: one joined its group by being like reports of that time, and
        must not carry two groups whose dates keep them apart (a wire copy without a date, alike to
        two crashes years apart at one crossing, would otherwise link them undamped)."""
        if len(left) * len(right) > PAIR_BUDGET:
            share = (PAIR_BUDGET / (len(left) * len(right))) ** 0.5
            return self.lost_share(_even_share(left, share), _even_share(right, share))
        lefts, rights = np.asarray(left, dtype=np.int64), np.asarray(right, dtype=np.int64)
        gaps = np.abs(self.days[lefts][:, None] - self.days[rights][None, :])
        rows, cols = np.nonzero(gaps > DATE_GAP_DAYS)
        if not len(rows):
            return 0.0
        block = self.matrix.take(lefts).matmul_t(self.matrix.take(rights)).toarray()
        whole = float(block.sum())
        if whole <= 0:
            return 0.0
        i, j, gap = lefts[rows], rights[cols], gaps[rows, cols]
        cosines = block[rows, cols]
        kept = 1.0 - np.where(gap > FAR_GAP_DAYS, FAR_DAMPING, weeks_damping(gap))
        for k in np.flatnonzero((cosines > 0) & (self.may_tie[i] | self.may_tie[j])).tolist():
            if self.tied(int(i[k]), int(j[k])) or self.follow_up(int(i[k]), int(j[k])):
                kept[k] = 0.0
        return min(1.0, float(cosines @ kept) / whole)


def _even_share(items: Sequence[int], share: float) -> list[int]:
    """About `share` of `items`, evenly spread over them (at least one)."""
    keep = max(1, int(len(items) * share))
    return [items[k] for k in np.linspace(0, len(items) - 1, keep).astype(np.int64).tolist()]
