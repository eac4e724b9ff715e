"""The page's author: trafilatura's name for it, mended where trafilatura reads a byline wrong.

trafilatura reads the author from the page's metadata and byline, but runs the site's name on
after it, keeps a bio's clause, a masthead or an opener it does not know ("Írta", "di"), drops
accents written as marks and a name between two apostrophes. Apart from extract.py, which calls
`page_author` and `with_marks`.
"""

from __future__ import annotations

import re
from html import unescape
from typing import Any

from tui.engine.bylines import byline, colonless_byline
from tui.engine.dates import WEEKDAYS
from tui.engine.jsonld import ArticleLd, ld_authors
from tui.engine.meta import is_masthead, is_named_masthead, is_person_name, join_people, names_nobody, person_case
from tui.engine.pagetree import generator, only_aside
from tui.engine.textnorm import unaccented


def _without_site(name: str, site: str) -> str:
    """`name` without the site's name run on after it ("Chloé Meyer BBC News" -> "Chloé Meyer")."""
    if site and name.casefold().endswith(" " + site) and len(name) > len(site) + 1:
        return name[: -len(site) - 1].rstrip(" ,|")
    return name


# A bio's verb after its author's name ("Ana Núñez is a culture reporter"), which trafilatura
# takes for the author when the page marks the bio as the author's.
_BIO_CLAUSE = re.compile(r"\s+(?:is|was|has\s+been|writes|reports|covers)\s.*$", re.I)
_BIO_HEADING = re.compile(r"^about\s+the\s+(?:author|writer|reporter)\s*:?\s+", re.I)
"""A bio box's heading run on before it ("About the author Mireia Casaponsa i Rourell is a freelance writer")."""


def _without_clause(name: str) -> str:
    """`name` without a bio's clause after it ("Ana Núñez is a culture reporter" -> "Ana Núñez") and its box's heading
    before it ("About the author Ana Núñez is ..."), or the weekday of
    a date that a byline's block ran on into ("Mairéad Kozakewich-Doyon Tuesday"), when what is left is a person's
    name; else as it was."""
    cut = _BIO_CLAUSE.sub("", _BIO_HEADING.sub("", name))
    words = cut.split()
    if len(words) > 2 and words[-1].lower().rstrip(",") in WEEKDAYS:
        cut = " ".join(words[:-1])
    return cut if cut != name and is_person_name(cut) else name


def _as_written(name: str, html: str) -> str:
    """`name` with the full stops of its initials the page writes ("Eudora K. Brantmeier", "R.J. Quillen-Batalha"),
    which trafilatura's author drops ("Eudora K Brantmeier", "R J Quillen-Batalha"); as it is where the page writes
    it so, or without initials."""
    words = name.split()
    if not any(len(w) == 1 and w.isupper() for w in words):
        return name
    pattern = ""
    for k, word in enumerate(words):
        initial = len(word) == 1 and word.isupper()
        gap = "" if k == 0 else r"\s*" if len(words[k - 1]) == 1 else r"\s+"
        pattern += gap + re.escape(word) + (r"\.?" if initial else "")
    found = re.search(rf"(?<![\w.]){pattern}(?![\w])", unescape(html))
    return " ".join(found.group().split()) if found is not None else name


MAX_NAME_WORDS = 4
"""Words in the longest person's name (meta.is_person_name)."""


def _without_masthead(name: str) -> str:
    """`name` without a publication's name run on after it ("Marko Ilić Évora Tribune" -> "Marko
    Ilić"), when what is left is a person's name and what is cut a publication's with a name of
    its own (not "Post" of "Bilbao Morning Post"); else as it was."""
    words = name.split()
    for size in range(2, min(MAX_NAME_WORDS, len(words) - 1) + 1):
        head, tail = " ".join(words[:size]), " ".join(words[size:])
        if is_named_masthead(tail) and is_person_name(person_case(head), stated=True):
            return head
    return name


def with_marks(author: str, furniture: list[str]) -> str:
    """The page's author as its byline writes it: trafilatura drops accents written as marks
    ("Adébáyọ̀" comes out "Adébáyọ"), takes what stands between two apostrophes for a nickname
    ("D'Arcy O'Neil" comes out "DNeil"), keeps an opener it does not know, capitalised ("di
    Marta Ilić" comes out "Di Marta Ilić"), and drops an abbreviation's full stop ("Ma. Concepcion" comes out "Ma
    Concepcion"); the byline under the title, or the name alone there, has them right."""
    for line in furniture:
        name = byline(line) or _bare_name(line)
        if name is not None and name != author and (
                unaccented(name) == unaccented(author) or _cut_from(author, name)
                or _letters(name) == _letters(author) or _opener_kept(author, name)):
            return name
    return author


def _bare_name(line: str) -> str | None:
    """A line under the title that is a name alone, perhaps with its owner's handle ("Ma. Concepcion dela
    Rosa-Tañada @conchadelarosa"); None else."""
    name = re.sub(r"\s+@\w+$", "", line.strip())
    return name if is_person_name(name, stated=True) else None


def _opener_kept(author: str, name: str) -> bool:
    """Whether `author` is `name` behind a byline's opener that trafilatura capitalised and kept
    ("Di Marta Ilić" of an Italian page's "di Marta Ilić")."""
    head, _, rest = author.partition(" ")
    return rest == name and byline(f"{head.lower()} {name}") == name


def _nicknamed_author(tree: Any) -> str | None:
    """The page's one author tag when it holds two apostrophes (<meta name="author" content="D'Arcy
    O'Neil">): trafilatura takes what stands between them for a nickname, and then drops the name."""
    tags = [str(tag).strip() for tag in tree.xpath('//meta[@name="author"]/@content')]
    if len(tags) != 1 or len(_APOSTROPHE.findall(tags[0])) < 2:
        return None
    return tags[0] if is_person_name(person_case(tags[0]), stated=True) else None  # not "The 'Desk' 'Team'"


_APOSTROPHE = re.compile(r"['’]")


def _reader_credit(tree: Any) -> str | None:
    """The name in a reader view's credits (Firefox's `<div class="credits reader-credits">`), which the view fills
    with the byline it found and nothing else: a name alone there is the author, as "By" would make it. Not any
    element classed "credits": a picture's credits hold a photographer's name alone."""
    found = [" ".join("".join(element.itertext()).split())
             for element in tree.xpath('//*[contains(concat(" ", normalize-space(@class), " "), " reader-credits ")]')]
    return found[0] if len(found) == 1 and is_person_name(found[0], stated=True) else None


def _letters(text: str) -> str:
    """`text`'s letters alone, accents off and casefolded: what two spellings of a name share."""
    return "".join(c for c in unaccented(text).casefold() if c.isalpha())


def _cut_from(short: str, name: str) -> bool:
    """Whether `short` is `name` with letters cut out of its middle ("DNeil" of "D'Arcy O'Neil"):
    same first and last letters, the rest in order."""
    cut, whole = _letters(short), _letters(name)
    if len(cut) < 2 or len(cut) >= len(whole) or cut[0] != whole[0] or cut[-1] != whole[-1]:
        return False
    rest = iter(whole)
    return all(letter in rest for letter in cut)


def page_author(raw: str | None, tree: Any, html: str, site: str, ld: ArticleLd | None) -> str | None:
    """The page's author from trafilatura's (`raw`), or its one author tag when trafilatura lost it
    (_nicknamed_author), as a byline would give it; the article's JSON-LD authors over both.
    `site` is the outlet's name, casefolded."""
    # trafilatura joins several authors with "; "; they are written as a byline would be. It
    # also splits "By Zoltán Szabó, Danube Post" so: a publication after the first name is not
    # an author (the first is kept, "Dawn Post" may be a person), nor is the site itself.
    # It also runs a byline block's lines together ("Chloé Meyer BBC News; Paris"): the site's
    # name after a person's is cut, and after the first name only people's names are kept.
    raw_author = raw or (_nicknamed_author(tree) or _reader_credit(tree) if tree is not None else None)
    if raw and tree is not None and (first := raw.split(";")[0].strip(" ·•|,;–—-")) and only_aside(tree, first):
        raw_author = None  # a sponsored box's or a related story's byline, not the story's
    # An opener trafilatura does not know stays on the name ("Írta Kovács Dóra"): read as a byline.
    names = [_without_masthead(_without_clause(_without_site(byline(a.strip()) or colonless_byline(a) or a.strip(),
                                                              site)))
             for a in str(raw_author or "").split(";")]
    names = [_as_written(n, html) for n in names]  # "Eudora K Brantmeier": the page wrote "Eudora K. Brantmeier"
    if len(names) == 2 and all(len(n.split()) == 1 for n in names):
        names = []  # "Ilić, Milica" split in two: a surname and a given name, in an order unknown
    # One word the page never writes so ("Submitted by marta", capitalised by trafilatura): a user's handle.
    names = [n for n in names if len(n.split()) != 1 or n in html or n in unescape(html)]
    made = generator(tree) if tree is not None else ""
    author = join_people([person_case(a) for i, a in enumerate(names)
                          if not (i and (is_masthead(a) or not is_person_name(person_case(a), stated=True)))
                          and a.casefold() != site and not names_nobody(a)  # "Staff", "Admin": nobody
                          and not (made and made.startswith(a.casefold()))])  # the SEO plugin that made the page
    if ld is not None and (stated := ld_authors(ld, site)):
        return stated  # the article node's own authors, not every person of the page's graph
    if ld is not None and ld.by_organisation:
        return None  # the site named as the author: no person, whatever name trafilatura took
    return author
