"""The corpus read while the app starts (tui.reading): `parallax` begins reading before it
imports Textual, and the library takes the reading over, listing it in its first frame when it
is done by then, following its progress when it is not, and cancelling it when the app quits."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from rich.text import Text
from textual.widgets import Label

from tests.conftest import ROOT, SIZE, seed_copies, tree_of, wait_until
from tui import reading as reading_module
from tui.app import ParallaxApp
from tui.engine import pipeline
from tui.engine.corpus import Found
from tui.engine.pipeline import Encoded
from tui.screens.library import LibraryScreen
from tui.session import Session

LARGE = 600
"""Files in a corpus whose cold reading outlasts the app's start (about 6 ms a file here)."""


def _frames(app: ParallaxApp) -> list[tuple[bool, str]]:
    """Record, for every frame the library draws, whether its tree has rows and its title."""
    seen: list[tuple[bool, str]] = []
    original = app._display

    def display(*args: Any, **kwargs: Any) -> Any:
        screen = app.screen
        if isinstance(screen, LibraryScreen):
            title = screen.query_one("#title", Label).render()
            seen.append((bool(tree_of(app).root.children), str(title.plain if isinstance(title, Text) else title)))
        return original(*args, **kwargs)

    app._display = display  # type: ignore[method-assign]
    return seen


async def test_a_corpus_read_while_the_app_starts_is_listed_in_the_library_s_first_frame() -> None:
    session = Session([str(ROOT / "seeds")])
    session.begin_reading()
    assert session.reading is not None and session.reading.wait(60)
    app = ParallaxApp(session)
    frames = _frames(app)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: bool(frames), "the library's first frame")
        await wait_until(pilot, lambda: app.session.shelf is not None, "the app to keep the shelf")
    assert frames[0][0], "the first frame of the library should list the articles"
    assert "events from 5 articles" in frames[0][1]
    assert session.reading is None  # taken over by the library
    assert app.session.shelf is not None and len(app.session.shelf.corpus.articles) == 5


async def test_a_reading_still_going_is_followed_with_its_progress(tmp_path: Path) -> None:
    corpus = seed_copies(tmp_path / "many", LARGE)
    session = Session([str(corpus)])
    session.begin_reading()
    app = ParallaxApp(session)
    frames = _frames(app)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.session.shelf is not None, "the corpus", timeout=120)
        await wait_until(pilot, lambda: frames[-1][0], "the rows drawn")
    assert not frames[0][0] and "reading" in frames[0][1]  # the reading outlasted the start
    assert any(f"of {LARGE:,} files" in title for _, title in frames), "its progress should be shown"
    shelf = app.session.shelf
    assert shelf is not None and len(shelf.corpus.articles) == LARGE


async def test_quitting_while_the_corpus_is_read_stops_the_reading(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # The reading waits at its first file until the app has quit: on a busy machine a free-running
    # reading could be done before the key, and there would be nothing left to stop.
    quit_pressed = threading.Event()
    read = pipeline._read_in_worker

    def held(job: tuple[Found, int]) -> Encoded:
        quit_pressed.wait(60)
        return read(job)

    monkeypatch.setattr(pipeline, "_read_in_worker", held)
    corpus = seed_copies(tmp_path / "many", LARGE)
    session = Session([str(corpus)])
    session.begin_reading()
    reading = session.reading
    assert reading is not None
    app = ParallaxApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: session.reading is None, "the library to take the reading")
        assert not reading.done()
        await pilot.press("q")
    quit_pressed.set()
    assert reading.wait(60)
    assert reading.result() is None  # cancelled: no shelf


async def test_what_the_reading_could_not_read_is_said(tmp_path: Path) -> None:
    store = tmp_path / "sources.sqlite"
    store.write_bytes(b"this is not a database, " * 100)
    session = Session([str(ROOT / "seeds")], store=store, with_stored=True)
    session.begin_reading()
    assert session.reading is not None and session.reading.wait(60)
    app = ParallaxApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: any("database" in str(n.message) for n in app._notifications),
                         "the store's problem told")
        assert tree_of(app).root.children  # the files are listed all the same
    assert store.read_bytes() == b"this is not a database, " * 100


def test_a_short_reading_is_over_before_the_app_is_imported(monkeypatch: pytest.MonkeyPatch) -> None:
    # A warm cache's reading is waited for (up to HEAD_START): alone it is faster than beside
    # Textual's imports. The reading here takes a fifth of a second, the head start is raised
    # so that a busy machine cannot make the test's point for it.
    def slow(session: Session, **kwargs: Any) -> None:
        time.sleep(0.2)

    monkeypatch.setattr(reading_module, "read_shelf", slow)
    monkeypatch.setattr("tui.session.HEAD_START", 60.0)
    session = Session([str(ROOT / "seeds")])
    session.begin_reading()
    assert session.reading is not None and session.reading.done()


def test_a_long_reading_is_not_waited_for_beyond_its_head_start(monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()

    def held(session: Session, **kwargs: Any) -> None:
        release.wait(60)

    monkeypatch.setattr(reading_module, "read_shelf", held)
    session = Session([str(ROOT / "seeds")])
    start = time.monotonic()
    session.begin_reading()
    waited = time.monotonic() - start
    release.set()
    assert session.reading is not None and session.reading.wait(60)
    assert waited < 30, "the app should start while a long reading goes on"
