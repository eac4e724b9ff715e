"""OPML 2.0: the subscriptions in and out, so a reader can move them between feed readers.

Import reads every outline with an `xmlUrl`, at any depth (folders are outlines too);
export writes one `rss` outline per feed, as newsboat, Miniflux and FreshRSS read them.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from email.utils import formatdate

from tui.sources.feeds import web_url
from tui.sources.store import Source


class NotOpml(Exception):
    """The bytes are not an OPML document; the message says why."""


def is_opml(body: bytes) -> bool:
    """Whether `body` looks like OPML (its root element is <opml>), without parsing it all."""
    head = body[:1024].lstrip().lower()
    return b"<opml" in head


def parse_opml(body: bytes, base: str = "") -> tuple[list[tuple[str, str | None]], list[str]]:
    """(feed URL, title) of every outline with an xmlUrl, in document order and without
    repeats, and notices about outlines that were skipped (not http or https)."""
    try:
        root = ET.fromstring(body)
    except ET.ParseError as err:
        raise NotOpml(f"not an OPML file: {err}") from err
    if root.tag.lower() != "opml":
        raise NotOpml(f"not an OPML file: its root is <{root.tag}>")
    feeds: list[tuple[str, str | None]] = []
    notices: list[str] = []
    seen: set[str] = set()
    for outline in root.iter("outline"):
        raw = outline.get("xmlUrl") or outline.get("xmlurl")
        if raw is None:
            continue
        url = web_url(raw, base)
        if url is None:
            notices.append(f"outline {raw[:200]!r} is not an http or https URL; skipped")
            continue
        if url not in seen:
            seen.add(url)
            feeds.append((url, outline.get("title") or outline.get("text") or None))
    return feeds, notices


def to_opml(sources: Iterable[Source], title: str = "Parallax subscriptions") -> str:
    """The feed subscriptions as an OPML 2.0 document (pages are not subscriptions)."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = formatdate(usegmt=True)
    body = ET.SubElement(root, "body")
    for source in sources:
        if source.kind != "feed":
            continue
        attrs = {"type": "rss", "text": source.title or source.url, "xmlUrl": source.url}
        if source.title:
            attrs["title"] = source.title
        if source.site_url:
            attrs["htmlUrl"] = source.site_url
        ET.SubElement(body, "outline", attrs)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
