"""Split a cleaned body into sentences that keep their offsets.

The body's paragraphs are separated by blank lines, and a paragraph break
always ends a sentence. Inside a paragraph, sentencex (Wikimedia's maintained
splitter, a compiled extension that runs in linear time) finds the ends; the
fixes below cover what it misses on news prose (see docs/segmenters.md and
`python -m bench segment` for the evidence):

* a split after a title that never ends a sentence ("Ms.", "Rep.", "Gov."), after
  a month or "No." before a number, or after "a.m."/"p.m." before a weekday or
  time zone, is undone;
* sentencex never splits inside a quotation, so a quotation that holds several
  sentences is split again at its own sentence ends;
* a quotation followed by a bare attribution ("Ms. Singh asked.") is one sentence;
* a quote mark that was left on the wrong side of a split (ECB+ style `` and ''
  tokens) is moved to the sentence it belongs to.

A paragraph longer than `MAX_CHUNK` characters is cut into chunks at whitespace
first, so no input can make the splitter or the fixes slow.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

import sentencex

from tui.engine.model import Sentence

MAX_CHUNK = 20_000
"""Longest stretch of a paragraph handed to the splitter at once."""

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]*)*")

Span = tuple[int, int]

# Words that, followed by a period, never end a sentence: titles before a name.
_TITLES = frozenset(
    "mr mrs ms mx messrs dr prof gen gens lt col sgt capt cpl pvt adm maj cmdr brig sen sens rep reps "
    "gov govs rev fr msgr hon pres supt det insp atty".split()
)
# Words that, followed by a period, do not end a sentence when a number follows.
_BEFORE_NUMBER = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos vol vols fig figs art pp p ch sec".split()
)
# After "a.m."/"p.m." these words continue the sentence.
_AFTER_TIME = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight "
    "et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest local eastern central pacific "
    "mountain moscow".split()
)
_LAST_WORD = re.compile(r"(?:^|[\s(\[{\"“`'‘—–-])([A-Za-z]+)\.\Z")
_TIME = re.compile(r"\b[ap]\.m\.\Z", re.IGNORECASE)
_FIRST_WORD = re.compile(r"[\"“`'‘(]*([^\W_]+)")

# Quote marks. Straight double quotes open or close by position; `` and '' are
# the tokens of ECB+-style (PTB-tokenized) text.
_QUOTE = re.compile(r"``|''|[\"“”]")
_OPENERS = frozenset({"``", "“"})

# A bare attribution after a quotation: a few words ending in a verb of saying.
_SPEECH_VERBS = (
    "said|says|asked|asks|added|adds|told \\w+|wrote|writes|stated|states|noted|notes|explained|explains|"
    "replied|replies|continued|continues|declared|declares|insisted|insists|shouted|screamed|"
    "recalled|recalls|argued|argues|warned|warns|answered|answers|reads|read"
)
_ATTRIBUTION = re.compile(rf"(?:[^\s.!?\"“”]+\.?\s+){{1,8}}(?:{_SPEECH_VERBS})[.!]")
_ENDS_IN_CLOSED_QUOTE = re.compile(r"[.!?…]\s*(?:''|[\"”])\Z")
_BEFORE_CLOSER = re.compile(r"[.!?…]\s?\Z")
_AFTER_CLOSER = re.compile(r"\s+(?:``\s*|[\"“]\s*)?(\w)")
_LEADING_MARK = re.compile(r"(?:''|[\"”])(?=\s|\Z)")
_TRAILING_MARK = re.compile(r"(?:^|\s)(``|[\"“])\Z")


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _chunks(text: str) -> list[Span]:
    """Cut `text` into stretches of at most MAX_CHUNK characters, at whitespace where there is some."""
    out: list[Span] = []
    start, n = 0, len(text)
    while n - start > MAX_CHUNK:
        cut = start + MAX_CHUNK
        space = max(text.rfind(" ", start + 1, cut), text.rfind("\t", start + 1, cut))
        if space > start:
            cut = space
        else:
            # No whitespace: never separate a base character from its combining marks.
            while cut > start + 1 and unicodedata.combining(text[cut]):
                cut -= 1
        out.append((start, cut))
        start = cut
    out.append((start, n))
    return out


def _sentencex(text: str) -> list[Span]:
    """Sentence spans as sentencex finds them (character offsets), trimmed and non-empty."""
    n = len(text)
    spans: list[Span] = []
    for b in sentencex.get_sentence_boundaries("en", text):
        start = min(max(int(b["start_index"]), 0), n)
        end = min(max(int(b["end_index"]), start), n)
        start, end = _trim(text, start, end)
        if end > start:
            spans.append((start, end))
    return spans


def _continues(before: str, after: str) -> bool:
    """Whether a split between `before` and `after` falls after an abbreviation, so is wrong."""
    tail = before[-16:]
    first = _FIRST_WORD.match(after)
    if _TIME.search(tail):
        return first is not None and first.group(1).lower() in _AFTER_TIME
    last = _LAST_WORD.search(tail)
    if last is None:
        return False
    word = last.group(1).lower()
    if word in _TITLES:
        return True
    return word in _BEFORE_NUMBER and first is not None and first.group(1)[:1].isdigit()


def _merge(text: str, spans: list[Span], joined: Callable[[str, str], bool]) -> list[Span]:
    """Join each span to the one before it when `joined(before, after)` says so. `joined` sees
    the last 32 characters of the one before and the first 121 of the next, so that a long run
    of merges stays linear."""
    out: list[Span] = []
    for start, end in spans:
        if out and joined(text[max(out[-1][0], out[-1][1] - 32) : out[-1][1]], text[start : min(end, start + 121)]):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _base(text: str) -> list[Span]:
    """sentencex, with its splits after abbreviations undone."""
    return _merge(text, _sentencex(text), _continues)


def _quotations(text: str) -> tuple[list[Span], dict[int, bool]]:
    """(start, end) of the inside of each quotation, one left open running to the end of
    `text`; and, for each quote mark by its offset, whether it opens a quotation."""
    regions: list[Span] = []
    opens: dict[int, bool] = {}
    inner: int | None = None
    for m in _QUOTE.finditer(text):
        mark, at = m.group(), m.start()
        if mark == '"':
            # Closed, a straight quote opens when it hugs the word after it, or starts the text.
            # One with space on both sides (PTB-style text) more often closes a quotation
            # opened in an earlier paragraph than it opens one: it goes with the sentence before.
            after = text[m.end()] if m.end() < len(text) else " "
            opens[at] = inner is None and (at == 0 or not after.isspace())
        else:
            opens[at] = mark in _OPENERS
        if opens[at] and inner is None:
            inner = m.end()
        elif not opens[at] and inner is not None:
            regions.append((inner, at))
            inner = None
    if inner is not None:
        regions.append((inner, len(text)))
    return regions, opens


def _quote_ends(regions: list[Span], text: str) -> set[int]:
    """Sentence ends inside quotations, which sentencex does not look for."""
    ends: set[int] = set()
    for q_start, q_end in regions:
        inside = _base(text[q_start:q_end])
        ends.update(q_start + end for _, end in inside[:-1])
    return ends


def _closing_ends(text: str, opens: dict[int, bool]) -> set[int]:
    """Sentence ends just after a closing quote mark: terminal punctuation before the mark,
    and a capital (or an opening mark) after it."""
    ends: set[int] = set()
    for at, is_opener in opens.items():
        if is_opener:
            continue
        end = at + (2 if text.startswith("''", at) else 1)
        after = _AFTER_CLOSER.match(text, end)
        if after and after.group(1).isupper() and _BEFORE_CLOSER.search(text, max(0, at - 4), at):
            ends.add(end)
    return ends


def _move_quote_marks(text: str, spans: list[Span], opens: dict[int, bool]) -> list[Span]:
    """Give a closing mark found at a sentence's start to the sentence before, and an opening
    mark left at a sentence's end to the next one (`` and '' tokens, spaced quote marks)."""
    out: list[Span] = []
    for span in spans:
        start, end = span
        if out:
            p_start, p_end = out[-1]
            lead = _LEADING_MARK.match(text, start, end)
            trail = _TRAILING_MARK.search(text, p_start, p_end)
            if lead:
                out[-1] = (p_start, lead.end())
                start, end = _trim(text, lead.end(), end)
                if end <= start:
                    continue
            elif trail and opens.get(trail.start(1), False) and trail.start(1) > p_start:
                out[-1] = _trim(text, p_start, trail.start(1))
                start = trail.start(1)
        out.append((start, end))
    return out


def _attribution(before: str, after: str) -> bool:
    """Whether `after` is only the attribution of the quotation that ends `before`."""
    return (
        len(after) <= 120
        and _ENDS_IN_CLOSED_QUOTE.search(before[-8:]) is not None
        and _ATTRIBUTION.fullmatch(after) is not None
    )


def _split_chunk(text: str) -> list[Span]:
    base = _base(text)
    regions, opens = _quotations(text)
    cuts = sorted({end for _, end in base[:-1]} | _quote_ends(regions, text) | _closing_ends(text, opens))
    spans: list[Span] = []
    start = 0
    for cut in [*cuts, len(text)]:
        span = _trim(text, start, cut)
        if span[1] > span[0]:
            spans.append(span)
        start = cut
    spans = _move_quote_marks(text, spans, opens)
    return _merge(text, spans, _attribution)


def split_paragraph(text: str) -> list[Span]:
    """(start, end) of each sentence in one paragraph, whitespace trimmed, in order."""
    spans: list[Span] = []
    for c_start, c_end in _chunks(text):
        spans += [(c_start + a, c_start + b) for a, b in _split_chunk(text[c_start:c_end])]
    return spans


def segment(body: str) -> tuple[Sentence, ...]:
    """Sentences of `body` in reading order, each with offsets into `body`."""
    out: list[Sentence] = []
    for para in _PARAGRAPH.finditer(body):
        base = para.start()
        for start, end in split_paragraph(para.group()):
            out.append(Sentence(body[base + start : base + end], base + start, base + end))
    return tuple(out)
