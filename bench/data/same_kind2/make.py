"""Write the second same-kind corpus (house fires in three invented cities) from its source files.

`python bench/data/same_kind2/make.py` rebuilds `with_dates/`, `no_dates/` and `gold.json`
next to this script from `outlets.toml`, `incidents.toml` and `followups.toml`, in the layout
of `../same_kind/` (its make.py). It was written, generated and committed before Parallax was
run on it, so unlike the first corpus the grouping was never tuned while looking at it.
First-day reports are put together from each incident's own sentences in each outlet's house
style; follow-ups and round-ups are written out whole. The two copies differ only in dates:
`with_dates/` carries each report's publication date (front matter, or a date line under a
plain-text title, and the wire's dateline), `no_dates/` carries none.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the project, for bench.kind_corpus when run as a script

from bench.kind_corpus import build, page_text, reports, sources  # noqa: E402

SEED = 2026
"""File names are shuffled with this seed so that no name tells its event."""
FRONT_MATTER_OUTLETS = ("herald", "gazette", "sentinel")
"""Markdown outlets that also name themselves in front matter (the others only in titles)."""


def _long(day: date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def _date_line(outlet: str, day: date) -> str:
    """How a plain-text outlet prints its date under the title."""
    if outlet == "wnfd":
        return f"Last updated {_long(day)}"
    if outlet == "river":
        return f"{day:%A}, {_long(day)}"
    if outlet == "sctoday":
        return f"Published {day:%m/%d/%Y}"
    return _long(day)


def _first_report(style: int, inc: dict[str, Any]) -> list[str]:
    """The paragraphs of a first-day report in one of four house styles."""
    d = inc["details"]
    if style == 0:
        return [inc["lede_a"], inc["victims_a"], d[0], d[1], inc["quote_a"]]
    if style == 1:
        return [inc["lede_b"], d[2], inc["victims_b"], d[3], inc["quote_b"]]
    if style == 2:
        return [inc["lede_a"], inc["victims_b"], d[1], d[3], inc["quote_a"]]
    return [inc["lede_b"], d[0], inc["victims_a"], d[2], inc["quote_b"], d[3]]


def _write(folder: Path, name: str, outlet: dict[str, Any], key: str, title: str, day: date | None,
           paragraphs: list[str], dateline: str, writer: str) -> None:
    """One report (its `writer` is "": these outlets sign none)."""
    full_title = outlet["title"].format(t=title)
    if key == "wire":
        credit = f"{dateline}, {day:%B} {day.day} (State Wire) — " if day else f"{dateline} (State Wire) — "
        paragraphs = [credit + paragraphs[0], *paragraphs[1:]]
    line = _date_line(key, day) if day else None
    front = [f"outlet: {json.dumps(outlet['name'])}"] if key in FRONT_MATTER_OUTLETS else []
    text = page_text(outlet, full_title, paragraphs, writer, day.isoformat() if day else None, line, front)
    (folder / name).write_text(text, encoding="utf-8")


def main() -> None:
    outlets, incidents, followups = sources(HERE)
    items = reports(outlets, incidents, followups, _first_report, lambda inc: inc["dateline"])
    build(HERE, SEED, outlets, items, _write)


if __name__ == "__main__":
    main()
