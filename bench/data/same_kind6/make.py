"""Write the sixth same-kind corpus (workplace and industrial accidents) from its source files.

`python bench/data/same_kind6/make.py` rebuilds `with_dates/`, `no_dates/` and `gold.json` next
to this script from `outlets.toml`, `incidents.toml` and `followups.toml`, with the shared steps of
`bench/kind_corpus.py` (reading, listing, shuffling, writing both copies). What is this corpus's
own: how each outlet puts a first-day report together (which sentences, in which order, the stock
line about the safety regulator's investigation) and how it prints its date and title. The two
copies differ only in dates: `with_dates/` carries each report's publication date as its outlet
prints it (front matter, an "Updated:" or "Posted:" line under a plain-text title, a "Published"
line, the wire's dateline), `no_dates/` none.
"""

from __future__ import annotations

import sys
import zlib
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the project, for bench.kind_corpus when run as a script

from bench.kind_corpus import build, page_text, reports, sources  # noqa: E402

SEED = 616
"""File names are shuffled with this seed so that no name tells its incident."""
WIRE_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
"""The wire's dateline months, abbreviated as news agencies do."""
TOWNS = {
    "Carrick": {"dateline": "CARRICK, Ind.", "source": "the Ashby County coroner's office"},
    "Halden": {"dateline": "HALDEN, Ind.", "source": "Halden fire officials"},
    "Brayton": {"dateline": "BRAYTON, Ind.", "source": "the Pell County Sheriff's Office"},
}
"""The three invented towns of southwestern Indiana: the wire's dateline, who usually tells the
press first (an incident may name its own `source`)."""
PROBES = {
    "iosha": "IOSHA has six months to complete its investigation.",
    "msha": "The federal Mine Safety and Health Administration has sent investigators to the site.",
    "none": "",
}
"""The stock line television and the paper close a first-day report with, by who investigates."""


def _clock(seed: str) -> str:
    """A time of day for an "Updated" or "Posted" line, fixed by the report."""
    n = zlib.crc32(seed.encode("utf-8"))
    hour, minute = 9 + n % 14, (n // 16) % 60
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {'AM' if hour < 12 else 'PM'}"


def _zone(day: date) -> str:
    summer = date(day.year, 3, 12) <= day <= date(day.year, 11, 4)  # near enough to daylight saving
    return "CDT" if summer else "CST"


def _date_line(key: str, day: date, seed: str) -> str:
    """How a plain-text outlet prints its date under the title."""
    if key == "wcrk":
        return f"Updated: {_clock(seed)} {_zone(day)} {day:%b} {day.day}, {day.year}"
    if key == "wbrt":
        clock = _clock(seed).rjust(8, "0")
        return f"Posted: {day:%b} {day.day}, {day.year} / {clock} {_zone(day)}"
    return f"Published {day:%B} {day.day}, {day.year}"


def _lede(style: int, inc: dict[str, Any]) -> str:
    town = inc["town"]
    source = inc.get("source", TOWNS[town]["source"])
    weekday = f"{date.fromisoformat(inc['date']):%A}"
    toll2, place2, when2 = (inc.get(k + "2", inc[k]) for k in ("toll", "place", "when"))
    when, when2 = inc["when"].format(wd=weekday), when2.format(wd=weekday)
    if style == 0:
        return f"{inc['toll']} {inc['place']} in {town} {when}, {source} said."
    if style == 1:
        return f"{toll2} {when2} {place2}, according to {source}."
    if style == 2:
        return f"{inc['toll']} {when2} {inc['place']}, {source} said."
    return f"{toll2} {place2} in {town}, Indiana, {when}."


def _first_report(style: int, inc: dict[str, Any]) -> list[str]:
    """The paragraphs of a first-day report in one of four house styles (0 television, 1 paper,
    2 wire, 3 trade weekly); the worker's name only where the incident has it."""
    d = inc["details"]
    named = [inc["victims"]] if "victims" in inc else []
    named2 = [inc.get("victims2", inc["victims"])] if "victims" in inc else []
    quote = [inc["quote"]] if "quote" in inc else []
    probe = [PROBES[inc.get("probe", "iosha")]] if PROBES[inc.get("probe", "iosha")] else []
    company = [inc["company"]] if "company" in inc else []
    lede = _lede(style, inc)
    if style == 0:  # television: short, the regulator's stock line last
        return [lede, *named, *d[:2], *quote, *probe]
    if style == 1:  # paper: everything
        return [lede, *named2, *d, *company, *quote, *probe]
    if style == 2:  # wire: names, the first and last detail
        return [lede, *named, d[0], *d[1:][-1:]]
    return [lede, *company, *named2, d[0], *quote, *d[1:]]  # trade weekly: the employer high up


def _write(folder: Path, name: str, outlet: dict[str, Any], key: str, title: str, day: date | None,
           paragraphs: list[str], dateline: str, writer: str) -> None:
    full_title = outlet["title"].format(t=title)
    if key == "wire":
        place, state = dateline.split(", ")
        credit = (f"{place}, {state}, {WIRE_MONTHS[day.month - 1]} {day.day} (Midwest Press) — " if day
                  else f"{dateline} (Midwest Press) — ")
        paragraphs = [credit + paragraphs[0], *paragraphs[1:]]
    line = _date_line(key, day, name + title) if day and key != "wire" else None
    text = page_text(outlet, full_title, paragraphs, writer, day.isoformat() if day else None, line)
    (folder / name).write_text(text, encoding="utf-8")


def main() -> None:
    outlets, incidents, followups = sources(HERE)
    items = reports(outlets, incidents, followups, _first_report, lambda inc: TOWNS[inc["town"]]["dateline"])
    build(HERE, SEED, outlets, items, _write)


if __name__ == "__main__":
    main()
