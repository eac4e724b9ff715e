"""The site's name a page's <title> states beside its headline (tui/engine/titlesite.py)."""

from __future__ import annotations

import pytest

from tui.engine.titlesite import site_from_title

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
        (None, None),
    ],
)
def test_site_beside_the_headline(page_title: str | None, site: str | None) -> None:
    assert site_from_title(page_title, HEAD, [HEAD]) == site


def test_headline_must_be_the_pages_heading() -> None:
    title = f"{HEAD} | The Baltic Ledger"
    assert site_from_title(title, HEAD, []) is None
    assert site_from_title(title, HEAD, ["Another story"]) is None
    assert site_from_title(title, HEAD, [f"  {HEAD.upper()} "]) == "The Baltic Ledger"


def test_headline_with_its_own_separator() -> None:
    head = "Storm - what we know"
    assert site_from_title(f"{head} | Danube Post", head, [head]) == "Danube Post"
