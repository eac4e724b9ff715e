"""Arbitrary bytes as file names and as file contents, through `show`, `compare` and `events`:
never a traceback, never a control character on stdout or stderr, exit 0 or 2.

The commands run in-process through `tui.cli.main` (fast enough for many examples), with
stdout and stderr captured by strict UTF-8 writers, as a terminal's would be: a lone
surrogate written raw fails the run just as it would for a user. Examples are derandomized
(tests/conftest.py's "suite" profile); PARALLAX_PROPERTY_SCALE=20 hunts longer.
"""

from __future__ import annotations

import io
import json
import os
import re
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tui.cli import main
from tui.engine.sanitize import json_safe, printable, strip_controls

# What must never reach an output raw: C0 controls but tab and newline (ESC among them), DEL,
# C1 controls, bidi overrides and isolates; and no lone surrogate could be encoded at all.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
SCALE = int(os.environ.get("PARALLAX_PROPERTY_SCALE", "1"))
"""Multiply the number of examples for a longer hunt (`make fuzz` sets it)."""
EXAMPLES = 25 * SCALE
"""Examples per command property: each runs the real commands several times."""

PROSE = [
    "The dock workers union said on Tuesday that the strike at the harbour had ended.",
    "Union leaders told members that the new contract raises pay by four percent.",
    "The council voted to build the tram line, the mayor said on Wednesday.",
    "Updated 10:32 a.m. EST.",
    "Photo: Reuters.",
    "Read more:",
]
HOSTILE = [
    "\x1b]0;PWNED\x07", "\x1b]52;c;UFdORUQ=\x1b\\", "\x1b[2J", "\x1b[31m", "\x9b31m", "\x9d0;x\x9c", "\x1bP+q\x1b\\",
    "\u202e", "\u2066", "\x00", "\r", "\x0c", "\x07", "\x7f", "\u200b", "\u00ad", "[bold]", "[/]", "[link=x]",
    "<script>", "&#27;]0;PWNED&#7;", "\n\n", "+++\ntitle = \"\\u001b]0;PWNED\\u0007\"\n+++\n",
    "---\ntitle: \"\\e]0;PWNED\\a\\ud800\"\n---\n",
]
ENCODINGS = ["utf-8", "utf-16", "cp1252", "latin-1", "koi8-r"]


def _encode(parts: list[str], encoding: str) -> bytes:
    return " ".join(parts).encode(encoding, errors="replace")


contents = st.one_of(
    st.binary(max_size=2000),
    st.builds(_encode, st.lists(st.one_of(st.sampled_from(PROSE), st.sampled_from(HOSTILE), st.text(max_size=20)),
                                max_size=24),
              st.sampled_from(ENCODINGS)),
)


def _name(raw: bytes, suffix: bytes) -> bytes:
    """Any bytes a file name can hold: no "/" nor NUL, not hidden, an article's suffix."""
    return b"n" + raw.replace(b"/", b"_").replace(b"\x00", b"_") + suffix


suffixes = st.sampled_from([b".txt", b".md", b".html"])
any_names = st.builds(_name, st.binary(max_size=40), suffixes)
# Names `events` can take before the cache branch (which stores names that are not UTF-8) is merged.
text_names = st.builds(_name, st.text(st.characters(exclude_categories=["Cs"]), max_size=30).map(
    lambda t: t.encode("utf-8")), suffixes)


def run(*argv: str) -> tuple[int, str, str]:
    """`parallax ARGV` in-process: exit status, stdout, stderr. Any exception fails the test."""
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", newline="", write_through=True)
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", newline="", write_through=True)
    with redirect_stdout(out), redirect_stderr(err):
        status = main(list(argv))
    out.flush()
    err.flush()
    texts = []
    for stream in (out, err):
        buffer = stream.buffer
        assert isinstance(buffer, io.BytesIO)
        raw = buffer.getvalue()
        text = raw.decode("utf-8")
        found = CONTROL.search(text)
        assert found is None, f"parallax {argv}: control character {found.group()!r} in {text[:400]!r}"
        texts.append(text)
    assert status in (0, 2), (argv, status, texts[1])
    assert "Traceback" not in texts[1]
    return status, texts[0], texts[1]


def config(folder: Path) -> str:
    """A config without the paraphrase pass (its model costs seconds per comparison, and adds no
    text of its own to the output)."""
    path = folder / "config.toml"
    path.write_text("[reading]\nparaphrases = false\n")
    return str(path)


def write(folder: Path, name: bytes, data: bytes) -> str:
    path = os.path.join(os.fsencode(folder), name)
    with open(path, "wb") as handle:
        handle.write(data)
    return os.fsdecode(path)


def check_json(status: int, out: str) -> None:
    if status == 0:
        json.loads(out)
    else:
        assert out == ""


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(left_name=any_names, left=contents, right_name=any_names, right=contents)
def test_show_and_compare_take_any_name_and_any_bytes(left_name: bytes, left: bytes, right_name: bytes,
                                                      right: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cfg = config(folder)
        if right_name == left_name:
            right_name = b"2" + right_name
        first = write(folder, left_name, left)
        second = write(folder, right_name, right)
        for path in (first, second):
            status, out, err = run("--config", cfg, "show", path, "--json")
            event(f"show exit {status}")
            check_json(status, out)
            if status == 2:  # a last line that names the file and the problem
                assert err.splitlines() and ": " in err.splitlines()[-1]
            run("--config", cfg, "show", path)
        status, out, _ = run("--config", cfg, "compare", first, second, "--json")
        event(f"compare exit {status}")
        check_json(status, out)
        run("--config", cfg, "compare", first, second)


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(files=st.lists(st.tuples(any_names, contents), min_size=1, max_size=4, unique_by=lambda f: f[0]))
def test_events_takes_any_bytes_in_files_named_anyhow(files: list[tuple[bytes, bytes]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        cfg = config(Path(tmp))
        for name, data in files:
            write(folder, name, data)
        status, out, err = run("--config", cfg, "events", str(folder), "--json")
        event(f"events exit {status}")
        check_json(status, out)
        if status == 2:
            assert "no article could be read" in err.splitlines()[-1]
        run("--config", cfg, "events", str(folder))


# -- the sanitiser itself ---------------------------------------------------------------------------

any_text = st.text(st.characters(), max_size=80)  # surrogates included: file names can hold them


@settings(max_examples=200 * SCALE)
@given(any_text, st.booleans())
def test_printable_leaves_nothing_a_terminal_acts_on_and_hides_nothing(text: str, one_line: bool) -> None:
    shown = printable(text, one_line=one_line)
    assert CONTROL.search(shown) is None
    shown.encode("utf-8")  # no lone surrogate left: it can be written
    assert printable(shown, one_line=one_line) == shown  # applying it twice changes nothing
    if one_line:
        assert "\n" not in shown
    # Nothing is dropped: every character is there, or its escape is.
    assert len(shown) >= len(text.replace("\n", " ") if one_line else text)


@settings(max_examples=200 * SCALE)
@given(any_text)
def test_cleaned_text_passes_the_gate_unchanged(text: str) -> None:
    """What the engine makes of article text (controls stripped, lines joined) needs no escape,
    so offsets into a sentence (the spans) still fit it as printed."""
    cleaned = " ".join(strip_controls(text).split())
    assert printable(cleaned) == cleaned


@settings(max_examples=200 * SCALE)
@given(st.dictionaries(any_text, any_text, max_size=4))
def test_json_safe_escapes_and_gives_back_the_same_data(data: dict[str, str]) -> None:
    document = json_safe(json.dumps(data, ensure_ascii=False))
    assert CONTROL.search(document) is None
    document.encode("utf-8")
    assert json.loads(document) == data
