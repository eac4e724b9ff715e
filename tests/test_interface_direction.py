"""The interface flows one way: the app imports the screens, never the other way round.

Screens and widgets receive the session and post messages (`tui.messages`); a module
under tui/screens or tui/widgets that imported `tui.app`, at module level or inside a
function, would bring the circle back. Only an import under `if TYPE_CHECKING:` (which
never runs) would be tolerated. The session is plain Python, like the engine.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

TUI = Path(__file__).resolve().parents[1] / "tui"


def _under_type_checking(tree: ast.Module) -> set[int]:
    """The ids of the nodes inside `if TYPE_CHECKING:` blocks."""
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                inside |= {id(n) for n in ast.walk(child)}
    return inside


def imported_modules(path: Path) -> list[str]:
    """Every module `path` imports, anywhere but under `if TYPE_CHECKING:`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _under_type_checking(tree)
    found: list[str] = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append(node.module)
            found += [f"{node.module}.{alias.name}" for alias in node.names]
    return found


def test_no_screen_or_widget_imports_the_app() -> None:
    offenders = [
        f"{path.relative_to(TUI)}: {name}"
        for folder in ("screens", "widgets")
        for path in sorted((TUI / folder).rglob("*.py"))
        for name in imported_modules(path)
        if name == "tui.app" or name.startswith("tui.app.")
    ]
    assert offenders == []


def test_the_check_sees_an_import_inside_a_function(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from tui.app import A\n"
                      "def f():\n    from tui.app import ParallaxApp\n", encoding="utf-8")
    assert imported_modules(sample).count("tui.app") == 1


def test_the_session_and_its_state_load_no_textual() -> None:
    code = "import sys, tui.session\nprint(','.join(sorted(m for m in sys.modules if m.split('.')[0] == 'textual')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_every_module_in_tui_is_at_most_500_lines_and_opens_with_a_docstring() -> None:
    too_long, undocumented = [], []
    for path in sorted(TUI.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if text.count("\n") > 500:
            too_long.append(str(path.relative_to(TUI)))
        if text.strip() and ast.get_docstring(ast.parse(text)) is None:
            undocumented.append(str(path.relative_to(TUI)))
    assert too_long == []
    assert undocumented == []


def test_the_headless_packages_import_no_ui_library() -> None:
    """Sources, exports, config and the session are plain Python, like the engine."""
    offenders = []
    for folder in ("sources", "export", "config"):
        for path in sorted((TUI / folder).rglob("*.py")):
            offenders += [f"{path.relative_to(TUI)}: {name}" for name in imported_modules(path)
                          if name.split(".")[0] in {"textual", "rich"}]
    for path in (TUI / "session.py", TUI / "bookmarks.py"):
        offenders += [f"{path.name}: {name}" for name in imported_modules(path)
                      if name.split(".")[0] in {"textual", "rich"}]
    assert offenders == []
