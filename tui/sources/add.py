"""Add a source: a feed URL becomes a subscription (fetched at once), an article page URL is
fetched and stored once, an OPML file (local, or at a URL) subscribes to each of its feeds.

An HTML page that names a feed but holds little article text (a site's front page) is taken
as a way to its feed; one with article text is stored as a page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from tui.engine.sanitize import printable
from tui.sources.articles import EntryMeta, PageError, page_text, read_page
from tui.sources.feeds import NotAFeed, looks_like_html, parse_feed
from tui.sources.fetch import Fetcher, FetchError, Response, check_url
from tui.sources.opml import NotOpml, is_opml, parse_opml
from tui.sources.store import Store
from tui.sources.update import ArticleCallback, SourceResult, Updater, _Page, store_page

ARTICLE_SENTENCES = 5
"""Sentences of article text above which an HTML page that also names a feed is an article
page (stored), not a front page (whose feed is subscribed to)."""


class AddError(Exception):
    """The source cannot be added; one line, naming the source, for stderr."""


@dataclass(slots=True)
class Added:
    """What adding one SOURCE did: one line per source it made (an OPML file makes several)."""

    source: str
    lines: list[str] = field(default_factory=list)
    results: list[SourceResult] = field(default_factory=list)


def is_url(text: str) -> bool:
    """Whether `text` is meant as a URL (it has a scheme such as http: or file:)."""
    try:
        scheme = urlsplit(text).scheme
    except ValueError:
        return False
    return len(scheme) > 1  # one letter: a Windows drive


def add_source(store: Store, fetcher: Fetcher, source: str, *, on_article: ArticleCallback | None = None,
               on_result: Callable[[SourceResult], None] | None = None) -> Added:
    """Add one SOURCE (URL or OPML file); AddError when it cannot be added."""
    shown = printable(source)
    if not is_url(source):
        path = Path(source).expanduser()
        if not path.is_file():
            raise AddError(f"{shown}: not a URL (http:// or https://), and no such OPML file")
        try:
            body = path.read_bytes()
        except OSError as err:
            raise AddError(f"{shown}: cannot read: {err.strerror or err}") from err
        return _import_opml(store, fetcher, source, body, "", on_article, on_result)
    if store.source(source) is not None:
        return Added(source, [f"{shown}: already added"])
    try:
        check_url(source)
        response = fetcher.get(source)
    except FetchError as err:
        raise AddError(f"{shown}: cannot add: {err}") from err
    try:
        parse_feed(response.body, response.content_type, response.final_url)
    except NotAFeed as err:
        if is_opml(response.body):
            return _import_opml(store, fetcher, source, response.body, response.final_url, on_article, on_result)
        if not looks_like_html(response.body, response.content_type):
            raise AddError(f"{shown}: cannot add: {err}") from err
        return _add_page(store, fetcher, source, response, err.links, on_article, on_result)
    return _subscribe(store, fetcher, [(source, None)], {source: response}, Added(source), on_article, on_result)


def _subscribe(store: Store, fetcher: Fetcher, feeds: list[tuple[str, str | None]], answers: dict[str, Response],
               added: Added, on_article: ArticleCallback | None,
               on_result: Callable[[SourceResult], None] | None) -> Added:
    fresh = []
    for url, title in feeds:
        if store.add_source(url, "feed", title):
            fresh.append(url)
        else:
            added.lines.append(f"{printable(url)}: already subscribed")
    sources = [s for s in store.sources() if s.url in set(fresh)]
    results = Updater(store, fetcher, on_article=on_article, on_result=on_result).run(sources, answers)
    for result in results:
        added.results.append(result)
        title = f" ({printable(result.title)})" if result.title else ""
        if result.status == "ok":
            added.lines.append(f"{printable(result.url)}: subscribed{title}, {result.new} article"
                               f"{'s' * (result.new != 1)} stored{result.problems()}")
        else:
            added.lines.append(f"{printable(result.url)}: subscribed; first update failed: {result.status}")
    return added


def _import_opml(store: Store, fetcher: Fetcher, source: str, body: bytes, base: str,
                 on_article: ArticleCallback | None, on_result: Callable[[SourceResult], None] | None) -> Added:
    try:
        feeds, notices = parse_opml(body, base)
    except NotOpml as err:
        raise AddError(f"{printable(source)}: {err}") from err
    if not feeds:
        raise AddError(f"{printable(source)}: an OPML file with no http or https feed in it")
    added = Added(source, [f"{printable(source)}: {n}" for n in notices])
    return _subscribe(store, fetcher, feeds, {}, added, on_article, on_result)


def _add_page(store: Store, fetcher: Fetcher, source: str, response: Response, links: list[str],
              on_article: ArticleCallback | None, on_result: Callable[[SourceResult], None] | None) -> Added:
    shown = printable(source)
    try:
        text, _ = page_text(response.body, response.content_type, response.charset)
        article, _doc = read_page(source, text, EntryMeta())
        sentences = len(article.sentences)
    except PageError as err:
        if not links:
            raise AddError(f"{shown}: cannot add: {err}") from err
        sentences = 0
    if links and sentences <= ARTICLE_SENTENCES:
        try:
            check_url(links[0])
            feed = fetcher.get(links[0])
            parse_feed(feed.body, feed.content_type, feed.final_url)
        except (FetchError, NotAFeed) as err:
            raise AddError(f"{shown}: an HTML page; its feed {printable(links[0])} cannot be added: {err}") from err
        added = Added(source, [f"{shown}: an HTML page; found its feed {printable(links[0])}"])
        return _subscribe(store, fetcher, [(links[0], None)], {links[0]: feed}, added, on_article, on_result)
    store.add_source(source, "page", article.title)
    try:
        found = store.find_article(source, None, source)  # a feed may have brought it already
        store_page(store, _Page(source, None, [source], found[0] if found else None, None), response)
    except PageError as err:  # read above, so only a store-level surprise lands here
        store.remove_source(source, purge=True)
        raise AddError(f"{shown}: cannot add: {err}") from err
    store.source_fetched(source, title=article.title, site_url=None, feed_url=None, etag=response.etag,
                         last_modified=response.last_modified)
    if on_article is not None:
        on_article(article)
    return Added(source, [f"{shown}: stored page ({printable(article.title or 'untitled')}, "
                          f"{len(article.sentences)} sentences)"])

