"""Bounded, polite HTTP for feeds and pages: the only place Parallax talks to the network.

Every request has connect and read timeouts and an overall deadline, follows at most
MAX_REDIRECTS redirects (each hop checked: http and https only, no loops), reads at most
`max_bytes` of body, and runs under a small global limit and a smaller per-host one. A 429
or 503 with a Retry-After the fetcher can wait out (RETRY_AFTER_CAP) is retried after it,
and the host is left alone until then; a longer one is a failure that says when to retry.
Conditional GET: pass the stored ETag / Last-Modified and a 304 comes back with no body.

Threads, not asyncio: the caller (CLI or a TUI worker) `submit`s URLs to the fetcher's pool
and reads each answer as it lands, so extracting one page overlaps downloading the next. The
pool's threads are daemons, and a fetcher `abandon`ed (a cancelled update, a quit, Ctrl-C)
closes without waiting for the requests in flight: a silent server would otherwise hold the
process for up to READ_TIMEOUT (DEADLINE for a slow trickle) after the reader asked to stop.
ThreadPoolExecutor cannot do that: Python joins its threads at exit.
"""

from __future__ import annotations

import email.utils
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from tui import __version__

USER_AGENT = f"Parallax/{__version__}"
SCHEMES = frozenset({"http", "https"})
"""The only schemes a source, a feed entry or a redirect may point to: never file:, data:, ftp:."""
MAX_REDIRECTS = 5
"""Redirect hops followed before a request fails (the issue's bound)."""
CONNECT_TIMEOUT = 5.0
"""Seconds to open a connection."""
READ_TIMEOUT = 10.0
"""Seconds the server may stay silent while sending."""
DEADLINE = 30.0
"""Seconds one request may take in all, redirects and a slow trickle of bytes included."""
MAX_BYTES = 4 * 1024 * 1024
"""Body bytes read at most (the same cap as article files, [corpus] max_bytes)."""
GLOBAL_LIMIT = 8
"""Requests in flight at once, all hosts together."""
PER_HOST = 2
"""Requests in flight at once to one host: a few, to be polite."""
RETRY_AFTER_CAP = 10.0
"""Longest Retry-After (seconds) waited out within one update; longer ones fail with a message."""
RETRIES = 2
"""Retries after a 429/503 whose Retry-After is within the cap."""
CHUNK = 65536

class FetchError(Exception):
    """A request that gave nothing usable; the message is one line for the reader."""


@dataclass(frozen=True, slots=True)
class Response:
    """What a GET brought back. `status` 304: unchanged, `body` empty."""

    url: str
    """The URL asked for."""
    final_url: str
    """Where the redirects (if any) ended."""
    status: int
    body: bytes
    content_type: str
    charset: str | None
    etag: str | None
    last_modified: str | None
    fetched: float = field(default_factory=time.time)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def check_url(url: str) -> str:
    """`url` when it is an absolute http(s) URL with a host; FetchError naming the problem else."""
    try:
        parts = urlsplit(url)
    except ValueError as err:
        raise FetchError(f"not a valid URL ({err})") from err
    if parts.scheme.lower() not in SCHEMES:
        shown = parts.scheme or "no"
        raise FetchError(f"refused: {shown} scheme (only http and https are fetched)")
    if not parts.hostname:
        raise FetchError("not a valid URL (no host)")
    try:
        httpx.URL(url)  # what urlsplit lets through but httpx refuses (a control character, say)
    except httpx.InvalidURL as err:
        raise FetchError(f"not a valid URL ({err})") from err
    return url


def _retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a Retry-After header (delay-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - now)


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'").lower()
    return None


class Fetcher:
    """One HTTP client with its limits; thread-safe. Use as a context manager."""

    def __init__(self, *, max_bytes: int = MAX_BYTES, connect_timeout: float = CONNECT_TIMEOUT,
                 read_timeout: float = READ_TIMEOUT, deadline: float = DEADLINE,
                 global_limit: int = GLOBAL_LIMIT, per_host: int = PER_HOST,
                 retry_after_cap: float = RETRY_AFTER_CAP) -> None:
        self.max_bytes = max_bytes
        self.deadline = deadline
        self.global_limit = global_limit
        self.per_host = per_host
        self.retry_after_cap = retry_after_cap
        self._client = httpx.Client(
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(read_timeout, connect=connect_timeout),
            limits=httpx.Limits(max_connections=global_limit, max_keepalive_connections=global_limit),
            follow_redirects=False,  # followed by hand: each hop's scheme is checked
            trust_env=False,  # no proxies from the environment reaching beyond the machine
        )
        self._lock = threading.Lock()
        self._hosts: dict[str, threading.BoundedSemaphore] = {}
        self._not_before: dict[str, float] = {}
        self._global = threading.BoundedSemaphore(global_limit)
        self._pool: _DaemonPool | None = None
        self._abandoned = False

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        if kind is not None:  # Ctrl-C, or a failure: nobody reads the answers still to come
            self.abandon()
        self.close()

    def abandon(self) -> None:
        """Give up the requests in flight: `close` drops the queued ones and does not wait for
        those a server is still answering (their daemon threads end with the process)."""
        self._abandoned = True

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=not self._abandoned)
        self._client.close()

    def _host(self, host: str) -> threading.BoundedSemaphore:
        with self._lock:
            if host not in self._hosts:
                self._hosts[host] = threading.BoundedSemaphore(self.per_host)
            return self._hosts[host]

    def _wait_for_host(self, host: str, until: float) -> None:
        with self._lock:
            wait = self._not_before.get(host, 0.0) - time.monotonic()
        if wait > 0:
            if wait > self.retry_after_cap or time.monotonic() + wait > until:
                raise FetchError(f"the server asked to wait {wait:.0f} s (Retry-After); left for the next update")
            time.sleep(wait)

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET `url` (conditional when validators are given), within every bound; FetchError else."""
        check_url(url)
        until = time.monotonic() + self.deadline
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current, seen = url, {url}
        hops = retries = 0
        while True:
            host = (urlsplit(current).hostname or "").lower()
            self._wait_for_host(host, until)
            with self._host(host), self._global:
                status, got_headers, body = self._one(current, headers, until)
            if status in (301, 302, 303, 307, 308):
                location = got_headers.get("location")
                if not location:
                    raise FetchError(f"HTTP {status} redirect without a Location")
                current = urljoin(current, location.strip())
                try:
                    check_url(current)
                except FetchError as err:
                    raise FetchError(f"redirected to a refused URL: {err}") from err
                if current in seen:
                    raise FetchError("redirect loop")
                seen.add(current)
                hops += 1
                if hops > MAX_REDIRECTS:
                    raise FetchError(f"more than {MAX_REDIRECTS} redirects")
                continue
            if status in (429, 503):
                wait = _retry_after(got_headers.get("retry-after"), time.time())
                if wait is not None:
                    with self._lock:
                        self._not_before[host] = max(self._not_before.get(host, 0.0), time.monotonic() + wait)
                if wait is not None and wait <= self.retry_after_cap and retries < RETRIES \
                        and time.monotonic() + wait < until:
                    retries += 1
                    continue
                later = f"; the server asks to retry after {wait:.0f} s" if wait is not None else ""
                raise FetchError(f"HTTP {status} ({httpx.codes.get_reason_phrase(status)}){later}")
            if status == 304:
                return Response(url, current, 304, b"", "", None, etag, last_modified)
            if status >= 400 or status < 200:
                raise FetchError(f"HTTP {status} ({httpx.codes.get_reason_phrase(status) or 'error'})")
            content_type = got_headers.get("content-type", "")
            return Response(url, current, status, body, content_type.split(";")[0].strip().lower(),
                            _charset(content_type), got_headers.get("etag"), got_headers.get("last-modified"))

    def _one(self, url: str, headers: dict[str, str], until: float) -> tuple[int, httpx.Headers, bytes]:
        """One request, no redirects followed; the body read up to the cap and the deadline."""
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                if response.status_code in (301, 302, 303, 304, 307, 308, 429, 503) or response.status_code >= 400:
                    return response.status_code, response.headers, b""
                length = response.headers.get("content-length", "")
                if length.isdigit() and int(length) > self.max_bytes:
                    raise FetchError(f"larger than {self.max_bytes:,} bytes ({int(length):,}); skipped")
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes(CHUNK):
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(f"larger than {self.max_bytes:,} bytes; skipped")
                    if time.monotonic() > until:
                        raise FetchError(f"took longer than {self.deadline:.0f} s; gave up")
                    chunks.append(chunk)
                return response.status_code, response.headers, b"".join(chunks)
        except httpx.TimeoutException as err:
            kind = "connecting" if isinstance(err, httpx.ConnectTimeout) else "waiting for the server"
            raise FetchError(f"timed out {kind}") from err
        except httpx.DecodingError as err:
            raise FetchError("the server sent a body that does not decode (bad compression)") from err
        except httpx.HTTPError as err:
            raise FetchError(f"cannot connect: {_reason(err)}") from err
        except httpx.InvalidURL as err:  # not an HTTPError; a redirect may lead to such an address
            raise FetchError(f"not a valid URL ({err})") from err

    def submit(self, url: str, etag: str | None = None, last_modified: str | None = None
               ) -> Future[Response | FetchError]:
        """GET `url` in the fetcher's pool; the future holds the Response or the FetchError."""
        with self._lock:
            if self._pool is None:
                self._pool = _DaemonPool(self.global_limit)
            pool = self._pool
        return pool.submit(lambda: self._safe_get(url, etag, last_modified))

    def _safe_get(self, url: str, etag: str | None, modified: str | None) -> Response | FetchError:
        try:
            return self.get(url, etag=etag, last_modified=modified)
        except FetchError as err:
            return err


class _DaemonPool:
    """`workers` daemon threads running submitted calls in order, each into its Future."""

    def __init__(self, workers: int) -> None:
        self._calls: queue.SimpleQueue[tuple[Future[Response | FetchError], Callable[[], Response | FetchError]]
                                       | None] = queue.SimpleQueue()
        self._pending: set[Future[Response | FetchError]] = set()
        self._lock = threading.Lock()
        self._threads = [threading.Thread(target=self._work, name=f"parallax-fetch-{n}", daemon=True)
                         for n in range(workers)]
        for thread in self._threads:
            thread.start()

    def submit(self, call: Callable[[], Response | FetchError]) -> Future[Response | FetchError]:
        future: Future[Response | FetchError] = Future()
        with self._lock:
            self._pending.add(future)
        self._calls.put((future, call))
        return future

    def _work(self) -> None:
        while (item := self._calls.get()) is not None:
            future, call = item
            if future.set_running_or_notify_cancel():
                try:
                    future.set_result(call())
                except BaseException as err:  # handed to whoever reads the future
                    future.set_exception(err)
            with self._lock:
                self._pending.discard(future)

    def shutdown(self, *, wait: bool) -> None:
        """Cancel the calls not started; with `wait`, let the running ones finish first."""
        with self._lock:
            for future in self._pending:
                future.cancel()  # a running one says no and goes on
        for _ in self._threads:
            self._calls.put(None)
        if wait:
            for thread in self._threads:
                thread.join()


def _reason(err: Exception) -> str:
    text = " ".join(str(err).split()) or type(err).__name__
    return text[:200]

