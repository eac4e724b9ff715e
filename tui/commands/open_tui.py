"""`parallax [PATH...]`: open the TUI on these paths, the configured corpus, or the seeds."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from tui.config import load_config
from tui.engine.sanitize import printable
from tui.errors import UsageError
from tui.resources import seeds_dir
from tui.session import Session
from tui.sources.where import store_path_for


def _shown(folder: Path) -> str:
    """A folder as the user would type it: relative when it is under the working directory."""
    try:
        return str(folder.relative_to(Path.cwd()))
    except ValueError:
        return str(folder)


def has_terminal() -> bool:
    """Whether the app has a screen to draw on: a terminal on stdin and stdout, or the
    browser page `parallax serve` gives it (Textual's web driver, named in the environment)."""
    return (sys.stdin.isatty() and sys.stdout.isatty()) or "web_driver" in os.environ.get("TEXTUAL_DRIVER", "")


def _has_articles(store: Path) -> bool:
    """Whether the sources store exists and holds an article (then the seeds are not shown)."""
    if not store.is_file():
        return False
    from tui.sources.store import Store, StoreError  # only a store that exists is opened

    try:
        with Store(store) as opened:
            return opened.conn.execute("SELECT 1 FROM articles WHERE article IS NOT NULL OR raw IS NOT NULL "
                                       "LIMIT 1").fetchone() is not None
    except StoreError:
        return False  # the library says what is wrong with it when it reads it


def run(args: argparse.Namespace) -> int:
    if not has_terminal():
        raise UsageError("parallax: the full-screen app needs a terminal on stdin and stdout; "
                         "from a script use a command, such as 'parallax events --json'")
    config = load_config(getattr(args, "config", None))
    warnings = [str(issue) for issue in config.issues]
    if config.error is not None:
        warnings.insert(0, f"{config.error}; using the defaults, bookmarks are read-only")
    store = store_path_for(config)
    explicit = bool(getattr(args, "paths", None))
    # As `parallax events`: no PATH means the configured folders and the stored articles,
    # and the seeds only when there is neither.
    fallback = [] if not explicit and _has_articles(store) else [_shown(seeds_dir())]
    paths: list[str] = list(getattr(args, "paths", None) or config.corpus.paths or fallback)
    warnings += [f"{printable(path)}: no such file or folder" for path in paths
                 if not path.lower().startswith(("http://", "https://")) and not os.path.lexists(path)]
    session = Session(paths, config=config, warnings=warnings, store=store, with_stored=not explicit)
    # The corpus is read before (from a warm cache) or while (a longer reading) Textual and the
    # app are imported and started (tui.reading): imported only now, the app costs no time
    # that the reading could not use.
    session.begin_reading()
    try:
        from tui.app import ParallaxApp

        app = ParallaxApp(session)
        theme = session.settings.theme
        if theme not in app.available_themes:
            where = config.path if config.exists else "the default config"
            raise UsageError(f"{where}: [reading] theme {theme!r} is not a theme; "
                             f"have: {', '.join(sorted(app.available_themes))}")
        app.run()
    finally:
        untaken = session.take_reading()  # the app stopped before its library took the reading over
        if untaken is not None:
            untaken.cancel()
    return 0
