"""`parallax coverage PATH... [--json]` / `--event ID`: who reported what, fact by fact."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.commands.common import article_json, cli_config, load_one, print_json, warn, warn_notices
from tui.commands.events import default_paths, stored_for_events
from tui.config import Config, pins_for
from tui.engine.coverage import Coverage, build_coverage
from tui.engine.embed import failure
from tui.engine.model import Article
from tui.engine.pipeline import load_shelf
from tui.engine.sanitize import printable, strip_controls
from tui.errors import UsageError
from tui.export.coverage_html import render_coverage_html

if TYPE_CHECKING:
    from rich.console import RenderableType

LABEL_MIN = 24
"""The fact column keeps at least this many characters; outlets that do not fit beside it
go to a second table."""
NUMBER_WIDTH = 3
"""The fact number column: up to 999 facts."""
MARK = "●"
ABSENT = "·"


def coverage_json(coverage: Coverage) -> dict[str, Any]:
    """The coverage as CONTRACT.md spells it."""
    articles = []
    for article in coverage.articles:
        data = article_json(article)
        del data["author"]
        articles.append(data)
    return {
        "articles": articles,
        "facts": [
            {"label": fact.label, "support": fact.support,
             "members": [{"article": m.article, "sentences": list(m.sentences)} for m in fact.members]}
            for fact in coverage.facts
        ],
    }


def _event_articles(args: argparse.Namespace, config: Config) -> list[Article]:
    """The articles of event `args.event` in the corpus `events` would list (PATHs, else
    the configured corpus)."""
    stored = stored_for_events(config) if not args.paths else []
    paths = list(args.paths) or [str(p) for p in config.corpus.paths] or ([] if stored else default_paths())
    shelf = load_shelf(paths, max_bytes=config.corpus.max_bytes, pins=lambda read: pins_for(config, read),
                       extra=stored)
    assert shelf is not None  # only a cancelled load gives none
    warn_notices(shelf.corpus.notices)
    for event in shelf.events:
        if event.id == args.event:
            return list(event.articles)
    raise UsageError(f"--event {printable(args.event)}: no such event in {', '.join(printable(p) for p in paths)}")


def run(args: argparse.Namespace) -> int:
    from tui.commands.compare import _threshold, _write

    config = cli_config(args)
    if args.event is not None:
        articles = _event_articles(args, config)
    else:
        if not args.paths:
            raise UsageError("coverage: give two or more article files, or --event ID")
        # A URL is a stored article of this config's store.
        articles = [load_one(p, config, max_bytes=config.corpus.max_bytes) for p in args.paths]
    if len({a.path for a in articles}) < 2:
        raise UsageError("coverage: needs at least two different articles")
    coverage = build_coverage(articles, threshold=_threshold(args, config), semantic=config.reading.paraphrases)
    if why := failure():
        warn(why)
    if args.json:
        print_json(coverage_json(coverage))
        return 0
    if args.html:
        _write(render_coverage_html(coverage), args.output)
        return 0
    if args.output is not None:
        raise UsageError("coverage: -o FILE goes with --html")
    from rich.console import Console

    console = Console(highlight=False)
    console.print(render(coverage, console.width))
    return 0


def outlet_name(article: Article) -> str:
    """A short, printable name for an article's outlet: the outlet, else the file's name."""
    name = article.outlet or Path(article.path).stem or article.path
    return printable(strip_controls(" ".join(name.split())))


def _clip(text: str, width: int) -> str:
    text = printable(strip_controls(" ".join(text.split())))
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def render(coverage: Coverage, width: int) -> RenderableType:
    """Facts as rows, outlets as numbered columns (a legend below says which is which), a
    mark where an outlet reports the fact; the last row counts each outlet's sentences that
    no other has. Outlets that do not fit beside the facts go to further tables."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    width = max(width, LABEL_MIN + 12)
    count = len(coverage.articles)
    unique = [len(coverage.unique(k)) for k in range(count)]
    # Every column is followed by one space: the number column, the facts, each outlet.
    cell = max(len(str(count)), *(len(str(u)) for u in unique))
    fits = max(1, (width - NUMBER_WIDTH - 1 - LABEL_MIN - 1) // (cell + 1))
    tables = -(-count // fits)
    per_table = -(-count // tables)  # as many outlets in each table, give or take one
    parts: list[RenderableType] = []
    for start in range(0, count, per_table):
        chunk = range(start, min(start + per_table, count))
        label_width = width - (NUMBER_WIDTH + 1) - 1 - (cell + 1) * len(chunk)
        table = Table(box=None, padding=(0, 1, 0, 0), show_header=True, header_style="bold", expand=False)
        table.add_column("#", justify="right", width=NUMBER_WIDTH, no_wrap=True)
        table.add_column(Text("fact"), width=label_width, no_wrap=True, overflow="ellipsis")
        for k in chunk:
            table.add_column(str(k + 1), justify="right", width=cell, no_wrap=True)
        for n, fact in enumerate(coverage.facts, 1):
            marks = [MARK if fact.sentences_of(k) else ABSENT for k in chunk]
            table.add_row(Text(str(n), style="dim"), Text(_clip(fact.label, label_width)), *marks)
        table.add_row("", Text(_clip("sentences no other outlet has", label_width), style="italic"),
                      *[Text(str(unique[k]), style="bold") for k in chunk])
        parts.append(table)
        parts.append(Text(""))
    for k, article in enumerate(coverage.articles):
        meta = ", ".join(x for x in (article.date, f"{round(100 * coverage.share(k))}% of the facts") if x)
        line = _clip(f"{outlet_name(article)} ({meta}) {article.path}", width - NUMBER_WIDTH - 1)
        parts.append(Text(f"{k + 1:>{NUMBER_WIDTH}} {line}"))
    summary = f"{len(coverage.facts)} facts reported by two or more of {count} articles"
    parts.append(Text(summary, style="bold"))
    return Group(*parts)
