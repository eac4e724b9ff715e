"""An aggregator's or a portal's page: the publisher it credits for the story, not the portal, is the outlet.

A portal (a start page, a news app's share page, a reader) sets its own name atop the page, then the publisher's
block: the publisher's name over a "Follow" button or its count of followers ("Halverton Gazette" / "+ Follow"), and
at the foot "Read the full story at X". Those name the outlet as a syndicated copy's note of origin does
(found.Found.origin), over the portal's masthead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from tui.engine.chrome import is_follow
from tui.engine.meta import capitalised_name, is_masthead

_MARKS = " ✓✔☑·•|+"
"""Marks a portal sets after a publisher's name (a verified tick)."""
PUBLISHER_WORDS = 6
"""Words in the longest publisher's name in a portal's block."""
_READ_ON = re.compile(
    r"^\s*[*_]*(?:(?:read\s+the\s+(?:full|rest\s+of\s+the|original)\s+(?:story|article)|continue\s+reading|read\s+more)"
    r"\s+(?:at|on|in)|seguir\s+leyendo\s+en|lire\s+la\s+suite\s+sur|weiterlesen\s+(?:bei|auf))"
    r"\s+(?P<outlet>[^.!?→›»]{2,60}?)[.!:]?\s*[→›»]?[*_]*\s*$", re.I)
"""A portal's link to the story on its publisher's site ("Read the full story at Brisk Valley Courier", "Continue
reading on The Quenby Advertiser →", "Seguir leyendo en El Correo de Valdemora")."""


def publisher_name(name: str) -> str | None:
    """`name` without the marks after it, when it is a publication's name or a short capitalised one."""
    name = name.strip().rstrip(_MARKS).strip()
    if not name or len(name.split()) > PUBLISHER_WORDS or any(c.isdigit() for c in name):
        return None
    return name if is_masthead(name) or capitalised_name(name) is not None else None


def publisher_over_follow(units: Sequence[str], i: int) -> str | None:
    """The publisher's name that units[i] gives, where a follow button or a count of followers stands right under
    it; None else."""
    return publisher_name(units[i]) if i + 1 < len(units) and is_follow(units[i + 1]) else None


def read_on(text: str) -> str | None:
    """The publisher a portal's "Read the full story at X" names; None for any other line."""
    found = _READ_ON.match(text)
    return publisher_name(found["outlet"]) if found is not None else None


_PROVIDER_CLASS = re.compile(r"(?:^|[-_\s])(?:provider|publisher)(?:[-_](?:name|logo|block))?(?:$|\s)", re.I)
"""The class of a portal's element that names the story's publisher (`class="provider"`, `"caas-provider"`,
`"qf-publisher"`)."""
_SOURCE_CLASS = re.compile(r"(?:^|[-_\s])source(?:$|\s)", re.I)
"""The class of an element that names a story's source: a portal's only where a follow button stands in it (a
news site's `class="source"` may name the agency whose copy it runs, and the site is then the outlet)."""
_AROUND = re.compile(r"^\s*(?:from|by|source:)\s+|\s*(?:[+✓✔]\s*)?follow(?:\s+source)?\s*$", re.I)
"""What a portal sets around the publisher's name in its block ("from X", "X + Follow")."""


def credited_publisher(tree: Any) -> str | None:
    """The publisher a portal's page credits in an element so classed: its text, or its logo's alt text."""
    if tree is None:
        return None
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        classes, whole = element.get("class") or "", " ".join(element.text_content().split())
        if not (_PROVIDER_CLASS.search(classes) or (_SOURCE_CLASS.search(classes) and "follow" in whole.lower())):
            continue
        text = _AROUND.sub("", _AROUND.sub("", whole))  # "Source: X Follow source"
        logo = next((img.get("alt") or "" for img in element.iter("img")), "")
        if (name := publisher_name(text) or publisher_name(logo)) is not None:
            return name
    return None
