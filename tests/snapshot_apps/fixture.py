"""The fixed corpus, events and alignments the snapshot apps show.

`tests/fixtures/tui/seeds.json` was made from the seeds by the engine of the day;
regenerate it deliberately with `.venv/bin/python -m tests.snapshot_apps.fixture`
(and then `pytest tests/test_snapshots.py --snapshot-update`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tui.app import ParallaxApp
from tui.config import Config
from tui.engine.model import Alignment, Article, Corpus, Event, Match, Notice, Sentence
from tui.engine.shelf import Shelf
from tui.session import BookmarkStore, Session, Settings

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "tui" / "seeds.json"


def _article_json(a: Article) -> dict[str, Any]:
    return {"path": a.path, "title": a.title, "outlet": a.outlet, "author": a.author, "date": a.date,
            "url": a.url, "sentences": a.texts}


def _article(d: dict[str, Any]) -> Article:
    sentences, body, at = [], "", 0
    for text in d["sentences"]:
        sentences.append(Sentence(text, at, at + len(text)))
        body += text + " "
        at += len(text) + 1
    return Article(d["path"], d["title"], d["outlet"], d["author"], d["date"], d["url"], body.strip(),
                   tuple(sentences))


def dump() -> None:
    """Read the seeds with the engine and write the fixture."""
    import os

    from tui.engine.align import align
    from tui.engine.corpus import load_corpus
    from tui.engine.events import group_events

    os.chdir(ROOT)
    corpus = load_corpus(["seeds"])
    events = group_events(corpus.articles)
    articles = [a for e in events for a in e.articles]
    alignments = []
    for i, left in enumerate(articles):
        for right in articles[i + 1:]:
            al = align(left, right)
            alignments.append({"left": left.path, "right": right.path, "matches": [
                {"left": list(m.left), "right": list(m.right), "score": m.score,
                 "left_spans": [list(s) for s in m.left_spans], "right_spans": [list(s) for s in m.right_spans]}
                for m in al.matches]})
    data = {
        "articles": [_article_json(a) for a in articles],
        "notices": [{"path": "seeds/broken.bin", "message": "binary data, not text; skipped"}],
        "events": [{"id": e.id, "label": e.label, "date": e.date, "articles": [a.path for a in e.articles]}
                   for e in events],
        "alignments": alignments,
    }
    FIXTURE.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def load() -> tuple[Shelf, dict[tuple[str, str], Alignment]]:
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    by_path = {d["path"]: _article(d) for d in data["articles"]}
    events = [Event(e["id"], e["label"], e["date"], tuple(by_path[p] for p in e["articles"]))
              for e in data["events"]]
    notices = tuple(Notice(n["path"], n["message"]) for n in data["notices"])
    shelf = Shelf.build(Corpus(tuple(by_path.values()), notices), events)
    alignments: dict[tuple[str, str], Alignment] = {}
    for a in data["alignments"]:
        matches = tuple(Match(tuple(m["left"]), tuple(m["right"]), m["score"],
                              tuple(tuple(s) for s in m["left_spans"]),
                              tuple(tuple(s) for s in m["right_spans"]))
                        for m in a["matches"])
        alignments[(a["left"], a["right"])] = Alignment(by_path[a["left"]], by_path[a["right"]], matches)
    return shelf, alignments


def fixture_app(*, bookmarks: BookmarkStore | None = None, config: Config | None = None,
                **settings: Any) -> ParallaxApp:
    """The app on the fixture: no loading, no engine, the same frames every run."""

    shelf, alignments = load()

    def aligner(left: Article, right: Article) -> Alignment:
        found = alignments.get((left.path, right.path))
        if found is not None:
            return found
        backward = alignments.get((right.path, left.path))
        return backward.mirrored() if backward is not None else Alignment(left, right, ())

    session = Session([], config=config, settings=Settings(**settings), shelf=shelf, aligner=aligner,
                      bookmarks=bookmarks)
    return ParallaxApp(session)


if __name__ == "__main__":
    dump()
