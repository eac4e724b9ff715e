"""Write the same-kind corpus (shootings in three invented cities) from its source files.

`python bench/data/same_kind/make.py` rebuilds `with_dates/`, `no_dates/` and `gold.json`
next to this script from `outlets.toml`, `incidents.toml` and `followups.toml`. First-day
reports are put together from each incident's own sentences in each outlet's house style
(which sentences, in which wording and order, and the outlet's closing lines); follow-ups
and round-ups are written out whole. The two copies differ only in dates: `with_dates/`
carries each report's publication date (front matter, or a date line under a plain-text
title, and the wire's dateline), `no_dates/` carries none.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the project, for bench.kind_corpus when run as a script

from bench.kind_corpus import build, reports, sources  # noqa: E402

SEED = 14
"""File names are shuffled with this seed so that no name tells its event."""


def _long(day: date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def _date_line(outlet: str, day: date) -> str:
    """How a plain-text outlet prints its date under the title."""
    if outlet == "whln":
        return f"Updated: {_long(day)}"
    if outlet == "bayradio":
        return f"{day:%A}, {_long(day)}"
    if outlet == "wire":
        return _long(day)
    return f"Posted {_long(day)}"


def _lede(style: int, inc: dict[str, Any]) -> str:
    if style == 0:
        return (f"{inc['toll_a']} {inc['place_a']} in {inc['city']}'s {inc['district']} neighborhood "
                f"{inc['when_a']}, police said.")
    if style == 1 and "lede1" in inc:
        return str(inc["lede1"])
    if style == 1:
        return (f"{inc['agency'][0].upper()}{inc['agency'][1:]} are looking for {inc['suspect']} after "
                f"{inc['toll_b']} {inc['place_b']} in {inc['district']} {inc['when_b']}.")
    if style == 2:
        return (f"{inc['toll_a']} {inc['when_b']} {inc['place_a']}, in the {inc['district']} section of "
                f"{inc['city']}, authorities said.")
    return (f"{inc['toll_a']} {inc['when_a']} {inc['place_b']}, {inc['city']} police said, in the latest "
            f"gunfire to strike the {inc['district']} neighborhood.")


def _first_report(style: int, inc: dict[str, Any]) -> list[str]:
    """The paragraphs of a first-day report in one of four house styles."""
    a, b = inc["details_a"], inc["details_b"]
    lede = _lede(style, inc)
    if style == 0:
        return [lede, inc["victims_a"], a[0], a[1], inc["quote_a"]]
    if style == 1:
        return [lede, b[0], inc["victims_b"], b[2], inc["quote_b"]]
    if style == 2:
        return [lede, inc["victims_a"], b[1], a[2], inc["quote_a"], b[0]]
    return [lede, a[0], inc["victims_b"], b[1], a[2], inc["quote_b"], inc["quote_a"]]


def _write(folder: Path, name: str, outlet: dict[str, Any], key: str, title: str, day: date | None,
           paragraphs: list[str], dateline: str, writer: str) -> None:
    """One report (its `writer` is "": these outlets sign none)."""
    full_title = outlet["title"].format(t=title)
    if key == "wire":
        credit = f"{dateline}, {day:%B} {day.day} (Metro Wire) — " if day else f"{dateline} (Metro Wire) — "
        paragraphs = [credit + paragraphs[0], *paragraphs[1:]]
    if outlet["closing"] and key not in ("wire",):
        paragraphs = [*paragraphs, outlet["closing"]]
    body = "\n\n".join(paragraphs)
    if outlet["ext"] == "md":
        front = [f"title: {json.dumps(full_title, ensure_ascii=False)}"]
        if key in ("ledger", "tribune", "courier"):
            front.append(f"outlet: {json.dumps(outlet['name'])}")
        if day:
            front.append(f"date: {day.isoformat()}")
        text = "---\n" + "\n".join(front) + "\n---\n\n" + body + "\n"
    else:
        head = [full_title] + ([_date_line(key, day)] if day else [])
        text = "\n\n".join([*head, body]) + "\n"
    (folder / name).write_text(text, encoding="utf-8")


def main() -> None:
    outlets, incidents, followups = sources(HERE)
    items = reports(outlets, incidents, followups, _first_report, lambda inc: inc["dateline"])
    build(HERE, SEED, outlets, items, _write)


if __name__ == "__main__":
    main()
