"""The article's own address where a copied or clipped text states it (tui/engine/ownurl.py): its
domain then names the outlet, and a date in its path dates the article, where nothing else does."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.engine.corpus import load_corpus
from tui.engine.ownurl import own_url

TITLE = "Warehouse destroyed in east side blaze"
BODY = ("Firefighters battled a blaze at a three-storey warehouse on the east side on Tuesday night, officials"
        " said. No one was injured, but the building was destroyed.\n\nResidents said they heard explosions"
        " shortly before the flames broke through the roof. Several families returned home after midnight.\n\n"
        "The warehouse had been empty for years and was due to be demolished this spring, planners said.\n")
URL = "https://www.haldendaily.com/news/2025/03/04/warehouse-fire"
OTHER = "https://www.haldendaily.com/news/2025/02/01/other-story"


@pytest.mark.parametrize(("name", "text"), [
    ("under-title.txt", f"{TITLE}\n{URL}\n\n{BODY}"),  # copied from a browser: no blank line between
    ("apart.txt", f"{TITLE}\n\n{URL}\n\n{BODY}"),
    ("source.txt", f"{TITLE}\n\nSource: {URL}\n\n{BODY}"),
    ("url-label.txt", f"{TITLE}\n\nURL: {URL}\n\n{BODY}"),
    ("source-foot.txt", f"{TITLE}\n\n{BODY}\nSource: {URL}\n"),
    ("originally.txt", f"{TITLE}\n\n{BODY}\nOriginally published at {URL}\n"),
    ("readwise.md", f"# {TITLE}\n\n## Metadata\n- Full Title: {TITLE}\n- URL: {URL}\n\n## Highlights\n\n{BODY}"),
    ("autolink.md", f"# {TITLE}\n\nSource: <{URL}>\n\n{BODY}"),
    ("joplin.md", f"{TITLE}\n\n{BODY}\nid: 8a3f1b2c4d5e6f70\nsource_url: {URL}\ncreated_time: 2025-03-06T10:11\n"),
], ids=lambda value: value if value.endswith((".txt", ".md")) else "")
def test_a_stated_address_names_the_outlet_and_the_date(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    article = load_corpus([tmp_path]).articles[0]
    assert (article.title, article.outlet, article.date, article.url) == (TITLE, "haldendaily.com", "2025-03-04", URL)
    assert "http" not in article.body and "source_url" not in article.body


@pytest.mark.parametrize(("name", "text"), [
    ("read-more.txt", f"{TITLE}\n\n{BODY}\nRead more: {OTHER}\n"),  # a link to another story
    ("in-prose.txt", f"{TITLE}\n\n{BODY}\nThe council's plan is at {URL} and open for comment until May.\n"),
    ("two.txt", f"{TITLE}\n\nSource: {URL}\n\n{BODY}\nSource: {OTHER}\n"),  # which is the article's is a guess
    ("bare-foot.txt", f"{TITLE}\n\n{BODY}\n{OTHER}\n"),  # unlabelled at the foot: a link, maybe to anything
], ids=lambda value: value if value.endswith(".txt") else "")
def test_an_address_that_may_be_another_pages_is_not_read(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    article = load_corpus([tmp_path]).articles[0]
    assert (article.outlet, article.date, article.url) == (None, None, None)


def test_an_address_alone_first_is_taken_off_the_units() -> None:
    assert own_url([URL, TITLE, "Text."]) == (URL, [TITLE, "Text."])
    assert own_url([TITLE, URL, "Text."]) == (URL, [TITLE, URL, "Text."])  # the cleaner drops the link later


def test_markdown_without_a_heading_has_its_title_read_as_a_plain_texts(tmp_path: Path) -> None:
    """A clipped note with no "#": its first short line is the headline, as in a .txt; a "##" section
    after the first paragraph is still no title (tests/fixtures/meta5/r38)."""
    (tmp_path / "a.md").write_text(f"{TITLE}\n\n{BODY}", encoding="utf-8")
    (tmp_path / "b.md").write_text(f"{BODY}\n## Where to buy\n\n{BODY}", encoding="utf-8")
    found = {Path(a.path).name: a.title for a in load_corpus([tmp_path]).articles}
    assert found == {"a.md": TITLE, "b.md": None}
