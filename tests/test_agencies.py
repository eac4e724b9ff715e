"""The city police a report names: reports of one shooting or crash name one city's police, and two that each name
another city's tell of two happenings, however alike their words (issue 14: "same kind, different places";
tui.engine.agencies)."""

from __future__ import annotations

import pytest

from tests.conftest import art, grouped
from tui.engine.agencies import POLICE, police_facts
from tui.engine.casualties import disagree
from tui.engine.people import HEADLINE_DAMPING, People


@pytest.mark.parametrize(("text", "cities"), [
    ("One man is dead after a shooting early Sunday, Tidewell police said.", {"tidewell"}),
    ("The Quillan Falls Police Department asked for tips.", {"quillan falls"}),
    ("An Ashford police officer found him on the porch.", {"ashford"}),  # the article is no city's
    ("Two Tidewell police officers were hurt.", {"tidewell"}),  # nor the number
    ("Fairlow's police chief spoke first.", {"fairlow"}),  # nor the possessive
    ("Wexley police and Cordell police searched the river.", {"wexley", "cordell"}),
    ("Officers with Port Avery police found a man wounded.", {"port avery"}),
    ("He named Kwabena Pembridge. Larkmoor police said more.", {"larkmoor"}),  # one sentence's end
    ("Zoë Halvorsen's bike was found by Ñuñoa police.", {"nunoa"}),  # accents off, as names are kept
    # police that are no city's: a state's, a campus's, a district's, a headline's state
    ("He was arrested by Indiana State Police troopers.", set()),
    ("Alabama police: 26-year-old woman killed", set()),
    ("Campus police closed the stadium.", set()),
    ("Riot police fired tear gas.", set()),
    ("Vigil For Teen Shot 11 Times By Police Monday, March 11, 2013 Police intervened.", set()),  # title case
    ("The shooting is in the North Side police district.", set()),
    ("Police said the man was 27.", set()),
    ("city police said the man was 27.", set()),
])
def test_the_police_of_a_city(text: str, cities: set[str]) -> None:
    assert police_facts([text]) == {f"{POLICE}{city}" for city in cities}


def test_reports_naming_other_cities_police_are_two_happenings() -> None:
    cedar = police_facts(["Two teens were shot after the Northfield High football game, Cedar Falls police said."])
    haskett = police_facts(["Two teens were shot after the Haskett North football game, Haskett police said."])
    assert disagree(cedar, haskett) and not disagree(cedar, cedar)
    both = police_facts(["Cedar Falls police and Haskett police searched for the shooter."])
    assert not disagree(cedar, both)  # a report naming two cities' police is apart from neither
    assert not disagree(cedar, police_facts(["Police said the shooter fled."]))
    lead = "Two teens were shot in the parking lot after a high school football game on Friday night, {} police said."
    people = People.of([art("a.txt", lead.format("Cedar Falls")), art("b.txt", lead.format("Haskett")),
                        art("c.txt", lead.format("Cedar Falls"))])
    assert people.who(0).damping(people.who(1)) == HEADLINE_DAMPING
    assert people.who(0).damping(people.who(2)) == 1.0
    # bench/data/same_kind3 without dates: a minibus crash near Granby was one with a fog pile-up near Fenwick
    owner = grouped("same_kind3", "no_dates")
    assert owner["report-051.txt"] == owner["report-018.txt"] != owner["report-002.md"]
