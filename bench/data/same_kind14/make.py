#!/usr/bin/env python3
"""Build the fourteenth same-kind corpus from the hand-written reports in src/.

Standard library only. Every report in src/*.txt is written out whole by hand; this script
only parses them, adds each outlet's title decoration and date line (with_dates/) or leaves
the date out (no_dates/), shuffles the file names with a fixed seed and writes gold.json.

Run from anywhere: python3 make.py
"""
from __future__ import annotations

import datetime
import json
import os
import random
import re
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
SEED = 1414

EXT = {"wdkt": "txt", "wbhq": "txt", "hb": "md", "crier": "md", "crw": "txt", "sn": "md", "blue": "txt"}
MON3 = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONF = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"]


def is_dst(dt: datetime.datetime) -> bool:
    """US Eastern daylight time (second Sunday of March to first Sunday of November)."""
    y = dt.year
    march = datetime.datetime(y, 3, 8)
    start = march + datetime.timedelta(days=(6 - march.weekday()) % 7, hours=2)
    nov = datetime.datetime(y, 11, 1)
    end = nov + datetime.timedelta(days=(6 - nov.weekday()) % 7, hours=2)
    return start <= dt < end


def tz(dt: datetime.datetime) -> tuple[str, str]:
    return ("EDT", "-04:00") if is_dst(dt) else ("EST", "-05:00")


def h12(dt: datetime.datetime) -> tuple[int, str]:
    h = dt.hour % 12 or 12
    return h, ("AM" if dt.hour < 12 else "PM")


def parse() -> list[dict[str, Any]]:
    reports: list[dict[str, Any]] = []
    for name in sorted(os.listdir(SRC)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(SRC, name), encoding="utf-8") as fh:
            text = fh.read()
        for chunk in re.split(r"^@@ ", text, flags=re.M)[1:]:
            head, _, rest = chunk.partition("\n")
            ev, outlet, when, author = [x.strip() for x in head.split("|")]
            lines = rest.strip("\n").split("\n")
            title = lines[0].strip()
            body = "\n".join(lines[1:]).strip()
            paras = [re.sub(r"\s*\n\s*", " ", p.strip()) for p in re.split(r"\n\s*\n", body) if p.strip()]
            reports.append({
                "event": ev, "outlet": outlet, "when": datetime.datetime.strptime(when, "%Y-%m-%d %H:%M"),
                "author": "" if author == "-" else author, "title": title, "paras": paras, "src": name,
            })
    return reports


def yq(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(r: dict[str, Any], dated: bool) -> str:
    o, dt, t, a = r["outlet"], r["when"], r["title"], r["author"]
    body = "\n\n".join(r["paras"])
    abbr, off = tz(dt)
    h, ap = h12(dt)
    out = []
    if o == "wdkt":
        out.append(f"{t} - WDKT 11 News")
        if dated:
            out.append(f"Published: {MON3[dt.month-1]} {dt.day}, {dt.year} at {h}:{dt.minute:02d} {ap} {abbr}")
        if a:
            out.append(f"By {a}")
    elif o == "wbhq":
        out.append(f"{t} | WBHQ 22")
        if dated:
            out.append(f"Posted at {h}:{dt.minute:02d} {ap}, {MONS[dt.month-1]} {dt.day}, {dt.year}")
        if a:
            out.append(f"By {a}")
    elif o == "blue":
        out.append(t)
        if dated:
            out.append(f"Posted: {MONS[dt.month-1]} {dt.day}, {dt.year} / {h}:{dt.minute:02d} {ap} {abbr}")
    elif o == "crw":
        out.append(t)
        if dated:
            out.append(f"CRW | {MONF[dt.month-1]} {dt.day}, {dt.year} | {h}:{dt.minute:02d} {ap.lower()[0]}.m. {abbr}")
        if a:
            out.append(f"By {a}")
    elif o == "crier":
        out.append(f"# Crier: {t}")
        out.append(f"*By {a}*")
        if dated:
            out.append(f"_Published {MONF[dt.month-1]} {dt.day}, {dt.year}_")
    elif o in ("hb", "sn"):
        fm = ["---", f"title: {yq(t)}"]
        if a:
            fm.append(f"author: {yq(a)}")
        if dated:
            if o == "hb":
                fm.append(f"date: {dt.strftime('%Y-%m-%dT%H:%M:00')}{off}")
            else:
                fm.append(f"date: {dt.strftime('%Y-%m-%d')}")
        fm.append("---")
        out.append("\n".join(fm))
    else:
        raise ValueError(o)
    out.append(body)
    return "\n\n".join(out) + "\n"


def main() -> None:
    reports = parse()
    order = list(range(len(reports)))
    random.Random(SEED).shuffle(order)
    gold: dict[str, str] = {}
    for d in ("with_dates", "no_dates"):
        os.makedirs(os.path.join(HERE, d), exist_ok=True)
        for f in os.listdir(os.path.join(HERE, d)):
            os.remove(os.path.join(HERE, d, f))
    for n, i in enumerate(order, 1):
        r = reports[i]
        fname = f"report-{n:03d}.{EXT[r['outlet']]}"
        gold[fname] = r["event"]
        for d, dated in (("with_dates", True), ("no_dates", False)):
            with open(os.path.join(HERE, d, fname), "w", encoding="utf-8") as fh:
                fh.write(render(r, dated))
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    print(len(reports), "reports,", len(set(gold.values())), "events")


if __name__ == "__main__":
    main()
