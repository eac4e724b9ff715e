"""An article's sentences as stored by the reading cache (tui.engine.pipeline) and the sources
store (tui.sources.articles): one string of offsets into the body ("start end start end ..."),
and the few sentences whose text is not the body's slice (a joined heading, say), by index.

One string rather than a list of pairs: JSON parses a long list of small lists slowly. A start of
10,000 cached files decodes its rows in a third less time so (0.67 -> 0.45-0.55 s), and listing
10,000 stored articles took a third of the time (bench library_store).

A row's sentences are checked when it is read but built only when first asked for (StoredSentences):
listing 10,000 cached articles (`parallax events`, the library) needs their number, not their
text, and building 130,000 sentences was a quarter of that start.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterator, Sequence
from itertools import repeat
from typing import SupportsIndex, overload

from tui.engine.model import Sentence

_OFFSETS = re.compile(r"[0-9]+(?: [0-9]+)*|", re.ASCII)
"""What encode_sentences writes for the offsets: numbers separated by single spaces (or nothing)."""
FEW = 8
"""A slice of at most this many sentences is read without building the rest (a label's lede)."""


def encode_sentences(body: str, sentences: Sequence[Sentence]) -> tuple[str, dict[str, str]]:
    """The offsets string, and the texts that are not the body's slice, by index (as a string: a
    JSON object's keys are)."""
    offsets: list[str] = []
    texts: dict[str, str] = {}
    for n, sentence in enumerate(sentences):
        offsets += (str(sentence.start), str(sentence.end))
        if body[sentence.start:sentence.end] != sentence.text:
            texts[str(n)] = sentence.text
    return " ".join(offsets), texts


def decode_sentences(body: str, offsets: object, texts: object) -> StoredSentences:
    """The sentences back from what JSON gave, built when first read; ValueError (or TypeError)
    at once when the stored parts are not what encode_sentences writes (a damaged row)."""
    if not isinstance(body, str) or not isinstance(offsets, str) or not isinstance(texts, dict):
        raise TypeError("not a stored article's sentences")
    if _OFFSETS.fullmatch(offsets) is None:
        raise ValueError("sentence offsets are not numbers")
    count, odd = divmod(offsets.count(" ") + 1 if offsets else 0, 2)
    if odd:
        raise ValueError("odd number of sentence offsets")
    for key, text in texts.items():
        if not isinstance(key, str) or not key.isascii() or not key.isdigit() or int(key) >= count \
                or not isinstance(text, str):
            raise ValueError("a sentence's own text is not stored as encode_sentences writes it")
    return StoredSentences(body, offsets, texts, count)


class StoredSentences(Sequence[Sentence]):
    """An article's sentences as its stored row holds them (see decode_sentences), built on first
    use and kept. Equal to (and hashed as) the tuple of the same sentences, and pickled as that
    tuple, so an Article read from the cache is equal to one just read from its file."""

    __slots__ = ("_body", "_built", "_count", "_offsets", "_texts")

    def __init__(self, body: str, offsets: str, texts: dict[str, str], count: int) -> None:
        self._body, self._offsets, self._texts, self._count = body, offsets, texts, count
        self._built: tuple[Sentence, ...] | None = None

    @property
    def is_built(self) -> bool:
        """Whether the sentences have been built, all at once (for an iteration, a long slice)."""
        return self._built is not None

    def built(self) -> tuple[Sentence, ...]:
        """The sentences themselves (built the first time; a race between threads builds equal ones)."""
        if self._built is None:
            self._built = _build(self._body, self._offsets, self._texts)
        return self._built

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: SupportsIndex) -> Sentence: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Sentence, ...]: ...
    def __getitem__(self, index: SupportsIndex | slice) -> Sentence | tuple[Sentence, ...]:
        if self._built is None:  # a few sentences (a lede, the closing lines) without building all
            if not isinstance(index, slice):
                return self._one(operator.index(index))  # a NumPy integer too, as a tuple takes it
            picked = range(*index.indices(self._count))
            if len(picked) <= FEW:
                return tuple(map(self._one, picked))
        return self.built()[index]

    def _one(self, index: int) -> Sentence:
        """Sentence `index` read from the stored parts alone, from whichever end is nearer."""
        count = self._count
        at = index + count if index < 0 else index
        if not 0 <= at < count:
            raise IndexError("sentence index out of range")
        if at < count // 2:
            parts = self._offsets.split(" ", 2 * at + 2)
            start, end = int(parts[2 * at]), int(parts[2 * at + 1])
        else:
            back = 2 * (count - at)  # the numbers from this sentence's start to the end
            parts = self._offsets.rsplit(" ", back)
            start, end = int(parts[-back]), int(parts[1 - back])
        text = self._texts.get(str(at))
        return Sentence(self._body[start:end] if text is None else text, start, end)

    def __iter__(self) -> Iterator[Sentence]:
        return iter(self.built())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, StoredSentences):
            other = other.built()
        return isinstance(other, tuple) and self.built() == other

    def __hash__(self) -> int:
        return hash(self.built())

    def __reduce__(self) -> tuple[type[tuple[Sentence, ...]], tuple[tuple[Sentence, ...]]]:
        return tuple, (self.built(),)

    def __repr__(self) -> str:
        return repr(self.built())


def _build(body: str, offsets: str, texts: dict[str, str]) -> tuple[Sentence, ...]:
    """The sentences of checked stored parts (see decode_sentences)."""
    numbers = list(map(int, offsets.split()))
    starts, ends = numbers[0::2], numbers[1::2]
    # map() over C callables: a fifth quicker than a generator for 280,000 sentences.
    found = list(map(body.__getitem__, map(slice, starts, ends)))
    for key, text in texts.items():
        found[int(key)] = text
    # tuple.__new__ is what Sentence._make calls, but from C: 40% quicker to build them.
    return tuple(map(tuple.__new__, repeat(Sentence), zip(found, starts, ends, strict=True)))
