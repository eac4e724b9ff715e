"""Helpers for the end-to-end tests: a private tmux server to run `parallax` in a
real terminal, and a throwaway OpenSSH server on 127.0.0.1 to reach it through.

Nothing here touches the real user's files: the tmux server has its own socket
in a temporary folder, the commands it runs get an explicit environment (HOME and
the XDG folders in tmp), and sshd runs on its own config, keys and pid file.
"""

from __future__ import annotations

import getpass
import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pytest

T = TypeVar("T")

ROOT = Path(__file__).resolve().parents[2]
PARALLAX = Path(sys.executable).with_name("parallax")
WAIT = 60.0
"""Seconds to wait for a screen to show something before failing (a hang guard, not a timing assert)."""

TMUX_CONF = """\
set -g remain-on-exit on
set -g set-clipboard on
set -g history-limit 2000
set -g status off
set -g escape-time 0
"""
# remain-on-exit keeps a crashed app's last screen (and its traceback) to capture.
# set-clipboard on makes tmux accept OSC 52 from the app as a paste buffer, so a
# clipboard write that reaches the terminal shows up in `list-buffers`.
# status off: the pane is the whole window, so 80x24 means 80x24 for the app.

ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-_]")
"""CSI, OSC and two-byte escape sequences: stripped from the record of what a program wrote."""


def poll(get: Callable[[], T], test: Callable[[T], bool], *, what: str, timeout: float = WAIT,
         interval: float = 0.1) -> T:
    """Call `get` until `test` holds for its value; return that value, or fail naming `what`.

    For what is not on a screen (a file the program writes): wait for what is then asserted."""
    deadline = time.monotonic() + timeout
    while not test(value := get()):
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}; last value:\n{repr(value)[:3000]}")
        time.sleep(interval)
    return value


def drawn_at(screen: str, width: int, height: int, footer: str = "Help") -> bool:
    """Whether `screen` is a whole frame drawn for width x height: its footer on the last row, no
    row wider than the window.

    Right after a resize tmux still shows the old frame, padded or cropped (and, while the app
    redraws, rows of the new frame with the old one's cells beyond them), which a count of the
    rows alone cannot tell from a redraw."""
    rows = screen.rstrip("\n").split("\n")
    return len(rows) == height and footer in rows[-1] and all(len(row) <= width for row in rows)


def tmux_path() -> str:
    path = shutil.which("tmux")
    if path is None:
        pytest.skip("tmux is not installed (scripts/system-deps installs it where it may)")
    return path


def session_env(home: Path, term: str = "xterm-256color", extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The whole environment for a program in the terminal: nothing inherited but PATH."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_STATE_HOME": str(home / ".local/state"),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "TERM": term,
    }
    for sub in (".config", ".cache", ".local/share", ".local/state"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    env.update(extra or {})
    return env


def env_command(env: Mapping[str, str], argv: Sequence[str], cwd: Path | str) -> str:
    """A shell line that runs `argv` in `cwd` with exactly `env`."""
    assigns = " ".join(shlex.quote(f"{k}={v}") for k, v in env.items())
    return f"cd {shlex.quote(str(cwd))} && exec env -i {assigns} {shlex.join(list(argv))}"


class Tmux:
    """One detached tmux session on a private server, running one command."""

    def __init__(self, command: str, *, width: int = 80, height: int = 24) -> None:
        self.tmux = tmux_path()
        self.dir = Path(tempfile.mkdtemp(prefix="pxtmux-"))  # short: socket paths are limited
        self.socket = self.dir / "s"
        conf = self.dir / "tmux.conf"
        conf.write_text(TMUX_CONF)
        inner = self.dir / "inner.sh"
        inner.write_text(command + "\n")
        self.status_file = self.dir / "status"
        script = self.dir / "run.sh"
        script.write_text(f"sh {shlex.quote(str(inner))}\necho $? > {shlex.quote(str(self.status_file))}.tmp\n"
                          f"mv {shlex.quote(str(self.status_file))}.tmp {shlex.quote(str(self.status_file))}\n")
        server_env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(self.dir),
                      "TERM": "xterm-256color", "LANG": "C.UTF-8"}
        self._server_env = server_env
        self._run("-f", str(conf), "new-session", "-d", "-x", str(width), "-y", str(height), "-s", "main",
                  f"sh {shlex.quote(str(script))}")
        # Everything the program writes to the terminal, kept: a toast shown for two seconds can
        # come and go between two looks at the screen, but not out of this record (see wait_drawn).
        self.record = self.dir / "record"
        self._run("pipe-pane", "-t", "main", f"cat >> {shlex.quote(str(self.record))}")

    def _run(self, *args: str, check: bool = True) -> str:
        result = subprocess.run([self.tmux, "-S", str(self.socket), *args], capture_output=True, text=True,
                                env=self._server_env, timeout=30, check=False)
        if check and result.returncode != 0:
            raise RuntimeError(f"tmux {' '.join(args)}: {result.stderr.strip()}")
        return result.stdout

    def screen(self, *, escapes: bool = False) -> str:
        """The visible screen as text (with -e: with the colour escapes tmux would draw)."""
        return self._run("capture-pane", "-p", "-J" if not escapes else "-e", "-t", "main")

    def keys(self, *keys: str) -> None:
        """Key names as tmux knows them: Enter, Escape, Tab, n, N, q..."""
        for key in keys:
            self._run("send-keys", "-t", "main", key)

    def type(self, text: str) -> None:
        self._run("send-keys", "-t", "main", "-l", text)

    def resize(self, width: int, height: int) -> None:
        self._run("resize-window", "-t", "main", "-x", str(width), "-y", str(height))

    def info(self, fmt: str) -> str:
        return self._run("display-message", "-p", "-t", "main", fmt).strip()

    def dead(self) -> bool:
        return self.status_file.exists() or self.info("#{pane_dead}") == "1"

    def exit_status(self) -> int | None:
        """The program's exit status once it has ended (its wrapper writes it to a file), else None.

        (tmux's own #{pane_dead_status} is sometimes left empty, so it is not used.)"""
        try:
            text = self.status_file.read_text().strip()
        except FileNotFoundError:
            return None
        return int(text) if text else None

    def pane_title(self) -> str:
        return self.info("#{pane_title}")

    def size(self) -> tuple[int, int]:
        w, h = self.info("#{pane_width} #{pane_height}").split()
        return int(w), int(h)

    def buffers(self) -> str:
        """tmux paste buffers: set only by an OSC 52 clipboard write reaching the terminal."""
        return self._run("list-buffers", check=False)

    def wait_for(self, test: str | Callable[[str], bool], *, timeout: float = WAIT, what: str = "",
                 escapes: bool = False) -> str:
        """Poll the screen until `test` (a substring, or a predicate) holds; return that screen.

        With escapes, the screen polled (and returned) is `screen(escapes=True)`.
        Fails with the last screen if it never does, or if the program died first.
        """
        check: Callable[[str], bool] = (lambda s: test in s) if isinstance(test, str) else test
        deadline = time.monotonic() + timeout
        screen = ""
        while True:
            screen = self.screen(escapes=escapes)
            if check(screen):
                return screen
            if self.dead():
                screen = self.screen(escapes=escapes)
                if check(screen):
                    return screen
                raise AssertionError(f"the program exited ({self.exit_status()}) before showing "
                                     f"{what or test!r}; last screen:\n{screen}")
            if time.monotonic() > deadline:
                raise AssertionError(f"gave up waiting for {what or test!r}; last screen:\n{screen}")
            time.sleep(0.1)

    def mark(self) -> int:
        """The present end of the record of what the program wrote, for `wait_drawn(since=...)`."""
        try:
            return self.record.stat().st_size
        except FileNotFoundError:
            return 0

    def drawn(self, since: int = 0) -> str:
        """What the program wrote to the terminal from `since` on, as text without escape sequences."""
        try:
            data = self.record.read_bytes()[since:]
        except FileNotFoundError:
            data = b""
        return ESCAPES.sub("", data.decode("utf-8", errors="replace"))

    def wait_drawn(self, text: str, *, since: int, timeout: float = WAIT, what: str = "") -> str:
        """Poll the record until the program has written `text` since `since`; return what it wrote.

        For what the screen shows only for a moment (a toast with a timeout), which a poll of the
        screen can miss on a busy machine; what stays on screen is waited for with wait_for.
        """
        deadline = time.monotonic() + timeout
        while text not in (written := self.drawn(since)):
            if time.monotonic() > deadline:
                raise AssertionError(f"gave up waiting for {what or text!r} to be drawn (exit status "
                                     f"{self.exit_status()}); screen:\n{self.screen()}")
            time.sleep(0.1)
        return written

    def wait_dead(self, *, timeout: float = WAIT) -> int:
        deadline = time.monotonic() + timeout
        while (status := self.exit_status()) is None:
            if time.monotonic() > deadline:
                raise AssertionError(f"the program did not exit; last screen:\n{self.screen()}")
            time.sleep(0.1)
        return status

    def leave(self, key: str = "q") -> int:
        """Go back to the library with `key`, quit from there, and return the exit status."""
        self.keys(key)
        self.wait_for("events from", what="back in the library")
        self.keys("q")
        return self.wait_dead()

    def close(self) -> None:
        self._run("kill-server", check=False)
        shutil.rmtree(self.dir, ignore_errors=True)


@contextmanager
def tmux_session(command: str, *, width: int = 80, height: int = 24) -> Iterator[Tmux]:
    session = Tmux(command, width=width, height=height)
    try:
        yield session
    finally:
        session.close()


# -- sshd ----------------------------------------------------------------------------------


@dataclass
class SshServer:
    """A running sshd on 127.0.0.1:port that lets `user` in with `key`."""

    port: int
    user: str
    key: Path
    log: Path
    process: subprocess.Popen[bytes]

    def ssh_argv(self, remote_command: str) -> list[str]:
        ssh = shutil.which("ssh") or "ssh"
        return [ssh, "-tt", "-F", "/dev/null", "-i", str(self.key), "-p", str(self.port),
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
                "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes", "-o", "LogLevel=ERROR",
                f"{self.user}@127.0.0.1", remote_command]


def sshd_path() -> str | None:
    found = shutil.which("sshd")
    if found:
        return found
    for candidate in ("/usr/sbin/sshd", "/usr/local/sbin/sshd"):
        if os.access(candidate, os.X_OK):
            return candidate
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


SSHD_CONFIG = """\
Port {port}
ListenAddress 127.0.0.1
HostKey {dir}/host_ed25519
PidFile {dir}/sshd.pid
AuthorizedKeysFile {dir}/authorized_keys
StrictModes no
UsePAM no
PermitRootLogin {root}
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitUserEnvironment no
PrintMotd no
PrintLastLog no
X11Forwarding no
AllowTcpForwarding no
LogLevel VERBOSE
"""


@contextmanager
def ssh_server(folder: Path) -> Iterator[SshServer]:
    """Start sshd with throwaway keys in `folder`; skip (saying why) where it cannot run."""
    sshd = sshd_path()
    keygen = shutil.which("ssh-keygen")
    if sshd is None or keygen is None or shutil.which("ssh") is None:
        pytest.skip("OpenSSH (sshd, ssh, ssh-keygen) is not installed; scripts/system-deps installs it "
                    "where it may (root with apt-get)")
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    for name in ("host_ed25519", "user_ed25519"):
        subprocess.run([keygen, "-q", "-t", "ed25519", "-N", "", "-C", "parallax-test", "-f", str(folder / name)],
                       check=True, capture_output=True, timeout=60)
    shutil.copyfile(folder / "user_ed25519.pub", folder / "authorized_keys")
    user = getpass.getuser()
    is_root = os.geteuid() == 0
    if is_root and not os.path.isdir("/run/sshd"):
        # sshd refuses to start as root without its privilege separation folder;
        # the Debian package's service would create this same empty folder.
        try:
            os.makedirs("/run/sshd", mode=0o755, exist_ok=True)
        except OSError as err:
            pytest.skip(f"sshd needs /run/sshd and it cannot be created: {err}")
    log = folder / "sshd.log"
    last_error = ""
    for _attempt in range(3):  # a free port can be taken between choosing and binding it
        port = _free_port()
        config = folder / "sshd_config"
        config.write_text(SSHD_CONFIG.format(port=port, dir=folder, root="yes" if is_root else "no"))
        checked = subprocess.run([sshd, "-t", "-f", str(config)], capture_output=True, text=True, timeout=60)
        if checked.returncode != 0:
            pytest.skip(f"sshd rejects its test config here: {checked.stderr.strip()}")
        with log.open("wb") as log_file:
            process = subprocess.Popen([sshd, "-D", "-e", "-f", str(config)], stdout=log_file,
                                       stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while process.poll() is None and not _listening(port) and time.monotonic() < deadline:
            time.sleep(0.1)
        if process.poll() is None and _listening(port):
            break
        process.kill()
        process.wait(timeout=10)
        last_error = log.read_text(errors="replace").strip()
    else:
        pytest.skip(f"sshd could not be started on 127.0.0.1: {last_error}")
    server = SshServer(port=port, user=user, key=folder / "user_ed25519", log=log, process=process)
    try:
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
