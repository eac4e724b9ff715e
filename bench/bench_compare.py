"""`parallax compare --json` on seeds 000 x 001 with the paraphrase pass against words alone
(issue 11): a fresh process with an empty cache (target: at most 1.5x), then again from the
cache (at most 1.1x). The same figures close `python -m bench align`; this runs them alone,
in seconds rather than the minutes of the 5,000-sentence alignments.

Run: `.venv/bin/python -m bench compare`.
"""

from __future__ import annotations

import os
import sys

from bench.bench_align import _paraphrase_cost


def main() -> int:
    # The runs are a user's: their Python keeps its bytecode (without it, compiling Parallax's
    # modules in every process would pad both sides of the ratio alike).
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    return 0 if _paraphrase_cost() else 1


if __name__ == "__main__":
    sys.exit(main())
