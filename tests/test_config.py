"""Reading config.toml: where it is found, what happens with bad files, the documented default."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import tomli

from tests.conftest import FIXTURES, ROOT
from tui.config import (
    ENV_VAR,
    Config,
    default_config_path,
    find_config,
    key_lines,
    load_config,
    read_config,
    user_config_path,
)
from tui.config.schema import SETTINGS
from tui.engine.align import DEFAULT_THRESHOLD
from tui.engine.corpus import DEFAULT_MAX_BYTES

CONFIGS = FIXTURES / "config"
SEED = "seeds/000_7f0f2242164ee204.txt"


def cli(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, **(env or {})}, stdin=subprocess.DEVNULL, timeout=120, check=False)


def one_bookmark(path: Path, bid: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'[[bookmarks]]\nid = "{bid}"\nleft = "{SEED}"\n', encoding="utf-8")
    return path


# ---------------------------------------------------------------------------- search order


def test_user_config_lives_in_the_isolated_home(isolated_home: Path) -> None:
    assert user_config_path() == isolated_home / ".config" / "parallax" / "config.toml"


def test_search_order_in_process(tmp_path: Path) -> None:
    work = tmp_path / "work"
    explicit = one_bookmark(tmp_path / "explicit.toml", "e00001")
    from_env = one_bookmark(tmp_path / "env.toml", "e00002")
    local = one_bookmark(work / "config.toml", "e00003")

    assert find_config(str(explicit), cwd=work, env={ENV_VAR: str(from_env)}).path == explicit
    assert find_config(None, cwd=work, env={ENV_VAR: str(from_env)}).path == from_env
    assert find_config(None, cwd=work, env={ENV_VAR: ""}).path == local
    local.unlink()
    found = find_config(None, cwd=work, env={})
    assert (found.path, found.source) == (user_config_path(), "user")
    assert find_config("rel.toml", cwd=work, env={}).path == work / "rel.toml"


def test_search_order_through_the_command_line(tmp_path: Path) -> None:
    """--config, then $PARALLAX_CONFIG, then ./config.toml, then the user config."""
    work = tmp_path / "work"
    work.mkdir()
    one_bookmark(tmp_path / "explicit.toml", "a00001")
    one_bookmark(tmp_path / "env.toml", "a00002")
    one_bookmark(work / "config.toml", "a00003")
    one_bookmark(user_config_path(), "a00004")

    def ids(*args: str, env: dict[str, str] | None = None) -> list[str]:
        proc = cli("bookmarks", "--json", *args, cwd=work, env=env)
        assert proc.returncode == 0, proc.stderr
        return [b["id"] for b in json.loads(proc.stdout)["bookmarks"]]

    env = {ENV_VAR: str(tmp_path / "env.toml")}
    assert ids("--config", str(tmp_path / "explicit.toml"), env=env) == ["a00001"]
    assert ids(env=env) == ["a00002"]
    assert ids() == ["a00003"]
    (work / "config.toml").unlink()
    assert ids() == ["a00004"]


def test_user_config_is_created_from_the_default_on_first_write(tmp_path: Path) -> None:
    target = user_config_path()
    assert not target.exists()
    seed = ROOT / SEED
    proc = cli("bookmark", "add", str(seed), "--note", "first", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    default = (ROOT / "config.toml").read_text(encoding="utf-8")
    text = target.read_text(encoding="utf-8")
    assert text.startswith(default)  # every documented line and comment, then the bookmark
    assert tomli.loads(text)["bookmarks"][0]["note"] == "first"
    assert proc.stdout.strip() == tomli.loads(text)["bookmarks"][0]["id"]


def test_a_named_config_that_is_missing_is_an_error_and_is_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    config = load_config(str(missing))
    assert config.error is not None and not config.writable
    proc = cli("--config", str(missing), "bookmark", "add", str(ROOT / SEED))
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and str(missing) in proc.stderr
    assert not missing.exists()
    proc = cli("bookmarks", "--json", cwd=tmp_path, env={ENV_VAR: str(missing)})
    assert proc.returncode == 2 and str(missing) in proc.stderr


# ---------------------------------------------------------------------------- malformed


def test_malformed_config_gives_defaults_and_a_located_error(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    shutil.copy(CONFIGS / "malformed.toml", path)
    config = read_config(path)
    assert config.error is not None
    assert (config.error.line, config.error.column) == (5, 14)
    assert str(config.error).startswith(f"{path}:5:14: ")
    assert not config.writable
    assert config.reading.threshold == DEFAULT_THRESHOLD
    assert config.bookmarks == ()


@pytest.mark.parametrize("args", [
    ("bookmarks", "--json"),
    ("bookmarks",),
    ("bookmark", "add", SEED, "--note", "x"),
    ("bookmark", "remove", "ccc333"),
])
def test_malformed_config_is_left_byte_identical_and_the_cli_exits_2(tmp_path: Path,
                                                                      args: tuple[str, ...]) -> None:
    path = tmp_path / "config.toml"
    shutil.copy(CONFIGS / "malformed.toml", path)
    before = path.read_bytes()
    stat_before = path.stat()
    proc = cli("--config", str(path), *args)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert len(proc.stderr.splitlines()) == 1
    assert f"{path}:5:14" in proc.stderr
    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == stat_before.st_mtime_ns
    assert sorted(p.name for p in tmp_path.iterdir()) in (["config.toml"], ["config.toml", "config.toml.lock"])


def test_not_utf8_and_folder_configs_are_errors_naming_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "latin.toml"
    bad.write_bytes(b'# caf\xe9\n[reading]\ntheme = "nord"\n')
    config = read_config(bad)
    assert config.error is not None and (config.error.line, config.error.column) == (1, 6)
    folder = tmp_path / "folder.toml"
    folder.mkdir()
    assert read_config(folder).error is not None
    proc = cli("--config", str(folder), "bookmarks", "--json")
    assert proc.returncode == 2 and str(folder) in proc.stderr


# ---------------------------------------------------------------------------- wrong types


WRONG = [
    (2, "colour", "unknown key"),
    (5, "corpus.paths", "expected an array of strings"),
    (6, "corpus.max_bytes", "above 0"),
    (9, "reading.threshold", "from 0 to 100"),
    (10, "reading.theme", "expected a string"),
    (11, "reading.layout", "expected one of"),
    (12, "reading.animate", "unknown key"),
    (15, "keys.next_match", "comma-separated keys"),
    (17, "keys.quit", "comma-separated keys"),
    (22, "bookmarks[0].note", "expected a string"),
    (23, "bookmarks[0].colour", "unknown key"),
    (25, "bookmarks[1].id", "missing"),
    (28, "events.pin[0]", "exactly one of"),
]


def test_wrong_types_and_unknown_keys_are_reported_with_file_line_and_key(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    shutil.copy(CONFIGS / "wrong_types.toml", path)
    config = read_config(path)
    assert config.error is None and config.writable
    found = {(i.line, i.key): (i.message, str(i)) for i in config.issues}
    for line, key, words in WRONG:
        assert (line, key) in found, (line, key, sorted(found))
        message, text = found[(line, key)]
        assert words in message
        assert text.startswith(f"{path}:{line}: {key}: ")
    # the defaults stand in for the bad values, good values still apply
    assert config.corpus.max_bytes == DEFAULT_MAX_BYTES
    assert config.corpus.paths == ()
    assert config.reading.threshold == DEFAULT_THRESHOLD
    assert (config.reading.theme, config.reading.layout) == ("parallax", "auto")
    assert config.keymap == {"prev_match": "p,up"}
    assert [b.id for b in config.bookmarks] == ["ddd444"]
    assert config.bookmarks[0].note == ""
    assert config.pins == ()


def test_paraphrases_is_a_boolean_and_anything_else_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[reading]\nparaphrases = false\n", encoding="utf-8")
    assert read_config(path).reading.paraphrases is False
    path.write_text('[reading]\nthreshold = 60\nparaphrases = "no"\n', encoding="utf-8")
    config = read_config(path)
    assert config.reading.paraphrases is True and config.reading.threshold == 60
    assert [(i.line, i.key) for i in config.issues] == [(3, "reading.paraphrases")]
    assert "expected true or false" in config.issues[0].message


def test_the_cli_reports_issues_on_stderr_and_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    shutil.copy(CONFIGS / "wrong_types.toml", path)
    proc = cli("--config", str(path), "bookmarks", "--json")
    assert proc.returncode == 0
    assert [b["id"] for b in json.loads(proc.stdout)["bookmarks"]] == ["ddd444"]
    lines = proc.stderr.splitlines()
    assert len(lines) == len(read_config(path).issues)
    assert f"{path}:9: reading.threshold: " in proc.stderr


def test_values_of_every_type_never_crash_the_reader(tmp_path: Path) -> None:
    values = ['"s"', "1", "-1", "1.5", "nan", "inf", "true", "1979-05-27T07:32:00Z", "1979-05-27", "07:32:00",
              "[]", "[1, 2]", '["a", 1]', "{}", '{ a = 1 }', "[[1], [2]]"]
    keys = ["corpus.paths", "corpus.max_bytes", "reading.threshold", "reading.theme", "reading.layout",
            "reading.paraphrases", "keys.next_match", "bookmarks", "events", "events.pin", "corpus", "reading", "keys"]
    path = tmp_path / "c.toml"
    for key in keys:
        for value in values:
            path.write_text(f"{key} = {value}\n", encoding="utf-8")
            config = read_config(path)
            assert config.error is None
            assert isinstance(config, Config)


# ---------------------------------------------------------------------------- the default


def test_the_documented_default_parses_cleanly_and_matches_the_code() -> None:
    path = default_config_path()
    assert path == ROOT / "config.toml"
    config = read_config(path)
    assert config.error is None and config.issues == ()
    assert config.reading.threshold == DEFAULT_THRESHOLD
    assert config.reading.paraphrases is True
    assert config.corpus.max_bytes == DEFAULT_MAX_BYTES
    assert config.corpus.paths == ()
    assert (config.reading.theme, config.reading.layout) == ("parallax", "auto")
    assert config.bookmarks == () and config.pins == () and config.keymap == {}


def test_the_schema_and_the_documented_default_name_the_same_settings() -> None:
    """One schema: every setting it declares is shown in config.toml, and nothing else is."""
    data = tomli.loads((ROOT / "config.toml").read_text(encoding="utf-8"))
    assert set(data) == set(SETTINGS) | {"keys"}
    for table, fields in SETTINGS.items():
        assert set(data[table]) == {f.name for f in fields}, table


def test_every_default_setting_is_explained_by_a_comment_above_it() -> None:
    text = (ROOT / "config.toml").read_text(encoding="utf-8")
    lines = text.splitlines()
    settings = [key for key in key_lines(text) if len(key) == 2]
    assert {k[0] for k in settings} >= {"corpus", "reading"}
    for key in settings:
        line = key_lines(text)[key]
        above = lines[line - 2].strip()
        assert above.startswith("#"), f"{key} on line {line} has no comment above it"
    for table in ("[corpus]", "[reading]", "[keys]", "[[bookmarks]]", "[[events.pin]]"):
        assert table in text


# ---------------------------------------------------------------------------- keys and lines


def test_keymap_is_strings_only_and_tidied(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text('[keys]\nnext_match = "n, down"\n"compare.swap" = "s"\nbad = ""\nworse = "a b"\n',
                    encoding="utf-8")
    config = read_config(path)
    assert config.keymap == {"next_match": "n,down", "compare.swap": "s"}
    assert sorted(i.key for i in config.issues) == ["keys.bad", "keys.worse"]
    assert {i.line for i in config.issues} == {4, 5}


def test_key_lines_follow_tables_arrays_and_multiline_values() -> None:
    text = (CONFIGS / "hand_edited.toml").read_text(encoding="utf-8")
    lines = key_lines(text)
    assert lines[("corpus", "max_bytes")] == 9
    assert lines[("reading", "layout")] == 14
    assert lines[("keys", "prev_match")] == 18
    assert lines[("bookmarks", 0)] == 21
    assert lines[("bookmarks", 1)] == 31
    assert lines[("bookmarks", 1, "created")] == 36
    assert lines[("bookmarks", 1, "left_quote")] == 40
    assert lines[("events", "pin", 0, "alone")] == 45


def test_hand_edited_fixture_reads_fully() -> None:
    config = read_config(CONFIGS / "hand_edited.toml")
    assert config.error is None and config.issues == ()
    assert config.reading.threshold == 65.0 and config.reading.layout == "stacked"
    assert config.corpus.paths == (str(CONFIGS / "news/2024"), str(CONFIGS / "news/2025"))
    first, second = config.bookmarks
    assert "[[bookmarks]]" in first.note
    assert second.created == "2026-02-03T04:05:06+00:00"
    assert second.passage is not None and second.passage.left == (2, 3)


def test_listing_bookmarks_stays_light(tmp_path: Path) -> None:
    """`parallax bookmarks` reads the config with tomli alone: no UI, no aligner, no writer."""
    path = one_bookmark(tmp_path / "c.toml", "f00001")
    code = (
        "import sys\n"
        f"sys.argv = ['parallax', '--config', {str(path)!r}, 'bookmarks', '--json']\n"
        "from tui.cli import main\n"
        "assert main() == 0\n"
        "heavy = {'textual', 'rich', 'scipy', 'sklearn', 'numpy', 'rapidfuzz', 'tomlkit', 'filelock'}\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in heavy or m == 'tui.engine.align')\n"
        "print(','.join(loaded), file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path)
    assert json.loads(proc.stdout)["bookmarks"][0]["id"] == "f00001"
    assert proc.stderr.strip() == ""
