"""What the sources tests share besides the web site (tests/sources_site.py): a fresh store and
a fetcher for each test, RSS written on the spot, and the store's articles by URL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sources_site import Site
from tui.engine.model import Article
from tui.sources.articles import stored_articles
from tui.sources.fetch import Fetcher
from tui.sources.store import Store

RSS_ITEM = """<item><title>{title}</title>{link}<guid isPermaLink="false">{guid}</guid>{date}</item>"""


@pytest.fixture(name="store")
def store_fixture(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "store.sqlite3") as opened:
        yield opened


SHORT_READ = 1.0
"""The read timeout of the one test about a server that times out (it holds its answer 10 s)."""


@pytest.fixture(name="fetcher")
def fetcher_fixture() -> Iterator[Fetcher]:
    # The app's read timeout and deadline: a loaded machine must not make a local answer time out.
    with Fetcher(retry_after_cap=1.0) as opened:
        yield opened


def rss(title: str, items: list[str]) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>http://example.invalid/</link>{''.join(items)}</channel></rss>").encode()


def item(site: Site, title: str, path: str | None, guid: str, date: str | None = "Mon, 03 Nov 2026 08:00:00 GMT"
         ) -> str:
    return RSS_ITEM.format(title=title, link=f"<link>{site.url(path)}</link>" if path else "", guid=guid,
                           date=f"<pubDate>{date}</pubDate>" if date else "")


def by_url(store: Store) -> dict[str, Article]:
    return {a.path: a for a in stored_articles(store)}
