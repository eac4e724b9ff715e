"""Write the seventh same-kind corpus (drownings and water rescues in three Canadian towns) from its source files.

`python bench/data/same_kind7/make.py` rebuilds `with_dates/`, `no_dates/` and `gold.json` next
to this script from `outlets.toml`, `incidents.toml` and `followups.toml`, in the layout of
`../same_kind4/make.py`, with `bench.kind_corpus` doing what all these corpora share. First-day
reports are put together from each incident's own sentences in each outlet's house style;
follow-ups and round-ups are written out whole. The two copies differ only in dates:
`with_dates/` carries each report's publication date as its outlet prints it (front matter, or a
line under a plain-text title such as "Posted: Jul 04, 2019 5:31 PM EDT"), `no_dates/` none.
The wire's dateline ("PORT KELLET, Ont. —") carries no date, as Canadian wire copy does.
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

SEED = 707
"""File names are shuffled with this seed so that no name tells its incident."""
TOWNS = {
    "Port Kellet": {"dateline": "PORT KELLET, Ont.", "agency": "Kellet County OPP", "zone": "E"},
    "Lunenport": {"dateline": "LUNENPORT, N.S.", "agency": "Lunenport RCMP", "zone": "A"},
    "Wickham Falls": {"dateline": "WICKHAM FALLS, B.C.", "agency": "Wickham Falls RCMP", "zone": "P"},
}
"""The three invented towns: the wire's dateline, the police, the time zone of local pages."""


def _clock(seed: str, style: str = "upper") -> str:
    """A time of day, fixed by the report (pages print when they were posted)."""
    n = zlib.crc32(seed.encode("utf-8"))
    hour, minute = 13 + n % 10, (n // 16) % 60  # 1 to 10 p.m.: pages post after the event
    half = "AM" if hour < 12 else "PM"
    if style == "lower":
        half = "a.m." if hour < 12 else "p.m."
    elif style == "bare":
        return f"{(hour - 1) % 12 + 1}:{minute:02d}{half.lower()}"
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {half}"


def _zone(outlet: dict[str, Any], day: date) -> str:
    summer = date(day.year, 3, 10) <= day <= date(day.year, 11, 3)  # near enough to daylight time
    return f"{outlet['zone']}{'D' if summer else 'S'}T"


def _date_line(key: str, outlet: dict[str, Any], day: date, seed: str) -> str:
    """How a plain-text outlet prints its date under the title."""
    if key == "ckpk":
        return f"Posted: {day:%b} {day:%d}, {day.year} {_clock(seed)} {_zone(outlet, day)}"
    if key == "beacon":
        return f"Published {day:%b} {day:%d}, {day.year}  •  2 minute read"
    if key == "chronicle":
        return f"{day:%B} {day.day}, {day.year} at {_clock(seed, 'lower')}"
    if key == "ckwf":
        return f"{day:%b} {day.day}, {day.year} | {_clock(seed, 'bare')}"
    if key == "wire":
        return f"The Northern Press · Posted {day:%B} {day.day}, {day.year} {_clock(seed, 'bare')} ET"
    return f"{day:%B} {day.day}, {day.year}"


def _lede(style: int, inc: dict[str, Any]) -> str:
    town, agency = inc["town"], TOWNS[inc["town"]]["agency"]
    weekday = f"{date.fromisoformat(inc['date']):%A}"
    toll2, place2, when2 = (inc.get(k + "2", inc[k]) for k in ("toll", "place", "when"))
    when, when2 = inc["when"].format(wd=weekday), when2.format(wd=weekday)
    if style == 0:
        return f"{inc['toll']} {inc['place']} in {town}'s {inc['district']} area {when}, {agency} say."
    if style == 1:
        return f"{toll2} {when2} {place2}, according to {agency}."
    if style == 2:
        return f"{inc['toll']} {when2} {inc['place']}, {agency} said."
    return f"{toll2} {place2} in the {inc['district']} area of {town} {when}."


def _write(folder: Path, name: str, outlet: dict[str, Any], key: str, title: str, day: date | None,
           paragraphs: list[str], dateline: str, writer: str) -> None:
    full_title = outlet["title"].format(t=title)
    if key == "wire":
        paragraphs = [f"{dateline} — {paragraphs[0]}", *paragraphs[1:]]
    line = _date_line(key, outlet, day, name + title) if day else None
    text = page_text(outlet, full_title, paragraphs, writer, day.isoformat() if day else None, line)
    (folder / name).write_text(text, encoding="utf-8")


def main() -> None:
    outlets, incidents, followups = sources(HERE)
    items = reports(outlets, incidents, followups, house_style(_lede), lambda inc: TOWNS[inc["town"]]["dateline"])
    build(HERE, SEED, outlets, items, _write)


if __name__ == "__main__":
    main()
