"""The gold-file checks, as the shared scoring tool does them, for use inside the suite.

Snippets are compared after folding case, quotes, dashes and white space.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                       "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00a0": " "})


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_FOLD)
    return re.sub(r"\s+", " ", text).strip().casefold()


def find(sentences: list[str], snippet: str) -> list[int]:
    """Indices of the sentences that hold `snippet` whole."""
    key = fold(snippet)
    return [i for i, s in enumerate(sentences) if key in fold(s)]


def parallax_json(*args: str) -> Any:
    """Run the real command line and parse its JSON."""
    proc = subprocess.run(
        [sys.executable, "-m", "tui", *args], capture_output=True, text=True, cwd=ROOT,
        stdin=subprocess.DEVNULL, timeout=300, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)
