"""Print where Parallax's events differ from gold on the same-kind corpora: mixed events and split ones.

Run with `.venv/bin/python -m bench.kind_errors [same_kind3 ...]` (folder names under bench/data; by default the tuning
corpora, those of bench.bench_kind.CORPORA not held out: the held-out ones are read only when named). Each
report is shown with its date as grouping reads it, its file and title.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from bench.bench_events import b_cubed
from bench.bench_kind import CORPORA, ROOT, load, parallax_groups
from tui.engine.textdates import stated_date

TUNING = tuple(corpus.folder.name for corpus in CORPORA if not corpus.held_out)


def report(name: str, copy: str) -> None:
    """Print one copy of one corpus: its F1, then each mixed and each split event, report by report."""
    folder = ROOT / "bench" / "data" / name
    articles, gold = load(folder / copy, folder / "gold.json")
    groups = parallax_groups(articles)
    print(f"== {name}/{copy}: B-cubed F1 {b_cubed(groups, gold):.3f}, {len(groups)} events, gold {len(set(gold))}")
    owner = {k: g for g, members in enumerate(groups) for k in members}

    def line(k: int) -> str:
        return f"     g{owner[k]:<3} {gold[k]:<16} {stated_date(articles[k])} {Path(articles[k].path).name}: " \
               f"{articles[k].title}"

    for g, members in enumerate(groups):
        labels = Counter(gold[k] for k in members)
        if len(labels) > 1:
            print(f"  mixed g{g}: {dict(labels)}")
            print("\n".join(line(k) for k in members))
    for label in sorted(set(gold)):
        rows = [k for k, found in enumerate(gold) if found == label]
        if len({owner[k] for k in rows}) > 1:
            print(f"  split {label}: {dict(Counter(owner[k] for k in rows))}")
            print("\n".join(line(k) for k in rows))


def main(names: list[str]) -> int:
    unknown = [name for name in names if not (ROOT / "bench" / "data" / name / "gold.json").is_file()]
    if unknown:
        print(__doc__.strip())
        return 0 if unknown == ["--help"] or unknown == ["-h"] else 2
    for name in names or TUNING:
        for copy in ("no_dates", "with_dates"):
            report(name, copy)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
