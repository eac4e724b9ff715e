"""What an event is called and how it is known: a label a reader understands, and an id
that stays the same across runs for the same member files."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence

from tui.engine.features import sentence_terms
from tui.engine.model import Article


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
