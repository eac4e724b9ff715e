"""Turn a decoded file into plain text plus the metadata its format states.

HTML goes through trafilatura (drops navigation, related boxes, footers and
scripts; reads title, author, site name and date from the page's metadata); the
short lines under the page's title heading are kept aside for their metadata.
Markdown becomes plain text. Front matter (TOML between `+++` lines, YAML
between `---` lines) states metadata that overrides any guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from tui.engine.blocks import SITE_NAME_WORDS, is_link_block
from tui.engine.chrome import drop_email_headers, is_page_chrome
from tui.engine.credits import outlet_credit
from tui.engine.dates import MONTHS_IN_YEAR, find_date, iso_date, stated_date
from tui.engine.frontmatter import normalise_meta, unlinked
from tui.engine.frontmatter import split_front_matter as split_front_matter  # read by callers of extract
from tui.engine.headerdates import STAMP, STAMP_WORDS
from tui.engine.jsonld import article_ld
from tui.engine.meta import (
    capitalised_name,
    is_masthead,
    without_company,
)
from tui.engine.metaline import meta_line
from tui.engine.microdata import article_microdata
from tui.engine.otherstories import drop_other_stories, site_names, twitter_handles
from tui.engine.pageauthor import page_author, with_marks
from tui.engine.pagetree import (
    bio_lines,
    copyright_lines,
    origin_notes,
    page_tree,
    site_name_element,
    under_title,
)
from tui.engine.portals import credited_publisher
from tui.engine.sanitize import strip_controls
from tui.engine.titlesite import TITLE_SEPARATOR, site_from_title

_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)+")
"""A site's name given as its domain ("morayfirthcourant.example", "latimes.com")."""


@dataclass(slots=True)
class Extracted:
    """A file as extracted: plain text in lines and blank-line paragraphs, and metadata by trust.

    `stated` comes from front matter and beats every guess; `hints` comes from
    HTML metadata and beats guesses from the text. `furniture` holds the short lines a page
    shows under its title heading (outlet, date, byline), which the extractor may have left
    out of `text`: they are read for metadata only, never as story.
    """

    text: str
    kind: str
    stated: dict[str, str] = field(default_factory=dict)
    hints: dict[str, str] = field(default_factory=dict)
    furniture: list[str] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)
    """Copyright lines of the page's footer ("© 2025 Halden Daily") and its notes of origin ("This story was
    originally published by X"), which the extractor drops: read for the outlet and the date only."""
    bios: list[str] = field(default_factory=list)
    """Lines the page marks as its author's bio (`class="author-bio"`): read for author and outlet only."""


def extract(text: str, suffix: str) -> Extracted:
    """Dispatch on the file's suffix; anything not HTML or Markdown is plain text."""
    stated, text = split_front_matter(text)
    if suffix in (".html", ".htm") or (suffix not in (".md", ".markdown") and _looks_like_html(text)):
        doc = _from_html(text)
    elif suffix in (".md", ".markdown"):
        doc = _from_markdown(text)
    else:
        doc = Extracted(text, "text")
    doc.stated = stated
    return doc


def _looks_like_html(text: str) -> bool:
    head = text[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html"))


# --- HTML -------------------------------------------------------------------------


# Character references to control characters (&#27; &#x1b; &#7;): lxml refuses a page that
# holds them, and they would make escapes anew.
_REFERENCE = re.compile(r"&#(?:(\d{1,7})|[xX]([0-9a-fA-F]{1,6}));?")


def _drop_control_references(html: str) -> str:
    def keep(match: re.Match[str]) -> str:
        code = int(match.group(1)) if match.group(1) else int(match.group(2), 16)
        control = (code < 32 and code not in (9, 10)) or 127 <= code <= 159
        return "" if control else match.group()

    return _REFERENCE.sub(keep, html)


# Inline formatting: nothing the extractor needs, and machine-made pages can hold
# hundreds of thousands of such tags, which slow it down by orders of magnitude.
_INLINE = ("a", "abbr", "b", "cite", "code", "em", "font", "i", "mark", "q", "s", "small", "span",
           "strong", "sub", "sup", "time", "u")
_MANY_TAGS = 20_000


def _prepared(html: str) -> tuple[str, Any]:
    """The page for trafilatura, and its tree (None when it cannot be parsed) for the readers of
    pagetree, jsonld and microdata, from one parse: a page with a great many tags loses its inline
    formatting tags (their text stays), and the boxes of other stories go (their teasers' bylines
    and dates are not this story's)."""
    tree = page_tree(html)
    if tree is None:
        return html, None
    # Here, not at the top: lxml (some 0.2 s to import) comes with trafilatura for pages, and a
    # corpus of plain text or Markdown never needs either.
    from lxml import etree
    from lxml import html as lxml_html

    if html.count("<") >= _MANY_TAGS:
        etree.strip_tags(tree, *_INLINE)
        # Stripped, each tag's text stays a node of its own, and lxml joins an element's text nodes
        # again on every read of its .text: one read took 12 s on a page of 400,000 <b> tags
        # (tests/test_reading.py). Parsed from its own HTML, each text is one node again.
        html = str(lxml_html.tostring(tree, encoding="unicode"))
        tree = page_tree(html)
        if tree is None:
            return html, None
    if drop_other_stories(tree):
        return str(etree.tostring(tree.getroottree(), encoding="unicode", method="html")), tree
    return html, tree


def _from_html(html: str) -> Extracted:
    html, tree = _prepared(_drop_control_references(html))
    result = _extraction(html, precision=True)
    if result is None or not _text_of(result):
        result = _balanced(html)  # a page its precision pass finds nothing in: an HTML email's layout tables
    if result is None:
        return Extracted("", "html")
    data = _as_dict(result)
    ld = (article_ld(tree, data.get("title")) or article_microdata(tree)) if tree is not None else None
    outlet = without_company(str(data["sitename"])) if data.get("sitename") else None  # "Halden Daily Ltd"
    title = " ".join(str(data.get("title") or "").split()).casefold()
    if outlet and tree is not None and (str(outlet).casefold() in twitter_handles(tree) - site_names(tree)
                                        or (title and title in " ".join(str(outlet).split()).casefold())):
        # trafilatura's name from the site's twitter: handle ("@fenwickstd" as "Fenwickstd"), or
        # the WebPage node's name in JSON-LD ("Headline - Site"): neither is the site's name
        outlet = None
    if (not outlet or _DOMAIN.fullmatch(outlet)) and tree is not None:
        # none, or a domain trafilatura took from the page's address ("morayfirthcourant.example"): the
        # publisher, or the name the page's own <title> gives, says it better; the domain is kept failing those
        outlet = (ld.publisher if ld else None) or site_from_title(
            tree.findtext(".//title"), data.get("title"), [h.text_content() for h in tree.iter("h1")]
        ) or site_name_element(tree) or outlet
    # an aggregator's page: the story's publisher, not the portal
    outlet = (ld.source if ld else None) or credited_publisher(tree) or outlet
    author = page_author(data.get("author"), tree, html, str(outlet or "").casefold(), ld)
    hints = normalise_meta(
        {"title": data.get("title"), "author": author, "outlet": outlet,
         "date": data.get("date"), "url": data.get("url"), "locale": _locale(tree)}
    )
    furniture = under_title(tree, hints.get("title"))
    if hints.get("author"):
        hints["author"] = with_marks(hints["author"], furniture)
    if hints.get("date") and tree is not None:
        hints["date"] = _publication_date(tree, html, hints["date"])
        if not hints["date"]:
            del hints["date"]
    if not hints.get("date") and ld is not None and ld.published:
        hints["date"] = ld.published  # a datePublished trafilatura did not read ("4 March 2025")
    lines = [line.strip() for line in strip_controls(data.get("text") or "").split("\n")]
    if lines and hints.get("title") and lines[0] == hints["title"]:
        lines = lines[1:]
    # trafilatura gives one block a line; each block is a paragraph.
    return Extracted("\n\n".join(line for line in lines if line), "html", hints=hints,
                     furniture=furniture, footer=copyright_lines(tree) + origin_notes(tree), bios=bio_lines(tree))


FALLBACK_WORDS = 40
"""Words a page must hold for trafilatura's balanced pass to stand for the precision pass that found nothing: a
gallery's "Home" link is no article."""
FALLBACK_SENTENCES = 2
"""Paragraphs of a sentence or more (SENTENCE_WORDS words, ending as a sentence ends) that text must hold besides:
a section's page of links and headlines is no article either."""
SENTENCE_WORDS = 8
"""Words of the shortest paragraph counted as a sentence there."""


def _extraction(html: str, *, precision: bool) -> Any:
    """trafilatura's story and metadata of `html`, from its precision pass or its balanced one; None where it finds
    none or fails."""
    # Here, not at the top: trafilatura takes about a second to import, which a corpus without
    # HTML (or a start from the cache) never pays.
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            html,
            with_metadata=True,
            favor_precision=precision,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # trafilatura raises assorted errors on broken markup
        return None


def _balanced(html: str) -> Any:
    """trafilatura's default pass, which reads layout tables its precision pass drops as boilerplate, when it finds
    an article's worth of text; None else."""
    result = _extraction(html, precision=False)
    if result is None:
        return None
    text = _text_of(result)
    story = [line for line in text.split("\n") if len(line.split()) >= SENTENCE_WORDS
             and line.rstrip().endswith((".", "!", "?", '"', "”", "’", "'", "»"))]
    return result if len(text.split()) >= FALLBACK_WORDS and len(story) >= FALLBACK_SENTENCES else None


def _as_dict(result: Any) -> dict[str, Any]:
    """trafilatura's result, a Document (or a dict, from older versions), as a dict."""
    return dict(result.as_dict() if hasattr(result, "as_dict") else result)


def _text_of(result: Any) -> str:
    """The text of trafilatura's result."""
    return str(_as_dict(result).get("text") or "")


def _locale(tree: Any) -> str | None:
    """The page's declared locale: `<html lang="en-GB">`, else its og:locale ("en_GB")."""
    if tree is None:
        return None
    root = tree.getroottree().getroot()
    if lang := str(root.get("lang") or root.get("xml:lang") or "").strip():
        return lang
    for meta in tree.iter("meta"):
        if str(meta.get("property") or "").lower() == "og:locale" and meta.get("content"):
            return str(meta.get("content")).strip()
    return None


# Page metadata naming when a page was changed, and when it was published.
_MODIFIED_KEYS = frozenset({"article:modified_time", "og:updated_time", "datemodified", "last-modified", "modified"})
_PUBLISHED_KEYS = frozenset({"article:published_time", "og:published_time", "datepublished", "date", "pubdate",
                             "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.created"})
_JSON_DATE = re.compile(r'"date(?P<kind>Modified|Published|Created)"\s*:\s*"(?P<value>[^"]+)"')


def _publication_date(tree: Any, html: str, found: str) -> str:
    """`found` (trafilatura's date), unless it is only when the page was last changed: then the
    one publication date the page states, or "" when it states none. An update is not the
    publication, and trafilatura takes the change time when it misses the publication's."""
    modified: set[str] = set()
    published: set[str] = set()
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        names = (element.get("property"), element.get("name")) if element.tag == "meta" else ()
        key = str(next((n for n in (*names, element.get("itemprop")) if n), "")).lower()
        when = iso_date(str(element.get("content") or element.get("datetime") or ""))
        if when and key in _MODIFIED_KEYS:
            modified.add(when)
        elif when and key in _PUBLISHED_KEYS:
            published.add(when)
    for stated in _JSON_DATE.finditer(html):
        if when := iso_date(stated.group("value")):
            (modified if stated.group("kind") == "Modified" else published).add(when)
    if found in published:
        return found
    stating = _stating(tree, found)
    if _only_outside(stating):
        return next(iter(published)) if len(published) == 1 else ""
    if found not in modified and not _only_stamped(stating):
        return "" if _from_slashes_alone(tree, html, found) else found
    return next(iter(published)) if len(published) == 1 else ""


def _stating(tree: Any, found: str) -> list[Any]:
    """The page's elements whose own text states the date `found`, in the page's order: one walk
    of the page, read only when the markup leaves trafilatura's date unexplained."""
    year = found[:4]  # a whole date states its year: a cheap test before the date patterns
    return [element for element in tree.iter()
            if isinstance(element.tag, str) and element.text and year in element.text
            and (day := find_date(element.text)) is not None and day.iso == found]


def _only_stamped(stating: list[Any]) -> bool:
    """Whether the page's text states its date (`stating`: the elements that do) as a change time
    ("<p>Updated: 5 March 2025</p>") and no other short line of it states that day ("4 March 2025"
    beside "Updated: 4 March 2025 14:00")."""
    short = [element.text for element in stating if len(element.text.split()) <= STAMP_WORDS]
    return bool(short) and all(STAMP.match(text) for text in short)


def _only_outside(stating: list[Any]) -> bool:
    """Whether the page's text states its date (`stating`: the elements that do) only outside its
    story: in the page's footer ("Page generated 6 March 2025") or its navigation; trafilatura's
    date search reads the whole page. (A footer inside `<article>` or `<main>` holds the story's
    furniture, and so may a sidebar: "By Name, 30 January 2025".)"""
    for element in stating:
        tags = [element.tag, *(up.tag for up in element.iterancestors())]
        if "nav" not in tags and ("footer" not in tags or "article" in tags or "main" in tags):
            return False
    return bool(stating)


_SLASHED = re.compile(r"(?<![\d/-])(\d{1,2})([/-])(\d{1,2})\2((?:19|20)\d\d)(?!\d)")


def _from_slashes_alone(tree: Any, html: str, found: str) -> bool:
    """Whether trafilatura's date can only come from a slashed or dashed date whose order the page
    does not settle: "04/03/2025" and "04-03-2025" are 4 March or April 3, and trafilatura reads
    them day first. It stands when
    the page states it otherwise too: in ISO (an attribute, its URL), or in words ("4 March 2025")."""
    try:
        year, month, day = (int(part) for part in found.split("-"))
    except ValueError:
        return False
    if day > MONTHS_IN_YEAR or day == month:
        return False  # one order only
    forms = {(day, month, year), (month, day, year)}
    if not any((int(a), int(b), int(c)) in forms for a, _, b, c in _SLASHED.findall(html)):
        return False
    if found in html or found.replace("-", "/") in html:
        return False
    return not any(iso_date(line) == found for line in tree.text_content().splitlines() if line.strip())


# --- Markdown ---------------------------------------------------------------------


CAPTION_WORDS = 40
"""Words of text under an image, in the paragraph the image opens, up to which they are its caption,
not story (a photographer's credit there is no byline)."""


def _opens_with_image(token: Token) -> bool:
    """A Markdown paragraph that opens with an image on a line of its own: the text below is its caption."""
    children = [c for c in token.children or [] if not (c.type == "text" and not c.content.strip())]
    return len(children) > 1 and children[0].type == "image" and children[1].type in ("softbreak", "hardbreak")


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in _without_menu_links(token.children or []):
        if child.type == "text":
            parts.append(unlinked(child.content, shown=True))  # Obsidian's "[[Ana Núñez]]" reads "Ana Núñez"
        elif child.type == "code_inline":
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "html_inline":
            continue
    return "".join(parts)


def _without_menu_links(children: list[Token]) -> list[Token]:
    """A bold masthead without the menu of links set after it ("**Tarnmouth Fire and Rescue Service** · [News](...)
    · [Careers](...)"); any other paragraph's parts as they are."""
    kinds = [c.type for c in children if not (c.type == "text" and not c.content.strip(" ·|•"))]
    if kinds[:3] != ["strong_open", "text", "strong_close"] or len(kinds) < 6 or kinds[3:] != [
            "link_open", "text", "link_close"] * ((len(kinds) - 3) // 3):
        return children
    return children[:next(k for k, c in enumerate(children) if c.type == "strong_close") + 1]


ABOVE_TITLE_BLOCKS = 2
"""Blocks a Markdown article may hold above its # title: a masthead and its tagline."""
ABOVE_TITLE_WORDS = 12
"""Words in such a block ("A weekly letter about small money and big decisions"); a longer one, or a sentence, is
story and the heading below is no title."""


def _only_masthead_above(blocks: list[str]) -> bool:
    """Whether `blocks` (what stands above the first # heading) are none, or a short masthead and
    tagline ("**The Harbour Tribune**", "*Stories from the coast since 1902*"), the masthead first, but for the
    page's chrome, its meta and date lines, its address and an email's envelope."""
    # A copied page's menu, breadcrumb and buttons ("[Menu](...) [Search](...)", "Home › Mekong Delta"), and a
    # line of outlet, date and byline, stand above many titles and say nothing against them.
    # A clipping's source address, and a newsletter's envelope (From, Sent, Subject) exported with it, too.
    # (line by line: "**Name**" and "*tagline*" in one paragraph; an email's envelope blanked first, as a whole)
    lines = [line for b in blocks for line in drop_email_headers(b).splitlines() if line.strip()]
    blocks = [b for b in lines if not (is_page_chrome(b) or meta_line(b) is not None or stated_date(b) is not None
                                       or is_link_block(b))]
    if not blocks:
        return True
    return (len(blocks) <= ABOVE_TITLE_BLOCKS and _names_the_page(blocks[0])
            and all(len(b.split()) <= ABOVE_TITLE_WORDS and not b.endswith((".", "!", "?")) for b in blocks))


CAPITALS_KICKER_WORDS = 3
"""Words in the longest kicker in capitals over a Markdown title ("FOOD & PLACE", "LONG READ")."""


def _names_the_page(block: str) -> bool:
    """A masthead ("**Fernwick Monthly**"), a newsletter's or a blog's name in capitalised words ("**Brackish
    Water**", "**The Small Change Letter**"), or a kicker in capitals ("**FOOD & PLACE**"): what stands first over a
    title, never the story's words."""
    words = block.split()
    return is_masthead(block) or (len(words) <= SITE_NAME_WORDS and capitalised_name(block) is not None
                                  and not any(c.isdigit() for c in block)) or (
        block.isupper() and len(words) <= CAPITALS_KICKER_WORDS)


def _repeats(heading: str, title: str) -> bool:
    """Whether `heading` is `title` again, or its part before a site's or section's name ("Headline" of
    "Headline | Counties")."""
    heading, title = " ".join(heading.split()).casefold(), title.casefold()
    return bool(heading) and (title == heading or (
        title.startswith(heading) and TITLE_SEPARATOR.match(title[len(heading):]) is not None))


def _table_row(cells: list[str]) -> str:
    """A table's row as a sentence of the story ("Graz; 4 March 2024; Ana Núñez."): a table
    in the body is story, and cells written apart by bars would read as a meta line."""
    text = "; ".join(cell for cell in cells if cell)
    return text if not text or text.endswith((".", "!", "?")) else f"{text}."


EXCERPT = "excerpt"
"""The heading a clipper (MarkDownload) gives the page's summary, quoted above the story."""


def _from_markdown(text: str) -> Extracted:
    """Plain text: headings and paragraphs become blocks; markup, links, images and HTML go."""
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    # The title is the document's top heading: # as a rule, ## where a clipper made no # (a ##
    # that follows the story's first paragraph is a section's, see _only_masthead_above).
    top = min((t.tag for t in tokens if t.type == "heading_open"), default="h1")
    blocks: list[str] = []
    hints: dict[str, str] = {}
    heading: str | None = None
    row: list[str] | None = None  # the cells of a table's row being read
    quotes = 0  # blockquotes open around the token
    excerpt: int | None = None  # the depth of a clipper's excerpt being skipped ("> ## Excerpt")
    under_title = False  # the title was the last block read
    title_at = 0  # the blocks read before the title
    for token in tokens:
        if token.type in ("blockquote_open", "blockquote_close"):
            quotes += 1 if token.type == "blockquote_open" else -1
            excerpt = None if excerpt is not None and quotes < excerpt else excerpt
        elif excerpt is not None:
            continue  # MarkDownload's "> ## Excerpt" quotes the story's own opening, or its summary
        elif token.type == "inline" and heading and quotes and token.content.strip().casefold() == EXCERPT:
            excerpt, heading = quotes, None
        elif token.type == "heading_open":
            heading = token.tag
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            blocks.append(_table_row(row))
            row = None
        elif token.type == "inline":
            content = _inline_text(token).strip()
            if row is not None:
                row.append(" ".join(content.split()))
                continue
            if not content or (_opens_with_image(token) and len(content.split()) <= CAPTION_WORDS):
                # a credit under a picture is the picture's
                under_title = under_title and not any(c.type == "image" for c in token.children or [])
                continue  # an image's caption and credit ("![Flooded road](road.jpg)" / "*Ana Núñez, Halden Daily*")
            if heading == top and "title" not in hints and _only_masthead_above(blocks):
                hints["title"] = " ".join(content.split())
                if masthead := next((b for b in blocks if is_masthead(b)), None):
                    hints["outlet"] = masthead
                under_title, title_at = True, len(blocks)
                continue
            if (heading == top and "outlet" not in hints and _repeats(content, hints.get("title", ""))
                    and _only_masthead_above(blocks[title_at:])
                    and (masthead := next((b for b in blocks[title_at:] if is_masthead(b)), None))):
                # a clipper's title ("# Headline | Counties") over the page it clipped, whose masthead stands
                # above the headline's own heading: the masthead, read as above a first title
                hints["outlet"] = masthead
            if under_title and not heading and (credit := outlet_credit(content.splitlines()[0])) is not None:
                # "**Ni Luh Putu Ayu Wirasari (The Bali Strait Post)**" opening the block under the title, no picture
                # between (an image's credit is written so too): the byline and its publication
                hints["author"] = credit[0]
                hints.setdefault("outlet", credit[1])
            under_title = False
            blocks.append(content)
        elif token.type == "heading_close":
            heading = None
    # Without any heading, nothing marks the title: it is read from the lines as a plain text's is.
    kind = "markdown" if any(t.type == "heading_open" for t in tokens) else "text"
    return Extracted("\n\n".join(blocks), kind, hints=hints)
