"""Property tests of the coverage: whatever the reports, and in whatever order they are
given, the facts are the same; a sentence is in at most one fact; a fact holds at most
one unit (one sentence, or two adjacent ones) per report, of at least two reports; and no
two members of a fact were linked elsewhere by their own pairwise alignment.

Reports are drawn from a pool of an event's facts (each told verbatim, reworded, or cut
short), sentences of their own, and the hostile pieces of test_properties, then aligned
for real (words alone, so each example takes milliseconds). Derandomized in the suite
(tests/conftest.py); `make fuzz` explores.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_properties import PIECE
from tui.commands.coverage import coverage_json
from tui.engine.align import align
from tui.engine.coverage import Coverage, build_coverage
from tui.engine.model import Alignment, Article, Sentence

FACTS = [
    "The Lenna river rose 4.2 metres overnight and breached the flood barriers in Brenholt.",
    "Mayor Henrik Saal said the next 24 hours would be critical for the old town.",
    "About 800 residents were evacuated and soldiers filled sandbags along the quay.",
    "Rail traffic between Brenholt and the capital was suspended on Tuesday.",
    "A 71-year-old man drowned in his basement, police said.",
    "Forecasters expect another 60 millimetres of rain by Thursday.",
    "More than 40 schools stayed shut across the region.",
    "The city last suffered comparable flooding in 2013.",
]
OWN = [
    "Local shops handed out bottled water to neighbours.",
    "The regional water authority opened a hotline for residents.",
    "Insurance claims are expected to run into the millions.",
    "A football match on Saturday was postponed.",
    "Volunteers from nearby villages arrived with boats.",
    "The museum moved its archive to the upper floors.",
]
SCALE = int(os.environ.get("PARALLAX_PROPERTY_SCALE", "1"))
PROPERTY = settings(max_examples=25 * SCALE, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _variant(text: str, how: int) -> str:
    words = text.rstrip(".").split()
    if how == 1:  # reworded: clauses turned round
        cut = len(words) // 2
        return " ".join([*words[cut:], "and", *words[:cut]]).capitalize() + "."
    if how == 2:  # cut short
        return " ".join(words[: max(4, len(words) * 2 // 3)]) + "."
    return text


@st.composite
def reports(draw: st.DrawFn) -> list[Article]:
    count = draw(st.integers(2, 5))
    out = []
    for k in range(count):
        told = draw(st.lists(st.sampled_from(range(len(FACTS))), min_size=1, max_size=6, unique=True))
        texts = [_variant(FACTS[f], draw(st.integers(0, 2))) for f in told]
        texts += draw(st.lists(st.sampled_from(OWN), max_size=3))
        texts += draw(st.lists(st.lists(PIECE, min_size=1, max_size=6).map("".join), max_size=2))
        texts = [t for t in draw(st.permutations(texts)) if t.strip()] or ["Nothing to report."]
        body, sentences, at = " ".join(texts), [], 0
        for text in texts:
            sentences.append(Sentence(text, at, at + len(text)))
            at += len(text) + 1
        date = draw(st.one_of(st.none(), st.sampled_from(["2024-07-12", "2024-07-13"])))
        out.append(Article(f"r{k}.txt", None, None, None, date, None, body, tuple(sentences)))
    return out


def words_alone(pairs: Sequence[tuple[Article, Article]], *, threshold: float | None = None,
                semantic: bool = True, progress: object = None, cancelled: object = None) -> list[Alignment]:
    """The real aligner, one pair after the other, words alone and no cache file."""
    return [align(a, b, threshold=threshold, semantic=False) for a, b in pairs]


def coverage_of(articles: Sequence[Article]) -> Coverage:
    return build_coverage(articles, align=words_alone, semantic=False)


@PROPERTY
@given(reports(), st.randoms(use_true_random=False))
def test_same_facts_whatever_the_order(articles: list[Article], rng: object) -> None:
    import random

    assert isinstance(rng, random.Random)
    shuffled = list(articles)
    rng.shuffle(shuffled)
    assert coverage_json(coverage_of(shuffled)) == coverage_json(coverage_of(articles))


@PROPERTY
@given(reports())
def test_one_fact_per_sentence_one_unit_per_report(articles: list[Article]) -> None:
    cov = coverage_of(articles)
    seen: set[tuple[int, int]] = set()
    for fact in cov.facts:
        reports_in = [m.article for m in fact.members]
        assert len(reports_in) == len(set(reports_in)) == fact.support >= 2
        for member in fact.members:
            s = member.sentences
            assert len(s) in (1, 2) and (len(s) == 1 or s[1] == s[0] + 1)
            for i in s:
                assert 0 <= i < len(cov.articles[member.article].sentences)
                assert (member.article, i) not in seen
                seen.add((member.article, i))
        for x, a in enumerate(fact.members):
            for b in fact.members[x + 1:]:
                # Their own alignment never linked either to something else of the other.
                for match in cov.alignment(a.article, b.article).matches:
                    touches_a, touches_b = set(match.left) & set(a.sentences), set(match.right) & set(b.sentences)
                    assert bool(touches_a) == bool(touches_b)
    for k in range(len(cov.articles)):
        assert set(cov.unique(k)) | {i for (a, i) in seen if a == k} == set(range(len(cov.articles[k].sentences)))
