"""A dated naming and the first reports whose dead it names are compared in step 5 however unlike their words
(tui.engine.namedpairs): they are not each other's nearest neighbours."""

from __future__ import annotations

from tests.conftest import art, grouped, pair_times
from tui.engine.namedpairs import named_pairs


def test_a_naming_is_paired_with_the_reports_of_its_dead_within_days() -> None:
    articles = [art("first.txt", "A 26-year-old man was shot and killed Tuesday evening in Peachtree Flats.",
                    date="2013-11-26"),
                art("naming.txt", "The man killed in Peachtree Flats was Rigoberto Fairclough, 26, the coroner said.",
                    date="2013-11-28"),
                art("later.txt", "A 26-year-old man was shot and killed on Ocoee Avenue.", date="2014-03-02"),
                art("other.txt", "A 41-year-old man was wounded in Sawmill Ridge.", date="2013-11-27"),
                art("undated.txt", "A 26-year-old man was shot and killed in Peachtree Flats.")]
    left, right = named_pairs(pair_times(articles))
    assert list(zip(left.tolist(), right.tolist(), strict=True)) == [(1, 0)]


def test_the_coroners_naming_joins_first_reports_it_is_no_neighbour_of() -> None:
    """bench/data/same_kind13 with dates: "Police: 26-year-old man fatally shot Tuesday evening" and its copy, and
    two days on the coroner's naming of Rigoberto Fairclough, 26, with the arrest, the trial, the verdict and the
    sentence. Their groups met only through the Thanksgiving round-up's pairs, read whole; read as its lead happening
    (tui.engine.roundups) it bridged them no more (same_kind13 with dates 0.969 with the naming's pairs, 0.966
    without)."""
    owner = grouped("same_kind13")
    assert len({owner[name] for name in ("report-0665.txt", "report-0712.txt", "report-0006.txt",
                                         "report-0515.txt", "report-0716.txt")}) == 1
