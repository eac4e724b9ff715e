"""Stopping an update, or leaving a fetcher on an error (Ctrl-C), does not wait for a server
that holds its answer: the requests in flight are abandoned to their daemon threads, so a
quit is prompt instead of lasting the read timeout. A real server on 127.0.0.1 holds them."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from werkzeug import Request, Response

from tests.sources_site import Site, site_fixture  # noqa: F401  (the `site` fixture)
from tui.sources.fetch import Fetcher
from tui.sources.store import Store
from tui.sources.update import update_all

HELD = 120.0
"""Seconds the server holds a request, and the fetcher's read timeout and deadline: far longer
than any wait below, so only an abandoned request lets them end."""
BOUND = 30.0
"""Seconds a stop may take at most here (it takes a fraction of one)."""


def _holding(site: Site, path: str) -> tuple[threading.Event, threading.Event]:
    """Serve `path` by holding the request until released: (arrived, release)."""
    arrived, release = threading.Event(), threading.Event()

    def hold(request: Request) -> Response:
        arrived.set()
        release.wait(HELD)
        return Response(b"", status=200)

    site.handle(path, hold)
    return arrived, release


def _in_thread(work: Callable[[], None]) -> threading.Thread:
    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    return thread


def test_a_cancelled_update_ends_while_the_server_still_holds_its_answer(site: Site, tmp_path: Path) -> None:
    arrived, release = _holding(site, "/silent/rss.xml")
    path = tmp_path / "store.sqlite3"
    with Store(path) as store:
        store.add_source(site.url("/silent/rss.xml"), "feed")
    stop = threading.Event()
    results: list[object] = []

    def update() -> None:
        with Store(path) as store, Fetcher(read_timeout=HELD, deadline=HELD) as fetcher:
            results.extend(update_all(store, fetcher, cancelled=stop.is_set))

    thread = _in_thread(update)
    try:
        assert arrived.wait(BOUND), "the feed was never asked for"
        stop.set()
        thread.join(BOUND)
        assert not thread.is_alive(), "the update should end without the server's answer"
        assert not release.is_set() and len(results) == 1
    finally:
        release.set()


def test_leaving_a_fetcher_on_an_error_does_not_wait_for_its_requests(site: Site) -> None:
    arrived, release = _holding(site, "/silent/page")
    raised: list[BaseException] = []

    def interrupted() -> None:
        try:
            with Fetcher(read_timeout=HELD, deadline=HELD) as fetcher:
                fetcher.submit(site.url("/silent/page"))
                assert arrived.wait(BOUND)
                raise KeyboardInterrupt  # as Ctrl-C during `parallax update`
        except KeyboardInterrupt as err:
            raised.append(err)

    thread = _in_thread(interrupted)
    try:
        thread.join(BOUND)
        assert not thread.is_alive(), "closing the fetcher should not wait for the held request"
        assert raised and not release.is_set()
    finally:
        release.set()


def test_a_fetcher_closed_normally_still_waits_for_the_requests_running(site: Site) -> None:
    arrived, release = _holding(site, "/slow")
    with Fetcher(read_timeout=HELD, deadline=HELD) as fetcher:
        future = fetcher.submit(site.url("/slow"))
        assert arrived.wait(BOUND)
        threading.Timer(0.2, release.set).start()  # the server answers a moment after the close began
    assert future.done() and not future.cancelled()
    assert future.result().status == 200  # type: ignore[union-attr]
