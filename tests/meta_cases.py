"""What the metadata fixture tests share (test_meta_heldout.py, test_meta_fresh.py, ...): an article's
four fields as read, the check that its furniture left the body, the same through `show --json`, and a
fixture set's expected fields as its expected.json states them (meta6, meta7)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.goldcheck import parallax_json
from tui.engine.corpus import read_article

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
