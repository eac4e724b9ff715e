"""Write the ninth same-kind corpus (shootings in three invented US cities) from its source files.

`python3 bench/data/same_kind9/make.py` rebuilds `with_dates/`, `no_dates/` and `gold.json` next
to this script from `outlets.toml`, `incidents.toml` and `followups.toml`, with the standard
library only. First-day reports are put together from each shooting's own sentences in each
outlet's house style (0 broadcast, 1 paper, 2 wire, 3 community site); follow-ups and round-ups
are written out whole in `followups.toml`. The two copies differ only in dates: `with_dates/`
carries each report's publication date as its outlet prints it (a line under a plain-text
title, YAML front matter, or an italic line under a Markdown title, and the year in a copyright
line), `no_dates/` none of these. The wire's dateline ("ASHFORD, Ohio (MNS) —") carries no date
in either copy. File names are shuffled with a fixed seed; printed times come from a checksum,
so the output is the same byte for byte on every run.
"""

from __future__ import annotations

import json
import random
import tomllib
import zlib
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SEED = 909
"""File names are shuffled with this seed so that no name tells its shooting."""

CITIES = {
    "Ashford": {"dateline": "ASHFORD, Ohio", "source": "Ashford police"},
    "San Marcial": {"dateline": "SAN MARCIAL, Texas", "source": "San Marcial police"},
    "Port Calloway": {"dateline": "PORT CALLOWAY, Ga.", "source": "Port Calloway police"},
}
"""The three invented cities: the wire's dateline, and who usually tells the press first (a
shooting may name its own `source`)."""

GRAY_MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May.", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."]
"""Months as WKRX's web template prints them (with the template's stray point after May)."""


def load(name: str) -> dict[str, Any]:
    with open(HERE / name, "rb") as handle:
        return tomllib.load(handle)


def checksum(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))


def clock(seed: str, earliest: int) -> tuple[int, int]:
    """A time of day fixed by the report, from `earliest` o'clock to 10:59 p.m."""
    earliest = min(max(earliest, 6), 22)
    n = checksum(seed)
    return earliest + n % (23 - earliest), (n // 32) % 60


def hm(hour: int, minute: int, style: str) -> str:
    h12 = (hour - 1) % 12 + 1
    if style == "lower":
        return f"{h12}:{minute:02d} {'a.m.' if hour < 12 else 'p.m.'}"
    return f"{h12}:{minute:02d} {'AM' if hour < 12 else 'PM'}"


def zone(letter: str, day: date) -> str:
    summer = date(day.year, 3, 10) <= day <= date(day.year, 11, 3)  # near enough to daylight time
    return f"{letter}{'D' if summer else 'S'}T"


def date_line(outlet: dict[str, Any], day: date, hour: int, minute: int) -> str:
    """The publication date as the outlet prints it."""
    style, z = outlet["dates"], zone(outlet.get("zone", "E"), day)
    if style == "gray":
        return f"Published: {GRAY_MONTHS[day.month - 1]} {day.day}, {day.year} at {hm(hour, minute, 'upper')} {z}"
    if style == "gannett":
        return f"Published {hm(hour, minute, 'lower')} ET {day:%B} {day.day}, {day.year}"
    if style == "nexstar":
        return f"Posted: {day:%b} {day.day}, {day.year} / {hm(hour, minute, 'upper')} {z}"
    if style == "scripps":
        return f"Posted at {hm(hour, minute, 'upper')}, {day:%b} {day:%d}, {day.year}"
    if style == "wire":
        return f"MNS | {day:%B} {day.day}, {day.year} | {hm(hour, minute, 'lower')} {z}"
    if style == "isotime":
        offset = "-05:00" if z == "CDT" else "-06:00"
        return f"{day.isoformat()}T{hour:02d}:{minute:02d}:00{offset}"
    if style == "italic":
        return f"_Published {day:%B} {day.day}, {day.year}_"
    return day.isoformat()  # "iso": front matter


def lede(style: int, inc: dict[str, Any]) -> str:
    """The first paragraph of a first-day report in the outlet's house style."""
    wd = f"{date.fromisoformat(inc['date']):%A}"
    source = inc.get("source", CITIES[inc["city"]]["source"])
    toll2, place2, when2 = (inc.get(k + "2", inc[k]) for k in ("toll", "place", "when"))
    when, when2 = inc["when"].format(wd=wd), when2.format(wd=wd)
    if style == 0:
        return f"{inc['toll']} {inc['place']} {inc.get('prep', 'in')} {inc['area']} {when}, {source} said."
    if style == 1:
        return f"{toll2} {when2} {place2}, according to {source}."
    if style == 2:
        return f"{inc['toll']} {when2} {inc['place']}, {source} said."
    return f"{toll2} {place2} {inc.get('prep', 'in')} {inc['area']} {when}."


def first_day_paragraphs(style: int, inc: dict[str, Any], extra: dict[str, Any]) -> list[str]:
    """Lede, a selection of the shooting's details and its quote, as each kind of outlet runs them."""
    details, quote = inc["details"], inc.get("quote")
    if "use" in extra:
        chosen = [details[i] for i in extra["use"]]
    elif style == 0:
        chosen = details[:3]
    elif style == 2:
        chosen = details[:2]
    else:
        chosen = list(details)
    if quote and extra.get("quote", True) and (style != 0 or len(chosen) < 3):
        at = 1 if style in (1, 2) else len(chosen)
        chosen = [*chosen[:at], quote, *chosen[at:]]
    return [extra.get("lede", lede(style, inc)), *chosen]


def render(outlet: dict[str, Any], title: str, paragraphs: list[str], writer: str,
           day: date, hour: int, minute: int, dated: bool) -> str:
    """One page: the outlet's title, byline and (with dates) date furniture, body and closing."""
    full_title = outlet["title"].format(t=title)
    closing = outlet["closing"].format(year=day.year) if dated else outlet["closing"].replace("{year} ", "")
    body = "\n\n".join([*paragraphs, closing]) + "\n"
    stamp = date_line(outlet, day, hour, minute)
    if outlet["ext"] == "txt":
        head = [full_title, ""]
        if dated:
            head += [stamp, ""]
        if writer:
            head += [f"By {writer}", ""]
        return "\n".join(head) + "\n" + body
    if outlet["dates"] == "italic":  # Markdown title, byline and date in the body
        head = [f"# {full_title}", "", f"*By {writer or outlet['staff']}*", ""]
        if dated:
            head += [stamp, ""]
        return "\n".join(head) + "\n" + body
    front = ["---", f"title: {json.dumps(full_title, ensure_ascii=False)}"]
    if writer:
        front.append(f"author: {json.dumps(writer, ensure_ascii=False)}")
    if dated:
        front.append(f"date: {stamp}")
    return "\n".join([*front, "---", ""]) + "\n" + body


def pick_writer(outlet: dict[str, Any], title: str) -> str:
    writers: list[str] = outlet["writers"]
    return writers[checksum(title) % len(writers)]


def with_dateline(key: str, city: str, paragraphs: list[str]) -> list[str]:
    if key != "wire" or "(MNS)" in paragraphs[0]:
        return paragraphs
    return [f"{CITIES[city]['dateline']} (MNS) — {paragraphs[0]}", *paragraphs[1:]]


def collect(outlets: dict[str, Any], incidents: dict[str, Any],
            followups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every report of the corpus, in a fixed order before shuffling."""
    items = []
    for event, inc in incidents.items():
        start = date.fromisoformat(inc["date"])
        for entry in inc["reports"]:
            key, offset, title = entry[:3]
            extra = entry[3] if len(entry) > 3 else {}
            paragraphs = with_dateline(key, inc["city"], first_day_paragraphs(outlets[key]["style"], inc, extra))
            items.append({"event": event, "outlet": key, "day": start + timedelta(days=offset), "title": title,
                          "paragraphs": paragraphs, "writer": extra.get("writer", pick_writer(outlets[key], title)),
                          "earliest": inc.get("after", 6) + 1 if offset == 0 else 6, "kind": "first"})
    for rep in followups:
        key, inc = rep["outlet"], incidents[rep["event"]]
        paragraphs = [p.strip().replace("\n", " ") for p in rep["body"].strip().split("\n\n")]
        items.append({"event": rep["event"], "outlet": key, "day": date.fromisoformat(rep["date"]),
                      "title": rep["title"], "paragraphs": with_dateline(key, inc["city"], paragraphs),
                      "writer": rep.get("writer", pick_writer(outlets[key], rep["title"])),
                      "earliest": rep.get("after", 7), "kind": "roundup" if rep.get("roundup") else "followup"})
    items.sort(key=lambda it: (it["event"], it["day"], it["outlet"], it["title"]))
    return items


def check(outlets: dict[str, Any], incidents: dict[str, Any], items: list[dict[str, Any]]) -> None:
    """Stop on data mistakes: unknown outlets, reports before their shooting, wrong lengths."""
    for it in items:
        assert it["outlet"] in outlets, it["title"]
        assert it["day"] >= date.fromisoformat(incidents[it["event"]]["date"]), it["title"]
        assert 4 <= len(it["paragraphs"]) + 1 <= 10, (it["title"], len(it["paragraphs"]))
        city = incidents[it["event"]]["city"]
        assert outlets[it["outlet"]]["city"] in (city, "all"), (it["title"], city)


def main() -> None:
    outlets, incidents = load("outlets.toml"), load("incidents.toml")
    followups = load("followups.toml")["report"]
    items = collect(outlets, incidents, followups)
    check(outlets, incidents, items)
    random.Random(SEED).shuffle(items)
    gold: dict[str, str] = {}
    folders = {True: HERE / "with_dates", False: HERE / "no_dates"}
    for folder in folders.values():
        folder.mkdir(exist_ok=True)
        for old in folder.glob("report-*"):
            old.unlink()
    for number, it in enumerate(items, 1):
        outlet = outlets[it["outlet"]]
        name = f"report-{number:03d}.{outlet['ext']}"
        hour, minute = clock(name + it["title"], it["earliest"])
        for dated, folder in folders.items():
            text = render(outlet, it["title"], it["paragraphs"], it["writer"], it["day"], hour, minute, dated)
            (folder / name).write_text(text, encoding="utf-8")
        gold[name] = it["event"]
    (HERE / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    per_event = Counter(gold.values())
    kinds = Counter(it["kind"] for it in items)
    print(f"{len(items)} reports, {len(per_event)} shootings; {dict(sorted(kinds.items()))}")
    print("reports per shooting:", dict(sorted(Counter(per_event.values()).items())))


if __name__ == "__main__":
    main()
