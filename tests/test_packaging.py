"""A non-editable install carries its styles, seeds and default config with it."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        capture_output=True, text=True, check=False,
    )
    if proc.returncode != 0 and "No module named 'hatchling'" in proc.stderr + proc.stdout:
        pytest.skip("hatchling is not installed in the test environment")
    assert proc.returncode == 0, proc.stderr
    return next(out.glob("parallax-*.whl"))


def test_wheel_holds_styles_seeds_and_default_config(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    styles = sorted(p.name for p in (ROOT / "styles").glob("*.tcss"))
    assert styles and all(f"tui/_data/styles/{name}" in names for name in styles)
    assert all(f"tui/_data/seeds/{p.name}" in names for p in (ROOT / "seeds").iterdir())
    assert "tui/_data/config.toml" in names
    assert "tui/py.typed" in names
    assert "tui/serve/templates/app_index.html" in names  # `parallax serve`'s page
    # The encoder's tokenizer vocabulary and its licence notice.
    assert {"tui/engine/data/minilm-vocab.txt", "tui/engine/data/MINILM-NOTICE.txt"} <= names


def test_unpacked_wheel_finds_its_own_files(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = (
        "import tui.resources as r\n"
        "print(r.styles_dir()); print(r.seeds_dir())\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          cwd=tmp_path, env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"})
    styles, seeds = (Path(line) for line in proc.stdout.split())
    assert styles == site / "tui" / "_data" / "styles" and any(styles.glob("*.tcss"))
    assert seeds == site / "tui" / "_data" / "seeds" and len(list(seeds.glob("*.txt"))) == 5


def test_seeds_are_the_shared_corpus_byte_for_byte() -> None:
    """seeds.sha256 records the files as they were copied from the shared corpus."""
    import hashlib

    recorded = dict(line.split()[::-1] for line in (ROOT / "seeds.sha256").read_text().splitlines())
    actual = {f"seeds/{p.name}": hashlib.sha256(p.read_bytes()).hexdigest() for p in (ROOT / "seeds").iterdir()}
    assert actual == recorded
