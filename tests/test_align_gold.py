"""The alignment against hand-made gold files (tests/gold/pair_*.toml), in process.

The check is the same as the shared gold tool's `pair` mode: every required pair
linked, no false pair (a linked pair not listed as required, welcome or neutral),
and recall over the welcome pairs reported.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tui.commands.compare import alignment_json
from tui.engine.align import align
from tui.engine.corpus import read_article

GOLD = Path(__file__).resolve().parent / "gold"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
FIXTURES = GOLD / "fixtures"

FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                      "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00a0": " "})


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(FOLD)
    return re.sub(r"\s+", " ", text).strip().casefold()


def find(sentences: list[str], snippet: str) -> list[int]:
    key = fold(snippet)
    return [i for i, s in enumerate(sentences) if key in fold(s)]


@dataclass
class Verdict:
    missing: list[list[str]] = field(default_factory=list)
    unfound: list[list[str]] = field(default_factory=list)
    false: list[str] = field(default_factory=list)
    welcome: tuple[int, int] = (0, 0)
    required: tuple[int, int] = (0, 0)

    @property
    def ok(self) -> bool:
        return not self.missing and not self.unfound and not self.false

    def summary(self, name: str) -> str:
        return (f"{'PASS' if self.ok else 'FAIL'} {name}: required {self.required[0]}/{self.required[1]}, "
                f"welcome {self.welcome[0]}/{self.welcome[1]}, false {len(self.false)}")


def check(gold: dict[str, Any], data: dict[str, Any]) -> Verdict:
    """The gold tool's pair check, on the JSON `compare --json` prints."""
    left, right = data["left"]["sentences"], data["right"]["sentences"]
    owner_l: dict[int, int] = {}
    owner_r: dict[int, int] = {}
    for m, match in enumerate(data["matches"]):
        for i in match["left"]:
            owner_l[i] = m
        for j in match["right"]:
            owner_r[j] = m
    verdict = Verdict()
    for kind in ("required", "welcome"):
        hit = 0
        for pair in gold.get(kind, []):
            li, rj = find(left, pair[0]), find(right, pair[1])
            if not li or not rj:
                verdict.unfound.append(pair)
            elif any(i in owner_l and owner_l[i] == owner_r.get(j) for i in li for j in rj):
                hit += 1
            elif kind == "required":
                verdict.missing.append(pair)
        setattr(verdict, kind, (hit, len(gold.get(kind, []))))
    allowed = set()
    for kind in ("required", "welcome", "neutral"):
        for a, b in gold.get(kind, []):
            allowed.update((i, j) for i in find(left, a) for j in find(right, b))
    for match in data["matches"]:
        partners_l = {i for i in match["left"] if any((i, j) in allowed for j in match["right"])}
        partners_r = {j for j in match["right"] if any((i, j) in allowed for i in match["left"])}
        if partners_l != set(match["left"]) or partners_r != set(match["right"]):
            verdict.false.append(f"{match['left']}~{match['right']}: {left[match['left'][0]][:60]!r} ~ "
                                 f"{right[match['right'][0]][:60]!r}")
    return verdict


def run_gold(path: Path, threshold: float | None = None) -> Verdict:
    gold = tomllib.loads(path.read_text(encoding="utf-8"))
    folder = SEEDS if (SEEDS / gold["left"]).exists() else FIXTURES
    left, _ = read_article(str(folder / gold["left"]))
    right, _ = read_article(str(folder / gold["right"]))
    return check(gold, alignment_json(align(left, right, threshold=threshold)))


GOLD_FILES = sorted(GOLD.glob("pair_*.toml"))


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_gold_pair(path: Path) -> None:
    verdict = run_gold(path)
    assert not verdict.unfound, f"snippets not found: {verdict.unfound}"
    assert not verdict.missing, f"required pairs not matched: {verdict.missing}"
    assert not verdict.false, f"false matches: {verdict.false}"


def test_gold_welcome_recall_overall() -> None:
    """Paraphrases matter: over all gold files, at least 60% of the welcome pairs are linked."""
    hit = total = 0
    for path in GOLD_FILES:
        verdict = run_gold(path)
        hit += verdict.welcome[0]
        total += verdict.welcome[1]
    assert total > 0
    assert hit / total >= 0.6, f"welcome recall {hit}/{total}"


def test_gold_check_catches_false_pairs() -> None:
    """The checker itself: a match outside the gold's lists is reported as false."""
    gold = {"required": [["alpha", "beta"]], "welcome": [], "neutral": []}
    data = {"left": {"sentences": ["alpha one", "gamma"]}, "right": {"sentences": ["beta two", "delta"]},
            "matches": [{"left": [0], "right": [0]}, {"left": [1], "right": [1]}]}
    verdict = check(gold, data)
    assert verdict.required == (1, 1)
    assert len(verdict.false) == 1
