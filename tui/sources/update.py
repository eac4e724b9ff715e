"""Fetch subscriptions' new entries and their pages into the store, one source never
stopping the others.

Every feed is requested at once (within the fetcher's limits), conditionally; each feed
that answers is parsed as it lands and its new or changed entries' pages are requested in
turn, so downloading, parsing and extracting overlap. Pages are read in the calling thread
(the store's connection lives there). An entry already stored (same URL, or same feed id)
is linked to the feed that carries it too and fetched again only when the feed says it
changed. A feed's validators are kept only when none of its pages failed for a reason that
may pass (timeout, 5xx), so the next update asks for the feed again and retries them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import dataclass, field

from tui.engine.model import Article
from tui.engine.sanitize import printable
from tui.engine.titlesite import feed_outlet
from tui.sources.articles import EntryMeta, PageError, encode_article, page_text, read_page, reading_key
from tui.sources.feeds import FeedEntry, NotAFeed, ParsedFeed, parse_feed
from tui.sources.fetch import Fetcher, FetchError, Response
from tui.sources.store import Source, Store, now_iso

CANCEL_POLL = 0.1
"""Seconds between two looks at `cancelled()` while every request in flight is still unanswered."""
LASTING = ("HTTP 4", "refused", "larger than", "not a web page", "binary", "redirect")
"""Page failures that another try will not mend; any other failure keeps the feed's validators
unsaved so the next update retries the page."""


@dataclass(slots=True)
class SourceResult:
    """What one update did to one source; `status` is 'ok' or one line saying what failed."""

    url: str
    kind: str
    title: str | None = None
    new: int = 0
    updated: int = 0
    status: str = "ok"
    unchanged: bool = False
    notices: list[str] = field(default_factory=list)

    @property
    def outcome(self) -> str:
        """'failed', 'unchanged', 'new' (something new or updated) or 'nothing new'."""
        if self.status != "ok":
            return "failed"
        if self.unchanged:
            return "unchanged"
        return "new" if self.new or self.updated else "nothing new"

    def line(self) -> str:
        """One line for the reader (URL and notices made printable)."""
        head = printable(self.url)
        if self.status != "ok":
            text = f"{head}: failed: {self.status}"
        elif self.unchanged:
            text = f"{head}: unchanged"
        else:
            text = f"{head}: {self.new} new, {self.updated} updated"
        return text + self.problems()

    def problems(self) -> str:
        """' (N problems: the first, ...)', or '' when there were none."""
        if not self.notices:
            return ""
        text = f" ({len(self.notices)} problem{'s' * (len(self.notices) != 1)}: {printable(self.notices[0])}"
        return text + (", ...)" if len(self.notices) > 1 else ")")

    def as_json(self) -> dict[str, object]:
        return {"url": self.url, "kind": self.kind, "title": self.title, "outcome": self.outcome,
                "new": self.new, "updated": self.updated, "status": self.status, "notices": self.notices}


@dataclass(slots=True)
class _Page:
    url: str
    entry: FeedEntry | None
    sources: list[str]
    article_id: int | None
    feed_title: str | None
    fingerprints: dict[str, str] = field(default_factory=dict)
    """Each carrying feed's entry fingerprint, kept on its link to tell a changed entry later."""


@dataclass(slots=True)
class _Feed:
    source: Source
    result: SourceResult
    waiting: int = 0
    passing_failure: bool = False
    response: Response | None = None
    parsed: ParsedFeed | None = None
    feed_url: str | None = None


ArticleCallback = Callable[[Article], None]
ResultCallback = Callable[[SourceResult], None]


class Updater:
    """One update run over some sources. `on_article` gets each article stored (new or changed)
    as it is read; `on_result` each source's result as it completes."""

    def __init__(self, store: Store, fetcher: Fetcher, *, on_article: ArticleCallback | None = None,
                 on_result: ResultCallback | None = None, cancelled: Callable[[], bool] | None = None,
                 progress: Callable[[int, int], None] | None = None) -> None:
        self.store = store
        self.progress = progress
        self._done = self._asked = 0
        self.fetcher = fetcher
        self.on_article = on_article
        self.on_result = on_result
        self.cancelled = cancelled
        self._futures: dict[Future[Response | FetchError], tuple[str, str]] = {}
        self._feeds: dict[str, _Feed] = {}
        self._pages: dict[str, _Page] = {}
        self._guids: dict[str, str] = {}

    def run(self, sources: list[Source], answers: dict[str, Response] | None = None) -> list[SourceResult]:
        """Update these feeds (`answers` holds feeds already fetched, by source URL)."""
        for source in sources:
            feed = _Feed(source, SourceResult(source.url, source.kind, source.title))
            self._feeds[source.url] = feed
            if answers and source.url in answers:
                self._feed_safely(feed, answers[source.url])
            else:
                url = source.feed_url or source.url
                self._submit(("feed", source.url), url, source.etag, source.last_modified)
        while self._futures and not self._stopped():
            done, _ = wait(list(self._futures), timeout=CANCEL_POLL, return_when=FIRST_COMPLETED)
            for future in done:
                if self._stopped():
                    break
                kind, key = self._futures.pop(future)
                answer = future.result()
                if kind == "page":
                    self._page_answer(self._pages.pop(key), answer)
                else:
                    self._feed_safely(self._feeds[key], answer)
                self._done += 1
                if self.progress is not None:
                    self.progress(self._done, self._asked)  # the total grows as feeds name new pages
        return [feed.result for feed in self._feeds.values()]

    def _stopped(self) -> bool:
        """Whether the run was cancelled; then the requests not yet answered are dropped."""
        if self.cancelled is None or not self.cancelled():
            return False
        for future in self._futures:
            future.cancel()
        self.fetcher.abandon()  # the requests a server still holds are not waited for
        return True

    def _feed_safely(self, feed: _Feed, answer: Response | FetchError) -> None:
        try:
            self._feed_answer(feed, answer)
        except Exception as err:  # one source's surprise (a parser bug, say) must not stop the rest
            self._fail(feed, f"unexpected error ({type(err).__name__}: {err})")

    def _submit(self, key: tuple[str, str], url: str, etag: str | None, modified: str | None) -> None:
        self._futures[self.fetcher.submit(url, etag, modified)] = key
        self._asked += 1

    # -- feeds ----------------------------------------------------------------------------

    def _feed_answer(self, feed: _Feed, answer: Response | FetchError) -> None:
        url = feed.source.url
        if isinstance(answer, FetchError):
            return self._fail(feed, str(answer))
        if answer.not_modified:
            feed.result.unchanged = True
            self.store.source_status(url, "ok")
            return self._finish(feed)
        try:
            parsed = parse_feed(answer.body, answer.content_type, answer.final_url)
            feed.feed_url = None if answer.url == url else answer.url
        except NotAFeed as err:
            if not err.links:
                return self._fail(feed, str(err))
            try:  # the address became a page: follow the feed link it names
                answer = self.fetcher.get(err.links[0])
                parsed = parse_feed(answer.body, answer.content_type, answer.final_url)
            except (FetchError, NotAFeed) as again:
                return self._fail(feed, f"{err}; its feed link {err.links[0]} failed: {again}")
            feed.feed_url = err.links[0]
            feed.result.notices.append(f"an HTML page now; reading its feed {err.links[0]}")
        feed.response, feed.parsed = answer, parsed
        feed.result.title = parsed.title or feed.source.title
        feed.result.notices.extend(parsed.notices)
        for entry in parsed.entries:
            self._entry(feed, entry, parsed.title)
        self._finish_if_done(feed)

    def _entry(self, feed: _Feed, entry: FeedEntry, feed_title: str | None) -> None:
        url, source, fingerprint = entry.url, feed.source.url, entry.fingerprint
        if url is None:
            feed.result.notices.append(f"entry {entry.title or entry.guid or '(untitled)'!r} has no link; skipped")
            return
        if self._join_pending(url, entry.guid, source, fingerprint):  # another feed in this run has it too
            return
        found = self.store.find_article(url, entry.guid, source)
        article_id: int | None = None
        if found is not None:
            article_id, url = found
            linked, before = self.store.link_fingerprint(article_id, source)
            row = self.store.rows("article IS NULL AND raw IS NULL", "WHERE id = ?", (article_id,))
            retry = bool(row and row[0][0])  # stored before, but its page never came
            if not retry and (not linked or before == fingerprint):
                self.store.link(article_id, source, fingerprint)  # nothing new for this feed
                return
            if self._join_pending(url, None, source, fingerprint):
                return
        page = _Page(url, entry, [source], article_id, feed_title, {source: fingerprint})
        self._pages[url] = page
        if entry.guid:
            self._guids[entry.guid] = url
        feed.waiting += 1
        etag, modified = self.store.page_validators(article_id) if article_id is not None else (None, None)
        self._submit(("page", url), url, etag, modified)

    def _join_pending(self, url: str, guid: str | None, source: str, fingerprint: str) -> bool:
        pending = self._pages.get(url)
        if pending is None and guid is not None and guid in self._guids:
            pending = self._pages.get(self._guids[guid])
        if pending is None:
            return False
        if source not in pending.sources:
            pending.sources.append(source)
            pending.fingerprints[source] = fingerprint
        return True

    def _fail(self, feed: _Feed, message: str) -> None:
        feed.result.status = " ".join(message.split())
        self.store.source_status(feed.source.url, feed.result.status)
        self._finish(feed)

    def _finish_if_done(self, feed: _Feed) -> None:
        if feed.waiting or feed.parsed is None or feed.response is None or feed.result.status != "ok":
            return
        answer, keep = feed.response, not feed.passing_failure
        self.store.source_fetched(feed.source.url, title=feed.parsed.title, site_url=feed.parsed.site_url,
                                  feed_url=feed.feed_url, etag=answer.etag if keep else None,
                                  last_modified=answer.last_modified if keep else None)
        self._finish(feed)

    def _finish(self, feed: _Feed) -> None:
        if self.on_result is not None:
            self.on_result(feed.result)

    # -- pages ----------------------------------------------------------------------------

    def _page_answer(self, page: _Page, answer: Response | FetchError) -> None:
        feeds = [self._feeds[s] for s in page.sources if s in self._feeds]
        first = feeds[0] if feeds else None
        changed = page.article_id is not None
        try:
            fields = store_page(self.store, page, answer)
        except Exception as err:  # PageError, or a surprise on one page: the others go on
            if not isinstance(err, PageError):
                err = PageError(f"unexpected error ({type(err).__name__}: {err})")
            if first is not None:
                first.result.notices.append(f"{page.url}: {err}")
                if isinstance(answer, FetchError) and not str(err).startswith(LASTING):
                    first.passing_failure = True
            fields = None
        for feed in feeds:
            if fields is not None and feed is first:
                if changed:
                    feed.result.updated += 1
                else:
                    feed.result.new += 1
            feed.waiting -= 1
        if fields is not None and fields[1] is not None and self.on_article is not None:
            self.on_article(fields[1])
        for feed in feeds:
            self._finish_if_done(feed)


def update_all(store: Store, fetcher: Fetcher, *, on_article: ArticleCallback | None = None,
               on_result: ResultCallback | None = None, cancelled: Callable[[], bool] | None = None,
               progress: Callable[[int, int], None] | None = None) -> list[SourceResult]:
    """Update every feed subscription (pages added alone are stored once, not polled).

    `progress(done, asked)` follows the requests (feeds and pages); `cancelled()` is polled
    between answers and stops the run (what was stored stays; the rest comes next time)."""
    feeds = [s for s in store.sources() if s.kind == "feed"]
    return Updater(store, fetcher, on_article=on_article, on_result=on_result, cancelled=cancelled,
                   progress=progress).run(feeds)


def store_page(store: Store, page: _Page, answer: Response | FetchError) -> tuple[int, Article | None]:
    """Store what a page fetch gave (entry metadata always, page and article when there are);
    returns the row id and the article. PageError (after storing what there is) when the page
    gives no article and the entry carries no text of its own."""
    entry = page.entry
    fields: dict[str, object] = {}
    if entry is not None:
        fields.update(guid=entry.guid, entry_title=entry.title, entry_author=entry.author, entry_date=entry.date,
                      entry_content=entry.content)
    if page.feed_title is not None:
        fields["outlet"] = feed_outlet(page.feed_title)
    meta = EntryMeta(entry.title, entry.author, entry.date, entry.content, page.feed_title) if entry else EntryMeta()
    problem: str | None = None
    article: Article | None = None
    text = ""
    if isinstance(answer, FetchError):
        problem = str(answer)
    elif not answer.not_modified:
        fields.update(final_url=answer.final_url, fetched=now_iso(), etag=answer.etag,
                      last_modified=answer.last_modified, content_type=answer.content_type, charset=answer.charset,
                      raw=answer.body)
        try:
            text, _encoding = page_text(answer.body, answer.content_type, answer.charset)
        except PageError as err:
            problem = str(err)
    elif page.article_id is not None:  # page unchanged, entry changed: read the stored page again
        rows = store.rows("raw, content_type, charset", "WHERE id = ?", (page.article_id,))
        if rows and rows[0][0] is not None:
            try:
                text, _encoding = page_text(bytes(rows[0][0]), rows[0][1] or "", rows[0][2])
            except PageError as err:
                problem = str(err)
    try:
        article, doc = read_page(page.url, text, meta)
        fields.update(text=doc.text, meta=json.dumps(doc.hints, ensure_ascii=False),
                      article=encode_article(article), engine=reading_key(),
                      status="ok" if problem is None else f"page: {problem}; the feed's text used")
    except PageError as err:
        problem = problem or str(err)
        fields.update(status=problem, engine=reading_key())  # an article stored before stays: nothing is lost
    source = page.sources[0] if page.sources else None
    article_id = store.save_article(page.url, source, fields, article_id=page.article_id,
                                    fingerprint=page.fingerprints.get(source or ""))
    for other in page.sources[1:]:
        store.link(article_id, other, page.fingerprints.get(other))
    if article is None:
        raise PageError(problem or "no article text found")
    return article_id, article
