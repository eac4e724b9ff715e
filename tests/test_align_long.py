"""Precision on long texts (issue 14): what keeps two long documents of many unrelated
stories from linking sentences that share a topic, a name or a figure but make another claim."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest

import tui.engine.align as aligner
from tests.test_align import article, pairs
from tui.engine import embed, paraphrase
from tui.engine.scoring import Scorer, figures_disagree, sides
from tui.engine.textnorm import words


def content(text: str) -> frozenset[str]:
    return frozenset(w.key for w in words(text) if w.content)


def gibberish(rng: random.Random, n: int) -> str:
    """A sentence of `n` made-up words: filler no other sentence shares words with by chance."""
    syllables = ["ka", "lo", "mi", "ra", "ten", "vo", "shi", "dan", "per", "qua", "zel", "nor", "bri", "sto"]
    return " ".join("".join(rng.choice(syllables) for _ in range(3)) for _ in range(n)).capitalize() + "."


@pytest.mark.parametrize(("a", "b", "disagree"), [
    ("IXIC fell 23.54 points, or 1.42 percent, to 1,630.08.",
     "SPX gained 13.68 points, or 1.42 percent, at 977.27.", True),
    ("Michael Stout, 56, was named chief information officer in 2003.",
     "Bruce Hawthorne, 53, was named chief staff officer in 2001.", True),
    ("The governor is going to Jackson, where 13 of the state's 16 fatalities were reported.",
     "The governor is going to Jackson, where 13 people were killed.", False),
    ("The first nationwide strike in more than two decades.", "The first national strike in over 20 years.", False),
    ("Dynes will get $395,000 a year, up from a salary of $361,400.",
     "Dynes will earn $395,000, over a salary of $361,400.", False),
])
def test_figures_disagree_only_when_both_give_figures_that_do_not_fit(a: str, b: str, disagree: bool) -> None:
    assert figures_disagree(content(a), content(b)) is disagree
    assert figures_disagree(content(b), content(a)) is disagree


def test_a_rare_number_shared_by_chance_is_no_evidence_when_the_other_figures_differ() -> None:
    """Among many sentences a decimal like "0.18" is rare, so weighs a lot; two market reports
    that share it and differ in every other figure report different days."""
    rng = random.Random(3)
    filler = [gibberish(rng, 12) for _ in range(400)]
    left = ["SPX shed 1.8 points, or 0.18 percent, to 991.", "IXIC fell 23.54 points, or 1.42 percent, to 1,630.08.",
            *filler[:200]]
    right = ["IXIC lost 2 points, or 0.18 percent, to 1,649.",
             "IXIC lost 23.54 points, or 1.42 percent, to 1,630.08 on Friday.", *filler[200:]]
    a, b = sides(left, right)
    ci, cj, scores = Scorer(a, b).scored(0.0)
    got = {(int(i), int(j)): float(s) for i, j, s in zip(ci, cj, scores, strict=True)}
    assert got[(0, 0)] < aligner.DEFAULT_THRESHOLD - 10  # 79 when the shared "0.18" counted
    assert got[(1, 1)] >= aligner.DEFAULT_THRESHOLD  # the same figures: the same report


HOTEL_L = [
    "Fire crews pulled three people from the burning Hotel Adler in Kessel on Sunday night.",
    "Three people were pulled from the burning Hotel Adler in Kessel, the fire chief said.",
]
HOTEL_R = [
    "Fire crews pulled three people from the burning Hotel Adler in Kessel late on Sunday.",
    "The fire chief said the burning Hotel Adler in Kessel had passed a safety inspection in May.",
]


def test_a_sentence_whose_clearly_better_partner_went_elsewhere_does_not_fall_back(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The left's second sentence repeats the first's news; its best partner is taken by the
    first, and its next best only shares the place and the fire chief."""
    got = pairs(aligner.align(article(HOTEL_L), article(HOTEL_R, "b.txt"), semantic=False))
    assert got == [((0,), (0,))]
    monkeypatch.setattr(aligner, "FALLBACK_MARGIN", 1e9)
    assert ((1,), (1,)) in pairs(aligner.align(article(HOTEL_L), article(HOTEL_R, "b.txt"), semantic=False))


def test_in_long_documents_the_leftovers_still_link_by_meaning() -> None:
    """Thirty long stories in another order on each side, each followed by a short sentence of
    its own: the sentences around the scattered matches are more than the paraphrase pass may
    read, so its rules of structure are off, but the few sentences left unmatched are read and
    the two that say one thing in other words are linked."""
    rng = random.Random(5)
    stories = [gibberish(rng, 150) for _ in range(30)]
    people = ["Anna", "Boris", "Chen", "Dara", "Emil", "Fatima", "Goran", "Hana", "Ivo", "Jana"]
    places = ["north", "south", "east", "west", "upper", "lower"]
    animals = ["dog", "cat", "goat", "horse", "parrot", "rabbit"]
    own_l = [f"{people[k % 10]} planted apple trees in the {places[k % 6]} orchard." for k in range(30)]
    own_r = [f"The {animals[k % 6]} chased a red ball across the park near the river." for k in range(30)]
    own_l[12] = "The museum will stay closed until Tuesday."
    own_r[20] = "The museum is shut until Tuesday."
    order = list(range(30))
    rng.shuffle(order)
    left = [t for k in range(30) for t in (stories[k], own_l[k])]
    right = [t for k in order for t in (stories[k], own_r[k])]
    assert sum(map(len, left)) + sum(map(len, right)) > paraphrase.MAX_CHARS

    read: list[int] = []

    def counting(texts: Sequence[str]) -> embed.Vectors | None:
        read.append(sum(map(len, texts)))
        return embed.encode(texts)

    got = aligner._align(left, right, aligner.DEFAULT_THRESHOLD, None, None, counting)
    museum = (2 * 12 + 1, 2 * order.index(20) + 1)
    assert [(m.left, m.right) for m in got if m.by_meaning] == [((museum[0],), (museum[1],))]
    assert len(got) == 31  # the stories, and the museum: no other short sentence
    assert sum(read) < paraphrase.MAX_CHARS // 10  # the leftovers only
