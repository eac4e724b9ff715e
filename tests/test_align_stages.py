"""The comparison in two stages: the word matches at once (`align(..., semantic=False)`),
then `add_paraphrases` on them, gives exactly the one-shot `align(..., semantic=True)`, on
every gold file in both directions."""

from __future__ import annotations

from pathlib import Path

import pytest
import tomli

from tui.engine.align import Cancelled, add_paraphrases, align
from tui.engine.corpus import read_article
from tui.engine.model import Article

GOLD = Path(__file__).resolve().parent / "gold"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
GOLD_FILES = sorted(GOLD.glob("pair_*.toml"))


def _pair(path: Path) -> tuple[Article, Article]:
    gold = tomli.loads(path.read_text(encoding="utf-8"))
    folder = SEEDS if (SEEDS / gold["left"]).exists() else GOLD / "fixtures"
    left, _ = read_article(str(folder / gold["left"]))
    right, _ = read_article(str(folder / gold["right"]))
    return left, right


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_words_then_paraphrases_is_the_one_shot_alignment(path: Path) -> None:
    left, right = _pair(path)
    for a, b in ((left, right), (right, left)):
        words = align(a, b, semantic=False)
        assert not any(m.by_meaning for m in words.matches)
        assert add_paraphrases(words) == align(a, b, semantic=True)


def test_the_second_stage_adds_links_by_meaning() -> None:
    """Somewhere in the gold files the pass links what words did not: the equality above is
    not that of two word alignments."""
    added = 0
    for path in GOLD_FILES:
        left, right = _pair(path)
        words = align(left, right, semantic=False)
        full = add_paraphrases(words)
        assert {(m.left, m.right) for m in words.matches if not m.by_meaning} >= {
            (m.left, m.right) for m in full.matches if not m.by_meaning}
        added += sum(m.by_meaning for m in full.matches)
    assert added >= 20


def test_the_second_stage_honours_the_switch_and_cancellation(monkeypatch: pytest.MonkeyPatch) -> None:
    left, right = _pair(GOLD / "pair_heist.toml")
    words = align(left, right, semantic=False)
    with pytest.raises(Cancelled):
        add_paraphrases(words, cancelled=lambda: True)
    monkeypatch.setenv("PARALLAX_SEMANTIC", "0")
    assert add_paraphrases(words) == words
