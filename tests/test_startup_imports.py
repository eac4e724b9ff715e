"""The library lists a cached corpus without the heavy modules (issue 11: a fast start).

Grouping, comparing and fetching bring NumPy, the sentence encoder (ONNX Runtime and its
tokenizer) and the fetchers (httpx, feedparser, trafilatura); none of them is needed to
list articles whose reading and grouping the cache holds. Each run is a fresh process with
the real app (Pilot, headless), since an import made by one test would hide another's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

HEAVY = ("numpy", "scipy", "onnxruntime", "tokenizers", "tui.engine.wordpiece", "trafilatura", "httpx", "feedparser",
         "tui.engine.events", "tui.engine.align", "tui.engine.clean", "tomlkit", "filelock")
"""Modules a start whose reading and grouping are cached must not import (the config's writer,
tomlkit and filelock, waits for a first write: a bookmark, a pin, a theme)."""

LIST_THEN_REPORT = """
import asyncio, json, sys, time
from tui.app import ParallaxApp
from tui.session import Session

HEAVY = {heavy!r}
LATER = {later!r}

async def main() -> None:
    app = ParallaxApp(Session([sys.argv[1]]))
    async with app.run_test(size=(100, 30)) as pilot:
        deadline = time.monotonic() + 120  # a generous bound: the machine may be busy
        # Listed, and the search index that follows the list is ready (its imports are done).
        while not (app.session.shelf is not None and app.session.index is not None
                   and app.screen.query("#events") and app.screen.query_one("#events").root.children):
            assert time.monotonic() < deadline, "the library never listed the corpus"
            await pilot.pause(0.05)
        listed = [str(node.data.path) for event in app.screen.query_one("#events").root.children
                  for node in event.children]
    print(json.dumps({{"listed": listed, "heavy": sorted(m for m in HEAVY if m in sys.modules),
                      "later": sorted(m for m in LATER if m in sys.modules)}}))

asyncio.run(main())
"""


def _list(corpus: Path) -> dict[str, list[str]]:
    code = LIST_THEN_REPORT.format(heavy=HEAVY, later=AFTER_THE_LIST)
    proc = subprocess.run([sys.executable, "-c", code, str(corpus)], capture_output=True, text=True, cwd=ROOT,
                          timeout=300, check=True)
    out: dict[str, list[str]] = json.loads(proc.stdout.splitlines()[-1])
    return out


def test_a_warm_library_lists_the_seeds_without_numpy_scipy_the_encoder_or_the_fetchers(corpus_dir: Path) -> None:
    cold = _list(corpus_dir)  # reads and groups: the cache is empty
    assert "numpy" in cold["heavy"] and "tui.engine.events" in cold["heavy"]  # so the check can see them
    warm = _list(corpus_dir)
    assert warm["heavy"] == []
    assert sorted(warm["listed"]) == sorted(cold["listed"])
    assert {Path(p).name for p in warm["listed"]} == {p.name for p in corpus_dir.glob("*.txt") if p.stat().st_size}


AFTER_THE_LIST = ("tui.engine.ties", "tui.engine.textnorm", "tui.sources.store")
"""Modules the library needs only once it is listed: the line under the tree describes its row
in a thread started after the first frame (ties, and their word tools), an update opens the
store in its own thread."""

FIRST_LISTED_FRAME = """
import json, sys
from tui.session import Session

session = Session([sys.argv[1]])
session.begin_reading()  # as `parallax` starts: the corpus is read before (or while) Textual is imported
from tui.app import ParallaxApp

LATER = {later!r}
seen = {{}}


class Watched(ParallaxApp):
    def _display(self, screen, renderable):
        super()._display(screen, renderable)
        tree = screen.query("#events")
        if renderable is not None and not seen and tree and tree.first().root.children:
            seen["imported"] = sorted(m for m in LATER if m in sys.modules)
            from tui.engine import sanitize
            seen["patterns"] = sanitize._compiled.cache_info().currsize  # the sanitizer's, compiled at first use
            self.exit()


Watched(session).run(headless=True, size=(100, 30))
print(json.dumps(seen))
"""


def test_the_first_listed_frame_waits_for_none_of_what_comes_after_it(corpus_dir: Path) -> None:
    _list(corpus_dir)  # fills the cache: the next start lists the seeds in its first frame
    code = FIRST_LISTED_FRAME.format(later=AFTER_THE_LIST)
    proc = subprocess.run([sys.executable, "-c", code, str(corpus_dir)], capture_output=True, text=True, cwd=ROOT,
                          timeout=300, check=True)
    # The seeds' headlines are printable text: cleaning them compiles none of the sanitizer's patterns.
    assert json.loads(proc.stdout.splitlines()[-1]) == {"imported": [], "patterns": 0}
    # So the check can see them: the line under the tree, once described, has imported the ties
    # (the store waits for an update).
    assert {"tui.engine.ties", "tui.engine.textnorm"} <= set(_list(corpus_dir)["later"])


COMMAND_LINE_THEN_REPORT = """
import json, sys
import tui.cli
from tui.commands import open_tui
print(json.dumps(sorted(m for m in sys.argv[1:] if m in sys.modules)))
"""


def test_the_command_line_opens_the_app_without_the_commands_helpers_or_the_store() -> None:
    """`parallax` (tui.cli, then tui.commands.open_tui) loads neither what the printing commands
    share (tui.commands.common, and the notices' grouping it brings) nor the sources store, which
    the app's start opens only when its file exists."""
    modules = ("tui.commands.common", "tui.engine.notices", "tui.sources.store")
    proc = subprocess.run([sys.executable, "-c", COMMAND_LINE_THEN_REPORT, *modules], capture_output=True,
                          text=True, cwd=ROOT, timeout=300, check=True)
    assert json.loads(proc.stdout) == []
    # So the check can see them: a printing command imports them.
    seen = subprocess.run([sys.executable, "-c", "import tui.commands.sources\n" + COMMAND_LINE_THEN_REPORT,
                           *modules], capture_output=True, text=True, cwd=ROOT, timeout=300, check=True)
    assert json.loads(seen.stdout) == sorted(modules)


COMPARE_THEN_REPORT = """
import contextlib, io, sys
from tui.cli import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    code = main(["compare", *sys.argv[1:3], "--json"])
print(out.getvalue().strip())
print("ENCODER=" + ",".join(m for m in ("onnxruntime", "tui.engine.wordpiece") if m in sys.modules))
sys.exit(code)
"""


def _compare(left: Path, right: Path, *, semantic: bool) -> tuple[str, str]:
    env = {**os.environ, "PARALLAX_SEMANTIC": "1" if semantic else "0"}
    proc = subprocess.run([sys.executable, "-c", COMPARE_THEN_REPORT, str(left), str(right)], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=300, check=True)
    *output, encoder = proc.stdout.strip().splitlines()
    return "\n".join(output), encoder


def test_compare_loads_the_encoder_only_when_it_encodes(corpus_dir: Path) -> None:
    left, right = sorted(corpus_dir.glob("00[01]_*.txt"))
    words, encoder = _compare(left, right, semantic=False)
    assert encoder == "ENCODER="
    cold, encoder = _compare(left, right, semantic=True)
    assert encoder == "ENCODER=onnxruntime,tui.engine.wordpiece"  # the first run encodes
    warm, encoder = _compare(left, right, semantic=True)
    assert encoder == "ENCODER="  # the alignment comes from the cache
    assert warm == cold and json.loads(words)["left"] == json.loads(cold)["left"]
