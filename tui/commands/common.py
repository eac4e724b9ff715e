"""What the sub-commands share: JSON output, article reading with exit-2 errors."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from tui.config import Config, load_config
from tui.engine.corpus import DEFAULT_MAX_BYTES, Unreadable, read_article
from tui.engine.model import Article
from tui.engine.sanitize import printable


def print_json(data: Any) -> None:
    """JSON on stdout alone, UTF-8, one document."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    sys.stdout.flush()


def warn(message: str) -> None:
    """One line on stderr; control characters (from file names, say) shown as escapes."""
    print(printable(" ".join(message.split())), file=sys.stderr)


def load_one(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read one article for a command, or raise UsageError naming the file."""
    from tui.cli import UsageError

    try:
        article, notices = read_article(path, max_bytes=max_bytes)
    except Unreadable as err:
        for notice in err.notices:
            warn(str(notice))
        raise UsageError(f"{printable(path)}: {err}") from err
    for notice in notices:
        warn(str(notice))
    return article


def article_json(article: Article, *, with_sentences: bool = True) -> dict[str, Any]:
    """The article's metadata (and sentences) as the contract spells them."""
    data: dict[str, Any] = {
        "path": article.path,
        "title": article.title,
        "outlet": article.outlet,
        "author": article.author,
        "date": article.date,
    }
    if with_sentences:
        data["sentences"] = article.texts
    return data


def cli_config(args: argparse.Namespace, *, report_issues: bool = True) -> Config:
    """The config in use for a command. One that cannot be read or does not parse (or a
    --config file that is not there, or `--config ''`) exits 2 naming the file; ignored
    settings are reported on stderr, one line each (by the caller when `report_issues` is
    False: `report_config_issues`)."""
    from tui.cli import UsageError

    config = load_config(getattr(args, "config", None))
    if config.error is not None:
        raise UsageError(str(config.error))
    if report_issues:
        report_config_issues(config)
    return config


def report_config_issues(config: Config) -> None:
    """The config's ignored settings on stderr, one line each."""
    for issue in config.issues:
        warn(str(issue))


def config_argument(value: str) -> str:
    """argparse `type=` for --config: an empty name is a usage error, not "no --config"."""
    if value == "":
        raise argparse.ArgumentTypeError("an empty file name is not a config file; name a file, or leave "
                                          "--config out")
    return value
