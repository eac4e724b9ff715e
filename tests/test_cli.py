"""The command line as other tools use it: help, exit codes, one-line errors, --config anywhere."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, cwd=cwd,
                          stdin=subprocess.DEVNULL, timeout=120, check=False)


def test_help_lists_every_command() -> None:
    proc = run("--help")
    assert proc.returncode == 0
    for command in ("events", "show", "compare", "bookmarks", "bookmark", "--config"):
        assert command in proc.stdout


def test_installed_command_and_module_agree() -> None:
    exe = Path(sys.executable).with_name("parallax")
    if not exe.exists():
        pytest.skip("parallax is not installed in this interpreter's environment")
    installed = subprocess.run([str(exe), "show", "seeds/004_c5490beb8bac2bd9.txt", "--json"], capture_output=True,
                               text=True, cwd=ROOT, check=True)
    assert installed.stdout == run("show", "seeds/004_c5490beb8bac2bd9.txt", "--json").stdout


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("show",), "FILE"),
        (("show", "missing.txt", "--json"), "missing.txt: no such file"),
        (("show", "seeds", "--json"), "seeds: is a folder"),
        (("compare", "seeds/000_7f0f2242164ee204.txt"), "RIGHT"),
        (("show", "seeds/000_7f0f2242164ee204.txt", "--bogus"), "--bogus"),
    ],
)
def test_bad_usage_exits_2_with_one_line(args: tuple[str, ...], needle: str) -> None:
    proc = run(*args)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) == 1
    assert needle in proc.stderr


def test_binary_file_is_unreadable_input(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_bytes(b"\x00\xff" * 500)
    proc = run("show", str(tmp_path / "x.txt"), "--json")
    assert proc.returncode == 2 and "binary" in proc.stderr and str(tmp_path / "x.txt") in proc.stderr


def test_show_json_is_utf8_json_on_stdout_alone() -> None:
    proc = run("show", "seeds/000_7f0f2242164ee204.txt", "--json")
    assert proc.returncode == 0 and proc.stderr == ""
    data = json.loads(proc.stdout)
    assert "Russia’s top military brass" in data["sentences"][1]  # curly quote, not \u2019


def test_notices_go_to_stderr_and_json_stays_clean(tmp_path: Path) -> None:
    path = tmp_path / "w.txt"
    path.write_bytes("The café opened on Monday, the owner said.\n\nIt was busy all day.\n".encode("cp1252"))
    proc = run("show", str(path), "--json")
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["sentences"][0] == "The café opened on Monday, the owner said."
    assert "not UTF-8" in proc.stderr


@pytest.mark.parametrize("where", ["before", "after"])
def test_config_option_stands_anywhere(where: str, tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text("# empty\n", encoding="utf-8")
    args = ["show", "seeds/004_c5490beb8bac2bd9.txt", "--json"]
    args = ["--config", str(config), *args] if where == "before" else [*args, "--config", str(config)]
    assert run(*args).returncode == 0


def test_events_json_honours_the_configs_corrections(tmp_path: Path) -> None:
    """A pin in [[events.pin]] moves an article into another event, or out on its own."""
    seed = "seeds/{}".format
    config = tmp_path / "config.toml"
    config.write_text(
        "# my corrections\n"
        f'[[events.pin]]\narticle = "{seed("002_7d91667dab803012.txt")}"\nwith = "{seed("000_7f0f2242164ee204.txt")}"\n'
        f'[[events.pin]]\narticle = "{seed("001_3f8f53560a646d72.txt")}"\nalone = true\n',
        encoding="utf-8",
    )
    proc = run("events", "seeds", "--json", "--config", str(config))
    assert proc.returncode == 0, proc.stderr
    groups = sorted(sorted(Path(a["path"]).name for a in e["articles"]) for e in json.loads(proc.stdout)["events"])
    assert groups == [
        ["000_7f0f2242164ee204.txt", "002_7d91667dab803012.txt", "003_0f17ba297f544814.txt"],
        ["001_3f8f53560a646d72.txt"],
        ["004_c5490beb8bac2bd9.txt"],
    ]


def test_read_cap_comes_from_the_config(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("[corpus]\nmax_bytes = 2000\n", encoding="utf-8")
    proc = run("show", "seeds/000_7f0f2242164ee204.txt", "--json", "--config", str(config))
    assert proc.returncode == 0
    assert "larger than 2,000 bytes" in proc.stderr
    assert len(json.loads(proc.stdout)["sentences"]) < 10


def test_a_config_that_does_not_parse_exits_2_naming_it(tmp_path: Path) -> None:
    config = tmp_path / "broken.toml"
    config.write_text("[reading\nthreshold = 5\n", encoding="utf-8")
    before = config.read_bytes()
    for args in (("events", "seeds", "--json"), ("compare", "seeds/000_7f0f2242164ee204.txt",
                                                  "seeds/003_0f17ba297f544814.txt", "--json")):
        proc = run(*args, "--config", str(config))
        assert proc.returncode == 2 and str(config) in proc.stderr and len(proc.stderr.splitlines()) == 1
    assert config.read_bytes() == before
