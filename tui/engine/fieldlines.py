"""Labelled lines that open a saved feed item or clipping ("Feed: The Cape Flats Chronicle", "Item title: ...",
"pubDate: Tue, 11 Feb 2025 09:15:00 +0000", "dc:creator: Thandiwe Mokoena"): front matter without its fences.

Read only where every line of the opening block is such a label of a known field, or one to pass over (a link,
an update time, when it was saved), and at least FIELD_LINES of them name a field: a story's own sentence that
opens with "Date:" or "Source:" is left alone.
"""

from __future__ import annotations

import re

from tui.engine.bylines import byline
from tui.engine.meta import ADDRESS_AFTER_NAME
from tui.engine.titlesite import feed_outlet

_LABEL = re.compile(r"^\s*(?P<key>[A-Za-z][A-Za-z :_-]{0,24}?)\s*:\s+(?P<value>\S.*?)\s*$")
FIELDS = {
    "title": "title", "item title": "title", "entry title": "title", "headline": "title",
    "feed": "outlet", "atom feed": "outlet", "rss feed": "outlet", "site": "outlet", "site name": "outlet",
    "publication": "outlet", "publisher": "outlet", "paper": "outlet", "newspaper": "outlet",
    "author": "author", "dc:creator": "author", "creator": "author", "byline": "author", "by": "author",
    "published": "date", "pubdate": "date", "date published": "date", "datepublished": "date",
}
"""Labels of the fields they give, lower case."""
PASSED_OVER = frozenset(["link", "url", "feed url", "source url", "guid", "id", "updated", "modified", "saved",
                         "clipped", "added", "category", "categories", "tags", "summary", "content", "notebook",
                         "folder", "reading time", "excerpt", "description"])
"""Labels of lines that give no field here: an address, a change or save time, the item's tags, its summary."""
ADDRESS_LABELS = frozenset(["source", "canonical", "original"])
"""Labels passed over only with an address after them ("source: https://..."): "Source: Reuters" names a
publication, and such a block is left to be read as the story's."""
_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_BARE = frozenset({"entry", "item", "content:", "entry:", "item:", "description:", "summary:"})
"""An Atom or RSS element's name alone on a line, over its fields or its text."""
FIELD_LINES = 2
"""Lines that must name a field (or give an address: a clipper's "Title:" over its "URL:") for the opening blocks to
be read so."""
_MAILED_NAME = re.compile(r"^\S+@\S+\s+\((?P<name>[^()@]+)\)$")
"""An author as RSS writes one: an address and the name in brackets."""
_FEED_LABELS = frozenset(["feed", "atom feed", "rss feed"])
"""Labels whose value is a feed's title, which may carry the section it lists ("Tillbury Valley Herald: Sports")."""
_RULE = re.compile(r"^[=_*-]{3,}$")
"""A rule under a clipper's block of labelled lines ("=========="), which ends it."""
NO_ONE = frozenset(["unknown", "n/a", "none", "anonymous", "-"])
"""An author's value that names nobody ("Author: Unknown", as a read-later app writes where the page named none)."""


_TOOL_STAMP = re.compile(r"^(?:saved|clipped|captured|archived|exported)\s+(?:with|by|from|via|to|using)\s+.{1,60}?"
                         r"\s+(?:on|at)\s+.*\d.*$", re.I)
"""The line a read-later tool sets over what it saved ("Saved with Driftmark Reader on 2 October 2026"): its day,
not the article's."""


def _pair(line: str) -> tuple[str, str] | None:
    """A labelled line's (label, value), lower case and plural marks off the label ("Author(s)" as "author"), the
    address after a source's name off its value; None where the line is no labelled line of a known label."""
    found = _LABEL.match(line.replace("(s):", ":"))
    if found is None:
        return None
    key, value = " ".join(found["key"].lower().replace("_", " ").split()), found["value"]
    if key in ADDRESS_LABELS and not _ADDRESS.match(value) and (name := ADDRESS_AFTER_NAME.sub("", value)) != value:
        return "publication", name  # "Source: The Cedarholm Dispatch (https://...)": the publication, its address
    if key not in FIELDS and key not in PASSED_OVER and not (key in ADDRESS_LABELS and _ADDRESS.match(value)):
        return None
    return key, value


_READER_HEADER = re.compile(r"\ATitle:[ \t]*(?P<title>[^\n]*)\n\s*URL Source:[ \t]*(?P<url>\S+)[ \t]*\n"
                            r"(?:\s*(?:Published Time|Warning|Number of Pages):[^\n]*\n)*\s*Markdown Content:[ \t]*\n")
"""A reader service's header over the Markdown it made of a page ("Title:", "URL Source:", "Published Time:",
"Markdown Content:"). Its published time is the page's time tag in UTC, a day off where the page's own date line
says otherwise, and is not read."""


def reader_page(text: str) -> tuple[dict[str, str], str] | None:
    """The title and address a reader service's header gives, and the page's Markdown under it; None where `text`
    opens with no such header."""
    found = _READER_HEADER.match(text)
    if found is None:
        return None
    fields = {"title": found["title"].strip(), "url": found["url"]}
    return {key: value for key, value in fields.items() if value}, text[found.end():]


def is_field_line(line: str) -> bool:
    """Whether `line` is a clipper's or a feed's labelled line, or a read-later tool's stamp: no story's."""
    return _pair(line.strip()) is not None or _TOOL_STAMP.match(line.strip()) is not None


def _block(lines: list[str]) -> list[tuple[str, str]] | None:
    """The (label, value) pairs of a block of lines, all labelled with known labels; None where one is not."""
    out = []
    for raw in lines:
        line = raw.strip()
        if line.lower() in _BARE or _RULE.match(line) or _TOOL_STAMP.match(line):
            continue
        if (pair := _pair(line)) is None:
            return None
        out.append(pair)
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
            if key in FIELDS and not (FIELDS[key] == "author" and value.lower() in NO_ONE):
                # "Author(s): Marisol Quiroga-Hadlowe; Darnell Ostrowecki" as a byline joins them
                joined = FIELDS[key] == "author" and ";" in value
                people = byline(f"By {value.replace(';', ' and ')}") if joined else None
                if FIELDS[key] == "author" and (mailed := _MAILED_NAME.match(value)) is not None:
                    people = mailed["name"]  # RSS's "sports@tillburyvalleyherald.example (Renata Kobylińska)"
                if key == "byline":
                    people = byline(value) or byline(f"By {value}")  # "Byline: By Name, Senior reporter"
                if key in _FEED_LABELS:
                    people = feed_outlet(value)  # a feed's title with its section ("Herald: Sports"): the outlet
                fields.setdefault(FIELDS[key], people or value)
            named += key in FIELDS or _ADDRESS.match(value) is not None
        read_to = k = end
    if named < FIELD_LINES:
        return {}, text
    return fields, "\n".join([""] * read_to + lines[read_to:])
