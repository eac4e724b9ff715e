"""Events of one kind (issue 14): the same-kind corpus's floors, and the pieces that reach them.

The corpus is `bench/data/same_kind/` (18 shootings in three cities, 76 reports, written
before the grouping was tuned on it; see its README), read from disk in both copies.
"""

from __future__ import annotations

import json
import random
import unicodedata
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from bench.bench_kind import ROUND_UPS, SPARSE_DRAWS, SPARSE_SHARE, is_round_up
from tests import conftest
from tests.conftest import art, b_cubed_of, pair_times
from tui.engine import events as ev
from tui.engine import timegap
from tui.engine.articlefacts import corpus_terms
from tui.engine.corpus import load_corpus
from tui.engine.features import article_terms, find_furniture, sentence_terms, text_terms
from tui.engine.model import Article
from tui.engine.people import People, Who, acquainted, aged_names, ages_and_numbers, identified_names, strangers
from tui.engine.sparse import CSR
from tui.engine.textdates import referred_months, stated_date
from tui.engine.textnorm import unaccented

KIND = Path(__file__).resolve().parents[1] / "bench" / "data" / "same_kind"
NO_DATES_FLOOR = 0.95
"""B-cubed F1 without dates; before issue 14's changes it was 0.857 (the issue asks 0.90)."""
WITH_DATES_FLOOR = 0.97
"""B-cubed F1 with dates; before issue 14's changes it was 0.941 (the issue asks 0.94)."""
SPARSE_FLOOR = 0.95
"""Mean B-cubed F1 on sparse draws, either copy (as `python -m bench kind` draws them): 0.913 without
dates and 0.955 with them before the round-up check in step 5 and the people named with their age."""


def grouped(copy: str, corpus: Path = KIND) -> list[list[str]]:
    """The events of a same-kind corpus's copy as lists of file names, from the grouping its other tests read too
    (conftest.grouped: one per corpus and copy)."""
    events: dict[int, list[str]] = {}
    for name, event in conftest.grouped(corpus.name, copy).items():
        events.setdefault(event, []).append(name)
    return list(events.values())


FLOORS = [("same_kind", "no_dates", NO_DATES_FLOOR), ("same_kind", "with_dates", WITH_DATES_FLOOR),
          ("same_kind3", "no_dates", 0.925), ("same_kind3", "with_dates", 0.99),
          ("same_kind4", "no_dates", 0.985), ("same_kind4", "with_dates", 0.99),
          ("same_kind6", "no_dates", 0.85), ("same_kind6", "with_dates", 0.955),
          ("same_kind7", "no_dates", 0.95), ("same_kind7", "with_dates", 0.99),
          ("same_kind8", "no_dates", 0.89), ("same_kind8", "with_dates", 0.955),
          ("same_kind9", "no_dates", 0.865), ("same_kind9", "with_dates", 0.96),
          ("same_kind13", "no_dates", 0.89), ("same_kind13", "with_dates", 0.955)]
"""B-cubed F1 floors on the first corpus and the tuning corpora (crashes; one-report shootings; workplace
accidents; drownings; fires followed for months; shootings followed for years, twice). The tuning ones are a
little under what `python -m bench kind` gives now: 0.931, 1.000, 1.000, 1.000, 0.857, 0.964, 0.957, 0.995,
0.897, 0.960, 0.871, 0.968, 0.897, 0.958 (they were 0.822 to 0.939 when these floors were first set,
same_kind9 0.746 and 0.850). same_kind13 with dates: 0.948 before a dated naming of the first reports' dead
tied them from timegap.NAMING_FLOOR. Without dates, fires 0.883 before an undated follow-up naming the dead and nobody
else asked a follow-up's cohesion (timegap.PairTimes.named), and shootings 0.888 before first reports of one
age and weekday joined (casualties.agree); workplace accidents 0.850 and shootings 0.894 before a headline
sending someone to hospital said they were hurt. same_kind9 with dates: 0.956 before
linkage.FOLLOW_UP_COHESION was 0.2, 0.945 before a follow-up whose text ties it joined below
MINGLED_THRESHOLD, 0.917 before a name recalled in a sentence naming a year was no mention (people.who_of),
0.932 before a follow-up followed first reports that named no one by the name one of them gave
(timegap.PairTimes.follows). Drownings without dates: 0.907 before reports that give their victim ages apart
disagreed (casualties.AGES_APART), 0.938 before step 4 took their whole damping (linkage._apart_factor).
Shootings followed for years: 0.737 before a lead's weekday counted whatever its headline says, 0.741 before a
lead told of its victim's sex; with dates 0.837 before the people named tied groups below MINGLED_THRESHOLD
(events.NAMED_THRESHOLD), 0.845 before the facts that last (the victim's age, sex, name) counted for dated
reports too (casualties.lasting). Without dates, 0.925, 0.981, 0.782, 0.884, 0.842 and 0.700 before headlines
that disagree on whom a happening cost kept undated reports apart (tui.engine.casualties). Fires with dates:
0.934 before the dead named days on for the day first reports told of were theirs; 0.871 before follow-ups in
other words asked less, linkage.FOLLOW_UP_COHESION. One-report shootings without dates: 0.963 before the
identified dead counted as people named with an age. Shootings followed for years with dates: 0.794 before a
year that names a happening tied, "the 2017 shooting"; 0.811 before the dead named days on with the age the
first reports gave were theirs; 0.678 (without dates) and 0.819 before a name given with an age only beyond
the lead was a recap's, people.OWN_LEAD_SENTENCES. They were 0.942, 0.931, 0.686, 0.886, 0.706, 0.789, 0.714,
0.962, 0.806, 0.822, 0.678 and 0.768 when each corpus was first measured; the held-out corpora (same_kind2,
same_kind5, same_kind10, same_kind11) get none."""


@pytest.fixture(scope="module")
def gold() -> dict[str, str]:
    found: dict[str, str] = json.loads((KIND / "gold.json").read_text(encoding="utf-8"))
    return found


@pytest.mark.parametrize(("corpus", "copy", "floor"), FLOORS)
def test_same_kind_corpus_floor(corpus: str, copy: str, floor: float) -> None:
    folder = KIND.parent / corpus
    truth: dict[str, str] = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    found = grouped(copy, folder)
    assert sorted(n for g in found for n in g) == sorted(truth)
    assert b_cubed_of(found, truth) >= floor


@pytest.mark.parametrize("copy", ["no_dates", "with_dates"])
def test_sparse_draws_floor(copy: str, gold: dict[str, str]) -> None:
    # a third of the reports and every round-up: events of one or two reports that a round-up, or
    # a place they share, could pull together
    articles = sorted(load_corpus([KIND / copy]).articles, key=lambda a: a.path)
    scores = []
    for seed in range(SPARSE_DRAWS):
        draw = random.Random(seed)
        chosen = [a for a in articles if is_round_up(a, ROUND_UPS) or draw.random() < SPARSE_SHARE]
        found = [[Path(a.path).name for a in e.articles] for e in ev.group_events(chosen)]
        scores.append(b_cubed_of(found, {Path(a.path).name: gold[Path(a.path).name] for a in chosen}))
    assert sum(scores) / len(scores) >= SPARSE_FLOOR


def test_same_street_a_week_apart_and_same_school_years_apart_stay_apart(gold: dict[str, str]) -> None:
    for copy in ("no_dates", "with_dates"):
        for group in grouped(copy):
            events = {gold[n] for n in group}
            assert not {"h23-clerk", "h23-delmar"} <= events, copy  # Delmar Road, one week apart
            assert not {"c19-homecoming", "c24-stadium"} <= events, copy  # Northfield High, five years


def test_trial_a_year_later_joins_its_shooting(gold: dict[str, str]) -> None:
    found = grouped("with_dates")
    for event in ("h19-pruitt", "p21-fireworks", "p20-anchor"):  # each has a verdict or a trial a year on
        holding = [g for g in found if event in {gold[n] for n in g}]
        assert len(holding) == 1 and set(holding[0]) >= {n for n in gold if gold[n] == event}


def test_charges_told_in_other_words_days_on_join_their_shooting_by_its_dead() -> None:
    """bench/data/same_kind9 with dates: "Velvet Room suspect charged with 4 counts of murder" (report-112),
    a day after the coroner named the four, meets the shooting's reports at a mean cosine below
    MINGLED_THRESHOLD; the dead it names tie it (events.NAMED_THRESHOLD). Not so without dates."""
    for copy, joined in (("with_dates", True), ("no_dates", False)):
        found = grouped(copy, KIND.parent / "same_kind9")
        owner = {n: k for k, g in enumerate(found) for n in g}
        assert (owner["report-112.txt"] == owner["report-051.md"]) is joined, copy


def test_the_accuseds_age_makes_no_stranger_of_the_report_of_the_arrest() -> None:
    """bench/data/same_kind9 without dates: "Arrest in Sunrise Food Mart clerk's killing" gives the age of the man
    arrested (23), the first reports the clerk's (46); the accused's age is not the age of the one the report is
    about, so the arrest is no stranger to them (people._ACCUSED_AGES) and joins them."""
    found = grouped("no_dates", KIND.parent / "same_kind9")
    owner = {n: k for k, g in enumerate(found) for n in g}
    assert owner["report-118.txt"] == owner["report-067.txt"] == owner["report-062.md"]


def test_first_reports_of_one_day_that_give_one_age_are_one_shooting() -> None:
    """bench/data/same_kind13 with dates: "40-year-old man wounded in North Flint Hills shooting" and "40-year-old
    man hospitalized after gunfire at Osage Ridge Park", both of 11 March 2014, name the place in other words
    and meet at a cosine of 0.14; the one age they give, that day, ties them (timegap.ALIKE_DAYS)."""
    found = grouped("with_dates", KIND.parent / "same_kind13")
    owner = {n: k for k, g in enumerate(found) for n in g}
    assert owner["report-0155.md"] == owner["report-0666.txt"]
    assert owner["report-0605.txt"] == owner["report-0690.md"]  # "31-year-old man killed", that day


# -- the pieces ---------------------------------------------------------------------------------


def test_site_names_around_titles_are_furniture() -> None:
    articles = [
        art("a.md", "A man was shot on Pruitt Avenue.", title="Man shot on Pruitt Avenue | KHRN 7 Harlan"),
        art("b.md", "A woman was hurt at a party.", title="Woman hurt at Ferris Street party | KHRN 7 Harlan"),
        art("c.md", "Three teens were wounded.", title="WHLN News: Three teens wounded in Riverside"),
        art("d.md", "A clerk was killed.", title="WHLN News: Clerk killed on Delmar Road"),
        art("e.md", "Budget passes.", title="Budget vote: council passes plan"),
    ]
    furniture = find_furniture(articles)
    assert furniture.title_edges == {"khrn 7 harlan", "whln news"}
    assert furniture.title("Man shot on Pruitt Avenue | KHRN 7 Harlan") == "Man shot on Pruitt Avenue"
    assert furniture.title("Budget vote: council passes plan") == "Budget vote council passes plan"
    a, b = list(corpus_terms(articles))[:2]
    assert not {"e:khrn", "e:harlan"} & (set(a.counts) & set(b.counts))
    assert "e:khrn" in article_terms(articles[0]).counts  # without the corpus, the title is all there is


_STOCK = ("Anyone with information is asked to call Bramford CrimeStoppers at 555-0177.",
          "Download the KBRM 6 News app for breaking news alerts.")


def _one_outlets_shootings() -> list[Article]:
    """Three shootings in one city, a report each by one TV station, which closes every story alike;
    and three copies of one wire story, which close alike too."""
    wire = ["A gunman opened fire at a bus stop on Lindell Boulevard on Friday, wounding two men.",
            "Police arrested a 22-year-old man a block away.", "Both men were treated at Mercy Hospital.",
            "The mayor said the city would add patrols on Lindell Boulevard."]
    return [
        art("k1.txt", "A man was shot in the leg outside a laundromat on Monday night, police said.",
            "He drove himself to a fire station.", *_STOCK),
        art("k2.txt", "A teenager was wounded by gunfire from a passing car near a school on Tuesday.",
            "Officers found shell casings in the road.", *_STOCK),
        art("k3.txt", "A woman was grazed by a bullet that came through her kitchen window on Sunday.",
            "Her children were asleep upstairs.", *_STOCK),
        *(art(f"w{k}.txt", *wire) for k in range(3)),
    ]


def test_lines_that_close_several_stories_are_furniture_but_a_wire_storys_ending_is_not() -> None:
    articles = _one_outlets_shootings()
    furniture = find_furniture(articles)
    assert furniture.stock(_STOCK[0]) and furniture.stock("Anyone with information is asked to call "
                                                          "Bramford CrimeStoppers at 555-0188.")
    assert not furniture.stock("The mayor said the city would add patrols on Lindell Boulevard.")
    k1, k2 = list(corpus_terms(articles))[:2]
    assert not {"e:crimestoppers", "e:kbrm", "w:download"} & (set(k1.counts) | set(k2.counts))
    found = sorted(sorted(a.path for a in e.articles) for e in ev.group_events(articles))
    assert found == [["k1.txt"], ["k2.txt"], ["k3.txt"], ["w0.txt", "w1.txt", "w2.txt"]]


def test_a_possessive_ends_a_name_and_names_it() -> None:
    terms = sentence_terms("A man was shot in Cedar Falls's Northfield neighborhood.")
    assert "e:northfield" in terms and "e:cedar falls" in terms
    assert not any(t.startswith("e:cedar falls ") for t in terms)
    # "Microsoft's browser" and "Microsoft said" name one company: one term, not two
    assert "e:microsoft" in sentence_terms("He said Microsoft’s browser was hit.")
    assert not any("'s" in t or "’s" in t for t in sentence_terms("The company's Microsoft's patch."))


def test_a_date_line_gives_the_date_when_metadata_has_none() -> None:
    assert stated_date(art("a.txt", "Posted June 16, 2019", "A man was shot on Saturday night.")) == "2019-06-16"
    assert stated_date(art("b.txt", "A man was shot on June 15, 2019, outside a store on Pruitt Avenue, police said "
                                    "on Sunday.")) is None  # a date in the news is not the report's date
    assert stated_date(art("c.txt", "Posted June 16, 2019", date="2019-06-17")) == "2019-06-17"


def test_an_update_stamp_dates_a_report_for_grouping_but_is_not_its_publication_date(tmp_path: Path) -> None:
    from tui.engine import pipeline

    page = tmp_path / "shot.txt"
    page.write_text("Driver shot in road rage on Route 61 | KBRM 6 Bramford\n\nUpdated: 10:28 AM CDT Oct 3, 2019\n\n"
                    "A driver was shot on Route 61 near the Millbrook exit on Thursday afternoon, police said.\n\n"
                    "He drove himself to a fire station.\n", encoding="utf-8")
    article = load_corpus([page]).articles[0]
    assert article.date is None and article.updated == "2019-10-03"  # shown as unknown, never as the stamp
    assert "Updated" not in article.body
    assert stated_date(article) == "2019-10-03"
    back, _ = pipeline.decode_article(pipeline.encode_article(article, []), article.path)
    assert back == article


def test_months_the_text_names() -> None:
    def months(text: str, day: str | None) -> list[str]:
        found = referred_months(art("a.txt", text), date.fromisoformat(day) if day else None)
        return sorted(f"{m // 12}-{m % 12 + 1:02d}" for m in found)

    assert months("The jury convicted him of the killing last June.", "2020-06-24") == ["2018-06", "2019-06"]
    assert months("Police charged him in the June 15 killing.", "2019-07-03") == ["2019-06"]
    assert months("The trial over the July 4, 2021 shooting opened.", "2022-08-15") == ["2021-07"]
    assert months("The Sept. 20 game was called off.", "2024-10-08") == ["2024-09"]
    assert months("A year after the shooting, the trial opened.", "2022-08-15") == ["2021-08"]
    assert months("You may 5 times ask.", "2022-08-15") == []
    # a cause found weeks on: "last month", "this month's fire" (same_kind8 with dates 0.830 before, 0.843)
    assert months("A candle started the fire that killed her last month.", "2018-03-01") == ["2018-02"]
    assert months("The man who died in this month's fire was smoking.", "2018-03-29") == ["2018-03"]
    assert months("The July 4, 2021 shooting.", None) == []  # undated: time can neither tie nor part


def test_only_the_lead_says_which_happening_a_report_follows() -> None:
    """A follow-up names its happening's month in its title or lead; a report of a new fire that
    recalls an earlier one at the same building further down is not tied to it (bench/data/same_kind7
    with dates 0.977 before, 0.995; same_kind8 0.824, 0.830)."""
    day = date(2022, 10, 5)
    fire = ["A kitchen fire in Building 4 of the Cedar Ridge Apartments displaced eight people on Tuesday.",
            "Sprinklers held the fire to one unit, Marlow Springs fire officials said.",
            "The Red Cross is helping the families.",
            "A 24-year-old woman died in a fire in the same building in February 2019."]
    assert referred_months(art("new.txt", *fire), day) == frozenset()
    lead = ["The owners of the Cedar Ridge Apartments will pay $2 million to the family of a woman who died "
            "in a fire there in February 2019.", "The suit was settled on Monday."]
    assert referred_months(art("suit.txt", *lead), day) == frozenset({2019 * 12 + 1})
    titled = art("suit2.txt", "The owners will pay $2 million.", title="Owners settle over February 2019 fire")
    assert referred_months(titled, day) == frozenset({2019 * 12 + 1})


def test_seasons_and_spans_back_are_months_the_text_names() -> None:
    """A follow-up months on often names neither the month nor the dead, but when: "the explosion
    in the spring", "17 months after the blast" (bench/data/same_kind6: with dates 0.789 before, 0.865)."""
    spring = ["2021-03", "2021-04", "2021-05"]

    def months(text: str, day: str) -> list[str]:
        found = referred_months(art("a.txt", text), date.fromisoformat(day))
        return sorted(f"{m // 12}-{m % 12 + 1:02d}" for m in found)

    assert months("The co-op was fined over the blast in the spring.", "2021-10-13") == spring
    assert months("The co-op was fined over the blast in the spring.", "2022-02-01") == spring
    assert months("A plaque recalls the fall this winter.", "2022-01-20") == ["2021-12", "2022-01", "2022-02"]
    assert months("He died there last fall.", "2021-12-05") == ["2020-09", "2020-10", "2020-11",
                                                                 "2021-09", "2021-10", "2021-11"]
    assert months("The elevator reopened 17 months after the blast.", "2022-09-06") == ["2021-04"]
    assert months("Three weeks after the collapse, the union rallied.", "2025-04-08") == ["2025-03"]
    assert months("Six months on, the families sued.", "2023-01-10") == ["2022-07"]
    assert months("He spent three months in hospital; the springs were worn.", "2023-01-10") == []
    assert months("The roofer died in the fall from the scaffold.", "2023-01-10") == []
    assert months("A plaque went up a year to the day after the collapse.", "2021-10-20") == ["2020-10"]
    # "last year": any month of it (bench/data/same_kind6 with dates: 0.872 before, 0.883)
    assert months("The families of the men killed last year have sued.", "2022-01-25") == [
        f"2021-{m:02d}" for m in range(1, 13)]
    assert months("Last year's blast cost the co-op its insurer.", "2022-01-25")[0] == "2021-01"
    # "over the summer", "during the winter", "this past spring" (same_kind6 with dates: 0.908 before, 0.914)
    summer = ["2018-06", "2018-07", "2018-08"]
    assert months("A temporary worker collapsed and died over the summer.", "2018-12-12") == summer
    assert months("Two workers were hurt during the summer.", "2018-12-12") == summer
    assert months("The line was shut this past summer.", "2018-12-12") == summer
    assert months("The crane fell earlier this summer.", "2018-09-02") == summer
    assert months("Over the summer of 1998 he worked there.", "2018-12-12") == []  # not this year's summer


def test_two_tight_groups_far_apart_for_their_tightness_stay_two() -> None:
    # 0-1 and 2-3 are tight pairs; each cross pair is above the threshold, far below the pairs' own 0.8
    i = np.array([0, 2, 0, 0, 1, 1])
    j = np.array([1, 3, 2, 3, 2, 3])
    roots = ev.average_link(4, i, j, np.array([0.8, 0.8, 0.2, 0.2, 0.2, 0.2]), 0.15)
    assert roots[0] == roots[1] and roots[2] == roots[3] and roots[0] != roots[2]
    # the same cross pairs next to looser groups merge: they are half as alike as their own reports
    roots = ev.average_link(4, i, j, np.array([0.4, 0.4, 0.2, 0.2, 0.2, 0.2]), 0.15)
    assert len(set(roots)) == 1



def test_groups_naming_different_people_need_more_to_merge_in_step_4() -> None:
    """Two accidents at one site years apart, each group naming its own dead: a follow-up that names
    no one is a stranger to neither and would carry them together (bench/data/same_kind6 without
    dates 0.763 before, 0.782)."""
    i = np.array([0, 2, 0, 0, 1, 1])
    j = np.array([1, 3, 2, 3, 2, 3])
    loose = np.array([0.4, 0.4, 0.2, 0.2, 0.2, 0.2])
    strand = Who(aged=frozenset({"strand"}), mentioned=frozenset({"strand"}))
    dettmer = Who(aged=frozenset({"dettmer"}), mentioned=frozenset({"dettmer"}))
    assert len(set(ev.average_link(4, i, j, loose, 0.15))) == 1
    roots = ev.average_link(4, i, j, loose, 0.15, whos=[strand, Who(), dettmer, Who()])
    assert roots[0] == roots[1] and roots[2] == roots[3] and roots[0] != roots[2]
    # alike enough for it all the same: 0.25 x APART_DAMPING reaches the threshold
    closer = np.array([0.4, 0.4, 0.25, 0.25, 0.25, 0.25])
    assert len(set(ev.average_link(4, i, j, closer, 0.15, whos=[strand, Who(), dettmer, Who()]))) == 1
    # one group mentions the other's dead: not apart
    told = Who(aged=frozenset({"dettmer"}), mentioned=frozenset({"dettmer", "strand"}))
    assert len(set(ev.average_link(4, i, j, loose, 0.15, whos=[strand, Who(), told, Who()]))) == 1


def test_a_round_up_joins_one_event_but_bridges_none() -> None:
    # x and y are two shootings; r, a round-up, is like both. r joins x; {x, r} reaches y on average
    # (0.275), but only through r: y stays apart. Had x been like y too, the link would hold.
    i = np.array([0, 1, 0])
    j = np.array([1, 2, 2])
    roots = ev.average_link(3, i, j, np.array([0.6, 0.5, 0.05]), 0.25)
    assert roots[0] == roots[1] and roots[2] != roots[0]
    roots = ev.average_link(3, i, j, np.array([0.6, 0.5, 0.3]), 0.25)
    assert len(set(roots)) == 1


def _rows(*vectors: tuple[float, float]) -> CSR:
    """Unit weight rows in a two-term space."""
    unit = np.array(vectors) / np.linalg.norm(np.array(vectors), axis=1, keepdims=True)
    rows, cols = np.nonzero(unit)
    return CSR.from_coo(rows, cols, unit[rows, cols], unit.shape)


def test_a_round_up_bridges_no_groups_in_the_global_merge_either() -> None:
    # step 5: {x, r} (r a round-up like x and like y) reaches y on average, but only through r
    i, j, undated = np.array([0, 1]), np.array([1, 2]), np.full(3, -1)
    apart = _rows((1.0, 0.0), (1.0, 1.0), (0.0, 1.0))
    assert sorted(map(sorted, ev.merge_groups(apart, [[0, 1], [2]], i, j, undated, ev.THRESHOLD))) == [[0, 1], [2]]
    # had x been like y too (cosine 0.29), the link would hold without r
    alike = _rows((1.0, 0.3), (1.0, 1.0), (0.0, 1.0))
    assert len(ev.merge_groups(alike, [[0, 1], [2]], i, j, undated, ev.THRESHOLD)) == 1


def test_the_people_a_report_names_with_their_age() -> None:
    texts = ["Police said Kayla Moss, 17, and a man, 45, were hit.", "Marta Ilić, 34, and Ó Briain, 50, were there.",
             "The tickets cost $5,000, 12, said officials.", "Ames, 24, died."]
    assert aged_names(texts) == {"moss", "ilic", "briain", "ames"}  # accents off: see the next test


def test_a_headline_names_its_dead_with_an_age_when_the_text_writes_the_name() -> None:
    """"Jamal Griffin, 15, wanted to build boats": the profile's headline names the boy its text calls "Jamal" and
    "Jamal Griffin's" (bench/data/same_kind9 with dates 0.900 -> 0.908, its first reports joining the profile and
    the verdict; held out, same_kind10 with dates 0.900 -> 0.909, the rest unchanged). A headline capitalises
    every word: one word before the age, or a surname the text never writes, names no one."""
    body = ["Jamal Griffin's bedroom shelf holds a shrimp trawler.", "Jamal was killed Saturday. He was 15."]
    assert aged_names(body, "Jamal Griffin, 15, wanted to build boats | The Port Calloway Tribune") == {"griffin"}
    assert aged_names(body, "Boy, 15, Killed On Laurel Street") == frozenset()
    assert aged_names(["A 45-year-old man was shot dead on Friday."], "Slain Father Man, 45, Remembered") == set()
    assert aged_names(body) == frozenset()
    owner = conftest.grouped("same_kind9")
    assert owner["report-008.md"] == owner["report-078.txt"] == owner["report-141.md"] == owner["report-055.txt"]


def test_one_name_written_with_and_without_its_accents_is_one_person() -> None:
    """One outlet writes "Bao Nguyễn", another "Bao Nguyen": the same man, not two strangers
    (bench/data/same_kind8's Millrace Street fire was two events for it)."""
    articles = [art("a.txt", "The man who died was identified as Bao Nguyễn, 23, a nursing student."),
                art("b.txt", "Bao Nguyen, 23, delivered dinners by night."),
                art("c.txt", "Łukasz Wójcik, 40, and Zoë Müller, 31, were hurt."),
                art("d.txt", "A fund for Lukasz Wojcik's family has been set up; Zoe Muller is home.")]
    who = People.of(articles)
    assert who.aged[0] == who.aged[1] == {"nguyen"}
    assert not strangers(who.aged[0], who.mentioned[0], who.aged[1], who.mentioned[1])
    assert who.aged[2] == {"wojcik", "muller"} and {"wojcik", "muller"} <= who.mentioned[3]
    assert unaccented("Đặng Thị Hà, Søren, Ærø, Straße") == "Dang Thi Ha, Soren, Aero, Straße"
    assert unaccented("Seoul 서울, Москва́") == "Seoul 서울, Москва"  # other scripts keep their letters
    assert unaccented(unicodedata.normalize("NFD", "Nguyễn")) == "Nguyen"  # accents written apart


def test_the_people_a_report_identifies_as_news_does_its_dead() -> None:
    texts = ["Police identified him as Cody Strand.", "The coroner identified the dead as Ray Dettmer and Luis Ocampo.",
             "Officers named the victims as Jonah Feldman and Ana María Ruiz, of Leeds.",
             "She was identified as Marta Ilić, a nurse, and her son.", "He was named as Vantage's owner.",
             "He was named as the new coach.", "The clinic identified as Halden Foundry's, and named as Smith."]
    assert aged_names(texts) == {"strand", "dettmer", "ocampo", "feldman", "ruiz", "ilic"}
    assert identified_names("They identified him as Jeff Strand and his son as Cody Strand.") == {"strand"}
    # the naming's other form: "was X, a 16-year-old" (same_kind9 without dates 0.758 -> 0.770; the rest and the
    # held-out corpora unchanged); not any "X, a 30-year-old", which a year's recap gives each of its dead
    assert aged_names(["The boy shot to death at Hollister Park on Saturday was Tyler Kowalski, a 16-year-old "
                       "sophomore, the coroner said."]) == {"kowalski"}
    assert aged_names(["The victim is Ana María Ruiz, an 18-year-old student."]) == {"ruiz"}
    assert aged_names(["In March, Marcus Lee, a 30-year-old barber, was shot.", "It was Sunday, a 9-year-old said.",
                       "It was Oak Street, a 20-year-old said."]) == frozenset()


def _accidents_at_one_mill() -> list[Article]:
    """Two deaths at one sawmill years apart, told in the same words; no report gives an age, each
    identifies its dead; a fine months later names the first."""
    mill = "at the Tri-State Hardwoods sawmill on Ferry Road in Brayton, the Pell County coroner said."
    return [
        art("a1.txt", f"A worker was killed by a log carriage {mill}", "The coroner identified him as Dale Rusk.",
            title="Worker killed at sawmill"),
        art("a2.txt", f"A worker died when a log carriage struck him {mill}", "Police identified him as Dale Rusk.",
            title="Sawmill worker dies"),
        art("b1.txt", f"A worker was killed by a forklift {mill}", "The coroner identified her as Nina Okafor.",
            title="Worker killed at sawmill"),
        art("b2.txt", f"A worker died when a forklift struck her {mill}", "Police identified her as Nina Okafor.",
            title="Sawmill worker dies"),
        art("a3.txt", f"The state fined the mill $40,000 over the death of Dale Rusk {mill}", title="Sawmill fined"),
    ]


def test_reports_identifying_different_dead_are_two_happenings() -> None:
    articles = _accidents_at_one_mill()
    who = People.of(articles)
    assert [sorted(a) for a in who.aged] == [["rusk"], ["rusk"], ["okafor"], ["okafor"], []]
    assert strangers(who.aged[0], who.mentioned[0], who.aged[2], who.mentioned[2])
    found = sorted(sorted(a.path for a in e.articles) for e in ev.group_events(articles))
    assert found == [["a1.txt", "a2.txt", "a3.txt"], ["b1.txt", "b2.txt"]]


def _shootings_on_one_road() -> list[Article]:
    """Two shootings on one road, told in the same words; the charge names the accused with his age."""
    road = "on Delmar Road in Eastgate, Harlan police said."
    whitcomb = "Sgt. Lorna Whitcomb asked witnesses on Delmar Road to call."
    return [
        art("a1.txt", f"A driver, Marcus Bell, 31, was shot in the shoulder {road}", whitcomb, title="Driver shot"),
        art("a2.txt", f"Marcus Bell, 31, drove himself to a pharmacy after he was shot {road}", whitcomb),
        art("b1.txt", f"A clerk, Samir Haddad, 52, was killed in a robbery {road}", whitcomb, title="Clerk killed"),
        art("b2.txt", f"Samir Haddad, 52, was killed at the Gas-N-Go {road}", whitcomb),
        art("b3.txt", f"A man, Dale Pruitt, 27, was charged with murder in the killing of Haddad {road}", whitcomb),
    ]


def test_reports_naming_different_people_by_age_are_two_happenings() -> None:
    found = sorted(sorted(a.path for a in e.articles) for e in ev.group_events(_shootings_on_one_road()))
    assert found == [["a1.txt", "a2.txt"], ["b1.txt", "b2.txt", "b3.txt"]]  # the charge names Haddad: it joins


def test_strangers_need_names_on_both_sides_and_none_in_common() -> None:
    who = People.of(_shootings_on_one_road())
    assert who.aged[4] == {"pruitt"} and "haddad" in who.mentioned[4]
    assert strangers(who.aged[0], who.mentioned[0], who.aged[2], who.mentioned[2])
    assert not strangers(who.aged[2], who.mentioned[2], who.aged[4], who.mentioned[4])
    assert not strangers(frozenset(), frozenset(), who.aged[2], who.mentioned[2])


def test_a_name_that_opens_a_place_is_no_mention_of_the_person() -> None:
    """Wendell Ashby, 55, died at a press; "the Ashby County coroner" in a report of another
    accident does not mention him (bench/data/same_kind6 ties every Carrick report so)."""
    articles = [art("a.txt", "He was identified as Wendell Ashby, 55, of Halden."),
                art("b.txt", "The Ashby County coroner's office said the teen died at the scene."),
                art("c.txt", "Ashby County's sheriff closed the road near Ashby Street."),
                art("d.txt", "Ashby's family said he loved the county fair."),
                art("e.txt", "A lawsuit names Ashby, the plant and its owner.")]
    who = People.of(articles)
    assert who.aged[0] == {"ashby"}
    assert [("ashby" in m) for m in who.mentioned] == [True, False, False, True, True]


def test_a_report_naming_both_groups_people_ties_only_itself() -> None:
    """Two deadly fires at one park, each group naming its own dead with an age, and a county report
    that names the dead of both (bench/data/same_kind8 without dates 0.799 before, 0.811; held-out
    stabbings 0.915, 0.925). As wholes the groups are acquainted through that report; pair by pair,
    every other pair across them is of strangers, and is damped (people.PairPeople)."""
    shared, own, unique = 0.23, 0.17, 0.6  # cosine across the groups: 0.23; within each: 0.4
    cells = np.zeros((5, 8))
    for k, g in enumerate([0, 0, 0, 1, 1]):
        cells[k, 0], cells[k, 1 + g], cells[k, 3 + k] = shared ** 0.5, own ** 0.5, unique ** 0.5
    rows, cols = np.nonzero(cells)
    matrix = CSR.from_coo(rows, cols, cells[rows, cols], cells.shape)
    ybarra, pettigrew, both = frozenset({"ybarra"}), frozenset({"pettigrew"}), frozenset({"ybarra", "pettigrew"})
    who = People(aged=[ybarra, ybarra, frozenset(), pettigrew, pettigrew],
                 mentioned=[ybarra, ybarra, both, pettigrew, pettigrew], ages=[frozenset()] * 5,
                 numbers=[frozenset()] * 5, costs=[frozenset()] * 5)
    assert not who.who(2).apart(who.who(3)) and who.strangers(0, 3)
    i, j = np.array([0, 0, 1, 2, 2, 3]), np.array([1, 3, 4, 3, 4, 4])
    undated = np.full(5, -1)
    found = ev.merge_groups(matrix, [[0, 1, 2], [3, 4]], i, j, undated, ev.THRESHOLD, who=who)
    assert sorted(map(sorted, found)) == [[0, 1, 2], [3, 4]]
    nobody = People.of_whos([Who()] * 5)  # naming no one, the same reports are one group
    assert len(ev.merge_groups(matrix, [[0, 1, 2], [3, 4]], i, j, undated, ev.THRESHOLD, who=nobody)) == 1


def _fire_and_its_inquest() -> list[Article]:
    """A fire, and its inquest eight months on that names the dead; another fire on the street a year later."""
    street = "on Linden Street in Millbrook, Northfield fire officials said."
    return [
        art("f1.txt", f"Walter Prell, 81, and his wife died in a house fire {street}",
            "A space heater was found in the bedroom.", title="Couple die in house fire", date="2018-01-06"),
        art("f2.txt", f"An elderly couple, Walter Prell, 81, and Agnes Prell, 79, died in a fire {street}",
            "Neighbours tried to reach them.", title="Two dead in Millbrook fire", date="2018-01-07"),
        art("f3.txt", f"The coroner found that Walter and Agnes Prell died of smoke, in the fire {street}",
            "A space heater too close to a bed started it.", title="Inquest into fatal fire", date="2018-09-12"),
        art("g1.txt", f"A vacant house burned in a fire set before dawn {street}",
            "Two teenagers were seen near it.", title="Vacant house set on fire", date="2019-07-09"),
    ]


def test_a_report_months_later_that_names_the_dead_joins_their_event() -> None:
    articles = _fire_and_its_inquest()
    who = People.of(articles)
    assert acquainted(who.aged[0], who.mentioned[0], who.aged[2], who.mentioned[2])  # the inquest names Prell
    assert not acquainted(who.aged[0], who.mentioned[0], who.aged[3], who.mentioned[3])
    i, j = np.array([0, 0]), np.array([2, 3])
    days = timegap.trusted_days(articles)
    far = timegap.date_damping(days, i, j, timegap.references(articles, days))
    assert far.tolist() == [timegap.FAR_DAMPING, timegap.FAR_DAMPING]  # eight months apart, no month named
    assert who.damping(i, j, far).tolist() == [1.0, timegap.FAR_DAMPING]  # the text ties the inquest only
    found = sorted(sorted(a.path for a in e.articles) for e in ev.group_events(articles))
    assert found == [["f1.txt", "f2.txt", "f3.txt"], ["g1.txt"]]


def test_a_possessive_mentions_its_person() -> None:
    articles = [art("a.txt", "Helen Marsh, 63, died at the crossing."),
                art("b.txt", "Helen Marsh's family has sued the rail operator.")]
    who = People.of(articles)
    assert "marsh" in who.mentioned[1]
    assert acquainted(who.aged[0], who.mentioned[0], who.aged[1], who.mentioned[1])


def test_a_recap_years_later_does_not_bring_its_old_happening_within_days_of_a_new_one() -> None:
    # 0-2: a 2019 crash at a crossing; 3: a 2022 recap of it, like it and like 4-6, a 2022 crash at the
    # same crossing. {0..3} spans 2019 to 2022, but only the recap is near 4-6 in time: each 2019 report's
    # pairs with 4-6 stay damped, and what is left of the link rests on the recap.
    d19, d22 = date(2019, 4, 11).toordinal(), date(2022, 2, 18).toordinal()
    rows = _rows((1.0, 0.1), (1.0, 0.1), (1.0, 0.1), (1.0, 1.0), (0.1, 1.0), (0.1, 1.0), (0.1, 1.0))
    days = np.array([d19, d19, d19 + 1, d22 + 6, d22, d22, d22 + 1])
    i, j = np.array([0, 0, 1, 3, 3, 4, 4]), np.array([1, 3, 2, 4, 5, 5, 6])
    found = ev.merge_groups(rows, [[0, 1, 2, 3], [4, 5, 6]], i, j, days, ev.THRESHOLD)
    assert sorted(map(sorted, found)) == [[0, 1, 2, 3], [4, 5, 6]]


def test_a_follow_up_months_later_that_names_its_month_joins_the_whole_event() -> None:
    # 0-2: a bus crash in September; 3: the safety review in March, naming "last September", as like
    # each crash report as reports of one happening are (0.27), but no more
    crash, review = date(2022, 9, 14).toordinal(), date(2023, 3, 2).toordinal()
    rows = _rows((1.0, 0.0), (1.0, 0.0), (1.0, 0.1), (1.0, 3.5))
    days = np.array([crash, crash, crash + 1, review])
    i, j = np.array([0, 0, 1, 2]), np.array([1, 3, 3, 3])
    september = frozenset({2022 * 12 + 8})  # months as referred_months counts them
    refs = [frozenset(), frozenset(), frozenset(), september]
    assert len(ev.merge_groups(rows, [[0, 1, 2], [3]], i, j, days, ev.THRESHOLD, refs)) == 1
    # without the month named, six months apart is two happenings of one kind
    unnamed: list[frozenset[int]] = [frozenset()] * 4
    assert len(ev.merge_groups(rows, [[0, 1, 2], [3]], i, j, days, ev.THRESHOLD, unnamed)) == 2
    assert timegap.PairTimes(rows, days, refs, None).factor(0, 3) == 1.0
    assert timegap.PairTimes(rows, days, unnamed, None).factor(0, 3) == timegap.FAR_DAMPING


def test_a_follow_up_that_says_when_needs_no_more_of_each_first_report_above_the_threshold() -> None:
    """Two near copies of the first report and two follow-ups months later that name its month: the
    mean clears THRESHOLD, but the weaker copy alone is under it. A tied follow-up is held to
    MINGLED_THRESHOLD on that check above the threshold as below it (same_kind6 with dates: a trench
    death's charges and fines stayed apart from its two first reports; 0.914 before, 0.925. With
    only the lead's months tying since, same_kind8 with dates: 0.819 without it, 0.830)."""
    def unit(*v: float) -> tuple[float, ...]:
        return tuple(np.array(v) / np.linalg.norm(v))

    vectors = [unit(0.6, 1, 0, 0), unit(0.3, 1, 0, 0), unit(0.6, 0, 1, 0), unit(0.6, 0, 0, 1)]
    cells = np.array(vectors)
    rows, cols = np.nonzero(cells)
    matrix = CSR.from_coo(rows, cols, cells[rows, cols], cells.shape)
    cross = cells[:2] @ cells[2:].T
    assert cross.mean() >= ev.THRESHOLD and ev.MINGLED_THRESHOLD <= cross[1].mean() < ev.THRESHOLD
    death, fine = date(2018, 5, 15).toordinal(), date(2018, 11, 20).toordinal()
    days = np.array([death, death + 1, fine, fine + 30])
    i, j = np.array([0, 0, 1, 1, 0, 2]), np.array([2, 3, 2, 3, 1, 3])
    may = frozenset({2018 * 12 + 4})  # months as referred_months counts them
    refs = [frozenset(), frozenset(), may, may]
    assert len(ev.merge_groups(matrix, [[0, 1], [2, 3]], i, j, days, ev.THRESHOLD, refs)) == 1
    unnamed: list[frozenset[int]] = [frozenset()] * 4
    assert len(ev.merge_groups(matrix, [[0, 1], [2, 3]], i, j, days, ev.THRESHOLD, unnamed)) == 2


def test_a_follow_up_that_says_when_its_happening_was_follows_it() -> None:
    articles = [
        art("b1.txt", "A Route 12 bus crashed into a launderette on Canal Street, hurting 14.", date="2022-09-17"),
        art("b2.txt", "Fourteen people were hurt when a bus hit a launderette on Canal Street.", date="2022-09-18"),
        art("r1.txt", "The driver whose bus crashed into a launderette last September had a heart condition.",
            date="2023-03-02"),
        art("r2.txt", "The driver whose bus crashed into a launderette had a heart condition.", date="2023-03-02"),
        art("b3.txt", "A bus driver spoke of the crash on Canal Street.", date="2022-09-20"),
    ]
    times = pair_times(articles)
    assert times.follows([0, 1], [2])  # months on, and it names the month
    assert not times.follows([0, 1], [3])  # months on, and nothing says when
    assert not times.follows([0, 1], [4])  # days on: no follow-up, one report among others
    assert not times.follows([0, 1], [2, 3])  # one of them is not tied


def test_two_follow_ups_that_name_one_month_back_are_tied() -> None:
    """Months apart from each other, each says when the blast was (same_kind6 with dates: 0.883
    before, 0.908; the held-out fires 0.852, 0.864)."""
    articles = [
        art("b1.txt", "An explosion at the grain elevator on River Road killed two workers.", date="2021-04-14"),
        art("f1.txt", "The families of the men killed in the elevator blast last year sued.", date="2022-01-25"),
        art("f2.txt", "The elevator on River Road reopened 17 months after the blast.", date="2022-09-06"),
        art("f3.txt", "The elevator on River Road took in corn again.", date="2022-09-06"),
    ]
    times = pair_times(articles)
    assert times.tied(1, 2) and times.tied(2, 1)  # both name April 2021 (one of last year's months)
    assert not times.tied(1, 3)  # says nothing of when
    assert times.follows([0], [1, 2])


def test_a_follow_up_that_names_the_season_joins_its_happening() -> None:
    """The fine months on names neither the dead nor the month, but "in the spring": it joins the
    spring's explosion, not the fall at the same elevator two years on."""
    site = "at the Heartland Grain Co-op elevator on River Road in Carrick"
    articles = [
        art("x1.txt", f"An explosion {site} killed two workers and hurt four on Wednesday.",
            "Grain dust in the headhouse ignited, fire officials said.", date="2021-04-14"),
        art("x2.txt", f"Two workers died in a grain dust explosion {site}.",
            "Four others were taken to hospital with burns.", date="2021-04-15"),
        art("x3.txt", f"A dust explosion {site} killed two men.", "The headhouse was destroyed.", date="2021-04-16"),
        art("f1.txt", "State regulators fined Heartland Grain Co-op $1.18 million over the grain dust explosion "
            f"that killed two workers {site} in the spring.", "Inspectors found dust two inches deep in the headhouse.",
            date="2021-10-13"),
        art("y1.txt", f"A worker was killed in a fall from a catwalk {site} on Tuesday.",
            "He fell 40 feet, the coroner said.", date="2023-08-08"),
        art("y2.txt", f"A man died after falling from a catwalk {site}.", "It was the third death there in six years.",
            date="2023-08-09"),
    ]
    found = [sorted(Path(a.path).name for a in e.articles) for e in ev.group_events(articles)]
    assert sorted(found) == [["f1.txt", "x1.txt", "x2.txt", "x3.txt"],
                                                           ["y1.txt", "y2.txt"]]


def _drownings_at_one_beach() -> list[Article]:
    """Two drownings at one beach, nobody named: a man of 22 one year, two girls of 15 another."""
    beach = "at Crescent Beach in Lunenport's Seaview area"
    return [
        art("m1.txt", f"A 22-year-old man drowned {beach} on Sunday evening, RCMP say.",
            "He went into the surf with friends after the lifeguards had left.", title="Man drowns at Crescent Beach"),
        art("m2.txt", f"A man, 22, was pulled from a rip current {beach} and died.",
            "Surfers brought him to shore.", title="Man dies in rip current"),
        art("g1.txt", f"Two 15-year-old girls drowned {beach} on Saturday afternoon.",
            "They were wading near the sandbar when the rip current took them.", title="Two girls drown"),
        art("g2.txt", f"Two girls, both 15, were swept out by a rip current {beach}.",
            "Their school opened a grief room.", title="Girls swept out at Crescent Beach"),
        art("g3.txt", "Hundreds swam in memory of the two 15-year-old girls who drowned at Crescent Beach.",
            "Their families asked for lifeguards until Labour Day.", title="Memorial swim"),
    ]


def test_reports_giving_other_ages_are_about_other_people() -> None:
    """Without names or dates, a man of 22 and two girls of 15 lost at one beach are two happenings:
    each report gives ages, and neither holds the other's (bench/data/same_kind7 without dates, 0.745
    before, 0.864). An age shared ties nothing: the memorial swim's 15 does not make it the girls'."""
    articles = _drownings_at_one_beach()
    who = People.of(articles)
    assert who.ages[0] == who.ages[1] == {22} and who.ages[2] == {15}
    assert who.strangers(0, 2) and not who.strangers(0, 1) and not who.strangers(2, 4)
    assert not acquainted(who.aged[2], who.mentioned[2], who.aged[4], who.mentioned[4])
    found = [{a.path for a in e.articles} for e in ev.group_events(articles)]
    assert {"m1.txt", "m2.txt"} in found and any({"g1.txt", "g2.txt"} <= e for e in found)


def test_the_accuseds_age_is_not_the_age_a_report_gives() -> None:
    """The ages of the arrested, the charged and the convicted are not those of the people the report is about
    (people._ACCUSED_AGES); the dead's and the hurt's stay, and every number is still one another report's age
    may be found among."""
    for text in ("Police have arrested a 23-year-old man in the killing of the clerk.",
                 "A 23-year-old man was charged with murder on Sunday.",
                 "Deontae Wright, 23, was charged with murder and armed robbery.",
                 "A jury convicted Cedric Mims, 23, of murder.", "The suspect, 23, was held without bond.",
                 "Wright, 23, pleaded guilty on Monday."):
        ages, numbers = ages_and_numbers([text])
        assert not ages and 23 in numbers, text
    assert ages_and_numbers(["Police arrested a 23-year-old man in the killing of a 46-year-old clerk."])[0] == {46}
    assert ages_and_numbers(["A 19-year-old was shot and killed; Ray Mims, 23, was wounded."])[0] == {19, 23}


def test_undated_copies_do_not_link_happenings_years_apart() -> None:
    """same_kind6 with dates: a flagger killed at an interchange in 2017 and a crane toppled there in
    2024, a roof fall in a mine in 2022 and a shock there in 2025, each with an undated wire copy that
    carried the merge undamped before such copies were dated as their reports (0.863, then 0.872)."""
    folder = KIND.parent / "same_kind6"
    truth: dict[str, str] = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    for group in grouped("with_dates", folder):
        events = {truth[n] for n in group}
        assert not {"h17-interchange", "h24-interchange"} <= events
        assert not {"b22-bellcreek", "b25-bellcreek"} <= events


def test_an_undated_copy_takes_its_reports_date() -> None:
    days = np.array([700_000, -1, 700_900, -1])
    i, j = np.array([0, 1, 2, 0]), np.array([1, 3, 3, 3])
    borrowed = timegap.borrowed_days(days, i, j, np.array([0.9, 0.3, 0.8, 0.1]))
    assert borrowed.tolist() == [700_000, 700_000, 700_900, 700_900]
    unlike = timegap.borrowed_days(days, i, j, np.array([timegap.COPY_COS - 0.01, 0.3, 0.5, 0.1]))
    assert unlike.tolist() == days.tolist()  # not alike enough to be copies: undated still


def test_a_groups_undated_reports_lose_what_its_dated_ones_lose() -> None:
    articles = [art("a.txt", "A crane fell on the highway at the interchange.", date="2017-06-06"),
                art("b.txt", "A crane fell on the highway at the interchange.", date="2024-09-04")]
    times = pair_times(articles)
    assert times.lost_share([0], [1]) == pytest.approx(1 - timegap.FAR_DAMPING)  # years apart, nothing ties them


def test_groups_that_name_one_anothers_people_within_days_are_tied() -> None:
    """A profile of the dead days after the fire joins it from MINGLED_THRESHOLD (same_kind8 with
    dates 0.843 -> 0.855); a recap naming two fires' dead ties only itself; undated, a name ties
    nothing (one coach hired in 2005 and fired in 2008 is in the news for both)."""
    articles = [
        art("f1.txt", "Aylin Ozturk, 24, died in a fire at Lakeview Terrace.", date="2018-02-03"),
        art("f2.txt", "A nursing student, Aylin Ozturk, 24, was killed in the Lakeview Terrace fire.",
            date="2018-02-04"),
        art("p1.txt", "Ozturk wanted to care for the tiniest patients, her teachers said.", date="2018-02-15"),
        art("p2.txt", "Friends of Ozturk held a vigil at the hospital where she trained.", date="2018-02-16"),
        art("g1.txt", "Mara Vance, 61, died in a fire on Canal Street.", date="2018-02-10"),
        art("g2.txt", "Mara Vance, 61, was killed when fire swept her house on Canal Street.", date="2018-02-10"),
        art("r1.txt", "Two fires this month killed Ozturk and a grandmother on Canal Street.", date="2018-02-20"),
        art("u1.txt", "Ozturk wanted to care for the tiniest patients, her teachers said."),
        art("u2.txt", "Friends of Ozturk held a vigil at the hospital where she trained."),
    ]
    times = pair_times(articles)
    assert times.named([0, 1], [2, 3]) and times.named([2], [0, 1])  # days on, both profiles mention her
    assert not times.named([0, 1], [4, 5])  # two fires, two dead
    assert times.named([4, 5, 6], [0, 1]) is False  # only the recap of the Canal Street group names her
    assert not times.named([0, 1], [7, 8])  # the profiles undated


def test_a_profile_days_on_joins_the_fire_whose_dead_it_names() -> None:
    """same_kind8 with dates: "Married 58 years, the Kowalczyks built a life..." three days after the
    Linden Court fire names the couple its first reports name with their ages; it was an event of its own."""
    found = grouped("with_dates", KIND.parent / "same_kind8")
    owner = {name: k for k, names in enumerate(found) for name in names}
    assert owner["report-135.txt"] == owner["report-022.txt"]


def test_a_follow_up_weeks_on_keeps_more_of_its_likeness_than_one_months_on() -> None:
    """same_kind8 with dates: "Haskell Block will come down; old wiring in antique store blamed for
    fire", 27 days after the fire, joins its first reports. Damped by half from the 15th day (as a
    report two months on was), it was an event of its own; the damping now grows with the weeks
    (timegap.weeks_damping)."""
    found = grouped("with_dates", KIND.parent / "same_kind8")
    owner = {name: k for k, names in enumerate(found) for name in names}
    assert owner["report-122.md"] == owner["report-087.md"]


def test_follow_ups_that_say_when_or_whom_join_from_the_mingled_threshold() -> None:
    """same_kind6 with dates: the families' lawsuit over the River Road elevator blast and Workers
    Memorial Day's remembrance of the Kessling Chemical operator, months on, say when their happening
    was (timegap.PairTimes.follows) but share few words with its first reports (mean cosines 0.10 and
    0.12): they were events of their own at MINGLED_THRESHOLD 0.12, and join at 0.09."""
    found = grouped("with_dates", KIND.parent / "same_kind6")
    owner = {name: k for k, names in enumerate(found) for name in names}
    assert owner["report-086.txt"] == owner["report-004.txt"]
    assert owner["report-096.md"] == owner["report-034.md"]


def test_a_headline_that_places_its_happening_by_another_gives_that_other_no_terms() -> None:
    """ "Man shot dead outside a corner store, days after Velvet Room massacre": the massacre's words in the
    headline would tie the report to the massacre's reports (bench/data/same_kind9 without dates: 0.723
    before, 0.731). The body keeps them, once; a headline's own "17 months after deadly blast" stays."""
    def words(title: str) -> set[str]:
        return {key for key in text_terms([], title).counts}

    assert not any("velvet" in key for key in words("Man shot dead at corner store, days after Velvet Room massacre"))
    assert not any("velvet" in key for key in words("2 wounded on Bay Street, a block from the former Velvet Room"))
    assert any("bay" in key for key in words("2 wounded on Bay Street, a block from the former Velvet Room"))
    assert any("blast" in key for key in words("Grain elevator reopens 17 months after deadly blast"))
