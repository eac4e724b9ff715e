"""The third same-kind corpus (bench/data/same_kind3, road crashes) is whole and its gold fits.

No score floor here on purpose (issue 14): the corpus is scored by `python -m bench kind`,
and a floor in a test would hide how the grouping does on it rather than tell.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

KIND3 = Path(__file__).resolve().parents[1] / "bench" / "data" / "same_kind3"
MIN_REPORTS = 70
"""The issue's brief: at least 70 reports..."""
MIN_INCIDENTS = 16
"""...of at least 16 incidents."""


def _names(copy: str) -> set[str]:
    return {p.name for p in (KIND3 / copy).iterdir()}


def test_every_report_has_a_gold_incident_in_both_copies() -> None:
    gold: dict[str, str] = json.loads((KIND3 / "gold.json").read_text(encoding="utf-8"))
    incidents = tomllib.loads((KIND3 / "incidents.toml").read_text(encoding="utf-8"))
    assert _names("with_dates") == _names("no_dates") == set(gold)
    assert set(gold.values()) <= set(incidents)
    assert len(gold) >= MIN_REPORTS and len(set(gold.values())) >= MIN_INCIDENTS


def test_copies_differ_only_in_dates() -> None:
    for name in _names("no_dates"):
        bare = (KIND3 / "no_dates" / name).read_text(encoding="utf-8")
        dated = (KIND3 / "with_dates" / name).read_text(encoding="utf-8")
        assert "\ndate:" not in bare and len(dated) > len(bare)
        # every paragraph but the title's date line and the wire's dateline is shared
        shared = set(bare.split("\n\n")) & set(dated.split("\n\n"))
        assert len(shared) >= len(bare.split("\n\n")) - 2, name
