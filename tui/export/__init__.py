"""Faces that write a comparison out of the terminal: a self-contained HTML page, Markdown with
YAML front matter, and the file location that works over SSH. Plain Python: no Textual, no Rich.
"""

from __future__ import annotations

from tui.export.files import export_folders, write_export
from tui.export.html import render_html
from tui.export.markdown import render_markdown

__all__ = ["export_folders", "render_html", "render_markdown", "write_export"]
