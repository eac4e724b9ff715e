"""End to end: the real `parallax` command in a real terminal (tmux), driven by keys
and read back with capture-pane, as a user over SSH would see it."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PARALLAX = ROOT / ".venv" / "bin" / "parallax"
TMUX = shutil.which("tmux")

# The tmux server passes its environment on to the app. Under pytest, COLUMNS and
# LINES are set (80x24), and Textual would believe them over the real terminal.
SERVER_ENV = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.xdist_group("tmux"),
    pytest.mark.skipif(TMUX is None, reason="tmux is not installed: the end-to-end test needs a real terminal"),
    pytest.mark.skipif(not PARALLAX.exists(), reason="run `.venv/bin/pip install -e .` to get .venv/bin/parallax"),
]


class Terminal:
    """One tmux server of our own (its own socket), one session running parallax."""

    def __init__(self, socket: str) -> None:
        self.socket = socket

    def tmux(self, *args: str) -> str:
        assert TMUX is not None
        done = subprocess.run([TMUX, "-L", self.socket, *args], capture_output=True, text=True, timeout=10,
                              env=SERVER_ENV)
        return done.stdout

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "app")

    def alive(self) -> bool:
        assert TMUX is not None
        return subprocess.run([TMUX, "-L", self.socket, "has-session", "-t", "app"],
                              capture_output=True, timeout=10).returncode == 0

    def wait_for(self, text: str, timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} did not appear; the screen was:\n{screen}")

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.tmux("send-keys", "-t", "app", key)
            time.sleep(0.15)

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-t", "app", "-l", text)
        time.sleep(0.15)


@pytest.fixture
def home(isolated_home: Path) -> Path:
    return isolated_home


def start(home: Path, config: Path, *, size: tuple[int, int] = (80, 24), extra_env: dict[str, str] | None = None,
          ) -> Iterator[Terminal]:
    term = Terminal(f"parallax-e2e-{uuid.uuid4().hex[:8]}")
    env = {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_STATE_HOME": str(home / ".local/state"),
        "TERM": "xterm-256color",
        "LANG": os.environ.get("LANG", "C.UTF-8"),
        **(extra_env or {}),
    }
    settings = [f"-e{k}={v}" for k, v in env.items()]
    command = f"{PARALLAX} {ROOT / 'seeds'} --config {config}"
    term.tmux("-f", "/dev/null", "new-session", "-d", "-s", "app", "-x", str(size[0]), "-y", str(size[1]),
              "-c", str(home), *settings, command)
    try:
        yield term
    finally:
        term.tmux("kill-server")


def test_library_compare_help_bookmark_and_quit_in_a_real_terminal(home: Path) -> None:
    config = home / "config.toml"
    config.write_text("# kept\n", encoding="utf-8")
    for term in start(home, config):
        screen = term.wait_for("events from")
        assert "sources" in screen and "Compare" in screen
        term.keys("Enter")
        screen = term.wait_for("covered:")
        assert "LEFT" in screen and "RIGHT" in screen
        term.keys("n")
        term.wait_for("match 1 of")
        term.wait_for("▶")  # the current match's gutter sign
        term.keys("?")
        term.wait_for("Keys — Comparison")
        term.keys("Escape")
        term.wait_for("covered:")
        term.keys("b")
        term.wait_for("a note (optional)")
        term.type("seen in tmux")
        term.keys("Enter")
        deadline = time.monotonic() + 30
        while "seen in tmux" not in config.read_text(encoding="utf-8") and time.monotonic() < deadline:
            time.sleep(0.1)
        text = config.read_text(encoding="utf-8")
        assert "seen in tmux" in text, term.screen()
        assert text.startswith("# kept\n") and "[[bookmarks]]" in text
        term.keys("q")
        term.wait_for("events from")
        term.keys("q")
        deadline = time.monotonic() + 30
        while term.alive() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not term.alive()


def test_no_color_small_terminal_and_resizes(home: Path) -> None:
    config = home / "config.toml"
    config.write_text("", encoding="utf-8")
    for term in start(home, config, size=(60, 20), extra_env={"NO_COLOR": "1"}):
        term.wait_for("events from")
        term.keys("Enter")
        term.wait_for("covered:")
        term.keys("n")
        term.wait_for("match 1 of")
        screen = term.wait_for("▶")
        assert "▌" in screen
        for width, height in ((120, 40), (50, 15), (80, 24)):
            term.tmux("resize-window", "-t", "app", "-x", str(width), "-y", str(height))
            time.sleep(0.3)
            term.keys("n")
        screen = term.wait_for("covered:")
        assert term.alive()
