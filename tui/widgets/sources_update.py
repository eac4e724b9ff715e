"""The sources update, shown where it was asked for: a progress bar and one result line.

Both the library (`u`) and the sources screen (`u`) hold one `SourcesUpdate`. `start()` runs
`tui.sources.update.update_all` in a thread worker (the store is opened in that thread);
each source's result is posted as `SourceDone` as it completes (a failing source never
stops the others), and at the end the app is told with `messages.SourcesChanged` which
stored articles are new, so it marks them and reads the library again. One update at a
time in the whole app (the session's `update_lock`).

Its messages name the widget that runs the update (`origin`) and bubble up to the app, which
shows them on every other screen's `SourcesUpdate` (`follow`), so an update started in the
library is seen on the sources screen opened meanwhile, and the other way round.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import App
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Label
from textual.worker import get_current_worker

from tui import messages
from tui.engine.model import Article
from tui.session import Session
from tui.widgets.text import clean

if TYPE_CHECKING:
    from textual.widgets import ProgressBar

    from tui.sources.update import SourceResult

PROGRESS_EVERY = 0.05
"""Seconds between two progress messages: the bar moves, the message queue stays short."""
FAILURES_SHOWN = 3
"""Failed sources named in the closing notification (the sources screen lists them all)."""
ARRIVALS_EVERY = 5.0
"""Seconds between the library's readings while an update brings articles: the new reports join
their events as their sources are done, but a large library is not read again after each one."""


def totals(results: list[SourceResult]) -> str:
    """'3 sources: 4 new, 1 updated, 1 failed' (what a whole update did)."""
    new, updated = sum(r.new for r in results), sum(r.updated for r in results)
    failed = sum(r.outcome == "failed" for r in results)
    text = f"{len(results)} source{'s' * (len(results) != 1)}: {new} new"
    if updated:
        text += f", {updated} updated"
    return text + (f", {failed} failed" if failed else "")


class SourcesUpdate(Vertical):
    """A progress bar (while updating) over one line saying what the update did."""

    class Progress(Message):
        """Requests answered so far, of those asked (the total grows as feeds name pages)."""

        def __init__(self, origin: SourcesUpdate, done: int, asked: int) -> None:
            super().__init__()
            self.origin = origin
            self.done = done
            self.asked = asked

    class SourceDone(Message):
        """One source is updated (or failed); bubbles up so a screen can show it."""

        def __init__(self, origin: SourcesUpdate, result: SourceResult) -> None:
            super().__init__()
            self.origin = origin
            self.result = result

    class Finished(Message):
        """The update is over: every source's result (empty when it could not run)."""

        def __init__(self, origin: SourcesUpdate, results: list[SourceResult], problem: str | None = None) -> None:
            super().__init__()
            self.origin = origin
            self.results = results
            self.problem = problem

    def __init__(self, session: Session) -> None:
        super().__init__(id="sources-update")
        self.session = session
        self.running = False
        self._owner: App[object] | None = None  # the app, kept for the worker (set by `start`)

    def on_mount(self) -> None:
        self.display = False

    def _bar(self) -> ProgressBar:
        """The bar, made with the line the first time an update is shown: the library's start
        does not style, lay out and tick (a ProgressBar wakes every second) what it rarely shows."""
        from textual.widgets import ProgressBar  # here: the library's start need not import it

        if not self.children:
            bar = ProgressBar(id="update-bar", show_eta=False)
            bar.display = False
            self.mount(bar, Label(Text(""), id="update-line"))
        return self.query_one("#update-bar", ProgressBar)

    def say(self, line: str) -> None:
        """Show one clean line (outside text is cleaned here)."""
        self._bar()
        self.display = True
        self.query_one("#update-line", Label).update(Text(clean(line)))

    def start(self) -> None:
        """Update every subscription in a worker (a second start while one runs is refused)."""
        if self.session.store is None:
            self.say("No sources store in this run.")
            self.app.bell()
            return
        if self.running:
            self.app.bell()
            return
        self.running = True
        self.say("Updating sources…")
        bar = self._bar()
        bar.display = True
        bar.update(total=None, progress=0)
        # The app's worker, not this widget's: leaving the screen that started it does not stop
        # the update, whose messages then go straight to the app (`_tell`).
        self._owner = app = self.app
        app.run_worker(self._update, thread=True, group="sources-update", exit_on_error=False,
                       name="sources update")

    def _tell(self, message: Message) -> None:
        """Post from the worker: to this widget, or to the app once its screen is gone."""
        target = self if self.is_attached or self._owner is None else self._owner
        target.post_message(message)

    def _update(self) -> None:
        try:
            self._run_update()
        except Exception as err:  # a failure nobody foresaw: said where the update shows, the app goes on
            self._tell(self.Finished(self, [], f"The update failed: {err}"))

    def _run_update(self) -> None:
        # Imported here: the feed parser brings trafilatura and lxml, and the fetcher httpx,
        # about 0.4 s (python -X importtime) the library's first frame does not wait for.
        from tui.sources.fetch import Fetcher
        from tui.sources.store import Store, StoreError
        from tui.sources.update import update_all

        worker = get_current_worker()
        store_path = self.session.store
        assert store_path is not None
        if not self.session.update_lock.acquire(blocking=False):
            self._tell(self.Finished(self, [], "Another update is running; try again when it is done."))
            return
        new: list[str] = []
        last = 0.0

        def progress(done: int, asked: int) -> None:
            nonlocal last
            now = time.monotonic()
            if done == asked or now - last > PROGRESS_EVERY:
                last = now
                self._tell(self.Progress(self, done, asked))

        def arrived(article: Article) -> None:
            new.append(article.path)

        told, told_at = 0, time.monotonic()

        def done(result: SourceResult) -> None:
            nonlocal told, told_at
            self._tell(self.SourceDone(self, result))
            if len(new) > told and time.monotonic() - told_at >= ARRIVALS_EVERY:  # they join as they arrive
                told, told_at = len(new), time.monotonic()
                self._tell(messages.SourcesChanged(frozenset(new)))

        try:
            with Store(store_path) as store, Fetcher() as fetcher:
                if not any(s.kind == "feed" for s in store.sources()):
                    self._tell(self.Finished(self, [], "No subscriptions: press S, then a, to add a feed."))
                    return
                results = update_all(store, fetcher, on_article=arrived,
                                     on_result=done,
                                     cancelled=lambda: worker.is_cancelled, progress=progress)
        except StoreError as err:
            self._tell(self.Finished(self, [], str(err)))
            return
        finally:
            self.session.update_lock.release()
        if new or any(r.updated for r in results):
            self._tell(messages.SourcesChanged(frozenset(new)))
        self._tell(self.Finished(self, results))

    @on(Progress)
    def _progress(self, message: Progress) -> None:
        self._show_progress(message)  # and on up to the app, which shows it on the other screens

    def _show_progress(self, message: Progress) -> None:
        bar = self._bar()
        bar.display = True
        bar.update(total=max(message.asked, 1), progress=message.done)

    @on(SourceDone)
    def _source_done(self, message: SourceDone) -> None:
        self.say(message.result.line())  # and on up to the screen, and the app

    def follow(self, message: Progress | SourceDone | Finished) -> None:
        """Show an update another screen's `SourcesUpdate` runs (the app passes its messages on)."""
        if isinstance(message, SourcesUpdate.Progress):
            if not self.display:
                self.say("Updating sources…")
            self._show_progress(message)
        elif isinstance(message, SourcesUpdate.SourceDone):
            self.say(message.result.line())
        elif message.problem is None:  # a refused start is said where it was asked for
            self._bar().display = False
            self.say(self._summary(message.results))

    @staticmethod
    def _summary(results: list[SourceResult]) -> str:
        failed = any(r.outcome == "failed" for r in results)
        return f"Updated {totals(results)}" + (" · S: the sources and their status" if failed else "")

    @on(Finished)
    def _finished(self, message: Finished) -> None:
        self.running = False
        self._bar().display = False
        if message.problem is not None:
            self.say(message.problem)
            self.notify(clean(message.problem), severity="warning", markup=False)
            return
        results = message.results
        failed = [r for r in results if r.outcome == "failed"]
        self.say(self._summary(results))
        lines = [clean(r.line()) for r in failed[:FAILURES_SHOWN]]
        if len(failed) > FAILURES_SHOWN:
            lines.append(f"… and {len(failed) - FAILURES_SHOWN} more")
        self.notify("\n".join([f"Updated {totals(results)}", *lines]), markup=False,
                    severity="warning" if failed else "information", timeout=6)

