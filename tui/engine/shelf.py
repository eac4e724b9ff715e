"""The loaded corpus as a reader moves through it: a look-up index over the events,
how much of each side a comparison covers, and which article to compare one with.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from tui.engine.model import Alignment, Article, Corpus, Event

_WORDS = re.compile(r"\w{3,}")


@dataclass(frozen=True)
class Shelf:
    """The corpus as the screens use it: events, and article look-ups by path."""

    corpus: Corpus
    events: tuple[Event, ...]
    by_path: dict[str, Article] = field(default_factory=dict)
    event_of: dict[str, Event] = field(default_factory=dict)

    @classmethod
    def build(cls, corpus: Corpus, events: Sequence[Event]) -> Shelf:
        by_path = {a.path: a for a in corpus.articles}
        event_of: dict[str, Event] = {}
        for event in events:
            for article in event.articles:
                by_path.setdefault(article.path, article)
                event_of[article.path] = event
        return cls(corpus, tuple(events), by_path, event_of)

    @property
    def articles(self) -> list[Article]:
        """Every article, event by event."""
        return [a for e in self.events for a in e.articles]

    def siblings(self, article: Article) -> tuple[Article, ...]:
        """The articles of `article`'s event, itself included."""
        event = self.event_of.get(article.path)
        return event.articles if event else (article,)

    def step(self, article: Article, offset: int, avoid: Article | None = None) -> Article | None:
        """The article `offset` places away in its event, skipping `avoid`; None when alone."""
        ring = [a for a in self.siblings(article) if avoid is None or a.path != avoid.path or a.path == article.path]
        if len(ring) < 2:
            return None
        position = next((i for i, a in enumerate(ring) if a.path == article.path), 0)
        return ring[(position + offset) % len(ring)]


def coverage(article: Article, sentences: set[int]) -> float:
    """The share of `article`'s characters that lie in these sentences."""
    texts = article.texts
    total = sum(len(t) for t in texts)
    if not total:
        return 0.0
    return sum(len(texts[i]) for i in sentences if 0 <= i < len(texts)) / total


def covered(alignment: Alignment) -> tuple[float, float]:
    """The share of each side that the matches cover."""
    left = {i for m in alignment.matches for i in m.left}
    right = {i for m in alignment.matches for i in m.right}
    return coverage(alignment.left, left), coverage(alignment.right, right)


def _words(article: Article) -> set[str]:
    return set(_WORDS.findall(article.body.lower()))


SHORTLIST = 5
"""Candidates aligned on words when choosing a partner, of those the word-overlap proxy ranks
first: a word alignment of two news articles costs some tens of milliseconds."""
REFINED = 2
"""Of the shortlist, the best by words that also get the paraphrase pass (the encoder reads
every sentence it has not seen: about a second an article), so a big event does not cost an
encoding per article."""


def best_partner(
    article: Article,
    candidates: Sequence[Article],
    align: Callable[[Article, Article], Alignment],
    *,
    refine: Callable[[Alignment], Alignment] | None = None,
    aligned: int = SHORTLIST,
    refined: int = REFINED,
) -> Article | None:
    """The candidate whose alignment with `article` covers the most.

    A cheap word-overlap proxy ranks every candidate; the `aligned` best are aligned by
    `align` (on words: `align(..., semantic=False)`), and only the `refined` best of those are
    passed through `refine` (the paraphrase pass, `align.add_paraphrases`) before the choice.
    Ties go to the candidate ranked first by words.
    """
    others = [a for a in candidates if a.path != article.path]
    if not others:
        return None
    mine = _words(article)

    def overlap(other: Article) -> float:
        theirs = _words(other)
        return len(mine & theirs) / (len(mine | theirs) or 1)

    shortlist = sorted(others, key=overlap, reverse=True)[:aligned]
    if len(shortlist) == 1:
        return shortlist[0]
    by_words = sorted(((align(article, other), n) for n, other in enumerate(shortlist)),
                      key=lambda found: (-sum(covered(found[0])), found[1]))
    if refine is not None:
        by_words = [(refine(alignment), n) for alignment, n in by_words[:refined]]
    _, best = max(by_words, key=lambda found: (sum(covered(found[0])), -found[1]))
    return shortlist[best]
