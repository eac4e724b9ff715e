"""Broken files: each gives a notice (one stderr line in the CLI, a notice in the
TUI) and the rest of the corpus still loads; exit status 0 while one article loads.

The corpus is made for real in a temporary folder: binary data, cp1252, latin-1
and UTF-16-with-BOM text, empty and blank files, a 30 MB article, a folder tree
deeper than the reader goes, a symlink loop, a FIFO, a 30 MB page, a link out of the folder
to a file that cannot be read even by root (/proc/self/mem, read when named directly), a
chmod 000 file read by an unprivileged user, and a file deleted between listing and reading.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.e2e.harness import PARALLAX, env_command, session_env, tmux_session
from tui.engine.cache import Cache
from tui.engine.corpus import load_corpus
from tui.engine.pipeline import load_corpus_cached

BIG_BYTES = 30 * 1024 * 1024
CAP = 4 * 1024 * 1024

CP1252 = ("Grève au café – “fin” du conflit\n\n"
          "Le café du coin a fermé ses portes mardi après une grève de neuf jours, a déclaré le syndicat.\n\n"
          "Les employés ont reçu une hausse de salaire de quatre pour cent, selon le gérant du café.\n\n"
          "Le prix du café passe à 2 € la tasse à partir de lundi, a précisé le gérant.\n")
LATIN1 = ("Straßenbahn: Müller gewinnt die Abstimmung\n\n"
          "Die Straßenbahn in Köln fährt ab Montag wieder, sagte Bürgermeister Müller am Dienstag.\n\n"
          "Die Fahrgäste müssen für die Fahrt künftig einen höheren Preis zahlen, sagte Müller.\n")
UTF16 = ("Harbour strike ends after nine days\n\n"
         "The dock workers union said on Tuesday that the strike at the harbour had ended after nine days of talks.\n\n"
         "Union leaders told members that the new contract raises pay by four percent over two years.\n")
PARAGRAPH = ("The council met again on Thursday to discuss the budget for the coming year. "
             "Members argued for hours about the cost of repairing the old harbour bridge. "
             "A final vote is expected before the end of the month, the chair said.\n\n")

LOADED = {"good.txt", "sub/good2.md", "cp1252.txt", "latin1.txt", "utf16.txt", "big.txt", "big.html"}
EXPECTED_NOTICES = {  # file (relative) -> words its one notice line must hold
    "binary.txt": "binary",
    "empty.txt": "empty",
    "blank.md": "empty",
    "cp1252.txt": "cp1252",
    "latin1.txt": "decoded as",
    "utf16.txt": "utf-16",
    "big.txt": "larger than 4,194,304 bytes",
    "big.html": "larger than 4,194,304 bytes",
    "loop/back": "symlink loop",
    "mem.txt": "symbolic link out of the folder given",
    "fifo.txt": "not a regular file",
}
DEEP_LEVELS = 40


def cli_env(home: Path) -> dict[str, str]:
    """os.environ with HOME and XDG in `home` (module fixtures run outside the autouse isolation)."""
    env = dict(os.environ)
    env.update(session_env(home))
    env.pop("PARALLAX_CONFIG", None)
    return env


def cli(*args: str | Path, home: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(PARALLAX), *map(str, args)], capture_output=True, text=True, timeout=300,
                          env=cli_env(home), cwd=cwd, check=False)


def make_broken_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    shutil.copyfile(SEEDS / "000_7f0f2242164ee204.txt", corpus / "good.txt")
    (corpus / "sub").mkdir()
    shutil.copyfile(SEEDS / "003_0f17ba297f544814.txt", corpus / "sub" / "good2.md")
    (corpus / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 64)
    (corpus / "cp1252.txt").write_bytes(CP1252.encode("cp1252"))
    (corpus / "latin1.txt").write_bytes(LATIN1.encode("latin-1"))
    (corpus / "utf16.txt").write_bytes(UTF16.encode("utf-16"))  # with a BOM
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "blank.md").write_bytes(b"  \n\t\n   \r\n\n")
    with (corpus / "big.txt").open("w") as big:
        big.write("A very long council report\n\n")
        block = PARAGRAPH * 64
        for _ in range(BIG_BYTES // len(block) + 1):
            big.write(block)
    with (corpus / "big.html").open("w") as page:
        page.write("<!DOCTYPE html><html><head><title>A very long page</title></head><body><article>"
                   "<h1>A very long page</h1>\n")
        written = 0
        number = 0
        while written < BIG_BYTES:  # numbered, so that no paragraph repeats another
            number += 1
            block = f"<p>Section {number}. {PARAGRAPH.strip()}</p>\n"
            page.write(block)
            written += len(block)
        page.write("</article></body></html>\n")
    deep = corpus / "deep"
    for level in range(DEEP_LEVELS):
        deep = deep / f"d{level}"
    deep.mkdir(parents=True)
    shutil.copyfile(SEEDS / "001_3f8f53560a646d72.txt", deep / "deep.txt")
    (corpus / "loop").mkdir()
    os.symlink("..", corpus / "loop" / "back")
    # A link out of the folder is not followed (test_faults.py has more); given directly, the
    # target, /proc/self/mem, is read and fails with EIO, for root too: a truly unreadable file.
    os.symlink("/proc/self/mem", corpus / "mem.txt")
    os.mkfifo(corpus / "fifo.txt")  # reading it would block forever
    (corpus / "folder.txt").mkdir()  # a folder with an article's name: walked, not read
    return corpus


@dataclass
class Run:
    corpus: Path
    home: Path
    result: subprocess.CompletedProcess[str]
    data: dict[str, object]

    def lines_about(self, name: str) -> list[str]:
        target = str(self.corpus / name)
        return [line for line in self.result.stderr.splitlines() if line.startswith(target + ":")]


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    root = tmp_path_factory.mktemp("broken")
    corpus = make_broken_corpus(root)
    home = root / "home"
    result = cli("events", corpus, "--json", home=home, cwd=root)
    data = json.loads(result.stdout) if result.returncode == 0 else {}
    yield Run(corpus, home, result, data)


def loaded_paths(run: Run) -> list[str]:
    events = run.data["events"]
    assert isinstance(events, list)
    return [a["path"] for e in events for a in e["articles"]]


def test_the_rest_loads_and_exit_status_is_zero(broken: Run) -> None:
    assert broken.result.returncode == 0, broken.result.stderr
    paths = loaded_paths(broken)
    assert len(paths) == len(set(paths))
    assert {os.path.relpath(p, broken.corpus) for p in paths} == LOADED


@pytest.mark.parametrize("name", sorted(EXPECTED_NOTICES))
def test_each_broken_file_gets_one_stderr_line(broken: Run, name: str) -> None:
    lines = broken.lines_about(name)
    assert len(lines) == 1, broken.result.stderr
    assert EXPECTED_NOTICES[name] in lines[0]


def test_the_too_deep_tree_gets_a_notice(broken: Run) -> None:
    deep = [line for line in broken.result.stderr.splitlines() if "nested deeper" in line]
    assert len(deep) == 1
    assert deep[0].startswith(str(broken.corpus / "deep" / "d0"))


def test_every_stderr_line_names_a_file(broken: Run) -> None:
    lines = broken.result.stderr.splitlines()
    assert lines
    assert all(line.startswith(str(broken.corpus) + os.sep) for line in lines), lines
    assert len(lines) == len(EXPECTED_NOTICES) + 1  # + the deep tree


@pytest.mark.parametrize(("name", "words"), [("cp1252.txt", ["café", "2 €", "Grève"]),
                                              ("latin1.txt", ["Straßenbahn", "Müller", "Köln"]),
                                              ("utf16.txt", ["harbour", "four percent"])])
def test_other_encodings_are_decoded_not_skipped(broken: Run, name: str, words: list[str]) -> None:
    result = cli("show", broken.corpus / name, "--json", home=broken.home, cwd=broken.corpus.parent)
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)
    text = " ".join([article["title"] or "", *article["sentences"]])
    for word in words:
        assert word in text
    assert "\ufffd" not in text and "Ã" not in text  # no mojibake


@pytest.mark.parametrize(("name", "bytes_per_sentence"),
                         [("big.txt", len(PARAGRAPH) / 3),
                          ("big.html", len(f"<p>Section 99999. {PARAGRAPH.strip()}</p>\n") / 4)])
def test_the_30_mb_article_is_capped_and_loaded(broken: Run, name: str, bytes_per_sentence: float) -> None:
    events = broken.data["events"]
    assert isinstance(events, list)
    big = [a for e in events for a in e["articles"] if a["path"].endswith(name)]
    assert len(big) == 1 and big[0]["sentences"] > 1000
    # Capped: about 4 MiB worth of sentences, far from the 30 MB worth.
    assert big[0]["sentences"] <= CAP / bytes_per_sentence * 1.25


def test_a_fifo_named_on_the_command_line_gets_a_notice(broken: Run) -> None:
    result = cli("events", broken.corpus / "fifo.txt", broken.corpus / "good.txt", "--json", home=broken.home,
                 cwd=broken.corpus.parent)
    assert result.returncode == 0, result.stderr
    assert [line for line in result.stderr.splitlines() if "fifo.txt" in line] == \
        [f"{broken.corpus / 'fifo.txt'}: not a regular file; skipped"]


def test_a_truly_unreadable_file_named_on_the_command_line(broken: Run) -> None:
    """A path given directly is read wherever it leads: the link to /proc/self/mem is followed,
    and reading fails (EIO) with one line."""
    result = cli("events", broken.corpus / "mem.txt", broken.corpus / "good.txt", "--json", home=broken.home,
                 cwd=broken.corpus.parent)
    assert result.returncode == 0, result.stderr
    assert [line for line in result.stderr.splitlines() if "mem.txt" in line] == \
        [f"{broken.corpus / 'mem.txt'}: cannot read: Input/output error"]


def test_only_broken_files_exit_2_with_one_line_each(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.html").write_bytes(bytes(range(256)) * 4)
    result = cli("events", corpus, "--json", home=tmp_path / "home", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert sum(line.startswith(str(corpus / "empty.txt") + ":") for line in lines) == 1
    assert sum(line.startswith(str(corpus / "binary.html") + ":") for line in lines) == 1
    assert str(corpus) in lines[-1] and "no article" in lines[-1]


# -- unreadable for permissions: as an unprivileged user ---------------------------------------


def test_unreadable_file_as_an_unprivileged_user(tmp_path: Path) -> None:
    """chmod 000 stops no read by root, so run parallax as `nobody` (setpriv) when we are root."""
    base = Path(tempfile.mkdtemp(prefix="pxperm-"))  # pytest's tmp is 0700 root: nobody could not enter it
    try:
        base.chmod(0o755)
        corpus = base / "corpus"
        corpus.mkdir()
        shutil.copyfile(SEEDS / "000_7f0f2242164ee204.txt", corpus / "good.txt")
        secret = corpus / "secret.txt"
        shutil.copyfile(SEEDS / "003_0f17ba297f544814.txt", secret)
        secret.chmod(0o000)
        home = base / "home"
        env = cli_env(home)
        argv = [str(PARALLAX), "events", str(corpus), "--json"]
        if os.geteuid() == 0:
            setpriv = shutil.which("setpriv")
            if setpriv is None:
                pytest.skip("running as root and setpriv is missing: cannot drop privileges to test chmod 000")
            import pwd

            try:
                nobody = pwd.getpwnam("nobody")
            except KeyError:
                pytest.skip("running as root and there is no 'nobody' user to drop privileges to")
            for path in (home, *[home / sub for sub in (".config", ".cache", ".local", ".local/share",
                                                        ".local/state")]):
                os.chown(path, nobody.pw_uid, nobody.pw_gid)
            probe = subprocess.run([setpriv, f"--reuid={nobody.pw_uid}", f"--regid={nobody.pw_gid}",
                                    "--clear-groups", "--", str(PARALLAX), "--version"],
                                   capture_output=True, text=True, env=env, timeout=120, check=False)
            if probe.returncode != 0:
                pytest.skip(f"parallax cannot run as nobody here (its venv is not readable?): {probe.stderr[-300:]}")
            argv = [setpriv, f"--reuid={nobody.pw_uid}", f"--regid={nobody.pw_gid}", "--clear-groups", "--", *argv]
        result = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=base, timeout=300, check=False)
        assert result.returncode == 0, result.stderr
        paths = [a["path"] for e in json.loads(result.stdout)["events"] for a in e["articles"]]
        assert paths == [str(corpus / "good.txt")]
        assert result.stderr.splitlines() == [f"{secret}: cannot read: Permission denied"]
    finally:
        shutil.rmtree(base, ignore_errors=True)


# -- deleted between listing and reading --------------------------------------------------------


def corpus_of_three(folder: Path) -> list[Path]:
    folder.mkdir()
    names = ["a.txt", "b.txt", "c.txt"]
    seeds = sorted(SEEDS.iterdir())[:3]
    for name, seed in zip(names, seeds, strict=True):
        shutil.copyfile(seed, folder / name)
    return [folder / name for name in names]


def test_file_deleted_between_listing_and_reading(tmp_path: Path) -> None:
    files = corpus_of_three(tmp_path / "corpus")

    def delete_the_next(done: int, total: int) -> None:
        if done == 1:  # a.txt is read, b.txt and c.txt were listed: b.txt goes now
            files[1].unlink()

    corpus = load_corpus([tmp_path / "corpus"], progress=delete_the_next)
    assert [os.path.basename(a.path) for a in corpus.articles] == ["a.txt", "c.txt"]
    assert [(os.path.basename(n.path), n.message) for n in corpus.notices] == \
        [("b.txt", "deleted between listing and reading; skipped")]


def test_file_deleted_between_listing_and_reading_with_the_cache(tmp_path: Path) -> None:
    """The path the TUI and `parallax events` take, through the SQLite cache."""
    files = corpus_of_three(tmp_path / "corpus")

    def delete_the_next(done: int, total: int) -> None:
        if done == 1:
            files[1].unlink()

    with Cache(tmp_path / "cache.sqlite3") as cache:
        corpus = load_corpus_cached([tmp_path / "corpus"], progress=delete_the_next, cache=cache)
    assert [os.path.basename(a.path) for a in corpus.articles] == ["a.txt", "c.txt"]
    assert [os.path.basename(n.path) for n in corpus.notices] == ["b.txt"]


# -- the TUI ----------------------------------------------------------------------------------


def tui_command(broken: Run, tmp_path: Path) -> str:
    """parallax on the broken corpus, with the HOME (and so the cache) the CLI run filled."""
    config = tmp_path / "config.toml"
    config.write_text("")
    return env_command(session_env(broken.home), [str(PARALLAX), "--config", str(config), str(broken.corpus)],
                       tmp_path)


@pytest.mark.e2e
@pytest.mark.xdist_group("tmux")
def test_tui_lists_the_skipped_files(broken: Run, tmp_path: Path) -> None:
    with tmux_session(tui_command(broken, tmp_path), width=120, height=40) as term:
        # The title and the notice count are drawn one after the other: wait for both.
        count = f"{len(EXPECTED_NOTICES) + 1} notices"
        loaded = f"from {len(LOADED)} articles"
        library = term.wait_for(lambda s: "events from" in s and loaded in s and count in s,
                                what="the library and its notices")
        assert f"from {len(LOADED)} articles" in library
        term.keys("i")
        names = [os.path.basename(name) for name in EXPECTED_NOTICES]
        # The list is drawn in parts: wait for every name it must show, not for its first lines.
        notices = term.wait_for(lambda s: "Notices:" in s and "events from" not in s and "nested deeper" in s
                                and all(name in s for name in names), what="the whole notices list")
        for name in names:
            assert name in notices, notices
        assert "nested deeper" in notices
        assert term.leave("Escape") == 0, term.screen()


@pytest.mark.e2e
@pytest.mark.xdist_group("tmux")
def test_tui_notifies_about_skipped_files(broken: Run, tmp_path: Path) -> None:
    with tmux_session(tui_command(broken, tmp_path), width=120, height=40) as term:
        # The tree's "Notices: N (settings, skipped or changed files)" entry stays; the toast
        # ("N files skipped or changed; press i ...") goes after a few seconds, so it is looked
        # for in all that was drawn, not on one screen.
        term.wait_for(lambda s: "events from" in s and "skipped or changed files" in s,
                      what="the library with its notices entry")
        term.wait_drawn("files skipped or changed;", since=0, what="a notification about the skipped files")
