"""A feed saved as an article's file: an RSS channel, an Atom feed or a JSON Feed holding one item (as a reader
copies "the feed's source" into a note, perhaps in a code fence). Its item is the article: its title, its writer, its
date (a channel's lastBuildDate is no item's), its text; the publication is the feed's title without the section it
lists ("The Mataikōura Coast Mail - Local News").

Apart from the extractor (extract.py), which asks `saved_item` first. The feed is read by the sources' parser
(tui.sources.feeds, feedparser for RSS and Atom), imported when a file looks like a feed: the sources package reads
the engine, not the other way at import time.
"""

from __future__ import annotations

import html
import json
import re

from tui.engine.dates import find_date
from tui.engine.extracted import Extracted
from tui.engine.titlesite import feed_outlet

_XML_FEED = re.compile(r"<(?:\?xml|rss|channel|feed)\b", re.I)
"""Where a saved RSS or Atom document starts."""
_FENCE_END = re.compile(r"\n\s*```")
"""The end of the code fence a Markdown note keeps the feed in."""
NOTE_WORDS = 40
"""Words of the reader's note beside a saved feed ("Copied from the feed's source on 8 July 2026"); more are a story
that shows a feed's source, not a saved feed."""
FEED_HEAD = 4096
"""Characters from the start within which a saved feed's own start stands."""
_ITEM_DATE = re.compile(r"<(?:pubDate|published|dc:date)>\s*(?P<when>[^<]{6,60}?)\s*<", re.I)
"""An RSS or Atom item's date as written."""
_BREAK = re.compile(r"</p\s*>|<br\s*/?>|\n\s*\n", re.I)
_TAG = re.compile(r"<[^>]+>")


def saved_item(text: str) -> Extracted | None:
    """The article of a feed saved as a file, when the feed holds one item; None for any other text (a feed of many
    items is a list of stories, not one)."""
    head = text[:FEED_HEAD]
    if head.lstrip().startswith("{") and '"items"' in head:
        body = _as_json_feed(text)
    elif (start := _XML_FEED.search(head)) is not None and ("<item" in text or "<entry" in text) and len(
            text[:start.start()].split()) <= NOTE_WORDS:
        body = text[start.start():]
        if (fence := _FENCE_END.search(body)) is not None:
            if len(body[fence.end():].split()) > NOTE_WORDS:
                return None  # a story that shows a feed's source among its own words
            body = body[:fence.start()]
    else:
        return None
    if body is None:
        return None
    from tui.sources.feeds import NotAFeed, parse_feed  # (see the module's note)

    try:
        feed = parse_feed(body.encode("utf-8"), "", "")
    except NotAFeed:
        return None
    if len(feed.entries) != 1:
        return None
    item = feed.entries[0]
    # the day as the item writes it ("Mon, 09 Jun 2025 05:00:00 +1200"), not as the parser counts it in UTC (the 8th)
    written = _ITEM_DATE.search(body, max(body.find("<item"), body.find("<entry"), 0))
    day = stated.iso if written is not None and (stated := find_date(written["when"])) is not None else item.date
    hints = {name: value for name, value in (("title", item.title), ("author", item.author), ("date", day),
                                             ("url", item.url), ("outlet", feed_outlet(feed.title)))
             if value}
    paragraphs = [" ".join(html.unescape(_TAG.sub(" ", part)).split()) for part in _BREAK.split(item.content or "")]
    return Extracted("\n\n".join(p for p in paragraphs if p), "text", hints=hints)


def _as_json_feed(text: str) -> str | None:
    """A saved JSON Feed as the sources' parser reads one: its version written where the copy left it out."""
    from tui.sources.feeds import JSON_FEED_PREFIX

    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        return None
    data.setdefault("version", f"{JSON_FEED_PREFIX}1.1")
    return json.dumps(data)
