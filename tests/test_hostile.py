"""Untrusted text never acts on the terminal and is never read as markup.

The corpus in tests/fixtures/hostile/ carries markup ([bold red], [link=...],
[@click=...], unbalanced [/]) and terminal escape sequences (CSI, OSC 0/2 title
sets, OSC 52 clipboard writes, OSC 8 links, DCS, APC, 8-bit C1 controls, BEL,
RIS, bidi overrides) in titles, outlets, bylines and body text. The canary word
PWNED sits only inside escape sequences, so it must never show.

Checked through every face: `show --json`, `compare --json`, the Rich report of
`compare`, `events` (JSON and text), stderr, and the TUI's screen in tmux (where a
title set would change the pane title and a clipboard write would add a tmux buffer).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SEEDS
from tests.e2e.harness import PARALLAX, env_command, session_env, tmux_session
from tui.engine.sanitize import control_references, strip_controls

HOSTILE = Path(__file__).resolve().parent / "fixtures" / "hostile"
RAW = ["markup_left.txt", "markup_right.md", "escapes_left.txt", "escapes_right.txt", "escapes.html"]
DECODED = HOSTILE / "decoded"

# What must never reach output: C0 controls but tab and newline, DEL, C1 controls,
# bidi overrides and isolates. (ESC is among the C0 controls.)
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
SGR = re.compile(r"\x1b\[[0-9;]*m")


def cli(*args: str | Path, env: dict[str, str] | None = None, cwd: Path | None = None
        ) -> subprocess.CompletedProcess[bytes]:
    """Run the installed `parallax`; bytes out, so nothing is lost in decoding."""
    return subprocess.run([str(PARALLAX), *map(str, args)], capture_output=True, timeout=120,
                          env={**os.environ, **(env or {})}, cwd=cwd, check=False)


def strings(data: Any) -> Iterator[str]:
    """Every string (keys and values) in a JSON document."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield key
            yield from strings(value)
    elif isinstance(data, list):
        for item in data:
            yield from strings(item)


def assert_clean(text: str, where: str) -> None:
    found = CONTROL.search(text)
    assert found is None, f"{where}: control character {found.group()!r} at {found.start()}: " \
                          f"{text[max(0, found.start() - 40):found.start() + 40]!r}"
    assert "PWNED" not in text, f"{where}: the payload inside an escape sequence got through"


def assert_json_clean(data: Any, where: str) -> None:
    for value in strings(data):
        assert_clean(value, where)


# -- the command line ---------------------------------------------------------------------


@pytest.mark.parametrize("name", RAW)
def test_show_json_carries_no_controls(name: str, tmp_path: Path) -> None:
    result = cli("show", HOSTILE / name, "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert_clean(result.stderr.decode(), "stderr")
    out = result.stdout.decode("utf-8")
    assert "\x1b" not in out and "\x07" not in out
    data = json.loads(out)
    assert_json_clean(data, f"show {name}")
    assert len(data["sentences"]) >= 4  # the article itself survived the cleaning


def test_markup_in_articles_is_kept_as_literal_text(tmp_path: Path) -> None:
    left = json.loads(cli("show", HOSTILE / "markup_left.txt", "--json", cwd=tmp_path).stdout)
    body = " ".join(left["sentences"])
    for literal in ("[bold red]on Tuesday[/bold red]", "[@click=app.quit]construction[/]", "with [/] two",
                    "[dim]of next year[/dim]"):
        assert literal in body
    assert left["title"].startswith("[bold red]Tram line[/bold red]")
    right = json.loads(cli("show", HOSTILE / "markup_right.md", "--json", cwd=tmp_path).stdout)
    assert right["title"] == "[bold]Council backs harbour tram[/bold] [/]"
    assert right["outlet"] == "[link=https://evil.example/]The Daily [red]Fake[/red][/link]"
    assert right["author"] == "[blink]Bo Writer[/blink]"


@pytest.mark.parametrize("pair", [("markup_left.txt", "markup_right.md"), ("escapes_left.txt", "escapes_right.txt"),
                                  ("escapes_left.txt", "escapes.html")])
def test_compare_json_is_clean_and_still_aligns(pair: tuple[str, str], tmp_path: Path) -> None:
    result = cli("compare", HOSTILE / pair[0], HOSTILE / pair[1], "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert_clean(result.stderr.decode(), "stderr")
    data = json.loads(result.stdout)
    assert_json_clean(data, "compare --json")
    assert len(data["matches"]) >= 3  # the hostile bytes did not stop the sentences from matching
    for match in data["matches"]:
        for side in ("left", "right"):
            sentences = data[side]["sentences"]
            for index, start, end in match["spans"][side]:
                assert index in match[side]
                assert 0 <= start < end <= len(sentences[index])


def rich_report(left: Path, right: Path, tmp_path: Path, **env: str) -> str:
    result = cli("compare", left, right, cwd=tmp_path, env={"COLUMNS": "400", "LINES": "100", **env})
    assert result.returncode == 0, result.stderr
    assert_clean(result.stderr.decode(), "stderr")
    return result.stdout.decode("utf-8")


def test_rich_report_prints_markup_literally_and_only_its_own_colours(tmp_path: Path) -> None:
    out = rich_report(HOSTILE / "markup_left.txt", HOSTILE / "markup_right.md", tmp_path, FORCE_COLOR="1")
    assert SGR.search(out), "FORCE_COLOR should make the report colour its matches"
    plain = SGR.sub("", out)
    assert_clean(plain, "compare report")  # no escape but Rich's own colours: no OSC 8 from [link=...]
    for literal in ("[bold red]on Tuesday[/bold red]", "[@click=app.quit]construction[/]", "with [/] two",
                    "[bold]Council backs harbour tram[/bold] [/]", "[bold red]Tram line[/bold red]",
                    ":warning:", ":rocket:"):
        assert literal in plain
    assert "\u26a0" not in plain and "\U0001f680" not in plain  # emoji codes stay codes


@pytest.mark.parametrize("pair", [("escapes_left.txt", "escapes_right.txt"), ("escapes.html", "escapes_right.txt")])
def test_rich_report_emits_no_escape_from_articles(pair: tuple[str, str], tmp_path: Path) -> None:
    coloured = rich_report(HOSTILE / pair[0], HOSTILE / pair[1], tmp_path, FORCE_COLOR="1")
    assert_clean(SGR.sub("", coloured), "compare report (colour)")
    piped = rich_report(HOSTILE / pair[0], HOSTILE / pair[1], tmp_path)
    assert_clean(piped, "compare report (pipe)")
    assert "Harbour strike ends after nine days" in piped


def test_events_on_the_hostile_corpus(tmp_path: Path) -> None:
    paths = [HOSTILE / name for name in RAW]
    result = cli("events", *paths, "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert_clean(result.stderr.decode(), "stderr")
    data = json.loads(result.stdout)
    assert_json_clean(data, "events --json")
    listed = [a["path"] for e in data["events"] for a in e["articles"]]
    assert sorted(listed) == sorted(map(str, paths))
    text = cli("events", *paths, cwd=tmp_path)
    assert text.returncode == 0
    assert_clean(text.stdout.decode(), "events (text)")


# Escapes that appear only once a format's own escaping is decoded: HTML numeric
# references, YAML "\e" and "\a", TOML "\u001b". Sanitizing the raw text before
# extraction is not enough for these; what extraction makes must be cleaned too.


@pytest.mark.parametrize("name", ["frontmatter_yaml.md", "frontmatter_toml.txt"])
def test_front_matter_escapes_are_stripped(name: str, tmp_path: Path) -> None:
    result = cli("show", DECODED / name, "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert_json_clean(data, f"show {name}")
    assert data["title"] is not None and "strike" in data["title"]


def test_rich_report_with_front_matter_escapes(tmp_path: Path) -> None:
    out = rich_report(DECODED / "frontmatter_yaml.md", DECODED / "frontmatter_toml.txt", tmp_path)
    assert_clean(out, "compare report")


def test_html_control_references_neither_inject_nor_lose_the_article(tmp_path: Path) -> None:
    result = cli("show", DECODED / "entities.html", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert_json_clean(data, "show entities.html")
    assert len(data["sentences"]) >= 3
    # The whole sequence goes, not only its ESC: no "[31m" left in the outlet, no "]52;c;..." in the text.
    assert data["outlet"] == "The Coastal Herald"
    assert data["title"] == "Harbour strike ends after nine days"
    remnants = ("[31m", "]0;", "PWNED", "]52;", "[2J")
    assert not [s for s in data["sentences"] if any(r in s for r in remnants)], data["sentences"]


@pytest.mark.parametrize(("text", "expected"), [
    ("a &#27;[31mred&#x1B;[0m b", "a red b"),  # decimal and hex, either case
    ("title &#x1b;]0;PWNED&#7; end", "title  end"),  # an OSC ended by a BEL reference
    ("&#x9b;2J gone", " gone"),  # the 8-bit CSI
    ("&amp; &#233; &#x263A; &#9; kept", "&amp; &#233; &#x263A; &#9; kept"),  # text, not controls
    ("&#27[1mbold", "bold"),  # HTML decodes a reference without its ';' too
])
def test_references_to_controls_are_decoded_before_the_sequences_are_stripped(text: str, expected: str) -> None:
    assert strip_controls(control_references(text)) == expected


# -- hostile file names ----------------------------------------------------------------------


def hostile_names(folder: Path) -> dict[str, Path]:
    folder.mkdir()
    made = {
        "markup": folder / "[bold red]Breaking[@click=app.quit]x.txt",
        "escape": folder / "evil\x1b]0;PWNED\x07\x1b[2J.txt",
        "binary": folder / "bin\x1b]52;c;UFdORUQ=\x07[reverse]x.txt",
    }
    shutil.copyfile(SEEDS / "000_7f0f2242164ee204.txt", made["markup"])
    shutil.copyfile(SEEDS / "001_3f8f53560a646d72.txt", made["escape"])
    made["binary"].write_bytes(bytes(range(256)) * 8)
    return made


def test_hostile_file_names_in_json_are_escaped(tmp_path: Path) -> None:
    hostile_names(tmp_path / "corpus")
    result = cli("events", tmp_path / "corpus", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert b"\x1b" not in result.stdout and b"\x07" not in result.stdout  # JSON escapes them
    paths = [a["path"] for e in json.loads(result.stdout)["events"] for a in e["articles"]]
    assert any("[bold red]Breaking" in p for p in paths)


def assert_no_controls(text: str, where: str) -> None:
    """For file names: the canary may show (as visible escapes), a control character may not."""
    found = CONTROL.search(text)
    assert found is None, f"{where}: control character {found.group()!r}: " \
                          f"{text[max(0, found.start() - 40):found.start() + 40]!r}"


def test_hostile_file_names_do_not_reach_the_terminal(tmp_path: Path) -> None:
    hostile_names(tmp_path / "corpus")
    result = cli("events", tmp_path / "corpus", cwd=tmp_path)
    assert result.returncode == 0
    err = result.stderr.decode()
    assert_no_controls(err, "stderr")
    assert len(err.splitlines()) == 1  # one notice, on one line
    assert "binary" in err and "[reverse]x.txt" in err  # naming the file, the rest of its name included
    out = result.stdout.decode()
    assert_no_controls(out, "events (text)")
    assert "[bold red]Breaking[@click=app.quit]x.txt" in out and "evil" in out and "[2J.txt" in out


# -- the TUI ----------------------------------------------------------------------------------


def tui_command(tmp_path: Path, paths: list[Path]) -> str:
    config = tmp_path / "config.toml"
    config.write_text("")
    env = session_env(tmp_path / "term-home")
    return env_command(env, [str(PARALLAX), "--config", str(config), *map(str, paths)], tmp_path)


def assert_terminal_untouched(term: Any, screen: str) -> None:
    assert "PWNED" not in screen
    assert "PWNED" not in term.pane_title(), "an OSC 0/2 title set reached the terminal"
    assert term.buffers() == "", "an OSC 52 clipboard write reached the terminal"
    assert not term.dead()


@pytest.mark.e2e
@pytest.mark.xdist_group("tmux")
def test_tui_shows_markup_literally(tmp_path: Path) -> None:
    paths = [HOSTILE / "markup_left.txt", HOSTILE / "markup_right.md"]
    with tmux_session(tui_command(tmp_path, paths), width=200, height=50) as term:
        term.wait_for(lambda s: "events from" in s and (
            "[bold red]Tram line[/bold red]" in s or "[bold]Council backs harbour tram[/bold] [/]" in s),
            what="the library with the markup shown literally")
        term.keys("Enter")
        literals = ("[bold red]on Tuesday[/bold red]", "[@click=app.quit]construction[/]",
                    "[link=https://evil.example/]The Daily [red]Fake[/red][/link]")
        # The headers and the panes' text land in frames of their own: wait for every literal asserted.
        screen = term.wait_for(lambda s: "LEFT" in s and "match 1 of" in s and all(x in s for x in literals),
                               what="the comparison, the markup shown literally")
        for literal in literals:
            assert literal in screen, screen
        assert_terminal_untouched(term, screen)
        term.keys("n")
        screen = term.wait_for("match 2 of", what="the second match")
        assert term.leave("q") == 0, term.screen()


@pytest.mark.e2e
@pytest.mark.xdist_group("tmux")
def test_tui_emits_no_escape_from_articles(tmp_path: Path) -> None:
    paths = [HOSTILE / "escapes_left.txt", HOSTILE / "escapes_right.txt", HOSTILE / "escapes.html"]
    with tmux_session(tui_command(tmp_path, paths), width=200, height=50) as term:
        library = term.wait_for(lambda s: "events from" in s and "Harbour strike ends after nine days" in s,
                                what="the library with the decoded title")
        assert_terminal_untouched(term, library)
        term.keys("Enter")
        screen = term.wait_for(lambda s: "LEFT" in s and "match 1 of" in s and "dock workers union" in s,
                               what="the comparison with the articles' text")
        assert "dock workers union" in screen
        term.keys("n")
        screen = term.wait_for("match 2 of", what="the second match")
        assert_terminal_untouched(term, screen)
        assert term.leave("q") == 0, term.screen()
        assert "PWNED" not in term.pane_title()
        assert term.buffers() == ""


@pytest.mark.e2e
@pytest.mark.xdist_group("tmux")
def test_tui_front_matter_escapes_do_not_reach_the_terminal(tmp_path: Path) -> None:
    paths = [DECODED / "frontmatter_yaml.md", DECODED / "frontmatter_toml.txt"]
    with tmux_session(tui_command(tmp_path, paths), width=200, height=50) as term:
        # What is checked for escapes must be drawn first: the rows with the decoded titles and
        # outlets, then both panes' headers.
        outlets = ("The Coastal Herald", "The Daily Fake")
        library = term.wait_for(lambda s: "events from" in s and "Harbour strike ends" in s and "Port strike over" in s
                                and all(o in s for o in outlets), what="the library with the decoded titles")
        assert_terminal_untouched(term, library)
        term.keys("Enter")
        screen = term.wait_for(lambda s: "LEFT" in s and "match" in s and "covered" in s
                               and all(o in s for o in outlets), what="the comparison with both headers")
        assert_terminal_untouched(term, screen)


def open_notices_on_hostile_names(tmp_path: Path, expected: tuple[str, ...] = ()) -> str:
    """The notices screen, once it shows the binary file's notice and every one of `expected`."""
    hostile_names(tmp_path / "corpus")
    with tmux_session(tui_command(tmp_path, [tmp_path / "corpus"]), width=200, height=50) as term:
        # The title and the notice count are drawn one after the other: wait for both.
        library = term.wait_for(lambda s: "2 articles" in s and "1 notice" in s, what="the library and its notice")
        assert_terminal_untouched(term, library)
        term.keys("i")
        notices = term.wait_for(lambda s: all(x in s for x in ("binary data", "corpus/bin", *expected)),
                                what="the notices list")
        assert "corpus/bin" in notices
        assert_terminal_untouched(term, notices)
        assert term.leave("Escape") == 0, term.screen()
    return notices


@pytest.mark.e2e
@pytest.mark.xdist_group("tmux")
def test_tui_hostile_file_names_neither_crash_nor_set_title_or_clipboard(tmp_path: Path) -> None:
    open_notices_on_hostile_names(tmp_path)


@pytest.mark.e2e
@pytest.mark.xdist_group("tmux")
def test_tui_hostile_file_name_is_shown_whole(tmp_path: Path) -> None:
    notices = open_notices_on_hostile_names(tmp_path, expected=("[reverse]x.txt",))
    assert "[reverse]x.txt" in notices, notices


# -- bookmark notes ----------------------------------------------------------------------------

NOTE_MARKUP = "[bold]mine[/] :rocket: [link=https://evil.example]y[/link]"
NOTE_ESCAPES = "see \x1b]0;PWNED-NOTE\x07 this \x1b[2J [bold red]x[/]"


def test_bookmark_note_escapes_do_not_reach_the_terminal(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("")
    added = cli("bookmark", "add", SEEDS / "000_7f0f2242164ee204.txt", "--note", NOTE_ESCAPES, "--config", config,
                cwd=tmp_path)
    assert added.returncode == 0, added.stderr
    listed = cli("bookmarks", "--config", config, cwd=tmp_path)
    assert listed.returncode == 0
    assert "[bold red]x[/]" in listed.stdout.decode()
    assert_clean(listed.stdout.decode(), "bookmarks (text)")
    assert_json_clean(json.loads(cli("bookmarks", "--json", "--config", config, cwd=tmp_path).stdout), "bookmarks")


@pytest.mark.e2e
@pytest.mark.xdist_group("tmux")
def test_tui_bookmark_note_with_markup_is_kept_literally(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("# mine\n")
    env = session_env(tmp_path / "term-home")
    command = env_command(env, [str(PARALLAX), "--config", str(config), str(SEEDS)], tmp_path)
    with tmux_session(command, width=100, height=30) as term:
        term.wait_for("events from 5 articles", what="the library")
        term.keys("Down")  # the first article of the first event
        term.keys("b")
        term.wait_for("a note (optional)", what="the note prompt")
        term.type(NOTE_MARKUP)
        since = term.mark()
        term.keys("Enter")
        # The confirmation is a toast for two seconds: look for it in all that was drawn.
        term.wait_drawn("Bookmarked", since=since, what="the confirmation")
        term.keys("B")
        marks = term.wait_for(lambda s: "Bookmarks" in s and "events from" not in s and NOTE_MARKUP in s,
                              what="the bookmarks list with the note")
        assert NOTE_MARKUP in marks
        assert_terminal_untouched(term, marks)
        term.keys("Escape")
        term.wait_for("events from", what="the library again")
        term.keys("q")
        assert term.wait_dead() == 0, term.screen()
    assert [m["note"] for m in json.loads(cli("bookmarks", "--json", "--config", config, cwd=tmp_path).stdout)[
        "bookmarks"]] == [NOTE_MARKUP]


@pytest.mark.e2e
@pytest.mark.xdist_group("tmux")
def test_tui_bookmark_note_escapes_do_not_reach_the_terminal(tmp_path: Path) -> None:
    """One note written by hand in the config (TOML escapes), one added by `bookmark add --note`."""
    config = tmp_path / "config.toml"
    config.write_text(f"""[[bookmarks]]
id = "abc123"
left = "{SEEDS / '000_7f0f2242164ee204.txt'}"
right = "{SEEDS / '003_0f17ba297f544814.txt'}"
note = "by hand \\u001b]2;PWNED-CONFIG\\u001b\\\\ [reverse]z[/] \\u001b]52;c;UFdORUQ=\\u0007"
created = "2026-11-22T10:15:00+00:00"
""")
    added = cli("bookmark", "add", SEEDS / "000_7f0f2242164ee204.txt", "--note", NOTE_ESCAPES, "--config", config,
                cwd=tmp_path)
    assert added.returncode == 0, added.stderr
    env = session_env(tmp_path / "term-home")
    command = env_command(env, [str(PARALLAX), "--config", str(config), str(SEEDS)], tmp_path)
    with tmux_session(command, width=100, height=30) as term:
        term.wait_for("events from 5 articles", what="the library")
        term.keys("B")
        marks = term.wait_for(lambda s: "[bold red]x[/]" in s and "[reverse]z[/]" in s, what="the bookmarks list")
        assert_terminal_untouched(term, marks)
