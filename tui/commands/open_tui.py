"""`parallax [PATH...]`: open the TUI on these paths, the configured corpus, or the seeds."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from tui.app import ParallaxApp
from tui.config import load_config
from tui.engine.sanitize import printable
from tui.errors import UsageError
from tui.resources import seeds_dir
from tui.session import Session


def _shown(folder: Path) -> str:
    """A folder as the user would type it: relative when it is under the working directory."""
    try:
        return str(folder.relative_to(Path.cwd()))
    except ValueError:
        return str(folder)


def has_terminal() -> bool:
    """Whether stdin and stdout are a terminal: the full-screen app needs both."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def run(args: argparse.Namespace) -> int:
    if not has_terminal():
        raise UsageError("parallax: the full-screen app needs a terminal on stdin and stdout; "
                         "from a script use a command, such as 'parallax events --json'")
    config = load_config(getattr(args, "config", None))
    warnings = [str(issue) for issue in config.issues]
    if config.error is not None:
        warnings.insert(0, f"{config.error}; using the defaults, bookmarks are read-only")
    paths: list[str] = list(getattr(args, "paths", None) or config.corpus.paths or [_shown(seeds_dir())])
    warnings += [f"{printable(path)}: no such file or folder" for path in paths
                 if not path.lower().startswith(("http://", "https://")) and not os.path.lexists(path)]
    session = Session(paths, config=config, warnings=warnings)
    app = ParallaxApp(session)
    theme = session.settings.theme
    if theme not in app.available_themes:
        where = config.path if config.exists else "the default config"
        raise UsageError(f"{where}: [reading] theme {theme!r} is not a theme; "
                         f"have: {', '.join(sorted(app.available_themes))}")
    app.run()
    return 0
