"""Read a downloaded feed: RSS 0.9x-2.0 and Atom through feedparser, JSON Feed 1.x by hand.

feedparser is always handed the bytes as a stream, never a string: given a string it may
open it as a URL or a local file name, and a feed must not make Parallax read local files.
A body that is not a feed but an HTML page gives NotAFeed with the feed links the page
advertises (trafilatura's feed finder), so the caller can follow one.
"""

from __future__ import annotations

import calendar
import hashlib
import io
import json
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser
from trafilatura.feeds import FeedParameters, determine_feed

from tui.engine.dates import iso_date
from tui.engine.sanitize import strip_controls
from tui.sources.articles import feed_author
from tui.sources.fetch import SCHEMES

JSON_FEED_PREFIX = "https://jsonfeed.org/version/"
JSON_TYPES = frozenset({"application/feed+json", "application/json"})
MAX_ENTRIES = 500
"""Entries read from one feed at most; a feed of thousands is cut (newest first, as feeds list)."""


class NotAFeed(Exception):
    """The body is no feed; `links` are feed URLs the page (if HTML) advertises."""

    def __init__(self, message: str, links: list[str] | None = None) -> None:
        super().__init__(message)
        self.links = links or []


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One entry as the feed states it; None where it says nothing."""

    guid: str | None
    url: str | None
    title: str | None
    author: str | None
    date: str | None
    content: str | None
    """The entry's own text (HTML or plain), used when the page gives no article text."""

    @property
    def fingerprint(self) -> str:
        """Changes when what the feed says about the entry changes (an update, not a new entry)."""
        digest = hashlib.sha1()
        for part in (self.url, self.title, self.author, self.date, self.content):
            digest.update(b"\0" if part is None else b"\1" + part.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """A feed's title, its site's address, its entries, and notices (malformed parts)."""

    title: str | None
    site_url: str | None
    entries: tuple[FeedEntry, ...]
    notices: tuple[str, ...] = ()


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = " ".join(strip_controls(str(value)).split())
    return text or None


def web_url(value: Any, base: str) -> str | None:
    """An absolute http(s) URL from a feed's link, or None (other schemes are refused)."""
    text = _text(value)
    if text is None:
        return None
    url = urljoin(base, text)
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in SCHEMES and parts.hostname else None


def _struct_date(value: Any) -> str | None:
    if not isinstance(value, time.struct_time):
        return None
    try:
        return time.strftime("%Y-%m-%d", time.gmtime(calendar.timegm(value)))
    except (OverflowError, ValueError):
        return None


def parse_feed(body: bytes, content_type: str, url: str) -> ParsedFeed:
    """The feed in `body` (downloaded from `url`); NotAFeed when it is not one."""
    head = body[:512].lstrip()
    if content_type in JSON_TYPES or head.startswith(b"{"):
        return _json_feed(body, url)
    return _xml_feed(body, content_type, url)


def _xml_feed(body: bytes, content_type: str, url: str) -> ParsedFeed:
    try:
        parsed = feedparser.parse(io.BytesIO(body), response_headers={"content-location": url,
                                                                      "content-type": content_type or "text/xml"})
    except Exception as err:  # feedparser is lenient, but a hostile document must not stop an update
        raise NotAFeed(f"not a feed: unreadable ({type(err).__name__})") from err
    atom = str(parsed.get("version", "")).startswith("atom")
    entries = [e for e in (_xml_entry(raw, url, atom) for raw in parsed.get("entries", [])[:MAX_ENTRIES])
               if e is not None]
    if not parsed.get("version") and not parsed.get("entries"):
        raise NotAFeed(*_not_a_feed(body, content_type, url))
    notices: list[str] = []
    if parsed.bozo and not isinstance(parsed.get("bozo_exception"), feedparser.CharacterEncodingOverride):
        reason = " ".join(str(parsed.get("bozo_exception", "")).split())[:120]
        notices.append(f"malformed feed ({reason}); read {len(entries)} entr{'y' if len(entries) == 1 else 'ies'}")
    feed = parsed.get("feed", {})
    return ParsedFeed(_text(feed.get("title")), web_url(feed.get("link"), url), tuple(entries), tuple(notices))


def _xml_entry(raw: Any, base: str, atom: bool) -> FeedEntry | None:
    link = web_url(raw.get("link"), base)
    guid = _text(raw.get("id"))
    if link is None and guid is not None and raw.get("guidislink"):
        link = web_url(guid, base)
    content = None
    for item in raw.get("content") or []:
        if isinstance(item, dict) and item.get("value"):
            content = str(item["value"])
            break
    if content is None and raw.get("summary"):
        content = str(raw["summary"])
    title = _text(raw.get("title"))
    if link is None and guid is None and title is None and content is None:
        return None
    # Atom's <updated> alone is when the entry last changed, no publication date (the page's own date is
    # read then); in RSS, what feedparser calls updated is dc:date, the item's date.
    date = _struct_date(raw.get("published_parsed")) or (None if atom else _struct_date(raw.get("updated_parsed")))
    return FeedEntry(guid, link, title, feed_author(_text(raw.get("author"))), date, content)


def _json_feed(body: bytes, url: str) -> ParsedFeed:
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as err:
        raise NotAFeed(f"not a feed: malformed JSON ({' '.join(str(err).split())[:120]})") from err
    if not isinstance(data, dict) or not str(data.get("version", "")).startswith(JSON_FEED_PREFIX):
        raise NotAFeed("not a feed: JSON without a JSON Feed version")
    items = data.get("items")
    if not isinstance(items, list):
        raise NotAFeed("not a feed: JSON Feed without items")
    feed_authors = _json_authors(data)
    entries = []
    for item in items[:MAX_ENTRIES]:
        if not isinstance(item, dict):
            continue
        link = web_url(item.get("url"), url) or web_url(item.get("external_url"), url)
        guid = _text(item.get("id"))
        published = _text(item.get("date_published"))  # date_modified alone is a change time, as <updated> is
        date = iso_date(published) if published else None
        content = item.get("content_html") or item.get("content_text") or item.get("summary")
        entries.append(FeedEntry(guid, link, _text(item.get("title")), _json_authors(item) or feed_authors, date,
                                 str(content) if content else None))
    return ParsedFeed(_text(data.get("title")), web_url(data.get("home_page_url"), url), tuple(entries))


def _json_authors(data: dict[str, Any]) -> str | None:
    authors = data.get("authors")
    if not isinstance(authors, list):
        authors = [data["author"]] if isinstance(data.get("author"), dict) else []  # JSON Feed 1.0
    names = [_text(a.get("name")) for a in authors if isinstance(a, dict)]
    return feed_author(", ".join(n for n in names if n) or None)


def looks_like_html(body: bytes, content_type: str) -> bool:
    head = body[:2048].lstrip().lower()
    return content_type in ("text/html", "application/xhtml+xml") or head.startswith((b"<!doctype html", b"<html"))


def _not_a_feed(body: bytes, content_type: str, url: str) -> tuple[str, list[str]]:
    if looks_like_html(body, content_type):
        html = body.decode("utf-8", errors="replace")
        host = urlsplit(url).hostname or ""
        try:
            links = determine_feed(html, FeedParameters(url, host, url))
        except Exception:  # trafilatura's HTML loading raises assorted errors on broken markup
            links = []
        links = [link for link in links if web_url(link, url)]
        if links:
            return "an HTML page, not a feed", links
        return "an HTML page, not a feed (and it names no feed)", []
    if body.lstrip().startswith(b"<"):
        return "not a feed: malformed or unknown XML", []
    return "not a feed", []
