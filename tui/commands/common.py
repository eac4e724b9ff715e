"""What the sub-commands share: JSON output, article reading with exit-2 errors."""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from json.encoder import encode_basestring
from typing import Any

from tui.config import Config, load_config
from tui.engine.corpus import DEFAULT_MAX_BYTES, Unreadable, read_article
from tui.engine.model import Article, Notice
from tui.engine.notices import group_notices
from tui.engine.sanitize import json_safe, printable
from tui.errors import UsageError


def print_json(data: Any) -> None:
    """JSON on stdout alone, UTF-8, one document; C1 controls, bidi overrides and lone
    surrogates (a file name that is not UTF-8) written as JSON escapes, as C0 controls are."""
    sys.stdout.write(json_safe(indented_json(data)) + "\n")
    sys.stdout.flush()


INDENT = "  "
"""The indent of one level: json.dumps(indent=2)'s."""


def indented_json(data: Any) -> str:
    """json.dumps(data, ensure_ascii=False, indent=2), character for character, in half the time.

    The standard library indents in pure Python, one generator per level (its C encoder only
    writes compact JSON): for the events of 10,000 articles that was 0.14 s of a 1.2 s cached
    start. Strings still go through its C escaper; what this does not know (a key that is not
    a string, a type of value it does not list) is left to json.dumps itself.
    """
    out: list[str] = []
    try:
        _indent_into(data, "", out)
    except _Unlisted:
        return json.dumps(data, ensure_ascii=False, indent=2)
    return "".join(out)


class _Unlisted(Exception):
    """A value indented_json leaves to json.dumps."""


def _indent_into(value: Any, pad: str, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(encode_basestring(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif type(value) is int:  # not a bool (handled above) nor an IntEnum, whose text json.dumps decides
        out.append(int.__repr__(value))
    elif type(value) is float:
        out.append(float.__repr__(value) if math.isfinite(value) else json.dumps(value))  # NaN as json writes it
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = pad + INDENT
        opening = "{\n"
        for key, item in value.items():
            if not isinstance(key, str):
                raise _Unlisted
            out.append(opening + inner + encode_basestring(key) + ": ")
            opening = ",\n"
            _indent_into(item, inner, out)
        out.append("\n" + pad + "}")
    elif isinstance(value, list | tuple):
        if not value:
            out.append("[]")
            return
        inner = pad + INDENT
        opening = "[\n"
        for item in value:
            out.append(opening + inner)
            opening = ",\n"
            _indent_into(item, inner, out)
        out.append("\n" + pad + "]")
    else:  # a type not listed: json.dumps decides (or refuses)
        raise _Unlisted


def warn(message: str) -> None:
    """One line on stderr; control characters (from file names, say) shown as escapes."""
    print(printable(" ".join(message.split()), one_line=True), file=sys.stderr)


GROUP_ABOVE = 5
"""More notices than this with the same reason print as one line (a count and a few examples);
up to this many, each file keeps its own line."""
EXAMPLES = 3
"""Files named as examples on a grouped line."""


def warn_notices(notices: Sequence[Notice]) -> None:
    """Notices on stderr, one line per file, but a reason shared by many files (20,000 empty
    files) as one line: "19,998 files: empty file (a/1.txt, a/2.txt, a/3.txt, ...)"."""
    for group in group_notices(notices):
        if len(group.notices) <= GROUP_ABOVE:
            for notice in group.notices:
                warn(str(notice))
        else:
            examples = ", ".join(printable(n.path) for n in group.notices[:EXAMPLES])
            warn(f"{len(group.notices):,} files: {group.reason} ({examples}, ...)")


def load_one(path: str, config: Config, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read one article for a command, or raise UsageError naming the file. An http(s) URL is
    a stored article (sources, issue 15) of the store of `config` (the config in use)."""
    if path == "":
        raise UsageError('"": an empty path names no file')
    if path.lower().startswith(("http://", "https://")):
        return load_stored(path, config)
    try:
        article, notices = read_article(path, max_bytes=max_bytes)
    except Unreadable as err:
        for notice in err.notices:
            warn(str(notice))
        raise UsageError(f"{printable(path)}: {err}") from err
    for notice in notices:
        warn(str(notice))
    return article


def load_stored(url: str, config: Config) -> Article:
    """The stored article with this URL, or UsageError naming it (sources, issue 15)."""
    from tui.sources.articles import stored_article
    from tui.sources.store import Store, StoreError
    from tui.sources.where import store_path_for

    try:
        with Store(store_path_for(config)) as store:
            article = stored_article(store, url)
    except StoreError as err:
        raise UsageError(printable(str(err))) from err
    if article is None:
        raise UsageError(f"{printable(url)}: not a stored article (add it with `parallax add URL`)")
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
