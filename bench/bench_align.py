"""Alignment speed and quality against a difflib baseline, measured in the same run.

`python -m bench align` generates two news-like documents of 5,000 sentences each
(the right one rewords, splits and reorders 60% of the left and adds 40% of its own),
then reports, each beside its baseline or target:

- time to align them (tui.engine.align) against difflib.SequenceMatcher scoring the
  same candidate pairs (target: >= 20x faster);
- quality (precision, recall, F1 of linked sentence pairs against the generator's
  truth) against difflib with the same global assignment at its best threshold
  (target: equal or better);
- peak memory of a process that reads and aligns the two documents (target: <= 1 GiB);
- wall time of `parallax compare A B --json` on two 2,000-sentence documents, process
  start included (target: <= 10 s);
- the paraphrase pass on two real reports (seeds 000 and 001): wall time and peak memory
  of `compare --json` in a fresh process with the sentence encoder against the same
  command with words alone (PARALLAX_SEMANTIC=0), and the matches of each (targets:
  <= 1.5x words alone, <= 10 s, <= 1 GiB); then once more from the cache (<= 1.1x).
"""

from __future__ import annotations

import difflib
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from tui.engine.model import Article

ROOT = Path(__file__).resolve().parents[1]
SIZE = 5000
CLI_SIZE = 2000
SPEEDUP_TARGET = 20.0
MEMORY_TARGET = 1 << 30
CLI_TARGET = 10.0
COLD_RATIO = 1.5  # compare with the paraphrase pass, empty cache, against words alone (issue 11)
WARM_RATIO = 1.1  # the same, vectors read from the cache
RUNS = 3

FUNCTION = ["the", "of", "and", "to", "in", "a", "on", "for", "with", "that", "by", "at", "from", "as"]
SYLLABLES = ["ka", "lo", "mi", "ra", "ten", "vo", "shi", "dan", "per", "qua", "zel", "nor", "bri", "sto",
             "ul", "ex", "tor", "gan", "fi", "mer", "pla", "dre", "cus", "hol", "jun", "wex"]


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


class _Writer:
    """Sentences drawn from a Zipf-like vocabulary, with names and numbers, like news copy."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.words = _vocabulary(self.rng, 12000)
        self.rng.shuffle(self.words)  # frequency rank must not follow spelling
        self.names = [w.capitalize() for w in _vocabulary(self.rng, 1500)]
        weights = [1.0 / (rank + 1) ** 1.05 for rank in range(len(self.words))]
        total = 0.0
        self.cum: list[float] = []
        for w in weights:
            total += w
            self.cum.append(total)

    def word(self) -> str:
        r = self.rng.random()
        if r < 0.25:
            return self.rng.choice(FUNCTION)
        if r < 0.35:
            return self.rng.choice(self.names)
        if r < 0.37:
            return str(self.rng.randint(2, 2030))
        return self.rng.choices(self.words, cum_weights=self.cum)[0]

    def words_of(self, n: int) -> list[str]:
        return [self.word() for _ in range(n)]

    def sentence(self, words: list[str]) -> str:
        text = " ".join(words)
        return text[0].upper() + text[1:] + "."

    def reword(self, words: list[str]) -> list[list[str]]:
        """A paraphrase: some words replaced or dropped, clauses rotated, sometimes split in two."""
        rng = self.rng
        out = []
        for w in words:
            r = rng.random()
            if r < 0.08:
                continue
            out.append(self.word() if r < 0.30 else w)
        if len(out) > 8 and rng.random() < 0.5:
            cut = rng.randrange(3, len(out) - 3)
            out = [*out[cut:], "and", *out[:cut]]
        if len(out) > 14 and rng.random() < 0.15:
            cut = rng.randrange(6, len(out) - 6)
            return [out[:cut], out[cut:]]
        return [out]


def generate(n: int, seed: int = 1) -> tuple[list[str], list[str], set[tuple[int, int]]]:
    """Two documents of `n` sentences and the true (left, right) sentence pairs."""
    writer = _Writer(seed)
    rng = writer.rng
    left_words = [writer.words_of(rng.randint(12, 28)) for _ in range(n)]
    left = [writer.sentence(w) for w in left_words]
    chosen = sorted(rng.sample(range(n), int(0.6 * n)))
    units: list[tuple[int | None, list[str]]] = []
    for i in chosen:
        units.append((i, [writer.sentence(p) for p in writer.reword(left_words[i])]))
    while sum(len(u[1]) for u in units) < n:
        units.append((None, [writer.sentence(writer.words_of(rng.randint(12, 28)))]))
    # Reorder: shuffle blocks of a few units, as reports reorder paragraphs.
    blocks = [units[k:k + 4] for k in range(0, len(units), 4)]
    rng.shuffle(blocks)
    right: list[str] = []
    truth: set[tuple[int, int]] = set()
    for block in blocks:
        for source, sentences in block:
            for s in sentences:
                if len(right) >= n:
                    break
                if source is not None:
                    truth.add((source, len(right)))
                right.append(s)
    return left, right, truth


def write_article(path: Path, sentences: list[str]) -> None:
    """Five sentences a paragraph, paragraphs apart: plain text the reader segments back."""
    paragraphs = [" ".join(sentences[k:k + 5]) for k in range(0, len(sentences), 5)]
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")


def _article(texts: list[str], path: str) -> Article:
    from tui.engine.model import Article, Sentence

    sentences, at = [], 0
    for t in texts:
        sentences.append(Sentence(t, at, at + len(t)))
        at += len(t) + 1
    return Article(path, None, None, None, None, None, " ".join(texts), tuple(sentences))


def _quality(links: set[tuple[int, int]], truth: set[tuple[int, int]]) -> tuple[float, float, float]:
    hit = len(links & truth)
    precision = hit / len(links) if links else 1.0
    recall = hit / len(truth) if truth else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _greedy(ci: np.ndarray, cj: np.ndarray, scores: np.ndarray, limit: float) -> set[tuple[int, int]]:
    """The same global best-first 1:1 assignment the engine uses, for the baseline's scores."""
    ok = np.flatnonzero(scores >= limit)
    order = ok[np.lexsort((cj[ok], ci[ok], -scores[ok]))]
    used_a: set[int] = set()
    used_b: set[int] = set()
    links = set()
    for n in order.tolist():
        i, j = int(ci[n]), int(cj[n])
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        links.add((i, j))
    return links


def _child_peak(left_path: Path, right_path: Path) -> tuple[int, float]:
    """Peak RSS (bytes) and wall time of a fresh process that reads and aligns two files."""
    code = (
        "import resource, sys, time\n"
        "from tui.engine.corpus import read_article\n"
        "from tui.engine.align import align\n"
        "t = time.perf_counter()\n"
        f"a, _ = read_article({str(left_path)!r}); b, _ = read_article({str(right_path)!r})\n"
        "m = align(a, b)\n"
        "print(len(m.matches), time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env,
                         cwd=ROOT)
    _, seconds, kib = out.stdout.split()
    return int(kib) * 1024, float(seconds)


def _cli_peak(left: Path, right: Path, semantic: bool, cache: Path) -> tuple[float, int, int]:
    """Wall time (process start included), peak RSS (bytes) and number of matches of
    `parallax compare --json` in a fresh process whose cache folder is `cache`."""
    code = (
        "import json, io, contextlib, resource, sys\n"
        "from tui.cli import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        f"    main(['compare', {str(left)!r}, {str(right)!r}, '--json'])\n"
        "print(len(json.loads(out.getvalue())['matches']), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PARALLAX_SEMANTIC": "1" if semantic else "0",
           "XDG_CACHE_HOME": str(cache)}
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env, cwd=ROOT)
    wall = time.perf_counter() - start
    matches, kib = out.stdout.split()
    return wall, int(kib) * 1024, int(matches)


def _paraphrase_cost() -> bool:
    """`compare --json` on seeds 000 x 001 with the paraphrase pass against words alone, each
    first in an empty cache folder (cold) and then again from it (warm); medians of RUNS."""
    left, right = ROOT / "seeds" / "000_7f0f2242164ee204.txt", ROOT / "seeds" / "001_3f8f53560a646d72.txt"
    rounds: list[tuple[tuple[float, int, int], ...]] = []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as words_tmp, tempfile.TemporaryDirectory() as meaning_tmp:
            words_cache, meaning_cache = Path(words_tmp), Path(meaning_tmp)
            rounds.append((_cli_peak(left, right, False, words_cache), _cli_peak(left, right, True, meaning_cache),
                           _cli_peak(left, right, False, words_cache), _cli_peak(left, right, True, meaning_cache)))

    def median(k: int) -> float:
        return sorted(r[k][0] for r in rounds)[RUNS // 2]

    w_cold, s_cold, w_warm, s_warm = (median(k) for k in range(4))
    s_peak, w_peak = max(r[1][1] for r in rounds), max(r[0][1] for r in rounds)
    s_matches, w_matches = rounds[0][1][2], rounds[0][0][2]
    cold, warm = s_cold / w_cold, s_warm / w_warm
    fine = s_cold <= CLI_TARGET and s_peak <= MEMORY_TARGET and cold <= COLD_RATIO and warm <= WARM_RATIO
    print(f"paraphrase pass, compare --json on seeds 000 x 001 in a fresh process, empty cache (median of {RUNS}): "
          f"{s_cold:.2f} s, {s_peak / 2**20:.0f} MiB, {s_matches} matches  vs words alone {w_cold:.2f} s, "
          f"{w_peak / 2**20:.0f} MiB, {w_matches} matches -> {cold:.2f}x the time (target <= {COLD_RATIO}x), "
          f"{s_peak / w_peak:.1f}x the memory (targets <= {CLI_TARGET:.0f} s, "
          f"<= {MEMORY_TARGET / 2**20:.0f} MiB)  {'OK' if s_cold <= CLI_TARGET and cold <= COLD_RATIO else 'FAIL'}")
    print(f"  again, from the cache: {s_warm:.2f} s vs words alone again {w_warm:.2f} s -> {warm:.2f}x "
          f"(target <= {WARM_RATIO}x)  {'OK' if warm <= WARM_RATIO else 'FAIL'}")
    return fine


def main() -> int:
    from tui.engine.align import DEFAULT_THRESHOLD, align
    from tui.engine.scoring import Scorer, sides
    from tui.engine.textnorm import fold

    ok = True
    left, right, truth = generate(SIZE, seed=1)
    a_art, b_art = _article(left, "left.txt"), _article(right, "right.txt")

    walls, cpus = [], []
    for _ in range(RUNS):  # the first run is cold (word cache, thread pools); all are reported
        start, cpu = time.perf_counter(), time.process_time()
        result = align(a_art, b_art)
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    ours, ours_cpu = sorted(walls)[RUNS // 2], sorted(cpus)[RUNS // 2]
    links = {(i, j) for m in result.matches for i in m.left for j in m.right}

    a, b = sides(left, right)
    ci, cj = Scorer(a, b).candidates()
    fa = [" ".join(fold(t).split()) for t in left]
    fb = [" ".join(fold(t).split()) for t in right]
    start, cpu = time.perf_counter(), time.process_time()
    base_scores = np.fromiter(
        (100.0 * difflib.SequenceMatcher(None, fa[i], fb[j]).ratio() for i, j in zip(ci.tolist(), cj.tolist(),
                                                                                       strict=True)),
        dtype=np.float64, count=len(ci))
    base_time = time.perf_counter() - start
    base_cpu = time.process_time() - cpu
    best = max((_quality(_greedy(ci, cj, base_scores, t), truth), t) for t in range(30, 95, 5))
    (bp, br, bf), base_threshold = best
    p, r, f = _quality(links, truth)

    speedup = base_time / ours
    print(f"documents: {len(left)} x {len(right)} sentences, {len(truth)} true pairs, "
          f"{len(ci)} candidate pairs (of {len(left) * len(right)})")
    print(f"align time (median of {RUNS} runs: {', '.join(f'{w:.2f}' for w in walls)} s): {ours:.2f} s  "
          f"vs difflib baseline on the same candidates: {base_time:.2f} s "
          f"-> {speedup:.1f}x faster (target >= {SPEEDUP_TARGET:.0f}x)  "
          f"{'OK' if speedup >= SPEEDUP_TARGET else 'FAIL'}")
    print(f"  cpu time, all threads: {ours_cpu:.2f} s vs baseline {base_cpu:.2f} s -> {base_cpu / ours_cpu:.1f}x")
    ok &= speedup >= SPEEDUP_TARGET
    print(f"quality: precision {p:.3f} recall {r:.3f} F1 {f:.3f} at threshold {DEFAULT_THRESHOLD:g}  vs "
          f"difflib precision {bp:.3f} recall {br:.3f} F1 {bf:.3f} at its best threshold {base_threshold}  "
          f"{'OK' if f >= bf else 'FAIL'}")
    ok &= f >= bf

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_article(folder / "big_left.txt", left)
        write_article(folder / "big_right.txt", right)
        peak, seconds = _child_peak(folder / "big_left.txt", folder / "big_right.txt")
        print(f"peak memory, read + align {SIZE} x {SIZE} in a fresh process: {peak / 2**20:.0f} MiB "
              f"(target <= {MEMORY_TARGET / 2**20:.0f} MiB; {seconds:.1f} s)  "
              f"{'OK' if peak <= MEMORY_TARGET else 'FAIL'}")
        ok &= peak <= MEMORY_TARGET

        cl, cr, _ = generate(CLI_SIZE, seed=2)
        write_article(folder / "cli_left.txt", cl)
        write_article(folder / "cli_right.txt", cr)
        command = [sys.executable, "-m", "tui", "compare", str(folder / "cli_left.txt"),
                   str(folder / "cli_right.txt"), "--json"]
        start = time.perf_counter()
        proc = subprocess.run(command, capture_output=True, text=True, cwd=ROOT,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
        wall = time.perf_counter() - start
        fine = proc.returncode == 0 and wall <= CLI_TARGET
        print(f"parallax compare --json, {CLI_SIZE} x {CLI_SIZE} sentences, process start included: "
              f"{wall:.2f} s (target <= {CLI_TARGET:.0f} s)  {'OK' if fine else 'FAIL'}")
        if proc.returncode != 0:
            print(proc.stderr.strip()[-500:])
        ok &= fine
    ok &= _paraphrase_cost()
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"(this bench process peaked at {kib / 1024:.0f} MiB)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
