"""The authors and publisher a page's microdata states (`itemprop="author"`, `itemprop="publisher"`):
schema.org written into the markup itself rather than a JSON-LD script.

trafilatura reads the first `itemprop="author"` element's text, so a second author is lost, and
a name given only in `<meta itemprop="name" content="...">` is missed. Here every author element
of the page is read, its name from its own `itemprop="name"` (an attribute `content` or the
text) or, for a bare `<span itemprop="author">`, from its text.
"""

from __future__ import annotations

from typing import Any

from tui.engine.jsonld import ArticleLd

MAX_ITEMS = 20
"""Author elements read at most: a page listing more is no article's byline."""


def _prop_value(element: Any) -> str:
    value = element.get("content") if element.tag == "meta" else element.text_content()
    return " ".join(str(value or "").split())


def _item_name(element: Any) -> str:
    """The name an `itemprop="author"` or `"publisher"` element states."""
    if element.get("itemscope") is None:
        return _prop_value(element)
    named = next((e for e in element.iter() if e is not element and e.get("itemprop") == "name"), None)
    return _prop_value(named) if named is not None else ""


def article_microdata(tree: Any) -> ArticleLd | None:
    """The authors and publisher the page's microdata names (only organisations: `by_organisation`);
    None when it names no author.
    Only the outermost author elements are read (one nested in another is the same person's)."""
    authors: list[str] = []
    organisations = 0
    publisher: str | None = None
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        prop = str(element.get("itemprop") or "").split()
        if "author" in prop and not any("author" in str(a.get("itemprop") or "") for a in element.iterancestors()):
            if "organization" in str(element.get("itemtype") or "").lower():
                organisations += 1  # the site as its own author: no person wrote it
            elif (name := _item_name(element)) and name not in authors:
                authors.append(name)
        elif "publisher" in prop and publisher is None:
            publisher = _item_name(element) or None
        if len(authors) > MAX_ITEMS:
            return None
    if not authors and not organisations:
        return None
    return ArticleLd(tuple(authors), publisher, by_organisation=not authors)
