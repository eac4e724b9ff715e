"""End to end, in a real terminal against a real web site on 127.0.0.1: subscribe to two
feeds with `parallax add`, open the TUI, press u, and the story one feed just brought joins
the other feed's report of it, marked new; enter compares the two stored articles. Every
wait polls for what it asserts."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.harness import PARALLAX, ROOT, env_command, session_env, tmux_session
from tests.sources_site import Site, serve_news, site_fixture  # noqa: F401  (the `site` fixture)
from tui.widgets.labels import NEW_MARK

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("tmux")]


def moved_from(before: str) -> Callable[[str], bool]:
    """Whether the screen is no longer `before`."""
    return lambda screen: screen != before


def test_subscribe_update_and_compare_two_stored_articles_from_different_feeds(
        isolated_home: Path, site: Site) -> None:
    feeds = serve_news(site)
    carries_bridge = {"yes": False}

    def ledger() -> bytes:  # the Ledger's feed gets its bridge story only after the TUI is open
        data = site.fixture("ledger-rss.xml").decode()
        return (data if carries_bridge["yes"] else re.sub(r"<item>.*?</item>", "", data, count=1, flags=re.S)).encode()

    site.serve("/ledger/live.xml", ledger, "application/rss+xml")
    config = isolated_home / "config.toml"
    config.write_text("", encoding="utf-8")
    env = session_env(isolated_home, extra={"PYTHONPATH": str(ROOT), "PARALLAX_SEMANTIC": "0"})
    added = subprocess.run([str(PARALLAX), "add", site.url("/ledger/live.xml"), feeds["coastal"],
                            "--config", str(config)], env=env, cwd=isolated_home, capture_output=True, text=True,
                           stdin=subprocess.DEVNULL, timeout=300, check=False)
    assert added.returncode == 0, added.stderr
    assert "subscribed (The Northern Ledger), 1 article stored" in added.stdout

    command = env_command(env, [str(PARALLAX), "--config", str(config)], isolated_home)
    with tmux_session(command, width=200, height=40) as term:
        term.wait_for("events from 2 articles", what="the library of the two stored articles", timeout=120)
        carries_bridge["yes"] = True
        term.keys("u")
        # The title, the rows and the update's line are widgets of their own, drawn in their own frames.
        term.wait_for(lambda s: "Updated 2 sources: 1 new" in s and "events from 3 articles" in s
                      and NEW_MARK + "The Northern Ledger" in s  # the new story, marked
                      and "2 reports · " in s,  # it joined the Coastal Daily Post's report
                      what="the update's result, and the library read again with the new story", timeout=120)
        term.keys("g")  # the first event, the two-feed one (the detail line names what is under the cursor)
        term.wait_for(lambda s: "2 reports from 2 outlets" in s, what="the cursor on the two-feed event")
        term.keys("Enter")
        # The panes' headers and the status line land in frames of their own: wait for all asserted.
        headers = ("The Northern Ledger", "Coastal Daily Post", "/coastal/news/bridge-cracks",
                   "/ledger/2026/11/03/old-mill-bridge")
        screen = term.wait_for(lambda s: "match 1 of" in s and all(h in s for h in headers),
                               what="the comparison of the two stored articles, both headers drawn", timeout=120)
        assert "The Northern Ledger" in screen and "Coastal Daily Post" in screen
        # Each pane's header names the stored article's outlet (from its feed) and its address.
        assert "/coastal/news/bridge-cracks" in screen and "/ledger/2026/11/03/old-mill-bridge" in screen
        term.keys("q")
        # The mark goes when the library resumes, a frame or more after its title is back.
        term.wait_for(lambda s: "events from" in s and "The Northern Ledger" in s
                      and NEW_MARK + "The Northern Ledger" not in s,  # opened: no longer new
                      what="back in the library, the opened story no longer marked new")
        term.keys("q")
        assert term.wait_dead() == 0
