"""The command line's usage errors: one line, exit 2, and each command's own help."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

PARALLAX = Path(sys.executable).with_name("parallax")


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(PARALLAX), *args], capture_output=True, text=True, timeout=60, cwd=cwd,
                          stdin=subprocess.DEVNULL, check=False)


def test_an_unknown_word_is_a_usage_error_not_a_tui(tmp_path: Path) -> None:
    result = run("frobnicate", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "frobnicate" in result.stderr and "events" in result.stderr


def test_the_tui_refuses_to_start_without_a_terminal() -> None:
    result = run("seeds")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "terminal" in result.stderr


def test_each_command_help_shows_only_its_own_usage() -> None:
    for command in ("events", "show", "compare", "coverage"):
        result = run(command, "--help")
        assert result.returncode == 0
        usage = result.stdout.split("\n\n")[0]
        assert usage.startswith(f"usage: parallax {command} ") and usage.count("usage:") == 1
        assert "COMMAND" not in usage and "[PATH ...]\n" not in usage
    compare = run("compare", "--help").stdout
    assert "LEFT" in compare and "the left article" in compare and "the right article" in compare
    assert "an article file" in run("show", "--help").stdout


def test_an_argument_error_is_one_line_naming_the_command() -> None:
    result = run("compare", "only-one.txt")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("parallax compare:")


def test_an_empty_config_name_is_refused_by_the_tui_too(tmp_path: Path) -> None:
    result = run("--config", "", "seeds")
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "config" in result.stderr


def test_an_empty_path_to_bookmark_is_named_as_such(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("", encoding="utf-8")
    result = run("bookmark", "add", "", "--config", str(config))
    assert result.returncode == 2 and "empty path" in result.stderr and "folder" not in result.stderr
    assert config.read_text(encoding="utf-8") == ""
