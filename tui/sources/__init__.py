"""Sources: follow feeds and web pages into a local article store, offline after the fetch.

Headless (no textual or rich). The faces use this API:

- `Store(path)` / `store_path_for(config_file)`: the SQLite store and where it lives.
- `Fetcher()`: bounded, polite HTTP (fetch.py holds the limits).
- `add_source(store, fetcher, SOURCE)`: a feed, an article page or an OPML file (AddError).
- `update_all(store, fetcher, on_article=..., on_result=...)`: every subscription's new
  entries and pages; one SourceResult per source, each line() printable.
- `stored_articles(store)` / `stored_article(store, url)`: Articles whose path is the URL.
- `to_opml(store.sources())`: the subscriptions as OPML 2.0.
"""

from __future__ import annotations

from collections.abc import Callable

from tui.sources.add import AddError, Added, add_source, is_url
from tui.sources.articles import stored_article, stored_articles
from tui.sources.fetch import FetchError, Fetcher
from tui.sources.opml import to_opml
from tui.sources.store import Source, Store, StoreError, default_store_path, store_path_for
from tui.sources.update import ArticleCallback, SourceResult, Updater


def update_all(store: Store, fetcher: Fetcher, *, on_article: ArticleCallback | None = None,
               on_result: Callable[[SourceResult], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> list[SourceResult]:
    """Update every feed subscription (pages added alone are stored once, not updated)."""
    feeds = [s for s in store.sources() if s.kind == "feed"]
    return Updater(store, fetcher, on_article=on_article, on_result=on_result, cancelled=cancelled).run(feeds)


__all__ = [
    "AddError", "Added", "FetchError", "Fetcher", "Source", "SourceResult", "Store", "StoreError",
    "add_source", "default_store_path", "is_url", "store_path_for", "stored_article", "stored_articles",
    "to_opml", "update_all",
]
