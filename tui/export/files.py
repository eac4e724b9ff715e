"""Where an export from the TUI goes: a fresh file in a folder the user can reach, over SSH too.

The TUI cannot open a browser or a save dialog on a remote machine, so it writes the file and
says where. The first folder that takes the file wins: the one the caller names (a setting,
later), the working directory (where a user who ran `parallax` over SSH will look), then the
user's data folder (`platformdirs`), for a working directory that is read-only.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from platformdirs import user_data_path

from tui.engine.model import Alignment, Article
from tui.export.html import render_html
from tui.export.markdown import render_markdown

APP_NAME = "parallax"
EXPORTS = "exports"
"""The sub-folder of the user's data folder that takes exports when the working directory cannot."""

SLUG_CHARS = 40
"""At most this many characters of each article's title in a file name: enough to tell files apart."""

MAX_TRIES = 100
"""Numbered names tried (name-2, name-3 ...) before giving up on a folder; an export never overwrites."""

SUFFIXES = {"html": ".html", "markdown": ".md"}

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(article: Article, fallback: str) -> str:
    """A file-name-safe ASCII version of the article's title (or file name)."""
    text = article.title or Path(article.path).stem
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    words = _NOT_SLUG.sub("-", ascii_text).strip("-")
    return words[:SLUG_CHARS].rstrip("-") or fallback


def export_folders(preferred: Path | None = None) -> list[Path]:
    """The folders an export may go to, in order of preference."""
    folders = [preferred] if preferred is not None else []
    folders += [Path.cwd(), user_data_path(APP_NAME, appauthor=False) / EXPORTS]
    return folders


def writable_folder(candidates: Sequence[Path]) -> Path:
    """The first of `candidates` that exists (or can be made) and can be written: where a
    file goes over SSH, where no desktop "Downloads" folder may exist."""
    for folder in candidates:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            continue
        if os.access(folder, os.W_OK | os.X_OK):
            return folder
    raise OSError("no folder can be written: not the working folder, nor the user's data folder")


def file_name(alignment: Alignment, kind: str, when: datetime) -> str:
    """`parallax-<left>-vs-<right>-<UTC time>.html`: readable, sortable, unlikely to collide."""
    stamp = when.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    return f"parallax-{slug(alignment.left, 'left')}-vs-{slug(alignment.right, 'right')}-{stamp}{SUFFIXES[kind]}"


def _write_new(folder: Path, name: str, data: bytes) -> Path:
    """Write `data` to a file in `folder` that did not exist before; returns its path."""
    folder.mkdir(parents=True, exist_ok=True)
    stem, suffix = name.rsplit(".", 1)
    for n in range(1, MAX_TRIES + 1):
        path = folder / (name if n == 1 else f"{stem}-{n}.{suffix}")
        try:
            with path.open("xb") as out:
                out.write(data)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(f"{folder}: {MAX_TRIES} exports of this pair already")


def write_document(text: str, name: str, folders: Sequence[Path] | None = None) -> Path:
    """Write `text` to a new file called `name` (or name-2, ...) in the first of `folders`
    (default: `export_folders()`) that takes it; raises the last folder's OSError."""
    error: OSError | None = None
    for folder in folders if folders is not None else export_folders():
        try:
            return _write_new(folder, name, text.encode("utf-8")).resolve()
        except OSError as err:
            error = err
    raise error or OSError("no folder to write the export to")


def write_export(
    alignment: Alignment,
    kind: str = "html",
    *,
    folders: Sequence[Path] | None = None,
    when: datetime | None = None,
) -> Path:
    """Render the comparison (`kind` "html" or "markdown") and write it to a new file in the first
    of `folders` (default: `export_folders()`) that takes it. Returns the file's absolute path;
    raises OSError (the last folder's) when none does."""
    if kind not in SUFFIXES:
        raise ValueError(f"unknown export kind {kind!r}; have: {', '.join(SUFFIXES)}")
    when = when or datetime.now(UTC)
    text = render_html(alignment, generated=when) if kind == "html" else render_markdown(alignment, generated=when)
    return write_document(text, file_name(alignment, kind, when), folders)
