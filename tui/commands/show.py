"""`parallax show FILE [--json]`: one article as read and cleaned."""

from __future__ import annotations

import argparse

from tui.commands.common import article_json, cli_config, load_one, print_json
from tui.engine.sanitize import printable


def run(args: argparse.Namespace) -> int:
    config = cli_config(args)
    article = load_one(args.file, config, max_bytes=config.corpus.max_bytes)
    data = article_json(article)
    data["url"] = article.url
    if args.json:
        print_json(data)
        return 0
    # Here, not at the top: rich takes 0.1-0.3 s to import, which `show --json` never needs.
    from rich.console import Console
    from rich.text import Text

    console = Console(highlight=False)
    for field in ("title", "outlet", "author", "date", "url"):
        console.print(Text.assemble((f"{field:>7} ", "bold"), printable(data[field] or "unknown")))
    console.print()
    for i, sentence in enumerate(article.texts):
        console.print(Text.assemble((f"{i:>4}  ", "dim"), printable(sentence)))
    return 0
