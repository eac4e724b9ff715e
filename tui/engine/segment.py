"""Split a cleaned body into sentences that keep their offsets.

The body's paragraphs are separated by blank lines, and a paragraph break
always ends a sentence. Inside a paragraph a sentence splitter finds the ends.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd

from tui.engine.model import Sentence

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]*)*")


@lru_cache(maxsize=1)
def _splitter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False, char_span=True)


def split_paragraph(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in one paragraph, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    for piece in _splitter().segment(text):
        start, end = piece.start, piece.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def segment(body: str) -> tuple[Sentence, ...]:
    """Sentences of `body` in reading order, each with offsets into `body`."""
    out: list[Sentence] = []
    for para in _PARAGRAPH.finditer(body):
        base = para.start()
        for start, end in split_paragraph(para.group()):
            out.append(Sentence(body[base + start : base + end], base + start, base + end))
    return tuple(out)
