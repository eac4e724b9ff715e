"""Shootings and their facts for the twelfth same-kind corpus.

`Shooting` and `Victim` hold what one shooting was; `draw_victims()` draws its victims for a kind
of shooting, and `draw_facts()` draws its facts once (the cross street, the car, what the argument
was about, the hospital, where exactly it happened), so that every outlet covering it reports the
same ones; a shooting pinned in cases.toml may fix any of them. Standard library only.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven"]


@dataclass
class Victim:
    age: int
    sex: str  # "M" or "F"
    fate: str  # killed, critical, wounded, minor
    name: str = ""
    scene: bool | None = None
    wound: str = ""
    died: str = ""  # the day a victim first reported hurt died, ISO


@dataclass
class Shooting:
    id: str
    city: str
    day: date
    hour: int
    minute: int
    kind: str
    place: dict[str, Any]
    victims: list[Victim]
    cover: list[str]
    suspect: str = "none"
    named: bool = False
    pinned: bool = False
    facts: dict[str, str] = field(default_factory=dict)
    notes: dict[str, Any] = field(default_factory=dict)
    history: list[Shooting] = field(default_factory=list)
    week: Shooting | None = None
    nth: int = 0
    later: list[tuple[str, str, date]] = field(default_factory=list)  # (kind, outlet, day)


class Fields(dict[str, str]):
    """Template fields; "{Name}" and "{name_cap}" give any field with a capital letter."""

    def __missing__(self, key: str) -> str:
        base = key.removesuffix("_cap")
        low = base[:1].lower() + base[1:]
        if (base != key or key[:1].isupper()) and low in self:
            return cap(self[low])
        raise KeyError(key)


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def fill(template: str, f: Fields) -> str:
    return tidy(template.format_map(f))


def tidy(text: str) -> str:
    text = re.sub(r"\s+([,.;:])", r"\1", re.sub(r"\s+", " ", text))
    text = re.sub(r"(?<!\.)\.\.(?!\.)", ".", text)
    text = re.sub(r"\b([Aa]) (?=(?:early|eight|eleven|argument|armed|officer)\b)", r"\1n ", text)
    return text.replace(",,", ",").replace(",.", ".").replace(",;", ";").strip()


def weighted(rng: random.Random, spec: str) -> str:
    pairs = [(re.sub(r"\d+$", "", w), int(re.sub(r"^\D+", "", w))) for w in spec.split()]
    return rng.choices([k for k, _ in pairs], [n for _, n in pairs])[0]


def draw_victims(kind: str, rng: random.Random) -> list[Victim]:
    def one(lo: int, hi: int, male: float, fates: str) -> Victim:
        return Victim(rng.randint(lo, hi), "M" if rng.random() < male else "F", weighted(rng, fates))
    usual = "killed42 critical22 wounded31 minor5"
    table: dict[str, tuple[list[int], int, int, float, str]] = {
        "party": ([1, 2, 2, 3, 4, 5], 15, 26, 0.7, "killed18 critical20 wounded56 minor6"),
        "driveby": ([1, 1, 1, 2, 2, 3], 14, 36, 0.8, usual), "argument": ([1, 1, 1, 1, 1, 2], 18, 52, 0.88, usual),
        "domestic": ([1], 21, 58, 0.22, "killed62 critical22 wounded16"),
        "police": ([1], 17, 54, 0.97, "killed55 critical15 wounded30"),
        "selfdefense": ([1], 17, 44, 0.97, "killed50 critical20 wounded30"),
        "found": ([1], 16, 61, 0.85, "killed78 critical22"), "carjack": ([1], 19, 74, 0.6, usual),
    }
    if kind == "shotsinto":
        return []
    if kind == "stray":
        lo, hi, male = rng.choice([(3, 12, 0.5), (55, 84, 0.25), (25, 60, 0.6)])
        vs = [one(lo, hi, male, "killed25 critical30 wounded45")]
    elif kind == "accidental":
        vs = [one(2, 15, 0.7, "killed35 critical35 wounded30") if rng.random() < 0.8 else one(19, 45, 0.9, "wounded1")]
    elif kind in table:
        counts, lo, hi, male, fates = table[kind]
        vs = [one(lo, hi, male, fates) for _ in range(rng.choice(counts))]
    else:
        vs = [one(16, 70, 0.8, usual)]
    for i, v in enumerate(vs):
        while v.age in {w.age for w in vs[:i]}:
            v.age += 1
    return vs


def draw_facts(s: Shooting, city: dict[str, Any], ph: dict[str, Any], names: dict[str, Any],
               rng: random.Random) -> None:
    """The shooting's facts, the same for every outlet; a pinned shooting may fix some in `notes["facts"]`."""
    fx, pl, vs = ph["facts"], s.place, s.victims
    he = "she" if vs and vs[0].sex == "F" else "he"
    base = Fields(he=he, his="her" if he == "she" else "his", street=pl["street"], cross=rng.choice(city["cross"]))
    f = Fields(cross=base["cross"], hospital=rng.choice(city["hospitals"]))
    for key in ("getcar", "direction", "robbers", "loot", "role", "car", "casings", "shots", "kids", "crowd", "cause",
                "trigger", "car2", "source", "gun_source", "shooter_acc", "gun_t", "found_where", "call",
                "custody_where", "near", "car_his", "found_car"):
        f[key] = rng.choice(fx[key]).format_map(base)
    f.update(s.notes.get("facts", {}))
    adult = bool(vs) and vs[0].age >= 18
    f["inside"], f["wall"] = rng.choice(fx["inside"][:4] if adult else fx["inside"][1::2])
    if adult:
        f["shooter_acc"] = rng.choice(fx["shooter_adult"])
    f["car_t"] = f["car_his"].split()[-1]
    f["topic"], f["topic_t"] = rng.choice(fx["topic"])
    f["party"], f["party_t"] = rng.choice(fx["party"])
    f["rel"], f["rel_t"], _ = rng.choice(fx["rel_f"] if he == "she" else fx["rel_m"])
    f["dom_t"] = {"custody": "arrested", "dead": "dead", "known": "sought"}.get(s.suspect, "sought")
    f["call_type"], f["call_t"] = rng.choice(fx["police_call"])
    f["armed"], f["armed_t"] = rng.choice(fx["armed"])
    f["officers"], f["were_o"] = rng.choice(fx["officers"])
    kinds = [d for d in fx["defender"] if pl["kind"] in d[5].split()] or fx["defender"][:1]
    d = rng.choice(kinds)
    f.update(defender=d[0], defender_word=d[1], defender_t=d[2].lower(), intrusion=d[3], intruder_t=d[4], dself=d[6])
    f["occupants"], f["occupants_t"] = rng.choice(fx["occupants"])
    f["home"], f["home_t"] = ("an apartment", "apartment") if pl["kind"] == "complex" else rng.choice(
        [("a house", "house"), ("a duplex", "duplex"), ("a rental house", "home"), ("a mobile home", "mobile home")])
    doing = ph["spots"]["doing"].get("carjack" if s.kind == "carjack" else pl["kind"], ph["spots"]["doing"]["default"])
    f["doing"] = rng.choice(doing).format_map(base)
    f["sus_age"] = str(rng.randint(17, 46))
    sex = rng.choice("MF")
    f["nb"] = f"{rng.choice(names['first_m' if sex == 'M' else 'first_f'])} {rng.choice(names['last'])}"
    f["nb_she"], f["nb_her"] = ("he", "his") if sex == "M" else ("she", "her")
    f["yrs"] = str(rng.randint(3, 41))
    f.update(s.notes.get("facts", {}))
    if s.kind in ("driveby", "roadrage"):
        f["getcar"] = f["car" if s.kind == "driveby" else "car2"]
    f["getaway"] = {"car": f"sped off in {f['getcar']}", "foot": f"ran {f['direction']}",
                    "custody": f"was arrested {f['custody_where']}"}.get(s.suspect) or rng.choice(fx["getaway_vague"])
    f["spot"] = spot_for(s, f, ph, rng, d[1])
    for v in vs:
        v.wound = v.wound or rng.choice(fx["wound_killed"] if v.fate == "killed" else fx["wound_hurt"])
        if v.scene is None:
            v.scene = v.fate == "killed" and rng.random() < 0.5
    f.update(s.notes.get("facts", {}))
    s.facts = dict(f)


def spot_for(s: Shooting, f: Fields, ph: dict[str, Any], rng: random.Random, defender: str) -> str:
    pl, kind, sp = s.place, s.place["kind"], ph["spots"]
    if kind == "road":
        road, exit_street = pl["road"]
        f.update(road=road, road_t=cap(road.removeprefix("the ")), exit=f"the {exit_street} exit", exit_t=exit_street)
        return f"on {road} near the {exit_street} exit"
    inside = s.kind in ("domestic", "stray", "accidental") or (
        s.kind == "selfdefense" and defender in ("homeowner", "woman"))
    if s.kind == "found" and kind in ph["found_spots"]:
        f["found_where"], where = rng.choice(ph["found_spots"][kind])
        options = [where]
    elif (s.kind in ("driveby", "carjack") or (s.kind == "selfdefense" and defender in ("driver", "guard"))) \
            and kind != "street":
        options = ["in the parking lot of {pn}"]
    elif inside and "inside_" + kind in sp:
        options = sp["inside_" + kind]
    elif s.kind == "holdup" or (s.kind == "selfdefense" and defender == "clerk"):
        options = ["inside {pn}"]
    else:
        options = sp[kind]
    spot: str = rng.choice(options).format(pn=pl["name"], block=pl["number"], street=pl["street"], cross=f["cross"])
    if kind != "street" and pl["street"] not in spot and rng.random() < 0.5:
        spot += f" on {pl['street']}"
    return spot
