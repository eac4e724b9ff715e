"""What ties reports into one event, as a reader is shown it: shared names and terms, and a
tie strength that singles out a report that joined on little."""

from __future__ import annotations

from tui.engine.model import Article, Event, Sentence
from tui.engine.ties import article_ties, event_ties


def article(path: str, body: str, title: str | None = None) -> Article:
    return Article(path, title, None, None, None, None, body, (Sentence(body, 0, len(body)),))


def test_shared_names_and_terms_come_first_and_a_loose_report_is_weakly_tied() -> None:
    a = article("a.txt", "Dock workers at Port Halden walked out on Monday over pay, the union said.")
    b = article("b.txt", "The union at Port Halden says dock workers walked out in a dispute over pay.")
    c = article("c.txt", "Council backs a new tram line to Port Halden after a long debate on budgets.")
    event = Event("e", "strike", None, (a, b, c))
    ties = event_ties(event)
    assert "Halden" in ties.terms and "union" in {t.casefold() for t in ties.terms}
    assert ties.terms.index("Halden") < ties.terms.index(next(t for t in ties.terms if t.casefold() == "union"))
    strong, loose = article_ties(event, a), article_ties(event, c)
    assert loose.strength < strong.strength
    assert loose.terms and all(t.casefold() not in {"union", "pay"} for t in loose.terms)


def test_a_lone_report_has_nothing_to_explain() -> None:
    a = article("a.txt", "Something happened somewhere.")
    assert event_ties(Event("e", "x", None, (a,))).terms == ()
