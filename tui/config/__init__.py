"""The config file: where it is, what it says, and how Parallax edits it without harm.

One module per job:
  errors      ConfigError, ConfigWriteError, EntryNotFound, ConfigIssue
  model       the data: Config, CorpusSettings, ReadingSettings, Bookmark, Passage, Pin
  find        which file is the config in use, and the documented default
  read        reading it safely (regular files only, never blocking) into a Config
  schema      every key, type and range, declared once; the validation
  statements  where each statement is in the text (line numbers, tables to edit)
  edit        the edits to the text (tomlkit renders them; tomli checks them)
  write       update_config: the locked read-merge-replace
  paths       where stored article paths are; pins_for
  pins        set_pin

The writer's names (`update_config`, `Document`, `set_pin`, ...) load on first use:
the writer imports filelock (~95 ms) and tomlkit (~37 ms, both measured with
`python -X importtime`), and `parallax bookmarks` or `events` only read.
Plain Python: no textual or rich imports.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from tui.config.errors import ConfigError, ConfigIssue, ConfigWriteError, EntryNotFound
from tui.config.find import ConfigLocation, default_config_path, default_config_text, find_config, user_config_path
from tui.config.model import (
    APP_NAME,
    DEFAULT_LAYOUT,
    DEFAULT_THEME,
    ENV_VAR,
    FILE_NAME,
    LAYOUTS,
    Bookmark,
    Config,
    CorpusSettings,
    Key,
    Passage,
    Pin,
    ReadingSettings,
    Source,
)
from tui.config.paths import pins_for, resolve_path
from tui.config.read import CONFIG_MAX_BYTES, load_config, parse_error, read_config, reload_config
from tui.config.schema import BOOKMARKS_KEY, MAX_BYTES_CEILING, PIN_KEY, check_keys, key_name
from tui.config.statements import key_lines

if TYPE_CHECKING:
    from tui.config.edit import Document
    from tui.config.pins import set_pin
    from tui.config.write import LOCK_TIMEOUT, lock_path, update_config

_LAZY = {
    "Document": "tui.config.edit",
    "set_pin": "tui.config.pins",
    "update_config": "tui.config.write",
    "lock_path": "tui.config.write",
    "LOCK_TIMEOUT": "tui.config.write",
}


_CALLED_LATER = frozenset({"set_pin", "update_config"})
"""Writer functions that modules import by name at start-up (the session does): they get a
stand-in that imports the writer at its first call, so the TUI lists its library first."""


def __getattr__(name: str) -> Any:
    """The writer's names, imported on first use (see the module docstring)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if name in _CALLED_LATER:
        return _on_call(module, name)
    return getattr(importlib.import_module(module), name)


def _on_call(module: str, name: str) -> Any:
    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(module), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    call.__doc__ = f"{module}.{name}, imported at the first call."
    return call


__all__ = [
    "APP_NAME", "BOOKMARKS_KEY", "CONFIG_MAX_BYTES", "DEFAULT_LAYOUT", "DEFAULT_THEME", "ENV_VAR", "FILE_NAME",
    "LAYOUTS", "LOCK_TIMEOUT", "MAX_BYTES_CEILING", "PIN_KEY", "Bookmark", "Config", "ConfigError",
    "ConfigIssue", "ConfigLocation", "ConfigWriteError", "CorpusSettings", "Document", "EntryNotFound", "Key",
    "Passage", "Pin", "ReadingSettings", "Source", "check_keys", "default_config_path", "default_config_text",
    "find_config", "key_lines", "key_name", "load_config", "lock_path", "parse_error", "pins_for",
    "read_config", "reload_config", "resolve_path", "set_pin", "update_config", "user_config_path",
]
