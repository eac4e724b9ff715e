"""What the same-kind corpora's `make.py` scripts share (bench/data/same_kind*/make.py).

Each corpus has its own outlets' house styles (how a first-day report is put together, how a
page prints its date and title); this is the rest, alike for all: reading the three source
files, listing every report (first-day reports from each incident, follow-ups written out
whole), shuffling them under file names that tell no event, and writing both copies and
`gold.json`.
"""

from __future__ import annotations

import json
import random
import tomllib
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

Report = tuple[str, str, str, date, list[str], str]
"""A report to write: its event, outlet key, title, publication day, paragraphs and dateline."""
FirstReport = Callable[[int, dict[str, Any]], list[str]]
"""An incident's first-day report in one of the house styles: (style, incident) -> paragraphs."""
Write = Callable[[Path, str, dict[str, Any], str, str, "date | None", list[str], str, str], None]
"""Writes one report: (folder, file name, outlet, outlet key, title, day or None, paragraphs,
dateline, writer); the writer is "" for an outlet that signs no reports."""


def sources(here: Path) -> tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]:
    """The corpus's outlets, incidents and follow-ups, from the TOML files beside its script."""
    def read(name: str) -> dict[str, Any]:
        return tomllib.loads((here / name).read_text(encoding="utf-8"))

    return read("outlets.toml"), read("incidents.toml"), read("followups.toml")["report"]


def reports(outlets: dict[str, Any], incidents: dict[str, Any], followups: list[dict[str, Any]],
            first_report: FirstReport, dateline: Callable[[dict[str, Any]], str]) -> list[Report]:
    """Every report: each incident's first-day reports in its outlets' styles, then the follow-ups
    (their paragraphs unwrapped); `dateline` gives an incident's dateline."""
    out: list[Report] = []
    for event, inc in incidents.items():
        start = date.fromisoformat(inc["date"])
        for key, offset, title in inc["reports"]:
            out.append((event, key, title, start + timedelta(days=offset),
                        first_report(outlets[key]["style"], inc), dateline(inc)))
    for rep in followups:
        paragraphs = [p.strip().replace("\n", " ") for p in rep["body"].strip().split("\n\n")]
        out.append((rep["event"], rep["outlet"], rep["title"], date.fromisoformat(rep["date"]), paragraphs,
                    dateline(incidents[rep["event"]])))
    return out


def house_paragraphs(style: int, inc: dict[str, Any], lede: str) -> list[str]:
    """A first-day report's paragraphs after its `lede`, in the four house styles several corpora
    share (0 broadcast: short; 1 paper: everything; 2 wire: names, the first and last detail; 3 a
    local site: the quote high up); names (with ages in `victims`, without in `victims2`) only where
    the incident has them, and only in some styles."""
    d = inc["details"]
    named = [inc["victims"]] if "victims" in inc else []
    named2 = [inc.get("victims2", inc["victims"])] if "victims" in inc else []
    quote = [inc["quote"]] if "quote" in inc else []
    if style == 0:
        return [lede, *named, *d[:2], *quote]
    if style == 1:
        return [lede, *named2, *d, *quote]
    if style == 2:
        return [lede, *named, d[0], *d[1:][-1:]]
    return [lede, *named2, d[0], *quote, *d[1:]]


def house_style(lede: Callable[[int, dict[str, Any]], str]) -> FirstReport:
    """The first-day reports of a corpus written in the four shared house styles (house_paragraphs),
    each opening with its own `lede(style, incident)`."""
    return lambda style, inc: house_paragraphs(style, inc, lede(style, inc))


def build(here: Path, seed: int, outlets: dict[str, Any], items: list[Report], write: Write) -> None:
    """Write `with_dates/`, `no_dates/` (emptied first) and `gold.json` beside the script: the reports
    shuffled with `seed` under names that tell no event, each outlet's writers signing in turn."""
    order = list(range(len(items)))
    random.Random(seed).shuffle(order)
    for folder in ("with_dates", "no_dates"):
        out = here / folder
        out.mkdir(exist_ok=True)
        for old in out.iterdir():
            old.unlink()
    gold: dict[str, str] = {}
    signed: dict[str, int] = {}
    for number, k in enumerate(order, start=1):
        event, key, title, day, paragraphs, dateline = items[k]
        outlet = outlets[key]
        turn = signed.get(key, 0)
        signed[key] = turn + 1
        writers = outlet.get("writers", [""])
        writer = writers[turn % len(writers)]
        name = f"report-{number:03d}.{outlet['ext']}"
        gold[name] = event
        write(here / "with_dates", name, outlet, key, title, day, paragraphs, dateline, writer)
        write(here / "no_dates", name, outlet, key, title, None, paragraphs, dateline, writer)
    (here / "gold.json").write_text(json.dumps(gold, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def page_text(outlet: dict[str, Any], full_title: str, paragraphs: list[str], writer: str, stamp: str | None,
              date_line: str | None, front: Sequence[str] = ()) -> str:
    """A report as its outlet publishes it: the outlet's closing line after the paragraphs; then
    Markdown with front matter (title, the outlet's `front` lines, author, `stamp` as its date), or
    plain text (title, `date_line`, byline). Where a house style differs (its wire's credit, how it
    prints a date) its script says so and passes the result here."""
    if outlet["closing"]:
        paragraphs = [*paragraphs, outlet["closing"]]
    body = "\n\n".join(paragraphs)
    if outlet["ext"] == "md":
        lines = [f"title: {json.dumps(full_title, ensure_ascii=False)}", *front]
        if writer:
            lines.append(f"author: {json.dumps(writer, ensure_ascii=False)}")
        if stamp:
            lines.append(f"date: {stamp}")
        return "---\n" + "\n".join(lines) + "\n---\n\n" + body + "\n"
    head = [full_title] + ([date_line] if date_line else []) + ([f"By {writer}"] if writer else [])
    return "\n\n".join([*head, body]) + "\n"
