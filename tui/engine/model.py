"""The plain data the engine passes around: articles, events, alignments."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from tui.engine.sanitize import printable

DEFAULT_MAX_BYTES = 4 * 1024 * 1024
"""Files above this many bytes are read only up to it (config: [corpus] max_bytes). Kept here,
in a module every face loads anyway, so that knowing the default does not load the reader."""


class Sentence(NamedTuple):
    """One sentence of an article body; `start`/`end` are offsets into `Article.body`.

    A named tuple, not a frozen dataclass as the rest: a start from the cache makes one for every
    sentence of every article (139,000 for 10,000 articles), and a tuple is made in half the time."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Notice:
    """Something the reader should know about a file: skipped, capped, re-decoded."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{printable(self.path)}: {self.message}"


@dataclass(frozen=True, slots=True)
class Article:
    """One cleaned article. Metadata is None when unknown: unknown beats wrong."""

    path: str
    title: str | None
    outlet: str | None
    author: str | None
    date: str | None
    url: str | None
    body: str
    sentences: Sequence[Sentence]
    """A tuple, or for an article from the cache its stored sentences, built when first read
    (tui.engine.sentencecodec.StoredSentences), equal to the same tuple."""
    updated: str | None = None
    """The date of an update stamp the page prints ("Updated: 10:28 AM CDT Oct 3, 2019"), ISO. Not
    the publication date, so never shown as it; grouping takes it for when the report was written
    when nothing else says (tui.engine.textdates.stated_date)."""

    @property
    def texts(self) -> list[str]:
        """The sentences' text, in reading order."""
        return [s.text for s in self.sentences]

    def opening(self, count: int) -> list[str]:
        """The text of the first `count` sentences: for a cached article, without building the
        others (tui.engine.sentencecodec.StoredSentences), as .texts would."""
        return [s.text for s in self.sentences[:count]]


@dataclass(frozen=True, slots=True)
class Corpus:
    """What a load produced: the articles that could be read, and notices about the rest."""

    articles: tuple[Article, ...]
    notices: tuple[Notice, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    """A group of articles that report the same real happening."""

    id: str
    label: str
    date: str | None
    articles: tuple[Article, ...]


Span = tuple[int, int, int]
"""(sentence index, start, end): shared words inside a matched sentence, end exclusive."""


@dataclass(frozen=True, slots=True)
class Match:
    """One or more left sentences that say the same as one or more right sentences."""

    left: tuple[int, ...]
    right: tuple[int, ...]
    score: float
    left_spans: tuple[Span, ...] = ()
    right_spans: tuple[Span, ...] = ()
    by_meaning: bool = False
    """Linked (or extended) by the paraphrase pass: by meaning, not by shared words, so it may
    share few words or none. Shown to the reader; not part of the JSON contract."""

    def mirrored(self) -> Match:
        """The same match seen from the other side."""
        return Match(self.right, self.left, self.score, self.right_spans, self.left_spans, self.by_meaning)


@dataclass(frozen=True, slots=True)
class Alignment:
    """The matches between two articles; sentences in no match are one side's alone."""

    left: Article
    right: Article
    matches: tuple[Match, ...] = field(default_factory=tuple)

    def mirrored(self) -> Alignment:
        """The same comparison with the sides swapped, matches in the new left side's order."""
        matches = sorted((m.mirrored() for m in self.matches), key=lambda m: m.left)
        return Alignment(self.right, self.left, tuple(matches))
