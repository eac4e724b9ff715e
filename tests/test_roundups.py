"""A round-up of several shootings is read as the one it leads with (tui.engine.roundups), so it joins that one's
reports at most and bridges none of the others."""

from __future__ import annotations

from tests.conftest import art, grouped
from tui.engine.articlefacts import corpus_facts
from tui.engine.casualties import FATAL, HURT, casualty_facts
from tui.engine.people import People
from tui.engine.roundups import lead_happening

WEEKEND = ["The unofficial start of summer in Larkmoor came with four shootings, Chief Annelise Prowse said Tuesday.",
           "Saturday evening, a 64-year-old man was killed in the 1400 block of Cooperage Road in Stave Hill.",
           "Neighbors said he had lived on the block for forty years.",
           "In Clayborne Park, a 24-year-old man was wounded at Clayborne Park early Sunday.",
           "The third shooting came early Monday, in the 1400 block of Cooperage Road: a woman was wounded.",
           "Tuesday night, a 41-year-old man was wounded in the 3600 block of Ballard Pike in Lower Larkmoor."]


def test_a_round_up_is_read_until_its_second_happening_with_its_lead_for_a_headline() -> None:
    title = "Larkmoor's Memorial Day weekend: four shootings in four neighborhoods"
    assert lead_happening(WEEKEND, title) == (WEEKEND[:3], WEEKEND[1])


def test_a_round_ups_lead_may_tell_its_people_by_their_ages_alone() -> None:
    """bench/data/same_kind23 with dates: "Six shot in violent weekend across Elkhorn Falls" leads with a drive-by at
    Lindell Park, whose shot it tells by their ages alone; read from its second happening, a man shot at Cottonwood
    Court, it joined that one's report."""
    texts = ["Six people were shot in four separate incidents across Elkhorn Falls over the weekend.",
             "It began at Lindell Park at about 7:45 p.m. Saturday, when gunfire from a passing car hit the courts.",
             "A 19-year-old and a 23-year-old were wounded as families fled the nearby playground.",
             "Around 2:10 a.m. Sunday, a 35-year-old man was shot at the Cottonwood Court Apartments.",
             "Sunday afternoon, a 41-year-old man was shot in the leg outside a store on Vinton Road."]
    assert lead_happening(texts, "Six shot in violent weekend") == (texts[:3], texts[2])
    owner = grouped("same_kind23", "with_dates")
    assert owner["report-015.md"] == owner["report-039.md"] != owner["report-081.md"]


def test_a_summary_that_counts_the_shot_is_no_happening() -> None:
    texts = ["Nine people were shot in Ashford between Friday night and early Monday, one of them fatally.",
             "On Sunday night, a 35-year-old man was shot to death at a backyard cookout on Pruitt Street.",
             "Early Monday, two men were wounded outside the Sahara Lounge on East Main Street.",
             "Five people were wounded in four shootings on the Eastside."]
    assert lead_happening(texts, "Violent weekend") == (texts[:2], texts[1])


def test_one_shooting_and_its_victims_one_by_one_is_no_round_up() -> None:
    mass = ["Five people were shot at a party at Millpond Park on Saturday night, police said.",
            "A 17-year-old boy was killed.", "A 20-year-old man was wounded in the leg.",
            "A 19-year-old woman was hurt as she ran."]
    assert lead_happening(mass, "Five shot at Millpond Park") == (mass, "Five shot at Millpond Park")
    two = WEEKEND[:4]  # two happenings are a report and what it recalls, not a round-up
    assert lead_happening(two, "Man killed") == (two, "Man killed")


def test_a_round_ups_people_are_its_lead_happenings() -> None:
    """Its facts come from its lead's sentence: the man of 64 killed on Cooperage Road, not the wounded after him."""
    (_, who), = corpus_facts([art("r.txt", *WEEKEND, title="Larkmoor's Memorial Day weekend: four shootings")])
    assert who.ages == frozenset({64})
    assert {"age 64", "fatal"} <= who.cost


def test_people_read_alone_read_a_round_up_as_grouping_does() -> None:
    """People.of (an older kept grouping's roster, read again when a report joins it) reads a round-up as its lead
    happening, as corpus_facts does for the grouping itself: else its later happenings' people would tie it there."""
    articles = [art("r.txt", *WEEKEND, title="Larkmoor's Memorial Day weekend: four shootings"),
                art("s.txt", "Dana Reyes, 24, was wounded at Clayborne Park early Sunday.", title="Man wounded")]
    grouping = [who for _, who in corpus_facts(articles)]
    assert [People.of(articles).who(k) for k in range(2)] == grouping
    assert People.of(articles).ages[0] == frozenset({64})


def test_undated_round_ups_join_their_lead_happenings_reports() -> None:
    """bench/data/same_kind13 without dates: read whole, "Fallowmere's 2019 in killings" (a man of 37 killed in the
    1900 block of Oakshade Road, then three more) joined two reports of a man of 22 killed there in 2025, and
    "Independence Day gunfire across Tallowell" joined a man wounded at the Sunflower Rest Inn two years on. Read as
    their lead happenings they join its reports (same_kind13 without dates 0.907 -> 0.913)."""
    owner = grouped("same_kind13", "no_dates")
    assert owner["report-0009.md"] == owner["report-0488.txt"] != owner["report-0350.md"]
    assert owner["report-0700.md"] == owner["report-0204.md"] != owner["report-0249.txt"]


REVIEW = ["Millbrook's deadliest year began nine days in, when Rafael Ocampo, a 41-year-old baker, was shot outside "
          "his shop on Tanner Street on the night of Jan. 9.",
          "No one has been charged in his death.",
          "By Friday, 29 more people had been killed in the city, police said.",
          "The worst night came May 30, when three young men were shot to death outside a pool hall on Grove Road.",
          "A retired teacher was struck by a stray round as she read on her porch in August.",
          "In October, two cousins were killed in separate shootings a week apart."]


def test_a_years_review_is_read_until_its_second_happening() -> None:
    """A year's review tells its happenings in prose ("a 41-year-old baker", "two cousins"), each in its month: it
    is read as the first, as a weekend's round-up is."""
    assert lead_happening(REVIEW, "A record year of loss in Millbrook") == (REVIEW[:3], REVIEW[0])


def test_a_reviews_month_may_stand_just_before_its_shooting() -> None:
    texts = ["The shot people talked about most this year killed no one.",
             "It came a little before 10 p.m. on July 5, in the parking lot of the Cedar Glen Apartments.",
             "A 7-year-old girl sitting on her front steps was hit in the shoulder.",
             "In November, Terrence Albright, 31, was shot to death in a shopping center's parking lot.",
             "In March, a 66-year-old man was killed during a home invasion in Bellhaven."]
    assert lead_happening(texts, "Fewer killings, but 2019 left deep marks") == (texts[:3], texts[2])


def test_one_shootings_months_are_no_review() -> None:
    """A trial names the months of the shooting, the arrest and the verdict, but tells of one shooting."""
    trial = ["Darius Cole was convicted Thursday of killing four people at a graduation party in June 2021.",
             "Cole was arrested in July, weeks after the victims were shot through the front window.",
             "In March, a judge ruled that his statements to detectives could be heard by the jury.",
             "Three others were wounded that night."]
    assert lead_happening(trial, "Jury convicts Cole") == (trial, "Jury convicts Cole")


def test_an_undated_years_review_joins_its_first_happenings_reports() -> None:
    """bench/data/same_kind18 without dates: read whole, "A record year of loss: Ardell ends 2021 with 38 homicides"
    (a roofer shot on Santa Fe Street on Jan. 2, then the graduation party killings of June 13 and two more) joined
    the first report of the party's four dead; read as the roofer's killing, it joins its reports (same_kind18
    without dates 0.791 -> 0.803)."""
    owner = grouped("same_kind18", "no_dates")
    assert owner["report-058.md"] == owner["report-006.md"] != owner["report-009.md"]


def test_a_review_of_a_years_homicides_leads_with_a_killing() -> None:
    """A review of a year's homicides tells killings, though its sentence may say "was shot" alone: its lead
    happening's headline is read as a killing, and agrees with that killing's reports."""
    texts = ["January: Rafael Núñez, 31, a roofer, was shot Jan. 14 in the carport of his Alameda Street apartment.",
             "His landlord was charged days later.",
             "March: Kiara Dawson, 19, was shot to death on March 3 outside a party.",
             "June: Two brothers were killed on June 9 at their home on Otoe Street."]
    sentences, headline = lead_happening(texts, "Eleven lives: Elkhorn Springs homicides of 2018, month by month")
    assert sentences == texts[:2] and headline is not None
    assert FATAL in casualty_facts(headline) and HURT not in casualty_facts(headline)
    # a review of a year's gun violence tells the wounded too
    _, headline = lead_happening(texts, "A year of gunfire in Elkhorn Springs, month by month")
    assert headline == texts[0] and HURT in casualty_facts(headline)


def test_a_review_of_homicides_joins_its_lead_killings_reports() -> None:
    """bench/data/same_kind26 without dates: "Eleven lives: Elkhorn Springs homicides of 2018", whose lead sentence
    says the roofer "was shot", was read as of someone hurt and kept from "Man found shot to death outside Alameda
    Street apartments" (0.876 before, 0.883)."""
    owner = grouped("same_kind26", "no_dates")
    assert len({owner[name] for name in ("report-019.md", "report-051.md", "report-076.md")}) == 1
