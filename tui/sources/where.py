"""Where the sources store lives: `default_store_path()` (platformdirs' user data folder, so
XDG_DATA_HOME moves it), or `[sources] store` in config.toml (`store_path_for`).

Apart from tui.sources.store so that knowing where the store is does not load the store: the
app's start asks where it is, but opens it only when the file exists (issue 11: a fast start).
"""

from __future__ import annotations

from pathlib import Path

import tomli

FILE_NAME = "sources.sqlite3"


def default_store_path() -> Path:
    """sources.sqlite3 in the platform's user data folder (XDG_DATA_HOME on Linux)."""
    from platformdirs import user_data_path

    return user_data_path("parallax", appauthor=False) / FILE_NAME


def configured_store(config_file: Path) -> Path | None:
    """`[sources] store` of this config file (relative to its folder), or None when unset or
    unreadable (the config's own loader reports a file that does not parse)."""
    try:
        data = tomli.loads(config_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomli.TOMLDecodeError):
        return None
    table = data.get("sources")
    value = table.get("store") if isinstance(table, dict) else None
    if not isinstance(value, str) or not value.strip():
        return None
    path = Path(value).expanduser()
    return path if path.is_absolute() else config_file.parent / path


def store_path_for(config: str | None = None) -> Path:
    """The store in use for the config in use (`--config FILE`, else the usual search)."""
    from tui.config import find_config

    return configured_store(find_config(config).path) or default_store_path()
