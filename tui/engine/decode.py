"""Turn a file's bytes into text: UTF-8 first, then a detector, binary refused."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes


class BinaryData(ValueError):
    """The bytes are not text in any encoding we can trust."""


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


BINARY_SAMPLE = 8192
"""Bytes from a file's start that say whether it is binary."""
BINARY_CONTROLS = 0.05
"""The share of a sample's bytes that may be C0 controls text does not hold before the file counts as binary."""
_NOT_CONTROLS = bytes(b for b in range(256) if b >= 32 or b in (9, 10, 12, 13, 27))
"""Every byte but the C0 controls text does not hold (tab, line feed, form feed, carriage return and escape it may):
deleted from a sample, they leave its controls to count, in one pass in C instead of a loop over its bytes."""


def _looks_binary(data: bytes) -> bool:
    """NULs or many C0 controls in a sample mean binary (BOM-marked UTF-16/32 is checked before)."""
    sample = data[:BINARY_SAMPLE]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = len(sample.translate(None, _NOT_CONTROLS))
    return controls / len(sample) > BINARY_CONTROLS


# Among near-equal guesses, the encodings most news text on the web was written in.
_PREFERRED = ("utf_8", "cp1252", "latin_1", "iso8859_15", "cp1251", "cp1250", "iso8859_2", "koi8_r")


def _detect(data: bytes) -> str:
    """The detector's guess; short Western text often ties between code pages, so break ties
    in favour of the common ones (cp1252 over cp1250 for "naïve", cp1251 over mac_cyrillic)."""
    results = list(from_bytes(data))
    if not results:
        return "cp1252"
    best = results[0]
    close = [
        m.encoding for m in results
        if m.chaos <= best.chaos + 0.01 and m.coherence >= best.coherence - 0.1
    ]
    for encoding in _PREFERRED:
        if encoding in close:
            return encoding
    return str(best.encoding)


# What Western news text in cp1252 holds beyond ASCII: accented letters and typographic marks.
_WESTERN = re.compile(r"[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u00a0\u00a3\u00a9\u00ab\u00ae\u00b0\u00b7\u00bb"
                      r"\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac\n\r\t]")


def _plausible_cp1252(data: bytes) -> bool:
    """Detectors split short Western text across look-alike code pages; when every non-ASCII
    character that cp1252 gives is a Western letter or typographic mark, cp1252 it is."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return all(ch.isascii() or _WESTERN.match(ch) for ch in text)


def decode(data: bytes) -> tuple[str, str | None]:
    """Decode `data`; return the text and, when it was not plain UTF-8, the encoding used.

    Raises BinaryData when the bytes are not text.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", "") + " (BOM)"
            except UnicodeDecodeError:
                break
    if _looks_binary(data):
        raise BinaryData("binary data, not text")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as err:
        # A file cut at a size cap may end inside a multi-byte character.
        if err.start >= len(data) - 3 and err.reason == "unexpected end of data":
            return data[: err.start].decode("utf-8"), None
    encoding = "cp1252" if _plausible_cp1252(data) else _detect(data[:262144])
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        return data.decode("cp1252", errors="replace"), "cp1252 (with replacements)"
