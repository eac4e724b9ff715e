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

from tui.engine.features import Furniture, Terms, find_furniture, text_terms
from tui.engine.model import Article
from tui.engine.people import Leads, Who, who_of

TERMS_POOL_MIN = 2000
"""Articles from which their terms and people are found in a pool of processes
(tui.engine.parallel): a millisecond or two each, against half a second to start the pool."""
TERMS_CHUNK = 64
"""Articles a pool's process takes at a time."""

Job = tuple[list[str], str | None, str | None, Furniture, frozenset[str], frozenset[str]]
"""An article's sentences, title and headline for its people's facts (a round-up's lead happening: see
roundups.lead_happening), the corpus's furniture, its own aged names and the corpus's."""


def _facts(job: Job) -> tuple[Terms, Who]:
    """One article's terms and people (a top-level function, so a pool's process can run it). It is
    sent the sentences and title alone: a whole Article (its body and its sentences' offsets too)
    costs twice as much to pickle, in the process that also weighs the terms as they come."""
    texts, title, headline, furniture, aged, names = job
    return text_terms(texts, title, furniture), who_of(texts, headline, aged, names)


def corpus_facts(articles: Sequence[Article], furniture: Furniture | None = None,
                 names: frozenset[str] = frozenset()) -> Iterator[tuple[Terms, Who]]:
    """Each article's terms (features.text_terms, without the site names and stock lines its corpus
    repeats: see features.Furniture; found here unless given) and its Who (as people.People.of
    reads it, its mentions looked for among `names` too: a kept grouping's, for articles joining it), in order, made
    one at a time for the weights to consume. A round-up of several happenings is read as the one it leads with
    (roundups.lead_happening), so it cannot be the bridge that merges them."""
    if furniture is None:
        furniture = find_furniture(articles)
    leads = Leads.of(articles, names)  # a round-up as its lead happening
    jobs = [(texts, a.title, headline, furniture, own, leads.names)
            for (texts, headline), a, own in zip(leads.texts, articles, leads.aged, strict=True)]
    if len(articles) < TERMS_POOL_MIN:
        return map(_facts, jobs)
    from tui.engine.parallel import ordered_map  # with the pool it starts: only for a large corpus

    return (facts for facts, _ in ordered_map(_facts, jobs, min_jobs=TERMS_POOL_MIN, chunk=TERMS_CHUNK))


def corpus_terms(articles: Sequence[Article]) -> Iterator[Terms]:
    """Each article's terms alone, as grouping weighs them (see corpus_facts)."""
    return (terms for terms, _ in corpus_facts(articles))
