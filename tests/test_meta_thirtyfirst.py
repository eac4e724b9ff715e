"""Metadata read from a thirty-first, independent set of articles (tests/fixtures/meta31/): what a news-monitoring
crawler saves from US, UK, Irish, Canadian, Australian and New Zealand local news pages on crime, courts, fires and
crashes (extracted text with its leftovers: menus, share buttons, related links, station groups' copyright lines; and
saved HTML of many templates), with hard negatives.

Written by a helper who read neither the extractor nor its tests, and committed before Parallax was run on it. The
first run stood at 228 of 240 fields, 8 of them wrong: a station's masthead in capitals kept so where the byline writes
it in ordinary case, a headline read as the masthead's tagline (the line looked for under it was a wire's name, a
share button, a box's label in capitals, or the story's furniture past its byline), a menu's "e-Edition" joined to
another menu word as the outlet, a label taken for the author ("Author of the article:"), a syndicated story's note
of origin behind "Editor's note:", a crawler's first line "Station | Place, ST | Headline" over the headline repeated
(the station's name cut, the place kept). Missed: a date followed by ", UK", a label and its name in one line. 237 at
the end of session 32; 238 since n05 (a station group that both the copyright line and the JSON-LD publisher name,
the station only in the logo) reads the foot's "A Sunderline Television Group station". Left: c17 (a headline under a
station's name at the foot of a menu) and c22 (a bare name before the outlet in a meta line, which meta19's
amendment reads as no byline).
"""

from __future__ import annotations

from tests.conftest import FIXTURES
from tests.meta_cases import set_tests
from tui.engine.blocks import is_furniture
from tui.engine.bylines import byline
from tui.engine.dates import stated_date
from tui.engine.footnotes import provenance
from tui.engine.meta import names_nobody
from tui.engine.pagetree import owning_group, page_tree

META31 = FIXTURES / "meta31"
KNOWN_GAPS: dict[str, tuple[int, ...]] = {"c17.txt": (0,), "c22.txt": (2,)}
"""Fixtures and the fields (index of title, outlet, author, date) not read as the set states them yet."""

test_every_fixture_has_an_expectation, test_metadata_from_furniture = set_tests(META31, KNOWN_GAPS)


def test_crawler_leftovers() -> None:
    assert is_furniture("Send this page to someone via email")
    assert names_nobody("Author")
    assert byline("Author of the article: Hollis Wetherlow Published Jun 15, 2024") == "Hollis Wetherlow"
    uk = stated_date("Friday 17 November 2023 14:05, UK")
    assert uk is not None and uk.iso == "2023-11-17"


def test_a_note_of_origin_behind_its_label() -> None:
    note = provenance("Editor's note: This article first appeared in The Osterwick Courant. It is shared through the "
                      "Lakes Region News Exchange.")
    assert note is not None and note.outlet == "The Osterwick Courant"


def test_a_station_groups_name_at_the_foot_is_no_outlet() -> None:
    foot = "<html><body><p>Story.</p><footer><p>A Sunderline Television Group station</p></footer></body></html>"
    assert owning_group(page_tree(foot)) == "Sunderline Television Group"
    plain = "<html><body><footer><p>A local newsroom since 1921.</p></footer></body></html>"
    assert owning_group(page_tree(plain)) is None
