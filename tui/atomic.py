"""Replace a file so that a crash at any moment leaves either the old file or the new one,
and the new one has the old one's owner, group and mode.

The new bytes go to a temporary file in the same folder (so the rename cannot cross
file systems), created 0600 and then given the old file's owner, group and mode before
a byte is written; it is flushed and fsynced, `os.replace` swaps it in (atomic on POSIX
and on Windows), and the folder is fsynced so the rename itself is durable. A hard link
to the old file keeps the old bytes: the replace gives the name a new file.
Plain Python: no UI imports.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path
from typing import Final

TEMP_SUFFIX: Final = ".parallax-tmp"
"""Temporary files are named `.<name>.<random>.parallax-tmp` beside their target."""
NEW_FILE_MODE: Final = 0o666
"""A file that did not exist is created with this mode, minus the umask."""


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


def _keep_owner(fd: int, like: os.stat_result) -> None:
    """Give the file behind `fd` the owner, group and mode of `like` (owner first: a chown clears set-id bits)."""
    now = os.fstat(fd)
    if (now.st_uid, now.st_gid) != (like.st_uid, like.st_gid) and hasattr(os, "fchown"):
        try:
            os.fchown(fd, like.st_uid, like.st_gid)
        except PermissionError as err:
            raise PermissionError(errno.EPERM, f"cannot give the new file the owner and group "
                                  f"{like.st_uid}:{like.st_gid} of the old one") from err
    os.fchmod(fd, stat.S_IMODE(like.st_mode))


def write_temp(target: Path, data: bytes, like: os.stat_result | None) -> Path:
    """A temporary file beside `target` holding `data`, durably, with the owner, group and
    mode of `like` (the file it will replace; None: a new file). Removed again on any error."""
    tmp = temp_name(target)
    mode = NEW_FILE_MODE if like is None else 0o600
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    try:
        try:
            if like is not None:
                _keep_owner(fd, like)
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return tmp


def replace_with(tmp: Path, target: Path) -> None:
    """Swap `tmp` in for `target` (the temporary file is removed if that fails)."""
    try:
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` to `path` atomically and durably.

    A symlink at `path` is followed, so the link stays a link and its target is replaced.
    An existing file keeps its owner, group and mode; a new one gets 0o666 minus the umask.
    On any error the temporary file is removed and the old file is untouched.
    """
    target = Path(os.path.realpath(path))
    try:
        like: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        like = None
    replace_with(write_temp(target, data, like), target)
    fsync_folder(target.parent)


def atomic_write_text(path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8") -> None:
    """`atomic_write_bytes` for text; line endings are written exactly as they are in `text`."""
    atomic_write_bytes(path, text.encode(encoding))
