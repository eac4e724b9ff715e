"""What the bookmark and pin tests share: the hand-edited config files, the seeds' names, the
command line run as a user runs it, and the check that a write only inserted whole tables."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import FIXTURES, ROOT

CONFIGS = FIXTURES / "config"
SEEDS = [f"seeds/{name}" for name in sorted(os.listdir(ROOT / "seeds"))]
BOOKMARK_KEYS = ("id", "left", "right", "note", "created", "left_sentences", "left_quote",
                 "right_sentences", "right_quote")


def cli(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, **(env or {})}, stdin=subprocess.DEVNULL, timeout=120, check=False)


WRITERS_WAIT = "300"
"""PARALLAX_LOCK_TIMEOUT for tests that start many writers at once: on a busy machine the last
of them may wait longer than the default 10 s for its turn, which is not what they test."""


def patient_env() -> dict[str, str]:
    """The environment, with writers that wait WRITERS_WAIT seconds for the config's lock."""
    return {**os.environ, "PARALLAX_LOCK_TIMEOUT": WRITERS_WAIT}


def copy_config(tmp_path: Path, name: str = "hand_edited.toml") -> Path:
    path = tmp_path / "config.toml"
    shutil.copy(CONFIGS / name, path)
    return path


def common_prefix(a: list[str], b: list[str]) -> int:
    """How many leading lines `a` and `b` share."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def only_inserted(old: str, new: str, header: str = "[[bookmarks]]",
                  keys: tuple[str, ...] = BOOKMARK_KEYS) -> list[str]:
    """Assert `new` is `old` with one run of whole tables inserted, nothing else; return its lines."""
    a, b = old.splitlines(), new.splitlines()
    prefix = common_prefix(a, b)
    suffix = min(common_prefix(a[::-1], b[::-1]), min(len(a), len(b)) - prefix)
    assert prefix + suffix == len(a), "a line of the original changed or went"
    inserted = b[prefix:len(b) - suffix]
    for line in inserted:
        stripped = line.strip()
        assert stripped in ("", header) or stripped.split(" = ")[0] in keys, line
    return inserted
