"""Write the eighth same-kind corpus (residential fires in three invented US towns) from its source files.

`python bench/data/same_kind8/make.py` rebuilds `with_dates/`, `no_dates/` and `gold.json` next
to this script from `outlets.toml`, `incidents.toml` and `followups.toml`, in the layout of
`../same_kind7/make.py`, with `bench.kind_corpus` doing what all these corpora share. First-day
reports are put together from each incident's own sentences in each outlet's house style;
follow-ups and round-ups are written out whole. The two copies differ only in dates:
`with_dates/` carries each report's publication date as its outlet prints it (front matter for
the two Markdown outlets, or a line under a plain-text title such as "Published: 02/11/2017
6:42 PM EST"), `no_dates/` none. The wire's dateline ("CORBIN FALLS, Pa. (LP) —") carries no date
in either copy; its date goes on a line under the title, as the other plain-text outlets' do.
"""

from __future__ import annotations

import sys
import zlib
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the project, for bench.kind_corpus when run as a script

from bench.kind_corpus import build, house_style, page_text, reports, sources  # noqa: E402

SEED = 808
"""File names are shuffled with this seed so that no name tells its incident."""
TOWNS = {
    "Corbin Falls": {"dateline": "CORBIN FALLS, Pa.", "source": "Corbin Falls fire officials"},
    "Marlow Springs": {"dateline": "MARLOW SPRINGS, Tenn.", "source": "the Marlow Springs Fire Department"},
    "Norvik": {"dateline": "NORVIK, Minn.", "source": "Norvik fire officials"},
}
"""The three invented towns: the wire's dateline, and who usually tells the press first (an
incident may name its own `source`)."""
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
"""Months as the Courier prints them (AP style)."""


EARLIEST: dict[str, int] = {}
"""First-day titles posted the day of a fire, and the hour the fire was known (an incident's `after`)."""


def _clock(seed: str, style: str = "upper", earliest: int = 7) -> str:
    """A time of day, fixed by the report (pages print when they were posted), from `earliest`
    o'clock to 9 p.m."""
    n = zlib.crc32(seed.encode("utf-8"))
    hour, minute = earliest + n % (22 - earliest), (n // 16) % 60
    if style == "lower":
        return f"{(hour - 1) % 12 + 1}:{minute:02d} {'a.m.' if hour < 12 else 'p.m.'}"
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {'AM' if hour < 12 else 'PM'}"


def _zone(outlet: dict[str, Any], day: date) -> str:
    summer = date(day.year, 3, 10) <= day <= date(day.year, 11, 3)  # near enough to daylight time
    return f"{outlet['zone']}{'D' if summer else 'S'}T"


def _date_line(key: str, outlet: dict[str, Any], day: date, seed: str, title: str) -> str:
    """How a plain-text outlet prints its date under the title."""
    early = EARLIEST.get(title, 7)
    if key == "wcfx":
        return f"Published: {day:%m/%d/%Y} {_clock(seed, earliest=early)} {_zone(outlet, day)}"
    if key == "courier":
        return f"Posted {AP_MONTHS[day.month - 1]} {day.day}, {day.year} at {_clock(seed, 'lower', early)}"
    if key == "knvk":
        return f"{day:%A}, {day:%B} {day.day}, {day.year} - {_clock(seed, earliest=early)}"
    if key == "record":
        return f"{day:%B} {day.day}, {day.year} · Online edition"
    if key == "wire":
        return f"Lantern Press · {day:%b} {day.day}, {day.year} {_clock(seed, earliest=early)} ET"
    return f"{day:%B} {day.day}, {day.year}"


def _lede(style: int, inc: dict[str, Any]) -> str:
    town = inc["town"]
    source = inc.get("source", TOWNS[town]["source"])
    weekday = f"{date.fromisoformat(inc['date']):%A}"
    toll2, place2, when2 = (inc.get(k + "2", inc[k]) for k in ("toll", "place", "when"))
    when, when2 = inc["when"].format(wd=weekday), when2.format(wd=weekday)
    if style == 0:
        whose = f"{town}'" if town.endswith("s") else f"{town}'s"
        return f"{inc['toll']} {inc['place']} {inc.get('prep', 'in')} {whose} {inc['area']} {when}, {source} said."
    if style == 1:
        return f"{toll2} {when2} {place2}, according to {source}."
    if style == 2:
        return f"{inc['toll']} {when2} {inc['place']}, {source} said."
    return f"{toll2} {place2} in the {inc['area']} of {town} {when}."


def _write(folder: Path, name: str, outlet: dict[str, Any], key: str, title: str, day: date | None,
           paragraphs: list[str], dateline: str, writer: str) -> None:
    full_title = outlet["title"].format(t=title)
    if key == "wire":
        paragraphs = [f"{dateline} (LP) — {paragraphs[0]}", *paragraphs[1:]]
    line = _date_line(key, outlet, day, name + title, title) if day else None
    text = page_text(outlet, full_title, paragraphs, writer, day.isoformat() if day else None, line)
    (folder / name).write_text(text, encoding="utf-8")


def main() -> None:
    outlets, incidents, followups = sources(HERE)
    for inc in incidents.values():
        for _key, offset, title in inc["reports"]:
            if offset == 0 and "after" in inc:
                EARLIEST[title] = inc["after"]
    items = reports(outlets, incidents, followups, house_style(_lede), lambda inc: TOWNS[inc["town"]]["dateline"])
    build(HERE, SEED, outlets, items, _write)


if __name__ == "__main__":
    main()
