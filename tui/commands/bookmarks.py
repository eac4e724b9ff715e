"""`parallax bookmarks [--json]`, `parallax bookmark add LEFT [RIGHT] [--note TEXT]`,
`parallax bookmark remove ID`: the bookmarks of the config in use.

A config that does not parse (or a --config file that is not there) exits 2 with one
line naming the file, and is never written. Settings with wrong types or unknown keys
are reported on stderr, one line each, and the command goes on.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tui.bookmarks import add_bookmark, bookmark_json, missing_files, remove_bookmark
from tui.commands.common import cli_config, load_stored, print_json, report_config_issues
from tui.config import Config, ConfigError
from tui.engine.sanitize import printable, strip_controls
from tui.errors import UsageError


def _article(path: str, config: Config) -> None:
    """The file to bookmark must be there now (it may go later: it then shows as missing)."""
    if path.lower().startswith(("http://", "https://")):  # a stored article's URL (sources, issue 15)
        load_stored(path, config)
        return
    if path == "":  # Path("") would be the working folder
        raise UsageError('"": an empty path names no file')
    found = Path(path).expanduser()
    if found.is_dir():
        raise UsageError(f"{printable(path)}: is a folder, not an article file")
    if not found.is_file():
        raise UsageError(f"{printable(path)}: no such file")


def _shown(text: str) -> str:
    """A file name or id as it may be printed: no escape sequences, on one line."""
    return " ".join(strip_controls(text).split("\n"))


def _list(config: Config, as_json: bool) -> None:
    if as_json:
        print_json({"bookmarks": [bookmark_json(b, config) for b in config.bookmarks]})
        return
    if not config.bookmarks:
        print(f"No bookmarks in {_shown(str(config.path))}.")
        return
    for b in config.bookmarks:
        files = _shown(b.left) if b.right is None else f"{_shown(b.left)} <-> {_shown(b.right)}"
        gone = missing_files(b, config)
        flag = f"  [missing: {', '.join(map(_shown, gone))}]" if gone else ""
        where = ""
        if b.passage is not None:
            sides = [f"{name} {','.join(map(str, ix))}"
                     for name, ix in (("left", b.passage.left), ("right", b.passage.right)) if ix]
            where = f"  (sentences: {'; '.join(sides)})"
        print(f"{_shown(b.id)}  {_shown(b.created)}  {files}{where}{flag}")
        if b.note:
            print("        " + strip_controls(b.note).replace("\n", "\n        "))


def run(args: argparse.Namespace) -> int:
    listing = args.command == "bookmarks"
    # A write that is refused says why in one line; the settings it ignored are reported
    # only when it goes through (a refused write often repeats one of them).
    config = cli_config(args, report_issues=listing)
    try:
        if listing:
            _list(config, bool(args.json))
            return 0
        if args.action == "add":
            _article(args.left, config)
            if args.right is not None:
                _article(args.right, config)
            bookmark = add_bookmark(config, args.left, args.right, note=args.note or "")
            report_config_issues(config)
            print(bookmark.id, flush=True)
        elif args.action == "remove":
            remove_bookmark(config, args.id)
            report_config_issues(config)
        else:  # pragma: no cover - argparse allows no other action
            raise UsageError(f"parallax bookmark: unknown action {args.action}")
    except ConfigError as err:
        raise UsageError(str(err)) from err
    return 0
