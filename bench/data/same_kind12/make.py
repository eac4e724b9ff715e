"""Write the twelfth same-kind corpus (shootings in nine invented US cities) from its sources.

`python3 bench/data/same_kind12/make.py` rebuilds `with_dates/`, `no_dates/`, `gold.json` and
`incidents.json` next to this script from `cities.toml`, `outlets.toml`, `phrases.toml`,
`cases.toml` and `roundups.toml`, with the standard library only, byte for byte the same on every
run. `cases.toml` pins the shootings that are followed for weeks or years, the two mass shootings
and the shootings the round-ups describe, with their hand-written reports; the other shootings of
each city are drawn with a fixed seed from its streets, places and people, and `wording.py` writes
their first-day reports from the sentence templates in each outlet's house style (and, for a few,
a short follow-up: the victim named days later, or a wounded victim's death). Every report then
gets its outlet's furniture: the outlet's name in the title, a byline, video, photo caption,
related and tip lines, closing lines.

`with_dates/` prints each report's date as its outlet does (a line under the title, or `date:` in
YAML front matter) and copyright lines carry the year; `no_dates/` has neither. The counts are
printed at the end, after checking both copies.
"""

from __future__ import annotations

import json
import random
import re
import tomllib
import zlib
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # mypy, run from the repository root, knows this folder by its package path
    from bench.data.same_kind12.facts import Shooting, Victim, draw_facts, draw_victims, weighted
    from bench.data.same_kind12.wording import first_report, later_report
else:  # run as a script, the sibling modules are on the path
    from facts import Shooting, Victim, draw_facts, draw_victims, weighted
    from wording import first_report, later_report

HERE = Path(__file__).resolve().parent
SEED = 1212
START, END = date(2014, 1, 1), date(2026, 11, 30)
KINDS = {  # weight, kinds of place where it happens
    "argument": (15, "bar club complex street park plaza motel gas rink"), "driveby": (12, "street complex park"),
    "robbery": (8, "street complex plaza gas park motel"), "holdup": (5, "gas store"),
    "found": (11, "street complex park motel plaza"), "domestic": (8, "street complex motel"),
    "party": (5, "street park hall rink"), "roadrage": (4, "road"), "stray": (5, "street complex"),
    "police": (5, "street complex motel plaza gas"), "selfdefense": (4, "street complex store gas bar club plaza"),
    "shotsinto": (7, "street complex"), "accidental": (3, "street complex"), "carjack": (4, "street plaza gas complex"),
}
SUSPECT = {"argument": "none3 car2 foot3 custody2 known1", "robbery": "none3 car3 foot3 custody1",
           "holdup": "car4 foot4 custody2", "driveby": "none4 car6", "domestic": "custody6 dead3 known1",
           "party": "none7 foot3", "roadrage": "car7 custody3", "stray": "none1", "police": "police1",
           "selfdefense": "scene1", "shotsinto": "none6 car4", "accidental": "accident1", "found": "none1",
           "carjack": "none1"}
STYLE_WEIGHT = {"tv": 4, "paper": 4, "community": 2, "scanner": 2, "radio": 2}
TZ = {"E": -4, "C": -5, "M": -6, "P": -7}  # UTC offsets in daylight saving time


def crc(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))


def slug(text: str) -> str:
    plain = text.lower().replace("ñ", "n").replace("é", "e").replace("the ", "")
    words = re.sub(r"[^a-z0-9 ]", "", plain).split()
    skip = ("avenue", "street", "road", "boulevard", "drive", "way", "lane", "northeast", "northwest")
    return "".join(w for w in words if w not in skip)[:14]


# ---------------------------------------------------------------- drawing shootings

def hour_for(kind: str, rng: random.Random) -> int:
    if kind in ("roadrage", "accidental", "holdup"):
        return rng.randint(8, 21)
    if kind == "party":
        return rng.choice([20, 21, 22, 23, 0, 1, 2])
    return rng.choice([0, 0, 1, 1, 2, 3, 4, 10, 13, 15, 16, 17, 18, 19, 20, 20, 21, 21, 22, 22, 23, 23])


def random_day(rng: random.Random, blocked: set[date]) -> date:
    span = (END - START).days
    while True:
        d = START + timedelta(days=rng.randrange(span))
        if (d.month in (5, 6, 7, 8) or d.weekday() >= 4 or rng.random() < 0.7) and d not in blocked:
            return d


def street_place(city: dict[str, Any], street: str, block: int) -> dict[str, Any]:
    hood = next(s[1] for s in city["streets"] if s[0] == street)
    return {"key": f"{slug(street)}{block}", "name": f"the {block} block of {street}", "kind": "street",
            "street": street, "number": block, "hood": hood}


def road_place(city: dict[str, Any], i: int) -> dict[str, Any]:
    road, exit_street = city["roads"][i]
    hood = next((s[1] for s in city["streets"] if s[0] == exit_street), city["name"])
    return {"key": slug(road), "name": road, "kind": "road", "street": road, "number": 0, "hood": hood,
            "road": [road, exit_street]}


def pinned(ck: str, city: dict[str, Any], spec: dict[str, Any]) -> Shooting:
    if "place" in spec:
        place = dict(next(p for p in city["places"] if p["key"] == spec["place"]))
    elif "road" in spec:
        place = road_place(city, spec["road"])
    else:
        place = street_place(city, spec["street"], spec["block"])
    vs = []
    names, scene, died = spec.get("names", []), spec.get("scene", []), spec.get("died", [])
    for i, text in enumerate(spec.get("victims", [])):
        age, sex, fate = text.split()
        vs.append(Victim(int(age), sex, fate, names[i] if i < len(names) else "", scene[i] if i < len(scene) else None,
                         "", died[i] if i < len(died) else ""))
    hh, mm = spec["time"].split(":")
    notes: dict[str, Any] = {k: spec[k] for k in ("facts", "titles", "extra") if k in spec}
    return Shooting(spec["id"], ck, date.fromisoformat(spec["date"]), int(hh), int(mm), spec["kind"], place, vs,
                    list(spec.get("cover", [])), spec.get("suspect", "none"), spec.get("named", False), True,
                    notes=notes)


def draw_city(ck: str, city: dict[str, Any], specs: list[dict[str, Any]], outlets: dict[str, Any],
              ph: dict[str, Any], names: dict[str, Any], blocked: set[date]) -> list[Shooting]:
    rng = random.Random(f"{SEED}/{ck}")
    shots = [pinned(ck, city, s) for s in specs]
    for s, spec in zip(shots, specs, strict=True):
        if "cover" not in spec:
            s.cover = cover_for(s, ck, outlets, rng)
    used = Counter(s.place["key"] for s in shots if s.place["kind"] not in ("street", "road"))
    taken = {(s.place["key"], s.day + timedelta(days=k)) for s in shots for k in range(-10, 11)}
    extra = city["n"] - len(shots)
    for n in range(extra):
        kind = rng.choices(list(KINDS), [w for w, _ in KINDS.values()])[0]
        where = KINDS[kind][1].split()
        day = random_day(rng, blocked)
        named = [p for p in city["places"] if p["kind"] in where and used[p["key"]] < 6
                 and not (p.get("closed") and p["closed"][0] <= day.isoformat() <= p["closed"][1])]
        twin, week = n == extra - 1, n == extra - 2
        if kind == "roadrage":
            place = road_place(city, rng.randrange(len(city["roads"])))
        elif named and rng.random() < 0.5 and not twin:
            p = rng.choices(named, [1 + 3 * (used[p["key"]] > 0) for p in named])[0]
            used[p["key"]] += 1
            place = dict(p)
        else:
            street = rng.choice(city["streets"])
            place = street_place(city, street[0], rng.choice(street[2]))
        vs = draw_victims(kind, rng)
        if twin:  # the same block, age and sex as an earlier drawn shooting, in another year
            model = next(s for s in reversed(shots) if not s.pinned and s.place["kind"] == "street"
                         and len(s.victims) == 1 and s.victims[0].age >= 16)
            place, kind = dict(model.place), rng.choice(["argument", "driveby", "robbery"])
            vs = [Victim(model.victims[0].age, model.victims[0].sex, rng.choice(["killed", "wounded"]))]
            years = [y for y in range(2014, 2027) if abs(y - model.day.year) in (2, 3, 4)]
            day = date(rng.choice(years), model.day.month, rng.randint(1, 28))
        if week:  # another shooting in the same neighbourhood a few days after an earlier one
            model = next(s for s in reversed(shots) if not s.pinned and s.place["kind"] == "street")
            hood = [x for x in city["streets"] if x[1] == model.place["hood"]]
            street = next((x for x in hood if x[0] != model.place["street"]), hood[0])
            block = next((b for b in street[2] if street_place(city, street[0], b)["key"] != model.place["key"]), 0)
            place = street_place(city, street[0], block or street[2][0] + 100)
            day = model.day + timedelta(days=rng.randint(2, 5))
        while (place["key"], day) in taken or day > END:
            day -= timedelta(days=11)
        taken.add((place["key"], day))
        s = Shooting("", ck, day, hour_for(kind, rng), rng.choice(range(0, 60, 5)), kind, place, vs, [],
                     weighted(rng, SUSPECT[kind]))
        if s.suspect == "dead" and vs[0].fate != "killed":
            s.suspect = "custody"
        s.cover = cover_for(s, ck, outlets, rng)
        for v in vs:
            if v.fate in ("killed", "critical"):
                v.name = f"{rng.choice(names['first_m' if v.sex == 'M' else 'first_f'])} {rng.choice(names['last'])}"
        if vs and vs[0].fate == "killed" and len(s.cover) > 1 and rng.random() < 0.3:
            s.named = True
        shots.append(s)
    shots.sort(key=lambda s: (s.day, s.hour, s.id))
    ids = {s.id for s in shots if s.id}
    for s in shots:
        if not s.id:
            base = f"{ck}{s.day.year % 100:02d}-{slug(s.place['street' if s.place['kind'] == 'street' else 'key'])}"
            s.id = next(base + x for x in ["", "-b", "-c", "-d", "-e"] if base + x not in ids)
            ids.add(s.id)
    for s in shots:
        draw_facts(s, city, ph, names, random.Random(f"{SEED}/{s.id}"))
    return shots


def cover_for(s: Shooting, ck: str, outlets: dict[str, Any], rng: random.Random) -> list[str]:
    killed = any(v.fate == "killed" for v in s.victims)
    weights = [63, 27, 8, 2] if killed else [85, 13, 2, 0] if s.victims else [93, 7, 0, 0]
    n = rng.choices([1, 2, 3, 4], weights)[0]
    mine = [k for k, o in outlets.items() if o["city"] == ck]
    wire = killed and (len(s.victims) > 1 or s.kind == "police" or s.victims[0].age < 13)
    pool = mine + (["arw"] if wire else [])
    w = [STYLE_WEIGHT.get(outlets[k]["style"], 3) for k in pool]
    chosen: list[str] = []
    while len(chosen) < min(n, len(pool)):
        k = rng.choices(pool, w)[0]
        if k not in chosen:
            chosen.append(k)
    return chosen


def link(shots: list[Shooting], cities: dict[str, Any]) -> None:
    """Earlier shootings at the same place or block, one days before in the neighbourhood, the year's count."""
    for s in shots:
        s.history = [p for p in shots if p.city == s.city and p.day < s.day and p.place["key"] == s.place["key"]
                     and p.place["kind"] != "road"]
        near = [p for p in shots if p.city == s.city and 0 < (s.day - p.day).days <= 6
                and p.place["hood"] == s.place["hood"]]
        s.week = near[-1] if near else None
    counts: Counter[tuple[str, int]] = Counter()
    for s in shots:
        if s.kind in ("police", "selfdefense", "accidental") or not any(v.fate == "killed" for v in s.victims):
            continue
        c = cities[s.city]
        total = c["homicide_years"].get(str(s.day.year)) or round(
            c["homicides"] * (0.75 + 0.5 * (crc(f"{s.city}{s.day.year}") % 100) / 100))
        nth = max(1, round(total * s.day.timetuple().tm_yday / 366), counts[(s.city, s.day.year)] + 1)
        counts[(s.city, s.day.year)] = s.nth = nth


def plan_later(shots: list[Shooting], outlets: dict[str, Any]) -> None:
    """A few drawn shootings get a short follow-up: the victim named days later, or a wounded victim's death."""
    for s in shots:
        rng = random.Random(f"{SEED}/later/{s.id}")
        mine = [k for k, o in outlets.items() if o["city"] == s.city and o["style"] in ("paper", "tv", "community")]
        if s.pinned or not s.cover or len(s.victims) != 1:
            continue
        v = s.victims[0]
        if v.fate == "killed" and not s.named and rng.random() < 0.08:
            s.later.append(("ident", rng.choice(mine), s.day + timedelta(days=rng.randint(1, 4))))
        elif v.fate == "critical" and rng.random() < 0.2:
            day = s.day + timedelta(days=rng.randint(2, 13))
            v.died = day.isoformat()
            s.later.append(("died", rng.choice(mine), day))


# ---------------------------------------------------------------- dates as printed

def summer(day: date) -> bool:
    """US daylight saving time: from the second Sunday of March to the first Sunday of November."""
    def sunday(month: int, nth: int) -> date:
        first = date(day.year, month, 1)
        return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1))
    return sunday(3, 2) <= day < sunday(11, 1)


def date_line(fmt: str, day: date, seed: str, earliest: int, tz: str, dst: bool) -> str:
    n = crc(seed)
    h, m = earliest + n % (24 - earliest), (n // 64) % 60
    on = dst and summer(day)
    if fmt in ("iso", "iso-time"):
        off = TZ[tz] - (0 if on else 1)
        return day.isoformat() if fmt == "iso" else f"{day.isoformat()}T{h:02d}:{m:02d}:00{off:+03d}:00"
    d = day.day
    fields = {"hm": f"{(h - 1) % 12 + 1}:{m:02d}", "AMPM": "AM" if h < 12 else "PM", "ap": "a.m." if h < 12 else "p.m.",
              "ampm": "am" if h < 12 else "pm", "zone": f"{tz}{'D' if on else 'S'}T", "b": f"{day:%b}",
              "B": f"{day:%B}",
              "bp": f"{day:%B}" if len(f"{day:%B}") <= 5 else f"{day:%b}." if day.month != 9 else "Sept.",
              "d": str(d), "dd": f"{d:02d}", "y": str(day.year), "yy": f"{day:%y}", "mm": f"{day:%m}",
              "wd": f"{day:%a}", "WD": f"{day:%A}", "HH": f"{h:02d}", "MM": f"{m:02d}",
              "th": "th" if 10 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")}
    return fmt.format(**fields)


# ---------------------------------------------------------------- reports

def timing(style: str, s: Shooting) -> tuple[int, int]:
    """Days after the shooting and the earliest hour a first-day report of it is posted."""
    late = {"scanner": 22, "tv": 20, "radio": 19, "paper": 12, "wire": 20, "community": 10}[style]
    if s.hour <= late:
        return 0, min(s.hour + 1 + (2 if style in ("paper", "wire") else 0), 23)
    return 1, 6 if style in ("scanner", "tv", "radio") else 8


def items(shots: list[Shooting], cities: dict[str, Any], outlets: dict[str, Any], ph: dict[str, Any],
          cases: dict[str, Any], roundups: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for s in shots:
        for j, key in enumerate(s.cover):
            style = outlets[key]["style"]
            title, paras, caption = first_report(s, cities[s.city], ph, j, key, style)
            offset, earliest = timing(style, s)
            out.append({"event": s.id, "outlet": key, "city": s.city, "kind": "first", "title": title,
                        "day": s.day + timedelta(days=offset), "earliest": earliest, "paragraphs": paras, "tip": True,
                        "related": None, "writer": None, "caption": caption})
        for kind, key, day in s.later:
            title, paras = later_report(s, kind, day, cities[s.city], ph, key)
            out.append({"event": s.id, "outlet": key, "city": s.city, "kind": "later", "title": title, "day": day,
                        "earliest": 8, "paragraphs": paras, "tip": True, "related": None, "writer": None,
                        "caption": None})
    for spec in cases["shooting"]:
        for rep in spec.get("report", []):
            out.append(hand_item(rep, spec["id"], spec["city"], rep.get("kind", "followup")))
    for rep in roundups["roundup"]:
        out.append(hand_item(rep, rep["gold"], outlets[rep["outlet"]]["city"], "roundup"))
    return out


def hand_item(rep: dict[str, Any], event: str, city: str, kind: str) -> dict[str, Any]:
    paras = [re.sub(r"\s*\n\s*", " ", p.strip()) for p in rep["body"].strip().split("\n\n")]
    return {"event": event, "outlet": rep["outlet"], "city": city, "kind": kind, "title": rep["title"],
            "day": date.fromisoformat(rep["date"]), "earliest": rep.get("after", 7), "paragraphs": paras,
            "tip": rep.get("tip", kind == "first"), "related": rep.get("related"), "writer": rep.get("writer"),
            "caption": rep.get("caption")}


SMALL = {"a", "an", "the", "and", "but", "or", "for", "nor", "on", "at", "to", "by", "in", "of", "as", "vs.", "from"}


def titlecase(t: str) -> str:
    words = t.split(" ")
    return " ".join(w.lower() if i and w.lower() in SMALL and not words[i - 1].endswith(":")
                    else "-".join(p[:1].upper() + p[1:] for p in w.split("-")) for i, w in enumerate(words))


def page(item: dict[str, Any], outlet: dict[str, Any], city: dict[str, Any], dated: bool) -> str:
    seed = f"{item['event']}/{item['outlet']}/{item['title']}"
    roll = crc(seed)
    head = titlecase(item["title"]) if outlet.get("titlecase") else item["title"]
    title = outlet["title"].format(t=head)
    paras = list(item["paragraphs"])
    first = item["kind"] == "first"
    if outlet["style"] == "wire" and item["kind"] != "roundup":
        paras[0] = f"{city['name'].upper()}, {city['state']} (ARW) — {paras[0]}"
    if outlet.get("caption") and item["caption"] and (not first or roll % 5 < 2):
        text = item["caption"]
        paras.insert(1, outlet["caption"].format(caption=text, slug=re.sub(r"[^a-z0-9]+", "-", text.lower())[:40]))
    if outlet.get("video") and item["kind"] != "roundup" and (first or roll % 2):
        paras.insert(1, outlet["video"] if first else outlet.get("video2", outlet["video"]))
    related = item["related"]
    if related is None and outlet.get("related_list") and first and roll % 3 == 0:
        related = outlet["related_list"][(roll // 3) % len(outlet["related_list"])]
    if related:
        paras.append(outlet.get("related_form", "Related: {r}").format(r=related))
    if outlet.get("checkback") and first and roll % 7 < 3:
        paras.append(outlet["checkback"])
    if item["tip"] and outlet.get("tipline"):
        paras.append(outlet["tipline"])
    year = str(item["day"].year)
    paras += [c.replace("{year}", year) if dated else c.replace("{year} ", "") for c in outlet["closing"]]
    writer = item["writer"] if item["writer"] is not None else outlet["writers"][roll % len(outlet["writers"])]
    tz = "E" if outlet["style"] == "wire" else city["tz"]
    line = ""
    if dated:
        line = date_line(outlet["dateline"], item["day"], seed, item["earliest"], tz, city.get("dst", True))
    if outlet["format"] == "fm":
        top = ["---", f"title: {json.dumps(title, ensure_ascii=False)}"]
        top += [f"author: {json.dumps(writer, ensure_ascii=False)}"] if writer else []
        top += [f"date: {line}"] if line else []
        blocks = ["\n".join([*top, "---"])]
    else:
        blocks = [f"# {title}" if outlet["format"] == "mdh" else title]
        blocks += [b for b in (line, f"By {writer}" if writer else "") if b]
    return "\n\n".join(blocks + paras) + "\n"


# ---------------------------------------------------------------- main

def load(name: str) -> dict[str, Any]:
    with open(HERE / name, "rb") as f:
        return tomllib.load(f)


def build() -> tuple[list[tuple[str, dict[str, Any]]], list[Shooting], dict[str, Any]]:
    cities, outlets, ph = load("cities.toml"), load("outlets.toml"), load("phrases.toml")
    cases, roundups = load("cases.toml"), load("roundups.toml")
    names = cities.pop("names")
    blocked: dict[str, set[date]] = {k: set() for k in cities}
    for rep in roundups["roundup"]:
        if rep.get("window", True):
            d = date.fromisoformat(rep["date"])
            blocked[outlets[rep["outlet"]]["city"]].update(d + timedelta(days=k) for k in range(-5, 2))
    shots: list[Shooting] = []
    for ck, city in cities.items():
        specs = [s for s in cases["shooting"] if s["city"] == ck]
        shots += draw_city(ck, city, specs, outlets, ph, names, blocked[ck])
    link(shots, cities)
    plan_later(shots, outlets)
    everything = sorted(items(shots, cities, outlets, ph, cases, roundups),
                        key=lambda it: (it["event"], it["day"], it["outlet"], it["title"]))
    order = list(range(len(everything)))
    random.Random(SEED).shuffle(order)
    named = []
    for number, index in enumerate(order, 1):
        item = everything[index]
        named.append((f"report-{number:04d}.{'txt' if outlets[item['outlet']]['format'] == 'txt' else 'md'}", item))
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
    write_incidents(named, shots, cities, roundups)
    return named, shots, roundups


def write_incidents(named: list[tuple[str, dict[str, Any]]], shots: list[Shooting], cities: dict[str, Any],
                    roundups: dict[str, Any]) -> None:
    files: dict[str, list[str]] = {}
    for name, item in named:
        files.setdefault(item["event"], []).append(name)
    rounds = {r["gold"]: r["title"] for r in roundups["roundup"]}
    told: dict[str, list[str]] = {}
    for r in roundups["roundup"]:
        for e in r["events"]:
            told.setdefault(e, []).append(r["fragment"])
    table = []
    for s in shots:
        vs = [f"{v.age} {v.sex} {v.fate}" + (f", died {v.died}" if v.died else "") + (f" ({v.name})" if v.name else "")
              for v in s.victims]
        row: dict[str, Any] = {"id": s.id, "city": f"{cities[s.city]['name']}, {cities[s.city]['state']}",
                               "date": s.day.isoformat(), "time": f"{s.hour:02d}:{s.minute:02d}", "kind": s.kind,
                               "place": s.place["name"], "street": s.place["street"], "hood": s.place["hood"],
                               "victims": vs, "suspect": s.suspect, "pinned": s.pinned, "reports": files.get(s.id, [])}
        if s.id in rounds:
            row["gold_of_roundup"] = rounds[s.id]
        if s.id in told:
            row["told_in_roundups"] = told[s.id]
        table.append(row)
    (HERE / "incidents.json").write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def check_and_count(named: list[tuple[str, dict[str, Any]]], shots: list[Shooting], roundups: dict[str, Any]) -> None:
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    titles = [(HERE / "no_dates" / name).read_text(encoding="utf-8").split("\n", 2)[:2] for name, _ in named]
    ids = {s.id for s in shots}
    assert set(gold) == {n for n, _ in named} and set(gold.values()) <= ids
    for name, _ in named:
        a = (HERE / "with_dates" / name).read_text(encoding="utf-8")
        b = (HERE / "no_dates" / name).read_text(encoding="utf-8")
        assert "\ndate:" not in b, name
        differ = [p for p in a.split("\n\n") if p not in b.split("\n\n")]
        assert len(differ) <= 2 and len(b.split("\n\n")) <= len(a.split("\n\n")), name
    for r in roundups["roundup"]:
        assert r["gold"] in r["events"] and set(r["events"]) <= ids, r["title"]
        assert sum(r["fragment"] in " ".join(top) for top in titles) == 1, r["fragment"]
    per = Counter(gold.values())
    kinds = Counter(it["kind"] for _, it in named)
    print(f"{len(named)} reports of {len(per)} shootings ({len(ids - set(per))} with no report of their own)")
    print("reports per shooting:", ", ".join(f"{k}: {n}" for k, n in sorted(Counter(per.values()).items())))
    print(f"one report: {100 * sum(1 for v in per.values() if v == 1) / len(per):.1f} %")
    print("kinds of report:", ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    firsts = Counter(Counter(it["event"] for _, it in named if it["kind"] == "first").values())
    print("first-day reports per shooting:", ", ".join(f"{k}: {n}" for k, n in sorted(firsts.items())))
    followed = {it["event"] for _, it in named if it["kind"] in ("followup", "later")}
    print(f"shootings with follow-ups: {len(followed)}"
          f" ({len({it['event'] for _, it in named if it['kind'] == 'followup'})} hand-written)")
    print("files:", dict(Counter(n.rsplit(".", 1)[1] for n, _ in named)))
    print("dates:", min(s.day for s in shots), "to", max(s.day for s in shots))


if __name__ == "__main__":
    built, all_shots, rounds = build()
    check_and_count(built, all_shots, rounds)
