"""load_shelf, the one way from paths to a shelf: progress, pins, cancelling, and a cache that
the CLI and the TUI share (one fills it, the other reads it whole), without NumPy or SciPy when
the grouping comes from the cache."""

from __future__ import annotations

import dataclasses
import json
import multiprocessing
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS, seed_copies
from tui.engine import articlefacts, parallel, pipeline
from tui.engine.cache import STATS
from tui.engine.corpus import load_corpus
from tui.engine.events import group_events
from tui.engine.model import Article
from tui.engine.people import People
from tui.engine.pipeline import load_shelf
from tui.engine.sentencecodec import StoredSentences


def test_load_shelf_reads_groups_and_reports_progress(corpus_dir: Path) -> None:
    calls: list[tuple[int, int]] = []
    asked: list[list[str]] = []

    def pins(paths: list[str]) -> dict[str, str | None]:
        asked.append(paths)
        return {}

    shelf = load_shelf([str(corpus_dir)], pins=pins, progress=lambda done, total: calls.append((done, total)))
    assert shelf is not None
    assert calls == [(n, 6) for n in range(1, 7)] + [(-1, 0)]
    assert asked == [[a.path for a in shelf.corpus.articles]]
    assert len(shelf.corpus.articles) == 5
    assert [n.message for n in shelf.corpus.notices] == ["empty file"]
    expected = group_events(load_corpus([corpus_dir]).articles)
    assert [[a.path for a in e.articles] for e in shelf.events] == [[a.path for a in e.articles] for e in expected]
    assert all(shelf.event_of[a.path] in shelf.events for a in shelf.corpus.articles)


def test_load_shelf_applies_pins(corpus_dir: Path) -> None:
    plain = load_shelf([str(corpus_dir)])
    assert plain is not None
    mover = plain.events[0].articles[0]
    alone = load_shelf([str(corpus_dir)], pins=lambda paths: {mover.path: None})
    assert alone is not None
    assert [a.path for a in alone.event_of[mover.path].articles] == [mover.path]
    assert len(alone.events) == len(plain.events) + (len(plain.events[0].articles) > 1)


def test_a_cancelled_load_gives_none(corpus_dir: Path) -> None:
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)

    assert load_shelf([str(corpus_dir)], progress=progress, cancelled=lambda: len(seen) >= 2) is None
    assert -1 not in seen  # grouping never started


def test_max_bytes_none_is_the_engine_default(corpus_dir: Path) -> None:
    small = load_shelf([str(corpus_dir)], max_bytes=200)
    default = load_shelf([str(corpus_dir)])
    assert small is not None and default is not None
    assert any("read only that much" in n.message for n in small.corpus.notices)
    assert not any("read only that much" in n.message for n in default.corpus.notices)


def test_a_cached_start_gives_the_same_articles_and_builds_none_of_their_sentences(corpus_dir: Path) -> None:
    fresh = load_shelf([str(corpus_dir)])
    cached = load_shelf([str(corpus_dir)])
    assert fresh is not None and cached is not None
    assert cached.corpus.articles == fresh.corpus.articles == load_corpus([corpus_dir]).articles
    third = load_shelf([str(corpus_dir)])  # its articles untouched, as `parallax events` leaves them
    assert third is not None
    stored = [a.sentences for a in third.corpus.articles]
    assert stored and all(isinstance(s, StoredSentences) and not s.is_built for s in stored)
    assert [len(s) for s in stored] == [len(a.sentences) for a in fresh.corpus.articles]


TUI_LOAD = """
import dataclasses, json, sys
import tui.app  # everything the TUI imports, first, as the TUI does
from tui.config import load_config, pins_for
from tui.engine.cache import STATS
from tui.engine.pipeline import load_shelf
config = load_config()
shelf = load_shelf(sys.argv[1:], pins=lambda paths: pins_for(config, paths))
print(json.dumps({"stats": dataclasses.asdict(STATS),
                  "events": [[a.path for a in e.articles] for e in shelf.events]}))
"""


def test_the_tui_reuses_what_parallax_events_stored(corpus_dir: Path) -> None:
    cli = subprocess.run([sys.executable, "-m", "tui", "events", str(corpus_dir), "--json"], capture_output=True,
                         text=True, cwd=ROOT, timeout=300, check=True)
    tui = subprocess.run([sys.executable, "-c", TUI_LOAD, str(corpus_dir)], capture_output=True, text=True,
                         cwd=ROOT, timeout=300, check=True)
    out = json.loads(tui.stdout)
    assert out["stats"] == {"rows_used": 6, "files_read": 0, "rows_written": 0,
                            "groupings_used": 1, "groupings_written": 0, "groupings_joined": 0}
    assert out["events"] == [[a["path"] for a in e["articles"]] for e in json.loads(cli.stdout)["events"]]


CACHED_START = """
import sys
from tui.cli import main
sys.argv = ["parallax", "events", *sys.argv[1:]]
code = main()
heavy = sorted(m for m in ("numpy", "scipy", "sklearn", "tui.engine.events") if m in sys.modules)
print("HEAVY=" + ",".join(heavy), file=sys.stderr)
sys.exit(code)
"""


def test_a_start_whose_grouping_is_cached_imports_no_numpy_and_no_run_imports_scipy(corpus_dir: Path) -> None:
    runs = [subprocess.run([sys.executable, "-c", CACHED_START, str(corpus_dir), "--json"], capture_output=True,
                           text=True, cwd=ROOT, timeout=300, check=True) for _ in range(2)]
    heavy = [next(line for line in r.stderr.splitlines() if line.startswith("HEAVY=")) for r in runs]
    assert heavy[0] == "HEAVY=numpy,tui.engine.events"  # the first run groups, without SciPy
    assert heavy[1] == "HEAVY="
    assert runs[1].stdout == runs[0].stdout


def test_a_cold_start_with_many_files_reads_them_in_a_pool_in_order(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if parallel.cores() < 2:
        pytest.skip("one core: the pool is never used")
    folder = seed_copies(tmp_path / "many", 24)
    (folder / "07_empty.txt").write_text("", encoding="utf-8")
    monkeypatch.setattr(pipeline, "POOL_MIN_FILES", 10)
    workers: set[int] = set()

    def progress(done: int, total: int) -> None:
        workers.update(p.pid for p in multiprocessing.active_children() if p.pid is not None)

    shelf = load_shelf([str(folder)], progress=progress)
    assert shelf is not None
    assert workers  # the reading happened in other processes
    plain = load_corpus([folder])
    assert shelf.corpus.articles == plain.articles  # the same articles, in the same order
    assert shelf.corpus.notices == plain.notices
    before = dataclasses.replace(STATS)
    again = load_shelf([str(folder)])
    assert again is not None and again.corpus.articles == plain.articles
    assert STATS.files_read == before.files_read  # and all of it was stored


def test_a_reading_process_that_dies_leaves_its_files_to_the_others(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if parallel.cores() < 2:
        pytest.skip("one core: the pool is never used")
    folder = seed_copies(tmp_path / "many", 40)
    monkeypatch.setattr(pipeline, "POOL_MIN_FILES", 10)
    monkeypatch.setattr(pipeline, "POOL_CHUNK", 1)
    killed: list[int] = []

    def progress(done: int, total: int) -> None:
        if not killed:
            for child in multiprocessing.active_children():
                if child.pid is not None:
                    os.kill(child.pid, signal.SIGKILL)
                    killed.append(child.pid)

    shelf = load_shelf([str(folder)], progress=progress)
    assert killed
    assert shelf is not None
    assert shelf.corpus.articles == load_corpus([folder]).articles


def test_articles_from_elsewhere_are_grouped_with_the_files(corpus_dir: Path) -> None:
    """A sources store's articles (no file of their own) join the files' in one grouping."""
    seed = load_corpus([SEEDS / "000_7f0f2242164ee204.txt"]).articles[0]
    stored = dataclasses.replace(seed, path="https://news.example/stored-copy")
    shelf = load_shelf([str(corpus_dir)], extra=[stored])
    assert shelf is not None
    assert shelf.corpus.articles[-1] == stored
    together = shelf.event_of[stored.path]
    assert any(a.path.endswith("000_7f0f2242164ee204.txt") for a in together.articles)


def test_a_file_s_grouping_digest_comes_from_its_bytes_not_its_text_again(corpus_dir: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Grouping is keyed by each article's digest: a file's is made from the hash of its bytes that
    reading keeps anyway (pipeline.file_digest); only an article with no file has its text hashed."""
    seed = load_corpus([SEEDS / "000_7f0f2242164ee204.txt"]).articles[0]
    stored = dataclasses.replace(seed, path="https://news.example/stored-copy")
    first = load_shelf([str(corpus_dir)], extra=[stored])
    hashed: list[str] = []
    real = pipeline.article_digest

    def counted(article: Article) -> bytes:
        hashed.append(article.path)
        return real(article)

    monkeypatch.setattr(pipeline, "article_digest", counted)
    used = STATS.groupings_used
    again = load_shelf([str(corpus_dir)], extra=[stored])
    assert first is not None and again is not None
    assert hashed == [stored.path] and STATS.groupings_used == used + 1
    assert again.events == first.events
    # A file whose bytes change is grouped again, though it reads the same (one more new line at its end).
    name = next(p for p in sorted(corpus_dir.iterdir()) if p.stat().st_size)
    name.write_bytes(name.read_bytes() + b"\n")
    used = STATS.groupings_used
    load_shelf([str(corpus_dir)], extra=[stored])
    assert STATS.groupings_used == used


def test_a_large_corpus_s_terms_and_people_are_found_in_a_pool_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    """Grouping reads each article's terms and people together (articlefacts), in other processes
    past TERMS_POOL_MIN articles: the same terms as in this process, and the People of People.of."""
    if parallel.cores() < 2:
        pytest.skip("one core: the pool is never used")
    shootings = ROOT / "bench" / "data" / "same_kind" / "with_dates"  # names with ages, and their mentions
    articles = [*load_corpus([SEEDS]).articles, *load_corpus([shootings]).articles]
    terms = list(articlefacts.corpus_terms(articles))
    people = People.of(articles)
    assert any(people.aged) and any(m - a for m, a in zip(people.mentioned, people.aged, strict=True))
    monkeypatch.setattr(articlefacts, "TERMS_POOL_MIN", 10)
    workers: list[int] = []
    found = []
    for facts in articlefacts.corpus_facts(articles):
        workers += [p.pid for p in multiprocessing.active_children() if p.pid is not None]
        found.append(facts)
    assert workers  # other processes did the work
    assert [t for t, _ in found] == terms
    assert People.of_whos([w for _, w in found]) == people
