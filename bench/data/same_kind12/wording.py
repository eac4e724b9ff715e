"""Wording of the twelfth same-kind corpus's first-day reports and short follow-ups.

`first_report()` writes one outlet's first-day report of a shooting in its house style (tv, paper,
community, radio, scanner, wire), taking for each sentence a different alternative from the ones
the shooting's other outlets took, so that reports of one shooting share their facts and not
their words; `later_report()` writes the short follow-ups of drawn shootings (a victim named days
later, a victim first reported hurt who died). Standard library only.
"""

from __future__ import annotations

import random
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # mypy, run from the repository root, knows this folder by its package path
    from bench.data.same_kind12.facts import WORDS, Fields, Shooting, Victim, cap, fill, tidy
else:  # run as a script, the sibling module is on the path
    from facts import WORDS, Fields, Shooting, Victim, cap, fill, tidy

PLAIN = {"argument", "robbery", "holdup", "driveby", "domestic", "party", "roadrage", "stray", "found", "carjack"}

def ordinal(n: int) -> str:
    if n < 10:
        return ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"][n]
    end = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{end}"


def clock(hour: int, minute: int) -> str:
    if (hour, minute) in ((0, 0), (12, 0)):
        return "midnight" if hour == 0 else "noon"
    h = (hour - 1) % 12 + 1
    half = "a.m." if hour < 12 else "p.m."
    return f"{h} {half}" if minute == 0 else f"{h}:{minute:02d} {half}"


def noun(v: Victim) -> str:
    return ("boy" if v.sex == "M" else "girl") if v.age < 18 else ("man" if v.sex == "M" else "woman")


def head_noun(v: Victim) -> str:
    if v.age < 13:
        return "child" if v.age < 6 else noun(v)
    return "teen" if v.age < 18 else noun(v)


def describe(v: Victim, noage: bool = False) -> str:
    if noage:
        return "a teenage " + noun(v) if v.age < 18 else "a " + noun(v)
    an = "an" if v.age in (8, 11, 18) or 80 <= v.age < 90 else "a"
    return f"{an} {v.age}-year-old {noun(v)}"


def group_noun(vs: list[Victim]) -> str:
    if all(v.age >= 18 for v in vs) and len({v.sex for v in vs}) == 1:
        return "men" if vs[0].sex == "M" else "women"
    if all(13 <= v.age < 18 for v in vs):
        return "teenagers"
    return "people"


def abbrev(street: str) -> str:
    for long, short in (("Avenue", "Ave."), ("Street", "St."), ("Road", "Rd."), ("Boulevard", "Blvd."),
                        ("Drive", "Dr."), ("Lane", "Ln.")):
        if street.endswith(long):
            return street[: -len(long)] + short
    return street


def daypart(day: date, hour: int) -> tuple[list[str], str]:
    wd = f"{day:%A}"
    if hour < 5:
        return [f"early {wd}", f"early {wd} morning", f"in the early hours of {wd}"], f"early {wd}"
    if hour < 12:
        return [f"{wd} morning", f"on {wd} morning"], f"{wd} morning"
    if hour < 17:
        return [f"{wd} afternoon", f"on {wd} afternoon"], f"{wd} afternoon"
    if hour < 20:
        return [f"{wd} evening", f"early {wd} evening"], f"{wd} evening"
    return [f"late {wd}", f"{wd} night", f"late {wd} night"], f"{wd} night"


class Writer:
    """One outlet's wording of one shooting; `j` is the outlet's place among the shooting's outlets."""

    def __init__(self, s: Shooting, city: dict[str, Any], ph: dict[str, Any], j: int, okey: str, style: str) -> None:
        self.s, self.city, self.ph, self.j, self.style = s, city, ph, j, style
        self.rng = random.Random(f"{s.id}/{okey}")
        single = len(s.victims) == 1 and s.victims[0].age >= 18 and not s.named
        self.noage = single and self.rng.random() < {"scanner": 0.35, "radio": 0.3, "tv": 0.15}.get(style, 0.05)

    def pick(self, options: list[str], key: str) -> str:
        if self.s.suspect in ("custody", "scene", "dead"):
            options = [o for o in options if "looking for" not in o and "searching" not in o] or options
        order = list(range(len(options)))
        random.Random(f"{self.s.id}/{key}").shuffle(order)
        return options[order[self.j % len(order)]]

    def say(self, key: str, f: Fields) -> str:
        node: Any = self.ph
        for part in key.split("."):
            node = node[part]
        return fill(self.pick(node, key), f)

    def fields(self) -> Fields:
        s, c, pl = self.s, self.city, self.s.place
        f = Fields(s.facts)
        spokes = next(p[0] for p in c["spokes"] if p[1] <= s.day.year <= p[2])
        f.update(city=c["name"], state_full=c["state_full"], police=c["police"], spokes=spokes, chief=c["chief"],
                 examiner_short=c["examiner_short"], prosecutor=c["prosecutor"], investigators=c["investigators"])
        whens, f["wd_daypart"] = daypart(s.day, s.hour)
        f["when"], f["wd"] = self.pick(whens, "when"), f"{s.day:%A}"
        f["when_t"] = f["when_t_lower"] = f["wd_daypart"]
        t = clock(s.hour, s.minute)
        approx = self.pick(["about", "around", "roughly", "shortly after"] if s.minute % 30 else ["about", "at"],
                           "approx")
        f["clock_bare"] = t
        plain = approx == "at" or t in ("midnight", "noon")
        f["at_clock"] = f"at {t} {f['wd']}" if plain else f"{approx} {t} {f['wd']}"
        if approx not in ("at", "shortly after") and t not in ("midnight", "noon"):
            f["at_clock"] = "at " + f["at_clock"]
        short = pl["name"].removeprefix("the ")
        f.update(hood=pl["hood"], street=pl["street"], pn=pl["name"], place_name=pl["name"], place_t=short)
        if pl["kind"] == "road":
            wheres = [f"on {f['road_t']}", f"in {c['name']}"]
            f["scan_t"] = f["scanloc"] = f"{f['road_t']} near {f['exit_t']}"
            f["spot_short"] = f"on {f['road']}"
        elif pl["kind"] == "street":
            wheres = [f"on {pl['street']}", f"in {pl['hood']}"]
            f["scan_t"] = f"{pl['number']} blk {abbrev(pl['street'])}"
            f["scanloc"] = f"{pl['number']} block of {abbrev(pl['street'])}, {pl['hood']}"
            f["spot_short"] = self.pick([f"in the {pl['number']} block of {pl['street']}", f"on {pl['street']}"],
                                        "short")
        else:
            wheres = [f"at {short}", f"on {pl['street']}", f"in {pl['hood']}"]
            f["scan_t"] = short
            f["scanloc"] = f"{short}, {pl['number']} {abbrev(pl['street'])}"
            f["spot_short"] = f"at {pl['name']}"
        f["where_t"] = self.pick(wheres, "where_t")
        gen = self.ph["spots"]["generic"][pl["kind"]]
        if s.kind in ("domestic", "stray", "accidental") and pl["kind"] in ("street", "complex"):
            gen = "inside a home" if pl["kind"] == "street" else "inside an apartment"
        f["spot_gen"] = f"{gen} in {c['name']}"
        f["at_gen_t"] = gen.replace(" a ", " ").replace(" an ", " ")
        f["police_t"] = c["name"]
        self.victim_fields(f)
        council = [m for m in c["council"] if pl["hood"] in m[1]] or c["council"][:1]
        f["council"], f["council_she"] = council[0][0], council[0][2]
        f["suspect_t"] = {"car": "shooter sought", "foot": "gunman sought", "custody": "man arrested",
                          "known": "police seek shooter"}.get(s.suspect, "no arrests")
        f["CAPS"] = self.pick(self.caps(), "caps")
        f["CAPS_t"] = f["CAPS"].capitalize()
        f["nth"] = ordinal(s.nth) if s.nth else ""
        f["why"] = self.say(f"why.{s.kind}", f) if s.kind in self.ph["why"] else ""
        if f["why"]:
            f["why"] = " " + f["why"]
        return f

    def victim_fields(self, f: Fields) -> None:
        vs = self.s.victims
        if not vs:
            f.update(vic="", vic_short="", noun_a="", S="", fate_v="", fate_t="", state_adj="", state_t="",
                     shot_verb="shot", he="they", him="them", his="their", was="were", age="", person="no one",
                     deadly_="", deadly="", violent="violent", hits_t="hits", shoot_t="shoot", outcome="")
            return
        killed = [v for v in vs if v.fate == "killed"]
        fates = self.ph["fate"]
        if len(vs) == 1:
            v = vs[0]
            he = "he" if v.sex == "M" else "she"
            f.update(he=he, him="him" if he == "he" else "her", his="his" if he == "he" else "her", was="was",
                     age=str(v.age), noun=noun(v), name=v.name)
            f["vic"] = self.pick([describe(v, self.noage), f"a {noun(v)}, {v.age}," if not self.noage
                                  else describe(v, True), describe(v, self.noage)], "vic")
            f["vic_short"] = f"the {noun(v)}"
            f["noun_a"] = head_noun(v)
            f["S"] = cap(head_noun(v)) if self.noage else self.pick(
                [f"{cap(head_noun(v))}, {v.age},", f"{v.age}-year-old {head_noun(v)}", cap(head_noun(v))], "S")
            f["fate_v"], f["fate_t"] = self.pick(fates[v.fate], "fate_v"), self.pick(fates["t_" + v.fate], "fate_t")
            f["state_adj"] = {"killed": "dead", "critical": "in critical condition", "wounded": "wounded",
                              "minor": "with a minor wound"}[v.fate]
            f["state_t"] = {"killed": "dead", "critical": "critically hurt", "wounded": "hurt",
                            "minor": "grazed"}[v.fate]
            f["found_t"] = "shot to death" if v.fate == "killed" else "with gunshot wounds"
            f["wound"], f["person"] = v.wound, "1 person"
            f.update(n_shot="1", N_shot="One", n_people="one person", N_people="One person")
        else:
            n, word = len(vs), WORDS[len(vs)] if len(vs) < len(WORDS) else str(len(vs))
            g = group_noun(vs)
            f.update(he="they", him="them", his="their", was="were", age=str(vs[0].age), noun=g)
            f["vic"], f["vic_short"] = f"{word} {g}", f"the {word} {g}" if g != "people" else "the victims"
            f["noun_a"] = f"{n} {g}"
            f["S"], f["person"] = cap(f["noun_a"]), f"{n} people"
            k = len(killed)
            if k == n:
                f["fate_v"], f["fate_t"], f["state_adj"] = "were shot and killed", "killed", "dead"
            elif k:
                some = "one of them" if k == 1 else f"{WORDS[k]} of them"
                f["fate_v"] = self.pick([f"were shot, {some} fatally,", f"were hit, and {WORDS[k]} died,"], "fate_v")
                f["fate_t"], f["state_adj"] = "shot", f"wounded, {some} fatally"
            else:
                f["fate_v"] = self.pick(["were shot", "were wounded", "were struck by gunfire"], "fate_v")
                f["fate_t"], f["state_adj"] = "wounded", "wounded"
            f["state_t"] = f["state_adj"]
            f["n_shot"], f["N_shot"] = str(n), cap(word)
            f["n_people"], f["N_people"] = f"{word} people", f"{cap(word)} people"
            crit = any(v.fate == "critical" for v in vs)
            f["n_dead_t"] = f"{k} dead" if k else ("1 critical" if crit else "none badly hurt")
        f["shot_verb"] = "shot and killed" if killed and len(killed) == len(vs) else "shot"
        f["deadly_"], f["deadly"] = ("deadly ", "Deadly ") if killed else ("", "")
        f["violent"] = "deadly" if killed else "violent"
        f["hits_t"], f["shoot_t"] = ("kills", "kill") if killed else ("wounds", "wound")
        f["fate_police"] = "was shot and killed" if killed else "was shot and wounded"
        f["outcome"] = self.outcome(f)

    def outcome(self, f: Fields) -> str:
        o, vs = self.ph["outcome"], self.s.victims
        def key(v: Victim) -> str:
            return ("killed_scene" if v.scene else "killed_hosp") if v.fate == "killed" else v.fate
        if len(vs) == 1:
            return self.say(f"outcome.{key(vs[0])}", f)
        groups: dict[str, list[Victim]] = {}
        for v in vs:
            groups.setdefault(key(v), []).append(v)
        parts = []
        for k, group in groups.items():
            if len(group) == 1:
                parts.append(fill(self.pick(o["m_" + k], "m" + k), Fields({**f, "age": str(group[0].age)})))
            else:
                ages = [str(v.age) for v in group]
                both = ", ".join(a + "-" for a in ages[:-1]) + " and " + ages[-1] + "-year-olds"
                parts.append(f"the {both} " + fill(self.pick(o["p_" + k], "p" + k), f))
        text = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
        return cap(text) + "."

    def caps(self) -> list[str]:
        s, c = self.s, self.ph["caps"]
        if s.kind == "accidental" and s.victims and s.victims[0].age < 13:
            return list(c["accidental_child"])
        if s.kind in c:
            return list(c[s.kind])
        if any(v.fate == "killed" for v in s.victims):
            return list(c["fatal"])
        return list(c["one" if len(s.victims) == 1 else "several"])

    def headline(self, f: Fields) -> str:
        h, kind, vs = self.ph["headline"], self.s.kind, self.s.victims
        if self.style == "scanner":
            options = h["scanner"] if vs else h["scanner"][:1]
        elif kind not in PLAIN:
            options = h[kind]
        elif len(vs) > 1:
            options = h["multi"] + (h["party"] if kind == "party" else [])
        elif self.style == "wire":
            options = h["wire"]
        else:
            options = h[kind] + h["generic"]
        if self.style == "wire" and options is not h["wire"]:
            f = Fields({**f, "where_t": f"in {f['city']}, {f['state_full']}", "hood": f["city"]})
        return fill(self.pick(options, "headline"), f)

    def history(self, f: Fields) -> str:
        s, h = self.s, self.ph["history"]
        if s.week is not None and self.rng.random() < 0.8:
            gap = (s.day - s.week.day).days
            return fill(self.pick(h["week"], "week"), Fields({**f, "gap_days": WORDS[gap]}))
        if not s.history:
            return ""
        last, g = s.history[-1], Fields(f)
        g.update(prev_year=str(last.day.year), prev_when=f"{last.day:%B %Y}",
                 place_word=self.ph["place_word"].get(s.place["kind"], "block"), nth_place=ordinal(len(s.history) + 1),
                 first_year=str(s.history[0].day.year))
        if last.victims:
            g["prev_vic"] = describe(last.victims[0])
            g["prev_fate"] = {"killed": "was shot to death", "critical": "was critically wounded",
                              "wounded": "was shot and wounded",
                              "minor": "was grazed by a bullet"}[last.victims[0].fate]
        if s.place["kind"] == "street":
            return fill(self.pick(h["block"], "block"), g) if last.victims else ""
        named = [p for p in s.history if p.victims and p.victims[0].fate == "killed" and p.victims[0].name]
        r = self.rng.random()
        if named and r < 0.45:
            pv = named[-1].victims[0]
            g.update(prev_name=pv.name, prev_age=str(pv.age), prev_year=str(named[-1].day.year),
                     prev_he_she="he" if pv.sex == "M" else "she")
            return fill(self.pick(h["place_name_prev"], "pnp"), g)
        if last.victims and r < 0.75:
            return fill(self.pick(h["place_prev"], "pp"), g)
        return fill(self.pick(h["place_nth"], "pn"), g)


def first_report(s: Shooting, city: dict[str, Any], ph: dict[str, Any], j: int, okey: str,
                 style: str) -> tuple[str, list[str], str]:
    """One outlet's first-day report: headline, paragraphs and a photo caption."""
    w = Writer(s, city, ph, j, okey, style)
    f = w.fields()
    rng, kind = w.rng, s.kind
    special = kind in ("police", "selfdefense", "shotsinto", "accidental")
    if special:
        lede = w.say(f"lede_kind.{kind}", f)
        if style == "scanner":
            lede = f"{f['CAPS']} — {f['scanloc']}. {lede}"
    else:
        lede = w.say(f"lede.{style}", f)
    a = w.say(f"story.{kind}.a", f)
    b = w.say(f"story.{kind}.b", f)
    out = f["outcome"]
    sus = "" if s.suspect in ("police", "accident", "scene") else w.say(f"suspect.{s.suspect}", f)
    if s.suspect in ("car", "foot", "custody") and (f["getaway"] in b or f["getcar"] in b):
        sus = ""
    call = w.say("call.lines", f) if kind in ("argument", "driveby", "party", "stray") else ""
    q_spokes = w.say("quote.spokes", f) if not special else ""
    q_nb = w.say("quote.neighbor", f) if kind not in ("roadrage", "accidental") else ""
    q_council = w.say("quote.council", f) if any(v.fate == "killed" for v in s.victims) and not special else ""
    hist = w.history(f)
    killed = any(v.fate == "killed" for v in s.victims)
    ident = ""
    if killed and len(s.victims) == 1 and kind != "police":
        ident = w.say("idline.named" if s.named else "idline.pending", f)
    count = w.say("idline.count", f) if s.nth else ""
    extra = s.notes.get("extra", {}).get(okey, "")
    paras: list[str]
    if style == "tv":
        paras = [lede, a, out] + ([b] if rng.random() < 0.5 else [])
        paras += [q_nb if rng.random() < 0.5 else q_spokes] if rng.random() < 0.4 else []
        paras += [hist] if hist and rng.random() < 0.35 else []
        paras.append(sus)
    elif style == "paper":
        paras = [lede, " ".join(x for x in (call, a) if x), out, b]
        paras += [q_spokes] if rng.random() < 0.6 else []
        paras.append(sus)
        paras += [q_nb] if rng.random() < 0.5 else []
        paras += [q_council] if q_council and rng.random() < 0.3 else []
        paras += [hist] if hist and rng.random() < 0.85 else []
        paras.append(" ".join(x for x in (ident, count) if x))
    elif style == "community":
        paras = [lede, a] + ([q_nb] if rng.random() < 0.7 else [])
        paras.append(" ".join(x for x in (out, sus) if x))
        paras += [q_council] if q_council and rng.random() < 0.4 else []
        paras += [hist] if hist and rng.random() < 0.75 else []
        paras += [ident] if ident and s.named else []
    elif style == "radio":
        paras = [lede, " ".join(x for x in (out, sus) if x)] + ([a] if rng.random() < 0.5 else [])
    elif style == "wire":
        paras = [lede, a, " ".join(x for x in (out, sus) if x)]
    else:
        paras = [lede, " ".join(x for x in (a, out if out not in lede else "") if x), sus]
    if extra:
        paras.insert(1, extra)
    title = s.notes.get("titles", {}).get(okey) or w.headline(f)
    caption = fill(w.pick(ph["checkcap"]["lines"], "caption"), f)
    return title, [tidy(p) for p in paras if p], caption


def later_report(s: Shooting, kind: str, day: date, city: dict[str, Any], ph: dict[str, Any],
                 okey: str) -> tuple[str, list[str]]:
    """A drawn shooting's short follow-up: the victim named days later, or a wounded victim's death."""
    v = next(x for x in s.victims if x.fate in ("killed", "critical"))
    w = Writer(s, city, ph, 0, okey + "/later", "paper")
    f = w.fields()
    lt = ph["later"][kind]
    pre = "on " if (day - s.day).days > 6 else ""
    f.update(vname=v.name, age=str(v.age), noun=noun(v), wd=f"{day:%A}", home_hood=s.place["hood"],
             lastwd=f"{pre}{s.day:%A}" if (day - s.day).days < 7 else f"on {s.day:%B} {s.day.day}",
             day_phrase=f"{s.day:%A}" if (day - s.day).days < 7 else f"{s.day:%B} {s.day.day}",
             vhe="he" if v.sex == "M" else "she", vhim="him" if v.sex == "M" else "her",
             vhis="his" if v.sex == "M" else "her", wound=v.wound,
             examiner_title=cap(city["examiner_short"].removeprefix("the ")))
    rng = random.Random(f"{s.id}/{kind}")
    tr = ph["traits"]
    f["trait"] = rng.choice(tr["young"] if v.age < 20 else tr["m" if v.sex == "M" else "f"] + tr["any"])
    more = [rng.choice([m for m in lt["more"] if "{trait}" in m]),
            rng.choice([m for m in lt["more"] if "{trait}" not in m])]
    rng.shuffle(more)
    paras = [fill(rng.choice(lt["lede"]), f)] + [fill(m, f) for m in more] + [fill(rng.choice(lt["after"]), f)]
    return fill(rng.choice(lt["title"]), f), paras
