"""Places where several happenings were (tui.engine.places): a place's weight follows how much the
reports naming it agree on everything else, so one-report shootings at one housing complex years
apart stay apart while the reports of one shooting there still group."""

from __future__ import annotations

import pytest

from tests.conftest import art
from tui.engine import events as ev
from tui.engine import people, places
from tui.engine.articlefacts import corpus_terms
from tui.engine.features import article_terms, sentence_terms
from tui.engine.model import Article
from tui.engine.sparse import CSR
from tui.engine.weights import weights


def test_names_written_as_places() -> None:
    found: set[str] = set()
    terms = sentence_terms("A man was shot at Eastgate Courts in Bramford's Millbrook neighborhood, "
                           "Keisha Lott said on Ferris Road.", frozenset(), found)
    assert found == {"e:eastgate", "e:courts", "e:eastgate courts", "e:bramford", "e:millbrook", "e:ferris",
                     "e:road", "e:ferris road"}
    assert {"e:keisha lott", "e:eastgate courts"} <= set(terms)  # the terms themselves are as before
    assert sentence_terms("Keisha Lott said.") == sentence_terms("Keisha Lott said.", frozenset(), set())


def _complex_years_apart() -> list[Article]:
    """Five shootings at one complex over the years, one report each and nobody named, told in a
    newsroom's stock words; and three reports of a sixth shooting there, which name its victim."""
    where = "at the Eastgate Courts apartments in Bramford, police said."
    call = "Anyone with information is asked to call Bramford police."
    lone = [
        art("a.txt", f"A man was shot in the leg in a parking lot {where}", "He is expected to recover.",
            title="Man shot at Eastgate Courts"),
        art("b.txt", f"A teenager was wounded by gunfire from a passing car {where}", "Shell casings lay on the road.",
            title="Teen wounded"),
        art("c.txt", f"A woman was shot through her kitchen window {where}", "Her children were asleep upstairs.",
            title="Woman shot in her home"),
        art("d.txt", f"Two men were hurt in an exchange of gunfire in a stairwell {where}", "Both were arrested.",
            title="Two hurt"),
        art("e.txt", f"A security guard was shot while making his rounds {where}", "The gunman ran toward the river.",
            title="Guard shot"),
    ]
    one = [
        art("f1.txt", f"Darnell Price, 19, was shot dead on a basketball court {where}", "He was a college freshman.",
            title="Student shot dead at Eastgate Courts"),
        art("f2.txt", f"Darnell Price, a 19-year-old college freshman, was killed on the basketball court {where}",
            "Friends gathered at the court on Sunday.", title="Friends mourn Darnell Price"),
        art("f3.txt", f"Police are looking for a gunman who killed Darnell Price, 19, on the basketball court {where}",
            call, title="Police seek gunman in Price killing"),
    ]
    return lone + one


def _cell(matrix: CSR, row: int, column: int) -> float:
    return float(matrix.toarray()[row, column])


def test_a_place_weighs_in_a_report_what_the_report_agrees_on_with_the_others_naming_it() -> None:
    articles = _complex_years_apart()
    matrix, vocabulary = weights(corpus_terms(articles))
    scaled = places.scale_places(matrix, vocabulary)
    column = vocabulary.index["e:eastgate courts"]
    assert places.place_columns(vocabulary, matrix.shape[1])[column]
    lone, shooting = [[_cell(scaled, k, column) / _cell(matrix, k, column) for k in ks] for ks in (range(5), (5, 6, 7))]
    assert max(lone) < 0.75  # a one-report shooting agrees with no one there: its place loses a quarter or more
    assert shooting == [1.0, 1.0, 1.0]  # the reports of one shooting agree: the place keeps its weight
    price = vocabulary.index["e:darnell price"]
    assert _cell(scaled, 5, price) == _cell(matrix, 5, price)  # a person's name is left alone
    only_one = articles[5:]
    matrix, vocabulary = weights(corpus_terms(only_one))
    assert (places.scale_places(matrix, vocabulary).data == matrix.data).all()  # its reports agree


def test_one_report_shootings_at_one_place_stay_apart_and_one_shootings_reports_group(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def grouped() -> list[list[str]]:
        found = sorted(sorted(a.path for a in e.articles) for e in ev.group_events(_complex_years_apart()))
        return [g for g in found if len(g) > 1]

    assert grouped() == [["f1.txt", "f2.txt", "f3.txt"]]
    monkeypatch.setattr(places, "PLACE_FLOOR", 1.0)  # every place at its whole weight
    # and nothing else that keeps them apart: their leads tell of other victims (a man, a woman: casualties)
    monkeypatch.setattr(people, "casualty_facts", lambda *_: frozenset())
    lone = {"a.txt", "b.txt", "c.txt", "d.txt", "e.txt"}
    assert any(len(lone.intersection(g)) > 1 for g in grouped())  # shootings years apart merge


def test_a_person_named_after_a_preposition_now_and_then_is_no_place() -> None:
    articles = [art("a.txt", "Police said Keisha Lott, 34, was shot on Hollis Street."),
                art("b.txt", "Neighbours gathered at Keisha Lott's house."),
                art("c.txt", "Friends said Keisha Lott was a nurse.")]
    matrix, vocabulary = weights(article_terms(a) for a in articles)
    is_place = places.place_columns(vocabulary, matrix.shape[1])
    assert not is_place[vocabulary.index["e:keisha lott"]]  # one article in three writes it so
    assert is_place[vocabulary.index["e:hollis street"]]



def test_only_the_rows_asked_for_are_scaled() -> None:
    articles = _complex_years_apart()
    matrix, vocabulary = weights(corpus_terms(articles))
    column = vocabulary.index["e:eastgate courts"]
    scaled = places.scale_places(matrix, vocabulary, [1])  # as a report joining a kept grouping is
    every = places.scale_places(matrix, vocabulary)
    assert _cell(scaled, 0, column) == _cell(matrix, 0, column)
    assert _cell(scaled, 1, column) == pytest.approx(_cell(every, 1, column))
    assert _cell(scaled, 1, column) < _cell(matrix, 1, column)


def _drownings() -> list[Article]:
    """Drownings in one town, told in the words every such report shares: three reports of two
    girls lost at Crescent Beach, one report of a man lost there years apart, and four drownings
    elsewhere (none naming Crescent Beach)."""
    kind = "was pulled under by a rip current and drowned before lifeguards could reach the swimmers."
    more = "Lifeguards warn swimmers about rip currents on busy summer weekends."
    return [
        art("g1.txt", f"Hailey Corkum, 15, {kind}", f"Her friend Maddie Ernst also died at Crescent Beach. {more}"),
        art("g2.txt", f"Maddie Ernst, 15, {kind}", f"She and Hailey Corkum were lost at Crescent Beach. {more}"),
        art("g3.txt", f"Two girls, Hailey Corkum and Maddie Ernst, {kind}", f"Crescent Beach was closed. {more}"),
        art("m1.txt", f"A man {kind}", f"He had been swimming at Crescent Beach. {more}"),
        *(art(f"o{k}.txt", f"A swimmer {kind}", f"It happened at {place}. {more}")
          for k, place in enumerate(("Kellet Point", "Main Beach", "Birch Lake", "Marten Bay"))),
    ]


def test_what_every_report_of_the_kind_shares_is_no_agreement() -> None:
    """The man lost at Crescent Beach agrees with the girls' reports only on the words every drowning
    report has: his Crescent Beach falls to the floor (before, 0.75 of its weight), theirs keeps more."""
    articles = _drownings()
    matrix, vocabulary = weights(corpus_terms(articles))
    scaled = places.scale_places(matrix, vocabulary)
    column = vocabulary.index["e:crescent beach"]
    girls, man = [_cell(scaled, k, column) / _cell(matrix, k, column) for k in (0, 3)]
    assert man == pytest.approx(places.PLACE_FLOOR)
    assert girls > 1.5 * man
