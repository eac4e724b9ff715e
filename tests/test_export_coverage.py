"""`parallax coverage ... --html`: the facts-by-outlets grid as one page that parses strictly,
whose every mark links to a sentence that is there, and into which no article adds markup."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import html5lib

from tests.conftest import FIXTURES, ROOT

PARALLAX = Path(sys.executable).with_name("parallax")
SEEDS = [ROOT / "seeds" / name for name in ("000_7f0f2242164ee204.txt", "001_3f8f53560a646d72.txt",
                                             "003_0f17ba297f544814.txt")]


def coverage_html(*paths: Path, cwd: Path) -> str:
    result = subprocess.run([str(PARALLAX), "coverage", *map(str, paths), "--html"], capture_output=True,
                            text=True, timeout=300, cwd=cwd, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_grid_parses_strictly_and_every_mark_links_to_its_sentence(tmp_path: Path) -> None:
    page = coverage_html(*SEEDS, cwd=tmp_path)
    html5lib.HTMLParser(strict=True).parse(page)
    targets = re.findall(r'href="#(a\d+-s\d+)"', page)
    assert len(targets) >= 6  # the first event's facts, marked in several reports each
    ids = set(re.findall(r'id="(a\d+-s\d+)"', page))
    assert set(targets) <= ids
    assert "<script" not in page and "http" not in page.split("</head>")[0].replace("http-equiv", "")


def test_article_text_adds_no_markup(tmp_path: Path) -> None:
    left, right = FIXTURES / "hostile" / "export_left.txt", FIXTURES / "hostile" / "export_right.txt"
    page = coverage_html(left, right, cwd=tmp_path)
    tree = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(page)
    elements = list(tree.iter())
    assert not [e.tag for e in elements if e.tag in ("script", "img", "iframe", "object", "link")]
    assert not [name for e in elements for name in e.attrib if name.lower().startswith("on")]
    assert "onerror=alert(2)" in "".join(tree.itertext())  # shown as the text it is


def test_o_without_html_is_a_usage_error(tmp_path: Path) -> None:
    result = subprocess.run([str(PARALLAX), "coverage", *map(str, SEEDS[:2]), "-o", str(tmp_path / "x.html")],
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 2 and result.stderr.count("\n") == 1
