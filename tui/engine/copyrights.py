"""Copyright lines: the year and the holder they name ("© 2025 Halden Daily. All rights reserved."), which a page's
foot gives as often as its masthead does (read by tui.engine.clean, extract, footnotes and pagetree)."""

from __future__ import annotations

import re

from tui.engine.meta import is_masthead, without_company

# "© 2025 Halden Daily. All rights reserved.", "Copyright (c) 2010-2025 Halden Daily"
_COPYRIGHT = re.compile(
    r"^\s*(?:©|\(c\)|copyright\b)\s*(?:©|\(c\))?\s*(?:(?:19|20)\d\d\s*[-–]\s*)?(?P<year>(?:19|20)\d\d)\b"
    r"[\s,.]*(?P<holder>.*)$",
    re.I,
)
_COPYRIGHT_AFTER = re.compile(  # the holder before the year: "© Halden Daily 2025", "Halden Daily © 2025"
    r"^\s*(?:(?:©|\(c\)|copyright\b)\s*(?:©|\(c\))?\s*(?P<holder>[^\d©:]+?)|(?P<before>[^\d©:]+?)\s*(?:©|\(c\)))"
    r"[\s,]*(?:(?:19|20)\d\d\s*[-–]\s*)?(?P<year>(?:19|20)\d\d)\b[\s.,]*(?:all rights reserved\.?)?\s*$",
    re.I,
)
_RIGHTS_RESERVED = re.compile(
    r"\s*(?:all\s+rights\s+reserved|tous\s+droits\s+réservés|todos\s+los\s+derechos\s+reservados"
    r"|alle\s+rechte\s+vorbehalten|tutti\s+i\s+diritti\s+riservati|todos\s+os\s+direitos\s+reservados"
    r"|wszelkie\s+prawa\s+zastrzeżone|alle\s+rechten\s+voorbehouden|tüm\s+hakları\s+saklıdır).*$", re.I)
""""All rights reserved" after a copyright's holder, in English and the languages its pages write it in."""
_RESERVED_BY = re.compile(r"^\s*(?:(?:©|\(c\)|copyright\b)\s*)?(?P<holder>[^\W\d_][^\d©:|·]*?)\s*[·|.,–—-]"
                          + _RIGHTS_RESERVED.pattern, re.I)
"""A masthead's rights reserved without a year or a sign ("Correio de Pedra Lascada · Todos os direitos
reservados")."""
_ALL_CONTENT = re.compile(r"^\s*all\s+(?:content|contents|material)\s+(?=©|\(c\)|copyright\b)", re.I)
"""What may stand before a copyright sign: "All content © 2025 Fjordingen Tidend"."""


_NOTICE_WORDS = ("©", "(c)", "copyright", "reserv", "riserv", "vorbehalt", "zastrze", "voorbehoud", "sakl")
"""A piece of a word each copyright line holds: its sign or word, or its rights reserved in one of _RIGHTS_RESERVED's
languages."""


def copyright_notice(text: str) -> tuple[int | None, str] | None:
    """(year, holder) of a copyright line: (2025, "Halden Daily") from "© 2025 Halden Daily. All
    rights reserved."; the last year of a range; after "All content" too; (None, holder) where a masthead's rights
    are reserved without a year ("Correio de Pedra Lascada · Todos os direitos reservados"). None for any other line."""
    low = text.lower()
    if not any(word in low for word in _NOTICE_WORDS):
        return None  # most lines (a story's sentences) hold none of the words a notice needs: spared the patterns
    text = _ALL_CONTENT.sub("", text)
    match = _COPYRIGHT.match(text)
    if not match:
        after = _COPYRIGHT_AFTER.match(text)
        if after is None:
            reserved = _RESERVED_BY.match(text)
            return (None, reserved["holder"]) if reserved is not None and is_masthead(reserved["holder"]) else None
        holder = (after.group("holder") or after.group("before") or "").strip(" .,")
        return int(after.group("year")), without_company(holder)
    holder = re.split(r"(?<!\b(?:Inc|Ltd|plc))[.;]\s|\s[|·–—]\s|\.$", match.group("holder"))[0].strip(" .,")
    holder = _RIGHTS_RESERVED.sub("", holder).strip(" .,")
    return int(match.group("year")), without_company(holder)
