"""The one error every face shares: bad usage or unreadable input.

Kept apart from `tui.cli` so that commands, the config and the session can raise it
without importing the command line (which would import them back)."""

from __future__ import annotations


class UsageError(Exception):
    """Bad usage or unreadable input: one line for stderr, exit status 2."""
