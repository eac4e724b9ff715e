"""Finding the config in use, and the documented default a new user config starts from.

First match wins (`find_config`):
  1. `--config FILE`
  2. `$PARALLAX_CONFIG`
  3. `./config.toml` in the working directory
  4. `config.toml` in the user config folder (platformdirs), created from the
     documented default (the repository's `config.toml`) on the first write.
A file named by 1 or 2 must exist; a missing one is an error, never created.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from tui.config.model import APP_NAME, ENV_VAR, FILE_NAME, Source

_FALLBACK_TEXT = "# Parallax settings: see config.toml in the Parallax repository.\n"


def user_config_path() -> Path:
    """`config.toml` in the user config folder (e.g. ~/.config/parallax/config.toml)."""
    return platformdirs.user_config_path(APP_NAME, appauthor=False) / FILE_NAME


def default_config_path() -> Path | None:
    """The documented default config: packaged copy in a wheel, else the repository's."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "_data" / FILE_NAME, package.parent / FILE_NAME):
        if candidate.is_file():
            return candidate
    return None


def default_config_text() -> str:
    """The text a new user config starts from."""
    path = default_config_path()
    if path is None:
        return _FALLBACK_TEXT
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return _FALLBACK_TEXT


@dataclass(frozen=True, slots=True)
class ConfigLocation:
    """Where the config in use is, and which rule found it."""

    path: Path
    source: Source


def find_config(explicit: str | os.PathLike[str] | None = None, *, cwd: Path | None = None,
                env: Mapping[str, str] | None = None) -> ConfigLocation:
    """The config in use: --config FILE, $PARALLAX_CONFIG, ./config.toml, the user config.

    An empty `explicit` is not "no --config": `load_config` refuses it before asking here."""
    environ = os.environ if env is None else env
    here = Path.cwd() if cwd is None else cwd

    def given(value: str | os.PathLike[str]) -> Path:
        path = Path(value).expanduser()
        return path if cwd is None or path.is_absolute() else cwd / path

    if explicit is not None and str(explicit) != "":
        return ConfigLocation(given(explicit), "--config")
    if environ.get(ENV_VAR):
        return ConfigLocation(given(environ[ENV_VAR]), "$PARALLAX_CONFIG")
    local = here / FILE_NAME
    if local.is_file():
        return ConfigLocation(local if cwd is not None else Path(FILE_NAME), "./config.toml")
    return ConfigLocation(user_config_path(), "user")
