"""What headlines say of the dead and the hurt keeps two happenings at one place apart when no date
does (issue 14: "same place, same kind, different years merged"), and gives way to dates where
both reports have them: a victim critically hurt on Saturday may die on Friday."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import art, grouped, kind_reports
from tui.engine.casualties import (
    ACCUSED,
    DEAD,
    DEAD_COUNT,
    FATAL,
    FEMALE,
    FOLLOW_UP,
    HURT,
    MALE,
    ONE_DEAD,
    casualty_facts,
    clock_facts,
    disagree,
    told_facts,
)
from tui.engine.events import group_events
from tui.engine.mechanisms import FALL
from tui.engine.model import Article
from tui.engine.people import HEADLINE_DAMPING, People, acquainted, who_of
from tui.engine.recalledyears import AFTER
from tui.engine.sparse import CSR
from tui.engine.streetblocks import BLOCK, STREET
from tui.engine.timegap import PairTimes
from tui.engine.victims import same_victim


@pytest.mark.parametrize(("title", "facts"), [
    ("Woman shot and killed at Parkside Gardens; ex-boyfriend in custody", {FATAL, FEMALE, ONE_DEAD, ACCUSED,
                                                                         "amid domestic"}),
    ("2 men wounded in shooting outside Rusty Spur ice house", {HURT, MALE}),
    ("KXSM News: Man killed after softball game at Mission Park", {FATAL, MALE, ONE_DEAD}),
    ("Boy, 15, killed on Laurel Street; police say he was not the target", {FATAL, MALE, ONE_DEAD, "age 15",
                                                                          f"{STREET}laurel street"}),
    ("14-year-old girl hit by stray bullet while watching fireworks", {FEMALE, "age 14", "amid stray"}),
    ("Teen shot walking home at Las Brisas Apartments", {HURT}),  # shot, no word of death: hurt
    ("Gunman kills 4, wounds 11 at Velvet Room", {FATAL, DEAD, f"{DEAD_COUNT}4"}),  # people died, whoever was hurt
    ("Man shot dead outside Eastwood ice house", {FATAL, MALE, ONE_DEAD}),
    ("25-year-old man shot to death at Millpond Park", {FATAL, MALE, ONE_DEAD, "age 25"}),  # one dead, not four
    ("Woman stabbed to death in her Elm Street flat", {FATAL, FEMALE, ONE_DEAD, f"{STREET}elm street"}),
    ("Two killed in roof fall at Indiana underground coal mine", {FATAL, DEAD, FALL, f"{DEAD_COUNT}2"}),
    ("1 dead, 2 hurt in rack collapse at Dunmore warehouse", {FATAL, ONE_DEAD, f"{DEAD_COUNT}1"}),
    ("Worker killed in fall at Heartland Grain elevator", {FATAL, ONE_DEAD, FALL}),
    # a 14-year-old is one, and "mother of three" is one woman
    ("Fourth of July gunfire at Cannery Park kills 14-year-old, wounds six", {FATAL, "age 14"}),
    ("Bus driver and mother of three killed outside her Eastgate home", {FATAL}),
    # drownings, rescues and fires say it in their own words
    ("Teen drowns at Devil's Elbow, fourth since 2016", {FATAL, f"{AFTER}2016"}),  # the others came before
    ("Four rescued at Crescent Beach on extended lifeguard weekend", {HURT}),
    ("Two tubers freed from Devil's Elbow logjam", {HURT}),
    ("Three children die in Flats row house fire; grandmother escapes", {FATAL, DEAD, f"{DEAD_COUNT}3"}),
    ("Kiteboarder who saved boy in Lake Huron rip current receives bravery award", set()),
    # critically hurt: may yet die ("Man burned in Millrace Street fire has died"), so no cost is stated
    ("Man critically wounded in shooting outside Tilly's Tavern", {MALE}),
    ("Child in critical condition after aquatic centre pool incident", set()),
    # the men are the ones arrested; the girl killed is not the subject
    # aftermath: no age either, but the victim the headline names
    ("Two men arrested in drive-by that killed 9-year-old Ximena Avila", {FATAL, "victim ximena avila", ACCUSED,
                                                                          "amid drive-by"}),
    ("Man, 20, charged in killing of 17-year-old", {FATAL, ACCUSED}),  # the 20 is the accused's
    # an attempt killed no one (same_kind21 without dates 0.951 -> 0.956, same_kind23 0.899 -> 0.906)
    ("Barred customer charged with attempted murder in Anchor shooting - The Ledger", {ACCUSED}),
    ("Teen charged with attempted homicide after park shooting", {ACCUSED}),
    ("57-year-old man hospitalized after gunfire at the Tumbleweed Tap - KTLW News 7", {HURT, "age 57"}),
    ("Police investigate shooting that injured 52-year-old man", {HURT, MALE, "age 52"}),  # whom it left hurt
    ("Man and woman found dead in home - WPCG News 4", {FATAL}),  # both: no sex stated
    ("Shooting in Cotton Row Sends 44-year-old Man to Hospital", {HURT, MALE, "age 44"}),  # sent there: hurt
    ("Two taken to the hospital after crash on Route 9", {HURT}),
    # a death in the happening itself, not days on
    ("Boy dies after falling through Birch Lake ice", {FATAL, MALE, ONE_DEAD}),
    ("Aubree McQuarrie dies days after shooting", {"victim aubree mcquarrie"}),
    # the wounded of the first reports, dead since; a family's plea for witnesses is no plea in court
    ("Teen wounded in park drive-by dies; family pleads for witnesses", {"amid drive-by"}),
    ("Brown pleads guilty to third-degree murder", {FATAL, ACCUSED, FOLLOW_UP}),
    ("Driver pleaded no contest in crash", {ACCUSED, FOLLOW_UP}),
    # a sentence, however the headline words it, is the accused's and months on
    ("Nebraska man gets two life terms for killing brothers in botched robbery",
     {FATAL, ACCUSED, FOLLOW_UP, "state nebraska", "amid robbery"}),
    ("Shooter in Bilge Tavern robbery gets 38 years", {ACCUSED, FOLLOW_UP, "amid robbery"}),
    ("Five years for rifleman; Kiara's mother says she forgives him", {ACCUSED, FOLLOW_UP}),
    ("Life without parole for man who killed clerk over $312", {FATAL, ACCUSED, FOLLOW_UP}),
    ("Heller gets 12 to 25 years for shooting ex-girlfriend in her home", {ACCUSED, FOLLOW_UP, "amid domestic"}),
    # a plea deal is a plea; a court's trying a teen as an adult holds him, weeks on, not months
    ("Man who shot Ruthie's owner takes plea deal", {ACCUSED, FOLLOW_UP}),
    ("Plea deal in killing of Latrice Embry at Forge Hill Homes", {FATAL, ACCUSED, FOLLOW_UP, "victim latrice embry"}),
    ("17-year-old to be tried as adult in football game shooting", {ACCUSED}),
    # a prosecutor's decision comes months on
    ("Colorado prosecutor clears officers in shopping center shooting", {FOLLOW_UP}),
    ("No charges in death of Amiyah Brooks, solicitor says", {FATAL, FOLLOW_UP, "victim amiyah brooks"}),
    ("DA declines to charge deputy who shot man during traffic stop", {FOLLOW_UP}),
    ("Lake Corrin beach cleared after 15-year-old wounded", {HURT, "age 15"}),  # a scene cleared, no one
    # who the one shot was: a profile, most often of the dead; alive, news says how they are
    ("Man shot at east side gas pump was father, youth football coach", {MALE}),
    ("Teen shot in park is in stable condition", {HURT}),
    ("Clerk shot at QuikFuel where colleague was killed in 2017", {HURT, "after 2017"}),
    ("Suspect in Velvet Room shooting arrested at motel", {ACCUSED}),
    ("Man killed in Ohio shooting; no arrest", {FATAL, MALE, ONE_DEAD, "state ohio"}),  # no one held yet
    ("Council bans charging e-bikes in apartment hallways", set()),
    (None, set()),
])
def test_a_headline_states_whom_its_happening_cost(title: str | None, facts: set[str]) -> None:
    assert casualty_facts(title) == facts


def test_first_reports_that_tell_of_days_apart_disagree() -> None:
    """"A man was shot and killed late Wednesday" and "a man was killed early Saturday": two first reports of two
    shootings, however alike their words (bench/data/same_kind13 without dates 0.620 -> 0.659, same_kind9 0.729 ->
    0.737; no pair of one happening's reports in the tuning corpora disagrees so)."""
    wednesday = casualty_facts("Man killed in Ohio shooting", "A man was shot and killed late Wednesday, police said.")
    saturday = casualty_facts("Man killed in Ohio shooting", "Police said a man was killed late Saturday.")
    sunday = casualty_facts("Man killed in Ohio shooting", "A man was shot and killed early Sunday, police said.")
    assert disagree(wednesday, saturday)
    assert not disagree(saturday, sunday)  # "late Saturday" and "early Sunday" may be one night
    # a follow-up's weekdays are its own: the charges, a vigil, a ruling
    assert told_facts("man charged in ohio killing", "A man was charged on Monday.") == set()
    assert told_facts("man killed in ohio shooting", "A jury on Monday found him guilty of the killing.") == set()
    assert casualty_facts("Vigil on Elm Street", "Hundreds gathered Monday where a man was shot.") == {
        f"{STREET}elm street"}  # its street, no day



def test_first_reports_that_tell_of_parts_of_days_apart_disagree() -> None:
    """"Two people were shot Sunday night" and "gunfire ... Monday evening killed a 23-year-old man": a day apart,
    which a shooting at midnight may be ("late Saturday", "early Sunday"), but a night and the next evening are not
    (bench/data/same_kind13 without dates 0.840 -> 0.857, same_kind6 0.827 -> 0.844, same_kind4 0.996 -> 1.000)."""
    def lead(when: str) -> frozenset[str]:
        return casualty_facts("Man shot in Lower Larkmoor", f"A man was shot {when} in Lower Larkmoor, police said.")

    assert disagree(lead("Sunday night"), lead("Monday evening"))
    assert disagree(lead("Monday morning"), lead("Monday night"))
    assert not disagree(lead("Sunday night"), lead("early Monday"))
    assert not disagree(lead("late Saturday"), lead("Sunday"))
    assert not disagree(lead("Monday afternoon"), lead("Monday evening"))
    assert not disagree(lead("late on Sunday"), lead("early Monday morning"))
    assert disagree(lead("late Sunday"), lead("Monday afternoon"))
    assert disagree(lead("late Sunday"), lead("Wednesday"))  # days apart, as before
    # a year on, the lead's weekday is the family's, not the shooting's
    assert told_facts("a year without anh", "A year after Anh Quarles was killed, her family still sets a place "
                                            "for them at Sunday dinner.") == set()
    owner = grouped("same_kind13", "no_dates")
    assert owner["report-0212.txt"] == owner["report-0498.md"] != owner["report-0411.md"] == owner["report-0533.txt"]


def test_first_reports_that_tell_of_times_of_day_apart_disagree() -> None:
    """Two shootings at one address years apart, the blotter's words alike but for the time the police were sent
    ("at 1:50 p.m.", "at 7:15 p.m."): two happenings. Times 90 minutes apart or more disagree, around midnight too,
    and only a time told of the happening counts: not a page's stamp, an arrest's, or one further down
    (bench/data/same_kind13 without dates 0.828 -> 0.840, with dates 0.919 -> 0.923; same_kind4 0.991 -> 0.996)."""
    def told(first: str, second: str = "") -> frozenset[str]:
        return casualty_facts("UPDATE: shooting victim at 500 CANAL STREET", first, f"{first} {second}")

    early = told("Officers were sent to the Ironworks Lofts at 1:50 p.m. for a report of shots fired.")
    late = told("Officers were sent to the Ironworks Lofts at 7:15 p.m. for a report of shots fired.")
    near = told("Police were called about 2:40 PM.", "A boy was pronounced dead.")
    assert disagree(early, late) and not disagree(early, near)
    assert not disagree(told("Shots rang out around 11:30 p.m."), told("It began just after 12:30 a.m."))
    assert disagree(told("Shots rang out around 11:30 p.m."), told("It began shortly before 9 pm."))
    # an hour apart may be one shooting's call and shots; an hour and a half is two (MINUTES_APART)
    assert not disagree(told("Police got the call at 10:40 p.m."), told("Shots rang out about 10 p.m."))
    assert disagree(told("Police got the call at 7:25 p.m."), told("Shots rang out about 9 p.m."))
    assert clock_facts("man killed", "police were called at 12 a.m. and found him at noon.") == {"clock 0"}
    assert clock_facts("man killed", "december 23, 2012 6:11 pm a man was killed.") == set()  # a page's stamp
    assert clock_facts("man charged in killing", "he was arrested at 3 p.m.") == set()  # aftermath
    assert "clock 1140" in told("A man was shot.", "Shots were fired at 7 p.m.")
    assert "clock 1140" not in told("A man was shot.", "He died at 7 p.m. at a hospital.")  # the death's time
    texts = ["A man was shot.", "He was taken to a hospital.", "Shots were fired at 7 p.m."]  # a third sentence
    assert "clock 1140" not in who_of(texts, "Man shot", frozenset(), frozenset()).cost
    assert "clock 1140" in who_of(texts[::2], "Man shot", frozenset(), frozenset()).cost
    owner = grouped("same_kind13", "no_dates")
    assert owner["report-0230.md"] == owner["report-0446.txt"] != owner["report-0346.md"]  # a boy of 10; of 3


def test_a_time_of_day_outside_a_told_part_of_a_day_disagrees() -> None:
    """A blotter's "sent ... at 8:35 p.m." and a first report's "early Wednesday" (midnight to 9 a.m.): two
    happenings at one address, whichever weekday the blotter's was (same_kind13 without dates 0.864 -> 0.869, with
    dates 0.924 -> 0.926)."""
    def blotter(when: str) -> frozenset[str]:
        told = f"Officers were sent to the 1100 block of Bessemer Avenue at {when} for a report of shots fired."
        return casualty_facts("SHOOTING — 1100 BESSEMER AVENUE", told, told)

    evening, night = blotter("8:35 p.m."), blotter("3:25 a.m.")
    early = casualty_facts("Shooting in Furnace Flats sends 2 people to hospital", "A shooting in the 1100 block of "
                           "Bessemer Avenue early Wednesday left two people hurt, according to police.")
    assert disagree(evening, early) and disagree(early, evening)
    assert not disagree(night, early)
    late = casualty_facts(None, "A man was shot late Tuesday.")  # 8 p.m. to 3 a.m.: 1 a.m. is in it
    assert not disagree(late, casualty_facts(None, None, "Police were called at about 1 a.m."))
    assert disagree(late, casualty_facts(None, None, "Police were called at about 4 p.m."))


def test_the_day_told_right_after_the_deed_is_the_happenings_in_any_report() -> None:
    """"The man killed early Sunday in Sawmill Ridge was Wesley Yazzie-Cole, 35, the coroner said": a naming is
    aftermath, whose weekdays are its own ("said Monday"), but the one right after "killed" is the shooting's
    (same_kind13 without dates 0.862 -> 0.864)."""
    naming = casualty_facts("Coroner names man killed in Sawmill Ridge", "The man killed early Sunday in Sawmill "
                            "Ridge was Wesley Yazzie-Cole, 35, the coroner said Monday.")
    assert {"day 6", "span 144-153"} <= naming and "day 0" not in naming
    assert disagree(naming, casualty_facts("Man killed in Sawmill Ridge", "A man was shot Wednesday night."))
    assert not disagree(naming, casualty_facts("Man killed in Sawmill Ridge", "A man was shot late Saturday."))
    # a few words may stand between (same_kind9 without dates 0.770 -> 0.778, with dates 0.862 -> 0.872), not a
    # clause: the sentence's day is not the deed's
    assert told_facts("family remembers deshawn mabry", "the coroner identified mabry as the young man killed on a "
                      "porch late saturday.") == {"day 5", "span 140-147"}
    assert told_facts("man sentenced", "a man who shot his wife was sentenced monday.") == set()
    # a death days on is no deed's day; the shooting's is
    assert told_facts("man dies", "a man died monday, four days after he was shot thursday.") == {"day 3",
                                                                                                   "span 72-99"}


def test_no_arrest_yet_is_a_first_reports_word_not_aftermath() -> None:
    """"Man killed in Ohio shooting; no arrest": the headline says nothing has followed, so the lead's weekday and age
    are the happening's (bench/data/same_kind13 without dates 0.782 -> 0.802, its precision 0.768 -> 0.801)."""
    wednesday = casualty_facts("Man killed in Ohio shooting; no arrest",
                               "Police are looking for a gunman after a man was killed Wednesday afternoon.")
    monday = casualty_facts("Man killed in Ohio shooting; no arrest",
                            "Police are looking for a gunman after a man was killed Monday night.")
    assert "day 2" in wednesday and disagree(wednesday, monday)
    assert "age 20" in casualty_facts("20-year-old man killed; no arrests yet", None)
    assert told_facts("woman shot on elm", "A woman was shot Friday; no one has been arrested.") >= {"day 4"}
    # an arrest made is aftermath still: its weekday is the arrest's; only one told right after the deed counts
    assert told_facts("man arrested in ohio killing", "A man was arrested Tuesday.") == set()
    assert told_facts("man arrested in ohio killing", "A man was arrested Tuesday in the killing of a woman shot "
                      "late Monday on Elm Street.") == {"day 0", "span 20-27"}


def test_a_lead_in_the_active_voice_tells_of_its_happening() -> None:
    """"Gunfire in the 4500 block of Rimrock Drive early Sunday killed a 29-year-old man": its weekday, age and sex are
    the happening's as "a man was killed" gives them, so three shootings at one address under one templated headline
    keep apart (same_kind13 without dates 0.813 -> 0.822; held out: same_kind10 0.799 -> 0.808, same_kind11 0.813 ->
    0.820). Only a man, woman, boy, girl or teen so done to: "killed five people" in an earthquake's lead is not read
    (ECB+ dev kept at 0.950; "left"/"two" read too dropped it to 0.946 then). Session 29 read more ways of telling
    it (same_kind13 without dates 0.857 -> 0.862, same_kind6 0.844 -> 0.850; ECB+ dev kept at 0.950, its halves
    unchanged): "was crushed and killed" (two words between), "is dead", "after being shot", a count done to ("a
    gunman killed two people", "shot and wounded a driver"), "left two people hurt", "opened fire", "fired shots",
    "fell to his death"."""
    title = "Another shooting in 4500 block of Rimrock Drive, the latest at a troubled address"
    sunday = casualty_facts(title, "Gunfire in the 4500 block of Rimrock Drive early Sunday killed a 29-year-old man.")
    friday = casualty_facts(title, "Gunfire on Rimrock Drive Friday night killed a 32-year-old woman.")
    assert {"day 6", "age 29", "male"} <= sunday and {"day 4", "age 32", "female"} <= friday
    assert disagree(sunday, friday)
    assert told_facts("quake hits coast", "The quake on Sunday killed five people.") == {"day 6", "span 144-171"}
    for lead in ("A press operator was crushed and killed on Tuesday.", "A man is dead after a shooting Tuesday.",
                 "A teen is recovering after being shot Tuesday.", "A gunman killed two people Tuesday.",
                 "An officer shot and wounded a driver Tuesday.", "A shooting Tuesday left two people hurt.",
                 "Someone opened fire on a porch Tuesday.", "A man fired several shots into a house Tuesday.",
                 "A roofer fell 30 feet to his death on Tuesday."):
        assert "day 1" in told_facts("x", lead.lower()), lead
    assert told_facts("x", "the council on tuesday passed an ordinance two years after a man was killed.") == set()
    # "left a 29-year-old woman dead" tells so too (same_kind13 without dates 0.822 -> 0.828; held out: same_kind12
    # 0.761 -> 0.765, with dates 0.870 -> 0.874); "a teenager" gives no sex
    left = casualty_facts("Another shooting in 3300 block of Bluffview Avenue", "A shooting in the 3300 block of "
                          "Bluffview Avenue Saturday evening left a 29-year-old woman dead, police said.")
    assert {"day 5", "age 29", "female"} <= left and disagree(left, sunday)
    assert told_facts("x", "gunfire early sunday killed a teenager.") == {"day 6", "span 144-153"}  # 0 to 9 a.m.
    # "died" tells of the happening too (same_kind6 without dates 0.822 -> 0.827, same_kind7 0.943 -> 0.955; held
    # out: same_kind11 0.820 -> 0.828, same_kind12 0.765 -> 0.780), but not a death days on
    assert told_facts("fight ends in fatal shooting", "A 44-year-old man died after he was shot late Saturday.") >= {
        "day 5", "age 44"}
    assert told_facts("man dies", "A man died Monday, four days after he was shot on Elm Street.") == set()
    # what followed, told with the happening after "after": a vigil's lead, not the happening's
    assert told_facts("neighbors take back their block", "Several hundred people filled the block on Thursday, four "
                      "days after a stray bullet killed a woman inside her home.") == set()


def test_one_hurt_who_died_since_does_not_disagree_with_the_first_reports() -> None:
    """"Aubree McQuarrie dies days after shooting" is the woman the first reports told was wounded: killed against
    hurt parts nothing there (same_kind13 without dates 0.806 -> 0.810). A death told as the happening still does."""
    wounded = casualty_facts("67-year-old woman wounded in Lower Larkmoor shooting")
    assert not disagree(wounded, casualty_facts("Aubree McQuarrie dies days after shooting"))
    assert not disagree(wounded, casualty_facts("Woman shot in Lower Larkmoor last week dies; case now a homicide"))
    assert disagree(wounded, casualty_facts("Woman killed in Lower Larkmoor shooting"))


def test_people_shot_whose_lead_tells_of_their_deaths_died() -> None:
    """"Multiple people shot at Dixon Pike bar; shooter sought", whose lead says "at least three are dead": "shot" in a
    headline says nothing of whether they lived, and the lead says they did not. It does not disagree with "4 dead, 3
    wounded in shooting at Tennessee sports bar" (it read as hurt against killed); a headline that says "wounded" is
    still hurt, and a lead that tells of no death leaves "shot" as hurt. No tuning figure moved (the first report
    stays apart from its shooting's later ones for its few shared words); held out, checked after: same_kind11 without
    dates 0.897 -> 0.918, same_kind12 0.839 -> 0.852, same_kind14 0.869 -> 0.863, same_kind10 0.908 -> 0.910."""
    title = "Multiple people shot at Dixon Pike bar; shooter sought | WMRT 5 Merriton"
    lead = "Several people have been shot at a bar on Dixon Pike late Saturday night, and at least three are dead."
    first = casualty_facts(title, lead)
    assert FATAL in first and HURT not in first
    assert not disagree(first, casualty_facts("4 dead, 3 wounded in shooting at Tennessee sports bar", "Four people "
                                              "were killed and three wounded late Saturday at a Merriton bar."))
    assert HURT in casualty_facts("Two wounded at Dixon Pike bar", "Two men were wounded and a third man died.")
    assert HURT in casualty_facts(title, "Several people have been shot at a bar on Dixon Pike late Saturday night.")


def test_reports_that_give_their_victim_ages_apart_disagree() -> None:
    """"57-year-old man hospitalized after gunfire at the Tumbleweed Tap" and "59-year-old man hospitalized ...":
    two shootings at one bar, told in one template (bench/data/same_kind13 without dates 0.659 -> 0.724, same_kind7
    0.907 -> 0.938; no pair of one happening's reports in the tuning corpora disagrees so)."""
    tap = "{}-year-old man hospitalized after gunfire at the Tumbleweed Tap"
    assert disagree(casualty_facts(tap.format(57)), casualty_facts(tap.format(59)))
    assert not disagree(casualty_facts(tap.format(57)), casualty_facts(tap.format(58)))  # a birthday, an estimate
    # the lead's age, where it tells of the happening; not a fine's digits
    lead = casualty_facts("Man wounded in Furnace Flats shooting", "Police say a 38-year-old man was wounded Monday.")
    assert "age 38" in lead and disagree(lead, casualty_facts(tap.format(33)))
    # a dispatch log's headline states no cost; its lead still tells of the one taken to hospital
    log = "UPDATE: shooting victim at 2200 BESSEMER AVENUE"
    first = casualty_facts(log, "Callers reported gunshots; a 38-year-old woman was taken to a hospital.")
    second = casualty_facts(log, "Callers reported gunshots Monday; a 24-year-old man was taken to a hospital.")
    bessemer = f"{BLOCK}2200 bessemer"
    assert first == {"age 38", FEMALE, bessemer} and second == {"age 24", "day 0", "span 0-27", MALE, bessemer}
    assert disagree(first, second)
    died = casualty_facts(log, "Callers reported gunshots; a 20-year-old man was pronounced dead at the scene.")
    assert {"age 20", MALE} <= died
    # and of whom: "a man was taken" is not "a 38-year-old woman was taken"
    assert disagree(casualty_facts(log, "Callers reported gunshots; a man was taken to a hospital."), first)
    fined = casualty_facts("Worker killed at press", "The agency fined Vantage $412,000, saying a worker was killed.")
    assert not any(fact.startswith("age") for fact in fined)
    both = casualty_facts("2 wounded on Canal Street", "A 20-year-old man and a 33-year-old man were wounded.")
    assert not disagree(both, casualty_facts(tap.format(33))) and not disagree(both, casualty_facts(tap.format(60)))


def test_the_age_a_first_reports_next_sentences_give_its_victim_is_told_too() -> None:
    """"A press operator was crushed and killed on Tuesday", then "He was identified as Wendell Ashby, 55": the age
    the next sentences give the one the lead told of is his, as one in the lead would be. Two first reports of press
    deaths at one plant years apart, one man of 55, the other of 24, disagree (bench/data/same_kind6 without dates
    0.857 -> 0.865), unless a sentence speaks of the arrest or names a year: there the age is another's."""
    title, lead = "Worker killed in press at Vantage Automotive", "A press operator was crushed and killed on Tuesday."
    ashby = casualty_facts(title, lead, following=["He was identified as Wendell Ashby, 55, of Halden."])
    brockman = casualty_facts(title, lead, following=["The coroner identified him as Tyler Brockman, 24, of Halden."])
    assert "age 55" in ashby and "age 24" in brockman and disagree(ashby, brockman)
    assert "age 50" in casualty_facts(title, lead, following=["The 50-year-old was changing dies on a press line."])
    assert "age 27" in casualty_facts(title, lead, following=["Officers found the man, 27, beside his car."])
    for other in ("Police identified the man arrested as Cody Lutz, 31.", "In 2016 the 27-year-old died there too."):
        assert not any(fact.startswith("age") for fact in casualty_facts(title, lead, following=[other])), other
    assert told_facts(title.lower(), "The agency fined Vantage on Tuesday.", ["He was identified as Ash Bee, 55."]) \
        == set()  # no first report: its sentences name whom they may
    owner = grouped("same_kind6", "no_dates")
    assert owner["report-100.md"] != owner["report-074.md"]  # Wendell Ashby, 55, and Tyler Brockman, 24
    # a man of 27 killed at the Rusty Spur years after Rubén Núñez, 44, is no report of his killing
    owner = grouped("same_kind9", "no_dates")
    assert owner["report-113.txt"] != owner["report-125.txt"]


def test_headlines_that_name_other_victims_or_years_disagree() -> None:
    """Charges, suits and vigils for different killings, told in one outlet's words ("Charges Filed in 2014
    Killing of Dorothea Ulloa", "Charges Filed in 2021 Killing of Hollis Saltonstall"): bench/data/same_kind13
    without dates 0.734 -> 0.747; no pair of one happening's reports in the tuning corpora disagrees so."""
    ulloa = casualty_facts("Charges Filed in 2014 Killing of Dorothea Ulloa")
    assert {"victim dorothea ulloa", "year 2014"} <= ulloa
    assert disagree(ulloa, casualty_facts("Charges Filed in 2021 Killing of Hollis Saltonstall"))
    assert disagree(casualty_facts("Charges filed in killing of Dorothea Ulloa"),
                    casualty_facts("Hundreds remember Hollis Saltonstall at vigil"))
    assert disagree(casualty_facts("Charges filed in 2014 killing"), casualty_facts("Trial opens in 2016 killing"))
    # one victim, named in other words: the same person
    assert not disagree(ulloa, casualty_facts("Hundreds remember Dorothea Ulloa at vigil"))
    assert not disagree(casualty_facts("Jury acquits Wade Teague in death of Rubén Núñez"),
                        casualty_facts("Núñez's killing: family sues bar"))
    # names with accented capitals: "Ávila", "Núñez"
    assert "victim ximena avila" in casualty_facts("Hundreds say goodbye to Ximena Ávila")
    # a profile's "Remembering X" (same_kind13 without dates 0.802 -> 0.806: five profiles of five victims, one event)
    assert disagree(casualty_facts("Remembering Cyrus Ulloa: 'He was going places'"),
                    casualty_facts("Remembering Anh Quarles: 'They was going places'"))
    assert "victim anh quarles" in casualty_facts("In memory of Anh Quarles, who loved the river")
    # "for killing X", "identified as X" (a victim, not a suspect so named); not "in X shooting", where X is as often
    # a place ("Arrest made in South End shooting": same_kind9 0.746 -> 0.742 when read so)
    assert "victim anh quarles" in casualty_facts("Ruelas gets 40 years for killing Anh Quarles")
    identified = casualty_facts("Victim in Millpond shooting identified as Wesley Scarborough, 44")
    assert "victim wesley scarborough" in identified
    assert casualty_facts("Suspect in Millpond shooting identified as Wesley Scarborough") == {ACCUSED}
    assert not any(f.startswith("victim") for f in casualty_facts("Arrest made in South End shooting"))
    assert not disagree(casualty_facts("Gunman sentenced to life for killing of Ximena Ávila"),
                        casualty_facts("Hundreds say goodbye to Ximena Avila"))
    # "in X case": the case is the victim's, as news names it
    assert disagree(casualty_facts("Cyrus Saltonstall, 18, arrested in Hollis Quarles case"),
                    casualty_facts("Sentence Handed Down in Hollis Saltonstall Case"))
    # a rank or a title is no part of the name: "Officer Lorena Castañeda" is the Lorena Castaneda mourned
    officer = casualty_facts("Thousands mourn Officer Lorena Castañeda")
    assert "victim lorena castaneda" in officer
    assert not disagree(officer, casualty_facts("Hundreds remember Lorena Castaneda at vigil"))
    # "the officer who shot X": X was shot, whatever the headline says of the officer after the name
    assert disagree(casualty_facts("No charges for officer who shot Jaquez Broadnax - WWGN Channel 3"),
                    casualty_facts("No charges for officer who shot Wesley Quarles - WWGN Channel 3"))
    assert "victim lorena castaneda" in casualty_facts("Deputy who fatally shot Lorena Castañeda won’t be charged")
    assert not disagree(casualty_facts("Deputy who shot Lorena Castañeda won't be charged"), officer)
    # a verb after the name ends it: "Family of Jaquez Broadnax sues the City of Wrenfield"
    assert disagree(casualty_facts("Family of Jaquez Broadnax sues the City of Wrenfield - WWGN Channel 3"),
                    casualty_facts("Family of Wesley Quarles sues the City of Wrenfield - WWGN Channel 3"))
    # the accused, and a place's capitals, are no victim
    assert not any(f.startswith("victim") for f in casualty_facts("Threlkeld charged with murder, pleads not guilty"))
    assert not any(f.startswith("victim") for f in casualty_facts("Man who shot South End mother sentenced"))
    assert casualty_facts("Two men charged in death of South End mother hit by stray bullet") == {FATAL, ACCUSED,
                                                                                                   "amid stray"}


def test_a_report_that_states_neither_age_does_not_bridge_two_that_disagree() -> None:
    """bench/data/same_kind13 without dates: "17-year-old teenager hurt in shooting at the Tumbleweed Tap" and
    "57-year-old man hospitalized after gunfire at the Tumbleweed Tap" met in step 4 through reports of the bar
    that give no age, where people apart took off only linkage.APART_DAMPING (same_kind13 0.757 -> 0.767,
    drownings 0.938 -> 0.943)."""
    owner = grouped("same_kind13", "no_dates")
    assert owner["report-0045.txt"] != owner["report-0148.txt"]


def test_a_shared_surname_does_not_tie_reports_whose_headlines_name_other_victims() -> None:
    """"Victim in Landing Hill shooting identified as Brody Ruelas, 76" and "Brielle Ruelas dies days after
    shooting": two people of one surname, whom the surname alone tied (bench/data/same_kind13 without dates
    0.767 -> 0.774, the rest unchanged)."""
    names = frozenset({"ruelas"})
    brody = who_of(["Brody Ruelas, 76, was killed on Landing Hill."],
                   "Prosecutor clears officer in killing of Brody Ruelas", names, names)
    brielle = who_of(["Brielle Ruelas, 30, died on Monday."], "Brielle Ruelas dies days after shooting", names, names)
    assert brody.damping(brielle) < 1.0
    again = who_of(["Brody Ruelas was 76."], "Hundreds remember Brody Ruelas at vigil", frozenset(), names)
    assert brody.damping(again) == 1.0
    pair = People.of_whos([brody, brielle, again])  # pair by pair (step 3) as group by group
    assert pair.damping(np.array([0, 0]), np.array([1, 2]), np.ones(2)).tolist() == [brody.damping(brielle), 1.0]
    # nor does it tie them across the years, as a victim named in a trial a year on is tied (timegap.PairTimes.tied)
    empty = CSR.from_coo(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0), (3, 1))
    times = PairTimes(empty, np.array([100, 465, 465]), [frozenset()] * 3, pair)
    assert not times.tied(0, 1) and times.tied(0, 2)


def test_trials_called_by_other_names_disagree() -> None:
    """"Jurors Hear Opening Statements in Hollis Saltonstall Trial" and "... in Tavian Threlkeld Trial": two trials.
    A trial may be called by the accused's name, so the name parts only two trials, not a trial and a victim's
    naming (same_kind13 without dates 0.869 -> 0.872; held out unchanged)."""
    saltonstall = casualty_facts("Jurors Hear Opening Statements in Hollis Saltonstall Trial")
    assert "trial hollis saltonstall" in saltonstall
    assert disagree(saltonstall, casualty_facts("Jurors Hear Opening Statements in Tavian Threlkeld Trial"))
    assert disagree(saltonstall, casualty_facts("Verdict expected in the Tavian Threlkeld murder trial"))
    assert not disagree(saltonstall, casualty_facts("Jury selection begins in Hollis Saltonstall trial"))
    assert not disagree(saltonstall, casualty_facts("Hundreds remember Tavian Threlkeld at vigil"))


def test_a_place_called_court_is_no_court_of_law() -> None:
    """"Magnolia Court" and "the courtyard" are places; "in court" is the aftermath (bench/data/same_kind13
    without dates 0.753 -> 0.757)."""
    facts = casualty_facts("Man killed in Magnolia Court courtyard shooting",
                           "A 24-year-old man was shot and killed in the courtyard on Saturday evening.")
    assert {"age 24", "day 5"} <= facts
    assert not any(f.startswith("age") for f in casualty_facts("Man, 19, appears in court over killing of 24-year-old"))
    assert told_facts("man killed on elm", "The 24-year-old man was shot, court records say.") == set()


def test_only_a_single_value_on_each_side_disagrees() -> None:
    assert disagree(frozenset({FATAL}), frozenset({HURT}))
    assert disagree(frozenset({FATAL, MALE}), frozenset({FATAL, FEMALE}))
    assert not disagree(frozenset({FATAL, MALE}), frozenset({FATAL}))
    assert not disagree(frozenset({FATAL, HURT}), frozenset({HURT}))  # a group whose reports say both
    assert not disagree(frozenset(), frozenset({HURT}))


def test_headlines_that_disagree_make_two_reports_apart_unless_a_name_ties_them() -> None:
    killed = who_of(["A man was killed at the Rusty Spur."], "Man killed at Rusty Spur", frozenset(), frozenset())
    hurt = who_of(["Two men were wounded at the Rusty Spur."], "2 men wounded at Rusty Spur", frozenset(), frozenset())
    assert killed.apart(hurt) and killed.damping(hurt) < 1.0
    names = frozenset({"nunez"})
    named = who_of(["Luis Nunez, 27, was killed at the Rusty Spur."], "Man killed at Rusty Spur", names, names)
    later = who_of(["Luis Nunez was wounded before he died."], "Man shot at Rusty Spur", frozenset(), names)
    assert not named.apart(later)  # acquainted: his name ties the two whatever the headlines say


BODY = ("{what} outside the Rusty Spur ice house on Eastwood Road late Saturday, San Marcial police said.",
        "Officers found {who} in the gravel parking lot after a fight spilled out of the bar.",
        "Police have not made an arrest and asked anyone with information to call Crime Stoppers.")


def report(path: str, title: str, what: str, who: str, date: str | None = None) -> Article:
    return art(path, *(line.format(what=what, who=who) for line in BODY), title=title, date=date)


def together(articles: list[Article]) -> bool:
    return len(group_events(articles)) == 1


def test_two_shootings_at_one_bar_told_in_the_same_words_are_two_events_by_their_headlines() -> None:
    killed = report("a.txt", "Man killed outside Rusty Spur ice house", "A man was shot and killed", "the man")
    wounded = report("b.txt", "2 men wounded outside Rusty Spur ice house", "Two men were shot and wounded",
                     "the two men")
    assert not together([killed, wounded])
    again = report("c.txt", "Man killed in shooting outside Rusty Spur", "A man was shot and killed", "the man")
    assert together([killed, again])


def test_dated_reports_days_apart_are_one_event_though_the_victim_died_between() -> None:
    """A victim wounded (not said to be critical) who dies days later: the dates tie the two reports."""
    def pair(first: str | None, then: str | None) -> list[Article]:
        return [report("a.txt", "Man wounded outside Rusty Spur ice house",
                       "A man was shot and wounded", "the man", first),
                report("b.txt", "Man shot outside Rusty Spur ice house has died",
                       "A man shot and wounded has died", "the man", then)]

    assert together(pair("2024-03-02", "2024-03-08"))
    assert not together(pair(None, None))  # no dates: the headlines are all there is to go on
    people = People.of(pair(None, "2024-03-08"))
    kept = people.undated(np.array([-1, 9]))
    assert FATAL in people.costs[1] and kept.costs[0] == people.costs[0]
    assert FATAL not in kept.costs[1] and MALE in kept.costs[1]  # whom it was done to lasts; the cost may change


def test_dated_reports_of_one_place_years_apart_keep_apart_by_whom_they_tell_of() -> None:
    """bench/data/same_kind13 with dates: "23-year-old man shot to death in 2200 block of Whitsett Avenue" (2015)
    and "49-year-old man hospitalized after gunfire in 2200 block of Whitsett Avenue" (2022), told in one outlet's
    words, met at a cosine their dates only halved; the ages they give last, whatever the dates (same_kind13 with
    dates 0.880 -> 0.895, same_kind9 0.845 -> 0.850, the rest and ECB+ dev unchanged)."""
    owner = grouped("same_kind13")
    assert owner["report-0439.txt"] == owner["report-0648.md"]
    assert owner["report-0537.md"] != owner["report-0439.txt"]


def test_a_shooting_years_later_at_one_bar_keeps_apart_on_the_bench_corpus() -> None:
    """bench/data/same_kind9 without dates: the 2023 killing at Tomochichi Park (report-030) keeps apart from the
    2019 shooting that wounded two there (report-004), and the 2020 shooting that wounded two men outside the Rusty
    Spur (report-130) is damped against the 2017 killing there (report-048). (Since grouping reads "Núñez" as
    "Nunez", report-130 joins the 2017 event whole: its recap of Rubén Núñez mentions the man the profile, report-135,
    names with his age, and a name undoes the damping.)"""
    owner = grouped("same_kind9", "no_dates")
    assert owner["report-048.md"] == owner["report-125.txt"]
    assert owner["report-030.md"] != owner["report-004.md"]
    by_name = {Path(a.path).name: a for a in kind_reports("same_kind9", "no_dates")}
    wounded, killed = by_name["report-130.txt"], by_name["report-048.md"]
    people = People.of([wounded, killed])
    assert people.who(0).damping(people.who(1)) == HEADLINE_DAMPING



def test_headlines_that_name_one_victim_tie_their_reports() -> None:
    """"Gunman sentenced for killing Ximena Ávila" and "hundreds say goodbye to Ximena Ávila" tell of one happening,
    whatever ages their texts give (the gunman's 23, her 9): acquainted, and in grouping's last step a tie as people
    named within days are. On bench/data/same_kind13 with dates the vigil for Travon Threlkeld (report-0426) joins
    the arrest and the charges in his case (0.909 -> 0.911; without dates 0.811 -> 0.813)."""
    sentenced = casualty_facts("Gunman sentenced to life for killing Ximena Ávila")
    vigil = casualty_facts("In folklórico skirts, hundreds say goodbye to Ximena Ávila")
    assert same_victim(sentenced, vigil)
    assert acquainted(frozenset({"saucedo"}), frozenset(), frozenset(), frozenset(), facts_a=sentenced, facts_b=vigil)
    assert "victim ximena avila" in casualty_facts("Two men arrested in drive-by that killed 9-year-old Ximena Avila")
    assert not same_victim(sentenced, casualty_facts("Hundreds say goodbye to Ximena Ortiz"))
    owner = grouped("same_kind13")
    assert owner["report-0426.txt"] == owner["report-0374.md"] == owner["report-0600.md"]


def test_a_link_that_headlines_naming_one_victim_tie_may_rest_on_one_report() -> None:
    """bench/data/same_kind9 without dates: the sentencing, the plea and the arrest in Ximena Ávila's killing, and
    the two reports of her funeral, meet at a mean cosine of 0.13 that rests on one report of a small group; a
    round-up's link to a second event may not so rest (linkage.BRIDGE_SIZE), but no round-up's headline names one
    victim, so headlines that name one tie the groups however their likeness is spread (same_kind9 0.805 -> 0.812,
    with dates 0.892 -> 0.900; same_kind13 0.875 -> 0.877, 0.929 -> 0.930; the rest, held out too, unchanged)."""
    owner = grouped("same_kind9", "no_dates")
    assert len({owner[f"report-{n}.md"] for n in ("013", "035", "072", "083")} | {owner["report-099.txt"]}) == 1


def test_a_report_of_consequences_months_on_joins_the_happening_it_follows() -> None:
    """bench/data/same_kind6 with dates: a fine, a plea, a suit months after a death at work say what it led to,
    in words a first report does not use, and seldom when it was (casualties.FOLLOW_UP, timegap.PairTimes.follow_up).
    They lose nothing of their likeness to the reports they follow, within two years; a fine in 2023 is no news of
    the 2019 death at the same plant (workplace accidents with dates 0.929 -> 0.964)."""
    assert FOLLOW_UP in casualty_facts("Vantage Automotive fined $412,000 in press operator's death")
    assert FOLLOW_UP in casualty_facts("Families of two Indiana miners sue Ridgeway Coal parent")
    assert FOLLOW_UP not in casualty_facts("23-year-old man killed in Virginia shooting; no arrest")
    owner = grouped("same_kind6")
    assert owner["report-065.txt"] == owner["report-074.md"]  # fined in September, killed in March 2023
    assert owner["report-012.txt"] == owner["report-036.txt"] == owner["report-108.txt"]  # fine, plea: the trench
    assert owner["report-072.md"] == owner["report-013.md"]  # the suit, a year after the roof fall
    assert owner["report-065.txt"] != owner["report-046.md"]  # the 2019 death at Vantage is another
    assert owner["report-072.md"] != owner["report-112.txt"]  # and so is Bell Creek's of 2018


def test_blocks_of_one_street_keep_two_shootings_apart() -> None:
    """"UPDATE: shooting victim at 3900 WEST FORGE BOULEVARD" and "... at 3800 WEST FORGE BOULEVARD": reports of one
    shooting give one block of its street. In the tuning corpora, no two reports of one happening give other blocks
    of one street; same_kind13 without dates 0.781 -> 0.782, with dates 0.905 -> 0.909; fires without dates 0.857
    -> 0.867."""
    forge = casualty_facts("UPDATE: shooting victim at 3900 WEST FORGE BOULEVARD")
    assert f"{BLOCK}3900 west forge" in forge
    assert disagree(forge, casualty_facts("UPDATE: shooting victim at 3800 WEST FORGE BOULEVARD"))
    lead = casualty_facts("Man shot", "A man was shot in the 3916 block of West Forge Boulevard on Monday.")
    assert not disagree(forge, lead)  # the same hundred
    assert not disagree(forge, casualty_facts("Man shot in 3800 block of Canal Street"))  # another street: a corner
    assert not any(f.startswith(BLOCK) for f in casualty_facts("4 men shot on Main Street"))


def test_headlines_that_name_two_streets_of_a_town_tell_of_two_fires() -> None:
    """"Garage fire spreads to Kessler Avenue home" and "Kitchen grease fire leaves Ridge Avenue family of five
    homeless": each headline names one street, not the same (bench/data/same_kind8 without dates 0.912 -> 0.922). A
    headline in title case names the street, not the words before it; a complex's name ("Elm Court Apartments") is
    no street, and a headline naming two streets names none."""
    kessler = casualty_facts("Garage fire spreads to Kessler Avenue home")
    assert f"{STREET}kessler avenue" in kessler
    assert disagree(kessler, casualty_facts("Kitchen grease fire leaves Ridge Avenue family of five homeless"))
    assert not disagree(kessler, casualty_facts("Firefighter burned as fire guts Kessler Avenue home"))
    assert f"{STREET}main street" in casualty_facts("Shooting On Main Street Leaves Man Dead")
    assert not any(f.startswith(STREET) for f in casualty_facts("Man found shot to death at Elm Court Apartments"))
    assert not any(f.startswith(STREET) for f in casualty_facts("Man shot at Oak Street and Hollis Avenue"))
    owner = grouped("same_kind8", "no_dates")
    assert owner["report-017.txt"] != owner["report-032.txt"]  # Kessler Avenue, Ridge Avenue
    assert owner["report-077.txt"] != owner["report-108.txt"]
    assert owner["report-081.txt"] == owner["report-130.txt"]  # two reports of one Pine Street fire


def test_the_weekday_of_a_death_days_on_is_not_the_happenings() -> None:
    """"Aubree McQuarrie dies days after shooting": her lead's "died late Sunday" is the day she died, not the Monday
    the first reports tell of ("A 67-year-old woman was wounded Monday evening"), so the two do not disagree on the
    day; the weekday right after the deed still counts ("who was shot Monday evening ... died late Sunday")."""
    first = casualty_facts("67-year-old woman wounded in Lower Larkmoor shooting",
                           "A 67-year-old woman was wounded Monday evening at the Ballard Fuel Depot, police said.")
    died = casualty_facts("Aubree McQuarrie dies days after shooting",
                          "Aubree McQuarrie, 67, who was shot in Lower Larkmoor, died late Sunday at Larkmoor "
                          "Baptist Health, police said, and the case is now a homicide.")
    assert "day 0" in first and not any(fact.startswith("day ") for fact in died)
    assert not disagree(first, died)
    told = casualty_facts("Aubree McQuarrie dies days after shooting",
                          "Aubree McQuarrie, 67, who was shot Monday evening, died late Sunday, police said.")
    assert "day 0" in told and "day 6" not in told


def test_a_death_after_a_fall_is_the_happenings_own() -> None:
    """"Boy dies after falling through Birch Lake ice" tells of a death, as "killed" would: it and "Woman and dog
    pulled from Birch Lake ice" years on disagree (bench/data/same_kind7 without dates 0.957 -> 0.961); "dies days
    after shooting" still tells of one hurt before (casualties._DIED_LATER)."""
    boy = casualty_facts("Boy dies after falling through Birch Lake ice")
    assert FATAL in boy and disagree(boy, casualty_facts("Woman and dog pulled from Birch Lake ice"))
    assert FATAL not in casualty_facts("Man shot in Clayborne Park last week dies; case now a homicide")
    owner = grouped("same_kind7", "no_dates")
    assert owner["report-068.txt"] != owner["report-074.md"]


def test_a_regulators_finding_months_on_follows_up_its_happening() -> None:
    """"Coast Guard: worn mooring line snapped before deckhand's death at port", seven months after the deckhand was
    swept into the river, and "Berm too low where haul truck went over edge, MSHA says", six months after the driver
    was killed, tell of consequences as a fine does (FOLLOW_UP): they lose nothing of their likeness to the first
    reports for their dates (bench/data/same_kind6 with dates 0.964 -> 0.975)."""
    for title in ("Coast Guard: worn mooring line snapped before deckhand's death at port",
                  "Berm too low where haul truck went over edge, MSHA says",
                  "IOSHA: missing process safety review behind Indiana resin reactor blast"):
        assert FOLLOW_UP in casualty_facts(title), title
    assert FOLLOW_UP not in casualty_facts("Haul truck driver killed at Pell County Stone quarry")
    owner = grouped("same_kind6", "with_dates")
    assert owner["report-051.txt"] == owner["report-088.txt"]  # the Coast Guard's finding, the first report
    assert owner["report-089.txt"] == owner["report-105.txt"]  # MSHA's, the first report


def test_a_headline_in_the_active_voice_tells_of_the_one_it_was_done_to() -> None:
    """"Husband shot wife before killing himself" tells of a woman shot, as "Two dead in apparent murder-suicide"
    does, whose lead finds a woman and a man dead: the coroner's finding joins the first report (bench/data/same_kind23
    with dates 0.959 -> 0.964). "Man shot dead" is still of a man."""
    coroner = casualty_facts("Coroner: Husband shot wife before killing himself; she had sought help weeks earlier")
    assert FEMALE in coroner and MALE not in coroner
    assert MALE in casualty_facts("Man shot dead outside bar")
    assert FEMALE in casualty_facts("Man shot woman at bus stop")
    owner = grouped("same_kind23", "with_dates")
    assert owner["report-063.md"] == owner["report-097.md"]


def test_a_bullet_that_hits_a_man_and_one_that_hits_a_woman_tell_of_two() -> None:
    """A headline whose bullet "hits" someone tells whom, after an age or a word, and in a clause of its own: "Falling
    bullet hits woman, 70" and "Stray New Year's bullet pierces roof, hits 70-year-old man in bed" are two New Year's
    Eves in two cities, which the age alone tied in the shooting corpora read as one (the sample of the issue's kind,
    built from them: 0.939 -> 0.940; the corpora alone, held-out ones and ECB+ dev unchanged)."""
    woman = casualty_facts("Falling bullet hits woman, 70, watching fireworks from porch")
    man = casualty_facts("Stray New Year's bullet pierces roof, hits 70-year-old man in bed - Star-Herald")
    assert FEMALE in woman and MALE not in woman and MALE in man and FEMALE not in man
    assert disagree(woman, man)
    assert MALE in casualty_facts("New Year's bullet comes through roof, hits sleeping man")
    assert casualty_facts("Gunfire hits house on Spoonbill Street").isdisjoint({MALE, FEMALE})
    union = [dataclasses.replace(a, path=f"{corpus}/{Path(a.path).name}")
             for corpus in ("same_kind21", "same_kind23") for a in kind_reports(corpus, "no_dates")]
    owner = {a.path: k for k, event in enumerate(group_events(union)) for a in event.articles}
    assert owner["same_kind21/report-076.md"] != owner["same_kind23/report-044.md"]


def test_a_sentence_however_worded_follows_up_its_killing() -> None:
    """bench/data/same_kind26 with dates: "Five years for rifleman; Kiara's mother says she forgives him", read as
    a first report (no sentence in its headline was known but "sentenced"), stood apart from the coroner's naming of
    Kiara Lee, the charges and the first report of the New Year's gunfire months before (0.911 before, 0.919)."""
    owner = grouped("same_kind26", "with_dates")
    kiara = {owner[name] for name in ("report-006.md", "report-016.md", "report-101.md", "report-025.md")}
    assert len(kiara) == 1


def test_a_prosecutors_decision_follows_up_its_shooting() -> None:
    """bench/data/same_kind26 with dates: "Colorado prosecutor clears officers in shopping center shooting", months
    after the police shot a man at Foothills Plaza, was read as a report of its own days (0.936 before, 0.942)."""
    owner = grouped("same_kind26", "with_dates")
    assert len({owner[name] for name in ("report-048.md", "report-066.md", "report-078.md")}) == 1


def test_a_profile_of_one_shot_tells_no_hurt() -> None:
    """bench/data/same_kind16 without dates: "Man shot at east side gas pump was father, youth football coach", read
    as hurt, disagreed with "Man killed at Carver Avenue gas station", the first report of his killing (0.839 before,
    0.851)."""
    owner = grouped("same_kind16", "no_dates")
    assert len({owner[name] for name in ("report-010.md", "report-057.md", "report-063.md", "report-008.md")}) == 1


def test_a_lead_of_aftermath_still_says_whom_the_happening_was_done_to() -> None:
    """A naming's lead ("Police have identified the man killed Saturday night ... as Dwayne Castellow, 41") tells of
    aftermath, so its ages may be anyone's; but "the man killed" is the one the happening was done to (MALE), and
    disagrees with "Woman found shot to death at Kingsland Highway motel" (bench/data/same_kind18 without dates: the
    2021 killing at the motel was one event with the 2015 one's first report; 0.803 before, 0.823)."""
    named = casualty_facts("Victim in Bayview Motor Lodge shooting identified",
                           "Police have identified the man killed Saturday night at the Bayview Motor Lodge as Dwayne "
                           "Castellow, 41, who had been living at the motel.")
    assert MALE in named and FEMALE not in named
    assert disagree(named, casualty_facts("Woman found shot to death at Kingsland Highway motel"))
    owner = grouped("same_kind18", "no_dates")
    assert owner["report-080.md"] != owner["report-019.md"]


def test_whom_a_shooting_left_hurt_or_dead_tells_a_man_or_a_woman() -> None:
    """A headline that names whom its happening left hurt or dead after its subject tells a man or a woman: "Second
    shooting in Millrace in a week leaves 76-year-old man dead" is not "Deadly shooting in 900 block of Teskey Street
    leaves woman dead", which were one event in bench/data/same_kind13 without dates (0.914 before, 0.916)."""
    assert MALE in casualty_facts("Second shooting in the Old Yards in a week leaves man hurt")
    assert MALE in casualty_facts("Police investigate shooting that injured 70-year-old man")
    victim = casualty_facts("Man charged in shooting that injured woman")
    assert FEMALE in victim and MALE not in victim
    assert casualty_facts("Gunfire leaves neighbors shaken").isdisjoint({MALE, FEMALE})
    man = casualty_facts("Second shooting in Millrace in a week leaves 76-year-old man dead - KTLW News 7")
    woman = casualty_facts("Deadly shooting in 900 block of Teskey Street leaves woman dead - KTLW News 7")
    assert disagree(man, woman)
    owner = grouped("same_kind13", "no_dates")
    assert owner["report-0091.txt"] != owner["report-0178.txt"]
    assert owner["report-0295.txt"] == owner["report-0671.txt"] != owner["report-0597.md"]
