"""Metadata read from a nineteenth, independent set of articles (tests/fixtures/meta19/): crime, courts and
public-safety news from US TV stations and newspapers, UK, Irish, Australian and New Zealand papers, police forces'
and prosecutors' news releases, and wire copy.

Written by a helper who read neither the extractor nor its tests, and committed before Parallax was run on it. The
first run stood at 221 of 240 fields, 6 of them wrong: a masthead's tagline under its menu, a station's banner
("BREAKING NEWS: ...", "LIVE: KWTH 8 Morning Report") and a force's motto ("Serving with Integrity Since 1896") or its
release's media contact taken for the headline; "Posted by: Corporate Communications" for the author. Missed: a
slashed date with a British or Australian zone after its time ("06/08/2019 17:45 BST"), a yearless "Posted 5:48 AM,
Saturday, September 16", a labelled "Date: 04/06/2022" over a US dateline, a job after a name with no comma, a police
force or a prosecutor's office in a metaline, a byline in a standfirst's shadow and one run on into its date. Four
expectations were amended to the project's convention (see the set's README): a metaline's bare name (a04, b07) and a
bare name on its own line beside the date line (a03, b03) are no author, since a place has a name's shape too
("Alice Springs" / "19 November 2024", meta4). It stands at 240.
"""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES
from tests.meta_cases import set_tests
from tui.engine.bylines import byline
from tui.engine.credits import credit_line
from tui.engine.dates import stated_date
from tui.engine.found import Found
from tui.engine.headerdates import take_header_date
from tui.engine.meta import is_person_name
from tui.engine.metaline import meta_line

META19 = FIXTURES / "meta19"
test_every_fixture_has_an_expectation, test_metadata_from_furniture = set_tests(META19, {})


@pytest.mark.parametrize(("line", "iso"), [
    ("07/02/2018 5:41pm AEDT", "2018-02-07"), ("06/08/2019 17:45 BST", "2019-08-06"),
    ("03/04/2025 14:05 CET", "2025-04-03"), ("02/11/2018 7:07 PM EST", "2018-02-11"),  # a US zone: month first
    ("03/04/2025 14:05", None), ("03/04/2025 14:05 UTC", None),  # no zone, or one the whole world prints
])
def test_a_time_zone_after_a_slashed_date_settles_its_order(line: str, iso: str | None) -> None:
    stated = stated_date(line)
    assert stated is not None and stated.iso == iso


def test_a_labelled_yearless_or_slashed_date_is_read_for_the_rest_of_the_page_to_settle() -> None:
    found = Found()
    assert take_header_date("Posted 5:48 AM, Saturday, September 16", found) == ""
    assert found.yearless == (9, 16, 5)  # the copyright's year completes it
    found = Found()
    assert take_header_date("Date: 04/06/2022", found) == ""
    assert found.day_first == "2022-06-04" and found.date is None  # a US dateline or the locale decides


def test_an_office_is_no_author_and_a_job_may_follow_a_name_without_a_comma() -> None:
    assert byline("Posted by: Corporate Communications") is None
    assert byline("By Marta Ilić") == "Marta Ilić"
    assert credit_line("Ailbhe Ní Mhurchadha-Stone Home affairs correspondent") == ("Ailbhe Ní Mhurchadha-Stone", None)
    assert credit_line("Marta Ilić Senior political correspondent") == ("Marta Ilić", None)
    assert credit_line("Storm hits coast") is None and credit_line("Crime reporter") is None


def test_a_byline_run_on_into_its_date_ends_at_the_month() -> None:
    assert byline("By Rohan D'Mello-Carraway April 23, 2024 6:10 AM") == "Rohan D'Mello-Carraway"
    assert byline("By June Smith and April Jones") == "June Smith and April Jones"  # months as given names


def test_a_police_force_or_a_prosecutors_office_is_a_metalines_outlet_not_a_person() -> None:
    assert not is_person_name("Brennick Police Service") and not is_person_name("Halvering Police Department")
    line = meta_line("Brennick Police Service · 12 January 2026")
    assert line is not None and line.outlet == "Brennick Police Service" and line.author is None
    line = meta_line("Office of the State's Attorney for Calvermoor County | Monday, September 30, 2019")
    assert line is not None and line.outlet == "Office of the State's Attorney for Calvermoor County"
    assert line.date is not None and line.date.iso == "2019-09-30"
