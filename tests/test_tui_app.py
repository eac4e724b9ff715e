"""Pilot tests of the app as a whole: loading in a worker, themes, the config reaching the app, a random walk.

They press real keys on real screens; most run on the fixed fixture
(tests/snapshot_apps/fixture.py), the loading ones on the real seeds.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.screen import Screen

from tests.conftest import (
    ROOT,
    SIZE,
    compare_ready,
    on_screen,
    open_first_event,
    tree_of,
    wait_until,
)
from tests.snapshot_apps.fixture import fixture_app
from tui.app import ParallaxApp
from tui.resources import styles_dir
from tui.screens.picker import PickerScreen
from tui.session import Session
from tui.widgets.article_pane import ArticlePane
from tui.widgets.pane_header import PaneHeader


async def test_the_seeds_load_in_a_worker_then_show() -> None:
    app = ParallaxApp(Session([str(ROOT / "seeds")]))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.session.shelf is not None, "the corpus")
        await pilot.pause()
        assert app.session.shelf is not None and len(app.session.shelf.corpus.articles) == 5
        assert tree_of(app).root.children
        await pilot.press("enter")
        screen = await compare_ready(pilot)
        assert screen.pane("left").sentence_count > 0


def _screen_classes() -> list[type[Screen[Any]]]:
    """Every screen class Parallax defines (each module of tui.screens, imported)."""
    import importlib
    import inspect

    found: list[type[Screen[Any]]] = []
    for path in sorted((ROOT / "tui" / "screens").glob("*.py")):
        module = importlib.import_module(f"tui.screens.{path.stem}")
        found += [c for _, c in inspect.getmembers(module, inspect.isclass)
                  if issubclass(c, Screen) and c.__module__ == module.__name__]
    return found


def test_every_stylesheet_is_the_app_s_or_a_screen_s() -> None:
    """A file in styles/ that nothing names would style nothing: each is the app's CSS_PATH or
    some screen's, and each of those paths exists; and each screen names the files whose rules
    name it (the confirmation shown before any picker is styled all the same)."""
    named = {Path(p) for p in ParallaxApp.CSS_PATH}
    sheets = {path: path.read_text(encoding="utf-8") for path in styles_dir().glob("*.tcss")}
    for screen in _screen_classes():
        paths = screen.CSS_PATH or []
        own = {Path(p) for p in (paths if isinstance(paths, list) else [paths])}
        # a screen shown first must bring every sheet whose rules name it
        assert {path for path, text in sheets.items() if screen.__name__ in text} <= own | named, screen
        named |= own
    assert named == set(sheets)


async def test_a_screen_s_styles_come_with_it() -> None:
    """The library's first frame parses only the app's stylesheet (bench tui: the others cost
    about 9 ms of the start); the comparison and the picker are styled once shown."""
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()

        def loaded(name: str) -> bool:
            return any(str(where[0]).endswith(name) for where in app.stylesheet.source)

        assert loaded("app.tcss") and not loaded("panes.tcss") and not loaded("dialogs.tcss")
        screen = await open_first_event(pilot)
        assert loaded("panes.tcss") and loaded("compare.tcss")
        assert screen.query_one(PaneHeader).styles.max_height is not None  # panes.tcss: at most 4 lines
        await pilot.press("c")
        picker = await on_screen(pilot, PickerScreen)
        assert picker.query_one("#dialog").styles.border.top[0] == "round"  # dialogs.tcss


@pytest.mark.parametrize("theme", ["textual-light", "parallax"])
async def test_themes_render(theme: str) -> None:
    app = fixture_app(theme=theme)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == theme
        await open_first_event(pilot)
        await pilot.press("n")
        assert isinstance(app.screen.query_one("#left", ArticlePane), ArticlePane)


def test_the_config_reaches_the_app_and_an_unknown_theme_exits_cleanly(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from tui.cli import main

    started: list[ParallaxApp] = []
    monkeypatch.setattr(ParallaxApp, "run", lambda self, *a, **k: started.append(self))
    monkeypatch.setattr("tui.commands.open_tui.has_terminal", lambda: True)
    monkeypatch.chdir(ROOT)
    config_path = tmp_path / "config.toml"
    config_path.write_text('[reading]\ntheme = "nord"\nlayout = "stacked"\nthreshold = 55.0\nparaphrases = false\n'
                           '[keys]\nnext_match = "x"\n', encoding="utf-8")
    assert main(["--config", str(config_path)]) == 0
    app = started[0]
    assert app.session.paths == ["seeds"]
    chosen = app.session.settings
    assert (chosen.theme, chosen.layout, chosen.threshold) == ("nord", "stacked", 55.0)
    assert chosen.paraphrases is False
    assert chosen.keymap == {"next_match": "x"}
    config_path.write_text('[reading]\ntheme = "no-such-theme"\n', encoding="utf-8")
    assert main(["seeds", "--config", str(config_path)]) == 2
    err = capsys.readouterr().err
    assert "no-such-theme" in err and err.count("\n") == 1
    assert len(started) == 1


async def test_a_long_random_walk_over_the_keys_never_crashes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A fixed pseudo-random sequence (the same every run) over every screen's keys. In a
    folder of its own: `e` exports into the working folder."""
    import random

    monkeypatch.chdir(tmp_path)
    keys = ["j", "k", "enter", "n", "N", "tab", "s", "left_square_bracket", "right_square_bracket", "c", "b",
            "B", "question_mark", "escape", "v", "slash", "x", "e", "d", "y", "m", "i", "down", "up", "a"]
    rng = random.Random(20261123)
    app = fixture_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for _ in range(120):
            await pilot.press(rng.choice(keys))
        await pilot.pause()
        assert app.is_running

