"""The site's chrome that a browser copy carries along with a story: the skip link, the menu's
section names one to a line, the breadcrumb trail, and the cookie notice with its buttons ("Skip to main content",
"Home", "Sport", "We use cookies ...", "Accept all Reject all").

Such a line is never a headline, a masthead or a sentence of the story, and the cookie
notice's date ("our cookie policy was updated on 2 January 2025") is not the article's.
"""

from __future__ import annotations

import re

# Section names a site's menu shows one to a line. None is a person's name or a publication's
# (a masthead has a name of its own beside "News": "Valley News").
MENU_WORDS = frozenset(
    """home news world uk us politics business sport sports culture arts opinion science tech technology
    health travel lifestyle weather video videos search menu local national international entertainment
    money climate environment education style food life books film music podcasts newsletters
    obituaries puzzles crosswords games""".split()
)
MENU_LINE_WORDS = 2
"""Words in the longest menu line ("World News"): a longer line of such words is a heading."""
_SKIP_LINK = re.compile(r"^\s*(?:skip|jump)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|menu|search)\s*$",
                        re.I)
# A breadcrumb trail from the home page ("Home / News / Local", "You are here: Home > World").
_BREADCRUMB = re.compile(r"^\s*(?:you\s+are\s+here:?\s*)?home(?:\s*[/›>»]\s*[^/›>»]{1,40}){1,6}\s*$", re.I)
# A cookie notice: it speaks of the site's cookies in the first person, or it is the notice's buttons.
_COOKIE_NOTICE = re.compile(
    r"^\s*(?:we(?:\s+and\s+our\s+partners)?\s+use\s+cookies|this\s+(?:web)?site\s+uses\s+cookies)\b", re.I)
_COOKIE_BUTTONS = re.compile(
    r"^\s*(?:(?:accept|reject|allow|decline|refuse)(?:\s+(?:all|cookies|all\s+cookies))?|manage\s+(?:cookies|preferences)"
    r"|cookie\s+settings)(?:\s*[|·/]?\s*(?:(?:accept|reject|allow|decline|refuse)(?:\s+(?:all|cookies|all\s+cookies))?"
    r"|manage\s+(?:cookies|preferences)|cookie\s+settings))*\s*$",
    re.I,
)


def is_page_chrome(text: str) -> bool:
    """Whether `text` is a line of the site's chrome: a skip link, a menu's section name, a
    breadcrumb trail from "Home", a cookie notice or its buttons."""
    words = text.split()
    if 1 <= len(words) <= MENU_LINE_WORDS and all(w.lower() in MENU_WORDS for w in words):
        return True
    return bool(_SKIP_LINK.match(text) or _BREADCRUMB.match(text) or _COOKIE_NOTICE.match(text)
                or _COOKIE_BUTTONS.match(text))
