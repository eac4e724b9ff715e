"""Strip terminal escape sequences and control characters from untrusted text.

Article text is written by strangers and shown in terminals, so anything that a
terminal could act on (CSI, OSC such as clipboard writes or title sets, DCS, APC,
PM, SOS, lone ESC, BEL and the C0/C1 controls) is removed when a file is read.
Newlines and tabs survive; carriage returns become newlines.
"""

from __future__ import annotations

import re

# ESC-introduced strings (OSC, DCS, SOS, PM, APC) end at BEL or ST (ESC \ or \x9c),
# or run to the end of the text when unterminated.
_ESC_STRING = re.compile(r"(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f]).*?(?:\x07|\x1b\\|\x9c|\Z)", re.S)
# CSI: ESC [ or the 8-bit \x9b, then parameters, intermediates and a final byte.
_CSI = re.compile(r"(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?")
# Any other two- or three-byte escape (ESC ( B, ESC 7, ESC c ...).
_ESC_OTHER = re.compile(r"\x1b[\x20-\x2f]*[\x30-\x7e]?")
# Remaining C0 controls except \t and \n, DEL, C1 controls, and Unicode
# bidirectional overrides/isolates that can disguise text.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")


def strip_controls(text: str) -> str:
    """Return `text` with escape sequences and control characters removed."""
    if not text:
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ESC_STRING.sub("", text)
    text = _CSI.sub("", text)
    text = _ESC_OTHER.sub("", text)
    text = text.replace("\x0b", "\n").replace("\x0c", "\n")
    return _CONTROLS.sub("", text)


def printable(text: str) -> str:
    """`text` with every control character shown as a visible escape (`\\x1b`), for file names
    and other strings that must be shown whole, not cleaned, yet never reach a terminal raw."""
    return _ANY_CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 256 else
                            f"\\u{ord(m.group()):04x}", text)


_ANY_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
