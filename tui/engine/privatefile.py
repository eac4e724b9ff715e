"""The cache's own file: private to its user (the folder 0700, the file 0600, never reached through
a link), and moved aside, not deleted, when it is not a sound database. Split from tui.engine.cache.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

FOLDER_MODE = 0o700
"""The cache's folder: its user's alone (it holds what the reader reads)."""
FILE_MODE = 0o600
"""The cache file: its user's alone."""


def make_private(path: Path) -> None:
    """Make the folder 0700 and the file 0600, creating them as needed (modes of what
    already exists are tightened only when this user owns it)."""
    folder = path.parent
    if not folder.is_dir():
        folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    tighten(folder, FOLDER_MODE)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, FILE_MODE)
    except FileExistsError:
        if not stat.S_ISREG(path.stat().st_mode):
            raise OSError(f"{path.name} is not a regular file") from None
        tighten(path, FILE_MODE)
    else:
        os.close(fd)


def tighten(path: Path, mode: int) -> None:
    """Take away the permissions beyond `mode` from what this user owns (never through a link)."""
    info = path.lstat()
    if info.st_uid == os.getuid() and not stat.S_ISLNK(info.st_mode) and stat.S_IMODE(info.st_mode) & ~mode:
        os.chmod(path, stat.S_IMODE(info.st_mode) & mode)


def set_aside(path: Path) -> Path:
    """Move a file that is not a sound database out of the way (kept, for a post-mortem)."""
    aside = path.with_name(path.name + ".corrupt")
    os.replace(path, aside)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{path}{suffix}")
    return aside
