"""A plain text's blocks and lines, and the column it was hard-wrapped at: what the cleaner
(clean.py) reads before it joins wrapped lines into paragraphs."""

from __future__ import annotations

import re

LONE_LINE_WIDTHS = 2
"""A block of one line this many times the wrap width long is a paragraph on one line: when
such blocks are as many as the blocks of several lines, the text was not hard-wrapped (a header
copied from a browser, its lines apart, over paragraphs on a line each)."""

def lines_by_block(text: str) -> list[list[str]]:
    """The text's blocks (between blank lines) as their lines, spaces squeezed, empty ones gone."""
    blocks: list[list[str]] = []
    for raw in re.split(r"\n\s*\n", text):
        lines = [" ".join(line.split()) for line in raw.split("\n")]
        lines = [line for line in lines if line]
        if lines:
            blocks.append(lines)
    return blocks


def wrap_width(blocks: list[list[str]]) -> int | None:
    """The column the text was hard-wrapped at, or None when lines are paragraphs.

    A wrapped text has many lines inside blocks, nearly all no longer than some
    width under ~120 and most of them close to it.
    """
    inner = [len(line) for lines in blocks for line in lines[:-1]]
    if len(inner) < 3:
        return None
    inner.sort()
    width = inner[int(len(inner) * 0.9) - 1] if len(inner) >= 10 else inner[-1]
    if width > 130 or width < 30:
        return None
    near = sum(1 for n in inner if n >= 0.7 * width)
    long_alone = sum(1 for lines in blocks if len(lines) == 1 and len(lines[0]) > LONE_LINE_WIDTHS * width)
    return width if near >= 0.6 * len(inner) and long_alone < sum(len(lines) > 1 for lines in blocks) else None
