"""End to end: `parallax compare --html` opened in a real headless Chromium. The page shows every
sentence, marks the matches where the JSON says they are, fetches nothing, draws something at
1280x800, and hovering or clicking a sentence lights its partner."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FIXTURES, SEEDS
from tests.e2e.browser import chromium, png_facts
from tests.e2e.harness import poll

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("browser")]

ROOT = Path(__file__).resolve().parents[2]
PAIRS = [
    (SEEDS / "000_7f0f2242164ee204.txt", SEEDS / "003_0f17ba297f544814.txt"),
    (FIXTURES / "hostile" / "export_left.txt", FIXTURES / "hostile" / "export_right.txt"),
]
MIN_DISTINCT_BYTES = 64
"""A screenshot's pixel rows hold at least this many distinct byte values when text and colours
are drawn; a blank or single-colour page has a handful."""

# Everything the test reads from the page, in one evaluation: each sentence's text, classes,
# partner link and marked words, by id.
SENTENCES_JS = """
Array.from(document.querySelectorAll('.s')).map(el => ({
  id: el.id, text: el.textContent, classes: Array.from(el.classList), href: el.getAttribute('href'),
  marks: Array.from(el.querySelectorAll('mark')).map(m => m.textContent)}))
"""


def parallax(*args: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PARALLAX_SEMANTIC": "0"}
    result = subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, encoding="utf-8",
                            env=env, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout


def background(page: Any, anchor: str) -> str:
    return str(page.evaluate(f"getComputedStyle(document.getElementById('{anchor}')).backgroundColor"))


@pytest.mark.parametrize(("left", "right"), PAIRS, ids=["seeds", "hostile"])
def test_the_exported_page_in_chromium(left: Path, right: Path, tmp_path: Path) -> None:
    data = json.loads(parallax("compare", str(left), str(right), "--json"))
    out = tmp_path / "comparison.html"
    parallax("compare", str(left), str(right), "--html", "-o", str(out))
    url = out.as_uri()
    with chromium() as page:
        page.call("Network.enable")
        page.call("Page.enable")
        page.open(url)
        found = {s["id"]: s for s in page.evaluate(SENTENCES_JS)}

        # Every sentence of both articles, whole, under its id.
        for side in ("left", "right"):
            for i, text in enumerate(data[side]["sentences"]):
                assert found[f"{side[0]}-{i}"]["text"] == text
        assert len(found) == len(data["left"]["sentences"]) + len(data["right"]["sentences"])
        assert page.evaluate("document.querySelectorAll('img, iframe, object, embed, link').length") == 0
        assert page.evaluate("document.scripts.length") == 1  # the page's own hover script

        # The match marks where the JSON says they are.
        matched: set[str] = set()
        for n, match in enumerate(data["matches"]):
            for side, other in (("left", "right"), ("right", "left")):
                for i in match[side]:
                    sentence = found[f"{side[0]}-{i}"]
                    matched.add(sentence["id"])
                    assert f"k{n}" in sentence["classes"] and sentence["href"] == f"#{other[0]}-{match[other][0]}"
                    text = data[side]["sentences"][i]
                    spans = sorted((s, e) for x, s, e in match["spans"][side] if x == i)
                    assert sentence["marks"] == [text[s:e] for s, e in spans]
        for anchor, sentence in found.items():
            if anchor not in matched:
                assert "only" in sentence["classes"] and sentence["marks"] == []

        # The inline style sheet applies (the page's policy lets its own style in by hash).
        assert page.evaluate("getComputedStyle(document.querySelector('main')).display") == "grid"
        assert page.evaluate("getComputedStyle(document.querySelector('.s mark')).backgroundColor") \
            not in ("rgba(0, 0, 0, 0)", "transparent")

        # The page paints at its own pace after it has loaded: poll the picture for what is asserted.
        png = poll(lambda: page.screenshot(1280, 800), lambda shot: png_facts(shot)[2] >= MIN_DISTINCT_BYTES,
                   what="a drawn page at 1280x800", interval=0.5)
        width, height, distinct = png_facts(png)
        assert (width, height) == (1280, 800) and distinct >= MIN_DISTINCT_BYTES

        # Hovering a left sentence lights its partner on the right; clicking jumps to it.
        first = data["matches"][0]
        mine, partner = f"l-{first['left'][0]}", f"r-{first['right'][0]}"
        before = background(page, partner)
        box = page.evaluate(f"(() => {{ const el = document.getElementById('{mine}'); el.scrollIntoView();"
                            "const r = el.getClientRects()[0]; return [r.left + 2, r.top + r.height / 2]; })()")
        page.call("Input.dispatchMouseEvent", type="mouseMoved", x=box[0], y=box[1])
        page.wait_for(f"getComputedStyle(document.getElementById('{partner}')).backgroundColor !== '{before}'",
                      "the partner lit on hover")
        for kind in ("mousePressed", "mouseReleased"):
            page.call("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left", clickCount=1)
        page.wait_for(f"location.hash === '#{partner}'", "the partner targeted by the click")
        page.wait_for(f"(() => {{ const r = document.getElementById('{partner}').getBoundingClientRect();"
                      "return r.top >= 0 && r.bottom <= innerHeight; })()", "the partner scrolled into view")

        # Nothing but the page itself was requested.
        assert page.requests() == [url]
