"""Reading a machine-made page of a great many inline tags, against the same page without them.

Run with `.venv/bin/python -m bench pages`. A page of TAGS `<b>` tags around its words (what some
generators write) once took minutes, then 15 s, to read; the same words without the tags take
about a second. The figure is the tagged page's reading time as a ratio of the untagged one's,
both read in this process after a first page has loaded the reader; it fails over BUDGET.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

TAGS = 400_000
"""Inline tags on the tagged page: as many as tests/test_reading.py's tag soup."""
BUDGET = 3.0
"""The tagged page may take at most this many times the untagged one's time (measured 1.55x;
15x before tui.engine.extract parsed the stripped page again)."""
STORY = ("<p>The council voted on Tuesday to build the tram line to the port, officials said.</p>"
         "<p>Work is due to start in 2027, the mayor added.</p>")


def page(words: str) -> str:
    return f"<html><head><title>Soup</title></head><body><article><p>{words}</p>{STORY}</article></body></html>"


def main() -> int:
    from tui.engine.corpus import read_article

    with tempfile.TemporaryDirectory(prefix="parallax-bench-") as tmp:
        tagged, plain, first = Path(tmp) / "tagged.html", Path(tmp) / "plain.html", Path(tmp) / "first.html"
        tagged.write_text(page("<b>x</b> " * TAGS), encoding="utf-8")
        plain.write_text(page("x " * TAGS), encoding="utf-8")
        first.write_text(page("A first page loads the reader's modules."), encoding="utf-8")
        read_article(first)
        times = {}
        for path in (plain, tagged):
            start = time.perf_counter()
            article, _ = read_article(path)
            times[path] = time.perf_counter() - start
            assert article.texts[-1] == "Work is due to start in 2027, the mayor added.", article.texts[-1]
    ratio = times[tagged] / times[plain]
    print(f"a page of {TAGS:,} inline tags: {times[tagged]:.2f} s against {times[plain]:.2f} s without them "
          f"({ratio:.2f}x; budget {BUDGET}x)")
    return 0 if ratio <= BUDGET else 1
