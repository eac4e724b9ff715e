"""Event grouping when every event is of one kind: the same-kind corpus, with and without dates.

Run with `.venv/bin/python -m bench kind`. Prints Parallax's B-cubed F1 on
`bench/data/same_kind/` (18 shootings in three cities, 76 reports with round-ups,
follow-ups and site names in titles; see its README) read with its dates and without,
next to a plain TF-IDF average-link baseline at its best threshold measured in the same
run (with dates: the same baseline, pairs more than BASELINE_WINDOW_DAYS apart kept
apart), and Parallax's F1 on ECB+ dev (bench/data) next to the same baseline, then on 20
random halves of dev's topics (a proxy for the unseen even half: the grouping was tuned on dev).
The same figures follow for `bench/data/same_kind2/` (17 house fires, 74 reports), a second
corpus of one kind written and committed before Parallax was run on it: held-out data, where
the first corpus was looked at while the grouping was tuned. Then `bench/data/same_kind3/`
(18 road crashes, 73 reports), a third corpus written and committed before Parallax was run on
it, meant to be tuned on so that the second stays held out. Then `bench/data/same_kind4/`
(80 shootings, 133 reports, mostly one a shooting, like issue 14's held-out corpus), also
committed before Parallax was run on it, also for tuning. Then `bench/data/same_kind5/` (71
stabbings and assaults in three English towns, 122 reports, shaped like the fourth), committed
before Parallax was run on it and held out: looked at only to check a change already chosen.
Then `bench/data/same_kind6/` (50 workplace accidents in three Indiana towns, 126 reports, with
follow-ups months later that name neither the worker nor the month), committed before Parallax
was run on it, for tuning. Then `bench/data/same_kind7/` (63 drownings and water rescues in three
Canadian towns, 125 reports, two thirds of incidents with one report, spots that recur over the
years), committed before Parallax was run on it, for tuning. Then `bench/data/same_kind8/` (45 residential
fires in three US towns, 142 reports, fifteen fires followed for months: the dead named, profiles,
vigils, causes, charges, lawsuits, anniversaries), committed before Parallax was run on it, for tuning.
Then `bench/data/same_kind9/` (60 shootings in three US cities, 141 reports: a mass shooting with 12,
follow-ups for years, recurring places, round-ups), written by a helper who had read neither the grouping
code nor the benchmarks, committed before Parallax was run on it; measured once as held-out data (see its
README), then turned to tuning. Then `bench/data/same_kind10/` (70 shootings in three US cities, 145 reports: a
mass shooting with 10, follow-ups for years, recurring places, round-ups), written the same way and held out.
Then `bench/data/same_kind11/` (388 shootings in eight US cities, 699 reports, 60% reported once: the
scale and spread of issue 14's held-out corpus, scaled down), written the same way and held out. Then
`bench/data/same_kind12/` (520 shootings in nine US cities, 921 reports, 61% reported once, 26 places with six
shootings each), written the same way in session 23 and held out. Then `bench/data/same_kind13/` (417 shootings
in eight US cities, 716 reports), written the same way (from templates only) and meant for tuning, so that the
large held-out corpora can stay held out. Then `bench/data/same_kind14/` (150 shootings in three Indiana cities,
275 reports written by hand, not from templates), written in session 24 by a helper who read no grouping code,
committed before Parallax was run on it, and held out. Then `bench/data/same_kind15/` (20 shootings in two
cities, 70 reports written by hand in varied prose), written in session 47 by a helper who read no code or data, run
once as unseen data, then turned to tuning (see its README). Then `bench/data/same_kind16/` (22 shootings in three
cities, 72 reports by hand), written the same way in session 48, run once as unseen data, then turned to tuning; and
`bench/data/same_kind17/` (24 shootings in three cities, 70 reports by hand), written in session 48 by a second helper
the same way, and held out; `bench/data/same_kind18/` (26 shootings in three cities, 80 reports by hand), by a
third, run once as unseen data, then turned to tuning; and `bench/data/same_kind19/` (50 shootings in three cities, 88
reports by hand, 30 of the shootings reported once, as in issue 14's held-out corpus), by a fourth, held out; and
`bench/data/same_kind20/` (60 shootings in three cities, 103 reports by hand, 37 of the shootings reported once), by a
fifth in session 49, held out; `bench/data/same_kind22/` (65 shootings in three cities, 111 reports by hand, 41 of them
reported once), by a sixth in session 49, held out; `bench/data/same_kind21/` and `bench/data/same_kind23/` (65
shootings each in three cities, 111 reports by hand, 41 of them reported once), by a seventh and an eighth in session
49, run once as unseen data, then turned to tuning. Then `bench/data/same_kind24/` and `bench/data/same_kind25/` (70
shootings each in eight cities of eight states, 117 reports by hand, 46 and 44 of them reported once, the cities alike
on purpose: look-alike shootings on the same days, shared surnames and street names), by a ninth and a tenth helper in
session 50: the first run once as unseen data, then turned to tuning; the second held out; and
`bench/data/same_kind26/` (70 shootings in eight cities of eight states across the country, 116 reports by hand, 45 of
them reported once), by an eleventh in session 51, run once as unseen data, then turned to tuning; and
`bench/data/same_kind27/` (66 shootings in eight cities of eight states, 113 reports by hand, 40 of them reported once)
and `bench/data/same_kind28/` (66 shootings in six cities, two of them neighbours that share a TV station, 113 reports
by hand, 40 reported once), by a twelfth and a thirteenth in session 57, committed before Parallax was run on them,
and run once as unseen data (0.892 and 0.856 without dates, 0.940 and 0.947 with them): the first held out, the second
then turned to tuning. Last, the shooting
corpora for tuning read as one corpus, then the held-out ones (report_many_cities): a country's many cities, as in
issue 14's held-out corpus; and each cut to about 1.5 reports a shooting, most reported once, as there (CUT_WEIGHTS).
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
KIND = ROOT / "bench" / "data" / "same_kind"
KIND2 = ROOT / "bench" / "data" / "same_kind2"
KIND3 = ROOT / "bench" / "data" / "same_kind3"
KIND4 = ROOT / "bench" / "data" / "same_kind4"
KIND5 = ROOT / "bench" / "data" / "same_kind5"
KIND6 = ROOT / "bench" / "data" / "same_kind6"
KIND7 = ROOT / "bench" / "data" / "same_kind7"
KIND8 = ROOT / "bench" / "data" / "same_kind8"
KIND9 = ROOT / "bench" / "data" / "same_kind9"
KIND10 = ROOT / "bench" / "data" / "same_kind10"
KIND11 = ROOT / "bench" / "data" / "same_kind11"
KIND12 = ROOT / "bench" / "data" / "same_kind12"
KIND13 = ROOT / "bench" / "data" / "same_kind13"
KIND14 = ROOT / "bench" / "data" / "same_kind14"
KIND15 = ROOT / "bench" / "data" / "same_kind15"
KIND16 = ROOT / "bench" / "data" / "same_kind16"
KIND17 = ROOT / "bench" / "data" / "same_kind17"
KIND18 = ROOT / "bench" / "data" / "same_kind18"
KIND19 = ROOT / "bench" / "data" / "same_kind19"
KIND20 = ROOT / "bench" / "data" / "same_kind20"
KIND21 = ROOT / "bench" / "data" / "same_kind21"
KIND22 = ROOT / "bench" / "data" / "same_kind22"
KIND23 = ROOT / "bench" / "data" / "same_kind23"
KIND24 = ROOT / "bench" / "data" / "same_kind24"
KIND25 = ROOT / "bench" / "data" / "same_kind25"
KIND26 = ROOT / "bench" / "data" / "same_kind26"
KIND27 = ROOT / "bench" / "data" / "same_kind27"
KIND28 = ROOT / "bench" / "data" / "same_kind28"
DEV = ROOT / "bench" / "data" / "ecbplus-dev"
DEV_GOLD = ROOT / "bench" / "data" / "ecbplus-dev.gold.json"
BASELINE_WINDOW_DAYS = 30
"""The baseline's date window (issue 14 measured it so): pairs further apart never merge."""
BASELINE_THRESHOLDS = [k / 100 for k in range(5, 96, 5)]
"""Cosine thresholds the baseline is tried at; its best is reported."""
SPARSE_DRAWS = 20
SPARSE_SHARE = 0.35
"""Sparse draws keep this share of the reports, and every round-up: events of one or two reports
that a round-up could bridge."""
CUT_WEIGHTS = {1: 35, 2: 15, 3: 10, 4: 5, 0: 35}
"""How the shooting corpora read as one are cut to look like issue 14's held-out corpus (3,000 reports of 1,814
shootings, most reported once): each shooting keeps one, two, three or four of its reports, or all of them (0), with
these weights; about 1.5 reports a shooting (the issue's: 1.65)."""
CUT_DRAWS = (1, 2)
"""The seeds of the cut draws."""
HALF_DRAWS = 10
"""Random splits of ECB+ dev's topics into two halves (20 halves): how a score on the unseen
half (the even topics) may differ from dev's, which the grouping was tuned on."""
HALF_TARGET = 0.93
"""Issue 14's B-cubed F1 target on each ECB+ half."""
ROUND_UPS = ("Two Saturdays", "Weekend of gunfire", "Deadly weekend", "Violent holiday")
"""Words in the four round-ups' titles, which every sparse draw keeps (see is_round_up)."""
ROUND_UPS2 = ("Northfield Herald: Fireworks weekend", "Rivertown Gazette: Cold weekend", "SC Today | Busy weekend")
"""Words in the second corpus's three round-ups' titles (their outlets put the site name in front)."""
ROUND_UPS3 = ("Deadly weekend on Lakeside", "A weekend of crashes", "Ferris Road: three crashes", "Winter roads:")
"""Words in the third corpus's four round-ups' titles (after or before the outlet's name)."""
ROUND_UPS4 = ("Weekend of gunfire in Bramford", "Memorial Day weekend violence", "deadliest year in a decade",
              "year in homicides")
"""Words in the fourth corpus's four round-ups' titles (two weekends, two year-end pieces)."""
ROUND_UPS5 = ("Weekend of violence in Hollinsford", "knife crime year", "Bank holiday stabbings",
              "Two nights, two stabbings")
"""Words in the fifth corpus's four round-ups' titles (three weekends, one year-end piece)."""
ROUND_UPS6 = ("Year in review: a trench", "Workers Memorial Day: Halden", "Indiana workplace deaths rose",
              "The year in plant safety")
"""Words in the sixth corpus's four round-ups' titles (two years in review, a memorial day, a regulator's report)."""
ROUND_UPS7 = ("A summer of loss on the shore", "2023 on the water", "Deadly weekend on Lunenport waters",
              "Lifesaving Society report", "Summer on the Sorrel")
"""Words in the seventh corpus's five round-ups' titles (summers, a weekend, a year, a society's report)."""
ROUND_UPS8 = ("smoke alarms in the Flats", "year in review: Linden Court", "State fire marshal's report",
              "A deadly January", "2024 in review")
"""Words in the eighth corpus's five round-ups' titles (an alarm drive, two years in review, a state report,
a month)."""
ROUND_UPS9 = ("Violent Fourth of July weekend", "Weekend violence", "Memorial Day weekend shootings",
              "New Year's gunfire", "homicide review")
"""Words in the ninth corpus's five round-ups' titles (four weekends or holidays, one year's homicide review)."""
ROUND_UPS10 = ("Holiday weekend gunfire", "New Year's weekend shootings", "Labor Day weekend violence",
               "Memorial Day weekend shootings", "Brennerton's 2024 homicides")
"""Words in the tenth corpus's five round-ups' titles (four weekends, one city's year of homicides)."""
ROUND_UPS11 = ("Fourth of July in Harrow Springs", "ends 2019 with 51 homicides", "Memorial Day weekend in Port Vance",
               "Port Vance's deadliest year", "Labor Day weekend in Ridgeford", "Ridgeford's 2024 in homicides",
               "Christmas weekend gunfire", "Memorial Day weekend in Castellan", "Violent weekend in Eau Verte",
               "summer of shootings", "Mardi Gras weekend shootings", "New Year's Eve gunfire",
               "lives Ashcombe lost in 2018", "Thanksgiving weekend shootings")
"""Words in the eleventh corpus's fourteen round-ups' titles (holiday weekends, years of homicides)."""
ROUND_UPS12 = ("St. Patrick's weekend in Marlow Rapids", "Marlow Rapids counted 38 homicides in 2023",
               "Fourth of July weekend gunfire in Fairhollow", "Fairhollow's 2017 in 29 lives",
               "A bloody Thanksgiving weekend in Quillan", "Memorial Day Weekend in Quillan",
               "Labor Day weekend violence in Brasher City", "Brasher City's deadliest year",
               "Juneteenth weekend in Tollerton", "Tollerton's worst year on record",
               "Fourth of July weekend in Vireo Springs", "Spring Break Weekend Turns Violent",
               "Cobalt Ridge's summer of gunfire", "New Year's weekend in Cobalt Ridge",
               "Nevada Day weekend in Pinto Wells", "28 Homicides, Most in City History",
               "Halloween weekend in Greywater", "Memorial Day weekend on Greywater's east and south sides")
"""Words in the twelfth corpus's eighteen round-ups' titles (holiday weekends, years of homicides)."""
ROUND_UPS13 = ("Independence Day gunfire across Tallowell", "Larkmoor's Memorial Day weekend",
               "Fallowmere's 2019 in killings", "Labor Day weekend violence in Quillan Falls",
               "Christmas weekend shootings in Ridley Bluff", "Wrenfield homicides in 2017",
               "Fourth of July weekend in Brenton Forge", "New Year's gunfire in Red Hollow",
               "Tallowell's year in gun violence", "Labor Day weekend shootings in Larkmoor",
               "The lives Quillan Falls lost", "Memorial Day Weekend in Ridley Bluff",
               "Thanksgiving weekend shootings in Wrenfield", "Easter weekend in Red Hollow")
"""Words in the thirteenth corpus's fourteen round-ups' titles (holiday weekends, years of killings)."""
ROUND_UPS14 = ("Fourth of July stretch", "Fairlow's 2023", "Memorial Day weekend Cardell", "as Cardell rang in 2020",
               "Labor Day weekend in Stellmont", "deadliest year in a decade")
"""Words in the fourteenth corpus's six round-ups' titles (from its README)."""
ROUND_UPS15 = ("violent weekend across Port Calder", "Port Calder's 2024 in gunfire", "Violent weekend in Tresham")
"""Words in the fifteenth corpus's three round-ups' titles (two weekends, a year; from its README)."""
ROUND_UPS16 = ("Violent weekend: 3 teens wounded at party", "2019 left deep marks on Merriton",
               "3 shootings on Cordera freeway are linked")
"""Words in the sixteenth corpus's three round-ups' titles (a weekend, a year, a string; from its README)."""
ROUND_UPS17 = ("in violent Halbrook weekend", "Weekend violence: 8 shot across Halbrook", "halbrook's violent summer",
               "Court week: Jury convicts 21-year-old")
"""Words in the seventeenth corpus's four round-ups' titles (two weekends, a summer, a court week; from its README)."""
ROUND_UPS18 = ("Violent holiday weekend in Tidewell", "Ardell ends 2021 with 38 homicides",
               "Three shootings in 24 hours")
"""Words in the eighteenth corpus's three round-ups' titles (a weekend, a year, a day; from its README)."""
ROUND_UPS19 = ("Four shot in violent weekend across Brennock", "Cullford homicides reach highest level in a decade")
"""Words in the nineteenth corpus's two round-ups' titles (a weekend, a year; from its README)."""
ROUND_UPS20 = ("Five shot in violent weekend across Granite Bend", "Wexbridge homicides fall to 29 in 2019")
"""Words in the twentieth corpus's two round-ups' titles (a weekend, a year; from its README)."""
ROUND_UPS21 = ("Six shot in violent weekend across Cotterell", "Looking back at Yarrow Falls homicides in 2022")
"""Words in the twenty-first corpus's two round-ups' titles (a weekend, a year; from its README)."""
ROUND_UPS22 = ("Five shot in violent weekend across Rio Benito", "A year of loss: Halverston's 2018 homicides")
"""Words in the twenty-second corpus's two round-ups' titles (a weekend, a year; from its README)."""
ROUND_UPS23 = ("Six shot in violent weekend across Elkhorn Falls", "A year of loss: Norvik's 2019 homicides")
"""Words in the twenty-third corpus's two round-ups' titles (a weekend, a year; from its README)."""
ROUND_UPS24 = ("a violent Father's Day weekend in Garnett", "Fourteen lives: Ashford's homicides in 2019")
"""Words in the twenty-fourth corpus's two round-ups' titles (a weekend, a year; from its README)."""
ROUND_UPS25 = ("Four shootings, one dead: a violent weekend in Amesfield",
               "Nineteen lives: a look back at Lindenport's")
"""Words in the twenty-fifth corpus's two round-ups' titles (a weekend, a year; from its README)."""
ROUND_UPS26 = ("Four shootings in three days leave one dead, four hurt",
               "Eleven lives: Elkhorn Springs homicides of 2018, month by month")
"""Words in the twenty-sixth corpus's two round-ups' titles (a weekend, a year; from its README)."""
ROUND_UPS27 = ("A violent holiday week in Larkin City: five shootings, two dead",
               "Fenwick's hardest year: a look back at 2019's homicides",
               "Weekend violence: store robbery, two other shootings keep Caddo Bend police busy")
"""Words in the twenty-seventh corpus's three round-ups' titles (a week, a year, a weekend; from its README)."""
ROUND_UPS28 = ("Violent night in Cedar Ford and Bellwick leaves one dead, four hurt",
               "Seven shot in Sandoval Springs over bloody holiday weekend",
               "Harlan Falls ends 2022 with 19 homicides, most since 1990s")
"""Words in the twenty-eighth corpus's three round-ups' titles (a night, a weekend, a year; from its README)."""


class KindCorpus(NamedTuple):
    """A same-kind corpus as `python -m bench kind` reports it."""

    folder: Path
    round_ups: Sequence[str]
    what: str
    held_out: bool
    """Looked at only to check a change already chosen; the others are tuned on (bench.kind_errors reads them)."""


CORPORA = (
    KindCorpus(KIND, ROUND_UPS, "same-kind corpus", False),
    KindCorpus(KIND2, ROUND_UPS2, "second same-kind corpus, held out (house fires)", True),
    KindCorpus(KIND3, ROUND_UPS3, "third same-kind corpus, for tuning (road crashes)", False),
    KindCorpus(KIND4, ROUND_UPS4, "fourth same-kind corpus, for tuning (single-report shootings)", False),
    KindCorpus(KIND5, ROUND_UPS5, "fifth same-kind corpus, held out (stabbings and assaults)", True),
    KindCorpus(KIND6, ROUND_UPS6, "sixth same-kind corpus, for tuning (workplace accidents)", False),
    KindCorpus(KIND7, ROUND_UPS7, "seventh same-kind corpus, for tuning (drownings and rescues)", False),
    KindCorpus(KIND8, ROUND_UPS8, "eighth same-kind corpus, for tuning (residential fires, long follow-ups)", False),
    KindCorpus(KIND9, ROUND_UPS9, "ninth same-kind corpus, for tuning (shootings followed for months and years)",
               False),
    KindCorpus(KIND10, ROUND_UPS10, "tenth same-kind corpus, held out (shootings followed for months and years)", True),
    KindCorpus(KIND11, ROUND_UPS11, "eleventh same-kind corpus, held out (388 shootings in eight cities)", True),
    KindCorpus(KIND12, ROUND_UPS12, "twelfth same-kind corpus, held out (520 shootings in nine cities)", True),
    KindCorpus(KIND13, ROUND_UPS13, "thirteenth same-kind corpus, for tuning (417 shootings in eight cities)", False),
    KindCorpus(KIND14, ROUND_UPS14, "fourteenth same-kind corpus, held out (150 shootings in three cities, by hand)",
               True),
    KindCorpus(KIND15, ROUND_UPS15, "fifteenth same-kind corpus, for tuning (20 shootings in two cities, by hand)",
               False),
    KindCorpus(KIND16, ROUND_UPS16, "sixteenth same-kind corpus, for tuning (22 shootings in three cities, by hand)",
               False),
    KindCorpus(KIND17, ROUND_UPS17, "seventeenth same-kind corpus, held out (24 shootings in three cities, by hand)",
               True),
    KindCorpus(KIND18, ROUND_UPS18, "eighteenth same-kind corpus, for tuning (26 shootings in three cities, by hand)",
               False),
    KindCorpus(KIND19, ROUND_UPS19, "nineteenth same-kind corpus, held out (50 shootings, most reported once, by hand)",
               True),
    KindCorpus(KIND20, ROUND_UPS20, "twentieth same-kind corpus, held out (60 shootings, most reported once, by hand)",
               True),
    KindCorpus(KIND21, ROUND_UPS21,
               "twenty-first same-kind corpus, for tuning (65 shootings, most reported once, by hand)", False),
    KindCorpus(KIND22, ROUND_UPS22,
               "twenty-second same-kind corpus, held out (65 shootings, most reported once, by hand)", True),
    KindCorpus(KIND23, ROUND_UPS23,
               "twenty-third same-kind corpus, for tuning (65 shootings, most reported once, by hand)", False),
    KindCorpus(KIND24, ROUND_UPS24,
               "twenty-fourth same-kind corpus, for tuning (70 shootings in eight cities, most reported once, by hand)",
               False),
    KindCorpus(KIND25, ROUND_UPS25,
               "twenty-fifth same-kind corpus, held out (70 shootings in eight cities, most reported once, by hand)",
               True),
    KindCorpus(KIND26, ROUND_UPS26,
               "twenty-sixth same-kind corpus, for tuning (70 shootings in eight cities, most reported once, by hand)",
               False),
    KindCorpus(KIND27, ROUND_UPS27,
               "twenty-seventh same-kind corpus, held out (66 shootings in eight cities, most reported once, by hand)",
               True),
    KindCorpus(KIND28, ROUND_UPS28,
               "twenty-eighth same-kind corpus, for tuning (66 shootings in six cities, most reported once, by hand)",
               False),
)
"""Every same-kind corpus, in the order they are reported."""
SHOOTINGS = frozenset({KIND, KIND4, KIND9, KIND10, KIND11, KIND12, KIND13, KIND14, KIND15, KIND16, KIND17, KIND18,
                       KIND19, KIND20, KIND21, KIND22, KIND23, KIND24, KIND25, KIND26, KIND27, KIND28})
"""The corpora of shootings in US cities, which report_many_cities reads as one, as issue 14's held-out corpus is."""

sys.path.insert(0, str(ROOT))

from bench.bench_events import b_cubed  # noqa: E402
from tui.engine.corpus import load_corpus  # noqa: E402
from tui.engine.events import group_events  # noqa: E402
from tui.engine.model import Article  # noqa: E402


def load(folder: Path, gold_file: Path) -> tuple[list[Article], list[str]]:
    """The folder's articles by path, and each one's gold event."""
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    articles = sorted(load_corpus([folder]).articles, key=lambda a: a.path)
    return articles, [gold[Path(a.path).name] for a in articles]


def parallax_groups(articles: Sequence[Article]) -> list[list[int]]:
    """Parallax's events, as indices of `articles`."""
    row = {a.path: k for k, a in enumerate(articles)}
    return [[row[a.path] for a in e.articles] for e in group_events(articles)]


def baseline_best(articles: Sequence[Article], gold: Sequence[str], window: bool) -> tuple[float, float]:
    """Plain TF-IDF (title and body) cosine, average link, at its best threshold: (F1, threshold)."""
    import numpy as np
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [f"{a.title or ''}\n{a.body}" for a in articles]
    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    distance = 1.0 - (matrix @ matrix.T).toarray()
    if window:
        days = np.array([date.fromisoformat(a.date).toordinal() if a.date else -10**6 for a in articles])
        known = days > -10**6
        apart = (np.abs(days[:, None] - days[None, :]) > BASELINE_WINDOW_DAYS) & known[:, None] & known[None, :]
        distance[apart] = 10.0  # far beyond any threshold: average link keeps such pairs apart
    np.fill_diagonal(distance, 0.0)
    best = (0.0, 0.0)
    for threshold in BASELINE_THRESHOLDS:
        labels = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                         distance_threshold=1.0 - threshold).fit_predict(distance)
        groups: dict[int, list[int]] = {}
        for k, label in enumerate(labels.tolist()):
            groups.setdefault(label, []).append(k)
        best = max(best, (b_cubed(list(groups.values()), gold), threshold))
    return best


def is_round_up(article: Article, round_ups: Sequence[str]) -> bool:
    """Whether the article is one of the corpus's round-ups: its title holds one of `round_ups`
    (after the outlet's name, as in "Bay Radio 88.1 News: Violent holiday weekend...")."""
    return any(r in (article.title or "") for r in round_ups)


def sparse_draws(articles: Sequence[Article], gold: Sequence[str],
                 round_ups: Sequence[str] = ROUND_UPS) -> tuple[float, float, int, int]:
    """Parallax and the baseline (its best threshold on each draw) on sparse draws of the corpus:
    mean B-cubed F1 of each, and how many of Parallax's mixed events are bridged by a round-up, of
    how many mixed events. Bridged: a round-up with reports of two or more incidents, which the draw
    grouped without its round-ups keeps apart (most mixed events holding a round-up are mixed without
    it too: their incidents share a place, and the round-up joined them there)."""
    ours_f1 = base_f1 = 0.0
    mixed = bridged = 0
    for seed in range(SPARSE_DRAWS):
        draw = random.Random(seed)
        keep = [k for k, a in enumerate(articles)
                if is_round_up(a, round_ups) or draw.random() < SPARSE_SHARE]
        chosen, labels = [articles[k] for k in keep], [gold[k] for k in keep]
        groups = parallax_groups(chosen)
        ours_f1 += b_cubed(groups, labels) / SPARSE_DRAWS
        base_f1 += baseline_best(chosen, labels, window=any(a.date for a in chosen))[0] / SPARSE_DRAWS
        rounds = {k for k, a in enumerate(chosen) if is_round_up(a, round_ups)}
        alone: dict[int, int] | None = None  # each report's group in the draw without its round-ups
        for group in groups:
            if len({labels[k] for k in group}) < 2:
                continue
            mixed += 1
            incidents: dict[str, set[int]] = {}
            for k in group:
                if k not in rounds:
                    incidents.setdefault(labels[k], set()).add(k)
            if len(incidents) < 2 or not rounds.intersection(group):
                continue
            if alone is None:
                rest = [k for k in range(len(chosen)) if k not in rounds]
                alone = {rest[k]: g for g, members in enumerate(parallax_groups([chosen[k] for k in rest]))
                         for k in members}
            held = [{alone[k] for k in reports} for reports in incidents.values()]
            bridged += not any(a & b for n, a in enumerate(held) for b in held[n + 1:])
    return ours_f1, base_f1, bridged, mixed


def topic_halves(articles: Sequence[Article], gold: Sequence[str]) -> tuple[list[float], list[float]]:
    """Parallax's and the baseline's (best threshold on each half) B-cubed F1 on both halves of
    HALF_DRAWS random splits of the topics (a gold event's topic: its name up to "-ecb")."""
    topics = sorted({label.split("-ecb")[0] for label in gold})
    ours: list[float] = []
    base: list[float] = []
    for seed in range(HALF_DRAWS):
        half = set(random.Random(seed).sample(topics, len(topics) // 2))
        for part in (half, set(topics) - half):
            keep = [k for k, label in enumerate(gold) if label.split("-ecb")[0] in part]
            chosen, labels = [articles[k] for k in keep], [gold[k] for k in keep]
            ours.append(b_cubed(parallax_groups(chosen), labels))
            base.append(baseline_best(chosen, labels, window=False)[0])
    return ours, base


def report_kind(folder: Path, round_ups: Sequence[str], what: str) -> None:
    """Print Parallax's and the baseline's B-cubed F1 on a same-kind corpus, both copies, full and sparse."""
    gold_file = folder / "gold.json"
    print(f"{what} (bench/data/{folder.name}): B-cubed F1")
    print(f"  {'copy':<11} {'parallax':>20}  {'baseline tfidf+avg-link (best threshold)':>42}")
    for copy, window in (("no_dates", False), ("with_dates", True)):
        articles, gold = load(folder / copy, gold_file)
        start = time.perf_counter()
        groups = parallax_groups(articles)
        secs = time.perf_counter() - start
        base, threshold = baseline_best(articles, gold, window)
        note = f", {BASELINE_WINDOW_DAYS}-day window" if window else ""
        print(f"  {copy:<11} {b_cubed(groups, gold):6.3f} ({len(groups):2d} events)  "
              f"{base:6.3f} at cosine {threshold:.2f}{note}   (gold {len(set(gold))} events, {secs:.2f} s)")
        ours_f1, base_f1, bridged, mixed = sparse_draws(articles, gold, round_ups)
        print(f"  {'':<11} sparse draws ({SPARSE_SHARE:.0%} of reports, every round-up, {SPARSE_DRAWS} draws): "
              f"parallax {ours_f1:.3f}, baseline {base_f1:.3f}; {bridged} of parallax's {mixed} mixed events "
              f"bridged by a round-up")


def report_many_cities(held_out: bool) -> None:
    """Print Parallax's and the baseline's B-cubed F1 on every shooting corpus of one role (SHOOTINGS; held out or
    for tuning) read as one corpus, both copies. Each corpus has two to nine invented cities; issue 14's held-out
    corpus has a country's. Read together, a report meets same-kind reports of many more cities, surnames that
    other corpora give other people, and dates that other corpora's shootings share; events mixing corpora are
    wrong merges that no single corpus can show."""
    chosen = [c for c in CORPORA if c.folder in SHOOTINGS and c.held_out == held_out]
    role = "held out" if held_out else "for tuning"
    print(f"the {len(chosen)} shooting corpora {role}, read as one corpus: B-cubed F1")
    for copy, window in (("no_dates", False), ("with_dates", True)):
        articles: list[Article] = []
        gold: list[str] = []
        for corpus in chosen:
            found, labels = load(corpus.folder / copy, corpus.folder / "gold.json")
            articles += found
            gold += [f"{corpus.folder.name}/{label}" for label in labels]
        start = time.perf_counter()
        groups = parallax_groups(articles)
        secs = time.perf_counter() - start
        mixing = sum(len({gold[k].split("/")[0] for k in group}) > 1 for group in groups)
        base, threshold = baseline_best(articles, gold, window)
        note = f", {BASELINE_WINDOW_DAYS}-day window" if window else ""
        print(f"  {copy:<11} {b_cubed(groups, gold):6.3f} ({mixing} events mixing corpora)  "
              f"{base:6.3f} at cosine {threshold:.2f}{note}   ({len(articles)} reports, {secs:.2f} s)")
        for seed in CUT_DRAWS:
            cut = _cut(gold, random.Random(seed))
            kept, kept_gold = [articles[k] for k in cut], [gold[k] for k in cut]
            base, threshold = baseline_best(kept, kept_gold, window)
            print(f"  {'':<11} {b_cubed(parallax_groups(kept), kept_gold):6.3f} cut to about 1.5 reports a shooting "
                  f"(draw {seed})  {base:6.3f} at cosine {threshold:.2f}{note}   ({len(kept)} reports, "
                  f"{len(set(kept_gold))} shootings)")


def _cut(gold: Sequence[str], rng: random.Random) -> list[int]:
    """The reports kept of each shooting (gold label), as CUT_WEIGHTS draws how many, in their order."""
    by_label: dict[str, list[int]] = {}
    for k, label in enumerate(gold):
        by_label.setdefault(label, []).append(k)
    kept: list[int] = []
    for rows in by_label.values():
        count = rng.choices(list(CUT_WEIGHTS), weights=list(CUT_WEIGHTS.values()))[0] or len(rows)
        kept += rng.sample(rows, min(count, len(rows)))
    return sorted(kept)


def main() -> int:
    for corpus in CORPORA:
        report_kind(corpus.folder, corpus.round_ups, corpus.what)
    for held_out in (False, True):
        report_many_cities(held_out)
    if DEV.is_dir():
        articles, gold = load(DEV, DEV_GOLD)
        groups = parallax_groups(articles)
        base, threshold = baseline_best(articles, gold, False)
        print(f"ECB+ dev ({len(articles)} articles): parallax {b_cubed(groups, gold):.3f} ({len(groups)} events), "
              f"baseline tfidf+avg-link {base:.3f} at cosine {threshold:.2f}")
        ours, baseline = topic_halves(articles, gold)
        print(f"  {len(ours)} random halves of its topics (the even half is unseen): parallax mean "
              f"{sum(ours) / len(ours):.3f}, worst {min(ours):.3f}, {sum(f < HALF_TARGET for f in ours)} below "
              f"{HALF_TARGET}; baseline (best threshold on each half) mean {sum(baseline) / len(baseline):.3f}, "
              f"worst {min(baseline):.3f}")
    else:
        print(f"no ECB+ dev data at {DEV}; skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
