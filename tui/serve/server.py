"""The TUI in a web browser: textual-serve runs one `parallax` per browser tab and relays its
screen over a websocket to xterm.js in the page.

What Parallax changes: the page template (its own copy, which takes the Roboto Mono font from the
server instead of Google Fonts, so nothing is fetched from elsewhere); the address is said once
the port is bound; each browser session is logged as it starts and ends; and only a loopback
address is served unless the user says explicitly that they know there is no authentication.
"""

from __future__ import annotations

import asyncio
import ipaddress
import shlex
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from aiohttp import web
from textual_serve.server import Server

TEMPLATES = Path(__file__).resolve().parent / "templates"
"""Parallax's copy of textual-serve's page (see the comment at its top)."""

TITLE = "Parallax"
LOCAL_NAMES = ("localhost",)
"""Host names taken as this machine without resolving them (resolvers can be told otherwise)."""


def is_loopback(host: str) -> bool:
    """Whether `host` is this machine only: `localhost`, or a loopback address (127.0.0.0/8, ::1)."""
    if host.lower() in LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def public_url(host: str, port: int) -> str:
    """The address a browser opens: `http://127.0.0.1:8000/`, `http://[::1]:8000/`."""
    bare = host.strip("[]")
    shown = f"[{bare}]" if ":" in bare else bare
    return f"http://{shown}:{port}"


def app_command(config: str | None, paths: Sequence[str]) -> str:
    """The shell line textual-serve runs per session: this same Python and Parallax, with the
    same config file and PATHs (made absolute, so the session does not depend on its folder)."""
    argv = [sys.executable, "-m", "tui"]
    if config is not None:
        argv += ["--config", str(Path(config).absolute())]
    argv += [str(Path(p).absolute()) if "://" not in p else p for p in paths]
    return shlex.join(argv)


class ParallaxServer(Server):
    """textual-serve's server with Parallax's page, announcement and session log."""

    def __init__(self, command: str, host: str, port: int) -> None:
        super().__init__(command, host=host, port=port, title=TITLE, public_url=public_url(host, port),
                         templates_path=TEMPLATES)
        self.sessions = 0

    async def on_startup(self, app: web.Application) -> None:
        """Say nothing yet: the address is said once the port is bound (see `serve`)."""

    def _announce(self, _message: object = None) -> None:
        print(f"parallax: serving the TUI on {self.public_url}/ (no authentication: anyone who can reach "
              "this address can use it). Ctrl+C stops.", flush=True)

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """One browser session: logged as it starts and ends, so the terminal shows who is connected."""
        self.sessions += 1
        number = self.sessions
        print(f"parallax: session {number} started", flush=True)
        try:
            return await super().handle_websocket(request)
        finally:
            print(f"parallax: session {number} ended", flush=True)

    def serve(self, debug: bool = False) -> None:
        """Run until Ctrl+C or SIGTERM. Raises OSError when the address cannot be bound."""
        self.debug = debug
        self.initialize_logging()
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, self.request_exit)
        # aiohttp calls `print` once every site is listening: the moment to say the address. No
        # access log: request lines and user agents are the browser's text, not ours to print.
        web.run_app(self._make_app(), host=self.host, port=self.port, handle_signals=False, loop=loop,
                    print=self._announce, access_log=None)
