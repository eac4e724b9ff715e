"""Adding sources (feeds, article pages, a site's front page, OPML files and OPML over HTTP),
what cannot be added, and removing a source without losing what another one carries."""

from __future__ import annotations

from pathlib import Path

import pytest
from werkzeug import Response

from tests.sources_site import Site, serve_news, site_fixture  # noqa: F401  (the `site` fixture)
from tests.sources_store import by_url, fetcher_fixture, item, rss, store_fixture  # noqa: F401  (the fixtures)
from tui.sources.add import AddError, add_source
from tui.sources.articles import stored_article, stored_articles
from tui.sources.fetch import Fetcher
from tui.sources.opml import parse_opml, to_opml
from tui.sources.store import Store
from tui.sources.update import update_all


def test_add_an_article_page_stores_it_once(site: Site, store: Store, fetcher: Fetcher) -> None:
    serve_news(site)
    url = site.url("/coastal/news/bridge-cracks")
    added = add_source(store, fetcher, url)
    assert "stored page" in added.lines[0]
    (source,) = store.sources()
    assert (source.kind, source.articles) == ("page", 1)
    assert source.title == "Cracked beams shut Harwick's Old Mill Bridge for weeks"
    assert stored_article(store, url).outlet == "Coastal Daily Post"  # type: ignore[union-attr]
    assert add_source(store, fetcher, url).lines == [f"{url}: already added"]
    site.clear_log()
    assert update_all(store, fetcher) == []  # a page is not polled
    assert site.requests() == []


def test_add_a_site_front_page_subscribes_to_the_feed_it_names(site: Site, store: Store, fetcher: Fetcher) -> None:
    serve_news(site)
    site.serve("/ledger/", b'<html><head><title>The Northern Ledger</title><link rel="alternate" '
               b'type="application/rss+xml" href="/ledger/rss.xml"></head><body><nav><a href="/a">Home</a></nav>'
               b"</body></html>")
    added = add_source(store, fetcher, site.url("/ledger/"))
    assert "found its feed" in added.lines[0]
    assert [s.url for s in store.sources()] == [site.url("/ledger/rss.xml")]


@pytest.mark.parametrize(("path", "body", "content_type", "needle"), [
    ("/404", b"", "text/html", "cannot add: HTTP 404"),
    ("/gallery", None, "text/html", "cannot add: no article text found on the page"),
    ("/image", b"\x89PNG\r\n\x1a\n\x00\x00", "image/png", "cannot add: not a feed"),
])
def test_add_refuses_what_is_neither_feed_nor_page(site: Site, store: Store, fetcher: Fetcher, path: str,
                                                   body: bytes | None, content_type: str, needle: str) -> None:
    if path == "/404":
        site.handle(path, lambda _r: Response(b"", status=404))
    else:
        site.serve(path, body if body is not None else site.fixture("gallery-no-text.html"), content_type)
    with pytest.raises(AddError, match=needle) as err:
        add_source(store, fetcher, site.url(path))
    assert str(err.value).startswith(site.url(path))
    assert store.sources() == []


def test_opml_import_and_export(site: Site, store: Store, fetcher: Fetcher, tmp_path: Path) -> None:
    feeds = serve_news(site)
    opml = tmp_path / "feeds.opml"
    opml.write_bytes(site.fixture("subscriptions.opml"))
    added = add_source(store, fetcher, str(opml))
    assert [s.url for s in store.sources()] == [feeds["ledger"], feeds["coastal"], feeds["valley"]]
    assert any("file:///etc/passwd" in line and "skipped" in line for line in added.lines)
    assert len(stored_articles(store)) == 5
    exported = to_opml(store.sources())
    back, notices = parse_opml(exported.encode())
    assert back == [(feeds["ledger"], "The Northern Ledger"), (feeds["coastal"], "Coastal Daily Post"),
                    (feeds["valley"], "Valley Wire")] and notices == []
    assert exported.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">')


def test_opml_served_over_http_is_imported_too(site: Site, store: Store, fetcher: Fetcher) -> None:
    serve_news(site)
    site.serve("/feeds.opml", site.fixture("subscriptions.opml"), "text/x-opml")
    add_source(store, fetcher, site.url("/feeds.opml"))
    assert len(store.sources()) == 3


def test_remove_and_purge_keep_what_another_feed_carries(site: Site, store: Store, fetcher: Fetcher) -> None:
    site.serve_fixture("/shared", "ledger-bridge.html")
    site.serve_fixture("/own", "valley-floods.html")
    site.serve("/one.xml", rss("One", [item(site, "Shared", "/shared", "1"), item(site, "Own", "/own", "2")]),
               "application/rss+xml")
    site.serve("/two.xml", rss("Two", [item(site, "Shared", "/shared", "1")]), "application/rss+xml")
    add_source(store, fetcher, site.url("/one.xml"))
    add_source(store, fetcher, site.url("/two.xml"))
    assert store.remove_source(site.url("/one.xml"), purge=True) == 1
    assert set(by_url(store)) == {site.url("/shared")}
    assert store.remove_source(site.url("/two.xml")) == 0  # without purge, articles stay
    assert set(by_url(store)) == {site.url("/shared")} and store.sources() == []


def test_opml_that_is_not_opml(tmp_path: Path, store: Store, fetcher: Fetcher) -> None:
    for name, body in (("x.opml", b"<html><body>no</body></html>"), ("y.opml", b"<opml><body></body></opml>"),
                       ("z.opml", b"not xml at all <")):
        path = tmp_path / name
        path.write_bytes(body)
        with pytest.raises(AddError, match=name):
            add_source(store, fetcher, str(path))
    with pytest.raises(AddError, match=r"not a URL \(http:// or https://\), and no such OPML file"):
        add_source(store, fetcher, str(tmp_path / "missing.opml"))
