"""`parallax serve [PATH...] [--host H] [--port N] [--i-know]`: the TUI in a web browser.

There is no authentication, so only this machine's loopback address is served unless the user
gives `--i-know`; the README says the same.
"""

from __future__ import annotations

import argparse

from tui.commands.common import cli_config
from tui.engine.sanitize import printable
from tui.errors import UsageError

MAX_PORT = 65535


def run(args: argparse.Namespace) -> int:
    # textual-serve (aiohttp) is imported here, not at the top: other commands must not pay for it.
    from tui.serve.server import ParallaxServer, app_command, is_loopback

    host = str(args.host)
    if not is_loopback(host) and not args.i_know:
        raise UsageError(f"serve: --host {printable(host)} is reachable from other machines and the app has no "
                         "authentication; add --i-know to serve it anyway")
    if not 1 <= args.port <= MAX_PORT:
        raise UsageError(f"serve: --port {args.port} is not between 1 and {MAX_PORT}")
    cli_config(args)  # a config that does not parse fails here, once, not in every browser session
    server = ParallaxServer(app_command(getattr(args, "config", None), args.paths), host, args.port)
    try:
        server.serve()
    except OSError as err:
        raise UsageError(f"serve: cannot listen on {printable(server.public_url)}: {err.strerror or err}") from err
    return 0
