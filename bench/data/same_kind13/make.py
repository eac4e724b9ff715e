"""Write the thirteenth same-kind corpus (shootings in eight invented US cities).

`python3 bench/data/same_kind13/make.py` rebuilds `with_dates/`, `no_dates/`, `gold.json` and
`incidents.json` from `cities.toml`, `outlets.toml` and `templates.toml` with a fixed seed, using the
standard library only. Output is byte for byte deterministic.
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
SEED = 1313
START, END = date(2013, 1, 1), date(2026, 10, 31)
KINDS = {"argument": 16, "driveby": 12, "robbery": 9, "found": 10, "domestic": 7, "party": 5, "stray": 4,
         "police": 4, "accidental": 3}
NUM = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight"]
ORD = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh"]
TZ = {"E": -5, "C": -6, "M": -7, "P": -8}
Inc = dict[str, Any]


def crc(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


def load(name: str) -> dict[str, Any]:
    with open(HERE / name, "rb") as f:
        return tomllib.load(f)


class Fill(dict[str, str]):
    def __missing__(self, key: str) -> str:
        if key.endswith("_cap"):
            return cap(self[key[:-4].lower()])
        raise KeyError(key)


def fill(t: str, ctx: dict[str, str]) -> str:
    return t.format_map(Fill(ctx))


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# ---------------------------------------------------------------- drawing shootings

def place_for(city: dict[str, Any], rng: random.Random, used: Counter[str]) -> dict[str, Any]:
    if rng.random() < 0.5:
        opts = [p for p in city["places"] if used[p.split("|")[0]] < 6]
        p = rng.choices(opts, [1 + 2 * used[o.split("|")[0]] for o in opts])[0]
        key, kind, name, hood, addr = p.split("|")
        used[key] += 1
        return {"key": key, "kind": kind, "name": name, "hood": hood, "street": addr.split(" ", 1)[1], "addr": addr}
    st = rng.choice(city["streets"])
    name, hood, blocks = st.split("|")
    block = rng.choice(blocks.split(","))
    return {"key": f"{name}/{block}", "kind": "street", "name": f"the {block} block of {name}", "hood": hood,
            "street": name, "addr": f"{block} {name}"}


def victims_for(kind: str, rng: random.Random, names: dict[str, Any]) -> list[dict[str, Any]]:
    n = rng.choices([1, 2, 3], [80, 15, 5])[0] if kind in ("party", "driveby") else 1
    out = []
    for _ in range(n):
        child = kind == "accidental" or (kind == "stray" and rng.random() < 0.5)
        age = rng.randint(3, 13) if child else rng.choice(
            [rng.randint(15, 29), rng.randint(16, 45), rng.randint(30, 78)])
        sex = "F" if kind == "domestic" or rng.random() < 0.18 else "M"
        fate = "killed" if rng.random() < (0.7 if kind in ("domestic", "found", "police") else 0.4) else "wounded"
        first = rng.choice(names["first_m" if sex == "M" else "first_f"])
        out.append({"age": age, "sex": sex, "fate": fate, "name": f"{first} {rng.choice(names['last'])}"})
    return out


def make_inc(ck: str, city: dict[str, Any], day: date, rng: random.Random, used: Counter[str],
             names: dict[str, Any], kind: str = "") -> Inc:
    kind = kind or rng.choices(list(KINDS), list(KINDS.values()))[0]
    return {"id": "", "city": ck, "date": day, "hour": rng.choice([0, 1, 2, 3, 13, 16, 19, 20, 21, 22, 23]),
            "minute": rng.randrange(0, 60, 5), "kind": kind, "place": place_for(city, rng, used),
            "victims": victims_for(kind, rng, names), "noage": rng.random() < 0.15, "cover": [], "story": [],
            "history": [], "week": None, "hand": ""}


def rand_day(rng: random.Random) -> date:
    return START + timedelta(days=rng.randrange((END - START).days - 20))


def holiday(kind: str, y: int) -> date:
    if kind == "memorial":
        d = date(y, 5, 31)
        return d - timedelta(days=d.weekday())
    if kind == "labor":
        d = date(y, 9, 1)
        return d + timedelta(days=(7 - d.weekday()) % 7)
    if kind == "thanks":
        d = date(y, 11, 1)
        return d + timedelta(days=(3 - d.weekday()) % 7 + 21)
    return {"july4": date(y, 7, 4), "xmas": date(y, 12, 25), "newyear": date(y, 1, 1),
            "easter": date(2026, 4, 5)}.get(kind, date(y, 12, 30))


def draw(cities: dict[str, Any], outlets: dict[str, Any], tpl: dict[str, Any],
         rng: random.Random) -> tuple[list[Inc], list[dict[str, Any]]]:
    names = tpl["names"]
    incs: list[Inc] = []
    used: dict[str, Counter[str]] = {ck: Counter() for ck in cities}
    for ck, city in cities.items():
        for _ in range(city["n"] - 4):
            incs.append(make_inc(ck, city, rand_day(rng), rng, used[ck], names))
    rounds: list[dict[str, Any]] = []
    for spec in tpl["roundups"]:
        ck, hk, y = spec["city"], spec["kind"], spec["year"]
        h = holiday(hk, y)
        members = []
        for j in range(spec["n"]):
            day = h + timedelta(days=-2 + j) if hk != "year" else date(y, 2 + 3 * j, 5 + 7 * j)
            inc = make_inc(ck, cities[ck], day, rng, used[ck], names, rng.choice(["argument", "driveby", "party"]))
            inc["victims"][0]["fate"] = "killed" if j == 0 or rng.random() < 0.4 else "wounded"
            inc["cover"] = [rng.choice([k for k, o in outlets.items() if o["city"] == ck])]
            members.append(inc)
        incs += members
        pub = h + timedelta(days=1 if hk != "year" else 0)
        rounds.append({"spec": spec, "members": members, "day": pub})
    for ck, pk, y, mo in (("rb", "bluenote", 2021, 3), ("qf", "millpondpark", 2024, 8)):
        inc = make_inc(ck, cities[ck], date(y, mo, 13), rng, used[ck], names, "party")
        p = next(x for x in cities[ck]["places"] if x.startswith(pk + "|")).split("|")
        inc["place"] = {"key": p[0], "kind": p[1], "name": p[2], "hood": p[3], "street": p[4].split(" ", 1)[1],
                        "addr": p[4]}
        inc["victims"] = [{"age": rng.randint(18, 55), "sex": rng.choice("MMF"),
                           "fate": "killed" if i < 4 else "wounded",
                           "name": f"{rng.choice(names['first_m'])} {rng.choice(names['last'])}"} for i in range(7)]
        inc["victims"][2]["sex"] = "F"
        inc["victims"][2]["name"] = f"{rng.choice(names['first_f'])} {rng.choice(names['last'])}"
        inc["noage"], inc["hand"], inc["hour"] = False, "mass", 23
        inc["cover"] = [k for k, o in outlets.items() if o["city"] == ck] + ["cpw"]
        inc["story"] = ["named", "vigil", "profile", "charges", "trial", "verdict", "sentence", "anniversary"]
        incs.append(inc)
    incs.sort(key=lambda i: (i["date"], i["hour"], i["city"], i["place"]["key"]))
    ids: set[str] = set()
    for inc in incs:
        base = f"{inc['city']}{inc['date'].year % 100:02d}-{inc['place']['key'].split('/')[0].split()[0].lower()}"
        inc["id"] = next(base + s for s in ["", "-b", "-c", "-d", "-e", "-f"] if base + s not in ids)
        ids.add(inc["id"])
    assign(incs, outlets, rng)
    return incs, rounds


STORIES = {
    "killed": [["named", "vigil", "arrest", "charges", "plea", "sentence"], ["named", "profile", "anniversary"],
               ["named", "arrest", "trial", "verdict", "sentence"], ["profile", "lawsuit"],
               ["vigil", "arrest", "charges"],
               ["named", "anniversary"]],
    "wounded": [["survivor", "arrest", "plea"], ["died", "arrest", "charges"], ["died", "vigil"]],
    "police": [["named", "nocharge", "lawsuit"]],
}


def assign(incs: list[Inc], outlets: dict[str, Any], rng: random.Random) -> None:
    followed = 0
    for inc in incs:
        mine = [k for k, o in outlets.items() if o["city"] == inc["city"]]
        if not inc["cover"]:
            n = rng.choices([1, 2, 3, 4], [60, 27, 9, 4])[0]
            pool = mine + (["cpw"] if any(v["fate"] == "killed" for v in inc["victims"]) else [])
            inc["cover"] = rng.sample(pool, min(n, len(pool)))
        v0 = inc["victims"][0]
        if not inc["hand"] and followed < 30 and len(inc["victims"]) == 1 and rng.random() < 0.09:
            group = "police" if inc["kind"] == "police" else v0["fate"]
            if inc["kind"] == "accidental":
                continue
            inc["story"] = list(rng.choice(STORIES[group]))
            inc["hand"] = "followed"
            followed += 1
            if len(inc["cover"]) == 1 and rng.random() < 0.6:
                inc["cover"].append(next(k for k in mine if k not in inc["cover"]))
    for inc in incs:
        key = inc["place"]["key"]
        inc["history"] = [p for p in incs if p["city"] == inc["city"] and p["place"]["key"] == key
                          and p["date"] < inc["date"]]
        near = [p for p in incs if p["city"] == inc["city"] and 0 < (inc["date"] - p["date"]).days <= 6
                and p["place"]["hood"] == inc["place"]["hood"]]
        inc["week"] = near[-1] if near else None


# ---------------------------------------------------------------- writing reports

def tod(inc: Inc) -> str:
    wd = f"{inc['date']:%A}"
    h = inc["hour"]
    return f"early {wd}" if h < 5 else f"{wd} afternoon" if h < 18 else f"{wd} night" if h >= 21 else f"{wd} evening"


def clock(inc: Inc) -> str:
    h, m = inc["hour"], inc["minute"]
    return f"{(h - 1) % 12 + 1}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}"


def vphrase(inc: Inc, short: bool = False) -> str:
    vs = inc["victims"]
    if len(vs) > 1:
        nk = sum(v["fate"] == "killed" for v in vs)
        if short:
            return f"{len(vs)} shot, {nk} killed" if nk else f"{len(vs)} people"
        return f"{NUM[len(vs)]} people" if len(vs) < 9 else f"{len(vs)} people"
    v = vs[0]
    noun = ("boy" if v["sex"] == "M" else "girl") if v["age"] < 16 else "teenager" if v["age"] < 18 else (
        "man" if v["sex"] == "M" else "woman")
    if inc["noage"] and v["age"] >= 16:
        return noun if short else f"a {noun}"
    return f"{v['age']}-year-old {noun}" if short else f"a {v['age']}-year-old {noun}"


def context(inc: Inc, city: dict[str, Any], tpl: dict[str, Any], r: random.Random) -> dict[str, str]:
    names = tpl["names"]
    v = inc["victims"][0]
    multi = len(inc["victims"]) > 1
    killed = any(x["fate"] == "killed" for x in inc["victims"])
    he = "they" if multi else "he" if v["sex"] == "M" else "she"
    place = inc["place"]
    at = f"in {place['name']}" if place["kind"] == "street" else f"at {place['name']}"
    nk = sum(x["fate"] == "killed" for x in inc["victims"])
    rel, relname = r.choice(names["relatives"]).split("|")
    last = v["name"].split()[-1]
    hobby, hobbies = r.choice(names["hobbies"]).split("|")
    age_word = ("boy" if v["sex"] == "M" else "girl") if v["age"] < 16 else ("man" if v["sex"] == "M" else "woman")
    sfirst = r.choice(names["first_m"])
    ctx = {
        "v": vphrase(inc), "vs": vphrase(inc, True), "fate": "was killed" if not multi and killed else
        "were shot" if multi else "was wounded", "fate_short": "killed" if killed else "wounded",
        "fate_adj": "dead" if killed and not multi else "hurt",
        "fate_left": "killed" if killed and not multi else "wounded",
        "fate_scanner": "was pronounced dead at the scene" if killed and not multi
        else "was taken to a hospital" if not multi
        else "were struck", "at": at, "atshort": at.replace("the ", "", 1) if place["kind"] == "street" else at,
        "hood": place["hood"], "tod": tod(inc), "clock": clock(inc), "city": city["name"],
        "state_full": city["state_full"],
        "police": city["police"], "spoke": city["spoke"], "chief": city["chief"], "coroner": cap(city["coroner"]),
        "coroner_short": city["coroner"].replace("the ", ""), "hospital": r.choice(city["hospitals"]),
        "county": city["county"], "prosecutor": city["prosecutor"], "pronoun": he, "pronoun_obj": "them" if multi else
        "him" if v["sex"] == "M" else "her", "pronoun_poss": "their" if multi else "his" if v["sex"] == "M" else "her",
        "wound": r.choice(["a gunshot wound to the chest", "gunshot wounds",
                            "a wound to the leg", "wounds to the torso"]),
        "car": r.choice(names["cars"]), "arg": r.choice(names["args"]), "nb": r.choice(names["neighbors"]),
        "yrs": str(r.randint(6, 40)), "place": place["name"], "street": place["street"], "nk": NUM[nk],
        "atcap": place["addr"].upper(), "suspect_short": "no arrest" if inc["kind"] != "domestic" else "suspect held",
        "name": v["name"], "first": v["name"].split()[0], "last": last, "age": str(v["age"]), "age_word": age_word,
        "relative": rel, "relname": f"{rel} {relname} {last}" if r.random() < 0.5 else f"{relname} {last}",
        "job": r.choice(names["jobs"]) if v["age"] > 17 else "a student", "kid": r.choice(["son", "daughter"]),
        "kidage": NUM[r.randint(2, 7)], "hobby": hobby, "hobby_pl": hobbies, "school": r.choice(names["schools"]),
        "trait": r.choice(names["traits"]), "teacher": f"{r.choice(names['first_f'])} {r.choice(names['last'])}",
        "crowd": str(r.choice([50, 80, 100, 200])), "vigil_at": f"at {place['name']}" if place["kind"] != "street" else
        f"on {place['street']}", "vigil_day": r.choice(["Sunday evening", "Friday night", "Tuesday"]),
        "color": r.choice(["purple", "blue and gold", "white"]), "suspect": f"{sfirst} {r.choice(names['last'])}",
        "sage": str(r.randint(17, 44)), "spronoun": "he", "arrest_day": r.choice(["Monday", "Thursday", "Saturday"]),
        "elsewhere": r.choice(["Memphis", "Tulsa", "Dayton", "Macon", "Spokane", "Wichita"]),
        "charge": r.choice(["first-degree murder", "second-degree murder", "murder"]),
        "bond": f"{r.randint(2, 20)}00,000",
        "lesser": r.choice(["second-degree murder", "voluntary manslaughter", "manslaughter"]),
        "years": str(r.choice([15, 22, 30, 40])), "lawyer": r.choice(names["lawyers"]), "hours": str(r.randint(3, 11)),
        "verdict_day": r.choice(["Wednesday", "Friday"]), "defendant": r.choice([f"the owners of {place['name']}",
        f"the City of {city['name']}", "the property's management company"]), "reward": f"{r.choice([5, 10, 25])},000",
        "died_when": r.choice(["Tuesday", "over the weekend", "late Sunday"]), "year": str(inc["date"].year),
        "kidline": "left a family behind", "gap": "", "nth_word": "second", "writer_or": "staff",
    }
    ctx["defendant_short"] = ctx["defendant"].replace("the owners of ", "")
    ctx["charge_short"] = ctx["charge"].split()[-1]
    ctx["suspect_last"] = ctx["suspect"].split()[-1]
    ctx["coroner_title"] = cap(city["coroner"].replace("the ", "").replace("'s Office", ""))
    ctx["when_title"] = f"in {place['hood']}"
    ctx["when_in"] = ""
    for k in list(ctx):
        ctx[cap(k) if k[0].islower() else k] = cap(ctx[k])
    ctx["V"], ctx["Vs"] = cap(ctx["v"]), cap(ctx["vs"])
    return ctx


def pick(pool: list[str], seed: str) -> str:
    return pool[crc(seed) % len(pool)]


def first_day(inc: Inc, city: dict[str, Any], tpl: dict[str, Any], key: str, o: dict[str, Any],
              j: int) -> tuple[str, list[str]]:
    r = random.Random(f"{SEED}/{inc['id']}")
    ctx = context(inc, city, tpl, r)
    s, sd = o["style"], f"{inc['id']}/{key}"
    killed = any(v["fate"] == "killed" for v in inc["victims"])
    multi = len(inc["victims"]) > 1
    if s in ("scanner", "wire"):
        title = pick(tpl["title"][s], sd)
    elif inc["history"] and crc(sd + "a") % 3 == 0:
        title = pick(tpl["title"]["again"], sd)
    elif inc["week"] and crc(sd + "w") % 2 == 0:
        title = pick(tpl["title"]["week"], sd)
    else:
        title = pick(tpl["title"]["killed" if killed and not multi else "wounded"], sd + str(j))
    if inc["hand"] == "mass":
        nk = sum(v["fate"] == "killed" for v in inc["victims"])
        title = [f"{nk} killed, {len(inc['victims']) - nk} wounded in shooting at {inc['place']['name']}",
                 f"Gunman opens fire at {inc['place']['name']}; {nk} dead", f"Mass shooting in {ctx['hood']}: "
                 f"{nk} dead, several hurt", f"{nk} dead after shooting at {city['state_full']} gathering"][j % 4]
    title = fill(title, ctx)
    paras = [fill(pick(tpl["lede"][s], sd), ctx)]
    if multi:
        extra = tpl["multi"]["outcome" if killed else "wounded"]
        paras.append(fill(pick(extra, sd), {**ctx, "nk_cap": cap(ctx["nk"])}))
    else:
        paras.append(fill(pick(tpl["call"]["x"], sd) + " " + pick(tpl["outcome"]["killed" if killed else "wounded"],
                                                                  sd + "o"), ctx))
        if inc["noage"] and inc["victims"][0]["age"] >= 16 and s != "scanner":
            paras[-1] += " " + fill(pick(tpl["outcome"]["noage"], sd), ctx)
    if s != "scanner" or crc(sd) % 2:
        paras.append(fill(pick(tpl["kind"][inc["kind"]], sd + "k"), ctx))
    if s in ("tv", "paper", "wire"):
        paras.append(fill(pick(tpl["quote"]["police"], sd + "q"), ctx))
    if s in ("paper", "community") or (s == "tv" and crc(sd) % 3 == 0):
        paras.append(fill(pick(tpl["quote"]["neighbor"], sd + "n"), ctx))
    if inc["history"] and s != "scanner":
        h = inc["history"]
        old = h[crc(sd) % len(h)]
        ov = old["victims"][0]
        if crc(sd + "h") % 3 == 0 and ov["fate"] == "killed":
            paras.append(fill(pick(tpl["recall"]["name"], sd), {**ctx, "old_name": ov["name"],
                              "old_age": str(ov["age"]),
                              "old_pron": "he" if ov["sex"] == "M" else "she", "old_fate": "and killed",
                              "old_year": str(old["date"].year), "place": inc["place"]["name"]}))
        else:
            years = ", ".join(sorted({str(p["date"].year) for p in h}))
            paras.append(fill(pick(tpl["recall"]["count"], sd), {**ctx, "nth": ORD[min(len(h) + 1, 7)],
                              "first_year": str(h[0]["date"].year), "years": years,
                              "Place": cap(inc["place"]["name"])}))
    if inc["week"] and s != "scanner":
        gap = (inc["date"] - inc["week"]["date"]).days
        paras.append(fill(pick(tpl["recall"]["week"], sd), {**ctx, "gap": NUM[gap]}))
    if s in ("tv", "paper", "community") and crc(sd + "t") % 3:
        paras.append(f"Anyone with information is asked to call {city['tips']}.")
    if o["format"] != "txt" and crc(sd + "c") % 2:
        paras.insert(1, fill(pick(tpl["caption"]["x"], sd), ctx))
    if inc["place"]["kind"] == "street":
        paras = [p.replace(f"at {inc['place']['name']}", f"in {inc['place']['name']}") for p in paras]
    return title, [p.replace("..", ".") for p in paras]


def follow_up(inc: Inc, city: dict[str, Any], tpl: dict[str, Any], stage: str, n: int) -> tuple[str, list[str]]:
    r = random.Random(f"{SEED}/{inc['id']}")
    ctx = context(inc, city, tpl, r)
    sd = f"{inc['id']}/{stage}"
    mo = f"{inc['date']:%B}"
    when = ["", f"last {mo}", f"in {inc['date'].year}", f"on {mo} {inc['date'].day}", ""][crc(sd) % 5]
    if stage in ("named", "died", "vigil"):
        when = ["", tod(inc), ""][crc(sd) % 3]
    ctx["when_in"] = when
    ctx["when_title"] = f"in {inc['date'].year} shooting" if crc(sd) % 2 and stage != "named" else f"in {ctx['hood']}"
    title = fill(pick(tpl["followup_title"][stage], sd), ctx)
    body = [fill(t, ctx).replace("  ", " ").replace(" ,", ",").replace(" .", ".") for t in tpl["followup"][stage]]
    if stage == "named":
        body.append(fill(pick(tpl["followup"]["named_more"], sd), ctx))
    if stage in ("arrest", "anniversary", "vigil") and crc(sd) % 2:
        body.append(f"Anyone with information is asked to call {city['tips']}.")
    if inc["hand"] == "mass" and stage == "named":
        dead = [v for v in inc["victims"] if v["fate"] == "killed"]
        body.insert(1, "The others killed were " + ", ".join(f"{v['name']}, {v['age']}" for v in dead[1:]) + ".")
    return title, body


def roundup(rd: dict[str, Any], cities: dict[str, Any], tpl: dict[str, Any]) -> tuple[str, list[str]]:
    spec, members = rd["spec"], rd["members"]
    city = cities[spec["city"]]
    paras = [fill(spec["intro"], {"city": city["name"], "n": NUM[len(members)], "chief": city["chief"],
                                  "mayor": city["mayor"]})]
    for j, inc in enumerate(members):
        ctx = context(inc, city, tpl, random.Random(f"{SEED}/{inc['id']}"))
        ctx["nth_word"] = ORD[min(j + 1, 7)]
        if spec["kind"] == "year":
            ctx["tod"] = ctx["Tod"] = f"on {inc['date']:%B} {inc['date'].day}"
            ctx["Tod_cap"] = cap(ctx["tod"])
        paras.append(fill(tpl["roundup"]["para"][j % 3], ctx))
    paras.append(f"{city['mayor']} said the city would add patrols. Anyone with information can call {city['tips']}.")
    return spec["title"], paras


# ---------------------------------------------------------------- dates, pages, main

OFFSETS = {"named": (2, 4), "vigil": (3, 7), "profile": (6, 14), "died": (4, 9), "survivor": (60, 300),
           "arrest": (12, 150), "charges": (2, 10), "plea": (150, 420), "trial": (300, 560), "verdict": (4, 9),
           "sentence": (40, 70), "lawsuit": (150, 400), "anniversary": (365, 366), "nocharge": (110, 200)}
CHAINED = {"charges", "verdict", "sentence", "plea", "trial"}


def date_line(fmt: str, day: date, seed: str, earliest: int, tz: str) -> str:
    n = crc(seed)
    h, m = earliest + n % (24 - earliest), (n // 64) % 60
    ap = "AM" if h < 12 else "PM"
    dst = date(day.year, 3, 10) <= day < date(day.year, 11, 3)
    zone = f"{tz}{'D' if dst else 'S'}T"
    d = day.day
    th = "th" if 10 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    if fmt == "iso":
        return f"{day.isoformat()}T{h:02d}:{m:02d}:00{TZ[tz] + dst:+03d}:00"
    if fmt == "date":
        return day.isoformat()
    return fmt.format(b=f"{day:%b}", B=f"{day:%B}", d=d, dd=f"{d:02d}", y=day.year, hm=f"{(h - 1) % 12 + 1}:{m:02d}",
                      AP=ap, ap="a.m." if h < 12 else "p.m.", aplow=ap.lower(), zone=zone, wd=f"{day:%a}",
                      A=f"{day:%A}", m=f"{day:%m}", th=th)


def titlecase(t: str) -> str:
    small = {"a", "an", "the", "and", "or", "for", "on", "at", "to", "by", "in", "of", "as"}
    return " ".join(w if i and w in small else cap(w) for i, w in enumerate(t.split(" ")))


def page(it: dict[str, Any], o: dict[str, Any], city: dict[str, Any], dated: bool) -> str:
    seed = f"{it['event']}/{it['outlet']}/{it['title']}"
    title = o["title"].format(t=titlecase(it["title"]) if o.get("titlecase") else it["title"])
    paras = list(it["paragraphs"])
    if o["style"] == "wire":
        paras[0] = f"{city['name'].upper()}, {city['state']} (CPW) — {paras[0]}"
    if o.get("video") and it["kind"] == "first":
        paras.insert(1, o["video"])
    paras += [c.replace("{year}", str(it["day"].year)) if dated else c.replace("{year} ", "") for c in o["closing"]]
    writer = o["writers"][crc(seed) % len(o["writers"])]
    line = date_line(o["dateline"], it["day"], seed, it["earliest"], "E" if o["city"] == "all" else city["tz"]) \
        if dated else None
    if o["format"] == "fm":
        head = ["---", f"title: {json.dumps(title, ensure_ascii=False)}"]
        if writer:
            head.append(f"author: {json.dumps(writer, ensure_ascii=False)}")
        if line:
            head.append(f"date: {line}")
        blocks = ["\n".join([*head, "---"])]
    else:
        blocks = [f"# {title}" if o["format"] == "mdh" else title]
        blocks += [b for b in (line, f"By {writer}" if writer else None) if b]
    return "\n\n".join(blocks + paras) + "\n"


def items(incs: list[Inc], rounds: list[dict[str, Any]], cities: dict[str, Any], outlets: dict[str, Any],
          tpl: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for inc in incs:
        city = cities[inc["city"]]
        for j, key in enumerate(inc["cover"]):
            title, paras = first_day(inc, city, tpl, key, outlets[key], j)
            late = inc["hour"] >= 21
            out.append({"event": inc["id"], "outlet": key, "kind": "first", "title": title, "paragraphs": paras,
                        "day": inc["date"] + timedelta(days=int(late)), "earliest": 6 if late else inc["hour"] + 1})
        day = inc["date"]
        mine = [k for k, o in outlets.items() if o["city"] == inc["city"]]
        for n, stage in enumerate(inc["story"]):
            lo, hi = OFFSETS[stage]
            base = day if stage in CHAINED else inc["date"]
            day = base + timedelta(days=lo + crc(inc["id"] + stage) % (hi - lo + 1))
            if day > END:
                break
            title, paras = follow_up(inc, city, tpl, stage, n)
            key = mine[crc(inc["id"] + stage + "o") % len(mine)]
            if stage == "died":
                inc["victims"][0]["fate"] = "wounded, died later"
            out.append({"event": inc["id"], "outlet": key, "kind": "followup", "title": title, "paragraphs": paras,
                        "day": day, "earliest": 8})
    for rd in rounds:
        title, paras = roundup(rd, cities, tpl)
        out.append({"event": rd["members"][0]["id"], "outlet": rd["spec"]["outlet"], "kind": "roundup", "title": title,
                    "paragraphs": paras, "day": rd["day"], "earliest": 9})
    return out


def main() -> None:
    cities, outlets, tpl = load("cities.toml"), load("outlets.toml"), load("templates.toml")
    rng = random.Random(SEED)
    incs, rounds = draw(cities, outlets, tpl, rng)
    everything = sorted(items(incs, rounds, cities, outlets, tpl), key=lambda i: (i["event"], i["day"], i["outlet"],
                                                                                  i["title"]))
    order = list(range(len(everything)))
    random.Random(SEED).shuffle(order)
    gold: dict[str, str] = {}
    files: dict[str, list[str]] = {}
    for folder in ("with_dates", "no_dates"):
        (HERE / folder).mkdir(exist_ok=True)
        for old in (HERE / folder).glob("report-*"):
            old.unlink()
    for number, index in enumerate(order, 1):
        it = everything[index]
        o = outlets[it["outlet"]]
        name = f"report-{number:04d}.{'txt' if o['format'] == 'txt' else 'md'}"
        city = cities[next(i["city"] for i in incs if i["id"] == it["event"])]
        for folder, dated in (("with_dates", True), ("no_dates", False)):
            (HERE / folder / name).write_text(page(it, o, city, dated), encoding="utf-8")
        gold[name] = it["event"]
        files.setdefault(it["event"], []).append(name)
    (HERE / "gold.json").write_text(json.dumps(dict(sorted(gold.items())), indent=1) + "\n", encoding="utf-8")
    facts = [{"id": i["id"], "city": cities[i["city"]]["name"], "state": cities[i["city"]]["state"],
              "date": i["date"].isoformat(), "time": f"{i['hour']:02d}:{i['minute']:02d}", "kind": i["kind"],
              "place": i["place"]["name"], "hood": i["place"]["hood"], "victims": i["victims"],
              "age_given": not i["noage"], "story": i["story"], "role": i["hand"] or "plain",
              "reports": sorted(files.get(i["id"], []))} for i in incs]
    (HERE / "incidents.json").write_text(json.dumps(facts, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    sizes = Counter(len(v) for v in files.values())
    kinds = Counter(i["kind"] for i in everything)
    print(len(everything), "reports,", len(incs), "incidents,", dict(sorted(sizes.items())), dict(kinds),
          Counter(n.rsplit(".", 1)[1] for n in gold))


if __name__ == "__main__":
    main()
