"""Follow-ups in other words (issue 14): a fire's first reports and its later ones (the dead named, the
cause, a profile) are one event though less alike than each set is within, while a recap inside a
report of a new crash, and a round-up beside a follow-up, still join nothing.

The corpora are bench/data/same_kind3 (road crashes), same_kind8 (fires followed for months) and
same_kind9 (shootings followed for years), all for tuning, read from disk as `python -m bench kind` reads them.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Mapping
from datetime import date, timedelta
from pathlib import Path
from types import MappingProxyType

import pytest

from bench.bench_kind import ROUND_UPS3, SPARSE_SHARE, is_round_up
from tests.conftest import art, pair_times
from tui.engine import events as ev
from tui.engine import timegap
from tui.engine.casualties import agree, casualty_facts
from tui.engine.corpus import load_corpus
from tui.engine.linkage import COHESION, FOLLOW_UP_COHESION, cohesive, rests_on_one
from tui.engine.model import Article
from tui.engine.people import acquainted, unnamed_alike, who_of
from tui.engine.sparse import CSR
from tui.engine.textdates import referred_months, told_days

DATA = Path(__file__).resolve().parents[1] / "bench" / "data"


def reports(corpus: str, copy: str = "with_dates") -> list[Article]:
    return sorted(load_corpus([DATA / corpus / copy]).articles, key=lambda a: a.path)


def owners(articles: list[Article]) -> dict[str, int]:
    """Each report's event, by its file's name."""
    return {Path(a.path).name: k for k, e in enumerate(ev.group_events(articles)) for a in e.articles}


@functools.cache
def grouped(corpus: str, copy: str = "with_dates") -> Mapping[str, int]:
    """owners of a whole corpus, grouped once for every test that reads it (same_kind13 takes seconds)."""
    return MappingProxyType(owners(reports(corpus, copy)))


def test_a_report_of_its_own_dead_that_recalls_another_is_acquainted_but_not_strictly() -> None:
    # "Tomás Reyes-Ortiz, 34 ... the same corner where Mrs. Morrow was killed two years ago"
    crash, old = (frozenset({"reyes-ortiz"}), frozenset({"reyes-ortiz", "morrow"})), (frozenset({"morrow"}),) * 2
    assert acquainted(*crash, *old)
    assert not acquainted(*crash, *old, strict=True)
    # a profile of the dead names nobody else with an age: it is about the other's happening
    profile: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset({"morrow"}))
    assert acquainted(*profile, *old, strict=True) and acquainted(*old, *profile, strict=True)
    # one that names her son with his age is strict still if the first reports mention him
    assert acquainted(frozenset({"quinn"}), frozenset({"quinn", "morrow"}), frozenset({"morrow"}),
                      frozenset({"morrow", "quinn"}), strict=True)


def test_follow_ups_ask_less_cohesion_of_the_first_reports() -> None:
    # two tight groups (own mean 0.9 each) whose cross mean is 0.2: apart, unless one follows the other up
    inner = 0.9  # one pair each
    assert not cohesive(0.2, inner, 2, inner, 2)
    assert cohesive(0.2, inner, 2, inner, 2, FOLLOW_UP_COHESION)
    assert FOLLOW_UP_COHESION < COHESION


def test_a_small_groups_link_may_rest_on_a_member_the_time_tie_vouches_for() -> None:
    # rows: 0 and 1 a small group, 2 the other group; row 0 is alike to it, row 1 barely
    matrix = CSR.from_coo([0, 1, 2, 2], [0, 1, 0, 1], [1.0, 1.0, 0.6, 0.08], (3, 2))
    other = matrix.take([2])
    assert rests_on_one(matrix, [0, 1], other, 1, 0.09)  # without row 0, 0.08 < 0.09
    assert not rests_on_one(matrix, [0, 1], other, 1, 0.09, lower=0.045, vouched=lambda k: k == 0)
    assert rests_on_one(matrix, [0, 1], other, 1, 0.09, lower=0.045, vouched=lambda k: k == 1)  # not the top one


@pytest.fixture(scope="module")
def fires() -> Mapping[str, int]:
    return grouped("same_kind8")


@pytest.mark.parametrize(("first", "later"), [
    # Lakeview Terrace: "Woman dies in Lakeview Terrace apartment fire" and two copies; "Woman killed in
    # Lakeview Terrace fire identified as nursing student", "Candle left burning caused fatal Lakeview
    # Terrace fire", "Aylin Öztürk wanted to care for the tiniest patients"
    (["report-042.txt", "report-070.txt", "report-079.txt"], ["report-073.txt", "report-035.txt", "report-027.txt"]),
    # Furnace Street: "Three children killed in Furnace Street row house fire" and two others; the
    # coroner's naming, the cause, the funeral, the council's law, a mural a year on
    (["report-072.txt", "report-097.txt", "report-131.txt"],
     ["report-091.txt", "report-115.txt", "report-005.txt", "report-078.txt", "report-055.txt"]),
])
def test_first_reports_and_their_follow_ups_in_other_words_are_one_event(
        fires: Mapping[str, int], first: list[str], later: list[str]) -> None:
    """Each set was an event of its own (same_kind8 with dates 0.871): the first reports are copies
    of one story, far more alike than any follow-up is to them (cohesion), and the follow-ups' link
    rested on the one first report that names the dead (the bridge check); now 0.934."""
    assert len({fires[name] for name in first + later}) == 1


def test_a_recap_of_an_old_crash_at_one_corner_joins_it_to_no_new_one() -> None:
    """Both reports of the 2020 crash at Canal and Mill quote a councillor: "the same corner where
    Mrs. Morrow was killed two years ago". They name their own dead with his age, so the mention of
    hers ties them to the 2018 crash only loosely: no follow-up of it (people.acquainted, strict)."""
    chosen = [a for a in reports("same_kind3") if Path(a.path).stem[-3:] in {"029", "047", "039", "046"}]
    owner = owners(chosen)
    assert owner["report-029.md"] == owner["report-047.txt"] != owner["report-039.md"] == owner["report-046.txt"]


def test_a_follow_ups_link_may_rest_on_the_report_that_ties_it_above_the_threshold_too() -> None:
    """bench/data/same_kind3 with dates: the four killed in a wedding minibus crash named three days on; the
    naming's group meets the first report from the other station at a mean cosine above the threshold that rests on
    its one report tied to it in time. A follow-up's link may so rest (linkage.FOLLOW_UP_BRIDGE), however like the
    groups: before, only below the threshold (0.968 -> 0.979)."""
    owner = grouped("same_kind3")
    assert len({owner[f"report-{n}.txt"] for n in ("018", "051", "062", "070")}) == 1


def test_a_round_up_beside_a_follow_up_bridges_no_two_crashes() -> None:
    """A sparse draw of the crashes (as `python -m bench kind` draws them, seed 6): the round-up
    "Deadly weekend on Lakeside streets" with the street race's sentencing a year on, which names
    "last August", the month of an e-scooter crash on Lakeside too. Their link to the scooter's reports
    rests on the round-up, of that same weekend, which no time tie vouches for (PairTimes.vouches)."""
    articles = reports("same_kind3")
    draw = random.Random(6)
    chosen = [a for a in articles if is_round_up(a, ROUND_UPS3) or draw.random() < SPARSE_SHARE]
    owner = owners(chosen)
    assert {"report-004.md", "report-006.md", "report-053.md", "report-058.md"} <= set(owner)
    assert owner["report-006.md"] != owner["report-053.md"]
    assert owner["report-053.md"] == owner["report-058.md"]


def test_a_year_that_names_a_happening_ties_a_verdict_to_it() -> None:
    """A trial a year or more on often names its happening only by its year ("convicts man of murder
    in 2017 porch shooting"): any month of that year ties, as "last year" does; a year that names no
    happening ("since 2017", "the 1900 block", "in 2019 and"), or this year, ties nothing
    (bench/data/same_kind9 with dates: 0.794 before, 0.811)."""
    def months(text: str, day: str) -> list[str]:
        found = referred_months(art("a.txt", text), date.fromisoformat(day))
        return sorted(f"{m // 12}-{m % 12 + 1:02d}" for m in found)

    year_2017 = [f"2017-{m:02d}" for m in range(1, 13)]
    assert months("A jury convicted him of murder in the 2017 porch shooting.", "2018-09-20") == year_2017
    assert months("He was convicted in 2017 death of Jamal Griffin.", "2018-05-10") == year_2017
    assert months("It is the block's third shooting since 2017.", "2023-08-20") == []
    assert months("Shots were fired in the 1900 block of Elm Street.", "2023-08-20") == []
    assert months("She moved there in 2019 and opened a shop.", "2023-08-20") == []
    assert months("The 2023 homicide review counts 37 dead.", "2023-12-30") == []  # this year: no month said
    # the verdict joins the teen's killing on the porch: its first reports, the charges, the profile
    articles = reports("same_kind9")
    owner = owners(articles)
    assert len({owner[f"report-{n}.txt"] for n in ("032", "065", "084", "116", "137")}) == 1


def test_the_dead_named_days_on_with_the_age_the_first_reports_gave_are_theirs() -> None:
    """The first reports say "a 26-year-old woman"; the charges two days on name her, "Kiara Bledsoe,
    26": near in time, that ties them as a name would (bench/data/same_kind9 with dates: 0.811 before,
    0.819; the rest unchanged)."""
    shot = "A 26-year-old woman was shot and killed in her apartment at Parkside Gardens on Friday."
    charged = "Anthony Ruggiero was charged with murder in the death of Kiara Bledsoe, 26, at Parkside Gardens."
    other = "Marcus Bell, 31, was charged with murder in a killing at Parkside Gardens."

    def named(first: str, later: str, days_on: int) -> bool:
        articles = [art("a.txt", first, date="2018-03-02"),
                    art("b.txt", later, date=(date(2018, 3, 2) + timedelta(days=days_on)).isoformat())]
        times = pair_times(articles)
        return times.named([0], [1])

    assert unnamed_alike(frozenset({"bledsoe"}), frozenset({26}), frozenset(), frozenset({26}))
    assert named(shot, charged, 3)
    assert not named(shot, charged, 40)  # weeks on, an age alone ties nothing
    assert not named(shot, other, 3)  # another age: another person
    articles = reports("same_kind9")
    owner = owners(articles)
    assert owner["report-003.txt"] == owner["report-053.md"]  # "Chantal Barnes", a woman shot dead at home
    assert owner["report-030.md"] == owner["report-081.txt"]  # the arrest two weeks on


def test_a_name_given_with_an_age_only_beyond_the_lead_is_a_recaps() -> None:
    """A new shooting's report that recalls "Lakeisha Porter, 31" further down mentions her, but she is
    not its own: it is no acquaintance of her vigil four years before (bench/data/same_kind9: without
    dates 0.678 before, 0.700; with dates 0.819, 0.837)."""
    recap = ["Two men were wounded in a drive-by shooting late Saturday on West Garfield Avenue.",
             "The men, 23 and 30, were standing in front of a house.", "Both were taken to hospital.",
             "In April 2019, Lakeisha Porter, 31, was killed on the same block by a stray bullet."]
    profile = ["Lakeisha Porter, 31, served lunch to 400 children a day.", "Her block remembers her."]
    names = frozenset({"porter"})
    undated_recap = [*recap[:3], "Lakeisha Porter, 31, was killed on the same block by a stray bullet."]
    old = who_of(undated_recap, "Two wounded on West Garfield Avenue", names, names)
    assert old.aged == frozenset() and old.mentioned == names  # mentioned, not its own
    assert who_of(profile, "Everybody's auntie", names, names).aged == names
    owner = grouped("same_kind9")
    assert owner["report-121.md"] == owner["report-103.txt"] == owner["report-040.txt"]  # the vigil, days on
    assert owner["report-021.txt"] != owner["report-121.md"]  # the 2023 shooting that recalls her


def test_a_name_recalled_in_a_sentence_that_names_a_year_is_no_mention() -> None:
    """A new shooting's report that recalls an old one with its year ("Rubén Núñez was killed in the parking lot in
    April 2017") tells of that one as past: the name ties it to no report of that shooting, which it would otherwise
    be acquainted with however far apart in time (people.acquainted; most reports here are undated). The same name in
    a sentence without a year, or in the title, is a mention: a trial's "the death of Rubén Núñez" (bench/data/
    same_kind9 without dates 0.852 -> 0.871, with dates 0.917 -> 0.932; same_kind3 with dates 0.979 -> 1; the rest
    and ECB+ dev unchanged)."""
    recap = ["A man was shot and killed in the parking lot of the Rusty Spur late Saturday, police said.",
             "It is the third shooting at the Rusty Spur since 2017.",
             "Rubén Núñez was killed in the parking lot in April 2017, and two men were wounded there in January 2020."]
    names = frozenset({"nunez"})
    assert who_of(recap, "Man killed at Rusty Spur", frozenset(), names).mentioned == frozenset()
    trial = ["Jurors acquitted Wade Teague in the death of Rubén Núñez, who was shot outside the Rusty Spur."]
    assert who_of(trial, "Jury acquits Wade Teague", frozenset(), names).mentioned == names
    assert who_of(recap, "Rubén Núñez's family asks for answers", frozenset(), names).mentioned == names
    owner = grouped("same_kind9")  # the 2020 shooting at the Rusty Spur recalls the 2017 killing there
    assert owner["report-130.txt"] != owner["report-048.md"] == owner["report-125.txt"] == owner["report-135.md"]
    owner = grouped("same_kind3")  # a round-up of three crashes at one crossing joins the latest one
    assert owner["report-007.txt"] == owner["report-015.txt"] == owner["report-022.txt"] == owner["report-044.txt"]


def test_the_dead_named_days_on_for_the_day_the_first_reports_told_of_are_theirs() -> None:
    """The first reports of a fire give no age ("A man died in a fire ... on Monday night"); the coroner
    names him three days on ("The man found dead after Monday night's fire ... was Dale Hornick, 58"):
    one day told by its weekday ties them, and vouches for the one first report most like the naming
    (bench/data/same_kind8 with dates: 0.934 before, 0.939; no round-up bridged in the sparse draws)."""
    first = art("a.txt", "A man died in a fire at a row house on Furnace Street on Monday night.", date="2024-03-12")
    assert told_days(first, date(2024, 3, 12)) == frozenset({date(2024, 3, 11).toordinal()})
    assert told_days(first, None) == frozenset()
    later = "The man found dead after Monday night's fire on Furnace Street was Dale Hornick, 58, the coroner said."
    other = "The man found dead after Saturday's fire on Furnace Street was Dale Hornick, 58, the coroner said."

    def times(text: str, day: str) -> timegap.PairTimes:
        articles = [first, art("b.txt", text, date=day)]
        return pair_times(articles, told=True)

    assert times(later, "2024-03-15").named([0], [1]) and times(later, "2024-03-15").vouches(0, [1])
    assert not times(other, "2024-03-15").named([0], [1])  # another day: another fire
    assert not times(later, "2024-04-15").named([0], [1])  # a month on, a weekday says nothing
    owner = grouped("same_kind8")
    assert owner["report-044.txt"] == owner["report-037.txt"] == owner["report-049.txt"]


def test_the_coroners_naming_alone_ties_the_first_reports_to_what_follows_it_by_the_name() -> None:
    """The first reports say "a 22-year-old woman"; the coroner names her three days on ("Yolanda Scarborough,
    22"); a year on, "One year later, no arrest in Yolanda Scarborough's killing" joins the naming by the name.
    The naming is the one witness on its side (PairTimes.names_alone), and the link may rest on it; a recap that
    names two people with their ages is no such witness (bench/data/same_kind13 with dates: 0.913 before, 0.917;
    same_kind9 0.849 -> 0.862, same_kind8 0.939 -> 0.950)."""
    first = ["A 22-year-old woman was shot and killed Saturday night in the 1100 block of Hogshead Lane.",
             "Police said a 22-year-old woman died at the scene on Hogshead Lane in Tobacco Row."]
    naming = "The woman killed in Tobacco Row was Yolanda Scarborough, 22, the coroner said."
    recap = ("Yolanda Scarborough, 22, was killed in Tobacco Row on Saturday, the coroner said.",
             "Ruben Ashworth, 40, was killed in Stave Hill the same night.")
    later = "A year on, no one has been arrested in the killing of Yolanda Scarborough in Tobacco Row."

    def times(*second: str) -> timegap.PairTimes:
        articles = [art("a.txt", first[0], date="2017-03-05"), art("b.txt", first[1], date="2017-03-05"),
                    art("c.txt", *second, date="2017-03-08"), art("d.txt", later, date="2018-03-05")]
        return pair_times(articles)

    assert times(naming).names_alone(2, [0, 1]) and times(naming).named([2, 3], [0, 1])
    assert not times(*recap).names_alone(2, [0, 1]) and not times(*recap).named([2, 3], [0, 1])
    owner = grouped("same_kind13")
    assert len({owner[name] for name in ("report-0287.txt", "report-0096.txt", "report-0300.md",
                                         "report-0058.txt")}) == 1
    owner = grouped("same_kind9")  # the Sunrise Food Mart's clerk, named days on, and his killer's plea
    assert len({owner[f"report-{n}.md"] for n in ("005", "062", "092")} | {owner["report-067.txt"]}) == 1


def test_a_lone_first_report_meets_the_naming_of_its_dead_by_that_reports_own_likeness() -> None:
    """"A 31-year-old man was killed Sunday night"; the next day the coroner names him ("Tavian Threlkeld, 31"),
    and the arrest, the trial and the sentence join the naming by the name. That group's mean with the first
    report is far below any threshold; its naming's is not (PairTimes.naming_mean). Damped as the groups are:
    the naming of a woman of 36 who died of Monday's shooting is no link to Tuesday's man of 41."""
    first = "A 31-year-old man was killed Sunday night in Ridley Bluff, police said."
    naming = "The man killed in Ridley Bluff was Tavian Threlkeld, 31, the coroner said."
    other = "The man killed in Ridley Bluff was Tavian Threlkeld, 35, the coroner said."
    trial = "Jurors heard opening statements in the trial over the killing of Tavian Threlkeld."

    def times(second: str) -> timegap.PairTimes:
        articles = [art("a.txt", first, date="2015-07-06"), art("b.txt", second, date="2015-07-07"),
                    art("c.txt", trial, date="2016-12-31")]
        return pair_times(articles)

    found = times(naming)
    assert found.namer == [False, True, False]
    cosine = float(found.matrix.take([0]).matmul_t(found.matrix.take([1])).toarray()[0, 0])
    assert cosine > 0 and found.naming_mean([0], [1]) == pytest.approx(cosine)
    assert found.naming_mean([0], [2]) == 0.0  # the trial names him with no age: no naming
    assert times(other).naming_mean([0], [1]) == 0.0  # another age: another man
    owner = grouped("same_kind13")
    assert owner["report-0504.txt"] == owner["report-0659.txt"] == owner["report-0434.txt"]
    assert owner["report-0492.md"] != owner["report-0021.md"]


def test_without_dates_the_naming_of_the_one_age_a_first_report_gave_ties_them() -> None:
    """Undated, a name ties nothing (one person is in the news years apart), but "identified as Tyler Kowalski,
    16" names the dead of "16-year-old shot and killed at Hollister Park": one report names one person with an
    age, the other no one but gives that age alone (PairTimes.names_undated_dead; bench/data/same_kind9 without
    dates 0.746 -> 0.758). A report that gives two ages, its own dead's and a recalled girl's, is tied by neither.
    (In that corpus the New Year's party on Ochoa Street, report-079, joins Ximena Ávila's killing all the same
    since grouping reads "Ávila" as "Avila": its recap of her shares enough words with the reports of her case.)"""
    first = "A 16-year-old was shot and killed on the basketball courts at Hollister Park, police said."
    naming = "The teen killed at Hollister Park was Tyler Kowalski, 16, the medical examiner said."
    recall = "A 23-year-old man was killed at a party on Ochoa Street, doors from where a girl, 9, died in 2020."
    other = "The girl killed on Ochoa Street in 2020 was Ximena Avila, 9, the medical examiner said."

    def times(*texts: str) -> timegap.PairTimes:
        articles = [art(f"{k}.txt", text) for k, text in enumerate(texts)]
        return pair_times(articles)

    assert times(first, naming).names_undated_dead(0, 1) and times(first, naming).named([0], [1])
    assert not times(recall, other).names_undated_dead(0, 1) and not times(recall, other).named([0], [1])
    owner = grouped("same_kind9", "no_dates")
    assert owner["report-030.md"] == owner["report-081.txt"]  # the Tomochichi Park cookout, and the arrest


def test_without_dates_the_naming_of_the_one_age_two_first_reports_gave_is_one_witness_for_both() -> None:
    """Two undated first reports give a man of 44 killed at Millpond Park; "Victim in Millpond shooting identified as
    Wesley Scarborough, 44" names him, and a remembrance of Wesley Scarborough joined the naming. The naming is the
    one witness on its side, as it is for dated reports (PairTimes.names_alone: undated, its naming is
    names_undated_dead's), and the two groups' link may rest on it (bench/data/same_kind13 without dates 0.877 ->
    0.880, same_kind9 0.812 -> 0.818; held out: shootings 0.822 -> 0.859, 0.861 -> 0.866, 0.814 -> 0.816, stabbings
    0.959 -> 0.944)."""
    first = ["A 44-year-old man was shot and killed at Millpond Park late Saturday, police said.",
             "Police said a 44-year-old man died at Millpond Park after a shooting on Saturday night."]
    naming = "The victim in the Millpond Park shooting was identified as Wesley Scarborough, 44, of the Northside."
    articles = [art("a.txt", first[0]), art("b.txt", first[1]), art("c.txt", naming)]
    times = pair_times(articles)
    assert times.namer[2] and not times.namer[0]
    assert times.names_alone(2, [0, 1]) and times.named([0, 1], [2])
    recap = "Wesley Scarborough, 44, and Anh Quarles, 31, were killed at Millpond Park in 2021."
    articles[2] = art("c.txt", recap)
    times = pair_times(articles)
    assert not times.names_alone(2, [0, 1])  # two people named: a recap, no naming
    owner = grouped("same_kind13", "no_dates")
    assert len({owner[f"report-{n}.txt"] for n in ("0067", "0173", "0269", "0590")}) == 1


def test_a_surname_shared_years_apart_ties_nothing() -> None:
    """bench/data/same_kind13 with dates: "Hollis Quarles, 11", who died of a shooting in 2016, and Anh Quarles, killed
    in 2024, share a surname, and people are known here by their surnames; eight years apart, the name ties nothing
    (timegap.PEOPLE_TIE_DAYS), though within three years it lifts the damping of dates (a trial names its dead)."""
    killed = "Hollis Quarles, 11, who was shot in Grainline, died over the weekend, police said."
    trial = "Jurors heard opening statements in the trial of the man charged with killing Hollis Quarles."
    for later, tied in (("2018-10-21", True), ("2024-08-19", False)):
        articles = [art("a.txt", killed, date="2016-10-21"), art("b.txt", trial, date=later)]
        times = pair_times(articles)
        assert times.tied(0, 1) is tied, later
    owner = grouped("same_kind13")
    assert owner["report-0213.txt"] != owner["report-0401.txt"]


def test_the_first_reports_and_the_naming_of_their_dead_meet_the_charges_by_the_victims_name() -> None:
    """bench/data/same_kind13 with dates: two first reports of a woman of 67 wounded at the Ballard Fuel Depot, and
    nine days on "Aubree McQuarrie dies days after shooting" (her age ties it to them), make one group; "Mateo
    Ashworth, 31, arrested in Aubree McQuarrie case" and "Ashworth charged with murder in death of Aubree McQuarrie"
    another. Their headlines name one victim, but the charges share nothing with the first reports: the two groups'
    mean is 0.04, under any threshold, while the charges' mean with the report naming her is 0.12. Step 5 orders
    such a link by that mean (events.merge_groups: victim_mean) and holds it to FOLLOW_UP_COHESION, as a follow-up
    and its happening (same_kind13 with dates 0.931 -> 0.935, without 0.882 -> 0.885; the rest unchanged). The
    same for Brielle Ruelas, who died days after the shooting at the 1400 block of Cooperage Road."""
    owner = grouped("same_kind13")
    assert len({owner[name] for name in ("report-0154.txt", "report-0195.md", "report-0617.md", "report-0260.md",
                                         "report-0681.md")}) == 1
    assert len({owner[name] for name in ("report-0021.md", "report-0128.txt", "report-0383.txt", "report-0529.md",
                                         "report-0583.md")}) == 1




def test_the_naming_of_the_first_reports_dead_ties_them_to_the_group_it_joined_by_the_name() -> None:
    """bench/data/same_kind13 with dates: two first reports of a man of 44 killed in Old Mill Village; two days on,
    "Victim in Old Mill Village shooting identified as Wesley Quarles, 44", which joined "No charges for officer who
    shot Wesley Quarles" and the family's lawsuit by the name. Those share nothing with the first reports, so the two
    groups are far less alike than each is within, less than even FOLLOW_UP_COHESION asks; the naming of their dead
    (PairTimes.names_alone) ties them all the same, in a group of any size, and their link may rest on it: the
    coroner's naming of Jazmyne Tuiasosopo, the arrest, the trial, the verdict and the sentence meet the two first
    reports of a woman of 26 killed in Landing Hill, and Ruben Okonkwo-Barnes's naming, vigil, arrest, charges, plea
    and sentence the two of a man of 23 killed at the Colonial Court Motel (same_kind13 with dates 0.935 -> 0.944,
    without 0.885 -> 0.887; the rest and ECB+ dev unchanged)."""
    owner = grouped("same_kind13")
    assert len({owner[name] for name in ("report-0179.txt", "report-0221.txt", "report-0575.txt", "report-0525.txt",
                                         "report-0713.txt")}) == 1
    assert len({owner[name] for name in ("report-0072.txt", "report-0693.txt", "report-0465.txt", "report-0130.md",
                                         "report-0139.md", "report-0385.txt", "report-0657.txt")}) == 1
    assert len({owner[name] for name in ("report-0338.txt", "report-0621.txt", "report-0170.txt", "report-0202.txt",
                                         "report-0256.md", "report-0370.txt", "report-0402.txt",
                                         "report-0558.md")}) == 1


def test_the_charges_naming_the_dead_and_the_accused_with_the_ages_the_first_reports_gave_name_their_dead() -> None:
    """"A 26-year-old woman was shot and killed", "police arrested a 29-year-old man, her former boyfriend"; two days
    on, the charges name both ("Kiara Bledsoe, 26", "Anthony Ruggiero, 29"). That report names its people each with
    an age (PairTimes.namer) and every age it gives is one the first reports gave: it names their dead alone. A recap
    naming two people, one of them with an age the first reports never gave, does not (bench/data/same_kind9 with
    dates 0.908 -> 0.917, the rest and ECB+ dev unchanged). Where the first reports gave no age, the naming of a mass
    shooting's dead ties them by the day they tell of (same_kind13 with dates 0.944 -> 0.947)."""
    first = ["A 26-year-old woman was shot and killed Friday at Parkside Gardens. Police arrested a 29-year-old man, "
             "her former boyfriend, in the parking lot.",
             "Police said a 26-year-old woman died at Parkside Gardens. A 29-year-old man was arrested at the scene."]
    charges = ("A judge set bond at $2 million for Anthony Ruggiero on a charge of murder in the death of Kiara "
               "Bledsoe. Bledsoe, 26, was shot in her apartment. A prosecutor said Ruggiero, 29, had been ordered "
               "to stay away from her.")
    recap = ("Kiara Bledsoe, 26, was killed at Parkside Gardens, and Ruben Ashworth, 40, was killed in Stave Hill the "
             "same night, police said.")

    def times(second: str) -> timegap.PairTimes:
        articles = [art("a.txt", first[0], date="2018-03-02"), art("b.txt", first[1], date="2018-03-02"),
                    art("c.txt", second, date="2018-03-05")]
        return pair_times(articles)

    assert times(charges).namer[2] and times(charges).names_alone(2, [0, 1])
    assert times(recap).namer[2] and not times(recap).names_alone(2, [0, 1])
    first = ["Seven people were shot Tuesday night at Millpond Park, police said. Four died at the scene.",
             "Four people were killed and three hurt when a gunman opened fire at Millpond Park on Tuesday night."]
    naming = ("The woman killed Tuesday night at Millpond Park was Anh Quarles, 45, the medical examiner said. The "
              "others killed were Hollis Lindqvist-Ray, 42, and Ngozi Yazzie-Cole, 25, the medical examiner said.")
    articles = [art("a.txt", first[0], date="2024-08-14"), art("b.txt", first[1], date="2024-08-14"),
                art("c.txt", naming, date="2024-08-17")]
    assert pair_times(articles, told=True).names_alone(2, [0, 1])  # they gave no ages: the day ties them
    owner = grouped("same_kind9")
    assert len({owner[name] for name in ("report-056.txt", "report-115.txt", "report-015.txt", "report-029.md",
                                         "report-058.txt")}) == 1
    owner = grouped("same_kind13")  # the Millpond Park shooting, its naming of the four dead, and what followed
    assert len({owner[f"report-{n:04d}.txt"] for n in (277, 380, 658, 550, 401, 569, 631, 248, 571, 100, 20)}) == 1


def test_a_sentence_that_names_the_dead_one_first_report_named_follows_them_all() -> None:
    """"Man who killed Officer Castañeda sentenced to life without parole", 17 months on, names the officer whom one
    of the first reports named with her age; the others, the day she was killed, named no one. The sentence is tied
    to that one by the name and follows up the rest (PairTimes.follow_up): it follows the whole group. A sentence
    that names no one of theirs follows none of them (bench/data/same_kind9 with dates 0.932 -> 0.945)."""
    first = ["A San Marcial police officer was shot and killed on a disturbance call Friday, police said.",
             "The fallen officer was identified as Lorena Castañeda, 31, a mother of two."]
    sentence = "The man who killed Officer Lorena Castañeda was sentenced to life without parole on Thursday."
    other = "The man who killed a clerk at the Pronto Mart was sentenced to life without parole on Thursday."

    def times(later: str) -> timegap.PairTimes:
        articles = [art("a.txt", first[0], date="2021-05-14"), art("b.txt", first[1], date="2021-05-15"),
                    art("c.txt", later, title="Man sentenced to life", date="2022-10-27")]
        return pair_times(articles)

    assert times(sentence).follows([0, 1], [2]) and not times(sentence).tied(0, 2)
    assert not times(other).follows([0, 1], [2])
    owner = grouped("same_kind9")
    assert len({owner[f"report-{n}"] for n in ("028.txt", "086.md", "093.txt", "095.md", "100.txt", "132.md")}) == 1



def test_first_reports_that_give_one_age_and_one_weekday_are_one_shooting_however_few_words_they_share() -> None:
    """Undated, "Homicide investigation under way after 27-year-old man killed in Stave Hill" (a shooting at the
    Staveview Court Apartments Monday evening) and "27-year-old man killed in Kentucky shooting; no arrest" (Monday
    evening) share few words, but agree on the age and the weekday and on nothing else disagree
    (casualties.agree); a man of another age, or one shot on another day, is another shooting."""
    stave = casualty_facts("Homicide investigation under way after 27-year-old man killed in Stave Hill",
                           "A shooting at the Staveview Court Apartments Monday evening left a 27-year-old man dead.")
    wire, older, friday = (casualty_facts(f"{age}-year-old man killed in Kentucky shooting; no arrest",
                                          f"Police seek a gunman after a {age}-year-old man was killed {day}.")
                           for age, day in ((27, "Monday evening"), (29, "Monday evening"), (27, "Friday evening")))
    assert agree(stave, wire) and agree(wire, stave)
    assert not agree(stave, older) and not agree(stave, friday)
    assert not agree(stave, casualty_facts("Man killed in Stave Hill"))  # no age, no weekday: nothing to agree on
    owner = grouped("same_kind13", "no_dates")
    assert owner["report-0288.txt"] == owner["report-0567.txt"]
    assert owner["report-0155.md"] == owner["report-0666.txt"]  # a man of 40 wounded on Tuesday, twice


def test_without_dates_a_follow_up_that_names_the_others_people_and_nobody_else_asks_a_follow_ups_cohesion() -> None:
    """Undated, a vigil for the Vang brothers follows up the report that names Tou and Pheng Vang with their ages
    (PairTimes.named, strict, as follows_up asks): the two need only be as cohesive as a follow-up and its
    happening. A name alone still makes no tie that lowers the threshold (a coach hired, then fired), and a report
    of its own dead that recalls the Vangs follows nothing up (bench/data/same_kind8 without dates 0.883 -> 0.897)."""
    naming = "Firefighters found Tou Vang, 12, and Pheng Vang, 15, in an upstairs bedroom, the medical examiner said."
    vigil = "Wrestling mats, candles and a long silence: the school remembered the Vang brothers on Friday."
    recall = "Maya Lor, 9, died in a house fire on Elm Street, a block from where the Vang brothers died last winter."
    times = pair_times([art("a.txt", naming), art("b.txt", vigil), art("c.txt", recall)])
    assert times.follows_up([0], [1]) and times.follows_up([1], [0])
    assert not times.named([0], [1])  # not strict: no tie of its own, undated
    assert not times.follows_up([0], [2])  # names a girl of its own with her age: a new fire's report
    owner = grouped("same_kind8", "no_dates")
    # "Wrestling mats, candles and a long silence for the Vang brothers" and "Two die in Pine Street house fire"
    assert owner["report-025.txt"] == owner["report-067.txt"]


def test_a_follow_up_whose_text_ties_it_joins_below_the_mingled_threshold() -> None:
    """bench/data/same_kind9 with dates: "Girl, 9, killed as gunmen spray Ochoa Street house" (August 2020) and the
    arrests, the funeral, the plea and "Gunman sentenced to life for killing Ximena Ávila" (February 2022), which name
    her or the drive-by's month, meet at a mean cosine of 0.082: below MINGLED_THRESHOLD, where a follow-up whose text
    ties it (PairTimes.follows) now joins as people named within days do (events.NAMED_THRESHOLD)."""
    owner = grouped("same_kind9")
    assert len({owner[name] for name in ("report-063.md", "report-073.txt", "report-013.md", "report-099.txt")}) == 1


def test_the_charges_verdict_and_profile_of_a_stray_bullets_victim_ask_a_follow_ups_cohesion() -> None:
    """bench/data/same_kind9 with dates: "Woman killed by stray bullet inside South End home" and two other first
    reports, and "Two men charged in death of South End mother hit by stray bullet", "Gunman convicted in Lakeisha
    Porter's death" and a profile of her, are one killing told in other words (linkage.FOLLOW_UP_COHESION, 0.2)."""
    owner = grouped("same_kind9")
    assert len({owner[name] for name in ("report-031.txt", "report-040.txt", "report-119.txt", "report-039.txt",
                                         "report-128.txt")}) == 1
