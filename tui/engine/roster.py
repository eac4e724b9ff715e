"""What a grouped corpus keeps of its people (Roster): each article's Who as a line of text, so that articles
joining it (tui.engine.incremental) compare with its articles without their texts being read again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tui.engine.model import Article
from tui.engine.people import (
    OWN_LEAD_SENTENCES,
    People,
    Who,
    first_report,
    given_names,
    mentions_of,
    names_text,
    own_sentences,
    told_text,
)
from tui.engine.roundups import lead_happening

_FIELDS = "|"
"""Between a Who's sets as text (see Roster); names and numbers hold no "|" and no space."""
_FACTS = ","
"""Between a Who's headline facts as text: a fact may hold a space ("one dead", "age 57"), not a comma."""


def _who_text(who: Who) -> str:
    """A Who as a line of text: a roster of ten thousand reads a thousand of its lines at a join."""
    sets = (who.aged, who.mentioned, who.ages, who.numbers)
    return _FIELDS.join([*(" ".join(map(str, sorted(part))) for part in sets), _FACTS.join(sorted(who.given)),
                         _FACTS.join(sorted(who.called)), _FACTS.join(sorted(who.cost))])


def _read_who(text: str) -> Who:
    """The Who a line of _who_text holds."""
    aged, mentioned, ages, numbers, given, called, cost = text.split(_FIELDS)
    return Who(frozenset(aged.split()), frozenset(mentioned.split()), frozenset(map(int, ages.split())),
               frozenset(map(int, numbers.split())), _read_facts(cost), _read_facts(given), _read_facts(called))


def _read_facts(text: str) -> frozenset[str]:
    """The headline facts a Who's line holds in its last part."""
    return frozenset(text.split(_FACTS)) - {""}


@dataclass(frozen=True)
class Roster:
    """The People of a grouped corpus, kept with its grouping so that articles joining it
    (tui.engine.incremental) compare with a thousand of its articles without reading their texts
    again (half a second in ten thousand). Each article's Who is kept as text and read when asked for.

    Its `mentioned` holds at least the mentions of `names` (the names its corpus gave with an age
    when it was grouped in full); a name given since is looked for when the Who is read."""

    names: frozenset[str]
    rows: list[str]
    """Each article's Who, as text."""

    @classmethod
    def of(cls, people: People) -> Roster:
        """The roster of a corpus's People."""
        return cls(frozenset().union(*people.aged), [_who_text(people.who(k)) for k in range(len(people.aged))])

    def joined(self, source: Sequence[int], fresh: People) -> Roster:
        """The roster of a corpus whose article k is this one's article source[k], or where that is -1,
        the next of `fresh` (articles that joined, their mentions of `names` found)."""
        added = iter(range(len(fresh.aged)))
        return Roster(self.names, [self.rows[r] if r >= 0 else _who_text(fresh.who(next(added))) for r in source])

    def cost(self, row: int) -> frozenset[str]:
        """Article `row`'s headline facts (Who.cost), its line's last part read alone (_who_text)."""
        return _read_facts(self.rows[row].rsplit(_FIELDS, 1)[1])

    def people(self, rows: Sequence[int], articles: Sequence[Article]) -> People:
        """The People of `rows` (`articles` in that order): its answers are those of People.of on them."""
        found = [_read_who(self.rows[k]) for k in rows]
        beyond = frozenset[str]().union(*(who.aged for who in found)) - self.names
        if beyond:  # names given with an age by articles that joined since
            found = [_also_mentioning(w, a, beyond) for w, a in zip(found, articles, strict=True)]
        return People.of_whos(found)


def _also_mentioning(who: Who, article: Article, names: frozenset[str]) -> Who:
    """`who` (of `article`) with its article's mentions of `names` added, and the given names written before them,
    read as who_of reads them (its lead happening, Leads; no sentence that names a year; whom its lead calls so in
    full, Who.called); only a text holding one of them is read so."""
    whole = names_text(article.texts, article.title)
    if not any(name in whole for name in names):
        return who
    texts, headline = lead_happening(article.texts, article.title)
    if not (found := mentions_of(told_text(texts, headline), names)):
        return who
    own = own_sentences(texts, first_report(who.cost))
    given, called = given_names(texts, headline, found, own[:OWN_LEAD_SENTENCES])
    return Who(who.aged, who.mentioned | found, who.ages, who.numbers, who.cost, who.given | given, who.called | called)
