"""A comparison as Markdown with YAML front matter, for notes and wikis.

The front matter names both sources, the export's date and the numbers of the summary; the
body lists the matches (shared words in bold, "by meaning" said in words), then what only one
side reports. Article text is escaped: every character Markdown (CommonMark, GitHub's and the
common wiki extensions) could act on is backslash-escaped, and line breaks inside a sentence
become spaces, so nothing in an article can start a heading, a list, a link or raw HTML.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

import yaml

from tui import __version__
from tui.engine.model import Alignment, Article
from tui.export.summary import Summary, marked, owners, today, valid_text

MARKDOWN_ACTIVE = "\\`*_{}[]<>#|~&$^=@"
"""The characters Markdown dialects act on wherever they stand in a line: emphasis, code, links
and images (`!` and `(` only count after `[`), raw HTML, entities, tables, strike-through,
highlight, maths, superscript, attributes, mentions, a heading's closing `#`s. CommonMark lets any
ASCII punctuation be backslash-escaped. Article text never starts a line here (it always follows
a list marker or a heading's `#`), so the line-start markers (`-`, `+`, `1.`, `>`) need no escape."""

COVERAGE_DIGITS = 3
"""Decimals of the covered shares in the front matter (0.543 is 54.3 %)."""

_ESCAPED = str.maketrans({c: "\\" + c for c in MARKDOWN_ACTIVE})
_WORD_EDGE = re.compile(r"[^\W_]")
"""A letter or digit: `**` placed against one always opens or closes emphasis."""
_SPACES = re.compile(r"\s+")


def _inline(text: str) -> str:
    """Part of a sentence (already `valid_text`) as literal Markdown: whitespace runs made one
    space (kept at the ends, where the next piece joins), every active character escaped."""
    return _SPACES.sub(" ", text).translate(_ESCAPED)


def escape(text: str) -> str:
    """Article text as literal Markdown inline text: one line, every active character escaped."""
    return _inline(valid_text(text)).strip()


def _bold_ranges(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans trimmed to start and end on a word character, and joined when only spaces
    separate them, so `**...**` always opens and closes as emphasis."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        while start < end and not _WORD_EDGE.match(text[start]):
            start += 1
        while end > start and not _WORD_EDGE.match(text[end - 1]):
            end -= 1
        if end <= start:
            continue
        if out and not text[out[-1][1]:start].strip():
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _sentence(alignment: Alignment, side: str, index: int, number: int | None) -> str:
    article = alignment.left if side == "left" else alignment.right
    text = valid_text(article.sentences[index].text)  # one character for one: offsets still hold
    if number is None:
        return escape(text)
    pieces: list[str] = []
    at = 0
    for start, end in _bold_ranges(text, marked(alignment.matches[number], side, index, len(text))):
        pieces += [_inline(text[at:start]), f"**{_inline(text[start:end])}**"]
        at = end
    pieces.append(_inline(text[at:]))
    return "".join(pieces).strip()


def _source(article: Article) -> dict[str, Any]:
    return {
        "path": valid_text(article.path),
        "title": valid_text(article.title) if article.title else None,
        "outlet": valid_text(article.outlet) if article.outlet else None,
        "author": valid_text(article.author) if article.author else None,
        "date": article.date,
        "url": valid_text(article.url) if article.url else None,
        "sentences": len(article.sentences),
    }


def front_matter(alignment: Alignment, generated: datetime | None = None) -> dict[str, Any]:
    """The YAML front matter's fields, in order."""
    summary = Summary.of(alignment)
    return {
        "title": valid_text(f"{alignment.left.title or alignment.left.path} | "
                            f"{alignment.right.title or alignment.right.path}"),
        "date": today(generated),
        "generator": f"parallax {__version__}",
        "left": _source(alignment.left),
        "right": _source(alignment.right),
        "matches": summary.matches,
        "by_meaning": summary.by_meaning,
        "covered": {"left": round(summary.left_covered, COVERAGE_DIGITS),
                    "right": round(summary.right_covered, COVERAGE_DIGITS)},
    }


def render_markdown(alignment: Alignment, *, generated: datetime | None = None) -> str:
    """The comparison as Markdown with YAML front matter. `generated` dates it (default: now, UTC)."""
    meta = front_matter(alignment, generated)
    summary = Summary.of(alignment)
    lines = ["---", yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1 << 16).rstrip("\n"),
             "---", "", f"# {escape(meta['title'])}", "", summary.line(), ""]
    left_of, right_of = owners(alignment, "left"), owners(alignment, "right")
    if alignment.matches:
        lines += ["## Matches", ""]
    for number, match in enumerate(alignment.matches):
        how = ", by meaning" if match.by_meaning else ""
        lines += [f"### Match {number + 1} (score {match.score:.1f}{how})", ""]
        for side, indexes in (("left", match.left), ("right", match.right)):
            for i in indexes:
                lines.append(f"- **{side.capitalize()} {i + 1}:** {_sentence(alignment, side, i, number)}")
        lines.append("")
    for side, article, owner in (("left", alignment.left, left_of), ("right", alignment.right, right_of)):
        alone = [i for i in range(len(article.sentences)) if i not in owner]
        if not alone:
            continue
        lines += [f"## Only on the {side}: {escape(article.title or article.path)}", ""]
        lines += [f"- **{i + 1}:** {_sentence(alignment, side, i, None)}" for i in alone]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
