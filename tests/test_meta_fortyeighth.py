"""Metadata read from a forty-eighth, independent set of articles (tests/fixtures/meta48/): the three judged kinds in
ordinary local news, written plainly, as a judge's own cases would be, with hard negatives (a quote's attribution, a
photographer's credit, a bare name, a byline inside a quoted letter, dates only in the story or a related list).

Written by a helper who read neither the extractor nor its tests, and committed before Parallax was run on it. The
first run stood at 178 of 180 fields, none wrong: an update stamp alone (t07), which the helper's brief dated and
the earlier sets' convention (meta6, meta19) leaves undated, was amended to that convention (see its README); and a
staff bio that calls its publication "our" ("Zeynep Güleryüz-Aktaş is our education reporter.", h05) was not read.
Read since: 180 of 180.
"""

from __future__ import annotations

from tests.conftest import FIXTURES
from tests.meta_cases import clean, set_tests

META48 = FIXTURES / "meta48"
KNOWN_GAPS: dict[str, tuple[int, ...]] = {}
"""Fixtures and the fields (index of title, outlet, author, date) not read as the set states them yet."""

test_every_fixture_has_an_expectation, test_metadata_from_furniture = set_tests(META48, KNOWN_GAPS)


def test_a_staff_bio_that_calls_its_publication_ours() -> None:
    """The story's last paragraph, or a bio the page marks, that calls its publication "our" credits the writer; a
    story's "our neighbour" names no writer."""
    story = "The council voted on Wednesday to build a tram line to the port.\n\nWork starts in 2027, it said.\n\n"
    assert clean(story + "Zeynep Güleryüz-Aktaş is our education reporter.\n").author == "Zeynep Güleryüz-Aktaş"
    assert clean(story + "Ōtautahi Ngata-Reed is our senior local democracy reporter.\n").author == (
        "Ōtautahi Ngata-Reed")
    assert clean(story + "Hatice Demirkol is our neighbour.\n").author is None
