"""The author and publisher a page's JSON-LD states for its own article, with references
resolved: a site's generator (Yoast and the like) writes the author as `{"@id": ...}` and the
person, with a name, as another node of the `@graph`.

trafilatura reads JSON-LD too, but takes every person of the graph for the author (one who
reviewed the page, the site's owner) and the WebPage node's name ("Headline - Site") for the
site's. Here only the article's own `author` and `publisher` are read, and only when the page
holds one article whose headline is the page's title (a list of related articles holds others).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from tui.engine.dates import iso_date
from tui.engine.meta import is_masthead, is_person_name, join_people, person_case, without_company

# The schema.org types of a news article's node.
_ARTICLE_TYPES = frozenset({"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle",
                            "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
                            "liveblogposting", "report"})
_ORGANISATION_TYPES = frozenset({"organization", "newsmediaorganization", "corporation", "website"})
MAX_NODES = 2_000
"""Nodes read from a page's JSON-LD at most: a page may hold a great many."""


@dataclass(frozen=True, slots=True)
class ArticleLd:
    """The names the page's own article node states: its people (authors typed Person, or not
    typed as an organisation) and its publisher's name."""

    authors: tuple[str, ...]
    publisher: str | None
    by_organisation: bool = False
    """Whether the node names authors and every one is an organisation (the site itself): no person wrote it."""
    published: str | None = None
    """Its datePublished as ISO, in its own time zone, when it states a whole date ("4 March 2025" too)."""
    source: str | None = None
    """Its sourceOrganization: the publisher whose story an aggregator's page shows, the page's own publisher."""


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds if k}


def _nodes(value: Any) -> list[dict[str, Any]]:
    """Every node in a JSON-LD document, however it nests them (`@graph`, lists), breadth first."""
    found: list[dict[str, Any]] = []
    queue: list[Any] = [value]
    while queue and len(found) < MAX_NODES:
        item = queue.pop(0)
        if isinstance(item, list):
            queue.extend(item)
        elif isinstance(item, dict):
            found.append(item)
            queue.extend(v for k, v in item.items() if k == "@graph" or isinstance(v, (dict, list)))
    return found


def _name(entry: Any, by_id: dict[str, dict[str, Any]]) -> tuple[str, set[str]] | None:
    """The name and types of an author or publisher entry: a string, a node, or a reference to one."""
    if isinstance(entry, str):
        return (" ".join(entry.split()), set()) if entry.strip() else None
    if not isinstance(entry, dict):
        return None
    node = by_id.get(str(entry.get("@id")), entry) if "name" not in entry else entry
    name = node.get("name")
    if isinstance(name, list):
        name = next((n for n in name if isinstance(n, str)), None)
    if not isinstance(name, str) or not name.strip():
        return None
    return " ".join(name.split()), _types(node)


def article_ld(tree: Any, title: str | None) -> ArticleLd | None:
    """What the page's one article node whose headline is `title` states; None when the page has
    no JSON-LD, no such node, or more than one."""
    nodes: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if str(script.get("type") or "").lower() != "application/ld+json":
            continue
        try:
            nodes += _nodes(json.loads(script.text or ""))
        except (ValueError, RecursionError):
            continue
    by_id = {str(n["@id"]): n for n in nodes if isinstance(n.get("@id"), str) and "name" in n}
    wanted = " ".join((title or "").split()).casefold()
    articles = [n for n in nodes if _types(n) & _ARTICLE_TYPES]
    if len(articles) > 1:
        articles = [n for n in articles
                    if wanted and " ".join(str(n.get("headline") or "").split()).casefold() == wanted]
    if len(articles) != 1:
        return None
    article = articles[0]
    entries = article.get("author")
    named = [found for entry in (entries if isinstance(entries, list) else [entries])
             if (found := _name(entry, by_id)) is not None]
    people = [found for found in named if not found[1] & _ORGANISATION_TYPES]
    publisher = _name(article.get("publisher"), by_id)
    outlet = publisher[0] if publisher and "person" not in publisher[1] else None  # a blogger publishes no outlet
    # an aggregator's page names the story's own publisher as its source organisation, itself as the publisher
    source = _name(article.get("sourceOrganization"), by_id)
    return ArticleLd(tuple(name for name, _ in people), outlet and without_company(outlet),
                     by_organisation=bool(named) and not people,
                     published=iso_date(str(article.get("datePublished") or "")) or None,
                     source=without_company(source[0]) if source and "person" not in source[1] else None)


def ld_authors(ld: ArticleLd, site: str) -> str | None:
    """The article's authors as one string, when every one the node names reads as a person's
    name (not the site's, not a publication's); None else, and trafilatura's reading stands."""
    people = [person_case(name) for name in ld.authors]
    if not people or any(not is_person_name(p, stated=True) or is_masthead(p) or p.casefold() == site for p in people):
        return None
    return join_people(people)
