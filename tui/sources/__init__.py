"""Sources: follow feeds and web pages into a local article store, offline after the fetch.

Headless (no textual or rich). This package file imports nothing, so reading the store
(store, articles) does not load the HTTP client or the feed parser. The faces use:

- `store.Store(path)`, `where.store_path_for(config)`: the SQLite store and where it lives.
- `fetch.Fetcher()`: bounded, polite HTTP (fetch.py holds the limits).
- `add.add_source(store, fetcher, SOURCE)`: a feed, an article page or an OPML file (AddError).
- `update.update_all(store, fetcher, on_article=..., on_result=...)`: every subscription's new
  entries and pages; one SourceResult per source, each with a printable line().
- `articles.stored_articles(store)` / `articles.stored_article(store, url)`: Articles whose
  path is their URL.
- `opml.to_opml(store.sources())`: the subscriptions as OPML 2.0.
"""
