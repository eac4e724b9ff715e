"""A real headless Chromium for the browser tests, driven over the DevTools protocol.

Debian's `chromium` (scripts/system-deps installs it) runs with a fresh profile in a temporary
folder and its debugging port on 127.0.0.1; a small synchronous client speaks the protocol over
a websocket. The browser cannot reach beyond this machine: every host name resolves to nothing
but 127.0.0.1 and localhost, and every other request goes to a proxy on a closed local port.
"""

from __future__ import annotations

import base64
import itertools
import json
import shutil
import struct
import subprocess
import tempfile
import time
import urllib.request
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from websockets.sync.client import ClientConnection, connect

WAIT = 60.0
"""Seconds to wait for the browser or a page to reach what a test asserts (a hang guard)."""
POLL = 0.1
"""Seconds between two looks at the page while waiting."""
CLOSED_PORT = 9
"""The discard port, closed on test machines: the proxy that every non-local request is sent to."""

FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
    f"--proxy-server=http://127.0.0.1:{CLOSED_PORT}",
    "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
)


def chromium_path() -> str:
    for name in ("chromium", "chromium-browser"):
        if path := shutil.which(name):
            return path
    pytest.skip("chromium is not installed (scripts/system-deps installs Debian's chromium where it may)")


class Page:
    """One browser tab: protocol calls, the events seen so far, and polling waits."""

    def __init__(self, ws: ClientConnection) -> None:
        self.ws = ws
        self.events: list[dict[str, Any]] = []
        self._ids = itertools.count(1)

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        ident = next(self._ids)
        self.ws.send(json.dumps({"id": ident, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv(timeout=WAIT))
            if message.get("id") == ident:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                result: dict[str, Any] = message.get("result", {})
                return result
            if "method" in message:
                self.events.append(message)

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (promises awaited)."""
        reply = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in reply:
            raise RuntimeError(f"{expression}: {reply['exceptionDetails']}")
        return reply["result"].get("value")

    def wait_for(self, expression: str, what: str, timeout: float = WAIT) -> Any:
        """Poll until the expression is truthy; fail naming `what` after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.evaluate(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                pytest.fail(f"the page never showed {what} within {timeout:.0f} s")
            time.sleep(POLL)

    def open(self, url: str) -> None:
        """Navigate and wait until the page and its subresources have loaded."""
        self.call("Page.navigate", url=url)
        self.wait_for(f"document.readyState === 'complete' && location.href === {json.dumps(url)}",
                      f"{url} loaded")

    def screenshot(self, width: int, height: int) -> bytes:
        """A PNG of the viewport at width x height CSS pixels (scale 1)."""
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1,
                  mobile=False)
        return base64.b64decode(self.call("Page.captureScreenshot", format="png")["data"])

    def requests(self) -> list[str]:
        """The URL of every request the page has made (Network.enable must have been called)."""
        self.evaluate("1")  # drain the events that came in since the last call
        return [e["params"]["request"]["url"] for e in self.events if e["method"] == "Network.requestWillBeSent"]


def png_facts(data: bytes) -> tuple[int, int, int]:
    """A PNG's width, height and the number of distinct byte values in its (filtered) pixel rows:
    a blank page gives a handful, drawn text and colours give well over a hundred."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    at, idat = 8, b""
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        if kind == b"IDAT":
            idat += data[at + 8:at + 8 + length]
        at += 12 + length
    return width, height, len(set(zlib.decompress(idat)))


@contextmanager
def chromium(width: int = 1280, height: int = 800) -> Iterator[Page]:
    """A headless Chromium with a fresh profile; yields its first tab and stops it on the way out."""
    binary = chromium_path()
    profile = Path(tempfile.mkdtemp(prefix="pxchrome-"))
    log = (profile / "chromium.log").open("wb")
    process = subprocess.Popen([binary, *FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}",
                                "about:blank"], stdin=subprocess.DEVNULL, stdout=log, stderr=log)
    try:
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + WAIT
        while not (port_file.exists() and port_file.read_text().strip()):
            if process.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail(f"chromium did not start: {(profile / 'chromium.log').read_text(errors='replace')[-2000:]}")
            time.sleep(POLL)
        port = int(port_file.read_text().split()[0])
        direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # no proxy from the environment
        with direct.open(f"http://127.0.0.1:{port}/json/list", timeout=WAIT) as reply:
            targets = json.loads(reply.read())
        target = next(t for t in targets if t.get("type") == "page")
        with connect(target["webSocketDebuggerUrl"], max_size=None, open_timeout=WAIT) as ws:
            yield Page(ws)
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=30)
        log.close()
        shutil.rmtree(profile, ignore_errors=True)
