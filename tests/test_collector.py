"""The cycle collector paused while the app starts (tui.collector): `parallax` pauses it before
its imports, the app resumes it once the library lists the corpus, or after COLLECTOR_PAUSE
when a cold reading lasts; other commands keep it on."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import tui.app
from tests.conftest import ROOT, SIZE, seed_copies, tree_of, wait_until
from tui import collector
from tui.app import ParallaxApp
from tui.session import Session


@pytest.fixture(autouse=True)
def collector_on() -> Iterator[None]:
    """Every test leaves the collector on, as the process had it."""
    yield
    collector.resume()
    gc.enable()


def test_pause_and_resume_turn_the_collector_off_and_on() -> None:
    collector.pause()
    assert not gc.isenabled()
    collector.resume()
    assert gc.isenabled()


def test_a_collector_someone_else_turned_off_stays_off() -> None:
    gc.disable()
    collector.pause()
    collector.resume()
    assert not gc.isenabled(), "resume turns on only what pause turned off"


async def test_the_app_resumes_the_collector_after_the_frame_that_lists_the_corpus(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tui.app, "COLLECTOR_PAUSE", 600.0)  # only the listing may turn it back on
    collector.pause()
    app = ParallaxApp(Session([str(ROOT / "seeds")]))
    frames: list[tuple[bool, bool]] = []  # per frame: rows listed, collector on
    original = app._display

    def display(*args: Any, **kwargs: Any) -> Any:
        frames.append((bool(tree_of(app).root.children), gc.isenabled()))
        return original(*args, **kwargs)

    app._display = display  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, gc.isenabled, "the collector back on")
        await wait_until(pilot, lambda: any(rows for rows, _ in frames), "a frame that lists the seeds")
    listed = next(i for i, (rows, _) in enumerate(frames) if rows)
    assert not any(on for _, on in frames[:listed + 1]), "paused until the corpus is on screen"


async def test_a_long_cold_reading_does_not_keep_the_collector_off(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = seed_copies(tmp_path / "many", 600)  # several seconds to read cold
    monkeypatch.setattr(tui.app, "COLLECTOR_PAUSE", 0.2)
    collector.pause()
    app = ParallaxApp(Session([str(corpus)]))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, gc.isenabled, "the collector back on")
        assert app.session.shelf is None, "back on while the corpus is still read"
        await wait_until(pilot, lambda: app.session.shelf is not None, "the corpus", timeout=120)


def _collector_seen(*args: str) -> list[str]:
    """`tui.cli.main(args)` in a fresh process with no terminal; what it printed last: whether the
    collector was on when the command's own code began, the exit code, and whether it is on after."""
    code = ("import gc, sys, tui.cli, importlib\n"
            "name = 'open_tui' if len(sys.argv) == 1 else 'events'\n"
            "module = importlib.import_module('tui.commands.' + name)\n"
            "inner = module.run\n"
            "def run(args):\n"
            "    print('during', gc.isenabled())\n"
            "    return inner(args)\n"
            "module.run = run\n"
            "rc = tui.cli.main(sys.argv[1:])\n"
            "print('after', rc, gc.isenabled())\n")
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL, check=False)
    return [line for line in done.stdout.splitlines() if line.startswith(("during", "after"))]


def test_the_command_line_pauses_it_for_the_app_and_turns_it_back_on() -> None:
    # No terminal: the app refuses to start (exit 2); it ran paused, and the collector is back on.
    assert _collector_seen() == ["during False", "after 2 True"]


def test_other_commands_keep_the_collector_on() -> None:
    assert _collector_seen("events", "--json", str(ROOT / "seeds")) == ["during True", "after 0 True"]
