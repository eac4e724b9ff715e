"""The reader's view of a corpus: swapping sides, coverage, partners, stepping through events."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tui.engine.align import add_paraphrases, align
from tui.engine.corpus import read_article
from tui.engine.model import Alignment, Article, Corpus, Event, Match, Sentence
from tui.engine.shelf import REFINED, SHORTLIST, Shelf, best_partner, covered


def article(name: str, texts: list[str]) -> Article:
    sentences, at = [], 0
    for text in texts:
        sentences.append(Sentence(text, at, at + len(text)))
        at += len(text) + 1
    return Article(name, None, None, None, None, None, " ".join(texts), tuple(sentences))


sentences = st.lists(st.text(alphabet="abc ", min_size=1, max_size=20), min_size=1, max_size=12)


@st.composite
def alignments(draw: st.DrawFn) -> Alignment:
    left = article("l", draw(sentences))
    right = article("r", draw(sentences))
    pairs = draw(st.lists(st.tuples(st.integers(0, len(left.texts) - 1), st.integers(0, len(right.texts) - 1)),
                          unique_by=(lambda p: p[0], lambda p: p[1])))
    matches = tuple(Match((i,), (j,), 80.0, ((i, 0, 1),), ((j, 0, 1),)) for i, j in sorted(pairs))
    return Alignment(left, right, matches)


@given(alignments())
def test_swapping_twice_gives_the_same_comparison(alignment: Alignment) -> None:
    back = alignment.mirrored().mirrored()
    assert back.left is alignment.left and back.right is alignment.right
    assert sorted(back.matches, key=lambda m: m.left) == sorted(alignment.matches, key=lambda m: m.left)


@given(alignments())
def test_coverage_is_a_share_and_swaps_with_the_sides(alignment: Alignment) -> None:
    left, right = covered(alignment)
    assert 0.0 <= left <= 1.0 and 0.0 <= right <= 1.0
    assert covered(alignment.mirrored()) == (right, left)
    if not alignment.matches:
        assert (left, right) == (0.0, 0.0)


def test_the_best_partner_is_the_one_whose_alignment_covers_most() -> None:
    me = article("me", ["the minister spoke on friday", "talks will go on"])
    near = article("near", ["the minister spoke on friday", "talks will go on"])
    far = article("far", ["weather was fine", "the minister spoke"])

    def align(a: Article, b: Article) -> Alignment:
        shared = [i for i, t in enumerate(a.texts) if t in b.texts]
        return Alignment(a, b, tuple(Match((i,), (b.texts.index(a.texts[i]),), 100.0) for i in shared))

    assert best_partner(me, [me, far, near], align) is near
    assert best_partner(me, [me], align) is None


def test_stepping_through_an_event_skips_the_other_side() -> None:
    a, b, c = article("a", ["x"]), article("b", ["y"]), article("c", ["z"])
    shelf = Shelf.build(Corpus((a, b, c)), [Event("e", "e", None, (a, b, c))])
    assert shelf.step(a, 1, avoid=b) is c
    assert shelf.step(c, 1, avoid=b) is a
    assert shelf.step(a, -1, avoid=c) is b


def _gold_event() -> tuple[Article, list[Article]]:
    """The heist wire story and every other report in the gold fixtures: its event's one
    partner (the daily's report) among many."""
    fixtures = Path(__file__).resolve().parent / "gold" / "fixtures"
    me, _ = read_article(str(fixtures / "heist_wire.txt"))
    others = [read_article(str(p))[0] for p in sorted(fixtures.glob("*.txt")) if p.name != "heist_wire.txt"]
    return me, others


def test_the_best_partner_is_refined_by_meaning_only_among_the_best_by_words() -> None:
    me, candidates = _gold_event()
    aligned: list[str] = []
    refined: list[str] = []

    def words(a: Article, b: Article) -> Alignment:
        aligned.append(b.path)
        return align(a, b, semantic=False)

    def meaning(found: Alignment) -> Alignment:
        refined.append(found.right.path)
        return add_paraphrases(found)

    partner = best_partner(me, candidates, words, refine=meaning)
    assert partner is not None and partner.path.endswith("heist_daily.txt")
    assert len(aligned) == SHORTLIST and len(refined) == REFINED < len(candidates)
    assert set(refined) < set(aligned)
    # The refined ones are the best by words.
    shortlist = [next(c for c in candidates if c.path == p) for p in aligned]
    by_words = sorted(shortlist, key=lambda c: -sum(covered(align(me, c, semantic=False))))
    assert refined == [c.path for c in by_words[:REFINED]]
    assert best_partner(me, candidates, words) is by_words[0]  # no refinement: the best by words
