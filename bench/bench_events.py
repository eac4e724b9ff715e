"""Event grouping: quality on ECB+ dev, time and memory from 1k to 10k articles, cache restart.

Run with `.venv/bin/python -m bench events`. Every figure is printed next to a
baseline measured in the same run: a plain TF-IDF cosine with single-link
grouping (its best threshold on ECB+ dev), and a naive all-pairs loop at small
sizes. The 10k corpus is generated from ECB+ dev: perturbed copies (sentences
dropped and shuffled) in variants whose names are swapped consistently per
event, so each variant of an event is a new event of the same kind.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "bench" / "data" / "ecbplus-dev"
GOLD = ROOT / "bench" / "data" / "ecbplus-dev.gold.json"
SIZES = (1000, 2000, 5000, 10000)
NAIVE_SIZES = (250, 500)
COLD_READ_SIZE = 2000
"""Files read cold with and without the process pool."""
BASELINE_THRESHOLD = 0.3
"""Plain TF-IDF single-link at its best threshold on ECB+ dev (0.25-0.35 all score about 0.80)."""

sys.path.insert(0, str(ROOT))

from tui.engine.model import Article, Sentence  # noqa: E402

_NAME = re.compile(r"\b[A-Z][a-z]{2,}\b")
_DIGIT = re.compile(r"\d")


def b_cubed(groups: Sequence[Sequence[int]], gold: Sequence[str]) -> float:
    """B-cubed F1 of a grouping of item indices against gold labels."""
    pred = {k: g for g, members in enumerate(groups) for k in members}
    by_g: dict[str, set[int]] = {}
    by_p: dict[int, set[int]] = {}
    for k, label in enumerate(gold):
        by_g.setdefault(label, set()).add(k)
        by_p.setdefault(pred[k], set()).add(k)
    n = len(gold)
    p = sum(len(by_g[gold[k]] & by_p[pred[k]]) / len(by_p[pred[k]]) for k in range(n)) / n
    r = sum(len(by_g[gold[k]] & by_p[pred[k]]) / len(by_g[gold[k]]) for k in range(n)) / n
    return 2 * p * r / (p + r)


def _swap(text: str, table: dict[str, str]) -> str:
    """Every name and digit of `text` through the swap table."""

    def name(m: re.Match[str]) -> str:
        return table.get(m.group(), m.group())

    def digit(m: re.Match[str]) -> str:
        return table[m.group()]

    return _DIGIT.sub(digit, _NAME.sub(name, text))


def make_article(path: str, texts: Sequence[str]) -> Article:
    """An Article from sentences, offsets into the joined body."""
    sentences = []
    pos = 0
    for text in texts:
        sentences.append(Sentence(text, pos, pos + len(text)))
        pos += len(text) + 1
    return Article(path, None, None, None, None, None, " ".join(texts), tuple(sentences))


def generate(dev: Sequence[Article], labels: Sequence[str], size: int,
             seed: int = 7, swap: bool = True) -> tuple[list[Article], list[str]]:
    """`size` articles: variant v of every dev article.

    Variant 0 is the dev set itself. In variant v every capitalised name and every
    digit of an event's articles is swapped by one table per (variant, event), so the
    variant is a new event of the same kind; its copies also lose about a fifth of
    their sentences and have the rest shuffled after the first. With swap=False the
    variants keep their names and stay the same event: events of hundreds of reports.
    """
    rng = random.Random(seed)
    pool = sorted({m for a in dev for m in _NAME.findall(a.body)})
    out: list[Article] = []
    gold: list[str] = []
    swaps: dict[tuple[int, str], dict[str, str]] = {}
    for k in range(size):
        variant, src = divmod(k, len(dev))
        article, label = dev[src], labels[src]
        texts = article.texts
        if variant and swap:
            key = (variant, label)
            if key not in swaps:
                r = random.Random(f"{seed}-{variant}-{label}")
                swaps[key] = {}
                names = sorted({m for a, lab in zip(dev, labels, strict=True) if lab == label
                                for m in _NAME.findall(a.body)})
                for name in names:
                    swaps[key][name] = r.choice(pool)
                for digit in "0123456789":
                    swaps[key][digit] = str(r.randrange(10))
            texts = [_swap(s, swaps[key]) for s in texts]
        if variant:
            keep = [texts[0]] + [s for s in texts[1:] if rng.random() > 0.2]
            middle = keep[1:]
            rng.shuffle(middle)
            texts = [keep[0], *middle]
        out.append(make_article(f"gen/{variant:02d}/{Path(article.path).name}", texts))
        gold.append(f"{label}/{variant}" if swap else label)
    return out, gold


def baseline_groups(articles: Sequence[Article], threshold: float = BASELINE_THRESHOLD) -> list[list[int]]:
    """Plain TF-IDF cosine, single-link (connected components) at a threshold; sparse product."""
    from scipy.sparse.csgraph import connected_components
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform([a.body for a in articles])
    sims = (matrix @ matrix.T).tocsr()
    sims.data[sims.data < threshold] = 0
    sims.eliminate_zeros()
    _, labels = connected_components(sims, directed=False)
    groups: dict[int, list[int]] = {}
    for k, label in enumerate(labels):
        groups.setdefault(int(label), []).append(k)
    return list(groups.values())


def naive_groups(articles: Sequence[Article]) -> list[list[int]]:
    """The placeholder's way: every pair compared in a Python loop (fuzzy ratio on the opening)."""
    from rapidfuzz import fuzz

    parent = list(range(len(articles)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    heads = [a.body[:600] for a in articles]
    for i in range(len(articles)):
        for j in range(i + 1, len(articles)):
            if fuzz.token_set_ratio(heads[i], heads[j]) > 60:
                parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for k in range(len(articles)):
        groups.setdefault(find(k), []).append(k)
    return list(groups.values())


def ours(articles: Sequence[Article]) -> list[list[int]]:
    """Parallax's grouping without pins, as indices of `articles`."""
    from tui.engine.articlefacts import corpus_facts
    from tui.engine.events import cluster_rows
    from tui.engine.people import People
    from tui.engine.weights import weight_matrix

    if not articles:
        return []
    facts = list(corpus_facts(articles))  # terms and people read together, as events.group reads them
    matrix = weight_matrix(terms for terms, _ in facts)
    return cluster_rows(matrix, articles, who=People.of_whos([who for _, who in facts]))


def _child(fn_name: str, articles: list[Article], queue: Any) -> None:
    fn: Callable[[Sequence[Article]], list[list[int]]] = globals()[fn_name]
    start = time.perf_counter()
    groups = fn(articles)
    secs = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put((secs, peak, groups))


def measure(fn_name: str, articles: list[Article]) -> tuple[float, float, list[list[int]]]:
    """Seconds, peak resident MiB (of a fresh process holding the articles) and the grouping."""
    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    proc = ctx.Process(target=_child, args=(fn_name, articles, queue))
    proc.start()
    secs, peak, groups = queue.get()
    proc.join()
    return secs, peak, groups


def cache_restart(articles: Sequence[Article]) -> tuple[float, float, int, float]:
    """Write the articles as files, then time `parallax events DIR --json` cold and warm; the peak
    resident MiB of the cold start: its largest process (itself or a pool worker), from wait4, not
    RUSAGE_CHILDREN, which would also count the baselines measured before it."""
    with tempfile.TemporaryDirectory(prefix="parallax-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        _write_corpus(articles, corpus)
        env = dict(os.environ, XDG_CACHE_HOME=str(Path(tmp) / "cache"))
        times = []
        count = 0
        for _ in range(2):
            start = time.perf_counter()
            with tempfile.TemporaryFile() as out:
                proc = subprocess.Popen([sys.executable, "-m", "tui", "events", str(corpus), "--json"],
                                        stdout=out, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
                _, status, usage = os.wait4(proc.pid, 0)
                proc.returncode = os.waitstatus_to_exitcode(status)
                times.append(time.perf_counter() - start)
                if proc.returncode != 0:
                    raise RuntimeError(f"parallax events exited with {proc.returncode}")
                out.seek(0)
                count = sum(len(e["articles"]) for e in json.loads(out.read())["events"])
            if len(times) == 1:
                peak = usage.ru_maxrss / 1024
    return times[0], times[1], count, peak


JOINING = 10
"""Articles added to a grouped corpus for the incremental figure (issue 11: 10 to 10,000 in 1 s)."""


def _joining_child(articles: list[Article], queue: Any) -> None:
    from tui.engine.cache import STATS, Cache
    from tui.engine.pipeline import article_digest, group_events_cached

    # A start from files has each article's digest from reading (pipeline.file_digest): not timed.
    digests = [article_digest(a) for a in articles]
    with tempfile.TemporaryDirectory(prefix="parallax-bench-") as tmp, \
            Cache(Path(tmp) / "kept.sqlite3") as kept, Cache(Path(tmp) / "fresh.sqlite3") as fresh:
        group_events_cached(articles[:-JOINING], cache=kept, slot="bench", digests=digests[:-JOINING])
        start = time.perf_counter()
        group_events_cached(articles, cache=kept, slot="bench", digests=digests)
        joined = time.perf_counter() - start
        start = time.perf_counter()
        group_events_cached(articles, cache=fresh, slot="bench", digests=digests)
        full = time.perf_counter() - start
    queue.put((joined, full, STATS.groupings_joined))


def joining(articles: list[Article]) -> tuple[float, float, int]:
    """Seconds to group the articles when the last JOINING join a kept grouping of the rest, and
    to group them all anew (the baseline), in a fresh process; and how many groupings joined."""
    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    proc = ctx.Process(target=_joining_child, args=(articles, queue))
    proc.start()
    out: tuple[float, float, int] = queue.get()
    proc.join()
    return out


def _write_corpus(articles: Sequence[Article], folder: Path) -> None:
    for article in articles:
        path = folder / article.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n\n".join(article.texts) + "\n", encoding="utf-8")


def cold_read(articles: Sequence[Article]) -> tuple[float, float]:
    """Seconds to read the articles' files with an empty cache: in a pool of processes (what a
    cold start does), and in one process (the baseline), each in a fresh process."""
    code = ("import sys, time\nfrom tui.engine import pipeline\n"
            "if sys.argv[2] == 'one': pipeline.POOL_MIN_FILES = 10**9\n"
            "t = time.perf_counter(); pipeline.load_corpus_cached([sys.argv[1]])\n"
            "print(time.perf_counter() - t)")
    out = []
    with tempfile.TemporaryDirectory(prefix="parallax-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        _write_corpus(articles, corpus)
        for how in ("pool", "one"):
            env = dict(os.environ, XDG_CACHE_HOME=str(Path(tmp) / f"cache-{how}"), PYTHONPATH=str(ROOT))
            done = subprocess.run([sys.executable, "-c", code, str(corpus), how], capture_output=True, text=True,
                                  env=env, cwd=ROOT, check=True)
            out.append(float(done.stdout.strip()))
    return out[0], out[1]


def main() -> int:
    from tui.engine.pipeline import load_corpus_cached

    if not DEV.is_dir():
        print(f"no ECB+ dev data at {DEV}; skipped")
        return 0
    gold_map = json.loads(GOLD.read_text(encoding="utf-8"))
    dev = sorted(load_corpus_cached([DEV]).articles, key=lambda a: a.path)
    labels = [gold_map[Path(a.path).name] for a in dev]

    print(f"ECB+ dev ({len(dev)} articles, {len(set(labels))} events): B-cubed F1")
    secs, _, groups = measure("ours", list(dev))
    base_secs, _, base = measure("baseline_groups", list(dev))
    print(f"  parallax             {b_cubed(groups, labels):.3f}  ({len(groups)} events, {secs:.2f} s)")
    print(f"  baseline tfidf+slink {b_cubed(base, labels):.3f}  ({len(base)} events, {base_secs:.2f} s)")

    print("naive all-pairs loop (placeholder), for the growth:")
    for size in NAIVE_SIZES:
        articles, _ = generate(dev, labels, size)
        secs, peak, _ = measure("naive_groups", articles)
        print(f"  {size:>6} articles  {secs:7.2f} s  -> 10k by n^2: {secs * (10000 / size) ** 2 / 60:.0f} min")

    print("generated corpus (variants with swapped names): time, peak RSS, B-cubed F1")
    print(f"  {'articles':>8}  {'parallax':>26}  {'baseline tfidf+slink':>26}")
    for size in SIZES:
        articles, gold = generate(dev, labels, size)
        secs, peak, groups = measure("ours", articles)
        b_secs, b_peak, b_groups = measure("baseline_groups", articles)
        print(f"  {size:>8}  {secs:6.2f} s {peak:6.0f} MiB F1 {b_cubed(groups, gold):.3f}"
              f"  {b_secs:6.2f} s {b_peak:6.0f} MiB F1 {b_cubed(b_groups, gold):.3f}", flush=True)

    articles, gold = generate(dev, labels, 5000, swap=False)
    secs, peak, groups = measure("ours", articles)
    b_secs, b_peak, b_groups = measure("baseline_groups", articles)
    print("generated, names kept (42 events of about 120 reports each):")
    print(f"  {5000:>8}  {secs:6.2f} s {peak:6.0f} MiB F1 {b_cubed(groups, gold):.3f}"
          f"  {b_secs:6.2f} s {b_peak:6.0f} MiB F1 {b_cubed(b_groups, gold):.3f}", flush=True)

    articles, _ = generate(dev, labels, COLD_READ_SIZE)
    pool, one = cold_read(articles)
    print(f"reading {COLD_READ_SIZE} files, empty cache: {pool:.1f} s in a pool of {os.cpu_count()} cores "
          f"against {one:.1f} s in one process ({one / pool:.2f}x)")

    articles, _ = generate(dev, labels, SIZES[-1])
    joined, full, count = joining(articles)
    print(f"{JOINING} articles joining {len(articles) - JOINING} grouped ones: {joined:.2f} s "
          f"against {full:.2f} s grouping all anew ({full / joined:.1f}x faster; target <= 1 s)"
          f"{'' if count == 1 else '  FAIL: not joined'}")
    cold, warm, count, peak = cache_restart(articles)
    print(f"`parallax events` on {count} files: first start {cold:.1f} s, peak {peak:.0f} MiB (reads and "
          f"groups; target <= 20 s, 1024 MiB), second start {warm:.2f} s (cache; target <= 1.5 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
