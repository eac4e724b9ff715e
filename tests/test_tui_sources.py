"""Sources in the TUI (issue 15), driven by Pilot against a real web site on 127.0.0.1: the
sources screen adds a feed, `u` updates, the library lists the stored articles with a new
mark that opening clears, a failing source has its one-line status and stops no other, and
a source removed with its articles leaves the library."""

from __future__ import annotations

import functools
import json
import re
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, Tree
from werkzeug import Request, Response

import tui.sources.fetch
from tests.conftest import SIZE, on_screen, plain, tree_of, wait_until
from tests.sources_site import Site, serve_news, site_fixture  # noqa: F401  (the `site` fixture)
from tui.app import ParallaxApp
from tui.config import load_config
from tui.engine.model import Article
from tui.screens.confirm import ConfirmScreen
from tui.screens.help import HelpScreen
from tui.screens.library import LibraryScreen
from tui.screens.note_input import NoteInputScreen
from tui.screens.reader import ReaderScreen
from tui.screens.sources import SourcesScreen
from tui.session import Session
from tui.sources.add import add_source
from tui.sources.fetch import Fetcher
from tui.sources.store import Store
from tui.sources.where import store_path_for
from tui.widgets.labels import NEW_MARK


def make_session(tmp_path: Path) -> Session:
    """A session as `parallax --config CFG` with no PATH makes it: the store of that config
    (in the test's own XDG_DATA_HOME), its articles in the library."""
    config_path = tmp_path / "config.toml"
    config_path.write_text("", encoding="utf-8")
    config = load_config(str(config_path))
    return Session([], config=config, store=store_path_for(config), with_stored=True)


def rows(app: ParallaxApp) -> dict[str, str]:
    """The library's article rows: path -> label text."""
    tree: Tree[object] = tree_of(app)
    return {leaf.data.path: plain(leaf.label) for node in tree.root.children for leaf in node.children
            if isinstance(leaf.data, Article)}


def table_rows(screen: SourcesScreen) -> list[list[str]]:
    table: DataTable[object] = screen.query_one("#sources", DataTable)
    return [[plain(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]  # type: ignore[arg-type]


def line(screen: object, selector: str) -> str:
    from textual.widgets import Label

    assert isinstance(screen, SourcesScreen | LibraryScreen)
    found = screen.query(selector).results(Label)  # the update's line is made when first shown
    return "".join(str(label.render()) for label in found)


def growing_feed(site: Site, path: str, fixture: str, state: dict[str, bool]) -> None:
    """The RSS fixture at `path`, carrying only its last item until state["all"]."""
    def body() -> bytes:
        data = site.fixture(fixture).decode()
        return (data if state["all"] else re.sub(r"<item>.*?</item>", "", data, count=1, flags=re.S)).encode()

    site.serve(path, body, "application/rss+xml")


async def test_add_a_feed_update_it_and_the_library_marks_new_articles_until_opened(site: Site,
                                                                                   tmp_path: Path) -> None:
    serve_news(site)
    state = {"all": False}
    growing_feed(site, "/growing.xml", "ledger-rss.xml", state)
    bridge, museum = site.url("/ledger/2026/11/03/old-mill-bridge"), site.url("/ledger/2026/10/28/museum-reopens")
    app = ParallaxApp(make_session(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.session.shelf is not None, "the (empty) library")
        await pilot.press("S")
        await wait_until(pilot, lambda: isinstance(app.screen, SourcesScreen), "the sources screen")
        sources = app.screen
        assert isinstance(sources, SourcesScreen)
        await wait_until(pilot, lambda: "none yet" in line(sources, "#title"), "the empty list")
        await pilot.press("a")
        prompt = await on_screen(pilot, NoteInputScreen)
        prompt.query_one(Input).value = site.url("/growing.xml")
        await pilot.press("enter")
        await wait_until(pilot, lambda: "subscribed (The Northern Ledger), 1 article stored"
                         in line(sources, "#sources-status"), "the feed added", timeout=60)
        await wait_until(pilot, lambda: len(table_rows(sources)) == 1 and table_rows(sources)[0][4] == "1",
                         "the subscription listed with its article")
        kind, name, status, updated, _count = table_rows(sources)[0]
        assert (kind, status) == ("feed", "ok") and "The Northern Ledger" in name and updated != "never"

        state["all"] = True  # the feed now carries the bridge story too
        await pilot.press("u")
        await wait_until(pilot, lambda: "Updated 1 source: 1 new" in line(sources, "#update-line"),
                         "the update's result", timeout=60)
        await wait_until(pilot, lambda: table_rows(sources)[0][4] == "2", "two articles counted")
        await pilot.press("escape")
        await on_screen(pilot, LibraryScreen)
        await wait_until(pilot, lambda: set(rows(app)) == {bridge, museum}, "the stored articles in the library")
        labels = rows(app)
        assert all(label.startswith(NEW_MARK) for label in labels.values()), labels
        assert "The Northern Ledger" in labels[bridge] and "Old Mill Bridge" in labels[bridge]
        assert app.session.new_paths == {bridge, museum}

        tree: Tree[object] = tree_of(app)
        leaf = next(leaf for node in tree.root.children for leaf in node.children
                    if isinstance(leaf.data, Article) and leaf.data.path == bridge)
        tree.move_cursor(leaf)
        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the article, read alone")
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, LibraryScreen)
                         and not rows(app)[bridge].startswith(NEW_MARK), "the bridge story's mark cleared")
        assert rows(app)[museum].startswith(NEW_MARK)  # not opened: still new
        assert app.session.new_paths == {museum}


async def test_a_failing_source_shows_its_status_and_stops_no_other(site: Site, tmp_path: Path) -> None:
    serve_news(site)
    up = {"flaky": True}

    def flaky(_request: Request) -> Response:
        if up["flaky"]:
            return Response(site.fixture("ledger-rss.xml"), content_type="application/rss+xml")
        return Response(b"down", status=503)

    site.handle("/flaky.xml", flaky)
    fresh = {"all": False}

    def valley() -> bytes:
        data = json.loads(site.fixture("valley-feed.json"))
        data["items"] = data["items"] if fresh["all"] else data["items"][:1]
        return json.dumps(data).encode()

    site.serve("/valley2.json", valley, "application/feed+json")
    session = make_session(tmp_path)
    assert session.store is not None
    with Store(session.store) as store, Fetcher() as fetcher:
        add_source(store, fetcher, site.url("/flaky.xml"))
        add_source(store, fetcher, site.url("/valley2.json"))
    up["flaky"], fresh["all"] = False, True
    floods = site.url("/valley/news/flood-warnings")
    app = ParallaxApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.session.shelf is not None and len(rows(app)) == 3, "the stored articles")
        assert not any(label.startswith(NEW_MARK) for label in rows(app).values())  # stored before this run
        await pilot.press("u")
        library = app.screen
        await wait_until(pilot, lambda: "Updated 2 sources: 1 new, 1 failed" in line(library, "#update-line"),
                         "the update's summary line", timeout=60)
        await wait_until(pilot, lambda: rows(app).get(floods, "").startswith(NEW_MARK),
                         "the other feed's new article, marked, in the library")
        assert sum(label.startswith(NEW_MARK) for label in rows(app).values()) == 1
        await pilot.press("S")
        await wait_until(pilot, lambda: isinstance(app.screen, SourcesScreen) and len(table_rows(app.screen)) == 2,
                         "the sources listed")
        assert isinstance(app.screen, SourcesScreen)
        statuses = {row[1].split()[-1]: row[2] for row in table_rows(app.screen)}
        assert statuses == {site.url("/flaky.xml"): "HTTP 503 (Service Unavailable)",
                            site.url("/valley2.json"): "ok"}


async def test_removing_a_source_with_its_articles_takes_them_out_of_the_library(site: Site,
                                                                                tmp_path: Path) -> None:
    feeds = serve_news(site)
    session = make_session(tmp_path)
    assert session.store is not None
    with Store(session.store) as store, Fetcher() as fetcher:
        add_source(store, fetcher, feeds["valley"])
        add_source(store, fetcher, feeds["ledger"])
    app = ParallaxApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.session.shelf is not None and len(rows(app)) == 4, "four articles")
        await pilot.press("S")
        await wait_until(pilot, lambda: isinstance(app.screen, SourcesScreen) and len(table_rows(app.screen)) == 2,
                         "the sources listed")
        sources = app.screen
        assert isinstance(sources, SourcesScreen)
        await pilot.press("d")
        remove = await on_screen(pilot, ConfirmScreen)
        await pilot.press("y")  # remove the first (Valley Wire)
        # The second question replaces the first a few messages later: the first must not pass for it.
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmScreen) and app.screen is not remove
                         and app.screen.is_mounted, "the purge question")
        await pilot.press("y")  # and delete its articles
        await wait_until(pilot, lambda: len(table_rows(sources)) == 1, "one source left")
        assert f"{feeds['valley']}: removed; 2 stored articles deleted" in line(sources, "#sources-status")
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.session.shelf is not None and len(rows(app)) == 2,
                         "the library without the removed feed's articles")
        assert all("/ledger/" in path for path in rows(app))


async def test_a_source_that_cannot_be_added_is_one_clean_line(site: Site, tmp_path: Path) -> None:
    site.handle("/gone.xml", lambda _r: Response(b"no such feed", status=404))
    app = ParallaxApp(make_session(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.session.shelf is not None, "the (empty) library")
        await pilot.press("S")
        await wait_until(pilot, lambda: isinstance(app.screen, SourcesScreen), "the sources screen")
        sources = app.screen
        await pilot.press("a")
        prompt = await on_screen(pilot, NoteInputScreen)
        prompt.query_one(Input).value = site.url("/gone.xml") + "\x1b[31m"
        await pilot.press("enter")
        await wait_until(pilot, lambda: "cannot add" in line(sources, "#sources-status"), "the error", timeout=60)
        said = line(sources, "#sources-status")
        assert said.startswith(site.url("/gone.xml")) and ": cannot add: not a valid URL" in said, said
        assert "\x1b" not in said and "\n" not in said
        await pilot.press("a")
        prompt = await on_screen(pilot, NoteInputScreen)
        prompt.query_one(Input).value = site.url("/gone.xml")
        await pilot.press("enter")
        await wait_until(pilot, lambda: line(sources, "#sources-status")
                         == f"{site.url('/gone.xml')}: cannot add: HTTP 404 (Not Found)", "the 404, in one line",
                         timeout=60)
        assert isinstance(sources, SourcesScreen) and table_rows(sources) == []


def test_the_sources_store_setting_is_a_known_key(tmp_path: Path) -> None:
    config_path = tmp_path / "config.toml"
    config_path.write_text('[sources]\nstore = "mine.sqlite3"\n', encoding="utf-8")
    assert load_config(str(config_path)).issues == ()
    assert store_path_for(load_config(str(config_path))) == tmp_path / "mine.sqlite3"
    config_path.write_text("[sources]\nstore = 3\nother = 1\n", encoding="utf-8")
    said = [issue.message for issue in load_config(str(config_path)).issues]
    assert sorted(said) == ["expected a string, got an integer; using the user data folder", "unknown key; ignored"]


def valley_growing(site: Site, path: str, state: dict[str, bool]) -> None:
    """The JSON Feed fixture at `path`, carrying only its first item until state["all"]."""
    def body() -> bytes:
        data = json.loads(site.fixture("valley-feed.json"))
        data["items"] = data["items"] if state["all"] else data["items"][:1]
        return json.dumps(data).encode()

    site.serve(path, body, "application/feed+json")


async def test_a_filter_typed_before_an_update_sees_the_new_articles(site: Site, tmp_path: Path) -> None:
    serve_news(site)
    state = {"all": False}
    valley_growing(site, "/valley2.json", state)
    session = make_session(tmp_path)
    assert session.store is not None
    with Store(session.store) as store, Fetcher() as fetcher:
        add_source(store, fetcher, site.url("/valley2.json"))
    state["all"] = True
    floods = site.url("/valley/news/flood-warnings")
    app = ParallaxApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.session.index is not None and len(rows(app)) == 1, "the stored article")
        library = app.screen
        await pilot.press("slash", *"flood", "enter")
        await wait_until(pilot, lambda: "0 of 1 articles match “flood”" in line(library, "#summary"),
                         "the filter, matching nothing yet")
        assert rows(app) == {}
        await pilot.press("u")
        await wait_until(pilot, lambda: set(rows(app)) == {floods}, "the new article, let through by the filter",
                         timeout=60)
        await wait_until(pilot, lambda: "1 of 2 articles match “flood”" in line(library, "#summary"),
                         "the filter's count over the new shelf")
        # the new shelf's index follows in a worker (the filter scans meanwhile): once built it finds the new one
        await wait_until(pilot, lambda: app.session.index is not None and app.session.index.find("flood") == {floods},
                         "the new shelf's index")
        assert set(rows(app)) == {floods}
        assert app.screen.query_one("#filter", Input).value == "flood"


HELD = 120.0
"""Seconds a gated request is held at most: a bound, so a broken test cannot hang the server."""


def gated(site: Site, path: str, body: Callable[[], bytes], content_type: str, gate: threading.Event) -> None:
    """What `body` gives at `path`, answered only once `gate` is set (an update held open while
    the test opens another screen); a bounded wait, so a broken test cannot hang the server."""
    def handler(_request: Request) -> Response:
        gate.wait(timeout=HELD)
        return Response(body(), content_type=content_type)

    site.handle(path, handler)


def stored_then_held(site: Site, tmp_path: Path) -> tuple[Session, threading.Event, threading.Event]:
    """A session whose store follows a Valley Wire feed (one article stored, two in the feed
    now) and the Ledger (nothing new), each feed held at its own gate from now on."""
    serve_news(site)
    valley_gate, ledger_gate = threading.Event(), threading.Event()
    valley_gate.set()
    ledger_gate.set()
    state = {"all": False}

    def valley() -> bytes:
        data = json.loads(site.fixture("valley-feed.json"))
        data["items"] = data["items"] if state["all"] else data["items"][:1]
        return json.dumps(data).encode()

    gated(site, "/valley2.json", valley, "application/feed+json", valley_gate)
    gated(site, "/ledger/gated.xml", lambda: site.fixture("ledger-rss.xml"), "application/rss+xml", ledger_gate)
    session = make_session(tmp_path)
    assert session.store is not None
    with Store(session.store) as store, Fetcher() as fetcher:
        add_source(store, fetcher, site.url("/valley2.json"))
        add_source(store, fetcher, site.url("/ledger/gated.xml"))
    valley_gate.clear()
    ledger_gate.clear()
    state["all"] = True
    return session, valley_gate, ledger_gate


def counts(screen: SourcesScreen) -> dict[str, str]:
    """Article counts by source URL, as listed."""
    return {row[1].split()[-1]: row[4] for row in table_rows(screen)}


async def test_the_sources_screen_follows_an_update_started_in_the_library(site: Site, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # The Ledger is held while the Valley Wire's result is looked at on the sources screen: on a busy
    # machine that can outlast the app's read timeout (10 s), and the Ledger would fail instead of
    # waiting. The update's fetcher waits as long as the test holds it (the gate's own bound).
    monkeypatch.setattr(tui.sources.fetch, "Fetcher", functools.partial(Fetcher, read_timeout=HELD, deadline=HELD))
    session, valley_gate, ledger_gate = stored_then_held(site, tmp_path)
    valley, ledger = site.url("/valley2.json"), site.url("/ledger/gated.xml")
    app = ParallaxApp(session)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await wait_until(pilot, lambda: len(rows(app)) == 3, "the three stored articles")
            await pilot.press("u")  # in the library; both feeds are held at their gates
            await pilot.press("S")
            await wait_until(pilot, lambda: isinstance(app.screen, SourcesScreen)
                             and counts(app.screen) == {valley: "1", ledger: "2"}, "the sources listed")
            sources = app.screen
            assert isinstance(sources, SourcesScreen)
            assert "Updated" not in line(sources, "#update-line")
            valley_gate.set()  # the Valley Wire is done while the Ledger waits
            await wait_until(pilot, lambda: counts(sources)[valley] == "2",
                             "the Valley Wire's new article counted on the open sources screen", timeout=60)
            await wait_until(pilot, lambda: f"{valley}: 1 new" in line(sources, "#update-line"),
                             "the source's result, on the sources screen")
            ledger_gate.set()
            await wait_until(pilot, lambda: "Updated 2 sources: 1 new" in line(sources, "#update-line"),
                             "the update's end, on the sources screen", timeout=60)
            statuses = {row[1].split()[-1]: row[2] for row in table_rows(sources)}
            assert statuses == {valley: "ok", ledger: "ok"}
    finally:
        valley_gate.set()
        ledger_gate.set()


async def test_an_update_started_on_the_sources_screen_goes_on_when_the_reader_leaves(site: Site,
                                                                                      tmp_path: Path) -> None:
    session, valley_gate, ledger_gate = stored_then_held(site, tmp_path)
    floods = site.url("/valley/news/flood-warnings")
    app = ParallaxApp(session)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await wait_until(pilot, lambda: len(rows(app)) == 3, "the three stored articles")
            library = app.screen
            await pilot.press("S")
            await wait_until(pilot, lambda: isinstance(app.screen, SourcesScreen)
                             and len(table_rows(app.screen)) == 2, "the sources listed")
            await pilot.press("u")
            await wait_until(pilot, lambda: "Updating sources" in line(app.screen, "#update-line"), "the update")
            await pilot.press("escape")  # back to the library while both feeds are held
            await wait_until(pilot, lambda: app.screen is library, "the library again")
            valley_gate.set()
            ledger_gate.set()
            await wait_until(pilot, lambda: "Updated 2 sources: 1 new" in line(library, "#update-line"),
                             "the update's end, told in the library", timeout=60)
            await wait_until(pilot, lambda: rows(app).get(floods, "").startswith(NEW_MARK),
                             "the new article, marked, in the library")
    finally:
        valley_gate.set()
        ledger_gate.set()


async def test_the_library_lists_a_feed_added_on_the_sources_screen_while_it_is_open(site: Site,
                                                                                  tmp_path: Path) -> None:
    feeds = serve_news(site)
    app = ParallaxApp(make_session(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.session.shelf is not None, "the (empty) library")
        library = app.screen
        assert isinstance(library, LibraryScreen)
        await pilot.press("S")
        await wait_until(pilot, lambda: isinstance(app.screen, SourcesScreen), "the sources screen")
        await pilot.press("a")
        prompt = await on_screen(pilot, NoteInputScreen)
        prompt.query_one(Input).value = feeds["valley"]
        await pilot.press("enter")
        tree: Tree[object] = library.query_one("#events", Tree)
        await wait_until(pilot, lambda: sum(len(node.children) for node in tree.root.children) == 2,
                         "the library under the sources screen, read again with the feed's articles", timeout=60)
        assert isinstance(app.screen, SourcesScreen)
        assert "events from 2 articles" in line(library, "#title")


async def test_a_stored_article_shows_its_outlet_and_url_and_is_bookmarked_by_its_url(site: Site,
                                                                                    tmp_path: Path) -> None:
    feeds = serve_news(site)
    session = make_session(tmp_path)
    assert session.store is not None and session.config is not None
    with Store(session.store) as store, Fetcher() as fetcher:
        add_source(store, fetcher, feeds["valley"])
    floods = site.url("/valley/news/flood-warnings")
    app = ParallaxApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: len(rows(app)) == 2, "the two stored articles")
        library = app.screen
        assert isinstance(library, LibraryScreen)
        assert rows(app)[floods].startswith("Valley Wire · ")  # the outlet the feed and page name
        tree: Tree[object] = tree_of(app)
        leaf = next(leaf for node in tree.root.children for leaf in node.children
                    if isinstance(leaf.data, Article) and leaf.data.path == floods)
        tree.move_cursor(leaf)
        host = floods.split("://", 1)[1]  # the detail line shows the address, host and path
        await wait_until(pilot, lambda: line(library, "#detail").startswith(host), "the article's address")

        await pilot.press("b")
        await wait_until(pilot, lambda: isinstance(app.screen, NoteInputScreen), "the note prompt")
        await pilot.press(*"floods", "enter")
        await wait_until(pilot, lambda: len(app.session.bookmarks.all()) == 1, "the bookmark saved")
        (mark,) = load_config(str(session.config.path)).bookmarks
        assert (mark.left, mark.right, mark.note) == (floods, None, "floods")  # the URL, as in the CLI

        await pilot.press("B")
        await wait_until(pilot, lambda: app.screen.__class__.__name__ == "BookmarksScreen", "the bookmarks")
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the stored article, opened")
        assert isinstance(app.screen, ReaderScreen) and app.screen.article.path == floods


async def test_the_update_and_sources_keys_are_in_the_footer_and_the_help(site: Site, tmp_path: Path) -> None:
    from textual.widgets import Footer
    from textual.widgets._footer import FooterKey  # as tui.widgets.footer imports it

    from tests.conftest import help_text

    app = ParallaxApp(make_session(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.session.shelf is not None, "the (empty) library")
        def footer_keys() -> set[tuple[str, str]]:
            return {(key.key, key.description) for key in app.screen.query_one(Footer).query(FooterKey)}

        await wait_until(pilot, lambda: ("u", "Update") in footer_keys(), "u Update in the footer")
        await pilot.press("question_mark")
        await on_screen(pilot, HelpScreen)
        text = help_text(app)
        assert "library.update" in text and "Fetch every subscription's new articles" in text
        assert "library.sources" in text and "sources.add" in text and "sources.remove" in text


async def test_new_articles_join_the_library_as_their_source_is_done(site: Site, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The Valley Wire's new article is listed while the Ledger is still being fetched."""
    from tui.widgets import sources_update

    monkeypatch.setattr(sources_update, "ARRIVALS_EVERY", 0.0)
    session, valley_gate, ledger_gate = stored_then_held(site, tmp_path)
    app = ParallaxApp(session)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await wait_until(pilot, lambda: len(rows(app)) == 3, "the three stored articles")
            await pilot.press("u")
            valley_gate.set()  # the Ledger stays held: the update is not over
            await wait_until(pilot, lambda: len(rows(app)) == 4, "the new article, listed mid-update", timeout=60)
            assert any(NEW_MARK in label for label in rows(app).values())
            assert "Updated" not in line(app.screen, "#update-line")  # the Ledger is still held
            ledger_gate.set()
            await wait_until(pilot, lambda: "Updated 2 sources" in line(app.screen, "#update-line"),
                             "the update's end", timeout=60)
            assert len(rows(app)) == 4
    finally:
        valley_gate.set()
        ledger_gate.set()
