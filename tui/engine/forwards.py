"""An article that came by e-mail: forwarded, shared from a paper's app, reposted to a mailing list. Above the
article stand the envelope ("From:", "Subject:", "Date:") and the sender's note ("Pass it on."), which are the
e-mail's, not the article's: its headline is the first line under them with a byline or a date right below it.

Apart from the cleaner (clean.py), which hands a plain text to `read_forward` before it reads the header. A share
line names the publication ("Shared from The Marrowick Sentinel app:", "... thought you would be interested in this
article from The Dromcarra Leader.", "Reprinted from The Quillmont Register, Nov. 5, 2020:").
"""

from __future__ import annotations

import re

from tui.engine.bylines import byline
from tui.engine.chrome import EMAIL_FIELD, FORWARDED
from tui.engine.dates import find_date, stated_date
from tui.engine.found import Found
from tui.engine.headerdates import ends_like_prose, is_date_line
from tui.engine.meta import capitalised_name, is_masthead

FORWARD_REACH = 40
"""Lines from the top within which an e-mail's envelope or share line stands."""
UNDER_HEADLINE = 4
"""Lines under a headline within which its byline or date stands."""
HEADLINE_WORDS = (3, 25)
"""Words in the shortest and the longest headline looked for under an envelope."""

_SHARED = re.compile(
    r"^\s*(?:shared\s+(?:from|via)\s+(?P<app>.+?)(?:\s+app)?\s*:?"
    r"|.{2,80}?\s+thought\s+you\s+(?:would|might)\s+be\s+interested\s+in\s+this\s+(?:article|story)\s+from\s+"
    r"(?P<from>.+?)\."
    r"|(?:reprinted|republished|reposted)\s+from\s+(?P<reprint>[^,:]+?)(?:,\s*(?P<date>[^:]+?))?\s*:?)\s*$", re.I)
"""A line that shares an article and names its publication (and, reprinted, its date)."""
_SIGN_WORDS = ("from:", "subject:", "sent:", "forward", "shared", "thought you", "reprinted", "republished", "reposted")
"""Words one of which an e-mail's envelope, a forward's or a share's line holds (lower case)."""
_QUOTED = re.compile(r"^\s*>\s?")
"""A reply's or a forward's quotation mark at a line's start ("> By Anahera Waaka-Tregear")."""


def read_forward(text: str, found: Found) -> str:
    """`text` from the article an e-mail carries, the envelope and the sender's note above it dropped (quotation
    marks taken off the article's lines), and the publication a share line names offered to `found`; `text` as it
    is when it is no e-mail, or when no headline with a byline or a date under it follows the envelope."""
    lines = text.split("\n")
    head = "\n".join(lines[:FORWARD_REACH]).lower()
    if not any(word in head for word in _SIGN_WORDS):
        return text  # (no envelope's field, forward or share line: passed over before the dearer patterns)
    shares = {k: shared for k, line in enumerate(lines[:FORWARD_REACH]) if (shared := _SHARED.match(line))}
    signs = [k for k, line in enumerate(lines[:FORWARD_REACH])
             if k in shares or EMAIL_FIELD.match(line) or FORWARDED.match(line)]
    if not signs:
        return text
    for shared in shares.values():
        name = (shared["app"] or shared["from"] or shared["reprint"] or "").strip()
        if is_masthead(name) or capitalised_name(name):
            found.offer("outlet", name)
        found.offer_date(find_date(shared["date"] or ""))
    bare = [_QUOTED.sub("", line) for line in lines]
    start = _headline_at(bare, signs[-1] + 1)
    if start is None:
        return text
    if (above := _previous(bare, start, signs[-1])) is not None and is_masthead(bare[above].strip()):
        start = above  # "The Taiāwhio Leader" over the headline
    return "\n".join(bare[start:])


def _headline_at(lines: list[str], after: int) -> int | None:
    """The first line from `after` that reads as a headline with a byline or a date among the next few lines."""
    for k in range(after, min(len(lines), after + FORWARD_REACH)):
        line = lines[k].strip()
        if not (HEADLINE_WORDS[0] <= len(line.split()) <= HEADLINE_WORDS[1]) or ends_like_prose(line) or (
                EMAIL_FIELD.match(line) or _SHARED.match(line) or not line[:1].isupper()):
            continue
        below = [u.strip() for u in lines[k + 1:k + 1 + 2 * UNDER_HEADLINE] if u.strip()][:UNDER_HEADLINE]
        if any(byline(u) is not None or is_date_line(u) or stated_date(u) is not None for u in below):
            return k
    return None


def _previous(lines: list[str], k: int, floor: int) -> int | None:
    """The nearest line above `k` with text, above `floor` (the last line of the envelope); None where none is."""
    return next((j for j in range(k - 1, floor, -1) if lines[j].strip()), None)
