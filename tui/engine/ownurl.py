"""The article's own address, where a copied or clipped text states it in its furniture.

A text copied from a browser often keeps the page's address on a line of its own under the
title; clippers write it labelled, in a header ("URL: ...", Readwise's metadata list) or in a
block at the foot (Joplin's `source_url: ...`), and people paste "Source: ..." under a story. The
address is read only where it stands alone on its line, in the header or, labelled, at the foot:
a link inside a paragraph, or after "Read more:", is to something else. The cleaner then takes
the outlet (its domain) and the date (in its path) from it only when nothing else states them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

URL = re.compile(r"(?:https?://|www\.)[^\s<>\"”’)\]]+|\bpic\.twitter\.com/\S+|\b[a-z0-9-]+\.[a-z]{2,6}/[^\s]+", re.I)
"""An address anywhere in a text: links inside paragraphs are taken out (blocks.strip_urls)."""
HEAD_UNITS = 4
"""Units at the top where the address may stand: a title, a byline, a date line, the address."""
FOOT_UNITS = 6
"""Units at the foot where a labelled address may stand: a clipper's block of metadata lines."""

_ADDRESS = r"<?(?P<url>(?:https?://|www\.)[^\s<>\"]+?)>?"
_LABEL = (r"(?:[-*•]\s*)?(?i:source(?:[ _]?url)?|url|link|permalink|canonical(?:[ _]?url)?"
          r"|original(?:[ _](?:url|article|link))?|originally\s+published(?:\s+(?:at|on|in))?"
          r"|read\s+original|view\s+original)\s*[:\-–—]?\s*")
_BARE = re.compile(rf"^\s*{_ADDRESS}\s*$")
_LABELLED = re.compile(rf"^\s*{_LABEL}{_ADDRESS}\s*$")
_KEYED = re.compile(rf"(?:^|\s)(?i:source_url|original_url|canonical_url):\s*{_ADDRESS}(?=\s|$)")
"""A clipper's key for the address (Joplin's `source_url:`), in a block of such lines run together."""


def _address(found: re.Match[str] | None) -> str | None:
    return found.group("url").rstrip(".,;") if found else None


def own_url(units: Sequence[str]) -> tuple[str | None, list[str]]:
    """The one address the text states as its own (see the module's docstring), None when it states
    none or two different ones (which is the article's is a guess); and `units` without a first one
    that is an address alone (wire dumps, saved pages), which is no title, and is the address."""
    if units and URL.fullmatch(units[0].strip()):
        return units[0].strip(), list(units[1:])
    head = (_address(_BARE.match(unit) or _LABELLED.match(unit)) for unit in units[:HEAD_UNITS])
    foot = (_address(_LABELLED.match(unit) or _KEYED.search(unit)) for unit in units[-FOOT_UNITS:])
    found = {url for url in (*head, *foot) if url}
    return (found.pop() if len(found) == 1 else None), list(units)
