"""Places where several happenings were (tui.engine.places): a place's weight follows how much the
reports naming it agree on everything else, so one-report shootings at one housing complex years
apart stay apart while the reports of one shooting there still group."""

from __future__ import annotations

import numpy as np
import pytest

from tests.conftest import art
from tui.engine import events as ev
from tui.engine import places
from tui.engine.features import article_terms, corpus_terms, sentence_terms
from tui.engine.model import Article
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


def test_a_place_of_many_happenings_weighs_less_than_one_of_a_single_happening() -> None:
    articles = _complex_years_apart()
    matrix, vocabulary = weights(corpus_terms(articles))
    factors = places.place_factors(matrix, vocabulary)
    column = vocabulary.index["e:eastgate courts"]
    assert places.place_columns(vocabulary)[column]
    assert factors[column] < 0.8  # its reports agree on little else
    only_one = _complex_years_apart()[5:]
    matrix, vocabulary = weights(corpus_terms(only_one))
    assert places.place_factors(matrix, vocabulary)[vocabulary.index["e:eastgate courts"]] == 1.0


def test_one_report_shootings_at_one_place_stay_apart_and_one_shootings_reports_group(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def grouped() -> list[list[str]]:
        found = sorted(sorted(a.path for a in e.articles) for e in ev.group_events(_complex_years_apart()))
        return [g for g in found if len(g) > 1]

    assert grouped() == [["f1.txt", "f2.txt", "f3.txt"]]
    monkeypatch.setattr(places, "PLACE_FLOOR", 1.0)  # every place at its whole weight
    lone = {"a.txt", "b.txt", "c.txt", "d.txt", "e.txt"}
    assert any(len(lone.intersection(g)) > 1 for g in grouped())  # shootings years apart merge


def test_a_person_named_after_a_preposition_now_and_then_is_no_place() -> None:
    articles = [art("a.txt", "Police said Keisha Lott, 34, was shot on Hollis Street."),
                art("b.txt", "Neighbours gathered at Keisha Lott's house."),
                art("c.txt", "Friends said Keisha Lott was a nurse.")]
    matrix, vocabulary = weights(article_terms(a) for a in articles)
    is_place = places.place_columns(vocabulary)
    assert not is_place[vocabulary.index["e:keisha lott"]]  # one article in three writes it so
    assert is_place[vocabulary.index["e:hollis street"]]
    assert np.all(places.place_factors(matrix, vocabulary)[~is_place] == 1.0)



def test_an_article_joining_a_kept_grouping_has_its_places_scaled_alike() -> None:
    from tui.engine.weights import Vocabulary, weigh_more

    kept = ev.group(_complex_years_apart())
    was = kept.vocabulary
    column = was.index["e:eastgate courts"]
    assert was.factors[column] < 1.0
    late = art("g.txt", "A driver was robbed at the Eastgate Courts apartments in Bramford.", title="Robbed")

    def row(factors: np.ndarray) -> np.ndarray:
        """The late article weighed as incremental.regroup weighs it, with these factors kept."""
        vocabulary = Vocabulary(dict(was.index), was.df.copy(), was.n_docs, was.placed.copy(), factors)
        return np.asarray(weigh_more([article_terms(late)], vocabulary).toarray()[0], dtype=np.float64)

    scaled, plain = row(was.factors), row(np.zeros(0))
    assert scaled[column] == pytest.approx(plain[column] * was.factors[column])
    assert scaled[was.index["w:apartment"]] == pytest.approx(plain[was.index["w:apartment"]])  # the rest alike
