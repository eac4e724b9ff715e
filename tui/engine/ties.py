"""Why reports are one event, in words a reader can check: the names and terms they share,
and how strongly each report is tied to the others.

The grouping itself weighs typed terms by rarity over the whole corpus (`events`); this is
its plain-language shadow for one event: what its reports have in common, and a 0-1 tie
strength (the mean overlap of a report's content words with each other report's), so that
a report that joined on one shared place name stands out as loosely tied.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from tui.engine.model import Article, Event
from tui.engine.textnorm import tokenize

SHOWN_TERMS = 6
"""How many shared terms a reader is shown: enough to see the story, short enough for a line."""
MIN_TERM_CHARS = 3
"""Shorter words (and numbers) say little about what a story is."""


@dataclass(frozen=True, slots=True)
class Ties:
    """Shared names and terms (shown forms, names first), and the tie strength, 0-1."""

    terms: tuple[str, ...]
    strength: float


def vocabulary(article: Article) -> dict[str, tuple[str, bool]]:
    """The article's content words: comparison key -> (the form first written, is a name)."""
    found: dict[str, tuple[str, bool]] = {}
    for text in (article.title or "", article.body):
        for token in tokenize(text):
            if token.content and not token.number and token.end - token.start >= MIN_TERM_CHARS:
                found.setdefault(token.key, (text[token.start:token.end], token.name))
    return found


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def _ranked(counts: Counter[str], forms: dict[str, tuple[str, bool]], least: int) -> tuple[str, ...]:
    """Keys shared by at least `least` reports: names first, then by how many share them."""
    kept = [key for key, count in counts.items() if count >= least]
    kept.sort(key=lambda key: (not forms[key][1], -counts[key], forms[key][0].casefold()))
    return tuple(forms[key][0] for key in kept[:SHOWN_TERMS])


def event_ties(event: Event, vocabularies: Sequence[dict[str, tuple[str, bool]]] | None = None) -> Ties:
    """What most of the event's reports share, and how tightly they hang together."""
    vocabs = list(vocabularies) if vocabularies is not None else [vocabulary(a) for a in event.articles]
    if len(vocabs) < 2:
        return Ties((), 1.0)
    forms: dict[str, tuple[str, bool]] = {}
    counts: Counter[str] = Counter()
    for vocab in vocabs:
        counts.update(vocab.keys())
        for key, form in vocab.items():
            forms.setdefault(key, form)
    keys = [set(v) for v in vocabs]
    pairs = [_overlap(keys[i], keys[j]) for i in range(len(keys)) for j in range(i + 1, len(keys))]
    return Ties(_ranked(counts, forms, max(2, (len(vocabs) + 1) // 2)), sum(pairs) / len(pairs))


def article_ties(event: Event, article: Article,
                 vocabularies: Sequence[dict[str, tuple[str, bool]]] | None = None) -> Ties:
    """What `article` shares with the other reports of its event, and how tightly."""
    vocabs = list(vocabularies) if vocabularies is not None else [vocabulary(a) for a in event.articles]
    index = next((i for i, a in enumerate(event.articles) if a.path == article.path), None)
    if index is None or len(vocabs) < 2:
        return Ties((), 1.0)
    mine = vocabs[index]
    others = [v for i, v in enumerate(vocabs) if i != index]
    counts: Counter[str] = Counter(key for v in others for key in v if key in mine)
    strength = sum(_overlap(set(mine), set(v)) for v in others) / len(others)
    return Ties(_ranked(counts, mine, 1), strength)
