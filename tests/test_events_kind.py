"""Events of one kind (issue 14): the same-kind corpora's floors, and the pieces that reach them: site names and stock
lines as furniture, date lines, round-ups and step 4's checks. The people reports name are tested in
test_events_people.py, the times they name in test_events_times.py.

The corpus is `bench/data/same_kind/` (18 shootings in three cities, 76 reports, written
before the grouping was tuned on it; see its README), read from disk in both copies.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest

from bench.bench_kind import ROUND_UPS, SPARSE_DRAWS, SPARSE_SHARE, is_round_up
from tests.conftest import KIND_DATA, art, b_cubed_of, event_lists, unit_rows
from tui.engine import events as ev
from tui.engine.articlefacts import corpus_terms
from tui.engine.corpus import load_corpus
from tui.engine.features import article_terms, find_furniture, sentence_terms, text_terms
from tui.engine.model import Article
from tui.engine.people import Who
from tui.engine.textdates import stated_date

KIND = KIND_DATA / "same_kind"
NO_DATES_FLOOR = 0.95
"""B-cubed F1 without dates; before issue 14's changes it was 0.857 (the issue asks 0.90)."""
WITH_DATES_FLOOR = 0.97
"""B-cubed F1 with dates; before issue 14's changes it was 0.941 (the issue asks 0.94)."""
SPARSE_FLOOR = 0.95
"""Mean B-cubed F1 on sparse draws, either copy (as `python -m bench kind` draws them): 0.913 without
dates and 0.955 with them before the round-up check in step 5 and the people named with their age."""


FLOORS = [("same_kind", "no_dates", NO_DATES_FLOOR), ("same_kind", "with_dates", WITH_DATES_FLOOR),
          ("same_kind3", "no_dates", 0.96), ("same_kind3", "with_dates", 0.99),
          ("same_kind4", "no_dates", 0.985), ("same_kind4", "with_dates", 0.99),
          ("same_kind6", "no_dates", 0.87), ("same_kind6", "with_dates", 0.965),
          ("same_kind7", "no_dates", 0.955), ("same_kind7", "with_dates", 0.99),
          ("same_kind8", "no_dates", 0.895), ("same_kind8", "with_dates", 0.96),
          ("same_kind9", "no_dates", 0.91), ("same_kind9", "with_dates", 0.97),
          ("same_kind13", "no_dates", 0.9), ("same_kind13", "with_dates", 0.96),
          ("same_kind15", "no_dates", 0.9), ("same_kind15", "with_dates", 0.955),
          ("same_kind16", "no_dates", 0.79), ("same_kind16", "with_dates", 0.91),
          ("same_kind18", "no_dates", 0.77), ("same_kind18", "with_dates", 0.945),
          ("same_kind21", "no_dates", 0.94), ("same_kind21", "with_dates", 0.955),
          ("same_kind23", "no_dates", 0.89), ("same_kind23", "with_dates", 0.96),
          ("same_kind24", "no_dates", 0.91), ("same_kind24", "with_dates", 0.945),
          ("same_kind26", "no_dates", 0.855), ("same_kind26", "with_dates", 0.89),
          ("same_kind28", "no_dates", 0.84), ("same_kind28", "with_dates", 0.935)]
"""B-cubed F1 floors on the first corpus and the tuning corpora (crashes; one-report shootings; workplace accidents;
drownings; fires followed for months; shootings followed for years, twice; shootings written by hand, eight times:
same_kind28 at 0.856 and 0.947 when it was run once unseen and turned to tuning). The
tuning ones are a little under what `python -m bench kind` gives now: 0.945, 1.000, 1.000, 1.000, 0.878, 0.975, 0.961,
0.995, 0.903, 0.966, 0.926, 0.981, 0.913, 0.968, 0.964, 0.981, 0.807, 0.932, 0.814, 0.955, 0.956, 0.966, 0.906, 0.971,
0.925, 0.949, 0.868, 0.900 (they were 0.822 to 0.939 when
these floors were first set, same_kind9 0.746 and 0.850). Before a place kept its weight from a lower agreement
(places.PLACE_AGREEMENT 0.08 -> 0.05, for reports in varied prose: same_kind15 0.817 and 0.902): same_kind6 without
dates 0.885, same_kind8 0.917 and 0.960, same_kind9 without 0.939, same_kind13 with 0.969, the crashes 0.942. same_kind9
with dates 0.968 and same_kind13 0.907 and 0.965 before a round-up was read as its lead happening (tui.engine.roundups).
Without dates, same_kind9 0.935 before the ages of a household that charges gave named a first report's dead, 0.923
before a first report's recalled years parted it from a follow-up of an earlier year (tui.engine.recalledyears), 0.915
before an undated naming of the weekday that age-less first reports told tied them; same_kind6 0.857 and same_kind9
0.876 before a first report's next sentences gave its victim's age (casualties.told_facts) and charges naming the dead
and the accused named a first report's dead (timegap.PairTimes.names_undated_dead), and 0.865 before headlines telling a
fall from a blast disagreed (tui.engine.mechanisms); fires 0.900 before headlines telling other causes did, crashes
0.931 before ones blaming other weather did, and shootings 0.896 before ones giving other circumstances did. same_kind13
with dates 0.962 before a naming of as many as the first reports counted dead tied them (namingties.counted_alike).
same_kind13: 0.897 and 0.958 before a headline mourning its victim told of a death and the victim a headline names was
the one a lead names with an age (tests/test_victims.py); same_kind9 0.871 and same_kind8 0.897 before two leads naming
one person with an age named one victim. With dates: 0.948 before a dated naming of the first reports' dead tied them
from timegap.NAMING_FLOOR. Without dates, fires 0.883 before an undated follow-up naming the dead and nobody else asked
a follow-up's cohesion (timegap.PairTimes.named), and shootings 0.888 before first reports of one age and weekday joined
(casualties.agree); workplace accidents 0.850 and shootings 0.894 before a headline sending someone to hospital said
they were hurt. same_kind9 with dates: 0.956 before linkage.FOLLOW_UP_COHESION was 0.2, 0.945 before a follow-up whose
text ties it joined below MINGLED_THRESHOLD, 0.917 before a name recalled in a sentence naming a year was no mention
(people.who_of), 0.932 before a follow-up followed first reports that named no one by the name one of them gave
(timegap.PairTimes.follows). Drownings without dates: 0.907 before reports that give their victim ages apart disagreed
(casualties.AGES_APART), 0.938 before step 4 took their whole damping (linkage._apart_factor). Shootings followed for
years: 0.737 before a lead's weekday counted whatever its headline says, 0.741 before a lead told of its victim's sex;
with dates 0.837 before the people named tied groups below MINGLED_THRESHOLD (events.NAMED_THRESHOLD), 0.845 before the
facts that last (the victim's age, sex, name) counted for dated reports too (casualties.lasting). Without dates, 0.925,
0.981, 0.782, 0.884, 0.842 and 0.700 before headlines that disagree on whom a happening cost kept undated reports apart
(tui.engine.casualties). Fires with dates: 0.934 before the dead named days on for the day first reports told of were
theirs; 0.871 before follow-ups in other words asked less, linkage.FOLLOW_UP_COHESION. One-report shootings without
dates: 0.963 before the identified dead counted as people named with an age. Shootings followed for years with dates:
0.794 before a year that names a happening tied, "the 2017 shooting"; 0.811 before the dead named days on with the age
the first reports gave were theirs; 0.678 (without dates) and 0.819 before a name given with an age only beyond the lead
was a recap's, people.OWN_LEAD_SENTENCES. They were 0.942, 0.931, 0.686, 0.886, 0.706, 0.789, 0.714, 0.962, 0.806,
0.822, 0.678 and 0.768 when each corpus was first measured; the held-out corpora (same_kind2, same_kind5, same_kind10,
same_kind11) get none. Crashes without dates: 0.945 before reports naming two cities' police were apart
(tui.engine.agencies)."""


@pytest.fixture(scope="module")
def gold() -> dict[str, str]:
    found: dict[str, str] = json.loads((KIND / "gold.json").read_text(encoding="utf-8"))
    return found


@pytest.mark.parametrize(("corpus", "copy", "floor"), FLOORS)
def test_same_kind_corpus_floor(corpus: str, copy: str, floor: float) -> None:
    truth: dict[str, str] = json.loads((KIND_DATA / corpus / "gold.json").read_text(encoding="utf-8"))
    found = event_lists(corpus, copy)
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
        for group in event_lists("same_kind", copy):
            events = {gold[n] for n in group}
            assert not {"h23-clerk", "h23-delmar"} <= events, copy  # Delmar Road, one week apart
            assert not {"c19-homecoming", "c24-stadium"} <= events, copy  # Northfield High, five years


def test_trial_a_year_later_joins_its_shooting(gold: dict[str, str]) -> None:
    found = event_lists("same_kind", "with_dates")
    for event in ("h19-pruitt", "p21-fireworks", "p20-anchor"):  # each has a verdict or a trial a year on
        holding = [g for g in found if event in {gold[n] for n in g}]
        assert len(holding) == 1 and set(holding[0]) >= {n for n in gold if gold[n] == event}


def test_charges_told_in_other_words_days_on_join_their_shooting_by_its_dead() -> None:
    """bench/data/same_kind9 with dates: "Velvet Room suspect charged with 4 counts of murder" (report-112),
    a day after the coroner named the four, meets the shooting's reports at a mean cosine below
    MINGLED_THRESHOLD; the dead it names tie it (events.NAMED_THRESHOLD). Without dates, its lead calls the accused in
    full ("Travis Lee Moultrie"), whom another of the shooting's reports names with an age (namingties.called_alike),
    and that ties it too."""
    for copy in ("with_dates", "no_dates"):
        found = event_lists("same_kind9", copy)
        owner = {n: k for k, g in enumerate(found) for n in g}
        assert owner["report-112.txt"] == owner["report-051.md"], copy


def test_the_accuseds_age_makes_no_stranger_of_the_report_of_the_arrest() -> None:
    """bench/data/same_kind9 without dates: "Arrest in Sunrise Food Mart clerk's killing" gives the age of the man
    arrested (23), the first reports the clerk's (46); the accused's age is not the age of the one the report is
    about, so the arrest is no stranger to them (people._ACCUSED_AGES) and joins them."""
    found = event_lists("same_kind9", "no_dates")
    owner = {n: k for k, g in enumerate(found) for n in g}
    assert owner["report-118.txt"] == owner["report-067.txt"] == owner["report-062.md"]


def test_first_reports_of_one_day_that_give_one_age_are_one_shooting() -> None:
    """bench/data/same_kind13 with dates: "40-year-old man wounded in North Flint Hills shooting" and "40-year-old
    man hospitalized after gunfire at Osage Ridge Park", both of 11 March 2014, name the place in other words
    and meet at a cosine of 0.14; the one age they give, that day, ties them (timegap.ALIKE_DAYS)."""
    found = event_lists("same_kind13", "with_dates")
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


def test_a_round_up_bridges_no_groups_in_the_global_merge_either() -> None:
    # step 5: {x, r} (r a round-up like x and like y) reaches y on average, but only through r
    i, j, undated = np.array([0, 1]), np.array([1, 2]), np.full(3, -1)
    apart = unit_rows((1.0, 0.0), (1.0, 1.0), (0.0, 1.0))
    assert sorted(map(sorted, ev.merge_groups(apart, [[0, 1], [2]], i, j, undated, ev.THRESHOLD))) == [[0, 1], [2]]
    # had x been like y too (cosine 0.29), the link would hold without r
    alike = unit_rows((1.0, 0.3), (1.0, 1.0), (0.0, 1.0))
    assert len(ev.merge_groups(alike, [[0, 1], [2]], i, j, undated, ev.THRESHOLD)) == 1


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
