"""Sentence alignment: behaviour on hand-built articles, and properties under hypothesis."""

from __future__ import annotations

import json
import random
from collections.abc import Sequence

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.commands.compare import alignment_json
from tui.engine.align import DEFAULT_THRESHOLD, Cancelled, align
from tui.engine.model import Alignment, Article, Match, Sentence
from tui.engine.scoring import FULL_PAIRS, IDENTICAL_BAND, Scorer, sides
from tui.engine.textnorm import fold, stem, tokenize


def article(texts: list[str], path: str = "a.txt") -> Article:
    """An Article straight from sentences, as the reader would build it."""
    sentences = []
    at = 0
    for text in texts:
        sentences.append(Sentence(text, at, at + len(text)))
        at += len(text) + 1
    return Article(path, None, None, None, None, None, " ".join(texts), tuple(sentences))


def pairs(alignment: Alignment) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(m.left, m.right) for m in alignment.matches]


def marked(alignment: Alignment, side: str) -> list[str]:
    """The text of every span on one side."""
    texts = (alignment.left if side == "left" else alignment.right).texts
    out = []
    for m in alignment.matches:
        for i, start, end in (m.left_spans if side == "left" else m.right_spans):
            out.append(texts[i][start:end])
    return out


LEFT = [
    "Defense Secretary Lloyd Austin spoke by phone with Russian Defense Minister Andrey Belousov on Friday.",
    "The call came a day after the NATO summit in Washington ended.",
    "Ms. Singh said.",
    "The United States plans to deploy long-range missiles in Germany from 2026.",
    "Farmers in Iowa expect a record corn harvest this autumn.",
]
RIGHT = [
    "Washington intends to station long-range missiles in Germany starting in 2026, officials said.",
    "Peskov said.",
    "Russian Defense Minister Andrey Belousov held a phone call with U.S. Defense Secretary Lloyd Austin.",
    "A new stadium opens in Lisbon next spring.",
]


def test_reordered_paraphrases_are_matched_and_noise_is_not() -> None:
    result = align(article(LEFT), article(RIGHT, "b.txt"))
    assert pairs(result) == [((0,), (2,)), ((3,), (0,))]


def test_short_stock_sentences_make_no_pair() -> None:
    result = align(article(["Ms. Singh said.", "He added."]), article(["Peskov said.", "He added it."]))
    assert pairs(result) == []


def test_a_split_sentence_is_one_match_of_one_and_two() -> None:
    left = [
        "Russia rolled tanks across Belarus on Thursday for live-fire drills that drew an ominous warning "
        "from NATO and added urgency to Western efforts to avert an invasion of Ukraine.",
        "Grain prices rose in Chicago.",
    ]
    right = [
        "Markets were calm.",
        "Russian tanks rolled across Belarus on Thursday for live-fire drills.",
        "The drills drew an ominous warning from NATO and added urgency to Western efforts to avert an invasion.",
    ]
    result = align(article(left), article(right, "b.txt"))
    assert pairs(result) == [((0,), (1, 2))]


def test_shared_words_are_marked_as_character_spans() -> None:
    result = align(article(LEFT), article(RIGHT, "b.txt"))
    left_marks = " ".join(marked(result, "left"))
    right_marks = " ".join(marked(result, "right"))
    for phrase in ("long-range missiles in Germany", "Andrey Belousov", "Lloyd Austin"):
        assert phrase in left_marks
        assert phrase in right_marks
    # Words only one side says are not marked.
    assert "Friday" not in left_marks
    assert "station" not in right_marks


def test_identical_text_scores_100_and_threshold_limits_matches() -> None:
    same = align(article(LEFT), article(LEFT, "b.txt"))
    assert all(m.score == 100.0 for m in same.matches)
    strict = align(article(LEFT), article(RIGHT, "b.txt"), threshold=99.0)
    assert pairs(strict) == []
    loose = align(article(LEFT), article(RIGHT, "b.txt"), threshold=0.0)
    assert len(loose.matches) >= len(align(article(LEFT), article(RIGHT, "b.txt")).matches)


def test_same_input_same_output_byte_for_byte() -> None:
    first = json.dumps(alignment_json(align(article(LEFT), article(RIGHT, "b.txt"))))
    for _ in range(3):
        assert json.dumps(alignment_json(align(article(LEFT), article(RIGHT, "b.txt")))) == first


def test_empty_articles_align_to_nothing() -> None:
    assert align(article([]), article(RIGHT)).matches == ()
    assert align(article(LEFT), article([])).matches == ()


def test_progress_reaches_one_and_cancel_stops() -> None:
    seen: list[float] = []
    align(article(LEFT), article(RIGHT, "b.txt"), progress=seen.append)
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(Cancelled):
        align(article(LEFT), article(RIGHT, "b.txt"), cancelled=lambda: True)


def test_default_threshold_is_a_calibrated_midpoint() -> None:
    assert 0.0 < DEFAULT_THRESHOLD < 100.0


def _document(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    words = [f"w{k}" for k in range(3000)]
    return [" ".join(rng.choice(words) for _ in range(12)).capitalize() + "." for _ in range(n)]


def test_large_documents_are_pruned_and_still_matched() -> None:
    """Past FULL_PAIRS pairs only candidates sharing rare words are scored; reworded copies still pair."""
    left = _document(1100, 1)
    assert len(left) * len(left) > FULL_PAIRS
    rng = random.Random(2)
    right = []
    for text in left:
        words = text.rstrip(".").split()
        words[rng.randrange(len(words))] = "changed"
        right.append(" ".join(words) + ".")
    order = list(range(len(right)))
    rng.shuffle(order)
    result = align(article(left), article([right[k] for k in order], "b.txt"))
    found = {(m.left, m.right) for m in result.matches}
    expected = {((k,), (n,)) for n, k in enumerate(order)}
    assert len(found & expected) >= 0.98 * len(left)
    assert not found - expected


def test_tokens_keep_offsets_and_fold_forms() -> None:
    text = "The U.S. decision: deploying “long-range” missiles, 130,000 troops — Russia’s move."
    tokens = tokenize(text)
    for t in tokens:
        assert 0 <= t.start < t.end <= len(text)
    keys = [t.key for t in tokens]
    assert "us!" in keys and "130000" in keys
    assert stem("deployments") == stem("deployed") == stem("deploy")
    assert fold("“Quoted” — text") == '"quoted" - text'


# ---- properties -------------------------------------------------------------------------

VOCAB = ["missile", "Germany", "Austin", "Belousov", "call", "phone", "NATO", "summit", "said", "the",
         "deploy", "long-range", "Kremlin", "warned", "2026", "of", "a", "Ms.", "Singh", "talks"]
sentence_st = st.lists(st.sampled_from(VOCAB), min_size=1, max_size=10).map(lambda ws: " ".join(ws) + ".")
doc_st = st.lists(sentence_st, min_size=0, max_size=8)
unicode_doc_st = st.lists(st.text(min_size=0, max_size=40), min_size=0, max_size=6)


def mirror(alignment: Alignment) -> list[Match]:
    swapped = [Match(m.right, m.left, m.score, m.right_spans, m.left_spans, m.by_meaning) for m in alignment.matches]
    return sorted(swapped, key=lambda m: m.left)


def check_invariants(result: Alignment) -> None:
    seen_l: set[int] = set()
    seen_r: set[int] = set()
    for m in result.matches:
        assert m.left and m.right
        assert not seen_l & set(m.left) and not seen_r & set(m.right)
        seen_l.update(m.left)
        seen_r.update(m.right)
        assert 0.0 <= m.score <= 100.0
        for spans, idx, texts in ((m.left_spans, m.left, result.left.texts),
                                  (m.right_spans, m.right, result.right.texts)):
            for i, start, end in spans:
                assert i in idx
                assert 0 <= start < end <= len(texts[i])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc_st, doc_st, st.sampled_from([None, 0.0, 30.0, 80.0]))
def test_b_with_a_mirrors_a_with_b(a: list[str], b: list[str], threshold: float | None) -> None:
    ab = align(article(a), article(b, "b.txt"), threshold=threshold)
    ba = align(article(b, "b.txt"), article(a), threshold=threshold)
    assert list(ba.matches) == mirror(ab)
    check_invariants(ab)


@settings(max_examples=100, deadline=None)
@given(doc_st)
def test_an_article_matches_itself_sentence_by_sentence(a: list[str]) -> None:
    result = align(article(a), article(a, "copy.txt"))
    assert pairs(result) == [((i,), (i,)) for i in range(len(a))]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(unicode_doc_st, unicode_doc_st)
def test_arbitrary_unicode_never_crashes(a: list[str], b: list[str]) -> None:
    result = align(article(a), article(b, "b.txt"))
    check_invariants(result)
    json.dumps(alignment_json(result))


@settings(max_examples=100, deadline=None)
@given(doc_st, doc_st)
def test_pair_scores_do_not_depend_on_which_side_is_left(a: list[str], b: list[str]) -> None:
    """Scoring itself is symmetric, not only the output (which is computed in one orientation)."""
    sa, sb = sides(a, b)
    ci, cj, forward = Scorer(sa, sb).scored(0.0)
    rb, ra = sides(b, a)
    bj, bi, backward = Scorer(rb, ra).scored(0.0)
    mirrored = {(int(i), int(j)): float(v) for j, i, v in zip(bj, bi, backward, strict=True)}
    assert set(mirrored) == set(zip(ci.tolist(), cj.tolist(), strict=True))
    for i, j, v in zip(ci.tolist(), cj.tolist(), forward.tolist(), strict=True):
        assert mirrored[(i, j)] == pytest.approx(v, abs=1e-6)


def test_repeated_boilerplate_pairs_linearly_and_in_order() -> None:
    """A sentence repeated many times on both sides must not make n x n identical candidates."""
    texts = ["Advertisement.", "Markets fell sharply in Tokyo on Monday."] * 300
    a, b = sides(texts, texts)
    assert len(Scorer(a, b)._identical()) <= len(texts) * (2 * IDENTICAL_BAND + 1)
    result = align(article(texts), article(texts, "b.txt"))
    assert pairs(result) == [((i,), (i,)) for i in range(len(texts))]


def test_number_forms_key_alike() -> None:
    from tui.engine.textnorm import words

    def keys(text: str) -> list[str]:
        return [w.key for w in words(text) if w.content]

    assert keys("June 25th") == keys("June 25")
    assert keys("Twenty-two cars") == ["22", "22", "car"]
    assert keys("27%") == keys("27 percent") == keys("27 pct")
    assert keys("a dozen cases") == keys("12 cases")
    assert keys("20 3-pointers") == ["20", "3", "pointer"]  # digits never add up
    assert stem("supplied") == stem("supply") != "supp"


def test_synonym_groups_do_not_collide() -> None:
    """Every word of the paraphrase groups stems to a key of one group only."""
    from tui.engine.textnorm import _SYNONYMS

    owner: dict[str, str] = {}
    for group in _SYNONYMS:
        for word in group:
            assert owner.setdefault(stem(word), group[0]) == group[0], word


def test_context_links_a_pair_just_under_the_line_between_two_matches() -> None:
    import numpy as np

    from tui.engine.align import CONTEXT_BOTH, CONTEXT_ONE, _in_context

    limit = DEFAULT_THRESHOLD
    both = (CONTEXT_BOTH + CONTEXT_ONE) / 2 * limit  # enough between two, not beside one
    ci, cj, scores = np.array([1]), np.array([1]), np.array([both])
    sandwiched = _in_context([(0, 0, 90.0), (2, 2, 90.0)], ci, cj, scores, limit)
    assert (1, 1, both) in sandwiched
    beside_one = _in_context([(0, 0, 90.0)], ci, cj, scores, limit)
    assert beside_one == [(0, 0, 90.0)]
    crossed = _in_context([(0, 2, 90.0), (2, 0, 90.0)], ci, cj, scores, limit)
    assert len(crossed) == 2


def test_gaps_between_in_order_matches_take_mutual_best_pairs() -> None:
    import numpy as np

    from tui.engine.align import GAP_MIN, _fill_gaps

    limit = DEFAULT_THRESHOLD
    low = GAP_MIN * limit + 1
    anchors = [(0, 0, 90.0), (3, 3, 90.0)]
    ci, cj = np.array([1, 1, 2]), np.array([2, 1, 2])
    scores = np.array([low + 5, low, low + 1])
    # (1, 2) is best for both 1 and 2; (1, 1) is then taken by nobody, (2, 2) loses 2.
    assert _fill_gaps(anchors, ci, cj, scores, limit)[2:] == [(1, 2, low + 5)]
    # Outside a gap (no anchor after it) nothing is added.
    assert _fill_gaps([(0, 0, 90.0)], ci, cj, scores, limit) == [(0, 0, 90.0)]


def test_two_adjacent_sentences_that_complement_each_other_match_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """From a gold fixture: "About 800 residents were evacuated, and the army was deployed to
    fill sandbags." is said in two sentences by the other report, neither close enough alone."""
    from pathlib import Path

    import tui.engine.align as engine
    from tui.engine.corpus import read_article

    fixtures = Path(__file__).resolve().parent / "gold" / "fixtures"
    left, _ = read_article(str(fixtures / "flood_wire.txt"))
    right, _ = read_article(str(fixtures / "flood_local.txt"))
    i = next(n for n, t in enumerate(left.texts) if t.startswith("About 800 residents"))
    j = next(n for n, t in enumerate(right.texts) if t.startswith("Some 800 people"))
    assert ((i,), (j, j + 1)) in pairs(align(left, right))
    assert ((j, j + 1), (i,)) in pairs(align(right, left))
    monkeypatch.setattr(engine, "_split_units", lambda *args, **kwargs: [])
    assert ((i,), (j, j + 1)) not in pairs(align(left, right))


# ---------------------------------------------------------------------------- paraphrase pass

STORY_L = [
    "Thieves stole jewellery worth 30 million euros from the National Museum in Dorvik on Saturday.",
    "The museum will stay closed until Tuesday.",
    "Culture Minister Sofie Brandt called the theft an attack on shared history.",
]
STORY_R = [
    "Thieves took jewellery worth 30 million euros from Dorvik's National Museum on Saturday.",
    "The museum is shut until Tuesday.",
    "Culture Minister Sofie Brandt called the theft an attack on the nation's shared history.",
]


def test_a_paraphrase_between_two_matches_links_by_meaning_not_by_words() -> None:
    with_pass = pairs(align(article(STORY_L), article(STORY_R, "b.txt")))
    words_only = pairs(align(article(STORY_L), article(STORY_R, "b.txt"), semantic=False))
    assert ((1,), (1,)) in with_pass and ((1,), (1,)) not in words_only
    assert [p for p in with_pass if p != ((1,), (1,))] == words_only
    flags = {(m.left, m.right): m.by_meaning for m in align(article(STORY_L), article(STORY_R, "b.txt")).matches}
    assert flags.pop(((1,), (1,))) is True and not any(flags.values())
    mirrored = align(article(STORY_R, "b.txt"), article(STORY_L)).matches
    assert [m.by_meaning for m in mirrored] == [m.left == (1,) for m in mirrored]


def test_without_an_anchor_nothing_links_by_meaning_alone() -> None:
    """Two texts that share no match have no structure to vouch for a paraphrase."""
    from tui.engine import embed, paraphrase

    assert paraphrase.link([], STORY_L[1:2], STORY_R[1:2], embed.encode) == []


def test_the_pass_encodes_nothing_when_even_its_first_batch_is_over_budget() -> None:
    from tui.engine import embed, paraphrase

    calls: list[int] = []

    def counting(texts: Sequence[str]) -> embed.Vectors | None:
        calls.append(len(texts))
        return embed.encode(texts)

    huge = "word " * (paraphrase.MAX_CHARS // 8) + "end."  # each neighbour alone is over half the budget
    lt, rt = [STORY_L[0], huge], [STORY_R[0], f"other {huge}"]
    matches = [([0], [0], 90.0)]
    assert paraphrase.link(matches, lt, rt, counting) == matches
    assert calls == []


def test_over_budget_the_gaps_still_link_and_only_the_strong_rule_is_dropped() -> None:
    """Long unmatched text after the story is more than the budget allows: the paraphrase
    in the gap between two matches is still linked."""
    from tui.engine import embed, paraphrase

    filler = ["word " * 400 + f"number {n}." for n in range(paraphrase.MAX_CHARS // 2000 + 2)]
    left = article([*STORY_L, *filler])
    right = article([*STORY_R, *(f"other {t}" for t in filler)], "b.txt")
    assert ((1,), (1,)) in pairs(align(left, right))

    encoded: list[str] = []

    def recording(texts: Sequence[str]) -> embed.Vectors | None:
        encoded.extend(texts)
        return embed.encode(texts)

    lt, rt = left.texts, right.texts
    paraphrase.link([([0], [0], 90.0), ([2], [2], 90.0)], lt, rt, recording)
    assert not any(t in encoded for t in filler[1:])  # the strong rule's sentences were left out


def test_the_strong_rule_reads_only_unmatched_sentences_that_share_words_with_the_other_side() -> None:
    """Sentences with no content word in common with any unmatched one across cannot reach
    STRONG_COS (see paraphrase.STRONG_DICE): they are not encoded; two that share words are,
    and link by meaning though no match vouches for them."""
    from tui.engine import embed, paraphrase

    alone_l = ["The goat chased a red ball across the park near the river.",
               "Anna planted apple trees in the north orchard."]
    alone_r = ["Boris painted the old barn a bright shade of blue.", "A new stadium opens in Lisbon next spring."]
    lt = [*STORY_L, "Nobody was hurt in the raid.", *alone_l, "The stolen necklace belonged to Queen Margit."]
    rt = [*STORY_R, "No one was injured during the break-in.", *alone_r, "Queen Margit once wore the stolen necklace."]
    encoded: list[str] = []

    def recording(texts: Sequence[str]) -> embed.Vectors | None:
        encoded.extend(texts)
        return embed.encode(texts)

    linked = paraphrase.link([([0], [0], 90.0), ([2], [2], 90.0)], lt, rt, recording)
    assert ([6], [6]) in [(li, rj) for li, rj, _ in linked]  # the necklace, by the strong rule
    assert lt[6] in encoded and rt[6] in encoded and lt[3] in encoded  # (3: a match's neighbour)
    assert not set(alone_l + alone_r) & set(encoded)


def test_a_match_that_reads_as_close_as_vectors_can_reads_no_adjacent_pair() -> None:
    """A pair read together must beat the match by UNIT_GAIN: past UNIT_CEILING - UNIT_GAIN
    nothing can, so the match's sentence is not encoded with its neighbour (which is close
    enough to its partner, and closest, to be read otherwise)."""
    from tui.engine import embed, paraphrase

    same = "Roughly 120 scheduled surgeries have been called off at the city hospital."
    near = "About 120 planned operations at the city hospital were postponed."
    lt = ["A fire broke out in the basement of the city hospital on Monday night.", same]
    rt = ["Fire broke out in the city hospital's basement on Monday night.", same, near]
    vectors = embed.encode([same, near])
    assert vectors is not None and float(vectors[0] @ vectors[1]) >= paraphrase.EXTEND_HALF
    encoded: list[str] = []

    def recording(texts: Sequence[str]) -> embed.Vectors | None:
        encoded.extend(texts)
        return embed.encode(texts)

    matches = [([0], [0], 90.0), ([1], [1], 100.0)]
    assert paraphrase.link(matches, lt, rt, recording) == matches
    assert near in encoded  # read alone, as the match's unmatched neighbour
    assert not [t for t in encoded if same in t and near in t]
