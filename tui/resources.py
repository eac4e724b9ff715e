"""Where the packaged files live: `styles/` and `seeds/` at the top of a source
checkout, or `tui/_data/...` inside an installed wheel (see pyproject force-include).

Looking in the wheel's place first means an installed copy never reaches for a
checkout that happens to sit in the working directory.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_DATA = _PACKAGE / "_data"
_CHECKOUT = _PACKAGE.parent


def _find(name: str) -> Path:
    """The folder or file `name`, from the wheel's data or else the checkout."""
    for base in (_DATA, _CHECKOUT):
        candidate = base / name
        if candidate.exists():
            return candidate
    return _CHECKOUT / name


def styles_dir() -> Path:
    """The folder of the app's `.tcss` files."""
    return _find("styles")


def style_path(name: str) -> Path:
    """The stylesheet `name` in `styles/`: the app's own for `App.CSS_PATH`, each other screen's
    for its `CSS_PATH` (Textual parses a screen's file when the screen is first shown)."""
    return styles_dir() / name


def seeds_dir() -> Path:
    """The sample corpus the app opens when nothing else is configured."""
    return _find("seeds")
