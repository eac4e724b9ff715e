"""Config faults: odd files given as the config, hand edits during a write, owners and
modes, hand-written shapes Parallax cannot edit, a huge read cap, an empty --config.

Real files, FIFOs (os.mkfifo), the /dev/null character device, chmod and chown (as
root), and the `parallax` CLI in subprocesses. A subprocess's timeout is the hang
detector: a run that blocks fails the test instead of hanging it.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import tomli

from tests.bookmark_files import patient_env
from tests.conftest import FIXTURES, ROOT
from tui.bookmarks import add_bookmark, edit_note, remove_bookmark
from tui.config import (
    CONFIG_MAX_BYTES,
    MAX_BYTES_CEILING,
    Config,
    ConfigWriteError,
    read_config,
    set_pin,
    update_config,
    user_config_path,
)
from tui.config.edit import Document
from tui.config.statements import STATEMENT_TRIES
from tui.engine.corpus import DEFAULT_MAX_BYTES

pytestmark = pytest.mark.xdist_group("config-writers")

SEED = "seeds/000_7f0f2242164ee204.txt"
CONFIG = FIXTURES / "config" / "hand_edited.toml"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
HANG_LIMIT = 60
"""Seconds a CLI run may take before it counts as hung (the machine is busy, the runs take ~1 s)."""


def cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, cwd=cwd,
                          stdin=subprocess.DEVNULL, timeout=HANG_LIMIT, check=False)


def one_line_exit_2(proc: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    assert proc.stdout == ""
    assert len(proc.stderr.splitlines()) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    for needle in needles:
        assert needle in proc.stderr, proc.stderr


def copy_config(tmp_path: Path) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "config.toml"
    shutil.copy(CONFIG, path)
    return path


# ---------------------------------------------------------------------------- only regular files


def odd_file(kind: str, tmp_path: Path) -> Path:
    """A config path that is not a regular file."""
    if kind == "/dev/null":
        return Path("/dev/null")
    if kind == "fifo":
        path = tmp_path / "fifo.toml"
        os.mkfifo(path)
        return path
    if kind == "folder":
        path = tmp_path / "folder.toml"
        path.mkdir()
        return path
    if kind == "link to /dev/null":
        path = tmp_path / "link.toml"
        path.symlink_to("/dev/null")
        return path
    raise AssertionError(kind)


ODD = ["/dev/null", "fifo", "folder", "link to /dev/null"]


@pytest.mark.parametrize("kind", ODD)
@pytest.mark.parametrize("args", [("bookmark", "add", SEED, "--note", "x"), ("bookmarks", "--json"),
                                  ("bookmark", "remove", "aaa111"), ("events", SEED)])
def test_a_config_that_is_not_a_regular_file_is_refused_in_one_line(tmp_path: Path, kind: str,
                                                                    args: tuple[str, ...]) -> None:
    path = odd_file(kind, tmp_path)
    mode_before = os.stat(path).st_mode
    listing_before = sorted(os.listdir(path.parent if kind != "folder" else path))
    proc = cli(*args, "--config", str(path))  # a FIFO would block a plain open(): the timeout catches it
    one_line_exit_2(proc, str(path))
    assert "not a" in proc.stderr  # "is a character device, not a regular file", "is a folder, not a config file"
    assert os.stat(path).st_mode == mode_before  # still the device, the FIFO, the folder
    assert sorted(os.listdir(path.parent if kind != "folder" else path)) == listing_before  # no lock, no temp
    assert not Path(str(os.path.realpath(path)) + ".lock").exists()


def test_the_device_is_still_a_device_and_still_empty() -> None:
    info = os.stat("/dev/null")
    assert stat.S_ISCHR(info.st_mode)
    assert Path("/dev/null").read_bytes() == b""


@pytest.mark.parametrize("kind", ODD)
def test_reading_and_writing_in_process_refuse_without_blocking(tmp_path: Path, kind: str) -> None:
    path = odd_file(kind, tmp_path)
    config = read_config(path)  # returns at once for a FIFO: opened with O_NONBLOCK, checked with fstat
    assert config.error is not None and not config.writable
    # a config read while it was a regular file, then replaced by the odd file
    regular = copy_config(tmp_path / "r")
    good = read_config(regular)
    regular.unlink()
    if kind == "folder":
        regular.mkdir()
    else:
        regular.symlink_to(path)
    with pytest.raises(ConfigWriteError, match="not a"):
        add_bookmark(good, SEED)
    with pytest.raises(ConfigWriteError, match="not a"):
        set_pin(good, SEED, with_=None)


def test_a_fifo_swapped_in_after_the_read_does_not_hang_a_writer(tmp_path: Path) -> None:
    """In a subprocess, so that a writer that blocks on the FIFO fails the test instead of hanging it."""
    path = copy_config(tmp_path)
    writer = ("import sys\nfrom pathlib import Path\nfrom tui.bookmarks import add_bookmark\n"
              "from tui.config import ConfigError, read_config\n"
              "config = read_config(Path(sys.argv[1]))\n"
              "print('read', flush=True)\nsys.stdin.readline()\n"
              "try:\n    add_bookmark(config, 'a.txt')\nexcept ConfigError as err:\n    print(err)\n")
    proc = subprocess.Popen([sys.executable, "-c", writer, str(path)], cwd=ROOT, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdin is not None
    assert proc.stdout.readline().strip() == "read"
    path.unlink()
    os.mkfifo(path)  # swapped in after the read, before the write
    out, _err = proc.communicate("go\n", timeout=HANG_LIMIT)
    assert "named pipe (FIFO)" in out and proc.returncode == 0
    assert stat.S_ISFIFO(os.stat(path).st_mode)


def test_a_symlink_to_a_regular_file_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    real = copy_config(tmp_path / "dotfiles")
    link = tmp_path / "config.toml"
    link.symlink_to(real)
    proc = cli("--config", str(link), "bookmark", "add", SEED, "--note", "through the link")
    assert proc.returncode == 0, proc.stderr
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert tomli.loads(real.read_text(encoding="utf-8"))["bookmarks"][-1]["note"] == "through the link"


# ---------------------------------------------------------------------------- hand edits during a write


def test_a_change_between_the_read_and_the_replace_is_merged_again(tmp_path: Path) -> None:
    """The edit itself changes the file on its first run, as a hand edit landing mid-write would."""
    path = copy_config(tmp_path)
    runs: list[str] = []

    def edit(doc: Document) -> None:
        runs.append(doc.text)
        if len(runs) == 1:
            with path.open("a", encoding="utf-8") as handle:
                handle.write("\n# typed by hand during the write\n")
        doc.append(("bookmarks",), {"id": "fff000", "left": SEED})

    update_config(read_config(path), edit)
    assert len(runs) == 2 and "# typed by hand during the write" in runs[1]
    text = path.read_text(encoding="utf-8")
    assert "# typed by hand during the write" in text and 'id = "fff000"' in text
    assert text.count('id = "fff000"') == 1


APPENDER = """
import sys, time
from pathlib import Path
path, stop, pace = Path(sys.argv[1]), Path(sys.argv[2]), float(sys.argv[3])
n = 0
print("ready", flush=True)
while not stop.exists():
    with path.open("a", encoding="utf-8") as handle:
        handle.write(f"# appended by hand {n}\\n")
    n += 1
    time.sleep(pace)
print(n, flush=True)
"""
APPEND_PACE = 0.01
"""Seconds between two hand appends: a line every 10 ms, far faster than a person types."""
WRITERS = 12


def test_lines_appended_while_many_writers_add_all_survive(tmp_path: Path) -> None:
    path = copy_config(tmp_path)
    stop = tmp_path / "stop"
    appender = subprocess.Popen([sys.executable, "-c", APPENDER, str(path), str(stop), str(APPEND_PACE)],
                                stdout=subprocess.PIPE, text=True)
    assert appender.stdout is not None
    assert appender.stdout.readline().strip() == "ready"
    try:
        writers = [subprocess.Popen([sys.executable, "-m", "tui", "--config", str(path), "bookmark", "add", SEED,
                                     "--note", f"writer {n}"], cwd=ROOT, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True, env=patient_env())
                   for n in range(WRITERS)]
        results = [(w.wait(timeout=180), *w.communicate()) for w in writers]
    finally:
        stop.touch()
        appended = int(appender.communicate(timeout=HANG_LIMIT)[0].strip())
    assert [code for code, _o, _e in results] == [0] * WRITERS, [err for _c, _o, err in results]
    text = path.read_text(encoding="utf-8")
    lost = [n for n in range(appended) if f"# appended by hand {n}\n" not in text]
    assert appended > WRITERS and lost == [], f"{len(lost)} of {appended} appended lines lost"
    notes = sorted(b["note"] for b in tomli.loads(text)["bookmarks"] if b["id"] not in ("aaa111", "bbb222"))
    assert notes == sorted(f"writer {n}" for n in range(WRITERS))


# ---------------------------------------------------------------------------- owner, group, mode, links


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o604])
def test_the_mode_of_the_config_is_kept(tmp_path: Path, mode: int) -> None:
    path = copy_config(tmp_path)
    path.chmod(mode)
    proc = cli("--config", str(path), "bookmark", "add", SEED)
    assert proc.returncode == 0, proc.stderr
    assert stat.S_IMODE(path.stat().st_mode) == mode
    assert read_config(path).bookmark(proc.stdout.strip()) is not None


@pytest.mark.skipif(not IS_ROOT, reason="only root can give a file to another user (chown)")
def test_a_config_owned_by_another_user_stays_theirs_when_root_writes(tmp_path: Path) -> None:
    import pwd

    nobody = pwd.getpwnam("nobody")
    path = copy_config(tmp_path)
    os.chown(path, nobody.pw_uid, nobody.pw_gid)
    path.chmod(0o640)
    proc = cli("--config", str(path), "bookmark", "add", SEED)
    assert proc.returncode == 0, proc.stderr
    info = path.stat()
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (nobody.pw_uid, nobody.pw_gid, 0o640)
    assert cli("--config", str(path), "bookmark", "remove", proc.stdout.strip()).returncode == 0
    assert path.read_bytes() == CONFIG.read_bytes()
    assert (path.stat().st_uid, path.stat().st_gid) == (nobody.pw_uid, nobody.pw_gid)


def test_a_hard_linked_config_is_detached_as_the_readme_says(tmp_path: Path) -> None:
    """Documented: the write is an atomic replace, so another hard link keeps the old text."""
    path = copy_config(tmp_path)
    other = tmp_path / "other-name.toml"
    os.link(path, other)
    assert path.stat().st_nlink == 2
    proc = cli("--config", str(path), "bookmark", "add", SEED)
    assert proc.returncode == 0, proc.stderr
    assert other.read_bytes() == CONFIG.read_bytes()
    assert path.stat().st_nlink == 1 and proc.stdout.strip() in path.read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "hard link" in readme


# ---------------------------------------------------------------------------- shapes Parallax cannot edit


Write = Callable[[Config], object]
BOOKMARK_WRITES: dict[str, Write] = {
    "add": lambda config: add_bookmark(config, SEED),
    "edit": lambda config: edit_note(config, "x1", "n"),
    "remove": lambda config: remove_bookmark(config, "x1"),
}
PIN_WRITES: dict[str, Write] = {
    "pin alone": lambda config: set_pin(config, SEED, with_=None),
    "pin with": lambda config: set_pin(config, SEED, with_="seeds/001_3f8f53560a646d72.txt"),
}
# text, the key the load reports, its line, the writes that must refuse
SHAPES: dict[str, tuple[str, str, int, dict[str, Write]]] = {
    "[bookmarks] table": ('# mine\n[bookmarks]\nid = "x1"\nleft = "a.txt"\n', "bookmarks", 2, BOOKMARK_WRITES),
    "bookmarks dotted keys": ('# mine\nbookmarks.id = "x1"\nbookmarks.left = "a.txt"\n', "bookmarks", 2,
                              BOOKMARK_WRITES),
    "[events.pin] table": ('[events.pin]\narticle = "a.txt"\nalone = true\n', "events.pin", 1, PIN_WRITES),
    "events.pin dotted keys": ('[events]\npin.article = "a.txt"\npin.alone = true\n', "events.pin", 2,
                               PIN_WRITES),
    "events a value": ('# mine\nevents = "none"\n', "events", 2, PIN_WRITES),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_hand_written_shapes_are_reported_on_load_and_refused_on_every_write(tmp_path: Path, shape: str) -> None:
    text, key, line, writes = SHAPES[shape]
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    config = read_config(path)
    assert config.error is None
    assert [(i.key, i.line) for i in config.issues] == [(key, line)]
    said = config.issues[0].message.removesuffix("; ignored")  # e.g. "expected [[bookmarks]] tables, got a table"
    for name, write in writes.items():
        with pytest.raises(ConfigWriteError) as caught:
            write(config)
        message = str(caught.value)
        assert message.startswith(f"{path}:{line}: {key}: {said}; "), (name, message)
        assert "\n" not in message and "file is unchanged" in message
        assert path.read_text(encoding="utf-8") == text
    if writes is BOOKMARK_WRITES:
        for args in [("bookmark", "add", SEED), ("bookmark", "remove", "x1")]:
            one_line_exit_2(cli("--config", str(path), *args), f"{path}:{line}: {key}: {said}")
    assert path.read_text(encoding="utf-8") == text


# ---------------------------------------------------------------------------- max_bytes, --config ''


@pytest.mark.parametrize("value", [str(MAX_BYTES_CEILING + 1), "9223372036854775807", "0"])
def test_a_read_cap_out_of_range_is_an_issue_with_its_line(tmp_path: Path, value: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(f"# cap\n[corpus]\nmax_bytes = {value}\n", encoding="utf-8")
    config = read_config(path)
    assert [(i.line, i.key) for i in config.issues] == [(3, "corpus.max_bytes")]
    assert config.corpus.max_bytes == DEFAULT_MAX_BYTES
    proc = cli("--config", str(path), "show", SEED, "--json")
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith(f"{path}:3: corpus.max_bytes: ") and len(proc.stderr.splitlines()) == 1


def test_the_ceiling_itself_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(f"[corpus]\nmax_bytes = {MAX_BYTES_CEILING}\n", encoding="utf-8")
    config = read_config(path)
    assert config.issues == () and config.corpus.max_bytes == MAX_BYTES_CEILING


@pytest.mark.parametrize("args", [("bookmarks",), ("bookmark", "add", SEED), ("events", SEED),
                                  ("show", SEED)])
def test_an_empty_config_name_is_a_usage_error(tmp_path: Path, args: tuple[str, ...]) -> None:
    local = tmp_path / "config.toml"
    local.write_text("# the ./config.toml the normal lookup would find\n", encoding="utf-8")
    before = local.read_bytes()
    started = time.monotonic()
    proc = cli(*args, "--config", "", cwd=tmp_path)
    one_line_exit_2(proc, "--config ''", "empty")
    assert time.monotonic() - started < HANG_LIMIT
    assert local.read_bytes() == before
    assert not user_config_path().exists()  # not quietly the user config either


# ---------------------------------------------------------------------------- sizes and shapes that could hang


def test_a_config_too_big_to_be_one_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    with path.open("wb") as handle:
        handle.truncate(CONFIG_MAX_BYTES + 1)  # sparse: no disk used
    config = read_config(path)
    assert config.error is not None and "larger than" in str(config.error)
    with pytest.raises(ConfigWriteError, match="larger than"):
        add_bookmark(Config(path, "--config", exists=True), SEED)
    assert path.stat().st_size == CONFIG_MAX_BYTES + 1


def test_a_statement_too_long_to_place_loses_its_lines_and_refuses_writes(tmp_path: Path) -> None:
    """A value of thousands of lines that each close a bracket: the places are given up
    (bounded work), so messages have no line and writes say why instead of hanging."""
    path = tmp_path / "config.toml"
    rows = "".join(f"  [{i}, {i}],\n" for i in range(STATEMENT_TRIES * 2))
    path.write_text(f'[reading]\ntheme = 5\ndata = [\n{rows}]\n', encoding="utf-8")
    config = read_config(path)
    assert config.error is None
    assert sorted((i.key, i.line) for i in config.issues) == [("reading.data", None), ("reading.theme", None)]
    with pytest.raises(ConfigWriteError, match="cannot find the \\[\\[bookmarks\\]\\] tables"):
        add_bookmark(config, SEED)
    short = tmp_path / "short.toml"
    few = "".join(rows.splitlines(keepends=True)[:50])
    short.write_text(f'[reading]\ntheme = 5\ndata = [\n{few}]\n', encoding="utf-8")
    assert [(i.key, i.line) for i in read_config(short).issues] == [("reading.theme", 2), ("reading.data", 3)]
