"""The HTML and Markdown exports of a comparison: valid, escaped, complete, and written where a
user over SSH can find them; `parallax compare --html/--markdown` on the command line."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import html5lib
import pytest
import yaml
from markdown_it import MarkdownIt

from tests.conftest import FIXTURES, SEEDS
from tui.engine.align import align
from tui.engine.corpus import read_article
from tui.engine.model import Alignment, Article, Match, Sentence
from tui.engine.shelf import covered
from tui.export import render_html, render_markdown, write_export
from tui.export.html import SCRIPT
from tui.export.markdown import escape

ROOT = Path(__file__).resolve().parents[1]
HOSTILE_LEFT = FIXTURES / "hostile" / "export_left.txt"
HOSTILE_RIGHT = FIXTURES / "hostile" / "export_right.txt"
WHEN = datetime(2026, 12, 1, 10, 30, tzinfo=UTC)
NS = "{http://www.w3.org/1999/xhtml}"
BIG_SIDE = 2000
"""Sentences a side in the size test: the size the issue names."""
MAX_PAGE_BYTES = 5_000_000
"""The issue's budget for a 2 x 2,000-sentence page."""


def hostile_alignment() -> Alignment:
    left, _ = read_article(str(HOSTILE_LEFT))
    right, _ = read_article(str(HOSTILE_RIGHT))
    return align(left, right, semantic=False)


def seed_alignment() -> Alignment:
    left, _ = read_article(str(SEEDS / "000_7f0f2242164ee204.txt"))
    right, _ = read_article(str(SEEDS / "003_0f17ba297f544814.txt"))
    return align(left, right, semantic=False)


def article(path: str, texts: list[str], **meta: str | None) -> Article:
    sentences, body, at = [], "", 0
    for text in texts:
        sentences.append(Sentence(text, at, at + len(text)))
        body += text + "\n\n"
        at = len(body)
    fields: dict[str, Any] = {"title": None, "outlet": None, "author": None, "date": None, "url": None}
    fields.update(meta)
    return Article(path=path, body=body, sentences=tuple(sentences), **fields)


def parse(page: str) -> Any:
    """The page as html5lib's strict parser reads it: any parse error raises."""
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=True).parse(page)


def text_of(element: Any) -> str:
    return "".join(element.itertext())


def by_id(tree: Any) -> dict[str, Any]:
    return {el.get("id"): el for el in tree.iter() if el.get("id")}


# --- HTML ---------------------------------------------------------------------------------

def test_hostile_article_text_adds_no_markup_and_the_page_parses_strictly() -> None:
    alignment = hostile_alignment()
    page = render_html(alignment, generated=WHEN)
    tree = parse(page)
    tags = {el.tag.removeprefix(NS) for el in tree.iter() if isinstance(el.tag, str)}
    # Only the page's own elements: none of the article's <script>, <style>, <img>, <b>, <div>.
    assert tags <= {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p", "span", "ul",
                    "li", "mark", "main", "article", "dl", "dt", "dd", "a", "script"}, tags
    assert len(tree.findall(f".//{NS}style")) == 1
    assert [text_of(s) for s in tree.iter(f"{NS}script")] == [SCRIPT]  # the page's own, nothing else
    for el in tree.iter():
        assert not any(name.startswith("on") for name in el.attrib), el.attrib
    # The text reads back exactly, sentence by sentence, title and all.
    ids = by_id(tree)
    for side, art in (("l", alignment.left), ("r", alignment.right)):
        for i, text in enumerate(art.texts):
            assert text_of(ids[f"{side}-{i}"]) == text
    assert text_of(ids["left-title"]) == alignment.left.title
    assert '<script>alert(1)</script>' not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "\"><img" not in page and "<img" not in page


def test_forbidden_characters_in_metadata_keep_the_page_valid() -> None:
    left = article("dir/\x00bad\x85name\udcff.txt", ["One two three four five six."],
                   title="Title \x07 with \ufffe bell", outlet="</title><script>x</script>")
    right = article("b.txt", ["One two three four five six."], url="javascript:alert('x')")
    page = render_html(align(left, right, semantic=False), generated=WHEN)
    page.encode("utf-8")  # no lone surrogate left
    tree = parse(page)
    assert [text_of(s) for s in tree.iter(f"{NS}script")] == [SCRIPT]
    assert "javascript:alert(&#x27;x&#x27;)" in page  # shown as text, never a link
    assert not [a for a in tree.iter(f"{NS}a") if not a.get("href", "").startswith("#")]


def test_match_marks_partners_and_summary_follow_the_alignment() -> None:
    alignment = seed_alignment()
    assert alignment.matches
    tree = parse(render_html(alignment, generated=WHEN))
    ids = by_id(tree)
    for n, match in enumerate(alignment.matches):
        for side, indexes, spans, partner in (("l", match.left, match.left_spans, f"#r-{match.right[0]}"),
                                              ("r", match.right, match.right_spans, f"#l-{match.left[0]}")):
            texts = (alignment.left if side == "l" else alignment.right).texts
            for i in indexes:
                el = ids[f"{side}-{i}"]
                assert el.tag == f"{NS}a" and el.get("href") == partner
                assert f"k{n}" in el.get("class").split()
                marks = [text_of(m) for m in el.iter(f"{NS}mark")]
                assert marks == [texts[i][s:e] for x, s, e in sorted(spans) if x == i]
    matched_left = {i for m in alignment.matches for i in m.left}
    for i in range(len(alignment.left.sentences)):
        if i not in matched_left:
            assert "only" in ids[f"l-{i}"].get("class").split()
    summary = text_of(tree.find(f".//{NS}p[@class='summary']"))
    left_share, right_share = covered(alignment)
    assert f"{len(alignment.matches)} matches" in summary
    assert f"{left_share:.0%} of its text" in summary and f"{right_share:.0%} of its text" in summary
    assert "on 2026-12-01" in summary


def test_by_meaning_matches_are_marked_as_such() -> None:
    left = article("a.txt", ["The ministry raised fuel prices sharply.", "Nothing else happened today."])
    right = article("b.txt", ["Petrol became much dearer after a government order.", "Weather was fine."])
    alignment = Alignment(left, right, (Match((0,), (0,), 71.0, by_meaning=True),))
    tree = parse(render_html(alignment, generated=WHEN))
    ids = by_id(tree)
    for anchor in ("l-0", "r-0"):
        assert "bm" in ids[anchor].get("class").split()
        assert ids[anchor].get("title").endswith("by meaning")
    assert "1 of them by meaning" in text_of(tree.find(f".//{NS}p[@class='summary']"))
    assert "bm" not in ids["l-1"].get("class").split()


def test_the_page_fetches_nothing_and_its_policy_allows_only_its_own_style_and_script() -> None:
    page = render_html(seed_alignment(), generated=WHEN)
    tree = parse(page)
    policy = next(m.get("content") for m in tree.iter(f"{NS}meta") if m.get("http-equiv") == "Content-Security-Policy")
    assert policy.startswith("default-src 'none'; style-src 'sha256-")
    assert "script-src 'sha256-" in policy and "unsafe" not in policy
    assert not re.search(r"(?:src|href)\s*=\s*\"(?!#)", page)  # no resource and no outside link
    assert "fetch" not in SCRIPT and "XMLHttpRequest" not in SCRIPT and "src" not in SCRIPT
    assert "url(" not in page.split("<style>")[1].split("</style>")[0]
    assert "@import" not in page and "http://" not in page and "https://" not in page


def test_no_matches_and_an_empty_side_still_make_valid_documents() -> None:
    left = article("a.txt", ["Only here."])
    empty = article("b.txt", [])
    alignment = Alignment(left, empty)
    tree = parse(render_html(alignment, generated=WHEN))
    assert text_of(tree.find(f".//{NS}p[@class='summary']")).startswith("0 matches.")
    assert "only" in by_id(tree)["l-0"].get("class").split()
    meta, body = split_front_matter(render_markdown(alignment, generated=WHEN))
    assert meta["matches"] == 0 and meta["covered"] == {"left": 0.0, "right": 0.0}
    assert "## Matches" not in body and "- **1:** Only here." in body


def test_paragraphs_follow_the_body() -> None:
    left = article("a.txt", ["First one here.", "Second one here."])
    left = Article(left.path, None, None, None, None, None, "First one here. Second one here.\n\nThird.",
                   (Sentence("First one here.", 0, 15), Sentence("Second one here.", 16, 32),
                    Sentence("Third.", 34, 40)))
    tree = parse(render_html(Alignment(left, left), generated=WHEN))
    column = by_id(tree)["left"]
    paragraphs = [[el.get("id") for el in p if el.get("id")] for p in column.iter(f"{NS}p") if p.get("class") is None]
    assert paragraphs == [["l-0", "l-1"], ["l-2"]]


def test_two_thousand_matched_sentences_a_side_stay_under_five_megabytes() -> None:
    """The worst case for size: every sentence matched, a mark on every other word, a by-meaning
    note on every third match. (bench/bench_export.py measures a realistic pair and its load time.)"""
    words = [f"word{n:03d}" for n in range(30)]  # 30 words of 7 letters: 239-character sentences
    text = " ".join(words) + "."
    side = article("a.txt", [text] * BIG_SIDE, title="A", outlet="Left Outlet", date="2026-12-01")
    spans = tuple((0, 8 * k, 8 * k + 7) for k in range(0, 30, 2))
    marks = [tuple((i, s, e) for _, s, e in spans) for i in range(BIG_SIDE)]
    matches = tuple(Match((i,), (i,), 80.0, marks[i], marks[i], by_meaning=i % 3 == 0) for i in range(BIG_SIDE))
    page = render_html(Alignment(side, side, matches), generated=WHEN)
    assert page.count("<mark>") == 2 * BIG_SIDE * len(spans)
    assert len(page.encode("utf-8")) <= MAX_PAGE_BYTES


def test_the_export_package_loads_neither_textual_nor_rich() -> None:
    code = ("import sys, tui.export\n"
            "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.stdout.strip() == ""


# --- Markdown -----------------------------------------------------------------------------

def split_front_matter(document: str) -> tuple[dict[str, Any], str]:
    assert document.startswith("---\n")
    head, body = document[4:].split("\n---\n", 1)
    meta = yaml.safe_load(head)
    assert isinstance(meta, dict)
    return meta, body


@pytest.mark.parametrize("dialect", ["commonmark", "gfm-like"])
def test_markdown_escapes_article_text_in_commonmark_and_gfm(dialect: str) -> None:
    alignment = hostile_alignment()
    body = split_front_matter(render_markdown(alignment, generated=WHEN))[1]
    rendered = MarkdownIt(dialect, {"linkify": False}).enable("strikethrough").render(body) if dialect != "commonmark" \
        else MarkdownIt(dialect).render(body)
    tree = parse(f"<!DOCTYPE html><html lang=en><head><title>t</title></head><body>{rendered}</body></html>")
    tags = {el.tag.removeprefix(NS) for el in tree.iter() if isinstance(el.tag, str)}
    assert tags <= {"html", "head", "title", "body", "h1", "h2", "h3", "p", "ul", "li", "strong"}, tags
    items = [text_of(li) for li in tree.iter(f"{NS}li")]
    for art in (alignment.left, alignment.right):
        for text in art.texts:
            assert any(item.endswith(" " + text) for item in items), text
    headings = [text_of(h) for h in tree.iter(f"{NS}h1")]
    assert headings == [f"{alignment.left.title} | {alignment.right.title}"]


def test_markdown_front_matter_names_both_sources_the_date_and_the_matches() -> None:
    alignment = seed_alignment()
    meta, body = split_front_matter(render_markdown(alignment, generated=WHEN))
    assert meta["date"] == "2026-12-01"
    assert meta["left"]["path"] == alignment.left.path and meta["right"]["path"] == alignment.right.path
    assert meta["left"]["outlet"] == alignment.left.outlet and meta["right"]["date"] == alignment.right.date
    assert meta["matches"] == len(alignment.matches) and meta["by_meaning"] == 0
    assert meta["covered"]["left"] == pytest.approx(covered(alignment)[0], abs=1e-3)
    assert body.count("\n### Match ") == len(alignment.matches)


def test_markdown_bolds_the_shared_words() -> None:
    left = article("a.txt", ["The council voted on Tuesday."])
    right = article("b.txt", ["On Tuesday, the council voted."])
    match = Match((0,), (0,), 90.0, left_spans=((0, 4, 17), (0, 18, 20), (0, 21, 28)), right_spans=((0, 3, 10),))
    body = split_front_matter(render_markdown(Alignment(left, right, (match,)), generated=WHEN))[1]
    assert "- **Left 1:** The **council voted on Tuesday**." in body
    assert "- **Right 1:** On **Tuesday**, the council voted." in body


def test_escape_leaves_nothing_active() -> None:
    assert escape("a *b* _c_ `d` [e](f) <g> h|i ~~j~~ &amp; $k$ #l") == (
        r"a \*b\* \_c\_ \`d\` \[e\](f) \<g\> h\|i \~\~j\~\~ \&amp; \$k\$ \#l")
    assert escape("two\nlines\n\n# heading") == r"two lines \# heading"


# --- files and the command line -----------------------------------------------------------

def test_write_export_uses_the_first_writable_folder_and_never_overwrites(tmp_path: Path) -> None:
    alignment = seed_alignment()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    unwritable = blocker / "exports"  # cannot be created, even by root
    fallback = tmp_path / "data" / "exports"
    first = write_export(alignment, folders=[unwritable, fallback], when=WHEN)
    assert first.parent == fallback.resolve() and first.name.endswith("-20261201-103000.html")
    assert first.name.startswith("parallax-russia-makes-phone-call-to-pentagon-afte-vs-003-0f17ba297f544814-")
    second = write_export(alignment, folders=[fallback], when=WHEN)
    assert second != first and second.name.endswith("-2.html")
    assert first.read_text(encoding="utf-8") == render_html(alignment, generated=WHEN)
    markdown = write_export(alignment, "markdown", folders=[fallback], when=WHEN)
    assert markdown.suffix == ".md" and markdown.read_text(encoding="utf-8").startswith("---\n")


def test_write_export_defaults_to_the_working_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = write_export(seed_alignment(), when=WHEN)
    assert path.parent == tmp_path.resolve() and path.suffix == ".html"


def parallax(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PARALLAX_SEMANTIC": "0"}
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, encoding="utf-8",
                          env=env, cwd=cwd, timeout=300, check=False)


def test_cli_html_and_markdown_on_stdout_and_in_a_file(tmp_path: Path) -> None:
    left, right = str(HOSTILE_LEFT), str(HOSTILE_RIGHT)
    data = json.loads(parallax("compare", left, right, "--json").stdout)
    page = parallax("compare", left, right, "--html")
    assert page.returncode == 0, page.stderr
    ids = by_id(parse(page.stdout))
    for n, match in enumerate(data["matches"]):
        assert all(f"k{n}" in ids[f"l-{i}"].get("class").split() for i in match["left"])
    out = tmp_path / "page.html"
    written = parallax("compare", left, right, "--html", "-o", str(out))
    assert written.returncode == 0 and written.stdout == ""
    assert out.read_text(encoding="utf-8").split("Exported by")[0] == page.stdout.split("Exported by")[0]
    markdown = parallax("compare", left, right, "--markdown")
    assert markdown.returncode == 0 and split_front_matter(markdown.stdout)[0]["matches"] == len(data["matches"])


@pytest.mark.parametrize("flags", [["--html", "--json"], ["--markdown", "--html"], ["--json", "--markdown"],
                                   ["-o", "x.html"], ["--json", "-o", "x.json"]])
def test_cli_formats_are_exclusive(flags: list[str], tmp_path: Path) -> None:
    result = parallax("compare", str(HOSTILE_LEFT), str(HOSTILE_RIGHT), *flags, cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert not (tmp_path / "x.html").exists()


def test_cli_unwritable_output_is_one_line_exit_2(tmp_path: Path) -> None:
    result = parallax("compare", str(HOSTILE_LEFT), str(HOSTILE_RIGHT), "--html", "-o",
                      str(tmp_path / "missing" / "page.html"))
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "cannot write" in result.stderr and "Traceback" not in result.stderr
