"""Reading the config file: safely (only a regular file, never blocking), then tomli, then the schema.

`load_config` never raises: a file that cannot be read or does not parse gives the
defaults plus `Config.error` (file, line, column), and such a file is never written;
settings with a wrong type or an unknown key give `Config.issues` (file, line, key).

Only a regular file (or a symlink to one) is a config. The file is opened without
blocking and checked with fstat before a byte is read, so a FIFO, a device or a folder
given as the config is refused at once instead of hanging or being read forever.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import tomli

from tui.config.errors import ConfigError
from tui.config.find import find_config
from tui.config.model import Config, Source
from tui.config.schema import build
from tui.config.statements import key_lines

CONFIG_MAX_BYTES: Final = 16 * 1024 * 1024
"""A config file larger than this (16 MiB) is refused: hand-written settings and a few
thousand bookmarks take well under 1 MiB, so anything bigger is not a config."""

_OPEN_FLAGS: Final = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(
    os, "O_CLOEXEC", 0)
"""O_NONBLOCK: opening a FIFO for reading returns at once instead of waiting for a writer."""


def not_a_file(mode: int) -> str | None:
    """Why a file of this mode is not a config (None for a regular file)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a folder, not a config file"
    kinds = ((stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
             (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"))
    kind = next((name for test, name in kinds if test(mode)), "not a regular file")
    return f"is {kind}, not a regular file; only a regular file is read or written as a config"


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A config file as read at one moment: its bytes and what fstat said of it."""

    data: bytes
    stat: os.stat_result

    @property
    def signature(self) -> tuple[int, int, int, int]:
        """What tells a change: size, mtime (ns), inode and device."""
        return (self.stat.st_size, self.stat.st_mtime_ns, self.stat.st_ino, self.stat.st_dev)


def open_config(path: Path) -> int:
    """An fd on the config file, opened without blocking, known to be a regular file.

    Raises FileNotFoundError when it is not there, ConfigError for anything else."""
    try:
        mode = os.stat(path).st_mode  # look before opening: opening some devices does something
    except FileNotFoundError:
        raise
    except OSError as err:
        raise ConfigError(path, f"cannot read: {err.strerror or err}") from err
    if (why := not_a_file(mode)) is not None:
        raise ConfigError(path, why)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise
    except OSError as err:
        if err.errno == errno.ENXIO:  # a socket or a FIFO swapped in since the stat
            raise ConfigError(path, "is not a regular file; only a regular file is a config") from err
        raise ConfigError(path, f"cannot read: {err.strerror or err}") from err
    try:
        info = os.fstat(fd)
        if (why := not_a_file(info.st_mode)) is not None:  # swapped between the stat and the open
            raise ConfigError(path, why)
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_fd(path: Path, fd: int) -> Snapshot:
    """The whole file behind `fd` (at most CONFIG_MAX_BYTES), with its fstat."""
    info = os.fstat(fd)
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if size > CONFIG_MAX_BYTES:
            raise ConfigError(path, f"is larger than {CONFIG_MAX_BYTES:,} bytes; that is not a config file")
    return Snapshot(b"".join(chunks), info)


def snapshot(path: Path) -> Snapshot | None:
    """The file's bytes and stat now; None when it is not there. Raises ConfigError."""
    try:
        fd = open_config(path)
    except FileNotFoundError:
        return None
    try:
        return read_fd(path, fd)
    except OSError as err:
        raise ConfigError(path, f"cannot read: {err.strerror or err}") from err
    finally:
        os.close(fd)


def decode(path: Path, raw: bytes) -> str:
    """The file's text without its BOM; ConfigError (with line and column) when it is not UTF-8."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        column = err.start - (raw.rfind(b"\n", 0, err.start) + 1) + 1
        raise ConfigError(path, "is not UTF-8 text", line=line, column=column) from err
    return text.removeprefix("\ufeff")


def read_text(path: Path, source: Source) -> str | None:
    """The file's text; None when it is absent and may be (the user config). Raises ConfigError."""
    snap = snapshot(path)
    if snap is None:
        if source == "user":
            return None
        raise ConfigError(path, "no such config file")
    return decode(path, snap.data)


def parse_error(path: str | os.PathLike[str], err: tomli.TOMLDecodeError) -> ConfigError:
    """A tomli error as a ConfigError with its line and column."""
    return ConfigError(path, f"does not parse as TOML: {err.msg}", line=err.lineno, column=err.colno)


EMPTY_NAME: Final = "--config ''"


def load_config(explicit: str | os.PathLike[str] | None = None, *, cwd: Path | None = None,
                env: Mapping[str, str] | None = None) -> Config:
    """Find and read the config in use. Never raises: problems land in `error` and `issues`.

    `explicit=""` (`--config ''`) is an error, not a quiet fall back to the usual search."""
    if explicit is not None and str(explicit) == "":
        return Config(Path(EMPTY_NAME), "--config",
                      error=ConfigError(EMPTY_NAME, "an empty file name is not a config file; "
                                        "name a file, or leave --config out"))
    location = find_config(explicit, cwd=cwd, env=env)
    return read_config(location.path, location.source)


def reload_config(config: Config) -> Config:
    """The same config file read again (after a write, or an edit by hand)."""
    return read_config(config.path, config.source)


def read_config(path: Path, source: Source = "--config") -> Config:
    """Read one config file: defaults plus whatever it sets correctly."""
    try:
        text = read_text(path, source)
    except ConfigError as err:
        return Config(path, source, exists=os.path.lexists(path), error=err)
    if text is None:
        return Config(path, source, exists=False)
    try:
        data = tomli.loads(text)
    except tomli.TOMLDecodeError as err:
        return Config(path, source, exists=True, error=parse_error(path, err))
    return build(path, source, data, key_lines(text))
