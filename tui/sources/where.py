"""Where the sources store lives: `[sources] store` of the config in use (read with the rest of the
config, by tui.config's one schema), else `default_store_path()` (platformdirs' user data folder,
so XDG_DATA_HOME moves it).

Apart from tui.sources.store so that knowing where the store is does not load the store: the
app's start asks where it is, but opens it only when the file exists (issue 11: a fast start).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.config import Config

FILE_NAME = "sources.sqlite3"


def default_store_path() -> Path:
    """sources.sqlite3 in the platform's user data folder (XDG_DATA_HOME on Linux)."""
    from platformdirs import user_data_path

    return user_data_path("parallax", appauthor=False) / FILE_NAME


def store_path_for(config: Config) -> Path:
    """The store in use for this config: its `[sources] store` (resolved against the config file's
    folder when the config was read), else the default."""
    return config.places.sources_store or default_store_path()
