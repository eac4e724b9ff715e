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
import random
import tomllib
from datetime import date, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
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
           paragraphs: list[str], dateline: str) -> None:
    full_title = outlet["title"].format(t=title)
    if key == "wire":
        credit = f"{dateline}, {day:%B} {day.day} (State Wire) — " if day else f"{dateline} (State Wire) — "
        paragraphs = [credit + paragraphs[0], *paragraphs[1:]]
    if outlet["closing"]:
        paragraphs = [*paragraphs, outlet["closing"]]
    body = "\n\n".join(paragraphs)
    if outlet["ext"] == "md":
        front = [f"title: {json.dumps(full_title, ensure_ascii=False)}"]
        if key in FRONT_MATTER_OUTLETS:
            front.append(f"outlet: {json.dumps(outlet['name'])}")
        if day:
            front.append(f"date: {day.isoformat()}")
        text = "---\n" + "\n".join(front) + "\n---\n\n" + body + "\n"
    else:
        head = [full_title] + ([_date_line(key, day)] if day else [])
        text = "\n\n".join([*head, body]) + "\n"
    (folder / name).write_text(text, encoding="utf-8")


def main() -> None:
    outlets = tomllib.loads((HERE / "outlets.toml").read_text(encoding="utf-8"))
    incidents = tomllib.loads((HERE / "incidents.toml").read_text(encoding="utf-8"))
    followups = tomllib.loads((HERE / "followups.toml").read_text(encoding="utf-8"))["report"]
    items: list[tuple[str, str, str, date, list[str], str]] = []  # event, outlet, title, day, paragraphs, dateline
    for event, inc in incidents.items():
        start = date.fromisoformat(inc["date"])
        for key, offset, title in inc["reports"]:
            paragraphs = _first_report(outlets[key]["style"], inc)
            items.append((event, key, title, start + timedelta(days=offset), paragraphs, inc["dateline"]))
    for rep in followups:
        paragraphs = [p.strip().replace("\n", " ") for p in rep["body"].strip().split("\n\n")]
        items.append((rep["event"], rep["outlet"], rep["title"], date.fromisoformat(rep["date"]), paragraphs,
                      incidents[rep["event"]]["dateline"]))
    order = list(range(len(items)))
    random.Random(SEED).shuffle(order)
    gold: dict[str, str] = {}
    for folder in ("with_dates", "no_dates"):
        out = HERE / folder
        out.mkdir(exist_ok=True)
        for old in out.iterdir():
            old.unlink()
    for number, k in enumerate(order, start=1):
        event, key, title, day, paragraphs, dateline = items[k]
        outlet = outlets[key]
        name = f"report-{number:03d}.{outlet['ext']}"
        gold[name] = event
        _write(HERE / "with_dates", name, outlet, key, title, day, paragraphs, dateline)
        _write(HERE / "no_dates", name, outlet, key, title, None, paragraphs, dateline)
    (HERE / "gold.json").write_text(json.dumps(gold, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
