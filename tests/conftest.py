"""Shared fixtures. Every test runs with HOME and the XDG folders in a temporary
place, so no test reads or writes the real user's config, cache or data."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

import numpy as np
import pytest
from hypothesis import settings
from rich.text import Text
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Tree
from textual.worker import WorkerState

from tui.app import ParallaxApp
from tui.engine import events
from tui.engine.corpus import load_corpus
from tui.engine.features import article_terms
from tui.engine.model import Article, Sentence
from tui.engine.people import People
from tui.engine.sparse import CSR
from tui.engine.timegap import PairTimes, references, trusted_days, weekdays_told
from tui.engine.weights import weight_matrix
from tui.screens.compare import CompareScreen
from tui.screens.help import HelpScreen
from tui.widgets.status_bar import StatusBar

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
KIND_DATA = ROOT / "bench" / "data"
"""The same-kind corpora (bench/bench_kind.py), each a copy with dates and one without."""
SIZE = (100, 30)
"""The terminal size of the Pilot tests that do not test a size."""
S = TypeVar("S", bound=Screen[Any])


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (("XDG_CONFIG_HOME", ".config"), ("XDG_CACHE_HOME", ".cache"),
                     ("XDG_DATA_HOME", ".local/share"), ("XDG_STATE_HOME", ".local/state")):
        (home / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("PARALLAX_CONFIG", raising=False)
    yield home


@pytest.fixture()
def corpus_dir(tmp_path: Path) -> Path:
    """The seeds' text files copied into a folder of the test's, plus one empty file."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def seed_copies(folder: Path, count: int) -> Path:
    """`folder` made with `count` copies of the seeds' text files, numbered: a corpus large
    enough for the process pools once their thresholds are lowered."""
    seeds = sorted(SEEDS.glob("*.txt"))
    folder.mkdir()
    for n in range(count):
        seed = seeds[n % len(seeds)]
        (folder / f"{n:02d}_{seed.name}").write_bytes(seed.read_bytes())
    return folder


# The suite's property tests are derandomized so CI is reproducible: the same
# examples on every run. `make fuzz` explores with fresh random examples, many more.
settings.register_profile("suite", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("explore", max_examples=1500, deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))


# -- helpers the TUI tests share ---------------------------------------------------


def b_cubed_of(found: Iterable[Iterable[str]], gold: Mapping[str, str]) -> float:
    """B-cubed F1 of groups of names (`found`, every name of `gold` in one) against `gold`'s labels,
    by the benchmarks' own measure (bench.bench_events.b_cubed); names without a label are left out."""
    from bench.bench_events import b_cubed

    names = sorted(gold)
    at = {name: k for k, name in enumerate(names)}
    groups = [[at[name] for name in group if name in at] for group in found]
    return b_cubed([g for g in groups if g], [gold[name] for name in names])


def art(path: str, *texts: str, title: str | None = None, date: str | None = None) -> Article:
    """An article straight from its sentences, as the reader would build it (grouping tests)."""
    sentences = []
    pos = 0
    for text in texts:
        sentences.append(Sentence(text, pos, pos + len(text)))
        pos += len(text) + 1
    return Article(path, title, None, None, date, None, " ".join(texts), tuple(sentences))


def pair_times(articles: Sequence[Article], *, told: bool = False) -> PairTimes:
    """What grouping's last step reads of `articles`' dates and people (timegap.PairTimes), built as
    events.merge_groups builds it, from their own terms; with `told`, the weekdays their leads tell too."""
    days = trusted_days(articles)
    return PairTimes(weight_matrix(article_terms(a) for a in articles), days, references(articles, days),
                     People.of(articles), weekdays_told(articles, days) if told else None)


async def workers_done(pilot: Pilot[Any]) -> None:
    """Poll until no worker of the app is pending or running (some end cancelled: a newer one
    replaced them), then let their answers reach the screen."""
    await wait_until(pilot, lambda: not any(w.state in (WorkerState.PENDING, WorkerState.RUNNING)
                                            for w in pilot.app.workers), "the workers")
    await pilot.pause()


WAIT = 60.0
"""Seconds a Pilot wait polls before failing: a hang guard, not a timing assert. Generous, since
CI may share a loaded 2-core machine (only a failing test ever waits this long)."""


async def wait_until(pilot: Pilot[Any], condition: Callable[[], bool], what: str, timeout: float = WAIT) -> None:
    """Poll (without asserting on time) until `condition` holds; fail naming `what`."""
    for _ in range(int(timeout / 0.02)):
        if condition():
            return
        await pilot.pause(0.02)
    raise AssertionError(f"timed out waiting for {what}")


async def on_screen(pilot: Pilot[Any], kind: type[S]) -> S:
    """Wait until the app shows a screen of `kind`, mounted (its widgets composed), and return it.
    A key's screen can come a few messages after the key (an action posts to the app, which pushes
    it; a modal's dismissal calls back): asserting the screen right after `press` races those
    messages on a busy machine."""
    app = pilot.app
    await wait_until(pilot, lambda: isinstance(app.screen, kind) and app.screen.is_mounted, f"the {kind.__name__}")
    screen = app.screen
    assert isinstance(screen, kind)
    return screen


async def compare_ready(pilot: Pilot[None]) -> CompareScreen:
    app = pilot.app
    await wait_until(pilot, lambda: isinstance(app.screen, CompareScreen) and app.screen.settled
                     and (not app.screen.matches or app.screen.current is not None),
                     "an aligned comparison, lined up on its first match")
    await pilot.pause()
    assert isinstance(app.screen, CompareScreen)
    return app.screen


def tree_of(app: ParallaxApp) -> Tree[object]:
    return app.screen.query_one("#events", Tree)


def plain(label: str | Text) -> str:
    """A tree label's text, whether it was given as a string or as Text."""
    return label if isinstance(label, str) else label.plain


def side(screen: CompareScreen) -> str:
    """The focused side, read afresh (a plain attribute read would let mypy narrow it for good)."""
    return str(screen.side)


def status(screen: CompareScreen) -> str:
    rendered = screen.query_one(StatusBar).render()
    return str(rendered)


def cursor_data(app: ParallaxApp) -> object:
    node = tree_of(app).cursor_node
    return node.data if node else None


async def open_first_event(pilot: Pilot[None]) -> CompareScreen:
    await pilot.press("enter")
    return await compare_ready(pilot)


async def run_command(pilot: Pilot[None], query: str) -> None:
    """Open the palette, type `query`, wait for its best hit to show, and run it."""
    from textual.command import CommandInput, CommandList, CommandPalette

    await pilot.press("ctrl+p")
    palette = await on_screen(pilot, CommandPalette)
    await pilot.press(*query)
    typed, hits = palette.query_one(CommandInput), palette.query_one(CommandList)

    def found() -> bool:
        """The whole query typed, no search still running (the list keeps an earlier, shorter
        query's hits until the new search's first batch), and a hit for it first."""
        searching = any(w.group == CommandPalette._GATHER_COMMANDS_GROUP
                        and w.state in (WorkerState.PENDING, WorkerState.RUNNING) for w in pilot.app.workers)
        return typed.value == query and not searching and hits.option_count > 0 \
            and query.split(":")[0].lower() in str(hits.get_option_at_index(0).prompt).lower()

    await wait_until(pilot, found, f"a palette hit for {query!r}")
    await pilot.pause()  # a search the last key started a message later would show now
    await wait_until(pilot, found, f"a palette hit for {query!r}, the search done")
    await pilot.press("enter")


def help_text(app: ParallaxApp) -> str:
    assert isinstance(app.screen, HelpScreen)
    return "\n".join(t.title.plain if isinstance(t.title, Text) else str(t.title) for t in app.screen._sections()) \
        + "\n" + "\n".join(cell.plain for t in app.screen._sections() for col in t.columns
                           for cell in col._cells if isinstance(cell, Text))


def pair_rows(screen: CompareScreen) -> tuple[int, int]:
    """Where the current match starts on screen in each pane."""
    assert screen.current is not None
    match = screen.matches[screen.current]
    left, right = screen.pane("left"), screen.pane("right")
    return (left.first_line(min(match.left)) - round(left.scroll_y),
            right.first_line(min(match.right)) - round(right.scroll_y))


def kind_reports(corpus: str, copy: str = "with_dates") -> list[Article]:
    """A same-kind corpus's reports (`copy`: "with_dates" or "no_dates") by path, read as `python -m bench kind`
    reads them."""
    return sorted(load_corpus([KIND_DATA / corpus / copy]).articles, key=lambda a: a.path)


def owners(articles: Sequence[Article]) -> dict[str, int]:
    """Each report's event, by its file's name."""
    return {Path(a.path).name: k for k, e in enumerate(events.group_events(articles)) for a in e.articles}


@functools.cache
def grouped(corpus: str, copy: str = "with_dates") -> Mapping[str, int]:
    """owners of a whole same-kind corpus, grouped once for every test that reads it (same_kind13 takes seconds)."""
    return MappingProxyType(owners(kind_reports(corpus, copy)))


def event_lists(corpus: str, copy: str = "with_dates") -> list[list[str]]:
    """The events of a same-kind corpus's copy as lists of file names, from its one grouping (grouped)."""
    found: dict[int, list[str]] = {}
    for name, event in grouped(corpus, copy).items():
        found.setdefault(event, []).append(name)
    return list(found.values())


def unit_rows(*vectors: tuple[float, float]) -> CSR:
    """Unit weight rows in a two-term space: groups whose cosines a test sets by hand."""
    unit = np.array(vectors) / np.linalg.norm(np.array(vectors), axis=1, keepdims=True)
    rows, cols = np.nonzero(unit)
    return CSR.from_coo(rows, cols, unit[rows, cols], unit.shape)
