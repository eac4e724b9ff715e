"""Replace a file so that a crash at any moment leaves either the old file or the new one.

The new bytes go to a temporary file in the same folder (so the rename cannot cross
file systems), that file is flushed and fsynced, `os.replace` swaps it in (atomic on
POSIX and on Windows), and the folder is fsynced so the rename itself is durable.
Plain Python: no UI imports.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path

TEMP_SUFFIX = ".parallax-tmp"
"""Temporary files are named `.<name>.<random>.parallax-tmp` beside their target."""


def temp_name(target: Path) -> Path:
    """A fresh temporary path beside `target`."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


def stale_temps(target: Path) -> list[Path]:
    """Temporary files an interrupted write of `target` left behind.

    Only call this while holding the lock that guards writes of `target`: then no
    other writer can be in the middle of writing one of them.
    """
    try:
        return sorted(target.parent.glob(f".{target.name}.*{TEMP_SUFFIX}"))
    except OSError:
        return []


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable. A no-op where folders cannot be opened (Windows)."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    try:
        fd = os.open(folder, flags)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):  # some file systems refuse fsync on a folder
            os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` to `path` atomically and durably.

    A symlink at `path` is followed, so the link stays a link and its target is replaced.
    An existing file keeps its permission bits; a new one gets 0o666 minus the umask.
    On any error the temporary file is removed and the old file is untouched.
    """
    target = Path(os.path.realpath(path))
    try:
        mode: int | None = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = None
    tmp = temp_name(target)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        try:
            if mode is not None:
                os.fchmod(fd, mode)
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_folder(target.parent)


def atomic_write_text(path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8") -> None:
    """`atomic_write_bytes` for text; line endings are written exactly as they are in `text`."""
    atomic_write_bytes(path, text.encode(encoding))
