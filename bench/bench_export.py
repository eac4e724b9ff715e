"""The HTML export of a big comparison, each figure beside its baseline measured in the same run.

`python -m bench export` writes two news-like documents of 2,000 sentences each (bench_align's
generator), then reports:

- `parallax compare A B --html -o FILE` wall time, process start included, against the same
  command with `--json` (target: at most 1.5x: the page costs little beside the alignment);
- the page's size against the two documents' text (target: at most 5 MB);
- the time Chromium takes to load and lay out the page (navigation start to the load event, plus
  any layout still pending), against a page holding the same text in two plain columns (target: under 2 s).
  Skipped, saying why, where Chromium is not installed.
"""

from __future__ import annotations

import html
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.bench_align import generate, write_article

ROOT = Path(__file__).resolve().parents[1]
SIZE = 2000
"""Sentences a side: the size the issue names."""
MAX_BYTES = 5_000_000
"""The page's budget: 5 MB for 2 x 2,000 sentences."""
MAX_CLI_RATIO = 1.5
"""`--html` against `--json` on the same pair."""
MAX_LOAD_SECONDS = 2.0
"""Chromium's load and layout of the page."""
RUNS = 3
"""Runs of each timing; the median counts."""

LOAD_JS = """
(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const start = performance.now();
  document.body.getBoundingClientRect();  // any layout still pending
  return (nav.loadEventEnd - nav.startTime + performance.now() - start) / 1000;
})()
"""


def _cli(args: list[str]) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PARALLAX_SEMANTIC": "0"}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "tui", *args], env=env, check=True, capture_output=True, timeout=600)
    return time.perf_counter() - start


def _median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def _plain_page(left: list[str], right: list[str]) -> str:
    """The baseline page: the same sentences, escaped, in two plain columns, no marks."""
    def column(texts: list[str]) -> str:
        return "<div>" + "".join(f"<p>{html.escape(t)}</p>" for t in texts) + "</div>"
    return ("<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>plain</title><style>"
            "body{display:grid;grid-template-columns:1fr 1fr;margin:0}</style></head><body>"
            f"{column(left)}{column(right)}</body></html>")


def _load_seconds(pages: dict[str, Path]) -> dict[str, float] | None:
    if not (shutil.which("chromium") or shutil.which("chromium-browser")):
        return None
    from tests.e2e.browser import chromium  # the test suite's DevTools client

    times: dict[str, list[float]] = {name: [] for name in pages}
    with chromium() as page:
        for _ in range(RUNS):
            for name, path in pages.items():
                page.open(path.as_uri())
                times[name].append(float(page.evaluate(LOAD_JS)))
    return {name: _median(values) for name, values in times.items()}


def main() -> int:
    failed = False
    left, right, _truth = generate(SIZE)
    with tempfile.TemporaryDirectory(prefix="pxbench-") as tmp:
        folder = Path(tmp)
        a, b, page = folder / "a.txt", folder / "b.txt", folder / "page.html"
        write_article(a, left)
        write_article(b, right)
        json_s = _median([_cli(["compare", str(a), str(b), "--json"]) for _ in range(RUNS)])
        html_s = _median([_cli(["compare", str(a), str(b), "--html", "-o", str(page)]) for _ in range(RUNS)])
        ratio = html_s / json_s
        ok = ratio <= MAX_CLI_RATIO
        failed |= not ok
        print(f"compare --html, {SIZE} x {SIZE} sentences: {html_s:.2f} s against --json {json_s:.2f} s "
              f"({ratio:.2f}x, budget {MAX_CLI_RATIO:.2f}x) {'ok' if ok else 'TOO SLOW'}")

        size = page.stat().st_size
        text = sum(len(t.encode("utf-8")) for t in left + right)
        ok = size <= MAX_BYTES
        failed |= not ok
        print(f"page size: {size / 1e6:.2f} MB against {text / 1e6:.2f} MB of text ({size / text:.2f}x; "
              f"budget {MAX_BYTES / 1e6:.2f} MB) {'ok' if ok else 'TOO BIG'}")

        plain = folder / "plain.html"
        plain.write_text(_plain_page(left, right), encoding="utf-8")
        loads = _load_seconds({"export": page, "plain": plain})
        if loads is None:
            print("browser load: skipped (chromium is not installed; scripts/system-deps installs it)")
        else:
            ok = loads["export"] <= MAX_LOAD_SECONDS
            failed |= not ok
            print(f"browser load and layout: {loads['export'] * 1000:.0f} ms against a plain page of the same text "
                  f"{loads['plain'] * 1000:.0f} ms ({loads['export'] / loads['plain']:.2f}x; budget "
                  f"{MAX_LOAD_SECONDS:.1f} s) {'ok' if ok else 'TOO SLOW'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
