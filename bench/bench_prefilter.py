"""The strong rule's word prefilter loses no pair (issue 11): `python -m bench prefilter`.

The paraphrase pass's strong rule links two unmatched sentences that are each other's closest
at STRONG_COS, and reads only the unmatched sentences with a word partner across
(`paraphrase.word_partners`, content-word Dice at least STRONG_DICE). Here every unmatched
sentence (after the word passes) of every gold file (tests/gold) and of MSRP's long-text
documents (`bench longtext`, when bench/data/msrp_test.tsv is there) is encoded, and each
pair of them at STRONG_COS or more is put to the prefilter: none may be dropped. Printed
beside: the least Dice of those pairs and of the pairs in the band just under STRONG_COS
(MARGIN_COS, the margin the floor keeps), and how many unmatched sentences the strong rule
now reads against all of them (the saving).
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import tomli

from tui.engine import align as aligner
from tui.engine import embed
from tui.engine.corpus import read_article
from tui.engine.paraphrase import STRONG_COS, STRONG_DICE, word_partners
from tui.engine.textnorm import words

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
MARGIN_COS = 0.75
"""Pairs from here to STRONG_COS are reported too: a floor they all pass has a margin."""


def _gold() -> Iterator[tuple[str, list[str], list[str]]]:
    for path in sorted(GOLD.glob("pair_*.toml")):
        gold = tomli.loads(path.read_text(encoding="utf-8"))
        folder = ROOT / "seeds" if (ROOT / "seeds" / gold["left"]).exists() else GOLD / "fixtures"
        left, _ = read_article(str(folder / gold["left"]))
        right, _ = read_article(str(folder / gold["right"]))
        yield path.stem, list(left.texts), list(right.texts)


def _msrp(folder: Path) -> Iterator[tuple[str, list[str], list[str]]]:
    from bench import bench_longtext

    if bench_longtext.DATA.exists():
        docs = bench_longtext.documents(bench_longtext.read_pairs(), folder)
        yield "msrp", list(docs.left.texts), list(docs.right.texts)


def _dice(a: str, b: str) -> float:
    ka = {w.key for w in words(a) if w.content}
    kb = {w.key for w in words(b) if w.content}
    return 2 * len(ka & kb) / max(len(ka) + len(kb), 1)


def main() -> int:
    if not embed.enabled():
        print("the encoder is off (PARALLAX_SEMANTIC): nothing to measure")
        return 1
    strong = margin = lost = unmatched = read = 0
    least = least_margin = 1.0
    with tempfile.TemporaryDirectory() as tmp:
        for name, lt, rt in [*_gold(), *_msrp(Path(tmp))]:
            if rt < lt:  # the orientation align works in
                lt, rt = rt, lt
            matches = aligner._align(lt, rt, aligner.DEFAULT_THRESHOLD, None, None, None)
            free_a = [i for i in range(len(lt)) if not any(i in m.left for m in matches)]
            free_b = [j for j in range(len(rt)) if not any(j in m.right for m in matches)]
            if not free_a or not free_b:
                continue
            vectors_a = embed.encode([lt[i] for i in free_a])
            vectors_b = embed.encode([rt[j] for j in free_b])
            if vectors_a is None or vectors_b is None:
                print(f"the encoder failed: {embed.failure()}")
                return 1
            near_a, near_b = word_partners(lt, rt, free_a, free_b)
            unmatched += len(free_a) + len(free_b)
            read += len(near_a) + len(near_b)
            grid = vectors_a @ vectors_b.T
            for p, q in zip(*np.nonzero(grid >= MARGIN_COS), strict=True):
                x, y = free_a[int(p)], free_b[int(q)]
                dice = _dice(lt[x], rt[y])
                if grid[p, q] >= STRONG_COS:
                    strong += 1
                    least = min(least, dice)
                    if word_partners(lt, rt, [x], [y]) != ([x], [y]):
                        lost += 1
                        print(f"  dropped ({name}, cos {grid[p, q]:.3f}, Dice {dice:.2f}): "
                              f"{lt[x][:60]!r} ~ {rt[y][:60]!r}")
                else:
                    margin += 1
                    least_margin = min(least_margin, dice)
    print(f"unmatched pairs at cos >= {STRONG_COS}: {strong}, least content-word Dice {least:.2f}; "
          f"at {MARGIN_COS}-{STRONG_COS}: {margin}, least Dice {least_margin:.2f}  (floor STRONG_DICE {STRONG_DICE})")
    print(f"strong rule reads {read} of {unmatched} unmatched sentences ({read / max(unmatched, 1):.0%}); "
          f"pairs at cos >= {STRONG_COS} dropped: {lost} (target 0)  {'OK' if lost == 0 else 'FAIL'}")
    return 0 if lost == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
