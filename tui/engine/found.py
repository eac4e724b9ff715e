"""Metadata guessed from an article's furniture while its lines are read, first find wins.

Kept apart from the cleaner (clean.py), which offers what each line states; the rules of which
find stands live here: the first of each field, a byline over a bare name, no date a
contradicting weekday has put in doubt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tui.engine.dates import StatedDate


@dataclass(slots=True)
class Found:
    """Metadata guessed from the text's furniture, first find wins (a byline beats a bare name)."""

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None
    yearless: tuple[int, int, int] | None = None
    """(month, day, weekday) of a date stated without its year ("Tuesday 4 March")."""
    day_first: str | None = None
    """A slashed date that reads either way ("04/03/2025"), day first, for the page's locale to confirm."""
    doubted: set[str] = field(default_factory=set)
    """Dates the furniture states with a weekday that contradicts them: none of them is trusted."""
    wire: str | None = None
    """An agency credited beside the author's name ("Marta Ilić, Reuters"): the outlet only when
    nothing else names one, as a dateline's wire is (the agency wrote it, whoever ran it)."""
    origin: str | None = None
    """The publication a note of origin names ("This story was originally published by X"): a syndicated copy's
    outlet, over the site that republished it, whatever that site's own furniture and markup say."""
    credited: bool = False
    """The author is a bare name ("Marta Ilić" on a line of its own), which may be a masthead
    without a newspaper word ("Balkan Insight"): a byline or a bio found later replaces it."""

    def offer(self, name: str, value: str | None) -> None:
        if value and (getattr(self, name) is None or (name == "author" and self.credited)):
            setattr(self, name, value)
            if name == "author":
                self.credited = False

    def offer_credit(self, name: str | None) -> None:
        """A bare name as the author, until a byline says otherwise."""
        if name and self.author is None:
            self.author = name
            self.credited = True

    def offer_date(self, stated: StatedDate | None) -> None:
        if stated is None:
            return
        if stated.contradicted and stated.claimed:
            self.doubted.add(stated.claimed)
        elif stated.iso:
            self.offer("date", stated.iso)
        elif stated.yearless and self.yearless is None:
            self.yearless = stated.yearless
        elif stated.day_first and self.day_first is None:
            self.day_first = stated.day_first
