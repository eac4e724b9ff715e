"""Front matter: the metadata a Markdown file states above its text, as YAML between `---` lines
(Jekyll, Pandoc, Obsidian's Web Clipper) or TOML between `+++` lines (Hugo).

Stated metadata beats every guess, so a key is read only for what it plainly names: the
clipper's `source:` is the page's address, not a publication's name; `created:` is when the
reader saved it and `lastmod:` when it changed (neither is read); an author written as an
Obsidian link (`"[[Ana Núñez]]"`) is the person it links to.
"""

from __future__ import annotations

import re
from typing import Any

import tomli
import yaml

from tui.engine.bylines import byline, without_class_year
from tui.engine.dates import iso_date
from tui.engine.meta import is_masthead, join_people, names_nobody
from tui.engine.sanitize import strip_controls
from tui.engine.titlesite import cut_site

_ALIASES = {
    "title": "title", "headline": "title",
    "outlet": "outlet", "source": "outlet", "publisher": "outlet", "site": "outlet", "site_name": "outlet",
    "sitename": "outlet",
    "publication": "outlet", "newspaper": "outlet",
    "author": "author", "authors": "author", "byline": "author", "writer": "author", "creator": "author",
    "date": "date", "published": "date", "pubdate": "date", "published_at": "date", "date_published": "date",
    "publish_date": "date", "publication_date": "date", "publishdate": "date",
    "url": "url", "link": "url", "source_url": "url",
    "lang": "locale", "language": "locale", "locale": "locale",  # the order of a slashed date (dates.in_order)
}
_FRONT = re.compile(r"\A\s*(\+\+\+|---)[ \t]*\n(.*?)\n\1[ \t]*(?:\n|\Z)", re.S)
# An address where a name was looked for ("source: https://example.org/news/x", "site: www.x.com").
_ADDRESS = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.)\S+$", re.I)
_TOKEN = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+")
"""A lower-case token with dots, a tool's tag ("web.clip") where a source's name was looked for."""
# Obsidian's link to a note ("[[Ana Núñez]]", "[[People/Ana Núñez|Ana]]"): the note's name is the person.
_WIKILINK = re.compile(r"\[\[(?:[^\]|]*/)?(?P<target>[^\]|/]+)(?:\|(?P<shown>[^\]]*))?\]\]")
_PARAMS = "params"
"""Hugo's table of a page's own parameters (`[params] author = "..."`), read where the top level says nothing."""


_MARKDOWN_LINK = re.compile(r"\[(?P<text>[^\[\]]+)\]\((?:https?://|www\.|/)[^()\s]*\)")
"""A Markdown link a clipper leaves in a value (`author: "[Name](https://.../author/name)"`): its text is the value."""


def unlinked(text: str, *, shown: bool = False) -> str:
    """`text` with each Obsidian link written as the name of the note it links to (an author's
    value), or with `shown` as the reader sees it: its alias when it has one (a note's text)."""
    return _WIKILINK.sub(lambda link: ((shown and link.group("shown")) or link.group("target")).strip(), text)


def _as_text(value: Any) -> str | None:
    if isinstance(value, dict) and set(value) >= {"name"}:
        value = value["name"]  # a person as a table (Hugo's `[params.author] name = "..."`)
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if v)
    if value is None or isinstance(value, dict):
        return None
    # Front matter is parsed after the file was cleaned, and its escapes ("\\e", "\\u001b")
    # make control characters anew.
    text = " ".join(_MARKDOWN_LINK.sub(r"\g<text>", unlinked(strip_controls(str(value)))).split())
    return text or None


def _people(text: str) -> str:
    """An author's value as a byline writes it: "By Jane Roe" is Jane Roe; "Jane Roe, John Doe"
    (a clipper's links in one string) is "Jane Roe and John Doe" when every part is a name."""
    text = without_class_year(text)
    if (stated := byline(text)) is not None:
        return stated
    parts = [p for p in re.split(r"\s*(?:,|;|&|\band\b)\s*", text) if p]
    names = [byline(f"By {p}") for p in parts] if len(parts) > 1 else []
    return (join_people([n for n in names if n]) or text) if names and all(names) else text


def normalise_meta(raw: dict[str, Any]) -> dict[str, str]:
    """The title, outlet, author, date and url that `raw` (front matter, or a page's metadata) states,
    and its locale."""
    params = raw.get(_PARAMS)
    items = list(raw.items()) + (list(params.items()) if isinstance(params, dict) else [])
    meta: dict[str, str] = {}
    for key, value in items:
        name = _ALIASES.get(str(key).lower())
        text = _as_text(value)
        if name is None or text is None or name in meta:
            continue
        if name == "outlet" and _ADDRESS.match(text):
            name = "url"  # the clipper's `source:` is where the page was, which names no outlet itself
            if name in meta:
                continue
        if str(key).lower() == "source" and _TOKEN.fullmatch(text):
            continue  # a clipper's own tag ("source: web.clip"): no publication's name
        if name == "date":
            text = iso_date(text) or ""
        elif name == "author":
            # A list is its people ("Jane Roe and John Doe", as a byline joins them); "By Jane Roe" is Jane Roe.
            people = [_as_text(v) for v in value] if isinstance(value, list) else [text]
            # A clipper copies the page's author tag, which many sites fill with their own name.
            # (A press release's front matter names its company or office: nobody.)
            text = join_people([_people(p) for p in people if p and not (is_masthead(p) or names_nobody(p))]) or ""
        if text:
            meta[name] = text
    return meta


def _site_apart(meta: dict[str, str]) -> dict[str, str]:
    """`meta` with a clipped page title ("Headline | Évora Tribune") cut into its headline and,
    when nothing else names the outlet, the site (titlesite.cut_site)."""
    title = meta.get("title", "")
    if not title:
        return meta
    head, site = cut_site(title)
    if head == title:
        return meta
    return {**meta, "title": head, **({"outlet": meta.get("outlet") or site} if site else {})}


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Front matter's metadata and the text after it; ({}, text) when there is none or it is broken."""
    found = _FRONT.match(text)
    if not found:
        return {}, text
    fence, inner = found.group(1), found.group(2)
    try:
        raw = tomli.loads(inner) if fence == "+++" else yaml.safe_load(inner)
    except (tomli.TOMLDecodeError, yaml.YAMLError, ValueError, RecursionError):
        return {}, text
    if not isinstance(raw, dict):
        return {}, text
    return _site_apart(normalise_meta(raw)), text[found.end() :]
