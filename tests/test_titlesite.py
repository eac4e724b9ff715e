"""The site's name a page's <title> states beside its headline (tui/engine/titlesite.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.engine.corpus import load_corpus
from tui.engine.titlesite import cut_repeated, site_from_title

HEAD = "Port reopens after storm damage"


@pytest.mark.parametrize(
    ("page_title", "site"),
    [
        (f"{HEAD} | The Baltic Ledger", "The Baltic Ledger"),
        (f"{HEAD} – The Baltic Ledger", "The Baltic Ledger"),
        (f"{HEAD} - Reuters", "Reuters"),
        (f"The Baltic Ledger | {HEAD}", "The Baltic Ledger"),
        (f"{HEAD} | Business | The Baltic Ledger", "The Baltic Ledger"),  # the site comes last
        (f"{HEAD}  ·  Voice of Halden", "Voice of Halden"),
        (f"{HEAD} | World", None),  # a section
        (f"{HEAD} | World news", None),
        # a number in a name was unsure; a broadcaster's call sign and channel say what it is (meta.is_masthead)
        (f"{HEAD} - KTLA 5 Los Angeles", "KTLA 5 Los Angeles"),
        (f"{HEAD} - Channel 5 Los Angeles", None),
        (f"{HEAD} | 4 March 2025", None),
        (f"{HEAD} | the ledger", None),  # not a capitalised name
        (f"{HEAD} | A Very Long Name That Goes On And On", None),
        (HEAD, None),
        (f"{HEAD}-Ledger", None),  # a hyphen without spaces is no separator
        ("Something else entirely | The Baltic Ledger", None),
        # a colon after a masthead's name before the headline; a section's label or a name is no site
        (f"The Baltic Ledger: {HEAD}", "The Baltic Ledger"),
        (f"Analysis: {HEAD}", None),
        (f"Voice of Halden: {HEAD}", None),  # a name, not surely a publication's
        (None, None),
    ],
)
def test_site_beside_the_headline(page_title: str | None, site: str | None) -> None:
    assert site_from_title(page_title, HEAD, [HEAD]) == site


def test_headline_must_be_the_pages_heading() -> None:
    title = f"{HEAD} | Voice of Halden"
    assert site_from_title(title, HEAD, []) is None
    assert site_from_title(title, HEAD, ["Another story"]) is None
    assert site_from_title(title, HEAD, [f"  {HEAD.upper()} "]) == "Voice of Halden"


@pytest.mark.parametrize("headings", [[], ["Another story"]])
def test_a_publications_own_name_needs_no_heading(headings: list[str]) -> None:
    """Where no <h1> is the headline, the part beside it is the site only when it is a publication's
    own name (a masthead word: "Ledger"), as a plain text's or a Markdown heading's title is cut."""
    assert site_from_title(f"{HEAD} | The Baltic Ledger", HEAD, headings) == "The Baltic Ledger"
    assert site_from_title(f"The Baltic Ledger | {HEAD}", HEAD, headings) == "The Baltic Ledger"
    assert site_from_title(f"{HEAD} | Marta Ilić", HEAD, headings) is None
    assert site_from_title("Another story | The Baltic Ledger", HEAD, headings) is None


def test_headline_with_its_own_separator() -> None:
    head = "Storm - what we know"
    assert site_from_title(f"{head} | Danube Post", head, [head]) == "Danube Post"


BODY = ("<p>Firefighters battled a blaze at a three-storey warehouse on the east side on Tuesday night, officials"
        " said. No one was injured, but the building was destroyed.</p><p>Residents said they heard explosions"
        " shortly before the flames broke through the roof. Several families returned home after midnight.</p>")
TEXT = BODY.replace("<p>", "").replace("</p>", "\n\n")
SITED = "Warehouse destroyed in east side blaze | Halden Daily"


@pytest.mark.parametrize(("name", "content"), [
    ("title.html", f"<html><head><title>{SITED}</title></head><body><article>{BODY}</article></body></html>"),
    ("og.html", f'<html><head><meta property="og:title" content="{SITED.replace("|", "-")}"></head>'
                f"<body><article>{BODY}</article></body></html>"),
    ("h1.html", f"<html><head><title>{SITED}</title></head><body><article><h1>{SITED}</h1>{BODY}</article>"
                "</body></html>"),
    ("clipped.md", f"# {SITED}\n\n> ## Excerpt\n> No one was injured.\n\n---\n{TEXT}"),  # MarkDownload's layout
], ids=["title", "og-title", "h1", "markdown"])
def test_a_titles_site_is_cut_and_names_the_outlet(tmp_path: Path, name: str, content: str) -> None:
    """However the title arrives (a page's <title>, its og:title, an <h1> or a clipper's Markdown
    heading), a publication's own name at its end is the site: the headline without it, the site as
    the outlet where nothing else names one; as a plain text's title always was."""
    (tmp_path / name).write_text(content, encoding="utf-8")
    article = load_corpus([tmp_path]).articles[0]
    assert (article.title, article.outlet) == ("Warehouse destroyed in east side blaze", "Halden Daily")


def test_a_stated_outlet_beats_the_titles_site(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(
        f'<html><head><title>{SITED}</title><meta property="og:site_name" content="Évora Tribune"></head>'
        f"<body><article><h1>{SITED}</h1>{BODY}</article></body></html>", encoding="utf-8")
    (tmp_path / "b.md").write_text(f"# Warehouse destroyed in east side blaze | Marta Ilić\n\n{TEXT}", encoding="utf-8")
    found = {Path(a.path).name: a for a in load_corpus([tmp_path]).articles}
    assert (found["a.html"].title, found["a.html"].outlet) == ("Warehouse destroyed in east side blaze",
                                                              "Évora Tribune")
    assert (found["b.md"].title, found["b.md"].outlet) == ("Warehouse destroyed in east side blaze | Marta Ilić",
                                                          None)  # a person's name is no site


def test_a_headline_after_the_site_and_its_place_repeated_below() -> None:
    lines = ["KRMB 12 News", "Motorcyclist killed in crash with pickup near Tamsen Ridge", "Staff report"]
    assert cut_repeated("KRMB 12 News | Tamsen Ridge, MT | Motorcyclist killed in crash with pickup near Tamsen Ridge",
                        lines)[0] == "Motorcyclist killed in crash with pickup near Tamsen Ridge"
    assert cut_repeated("Tamsen Ridge, MT | Motorcyclist killed in crash with pickup near Tamsen Ridge",
                        lines) == ("Motorcyclist killed in crash with pickup near Tamsen Ridge", None)
