"""A real SSH session: OpenSSH's sshd on 127.0.0.1, `ssh -tt` inside tmux at 80x24,
`parallax` on the seeds driven by keys, a bookmark written to a config in tmp.

The session runs once (a module fixture); one test checks what the screen showed
and how the program ended, the other what landed in the config file.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.e2e.harness import PARALLAX, ROOT, env_command, session_env, ssh_server, tmux_session

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("tmux")]

NOTE = "over ssh: compare the readouts"


@dataclass
class SshRun:
    config: Path
    original: str
    screens: dict[str, str] = field(default_factory=dict)
    status: int | None = None
    error: str | None = None
    sshd_log: str = ""


@pytest.fixture(scope="module")
def ssh_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SshRun]:
    tmp = tmp_path_factory.mktemp("ssh")
    config = tmp / "config.toml"
    shutil.copyfile(ROOT / "config.toml", config)
    run = SshRun(config=config, original=config.read_text())
    with ssh_server(tmp / "sshd") as server:
        # Remote: the repository as working folder, HOME and XDG in tmp, the tmp config.
        remote = env_command(session_env(tmp / "remote-home"), [str(PARALLAX), "--config", str(config)], ROOT)
        local = env_command(session_env(tmp / "local-home"), server.ssh_argv(remote), tmp)
        with tmux_session(local, width=80, height=24) as term:
            try:
                # The title and the rows may land in different frames: wait for the first event's label.
                run.screens["library"] = term.wait_for(lambda s: "events from" in s and "Russia" in s,
                                                       what="the library with the seeds' first event")
                term.keys("Enter")
                # Until the whole comparison is drawn, rows of the library may still be on screen.
                run.screens["compare"] = term.wait_for(
                    lambda s: "LEFT" in s and "RIGHT" in s and "match 1 of" in s and "events from" not in s,
                    what="the comparison, opened lined up on its first match")
                run.screens["match1"] = run.screens["compare"]
                term.keys("n")
                run.screens["match2"] = term.wait_for("match 2 of", what="the second match selected")
                term.keys("b")
                run.screens["prompt"] = term.wait_for(lambda s: "a note (optional)" in s and "Bookmark" in s,
                                                      what="the note prompt")
                term.type(NOTE)
                since = term.mark()
                term.keys("Enter")
                # The confirmation is a toast for two seconds: look for it in all that was drawn.
                term.wait_drawn("Bookmarked", since=since, what="the bookmark's confirmation")
                term.keys("q")
                run.screens["back"] = term.wait_for("events from", what="back in the library")
                term.keys("q")
                run.status = term.wait_dead()
            except AssertionError as err:
                run.error = str(err)
            run.screens["final"] = term.screen()
        run.sshd_log = server.log.read_text(errors="replace")
    yield run


def test_ssh_session_drives_the_app_by_keys(ssh_run: SshRun) -> None:
    assert ssh_run.error is None, f"{ssh_run.error}\n--- sshd log ---\n{ssh_run.sshd_log}"
    assert "Accepted publickey" in ssh_run.sshd_log  # it really went through sshd
    screens = ssh_run.screens
    assert "Russia" in screens["library"]  # the seeds' first event
    assert "events from" not in screens["compare"]
    lines = screens["compare"].splitlines()
    assert len(lines) <= 24 and all(len(line) <= 80 for line in lines)
    assert "Bookmark" in screens["prompt"]
    assert ssh_run.status == 0, screens["final"]
    assert "Traceback" not in screens["final"]


def test_ssh_session_bookmark_lands_in_the_config(ssh_run: SshRun) -> None:
    assert ssh_run.error is None, ssh_run.error
    text = ssh_run.config.read_text()
    marks = tomllib.loads(text).get("bookmarks", [])
    assert len(marks) == 1, text
    mark = marks[0]
    assert mark["note"] == NOTE
    seeds = {p.name for p in (ROOT / "seeds").iterdir()}
    assert Path(mark["left"]).name in seeds
    assert Path(mark["right"]).name in seeds
    assert mark["left"] != mark["right"]
    # b on a selected match bookmarks that match: its sentences are a match of the pair.
    compared = subprocess.run([str(PARALLAX), "compare", mark["left"], mark["right"], "--json", "--config",
                               str(ssh_run.config)], capture_output=True, text=True, timeout=120, check=True)
    matches = [(m["left"], m["right"]) for m in json.loads(compared.stdout)["matches"]]
    assert (mark.get("left_sentences"), mark.get("right_sentences")) in matches
    # Every line of the original file is still there, comments included.
    assert all(line in text.splitlines() for line in ssh_run.original.splitlines())
    # And the command line reads the same bookmark back from that config.
    listed = subprocess.run([str(PARALLAX), "bookmarks", "--json", "--config", str(ssh_run.config)],
                            capture_output=True, text=True, timeout=60, check=True)
    assert [b["note"] for b in json.loads(listed.stdout)["bookmarks"]] == [NOTE]
