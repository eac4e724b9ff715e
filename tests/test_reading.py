"""Reading files: formats, front matter, encodings, broken and hostile input."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import FIXTURES
from tui.engine.corpus import Unreadable, load_corpus, read_article
from tui.engine.decode import BinaryData, decode
from tui.engine.extract import extract, split_front_matter
from tui.engine.sanitize import strip_controls

STORY = "The council voted on Wednesday to build a tram line to the port.\n\nWork starts in 2027, it said.\n"


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


# --- formats ------------------------------------------------------------------------


def test_html_page_loses_navigation_related_box_footer_and_script() -> None:
    article, _ = read_article(FIXTURES / "articles" / "harbour_strike.html")
    text = " ".join(article.texts)
    for gone in ("Home", "Related stories", "tram line", "All rights reserved", "Privacy", "analytics"):
        assert gone not in text
    assert "900 dock workers" in article.texts[0]
    assert "remained on the table" in article.texts[-1]
    assert (article.title, article.outlet, article.author, article.date) == (
        "Dock workers walk out at Port Halden", "The Coastal Herald", "Maria Lindqvist", "2025-03-04")


def test_markdown_becomes_plain_text_and_front_matter_wins() -> None:
    article, _ = read_article(FIXTURES / "articles" / "tram_vote.md")
    text = "\n".join(article.texts)
    for syntax in ("#", "*", "[", "](", "![", "> "):
        assert syntax not in text
    assert article.texts[0].startswith("The city council voted 23 to 18 on Wednesday to build a tram line from")
    assert (article.title, article.outlet, article.author, article.date, article.url) == (
        "Council backs tram line to Port Halden", "Halden Daily", "Sam Okafor", "2025-03-05",
        "https://haldendaily.example/news/tram-vote")


def test_hard_wrapped_wire_story_with_dateline() -> None:
    article, _ = read_article(FIXTURES / "articles" / "wire_dateline.txt")
    assert article.texts[0].startswith("Hundreds of residents were evacuated from towns along the Rhone on Sunday")
    assert article.texts[0].endswith("more rain was forecast for Monday.")
    text = " ".join(article.texts)
    for gone in ("LYON", "Photo:", "Getty", "Advertisement", "Reporting by", "Read more", "https://"):
        assert gone not in text
    assert "No deaths were reported." in article.texts
    assert article.author == "Priya Raman and Tomas Vidal"


def test_yaml_front_matter_in_a_text_file(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "---\ntitle: Tram vote\nsource: Halden Daily\ndate: 2025-03-05\n---\n" + STORY)
    article, _ = read_article(path)
    assert (article.title, article.outlet, article.date) == ("Tram vote", "Halden Daily", "2025-03-05")
    assert article.texts[0].startswith("The council voted")


def test_broken_front_matter_is_left_as_text_not_a_crash() -> None:
    meta, rest = split_front_matter("+++\ntitle = \n+++\nBody.")
    assert meta == {} and rest.startswith("+++")


def test_front_matter_with_a_wrong_date_gives_no_date() -> None:
    meta, _ = split_front_matter('+++\ndate = "soon"\ntitle = "T"\n+++\n')
    assert meta == {"title": "T"}


def test_html_without_extension_is_detected() -> None:
    doc = extract("<!DOCTYPE html><html><body><p>Hello there, world of news.</p></body></html>", ".txt")
    assert doc.kind == "html"


# --- encodings and broken files ------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Café society: Zoë’s “naïve” résumé — €5.".encode("cp1252"), "Café society: Zoë’s “naïve” résumé — €5."),
        ("Señor Müller aß Käse à la française, très bien.".encode("latin-1"),
         "Señor Müller aß Käse à la française, très bien."),
        ("Grüße aus Köln, sagte er.".encode("utf-16"), "Grüße aus Köln, sagte er."),
        (b"\xef\xbb\xbfPlain UTF-8 with a BOM.", "Plain UTF-8 with a BOM."),
    ],
    ids=["cp1252", "latin-1", "utf-16-bom", "utf-8-bom"],
)
def test_other_encodings_are_decoded(data: bytes, expected: str) -> None:
    text, encoding = decode(data)
    assert text == expected
    assert encoding is not None or data.startswith(b"\xef\xbb\xbf")


def test_binary_is_refused() -> None:
    with pytest.raises(BinaryData):
        decode(bytes(range(256)) * 20)


def test_binary_without_nuls_is_refused_by_its_controls_and_text_keeps_its_tabs_and_form_feeds() -> None:
    story = b"The council voted on Tuesday to raise bus fares by ten percent.\n"
    with pytest.raises(BinaryData):
        decode(bytes(range(1, 32)) * 8 + story * 20)  # 248 controls in 1,528 bytes, none a NUL
    laid_out = b"\t" + story.replace(b" ", b"\t") * 20 + b"\x0c\r\n\x1b[1m" * 30
    assert decode(laid_out)[0].startswith("\tThe\tcouncil")  # tabs, form feeds, CR LF and escapes are text's
    assert decode(b"\x01\x02" + story * 2)[0].endswith("percent.\n")  # 2 controls in 130 bytes: under 5 %


def test_corpus_skips_and_notices_without_losing_the_rest(tmp_path: Path) -> None:
    write(tmp_path / "good.txt", STORY)
    write(tmp_path / "cp1252.txt", ("Ça va, the minister said in Paris on Monday.\n\n" + STORY).encode("cp1252"))
    write(tmp_path / "binary.txt", b"\x00\x01\x02PNG" * 100)
    write(tmp_path / "empty.md", "")
    write(tmp_path / "blank.txt", "   \n\n  \t\n")
    write(tmp_path / "furniture.txt", "Advertisement\n\nRelated Topics\n")
    write(tmp_path / "notes.csv", "not,an,article\n")
    write(tmp_path / ".hidden.txt", STORY)
    corpus = load_corpus([tmp_path])
    names = sorted(Path(a.path).name for a in corpus.articles)
    assert names == ["cp1252.txt", "good.txt"]
    messages = {Path(n.path).name: n.message for n in corpus.notices}
    assert "binary" in messages["binary.txt"]
    assert "empty" in messages["empty.md"] and "empty" in messages["blank.txt"]
    assert "no article text" in messages["furniture.txt"]
    assert "cp1252" in messages["cp1252.txt"] or "1252" in messages["cp1252.txt"]
    assert "notes.csv" not in messages and ".hidden.txt" not in messages


def test_big_file_is_capped_with_a_notice(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", "The council met again and voted once more on the plan. " * 20000)
    article, notices = read_article(path, max_bytes=100_000)
    assert len(article.body) <= 100_000
    assert any("larger than 100,000 bytes" in n.message for n in notices)


def test_cap_inside_a_multibyte_character_still_decodes(tmp_path: Path) -> None:
    sentence = "Zoë said the vote was close, and the council agreed with her on every single point. "
    path = write(tmp_path / "a.txt", sentence * 50)
    cap = len((sentence * 9).encode()) + 3  # ends between the two bytes of the tenth "ë"
    article, notices = read_article(path, max_bytes=cap)
    assert article.texts[0] == sentence.strip() and len(article.texts) == 10
    assert not any("UTF-8" in n.message for n in notices)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_is_a_notice(tmp_path: Path) -> None:
    path = write(tmp_path / "secret.txt", STORY)
    path.chmod(0)
    corpus = load_corpus([tmp_path])
    assert corpus.articles == () and "cannot read" in corpus.notices[0].message


def test_missing_path_and_vanished_file(tmp_path: Path) -> None:
    corpus = load_corpus([tmp_path / "nowhere"])
    assert corpus.notices[0].message == "no such file or folder"
    with pytest.raises(Unreadable, match="no such file"):
        read_article(tmp_path / "gone.txt")


def test_symlink_loop_and_deep_trees_end(tmp_path: Path) -> None:
    write(tmp_path / "a" / "story.txt", STORY)
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a")
    deep = tmp_path / "deep"
    for i in range(40):
        deep = deep / f"d{i}"
    write(deep / "story.txt", STORY)
    corpus = load_corpus([tmp_path])
    assert [Path(a.path).name for a in corpus.articles] == ["story.txt"]
    assert any("symlink loop" in n.message for n in corpus.notices)
    assert any("deeper than" in n.message for n in corpus.notices)


def test_paths_are_shown_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "corpus" / "sub" / "story.txt", STORY)
    monkeypatch.chdir(tmp_path)
    corpus = load_corpus(["corpus"])
    assert corpus.articles[0].path == os.path.join("corpus", "sub", "story.txt")


def test_progress_is_reported_per_file(tmp_path: Path) -> None:
    for i in range(3):
        write(tmp_path / f"{i}.txt", STORY)
    seen: list[tuple[int, int]] = []
    load_corpus([tmp_path], progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]


# --- hostile text ------------------------------------------------------------------


@pytest.mark.parametrize(
    "hostile",
    [
        "\x1b[31mred\x1b[0m",
        "\x1b]52;c;ZXZpbA==\x07",
        "\x1b]0;pwned title\x1b\\",
        "\x1bP+q544e\x1b\\",
        "\x9b31m",
        "\x07\x08\x00\x7f",
        "\x1b]8;;http://evil.example\x07link\x1b]8;;\x07",
    ],
)
def test_escape_sequences_and_controls_are_stripped(hostile: str) -> None:
    cleaned = strip_controls(f"before {hostile} after")
    assert not any((ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F for c in cleaned)
    assert cleaned.startswith("before") and cleaned.endswith("after")


def test_hostile_article_reaches_the_engine_clean(tmp_path: Path) -> None:
    path = write(tmp_path / "x.txt", "Title\x1b]0;owned\x07 here\n\nThe mayor \x1b[2Jsaid [bold red]hello[/] today.\n\n"
                 "It was a \x1b]52;c;Zm9v\x07quiet day in the town, he added.\n")
    article, _ = read_article(path)
    joined = article.body + (article.title or "")
    assert "\x1b" not in joined and "\x07" not in joined
    assert "[bold red]hello[/]" in article.body  # markup stays literal text; the UI must not interpret it


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_an_article_or_a_clean_refusal(data: bytes) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder) / "x.txt", data)
        try:
            article, _ = read_article(path)
        except Unreadable:
            return
        for sentence in article.sentences:
            assert article.body[sentence.start : sentence.end] == sentence.text


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=3000))
def test_any_text_gives_valid_sentences(text: str) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        for suffix in (".txt", ".md", ".html"):
            path = write(Path(folder) / f"x{suffix}", text)
            try:
                article, _ = read_article(path)
            except Unreadable:
                continue
            assert all(article.body[s.start : s.end] == s.text and s.text.strip() for s in article.sentences)
            assert "\x1b" not in article.body


def test_tag_soup_page_is_read_not_hung(tmp_path: Path) -> None:
    """Hundreds of thousands of inline tags once kept the extractor busy for minutes."""
    import subprocess
    import sys

    page = ("<html><head><title>Soup</title></head><body><article><p>" + "<b>x</b> " * 400_000 + "</p>"
            "<p>The council voted on Tuesday to build the tram line to the port, officials said.</p>"
            "<p>Work is due to start in 2027, the mayor added.</p></article></body></html>")
    path = write(tmp_path / "soup.html", page)
    code = ("import sys; from tui.engine.corpus import read_article; "
            "a, _ = read_article(sys.argv[1]); print(a.texts[-1])")
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=120,
                         check=True)
    assert out.stdout.strip() == "Work is due to start in 2027, the mayor added."


def test_a_capped_file_that_gives_no_article_keeps_its_cap_notice(tmp_path: Path) -> None:
    write(tmp_path / "menu.txt", "Advertisement\n" * 50_000)
    corpus = load_corpus([tmp_path], max_bytes=10_000)
    assert [n.message for n in corpus.notices] == ["larger than 10,000 bytes; read only that much",
                                                    "no article text found"]
