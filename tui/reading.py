"""Reading a session's corpus into a shelf, in a thread of its own that may start before the app.

`parallax` begins reading as soon as it knows what to read, before it imports Textual, and
gives the reading a short head start (HEAD_START): a reading from a warm cache is over by then,
a longer one goes on while the app is imported and started. When the cache already holds the
corpus the library's first frame lists it, instead of an empty frame followed by a second
one (bench tui, "seeds listed"). The library takes the reading over when it mounts: it shows
its progress from then on, and cancels it when its own worker is cancelled. Without a reading
begun (tests, a reload), the library's worker begins one and sees it through the same way.

Plain Python (threading): the library is the only face that uses it, and it imports no Textual.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from tui.engine.model import Article

if TYPE_CHECKING:
    from tui.engine.shelf import Shelf
    from tui.session import Session

Progress = Callable[[int, int], None]
"""progress(done, total) while reading files; (-1, 0) once when grouping starts."""
Problem = Callable[[str], None]
"""Told about a part of the corpus that could not be read (the sources store), in one line."""
POLL = 0.05
"""Seconds between two looks at whether the one who follows a reading has cancelled it."""
HEAD_START = 0.1
"""Seconds `parallax` waits for the reading it has just begun before it imports Textual. A
reading from a warm cache (the seeds: about 6 ms) is then over first: alone it has the
interpreter to itself, where beside Textual's imports the two threads took turns at the lock
and the seeds were listed 15 ms later (bench tui, "seeds listed"). A longer reading (a cold
one, a large corpus) goes on beside the imports once this is spent, its progress on screen."""


def read_shelf(session: Session, *, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
               problem: Problem | None = None) -> Shelf | None:
    """The session's corpus (its paths, and the stored articles when it lists them), read and
    grouped through the cache; None if `cancelled()` said so. Runs in a thread."""
    # Imported here, in the reading thread: the first frame does not wait for the reader's
    # modules (about 70 ms of imports on this machine).
    from tui.engine.pipeline import load_shelf

    return load_shelf(session.paths, max_bytes=session.settings.max_bytes, pins=session.pins,
                      progress=progress, cancelled=cancelled, extra=_stored(session, problem))


def _stored(session: Session, problem: Problem | None) -> list[Article]:
    """The sources store's articles when the library lists them."""
    path = session.store
    if not session.with_stored or path is None:
        return []
    # Imported here, in the reading thread: the store's reader brings the text cleaner (markdown-it, YAML).
    from tui.sources.articles import read_stored

    return read_stored(path, problem or (lambda why: None))


class Reading:
    """One `read_shelf` of a session in a daemon thread (a quit never waits for it: a reading
    cancelled or cut short leaves the cache as a finished transaction left it)."""

    def __init__(self, session: Session) -> None:
        self._lock = threading.Lock()
        self._progress: Progress | None = None
        self._last: tuple[int, int] | None = None  # the latest progress, passed on to a late follower
        self._problems: list[str] = []
        self._problem: Problem | None = None
        self._cancel = threading.Event()
        self._done = threading.Event()
        self._shelf: Shelf | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(session,), name="parallax-reading", daemon=True)
        self._thread.start()

    def _run(self, session: Session) -> None:
        try:
            self._shelf = read_shelf(session, progress=self._report, cancelled=self._cancel.is_set,
                                     problem=self._tell)
        except BaseException as err:  # handed to the library, which says what went wrong
            self._error = err
        finally:
            self._done.set()

    def _report(self, done: int, total: int) -> None:
        with self._lock:
            self._last = (done, total)
            follower = self._progress
        if follower is not None:
            follower(done, total)

    def _tell(self, why: str) -> None:
        with self._lock:
            self._problems.append(why)
            follower = self._problem
        if follower is not None:
            follower(why)

    def follow(self, progress: Progress, problem: Problem) -> None:
        """From now on, pass the progress and the problems on (those before are passed at once)."""
        with self._lock:
            self._progress, self._problem = progress, problem
            last, problems = self._last, list(self._problems)
        for why in problems:
            problem(why)
        if last is not None:
            progress(*last)

    def see_through(self, progress: Progress, problem: Problem, cancelled: Callable[[], bool]) -> Shelf | None:
        """Follow the reading to its end (from a thread that may wait); None if cancelled first,
        by `cancelled()` (looked at every POLL seconds) or by `cancel`."""
        self.follow(progress, problem)
        while not self.wait(POLL):
            if cancelled():
                self.cancel()
                return None
        return self.result()

    def done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float) -> bool:
        """Whether the reading is over, waiting at most `timeout` seconds for it."""
        return self._done.wait(timeout)

    def cancel(self) -> None:
        """Ask the reading to stop at its next check (it then gives no shelf)."""
        self._cancel.set()

    def result(self) -> Shelf | None:
        """The shelf read (None if cancelled); raises what the reading raised. Only once done."""
        if self._error is not None:
            raise self._error
        return self._shelf

    def problems(self) -> list[str]:
        """What could not be read so far."""
        with self._lock:
            return list(self._problems)
