"""`parallax serve`'s rules that need no browser: which hosts count as this machine, the address
it prints, and the command each browser session runs (the same Python, config and PATHs)."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import pytest

from tui.cli import build_parser
from tui.serve.server import app_command, is_loopback, public_url


@pytest.mark.parametrize(("host", "local"), [
    ("127.0.0.1", True), ("127.1.2.3", True), ("::1", True), ("[::1]", True), ("localhost", True),
    ("LOCALHOST", True), ("0.0.0.0", False), ("::", False), ("192.168.1.5", False), ("10.0.0.1", False),
    ("example.org", False), ("localhost.example.org", False), ("", False),
])
def test_only_loopback_hosts_are_local(host: str, local: bool) -> None:
    assert is_loopback(host) is local


def test_public_url_brackets_ipv6() -> None:
    assert public_url("127.0.0.1", 8000) == "http://127.0.0.1:8000"
    assert public_url("::1", 8080) == "http://[::1]:8080"


def test_each_session_runs_this_python_with_the_same_config_and_paths(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    argv = shlex.split(app_command("my config.toml", ["news dir", "https://example.org/a"]))
    assert argv[:3] == [sys.executable, "-m", "tui"]
    assert argv[3:] == ["--config", str(tmp_path / "my config.toml"), str(tmp_path / "news dir"),
                        "https://example.org/a"]
    assert shlex.split(app_command(None, [])) == [sys.executable, "-m", "tui"]


def test_serve_defaults_to_loopback_and_config_may_follow_the_command() -> None:
    args = build_parser().parse_args(["serve", "--config", "c.toml"])
    assert (args.command, args.host, args.port, args.i_know, args.config) == ("serve", "127.0.0.1", 8000, False,
                                                                              "c.toml")
