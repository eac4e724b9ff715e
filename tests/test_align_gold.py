"""The alignment against hand-made gold files (tests/gold/pair_*.toml), in process.

The check is the same as the shared gold tool's `pair` mode: every required pair
linked, no false pair (a linked pair not listed as required, welcome or neutral),
and recall over the welcome pairs reported.

The gold files fall in four groups (see SPLIT): the ones the word passes were tuned on;
a first batch written blind, held out for one run and then used as a development set;
two batches written blind later (flood/recall/recall_rival and heist/hack/heist_other),
held out from the word passes and then used to set the paraphrase pass; a fourth batch
(bank/court/fire/grounding), written blind by someone who never ran the aligner, after
that tuning, and held out; and a fifth (strike/summit/storms_rival/bridge/verdict/
launch_rival), also blind, measured once (no false pair, one required pair missed: two
leads that open in other words, which the opening rule of the paraphrase pass then
fixed), so now part of paraphrase_dev; and a sixth (outbreak/budget/rescue/match_rival),
blind, written after all of it and held out. Welcome recall is asserted overall and on the held-out
batches. Every required pair of every file is linked (the last two misses, derail's lead
split in two and hack's two leads in other words, went with the paraphrase pass).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import tomli

from tests.goldcheck import find
from tui.commands.compare import alignment_json
from tui.engine.align import align
from tui.engine.corpus import read_article

GOLD = Path(__file__).resolve().parent / "gold"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
FIXTURES = GOLD / "fixtures"

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
    allowed: set[tuple[int, int]] = set()
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


def run_gold(path: Path, threshold: float | None = None, *, semantic: bool = True) -> Verdict:
    gold = tomli.loads(path.read_text(encoding="utf-8"))
    folder = SEEDS if (SEEDS / gold["left"]).exists() else FIXTURES
    left, _ = read_article(str(folder / gold["left"]))
    right, _ = read_article(str(folder / gold["right"]))
    return check(gold, alignment_json(align(left, right, threshold=threshold, semantic=semantic)))


GOLD_FILES = sorted(GOLD.glob("pair_*.toml"))

SPLIT = {
    "tuned": {"000_001", "000_003", "001_003", "002_000", "004_002", "airline", "google_fine",
              "port_rail", "port_strike", "rates", "wildfire"},
    "dev": {"quake", "deal", "vote", "derail", "quake_coast", "deal_rival", "002_001", "002_003",
            "004_000", "004_001", "004_003"},
    "paraphrase_dev": {"flood", "recall", "recall_rival", "heist", "hack", "heist_other",
                       "strike", "summit", "storms_rival", "bridge", "verdict", "launch_rival"},
    "held_out": {"bank", "court", "fire", "grounding", "outbreak", "budget", "rescue", "match_rival"},
}

WELCOME_FLOOR = 0.6
"""Welcome recall asserted overall and on the held-out batches. When set: overall 120/178,
held out 31/46 (words alone: 29/46); tuned 31/41, dev 16/29, paraphrase_dev 42/62."""


def _name(path: Path) -> str:
    return path.stem.removeprefix("pair_")


def test_every_gold_file_is_in_one_split() -> None:
    names = {_name(p) for p in GOLD_FILES}
    groups = list(SPLIT.values())
    assert names == set().union(*groups)
    assert sum(len(g) for g in groups) == len(names)


@pytest.mark.parametrize("semantic", [True, False], ids=["paraphrase", "words-only"])
@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_gold_pair_has_no_false_match(path: Path, semantic: bool) -> None:
    verdict = run_gold(path, semantic=semantic)
    assert not verdict.unfound, f"snippets not found: {verdict.unfound}"
    assert not verdict.false, f"false matches: {verdict.false}"


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_gold_pair_links_every_required_pair(path: Path) -> None:
    verdict = run_gold(path)
    assert not verdict.missing, f"required pairs not matched: {verdict.missing}"


def test_gold_welcome_recall_overall(capsys: pytest.CaptureFixture[str]) -> None:
    """Paraphrases matter: per file and per split reported; overall at least WELCOME_FLOOR."""
    hit = total = 0
    lines = []
    per_group: dict[str, tuple[int, int]] = {}
    for group, names in SPLIT.items():
        g_hit = g_total = 0
        for path in GOLD_FILES:
            if _name(path) not in names:
                continue
            verdict = run_gold(path)
            lines.append(f"  {group:14} {verdict.summary(path.stem)}")
            g_hit += verdict.welcome[0]
            g_total += verdict.welcome[1]
        lines.append(f"{group}: welcome {g_hit}/{g_total}")
        per_group[group] = (g_hit, g_total)
        hit += g_hit
        total += g_total
    with capsys.disabled():
        print("\n" + "\n".join(lines) + f"\noverall welcome {hit}/{total}")
    assert total > 0
    assert hit / total >= WELCOME_FLOOR, f"welcome recall {hit}/{total}"
    held, held_total = per_group["held_out"]
    assert held / held_total >= WELCOME_FLOOR, f"held-out welcome recall {held}/{held_total}"


def test_paraphrase_pass_links_what_words_miss() -> None:
    """On the files the paraphrase pass was set on, it must add links words alone do not
    make (a broken encoder would silently fall back to words alone)."""
    gained = 0
    for path in GOLD_FILES:
        if _name(path) in SPLIT["paraphrase_dev"]:
            gained += run_gold(path).welcome[0] - run_gold(path, semantic=False).welcome[0]
    assert gained >= 5


def test_gold_check_catches_false_pairs() -> None:
    """The checker itself: a match outside the gold's lists is reported as false."""
    gold = {"required": [["alpha", "beta"]], "welcome": [], "neutral": []}
    data = {"left": {"sentences": ["alpha one", "gamma"]}, "right": {"sentences": ["beta two", "delta"]},
            "matches": [{"left": [0], "right": [0]}, {"left": [1], "right": [1]}]}
    verdict = check(gold, data)
    assert verdict.required == (1, 1)
    assert len(verdict.false) == 1
