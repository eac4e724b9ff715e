"""End to end: `parallax serve` on 127.0.0.1 opened in a real headless Chromium. The page loads
from the local server alone, its terminal connects, the library of the seeds is drawn and answers
keys; the server logs the session. Also: a non-local --host is refused without --i-know."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.e2e.browser import WAIT, Page, chromium, png_facts
from tests.e2e.harness import session_env

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("browser")]

ROOT = Path(__file__).resolve().parents[2]
MIN_DISTINCT_BYTES = 64
"""See test_browser_export: a drawn screen has far more distinct bytes than a blank one."""

# Installed before the page's own script runs: keeps, as text, everything the server sends down
# the terminal's websocket, so the test can read what the app drew (xterm.js draws on a canvas).
RECORD_TERMINAL_JS = """
window.__received = '';
const decoder = new TextDecoder();
const Native = window.WebSocket;
window.WebSocket = class extends Native {
  constructor(...args) {
    super(...args);
    this.addEventListener('message', event => {
      if (event.data instanceof ArrayBuffer) window.__received += decoder.decode(event.data, {stream: true});
      else if (typeof event.data === 'string') window.__received += event.data;
      else if (event.data instanceof Blob) event.data.text().then(text => { window.__received += text; });
    });
  }
};
"""
ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-_]")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Served:
    """A running `parallax serve` and its output so far."""

    def __init__(self, process: subprocess.Popen[bytes], log: Path) -> None:
        self.process = process
        self.log = log

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def wait_for(self, text: str, timeout: float = WAIT) -> str:
        deadline = time.monotonic() + timeout
        while text not in (out := self.output()):
            if self.process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"parallax serve never said {text!r}; it said:\n{out[-3000:]}")
            time.sleep(0.1)
        return out


@contextmanager
def serve(home: Path, *args: str) -> Iterator[Served]:
    env = session_env(home, extra={"PYTHONPATH": str(ROOT), "PARALLAX_SEMANTIC": "0", "COLUMNS": "200"})
    log = home / "serve.log"
    with log.open("wb") as out:
        process = subprocess.Popen([sys.executable, "-m", "tui", "serve", *args], stdin=subprocess.DEVNULL,
                                   stdout=out, stderr=subprocess.STDOUT, env=env, cwd=home)
    try:
        yield Served(process, log)
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=30)


def screen_text(page: Page) -> str:
    """What the app has drawn so far, as text without the terminal's escape sequences."""
    return ESCAPES.sub("", str(page.evaluate("window.__received")))


def test_the_served_tui_in_chromium(isolated_home: Path) -> None:
    config = isolated_home / "config.toml"
    config.write_text("# served\n", encoding="utf-8")
    port = free_port()
    with serve(isolated_home, "--port", str(port), "--config", str(config)) as served:
        said = served.wait_for("parallax: serving the TUI on")
        address = f"http://127.0.0.1:{port}/"
        assert address in said and "no authentication" in said
        with chromium() as page:
            page.call("Network.enable")
            page.call("Page.enable")
            page.call("Page.addScriptToEvaluateOnNewDocument", source=RECORD_TERMINAL_JS)
            page.call("Emulation.setDeviceMetricsOverride", width=1280, height=800, deviceScaleFactor=1,
                      mobile=False)
            page.open(address)
            # The terminal connected and the app's first bytes arrived (textual.js marks the body).
            page.wait_for("document.body.classList.contains('-first-byte')", "the terminal's first bytes")
            served.wait_for("parallax: session 1 started")
            # The library of the seeds is drawn (the same words the tmux test waits for).
            page.wait_for("(window.__received || '').includes('events from')", "the library", timeout=2 * WAIT)
            # What arrived is drawn a little later: poll the drawn text for what is asserted.
            deadline = time.monotonic() + 2 * WAIT
            text = screen_text(page)
            while not ("events from" in text and "reports" in text) and time.monotonic() < deadline:
                time.sleep(0.1)
                text = screen_text(page)
            assert "events from" in text and "reports" in text and "covered:" not in text
            # xterm.js paints what arrived on a canvas at its own pace: poll the picture too.
            deadline = time.monotonic() + WAIT
            while True:
                png = page.screenshot(1280, 800)
                width, height, distinct = png_facts(png)
                if distinct >= MIN_DISTINCT_BYTES or time.monotonic() > deadline:
                    break
                time.sleep(0.5)
            (isolated_home / "served.png").write_bytes(png)
            assert (width, height) == (1280, 800) and distinct >= MIN_DISTINCT_BYTES
            # Keys typed in the page reach the app: Enter opens the comparison.
            page.evaluate("document.querySelector('.xterm-helper-textarea').focus()")
            page.call("Input.dispatchKeyEvent", type="keyDown", key="Enter", code="Enter", windowsVirtualKeyCode=13,
                      text="\r")
            page.call("Input.dispatchKeyEvent", type="keyUp", key="Enter", code="Enter", windowsVirtualKeyCode=13)
            page.wait_for("(window.__received || '').includes('covered:')", "the comparison after Enter",
                          timeout=2 * WAIT)
            # Everything came from the local server: the page, its script, style sheet, font, socket.
            outside = [url for url in page.requests() if not url.startswith(f"http://127.0.0.1:{port}/")]
            assert outside == []
        served.wait_for("parallax: session 1 ended")
        served.process.send_signal(signal.SIGINT)
        assert served.process.wait(timeout=WAIT) == 0


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.1", "example.org"])
def test_a_non_local_host_is_refused_without_i_know(host: str, isolated_home: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "tui", "serve", "--host", host, "--port", str(free_port())],
                            capture_output=True, text=True, env=env, timeout=120, check=False)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "--i-know" in result.stderr and "Traceback" not in result.stderr


def test_a_busy_port_is_one_line_exit_2(isolated_home: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        result = subprocess.run([sys.executable, "-m", "tui", "serve", "--port", str(port)], capture_output=True,
                                text=True, env=env, timeout=120, check=False)
    assert result.returncode == 2 and "cannot listen" in result.stderr
    assert result.stderr.strip().count("\n") == 0 and "Traceback" not in result.stderr
