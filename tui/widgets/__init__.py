"""Widgets, one job each: an article pane on the Line API, its header, the status line."""
