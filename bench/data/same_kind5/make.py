"""Write the fifth same-kind corpus (stabbings and assaults in three English towns) from its sources.

`python bench/data/same_kind5/make.py` rebuilds `with_dates/`, `no_dates/` and `gold.json` next
to this script from `outlets.toml`, `incidents.toml` and `followups.toml`, in the layout of
`../same_kind4/make.py`. First-day reports are put together from each incident's own sentences in
each outlet's house style (which sentences, in which order, and the outlet's closing lines);
follow-ups and round-ups are written out whole. Bylines rotate through each outlet's writers.
The two copies differ only in dates: `with_dates/` carries each report's publication date as its
outlet prints it (front matter, or a line under a plain-text title such as
"Updated 17:31, 14 JUN 2019" or "Last updated 14th Jun 2019, 5:31pm", and the wire's dateline),
`no_dates/` none.
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

SEED = 5150
"""File names are shuffled with this seed so that no name tells its incident."""
CITIES = {
    "Hollinsford": {"dateline": "HOLLINSFORD, England", "police": "Brackenshire Police",
                    "region": "the English Midlands"},
    "Wexcombe": {"dateline": "WEXCOMBE, England", "police": "Ryle Valley Police",
                 "region": "northern England"},
    "Thornmouth": {"dateline": "THORNMOUTH, England", "police": "Wessmoor Police",
                   "region": "the south coast of England"},
}
"""The three invented towns: the wire's dateline, the police force, where the wire says they are."""


def _clock(seed: str) -> tuple[int, int]:
    """A time of day for a stamp, fixed by the report (pages print when they were edited)."""
    n = zlib.crc32(seed.encode("utf-8"))
    return 7 + n % 16, (n // 16) % 60


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _date_line(key: str, day: date, seed: str) -> str:
    """How a plain-text outlet prints its date under the title."""
    hour, minute = _clock(seed)
    pm = f"{(hour - 1) % 12 + 1}:{minute:02d}{'am' if hour < 12 else 'pm'}"
    if key == "hlive":
        return f"Updated {hour:02d}:{minute:02d}, {day.day} {day.strftime('%b').upper()} {day.year}"
    if key == "hecho":
        return f"Last updated {_ordinal(day.day)} {day:%b} {day.year}, {pm}"
    if key == "gazette":
        return f"Published {day.day} {day:%B} {day.year}"
    if key == "post":
        return f"Posted on {day:%B} {day.day}, {day.year} {pm.replace('am', ' am').replace('pm', ' pm')}"
    return f"{day.day} {day:%B} {day.year}"


def _lede(style: int, inc: dict[str, Any]) -> str:
    """The first sentence, in one of four ways of opening a crime story: `what` is said in the past
    perfect ("a man had been stabbed"), `what2` in the simple past, `where` is a place to be sent
    to, `at` the same place with its preposition."""
    weekday = f"{date.fromisoformat(inc['date']):%A}"
    city, police, district = inc["city"], CITIES[inc["city"]]["police"], inc["district"]
    what, where, when, at = (inc[k].format(wd=weekday) for k in ("what", "where", "when", "at"))
    what2, when2 = inc["what2"], inc.get("when2", inc["when"]).format(wd=weekday)
    what2 = what2[0].upper() + what2[1:]
    if style == 0:
        return f"Officers were called to {where} {when} after reports that {what}."
    if style == 1:
        return f"{what2} {at} in the {district.removeprefix('the ')} area of {city} {when}, {police} said."
    if style == 2:
        return f"{what2} {at} {when2}, police said."
    prep = "on" if district == "the seafront" else "in"
    return f"Police and paramedics were sent to {where} {prep} {district} {when2}, where {what}."


def _first_report(style: int, inc: dict[str, Any]) -> list[str]:
    """The paragraphs of a first-day report in one of four house styles; victims' names (with or
    without ages) only where the incident has them, and only in some styles."""
    d = inc["details"]
    named = [inc["victims"]] if "victims" in inc else []
    named2 = [inc.get("victims2", inc["victims"])] if "victims" in inc else []
    quote = [inc["quote"]] if "quote" in inc else []
    lede = _lede(style, inc)
    if style == 0:  # website or radio: short
        return [lede, *named2, *d[:2], *quote]
    if style == 1:  # paper: everything
        return [lede, *named, *d, *quote]
    if style == 2:  # wire: names, the first and last detail
        return [lede, *named, d[0], *d[1:][-1:]]
    return [lede, *quote, *named2, *d]  # news site: the quote high up


def _write(folder: Path, name: str, outlet: dict[str, Any], key: str, title: str, day: date | None,
           paragraphs: list[str], dateline: str, writer: str) -> None:
    full_title = outlet["title"].format(t=title)
    if key == "wire":
        place, country = dateline.split(", ")
        credit = (f"{place}, {country}, {day:%B} {day.day} (Albion Press) - " if day
                  else f"{place}, {country} (Albion Press) - ")
        paragraphs = [credit + paragraphs[0], *paragraphs[1:]]
    stamp = None
    if day:
        hour, minute = _clock(name + title)
        stamp = f"{day.isoformat()}T{hour:02d}:{minute:02d}:00" if key == "coast24" else day.isoformat()
    line = _date_line(key, day, name + title) if day and key != "wire" else None
    text = page_text(outlet, full_title, paragraphs, writer, stamp, line)
    (folder / name).write_text(text, encoding="utf-8")


def main() -> None:
    outlets, incidents, followups = sources(HERE)
    items = reports(outlets, incidents, followups, _first_report, lambda inc: CITIES[inc["city"]]["dateline"])
    build(HERE, SEED, outlets, items, _write)


if __name__ == "__main__":
    main()
