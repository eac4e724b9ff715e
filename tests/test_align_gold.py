"""The alignment against hand-made gold files (tests/gold/pair_*.toml), in process.

The check is the same as the shared gold tool's `pair` mode: every required pair
linked, no false pair (a linked pair not listed as required, welcome or neutral),
and recall over the welcome pairs reported.

The gold files fall in three groups (see SPLIT): the ones the aligner was tuned on; a
first batch written blind, held out for one run and then used as a development set; and
two more batches written blind later and held out (flood/recall/recall_rival, written
mid-way, and heist/hack/heist_other, written after the tuning). The overall
welcome-recall floor is the level reached on the held-out files, not on the tuned ones.
Required pairs the aligner is known to miss on held-out files are listed in KNOWN_MISSES
and expected to fail (strictly: fixing one makes the test say so).
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


def run_gold(path: Path, threshold: float | None = None) -> Verdict:
    gold = tomli.loads(path.read_text(encoding="utf-8"))
    folder = SEEDS if (SEEDS / gold["left"]).exists() else FIXTURES
    left, _ = read_article(str(folder / gold["left"]))
    right, _ = read_article(str(folder / gold["right"]))
    return check(gold, alignment_json(align(left, right, threshold=threshold)))


GOLD_FILES = sorted(GOLD.glob("pair_*.toml"))

SPLIT = {
    "tuned": {"000_001", "000_003", "001_003", "002_000", "004_002", "airline", "google_fine",
              "port_rail", "port_strike", "rates", "wildfire"},
    "dev": {"quake", "deal", "vote", "derail", "quake_coast", "deal_rival", "002_001", "002_003",
            "004_000", "004_001", "004_003"},
    "held_out": {"flood", "recall", "recall_rival", "heist", "hack", "heist_other"},
}

KNOWN_MISSES = {
    # A lead sentence the other outlet split in two, whose second half is taken by a
    # closer 1:1 partner (the fire chief's sentence).
    "derail": "freight train carrying chlorine derailed",
    # Two leads that share the hospital's name and the day but say it in other words
    # ("cyberattack has forced ... to cancel" / "hit by a ransomware attack").
    "hack": "A cyberattack has forced St Brigid's Hospital",
}

WELCOME_FLOOR = 0.35
"""Overall welcome recall asserted: the level reached on the held-out files (10/28 when set),
not the tuned ones (31/41) nor the development set (16/29)."""


def _name(path: Path) -> str:
    return path.stem.removeprefix("pair_")


def test_every_gold_file_is_in_one_split() -> None:
    names = {_name(p) for p in GOLD_FILES}
    groups = list(SPLIT.values())
    assert names == set().union(*groups)
    assert sum(len(g) for g in groups) == len(names)


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_gold_pair_has_no_false_match(path: Path) -> None:
    verdict = run_gold(path)
    assert not verdict.unfound, f"snippets not found: {verdict.unfound}"
    assert not verdict.false, f"false matches: {verdict.false}"


@pytest.mark.parametrize("path", [
    pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=f"known miss: {KNOWN_MISSES[_name(p)]}"))
    if _name(p) in KNOWN_MISSES else p for p in GOLD_FILES], ids=[p.stem for p in GOLD_FILES])
def test_gold_pair_links_every_required_pair(path: Path) -> None:
    verdict = run_gold(path)
    assert not verdict.missing, f"required pairs not matched: {verdict.missing}"


def test_known_misses_are_the_only_misses() -> None:
    """A known miss names one required pair; no other required pair may go missing there."""
    for name, snippet in KNOWN_MISSES.items():
        verdict = run_gold(GOLD / f"pair_{name}.toml")
        assert [pair[0] for pair in verdict.missing] == [
            pair[0] for pair in verdict.missing if snippet in pair[0]], name
        assert len(verdict.missing) == 1, (name, verdict.missing)


def test_gold_welcome_recall_overall(capsys: pytest.CaptureFixture[str]) -> None:
    """Paraphrases matter: per file and per split reported; overall at least WELCOME_FLOOR."""
    hit = total = 0
    lines = []
    for group, names in SPLIT.items():
        g_hit = g_total = 0
        for path in GOLD_FILES:
            if _name(path) not in names:
                continue
            verdict = run_gold(path)
            lines.append(f"  {group:8} {verdict.summary(path.stem)}")
            g_hit += verdict.welcome[0]
            g_total += verdict.welcome[1]
        lines.append(f"{group}: welcome {g_hit}/{g_total}")
        hit += g_hit
        total += g_total
    with capsys.disabled():
        print("\n" + "\n".join(lines) + f"\noverall welcome {hit}/{total}")
    assert total > 0
    assert hit / total >= WELCOME_FLOOR, f"welcome recall {hit}/{total}"


def test_gold_check_catches_false_pairs() -> None:
    """The checker itself: a match outside the gold's lists is reported as false."""
    gold = {"required": [["alpha", "beta"]], "welcome": [], "neutral": []}
    data = {"left": {"sentences": ["alpha one", "gamma"]}, "right": {"sentences": ["beta two", "delta"]},
            "matches": [{"left": [0], "right": [0]}, {"left": [1], "right": [1]}]}
    verdict = check(gold, data)
    assert verdict.required == (1, 1)
    assert len(verdict.false) == 1
