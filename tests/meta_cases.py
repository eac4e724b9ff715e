"""What the metadata fixture tests share (test_meta_heldout.py, test_meta_fresh.py, ...): an article's
four fields as read, the check that its furniture left the body, the same through `show --json`, a
fixture set's expected fields as its expected.json states them (meta6, meta7), and the two tests every
held-out set runs (set_tests: meta9 to meta12); and the plain text cleaner and a short story the recognisers' tests
put furniture over."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest

from tests.goldcheck import parallax_json
from tui.engine.clean import Cleaned, clean_text
from tui.engine.corpus import Unreadable, read_article
from tui.engine.extract import Extracted

TRAM_STORY = ("The council voted on Wednesday to build a tram line to the port, ending years of debate.\n\n"
              "Work starts in 2027, the council said in a statement.\n")
"""A story of two paragraphs under the furniture the whole-text tests put over it (test_meta.py, test_meta_pages.py)."""


def clean(text: str) -> Cleaned:
    """A plain text cleaned, as a .txt file's text is."""
    return clean_text(Extracted(text, "text"))


Fields = tuple[str | None, str | None, str | None, str | None]
"""(title, outlet, author, date): None where the article does not state it in its furniture."""


def expected_fields(folder: Path) -> dict[str, Fields]:
    """Each fixture's four fields as `folder`/expected.json states them, by file name."""
    stated: dict[str, dict[str, str | None]] = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    return {name: (want["title"], want["outlet"], want["author"], want["date"]) for name, want in stated.items()}


def fixture_names(folder: Path) -> list[str]:
    """The articles of a fixture set: every file but its expected.json and README.md."""
    return sorted(p.name for p in folder.iterdir() if p.name not in ("expected.json", "README.md"))


def read_fields(path: Path) -> Fields:
    """The four fields `read_article` gives `path`."""
    article, _ = read_article(path)
    return article.title, article.outlet, article.author, article.date


def assert_furniture_left(path: Path, openings: tuple[str, ...], marks: tuple[str, ...],
                          story: tuple[str, ...]) -> None:
    """The body of `path` opens with one of `openings`, and no sentence holds a furniture mark,
    but for the story's own sentences that open with one of `story`."""
    article, _ = read_article(path)
    assert article.texts[0].startswith(openings)
    for sentence in article.texts:
        if sentence.startswith(story):
            continue
        assert not any(mark in sentence for mark in marks), sentence


def shown_fields(path: Path) -> tuple[Fields, list[str]]:
    """The four fields and the sentences `parallax show PATH --json` prints."""
    data: dict[str, Any] = parallax_json("show", str(path), "--json")
    return (data["title"], data["outlet"], data["author"], data["date"]), data["sentences"]


def set_tests(folder: Path, gaps: Mapping[str, tuple[int, ...]] | None = None) -> tuple[
        Callable[[], None], Callable[[str], None]]:
    """A held-out set's two tests: every article has its expectation, and each is read as expected, but for the
    `gaps` (fixture: the indices of title, outlet, author, date not read as stated yet; all four where the article
    is read as none), each still a gap: a gap closed fails until it is taken off the account. A module binds them to
    its test names."""
    expected = expected_fields(folder)
    known = dict(gaps or {})

    def test_every_fixture_has_an_expectation() -> None:
        assert fixture_names(folder) == sorted(expected)
        assert set(known) <= set(expected)

    @pytest.mark.parametrize("name", sorted(expected))
    def test_metadata_from_furniture(name: str) -> None:
        try:
            fields = read_fields(folder / name)
        except Unreadable:  # "no article text found": a known gap of all four fields, or a failure
            assert known.get(name) == (0, 1, 2, 3)
            return
        skip = known.get(name, ())
        want = expected[name]
        assert [f for k, f in enumerate(fields) if k not in skip] == [f for k, f in enumerate(want) if k not in skip]
        assert all(fields[k] != want[k] for k in skip), "a known gap is closed: take it off the account"

    return test_every_fixture_has_an_expectation, test_metadata_from_furniture
