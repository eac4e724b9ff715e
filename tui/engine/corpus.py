"""Find article files and read them into clean Articles, with notices for the rest.

Every problem with one file (unreadable, binary, empty, too big, vanished) becomes
a Notice and the rest of the corpus still loads. Reading never blocks (files are opened
with O_NONBLOCK and refused unless they are regular files once open) and never reads
more than the cap. A folder is read only within itself: symbolic links are followed
while they stay inside it; a path given directly is read wherever it leads.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tui.engine.model import DEFAULT_MAX_BYTES as DEFAULT_MAX_BYTES  # its home is the model, read by faces
from tui.engine.model import Article, Corpus, Notice
from tui.engine.sanitize import control_references, readable, readable_field, strip_controls

SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
MAX_DEPTH = 32
"""Folders deeper than this under a given folder are not walked (a guard against link mazes)."""
_CHUNK = 1024 * 1024
"""Bytes asked of the kernel per read: big enough to be few calls, small enough to stop near the cap."""
_OPEN_FLAGS = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
"""Never block on open (FIFO, device), never become a controlling terminal, never leak to a child."""


NO_SUCH_FILE = "no such file"
VANISHED = "deleted between listing and reading; skipped"
NOT_REGULAR = "not a regular file; skipped"
LINK_OUT = "symbolic link out of the folder given; skipped"
LINK_LOOP = "symbolic link loop; skipped"
EMPTY_PATH = "an empty path names no file"
IS_FOLDER = "is a folder, not a file"


class Unreadable(Exception):
    """A file that yields no article; the message says why, for a notice or stderr.

    `notices` holds what was learnt on the way (capped, re-decoded), so it is not lost.
    """

    def __init__(self, message: str, notices: Iterable[Notice] = ()) -> None:
        super().__init__(message)
        self.notices = tuple(notices)


@dataclass(frozen=True, slots=True)
class Found:
    """A file found while walking the inputs, with the path to show for it."""

    path: str
    """The path to open (a string, not a Path: a walk of 10,000 files made 10,000 of them, a
    tenth of a cached start)."""
    shown: str
    root: str | None = None
    """The real path of the folder it was found in, which it must still lie inside when read;
    None for a path given directly."""


def find_files(inputs: Iterable[str | Path], notices: list[Notice]) -> list[Found]:
    """Article files under `inputs`, in a stable order, recursing into folders.

    A path given directly is read wherever it leads (the user chose it). Inside a folder,
    symbolic links are followed only while they stay inside that folder; a link out of it,
    a link loop, an over-deep tree and an unlistable folder each become a notice.
    """
    found: list[Found] = []
    seen: set[tuple[int, int]] = set()
    for item in inputs:
        shown = str(item)
        if shown == "":
            notices.append(Notice('""', f"{EMPTY_PATH}; skipped"))
            continue
        path = Path(item)
        if path.is_dir():
            found.extend(_walk(path, shown, 0, seen, notices, os.path.realpath(path)))
        elif path.is_file():
            found.append(Found(os.fspath(path), shown))
        elif path.exists():
            notices.append(Notice(shown, NOT_REGULAR))
        elif path.is_symlink():
            notices.append(Notice(shown, _dangling(path)))
        else:
            notices.append(Notice(shown, "no such file or folder"))
    return found


def _dangling(path: Path) -> str:
    """Why a symbolic link leads nowhere: a loop of links, or a target that is not there."""
    try:
        path.stat()
    except OSError as err:
        if err.errno == errno.ELOOP:
            return LINK_LOOP
    return "symbolic link to nothing (its target is missing); skipped"


def _inside(target: str, root: str) -> bool:
    """Whether the real path `target` is `root` or lies under it."""
    return target == root or target.startswith(root.rstrip(os.sep) + os.sep)


def _walk(
    folder: Path, shown: str, depth: int, seen: set[tuple[int, int]], notices: list[Notice], root: str
) -> Iterator[Found]:
    try:
        info = folder.stat()
    except OSError as err:
        notices.append(Notice(shown, f"cannot open folder: {err.strerror or err}"))
        return
    key = (info.st_dev, info.st_ino)
    if key in seen:
        notices.append(Notice(shown, "folder already visited (symlink loop?); skipped"))
        return
    if depth > MAX_DEPTH:
        notices.append(Notice(shown, f"folder nested deeper than {MAX_DEPTH} levels; skipped"))
        return
    seen.add(key)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as err:
        notices.append(Notice(shown, f"cannot list folder: {err.strerror or err}"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child = os.path.join(shown, entry.name)
        article_name = os.path.splitext(entry.name)[1].lower() in SUFFIXES
        try:
            link = entry.is_symlink()
            is_dir = entry.is_dir()
            is_file = entry.is_file()
        except OSError as err:  # a link in a loop of links (ELOOP), or a vanished entry
            if article_name or link:
                notices.append(Notice(child, LINK_LOOP if err.errno == errno.ELOOP else
                                      f"cannot read: {err.strerror or err}"))
            continue
        if link and (is_dir or article_name) and not _inside(os.path.realpath(entry.path), root):
            notices.append(Notice(child, LINK_OUT))
        elif is_dir:
            yield from _walk(Path(entry.path), child, depth + 1, seen, notices, root)
        elif article_name:
            if is_file:
                yield Found(entry.path, child, root)
            elif link and not os.path.exists(entry.path):
                notices.append(Notice(child, _dangling(Path(entry.path))))
            else:  # a FIFO, socket or device named like an article
                notices.append(Notice(child, NOT_REGULAR))


def read_bytes(path: Path, max_bytes: int) -> tuple[bytes, bool]:
    """Up to `max_bytes` of the file, and whether it was cut.

    Opened without blocking (a FIFO with no writer, a device or a terminal would otherwise
    wait forever) and checked to be a regular file once open, so a file swapped for a FIFO
    after the folder was listed is refused, not waited on.
    """
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError as err:
        raise Unreadable(NO_SUCH_FILE) from err
    except IsADirectoryError as err:
        raise Unreadable(IS_FOLDER) from err
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise Unreadable(LINK_LOOP) from err
        raise Unreadable(f"cannot read: {err.strerror or err}") from err
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise Unreadable(IS_FOLDER)
        if not stat.S_ISREG(mode):
            raise Unreadable(f"not a regular file ({_kind(mode)}); skipped")
        chunks = list(capped_chunks(fd, max_bytes))
    except BlockingIOError as err:  # a regular file on a file system that honours O_NONBLOCK
        raise Unreadable("cannot read: it would block; skipped") from err
    except OSError as err:
        raise Unreadable(f"cannot read: {err.strerror or err}") from err
    finally:
        os.close(fd)
    data = b"".join(chunks)
    return data[:max_bytes], len(data) > max_bytes


def capped_chunks(fd: int, max_bytes: int, size: int = _CHUNK) -> Iterator[bytes]:
    """The file's bytes, `size` at a time, up to max_bytes + 1: one byte more than the cap tells
    whether the file was cut."""
    left = max_bytes + 1
    while left > 0:
        chunk = os.read(fd, min(left, size))
        if not chunk:
            break
        yield chunk
        left -= len(chunk)


def _kind(mode: int) -> str:
    """What a file that is not a regular file is, as a reader would call it."""
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"


def read_article(
    path: str | Path, *, shown: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[Article, list[Notice]]:
    """Read, decode, clean and segment one file.

    Returns the article and any notices about it (capped, re-decoded). Raises
    Unreadable when the file gives no article at all.
    """
    # The reader's modules load with the first file read, not with this module: a warm start
    # reads every article from the cache and lists the library without them (about 70 ms less).
    from tui.engine.clean import clean_text
    from tui.engine.decode import BinaryData, decode
    from tui.engine.extract import extract
    from tui.engine.segment import segment

    if path == "":  # Path("") would mean the working folder
        raise Unreadable(EMPTY_PATH)
    path = Path(path)
    shown = str(path) if shown is None else shown
    notices: list[Notice] = []
    data, capped = read_bytes(path, max_bytes)
    if capped:
        notices.append(Notice(shown, f"larger than {max_bytes:,} bytes; read only that much"))
    if not data.strip():
        raise Unreadable("empty file")
    try:
        text, encoding = decode(data)
    except BinaryData as err:
        raise Unreadable(f"{err}; skipped", notices) from err
    if encoding is not None:
        notices.append(Notice(shown, f"not UTF-8; decoded as {encoding}"))
    text = readable(strip_controls(control_references(text)))
    doc = extract(text, path.suffix.lower())
    cleaned = clean_text(doc)
    # Again after extraction, which decodes HTML entities (&shy;, &#8203;, e&#x301;) and front matter escapes.
    body = readable(cleaned.body)
    sentences = segment(body)
    if not sentences:
        raise Unreadable("no article text found", notices)
    article = Article(
        path=shown,
        title=readable_field(_spaced_as_written(cleaned.title, text)),
        outlet=readable_field(_spaced_as_written(_without_issue(cleaned.outlet), text)),
        author=readable_field(_spaced_as_written(cleaned.author, text)),
        date=cleaned.date,
        url=readable_field(cleaned.url),
        body=body,
        sentences=sentences,
        updated=cleaned.updated,
    )
    return article, notices


IDEOGRAPHIC_SPACE = "\u3000"
"""The full-width space Chinese and Japanese headlines set between their parts ("再開\u3000子どもたち")."""


_CJK_ISSUE = re.compile(r"(?<=\S)\s+第[\d〇零一二三四五六七八九十百千]+[期號号]$")
"""A Chinese or Japanese paper's issue number after its name ("石燕社區報　第四十二期": issue 42)."""


def _without_issue(outlet: str | None) -> str | None:
    """An outlet without the issue number a masthead's line gave after it ("石燕社區報　第四十二期")."""
    return _CJK_ISSUE.sub("", outlet) if outlet is not None and "第" in outlet else outlet


def _spaced_as_written(value: str | None, text: str) -> str | None:
    """`value` with the ideographic spaces the file wrote between its words, which reading folded into plain ones
    (a headline's full-width space is part of it); `value` as it is where the file writes none."""
    if value is None or IDEOGRAPHIC_SPACE not in text or " " not in value:
        return value
    written = re.search(f"[ {IDEOGRAPHIC_SPACE}]".join(re.escape(word) for word in value.split(" ")), text)
    return value if written is None else written.group(0)


def read_found(item: Found, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[Article | None, list[Notice]]:
    """A file found by the walk: its article and notices, or no article and notices saying why."""
    if item.root is not None and not _inside(os.path.realpath(item.path), item.root):
        # Replaced by a link out of the folder after it was listed.
        return None, [Notice(item.shown, LINK_OUT)]
    try:
        return read_article(item.path, shown=item.shown, max_bytes=max_bytes)
    except Unreadable as err:
        message = str(err)
        if message == NO_SUCH_FILE:  # it was there when the folder was listed
            message = VANISHED
        return None, [*err.notices, Notice(item.shown, message)]


def load_corpus(
    inputs: Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Corpus:
    """Read every article under `inputs`. `progress(done, total)` is called per file."""
    notices: list[Notice] = []
    found = find_files(inputs, notices)
    articles: list[Article] = []
    for done, item in enumerate(found, 1):
        if cancelled is not None and cancelled():
            break
        article, extra = read_found(item, max_bytes)
        if article is not None:
            articles.append(article)
        notices.extend(extra)
        if progress is not None:
            progress(done, len(found))
    return Corpus(tuple(articles), tuple(notices))
