"""Parallax's own colour theme, registered by the app at start-up."""

from __future__ import annotations

from textual.theme import Theme

PARALLAX_THEME = Theme(
    name="parallax",
    primary="#4f8fd6",
    secondary="#7a6fd0",
    accent="#e0a33a",
    warning="#e0a33a",
    error="#d9534f",
    success="#4caf50",
    foreground="#e4e4e4",
    background="#16181c",
    surface="#1e2127",
    panel="#262a31",
    dark=True,
)
"""A calm dark theme whose accents stay apart when reduced to 256 or 16 colours."""
