"""Sources: 50 feeds of 20 entries (1,000 article pages) from a local server.

Run with `.venv/bin/python -m bench sources`. Figures, each next to a baseline measured in
the same run against the same server:
- first update (feeds, pages, extraction, storing) and grouping the stored articles, in a
  fresh process so its peak RSS is its own; target at most 60 s and 1 GiB. Baseline: plain
  httpx GETs of the same 1,050 URLs with as many threads, nothing parsed.
- second update with nothing new (every feed answers 304, no page is asked for); target at
  most 3 s. Baseline: plain conditional httpx GETs of the 50 feeds.
- listing a store of 10,000 articles (the 1,000 copied under new URLs), warm; the issue's
  library target is 1.5 s. Baseline: the same rows fetched and their JSON decoded, no Articles.
The server runs in its own process (stdlib ThreadingHTTPServer, keep-alive, ETag and 304s).
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing as mp
import random
import resource
import sqlite3
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FEEDS = 50
ENTRIES = 20
OUTLETS_PER_STORY = 5
"""Each story is reported by five outlets, so the pages group into 200 events of five."""
LISTED = 10_000
FIRST_TARGET_S, SECOND_TARGET_S, MEMORY_TARGET_MIB, LIST_TARGET_S = 60.0, 3.0, 1024.0, 1.5

_PLACES = ["Harwick", "Kestrel Bay", "Lunemouth", "Eastgate", "Sedgwick", "Marlow Cross", "Pennock", "Ashby Vale",
           "Tarnfield", "Corran", "Westholme", "Brackley", "Dunmore", "Fenwick", "Glenrae", "Holloway"]
_PEOPLE = ["Dawn Pritchard", "Helen Marsh", "Tom Hendry", "Priya Nair", "Samuel Ortiz", "Ada Kowalski",
           "Martin Obi", "Lena Fischer", "Ravi Menon", "Grace Adeyemi", "Owen Price", "Nadia Haddad"]
_THINGS = ["bridge", "museum", "hospital wing", "rail line", "harbour wall", "library", "power station", "school",
           "water plant", "ferry service", "market hall", "stadium"]
_EVENTS = ["closed after inspectors found cracks", "reopened after a long refit", "was damaged in a storm",
           "will be sold to a private company", "faces a strike by its staff", "won a national award",
           "was evacuated after a fire alarm", "will close for repairs next month"]
_TEMPLATES = [
    "The {thing} in {place} {event} on {day}, officials said.",
    "{person}, who leads the local council, said the decision had been taken after {n} days of talks.",
    "About {n2} people use the {thing} every week, according to figures published by the council.",
    "{person} told reporters that safety was the only consideration.",
    "Residents of {place} said they had been warned about problems with the {thing} for years.",
    "The cost of the work is estimated at {n} million pounds.",
    "A report on the {thing} is expected before the end of {month}.",
    "Opposition members asked why the problems had not been found at the last inspection in {year}.",
    "Local businesses fear a fall in trade while the {thing} stays {state}.",
    "The {thing} was built in {year} and last renovated in {year2}.",
    "Transport officials said buses would be diverted through {other} for the time being.",
    "{other_person} said the community would be consulted before any final decision.",
]
_SYLLABLES = ["ka", "lo", "mer", "tin", "vas", "dor", "bel", "rin", "sto", "quen", "ash", "wyn", "par", "eth"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
_MONTHS = ["January", "March", "May", "July", "September", "November"]


def story_sentences(story: int) -> list[str]:
    rng = random.Random(story)
    made_up = "".join(rng.choice(_SYLLABLES) for _ in range(3)).capitalize()  # a name only this story has
    facts = {"thing": rng.choice(_THINGS), "place": f"{made_up} {rng.choice(_PLACES)}", "event": rng.choice(_EVENTS),
             "day": rng.choice(_DAYS), "person": rng.choice(_PEOPLE), "n": rng.randint(3, 90),
             "n2": rng.randint(1000, 90000), "month": rng.choice(_MONTHS), "year": rng.randint(1950, 1999),
             "year2": rng.randint(2000, 2020), "state": rng.choice(["closed", "shut", "out of use"]),
             "other": rng.choice(_PLACES), "other_person": rng.choice(_PEOPLE)}
    return [t.format(**facts) for t in _TEMPLATES]


def page_html(story: int, outlet: int) -> bytes:
    rng = random.Random(story * 1000 + outlet)
    sentences = story_sentences(story)
    kept = sentences[:2] + rng.sample(sentences[2:], k=len(sentences) - 4)
    paragraphs = "".join(f"<p>{s}</p>" for s in kept)
    title = sentences[0].split(",")[0]
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title} | Outlet {outlet}</title>"
            f"<meta property='og:site_name' content='Outlet {outlet} News'><meta property='og:type' content='article'>"
            f"</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
            f"<article><h1>{title}</h1>{paragraphs}</article><aside><h2>Related</h2><ul><li><a href='/x'>Other "
            f"news</a></li></ul></aside><footer>© 2026 Outlet {outlet}</footer></body></html>").encode()


def entries_of(feed: int) -> list[int]:
    """The stories outlet `feed` reports: the outlets fall in ten groups of five (feed % 10), and
    every outlet of a group reports the same twenty stories."""
    group = feed % (FEEDS // OUTLETS_PER_STORY)
    return [group * ENTRIES + k for k in range(ENTRIES)]


def feed_xml(base: str, feed: int) -> bytes:
    items = "".join(
        f"<item><title>Story {story}</title><link>{base}/story/{story}/{feed}.html</link>"
        f"<guid isPermaLink='false'>outlet{feed}-{story}</guid><pubDate>Mon, 03 Nov 2026 08:00:00 GMT</pubDate></item>"
        for story in entries_of(feed))
    return (f"<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Outlet {feed} News"
            f"</title><link>{base}/</link>{items}</channel></rss>").encode()


def serve(port_queue: Any, counts: Any) -> None:
    """The site: /feed/N.xml and /story/S/N.html, with ETags and 304s; `counts` by kind and status."""

    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            base = f"http://127.0.0.1:{port}"
            parts = self.path.strip("/").split("/")
            if parts[0] == "feed":
                body, kind = feed_xml(base, int(parts[1].split(".")[0])), "application/rss+xml"
            elif parts[0] == "story":
                body, kind = page_html(int(parts[1]), int(parts[2].split(".")[0])), "text/html; charset=utf-8"
            else:
                return self._send(404, b"", "text/plain", None)
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            status = 304 if self.headers.get("If-None-Match") == etag else 200
            key = f"{parts[0]} {status}"
            with lock:  # handler threads would lose updates of the shared dict
                counts[key] = counts.get(key, 0) + 1
            self._send(status, b"" if status == 304 else body, kind, etag)

        def _send(self, status: int, body: bytes, kind: str, etag: str | None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            if etag:
                self.send_header("ETag", etag)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    port = int(server.server_address[1])
    port_queue.put(port)
    server.serve_forever()


def feed_urls(base: str) -> list[str]:
    return [f"{base}/feed/{k}.xml" for k in range(FEEDS)]


def all_urls(base: str) -> list[str]:
    return feed_urls(base) + [f"{base}/story/{s}/{f}.html" for f in range(FEEDS) for s in entries_of(f)]


def raw_gets(urls: Sequence[str], etags: dict[str, str] | None = None) -> tuple[float, dict[str, str]]:
    """The baseline: plain httpx GETs, 8 threads, bodies read and dropped."""
    import httpx

    from tui.sources.fetch import GLOBAL_LIMIT

    got: dict[str, str] = {}
    with httpx.Client() as client:
        def one(url: str) -> None:
            headers = {"If-None-Match": etags[url]} if etags and url in etags else {}
            response = client.get(url, headers=headers)
            got[url] = response.headers.get("etag", "")

        start = time.perf_counter()
        with ThreadPoolExecutor(GLOBAL_LIMIT) as pool:
            list(pool.map(one, urls))
        return time.perf_counter() - start, got


def run_updates(base: str, folder: str, out: Any) -> None:
    """In a fresh process: first update + grouping, second update, listing 10,000; peak RSS."""
    from tui.engine.events import group_events
    from tui.sources.articles import stored_articles
    from tui.sources.fetch import Fetcher
    from tui.sources.store import Store
    from tui.sources.update import update_all

    with Store(Path(folder) / "store.sqlite3") as store, Fetcher() as fetcher:
        for url in feed_urls(base):
            store.add_source(url, "feed")
        start = time.perf_counter()
        first = update_all(store, fetcher)
        fetched = time.perf_counter() - start
        articles = stored_articles(store)
        events = group_events(articles)
        first_s = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        start = time.perf_counter()
        second = update_all(store, fetcher)
        second_s = time.perf_counter() - start
        out.put({"first_s": first_s, "fetched_s": fetched, "peak_mib": peak, "second_s": second_s,
                 "articles": len(articles), "events": len(events), "new": sum(r.new for r in first),
                 "failed": [r.line() for r in first + second if r.status != "ok"],
                 "unchanged": sum(r.outcome == "unchanged" for r in second)})


def list_big_store(folder: str) -> tuple[float, float, int]:
    """Copy the 1,000 stored articles to 10,000 under new URLs; time listing them (warm)."""
    from tui.sources.articles import stored_articles
    from tui.sources.store import Store

    path = Path(folder) / "store.sqlite3"
    with sqlite3.connect(path) as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(articles)") if r[1] not in ("id", "url")]
        names = ", ".join(columns)
        for copy in range(1, LISTED // (FEEDS * ENTRIES)):
            conn.execute(f"INSERT INTO articles (url, {names}) SELECT url || '#copy{copy}', {names} FROM articles "
                         "WHERE url NOT LIKE '%#copy%'")
    with Store(path) as store:
        stored_articles(store)  # warm: the file in the page cache, the modules imported
        start = time.perf_counter()
        listed = len(stored_articles(store))
        ours = time.perf_counter() - start
        start = time.perf_counter()
        rows = store.conn.execute("SELECT url, article FROM articles WHERE article IS NOT NULL").fetchall()
        decoded = [json.loads(a) for _u, a in rows]
        base = time.perf_counter() - start
    assert len(decoded) == listed
    return ours, base, listed


def main() -> int:
    ctx = mp.get_context("spawn")
    ports: Any = ctx.Queue()
    manager = ctx.Manager()
    counts = manager.dict()
    server = ctx.Process(target=serve, args=(ports, counts), daemon=True)
    server.start()
    try:
        base = f"http://127.0.0.1:{ports.get(timeout=60)}"
        urls = all_urls(base)
        raw_gets(urls[:20])  # warm the server and the client's imports
        base_first, etags = raw_gets(urls)
        base_second, _ = raw_gets(feed_urls(base), etags)
        counts.clear()
        with tempfile.TemporaryDirectory() as folder:
            out: Any = ctx.Queue()
            child = ctx.Process(target=run_updates, args=(base, folder, out))
            child.start()
            result = out.get(timeout=900)
            child.join()
            served = dict(counts)
            ours_list, base_list, listed = list_big_store(folder)
    finally:
        server.terminate()
        server.join()
        manager.shutdown()
    print(f"{FEEDS} feeds x {ENTRIES} entries ({len(urls) - FEEDS} pages), local server; "
          f"{result['articles']} articles stored, {result['events']} events")
    print(f"  first update + grouping  {result['first_s']:6.2f} s (fetch+extract+store {result['fetched_s']:.2f} s)"
          f"  baseline raw GETs {base_first:5.2f} s  ratio {result['first_s'] / base_first:5.1f}x"
          f"  target <= {FIRST_TARGET_S:.0f} s: {'ok' if result['first_s'] <= FIRST_TARGET_S else 'MISSED'}")
    print(f"  peak RSS                 {result['peak_mib']:6.0f} MiB"
          f"  target <= {MEMORY_TARGET_MIB:.0f} MiB: {'ok' if result['peak_mib'] <= MEMORY_TARGET_MIB else 'MISSED'}")
    print(f"  second update (no news)  {result['second_s']:6.2f} s  baseline raw conditional GETs "
          f"{base_second:5.2f} s  ratio {result['second_s'] / base_second:5.1f}x"
          f"  target <= {SECOND_TARGET_S:.0f} s: {'ok' if result['second_s'] <= SECOND_TARGET_S else 'MISSED'}")
    print(f"  second update answers    {result['unchanged']}/{FEEDS} feeds unchanged; server saw "
          + ", ".join(f"{k}: {v}" for k, v in sorted(served.items())))
    print(f"  list {listed:,} stored        {ours_list:6.2f} s  baseline rows+JSON {base_list:5.2f} s  ratio "
          f"{ours_list / base_list:5.1f}x  target <= {LIST_TARGET_S} s: "
          f"{'ok' if ours_list <= LIST_TARGET_S else 'MISSED'}")
    if result["failed"]:
        print("  failures: " + "; ".join(result["failed"][:5]))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
