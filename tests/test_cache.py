"""The cache file: reuse, a changed file re-read, the key, and its faults (corrupt, locked,
unwritable, private, pruned, names that are not UTF-8)."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS
from tui.engine import ENGINE_VERSION, pipeline
from tui.engine import cache as cache_mod
from tui.engine.cache import STATS, ArticleRow, Cache, CacheStats, Identity, default_cache_path
from tui.engine.corpus import load_corpus
from tui.engine.model import Sentence
from tui.engine.pipeline import content_digest, load_corpus_cached, load_shelf


def since(before: CacheStats) -> CacheStats:
    """What the caches of this process did since `before`."""
    now, then = dataclasses.asdict(STATS), dataclasses.asdict(before)
    return CacheStats(**{k: now[k] - then[k] for k in now})


def snapshot() -> CacheStats:
    return dataclasses.replace(STATS)


def rows(path: Path | None = None) -> int:
    conn = sqlite3.connect(path or default_cache_path())
    try:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    finally:
        conn.close()


def test_cache_lives_in_the_user_cache_dir_and_is_private(corpus_dir: Path) -> None:
    path = default_cache_path()
    assert str(path).startswith(os.environ["XDG_CACHE_HOME"])
    load_corpus_cached([corpus_dir])
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    for file in path.parent.iterdir():  # the database, and its -wal and -shm files
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file.name


def test_an_older_world_readable_cache_is_made_private(corpus_dir: Path) -> None:
    path = default_cache_path()
    path.parent.mkdir(mode=0o755, parents=True)
    load_corpus_cached([corpus_dir])
    os.chmod(path.parent, 0o755)
    os.chmod(path, 0o644)
    load_corpus_cached([corpus_dir])
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_second_load_reuses_the_cache(corpus_dir: Path) -> None:
    before = snapshot()
    first = load_corpus_cached([corpus_dir])
    assert since(before).files_read == 6
    before = snapshot()
    second = load_corpus_cached([corpus_dir])
    assert since(before) == CacheStats(rows_used=6)  # nothing read again, nothing written
    assert second.articles == first.articles
    assert second.articles == load_corpus([corpus_dir]).articles
    # the unreadable file's notice is remembered too
    assert [n.message for n in second.notices] == [n.message for n in first.notices] == ["empty file"]


_WHOLE: dict[str, object] = {"title": None, "outlet": None, "author": None, "date": None, "url": None,
                              "updated": None, "notices": [], "body": "short", "offsets": "0 3", "texts": {}}
"""A row as the cache writes it, for an article of one sentence; the damaged rows below differ in one part."""


@pytest.mark.parametrize("damage", [
    "not json at all",
    json.dumps({**_WHOLE, "offsets": "0 3 4"}),  # an odd number of offsets
    json.dumps({**_WHOLE, "offsets": "0 x"}),
    json.dumps({**_WHOLE, "offsets": ["0", "3"]}),
    json.dumps({**_WHOLE, "texts": ["a list"]}),
    json.dumps({**_WHOLE, "texts": {"7": "no such sentence"}}),
    json.dumps({**_WHOLE, "body": ["not text"]}),
    json.dumps({k: v for k, v in _WHOLE.items() if k != "title"}),
])
def test_a_damaged_row_is_read_again_from_the_file(corpus_dir: Path, damage: str) -> None:
    first = load_corpus_cached([corpus_dir])
    conn = sqlite3.connect(default_cache_path())
    with conn:
        conn.execute("UPDATE articles SET data = ?", (damage,))
    conn.close()
    before = snapshot()
    again = load_corpus_cached([corpus_dir])
    assert since(before).files_read == 6
    assert again.articles == first.articles


def test_stored_sentences_come_back_as_they_were(corpus_dir: Path) -> None:
    """A sentence whose text is not the body's slice (a heading joined to its line) survives the row."""
    article = load_corpus([corpus_dir]).articles[0]
    odd = dataclasses.replace(article, sentences=(Sentence("Not the slice.", 0, 5), *article.sentences[1:]))
    for one in (article, odd):
        back, notices = pipeline.decode_article(pipeline.encode_article(one, []), one.path)
        assert back == one and notices == []


def test_changed_file_is_read_again(corpus_dir: Path) -> None:
    load_corpus_cached([corpus_dir])
    target = corpus_dir / "004_c5490beb8bac2bd9.txt"
    target.write_text("Valdoria dock workers went on strike on Monday over pay and conditions.\n",
                      encoding="utf-8")
    os.utime(target, ns=(1, 1))
    before = snapshot()
    corpus = load_corpus_cached([corpus_dir])
    assert since(before).files_read == 1
    changed = next(a for a in corpus.articles if a.path.endswith("004_c5490beb8bac2bd9.txt"))
    assert "Valdoria" in changed.body


def test_an_edit_that_keeps_the_size_and_puts_the_time_back_is_seen(corpus_dir: Path) -> None:
    target = corpus_dir / "004_c5490beb8bac2bd9.txt"
    target.write_text("Dock workers in Valdoria went on strike on Monday over pay.\n", encoding="utf-8")
    os.utime(target, ns=(10**18, 10**18))
    load_corpus_cached([corpus_dir])
    info = target.stat()
    target.write_text("Dock workers in Kestovia went on strike on Monday over pay.\n", encoding="utf-8")
    os.utime(target, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert (target.stat().st_size, target.stat().st_mtime_ns) == (info.st_size, info.st_mtime_ns)
    corpus = load_corpus_cached([corpus_dir])
    changed = next(a for a in corpus.articles if a.path.endswith("004_c5490beb8bac2bd9.txt"))
    assert "Kestovia" in changed.body


def test_a_second_edit_in_the_same_timestamp_tick_is_caught_by_the_content_hash(corpus_dir: Path) -> None:
    """Two writes within one tick of the file system's clock keep size and times alike: a row
    stored that soon after the file changed is checked against the bytes before it is used."""
    target = corpus_dir / "000_7f0f2242164ee204.txt"
    load_corpus_cached([corpus_dir])
    file = os.fsencode(os.path.abspath(target))
    with Cache() as store:
        row = store.lookup([file])[file]
        assert row.identity == Identity.of(target.stat())
        # The row as it would be had the file changed again, same size, in the tick after it was read.
        stale = dataclasses.replace(row, digest=b"\0" * 16, stored_ns=row.identity.changed_ns + 1)
        store.store([stale])
    before = snapshot()
    again = load_corpus_cached([corpus_dir])
    assert since(before).files_read == 1
    assert again.articles == load_corpus([corpus_dir]).articles
    with Cache() as store:  # and an old enough row is trusted without reading the file
        store.store([dataclasses.replace(stale, digest=content_digest(target, stale.max_bytes) or b"",
                                         stored_ns=row.identity.changed_ns + cache_mod.RACY_NS + 1)])
    before = snapshot()
    load_corpus_cached([corpus_dir])
    assert since(before).files_read == 0


def test_paths_are_shown_as_given(corpus_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load_corpus_cached([corpus_dir])
    monkeypatch.chdir(corpus_dir.parent)
    corpus = load_corpus_cached(["corpus"])
    assert all(a.path.startswith("corpus/") for a in corpus.articles)


def test_a_file_name_that_is_not_utf8_is_read_cached_and_grouped(corpus_dir: Path) -> None:
    name = os.fsdecode(b"caf\xe9 \xff.txt")
    (corpus_dir / name).write_bytes((SEEDS / "000_7f0f2242164ee204.txt").read_bytes())
    first = load_shelf([str(corpus_dir)])
    assert first is not None
    assert any(a.path.endswith(name) for a in first.corpus.articles)
    before = snapshot()
    second = load_shelf([str(corpus_dir)])
    assert second is not None
    assert since(before) == CacheStats(rows_used=7, groupings_used=1)
    assert [e.id for e in second.events] == [e.id for e in first.events]
    with Cache() as store:
        assert os.fsencode(os.path.abspath(corpus_dir / name)) in store.lookup(
            [os.fsencode(os.path.abspath(corpus_dir / name))])


def test_a_file_that_is_not_a_database_is_set_aside_and_rebuilt(corpus_dir: Path) -> None:
    load_corpus_cached([corpus_dir])
    path = default_cache_path()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.write_bytes(b"this is not a database" * 100)
    corpus = load_corpus_cached([corpus_dir])
    assert len(corpus.articles) == 5
    assert [n.message for n in corpus.notices if n.path == str(path)] == [
        "cache was unreadable (file is not a database); set aside as parallax.sqlite3.corrupt and rebuilt"]
    assert path.with_name("parallax.sqlite3.corrupt").read_bytes() == b"this is not a database" * 100
    again = load_corpus_cached([corpus_dir])
    assert not any(n.path == str(path) for n in again.notices)
    assert rows() == 6


LOCKER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA locking_mode = EXCLUSIVE")
conn.execute("BEGIN EXCLUSIVE")
conn.execute("INSERT OR REPLACE INTO meta VALUES ('held', 'yes')")
print("locked", flush=True)
sys.stdin.read()  # until the test closes stdin
conn.execute("COMMIT")
"""


@pytest.fixture()
def locked_cache(corpus_dir: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the (good, filled) cache file locked until the test ends."""
    load_corpus_cached([corpus_dir])
    holder = subprocess.Popen([sys.executable, "-c", LOCKER, str(default_cache_path())],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    try:
        yield holder
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=60)


def test_a_cache_locked_by_another_process_is_waited_for_then_left_alone(
        corpus_dir: Path, locked_cache: subprocess.Popen[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache_mod, "LOCK_WAIT_S", 0.3)
    path = default_cache_path()
    shelf = load_shelf([str(corpus_dir)])
    assert shelf is not None and len(shelf.corpus.articles) == 5 and shelf.events
    mine = [n.message for n in shelf.corpus.notices if n.path == str(path)]
    assert mine == ["cache not used: held locked by another process for over 0.3 s; working without it"]
    assert not path.with_name("parallax.sqlite3.corrupt").exists()
    # A moment later (a comparison's vectors, say) the cache is tried once, without waiting again.
    monkeypatch.setattr(cache_mod, "LOCK_WAIT_S", 30.0)
    with Cache() as meanwhile:
        assert meanwhile.conn is None and meanwhile.unused
    monkeypatch.setattr(cache_mod, "BUSY_MEMORY_S", 0.0)
    assert locked_cache.stdin is not None
    locked_cache.stdin.close()
    assert locked_cache.wait(timeout=60) == 0
    # The other process's work is all there, and the next run uses the cache again.
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT value FROM meta WHERE key = 'held'").fetchone() == ("yes",)
    conn.close()
    assert rows() == 6
    before = snapshot()
    again = load_corpus_cached([corpus_dir])
    assert since(before).files_read == 0 and not any(n.path == str(path) for n in again.notices)


def test_a_folder_where_the_cache_file_should_be_means_working_without_it(corpus_dir: Path) -> None:
    path = default_cache_path()
    path.mkdir(parents=True)
    (path / "keep.txt").write_text("mine", encoding="utf-8")
    shelf = load_shelf([str(corpus_dir)])
    assert shelf is not None and len(shelf.corpus.articles) == 5 and shelf.events
    mine = [n.message for n in shelf.corpus.notices if n.path == str(path)]
    assert len(mine) == 1 and mine[0].startswith("cache not used: ") and mine[0].endswith("; working without it")
    assert (path / "keep.txt").read_text(encoding="utf-8") == "mine"
    assert stat.S_IMODE(path.stat().st_mode) == 0o755 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _without_privileges(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `code` in a process that file permissions bind: as root, with every capability dropped
    (setpriv), so the owner's mode bits apply to it as to any user."""
    prefix: list[str] = []
    if os.getuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: permissions cannot be made to bind")
        prefix = [setpriv, "--inh-caps=-all", "--bounding-set=-all"]
    return subprocess.run([*prefix, sys.executable, "-c", code, *args], capture_output=True, text=True,
                          timeout=120, cwd=ROOT, check=False)


UNWRITABLE = """
import json, sys
from pathlib import Path
from tui.engine.cache import Cache
from tui.engine.pipeline import load_corpus_cached
with Cache(Path(sys.argv[1])) as store:
    corpus = load_corpus_cached([sys.argv[2]], cache=store)
print(json.dumps({"articles": len(corpus.articles), "notices": [n.message for n in corpus.notices]}))
"""


@pytest.mark.parametrize("case", ["read-only folder", "file without permission"])
def test_a_cache_that_cannot_be_opened_or_written_means_working_without_it(
        corpus_dir: Path, tmp_path: Path, case: str) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    path = folder / "parallax.sqlite3"
    if case == "file without permission":
        with Cache(path) as store:  # a good database that the process below may not open
            store.store([ArticleRow(b"/a.txt", Identity(1, 2, 3, 4), 10, "e", b"d", 5, "{}")])
        os.chmod(path, 0)
    else:
        os.chmod(folder, 0o500)
    try:
        proc = _without_privileges(UNWRITABLE, str(path), str(corpus_dir))
    finally:
        os.chmod(folder, 0o700)
        if path.exists():
            os.chmod(path, 0o600)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    out = json.loads(proc.stdout)
    assert out["articles"] == 5
    assert [m for m in out["notices"] if m.startswith("cache not used: ")] == out["notices"][:1]
    assert len([m for m in out["notices"] if "cache" in m]) == 1
    if case == "file without permission":
        assert rows(path) == 1  # left as it was
    else:
        assert list(folder.iterdir()) == []


def test_rows_of_files_that_are_gone_are_dropped(corpus_dir: Path) -> None:
    load_corpus_cached([corpus_dir])
    assert rows() == 6
    (corpus_dir / "004_c5490beb8bac2bd9.txt").unlink()
    load_corpus_cached([corpus_dir])
    assert rows() == 5
    # A folder never opened again: its rows go at the next prune of the whole cache.
    other = corpus_dir.parent / "other"
    other.mkdir()
    (other / "a.txt").write_bytes((SEEDS / "000_7f0f2242164ee204.txt").read_bytes())
    load_corpus_cached([other])
    shutil.rmtree(other)
    with Cache() as store:
        assert store.prune() == 0  # pruned a moment ago, by the load
        assert store.prune(now=time.time() + cache_mod.PRUNE_EVERY_S + 1) == 1
    assert rows() == 5


def test_grouping_is_cached_and_keyed_by_content(corpus_dir: Path) -> None:
    first = load_shelf([str(corpus_dir)])
    with Cache() as store:
        conn = store.conn
        assert conn is not None
        assert conn.execute("SELECT count(*) FROM groupings").fetchone()[0] == 1
    before = snapshot()
    second = load_shelf([str(corpus_dir)])
    assert since(before).groupings_used == 1
    assert first is not None and second is not None
    assert [e.id for e in second.events] == [e.id for e in first.events]
    assert [[a.path for a in e.articles] for e in second.events] == \
        [[a.path for a in e.articles] for e in first.events]
    (corpus_dir / "005_new.txt").write_text("Whisk three eggs with sugar until pale and bake the sponge.\n",
                                            encoding="utf-8")
    third = load_shelf([str(corpus_dir)])
    assert third is not None and len(third.events) == len(first.events) + 1


def test_concurrent_writers_do_not_corrupt(corpus_dir: Path) -> None:
    code = "from tui.engine.pipeline import load_shelf; import sys; load_shelf([sys.argv[1]])"
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
    monkeypatch.setattr(pipeline, "engine_key", lambda: key + "-next")
    before = snapshot()
    load_corpus_cached([corpus_dir])
    assert since(before).files_read == 6


def test_the_engine_key_is_the_same_whatever_a_process_imported() -> None:
    """From the engine's files, not from the modules loaded: the CLI and the TUI agree."""
    code = ("import sys\nfor m in sys.argv[1:]: __import__(m)\n"
            "from tui.engine.cache import engine_key\nprint(engine_key())")
    keys = {subprocess.run([sys.executable, "-c", code, *mods], capture_output=True, text=True, check=True,
                           cwd=ROOT).stdout.strip()
            for mods in ([], ["tui.engine.align"], ["tui.app", "tui.engine.events"])}
    assert keys == {cache_mod.engine_key()}


def test_a_cache_of_an_older_layout_is_migrated_not_deleted(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript("""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO meta VALUES ('schema', '1');
        CREATE TABLE articles (file TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime INTEGER NOT NULL,
                               max_bytes INTEGER NOT NULL, engine TEXT NOT NULL, data TEXT NOT NULL);
        CREATE TABLE vectors (key TEXT PRIMARY KEY, data BLOB NOT NULL);
        INSERT INTO vectors VALUES ('kept', x'00');
    """)
    conn.close()
    with Cache(path) as store:
        assert store.notices == []
        assert store.vectors(["kept"]) == {"kept": b"\0"}
        store.store([ArticleRow(b"/a.txt", Identity(1, 2, 3, 4), 10, "e", b"d", 5, "{}")])
        assert list(store.lookup([b"/a.txt"])) == [b"/a.txt"]


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
