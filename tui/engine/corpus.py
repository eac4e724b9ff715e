"""Find article files and read them into clean Articles, with notices for the rest.

Every problem with one file (unreadable, binary, empty, too big, vanished) becomes
a Notice and the rest of the corpus still loads.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tui.engine.clean import clean_text
from tui.engine.decode import BinaryData, decode
from tui.engine.extract import extract
from tui.engine.model import Article, Corpus, Notice
from tui.engine.sanitize import strip_controls
from tui.engine.segment import segment

SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
DEFAULT_MAX_BYTES = 4 * 1024 * 1024
"""Files above this many bytes are read only up to it (config: [corpus] max_bytes)."""
MAX_DEPTH = 32


NO_SUCH_FILE = "no such file"
VANISHED = "deleted between listing and reading; skipped"


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

    path: Path
    shown: str


def find_files(inputs: Iterable[str | Path], notices: list[Notice]) -> list[Found]:
    """Article files under `inputs`, in a stable order, recursing into folders.

    Symlink loops, over-deep trees and unlistable folders become notices.
    """
    found: list[Found] = []
    seen: set[tuple[int, int]] = set()
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found.extend(_walk(path, str(item), 0, seen, notices))
        elif path.is_file():
            found.append(Found(path, str(item)))
        elif path.exists():
            notices.append(Notice(str(item), "not a regular file; skipped"))
        else:
            notices.append(Notice(str(item), "no such file or folder"))
    return found


def _walk(
    folder: Path, shown: str, depth: int, seen: set[tuple[int, int]], notices: list[Notice]
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
        try:
            is_dir = entry.is_dir()
            is_file = entry.is_file()
        except OSError:
            continue
        if is_dir:
            yield from _walk(Path(entry.path), child, depth + 1, seen, notices)
        elif Path(entry.name).suffix.lower() in SUFFIXES:
            if is_file:
                yield Found(Path(entry.path), child)
            else:  # a FIFO, socket or device named like an article
                notices.append(Notice(child, "not a regular file; skipped"))


def read_bytes(path: Path, max_bytes: int) -> tuple[bytes, bool]:
    """Up to `max_bytes` of the file, and whether it was cut."""
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError as err:
        raise Unreadable(NO_SUCH_FILE) from err
    except IsADirectoryError as err:
        raise Unreadable("is a folder, not a file") from err
    except OSError as err:
        raise Unreadable(f"cannot read: {err.strerror or err}") from err
    return data[:max_bytes], len(data) > max_bytes


def read_article(
    path: str | Path, *, shown: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[Article, list[Notice]]:
    """Read, decode, clean and segment one file.

    Returns the article and any notices about it (capped, re-decoded). Raises
    Unreadable when the file gives no article at all.
    """
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
    text = strip_controls(text)
    doc = extract(text, path.suffix.lower())
    cleaned = clean_text(doc)
    sentences = segment(cleaned.body)
    if not sentences:
        raise Unreadable("no article text found", notices)
    article = Article(
        path=shown,
        title=cleaned.title,
        outlet=cleaned.outlet,
        author=cleaned.author,
        date=cleaned.date,
        url=cleaned.url,
        body=cleaned.body,
        sentences=sentences,
    )
    return article, notices


def read_found(item: Found, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[Article | None, list[Notice]]:
    """A file found by the walk: its article and notices, or no article and notices saying why."""
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
