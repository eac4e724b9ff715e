"""Write the fourth same-kind corpus (shootings, mostly one report each) from its source files.

`python bench/data/same_kind4/make.py` rebuilds `with_dates/`, `no_dates/` and `gold.json` next
to this script from `outlets.toml`, `incidents.toml` and `followups.toml`, in the layout of
`../same_kind3/make.py`. First-day reports are put together from each incident's own sentences in
each outlet's house style (which sentences, in which order, and the outlet's closing lines);
follow-ups and round-ups are written out whole. Bylines rotate through each outlet's writers.
The two copies differ only in dates: `with_dates/` carries each report's publication date as its
outlet prints it (front matter, or a line under a plain-text title such as
"Updated: 5:31 PM CDT Jun 14, 2019", and the wire's dateline), `no_dates/` none.
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

SEED = 414
"""File names are shuffled with this seed so that no name tells its incident."""
WIRE_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
"""The wire's dateline months, abbreviated as news agencies do."""
CITIES = {
    "Bramford": {"dateline": "BRAMFORD, Mo.", "agency": "Bramford police", "zone": "C"},
    "Calloway": {"dateline": "CALLOWAY, Ohio", "agency": "Calloway police", "zone": "E"},
    "Ridgeport": {"dateline": "RIDGEPORT, Colo.", "agency": "Ridgeport police", "zone": "M"},
}
"""The three invented cities: the wire's dateline, the police, the time zone of local pages."""


def _clock(seed: str) -> str:
    """A time of day for an "Updated" line, fixed by the report (pages print when they were edited)."""
    n = zlib.crc32(seed.encode("utf-8"))
    hour, minute = 10 + n % 14, (n // 16) % 60
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {'AM' if hour < 12 else 'PM'}"


def _zone(outlet: dict[str, Any], day: date) -> str:
    summer = date(day.year, 3, 12) <= day <= date(day.year, 11, 4)  # near enough to daylight saving
    return f"{outlet['zone']}{'D' if summer else 'S'}T"


def _date_line(key: str, outlet: dict[str, Any], day: date, seed: str) -> str:
    """How a plain-text outlet prints its date under the title."""
    if key == "kbrm":
        return f"Updated: {_clock(seed)} {_zone(outlet, day)} {day:%b} {day.day}, {day.year}"
    if key == "courier":
        return f"Published {day:%B} {day.day}, {day.year}"
    if key == "star":
        return f"Posted {day:%b} {day.day}, {day.year} at {_clock(seed)}"
    if key == "krdg":
        month = day.strftime("%b") + ("." if day.month != 5 else "")
        return f"Published: {month} {day.day}, {day.year} at {_clock(seed)} {_zone(outlet, day)}"
    return f"{day:%B} {day.day}, {day.year}"


def _lede(style: int, inc: dict[str, Any]) -> str:
    city, agency = inc["city"], CITIES[inc["city"]]["agency"]
    weekday = f"{date.fromisoformat(inc['date']):%A}"
    toll2, place2, when2 = (inc.get(k + "2", inc[k]) for k in ("toll", "place", "when"))
    inc = {**inc, "when": inc["when"].format(wd=weekday)}
    when2 = when2.format(wd=weekday)
    if style == 0:
        return f"{inc['toll']} {inc['place']} in {city}'s {inc['district']} neighborhood {inc['when']}, police said."
    if style == 1:
        return f"{toll2} {when2} {place2}, according to {agency}."
    if style == 2:
        return f"{inc['toll']} {when2} {inc['place']}, {agency} said."
    return f"{toll2} {place2} in the {inc['district']} area of {city} {inc['when']}."


def _write(folder: Path, name: str, outlet: dict[str, Any], key: str, title: str, day: date | None,
           paragraphs: list[str], dateline: str, writer: str) -> None:
    full_title = outlet["title"].format(t=title)
    if key == "wire":
        place, state = dateline.split(", ")
        credit = (f"{place}, {state}, {WIRE_MONTHS[day.month - 1]} {day.day} (Heartland Press) — " if day
                  else f"{dateline} (Heartland Press) — ")
        paragraphs = [credit + paragraphs[0], *paragraphs[1:]]
    line = _date_line(key, outlet, day, name + title) if day and key != "wire" else None
    text = page_text(outlet, full_title, paragraphs, writer, day.isoformat() if day else None, line)
    (folder / name).write_text(text, encoding="utf-8")


def main() -> None:
    outlets, incidents, followups = sources(HERE)
    items = reports(outlets, incidents, followups, house_style(_lede), lambda inc: CITIES[inc["city"]]["dateline"])
    build(HERE, SEED, outlets, items, _write)


if __name__ == "__main__":
    main()
