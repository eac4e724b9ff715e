"""`parallax add SOURCE...`, `update [--json]`, `sources --json|--opml`, `remove SOURCE [--purge]`.

The store is the one of the config in use (`[sources] store`, else the user data folder).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tui.commands.common import cli_config, print_json, warn
from tui.engine.sanitize import printable
from tui.errors import UsageError
from tui.sources.add import AddError, add_source
from tui.sources.fetch import Fetcher
from tui.sources.opml import to_opml
from tui.sources.store import Store, StoreError
from tui.sources.update import SourceResult, update_all
from tui.sources.where import store_path_for


def store_path(args: argparse.Namespace) -> Path:
    """The store of the config in use (`--config FILE`, else the usual search); a config that does
    not parse exits 2 naming it, as every command's does."""
    return store_path_for(cli_config(args))


def open_store(args: argparse.Namespace) -> Store:
    try:
        return Store(store_path(args))
    except StoreError as err:
        raise UsageError(printable(str(err))) from err


def run(args: argparse.Namespace) -> int:
    command = {"add": _add, "update": _update, "sources": _sources, "remove": _remove}[args.command]
    return command(args)


def _add(args: argparse.Namespace) -> int:
    failed = 0
    with open_store(args) as store, Fetcher() as fetcher:
        for source in args.sources:
            try:
                added = add_source(store, fetcher, source)
            except AddError as err:
                warn(str(err))
                failed += 1
                continue
            for line in added.lines:
                print(line, flush=True)
    return 2 if failed else 0


def _update(args: argparse.Namespace) -> int:
    with open_store(args) as store, Fetcher() as fetcher:
        if not any(s.kind == "feed" for s in store.sources()):
            if args.json:
                print_json({"sources": []})
            else:
                print("No subscriptions: add a feed with `parallax add URL`.")
            return 0

        def report(result: SourceResult) -> None:
            if not args.json:
                print(result.line(), flush=True)

        results = update_all(store, fetcher, on_result=report)
    if args.json:
        print_json({"sources": [r.as_json() for r in results]})
    return 0


def _sources(args: argparse.Namespace) -> int:
    if args.json and args.opml:
        raise UsageError("parallax sources: --json and --opml: choose one")
    with open_store(args) as store:
        sources = store.sources()
    if args.opml:
        sys.stdout.write(to_opml(sources))
        return 0
    if args.json:
        print_json({"sources": [
            {"url": s.url, "title": s.title, "kind": s.kind, "added": s.added, "updated": s.updated,
             "status": s.status, "articles": s.articles} for s in sources]})
        return 0
    if not sources:
        print("No sources: add a feed or a page with `parallax add URL`.")
    for s in sources:
        title = f"  {printable(s.title)}" if s.title else ""
        print(f"{printable(s.url)}{title}  [{s.kind}, {s.articles} article{'s' * (s.articles != 1)}, "
              f"updated {s.updated or 'never'}, {printable(s.status)}]")
    return 0


def _remove(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if store.source(args.source) is None:
            raise UsageError(f"{printable(args.source)}: not a source (see `parallax sources`)")
        deleted = store.remove_source(args.source, purge=args.purge)
    extra = f"; {deleted} stored article{'s' * (deleted != 1)} deleted" if args.purge else ""
    print(f"{printable(args.source)}: removed{extra}")
    return 0
