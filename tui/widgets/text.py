"""Untrusted strings on their way to the screen: file names, notes, labels.

The engine cleans article text as it reads it; names and notes from elsewhere (a
hand-edited config, a hostile file name) pass through here, so no escape sequence
reaches the terminal. Widgets then get them as rich.text.Text, never as markup.
"""

from __future__ import annotations

from tui.engine.sanitize import strip_controls


def clean(value: str) -> str:
    """`value` without escape sequences or control characters, on one line."""
    return " ".join(strip_controls(value).split())


def unknown(value: str | None) -> str:
    """Metadata as shown: "unknown" rather than blank or a guess."""
    return clean(value) if value else "unknown"
