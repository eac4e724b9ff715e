"""`parallax compare LEFT RIGHT [--json]`: the sentence alignment of two articles."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from tui.commands.common import load_one, print_json
from tui.engine.align import DEFAULT_THRESHOLD, align
from tui.engine.model import Alignment, Article

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
    """The alignment as CONTRACT.md spells it."""
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


def _threshold(args: argparse.Namespace) -> float:
    """--threshold, else the config's align threshold, else DEFAULT_THRESHOLD."""
    if getattr(args, "threshold", None) is not None:
        value = float(args.threshold)
        if not 0.0 <= value <= 100.0:
            from tui.cli import UsageError

            raise UsageError(f"--threshold: {value:g} is not between 0 and 100")
        return value
    return DEFAULT_THRESHOLD


def run(args: argparse.Namespace) -> int:
    left = load_one(args.left)
    right = load_one(args.right)
    alignment = align(left, right, threshold=_threshold(args))
    if args.json:
        print_json(alignment_json(alignment))
        return 0
    from rich.console import Console

    console = Console(highlight=False)
    console.print(render(alignment, console.width))
    return 0


def _sentence_text(text: str, spans: list[tuple[int, int]], colour: str | None, index: int) -> Text:
    """One sentence as a Rich Text: plain text appended, never parsed as markup."""
    from rich.text import Text

    out = Text(f"{index:>3} ", style="dim")
    body = Text(text, style=colour or "dim")
    for start, end in spans:
        body.stylize(f"bold underline {colour}" if colour else "bold", start, end)
    out.append_text(body)
    return out


def render(alignment: Alignment, width: int) -> RenderableType:
    """The side-by-side report: one row per match in reading order of the left side, with
    sentences only one side has dimmed and placed near their neighbours."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    left, right = alignment.left.texts, alignment.right.texts
    owner_r: dict[int, int] = {}
    owner_l: dict[int, int] = {}
    for m, match in enumerate(alignment.matches):
        for i in match.left:
            owner_l[i] = m
        for j in match.right:
            owner_r[j] = m

    # Rows: ("match", m) | ("left", i) | ("right", j), in left reading order.
    rows: list[tuple[str, int]] = []
    for i in range(len(left)):
        if i in owner_l:
            m = owner_l[i]
            if alignment.matches[m].left[0] == i:
                rows.append(("match", m))
        else:
            rows.append(("left", i))
    # Each right-only sentence goes after the row holding the nearest earlier right sentence.
    for j in range(len(right)):
        if j in owner_r:
            continue
        at = 0
        for k in range(j - 1, -1, -1):
            key = ("match", owner_r[k]) if k in owner_r else ("right", k)
            if key in rows:
                at = rows.index(key) + 1
                break
        rows.insert(at, ("right", j))

    table = Table(show_header=True, header_style="bold", expand=True, show_lines=False, box=None,
                  padding=(0, 1), width=max(width, 20))
    table.add_column(Text(alignment.left.title or alignment.left.path), ratio=1, overflow="fold")
    table.add_column(Text(alignment.right.title or alignment.right.path), ratio=1, overflow="fold")
    for kind, n in rows:
        if kind == "match":
            match = alignment.matches[n]
            colour = PALETTE[n % len(PALETTE)]
            cells = []
            for idx, texts, spans in ((match.left, left, match.left_spans),
                                      (match.right, right, match.right_spans)):
                cell = Text()
                for k, i in enumerate(idx):
                    if k:
                        cell.append("\n")
                    cell.append_text(_sentence_text(texts[i], [(s, e) for x, s, e in spans if x == i],
                                                    colour, i))
                cells.append(cell)
            cells[0].append(f"  [{match.score:.1f}]", style="dim")
            table.add_row(*cells)
        elif kind == "left":
            table.add_row(_sentence_text(left[n], [], None, n), Text(""))
        else:
            table.add_row(Text(""), _sentence_text(right[n], [], None, n))

    covered_l = len(owner_l)
    covered_r = len(owner_r)
    summary = Text(
        f"{len(alignment.matches)} matches; left {covered_l}/{len(left)} sentences covered "
        f"({_pct(covered_l, len(left))}), right {covered_r}/{len(right)} ({_pct(covered_r, len(right))})",
        style="bold",
    )
    return Group(table, Text(""), summary)


def _pct(n: int, total: int) -> str:
    return f"{100 * n / total:.0f}%" if total else "0%"
