"""Writing the config: the locked read-merge-replace every change goes through.

`update_config(config, edit)` takes `<config>.lock` beside the (real) file, reads the
file as it is now, runs `edit` on a `tui.config.edit.Document` of it, checks the result
and replaces the file atomically with the old file's owner, group and mode
(`tui.atomic`). Only a regular file, or a symlink to one (written through, so the link
stays), is ever written; anything else is refused before the lock is taken.

Hand edits do not take the lock, so the file is read again just before the replace. If
its size, mtime, inode or bytes changed since the locked read, the merge is redone on
the new text, unless the change is comment lines appended at the end: those are carried
over to the end of the new text (a redo would put them there too, and a file someone
keeps appending notes to would otherwise never settle). Lines appended in the moment
between that check and the rename land in the replaced file; they are read from it
(it is still open) and appended to the new one.
"""

from __future__ import annotations

import contextlib
import math
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Final, TypeVar

import filelock
import tomli

from tui.atomic import fsync_folder, replace_with, stale_temps, write_temp
from tui.config.edit import Document
from tui.config.errors import ConfigError, ConfigWriteError
from tui.config.find import default_config_text
from tui.config.model import Config
from tui.config.read import Snapshot, decode, not_a_file, open_config, parse_error, read_fd, snapshot

T = TypeVar("T")

LOCK_SUFFIX: Final = ".lock"
LOCK_TIMEOUT: Final = 10.0
"""Seconds a writer waits for another writer's lock before giving up with an error."""
LOCK_TIMEOUT_ENV: Final = "PARALLAX_LOCK_TIMEOUT"
"""Environment variable that sets those seconds instead (a config on a slow shared disk)."""
MERGE_ATTEMPTS: Final = 20
"""A file that changed under every one of this many merges in a row is being rewritten
by something else all the time: give up with an error rather than spin."""
LATE_APPEND_GRACE: Final = 0.006
"""Seconds between two looks, after the rename, for lines appended to the replaced file: a hand append that opened
the old file just before the rename writes within it."""
LATE_APPEND_CHECKS: Final = 5
"""How many times to look, each time (30 ms in all). It stopped at the first look that found nothing (5 ms), and on a
busy machine an append that had opened the old file and was then held off the processor longer was lost (1 line of
about 100, in two runs of ten, in tests/test_config_faults.py's twelve writers beside an appender)."""
LATE_APPEND_WINDOW: Final = LATE_APPEND_GRACE * LATE_APPEND_CHECKS
"""Seconds a write waits after its rename for such lines."""
_BOM: Final = b"\xef\xbb\xbf"


def lock_path(config_path: Path) -> Path:
    """The lock file beside the (real) config file: `config.toml.lock`."""
    return Path(os.path.realpath(config_path) + LOCK_SUFFIX)


def _refuse_odd_file(config: Config, real: Path) -> None:
    """Refuse anything but a regular file (or nothing yet) before a lock file is made beside it."""
    try:
        mode = os.stat(real).st_mode
    except FileNotFoundError:
        return
    except OSError as err:
        raise ConfigWriteError(config.path, f"cannot read: {err.strerror or err}") from err
    if (why := not_a_file(mode)) is not None:
        raise ConfigWriteError(config.path, f"{why}; nothing was written")


def lock_timeout() -> float:
    """LOCK_TIMEOUT, or the positive number of seconds that PARALLAX_LOCK_TIMEOUT gives."""
    try:
        seconds = float(os.environ.get(LOCK_TIMEOUT_ENV, ""))
    except ValueError:
        return LOCK_TIMEOUT
    return seconds if 0 < seconds < math.inf else LOCK_TIMEOUT


def update_config(config: Config, edit: Callable[[Document], T], *, timeout: float | None = None) -> T:
    """Locked read-merge-write of the config file in use.

    Takes the lock, reads the file as it is now (not as `config` saw it, so edits by hand
    and by other instances are kept), runs `edit` on it (again, if the file changes under
    it), checks the result and replaces the file atomically. Raises ConfigError (the file
    is then unchanged) when the file is not a regular file, does not parse, cannot be read
    or written, or stays locked for `timeout` seconds (by default `lock_timeout()`).
    """
    path = config.path
    real = Path(os.path.realpath(path))
    _refuse_odd_file(config, real)
    if config.source == "user":
        try:
            real.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise ConfigWriteError(path, f"cannot create the folder {real.parent}: {err.strerror}") from err
    lock = filelock.FileLock(str(lock_path(path)), timeout=lock_timeout() if timeout is None else timeout)
    try:
        lock.acquire()
    except filelock.Timeout as err:
        raise ConfigWriteError(path, f"is being written by another program (lock {lock.lock_file}); "
                               "try again") from err
    except OSError as err:
        raise ConfigWriteError(path, f"cannot lock it ({lock.lock_file}: {err.strerror}); the folder must be "
                               "writable for Parallax to change the file, so bookmarks are read-only") from err
    try:
        for stale in stale_temps(real):
            with contextlib.suppress(OSError):
                stale.unlink()
        for _attempt in range(MERGE_ATTEMPTS):
            done, result = _merge(config, real, edit)
            if done:
                return result
        raise ConfigWriteError(path, "kept changing while Parallax wrote it; it is unchanged, try again")
    finally:
        lock.release()


def _merge(config: Config, real: Path, edit: Callable[[Document], T]) -> tuple[bool, T]:
    """One read-edit-replace; (False, _) when the file changed before the replace (nothing written)."""
    path = config.path
    try:
        fd: int | None = open_config(real)
    except FileNotFoundError:
        fd = None
    except ConfigError as err:
        raise ConfigWriteError(path, err.message) from err
    try:
        try:
            snap = None if fd is None else read_fd(real, fd)
            text = default_config_text() if snap is None else decode(real, snap.data)
        except ConfigError as err:
            raise ConfigWriteError(path, err.message, line=err.line, column=err.column) from err
        except OSError as err:
            raise ConfigWriteError(path, f"cannot read: {err.strerror or err}") from err
        if snap is None and config.source != "user":
            raise ConfigWriteError(path, "no such config file")
        if snap is not None and not os.access(real, os.W_OK):
            raise ConfigWriteError(path, "is read-only; bookmarks are read-only")
        try:
            doc = Document(str(path), text)
        except tomli.TOMLDecodeError as err:
            parsed = parse_error(path, err)
            raise ConfigWriteError(path, parsed.message + "; it is left as it is",
                                   line=parsed.line, column=parsed.column) from err
        result = edit(doc)
        if doc.text == doc.original:
            return True, result
        doc.check()
        try:
            data = ("\ufeff" if snap is not None and snap.data.startswith(_BOM) else "") + doc.text
            encoded = data.encode("utf-8")
        except UnicodeEncodeError as err:
            raise ConfigWriteError(path, "a value is not valid Unicode text; the file is unchanged") from err
        try:
            tmp = write_temp(real, encoded, None if snap is None else snap.stat)
            try:
                copied = _catch_up(real, snap, tmp)
            except BaseException:
                tmp.unlink()
                raise
            if copied is None:
                tmp.unlink()
                return False, result
            replace_with(tmp, real)
        except OSError as err:
            raise ConfigWriteError(path, f"cannot write: {err.strerror or err}; the file is unchanged") from err
        if fd is not None:
            _keep_late_appends(real, fd, copied)
        fsync_folder(real.parent)
        return True, result
    finally:
        if fd is not None:
            os.close(fd)


def _appended_comments(before: bytes, now: bytes) -> bool:
    """Whether `now` is `before` plus comment or blank lines only (the last one maybe still
    being typed): such lines go at the end of the new text as well as of the old."""
    if not now.startswith(before) or (before and not before.endswith(b"\n")):
        return False
    try:
        lines = now[len(before):].decode("utf-8").splitlines()
    except UnicodeDecodeError:
        return False
    return all(not line.strip() or line.lstrip().startswith("#") for line in lines)


def _catch_up(real: Path, before: Snapshot | None, tmp: Path) -> int | None:
    """Just before the replace: is the file still what the locked read saw? Comment lines
    appended by hand meanwhile are appended to the new file too; any other change (size,
    mtime, inode or bytes) means the merge must be redone (None). Returns how many bytes
    of the old file the new one now accounts for."""
    base = b"" if before is None else before.data
    copied = len(base)
    fd: int | None = None
    try:
        for _check in range(MERGE_ATTEMPTS):
            try:
                now = snapshot(real)
            except ConfigError:
                return None
            if before is None or now is None:
                return 0 if now is None and before is None else None
            if now.signature == before.signature and now.data == before.data:
                break
            if (now.stat.st_ino, now.stat.st_dev) != (before.stat.st_ino, before.stat.st_dev) or not (
                    _appended_comments(base, now.data)):
                return None
            if fd is None:
                fd = os.open(tmp, os.O_WRONLY | os.O_APPEND)
            os.write(fd, now.data[copied:])
            copied = len(now.data)
            before = now
        else:
            return None
        if fd is not None:
            os.fsync(fd)
        return copied
    finally:
        if fd is not None:
            os.close(fd)


def _keep_late_appends(real: Path, old_fd: int, known: int) -> None:
    """Copy to the new file what was appended to the replaced one after it was checked."""
    for _check in range(LATE_APPEND_CHECKS):
        time.sleep(LATE_APPEND_GRACE)
        size = os.fstat(old_fd).st_size
        if size <= known:
            continue
        late = os.pread(old_fd, size - known, known)
        fd = os.open(real, os.O_WRONLY | os.O_APPEND)
        try:
            os.write(fd, late)
            os.fsync(fd)
        finally:
            os.close(fd)
        known += len(late)
