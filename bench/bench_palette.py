"""The palette's search over a large library: one key's matching of 10,000 article lines.

Run with `.venv/bin/python -m bench palette`. The lines are the palette's own ("Open: outlet ·
date · headline  file"), made from ECB+ dev's articles (bench/data) repeated to LINES. For each
query the figure is the time to match every line with tui.fuzzymatch (what the palette runs on
each key) against Textual's own FuzzySearch (the baseline, which the palette used before), both
in this run. Textual's is timed only on queries it can finish: on "e e e e" over a long headline
it tries every placement of the letters (38 s for one line), so that query is timed on ours
alone, against a BUDGET in seconds.
"""

from __future__ import annotations

import time

LINES = 10_000
"""Article lines matched per key: a library of 10,000 articles."""
QUERIES = ("open: amd sea", "coverage: quake", "o")
"""Queries timed with both matchers."""
HARD = "e e e e"
"""The query Textual's matcher cannot finish on long headlines."""
BUDGET = 0.5
"""Seconds one key's matching may take, on any query (measured 0.05-0.15 s)."""


def main() -> int:
    from textual.fuzzy import FuzzySearch

    from bench.bench_events import DEV
    from tui.engine.pipeline import load_corpus_cached
    from tui.fuzzymatch import Candidate, match
    from tui.screens.picker import describe

    if not DEV.is_dir():
        print(f"no ECB+ dev data at {DEV}; skipped")
        return 0
    articles = load_corpus_cached([DEV]).articles
    lines = [f"Open: {describe(articles[k % len(articles)]).plain} {k}" for k in range(LINES)]  # each its own
    candidates = [Candidate.of(line) for line in lines]
    worst = 0.0
    for query in (*QUERIES, HARD):
        start = time.perf_counter()
        ours = sum(1 for c in candidates if match(query.lower(), c)[0] > 0)
        mine = time.perf_counter() - start
        worst = max(worst, mine)
        if query == HARD:
            print(f"  {query!r:18} {mine:6.3f} s, {ours} hits (Textual's matcher: not timed, see above)")
            continue
        fuzzy = FuzzySearch()  # its cache never hits: every line differs
        start = time.perf_counter()
        theirs = sum(1 for line in lines if fuzzy.match(query, line)[0] > 0)
        base = time.perf_counter() - start
        print(f"  {query!r:18} {mine:6.3f} s against Textual's {base:6.3f} s ({base / mine:,.0f}x faster), "
              f"{ours} hits (Textual's {theirs})")
    print(f"one key over {LINES:,} lines: at most {worst:.3f} s (budget {BUDGET} s)")
    return 0 if worst <= BUDGET else 1
