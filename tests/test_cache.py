"""The corpus cache: reuse, a changed file re-read, a corrupt cache rebuilt with a notice."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tui.engine import ENGINE_VERSION
from tui.engine import cache as cache_mod
from tui.engine.cache import Cache, default_cache_path, load_corpus_cached, load_events_cached
from tui.engine.corpus import load_corpus

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture()
def corpus_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the files actually read (the real reader still runs)."""
    seen: list[str] = []
    from tui.engine.corpus import Found
    from tui.engine.corpus import read_found as real

    def spy(item: Found, max_bytes: int) -> object:
        seen.append(item.path.name)
        return real(item, max_bytes)

    monkeypatch.setattr(cache_mod, "read_found", spy)
    return seen


def test_cache_lives_in_the_user_cache_dir(isolated_home: Path) -> None:
    assert str(default_cache_path()).startswith(os.environ["XDG_CACHE_HOME"])


def test_second_load_reuses_the_cache(corpus_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reads = count_reads(monkeypatch)
    first = load_corpus_cached([corpus_dir])
    assert len(reads) == 6
    second = load_corpus_cached([corpus_dir])
    assert len(reads) == 6  # nothing read again
    assert second.articles == first.articles
    assert second.articles == load_corpus([corpus_dir]).articles
    # the unreadable file's notice is remembered too
    assert [n.message for n in second.notices] == [n.message for n in first.notices] == ["empty file"]


def test_changed_file_is_read_again(corpus_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load_corpus_cached([corpus_dir])
    reads = count_reads(monkeypatch)
    target = corpus_dir / "004_c5490beb8bac2bd9.txt"
    target.write_text("Valdoria dock workers went on strike on Monday over pay and conditions.\n",
                      encoding="utf-8")
    os.utime(target, ns=(1, 1))
    corpus = load_corpus_cached([corpus_dir])
    assert reads == ["004_c5490beb8bac2bd9.txt"]
    changed = next(a for a in corpus.articles if a.path.endswith("004_c5490beb8bac2bd9.txt"))
    assert "Valdoria" in changed.body


def test_paths_are_shown_as_given(corpus_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load_corpus_cached([corpus_dir])
    monkeypatch.chdir(corpus_dir.parent)
    corpus = load_corpus_cached(["corpus"])
    assert all(a.path.startswith("corpus/") for a in corpus.articles)


def test_corrupt_cache_is_rebuilt_with_a_notice(corpus_dir: Path) -> None:
    load_corpus_cached([corpus_dir])
    path = default_cache_path()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.write_bytes(b"this is not a database" * 100)
    corpus = load_corpus_cached([corpus_dir])
    assert len(corpus.articles) == 5
    assert any("rebuilt" in n.message and n.path == str(path) for n in corpus.notices)
    again = load_corpus_cached([corpus_dir])
    assert not any("rebuilt" in n.message for n in again.notices)


def test_grouping_is_cached_and_keyed_by_content(corpus_dir: Path) -> None:
    _, events = load_events_cached([corpus_dir])
    with Cache() as store:
        conn = store.conn
        assert conn is not None
        assert conn.execute("SELECT count(*) FROM groupings").fetchone()[0] == 1
    _, events2 = load_events_cached([corpus_dir])
    assert [e.id for e in events2] == [e.id for e in events]
    assert [[a.path for a in e.articles] for e in events2] == [[a.path for a in e.articles] for e in events]
    (corpus_dir / "005_new.txt").write_text("Whisk three eggs with sugar until pale and bake the sponge.\n",
                                            encoding="utf-8")
    _, events3 = load_events_cached([corpus_dir])
    assert len(events3) == len(events) + 1


def test_concurrent_writers_do_not_corrupt(corpus_dir: Path) -> None:
    code = "from tui.engine.cache import load_events_cached; import sys; load_events_cached([sys.argv[1]])"
    procs = [subprocess.Popen([sys.executable, "-c", code, str(corpus_dir)], cwd=ROOT) for _ in range(3)]
    assert all(p.wait(timeout=120) == 0 for p in procs)
    conn = sqlite3.connect(default_cache_path())
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 6
    conn.close()


def test_a_new_engine_reads_everything_again(corpus_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load_corpus_cached([corpus_dir])
    key = cache_mod.engine_key()
    assert key.startswith(ENGINE_VERSION + "-")
    reads = count_reads(monkeypatch)
    monkeypatch.setattr(cache_mod, "engine_key", lambda: key + "-next")
    load_corpus_cached([corpus_dir])
    assert len(reads) == 6


def test_sentence_vectors_are_capped_and_a_bad_row_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tui.engine import embed

    monkeypatch.setattr(cache_mod, "KEEP_VECTORS", 3)
    with Cache(tmp_path / "c.sqlite3") as cache:
        cache.store_vectors([(f"k{n}", bytes([n]) * 768) for n in range(5)])
        assert sorted(cache.vectors([f"k{n}" for n in range(5)])) == ["k2", "k3", "k4"]
    # A row of the wrong size (a damaged file, another encoder) is not a vector.
    text = "A sentence whose stored vector is damaged."
    with Cache() as cache:
        cache.store_vectors([(embed._key(text), b"\x00" * 10)])
        assert embed._from_disk(cache, [text]) == {}
