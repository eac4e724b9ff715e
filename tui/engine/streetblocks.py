"""The hundred-blocks and streets a report places its happening on ("in the 2200 block of Bessemer Avenue", a dispatch
log's "2216 BESSEMER AVENUE"): two shootings on one street a few blocks apart share the street's name, the
neighbourhood and most words, and their blocks tell them apart (casualties.disagree).
"""

from __future__ import annotations

import re

from tui.engine.toldtime import values

BLOCK = "block "
"""A fact's prefix for the hundred-block and street a headline or lead gives its happening ("block 2200 bessemer" of
"in the 2200 block of Bessemer Avenue", "SHOTS FIRED — 2216 BESSEMER AVENUE")."""
_STREET_TYPE = (r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|court|ct|place|pl|parkway|pkwy"
                r"|highway|hwy|pike|circle|cir|trail|terrace|row)\b")
_BLOCKS = (
    re.compile(r"\b(\d{1,5})\s+block\s+of\s+(?:the\s+)?((?:[a-z0-9][\w'.-]*\s+){1,3}?)" + _STREET_TYPE),
    re.compile(r"(?<![\d,.])\b(\d{3,5})\s+((?:[a-z][\w'.-]*\s+){1,3}?)" + _STREET_TYPE),  # a dispatch log's address
)
_NOT_STREET = frozenset("in on at of the a an and near to from by for with men women people shot killed wounded hurt "
                        "dead block".split())
"""Words no street's name holds here: "4 men shot on Main Street" gives no address."""
HUNDRED = 100
"""A block is a street's hundred numbers: "2216 Bessemer Avenue" is in the 2200 block."""


def blocks(text: str) -> set[str]:
    """The BLOCK facts of `text` (lower case): the hundred-blocks and streets it names."""
    out = set()
    for pattern in _BLOCKS:
        for found in pattern.finditer(text):
            words = found.group(2).split()
            if not any(word in _NOT_STREET for word in words):
                out.add(f"{BLOCK}{int(found.group(1)) // HUNDRED * HUNDRED} {' '.join(words)}")
    return out


def blocks_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two reports (or groups) give blocks of one street, none the same: "2200 block of Bessemer Avenue"
    and "1100 block of Bessemer Avenue" are two places; another street's block says nothing (a corner has two)."""
    mine, theirs = set(values(a, BLOCK)), set(values(b, BLOCK))
    if not mine or not theirs or mine & theirs:
        return False
    return bool({f.split(" ", 1)[1] for f in mine} & {f.split(" ", 1)[1] for f in theirs})
