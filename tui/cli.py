"""The `parallax` command line: a thin face over the engine (its interface: docs/CONTRACT.md).

`parallax [PATH...]` opens the TUI; the sub-commands print and exit. `--config FILE`
may stand anywhere. Exit status: 0 on success, 2 on bad usage or unreadable
input, with one line on stderr that names the file and the problem.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from tui import __version__, collector
from tui.engine.sanitize import printable
from tui.errors import UsageError


class _Parser(argparse.ArgumentParser):
    """argparse, but errors are one line and exit 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


def config_argument(value: str) -> str:
    """argparse `type=` for --config: an empty name is a usage error, not "no --config"."""
    # Here, not in tui.commands.common: the app's start has no use for the commands' helpers
    # (their imports, the notices' grouping among them, were ~5 M instructions of it; issue 11).
    if value == "":
        raise argparse.ArgumentTypeError("--config '': an empty name names no file; name a file, or leave "
                                          "--config out")
    return value


COMMANDS = ("events", "show", "compare", "bookmarks", "bookmark", "serve", "add", "update", "sources", "remove",
            "coverage")


def _add_config(parser: argparse.ArgumentParser, top: bool) -> None:
    # On sub-parsers the default is SUPPRESS so a --config given before the
    # command name is not reset by the sub-parser.
    parser.add_argument(
        "--config",
        metavar="FILE",
        type=config_argument,
        default=None if top else argparse.SUPPRESS,
        help="use this config file instead of the default one",
    )


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, sub-commands included."""
    parser = _Parser(
        prog="parallax",
        usage="parallax [--config FILE] [PATH ...]\n       parallax [--config FILE] COMMAND ...",
        description="Read news coverage side by side. With no command, opens the TUI on PATHs "
        "(files and folders, read recursively), or on the configured corpus.",
        epilog="Exit status: 0 on success, 2 on bad usage or unreadable input.",
    )
    parser.add_argument("--version", action="version", version=f"parallax {__version__}")
    _add_config(parser, top=True)
    # prog: each command's usage and errors name "parallax COMMAND", not the two-line usage above.
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser, prog="parallax")

    p = sub.add_parser("events", help="print the events (groups of articles), then exit")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files and folders (default: the configured corpus)")
    p.add_argument("--json", action="store_true", help="print JSON")
    _add_config(p, top=False)

    p = sub.add_parser("show", help="print one article as read and cleaned, then exit")
    p.add_argument("file", metavar="FILE", help="an article file (text, Markdown, HTML) or a stored article's URL")
    p.add_argument("--json", action="store_true", help="print JSON")
    _add_config(p, top=False)

    p = sub.add_parser("compare", help="print the alignment of two articles, then exit")
    p.add_argument("left", metavar="LEFT", help="the left article: a file or a stored article's URL")
    p.add_argument("right", metavar="RIGHT", help="the right article: a file or a stored article's URL")
    formats = p.add_mutually_exclusive_group()
    formats.add_argument("--json", action="store_true", help="print JSON instead of a side-by-side report")
    formats.add_argument("--html", action="store_true", help="write one self-contained HTML page")
    formats.add_argument("--markdown", action="store_true", help="write Markdown with YAML front matter")
    p.add_argument("-o", "--output", metavar="FILE", help="with --html or --markdown: write to FILE, not stdout")
    p.add_argument("--threshold", type=float, default=None, help="match threshold, 0-100 (default: config)")
    _add_config(p, top=False)

    p = sub.add_parser("coverage", help="group several reports' sentences into facts: who reported what")
    p.add_argument("paths", nargs="*", metavar="PATH", help="the reports (with --event: where to look, "
                   "default the configured corpus)")
    p.add_argument("--event", metavar="ID", default=None, help="the reports of this event (an id from events --json)")
    shown = p.add_mutually_exclusive_group()
    shown.add_argument("--json", action="store_true", help="print JSON instead of a facts-by-outlets table")
    shown.add_argument("--html", action="store_true",
                       help="write the facts-by-outlets grid as one self-contained HTML page")
    p.add_argument("-o", "--output", metavar="FILE", help="with --html: write to FILE, not stdout")
    p.add_argument("--threshold", type=float, default=None, help="match threshold, 0-100 (default: config)")
    _add_config(p, top=False)

    p = sub.add_parser("bookmarks", help="print the bookmarks of the config in use")
    p.add_argument("--json", action="store_true", help="print JSON")
    _add_config(p, top=False)

    p = sub.add_parser("bookmark", help="add or remove a bookmark")
    actions = p.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser, required=True)
    a = actions.add_parser("add", help="bookmark one article or a pair, print its id")
    a.add_argument("left", metavar="LEFT", help="the article to bookmark (or the left one of a pair)")
    a.add_argument("right", metavar="RIGHT", nargs="?", help="the right article of a pair")
    a.add_argument("--note", metavar="TEXT", default="")
    _add_config(a, top=False)
    r = actions.add_parser("remove", help="remove the bookmark with this id")
    r.add_argument("id", metavar="ID")
    _add_config(r, top=False)
    _add_config(p, top=False)

    p = sub.add_parser("serve", help="serve the TUI in a web browser (no authentication: this machine only)")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files and folders to open (default: the configured corpus)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    p.add_argument("--i-know", action="store_true",
                   help="allow a --host other than this machine: anyone who reaches it can use the app")
    _add_config(p, top=False)
    _add_sources_commands(sub)
    return parser


def _add_sources_commands(sub: argparse._SubParsersAction[_Parser]) -> None:
    """Sources (issue 15): subscribe to feeds and pages, update them, list and remove them."""
    p = sub.add_parser("add", help="subscribe to a feed URL, store an article page URL, or import an OPML file")
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="a feed or page URL, or an OPML file")
    _add_config(p, top=False)
    p = sub.add_parser("update", help="fetch every subscription's new entries and their pages")
    p.add_argument("--json", action="store_true", help="print JSON")
    _add_config(p, top=False)
    p = sub.add_parser("sources", help="list the subscriptions and pages")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--opml", action="store_true", help="print the subscriptions as OPML 2.0")
    _add_config(p, top=False)
    p = sub.add_parser("remove", help="end a subscription (or forget a page)")
    p.add_argument("source", metavar="SOURCE", help="the source's URL, as `parallax sources` lists it")
    p.add_argument("--purge", action="store_true", help="also delete its stored articles")
    _add_config(p, top=False)


def _tui_parser() -> argparse.ArgumentParser:
    """The options of `parallax [PATH...]` alone: the errors read as the whole parser's."""
    parser = _Parser(prog="parallax", add_help=False)
    _add_config(parser, top=True)
    return parser


def _split_tui_args(argv: list[str]) -> tuple[list[str], list[str]]:
    """Separate `--config FILE` (and other options) from the TUI's PATHs."""
    options: list[str] = []
    paths: list[str] = []
    it = iter(argv)
    for arg in it:
        if arg == "--config":
            options += [arg, next(it, "")]
        elif arg.startswith("-") and arg != "-":
            options.append(arg)
        else:
            paths.append(arg)
    return options, paths


_MODULES = {"show": "show", "events": "events", "compare": "compare", "bookmarks": "bookmarks",
            "bookmark": "bookmarks", "tui": "open_tui", "serve": "serve",
            "add": "sources", "update": "sources", "sources": "sources", "remove": "sources",
            "coverage": "coverage"}


def _looks_like_a_command(word: str) -> bool:
    """A word meant as a command (`parallax frobnicate`): no such path, and nothing in it that
    makes it read as one (a separator, a dot, a scheme). A missing path that looks like a
    path opens the TUI, which names it on screen."""
    return not os.path.lexists(word) and not any(mark in word for mark in ("/", os.sep, ".", ":"))


def _handler(command: str) -> Callable[[argparse.Namespace], int]:
    # Imported on demand: `parallax show` loads neither Textual nor the grouping's NumPy.
    module = importlib.import_module(f"tui.commands.{_MODULES[command]}")
    run: Callable[[argparse.Namespace], int] = module.run
    return run


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `parallax` and `python -m tui`."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    try:
        options, paths = _split_tui_args(args_list)
        if (paths and paths[0] in COMMANDS) or any(a in ("-h", "--help", "--version") for a in args_list):
            args = build_parser().parse_args(args_list)
        elif paths and _looks_like_a_command(paths[0]):
            raise UsageError(f"parallax: {paths[0]!r} is neither a command nor a file or folder "
                             f"(commands: {', '.join(COMMANDS)}; parallax --help)")
        else:  # the app's own options only: the sub-commands' parsers are not built (3 ms of its start)
            args = _tui_parser().parse_args(options)
            args.command = None
            args.paths = paths
        if args.command is None:  # the full-screen app: its start goes without the cycle collector
            collector.pause()
        try:
            return _handler(args.command or "tui")(args)
        finally:
            collector.resume()  # the app resumed it after its first frame, unless it never drew one
    except UsageError as err:
        print(printable(str(err), one_line=True), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `parallax events | head`: the reader left; say nothing more and let the
        # interpreter's final flush go to /dev/null instead of raising again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
