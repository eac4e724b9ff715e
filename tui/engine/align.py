"""PLACEHOLDER alignment (greedy token_set_ratio); being replaced."""

from __future__ import annotations

from rapidfuzz import fuzz, process

from tui.engine.model import Alignment, Article, Match

DEFAULT_THRESHOLD = 70.0


def align(left: Article, right: Article, *, threshold: float | None = None) -> Alignment:
    limit = DEFAULT_THRESHOLD if threshold is None else threshold
    scores = process.cdist(left.texts, right.texts, scorer=fuzz.token_set_ratio, workers=-1)
    pairs = sorted(((float(scores[i][j]), i, j) for i in range(len(left.texts)) for j in range(len(right.texts))),
                   key=lambda t: (-t[0], t[1], t[2]))
    used_l: set[int] = set()
    used_r: set[int] = set()
    matches = []
    for score, i, j in pairs:
        if score < limit:
            break
        if i in used_l or j in used_r:
            continue
        used_l.add(i)
        used_r.add(j)
        matches.append(Match((i,), (j,), round(score, 1)))
    return Alignment(left, right, tuple(sorted(matches, key=lambda m: m.left)))
