"""Dates in the forms articles state them, turned into ISO `YYYY-MM-DD`."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_PATTERNS = [
    re.compile(r"(?P<year>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)"),
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
]


def iso_date(text: str) -> str | None:
    """The first full date in `text` as ISO, or None when there is none or it is impossible."""
    for pattern in _PATTERNS:
        found = pattern.search(text)
        if not found:
            continue
        parts = found.groupdict()
        month = int(parts["m"]) if parts.get("m") else MONTHS[parts["month"].lower()]
        try:
            return date(int(parts["year"]), month, int(parts["day"])).isoformat()
        except ValueError:
            continue
    return None
