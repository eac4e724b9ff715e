"""Write the third same-kind corpus (road crashes in three invented cities) from its source files.

`python bench/data/same_kind3/make.py` rebuilds `with_dates/`, `no_dates/` and `gold.json` next
to this script from `outlets.toml`, `incidents.toml` and `followups.toml`, in the layout of
`../same_kind/make.py`. First-day reports are put together from each incident's own sentences in
each outlet's house style (which sentences, in which order, and the outlet's closing lines);
follow-ups and round-ups are written out whole. Bylines rotate through each outlet's writers.
The two copies differ only in dates: `with_dates/` carries each report's publication date (front
matter, or a date line under a plain-text title, and the wire's dateline), `no_dates/` none.
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

SEED = 48
"""File names are shuffled with this seed so that no name tells its incident."""
WIRE_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
"""The wire's dateline months, abbreviated as news agencies do."""


def _date_line(outlet: str, day: date) -> str:
    """How a plain-text outlet prints its date under the title."""
    if outlet == "sentinel":
        return f"Published {day.day} {day:%B} {day.year}"
    if outlet == "granbylive":
        return f"{day:%A} {day.day} {day:%B} {day.year}"
    return f"{day:%B} {day.day}, {day.year}"


def _lede(style: int, inc: dict[str, Any]) -> str:
    if style == 0:
        return (f"{inc['toll_a']} {inc['place_a']} in {inc['city']}'s {inc['district']} area {inc['when_a']}, "
                "authorities said.")
    if style == 1:
        return f"{inc['toll_b']} {inc['place_b']} {inc['when_b']}, according to {inc['agency']}."
    if style == 2:
        return f"{inc['toll_a']} {inc['when_b']} {inc['place_b']}, authorities in {inc['city']} said."
    return (f"{inc['toll_b']} {inc['place_a']} {inc['when_a']}, {inc['agency']} said, the latest serious crash "
            f"in {inc['city']}'s {inc['district']} area.")


def _first_report(style: int, inc: dict[str, Any]) -> list[str]:
    """The paragraphs of a first-day report in one of four house styles; victims' names (with or
    without ages) only where the incident has them."""
    d = inc["details"]
    named_a = [inc["victims_a"]] if "victims_a" in inc else []
    named_b = [inc["victims_b"]] if "victims_b" in inc else []
    lede = _lede(style, inc)
    if style == 0:
        return [lede, *named_a, d[0], d[1], inc["quote_a"]]
    if style == 1:
        return [lede, d[2], *named_b, d[3], inc["quote_b"]]
    if style == 2:
        return [lede, *named_a, d[1], d[3], inc["quote_a"]]
    return [lede, d[0], *named_b, d[2], inc["quote_b"], inc["quote_a"]]


def _write(folder: Path, name: str, outlet: dict[str, Any], key: str, title: str, day: date | None,
           paragraphs: list[str], dateline: str, writer: str) -> None:
    full_title = outlet["title"].format(t=title)
    if key == "wire":
        credit = (f"{dateline}, {WIRE_MONTHS[day.month - 1]} {day.day} (Tri-State Press) — " if day
                  else f"{dateline} (Tri-State Press) — ")
        paragraphs = [credit + paragraphs[0], *paragraphs[1:]]
    line = _date_line(key, day) if day else None
    front = [f"outlet: {json.dumps(outlet['name'])}"] if key == "record" else []
    text = page_text(outlet, full_title, paragraphs, writer, day.isoformat() if day else None, line, front)
    (folder / name).write_text(text, encoding="utf-8")


def main() -> None:
    outlets, incidents, followups = sources(HERE)
    items = reports(outlets, incidents, followups, _first_report, lambda inc: inc["dateline"])
    build(HERE, SEED, outlets, items, _write)


if __name__ == "__main__":
    main()
