"""The lines a page shows around its story, read from its parsed tree (lxml): the furniture
under the title heading, the site's name element, the footer's copyright lines, a note of origin, and the bios the
markup marks as its author's. Apart from extract.py, which runs trafilatura for the story itself.

A page may set its byline's parts side by side with nothing but CSS between them
(`<span class="author">Ana Núñez</span><span class="date">4 March 2025</span>`): their texts,
run together, read as one word ("Ana Núñez4 March 2025"), so each part is kept apart here.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from typing import Any

from tui.engine.copyrights import copyright_notice
from tui.engine.footnotes import provenance
from tui.engine.meta import is_named_masthead
from tui.engine.portals import read_on
from tui.engine.sanitize import strip_controls

# Elements whose text is never the page's furniture under its title.
_NOT_SHOWN = frozenset({"script", "style", "noscript", "nav", "form", "button", "svg", "iframe", "select"})
_BLOCKS = frozenset({"p", "div", "header", "section", "address", "ul", "ol", "li", "dl", "dt", "dd", "footer",
                     "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "table", "tr", "td", "article", "main"})
UNDER_TITLE_LINES = 6
"""Lines after the title heading read as its furniture: a masthead, a standfirst, a byline,
a date line fit in that many."""
UNDER_TITLE_WORDS = 20
"""A line this long after the title is the story (or a standfirst): the furniture ended above it."""
SENTENCE_WORDS = 6
"""A line of this many words that ends like a sentence is story too."""
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*$")


def _lines_of(element: Any) -> Iterator[str]:
    """The text of `element` as lines: one per innermost block, inline elements kept inside it.
    (A stack, not recursion: a page may nest elements without end.)"""
    stack: list[Any] = [element]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
            continue
        if not isinstance(item.tag, str) or item.tag in _NOT_SHOWN:
            continue
        if not any(isinstance(child.tag, str) and child.tag in _BLOCKS for child in item):
            yield _inline_text(item)
            continue
        pending: list[Any] = [item.text or ""]
        for child in item:
            pending += [child, child.tail or ""]
        stack.extend(reversed(pending))


def page_tree(html: str) -> Any:
    """The page parsed by lxml, None when it cannot be."""
    from lxml import etree  # with trafilatura, which has just loaded it
    from lxml import html as lxml_html

    try:
        return lxml_html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def element_marks(element: Any) -> set[str]:
    """The words of an element's class and its id, in lower case: what a template names it by."""
    return {*str(element.get("class") or "").lower().split(), str(element.get("id") or "").lower()} - {""}


# Class or id of the element a page's template writes its own name in, above the story.
_SITE_NAME_MARKS = frozenset({"site-name", "sitename", "site_name", "site-title", "site_title", "masthead", "brand",
                              "navbar-brand", "publication-name"})


def site_name_element(tree: Any) -> str | None:
    """The name in the page's site-name element (`<div class="site-name">Riverside Times</div>`),
    when it reads as a publication's (meta.is_named_masthead); None else, or when two differ."""
    names: set[str] = set()
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        if element_marks(element) & _SITE_NAME_MARKS:
            text = strip_controls(" ".join(element.text_content().split()))
            if is_named_masthead(text):
                names.add(text)
    return names.pop() if len(names) == 1 else None


_HOME = re.compile(r"^(?:https?://[^/]+)?/?(?:index\.\w+)?$")
"""A link to the site's home page ("/", "https://www.site.example/"), which a masthead's logo is."""
_LOGO_SOURCE = re.compile(r"logo|masthead", re.I)
"""An image address that says the image is the site's logo or masthead ("/img/logo-pks.png")."""


def logo_alt(tree: Any) -> str | None:
    """The alt text of a page's logo: the first image before the first <h1> that links home or whose address says it
    is a logo or masthead (`<a href="/"><img src="/img/cabecera.png" alt="La Gaceta de Urrezti"></a>`); None else."""
    for element in tree.iter("img", "h1"):
        if element.tag == "h1":
            return None
        alt = strip_controls(" ".join(str(element.get("alt") or "").split()))
        link = next((a for a in element.iterancestors("a")), None)
        home = link is not None and _HOME.match(str(link.get("href") or "").strip()) is not None
        if alt and (home or _LOGO_SOURCE.search(str(element.get("src") or ""))):
            return alt
    return None


def logo_name(tree: Any) -> str | None:
    """The publication a page's logo names (logo_alt), when its text is a publication's name; None else."""
    alt = logo_alt(tree)
    return alt if alt is not None and is_named_masthead(alt) else None


def shown_name(tree: Any, name: str) -> str | None:
    """The name the page shows for its publication where its tags give `name` in another form: its logo's alt text,
    when the page's foot says it too and the page's text nowhere writes `name` ("Tinglan Net" in og:site_name, "汀澜网"
    on the logo and in "Copyright © 2022 汀澜网"); None else."""
    alt = logo_alt(tree)
    body = next(tree.iter("body"), None)
    if not alt or alt == name or body is None or name.casefold() in body.text_content().casefold():
        return None
    feet = " ".join(" ".join(f.text_content().split()) for f in _feet(tree))
    return alt if alt in feet else None


_ASIDE_CLASS = re.compile(r"(?:sponsor(?:ed)?|promo|advertorial|partner(?:-content)?|paid-post|related(?:-[\w-]+)?)",
                          re.I)
"""A class of a box beside the story that carries another story's furniture (a sponsored post's byline), matched
whole: not Drupal's "node-promoted", nor an <aside> column that holds the story's own byline."""


def only_aside(tree: Any, name: str) -> bool:
    """Whether the page's body shows `name` only in the boxes whose class says they are sponsored, promoted or related
    stories (_ASIDE_CLASS): another story's byline, not this one's."""
    inside: list[str] = []
    outside: list[str] = []

    def walk(element: Any, aside: bool) -> None:
        tagged = isinstance(element.tag, str)
        aside = aside or (tagged and any(_ASIDE_CLASS.fullmatch(c) for c in str(element.get("class") or "").split()))
        (inside if aside else outside).append(element.text or "" if tagged else "")
        for child in element:
            walk(child, aside)
            (inside if aside else outside).append(child.tail or "")

    body = next(tree.iter("body"), None)
    if body is None:
        return False
    walk(body, False)
    return name in " ".join(" ".join(inside).split()) and name not in " ".join(" ".join(outside).split())


def generator(tree: Any) -> str:
    """The software the page names as its maker (`<meta name="generator" content="Inkwharf Sites 4.2">`), case folded;
    "" when it names none."""
    element = next((m for m in tree.iter("meta") if str(m.get("name") or "").lower() == "generator"), None)
    return " ".join(str(element.get("content") or "").split()).casefold() if element is not None else ""


_FOOT_CLASS = re.compile(r"\b(?:footer|copyright)\b", re.I)
"""The class or id of an element that is a page's foot though not a <footer> (`<p class="footer">`, `<div
class="copyright">`), as older pages mark it."""


def copyright_lines(foot: Iterable[str]) -> list[str]:
    """The copyright lines among a page's `foot` lines (foot_lines: its <footer> elements', the elements' whose class or
    id names a footer, and the body's last element's, a foot in the site's own language: `<div class="pie">`)."""
    return [notice for line in foot if (notice := _copyright_in(line)) is not None]


def _copyright_in(line: str) -> str | None:
    """`line` where it is a copyright line, or its part from the copyright sign on where a sentence stands before it
    ("Printed from The Nilgirikal Post on 30 November 2026. © 2019 The Nilgirikal Post."); None where it is neither."""
    if copyright_notice(line) is not None:
        return line
    tail = line[line.index("©"):] if "©" in line else ""
    return tail if tail and copyright_notice(tail) is not None else None


def foot_lines(tree: Any) -> Iterator[str]:
    """The lines of the page's foot elements (_feet), each as one spaced line; none for no page."""
    if tree is None:
        return
    yield from (strip_controls(" ".join(raw.split())) for foot in _feet(tree) for raw in _lines_of(foot))


_GROUP_LINE = re.compile(r"(?:^|[.|·]\s+)(?i:an?|part\s+of|a\s+member\s+of)\s+(?:the\s+)?(?P<group>[A-Z][^.|·,]{2,60}?)"
                         r"\s+(?:station|property|publication|newspaper|brand)(?:\.|$|\s+[|·])")
"""A foot's sentence that names the group a station or a paper belongs to ("A Sunderline Television Group station",
"© 2025 KQTM-TV. A Bellwick Broadcast Partners station. All rights reserved.")."""


def owning_group(tree: Any) -> str | None:
    """The group that a page's foot says its station or paper belongs to (_GROUP_LINE); None where it names none:
    the group is no outlet, however its JSON-LD publisher and copyright line name it."""
    return next((found["group"] for line in foot_lines(tree) if (found := _GROUP_LINE.search(line)) is not None),
                None)


def _feet(tree: Any) -> list[Any]:
    """The page's foot elements, each once: its <footer> elements, those whose class or id names a footer, and the
    body's last element."""
    feet = [e for e in tree.iter() if isinstance(e.tag, str) and (
        e.tag == "footer" or _FOOT_CLASS.search(f"{e.get('class') or ''} {e.get('id') or ''}"))]
    body = next(tree.iter("body"), None)
    last = [e for e in body if isinstance(e.tag, str)][-1:] if body is not None else []
    feet += [e for e in last if e not in feet]
    return [e for e in feet if not any(a in feet for a in e.iterancestors())]


NOTE_WORDS = 60
"""Words in the longest note of origin read from a page ("This story was originally published by X on DATE and
is republished here through ...")."""


def origin_notes(tree: Any) -> list[str]:
    """The page's paragraphs that say where its story first ran ("This story was originally published by X"), which
    the extractor may drop as boilerplate (`<p class="syndication">`)."""
    if tree is None:
        return []
    texts = (strip_controls(" ".join(p.text_content().split())) for p in tree.iter("p", "aside", "small"))
    return [text for text in texts if 0 < len(text.split()) <= NOTE_WORDS and (
        provenance(text) is not None or read_on(text) is not None)]  # a portal's "Read the full story on X" too


_STANDFIRST = re.compile(r"\b(?:dek|deck|standfirst|strapline|subtitle|sub-?headline|subhead)\b", re.I)
"""The class of a standfirst's element ("dek", "standfirst", "article-subtitle"): the sentence under a headline,
above its byline, that is no story line yet."""


_PULL_QUOTE = re.compile(r"\bpull-?quote\b", re.I)
"""The class of a pull quote's element ("pullquote", "pull-quote"), the story's words set large under its headline."""


_PICTURES = frozenset({"figure", "figcaption", "picture"})
"""Elements of a picture and its caption, whose lines are no furniture of the story's (under_title)."""


CAPTIONS = 20
"""Captions read for a picture's credit (caption_lines): a gallery's first ones credit its photographers."""


def caption_lines(tree: Any) -> list[str]:
    """The page's picture captions (`<figcaption>`), which the extractor drops: read to tell the photographer a page's
    tags name from its writer ("Photo: Ásgeir Hólmsteinn-Vikarr")."""
    if tree is None:
        return []
    return [" ".join(caption.text_content().split()) for caption in itertools.islice(tree.iter("figcaption"), CAPTIONS)]


def under_title(tree: Any, title: str | None) -> list[str]:
    """The short lines that follow the page's title heading, up to the first line of story."""
    if not title or tree is None:
        return []
    wanted = " ".join(title.split()).casefold()
    heading = next((h for h in tree.iter("h1") if (text := " ".join(h.text_content().split()).casefold())
                    and (text in wanted or wanted in text)), None)
    lines: list[str] = []
    node = heading
    if heading is not None:  # the heading's own header may set the byline above it
        lines += _above(heading)
    while node is not None and len(lines) < UNDER_TITLE_LINES:
        for sibling in node.itersiblings():
            if _STANDFIRST.search(str(sibling.get("class") or "")):
                continue  # the standfirst under the headline, a sentence, and then the byline and the date
            if sibling.tag in _PICTURES:
                continue  # a picture and its caption, whose credit's day is the photograph's ("Photo: Name, 11 June")
            if sibling.tag == "blockquote" or _PULL_QUOTE.search(str(sibling.get("class") or "")):
                continue  # a pull quote set under the headline, a sentence and its speaker, above the byline
            for raw in _lines_of(sibling):
                line = strip_controls(" ".join(raw.split()))
                if not line:
                    continue
                words = len(line.split())
                story = words >= UNDER_TITLE_WORDS or (words >= SENTENCE_WORDS and _SENTENCE_END.search(line))
                if story or len(lines) >= UNDER_TITLE_LINES:
                    return lines
                lines.append(line)
        node = node.getparent()
    return lines


ABOVE_TITLE_LINES = 3
"""Lines right above the title heading, beside it in its parent, read as its furniture too."""


_TABLE_CELLS = frozenset({"td", "th", "tr", "tbody", "thead"})
"""The parts of a layout table, as an e-mail's template sets a page: the title heading opens its cell, and the
masthead and the issue's date line sit in the row above."""


def _above(heading: Any) -> list[str]:
    """The short lines of the elements just before the title heading in its parent (a byline
    or date a template sets above the headline), nearest last; none once a line of story shows.
    A heading that opens a layout table's cell reads the rows above it (_TABLE_CELLS)."""
    lines: list[str] = []
    node = heading
    while True:
        for sibling in node.itersiblings(preceding=True):
            block = [line for raw in _lines_of(sibling) if (line := strip_controls(" ".join(raw.split())))]
            for line in reversed(block):
                words = len(line.split())
                if words >= UNDER_TITLE_WORDS or (words >= SENTENCE_WORDS and _SENTENCE_END.search(line)):
                    return lines
                if len(lines) >= ABOVE_TITLE_LINES:
                    return lines
                lines.insert(0, line)
        node = node.getparent()
        if lines or node is None or node.tag not in _TABLE_CELLS:
            return lines


_GAP = None
"""Where one inline element ends and the next begins with nothing between them, or a <br> stands."""
_PART_SEPARATOR = " · "
"""What keeps apart two parts of a line that the page set side by side (read as a meta line's parts)."""
_BY_WORD = re.compile(r"(?:^|\s)by$", re.I)
# Tags that mark up part of a word or a number ("4<sup>th</sup>", "<b>H</b>alden"), never a part of a line.
_IN_WORD_TAGS = frozenset({"sup", "sub", "b", "i", "em", "strong", "u", "small", "mark", "abbr", "s"})


def _in_word(one: Any, other: Any) -> bool:
    """Whether two neighbouring elements may mark up one word between them."""
    return any(isinstance(e.tag, str) and e.tag in _IN_WORD_TAGS for e in (one, other))


def _inline_text(element: Any) -> str:
    """The text of an element without blocks inside, its inline parts kept apart where nothing
    but markup stood between them ("By", "Ana Núñez", "Halden Daily" as "By Ana Núñez · Halden Daily")."""
    pieces: list[str | None] = []
    stack: list[Any] = [element]
    while stack:
        item = stack.pop()
        if item is None or isinstance(item, str):
            pieces.append(item)
            continue
        pending: list[Any] = [item.text or ""] if isinstance(item.tag, str) and item.tag not in _NOT_SHOWN else []
        if item is not element and isinstance(item.tag, str) and item.tag == "br":
            pending = [_GAP]
        if isinstance(item.tag, str) and item.tag not in _NOT_SHOWN:
            children = list(item)
            for k, child in enumerate(children):
                pending += [child, child.tail or ""]
                if not child.tail and k + 1 < len(children) and not _in_word(child, children[k + 1]):
                    pending.append(_GAP)
        stack.extend(reversed(pending))
    text = ""
    gap = False
    for piece in pieces:
        if piece is None:
            gap = True
            continue
        if piece and gap and text and text[-1].isalnum() and piece[0].isalnum():
            text += " " if _BY_WORD.search(text) else _PART_SEPARATOR
        if piece:
            gap = False
        text += piece
    return text


# Class or id words of the element a page writes its author's bio in.
_BIO_MARKS = re.compile(r"(?:^|[-_])(?:bio|biography|author-?info|about-?the-?author)(?:$|[-_])")


def bio_lines(tree: Any) -> list[str]:
    """The lines of the elements the page marks as its author's bio (`<p class="author-bio">`),
    which the story's extractor may drop: read for the author and outlet only."""
    if tree is None:
        return []
    lines: list[str] = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        if any(_BIO_MARKS.search(mark) for mark in element_marks(element)):
            lines += [line for raw in _lines_of(element) if (line := strip_controls(" ".join(raw.split())))]
    return lines


_POSTED = "posted by"
"""How a blog's post footer opens (tui.engine.footnotes.blog_post_footer reads it)."""


def posted_lines(tree: Any) -> list[str]:
    """The lines of the elements whose own text opens with "Posted by" (Blogger's "<div class="post-footer">Posted by
    <span>Name</span> at <abbr>19:20</abbr>"), which the story's extractor drops: read for the author only."""
    if tree is None:
        return []
    return [line for element in tree.iter() if isinstance(element.tag, str) and element.tag not in _NOT_SHOWN
            and (element.text or "").lstrip()[:len(_POSTED)].lower() == _POSTED
            for raw in _lines_of(element) if (line := strip_controls(" ".join(raw.split())))]
