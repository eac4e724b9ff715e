"""`parallax add / update / sources / remove`, and stored articles in `events`, `show` and
`compare`: the real program against a real server on 127.0.0.1."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.sources_site import Site, serve_news, site_fixture  # noqa: F401  (the `site` fixture)
from tui.sources.opml import parse_opml


@pytest.fixture(autouse=True)
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from an empty folder: the config in use is the (isolated) user config, so bookmarks
    are written there and not to the repository's config.toml."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, cwd=Path.cwd(),
                          stdin=subprocess.DEVNULL, timeout=300, check=False)


def test_subscribe_update_group_and_compare_stored_articles(site: Site) -> None:
    feeds = serve_news(site)
    added = run("add", feeds["ledger"], feeds["coastal"])
    assert added.returncode == 0, added.stderr
    assert added.stdout.splitlines() == [
        f"{feeds['ledger']}: subscribed (The Northern Ledger), 2 articles stored",
        f"{feeds['coastal']}: subscribed (Coastal Daily Post), 1 article stored (1 problem: "
        f"{site.url('/coastal/gallery/storm')}: no article text found on the page)",
    ]
    site.clear_log()
    updated = run("update")
    assert updated.returncode == 0
    assert sorted(updated.stdout.splitlines()) == sorted(f"{u}: unchanged" for u in (feeds["ledger"], feeds["coastal"]))
    assert {status for _path, status in site.requests()} == {304}

    events = run("events", "--json")
    assert events.returncode == 0, events.stderr
    groups = [[a["path"] for a in e["articles"]] for e in json.loads(events.stdout)["events"]]
    ledger, coastal = site.url("/ledger/2026/11/03/old-mill-bridge"), site.url("/coastal/news/bridge-cracks")
    museum = site.url("/ledger/2026/10/28/museum-reopens")
    assert sorted(p for g in groups for p in g) == sorted([ledger, coastal, museum])
    assert sorted([ledger, coastal]) in [sorted(g) for g in groups]  # one story, two feeds: one event
    bridge = next(a for e in json.loads(events.stdout)["events"] for a in e["articles"] if a["path"] == coastal)
    assert (bridge["outlet"], bridge["author"], bridge["date"]) == ("Coastal Daily Post", "Tom Hendry", "2026-11-03")

    compared = run("compare", ledger, coastal, "--json")
    assert compared.returncode == 0, compared.stderr
    data = json.loads(compared.stdout)
    assert data["left"]["path"] == ledger and data["right"]["outlet"] == "Coastal Daily Post"
    assert len(data["matches"]) >= 3

    marked = run("bookmark", "add", ledger, coastal, "--note", "two feeds")
    assert marked.returncode == 0, marked.stderr
    (bookmark,) = json.loads(run("bookmarks", "--json").stdout)["bookmarks"]
    assert (bookmark["left"], bookmark["right"], bookmark["missing"]) == (ledger, coastal, False)
    unknown = run("bookmark", "add", site.url("/not-stored"))
    assert unknown.returncode == 2 and "not a stored article" in unknown.stderr

    shown = run("show", coastal, "--json")
    assert shown.returncode == 0
    assert json.loads(shown.stdout)["title"] == "Cracked beams shut Harwick's Old Mill Bridge for weeks"
    assert json.loads(shown.stdout)["url"] == coastal


def test_add_exits_2_naming_each_source_it_cannot_add(site: Site, tmp_path: Path) -> None:
    feeds = serve_news(site)
    from werkzeug import Response

    site.serve("/nothing", b"", "text/html")
    site.handle("/nowhere.xml", lambda _r: Response(b"no such feed", status=404))
    missing = site.url("/nowhere.xml")
    proc = run("add", missing, feeds["valley"], "file:///etc/passwd", str(tmp_path / "none.opml"), site.url("/nothing"))
    assert proc.returncode == 2
    assert proc.stdout.splitlines() == [f"{feeds['valley']}: subscribed (Valley Wire), 2 articles stored"]
    assert proc.stderr.splitlines() == [
        f"{missing}: cannot add: HTTP 404 (Not Found)",
        "file:///etc/passwd: cannot add: refused: file scheme (only http and https are fetched)",
        f"{tmp_path / 'none.opml'}: not a URL (http:// or https://), and no such OPML file",
        f"{site.url('/nothing')}: cannot add: empty page",
    ]
    assert "Traceback" not in proc.stderr


def test_update_reports_each_source_and_never_stops(site: Site) -> None:
    feeds = serve_news(site)
    state = {"up": True}
    from werkzeug import Request, Response

    def flaky(_request: Request) -> Response:
        return Response(site.fixture("ledger-rss.xml"), content_type="application/rss+xml") if state["up"] \
            else Response(b"down", status=503)

    site.handle("/flaky.xml", flaky)
    assert run("add", site.url("/flaky.xml"), feeds["valley"]).returncode == 0
    state["up"] = False
    proc = run("update", "--json")
    assert proc.returncode == 0
    results = {r["url"]: r for r in json.loads(proc.stdout)["sources"]}
    assert results[site.url("/flaky.xml")]["outcome"] == "failed"
    assert results[site.url("/flaky.xml")]["status"] == "HTTP 503 (Service Unavailable)"
    assert results[feeds["valley"]]["outcome"] == "unchanged"
    text = run("update")
    assert f"{site.url('/flaky.xml')}: failed: HTTP 503 (Service Unavailable)" in text.stdout.splitlines()
    listed = json.loads(run("sources", "--json").stdout)["sources"]
    assert [s["status"] for s in listed] == ["HTTP 503 (Service Unavailable)", "ok"]


def test_sources_json_opml_and_remove(site: Site) -> None:
    feeds = serve_news(site)
    site.serve("/odd.xml", b'<?xml version="1.0"?><rss version="2.0"><channel><title>Odd \x1b[31mred\x1b[0m '
               b"&#x1b;]0;title&#x7;</title></channel></rss>", "application/rss+xml")
    assert run("add", feeds["ledger"], site.url("/coastal/news/bridge-cracks"), site.url("/odd.xml")).returncode == 0
    listed = json.loads(run("sources", "--json").stdout)["sources"]
    assert [set(s) for s in listed] == [{"url", "title", "kind", "added", "updated", "status", "articles"}] * 3
    assert [(s["url"], s["kind"], s["articles"], s["status"]) for s in listed] == [
        (feeds["ledger"], "feed", 2, "ok"), (site.url("/coastal/news/bridge-cracks"), "page", 1, "ok"),
        (site.url("/odd.xml"), "feed", 0, "ok")]
    plain = run("sources")
    assert "\x1b" not in plain.stdout and "\x07" not in plain.stdout and "Odd" in plain.stdout
    feeds_back, _ = parse_opml(run("sources", "--opml").stdout.encode())
    assert [u for u, _t in feeds_back] == [feeds["ledger"], site.url("/odd.xml")]

    gone = run("remove", feeds["ledger"], "--purge")
    assert gone.returncode == 0 and gone.stdout.strip() == f"{feeds['ledger']}: removed; 2 stored articles deleted"
    assert run("show", site.url("/ledger/2026/11/03/old-mill-bridge"), "--json").returncode == 2
    again = run("remove", feeds["ledger"])
    assert again.returncode == 2 and again.stderr.strip() == f"{feeds['ledger']}: not a source (see `parallax sources`)"


def test_show_a_url_that_is_not_stored(site: Site) -> None:
    proc = run("show", site.url("/never-added"), "--json")
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"{site.url('/never-added')}: not a stored article (add it with `parallax add URL`)"


def test_the_configured_store_is_used(site: Site, tmp_path: Path) -> None:
    feeds = serve_news(site)
    config = tmp_path / "conf" / "settings.toml"
    config.parent.mkdir()
    config.write_text('[sources]\nstore = "mine/news.sqlite3"\n', encoding="utf-8")
    assert run("--config", str(config), "add", feeds["valley"]).returncode == 0
    assert (tmp_path / "conf" / "mine" / "news.sqlite3").is_file()
    assert json.loads(run("sources", "--json").stdout) == {"sources": []}  # the default store has none
    listed = json.loads(run("sources", "--json", "--config", str(config)).stdout)["sources"]
    assert [s["url"] for s in listed] == [feeds["valley"]]


def test_a_config_that_does_not_parse_stops_the_sources_commands_naming_it(site: Site, tmp_path: Path) -> None:
    """Its `[sources] store` cannot be known: the commands stop as every command does, before a
    subscription lands in the default store the user did not mean."""
    feeds = serve_news(site)
    config = tmp_path / "broken.toml"
    config.write_text('[sources]\nstore = "mine.sqlite3\n', encoding="utf-8")
    for args in (("add", feeds["valley"]), ("sources", "--json"), ("update",)):
        proc = run("--config", str(config), *args)
        assert proc.returncode == 2, (args, proc.stderr)
        assert str(config) in proc.stderr and "Traceback" not in proc.stderr
    assert json.loads(run("sources", "--json").stdout) == {"sources": []}  # nothing went to the default store


def test_help_lists_the_sources_commands() -> None:
    proc = run("--help")
    for command in ("add", "update", "sources", "remove"):
        assert command in proc.stdout
