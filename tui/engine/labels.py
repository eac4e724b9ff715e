"""What an event is called and how it is known: a label a reader understands, an id that
stays the same across runs for the same member files, and the Event made of its members, in
the order events are listed."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np

from tui.engine.casualties import casualty_facts, later_report
from tui.engine.features import article_terms, sentence_terms
from tui.engine.model import Article, Event
from tui.engine.sparse import CSR
from tui.engine.timegap import DATE_GAP_DAYS, ordinal
from tui.engine.weights import weight_matrix


def event_id(articles: Sequence[Article]) -> str:
    """Stable across runs: a hash of the member paths, whatever order they came in (a name that
    is not valid UTF-8 hashes as the bytes it is on disk)."""
    key = "\n".join(sorted(a.path for a in articles))
    return "ev-" + hashlib.sha1(key.encode("utf-8", "surrogateescape")).hexdigest()[:10]


_WS = re.compile(r"\s+")
LABEL_CHARS = 80
"""A label longer than this is cut at a word and ends in an ellipsis."""
LEDE_SENTENCES = 5
"""The opening sentences a label's lede is looked for in."""


def _shorten(text: str, limit: int = LABEL_CHARS) -> str:
    text = _WS.sub(" ", text).strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:—-")
    return cut + "…"


def _lede(article: Article) -> str | None:
    """The opening that reads like prose: the news lede says who did what. A short
    fragment (a headline, a sentence cut at '6.4') is joined with what follows."""
    parts: list[str] = []
    for text in article.opening(LEDE_SENTENCES):
        words = [w for w in text.split() if "://" not in w and not w.startswith("www.")]
        if len(words) < 3 and not parts:
            continue
        parts += words
        if len(parts) >= 8:
            break
    return " ".join(parts) if parts else None


def event_label(members: Sequence[Article], central: Article) -> str:
    """A short label a reader understands: the central report's title, else its lede,
    else the names the members share most."""
    for article in [central, *members]:
        if article.title and len(article.title.split()) >= 3:
            return _shorten(article.title)
    lede = _lede(central)
    if lede:
        return _shorten(lede)
    names: Counter[str] = Counter()
    for article in members:
        names.update({t[2:] for t in sentence_terms(" ".join(article.opening(3))) if t.startswith("e:")})
    top = [name.title() for name, _ in names.most_common(3)]
    return ", ".join(top) if top else _shorten(central.sentences[0].text)


def central_member(matrix: CSR, rows: Sequence[int], members: Sequence[Article],
                   cost: Callable[[int], frozenset[str]] | None = None) -> int:
    """The row (of `rows`, whose articles are `members`) that names their event (event_label).

    Dated, the first reports' central one (central_row over the members dated at most DATE_GAP_DAYS after the
    earliest date, one happening's days as grouping counts them): an event followed for months is named for what
    happened, as its date is ("Mass shooting in Millpond: 4 dead, several hurt", not the sentence handed down two
    years on, which shares the most words with the trial and the vigils). Undated, the row nearest the centre of
    all whose headline is no later report's (casualties.later_report, from each row's headline facts: `cost`,
    Who.cost by row, asked only here, else read from the titles), where there is one: chosen by the whole event,
    not among those headlines alone, since one of them may be another happening's report that joined this one's
    follow-ups."""
    if len(rows) == 1:
        return rows[0]
    days = [ordinal(a.date) for a in members]
    known = [d for d in days if d is not None]
    if known:
        first = min(known)
        return central_row(matrix, [r for r, d in zip(rows, days, strict=True)
                                    if d is not None and d - first <= DATE_GAP_DAYS])
    facts = [cost(r) for r in rows] if cost is not None else [casualty_facts(a.title) for a in members]
    plain = [r for r, found in zip(rows, facts, strict=True) if not later_report(found)]
    return central_row(matrix, rows, plain if 0 < len(plain) < len(rows) else None)


def central_row(matrix: CSR, rows: Sequence[int], among: Sequence[int] | None = None) -> int:
    """The row of `among` (by default `rows`) closest to the centroid of `rows`: the report most like the rest."""
    picked = rows if among is None else among
    if len(picked) == 1:
        return picked[0]
    block = matrix.take(list(rows))  # taken once: `among` is most often all of `rows`
    chosen = block if among is None else matrix.take(list(among))
    return picked[int(np.argmax(chosen.dot_dense(block.col_sums())))]


def make_event(members: Sequence[Article], central: Article | None = None) -> Event:
    """An Event from its members, which are listed earliest-dated first, then by path.

    `central` names the event (see event_label); by default central_member's.
    """
    ordered = sorted(members, key=lambda a: (a.date is None, a.date or "", a.path))
    dates = sorted(a.date for a in ordered if a.date and ordinal(a.date) is not None)
    first = dates[0] if dates else None
    if central is None:
        matrix = weight_matrix(article_terms(a) for a in ordered)
        central = ordered[central_member(matrix, range(len(ordered)), ordered)]
    return Event(event_id(ordered), event_label(ordered, central), first, tuple(ordered))


def order_events(events: Sequence[Event]) -> list[Event]:
    """Largest first, then most recent (undated last), then by id for a stable order."""
    def key(e: Event) -> tuple[int, int, str]:
        day = ordinal(e.date)
        return (-len(e.articles), -day if day is not None else 1, e.id)
    return sorted(events, key=key)
