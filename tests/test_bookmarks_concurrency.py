"""Two SSH sessions at once, and a kill -9 mid-write: no bookmark and no user line is ever lost.

Real processes throughout: the `parallax` CLI launched 20 times together, and a writer
process killed with SIGKILL at random moments.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import tomli

from tests.bookmark_files import common_prefix, patient_env
from tests.conftest import FIXTURES, ROOT
from tui.atomic import stale_temps
from tui.bookmarks import add_bookmark
from tui.config import read_config
from tui.config.write import LATE_APPEND_WINDOW

pytestmark = pytest.mark.xdist_group("config-writers")

CONFIG = FIXTURES / "config" / "hand_edited.toml"
SEED = "seeds/000_7f0f2242164ee204.txt"
KILL_LOOPS = int(os.environ.get("PARALLAX_KILL_LOOPS", "40"))
KILL_WINDOW = 0.04 + 2 * LATE_APPEND_WINDOW
"""Seconds after a write within which each kill lands: a write's work and its wait for late hand appends, twice."""


def user_lines_kept(original: str, now: str) -> None:
    """`now` is `original` with one run of [[bookmarks]] tables inserted, nothing else."""
    a, b = original.splitlines(), now.splitlines()
    prefix = common_prefix(a, b)
    suffix = min(common_prefix(a[::-1], b[::-1]), len(a) - prefix)
    assert prefix + suffix == len(a), "a line of the original changed or went"
    inserted = tomli.loads("\n".join(b[prefix:len(b) - suffix]))
    assert set(inserted) <= {"bookmarks"}


def test_twenty_processes_adding_at_once_keep_all_twenty(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    shutil.copy(CONFIG, path)
    original = path.read_text(encoding="utf-8")
    procs = [
        subprocess.Popen([sys.executable, "-m", "tui", "bookmark", "add", SEED, "--note", f"session {n}",
                          "--config", str(path)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         stdin=subprocess.DEVNULL, text=True, env=patient_env())
        for n in range(20)
    ]
    results = [(p.wait(timeout=120), *p.communicate()) for p in procs]
    assert [code for code, _out, _err in results] == [0] * 20, [err for _c, _o, err in results]
    printed = [out.strip() for _code, out, _err in results]
    assert len(set(printed)) == 20
    config = read_config(path)
    assert config.error is None and config.issues == ()
    added = [b for b in config.bookmarks if b.id not in ("aaa111", "bbb222")]
    assert sorted(b.id for b in added) == sorted(printed)
    assert sorted(b.note for b in added) == sorted(f"session {n}" for n in range(20))
    user_lines_kept(original, path.read_text(encoding="utf-8"))


WRITER = """
import sys
from pathlib import Path
from tui.atomic import stale_temps
from tui.bookmarks import add_bookmark
from tui.config import read_config
import filelock, tomlkit  # warm up: the first write then costs what the others do
path = Path(sys.argv[1])
read_config(path)
print("ready", flush=True)
n = 0
while True:
    mark = add_bookmark(read_config(path), sys.argv[2], note=f"write {n}")
    print(mark.id, flush=True)
    n += 1
"""


def test_sigkill_at_random_moments_never_corrupts_or_loses(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    shutil.copy(CONFIG, path)
    original = path.read_text(encoding="utf-8")
    rng = random.Random(6)
    acknowledged: set[str] = set()
    previous = 2
    writes_seen = 0
    mid_write = 0
    for _ in range(KILL_LOOPS):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), SEED], cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        first = proc.stdout.readline().strip()  # one write done: the writer is in its loop
        time.sleep(rng.uniform(0.0, KILL_WINDOW))
        proc.send_signal(signal.SIGKILL)
        out, _err = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        written = [first, *(line.strip() for line in out.splitlines() if line.strip())]
        acknowledged.update(written)
        mid_write += bool(stale_temps(path))
        text = path.read_text(encoding="utf-8")
        data = tomli.loads(text)  # always parses: the old file or the new one, never a mix
        ids = {b["id"] for b in data["bookmarks"]}
        assert acknowledged <= ids  # nothing a writer reported as saved is gone
        assert len(ids) >= previous
        previous = len(ids)
        writes_seen += len(written)
        user_lines_kept(original, text)
    print(f"kill loop: {KILL_LOOPS} kills, {writes_seen} acknowledged writes, "
          f"{mid_write} kills left a half-written temp file")
    # The kills really landed among writes: a second write was acknowledged before some kill, or
    # some kill left a write half done (on a busy machine a write can outlast KILL_WINDOW).
    assert writes_seen > KILL_LOOPS or mid_write > 0
    # the next write clears what the killed writers left behind, and takes the lock at once
    add_bookmark(read_config(path), SEED, note="after the storm")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.toml", "config.toml.lock"]
    assert read_config(path).issues == ()
