"""Sources end to end in the engine: real feeds and pages from a server on 127.0.0.1 into
the store, conditional updates, dedup across feeds, and every kind of bad source."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from werkzeug import Request, Response

from tests.sources_site import Site, serve_news, site_fixture  # noqa: F401  (the `site` fixture)
from tests.sources_store import SHORT_READ, by_url, fetcher_fixture, item, rss, store_fixture  # noqa: F401  (the fixtures)
from tui.config import load_config
from tui.engine.model import Article
from tui.engine.titlesite import feed_outlet
from tui.sources.add import AddError, add_source
from tui.sources.articles import EntryMeta, read_page, reading_key, reading_modules, stored_article
from tui.sources.feeds import NotAFeed, parse_feed
from tui.sources.fetch import Fetcher
from tui.sources.store import Store
from tui.sources.update import SourceResult, update_all
from tui.sources.where import default_store_path, store_path_for

# -- the three formats and the metadata they carry ------------------------------------------------


def test_rss_atom_and_json_feed_entries_become_articles_with_the_feeds_metadata(
        site: Site, store: Store, fetcher: Fetcher) -> None:
    feeds = serve_news(site)
    for url in feeds.values():
        add_source(store, fetcher, url)
    articles = by_url(store)
    bridge = articles[site.url("/ledger/2026/11/03/old-mill-bridge")]
    assert (bridge.title, bridge.outlet, bridge.author, bridge.date) == (
        "Harwick closes Old Mill Bridge after inspectors find cracks", "The Northern Ledger", "Maria Okafor",
        "2026-11-03")
    assert bridge.url == bridge.path
    assert bridge.texts[0].startswith("The Old Mill Bridge in Harwick was closed")
    assert not any("Related" in s or "All rights reserved" in s or "Subscribe" in s for s in bridge.texts)
    coastal = articles[site.url("/coastal/news/bridge-cracks")]
    assert (coastal.outlet, coastal.author, coastal.date) == ("Coastal Daily Post", "Tom Hendry", "2026-11-03")
    valley = articles[site.url("/valley/culture/museum-queues")]
    assert (valley.outlet, valley.author, valley.date) == ("Valley Wire", "Sam Ortiz", "2026-10-28")
    assert len(articles) == 5  # the gallery page has no article text
    counts = {s.url: (s.kind, s.title, s.articles, s.status) for s in store.sources()}
    assert counts[feeds["ledger"]] == ("feed", "The Northern Ledger", 2, "ok")
    assert counts[feeds["coastal"]] == ("feed", "Coastal Daily Post", 1, "ok")
    assert counts[feeds["valley"]] == ("feed", "Valley Wire", 2, "ok")


def test_the_store_keeps_the_raw_page_its_text_and_its_validators(site: Site, store: Store, fetcher: Fetcher) -> None:
    feeds = serve_news(site)
    add_source(store, fetcher, feeds["ledger"])
    (raw, text, meta, etag, modified, fetched, entry_title), = store.rows(
        "raw, text, meta, etag, last_modified, fetched, entry_title", "WHERE url = ?",
        (site.url("/ledger/2026/11/03/old-mill-bridge"),))
    assert bytes(raw) == site.fixture("ledger-bridge.html")
    assert "18,000 vehicles" in text
    assert json.loads(meta)["outlet"] == "The Northern Ledger"
    assert etag and modified and fetched
    assert entry_title == "Harwick closes Old Mill Bridge after inspectors find cracks"


# -- conditional GET, dedup, changes ---------------------------------------------------------------


def test_a_second_update_asks_conditionally_and_downloads_nothing(site: Site, store: Store, fetcher: Fetcher) -> None:
    for url in serve_news(site).values():
        add_source(store, fetcher, url)
    before = by_url(store)
    site.clear_log()
    results = update_all(store, fetcher)
    assert sorted(site.requests()) == [("/coastal/atom.xml", 304), ("/ledger/rss.xml", 304), ("/valley/feed.json", 304)]
    assert all(r.outcome == "unchanged" for r in results)
    assert all(headers.get("If-None-Match") for _p, _s, headers in site.log)
    assert by_url(store) == before


def test_an_entry_two_feeds_carry_is_stored_once(site: Site, store: Store, fetcher: Fetcher) -> None:
    site.serve_fixture("/story", "ledger-bridge.html")
    site.serve_fixture("/museum", "ledger-museum.html")
    site.serve_fixture("/other", "valley-floods.html")
    site.serve("/one.xml", rss("One", [item(site, "Bridge", "/story", "urn:uuid:bridge-1"),
                                      item(site, "Museum", "/museum", "1")]), "application/rss+xml")
    # the same URL under another id; a bare id "1" that is another feed's own numbering
    site.serve("/two.xml", rss("Two", [item(site, "Bridge (syndicated)", "/story", "two-7"),
                                      item(site, "Floods", "/other", "1")]), "application/rss+xml")
    # the same global id under another URL (a tracking parameter)
    site.serve("/three.xml", rss("Three", [item(site, "Bridge", "/story?utm_source=rss", "urn:uuid:bridge-1")]),
               "application/rss+xml")
    add_source(store, fetcher, site.url("/one.xml"))
    two = add_source(store, fetcher, site.url("/two.xml"))
    three = add_source(store, fetcher, site.url("/three.xml"))
    assert [p for p, _ in site.requests("/story")] == ["/story"]  # the page was fetched once
    assert sorted(row[0] for row in store.rows("url")) == [site.url(p) for p in ("/museum", "/other", "/story")]
    assert (two.results[0].new, three.results[0].new) == (1, 0)
    assert {s.url: s.articles for s in store.sources()} == {
        site.url("/one.xml"): 2, site.url("/two.xml"): 2, site.url("/three.xml"): 1}
    store.conn.execute("UPDATE sources SET etag = NULL, last_modified = NULL")  # every feed answers in full
    site.clear_log()
    results = update_all(store, fetcher)
    assert {r.outcome for r in results} == {"nothing new"}  # the two titles of /story do not ping-pong
    assert sorted(p for p, _ in site.requests()) == ["/one.xml", "/three.xml", "/two.xml"]


def test_two_feeds_with_the_same_new_entry_in_one_update(site: Site, store: Store, fetcher: Fetcher) -> None:
    entries: list[str] = []
    site.serve_fixture("/story", "coastal-bridge.html")
    site.serve("/a.xml", lambda: rss("A", entries), "application/rss+xml")
    site.serve("/b.xml", lambda: rss("B", entries), "application/rss+xml")
    add_source(store, fetcher, site.url("/a.xml"))
    add_source(store, fetcher, site.url("/b.xml"))
    entries.append(item(site, "Bridge", "/story", "s-1"))
    results = update_all(store, fetcher)
    assert sorted(r.new for r in results) == [0, 1]
    assert len(site.requests("/story")) == 1
    assert {s.articles for s in store.sources()} == {1}


def test_a_changed_entry_is_updated_not_duplicated(site: Site, store: Store, fetcher: Fetcher) -> None:
    title = ["First headline"]
    site.serve_fixture("/story", "ledger-museum.html")
    site.serve("/feed.xml", lambda: rss("Feed", [item(site, title[0], "/story", "g-1")]), "application/rss+xml")
    add_source(store, fetcher, site.url("/feed.xml"))
    assert stored_article(store, site.url("/story")).title == "First headline"  # type: ignore[union-attr]
    title[0] = "Corrected headline"
    site.clear_log()
    (result,) = update_all(store, fetcher)
    assert (result.new, result.updated) == (0, 1)
    assert ("/story", 304) in site.requests()  # the page itself is asked for conditionally
    assert len(store.rows("id")) == 1
    assert stored_article(store, site.url("/story")).title == "Corrected headline"  # type: ignore[union-attr]


# -- bad sources: a clear message each, nothing lost, the others go on ----------------------------------


def test_bad_feeds_fail_one_by_one_and_the_good_one_updates(site: Site, store: Store, fetcher: Fetcher) -> None:
    good_items: list[str] = []
    site.serve_fixture("/story", "valley-floods.html")
    site.serve("/good.xml", lambda: rss("Good", good_items), "application/rss+xml")
    state = {"broken": False}

    def flaky(body: bytes, status: int = 200) -> object:
        def handler(_request: Request) -> Response:
            if state["broken"]:
                return Response(body, status=status, content_type="application/rss+xml")
            return Response(rss("Was fine", []), content_type="application/rss+xml")
        return handler

    bad = {
        "/404.xml": (b"gone", 404), "/500.xml": (b"oops", 500), "/garbage.xml": (b"\x00\x01binary\xff" * 20, 200),
        "/json.xml": (b'{"not": "a feed"}', 200),
    }
    for path, (body, status) in bad.items():
        site.handle(path, flaky(body, status))  # type: ignore[arg-type]
    site.handle("/loop.xml", lambda r: Response(rss("x", []), content_type="text/xml") if not state["broken"]
                else Response(status=302, headers={"Location": "/loop.xml"}))
    for path in ["/good.xml", *bad, "/loop.xml"]:
        add_source(store, fetcher, site.url(path))
    state["broken"] = True
    good_items.append(item(site, "Floods", "/story", "f-1"))
    results = {r.url.rsplit("/", 1)[1]: r for r in update_all(store, fetcher)}
    assert results["good.xml"].new == 1
    assert results["404.xml"].status == "HTTP 404 (Not Found)"
    assert results["500.xml"].status == "HTTP 500 (Internal Server Error)"
    assert results["loop.xml"].status == "redirect loop"
    assert results["garbage.xml"].status.startswith("not a feed")
    assert results["json.xml"].status == "not a feed: JSON without a JSON Feed version"
    statuses = {s.url.rsplit("/", 1)[1]: s.status for s in store.sources()}
    assert statuses["404.xml"] == "HTTP 404 (Not Found)" and statuses["good.xml"] == "ok"
    for result in results.values():
        assert "\n" not in result.line() and result.url in result.line()


def test_a_feed_that_times_out_fails_alone(site: Site, store: Store, fetcher: Fetcher) -> None:
    import threading

    release = threading.Event()
    slow = [False]

    def handler(_request: Request) -> Response:
        if slow[0]:
            release.wait(10)
        return Response(rss("Slow", []), content_type="application/rss+xml")

    site.handle("/slow.xml", handler)
    serve_news(site)
    add_source(store, fetcher, site.url("/slow.xml"))
    add_source(store, fetcher, site.url("/ledger/rss.xml"))
    slow[0] = True
    try:
        with Fetcher(read_timeout=SHORT_READ, retry_after_cap=1.0) as impatient:
            results = {r.url: r for r in update_all(store, impatient)}
    finally:
        release.set()
    assert results[site.url("/slow.xml")].status == "timed out waiting for the server"
    assert results[site.url("/ledger/rss.xml")].outcome == "unchanged"


def test_truncated_xml_keeps_the_entries_before_the_cut(site: Site, store: Store, fetcher: Fetcher) -> None:
    site.serve_fixture("/story", "ledger-bridge.html")
    whole = rss("Cut", [item(site, "Bridge", "/story", "c-1"), item(site, "Second", "/second", "c-2")])
    site.serve("/cut.xml", whole[: whole.index(b"Second</title>") + 14], "application/rss+xml")
    added = add_source(store, fetcher, site.url("/cut.xml"))
    (result,) = added.results
    assert result.new == 1 and result.status == "ok"
    assert any(n.startswith("malformed feed") for n in result.notices)
    assert any("has no link; skipped" in n for n in result.notices)
    assert site.url("/story") in by_url(store)


def test_a_feed_address_that_became_an_html_page_is_followed_to_its_feed(
        site: Site, store: Store, fetcher: Fetcher) -> None:
    serve_news(site)
    home = [rss("Ledger", [item(site, "Bridge", "/ledger/2026/11/03/old-mill-bridge", "l-1")])]
    site.serve("/moved.xml", lambda: home[0], "application/rss+xml")
    add_source(store, fetcher, site.url("/moved.xml"))
    home[0] = site.fixture("ledger-museum.html").replace(
        b"</head>", f'<link rel="alternate" type="application/rss+xml" href="{site.url("/ledger/rss.xml")}">'
        "</head>".encode())
    (result,) = update_all(store, fetcher)
    assert result.status == "ok"
    assert any("an HTML page now; reading its feed" in n for n in result.notices)
    assert result.new == 1  # the museum entry, new; the bridge was stored already
    assert store.source(site.url("/moved.xml")).feed_url == site.url("/ledger/rss.xml")  # type: ignore[union-attr]


def test_bad_pages_get_a_notice_and_the_entry_is_kept(site: Site, store: Store, fetcher: Fetcher) -> None:
    site.serve_fixture("/no-text", "gallery-no-text.html")
    site.serve("/image", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, "image/png")
    site.serve("/octets", b"\x00\x01\x02\x03" * 2000, "")
    site.serve("/huge", b"<html><body>" + b"<p>word </p>" * 50_000 + b"</body></html>")
    site.handle("/missing", lambda _r: Response(b"no", status=404))
    site.serve("/latin1", (Path(__file__).parent / "fixtures/sources/latin1-museum.html").read_bytes(), "text/html")
    site.serve("/declared", "<html><head><title>Déjà vu</title></head><body><article><p>Le café était fermé "
               "depuis une semaine. Les habitants du quartier ont protesté devant la mairie. Le maire a promis "
               "une réouverture rapide.</p></article></body></html>".encode("cp1252"),
               "text/html; charset=windows-1252")
    site.serve_fixture("/undated", "valley-floods.html")
    items = [item(site, name, f"/{name}", f"p-{name}") for name in
             ("no-text", "image", "octets", "huge", "missing", "latin1", "declared")]
    items.append(item(site, "undated", "/undated", "p-undated", date=None))
    items.append(item(site, "No link at all", None, "p-nolink"))
    site.serve("/feed.xml", rss("Mixed", items), "application/rss+xml")
    with Fetcher(max_bytes=200_000) as small:
        (result,) = add_source(store, small, site.url("/feed.xml")).results
    notices = "\n".join(result.notices)
    assert f"{site.url('/no-text')}: no article text found on the page" in notices
    assert f"{site.url('/image')}: not a web page (image/png); skipped" in notices
    assert f"{site.url('/octets')}: binary data, not text; skipped" in notices
    assert f"{site.url('/huge')}: larger than 200,000 bytes" in notices
    assert f"{site.url('/missing')}: HTTP 404 (Not Found)" in notices
    assert "'No link at all' has no link; skipped" in notices
    assert result.status == "ok" and result.new == 3
    articles = by_url(store)
    assert "Café owners on the quay" in " ".join(articles[site.url("/latin1")].texts)
    assert "Le café était fermé depuis une semaine." in articles[site.url("/declared")].texts
    assert articles[site.url("/undated")].date is None  # neither the entry nor the page says: unknown
    # the entries that gave no article are kept, with why
    assert {row[0] for row in store.rows("engine", "WHERE article IS NULL AND raw IS NOT NULL")} == {reading_key()}
    statuses = dict(store.rows("url, status", "WHERE article IS NULL"))
    assert statuses[site.url("/image")] == "not a web page (image/png); skipped"
    assert statuses[site.url("/missing")] == "HTTP 404 (Not Found)"


def test_a_page_that_fails_for_now_is_retried_on_the_next_update(site: Site, store: Store, fetcher: Fetcher) -> None:
    down = [True]
    site.handle("/story", lambda _r: Response(status=503) if down[0] else Response(
        site.fixture("ledger-bridge.html"), content_type="text/html"))
    site.serve("/feed.xml", rss("Feed", [item(site, "Bridge", "/story", "b-1")]), "application/rss+xml")
    (first,) = add_source(store, fetcher, site.url("/feed.xml")).results
    assert first.new == 0 and "HTTP 503" in first.notices[0]
    down[0] = False
    (second,) = update_all(store, fetcher)
    assert second.new == 0 and second.updated == 1  # the entry was kept; its page arrives now
    assert site.url("/story") in by_url(store)
    site.clear_log()
    (third,) = update_all(store, fetcher)
    assert third.outcome == "unchanged" and site.requests() == [("/feed.xml", 304)]


def test_a_page_the_feed_carries_in_full_is_read_from_the_feed_when_the_site_fails(
        site: Site, store: Store, fetcher: Fetcher) -> None:
    body = ("<p>The harbour authority closed the north pier on Tuesday after storm damage.</p>"
            "<p>Engineers will inspect the pier's foundations next week.</p>")
    site.handle("/pier", lambda _r: Response(b"gone", status=410))
    site.serve("/feed.xml", f'<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/'
               f'modules/content/"><channel><title>Port News</title><item><title>Pier shut</title>'
               f"<link>{site.url('/pier')}</link><content:encoded><![CDATA[{body}]]></content:encoded></item>"
               "</channel></rss>".encode(), "application/rss+xml")
    add_source(store, fetcher, site.url("/feed.xml"))
    article = stored_article(store, site.url("/pier"))
    assert article is not None and article.outlet == "Port News"
    assert article.texts == ["The harbour authority closed the north pier on Tuesday after storm damage.",
                             "Engineers will inspect the pier's foundations next week."]


def test_a_feed_may_not_make_parallax_read_a_local_file(site: Site, store: Store, fetcher: Fetcher,
                                                        tmp_path: Path) -> None:
    secret = tmp_path / "local.xml"
    secret.write_bytes(rss("Local secret", []))
    with pytest.raises(NotAFeed):  # the body names a local feed file: it is not opened
        parse_feed(str(secret).encode(), "application/rss+xml", site.url("/x"))
    site.serve("/feed.xml", rss("Sneaky", [item(site, "x", "/x", "s-1").replace(
        site.url("/x"), f"file://{secret}")]), "application/rss+xml")
    (result,) = add_source(store, fetcher, site.url("/feed.xml")).results
    assert "has no link; skipped" in result.notices[0]
    with pytest.raises(AddError, match="refused: file scheme"):
        add_source(store, fetcher, f"file://{secret}")


# -- where the store lives, and reading it again ------------------------------------------------------


def test_the_store_lives_in_the_user_data_folder_unless_configured(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
    assert default_store_path() == tmp_path / "data" / "parallax" / "sources.sqlite3"
    assert store_path_for(load_config(None)) == default_store_path()
    config = tmp_path / "conf" / "config.toml"
    config.parent.mkdir()
    config.write_text('[sources]\nstore = "news/store.sqlite3"\n', encoding="utf-8")
    assert store_path_for(load_config(str(config))) == config.parent / "news" / "store.sqlite3"
    config.write_text('[sources]\nstore = "  "\n', encoding="utf-8")  # blank: the documented default
    assert store_path_for(load_config(str(config))) == default_store_path()
    config.write_text("[sources]\nstore = 3\n", encoding="utf-8")
    assert store_path_for(load_config(str(config))) == default_store_path()
    config.write_text("[sources\nstore = 'x'\n", encoding="utf-8")  # does not parse: the defaults
    assert store_path_for(load_config(str(config))) == default_store_path()


def test_a_file_that_is_no_store_is_refused_with_its_name(tmp_path: Path) -> None:
    from tui.sources.store import StoreError

    bad = tmp_path / "not-a-store.sqlite3"
    bad.write_bytes(b"this is not SQLite" * 100)
    with pytest.raises(StoreError, match=r"not-a-store\.sqlite3: not a Parallax store"):
        Store(bad)


def test_stored_articles_are_read_again_from_the_raw_page_when_the_engine_changes(
        site: Site, store: Store, fetcher: Fetcher) -> None:
    serve_news(site)
    add_source(store, fetcher, site.url("/ledger/rss.xml"))
    before = by_url(store)
    store.conn.execute("UPDATE articles SET engine = 'old', article = '{broken'")
    server_requests = len(site.requests())
    assert by_url(store) == before  # rebuilt offline from the stored pages
    assert len(site.requests()) == server_requests
    assert {row[0] for row in store.rows("engine")} != {"old"}


def test_callbacks_report_each_article_and_each_source(site: Site, store: Store, fetcher: Fetcher) -> None:
    feeds = serve_news(site)
    for url in feeds.values():
        store.add_source(url, "feed")
    seen: list[Article] = []
    done: list[SourceResult] = []
    steps: list[tuple[int, int]] = []
    update_all(store, fetcher, on_article=seen.append, on_result=done.append,
               progress=lambda d, t: steps.append((d, t)))
    assert sorted(a.path for a in seen) == sorted(by_url(store))
    assert sorted(r.url for r in done) == sorted(feeds.values())
    assert [d for d, _ in steps] == list(range(1, 10)) and steps[-1] == (9, 9)  # 3 feeds, 6 pages


def test_a_cancelled_update_stops_and_keeps_what_it_stored(site: Site, store: Store, fetcher: Fetcher) -> None:
    feeds = serve_news(site)
    for url in feeds.values():
        store.add_source(url, "feed")
    stored: list[Article] = []
    results = update_all(store, fetcher, on_article=stored.append, cancelled=lambda: len(stored) >= 1)
    assert len(stored) == 1 and len(by_url(store)) == 1  # stopped at the first answer after the cancel
    assert all(r.status == "ok" for r in results)
    (rest,) = [update_all(store, fetcher)]  # validators of unfinished feeds were not kept: the rest comes now
    assert len(by_url(store)) == 5 and sum(r.new for r in rest) == 4


def test_json_feed_1_0_author_and_bad_items(site: Site) -> None:
    body = json.dumps({"version": "https://jsonfeed.org/version/1", "title": "Old", "author": {"name": "Ann"},
                       "items": [{"id": "1", "url": "/a", "title": "A"}, "junk",
                                 {"id": "2", "url": "javascript:alert(1)"}]}).encode()
    feed = parse_feed(body, "application/json", site.url("/feed.json"))
    assert [(e.url, e.author) for e in feed.entries] == [(site.url("/a"), "Ann"), (None, "Ann")]
    with pytest.raises(NotAFeed, match="malformed JSON"):
        parse_feed(io.BytesIO(b"{nope").read(), "application/feed+json", site.url("/f"))


def test_a_feeds_authors_are_read_as_bylines_are(site: Site) -> None:
    """RSS 2.0 writes an author as "email (Name)", and sites fill it with "By Name", an address alone,
    their own name or a desk's: the article's author is the person, or nobody."""
    authors = ["marta@haldendaily.example (Marta Ilić)", "marta@haldendaily.example", "By Marta Ilić",
               "Halden Daily Staff", "Marta Ilić, Ana Núñez"]
    items = "".join(f"<item><title>T{n}</title><link>{site.url(f'/{n}')}</link><author>{a}</author></item>"
                    for n, a in enumerate(authors))
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{items}</channel></rss>'.encode()
    feed = parse_feed(body, "application/rss+xml", site.url("/feed.xml"))
    assert [e.author for e in feed.entries] == ["Marta Ilić", None, "Marta Ilić", None, "Marta Ilić and Ana Núñez"]
    atom = (f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry><title>A</title>'
            f'<link href="{site.url("/a")}"/><id>1</id><author><name>Marta Ilić</name><email>m@x.example</email>'
            "</author></entry></feed>").encode()
    assert [e.author for e in parse_feed(atom, "application/atom+xml", site.url("/f")).entries] == ["Marta Ilić"]


def test_an_author_stored_as_the_feed_wrote_it_reads_as_a_byline() -> None:
    """Entries stored before feed authors were read as bylines keep the raw text in the store: the
    page is read again (the reading key changed) and the author is read then."""
    page = ("<html><body><article><h1>Bridge to close</h1><p>The Old Mill Bridge in Harwick will close on Monday"
            " for repairs, the council said on Tuesday.</p><p>Inspectors found cracks in two piers.</p></article>"
            "</body></html>")
    article, _ = read_page("https://example.invalid/a", page, EntryMeta(author="marta@example.invalid (Marta Ilić)"))
    assert article.author == "Marta Ilić"


def test_an_entrys_change_time_is_no_publication_date(site: Site) -> None:
    """Atom's <updated> and JSON Feed's date_modified say when an entry last changed: alone, they leave
    the date to the page. RSS's dc:date (which feedparser files as "updated") is the item's date."""
    atom = (f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>'
            f'<entry><title>A</title><link href="{site.url("/a")}"/><id>a</id><updated>2025-03-05T08:00:00Z</updated>'
            f'</entry><entry><title>B</title><link href="{site.url("/b")}"/><id>b</id>'
            "<published>2025-03-04T21:00:00Z</published><updated>2025-03-05T08:00:00Z</updated></entry></feed>").encode()
    assert [e.date for e in parse_feed(atom, "application/atom+xml", site.url("/f")).entries] == [None, "2025-03-04"]
    rdf = ('<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
           'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="x">'
           f'<title>T</title><link>{site.url("/")}</link></channel><item rdf:about="{site.url("/a")}"><title>A</title>'
           f'<link>{site.url("/a")}</link><dc:date>2025-03-04T21:00:00Z</dc:date></item></rdf:RDF>').encode()
    assert [e.date for e in parse_feed(rdf, "application/rdf+xml", site.url("/f")).entries] == ["2025-03-04"]
    modified = json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": [
        {"id": "1", "url": "/a", "date_modified": "2025-03-05T08:00:00Z"},
        {"id": "2", "url": "/b", "date_published": "2025-03-04T21:00:00Z"}]}).encode()
    dates = [e.date for e in parse_feed(modified, "application/feed+json", site.url("/f")).entries]
    assert dates == [None, "2025-03-04"]


def test_every_engine_module_reading_depends_on_keys_stored_articles(tmp_path: Path) -> None:
    """A rule split out of the cleaner into a module of its own (credits.py, ownurl.py) changes what a
    page reads as: its source must key stored articles too. Nine modules were listed by hand; sixteen
    more that reading imports were missed, grouping's are not wanted."""
    engine = Path(__file__).resolve().parents[1] / "tui" / "engine"
    names = {path.stem for path in reading_modules(engine)}
    assert {"clean", "extract", "credits", "ownurl", "blocks", "footnotes", "metaline", "titlesite"} <= names
    assert not {"events", "align", "embed", "cache"} & names
    (tmp_path / "extract.py").write_text("from tui.engine.deep import x\n", encoding="utf-8")
    (tmp_path / "deep.py").write_text("def f():\n    from tui.engine import deeper, model\n", encoding="utf-8")
    (tmp_path / "deeper.py").write_text("", encoding="utf-8")
    (tmp_path / "model.py").write_text("", encoding="utf-8")
    (tmp_path / "unrelated.py").write_text("", encoding="utf-8")
    assert [path.name for path in reading_modules(tmp_path)] == ["deep.py", "deeper.py", "extract.py", "model.py"]


def test_an_aggregators_entry_names_its_storys_site(site: Site, store: Store, fetcher: Fetcher) -> None:
    """An aggregator's feed ("Top stories - Aggregator News") titles each entry "Headline - Site": the
    headline, and the site as the outlet where the page names none, before the aggregator's title."""
    page = (b"<html><head><title>x</title></head><body><article><h1>Bridge to close</h1><p>The Old Mill Bridge in"
            b" Harwick will close on Monday for repairs, the council said on Tuesday.</p><p>Inspectors found cracks"
            b" in two of its piers last month, officials said.</p></article></body></html>")
    site.serve("/story", page)
    site.serve("/agg.xml", rss("Top stories - Aggregator News",
                               [item(site, "Old Mill Bridge to close for repairs - Halden Daily", "/story", "a-1")]))
    add_source(store, fetcher, site.url("/agg.xml"))
    (article,) = by_url(store).values()
    assert (article.title, article.outlet) == ("Old Mill Bridge to close for repairs", "Halden Daily")


@pytest.mark.parametrize(("title", "outlet"), [
    ("World news | The Guardian", "The Guardian"), ("BBC News - World", "BBC News"),
    ("Halden Daily: Top stories", "Halden Daily"), ("Marta Ilić - Halden Daily", "Halden Daily"),
    ("Reuters: World News", "Reuters"), ("Halden Daily", "Halden Daily"), ("Latest news", None),
    ("Halden Daily -- World", "Halden Daily"),  # a double dash, as a title's separators have it
    ("CNN.com - RSS Channel - World", "CNN.com - RSS Channel - World"),  # which part is the name is a guess
    (None, None),
])
def test_the_outlet_a_feeds_title_names(title: str | None, outlet: str | None) -> None:
    """A page that states no site name takes its outlet from the feed's title, which names the section too."""
    assert feed_outlet(title) == outlet


def test_the_sources_package_is_headless() -> None:
    import ast

    offenders = []
    for path in sorted((Path(__file__).resolve().parents[1] / "tui" / "sources").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module] if isinstance(node, ast.ImportFrom) and node.module else []
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in {"textual", "rich"}]
    assert offenders == []


def test_reading_the_store_loads_neither_the_http_client_nor_the_feed_parser() -> None:
    import subprocess
    import sys

    code = ("import sys, tui.sources.store, tui.sources.articles\n"
            "print(sorted(m for m in ('httpx', 'feedparser', 'textual', 'rich') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_page_read_again_offline_keeps_the_charset_its_server_declared(site: Site, store: Store,
                                                                          fetcher: Fetcher) -> None:
    # KOI8-R bytes read as cp1252 are plausible accented Latin letters: only the header tells.
    text = ("<html><body><article><p>Студенты вышли на улицы города в четверг утром.</p>"
            "<p>Они требуют снова открыть столовую, закрытую с начала учебного года.</p></article></body></html>")
    site.serve("/students", text.encode("koi8-r"), "text/html; charset=koi8-r")
    site.serve("/feed.xml", rss("Feed", [item(site, "Students", "/students", "s-1")]), "application/rss+xml")
    add_source(store, fetcher, site.url("/feed.xml"))
    before = stored_article(store, site.url("/students"))
    assert before is not None and before.texts[0] == "Студенты вышли на улицы города в четверг утром."
    store.conn.execute("UPDATE articles SET engine = 'old'")
    assert stored_article(store, site.url("/students")) == before


def test_a_stored_article_decodes_to_itself() -> None:
    from tui.engine.model import Article, Sentence
    from tui.sources.articles import decode_article, encode_article

    body = "First sentence here. Second one,\nwrapped. Ünïcode “quotes” too."
    sentences = (Sentence("First sentence here.", 0, 20), Sentence("Second one, wrapped.", 21, 41),
                 Sentence("Ünïcode “quotes” too.", 42, len(body)))  # the second's text is not the body's slice
    article = Article("https://example.test/a", "Title", "Outlet", None, "2026-11-03", "https://example.test/a",
                      body, sentences, updated="2026-11-04")
    assert decode_article(article.path, encode_article(article)) == article
    empty = Article("https://example.test/b", None, None, None, None, "https://example.test/b", "", ())
    assert decode_article(empty.path, encode_article(empty)) == empty


def test_pins_on_stored_articles_match_their_urls(tmp_path: Path) -> None:
    from tui.config import load_config, pins_for, reload_config, set_pin

    config_path = tmp_path / "config.toml"
    config_path.write_text("", encoding="utf-8")
    config = load_config(str(config_path))
    assert pins_for(config, ["https://a.test/1"]) == {}  # no pins: nothing resolved
    set_pin(config, "https://a.test/1", with_="https://b.test/2")
    set_pin(config, "https://c.test/3", with_=None)
    config = reload_config(config)
    urls = ["https://a.test/1", "https://b.test/2", "https://c.test/3", "https://d.test/4"]
    assert pins_for(config, urls) == {"https://a.test/1": "https://b.test/2", "https://c.test/3": None}
    assert pins_for(config, ["https://a.test/1"]) == {}  # its partner is not among the articles
