"""`parallax compare LEFT RIGHT [--json | --html | --markdown [-o FILE]]`: the sentence alignment of two articles."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from tui.atomic import atomic_write_text
from tui.commands.common import cli_config, load_one, print_json, warn
from tui.config import Config
from tui.engine.align_cache import align_cached
from tui.engine.embed import failure
from tui.engine.model import Alignment, Article
from tui.engine.sanitize import printable
from tui.errors import UsageError
from tui.export import render_html, render_markdown

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.text import Text

# One colour per match, cycled; chosen to stay readable on dark and light terminals.
PALETTE = ("cyan", "magenta", "green", "yellow", "blue", "red",
           "bright_cyan", "bright_magenta", "bright_green", "bright_blue")


def _side_json(article: Article) -> dict[str, Any]:
    return {
        "path": article.path,
        "title": article.title,
        "outlet": article.outlet,
        "date": article.date,
        "sentences": article.texts,
    }


def alignment_json(alignment: Alignment) -> dict[str, Any]:
    """The alignment as docs/CONTRACT.md spells it."""
    return {
        "left": _side_json(alignment.left),
        "right": _side_json(alignment.right),
        "matches": [
            {
                "left": list(m.left),
                "right": list(m.right),
                "score": round(float(m.score), 1),
                "spans": {
                    "left": [list(s) for s in m.left_spans],
                    "right": [list(s) for s in m.right_spans],
                },
            }
            for m in alignment.matches
        ],
    }


def _threshold(args: argparse.Namespace, config: Config) -> float:
    """--threshold, else `[reading] threshold` of the config in use (whose default is
    DEFAULT_THRESHOLD)."""
    if getattr(args, "threshold", None) is not None:
        value = float(args.threshold)
        if not 0.0 <= value <= 100.0:
            raise UsageError(f"--threshold: {value:g} is not between 0 and 100")
        return value
    return float(config.reading.threshold)


def run(args: argparse.Namespace) -> int:
    if getattr(args, "output", None) is not None and not (args.html or args.markdown):
        raise UsageError("-o/--output: only with --html or --markdown")
    config = cli_config(args)
    # A URL is a stored article of this config's store.
    left = load_one(args.left, config, max_bytes=config.corpus.max_bytes)
    right = load_one(args.right, config, max_bytes=config.corpus.max_bytes)
    alignment = align_cached(left, right, threshold=_threshold(args, config), semantic=config.reading.paraphrases)
    if why := failure():
        warn(why)
    if args.json:
        print_json(alignment_json(alignment))
        return 0
    if args.html or args.markdown:
        _write(render_html(alignment) if args.html else render_markdown(alignment), args.output)
        return 0
    from rich.console import Console

    console = Console(highlight=False)
    console.print(render(alignment, console.width))
    return 0


def _write(document: str, output: str | None) -> None:
    """An export on stdout, or in FILE (replaced atomically); a FILE that cannot be written exits 2."""
    if output is None:
        sys.stdout.write(document)
        sys.stdout.flush()
        return
    try:
        atomic_write_text(output, document)
    except OSError as err:
        raise UsageError(f"{printable(output)}: cannot write: {err.strerror or err}") from err


def _meaning_note(alignment: Alignment) -> str:
    """" (2 by meaning)" when the paraphrase pass made some of the matches."""
    count = sum(m.by_meaning for m in alignment.matches)
    return f" ({count} by meaning)" if count else ""


def _sentence_text(text: str, spans: list[tuple[int, int]], colour: str | None) -> Text:
    """One sentence as a Rich Text: the article's text is appended as plain text, never
    parsed as markup, so "[bold]" in an article prints literally."""
    from rich.text import Text

    shown = printable(text)
    body = Text(shown, style=colour or "dim")
    if shown != text:  # cleaned text never changes here; if it did, the offsets would not fit
        spans = []
    for start, end in spans:
        body.stylize(f"bold underline {colour}" if colour else "bold", start, end)
    return body


def _rows(alignment: Alignment) -> list[tuple[str, int]]:
    """Report rows in the left side's reading order: ("match", m), ("left", i) or ("right", j).
    A sentence only the right side has goes after the row of its nearest earlier neighbour."""
    owner_l = {i: m for m, match in enumerate(alignment.matches) for i in match.left}
    owner_r = {j: m for m, match in enumerate(alignment.matches) for j in match.right}
    rows: list[tuple[str, int]] = []
    for i in range(len(alignment.left.sentences)):
        if i not in owner_l:
            rows.append(("left", i))
        elif alignment.matches[owner_l[i]].left[0] == i:
            rows.append(("match", owner_l[i]))
    position = {row: n for n, row in enumerate(rows)}
    placed: list[tuple[int, int, tuple[str, int]]] = []
    for j in range(len(alignment.right.sentences)):
        if j in owner_r:
            continue
        at = -1
        for k in range(j - 1, -1, -1):
            if k in owner_r:
                at = position[("match", owner_r[k])]
                break
        placed.append((at, j, ("right", j)))
    # Insert from the end so earlier positions stay valid; equal anchors keep right order.
    for at, _j, row in sorted(placed, key=lambda p: (-p[0], -p[1])):
        rows.insert(at + 1, row)
    return rows


def render(alignment: Alignment, width: int) -> RenderableType:
    """The side-by-side report: two columns that share the terminal's width, each match in
    its own colour with the shared words in bold, one-side-only sentences dimmed."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    left, right = alignment.left.texts, alignment.right.texts
    table = Table(show_header=True, header_style="bold", expand=True, box=None, padding=(0, 1),
                  width=max(width, 24))
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column(Text(printable(alignment.left.title or alignment.left.path)), ratio=1, overflow="fold")
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column(Text(printable(alignment.right.title or alignment.right.path)), ratio=1, overflow="fold")
    for kind, n in _rows(alignment):
        if kind == "match":
            match = alignment.matches[n]
            colour = PALETTE[n % len(PALETTE)]
            cells: list[tuple[Text, Text]] = []
            for idx, texts, spans in ((match.left, left, match.left_spans),
                                      (match.right, right, match.right_spans)):
                numbers = Text("+".join(str(i) for i in idx))  # a split: "3+4"
                body = Text("\n").join(
                    _sentence_text(texts[i], [(s, e) for x, s, e in spans if x == i], colour) for i in idx
                )
                cells.append((numbers, body))
            cells[1][1].append(f"  {match.score:.1f}" + (" by meaning" if match.by_meaning else ""),
                               style="dim italic")
            table.add_row(cells[0][0], cells[0][1], cells[1][0], cells[1][1])
        elif kind == "left":
            table.add_row(str(n), _sentence_text(left[n], [], None), "", "")
        else:
            table.add_row("", "", str(n), _sentence_text(right[n], [], None))

    covered_l = sum(len(m.left) for m in alignment.matches)
    covered_r = sum(len(m.right) for m in alignment.matches)
    summary = Text(
        f"{len(alignment.matches)} matches{_meaning_note(alignment)}; left {covered_l}/{len(left)} sentences matched "
        f"({_pct(covered_l, len(left))}), right {covered_r}/{len(right)} ({_pct(covered_r, len(right))})",
        style="bold",
    )
    return Group(table, Text(""), summary)


def _pct(n: int, total: int) -> str:
    return f"{100 * n / total:.0f}%" if total else "0%"
