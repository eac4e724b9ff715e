"""The boxes of other stories a page sets beside its own ("Most read", "Related", "Recommended"),
and the site's twitter: handle, which trafilatura may take for the page's own furniture.

Each teaser in such a box has a byline and a date of its own, and trafilatura reads a page's
author from any element marked as a byline and its date from the oldest date it finds
(`original_date`): the teaser's. The boxes are taken out of the page before it is read, so what
is left states only the story's own author and date, or nothing (unknown, not the teaser's).
A word processor's comments, kept in a draft saved as HTML, go too: a reviewer's note is no part
of the story, and its marker breaks the byline it is set on ("By Name[a]").
"""

from __future__ import annotations

import re
from typing import Any

from tui.engine.pagetree import element_marks

# Class or id words of a box of other stories. Not "sidebar" or "aside" alone (a template may
# set the story's own byline and date in its side column), nor "teaser" (a story's own
# standfirst), nor "read-more" (the rest of the story behind a button).
_BOX_MARKS = re.compile(
    r"(?:^|[-_])(?:related|most-?read|most-?popular|most-?viewed|popular|trending|recommended|read-?next"
    r"|more-?stories|more-?from|also-?read|outbrain|taboola)(?:$|[-_])"
)
# The heading of an <aside> or <section> that lists other stories, where no class says so.
_BOX_HEADING = re.compile(
    r"^\s*(?:most\s+(?:read|popular|viewed|shared)|related(?:\s+(?:articles?|stories|content|coverage))?"
    r"|read\s+(?:more|next|also)|more\s+(?:from|on|stories)\b.*|recommended(?:\s+for\s+you)?|trending"
    r"|you\s+may\s+(?:also\s+)?like|popular(?:\s+now)?)\s*$",
    re.I,
)
_BOX_TAGS = frozenset({"aside", "section", "div", "ul", "ol", "nav"})
_HEADED_TAGS = frozenset({"aside", "section"})
"""Elements read as a box by their heading alone: a <div> may wrap the whole story."""
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _marked(element: Any) -> bool:
    return any(_BOX_MARKS.search(mark) for mark in element_marks(element))


def _headed(element: Any) -> bool:
    heading = next((h for h in element.iter(*_HEADINGS)), None)
    return heading is not None and _BOX_HEADING.match(" ".join(heading.text_content().split())) is not None


BOX_SHARE = 0.5
"""A box of teasers holds less than this share of the page's text; an element holding more is the
story itself, whatever its class says ("trending-layout")."""


def _text_size(element: Any) -> int:
    """Characters of text `element` shows (not its scripts' or styles')."""
    return sum(len((e.text or "").strip()) + len((e.tail or "").strip()) for e in element.iter()
               if isinstance(e.tag, str) and e.tag not in ("script", "style")) - len((element.tail or "").strip())


def other_story_boxes(tree: Any) -> list[Any]:
    """The boxes of other stories in `tree`: elements whose class or id says so, and asides and
    sections headed "Most read", "Related" and the like; never one that holds the page's title
    heading (<h1>) or most of its text, which is the story itself."""
    boxes: list[Any] = []
    page_size = _text_size(tree)
    for element in tree.iter(*_BOX_TAGS):
        if any(element is box or box in element.iterancestors() for box in boxes):
            continue
        if next(element.iter("h1"), None) is not None:
            continue
        if not (_marked(element) or (element.tag in _HEADED_TAGS and _headed(element))):
            continue
        if _text_size(element) <= BOX_SHARE * page_size:
            boxes.append(element)
    return boxes


_COMMENT_LINK = "#cmnt"
"""How a Google Docs export links a comment's marker in the text ("#cmnt1", shown "[a]") and the comment at the
page's end to its marker ("#cmnt_ref1")."""


def doc_comments(tree: Any) -> list[Any]:
    """A document export's comments in `tree`: each marker in the text (with the superscript that holds it alone)
    and each comment's block at the end (the <div> that holds it, else its paragraph)."""
    found: list[Any] = []
    for link in tree.iter("a"):
        target = str(link.get("href") or "")
        if not target.startswith(_COMMENT_LINK):
            continue
        if target.startswith(_COMMENT_LINK + "_ref"):
            box = next(link.iterancestors("div"), None)
            found.append(box if box is not None else link.getparent())
        else:
            parent = link.getparent()
            alone = parent is not None and parent.tag == "sup" and len(parent) == 1 and not (parent.text or "").strip()
            found.append(parent if alone else link)
    return [element for element in found if element is not None and element.getparent() is not None]


def drop_other_stories(tree: Any) -> bool:
    """Take the boxes of other stories, and a document's comments (doc_comments), out of the page `tree`; whether
    it had any."""
    boxes = other_story_boxes(tree) + doc_comments(tree)
    for box in boxes:
        box.drop_tree()  # its tail (text after it) stays
    return bool(boxes)


def twitter_handles(tree: Any) -> set[str]:
    """The site's and writer's twitter: handles the page states, without "@" and case-folded
    ("@fenwickstd" -> "fenwickstd"): an account's name, which names no outlet."""
    handles: set[str] = set()
    for meta in tree.iter("meta"):
        key = str(meta.get("name") or meta.get("property") or "").lower()
        if key in ("twitter:site", "twitter:creator"):
            handles.add(str(meta.get("content") or "").strip().lstrip("@").casefold())
    return handles - {""}


def site_names(tree: Any) -> set[str]:
    """The site's names its og:site_name and application-name tags state, case-folded: a name
    stated so stands even when the twitter: handle is the same word ("Clarion", "@clarion")."""
    keys = ("og:site_name", "application-name")
    return {str(meta.get("content") or "").strip().casefold() for meta in tree.iter("meta")
            if str(meta.get("property") or meta.get("name") or "").lower() in keys} - {""}
