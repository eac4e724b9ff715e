"""What grouping reads of each article of a corpus, in one pass: its terms (tui.engine.features)
and what it says of its people (tui.engine.people), on every core for a large corpus.

Both are pure Python over every sentence: on 10,000 articles the people took 2.5 s on one core
after the terms' pool had finished. Read in the same pool's processes, from the same sentences
sent them, terms and people took 9.1-9.7 s together on two cores, against 9.8-11.3 s before.
What is corpus-wide comes first, in this process: the furniture (site names, stock lines) and
the names given with an age anywhere, whose mentions each article's text is searched for.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from tui.engine import features
from tui.engine.features import Furniture, Terms, find_furniture, text_terms
from tui.engine.model import Article
from tui.engine.people import Who, aged_names, who_of

Job = tuple[list[str], str | None, Furniture, frozenset[str], frozenset[str]]
"""An article's sentences and title, the corpus's furniture, its own aged names and the corpus's."""


def _facts(job: Job) -> tuple[Terms, Who]:
    """One article's terms and people (a top-level function, so a pool's process can run it)."""
    texts, title, furniture, aged, names = job
    return text_terms(texts, title, furniture), who_of(texts, title, aged, names)


def corpus_facts(articles: Sequence[Article]) -> Iterator[tuple[Terms, Who]]:
    """Each article's terms (as features.corpus_terms finds them) and its Who (as people.People.of
    reads it), in order, made one at a time for the weights to consume."""
    furniture = find_furniture(articles)
    aged = [aged_names(a.texts) for a in articles]
    names = frozenset[str]().union(*aged)
    jobs = [(a.texts, a.title, furniture, own, names) for a, own in zip(articles, aged, strict=True)]
    if len(articles) < features.TERMS_POOL_MIN:  # the terms' own sizes (read here, so a test can lower them)
        return map(_facts, jobs)
    from tui.engine.parallel import ordered_map  # with the pool it starts: only for a large corpus

    return (facts for facts, _ in ordered_map(_facts, jobs, min_jobs=features.TERMS_POOL_MIN,
                                              chunk=features.TERMS_CHUNK))
