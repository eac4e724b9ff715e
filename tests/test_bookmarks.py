"""Bookmarks and pins: the API the screens call, the CLI, and what the file looks like after."""

from __future__ import annotations

import difflib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import tomli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.bookmark_files import CONFIGS, SEEDS, cli, copy_config, only_inserted
from tests.conftest import ROOT
from tui.atomic import atomic_write_bytes, atomic_write_text, stale_temps
from tui.bookmarks import (
    add_bookmark,
    edit_note,
    missing_files,
    remove_bookmark,
)
from tui.config import (
    Config,
    ConfigError,
    ConfigWriteError,
    EntryNotFound,
    Passage,
    read_config,
)
from tui.config.write import LOCK_TIMEOUT, lock_timeout
from tui.engine.sanitize import strip_controls
from tui.session import Session

# ---------------------------------------------------------------------------- round trips


def test_adding_keeps_every_line_and_comment_of_a_hand_edited_file(tmp_path: Path) -> None:
    path = copy_config(tmp_path)
    original = path.read_text(encoding="utf-8")
    config = read_config(path)
    passage = Passage((4, 5), "a quote", (7,), "another “quote”")
    mark = add_bookmark(config, SEEDS[0], SEEDS[3], note='with "quotes"\nand a newline', passage=passage)
    text = path.read_text(encoding="utf-8")
    inserted = only_inserted(original, text)
    assert "[[bookmarks]]" in inserted
    assert text.endswith("# trailing comment at the very end, no newline after it")  # still no newline
    again = read_config(path)
    assert again.issues == ()
    assert again.bookmarks[-1] == mark.__class__(mark.id, SEEDS[0], SEEDS[3], 'with "quotes"\nand a newline',
                                                 mark.created, passage, again.bookmarks[-1].line)
    # the new table sits after the last bookmark, before the pins' comment
    assert text.index(f'id = "{mark.id}"') < text.index("# ---- corrections")


@pytest.mark.parametrize("name", ["hand_edited.toml", "crlf", "default", "empty", "comments_only"])
def test_add_edit_remove_round_trip_is_byte_identical(tmp_path: Path, name: str) -> None:
    path = tmp_path / "config.toml"
    if name == "crlf":
        path.write_bytes((CONFIGS / "hand_edited.toml").read_bytes().replace(b"\n", b"\r\n"))
    elif name == "default":
        shutil.copy(ROOT / "config.toml", path)
    elif name == "empty":
        path.write_bytes(b"")
    elif name == "comments_only":
        path.write_bytes(b"# just me\n\n# and my thoughts\n")
    else:
        shutil.copy(CONFIGS / name, path)
    before = path.read_bytes()
    config = read_config(path)
    mark = add_bookmark(config, SEEDS[1], note="first")
    second = add_bookmark(config, SEEDS[2], SEEDS[4], note="second")
    if name == "crlf":
        assert b"\n" not in path.read_bytes().replace(b"\r\n", b"")  # every new line is CRLF too
    edit_note(config, mark.id, "changed")
    assert read_config(path).bookmark(mark.id).note == "changed"  # type: ignore[union-attr]
    edit_note(config, mark.id, "first")
    remove_bookmark(config, second.id)
    remove_bookmark(config, mark.id)
    assert path.read_bytes() == before


def test_editing_a_note_changes_only_its_value(tmp_path: Path) -> None:
    path = copy_config(tmp_path)
    original = path.read_text(encoding="utf-8")
    edit_note(read_config(path), "aaa111", "short now")
    text = path.read_text(encoding="utf-8")
    removed = [line for line in difflib.ndiff(original.splitlines(), text.splitlines()) if line.startswith("- ")]
    added = [line for line in difflib.ndiff(original.splitlines(), text.splitlines()) if line.startswith("+ ")]
    assert added == ['+ note = "short now"']
    assert removed == ['- note = """A note over', "- two lines, with a fake header:", "- [[bookmarks]]",
                       '- inside it."""']
    assert 'id = "aaa111"   # the first one I made' in text
    # a bookmark without a note gets one line, inside its own table
    mark = add_bookmark(read_config(path), SEEDS[0])
    edit_note(read_config(path), mark.id, "now noted")
    assert read_config(path).bookmark(mark.id).note == "now noted"  # type: ignore[union-attr]


def test_removing_keeps_the_comments_around_the_table(tmp_path: Path) -> None:
    path = copy_config(tmp_path)
    original = path.read_text(encoding="utf-8")
    gone = remove_bookmark(read_config(path), "bbb222")
    assert gone.right == SEEDS[2] and gone.passage is not None and gone.passage.left == (2, 3)
    text = path.read_text(encoding="utf-8")
    a, b = original.splitlines(), text.splitlines()
    removed = [line for line in difflib.ndiff(a, b) if line.startswith("- ")]
    assert removed[0] == "- [[bookmarks]]" and removed[-1] == '- left_quote = "the quote"'
    assert not [line for line in difflib.ndiff(a, b) if line.startswith("+ ")]
    assert "# this comment sits between two bookmarks" in text
    assert "# ---- corrections to the grouping ----" in text
    assert [m.id for m in read_config(path).bookmarks] == ["aaa111"]


def test_unknown_and_repeated_ids(tmp_path: Path) -> None:
    path = copy_config(tmp_path)
    before = path.read_bytes()
    with pytest.raises(EntryNotFound, match="no bookmark with id zzz999"):
        remove_bookmark(read_config(path), "zzz999")
    path.write_text(path.read_text(encoding="utf-8").replace('"bbb222"', '"aaa111"'), encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(ConfigWriteError, match="2 bookmarks have the id aaa111"):
        remove_bookmark(read_config(path), "aaa111")
    assert path.read_bytes() == before
    assert [i.key for i in read_config(path).issues] == ["bookmarks[1].id"]


def test_writes_refuse_a_file_that_no_longer_parses(tmp_path: Path) -> None:
    path = copy_config(tmp_path)
    config = read_config(path)  # read while it was fine
    shutil.copy(CONFIGS / "malformed.toml", path)  # then broken by hand
    before = path.read_bytes()
    with pytest.raises(ConfigError) as caught:
        add_bookmark(config, SEEDS[0])
    assert str(caught.value).startswith(f"{path}:5:14: ")
    assert path.read_bytes() == before


def test_inline_array_bookmarks_are_not_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(f'# mine\nbookmarks = [{{ id = "i00001", left = "{SEEDS[0]}" }}]\n', encoding="utf-8")
    before = path.read_bytes()
    config = read_config(path)
    assert [b.id for b in config.bookmarks] == ["i00001"]
    with pytest.raises(ConfigWriteError, match="file is unchanged"):
        add_bookmark(config, SEEDS[1])
    with pytest.raises(ConfigWriteError, match="file is unchanged"):
        remove_bookmark(config, "i00001")
    assert path.read_bytes() == before


def test_a_bom_and_a_symlink_survive(tmp_path: Path) -> None:
    real = tmp_path / "dotfiles" / "parallax.toml"
    real.parent.mkdir()
    real.write_bytes(b"\xef\xbb\xbf# with a BOM\n[reading]\ntheme = \"nord\"\n")
    link = tmp_path / "config.toml"
    link.symlink_to(real)
    add_bookmark(read_config(link), SEEDS[0], note="x")
    assert link.is_symlink()
    assert real.read_bytes().startswith(b"\xef\xbb\xbf# with a BOM\n[reading]\ntheme = \"nord\"\n")
    assert read_config(link).bookmarks[0].note == "x"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(note=st.text(st.characters(exclude_categories=["Cs"]), max_size=80),
       left=st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=30).filter(str.strip))
def test_any_note_and_path_round_trips(tmp_path: Path, note: str, left: str) -> None:
    path = tmp_path / "config.toml"
    shutil.copy(CONFIGS / "hand_edited.toml", path)
    mark = add_bookmark(read_config(path), left, note=note)
    again = read_config(path)
    assert again.error is None
    found = again.bookmark(mark.id)
    assert found is not None and (found.left, found.note) == (left, strip_controls(note))
    remove_bookmark(again, mark.id)
    assert path.read_bytes() == (CONFIGS / "hand_edited.toml").read_bytes()


def test_ids_are_short_hex_and_unique(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("", encoding="utf-8")
    ids = [add_bookmark(read_config(path), SEEDS[0]).id for _ in range(30)]
    assert len(set(ids)) == 30
    assert all(len(i) == 6 and int(i, 16) >= 0 for i in ids)


# ---------------------------------------------------------------------------- missing files


def test_a_bookmark_whose_file_is_gone_is_missing_not_dropped(tmp_path: Path) -> None:
    article = tmp_path / "news" / "a.txt"
    article.parent.mkdir()
    article.write_text("Some text.\n", encoding="utf-8")
    path = tmp_path / "config.toml"
    path.write_text("", encoding="utf-8")
    proc = cli("--config", str(path), "bookmark", "add", "news/a.txt", "--note", "keep me", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    bid = proc.stdout.strip()
    assert tomli.loads(path.read_text(encoding="utf-8"))["bookmarks"][0]["left"] == "news/a.txt"  # as given
    config = read_config(path)
    mark = config.bookmarks[0]
    assert missing_files(mark, config, cwd=tmp_path) == ()
    assert missing_files(mark, config, cwd=ROOT) == ()  # found from the config's folder too
    article.unlink()
    assert missing_files(mark, config, cwd=tmp_path) == ("news/a.txt",)
    listed = json.loads(cli("--config", str(path), "bookmarks", "--json", cwd=tmp_path).stdout)["bookmarks"]
    assert [(b["id"], b["missing"], b["note"]) for b in listed] == [(bid, True, "keep me")]
    assert "missing" in cli("--config", str(path), "bookmarks", cwd=tmp_path).stdout


# ---------------------------------------------------------------------------- CLI


def test_cli_add_list_remove_as_the_contract_says(tmp_path: Path) -> None:
    path = copy_config(tmp_path)
    original = path.read_text(encoding="utf-8")
    add = cli("bookmark", "add", SEEDS[0], SEEDS[3], "--note", "compare the readouts", "--config", str(path))
    assert add.returncode == 0 and add.stderr == ""
    bid = add.stdout.strip()
    assert len(bid) == 6
    single = cli("--config", str(path), "bookmark", "add", SEEDS[4]).stdout.strip()
    proc = cli("bookmarks", "--json", "--config", str(path))
    assert proc.returncode == 0 and proc.stderr == ""
    marks = json.loads(proc.stdout)["bookmarks"]
    assert [m["id"] for m in marks] == ["aaa111", "bbb222", bid, single]
    new = marks[2]
    assert list(new)[:5] == ["id", "left", "right", "note", "created"]
    assert (new["left"], new["right"], new["note"]) == (SEEDS[0], SEEDS[3], "compare the readouts")
    assert new["created"].endswith("+00:00") and len(new["created"]) == 25
    assert marks[3]["right"] is None and marks[3]["note"] == ""
    assert marks[1]["passage"] == {"left": [2, 3], "left_quote": "the quote", "right": [], "right_quote": None}
    assert cli("bookmark", "remove", bid, "--config", str(path)).returncode == 0
    assert cli("--config", str(path), "bookmark", "remove", single).returncode == 0
    assert path.read_text(encoding="utf-8") == original


@pytest.mark.parametrize(("args", "needle"), [
    (("bookmark", "add", "no/such.txt"), "no/such.txt: no such file"),
    (("bookmark", "add", SEEDS[0], "gone.txt"), "gone.txt: no such file"),
    (("bookmark", "add", "seeds"), "seeds: is a folder"),
    (("bookmark", "remove", "zzz999"), "no bookmark with id zzz999"),
])
def test_cli_errors_are_one_line_exit_2_and_change_nothing(tmp_path: Path, args: tuple[str, ...],
                                                           needle: str) -> None:
    path = copy_config(tmp_path)
    before = path.read_bytes()
    proc = cli("--config", str(path), *args)
    assert proc.returncode == 2 and proc.stdout == ""
    assert len(proc.stderr.splitlines()) == 1 and needle in proc.stderr
    assert path.read_bytes() == before


# ---------------------------------------------------------------------------- the screens' store


def test_the_sessions_bookmark_store_for_the_screens(tmp_path: Path) -> None:
    path = copy_config(tmp_path)
    session = Session([], config=read_config(path))
    store = session.bookmarks
    assert not store.read_only and store.error is None
    mark = store.add(SEEDS[0], SEEDS[1], "on a match", passage=Passage((3,), "It was", (5,), None))
    assert (mark.left_sentence, mark.right_sentence, mark.quote) == (3, 5, "It was")
    assert store.all()[-1].id == mark.id
    store.edit(mark.id, "edited")
    assert store.all()[-1].note == "edited"
    store.remove(mark.id)
    assert [m.id for m in store.all()] == ["aaa111", "bbb222"]
    shutil.copy(CONFIGS / "malformed.toml", path)
    session.reload()
    assert store.read_only and store.error is not None and "5:14" in store.error
    with pytest.raises(ConfigError):
        store.add(SEEDS[0], None, "no")


# ---------------------------------------------------------------------------- atomic writes


def test_atomic_write_keeps_mode_and_cleans_up(tmp_path: Path) -> None:
    target = tmp_path / "f.toml"
    target.write_bytes(b"old")
    target.chmod(0o600)
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new" and (target.stat().st_mode & 0o777) == 0o600
    folder = tmp_path / "dir.toml"
    folder.mkdir()
    with pytest.raises(OSError):
        atomic_write_bytes(folder, b"x")  # cannot replace a folder: the temp file goes away
    assert stale_temps(folder) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dir.toml", "f.toml"]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores file permissions")
def test_a_read_only_folder_or_file_makes_bookmarks_read_only(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "config.toml"
    shutil.copy(CONFIGS / "hand_edited.toml", path)
    before = path.read_bytes()
    folder.chmod(0o555)
    try:
        with pytest.raises(ConfigWriteError, match="read-only"):
            add_bookmark(read_config(path), SEEDS[0])
    finally:
        folder.chmod(0o755)
    path.chmod(0o444)
    with pytest.raises(ConfigWriteError, match="read-only"):
        add_bookmark(read_config(path), SEEDS[0])
    assert path.read_bytes() == before


def test_config_type_is_plain_data() -> None:
    assert Config.__module__ == "tui.config.model"


def test_escape_sequences_in_notes_never_reach_the_terminal(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("", encoding="utf-8")
    note = "see \x1b]0;PWNED\x07 this \x1b[2J [bold red]x[/]\nline two"
    proc = cli("--config", str(path), "bookmark", "add", SEEDS[0], "--note", note)
    assert proc.returncode == 0, proc.stderr
    stored = tomli.loads(path.read_text(encoding="utf-8"))["bookmarks"][0]["note"]
    assert stored == "see  this  [bold red]x[/]\nline two"
    # a hand-written escape in the file is stripped when read, too
    path.write_text(path.read_text(encoding="utf-8").replace("line two", "line two\\u001b[31m"), encoding="utf-8")
    assert read_config(path).bookmarks[0].note == stored
    text = cli("--config", str(path), "bookmarks").stdout
    listed = json.loads(cli("--config", str(path), "bookmarks", "--json").stdout)["bookmarks"][0]["note"]
    assert "\x1b" not in text and "PWNED" not in text and "[bold red]x[/]" in text
    assert listed == stored


PIECES = [
    "# a comment\n",
    "\n",
    "   # an indented comment\n",
    '[t{n}]\nkey = "value"  # trailing\n',
    "[t{n}]\narr = [\n  1,  # one\n  2,\n]\n",
    '[t{n}]\ns = """multi\n[[bookmarks]]\nnot a header"""\n',
    "[t{n}]\nlit = '''\n[x]\n'''\n",
    "[t{n}]\ninline = {{ a = 1, b = \"[[bookmarks]]\" }}\n",
    '[t{n}.sub]\n"quoted key" = 1\n',
    "[t{n}]\ndotted.key = 2\n",
    "[t{n}]\nwhen = 1979-05-27 07:32:00Z # date with a space\n",
    '[[bookmarks]]\nid = "h{n:05d}"\nleft = "x{n}.txt"\nnote = "n{n}"\n',
    '[[bookmarks]]\nid = "g{n:05d}"  # mine\nleft = "x{n}.txt"\n\n# inside, after a blank\nright = "y.txt"\n',
    '[[events.pin]]\narticle = "a{n}.txt"\nalone = true\n',
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(picks=st.lists(st.integers(0, len(PIECES) - 1), max_size=14), crlf=st.booleans(),
       no_final_newline=st.booleans())
def test_any_hand_written_layout_survives_add_and_remove(tmp_path: Path, picks: list[int], crlf: bool,
                                                         no_final_newline: bool) -> None:
    text = "".join(PIECES[p].format(n=i) for i, p in enumerate(picks))
    if no_final_newline and any(PIECES[p].startswith("[[bookmarks]]") for p in picks):
        text = text.rstrip("\n")
    if crlf:
        text = text.replace("\n", "\r\n")
    tomli.loads(text)  # every generated layout is valid TOML
    path = tmp_path / "config.toml"
    path.write_bytes(text.encode("utf-8"))
    config = read_config(path)
    assert config.error is None
    mark = add_bookmark(config, "new.txt", note="added")
    after = path.read_bytes().decode("utf-8")
    if text == "" or text.endswith("\n"):
        only_inserted(text.replace("\r\n", "\n"), after.replace("\r\n", "\n"))
    assert read_config(path).bookmark(mark.id) is not None
    others = [b.id for b in config.bookmarks]
    assert [b.id for b in read_config(path).bookmarks] == [*others, mark.id]
    edit_note(read_config(path), mark.id, "edited")
    remove_bookmark(read_config(path), mark.id)
    newline = "\r\n" if crlf else "\n"
    # a last line without a newline may have gained one; nothing else changes
    assert path.read_bytes() in (text.encode("utf-8"), (text + newline).encode("utf-8"))
    if text == "" or text.endswith("\n"):
        assert path.read_bytes() == text.encode("utf-8")
    for bid in others:  # and each hand-written one can go without touching anything else
        remove_bookmark(read_config(path), bid)
    data = tomli.loads(path.read_text(encoding="utf-8"))
    assert "bookmarks" not in data
    assert {k: v for k, v in tomli.loads(text).items() if k != "bookmarks"} == data


def test_a_lock_that_cannot_be_taken_leaves_the_file_alone(tmp_path: Path) -> None:
    path = copy_config(tmp_path)
    before = path.read_bytes()
    (tmp_path / "config.toml.lock").mkdir()  # cannot be opened as a lock file, even by root
    with pytest.raises(ConfigWriteError, match="cannot lock it") as caught:
        add_bookmark(read_config(path), SEEDS[0])
    assert str(caught.value).startswith(str(path))
    assert path.read_bytes() == before
    proc = cli("--config", str(path), "bookmark", "remove", "aaa111")
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1 and str(path) in proc.stderr
    assert path.read_bytes() == before


def test_a_writer_waits_for_the_lock_then_merges(tmp_path: Path) -> None:
    import filelock

    path = copy_config(tmp_path)
    holder = filelock.FileLock(str(tmp_path / "config.toml.lock"))
    with holder:
        proc = subprocess.Popen([sys.executable, "-m", "tui", "--config", str(path), "bookmark", "add", SEEDS[1]],
                                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(1.0)
        assert proc.poll() is None  # still waiting
        # meanwhile another writer (this test, by hand) adds a line of its own
        path.write_text(path.read_text(encoding="utf-8") + "\n# added by hand while locked\n", encoding="utf-8")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    text = path.read_text(encoding="utf-8")
    assert "# added by hand while locked" in text and f'id = "{out.strip()}"' in text


def test_a_lock_held_too_long_is_a_one_line_error_and_the_file_is_unchanged(tmp_path: Path) -> None:
    import filelock

    path = copy_config(tmp_path)
    before = path.read_bytes()
    with filelock.FileLock(str(tmp_path / "config.toml.lock")):
        proc = cli("--config", str(path), "bookmark", "add", SEEDS[1], env={"PARALLAX_LOCK_TIMEOUT": "0.5"})
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1, proc.stderr
    assert "being written by another program" in proc.stderr and "config.toml.lock" in proc.stderr
    assert path.read_bytes() == before


@pytest.mark.parametrize(("value", "seconds"), [("0.5", 0.5), ("30", 30.0), ("", LOCK_TIMEOUT), ("soon", LOCK_TIMEOUT),
                                                ("0", LOCK_TIMEOUT), ("-3", LOCK_TIMEOUT), ("nan", LOCK_TIMEOUT),
                                                ("inf", LOCK_TIMEOUT)])
def test_the_lock_wait_is_set_by_the_environment_or_else_the_default(monkeypatch: pytest.MonkeyPatch, value: str,
                                                                     seconds: float) -> None:
    monkeypatch.setenv("PARALLAX_LOCK_TIMEOUT", value)
    assert lock_timeout() == seconds


@pytest.mark.parametrize("odd", ["\x85", "\u2028", "\u2029", "\x0b", "\x0c", "\x1c", "\r"])
def test_characters_python_takes_for_line_breaks_are_not_toml_line_breaks(tmp_path: Path, odd: str) -> None:
    """TOML ends lines at \\n alone: a path or note holding U+0085, U+2028... round-trips."""
    path = tmp_path / "config.toml"
    shutil.copy(CONFIGS / "hand_edited.toml", path)
    mark = add_bookmark(read_config(path), f"a{odd}b.txt", note=f"one{odd}two")
    found = read_config(path).bookmark(mark.id)
    assert found is not None and found.left == f"a{odd}b.txt"
    edit_note(read_config(path), mark.id, f"three{odd}")
    remove_bookmark(read_config(path), mark.id)
    assert path.read_bytes() == (CONFIGS / "hand_edited.toml").read_bytes()


def test_atomic_text_write_keeps_line_endings_and_mode(tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    target.write_bytes(b"old")
    target.chmod(0o640)
    atomic_write_text(target, "é\r\nline\n")
    assert target.read_bytes() == "é\r\nline\n".encode() and (target.stat().st_mode & 0o777) == 0o640
