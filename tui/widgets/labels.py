"""How an article or an event is named on screen, the same on every screen.

The JSON says "unknown" rather than guess; a screen should help the reader tell two
articles apart. So a label shows what is known (outlet, date, headline) and, where the
headline is missing, the article's opening words, dimmed; the file name or the URL's
host and path is there for the row under the cursor. All text arrives as Text, never
markup: titles, names and paths come from outside.
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

from rich.text import Text

from tui.engine.model import Article, Event
from tui.widgets.text import clean

OPENING_CHARS = 60
"""How much of the body stands in for a missing headline: enough words to recognise it."""


def opening_words(article: Article, limit: int = OPENING_CHARS) -> str:
    """The first words of the body, clipped at a word with an ellipsis."""
    body = clean(article.body)
    if len(body) <= limit:
        return body
    cut = body.rfind(" ", 0, limit)
    return body[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + "…"


def source_of(article: Article) -> str:
    """Where the article came from, short: a URL's host and path, else the file's name."""
    where = article.url or article.path
    if "://" in where:
        parts = urlsplit(where)
        return clean(f"{parts.netloc}{parts.path}")
    return clean(os.path.basename(where.rstrip("/\\")) or where)


def headline(article: Article) -> Text:
    """The headline if known, else the opening words (dimmed), else the source."""
    if article.title:
        return Text(clean(article.title), end="")
    opening = opening_words(article)
    if opening:
        return Text(f"“{opening}”", style="dim", end="")
    return Text(source_of(article), style="dim", end="")


NEW_MARK = "● "
"""Before a stored article fetched in this run and not opened yet: a sign, readable without colour."""


def article_label(article: Article, *, new: bool = False) -> Text:
    """One line naming an article: outlet · date · headline, leaving out what is unknown;
    `new` puts the new mark first."""
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    if new:
        text.append(NEW_MARK, style="bold")
    known = [clean(part) for part in (article.outlet, article.date) if part]
    if article.outlet:
        text.append(known[0], style="bold")
        known = known[1:]
        text.append(" · ")
    if known:
        text.append(known[0])
        text.append(" · ")
    text.append_text(headline(article))
    return text


def date_span(event: Event) -> str:
    """The event's first and last known dates ("2024-07-12", "2024-07-12 – 07-14"), or ""."""
    dates = sorted(a.date for a in event.articles if a.date)
    if not dates:
        return clean(event.date or "")
    first, last = dates[0], dates[-1]
    if first == last:
        return clean(first)
    shared = first[:5] if first[:5] == last[:5] and len(first) == len(last) == 10 else ""
    return clean(f"{first} – {last[len(shared):]}")


def outlet_count(event: Event) -> int:
    """How many different named outlets reported it (0 when no outlet is known)."""
    return len({a.outlet.casefold() for a in event.articles if a.outlet})


def event_heading(event: Event) -> Text:
    """Date span and counts first, so they survive a narrow terminal, then the label."""
    count, outlets = len(event.articles), outlet_count(event)
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    span = date_span(event)
    if span:
        text.append(span)
        text.append(" · ", style="dim")
    text.append(f"{count} report{'s' if count != 1 else ''}", style="dim")
    if 0 < outlets < count:
        text.append(f", {outlets} outlet{'s' if outlets != 1 else ''}", style="dim")
    text.append(" · ", style="dim")
    text.append(clean(event.label), style="bold")
    return text
