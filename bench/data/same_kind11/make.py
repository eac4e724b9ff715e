"""Write the eleventh same-kind corpus (shootings in eight invented US cities) from its sources.

`python3 bench/data/same_kind11/make.py` rebuilds `with_dates/`, `no_dates/`, `gold.json` and
`incidents.json` next to this script from `cities.toml`, `outlets.toml`, `templates.toml` and
`followed.toml`, with the standard library only. The shootings written out in `followed.toml`
(those followed for weeks or years, the mass shootings, those the round-ups describe) are
completed there with hand-written follow-ups and round-ups; the others are drawn with a fixed
seed from each city's streets, places and people. First-day reports are put together by
`firstday.py` from sentence templates in each outlet's house style. Every report then gets its
outlet's furniture: the outlet's name in the title, a byline, a video line, a related line, a
tip line, closing lines.

`with_dates/` prints each report's date as its outlet does (a line under the title, or `date:`
in YAML front matter) and copyright lines carry the year; `no_dates/` has neither. Output is
byte for byte deterministic. `--stats` prints the counts.
"""

from __future__ import annotations

import json
import random
import re
import sys
import tomllib
import zlib
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # mypy, run from the repository root, knows this folder by its package path
    from bench.data.same_kind11.firstday import Incident, Victim, cap, draw_facts, report, victims_for, weighted
else:  # the script runs on its own and imports its sibling module
    from firstday import Incident, Victim, cap, draw_facts, report, victims_for, weighted

HERE = Path(__file__).resolve().parent
SEED = 1111
START, END = date(2015, 1, 1), date(2025, 10, 31)
KINDS = {  # weight, place kinds where it happens
    "argument": (15, "bar club complex street park plaza motel gas"), "driveby": (12, "street complex park"),
    "robbery": (9, "street complex plaza gas park motel"), "holdup": (5, "gas store"),
    "found": (12, "street complex park motel plaza"), "domestic": (8, "street complex motel"),
    "party": (5, "street park hall"), "roadrage": (5, "road"), "stray": (5, "street complex"),
    "police": (6, "street complex motel plaza gas"), "selfdefense": (5, "street complex store gas bar club plaza"),
    "shotsinto": (7, "street complex"), "accidental": (3, "street complex"),
}
SUSPECT = {"argument": "none3 car2 foot3 custody2 known1", "robbery": "none3 car3 foot3 custody1",
           "holdup": "car4 foot4 custody2", "driveby": "none4 car6", "domestic": "custody6 dead3 known1",
           "party": "none7 foot3", "roadrage": "car7 custody3", "stray": "none1", "police": "police1",
           "selfdefense": "scene1", "shotsinto": "none6 car4", "accidental": "accident1", "found": "none1"}
STYLE_WEIGHT = {"tv": 3, "paper": 3, "community": 2, "scanner": 2}
TZ = {"E": -4, "C": -5, "M": -6, "P": -7}  # UTC offsets in daylight saving time


def crc(seed: str) -> int:
    return zlib.crc32(seed.encode("utf-8"))


def slug(text: str) -> str:
    words = re.sub(r"[^a-z0-9 ]", "", text.lower().replace("í", "i").replace("the ", "")).split()
    return "".join(w for w in words[:2] if w not in ("avenue", "street", "road", "boulevard", "drive", "way"))


# ---------------------------------------------------------------- drawing shootings

def hour_for(kind: str, rng: random.Random) -> int:
    if kind == "roadrage":
        return rng.randint(7, 19)
    if kind == "accidental":
        return rng.randint(10, 21)
    if kind == "party":
        return rng.choice([21, 22, 23, 0, 1, 2])
    return rng.choice([0, 0, 1, 1, 2, 3, 9, 12, 14, 15, 16, 17, 18, 19, 20, 20, 21, 21, 22, 22, 23, 23])


def random_day(rng: random.Random, blocked: set[date]) -> date:
    span = (END - START).days
    while True:
        d = START + timedelta(days=rng.randrange(span))
        if (d.month in (6, 7, 8) or rng.random() < 0.75) and d not in blocked:
            return d


def make_place(city: dict[str, Any], key: str) -> dict[str, Any]:
    for pl in city["places"]:
        if pl["key"] == key:
            return dict(pl)
    raise SystemExit(f"unknown place {key}")


def street_place(city: dict[str, Any], street: str, block: int) -> dict[str, Any]:
    hood = next(s[1] for s in city["streets"] if s[0] == street)
    return {"key": slug(street), "name": f"the {block} block of {street}", "kind": "street", "street": street,
            "number": block, "hood": hood}


def road_place(city: dict[str, Any], i: int) -> dict[str, Any]:
    road, exit_street = city["roads"][i]
    hood = next((s[1] for s in city["streets"] if s[0] == exit_street), city["name"])
    return {"key": slug(road), "name": road, "kind": "road", "street": road, "number": 0, "hood": hood,
            "road": [road, exit_street]}


def pinned(ck: str, city: dict[str, Any], spec: dict[str, Any]) -> Incident:
    if "place" in spec:
        place = make_place(city, spec["place"])
    elif "road" in spec:
        place = road_place(city, spec["road"])
    else:
        place = street_place(city, spec["street"], spec["block"])
    vs = []
    names, scene, wounds = spec.get("names", []), spec.get("scene", []), spec.get("wounds", [])
    for i, text in enumerate(spec.get("victims", [])):
        age, sex, fate = text.split()
        vs.append(Victim(int(age), sex, fate, names[i] if i < len(names) else "",
                         scene[i] if i < len(scene) else None, wounds[i] if i < len(wounds) else ""))
    hh, mm = spec["time"].split(":")
    return Incident(spec["id"], ck, date.fromisoformat(spec["date"]), int(hh), int(mm), spec["kind"], place, vs, {},
                    list(spec.get("cover", [])), spec.get("suspect", "none"), spec.get("named", False), True)


def draw_city(ck: str, city: dict[str, Any], specs: list[dict[str, Any]], outlets: dict[str, Any],
              tpl: dict[str, Any], names: dict[str, Any], blocked: set[date]) -> list[Incident]:
    rng = random.Random(f"{SEED}/{ck}")
    incs = [pinned(ck, city, s) for s in specs]
    used = Counter(i.place["key"] for i in incs if i.place["kind"] not in ("street", "road"))
    taken = {(i.place["key"], i.day) for i in incs}
    extra = city["n"] - len(incs)
    for n in range(extra):
        kind = rng.choices(list(KINDS), [w for w, _ in KINDS.values()])[0]
        kinds = KINDS[kind][1].split()
        named = [p for p in city["places"] if p["kind"] in kinds and used[p["key"]] < 5]
        twin = n == extra - 1
        week = n == extra - 2
        if kind == "roadrage":
            place = road_place(city, rng.randrange(len(city["roads"])))
        elif named and rng.random() < 0.55 and not twin:
            p = rng.choices(named, [1 + 2 * (used[p["key"]] > 0) for p in named])[0]
            used[p["key"]] += 1
            place = dict(p)
        else:
            street = rng.choice(city["streets"])
            place = street_place(city, street[0], rng.choice(street[2]))
        day = random_day(rng, blocked)
        vs = victims_for(kind, rng)
        if twin:  # same street, block, age and sex as an earlier shooting, another year
            model = next(i for i in reversed(incs) if not i.pinned and i.place["kind"] == "street"
                         and len(i.victims) == 1 and i.victims[0].age >= 16)
            place, kind = dict(model.place), rng.choice(["argument", "driveby", "robbery"])
            vs = [Victim(model.victims[0].age, model.victims[0].sex, rng.choice(["killed", "wounded"]))]
            years = [y for y in range(2015, 2026) if abs(y - model.day.year) in (2, 3, 4)
                     and date(y, model.day.month, 28) <= END]
            day = date(rng.choice(years), model.day.month, rng.randint(1, 28))
        if week:  # another shooting in the same neighbourhood a few days after an earlier one
            model = next(i for i in reversed(incs) if not i.pinned and i.place["kind"] == "street")
            street = next(s for s in city["streets"] if s[1] == model.place["hood"])
            place = street_place(city, street[0], street[2][-1])
            day = model.day + timedelta(days=rng.randint(2, 5))
        if (place["key"], day) in taken:
            day += timedelta(days=9)
        taken.add((place["key"], day))
        inc = Incident("", ck, day, hour_for(kind, rng), rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]),
                       kind, place, vs, {}, [], weighted(rng, SUSPECT[kind]))
        if inc.suspect == "dead" and vs[0].fate != "killed":
            inc.suspect = "custody"
        inc.cover = cover_for(inc, ck, outlets, rng)
        killed = [v for v in vs if v.fate == "killed"]
        if killed and len(inc.cover) > 1 and rng.random() < 0.35:
            inc.named = True
        if killed:
            sex = vs[0].sex
            vs[0].name = f"{rng.choice(names['first_m' if sex == 'M' else 'first_f'])} {rng.choice(names['last'])}"
        incs.append(inc)
    incs.sort(key=lambda i: (i.day, i.hour, i.id))
    ids: set[str] = {i.id for i in incs if i.id}
    for inc in incs:
        if not inc.id:
            base = f"{ck}{inc.day.year % 100:02d}-{slug(inc.place['key'])}"
            inc.id = next(base + s for s in ["", "-b", "-c", "-d", "-e"] if base + s not in ids)
            ids.add(inc.id)
    by_id = {spec["id"]: spec for spec in specs}
    for inc in incs:
        over = by_id.get(inc.id, {}).get("facts", {})
        draw_facts(inc, city, tpl, names, random.Random(f"{SEED}/{inc.id}"), over)
    return incs


def cover_for(inc: Incident, ck: str, outlets: dict[str, Any], rng: random.Random) -> list[str]:
    killed = any(v.fate == "killed" for v in inc.victims)
    weights = [55, 41, 4, 0] if killed else [77, 22, 1, 0] if inc.victims else [85, 15, 0, 0]
    n = rng.choices([1, 2, 3, 4], weights)[0]
    mine = [k for k, o in outlets.items() if o["city"] == ck]
    wire_ok = killed and (len(inc.victims) > 1 or inc.kind == "police" or inc.victims[0].age < 13)
    pool = mine + (["inw"] if wire_ok else [])
    weights = [STYLE_WEIGHT.get(outlets[k]["style"], 2) for k in pool]
    chosen: list[str] = []
    while len(chosen) < min(n, len(pool)):
        k = rng.choices(pool, weights)[0]
        if k not in chosen:
            chosen.append(k)
    return chosen


def link(incs: list[Incident], cities: dict[str, Any]) -> None:
    """Earlier shootings at the same place, shootings days apart in one neighbourhood, and the
    homicide count of the year."""
    for inc in incs:
        same = [p for p in incs if p.city == inc.city and p.day < inc.day and p.place["key"] == inc.place["key"]
                and p.place["kind"] != "road"]
        if inc.place["kind"] == "street":
            same = [p for p in same if p.place["number"] == inc.place["number"]]
        inc.history = same
        near = [p for p in incs if p.city == inc.city and 0 < (inc.day - p.day).days <= 6
                and p.place["hood"] == inc.place["hood"]]
        inc.week = near[-1] if near else None
    counts: Counter[tuple[str, int]] = Counter()
    for inc in incs:
        if inc.kind in ("police", "selfdefense", "accidental") or not any(v.fate == "killed" for v in inc.victims):
            continue
        c = cities[inc.city]
        total = c["homicide_years"].get(str(inc.day.year)) or round(
            c["homicides"] * (0.8 + 0.4 * (crc(f"{inc.city}{inc.day.year}") % 100) / 100))
        doy = inc.day.timetuple().tm_yday
        nth = max(1, round(total * doy / 366), counts[(inc.city, inc.day.year)] + 1)
        counts[(inc.city, inc.day.year)] = nth
        inc.nth = nth


# ---------------------------------------------------------------- dates as printed

def summer(day: date) -> bool:
    """US daylight saving time: second Sunday of March to first Sunday of November."""
    def sunday(month: int, nth: int) -> date:
        first = date(day.year, month, 1)
        return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1))
    return sunday(3, 2) <= day < sunday(11, 1)


def date_line(fmt: str, day: date, seed: str, earliest: int, tz: str, dst: bool) -> str:
    n = crc(seed)
    h, m = earliest + n % (24 - earliest), (n // 64) % 60
    hm = f"{(h - 1) % 12 + 1}:{m:02d}"
    ampm, ap = ("AM", "a.m.") if h < 12 else ("PM", "p.m.")
    on = dst and summer(day)
    zone = f"{tz}{'D' if on else 'S'}T"
    b, bb, d, y, wd = f"{day:%b}", f"{day:%B}", day.day, day.year, f"{day:%a}"
    th = "th" if 10 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    forms = {
        "wmsp": f"Published: {b} {d}, {y} at {hm} {ampm} {zone}",
        "nc9": f"Last Updated: {bb} {d}, {y}, {hm} {ampm}",
        "scan-hs": f"**Posted:** {day:%m/%d/%Y} {hm} {ampm}",
        "kpvw": f"Updated: {wd}, {b} {d} {y} {hm} {ampm} {zone}",
        "tidings": f"Originally published {bb} {d}, {y} at {hm} {ampm.lower()}",
        "krfd": f"Posted at {hm} {ampm}, {b} {d:02d}, {y}",
        "register": f"_Published {bb} {d}, {y} at {hm} {ap}_",
        "kctx": f"Updated: {hm} {ampm} {zone} {bb} {d}, {y}",
        "scan-ca": f"Filed {day:%m.%d.%y} / {h:02d}:{m:02d}",
        "wevt": f"Posted: {hm} {ampm}, {b} {d}, {y}",
        "courant": f"{bb} {d}, {y} · {hm} {ap}",
        "klpt": f"Published: {wd}, {b} {d}{th} {y}, {hm} {ampm} {zone}",
        "bayou19": f"Posted {bb} {d}, {y}",
        "scan-lp": f"{wd} {day:%m/%d/%Y} {h:02d}:{m:02d}",
        "wacb": f"Updated {hm} {ampm} {zone} {b} {d:02d}, {y}",
        "intel": f"{day:%A}, {bb} {d}, {y}",
        "kcva": f"{hm} {ampm} {zone}, {wd} {bb} {d}, {y}",
        "sundispatch": f"{b} {d}, {y} Updated {hm} {ampm.lower()}",
        "scan-co": f"Posted {day.isoformat()} {h:02d}:{m:02d} {zone}",
        "wire": f"Published {hm} {ampm} ET, {wd} {bb} {d}, {y}",
    }
    if fmt == "iso-time":
        off = TZ[tz] - (0 if on else 1)
        return f"{day.isoformat()}T{h:02d}:{m:02d}:00{off:+03d}:00"
    return forms.get(fmt, day.isoformat())


# ---------------------------------------------------------------- reports

def first_day_timing(style: str, inc: Incident) -> tuple[int, int]:
    """Days after the shooting and the earliest hour a first-day report of it can be posted."""
    h = inc.hour
    late = {"scanner": 22, "tv": 20, "paper": 11, "wire": 12, "community": 9}[style]
    if h <= late:
        return 0, min(h + 1 + (2 if style == "paper" else 0), 23)
    return 1, 6 if style in ("scanner", "tv") else 8


def items(incs: list[Incident], cities: dict[str, Any], outlets: dict[str, Any], tpl: dict[str, Any],
          hand: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    by_id = {i.id: i for i in incs}
    for inc in incs:
        for j, key in enumerate(inc.cover):
            style = outlets[key]["style"]
            title, paras = report(inc, cities[inc.city], tpl, j, key, style)
            offset, earliest = first_day_timing(style, inc)
            out.append({"event": inc.id, "outlet": key, "city": inc.city, "kind": "first", "title": title,
                        "day": inc.day + timedelta(days=offset), "earliest": earliest, "paragraphs": paras,
                        "tip": True, "related": None, "writer": None})
    for spec in hand["incident"]:
        for rep in spec.get("report", []):
            out.append(hand_item(rep, spec["id"], by_id[spec["id"]].city, rep.get("kind", "followup")))
    for rep in hand["roundup"]:
        out.append(hand_item(rep, rep["events"][0], by_id[rep["events"][0]].city, "roundup"))
    return out


def hand_item(rep: dict[str, Any], event: str, city: str, kind: str) -> dict[str, Any]:
    return {"event": event, "outlet": rep["outlet"], "city": city, "kind": kind, "title": rep["title"],
            "day": date.fromisoformat(rep["date"]), "earliest": rep.get("after", 7),
            "paragraphs": [re.sub(r"\s*\n\s*", " ", p.strip()) for p in rep["body"].strip().split("\n\n")],
            "tip": rep.get("tip", False), "related": rep.get("related"), "writer": rep.get("writer")}


SMALL = {"a", "an", "the", "and", "but", "or", "for", "nor", "on", "at", "to", "by", "in", "of", "as", "vs."}


def titlecase(t: str) -> str:
    words = t.split(" ")
    out = []
    for i, w in enumerate(words):
        if i and w.lower() in SMALL:
            out.append(w.lower())
        else:
            out.append("-".join(cap(p) for p in w.split("-")))
    return " ".join(out)


def page(item: dict[str, Any], outlet: dict[str, Any], city: dict[str, Any], dated: bool) -> str:
    seed = f"{item['event']}/{item['outlet']}/{item['title']}"
    headline = titlecase(item["title"]) if outlet.get("titlecase") else item["title"]
    title = outlet["title"].format(t=headline)
    paras = list(item["paragraphs"])
    if outlet["style"] == "wire":
        paras[0] = f"{city['name'].upper()}, {city['state']} (INW) — {paras[0]}"
    if outlet.get("video") and item["kind"] != "roundup":
        line = outlet["video"] if item["kind"] == "first" else outlet.get("video2", outlet["video"])
        at = outlet.get("video_at", 1)
        paras.insert(at if at >= 0 else len(paras), line)
    related = item["related"]
    if related is None and outlet.get("related_list") and item["kind"] == "first" and crc(seed) % 3:
        related = outlet["related_list"][crc(seed + "r") % len(outlet["related_list"])]
    if related:
        paras.append(outlet.get("related_form", "Related: {r}").format(r=related))
    if item["tip"] and outlet.get("tipline"):
        paras.append(outlet["tipline"])
    year = str(item["day"].year)
    paras += [c.replace("{year}", year) if dated else c.replace("{year} ", "") for c in outlet["closing"]]
    writer = item["writer"] if item["writer"] is not None else outlet["writers"][crc(seed) % len(outlet["writers"])]
    tz = "E" if outlet["style"] == "wire" else city["tz"]
    line = None
    if dated:
        line = date_line(outlet["dateline"], item["day"], seed, item["earliest"], tz, city.get("dst", True))
    if outlet["format"] == "fm":
        head = ["---", f"title: {json.dumps(title, ensure_ascii=False)}"]
        if writer:
            head.append(f"author: {json.dumps(writer, ensure_ascii=False)}")
        if line:
            head.append(f"date: {line}")
        blocks = ["\n".join([*head, "---"])]
    else:
        blocks = [f"# {title}" if outlet["format"] == "mdh" else title]
        blocks += [b for b in (line, f"By {writer}" if writer else None) if b]
    return "\n\n".join(blocks + paras) + "\n"


# ---------------------------------------------------------------- main

def load(name: str) -> dict[str, Any]:
    with open(HERE / name, "rb") as f:
        return tomllib.load(f)


def build() -> tuple[list[tuple[str, dict[str, Any]]], list[Incident]]:
    cities, outlets = load("cities.toml"), load("outlets.toml")
    tpl, hand = load("templates.toml"), load("followed.toml")
    names = cities.pop("names")
    blocked: dict[str, set[date]] = {k: set() for k in cities}
    for rep in hand["roundup"]:
        d = date.fromisoformat(rep["date"])
        blocked[outlets[rep["outlet"]]["city"]].update(d + timedelta(days=k) for k in range(-5, 2))
    incs: list[Incident] = []
    for ck, city in cities.items():
        specs = [s for s in hand["incident"] if s["city"] == ck]
        incs += draw_city(ck, city, specs, outlets, tpl, names, blocked[ck])
    link(incs, cities)
    everything = sorted(items(incs, cities, outlets, tpl, hand),
                        key=lambda it: (it["event"], it["day"], it["outlet"], it["title"]))
    order = list(range(len(everything)))
    random.Random(SEED).shuffle(order)
    named = []
    for number, index in enumerate(order, 1):
        item = everything[index]
        ext = "txt" if outlets[item["outlet"]]["format"] == "txt" else "md"
        named.append((f"report-{number:04d}.{ext}", item))
    named.sort(key=lambda x: x[0])
    for folder, dated in (("with_dates", True), ("no_dates", False)):
        target = HERE / folder
        target.mkdir(exist_ok=True)
        for old in target.glob("report-*"):
            old.unlink()
        for name, item in named:
            text = page(item, outlets[item["outlet"]], cities[item["city"]], dated)
            (target / name).write_text(text, encoding="utf-8")
    gold = {name: item["event"] for name, item in named}
    (HERE / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    files: dict[str, list[str]] = {}
    for name, item in named:
        files.setdefault(item["event"], []).append(name)
    table = [{"id": i.id, "city": cities[i.city]["name"], "date": i.day.isoformat(),
              "time": f"{i.hour:02d}:{i.minute:02d}",
              "kind": i.kind, "place": i.place["name"], "street": i.place["street"], "hood": i.place["hood"],
              "victims": [f"{v.age} {v.sex} {v.fate}" + (f" ({v.name})" if v.name else "") for v in i.victims],
              "suspect": i.suspect, "followed": i.pinned, "reports": files.get(i.id, [])} for i in incs]
    (HERE / "incidents.json").write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return named, incs


def stats(named: list[tuple[str, dict[str, Any]]]) -> None:
    per_event = Counter(item["event"] for _, item in named)
    print(f"{len(named)} reports, {len(per_event)} shootings")
    hist = sorted(Counter(per_event.values()).items())
    print("reports per shooting:", ", ".join(f"{k}: {n}" for k, n in hist))
    print("single-report share: %.1f %%" % (100 * dict(hist).get(1, 0) / len(per_event)))
    print("kinds of report:", dict(Counter(item["kind"] for _, item in named)))
    print("outlets:", dict(sorted(Counter(item["outlet"] for _, item in named).items())))
    city_reports = Counter(item["city"] for _, item in named)
    city_events = Counter(next(it["city"] for _, it in named if it["event"] == e) for e in per_event)
    for c in city_reports:
        print(f"  {c}: {city_events[c]} shootings, {city_reports[c]} reports")
    print("extensions:", dict(Counter(name.rsplit(".", 1)[1] for name, _ in named)))
    for k in sorted(per_event, key=lambda e: -per_event[e])[:40]:
        if per_event[k] >= 4:
            print(f"  {per_event[k]} {k}")


if __name__ == "__main__":
    built, _ = build()
    if "--stats" in sys.argv:
        stats(built)
