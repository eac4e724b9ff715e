"""Placeholder: replaced by the full cleaner."""
from __future__ import annotations

from dataclasses import dataclass

from tui.engine.extract import Document


@dataclass(frozen=True, slots=True)
class Cleaned:
    body: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None


def clean_text(doc: Document) -> Cleaned:
    paras = [" ".join(p.split()) for p in doc.text.split("\n\n")]
    meta = {**doc.hints, **doc.stated}
    return Cleaned("\n\n".join(p for p in paras if p), meta.get("title"), meta.get("outlet"),
                   meta.get("author"), meta.get("date"), meta.get("url"))
