"""The US state a headline places its happening in: two first reports from a wire service, one age and one weekday
alike, told of two shootings in two states (issue 14: "same kind, different places")."""

from __future__ import annotations

import pytest

from tests.conftest import grouped
from tui.engine.casualties import casualty_facts, disagree
from tui.engine.headstates import STATE, headline_states


@pytest.mark.parametrize(("title", "states"), [
    ("Kansas police: 29-year-old man killed early Thursday", {"kansas"}),
    ("29-year-old man killed in Georgia shooting; no arrest", {"georgia"}),
    ("Man Killed In Georgia Shooting", {"georgia"}),  # a headline's capitals
    ("Georgia man shot dead outside bar", {"georgia"}),
    ("Shooting in West Virginia leaves 2 dead", {"west virginia"}),  # not Virginia
    ("WFVA 12 | Teen shot in Virginia; police say he was not the target", {"virginia"}),
    # a state's name in another place's, or a person's
    ("Man shot in Kansas City", set()),
    ("Man killed in New York City shooting", set()),
    ("Man shot in Washington Heights", set()),
    ("Georgia Smith killed on Washington Avenue", set()),
    ("Officer Georgia Lee honored", set()),
    ("Ohio State fan shot near campus", set()),
    ("Man shot on Indiana Avenue", set()),
])
def test_a_headline_names_a_state_only_as_a_place(title: str, states: set[str]) -> None:
    assert headline_states(title) == {f"{STATE}{state}" for state in states}


def test_headlines_that_place_their_happenings_in_other_states_disagree() -> None:
    kansas = casualty_facts("Kansas police: 29-year-old man killed early Thursday")
    assert disagree(kansas, casualty_facts("29-year-old man killed in Georgia shooting; no arrest"))
    assert not disagree(kansas, casualty_facts("29-year-old man killed in Kansas shooting; no arrest"))
    assert not disagree(kansas, casualty_facts("Homicide investigation under way after man killed in Quik Fill lot"))
    # a headline naming two states (a chase across a line) is apart from neither
    assert not disagree(kansas, casualty_facts("Man killed after chase from Missouri into Kansas"))
    # bench/data/same_kind13 without dates: the two wire reports were one event (one age, one weekday: agree)
    owner = grouped("same_kind13", "no_dates")
    assert owner["report-0396.txt"] != owner["report-0051.txt"]
