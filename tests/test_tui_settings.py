"""Pilot tests of what the app keeps and says about settings: a theme picked in the palette
saved to the config, remapped keys under their screen-namespaced ids (old ids accepted with a
notice, unknown ids and key names reported), screenshots and exports written where an SSH
session can find them."""

from __future__ import annotations

from pathlib import Path

import pytest
import tomli

from tests.conftest import SIZE, on_screen, open_first_event, run_command, wait_until
from tests.snapshot_apps.fixture import fixture_app
from tui.config import load_config
from tui.keymap import is_key, known_ids, resolve_keymap
from tui.screens.notices import NoticesScreen


async def test_a_theme_picked_in_the_palette_is_saved_and_comments_stay(tmp_path: Path) -> None:
    config_path = tmp_path / "config.toml"
    config_path.write_text("# mine\n[reading]\n# the colours\ntheme = \"parallax\"  # for now\n", encoding="utf-8")
    app = fixture_app(config=load_config(str(config_path)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await run_command(pilot, "theme: nord")
        await wait_until(pilot, lambda: app.theme == "nord", "the nord theme")
        await wait_until(pilot, lambda: "nord" in config_path.read_text(encoding="utf-8"), "the theme saved")
    text = config_path.read_text(encoding="utf-8")
    assert tomli.loads(text)["reading"]["theme"] == "nord"
    assert text.startswith("# mine\n[reading]\n# the colours\n") and "# for now" in text
    assert app.session.settings.theme == "nord"  # the session re-read the file


def test_old_ids_are_read_as_their_new_names_with_a_notice() -> None:
    keymap, notices = resolve_keymap({"next_match": "x", "compare.swap": "w", "open": "o"})
    assert keymap["compare.next_match"] == "x" and keymap["compare.swap"] == "w"
    assert keymap["library.open"] == "o" and keymap["bookmarks.open"] == "o"
    assert len(notices) == 2 and all("now name their screen" in n for n in notices)
    assert "compare.next_match" in notices[0] or "compare.next_match" in notices[1]


def test_unknown_ids_and_names_that_are_not_keys_are_reported_and_left_out() -> None:
    keymap, notices = resolve_keymap({"no_such_action": "x", "compare.swap": "ctrl+notakey", "library.find": "f5"})
    assert keymap == {"library.find": "f5"}
    assert any("no_such_action" in n and "no binding" in n for n in notices)
    assert any("ctrl+notakey" in n and "not a key name" in n for n in notices)
    assert all(is_key(k) for k in ("x", "ctrl+x", "question_mark", "f5", "shift+tab", "enter", "escape"))
    assert not any(is_key(k) for k in ("ctrl+", "hyperctrl+x", ""))


def test_every_binding_id_names_its_screen_and_is_unique() -> None:
    ids = known_ids()
    assert ids and all("." in i for i in ids)


async def test_keymap_notices_stay_listed_under_i_after_the_toast() -> None:
    app = fixture_app(keymap={"no_such_action": "x"})
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.clear_notifications()
        await pilot.press("i")
        notices = await on_screen(pilot, NoticesScreen)
        shown = "\n".join(str(option.prompt) for option in notices.query_one("#notices").options)  # type: ignore[attr-defined]
        assert "no_such_action" in shown


async def test_the_screenshot_goes_to_the_working_folder_when_there_is_no_downloads_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.deliver_screenshot()
        await wait_until(pilot, lambda: any(tmp_path.glob("*.svg")), "the screenshot file")
        # The file is written in a thread that then reports to the app; the notice says where it went.
        # Leaving before it comes lets that thread call into a closed loop (seen beside a CPU hog).
        await wait_until(pilot, lambda: any(str(tmp_path) in str(n.message) for n in app._notifications),
                         "the notice saying where the screenshot went")
    assert not (Path.home() / "Downloads").exists()


async def test_e_exports_the_comparison_as_html_and_says_where(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = fixture_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await open_first_event(pilot)
        await pilot.press("e")
        await wait_until(pilot, lambda: any(tmp_path.glob("parallax-*.html")), "the exported page")
    page = next(tmp_path.glob("parallax-*.html")).read_text(encoding="utf-8")
    assert screen.left.texts[0].split()[0] in page and "<script src" not in page


async def test_the_export_folder_is_configurable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    config_path = tmp_path / "config.toml"
    config_path.write_text('[export]\nfolder = "shared/exports"\n[sources]\nstore = "store.sqlite3"\n',
                           encoding="utf-8")
    config = load_config(str(config_path))
    assert config.issues == () and config.places.export_folder == tmp_path / "shared" / "exports"
    app = fixture_app(config=config)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await open_first_event(pilot)
        await pilot.press("e")
        await wait_until(pilot, lambda: any((tmp_path / "shared" / "exports").glob("parallax-*.html")),
                         "the page in the configured folder")
