"""`parallax coverage` as other tools and readers use it: JSON, the table, --event, errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

FIRST_EVENT = ["seeds/000_7f0f2242164ee204.txt", "seeds/001_3f8f53560a646d72.txt", "seeds/003_0f17ba297f544814.txt"]


def run(*args: str, columns: int = 80) -> subprocess.CompletedProcess[str]:
    # PARALLAX_SEMANTIC=0: words alone, so each run takes a second (the paraphrase pass is
    # covered in process by test_coverage_gold).
    env = {**os.environ, "COLUMNS": str(columns), "PARALLAX_SEMANTIC": "0"}
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, cwd=ROOT,
                          stdin=subprocess.DEVNULL, timeout=300, check=False, env=env)


def test_json_is_the_contract_and_ignores_the_order_of_paths() -> None:
    first = run("coverage", *FIRST_EVENT, "--json")
    assert first.returncode == 0, first.stderr
    data = json.loads(first.stdout)
    assert set(data) == {"articles", "facts"}
    assert sorted(a["path"] for a in data["articles"]) == FIRST_EVENT
    assert data["facts"] and all(set(f) == {"label", "support", "members"} for f in data["facts"])
    assert all(set(m) == {"article", "sentences"} for f in data["facts"] for m in f["members"])
    again = run("coverage", *reversed(FIRST_EVENT), "--json")
    assert again.stdout == first.stdout


def test_event_id_from_events_json() -> None:
    events = json.loads(run("events", "seeds", "--json").stdout)["events"]
    event = next(e for e in events if len(e["articles"]) == 3)
    proc = run("coverage", "--event", event["id"], "seeds", "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert sorted(a["path"] for a in data["articles"]) == sorted(a["path"] for a in event["articles"])
    assert data == json.loads(run("coverage", *FIRST_EVENT, "--json").stdout)


def test_table_fits_the_terminal_and_marks_who_reported_what() -> None:
    data = json.loads(run("coverage", *FIRST_EVENT, "--json").stdout)
    for columns in (80, 50, 160):
        proc = run("coverage", *FIRST_EVENT, columns=columns)
        assert proc.returncode == 0, proc.stderr
        lines = proc.stdout.splitlines()
        assert all(len(line) <= columns for line in lines), [line for line in lines if len(line) > columns]
        rows = [line for line in lines if line.strip()[:1].isdigit() and ("●" in line or "·" in line)]
        assert len(rows) == len(data["facts"])
        for row, fact in zip(rows, data["facts"], strict=True):
            assert row.count("●") == fact["support"]
    text = run("coverage", *FIRST_EVENT).stdout
    assert "Shafaq News" in text and "The Epoch Times" in text
    assert f"{len(data['facts'])} facts" in text


def test_many_outlets_split_the_table_and_still_fit(tmp_path: Path) -> None:
    paths = []
    for k in range(30):
        path = tmp_path / f"r{k:02d}.txt"
        path.write_text(f"The harbour strike ended on Tuesday after talks, union leader {k} said.\n\n"
                        f"Report number {k} adds its own remark about weather number {k * 7}.\n", encoding="utf-8")
        paths.append(str(path))
    proc = run("coverage", *paths, columns=80)
    assert proc.returncode == 0, proc.stderr
    assert all(len(line) <= 80 for line in proc.stdout.splitlines())
    assert "30" in proc.stdout


def test_hostile_names_and_text_never_reach_the_terminal(tmp_path: Path) -> None:
    evil = tmp_path / "evil\x1b]0;PWNED\x07[bold].txt"
    evil.write_text("Outlet: \x1b[31mEvil[/]\n\nThe harbour strike ended on Tuesday after talks with the union, "
                    "officials said \x1b]52;c;UFdORUQ=\x07.\n", encoding="utf-8")
    plain = tmp_path / "plain.txt"
    plain.write_text("The harbour strike ended on Tuesday after talks with the union, officials said.\n",
                     encoding="utf-8")
    for extra in ((), ("--json",)):
        proc = run("coverage", str(evil), str(plain), *extra)
        assert proc.returncode == 0, proc.stderr
        assert "\x1b" not in proc.stdout and "\x07" not in proc.stdout and "\x1b" not in proc.stderr


def test_bad_usage_exits_2_with_one_line(tmp_path: Path) -> None:
    for args, needle in (
        (("coverage",), "two or more"),
        (("coverage", FIRST_EVENT[0]), "at least two"),
        (("coverage", FIRST_EVENT[0], FIRST_EVENT[0]), "at least two"),
        (("coverage", FIRST_EVENT[0], "missing.txt"), "missing.txt"),
        (("coverage", "--event", "no-such-event", "seeds"), "no-such-event"),
        (("coverage", *FIRST_EVENT, "--threshold", "120"), "threshold"),
    ):
        proc = run(*args)
        assert proc.returncode == 2, (args, proc.stderr)
        assert proc.stdout == ""
        assert len(proc.stderr.strip().splitlines()) == 1 and needle in proc.stderr, proc.stderr


def test_help_names_the_command() -> None:
    proc = run("--help")
    assert "coverage" in proc.stdout
    proc = run("coverage", "--help")
    assert proc.returncode == 0 and "--event" in proc.stdout and "--json" in proc.stdout


def test_a_comparison_is_not_redone_by_the_coverage(tmp_path: Path) -> None:
    """`compare` stores its alignment in the cache file; the coverage of the same reports
    reads it back (edited there, the edit shows) instead of aligning again."""
    import sqlite3

    cache = tmp_path / "cache"
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "PARALLAX_SEMANTIC": "0"}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, cwd=ROOT,
                              stdin=subprocess.DEVNULL, timeout=300, check=False, env=env)

    compared = json.loads(cli("compare", FIRST_EVENT[0], FIRST_EVENT[2], "--json").stdout)
    assert len(compared["matches"]) > 1
    files = list(cache.rglob("*.sqlite3"))
    assert len(files) == 1
    with sqlite3.connect(files[0]) as conn:
        rows = conn.execute("SELECT key, data FROM alignments").fetchall()
        assert len(rows) == 1
        conn.execute("UPDATE alignments SET data = ?", (json.dumps(json.loads(rows[0][1])[:1]),))
    data = json.loads(cli("coverage", FIRST_EVENT[0], FIRST_EVENT[2], "--json").stdout)
    assert len(data["facts"]) == 1
