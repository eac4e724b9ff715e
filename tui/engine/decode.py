"""Turn a file's bytes into text: UTF-8 first, then a detector, binary refused."""

from __future__ import annotations

import codecs

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


def _looks_binary(data: bytes) -> bool:
    """NULs or many C0 controls in a sample mean binary (BOM-marked UTF-16/32 is checked before)."""
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(sample) > 0.05


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
    best = from_bytes(data[:262144]).best()
    encoding = best.encoding if best is not None else "cp1252"
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        return data.decode("cp1252", errors="replace"), "cp1252 (with replacements)"
