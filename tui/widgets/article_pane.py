"""One article's sentences on the Line API, with gutter marks and match highlights.

The pane wraps every sentence once per width and keeps a sentence → first line
map, so jumping to a sentence is a list look-up, and it renders only the lines on
screen, each cached as a Strip (as Toolong's LogLines does). Moving, jumping and
searching therefore cost the same at 50 and at 5,000 sentences.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import ClassVar

from rich.cells import get_character_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.engine.model import Article

PALETTE_SIZE = 6
"""Match colours cycle through this many CSS component classes (`pane--match-N`)."""

GUTTER_WIDTH = 2
"""The gutter's sign and the space after it; match numbers widen it by their digits."""
MATCH_GLYPH = "▌"
CURRENT_GLYPH = "▶"
ONLY_GLYPH = "+"
PENDING_GLYPH = "·"
"""Gutter signs: marks that survive NO_COLOR and colour blindness. Each matched sentence's
first line also carries its match's number, so neighbouring matches read apart without
colour; PENDING marks a sentence not yet known to be one side's alone (the paraphrase
pass is still running)."""

_WORD = re.compile(r"(\S+)\s*")


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of `text` into `(start, end)` character ranges of at most
    `width` cells; words longer than a line are cut. Linear in the text's length."""
    width = max(1, width)
    if text.isascii():
        return _wrap_ascii(text, width)
    prefix = [0, *accumulate(get_character_cell_size(c) for c in text)]
    if prefix[-1] <= width:
        return [(0, len(text))]
    lines: list[tuple[int, int]] = []
    line_start = 0
    for found in _WORD.finditer(text):
        word_start, visible_end = found.start(), found.end(1)
        if word_start > line_start and prefix[visible_end] - prefix[line_start] > width:
            lines.append((line_start, word_start))
            line_start = word_start
        while prefix[visible_end] - prefix[line_start] > width:
            cut = bisect_right(prefix, prefix[line_start] + width, line_start + 1, visible_end) - 1
            cut = max(cut, line_start + 1)
            lines.append((line_start, cut))
            line_start = cut
    if line_start < len(text) or not lines:
        lines.append((line_start, len(text)))
    return lines


def _wrap_ascii(text: str, width: int) -> list[tuple[int, int]]:
    """The common case, one C-speed search per line rather than a step per word."""
    lines: list[tuple[int, int]] = []
    start, size = 0, len(text)
    while size - start > width:
        limit = start + width
        space = limit if text[limit] == " " else text.rfind(" ", start, limit)
        after = limit if space < start else space + 1  # no space: a word longer than the line is cut
        while after < size and text[after] == " ":
            after += 1
        lines.append((start, after))
        start = after
    if start < size or not lines:  # spaces that ran past the edge stay on the line they follow
        lines.append((start, size))
    return lines


@dataclass(frozen=True, slots=True)
class WrapLayout:
    """The wrapped lines of every sentence at one width."""

    width: int
    lines: tuple[tuple[int, int, int], ...]
    """(sentence index, start, end) for each screen line."""
    first: tuple[int, ...]
    """The first line of each sentence."""

    @classmethod
    def build(cls, texts: Sequence[str], width: int) -> WrapLayout:
        lines: list[tuple[int, int, int]] = []
        first: list[int] = []
        for index, text in enumerate(texts):
            first.append(len(lines))
            lines.extend((index, start, end) for start, end in wrap_offsets(text, width))
        return cls(width, tuple(lines), tuple(first))


class ArticlePane(ScrollView, can_focus=True):
    """The sentences of one side of a comparison."""

    HELP_TITLE = "Pane (the focused side)"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "scroll_down", "Down", show=False, id="pane.down", tooltip="Scroll this pane down"),
        Binding("k,up", "scroll_up", "Up", show=False, id="pane.up", tooltip="Scroll this pane up"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "pane--gutter-match",
        "pane--gutter-only",
        "pane--gutter-current",
        "pane--current",
        "pane--hit",
        *(f"pane--match-{i}" for i in range(PALETTE_SIZE)),
        *(f"pane--shared-{i}" for i in range(PALETTE_SIZE)),
    }

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None,
                 plain: bool = False) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._plain = plain
        """Reading alone: no gutter signs, no match colours."""
        self._pending = False
        self._digits = 0
        self.article: Article | None = None
        self._texts: list[str] = []
        self._folded: list[str] = []
        self._match_of: dict[int, int] = {}
        self._spans: dict[int, list[tuple[int, int]]] = {}
        self._current: frozenset[int] = frozenset()
        self._query = ""
        self._hits: dict[int, list[tuple[int, int]]] = {}
        self._layouts: LRUCache[int, WrapLayout] = LRUCache(4)
        self._strips: LRUCache[tuple[int, int, bool, str], Strip] = LRUCache(2048)
        self._styles: dict[str, Style] = {}

    # -- content -------------------------------------------------------------------

    def show(
        self,
        article: Article,
        match_of: dict[int, int] | None = None,
        spans: Iterable[tuple[int, int, int]] = (),
        *,
        pending: bool = False,
    ) -> None:
        """Show `article`; `match_of` maps a sentence to its match number, `spans`
        are the shared words as (sentence, start, end); `pending` says the matches are
        not final yet, so no sentence is marked as this side's alone."""
        if article is not self.article:  # the same text keeps its wrapping and its place
            self._layouts.clear()
            self._folded = []
            self.scroll_to(y=0, animate=False)
        self.article = article
        self._texts = article.texts
        self._match_of = dict(match_of or {})
        self._pending = pending
        digits = len(str(max(self._match_of.values()) + 1)) if self._match_of else 0
        if digits != self._digits:  # a wider gutter wraps the text again
            self._digits = digits
            self._layouts.clear()
        self._spans = {}
        for sentence, start, end in spans:
            self._spans.setdefault(sentence, []).append((start, end))
        self._current = frozenset()
        self._hits = self._find_hits(self._query)
        self._strips.clear()
        self._update_virtual_size()
        self.refresh()

    @property
    def sentence_count(self) -> int:
        return len(self._texts)

    def set_current(self, sentences: Iterable[int]) -> None:
        """Emphasise these sentences as the current match; other lines keep their cache."""
        self._current = frozenset(sentences)
        self.refresh()

    def set_query(self, query: str) -> list[int]:
        """Mark every case-insensitive occurrence of `query`; returns the sentences hit."""
        self._query = query
        self._hits = self._find_hits(query)
        self._strips.clear()
        self.refresh()
        return sorted(self._hits)

    def _find_hits(self, query: str) -> dict[int, list[tuple[int, int]]]:
        if not query:
            return {}
        if not self._folded:
            self._folded = [text.lower() for text in self._texts]
        needle = query.lower()
        hits: dict[int, list[tuple[int, int]]] = {}
        for index, folded in enumerate(self._folded):
            at = folded.find(needle)
            if at == -1:
                continue
            spans: list[tuple[int, int]] = []
            # Lower-casing rarely changes a length; then the sentence is hit but unmarked.
            while at != -1 and len(folded) == len(self._texts[index]):
                spans.append((at, at + len(needle)))
                at = folded.find(needle, at + len(needle))
            hits[index] = spans
        return hits

    # -- geometry ------------------------------------------------------------------

    @property
    def gutter_width(self) -> int:
        return GUTTER_WIDTH + self._digits

    @property
    def text_width(self) -> int:
        return max(1, self.scrollable_content_region.width - self.gutter_width)

    def layout_now(self) -> WrapLayout:
        """The wrapped lines at the current width (computed once per width)."""
        width = self.text_width
        layout = self._layouts.get(width)
        if layout is None:
            layout = WrapLayout.build(self._texts, width)
            self._layouts[width] = layout
        return layout

    def _update_virtual_size(self) -> None:
        # Padding of a screenful below the text lets any sentence reach the top,
        # so the two panes can always line a pair up.
        region = self.scrollable_content_region
        if region.width <= self.gutter_width:
            return  # not laid out yet: wrapping at width 1 would cost a line per character
        height = region.height
        lines = len(self.layout_now().lines) if self._texts else 0
        self.virtual_size = Size(self.scrollable_content_region.width, lines + max(0, height - 1))

    def on_resize(self) -> None:
        self._update_virtual_size()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._strips.clear()

    def first_line(self, sentence: int) -> int:
        """The screen line where `sentence` starts."""
        first = self.layout_now().first
        return first[max(0, min(sentence, len(first) - 1))] if first else 0

    def top_sentence(self) -> int:
        """The sentence on the first visible line."""
        lines = self.layout_now().lines
        if not lines:
            return 0
        return lines[min(round(self.scroll_y), len(lines) - 1)][0]

    def scroll_to_sentence(self, sentence: int, row: int = 0) -> None:
        """Scroll so `sentence` starts `row` lines below the top."""
        self.scroll_to(y=max(0, self.first_line(sentence) - row), animate=False)

    # -- rendering -----------------------------------------------------------------

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            # Partial: only what the rule sets, so an overlay (current, hit) keeps the match's colours.
            style = self._styles[name] = self.get_component_rich_style(name, partial=True)
        return style

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = round(self.scroll_y) + y
        lines = self.layout_now().lines if self._texts else ()
        if index >= len(lines):
            return Strip.blank(width, self.rich_style)
        sentence, start, end = lines[index]
        current = sentence in self._current
        key = (index, width, current, self._query)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._render_strip(sentence, start, end, current, width)
            self._strips[key] = strip
        return strip

    def _render_strip(self, sentence: int, start: int, end: int, current: bool, width: int) -> Strip:
        base = self.rich_style
        match = None if self._plain else self._match_of.get(sentence)
        first = start == 0
        number = " " * self._digits
        if match is None:
            sign = " " if self._plain or not first else PENDING_GLYPH if self._pending else ONLY_GLYPH
            glyph, gutter_style, text_style = sign, self._style("pane--gutter-only"), base
            shared_style = base
        else:
            if first:
                number = f"{match + 1:>{self._digits}}"
            colour = match % PALETTE_SIZE
            text_style = base + self._style(f"pane--match-{colour}")
            shared_style = base + self._style(f"pane--shared-{colour}")
            if current:
                glyph = CURRENT_GLYPH if first else MATCH_GLYPH
                gutter_style = self._style("pane--gutter-current")
                text_style += self._style("pane--current")
                shared_style += self._style("pane--current") + Style(underline=True)
            else:
                glyph, gutter_style = MATCH_GLYPH, base + self._style("pane--gutter-match") + Style(
                    color=self._style(f"pane--shared-{colour}").bgcolor
                )
        text = Text(self._texts[sentence][start:end].rstrip(), style=text_style, no_wrap=True, end="")
        for span_start, span_end in self._spans.get(sentence, ()):
            a, b = max(span_start, start), min(span_end, end)
            if a < b:
                text.stylize(shared_style, a - start, b - start)
        for hit_start, hit_end in self._hits.get(sentence, ()):
            a, b = max(hit_start, start), min(hit_end, end)
            if a < b:
                text.stylize(self._style("pane--hit"), a - start, b - start)
        segments = [Segment(number + glyph, base + gutter_style), Segment(" ", base)]
        # Every segment needs a style: the NO_COLOR filter reads each one.
        segments.extend(Segment.apply_style(text.render(self.app.console), base))
        return Strip(segments).adjust_cell_length(width, base)
