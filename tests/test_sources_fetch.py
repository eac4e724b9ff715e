"""The fetcher's bounds against a real server on 127.0.0.1: redirects, schemes, timeouts,
size caps, Retry-After, per-host limits, conditional GET and the User-Agent."""

from __future__ import annotations

import threading
import time

import pytest
from werkzeug import Request, Response

from tests.sources_site import Site, site_fixture  # noqa: F401  (the `site` fixture)
from tui import __version__
from tui.sources.fetch import MAX_REDIRECTS, Fetcher, FetchError, check_url


def redirect(to: str, status: int = 302) -> Response:
    return Response(status=status, headers={"Location": to})


def test_user_agent_names_parallax_and_its_version(site: Site) -> None:
    site.serve("/page", b"<html><body>hi</body></html>")
    with Fetcher() as fetcher:
        fetcher.get(site.url("/page"))
    assert site.log[0][2]["User-Agent"] == f"Parallax/{__version__}"


def test_follows_up_to_five_redirects_and_no_more(site: Site) -> None:
    for k in range(MAX_REDIRECTS + 1):
        def hop(_request: Request, k: int = k) -> Response:
            return redirect(f"/r{k + 1}")

        site.handle(f"/r{k}", hop)
    site.serve(f"/r{MAX_REDIRECTS + 1}", b"end")
    with Fetcher() as fetcher:
        got = fetcher.get(site.url("/r1"))  # five hops: r1 -> r6
        assert got.body == b"end" and got.final_url.endswith("/r6")
        with pytest.raises(FetchError, match=f"more than {MAX_REDIRECTS} redirects"):
            fetcher.get(site.url("/r0"))


def test_a_redirect_loop_is_named(site: Site) -> None:
    site.handle("/a", lambda _r: redirect("/b"))
    site.handle("/b", lambda _r: redirect("/a", 301))
    with Fetcher() as fetcher, pytest.raises(FetchError, match="redirect loop"):
        fetcher.get(site.url("/a"))
    assert len(site.requests()) == 2


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/x", "data:text/html,hi", "/etc/passwd",
                                 "javascript:alert(1)"])
def test_only_http_and_https_are_fetched(url: str) -> None:
    with pytest.raises(FetchError, match=r"refused|not a valid URL"):
        check_url(url)
    with Fetcher() as fetcher, pytest.raises(FetchError):
        fetcher.get(url)


def test_a_url_httpx_refuses_is_a_fetch_error_not_a_crash(site: Site) -> None:
    bad = site.url("/x\x1b[31m")  # urlsplit lets a control character through; httpx does not
    with pytest.raises(FetchError, match="not a valid URL"):
        check_url(bad)
    with Fetcher() as fetcher, pytest.raises(FetchError, match="not a valid URL"):
        fetcher.get(bad)
    assert site.requests() == []


def test_a_redirect_to_a_local_file_is_refused(site: Site) -> None:
    site.handle("/sneaky", lambda _r: redirect("file:///etc/passwd"))
    with Fetcher() as fetcher, pytest.raises(FetchError, match="redirected to a refused URL: refused: file scheme"):
        fetcher.get(site.url("/sneaky"))


def test_a_silent_server_times_out(site: Site) -> None:
    release = threading.Event()

    def slow(_request: Request) -> Response:
        release.wait(10)
        return Response(b"late")

    site.handle("/slow", slow)
    try:
        with Fetcher(read_timeout=0.5) as fetcher, pytest.raises(FetchError, match="timed out waiting for the server"):
            fetcher.get(site.url("/slow"))
    finally:
        release.set()


def test_a_trickling_server_hits_the_deadline(site: Site) -> None:
    def trickle(_request: Request) -> Response:
        def chunks() -> object:
            for _ in range(25):
                time.sleep(0.1)
                yield b"x" * 10
        return Response(chunks(), content_type="text/html")  # type: ignore[arg-type]

    site.handle("/trickle", trickle)
    with Fetcher(read_timeout=5, deadline=1.0) as fetcher, pytest.raises(FetchError, match="took longer than"):
        fetcher.get(site.url("/trickle"))


@pytest.mark.parametrize("declared", [True, False])
def test_a_huge_body_is_refused_past_the_cap(site: Site, declared: bool) -> None:
    size = 300_000

    def huge(_request: Request) -> Response:
        if declared:
            return Response(b"a" * size, content_type="text/html")
        return Response(iter([b"a" * 50_000] * (size // 50_000)), content_type="text/html")  # chunked, no length

    site.handle("/huge", huge)
    with Fetcher(max_bytes=100_000) as fetcher, pytest.raises(FetchError, match="larger than 100,000 bytes"):
        fetcher.get(site.url("/huge"))


def test_retry_after_is_honoured_on_503(site: Site) -> None:
    times: list[float] = []

    def busy(_request: Request) -> Response:
        times.append(time.monotonic())
        if len(times) == 1:
            return Response(status=503, headers={"Retry-After": "1"})
        return Response(b"ready")

    site.handle("/busy", busy)
    with Fetcher() as fetcher:
        assert fetcher.get(site.url("/busy")).body == b"ready"
    assert len(times) == 2 and times[1] - times[0] >= 0.9


def test_a_retry_after_beyond_the_cap_fails_at_once_with_the_wait(site: Site) -> None:
    site.handle("/later", lambda _r: Response(status=429, headers={"Retry-After": "3600"}))
    with Fetcher() as fetcher, pytest.raises(FetchError, match=r"HTTP 429.*retry after 3600 s"):
        fetcher.get(site.url("/later"))
    assert len(site.requests()) == 1


def test_retry_after_as_an_http_date(site: Site) -> None:
    from email.utils import formatdate

    calls: list[int] = []

    def busy(_request: Request) -> Response:
        calls.append(1)
        if len(calls) == 1:
            return Response(status=429, headers={"Retry-After": formatdate(time.time() + 1, usegmt=True)})
        return Response(b"ok")

    site.handle("/date", busy)
    with Fetcher() as fetcher:
        assert fetcher.get(site.url("/date")).body == b"ok"
    assert len(calls) == 2


def test_http_errors_are_one_line(site: Site) -> None:
    site.handle("/gone", lambda _r: Response(b"nope", status=404))
    site.handle("/broken", lambda _r: Response(b"oops", status=500))
    with Fetcher() as fetcher:
        with pytest.raises(FetchError, match=r"^HTTP 404 \(Not Found\)$"):
            fetcher.get(site.url("/gone"))
        with pytest.raises(FetchError, match=r"^HTTP 500 \(Internal Server Error\)$"):
            fetcher.get(site.url("/broken"))


def test_nothing_listening_is_a_connection_error() -> None:
    import socket

    with socket.socket() as sock:  # a port that was free a moment ago
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with Fetcher() as fetcher, pytest.raises(FetchError, match="cannot connect"):
        fetcher.get(f"http://127.0.0.1:{port}/feed")


def test_conditional_get_gives_304_without_a_body(site: Site) -> None:
    site.serve("/feed", b"<rss/>", "application/rss+xml")
    with Fetcher() as fetcher:
        first = fetcher.get(site.url("/feed"))
        second = fetcher.get(site.url("/feed"), etag=first.etag, last_modified=first.last_modified)
    assert first.status == 200 and first.etag
    assert second.not_modified and second.body == b""
    assert site.log[1][2]["If-None-Match"] == first.etag
    assert site.log[1][2]["If-Modified-Since"] == first.last_modified


@pytest.mark.parametrize(("per_host", "global_limit", "peak_expected"), [(2, 8, 2), (8, 3, 3)])
def test_a_few_requests_at_once_per_host_and_in_all(site: Site, per_host: int, global_limit: int,
                                                   peak_expected: int) -> None:
    lock = threading.Lock()
    running = [0]
    peak = [0]

    def counted(_request: Request) -> Response:
        with lock:
            running[0] += 1
            peak[0] = max(peak[0], running[0])
        end = time.monotonic() + 60  # the first ones hold on until as many run at once as the limit allows
        while peak[0] < peak_expected and time.monotonic() < end:
            time.sleep(0.01)
        time.sleep(0.05)
        with lock:
            running[0] -= 1
        return Response(b"ok")

    site.handle("/slowish", counted)
    with Fetcher(per_host=per_host, global_limit=global_limit) as fetcher:
        futures = [fetcher.submit(site.url("/slowish")) for _ in range(8)]
        answers = [f.result() for f in futures]
    assert all(not isinstance(a, FetchError) for a in answers)
    assert peak[0] == peak_expected


def test_a_compressed_bomb_is_capped_on_the_decoded_size(site: Site) -> None:
    import gzip

    bomb = gzip.compress(b"<p>" + b"a" * 5_000_000 + b"</p>")
    site.handle("/bomb", lambda _r: Response(bomb, content_type="text/html", headers={"Content-Encoding": "gzip"}))
    with Fetcher(max_bytes=1_000_000) as fetcher, pytest.raises(FetchError, match="larger than 1,000,000 bytes"):
        fetcher.get(site.url("/bomb"))


def test_a_host_that_asked_for_a_long_pause_is_left_alone(site: Site) -> None:
    site.handle("/first", lambda _r: Response(status=503, headers={"Retry-After": "120"}))
    site.serve("/second", b"fine")
    with Fetcher() as fetcher:
        with pytest.raises(FetchError, match="retry after 120 s"):
            fetcher.get(site.url("/first"))
        with pytest.raises(FetchError, match=r"asked to wait 1[12]\d s \(Retry-After\); left for the next update"):
            fetcher.get(site.url("/second"))
    assert [p for p, _ in site.requests()] == ["/first"]
