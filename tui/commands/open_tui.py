"""`parallax [PATH...]`: open the TUI on these paths, the configured corpus, or the seeds."""

from __future__ import annotations

import argparse
from pathlib import Path

from tui.app import ParallaxApp
from tui.config import load_config
from tui.errors import UsageError
from tui.resources import seeds_dir
from tui.session import Session


def _shown(folder: Path) -> str:
    """A folder as the user would type it: relative when it is under the working directory."""
    try:
        return str(folder.relative_to(Path.cwd()))
    except ValueError:
        return str(folder)


def run(args: argparse.Namespace) -> int:
    config = load_config(getattr(args, "config", None))
    warnings = [str(issue) for issue in config.issues]
    if config.error is not None:
        warnings.insert(0, f"{config.error}; using the defaults, bookmarks are read-only")
    paths: list[str] = list(getattr(args, "paths", None) or config.corpus.paths or [_shown(seeds_dir())])
    session = Session(paths, config=config, warnings=warnings)
    app = ParallaxApp(session)
    theme = session.settings.theme
    if theme not in app.available_themes:
        where = config.path if config.exists else "the default config"
        raise UsageError(f"{where}: [reading] theme {theme!r} is not a theme; "
                         f"have: {', '.join(sorted(app.available_themes))}")
    app.run()
    return 0
