"""PLACEHOLDER grouping (connected components on fuzzy body similarity); being replaced."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from rapidfuzz import fuzz

from tui.engine.model import Article, Event


def group_events(articles: Sequence[Article]) -> list[Event]:
    parent = list(range(len(articles)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(articles)):
        for j in range(i + 1, len(articles)):
            if fuzz.token_set_ratio(articles[i].body[:600], articles[j].body[:600]) > 60:
                parent[find(i)] = find(j)
    groups: dict[int, list[Article]] = {}
    for i, article in enumerate(articles):
        groups.setdefault(find(i), []).append(article)
    events = []
    for members in groups.values():
        key = "\n".join(sorted(a.path for a in members))
        dates = sorted(a.date for a in members if a.date)
        events.append(Event(hashlib.sha1(key.encode()).hexdigest()[:10], members[0].title or members[0].texts[0][:60],
                            dates[0] if dates else None, tuple(members)))
    return sorted(events, key=lambda e: (-len(e.articles), e.id))
