"""Labelled lines that open a saved feed item or clipping ("Feed: The Cape Flats Chronicle", "Item title: ...",
"pubDate: Tue, 11 Feb 2025 09:15:00 +0000", "dc:creator: Thandiwe Mokoena"): front matter without its fences.

Read only where every line of the opening block is such a label of a known field, or one to pass over (a link,
an update time, when it was saved), and at least FIELD_LINES of them name a field: a story's own sentence that
opens with "Date:" or "Source:" is left alone.
"""

from __future__ import annotations

import re

_LABEL = re.compile(r"^\s*(?P<key>[A-Za-z][A-Za-z :_-]{0,24}?)\s*:\s+(?P<value>\S.*?)\s*$")
FIELDS = {
    "title": "title", "item title": "title", "entry title": "title", "headline": "title",
    "feed": "outlet", "atom feed": "outlet", "rss feed": "outlet", "site": "outlet", "site name": "outlet",
    "publication": "outlet", "publisher": "outlet",
    "author": "author", "dc:creator": "author", "creator": "author",
    "published": "date", "pubdate": "date", "date published": "date", "datepublished": "date",
}
"""Labels of the fields they give, lower case."""
PASSED_OVER = frozenset(["link", "url", "feed url", "source url", "guid", "id", "updated", "modified", "saved",
                         "clipped", "category", "categories", "tags", "summary", "content"])
"""Labels of lines that give no field here: an address, a change or save time, the item's tags."""
ADDRESS_LABELS = frozenset(["source", "canonical"])
"""Labels passed over only with an address after them ("source: https://..."): "Source: Reuters" names a
publication, and such a block is left to be read as the story's."""
_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_BARE = frozenset({"entry", "item", "content:", "entry:", "item:", "description:", "summary:"})
"""An Atom or RSS element's name alone on a line, over its fields or its text."""
FIELD_LINES = 2
"""Lines that must name a field for the opening blocks to be read so."""


def _block(lines: list[str]) -> list[tuple[str, str]] | None:
    """The (label, value) pairs of a block of lines, all labelled with known labels; None where one is not."""
    out = []
    for raw in lines:
        line = raw.strip()
        if line.lower() in _BARE:
            continue
        found = _LABEL.match(line)
        if found is None:
            return None
        key = " ".join(found["key"].lower().replace("_", " ").split())
        if key not in FIELDS and key not in PASSED_OVER and not (key in ADDRESS_LABELS
                                                                and _ADDRESS.match(found["value"])):
            return None
        out.append((key, found["value"]))
    return out


def read_field_lines(text: str) -> tuple[dict[str, str], str]:
    """The fields (title, outlet, author, date: their text as written) that `text`'s opening blocks of labelled
    lines state (a feed's lines, then its item's), and `text` with those blocks blanked; ({}, text) where it opens
    with none."""
    lines = text.split("\n")
    fields: dict[str, str] = {}
    named = 0
    k = 0
    read_to = 0
    while k < len(lines):
        while k < len(lines) and not lines[k].strip():
            k += 1
        end = k
        while end < len(lines) and lines[end].strip():
            end += 1
        pairs = _block(lines[k:end]) if end > k else None
        if not pairs:
            break
        for key, value in pairs:
            if key in FIELDS:
                fields.setdefault(FIELDS[key], value)
                named += 1
        read_to = k = end
    if named < FIELD_LINES:
        return {}, text
    return fields, "\n".join([""] * read_to + lines[read_to:])
