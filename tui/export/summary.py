"""What every export says about a comparison beyond its sentences: the counts and shares of the
summary line, the marked words of each sentence, and its paragraphs. Shared by HTML and Markdown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from tui.engine.model import Alignment, Article, Match
from tui.engine.shelf import covered

# Characters an HTML page or a YAML document may not hold: C0 controls but tab, line feed, form
# feed and carriage return; DEL and the C1 controls; noncharacters; lone surrogates (which cannot
# even be encoded). Outside text (file names, titles) may carry them.
_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff"
    + "".join(f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(1, 17))
    + "]"
)


def valid_text(value: str) -> str:
    """`value` with every character a document may not hold replaced by U+FFFD."""
    return _FORBIDDEN.sub("\ufffd", value)


@dataclass(frozen=True, slots=True)
class Summary:
    """The numbers of a comparison's summary line."""

    matches: int
    by_meaning: int
    left_matched: int
    left_total: int
    right_matched: int
    right_total: int
    left_covered: float
    """The share (0-1) of the left side's characters that lie in matched sentences."""
    right_covered: float

    @classmethod
    def of(cls, alignment: Alignment) -> Summary:
        left_cov, right_cov = covered(alignment)
        return cls(
            matches=len(alignment.matches),
            by_meaning=sum(m.by_meaning for m in alignment.matches),
            left_matched=len({i for m in alignment.matches for i in m.left}),
            left_total=len(alignment.left.sentences),
            right_matched=len({j for m in alignment.matches for j in m.right}),
            right_total=len(alignment.right.sentences),
            left_covered=left_cov,
            right_covered=right_cov,
        )

    def line(self) -> str:
        """The summary as one plain sentence."""
        meaning = f", {self.by_meaning} of them by meaning" if self.by_meaning else ""
        plural = "" if self.matches == 1 else "es"
        return (
            f"{self.matches} match{plural}{meaning}. "
            f"Left: {self.left_matched} of {self.left_total} sentences matched, "
            f"{self.left_covered:.0%} of its text. "
            f"Right: {self.right_matched} of {self.right_total} sentences matched, "
            f"{self.right_covered:.0%} of its text."
        )


def owners(alignment: Alignment, side: str) -> dict[int, int]:
    """Sentence index -> the number of the match it belongs to, for side "left" or "right"."""
    return {i: n for n, m in enumerate(alignment.matches) for i in getattr(m, side)}


def marked(match: Match, side: str, index: int, length: int) -> list[tuple[int, int]]:
    """The shared-word spans of sentence `index` on `side`, sorted, clipped to the sentence and
    with overlaps merged, so a renderer can cut the sentence into plain and marked pieces."""
    spans = match.left_spans if side == "left" else match.right_spans
    cuts = sorted((max(0, s), min(length, e)) for i, s, e in spans if i == index)
    merged: list[tuple[int, int]] = []
    for start, end in cuts:
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def paragraphs(article: Article) -> list[list[int]]:
    """The article's sentence indexes grouped as its body's paragraphs: a line break between two
    sentences starts a new one."""
    groups: list[list[int]] = []
    previous_end: int | None = None
    for index, sentence in enumerate(article.sentences):
        gap = article.body[previous_end:sentence.start] if previous_end is not None else ""
        if not groups or "\n" in gap:
            groups.append([])
        groups[-1].append(index)
        previous_end = sentence.end
    return groups


def today(when: datetime | None) -> str:
    """The export's date, ISO YYYY-MM-DD (UTC when not given)."""
    return (when or datetime.now(UTC)).date().isoformat()
