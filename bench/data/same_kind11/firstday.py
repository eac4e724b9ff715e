"""Shootings' facts and first-day reports of the eleventh same-kind corpus, from sentence templates.

`make.py` draws each shooting (`Incident`); `victims_for()` and `draw_facts()` draw its victims and
facts once, so that all its outlets report the same ones; `report()` writes one outlet's first-day
report of it in that outlet's house style (tv, paper, wire, community, scanner), taking for every
sentence a different alternative from the one the shooting's other outlets took, so that the
reports of one shooting share their facts but not their words. Standard library only.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

WORDS = ["no", "one", "two", "three", "four", "five", "six"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
STANDARD = {"argument", "robbery", "holdup", "driveby", "domestic", "party", "roadrage", "stray", "found"}


@dataclass
class Victim:
    age: int
    sex: str  # "M" or "F"
    fate: str  # killed, critical, wounded, minor
    name: str = ""
    scene: bool | None = None  # died at the scene (None: not decided yet)
    wound: str = ""


@dataclass
class Incident:
    id: str
    city: str
    day: date
    hour: int
    minute: int
    kind: str
    place: dict[str, Any]
    victims: list[Victim]
    facts: dict[str, str]
    cover: list[str]
    suspect: str = "none"
    named: bool = False
    pinned: bool = False
    history: list[Incident] = field(default_factory=list)
    week: Incident | None = None
    nth: int = 0


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def ordinal(n: int) -> str:
    if n < 10:
        return ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"][n]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def clock(hour: int, minute: int) -> str:
    if (hour, minute) == (0, 0):
        return "midnight"
    if (hour, minute) == (12, 0):
        return "noon"
    half = "a.m." if hour < 12 else "p.m."
    h = (hour - 1) % 12 + 1
    return f"{h} {half}" if minute == 0 else f"{h}:{minute:02d} {half}"


def noun(v: Victim) -> str:
    if v.age < 13:
        return "boy" if v.sex == "M" else "girl"
    if v.age < 18:
        return "boy" if v.sex == "M" else "girl"
    return "man" if v.sex == "M" else "woman"


def title_noun(v: Victim) -> str:
    if v.age < 13:
        return "child" if v.age < 5 else noun(v)
    return "teen" if v.age < 18 else noun(v)


def describe(v: Victim) -> str:
    """A victim as a first report describes them: "a 24-year-old man"."""
    return f"a {v.age}-year-old {noun(v)}" if v.age not in (8, 11, 18) else f"an {v.age}-year-old {noun(v)}"


def plural(vs: list[Victim]) -> str:
    if all(v.age >= 18 for v in vs) and len({v.sex for v in vs}) == 1:
        return "men" if vs[0].sex == "M" else "women"
    if all(13 <= v.age < 18 for v in vs):
        return "teenagers"
    if len(vs) == 2 and {v.sex for v in vs} == {"M", "F"} and all(v.age >= 18 for v in vs):
        return "man and woman"
    return "people"


def weighted(rng: random.Random, spec: str) -> str:
    items = [(re.sub(r"\d+$", "", w), int(re.sub(r"^\D+", "", w))) for w in spec.split()]
    return rng.choices([k for k, _ in items], [n for _, n in items])[0]


def victims_for(kind: str, rng: random.Random) -> list[Victim]:
    def v(lo: int, hi: int, male: float, fates: str) -> Victim:
        return Victim(rng.randint(lo, hi), "M" if rng.random() < male else "F", weighted(rng, fates))
    fates = "killed45 critical20 wounded30 minor5"
    if kind == "shotsinto":
        return []
    if kind == "party":
        vs = [v(15, 25, 0.7, "killed20 critical20 wounded55 minor5") for _ in range(rng.choice([1, 2, 2, 3, 4]))]
    elif kind == "driveby":
        vs = [v(14, 35, 0.8, fates) for _ in range(rng.choice([1, 1, 1, 2, 2, 3]))]
    elif kind == "argument":
        vs = [v(18, 45, 0.9, fates) for _ in range(rng.choice([1, 1, 1, 1, 1, 2]))]
    elif kind == "domestic":
        vs = [v(22, 55, 0.2, "killed65 critical20 wounded15")]
    elif kind == "stray":
        lo, hi, male = rng.choice([(4, 12, 0.5), (50, 80, 0.2), (30, 70, 0.7)])
        vs = [v(lo, hi, male, "killed25 critical30 wounded45")]
    elif kind == "accidental":
        vs = [v(2, 14, 0.7, "killed35 critical35 wounded30") if rng.random() < 0.8 else v(18, 40, 0.9, "wounded1")]
    elif kind == "police":
        vs = [v(18, 50, 1.0, "killed55 critical15 wounded30")]
    elif kind == "selfdefense":
        vs = [v(17, 40, 1.0, "killed50 critical20 wounded30")]
    elif kind == "found":
        vs = [v(17, 50, 0.85, "killed75 critical25")]
    else:
        vs = [v(16, 68, 0.8, fates)]
    for i, x in enumerate(vs):
        while x.age in {y.age for y in vs[:i]}:
            x.age += 1
    return vs


def draw_facts(inc: Incident, city: dict[str, Any], tpl: dict[str, Any], names: dict[str, Any],
               rng: random.Random, over: dict[str, str]) -> None:
    """The shooting's facts, drawn once so that every outlet reports the same ones."""
    fx, pl, vs = tpl["facts"], inc.place, inc.victims
    he = "he" if not vs or vs[0].sex == "M" else "she"
    base = {"he": he, "his": "his" if he == "he" else "her", "His": "His" if he == "he" else "Her",
            "street": pl["street"], "cross": rng.choice(city["cross"])}
    f: dict[str, str] = {"cross": base["cross"], "hospital": rng.choice(city["hospitals"])}
    for key in ("getcar", "direction", "robbers", "loot", "role", "car", "casings", "shots", "kids", "crowd", "cause",
                "trigger", "car2", "source", "gun_source", "shooter_acc", "gun_t", "found_where", "call",
                "custody_where", "near"):
        f[key] = rng.choice(fx[key]).format(**base)
    f["Kids"] = f.pop("kids")
    f["inside"], f["wall"] = rng.choice(fx["inside"][:4] if vs and vs[0].age >= 18 else fx["inside"][1::3])
    if vs and vs[0].age >= 18:
        f["shooter_acc"] = rng.choice(fx["shooter_adult"])
        f["gun_source"] = rng.choice(fx["gun_source"][1:])
    if inc.kind == "roadrage":
        f["custody_where"] = rng.choice(["after a traffic stop a few miles away", "at his home hours later"])
    f["Robbers"] = cap(f["robbers"])
    f["Role"] = cap(f["role"])
    f["topic"], f["topic_t"] = rng.choice(fx["topic"])
    f["party"], f["party_t"] = rng.choice(fx["party"])
    f["Party_t"] = cap(f["party_t"])
    rel = rng.choice(fx["rel_f"] if he == "she" else fx["rel_m"])
    f["rel"], f["rel_t"], f["sus_noun"] = rel
    f["Rel_t"] = cap(rel[1])
    f["dom_t"] = {"custody": "arrested", "dead": "found dead", "known": "sought"}.get(inc.suspect, "sought")
    f["call_type"], f["call_t"] = rng.choice(fx["police_call"])
    f["armed"], f["armed_t"] = rng.choice(fx["armed"])
    f["officers"], f["were_o"] = rng.choice(fx["officers"])
    f["Officers"] = f["Officers_cap"] = cap(f["officers"])
    kind_of_place = pl["kind"]
    defenders = [d for d in fx["defender"] if kind_of_place in d[5].split()] or fx["defender"][:1]
    d = rng.choice(defenders)
    f.update(defender=d[0], defender_word=d[1], defender_t=d[1], Defender_t=d[2], intrusion=d[3], intrusion2=d[3],
             intruder_t=d[4], Intruder_t_cap=cap(d[4]), Defender=cap(d[0]))
    occ = rng.choice(fx["occupants"])
    f["occupants"], f["occupants_t"], f["Occupants"] = occ[0], occ[1], cap(occ[0])
    f["home"], f["home_t"] = ("an apartment", "apartment") if kind_of_place == "complex" else rng.choice(
        [("a house", "house"), ("a duplex", "duplex"), ("a house", "home"), ("a mobile home", "mobile home")])
    doing = tpl["spots"]["doing"].get(kind_of_place, tpl["spots"]["doing"]["default"])
    f["doing"] = rng.choice(doing).format(**base)
    f["sus_age"] = str(rng.randint(17, 44))
    sex = rng.choice("MF")
    lasts = [n for n in names["last"] if not any(v.name.endswith(" " + n) for v in vs)]
    f["nb"] = f"{rng.choice(names['first_m' if sex == 'M' else 'first_f'])} {rng.choice(lasts)}"
    f["nb_she"] = "he" if sex == "M" else "she"
    f["yrs"] = str(rng.randint(4, 40))
    if inc.suspect == "car":
        getaway = f"drove off in {f['getcar']}"
    elif inc.suspect == "foot":
        getaway = f"ran off {f['direction']}"
    elif inc.suspect == "custody":
        getaway = f"was arrested {f['custody_where']}"
    else:
        getaway = rng.choice(fx["getaway_vague"])
    f["getaway"] = getaway
    if kind_of_place == "road":
        road, exit_street = pl["road"]
        f.update(road=road, road_t=cap(road.removeprefix("the ")), exit=f"the {exit_street} exit",
                 exit_t=exit_street)
        spot = f"on {road} near the {exit_street} exit"
    else:
        sp = tpl["spots"]
        inside = inc.kind in ("domestic", "stray", "accidental") or (inc.kind == "selfdefense" and d[1] in (
            "homeowner", "woman"))
        if inc.kind == "found" and kind_of_place in tpl["found_spots"]:
            f["found_where"], spot_t = rng.choice(tpl["found_spots"][kind_of_place])
            options = [spot_t]
        elif inc.kind == "selfdefense" and d[1] in ("motorist", "guard"):
            options = ["in the {block} block of {street}"] if kind_of_place == "street" else [
                "in the parking lot of {pn}", "outside {pn}"]
        elif inc.kind == "driveby" and kind_of_place != "street":
            options = ["in the parking lot of {pn}"]
            f["doing"] = rng.choice(["sitting in a parked car", "standing next to a car",
                                     f"walking to {base['his']} car"])
        elif inside and kind_of_place in ("complex", "street", "motel"):
            options = sp["inside_" + kind_of_place]
        elif inc.kind in ("holdup",) or (inc.kind == "selfdefense" and d[1] == "clerk"):
            options = ["inside {pn}"]
        else:
            options = sp[kind_of_place]
        spot = rng.choice(options).format(pn=pl["name"], block=pl["number"], street=pl["street"], cross=f["cross"])
        if kind_of_place not in ("street",) and pl["street"] not in spot and rng.random() < 0.5:
            spot += f" on {pl['street']}"
    f["spot"] = spot
    if inc.kind == "driveby":
        f["getcar"] = f["car"]
    if inc.kind == "roadrage":
        f["getcar"] = f["car2"]
    for v in vs:
        wound = rng.choice(fx["wound_killed"] if v.fate == "killed" else fx["wound_hurt"])
        scene = v.fate == "killed" and rng.random() < 0.55
        v.wound = v.wound or wound
        v.scene = scene if v.scene is None else v.scene
    f.update(over)
    inc.facts = f


class Writer:
    """Writes the first-day reports of one shooting; `j` is the outlet's place among the
    shooting's outlets, so that each outlet gets its own wording."""

    def __init__(self, inc: Incident, city: dict[str, Any], tpl: dict[str, Any], j: int, okey: str) -> None:
        self.inc, self.city, self.tpl, self.j = inc, city, tpl, j
        self.rng = random.Random(f"{inc.id}/{okey}")

    def pick(self, options: list[str], key: str) -> str:
        if self.inc.suspect in ("custody", "scene", "dead"):
            options = [o for o in options if "looking for" not in o and "searching for" not in o] or options
        order = list(range(len(options)))
        random.Random(f"{self.inc.id}/{key}").shuffle(order)
        return options[order[self.j % len(order)]]

    def fields(self) -> dict[str, str]:
        inc, c = self.inc, self.city
        vs, pl = inc.victims, inc.place
        f: dict[str, str] = dict(inc.facts)
        year = inc.day.year
        spokes = next(s[0] for s in c["spokes"] if s[1] <= year <= s[2])
        f.update(city=c["name"], state=c["state"], state_full=c["state_full"], police=c["police"], dept=c["dept"],
                 spokes=spokes, chief=c["chief"], examiner=c["examiner"], prosecutor=c["prosecutor"],
                 investigators=c["investigators"], county=c["county"],
                 examiner_short=c["examiner"].removeprefix("the "))
        wd = f"{inc.day:%A}"
        h = inc.hour
        if h < 5:
            whens = [f"early {wd}", f"early {wd} morning", f"in the early hours of {wd}"]
            f["wd_daypart"] = f"early {wd}"
        elif h < 12:
            whens = [f"{wd} morning", f"on {wd} morning"]
            f["wd_daypart"] = f"{wd} morning"
        elif h < 17:
            whens = [f"{wd} afternoon", f"on {wd} afternoon"]
            f["wd_daypart"] = f"{wd} afternoon"
        elif h < 20:
            whens = [f"{wd} evening", f"early {wd} evening"]
            f["wd_daypart"] = f"{wd} evening"
        else:
            whens = [f"late {wd}", f"{wd} night", f"late {wd} night"]
            f["wd_daypart"] = f"{wd} night"
        f["when"] = self.pick(whens, "when")
        f["when_t"] = f["wd_daypart"]
        f["wd"] = wd
        approx = self.pick(["about", "around", "approximately"], "approx")
        t = clock(h, inc.minute)
        f["clock_bare"] = t
        f["at_clock"] = f"{'at ' + approx + ' ' + t if t not in ('midnight', 'noon') else 'at ' + t} {wd}"
        # the place
        pn, street = pl["name"], pl["street"]
        short = pn.removeprefix("the ")
        f.update(hood=pl["hood"], street=street, pn=pn, block=str(pl["number"]))
        f["in_hood"] = f"in {pl['hood']}"
        f["blockp"] = f"the {pl['number']} block of {street}"
        wheres: list[str]
        if pl["kind"] == "road":
            wheres = [f"on {f['road_t']}", f"in {c['name']}"]
            f["scan_t"] = f"{f['road_t']} near {f['exit_t']}"
            f["scanloc"] = f"{f['road_t']} at {f['exit_t']}"
            f["spot_short"] = f"on {f['road']}"
        elif pl["kind"] == "street":
            wheres = [f"on {street}", f"in {pl['hood']}"]
            f["scan_t"] = f"{pl['number']} block of {abbrev(street)}"
            f["scanloc"] = f"{pl['number']} block of {abbrev(street)}, {pl['hood']}"
            f["spot_short"] = self.pick([f"in the {pl['number']} block of {street}", f"on {street}"], "spot_short")
        else:
            wheres = [f"at {short}", f"on {street}", f"in {pl['hood']}"]
            f["scan_t"] = short
            f["scanloc"] = f"{short}, {pl['number']} {abbrev(street)}"
            f["spot_short"] = f"at {pn}"
        f["where_t"] = self.pick(wheres, "where_t")
        f["place_t"] = short
        f["place_name"] = pn
        f["place_gen"] = self.tpl["spots"]["generic"][pl["kind"]].split(" ", 1)[1].removeprefix("a ").removeprefix(
            "an ").removeprefix("the ")
        gen = self.tpl["spots"]["generic"][pl["kind"]]
        if inc.kind in ("domestic", "stray", "accidental") and pl["kind"] in ("street", "complex"):
            gen = "inside a home" if pl["kind"] == "street" else "inside an apartment"
        f["spot_gen"] = f"{gen} in {c['name']}"
        f["at_gen_t"] = gen.replace(" a ", " ").replace(" an ", " ")
        f["Hood"] = cap(pl["hood"])
        # the people
        self.victim_fields(f, vs)
        f.update(nb=inc.facts.get("nb", ""), nb_she=inc.facts.get("nb_she", "she"))
        f["Nb"] = f["nb"]
        f["shoot_t"] = "shoot, kill" if vs and vs[0].fate == "killed" else "shoot, wound"
        f["shoots_t"] = "shoots, kills" if vs and vs[0].fate == "killed" else "shoots, wounds"
        f["Police_t"] = c["name"]
        f["suspect_t"] = {"car": "shooter sought", "foot": "gunman sought", "custody": "suspect in custody",
                          "known": "police seek shooter"}.get(inc.suspect, "no arrests")
        f["CAPS"] = self.pick(self.caps(), "caps")
        f["CAPS_t"] = f["CAPS"].capitalize()
        f["nth"] = ordinal(inc.nth) if inc.nth else ""
        for k in list(f):
            if k[:1].islower() and cap(k) not in f:
                f[cap(k)] = cap(f[k])
        f["why"] = self.pick(self.tpl["why"].get(inc.kind, [""]), "why").format(**f)
        f["outcome"] = self.outcome(vs, f) if vs else ""
        return f

    def victim_fields(self, f: dict[str, str], vs: list[Victim]) -> None:
        if not vs:
            f.update(vic="", vic_short="", noun="", noun_a="", S="", fate_v="", fate_t="", state_adj="", state_t="",
                     shot_verb="shot", hit="hit", he="they", him="them", his="their", was="were", age="")
            return
        killed = [v for v in vs if v.fate == "killed"]
        if len(vs) == 1:
            v = vs[0]
            he = "he" if v.sex == "M" else "she"
            f.update(he=he, him="him" if he == "he" else "her", his="his" if he == "he" else "her", was="was",
                     age=str(v.age), noun=noun(v), noun_a=title_noun(v))
            f["vic"] = self.pick([describe(v), describe(v), f"a {noun(v)}, {v.age},"], "vic")
            f["vic_short"] = f"the {noun(v)}"
            f["name"] = v.name
            f["found_t"] = "found shot to death" if v.fate == "killed" else "found shot"
            f["n_shot"], f["N_shot"] = "1", "One"
            f["S"] = self.pick([f"{cap(title_noun(v))}, {v.age},", f"{v.age}-year-old {title_noun(v)}",
                                cap(title_noun(v))], "S")
            fates = self.tpl["fate"]
            f["fate_v"] = self.pick(fates[v.fate], "fate_v")
            f["fate_t"] = self.pick(fates["t_" + v.fate], "fate_t")
            f["state_adj"] = {"killed": "dead", "critical": "in critical condition", "wounded": "wounded",
                              "minor": "with a minor wound"}[v.fate]
            f["state_t"] = {"killed": "dead", "critical": "critically hurt", "wounded": "wounded",
                            "minor": "with minor wound"}[v.fate]
            f["hit"] = {"killed": "killed", "critical": "critically wounded", "wounded": "wounded",
                        "minor": "grazed"}[v.fate]
            f["wound"] = v.wound
        else:
            n, pl = len(vs), plural(vs)
            word = WORDS[n] if n < len(WORDS) else str(n)
            f.update(he="they", him="them", his="their", was="were", age=str(vs[0].age), noun=pl)
            f["vic"] = "a man and a woman" if pl == "man and woman" else f"{word} {pl}"
            f["vic_short"] = "the victims" if pl in ("people", "man and woman") else f"the {word} {pl}"
            f["noun_a"] = f"{n} {'people' if pl == 'man and woman' else pl}"
            f["S"] = cap(f["noun_a"])
            k = len(killed)
            if k == n:
                f["fate_v"], f["fate_t"], f["state_adj"] = "were shot and killed", "killed", "dead"
            elif k:
                one = "one of them" if k == 1 else f"{WORDS[k]} of them"
                f["fate_v"] = self.pick([f"were shot, {one} fatally,", f"were shot, and {WORDS[k]} died,"], "fate_v")
                f["fate_t"], f["state_adj"] = "shot", f"wounded, {one} fatally"
            else:
                f["fate_v"] = self.pick(["were shot", "were wounded", "were hit by gunfire"], "fate_v")
                f["fate_t"], f["state_adj"] = "wounded", "wounded"
            f["state_t"] = f["state_adj"]
            f["hit"] = "hit"
            f["n_shot"], f["N_shot"] = str(n), cap(word)
            f["n_people"], f["N_people"] = f"{word} people", f"{cap(word)} people"
            crit = any(v.fate == "critical" for v in vs)
            f["n_dead_t"] = f"{k} dead" if k else ("1 critically hurt" if crit else "none seriously hurt")
        f["shot_verb"] = "shot and killed" if killed and len(killed) == len(vs) else "shot"
        f["shot_verb_bare"] = "killing" if killed else "wounding"
        f["deadly_"] = "deadly " if killed else ""
        f["Deadly"] = "Deadly " if killed else ""
        f["violent"] = "deadly" if killed else "violent"
        f["Violent_cap"] = cap(f["violent"])
        f["hit_t"] = "kill" if killed else "wound"
        f["hits_t"] = "kills" if killed else "wounds"
        f["fate_police"] = "was shot and killed" if killed else "was shot and wounded"
        f["Person"] = cap(f["noun_a"]) if len(vs) == 1 else f"{len(vs)} people"
        f["person"] = f["Person"].lower()

    def outcome(self, vs: list[Victim], f: dict[str, str]) -> str:
        o = self.tpl["outcome"]
        if len(vs) == 1:
            v = vs[0]
            key = ("killed_scene" if v.scene else "killed_hosp") if v.fate == "killed" else v.fate
            return self.pick(o[key], "outcome").format(**f)
        groups: dict[str, list[Victim]] = {}
        for v in vs:
            key = ("killed_scene" if v.scene else "killed_hosp") if v.fate == "killed" else v.fate
            groups.setdefault(key, []).append(v)
        clauses = []
        for key, group in groups.items():
            if len(group) == 1:
                clauses.append(self.pick(o["m_" + key], f"outcome{key}").format(**{**f, "age": str(group[0].age)}))
            else:
                ages = [str(v.age) for v in group]
                both = " and ".join([", ".join(a + "-" for a in ages[:-1]), ages[-1] + "-year-olds"])
                clauses.append(f"the {both} " + self.pick(o["p_" + key], f"outcome{key}").format(**f))
        text = clauses[0] if len(clauses) == 1 else ", ".join(clauses[:-1]) + " and " + clauses[-1]
        return cap(text) + "."

    def caps(self) -> list[str]:
        inc = self.inc
        if inc.kind == "police":
            return ["OFFICER-INVOLVED SHOOTING", "POLICE SHOOTING"]
        if inc.kind == "shotsinto":
            return ["SHOTS FIRED INTO HOME", "SHOTS FIRED"]
        if inc.kind == "roadrage":
            return ["ROAD RAGE SHOOTING", "SHOOTING ON THE HIGHWAY"]
        if inc.kind == "accidental":
            return ["ACCIDENTAL SHOOTING", "CHILD SHOT" if inc.victims[0].age < 13 else "PERSON SHOT"]
        if any(v.fate == "killed" for v in inc.victims):
            return ["FATAL SHOOTING", "SHOOTING, ONE DEAD" if len(inc.victims) == 1 else "SHOOTING, MULTIPLE VICTIMS"]
        return ["SHOOTING", "PERSON SHOT" if len(inc.victims) == 1 else "MULTIPLE PEOPLE SHOT"]

    def title(self, style: str, f: dict[str, str]) -> str:
        t, kind, vs = self.tpl["title"], self.inc.kind, self.inc.victims
        if style == "scanner":
            options = t["scanner"] if vs else [x for x in t["scanner"] if "erson" not in x]
        elif kind not in STANDARD:
            options = t[kind]
        elif len(vs) > 1:
            options = t["multi"] + (t["party"] if kind == "party" else [])
        elif style == "wire":
            options = t["wire"]
        else:
            options = t[kind] + t["generic"]
        if style == "wire" and options is not t["wire"]:
            where = f"in {f['state_full']}" if kind not in STANDARD else f"in {f['city']}, {f['state_full']}"
            f = {**f, "where_t": where}
        title = self.pick(options, "title").format(**f)
        return re.sub(r"\s+", " ", title).strip()

    def sentences(self, key: str, f: dict[str, str]) -> str:
        return self.pick(key_list(self.tpl, key), key).format(**f)

    def history(self, f: dict[str, str]) -> str | None:
        inc, h = self.inc, self.tpl["history"]
        if inc.week is not None and self.rng.random() < 0.8:
            gap = (inc.day - inc.week.day).days
            return self.pick(h["week"], "week").format(**{**f, "gap_days": WORDS[gap] if gap < 7 else str(gap)})
        prior = inc.history
        if not prior:
            return None
        last = prior[-1]
        pf = dict(f)
        pf["prev_year"] = str(last.day.year)
        pf["prev_when"] = f"{MONTHS[last.day.month - 1]} {last.day.year}"
        pf["place_word"] = {"complex": "complex", "bar": "bar", "club": "club", "park": "park", "gas": "gas station",
                            "store": "store", "motel": "motel", "plaza": "shopping center", "hall": "hall",
                            "bowling": "bowling alley"}.get(inc.place["kind"], "block")
        pf["nth_place"] = ordinal(len(prior) + 1)
        pf["first_year"] = str(prior[0].day.year)
        if inc.place["kind"] == "street":
            if not last.victims:
                return None
            pf["prev_vic"], pf["prev_fate"] = describe(last.victims[0]), self.tpl["fate"][last.victims[0].fate][0]
            return self.pick(h["block"], "block").format(**pf)
        named = [p for p in prior if p.victims and p.victims[0].fate == "killed" and p.victims[0].name]
        r = self.rng.random()
        if named and r < 0.45:
            p = named[-1]
            pv = p.victims[0]
            pf.update(prev_name=pv.name, prev_age=str(pv.age), prev_year=str(p.day.year),
                      prev_he_she="he" if pv.sex == "M" else "she")
            pf["Prev_name"] = pv.name
            return self.pick(h["place_name_prev"], "pnp").format(**pf)
        if last.victims and r < 0.75:
            pf["prev_vic"], pf["prev_fate"] = describe(last.victims[0]), self.tpl["fate"][last.victims[0].fate][0]
            return self.pick(h["place_prev"], "pp").format(**pf)
        return self.pick(h["place_nth"], "pn").format(**pf)


def abbrev(street: str) -> str:
    for long, short in (("Avenue", "Ave."), ("Street", "St."), ("Road", "Rd."), ("Boulevard", "Blvd."),
                        ("Drive", "Dr."), ("Way", "Way")):
        if street.endswith(long):
            return street[: -len(long)] + short
    return street


def key_list(tpl: dict[str, Any], key: str) -> list[str]:
    node: Any = tpl
    for part in key.split("."):
        node = node[part]
    assert isinstance(node, list)
    return node


def report(inc: Incident, city: dict[str, Any], tpl: dict[str, Any], j: int, okey: str,
           style: str) -> tuple[str, list[str]]:
    """One outlet's first-day report of a shooting: its headline and its paragraphs."""
    w = Writer(inc, city, tpl, j, okey)
    f = w.fields()
    rng, kind = w.rng, inc.kind
    special = kind not in STANDARD
    if style == "scanner":
        lede = w.sentences("lede.scanner", f) if not special else f"{f['CAPS']} — {f['scanloc']}. " + w.sentences(
            f"lede_kind.{kind}", f)
    elif special:
        lede = w.sentences(f"lede_kind.{kind}", f)
    else:
        lede = w.sentences(f"lede.{style}", f)
    lede = tidy(lede)
    a = w.sentences(f"kind.{kind}.a", f)
    b = w.sentences(f"kind.{kind}.b", f) if "b" in tpl["kind"][kind] else ""
    out = f.get("outcome", "")
    sus = "" if inc.suspect in ("police", "accident", "scene") else w.sentences(f"suspect.{inc.suspect}", f)
    if inc.suspect in ("car", "foot", "custody") and f["getaway"] in b:
        sus = ""
    if kind == "domestic" and inc.suspect == "dead":
        sus = w.sentences("suspect.dead", f)
    call = w.sentences("call.lines", f) if kind in ("argument", "driveby", "party", "stray") else ""
    quote_s = w.sentences("quote.spokes", f) if not special else ""
    quote_n = w.sentences("quote.neighbor", f) if kind not in ("roadrage", "accidental") else ""
    hist = w.history(f)
    killed = any(v.fate == "killed" for v in inc.victims)
    idl = ""
    if killed and len(inc.victims) == 1 and kind != "police":
        idl = w.sentences("idline.named" if inc.named else "idline.pending", f)
    count = w.sentences("idline.count", f) if inc.nth else ""
    paras: list[str]
    if style == "tv":
        paras = [lede, a, out]
        if rng.random() < 0.5 and b:
            paras.append(b)
        if rng.random() < 0.35:
            paras.append(quote_n if rng.random() < 0.5 else quote_s)
        if hist and rng.random() < 0.3:
            paras.append(hist)
        paras.append(sus)
    elif style == "paper":
        paras = [lede, " ".join(x for x in (call, a) if x), out, b]
        if rng.random() < 0.6:
            paras.append(quote_s)
        paras.append(sus)
        if rng.random() < 0.5:
            paras.append(quote_n)
        if hist and rng.random() < 0.85:
            paras.append(hist)
        paras.append(" ".join(x for x in (idl, count) if x))
    elif style == "wire":
        paras = [lede, a, " ".join(x for x in (out, sus) if x)]
    elif style == "community":
        paras = [lede, a]
        if rng.random() < 0.7:
            paras.append(quote_n)
        paras.append(" ".join(x for x in (out, sus) if x))
        if hist and rng.random() < 0.7:
            paras.append(hist)
        if idl and inc.named:
            paras.append(idl)
    else:
        paras = [lede, " ".join(x for x in (a, out if out not in lede else "") if x), sus]
    return w.title(style, f), [tidy(p) for p in paras if p]


def tidy(text: str) -> str:
    text = re.sub(r"\s+([,.;])", r"\1", re.sub(r"\s+", " ", text))
    text = re.sub(r"(?<!\.)\.\.(?!\.)", ".", text)
    return text.replace(",,", ",").replace(",.", ".").replace(",;", ";").strip()
