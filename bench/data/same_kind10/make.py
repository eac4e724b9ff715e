"""Write the tenth same-kind corpus (shootings in three invented US cities) from its source files.

`python3 bench/data/same_kind10/make.py` rebuilds `with_dates/`, `no_dates/` and `gold.json` next
to this script from `outlets.toml`, `incidents.toml` and `followups.toml`, with the standard
library only. First-day reports are put together from each shooting's own sentences in each
outlet's house style (broadcast, paper, wire, community site, scanner blotter); follow-ups and
round-ups are written out whole in `followups.toml`. Every report then gets its outlet's
furniture: the outlet's name in the title, a byline, a "Watch the video above" line, a "Related:"
line, a tip line, a closing line or copyright notice.

The two copies differ only in dates: `with_dates/` carries each report's publication date as its
outlet prints it (a line under a plain-text or Markdown title, or `date:` in YAML front matter),
and copyright lines carry the year; `no_dates/` has no date line, no `date:` field and no
copyright year. The wire's dateline ("CALLOWAY, Ga. (MNS) —") carries no date in either copy.
Output is byte-for-byte deterministic: file names are shuffled with a fixed seed, and printed
times come from a checksum of the report.
"""

from __future__ import annotations

import json
import random
import sys
import tomllib
import zlib
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SEED = 1010
"""File names are shuffled with this seed so that no name tells its shooting."""

CITIES = {
    "Brennerton": {"dateline": "BRENNERTON, Ind.", "source": "Brennerton police"},
    "Calloway": {"dateline": "CALLOWAY, Ga.", "source": "Calloway police"},
    "San Aurelio": {"dateline": "SAN AURELIO, Calif.", "source": "San Aurelio police"},
}
"""The three invented cities: the wire's dateline, and who usually tells the press first (a
shooting may name its own `source`)."""

AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
"""Months as the wire prints them (AP style)."""


# ---------------------------------------------------------------- dates and times

def _first_sunday(year: int, month: int) -> date:
    day = date(year, month, 1)
    return day + timedelta(days=(6 - day.weekday()) % 7)


def _summer(day: date) -> bool:
    """Daylight saving time in the US: second Sunday of March to first Sunday of November."""
    return _first_sunday(day.year, 3) + timedelta(days=7) <= day < _first_sunday(day.year, 11)


def _clock(seed: str, earliest: int) -> tuple[int, int]:
    """An hour and minute fixed by the report, from `earliest` o'clock to 10 p.m."""
    n = zlib.crc32(seed.encode("utf-8"))
    return earliest + n % (23 - earliest), (n // 64) % 60


def _hm(hour: int, minute: int, lower: bool = False) -> str:
    half = ("a.m." if hour < 12 else "p.m.") if lower else ("AM" if hour < 12 else "PM")
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {half}"


def _zone(letter: str, day: date) -> str:
    return f"{letter}{'D' if _summer(day) else 'S'}T"


def date_line(fmt: str, day: date, seed: str, earliest: int) -> str:
    """How an outlet prints its publication date (a line under the title, or front matter)."""
    h, m = _clock(seed, earliest)
    if fmt == "wbrn":
        return f"Posted: {day:%b} {day.day}, {day.year} / {_hm(h, m)} {_zone('E', day)}"
    if fmt == "ledger":
        return f"Published {_hm(h, m, True)} ET {day:%B} {day.day}, {day.year}"
    if fmt == "wclw":
        return f"Updated: {_hm(h, m)} {_zone('E', day)} {day:%b} {day.day}, {day.year}"
    if fmt == "scanner":
        return f"*Posted {day.month}/{day.day}/{day.year} at {_hm(h, m)}*"
    if fmt == "ksau":
        return f"Published: {_hm(h, m)} {_zone('P', day)} {day:%B} {day.day}, {day.year}"
    if fmt == "tribune":
        return f"PUBLISHED: {day:%B} {day.day}, {day.year} at {_hm(h, m, True)}"
    if fmt == "wire":
        return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year} {_hm(h, m, True)} ET"
    if fmt == "iso-time":  # front matter with a time and an offset
        offset = "-04:00" if _summer(day) else "-05:00"
        return f"{day.isoformat()}T{h:02d}:{m:02d}:00{offset}"
    return day.isoformat()  # plain front matter date


# ---------------------------------------------------------------- first-day reports

def _lede(style: int, inc: dict[str, Any]) -> str:
    """The first paragraph of a first-day report, in one of five house styles."""
    source = inc.get("source", CITIES[inc["city"]]["source"])
    wd = f"{date.fromisoformat(inc['date']):%A}"
    when, when2 = inc["when"].format(wd=wd), inc.get("when2", inc["when"]).format(wd=wd)
    toll, place, where = inc["toll"], inc["place"], inc["where"]
    toll2, place2 = inc.get("toll2", toll), inc.get("place2", place)
    if style == 0:  # broadcast
        return f"{toll} {place} {where} {when}, {source} said."
    if style == 1:  # paper
        return f"{toll2} {when2} {place2} {where}, according to {source}."
    if style == 2:  # wire (the dateline is added later)
        return f"{toll} {when2} {place}, {source} said."
    if style == 3:  # community site
        return f"{toll2} {place2} {where} {when}."
    return f"{toll} {place} {where} {when}, {source} said."  # scanner blotter without its own lede


def first_day_paragraphs(inc: dict[str, Any], outlet: dict[str, Any], lede: str | None) -> list[str]:
    style = outlet["style"]
    extra = inc.get("extra", []) if style in (1, 3) else []
    quote = [inc["quote"]] if "quote" in inc and style != 4 else []
    history = [inc["history"]] if "history" in inc and style not in (2, 4) else []
    room = outlet.get("max_paras", 99) - 1 - len(extra) - len(quote) - len(history)
    details: list[str] = inc["details"][: min(outlet["ndetails"], room)]
    paras = [lede or _lede(style, inc), *details, *extra]
    if quote:
        paras.insert(min(2, len(paras)), quote[0])
    return paras + history


# ---------------------------------------------------------------- assembling reports

def _pick(options: list[str], seed: str) -> str:
    return options[zlib.crc32(seed.encode("utf-8")) % len(options)]


def items(outlets: dict[str, Any], incidents: dict[str, Any], followups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every report as a dict: event, outlet key, day, earliest hour, title, paragraphs, writer,
    kind, related line, whether it carries the tip line."""
    out = []
    for event, inc in incidents.items():
        for entry in inc["reports"]:
            key, offset, title = entry[0], entry[1], entry[2]
            if offset == 0 and "after" not in inc:
                raise SystemExit(f"{event}: a same-day report needs `after`")
            outlet = outlets[key]
            seed = f"{event}/{key}/{title}"
            related = inc.get("related")
            if related is None and outlet.get("related_list"):
                related = _pick(outlet["related_list"], seed)
            out.append({
                "event": event, "outlet": key, "city": inc["city"],
                "day": date.fromisoformat(inc["date"]) + timedelta(days=offset),
                "earliest": inc.get("after", 7) if offset == 0 else 7,
                "title": title, "kind": "first",
                "paragraphs": first_day_paragraphs(inc, outlet, entry[3] if len(entry) > 3 else None),
                "writer": _pick(outlet["writers"], seed), "related": related, "tip": True,
            })
    for rep in followups:
        outlet = outlets[rep["outlet"]]
        seed = f"{rep['event']}/{rep['outlet']}/{rep['title']}"
        out.append({
            "event": rep["event"], "outlet": rep["outlet"], "city": incidents[rep["event"]]["city"],
            "day": date.fromisoformat(rep["date"]), "earliest": 7, "title": rep["title"],
            "kind": rep.get("kind", "followup"),
            "paragraphs": [p.strip().replace("\n", " ") for p in rep["body"].strip().split("\n\n")],
            "writer": rep.get("writer", _pick(outlet["writers"], seed)),
            "related": rep.get("related"), "tip": rep.get("tip", False),
        })
    return out


def furnish(item: dict[str, Any], outlet: dict[str, Any]) -> list[str]:
    """The report's paragraphs with its outlet's furniture: the wire's dateline, the video line,
    the related line, the tip line and the closing lines (copyright years as `{year}`)."""
    paras = list(item["paragraphs"])
    if outlet["style"] == 2:
        paras[0] = f"{CITIES[item['city']]['dateline']} (MNS) — {paras[0]}"
    if outlet.get("video") and item["kind"] != "roundup":
        at = outlet.get("video_at", 1)
        line = outlet["video"] if item["kind"] == "first" else outlet.get("video2", outlet["video"])
        paras.insert(at if at >= 0 else len(paras), line)
    if item["related"]:
        paras.append(outlet.get("related_form", "Related: {r}").format(r=item["related"]))
    if item["tip"] and outlet.get("tipline"):
        paras.append(outlet["tipline"])
    paras += outlet["closing"]
    return paras


def page(item: dict[str, Any], outlet: dict[str, Any], dated: bool) -> str:
    title = outlet["title"].format(t=item["title"])
    year = str(item["day"].year)
    paras = [p.replace("{year}", year) if dated else p.replace("{year} ", "") for p in furnish(item, outlet)]
    line = None
    if dated:
        seed = f"{item['event']}/{item['outlet']}/{item['title']}"
        line = date_line(outlet["dateline"], item["day"], seed, item["earliest"])
    byline = f"By {item['writer']}" if item["writer"] else None
    fmt = outlet["format"]
    if fmt == "fm":
        head = ["---", f"title: {json.dumps(title, ensure_ascii=False)}"]
        if item["writer"]:
            head.append(f"author: {json.dumps(item['writer'], ensure_ascii=False)}")
        if line:
            head.append(f"date: {line}")
        blocks = ["\n".join([*head, "---"])]
    else:
        blocks = [f"# {title}" if fmt == "mdh" else title]
        blocks += [b for b in (line, byline) if b]
    return "\n\n".join(blocks + paras) + "\n"


# ---------------------------------------------------------------- main

def load() -> tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]:
    def read(name: str) -> dict[str, Any]:
        with open(HERE / name, "rb") as f:
            return tomllib.load(f)
    return read("outlets.toml"), read("incidents.toml"), read("followups.toml")["report"]


def build() -> list[tuple[str, dict[str, Any]]]:
    outlets, incidents, followups = load()
    for rep in followups:
        if rep["event"] not in incidents:
            raise SystemExit(f"follow-up {rep['title']!r} names unknown event {rep['event']}")
    all_items = sorted(items(outlets, incidents, followups),
                       key=lambda it: (it["event"], it["day"], it["outlet"], it["title"]))
    order = list(range(len(all_items)))
    random.Random(SEED).shuffle(order)
    named = []
    for number, index in enumerate(order, 1):
        item = all_items[index]
        ext = "txt" if outlets[item["outlet"]]["format"] == "txt" else "md"
        named.append((f"report-{number:03d}.{ext}", item))
    named.sort()
    for folder, dated in (("with_dates", True), ("no_dates", False)):
        target = HERE / folder
        target.mkdir(exist_ok=True)
        for old in target.glob("report-*"):
            old.unlink()
        for name, item in named:
            (target / name).write_text(page(item, outlets[item["outlet"]], dated), encoding="utf-8")
    gold = {name: item["event"] for name, item in named}
    (HERE / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return named


def stats(named: list[tuple[str, dict[str, Any]]]) -> None:
    per_event = Counter(item["event"] for _, item in named)
    print(f"{len(named)} reports, {len(per_event)} shootings")
    print("reports per shooting:", sorted(Counter(per_event.values()).items()))
    print("kinds:", dict(Counter(item["kind"] for _, item in named)))
    print("outlets:", dict(Counter(item["outlet"] for _, item in named)))
    print("cities:", dict(Counter(item["city"] for _, item in named)))
    cities: Counter[str] = Counter()
    for event in per_event:
        cities[next(it["city"] for _, it in named if it["event"] == event)] += 1
    print("shootings per city:", dict(cities))


if __name__ == "__main__":
    built = build()
    if "--stats" in sys.argv:
        stats(built)
