"""`parallax events [PATH...] [--json]`: the corpus grouped by event."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from tui.commands.common import article_json, cli_config, print_json, warn, warn_notices
from tui.config import Config, pins_for
from tui.engine.model import Article, Event
from tui.engine.pipeline import load_shelf
from tui.engine.sanitize import printable
from tui.errors import UsageError


def default_paths() -> list[str]:
    """The repository's seeds/ until the configured corpus is wired in; relative when under
    the working folder, so paths read as `seeds/...` from the repository."""
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    try:
        return [str(seeds.relative_to(Path.cwd().resolve()))]
    except ValueError:
        return [str(seeds)]


def stored_for_events(config: Config) -> list[Article]:
    """Every stored article of the config's store (sources, issue 15); none when there is no store."""
    from tui.sources.articles import read_stored
    from tui.sources.where import store_path_for

    return read_stored(store_path_for(config), warn)


def events_json(events: list[Event]) -> dict[str, Any]:
    """The contract's shape: events, each with its articles' metadata and sentence count."""
    out = []
    for event in events:
        articles = []
        for article in event.articles:
            data = article_json(article, with_sentences=False)
            data["sentences"] = len(article.sentences)
            articles.append(data)
        out.append({"id": event.id, "label": event.label, "date": event.date, "articles": articles})
    return {"events": out}


def run(args: argparse.Namespace) -> int:
    config = cli_config(args)
    # Sources (issue 15): with no PATH, every stored article joins the configured folders (and
    # stands in for the seeds/ demo when no folder is configured).
    stored = stored_for_events(config) if not args.paths else []
    configured = [str(p) for p in config.corpus.paths]
    paths = list(args.paths) or configured or ([] if stored else default_paths())
    shelf = load_shelf(paths, max_bytes=config.corpus.max_bytes, pins=lambda read: pins_for(config, read),
                       extra=stored)
    assert shelf is not None  # only a cancelled load gives none
    warn_notices(shelf.corpus.notices)
    if not shelf.corpus.articles:
        raise UsageError(f"{', '.join(printable(p) for p in paths) or 'the store'}: no article could be read")
    events = list(shelf.events)
    if args.json:
        print_json(events_json(events))
        return 0
    for event in events:
        when = event.date or "undated"
        print(f"{printable(event.label)}  [{printable(when)}, "
              f"{len(event.articles)} article{'s' * (len(event.articles) != 1)}]")
        for article in event.articles:
            meta = printable(", ".join(x for x in (article.outlet, article.date) if x))
            print(f"    {printable(article.path)}" + (f"  ({meta})" if meta else ""))
    return 0
