"""The seeds' gold file (tests/gold/seeds.toml): metadata, furniture gone, sentences whole.

Runs through the real `show --json` command, as the shared scoring tool does.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
import tomli

from tests.goldcheck import find, fold, parallax_json

GOLD = tomli.loads((Path(__file__).parent / "gold" / "seeds.toml").read_text(encoding="utf-8"))


@cache
def shown(name: str) -> dict[str, Any]:
    data: dict[str, Any] = parallax_json("show", f"seeds/{name}", "--json")
    return data


META = [(m["file"], field, rule) for m in GOLD["meta"] for field, rule in m.items() if field != "file"]


@pytest.mark.parametrize(("name", "field", "rule"), META, ids=[f"{n[:3]}-{f}" for n, f, _ in META])
def test_metadata(name: str, field: str, rule: dict[str, Any]) -> None:
    value = shown(name)[field]
    if "is" in rule:
        assert value is not None and fold(value) == fold(rule["is"])
    if "is_not" in rule:
        assert value is None or fold(value) not in {fold(v) for v in rule["is_not"]}


ABSENT = [(a["file"], s) for a in GOLD["absent"] for s in a["snippets"]]
WHOLE = [(w["file"], s) for w in GOLD["whole"] for s in w["snippets"]]


@pytest.mark.parametrize(("name", "snippet"), ABSENT, ids=[f"{n[:3]}-{s[:20]}" for n, s in ABSENT])
def test_furniture_is_gone(name: str, snippet: str) -> None:
    assert find(shown(name)["sentences"], snippet) == []


@pytest.mark.parametrize(("name", "snippet"), WHOLE, ids=[f"{n[:3]}-{s[:20]}" for n, s in WHOLE])
def test_passage_is_one_sentence(name: str, snippet: str) -> None:
    assert find(shown(name)["sentences"], snippet) != []


def test_show_json_has_exactly_the_contract_fields() -> None:
    data = shown("000_7f0f2242164ee204.txt")
    assert set(data) >= {"path", "title", "outlet", "author", "date", "sentences"}
    assert data["path"] == "seeds/000_7f0f2242164ee204.txt"
    assert all(isinstance(s, str) and s.strip() == s and s for s in data["sentences"])
