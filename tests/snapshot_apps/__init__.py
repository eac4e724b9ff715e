"""Apps for snapshot tests, built on fixed fixture data so that a change in the
engine's output does not move a pixel: only a change in the TUI does."""
