"""A real web site on 127.0.0.1 for the sources tests: feeds and article pages from
tests/fixtures/sources, served by pytest-httpserver (werkzeug) with ETag / Last-Modified
and real 304 answers, and a log of every request it answered."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "sources"
LAST_MODIFIED = "Mon, 03 Nov 2026 12:00:00 GMT"

Handler = Callable[[Request], Response]


@dataclass
class Site:
    """The server, and what it was asked: (path, status) in order, with request headers."""

    server: HTTPServer
    log: list[tuple[str, int, dict[str, str]]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def base(self) -> str:
        return self.server.url_for("/").rstrip("/")

    def url(self, path: str) -> str:
        return self.base + path

    def fixture(self, name: str) -> bytes:
        """A fixture file with {base} replaced by this server's address."""
        return (FIXTURES / name).read_bytes().replace(b"{base}", self.base.encode())

    def handle(self, path: str, handler: Handler) -> None:
        def logged(request: Request) -> Response:
            response = handler(request)
            with self.lock:
                self.log.append((request.path, response.status_code, dict(request.headers)))
            return response

        self.server.expect_request(path).respond_with_handler(logged)

    def serve(self, path: str, body: bytes | Callable[[], bytes], content_type: str = "text/html; charset=utf-8",
              *, validators: bool = True) -> None:
        """`body` (or what the callable gives now) at `path`, with ETag and Last-Modified; a
        request carrying the current ETag gets 304 and no body."""

        def handler(request: Request) -> Response:
            data = body() if callable(body) else body
            etag = '"' + hashlib.sha1(data).hexdigest()[:16] + '"'
            headers = {"ETag": etag, "Last-Modified": LAST_MODIFIED} if validators else {}
            if validators and request.headers.get("If-None-Match") == etag:
                return Response(status=304, headers=headers)
            return Response(data, status=200, headers=headers, content_type=content_type)

        self.handle(path, handler)

    def serve_fixture(self, path: str, name: str, content_type: str = "text/html; charset=utf-8") -> None:
        self.serve(path, lambda: self.fixture(name), content_type)

    def requests(self, prefix: str = "") -> list[tuple[str, int]]:
        with self.lock:
            return [(p, s) for p, s, _ in self.log if p.startswith(prefix)]

    def clear_log(self) -> None:
        with self.lock:
            self.log.clear()


def serve_news(site: Site) -> dict[str, str]:
    """The three outlets' feeds (RSS 2.0, Atom 1.0, JSON Feed 1.1) and their pages; returns the
    feed URLs by outlet."""
    site.serve_fixture("/ledger/rss.xml", "ledger-rss.xml", "application/rss+xml")
    site.serve_fixture("/ledger/2026/11/03/old-mill-bridge", "ledger-bridge.html")
    site.serve_fixture("/ledger/2026/10/28/museum-reopens", "ledger-museum.html")
    site.serve_fixture("/coastal/atom.xml", "coastal-atom.xml", "application/atom+xml")
    site.serve_fixture("/coastal/news/bridge-cracks", "coastal-bridge.html")
    site.serve_fixture("/coastal/gallery/storm", "gallery-no-text.html")
    site.serve_fixture("/valley/feed.json", "valley-feed.json", "application/feed+json")
    site.serve_fixture("/valley/culture/museum-queues", "valley-museum.html")
    site.serve_fixture("/valley/news/flood-warnings", "valley-floods.html")
    return {"ledger": site.url("/ledger/rss.xml"), "coastal": site.url("/coastal/atom.xml"),
            "valley": site.url("/valley/feed.json")}


@pytest.fixture(name="site")
def site_fixture() -> Iterator[Site]:
    """A threaded server (requests really run at once) on 127.0.0.1, stopped after the test."""
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    try:
        yield Site(server)
    finally:
        server.clear()
        if server.is_running():
            server.stop()


def wait_until(check: Callable[[], bool], timeout: float = 30.0) -> bool:
    """Poll `check` until it holds or `timeout` seconds pass."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.02)
    return check()
