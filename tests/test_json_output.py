"""The commands' JSON: written by indented_json, which must give json.dumps(indent=2)'s text exactly."""

from __future__ import annotations

import enum
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.commands.common import indented_json

_LEAVES = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True)
           | st.text(st.characters(codec=None)))
_JSON: Any = st.recursive(_LEAVES, lambda inner: st.lists(inner, max_size=4)
                          | st.tuples(inner, inner) | st.dictionaries(st.text(), inner, max_size=4), max_leaves=30)


@settings(max_examples=400, deadline=None)
@given(_JSON)
def test_indented_json_is_json_dumps_to_the_character(value: Any) -> None:
    assert indented_json(value) == json.dumps(value, ensure_ascii=False, indent=2)


class _Kind(enum.IntEnum):
    ONE = 1


def test_what_it_does_not_list_is_left_to_json_dumps() -> None:
    for value in ({1: "a key that is a number"}, [_Kind.ONE], {"nested": [{"deep": {None: True}}]}, [1.5, -0.0]):
        assert indented_json(value) == json.dumps(value, ensure_ascii=False, indent=2)
