"""Untrusted text on its way in and on its way out.

In: article text is written by strangers and shown in terminals, so anything that a
terminal could act on (CSI, OSC such as clipboard writes or title sets, DCS, APC,
PM, SOS, lone ESC, BEL and the C0/C1 controls) is removed when a file is read
(strip_controls). Newlines and tabs survive; carriage returns become newlines.

Out: `printable` is the one gate every string from outside passes before the command
line prints it (file names, URLs, config values, article text): what a terminal could act
on is shown as a visible escape, never written raw. `json_safe` writes the same set as
JSON escapes.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# The patterns are compiled at their first use (`_compiled`), not at import: a start that shows
# only printable text, as the library listing a warm cache does, compiles none of them (their
# compiling was ~14 M instructions of `parallax`'s start, counted with callgrind; issue 11).


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """`pattern` compiled, once."""
    return re.compile(pattern)


# ESC-introduced strings (OSC, DCS, SOS, PM, APC) end at BEL or ST (ESC \ or \x9c),
# or run to the end of the text when unterminated.
_ESC_STRING = r"(?s)(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f]).*?(?:\x07|\x1b\\|\x9c|\Z)"
# CSI: ESC [ or the 8-bit \x9b, then parameters, intermediates and a final byte.
_CSI = r"(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?"
# Any other two- or three-byte escape (ESC ( B, ESC 7, ESC c ...).
_ESC_OTHER = r"\x1b[\x20-\x2f]*[\x30-\x7e]?"
# Remaining C0 controls except \t and \n, DEL, C1 controls, Unicode bidirectional
# overrides/isolates that can disguise text, and lone surrogates (not text: what a JSON or
# YAML "\ud800" escape makes).
_CONTROLS = r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]"


# A numeric character reference (HTML and Markdown decode them: `&#27;`, `&#x1b;`), to a code
# point that `_CONTROLS` or an escape names; what such a reference makes is decoded first.
_CONTROL_REFERENCE = r"&#(?:[xX]0*([0-9a-fA-F]{1,6})|0*([0-9]{1,7}));?"


def control_references(text: str) -> str:
    """`text` with numeric references to control characters replaced by those characters, so
    that `strip_controls` takes away the whole sequence they begin (`&#27;[31m`, not only the
    ESC: a parser that drops the ESC would leave "[31m" in the text). Other references stay
    for the format's own decoding."""
    if "&#" not in text:
        return text

    def decoded(found: re.Match[str]) -> str:
        hexa, decimal = found.groups()
        point = int(hexa, 16) if hexa is not None else int(decimal)
        character = chr(point) if point < 0x110000 else ""
        return character if character and _compiled(_CONTROLS).fullmatch(character) else found.group(0)

    return _compiled(_CONTROL_REFERENCE).sub(decoded, text)


def strip_controls(text: str) -> str:
    """Return `text` with escape sequences and control characters removed."""
    if not text or text.replace("\n", " ").replace("\t", " ").isprintable():
        return text  # nothing below matches a printable character, a newline or a tab
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _compiled(_ESC_STRING).sub("", text)
    text = _compiled(_CSI).sub("", text)
    text = _compiled(_ESC_OTHER).sub("", text)
    text = text.replace("\x0b", "\n").replace("\x0c", "\n")
    return _compiled(_CONTROLS).sub("", text)


# Invisible characters that only break words apart for a program: zero-width space, soft
# hyphen, word joiner, byte-order mark, Mongolian vowel separator. A reader sees the text the
# same without them, terminals disagree on their width, and matching would see "wo\u200brd" as
# two words, so they go when a file is read. (Zero-width joiners and non-joiners stay where they
# shape emoji and some scripts, and matching ignores them, see textnorm; after an ASCII character,
# a Latin letter or a space, or before a space, they shape nothing: "Đorđe\u200d Stanimirac".)
_INVISIBLE = r"[\u00ad\u180e\u200b\u2060\ufeff]"
_LOOSE_JOINERS = r"(?<=[\x00-\x7f\u00a0-\u024f\u1e00-\u1eff\s])[\u200c\u200d]|[\u200c\u200d](?=\s|$)"
_JOINERS = ("\u200c", "\u200d")


def drop_invisible(text: str) -> str:
    """`text` without the invisible characters that split words (soft hyphen, zero-width space,
    word joiner, BOM): how article text and metadata are read."""
    if text.isascii():
        return text
    text = _compiled(_INVISIBLE).sub("", text)
    if any(joiner in text for joiner in _JOINERS):  # (rare: their pattern looks behind at every character)
        text = _compiled(_LOOSE_JOINERS).sub("", text)
    return text


_INTERPUNCTS = "\u2219\u22c5\u2027"
"""The middle dot's look-alikes (bullet operator, dot operator, hyphenation point), which fonts and pickers give
for "·" between a meta line's parts ("The Kızılkaya Gulf Express ∙ Tuesday 17 July 2018 ∙ By Name")."""


def readable(text: str) -> str:
    """`text` as article text and metadata are read: without its invisible characters (drop_invisible), with each
    letter and the accents written apart from it joined (NFC: a Mac's editors, and some pages' entities, "e&#x301;",
    write "é" as "e" and a combining mark, which would print, match and compare as another name), and with the
    middle dot's look-alikes read as the middle dot (_INTERPUNCTS)."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFC", drop_invisible(text))
    for look_alike in _INTERPUNCTS:
        if look_alike in text:  # (rare: three scans cost less than one translate of every text)
            text = text.replace(look_alike, "·")
    return text


def readable_field(value: str | None) -> str | None:
    """A field (title, outlet, author) as fields are read (readable); None where it is none or nothing is left."""
    return None if value is None else readable(value) or None


# -- the output gate ------------------------------------------------------------------------

UNSAFE = r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
"""What must never reach an output raw: C0 controls but tab and newline (ESC among them), DEL,
C1 controls (8-bit CSI, OSC, ST...), line and paragraph separators, bidi overrides and isolates,
and lone surrogates (the bytes of a file name that are not UTF-8, as os.fsdecode holds them;
written raw they would be an encoding error)."""


def _visible(found: re.Match[str]) -> str:
    code = ord(found.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 in a file name: show that byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 256 else f"\\u{code:04x}"


def printable(text: str, *, one_line: bool = False) -> str:
    """THE sanitiser for output: `text` with everything in UNSAFE shown as a visible escape
    (`\\x1b`, `\\u202e`, `\\xff` for a byte of a name that is not UTF-8).

    Every string from outside (file names, URLs, config values, article text) passes here
    before the command line prints it, on stdout or stderr, so it is shown whole yet never
    acts on the terminal. Text already cleaned by strip_controls comes through unchanged, so
    offsets into it stay valid. `one_line` also turns newlines into spaces (for one-line
    messages); tabs are harmless and stay. JSON output uses the same UNSAFE set: json_safe.
    """
    if one_line:
        text = text.replace("\n", " ")
    if text.isprintable():  # no character of UNSAFE is printable
        return text
    return _compiled(UNSAFE).sub(_visible, text)


def json_safe(document: str) -> str:
    """A JSON document with everything in UNSAFE written as a JSON `\\uXXXX` escape.

    json.dumps(ensure_ascii=False) escapes C0 controls but writes C1 controls, bidi overrides
    and lone surrogates raw. They can only stand inside JSON strings, where the escape means
    the same character, so the data a reader parses is unchanged (a file name that is not
    UTF-8 comes back as the same surrogates, which os.fsencode turns into the same bytes).
    """
    return _compiled(UNSAFE).sub(lambda m: f"\\u{ord(m.group()):04x}", document)
