"""Faults, round two: no hang, no injection, no reach out of a folder, no lost text.

Real files, FIFOs, devices, symbolic links and processes: `parallax` runs in a subprocess
with a timeout, so a hang fails the test instead of stalling the suite.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.e2e.harness import PARALLAX
from tui.engine.corpus import LINK_LOOP, LINK_OUT, load_corpus, read_bytes
from tui.engine.model import Notice
from tui.engine.notices import group_notices

HANG = 120
"""Seconds a command may take before it counts as hung (the machine is busy; the commands
here finish in a few seconds, a blocked read never does)."""
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
SEED = SEEDS / "000_7f0f2242164ee204.txt"
OTHER = SEEDS / "003_0f17ba297f544814.txt"
# An article with no heading: every paragraph is prose, so the report's column header is its path.
UNTITLED = (
    "The council met again on Thursday to discuss the budget for the coming year, the chair said.\n\n"
    "Members argued for hours about the cost of repairing the old harbour bridge before the vote.\n\n"
    "A final vote is expected before the end of the month, according to the council's own timetable.\n"
)


def cli(*args: str | bytes | Path, cwd: Path, timeout: float = HANG) -> subprocess.CompletedProcess[bytes]:
    """The installed `parallax`, bytes in and out (file names need not be UTF-8)."""
    return subprocess.run([str(PARALLAX), *args], capture_output=True, timeout=timeout, cwd=cwd,
                          env=dict(os.environ), check=False)


def assert_no_controls(data: bytes, where: str) -> str:
    text = data.decode("utf-8")  # a lone surrogate could not even be written
    found = CONTROL.search(text)
    assert found is None, f"{where}: control character {found.group()!r} in {text[:300]!r}"
    return text


def one_line(result: subprocess.CompletedProcess[bytes]) -> str:
    err = assert_no_controls(result.stderr, "stderr")
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    return lines[0]


# -- hangs ------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["show", "compare-left", "compare-right", "events"])
def test_a_fifo_given_directly_does_not_hang(command: str, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    table: dict[str, list[str | Path]] = {
        "show": ["show", fifo],
        "compare-left": ["compare", fifo, SEED],
        "compare-right": ["compare", SEED, fifo],
        "events": ["events", fifo, SEED],
    }
    result = cli(*table[command], cwd=tmp_path)
    assert result.returncode == (0 if command == "events" else 2)
    line = one_line(result)
    assert str(fifo) in line and "not a regular file" in line


def test_a_device_given_directly_is_refused_not_read(tmp_path: Path) -> None:
    result = cli("show", "/dev/zero", cwd=tmp_path)
    assert result.returncode == 2
    assert one_line(result) == "/dev/zero: not a regular file (a device); skipped"


# A file swapped for a FIFO after the folder was listed, through both reading paths (the plain
# one and the cached one that `events` and the TUI take), in a child process so a hang fails.
SWAP = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from tui.engine.cache import Cache
    from tui.engine.pipeline import load_corpus_cached
    from tui.engine.corpus import load_corpus
    folder, cache_file, cached = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3] == "cached"
    victim = folder / "b.txt"
    def swap(done: int, total: int) -> None:
        if done == 1:  # a.txt is read, b.txt was listed as a regular file: now it is a FIFO
            victim.unlink()
            os.mkfifo(victim)
    if cached:
        with Cache(cache_file) as cache:
            corpus = load_corpus_cached([folder], progress=swap, cache=cache)
    else:
        corpus = load_corpus([folder], progress=swap)
    print(sorted(os.path.basename(a.path) for a in corpus.articles))
    print([(os.path.basename(n.path), n.message) for n in corpus.notices])
""")


@pytest.mark.parametrize("path", ["plain", "cached"])
def test_a_file_replaced_by_a_fifo_after_listing_does_not_hang(path: str, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, seed in zip(("a.txt", "b.txt", "c.txt"), sorted(SEEDS.iterdir())[:3], strict=True):
        shutil.copyfile(seed, folder / name)
    cache_file = tmp_path / "cache.sqlite3"
    if path == "cached":  # b.txt is in the cache as a regular file from an earlier run
        first = subprocess.run([sys.executable, "-c", "import sys; from tui.engine.cache import Cache; "
                                "from tui.engine.pipeline import load_corpus_cached; from pathlib import Path; "
                                "load_corpus_cached([sys.argv[1]], cache=Cache(Path(sys.argv[2])))",
                                str(folder), str(cache_file)], capture_output=True, text=True, timeout=HANG,
                               check=False)
        assert first.returncode == 0, first.stderr
    result = subprocess.run([sys.executable, "-c", SWAP, str(folder), str(cache_file), path], capture_output=True,
                            text=True, timeout=HANG, check=False)
    assert result.returncode == 0, result.stderr
    loaded, notices = result.stdout.splitlines()
    if path == "cached" and loaded == "['a.txt', 'b.txt', 'c.txt']":
        # The cache checked b.txt's identity as it was listed (a regular file, unchanged since the
        # earlier run) and served that text without opening the file: no hang, nothing read from the FIFO.
        assert notices == "[]"
        return
    assert loaded == "['a.txt', 'c.txt']"
    assert notices == "[('b.txt', 'not a regular file (a FIFO); skipped')]"


def test_every_read_is_bounded(tmp_path: Path) -> None:
    """A sparse file of a terabyte: only the cap (and one byte to know it was cut) is read."""
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(1 << 40)
    data, capped = read_bytes(huge, 1000)
    assert len(data) == 1000 and capped
    result = cli("show", huge, cwd=tmp_path)
    assert result.returncode == 2
    err = assert_no_controls(result.stderr, "stderr")
    assert "larger than 4,194,304 bytes" in err and "binary data" in err


# -- an empty path --------------------------------------------------------------------------------


@pytest.mark.parametrize("args", [("show", ""), ("compare", "", str(SEED)), ("compare", str(SEED), "")])
def test_an_empty_path_is_a_usage_error(args: tuple[str, ...], tmp_path: Path) -> None:
    result = cli(*args, cwd=tmp_path)
    assert result.returncode == 2
    line = one_line(result)
    assert "empty path" in line and "folder" not in line


def test_an_empty_path_in_events_is_a_notice_not_the_working_folder(tmp_path: Path) -> None:
    shutil.copyfile(SEED, tmp_path / "here.txt")  # would be read if "" meant the working folder
    result = cli("events", "", str(OTHER), "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    paths = [a["path"] for e in json.loads(result.stdout)["events"] for a in e["articles"]]
    assert paths == [str(OTHER)]
    assert one_line(result) == '"": an empty path names no file; skipped'


# -- injection -------------------------------------------------------------------------------------

TITLE_SET = "\x1b]0;PWNED\x1b\\"  # OSC 0, ended by ST (ESC \)
CLIPBOARD = "\x1b]52;c;UFdORUQ=\x07"


def test_compare_report_column_header_shows_a_hostile_name_escaped(tmp_path: Path) -> None:
    left = tmp_path / f"{TITLE_SET}left{CLIPBOARD}.txt"
    right = tmp_path / "right\x9b2J.txt"  # an 8-bit CSI
    left.write_text(UNTITLED)
    right.write_text(UNTITLED)
    result = subprocess.run([str(PARALLAX), "compare", str(left), str(right)], capture_output=True, timeout=HANG,
                            cwd=tmp_path, env={**os.environ, "COLUMNS": "400"}, check=False)
    assert result.returncode == 0, result.stderr
    out = assert_no_controls(result.stdout, "compare report")
    assert "\\x1b]0;PWNED\\x1b\\left\\x1b]52;c;UFdORUQ=\\x07.txt" in out  # the name, whole and inert
    assert "right\\x9b2J.txt" in out
    assert "3 matches" in out


@pytest.mark.parametrize("args", [
    ("show", f"{TITLE_SET}missing.txt"),
    ("compare", f"a{CLIPBOARD}.txt", "b.txt"),
    ("events", f"{TITLE_SET}gone"),
    (f"--bogus{TITLE_SET}",),
    ("show", str(SEED), f"--no-such{CLIPBOARD}"),
    ("compare", str(SEED), str(OTHER), "--threshold", f"{TITLE_SET}"),
    ("show", "--config", f"{TITLE_SET}.toml", str(SEED)),
])
def test_stderr_never_echoes_an_escape_from_an_argument(args: tuple[str, ...], tmp_path: Path) -> None:
    result = cli(*args, cwd=tmp_path)
    assert result.returncode == 2
    err = assert_no_controls(result.stderr, "stderr")
    assert "Traceback" not in err
    assert err.splitlines() and all("\\x1b" in line for line in err.splitlines())  # named, escaped


NON_UTF8 = b"caf\xe9 \xc2\x9b31m news.txt"
"""A latin-1 byte (not UTF-8) and a UTF-8-encoded C1 CSI in one file name."""


def non_utf8_file(folder: Path) -> bytes:
    path = os.path.join(os.fsencode(folder), NON_UTF8)
    with open(path, "wb") as handle:
        handle.write(SEED.read_bytes())
    return path


def assert_json_names(result: subprocess.CompletedProcess[bytes], path: bytes) -> None:
    assert result.returncode == 0, result.stderr
    assert_no_controls(result.stdout, "JSON")  # \u009b written as an escape
    assert_no_controls(result.stderr, "stderr")
    data = json.loads(result.stdout)
    found = data.get("path") or data.get("left", {}).get("path") or data["events"][0]["articles"][0]["path"]
    assert os.fsencode(found) == path  # the escapes give back the very bytes of the name


def test_json_escapes_c1_controls_and_keeps_non_utf8_names(tmp_path: Path) -> None:
    path = non_utf8_file(tmp_path)
    assert_json_names(cli("show", path, "--json", cwd=tmp_path), path)
    assert_json_names(cli("compare", path, path, "--json", cwd=tmp_path), path)
    report = cli("compare", path, path, cwd=tmp_path)
    assert report.returncode == 0
    assert_no_controls(report.stdout, "compare report")


def test_events_on_a_non_utf8_name(tmp_path: Path) -> None:
    path = non_utf8_file(tmp_path)
    assert_json_names(cli("events", os.fsencode(tmp_path), "--json", cwd=tmp_path), path)
    text = cli("events", os.fsencode(tmp_path), cwd=tmp_path)
    assert text.returncode == 0
    assert "caf\\xe9 \\x9b31m news.txt" in assert_no_controls(text.stdout, "events (text)")


# -- reach: symbolic links and the folder given -------------------------------------------------


def linked_corpus(root: Path) -> tuple[Path, Path]:
    """corpus/ with links that stay inside it and links out of it; outside/ holds an article."""
    outside = root / "outside"
    (outside / "folder").mkdir(parents=True)
    shutil.copyfile(OTHER, outside / "secret.txt")
    shutil.copyfile(OTHER, outside / "folder" / "deep.txt")
    corpus = root / "corpus"
    (corpus / "sub").mkdir(parents=True)
    shutil.copyfile(SEED, corpus / "sub" / "own.txt")
    os.symlink("sub/own.txt", corpus / "inside.txt")  # a link that stays inside: followed
    (corpus / ".store").mkdir()  # hidden, so not walked but through the link below
    shutil.copyfile(SEED, corpus / ".store" / "kept.txt")
    os.symlink(".store", corpus / "store")  # a folder link that stays inside: followed
    os.symlink(outside / "secret.txt", corpus / "secret.txt")  # out: skipped
    os.symlink("../outside/folder", corpus / "away")  # a folder out: skipped
    os.symlink("/etc", corpus / "etc")  # the case
    os.symlink("loop2.txt", corpus / "loop1.txt")  # a loop of file links
    os.symlink("loop1.txt", corpus / "loop2.txt")
    os.symlink("nothing.txt", corpus / "dangling.txt")
    return corpus, outside


def test_links_out_of_the_folder_are_skipped_with_a_notice(tmp_path: Path) -> None:
    corpus, _ = linked_corpus(tmp_path)
    result = cli("events", corpus, "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    paths = sorted(os.path.relpath(a["path"], corpus) for e in json.loads(result.stdout)["events"]
                   for a in e["articles"])
    assert paths == ["inside.txt", "store/kept.txt", "sub/own.txt"]
    lines = assert_no_controls(result.stderr, "stderr").splitlines()
    expected = {"secret.txt": LINK_OUT, "away": LINK_OUT, "etc": LINK_OUT, "loop1.txt": LINK_LOOP,
                "loop2.txt": LINK_LOOP, "dangling.txt": "symbolic link to nothing"}
    for name, message in expected.items():
        about = [line for line in lines if line.startswith(f"{corpus / name}: ")]
        assert len(about) == 1 and about[0].startswith(f"{corpus / name}: {message}"), lines
    assert len(lines) == len(expected)
    assert "passwd" not in result.stdout.decode() and "root:" not in result.stdout.decode()


def test_a_link_given_directly_is_read(tmp_path: Path) -> None:
    corpus, _ = linked_corpus(tmp_path)
    result = cli("events", corpus / "secret.txt", corpus / "away", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    paths = sorted(a["path"] for e in json.loads(result.stdout)["events"] for a in e["articles"])
    assert paths == sorted([str(corpus / "secret.txt"), str(corpus / "away" / "deep.txt")])
    shown = cli("show", corpus / "secret.txt", "--json", cwd=tmp_path)
    assert shown.returncode == 0 and json.loads(shown.stdout)["sentences"]


def test_a_link_loop_given_directly_gets_a_notice(tmp_path: Path) -> None:
    corpus, _ = linked_corpus(tmp_path)
    result = cli("events", corpus / "loop1.txt", SEED, cwd=tmp_path)
    assert result.returncode == 0
    assert one_line(result) == f"{corpus / 'loop1.txt'}: {LINK_LOOP}"
    shown = cli("show", corpus / "loop1.txt", cwd=tmp_path)
    assert shown.returncode == 2 and one_line(shown) == f"{corpus / 'loop1.txt'}: {LINK_LOOP}"


def test_a_file_replaced_by_a_link_out_after_listing_is_not_read(tmp_path: Path) -> None:
    corpus, outside = linked_corpus(tmp_path)
    shutil.copyfile(SEED, corpus / "zz.txt")

    def swap(done: int, total: int) -> None:
        if done == 1:  # zz.txt, listed as a file inside, becomes a link out
            (corpus / "zz.txt").unlink()
            os.symlink(outside / "secret.txt", corpus / "zz.txt")

    loaded = load_corpus([corpus], progress=swap)
    assert "zz.txt" not in [os.path.basename(a.path) for a in loaded.articles]
    assert Notice(str(corpus / "zz.txt"), LINK_OUT) in loaded.notices


# -- many notices ----------------------------------------------------------------------------------


def test_notices_group_by_reason_and_keep_every_file() -> None:
    notices = [Notice(f"f{i}.txt", "empty file") for i in range(7)]
    notices.insert(3, Notice("bin.txt", "binary data, not text; skipped"))
    groups = group_notices(notices)
    assert [(g.reason, len(g)) for g in groups] == [("empty file", 7), ("binary data, not text; skipped", 1)]
    assert groups[0].paths == [f"f{i}.txt" for i in range(7)]


EMPTY_FILES = 20_000


def test_twenty_thousand_empty_files_print_a_few_lines(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(EMPTY_FILES):
        (corpus / f"{i:05d}.txt").touch()
    for i in range(3):
        (corpus / f"bin{i}.txt").write_bytes(bytes(range(256)))  # a small group: one line each
    shutil.copyfile(SEED, corpus / "zz_good.txt")
    result = cli("events", corpus, "--json", cwd=tmp_path, timeout=600)
    assert result.returncode == 0, result.stderr[-500:]
    lines = assert_no_controls(result.stderr, "stderr").splitlines()
    assert len(lines) == 4, lines
    assert lines[0].startswith(f"20,000 files: empty file ({corpus / '00000.txt'}, {corpus / '00001.txt'}, ")
    assert sorted(lines[1:]) == [f"{corpus / f'bin{i}.txt'}: binary data, not text; skipped" for i in range(3)]


# -- wrong output ----------------------------------------------------------------------------------


def test_a_one_paragraph_article_that_opens_with_a_stamp_keeps_its_text(tmp_path: Path) -> None:
    for lead in ("Updated 10:32 a.m. EST, Fri July 12, 2024.", "Photo: Reuters.", "Read more: Fares rise."):
        article = tmp_path / "one.txt"
        article.write_text(f"{lead} {UNTITLED.replace(chr(10), ' ')}\n")
        result = cli("show", article, "--json", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        sentences = json.loads(result.stdout)["sentences"]
        assert sentences[0].startswith("The council met again on Thursday") and len(sentences) == 3


INVISIBLE = {"\u200b": "zero-width space", "\u00ad": "soft hyphen", "\u2060": "word joiner",
             "\ufeff": "zero-width no-break space", "\u200c": "zero-width non-joiner", "\u200d": "zero-width joiner"}


def sprinkle(text: str, mark: str) -> str:
    """`mark` inside every word of four letters or more, as pages put soft hyphens."""
    return re.sub(r"\b(\w\w)(\w\w+)", lambda m: m.group(1) + mark + m.group(2), text)


@pytest.mark.parametrize("mark", sorted(INVISIBLE))
def test_invisible_characters_inside_words_do_not_stop_a_match(mark: str, tmp_path: Path) -> None:
    plain = tmp_path / "plain.txt"
    marked = tmp_path / "marked.txt"
    plain.write_text(UNTITLED)
    marked.write_text(sprinkle(UNTITLED, mark))
    assert mark in marked.read_text()
    result = cli("compare", plain, marked, "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [(m["left"], m["right"]) for m in data["matches"]] == [([0], [0]), ([1], [1]), ([2], [2])]
    for match in data["matches"]:
        assert match["score"] >= 90
        for side in ("left", "right"):
            (index,) = match[side]
            sentence = data[side]["sentences"][index]
            for at, start, end in match["spans"][side]:
                assert at == index and 0 <= start < end <= len(sentence)
            # The spans fit the sentence as shown: each starts and ends on a word's edges.
            for _, start, end in match["spans"][side]:
                assert sentence[start].isalnum() and sentence[end - 1].isalnum(), sentence[start:end]
                assert start == 0 or not sentence[start - 1].isalnum()
                assert end == len(sentence) or not sentence[end].isalnum()
    for side in ("left", "right"):
        shared = " ".join(data[side]["sentences"][i][start:end].replace(mark, "")
                          for m in data["matches"] for i, start, end in m["spans"][side]).split()
        assert {"council", "Members", "harbour", "timetable"} <= set(shared)
    # invisible and meaningless in running text: gone when the file is read (joiners too, which shape emoji and some
    # scripts but nothing after a Latin letter; tests/test_meta_fortyfourth.py keeps an emoji's and a script's)
    assert data["right"]["sentences"] == data["left"]["sentences"]
