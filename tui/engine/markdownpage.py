"""Read a Markdown article: its blocks as plain text, its title from its top heading, and the masthead, byline
and outlet a page shows around that heading (tui.engine.extract dispatches here)."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from tui.engine.blocks import SITE_NAME_WORDS, is_link_block
from tui.engine.bylines import KICKER_WORDS, byline
from tui.engine.chrome import drop_email_headers, is_page_chrome
from tui.engine.credits import outlet_credit
from tui.engine.dates import stated_date
from tui.engine.extracted import Extracted
from tui.engine.fieldlines import is_field_line
from tui.engine.frontmatter import unlinked
from tui.engine.headerlines import MASTHEAD_SLOT_WORDS, NEWS_TAGLINE, NOT_IN_NAME, masthead_with_section, tagline
from tui.engine.meta import capitalised_name, is_masthead, is_menu_word, is_named_masthead
from tui.engine.metaline import meta_line
from tui.engine.titlesite import TITLE_SEPARATOR

CAPTION_WORDS = 40
"""Words of text under an image, in the paragraph the image opens, up to which they are its caption,
not story (a photographer's credit there is no byline)."""


def _opens_with_image(token: Token) -> bool:
    """A Markdown paragraph that opens with an image on a line of its own: the text below is its caption."""
    children = [c for c in token.children or [] if not (c.type == "text" and not c.content.strip())]
    return len(children) > 1 and children[0].type == "image" and children[1].type in ("softbreak", "hardbreak")


def _opens_bold(token: Token) -> bool:
    """A Markdown paragraph that opens with bold text ("**The Haddonvale Beacon** | Local News")."""
    kinds = _kinds(token)
    return bool(kinds) and kinds[0] == "strong_open"


def _logo_name(token: Token) -> str | None:
    """The publication a paragraph that is nothing but a logo names: its image's alt text, when the image's address
    says it is a logo and the text is a masthead ("[![WBNQ 6 News](https://.../logo-wbnq.svg)](https://...)")."""
    images = [c for c in token.children or [] if c.type == "image"]
    texts = [c for c in token.children or [] if c.type == "text" and c.content.strip()]  # (an image's alt is its own)
    if len(images) != 1 or texts or not any(word in str(images[0].attrs.get("src", "")).lower()
                                            for word in ("logo", "masthead")):
        return None  # (".../assets/masthead.png" too)
    alt = " ".join(images[0].content.split())
    return alt if alt and is_masthead(alt) else None


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


_CREDIT_LABELS = frozenset("words text author authors story reporter".split())
"""Bold labels a converter sets before a linked writer ("**Words:** [Name](...)"), which no masthead is."""


def _without_menu_links(children: list[Token]) -> list[Token]:
    """A bold masthead without the menu of links set after it ("**Tarnmouth Fire and Rescue Service** · [News](...)
    · [Careers](...)"); any other paragraph's parts as they are."""
    kinds = [c.type for c in children if not (c.type == "text" and not c.content.strip(" ·|•"))]
    if kinds[:3] != ["strong_open", "text", "strong_close"] or len(kinds) < 6 or kinds[3:] != [
            "link_open", "text", "link_close"] * ((len(kinds) - 3) // 3):
        return children
    opened = next(k for k, c in enumerate(children) if c.type == "strong_open")
    bold = children[opened + 1].content.strip(" :").lower()
    if bold.endswith("by") or bold in _CREDIT_LABELS:
        return children  # "**By** [Name](...)", "**Interview by** [Name](...)": a byline's name, linked

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
    # A clipping's source address (or its site alone) and a clipper's labelled lines ("Saved: ...", "Site: ..."),
    # and a newsletter's envelope (From, Sent, Subject) exported with it, too.
    # (line by line: "**Name**" and "*tagline*" in one paragraph; an email's envelope blanked first, as a whole)
    unenveloped = [drop_email_headers(b) for b in blocks]
    if unenveloped != blocks or (blocks and _GREETING.match(blocks[0])):
        return True  # a forwarded article's heading under the envelope and the sender's note ("Mam, look who's in it!",
        # "Hi Rory," / "This is the column I told you about")
    lines = [line for b in unenveloped for line in b.splitlines() if line.strip()]
    blocks = [b for b in lines if not (is_page_chrome(b) or meta_line(b) is not None or stated_date(b) is not None
                                       or is_link_block(b) or _HOST.fullmatch(b.strip()) or is_field_line(b)
                                       or _SUBJECT.match(b))]
    if not blocks:
        return True
    if len(blocks) == 1 and _tagged_masthead(blocks[0]) is not None:
        return True  # "**The Tolgarth Ledger** — nonprofit news for Tolgarth and the Upper Marrisk valley"
    return (len(blocks) <= ABOVE_TITLE_BLOCKS and _names_the_page(blocks[0])
            and all(len(b.split()) <= ABOVE_TITLE_WORDS and not b.endswith((".", "!", "?")) for b in blocks))


_GREETING = re.compile(r"^\s*(?:hi|hello|hey|dear)\b[^\n.!?]{0,40},?\s*$", re.I)
"""A personal note's greeting over an article pasted into an e-mail ("Hi Rory,")."""
_SUBJECT = re.compile(r"^\s*subject\s*:\s*\S", re.I)
"""A newsletter's subject line kept alone over its heading ("Subject: [Bugle Briefing] Valentine's market ...")."""
_HOST = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?")
"""A clipping's source site alone on its line, as reader views set it over the title ("kitteringbaymercury.example")."""


CAPITALS_KICKER_WORDS = 3
"""Words in the longest kicker in capitals over a Markdown title ("FOOD & PLACE", "LONG READ")."""


def _names_the_page(block: str) -> bool:
    """A masthead ("**Fernwick Monthly**", perhaps beside its section's label), a newsletter's or a blog's name in
    capitalised words ("**Brackish Water**", "**The Small Change Letter**"), or a kicker in capitals ("**FOOD &
    PLACE**"), or a kicker led by the piece's kind ("**Column · Country diary**", "Opinion | Guest essay"), or a trail
    from the masthead through its sections: what stands first over a title, never the story's words."""
    words = block.split()
    return is_masthead(block) or masthead_with_section(block) is not None or (
        len(words) <= SITE_NAME_WORDS and capitalised_name(block) is not None and not any(c.isdigit() for c in block)
    ) or (block.isupper() and len(words) <= CAPITALS_KICKER_WORDS) or (
        len(words) <= KICKER_LABEL_WORDS and _KICKER_PARTS.split(block.strip(" *_"))[0].lower() in KICKER_WORDS) or (
        len(items := _MENU_ITEMS.split(block.strip())) > 1 and is_masthead(items[0]) and all(
            len(item.split()) <= TRAIL_ITEM_WORDS and item[:1].isupper() for item in items[1:]))


TRAIL_ITEM_WORDS = 3
"""Words in the longest section of a trail from the masthead ("The Ridgemarsh Pioneer · Sports · High School")."""


KICKER_LABEL_WORDS = 5
"""Words in the longest kicker of a piece's kind over a Markdown title ("Column · Country diary")."""
_KICKER_PARTS = re.compile(r"\s*[|·•:—–]\s*")
"""What parts a kicker's kind from its series or section ("Opinion | Guest essay")."""


def _masthead(block: str) -> str | None:
    """The masthead a block above the title gives: itself, or the masthead beside its section's label ("**Diari del
    Baix Rovell** · Cultura"); not one in capitals beside its label ("**COVEHAM COURIER · SPORT**"), whose case
    the page's other lines give (its meta line, its copyright); not a section's label of a newspaper's word alone
    ("Magazine", which the meta line under the title follows with "The Sunday Harrier")."""
    if is_named_masthead(block):
        return block
    if (tagged := _tagged_masthead(block)) is not None:
        return tagged
    masthead = masthead_with_section(block)
    items = _MENU_ITEMS.split(block.strip())
    if masthead is None and len(items) > 1 and is_named_masthead(items[0]) and (is_page_chrome(block) or (
            len(items) >= MENU_ITEMS and is_page_chrome(" | ".join(items[1:])))):
        # a station's menu led by its name ("KBJN 5 | Weather | Closings | Watch Live"), a trail from the masthead
        # ("The Dunmarket Daily Reporter > Local > Courts")
        return items[0]
    return None if masthead is None or masthead.isupper() else masthead


_MENU_ITEMS = re.compile(r"\s+[|·•>]\s+")
MENU_ITEMS = 3
"""Items of the shortest menu that its site's name may lead (the name and two of its sections)."""


_TAGLINE_AFTER = re.compile(r"^(?P<name>[^—–]+?)\s+[—–-]\s+(?P<tagline>[^—–]+)$")


def _tagged_masthead(block: str) -> str | None:
    """The masthead of a block that is a masthead and its tagline after a dash ("The Tolgarth Ledger — nonprofit news
    for Tolgarth and the Upper Marrisk valley"); None for any other block."""
    found = _TAGLINE_AFTER.match(block.strip())
    if found is None or not tagline(found["tagline"]) or not (is_masthead(name := found["name"]) or (
            capitalised_name(name) and len(name.split()) > 1 and NEWS_TAGLINE.search(found["tagline"]))):
        return None
    return name




_CALLOUT = re.compile(r"^\[![\w-]+\][+-]?\s*")
"""An Obsidian callout's marker ("[!info]"), before the callout's own text."""


def _kinds(token: Token) -> list[str]:
    """The kinds of a paragraph's inline pieces, blank text left out."""
    return [c.type for c in token.children or [] if not (c.type == "text" and not c.content.strip())]


def _only_link(token: Token) -> bool:
    """A paragraph that is one link and nothing else ("[Original](https://...)")."""
    kinds = _kinds(token)
    return kinds[:1] == ["link_open"] and kinds[-1:] == ["link_close"] and kinds.count("link_open") == 1


def _emphasised(token: Token) -> bool:
    """A paragraph wholly in italics or bold ("*The Kilbraddan Standard, 21 January 2016. By Name.*")."""
    kinds = _kinds(token)
    return len(kinds) >= 3 and kinds[0] in ("em_open", "strong_open") and kinds[-1] in ("em_close", "strong_close")


def _all_bold(token: Token) -> bool:
    """A paragraph wholly in bold ("**Warta Permatang Keladi**")."""
    return _kinds(token) == ["strong_open", "text", "strong_close"]


def _bold_name(block: str) -> bool:
    """Whether a paragraph wholly in bold is a name that its place alone makes the masthead (over the title, or
    between it and the byline): a few words, the first capitalised, no figure or sentence's mark, not in capitals
    (a kicker: "**LONG READ**")."""
    words = block.split()
    return (1 <= len(words) <= MASTHEAD_SLOT_WORDS and words[0][:1].isupper() and not block.isupper()
            and NOT_IN_NAME.search(block) is None)


def _repeats(heading: str, title: str) -> bool:
    """Whether `heading` is `title` again, or its part before a site's or section's name ("Headline" of
    "Headline | Counties"), perhaps with a life's years between ("Name Obituary" of "Name Obituary (1938 - 2020) -
    Glenarrow | Obitvault")."""
    heading, title = " ".join(heading.split()).casefold(), title.casefold()
    rest = _YEARS_AFTER.sub("", title[len(heading):], count=1)
    return bool(heading) and (title == heading or (
        title.startswith(heading) and TITLE_SEPARATOR.match(rest) is not None))


def _lived_title(heading: str, title: str) -> str | None:
    """An obituary portal's page title with the life's years and the place after the name (_YEARS_AFTER: "Name
    Obituary (1938 - 2020) - Glenarrow | Obitvault") as the page's own `heading` gives it, with the site's name kept
    after it ("Name Obituary | Obitvault"); None unless the title repeats the heading so."""
    heading = " ".join(heading.split())
    rest = title[len(heading):]
    if not (_YEARS_AFTER.match(rest) and _repeats(heading, title)):
        return None
    return f"{heading} | {TITLE_SEPARATOR.split(rest)[-1]}"


_YEARS_AFTER = re.compile(r"^\s*\((?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d\)")
"""A life's years in brackets after a name in an obituary portal's page title ("(1938 - 2020)")."""


_LABEL_CELL = re.compile(r"^[^\W\d_][^\W\d]*(?:\s+[^\W\d_][^\W\d]*){0,2}$")
"""A table's first cell that labels the second ("By", "Published", "Paper"): words, no figures."""


def _table_row(cells: list[str]) -> str:
    """A table's row as a sentence of the story ("Graz; 4 March 2024; Ana Núñez."): a table
    in the body is story, and cells written apart by bars would read as a meta line. A row of a label and its value
    is a labelled line ("By: Name", "Published: Sunday 15 May 2016"), as a converter sets a page's byline box."""
    if len(filled := [cell for cell in cells if cell]) == 2 and _LABEL_CELL.match(filled[0]):
        return f"{filled[0]}: {filled[1]}"
    text = "; ".join(cell for cell in cells if cell)
    return text if not text or text.endswith((".", "!", "?")) else f"{text}."


EXCERPT = "excerpt"
"""The heading a clipper (MarkDownload) gives the page's summary, quoted above the story."""


_YEAR_FIRST = re.compile(r"^(?P<year> {0,3}(?:19|20)\d\d)\.(?P<rest>[ \t][^\n]*)$", re.M)
"""A line opening with a year and its full stop, as Hungarian writes a date ("2020. január 16."), which CommonMark
reads as the item of an ordered list numbered 2020: the year would be lost."""


def _year_first_dates(text: str) -> str:
    """`text` with the full stop after the year of each line that is a year-first date escaped: it stays text."""
    return _YEAR_FIRST.sub(
        lambda m: f"{m['year']}\\.{m['rest']}" if stated_date(m.group().strip()) is not None else m.group(), text)


_PANDOC_FENCE = re.compile(r"^[ \t]*:{3,}[^\n]*$", re.M)
"""A Pandoc fenced div's line ("::: {.byline}", ":::"), which CommonMark would keep as text."""
_PANDOC_ATTRIBUTES = re.compile(r"(?<=[\])])\{[#.][^{}\n]*\}|[ \t]+\{#[^{}\n]*\}[ \t]*$", re.M)
"""Pandoc's attributes after a link or a span ("(https://...){.author}") or a heading ("# Headline {#id .headline}")."""
_PANDOC_SPAN = re.compile(r"\[(?P<text>[^\[\]\n]+)\]\{\.[^{}\n]*\}")
"""A Pandoc span, its text in brackets and its class after them ("[Friday 2 October 2026]{.date}")."""


def _without_pandoc_markup(text: str) -> str:
    """`text` without what Pandoc's Markdown adds to CommonMark (fenced divs, attributes, spans): their words stay."""
    if ":::" not in text and "]{" not in text and "){" not in text and "{#" not in text:
        return text
    return _PANDOC_ATTRIBUTES.sub("", _PANDOC_SPAN.sub(r"\g<text>", _PANDOC_FENCE.sub("", text)))


_FOLDER = re.compile(r"^(?:saved\s+(?:articles|stories|pages|items|clips)|clippings|web\s+clips|reading\s+list"
                     r"|read\s+later|bookmarks|my\s+clippings|(?:press|news(?:paper)?)\s+(?:cuttings|clippings))"
                     r"(?:\s*[—–:|-]\s*\S.{0,40})?$", re.I)
"""A note app's or a reader's own heading over an article it saved, its folder ("Clippings", "Saved articles —
ferries"), or a compiler's over the cuttings it gathered ("Press cuttings: Glenarrochar Community Council"), which
demoted the article's headline a level or more."""


_ITEM_HEADING = re.compile(r"^(?:cutting|clipping|item|article|story)\s+(?:no\.?\s*)?\d+(?:\s+of\s+\d+)?$", re.I)
"""A compilation's heading that numbers its item ("Cutting 3 of 5"), over the item's own headline."""


def _issue_heading(title: str | None) -> bool:
    """Whether a page's title is a newsletter's issue, its name and its day ("Morning Brief - Friday, 12 January
    2024"), over the headings of its stories."""
    parts = TITLE_SEPARATOR.split(title or "")
    return len(parts) == 2 and (day := stated_date(parts[1])) is not None and bool(day.iso or day.yearless)


def _credits(block: str) -> bool:
    """Whether a block under a heading credits its writer: a byline, or a meta line with one."""
    first = block.splitlines()[0] if block else ""
    return byline(first) is not None or ((line := meta_line(first)) is not None and line.author is not None)


def from_markdown(text: str) -> Extracted:
    """Plain text: headings and paragraphs become blocks; markup, links, images and HTML go."""
    tokens = MarkdownIt("commonmark").enable("table").parse(_year_first_dates(_without_pandoc_markup(text)))
    # The title is the document's top heading: # as a rule, ## where a clipper made no # (a ##
    # that follows the story's first paragraph is a section's, see _only_masthead_above).
    top = min((t.tag for t in tokens if t.type == "heading_open"), default="h1")
    blocks: list[str] = []
    captions: list[str] = []
    hints: dict[str, str] = {}
    heading: str | None = None
    row: list[str] | None = None  # the cells of a table's row being read
    quotes = 0  # blockquotes open around the token
    excerpt: int | None = None  # the depth of a clipper's excerpt being skipped ("> ## Excerpt")
    under_title = False  # the title was the last block read
    title_at = 0  # the blocks read before the title
    bold: set[int] = set()  # the blocks wholly in bold
    bold_under: str | None = None  # a bold name right under the title, the masthead if a byline follows it
    story_heading: str | None = None  # a newsletter's story heading under its issue's title, before its byline
    folder = False  # a note app's heading over the article it saved, whose headline it demoted (_FOLDER)
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
            content = _CALLOUT.sub("", _inline_text(token).strip(), count=1)  # "> [!info] Outlet — date — by Name"
            if under_title and _only_link(token):
                continue  # a clipper's "[Original](https://...)" under the title: what follows is still under it
            if row is not None:
                row.append(" ".join(content.split()))
                continue
            if "title" not in hints and not heading and (logo := _logo_name(token)) is not None:
                hints.setdefault("outlet", logo)  # the site's logo atop the page, over its headline
                continue
            if not content or (_opens_with_image(token) and len(content.split()) <= CAPTION_WORDS):
                # a credit under a picture is the picture's
                under_title = under_title and not any(c.type == "image" for c in token.children or [])
                if content:
                    captions.append(content)
                continue  # an image's caption and credit ("![Flooded road](road.jpg)" / "*Ana Núñez, Halden Daily*")
            if story_heading is not None and not heading and _credits(content):
                hints["title"] = story_heading  # "# Morning Brief - Friday, 12 January 2024", "## Headline", "By ..."
            story_heading = content if heading and heading != top and _issue_heading(hints.get("title")) else None
            if heading == top and "title" not in hints and not blocks and not folder and _FOLDER.match(content):
                folder = True  # a note app's own heading over what it saved ("# Clippings", "# Saved articles — x")
                continue
            if folder and heading and _ITEM_HEADING.match(content):
                continue  # "## Cutting 3 of 5" under "# Press cuttings": the item's number, over its headline
            if (heading == top or (folder and heading)) and "title" not in hints and (
                    folder or _only_masthead_above(blocks)):  # (under a folder's heading, its own note may stand)
                hints["title"] = " ".join(content.split())
                # (not a menu's item: "News" of "Home", "News", "Sport" over the title)
                if masthead := next((m for b in blocks if not is_menu_word(b) and (m := _masthead(b))), None):
                    hints["outlet"] = masthead
                elif [k for k, b in enumerate(blocks) if not is_page_chrome(b)] == [0] and 0 in bold and (
                        _bold_name(blocks[0])):
                    hints["outlet"] = blocks[0]  # "**Warta Permatang Keladi**" alone over the title
                under_title, title_at = True, len(blocks)
                continue
            if heading == top and "title" in hints and (lived := _lived_title(content, hints["title"])) is not None:
                hints["title"] = lived  # the page's own heading, under a portal's title that adds the life's years
            if (heading == top and "outlet" not in hints and _repeats(content, hints.get("title", ""))
                    and _only_masthead_above(blocks[title_at:])
                    and (masthead := next((m for b in blocks[title_at:] if (m := _masthead(b))), None))):
                # a clipper's title ("# Headline | Counties") over the page it clipped, whose masthead stands
                # above the headline's own heading: the masthead, read as above a first title
                hints["outlet"] = masthead
            if under_title and not heading and _emphasised(token) and content.endswith(".") and (
                    line := meta_line(content)) is not None and line.author and line.date and line.outlet:
                # "*The Kilbraddan Standard, 21 January 2016. By Ailsa MacRury-Dunvarrach.*": a meta line written in
                # sentences, which the plain reader would take for the story's first
                hints.setdefault("outlet", line.outlet)
                hints.setdefault("author", line.author)
                if line.date.iso:
                    hints.setdefault("date", line.date.iso)
                under_title = False
                continue
            if bold_under is not None and byline(content.splitlines()[0]) is not None:
                hints.setdefault("outlet", bold_under)  # "# Headline" / "**El Pregó de Rocallença**" / "Per Ona ..."
            bold_under = content if under_title and not heading and _all_bold(token) and _bold_name(content) else (
                masthead_with_section(content) if under_title and not heading and _opens_bold(token) else None)
            # ("**The Haddonvale Beacon** | Local News" under the title, a byline after it: the masthead)
            if under_title and not heading and (credit := outlet_credit(content.splitlines()[0])) is not None:
                # "**Ni Luh Putu Ayu Wirasari (The Bali Strait Post)**" opening the block under the title, no picture
                # between (an image's credit is written so too): the byline and its publication
                hints["author"] = credit[0]
                hints.setdefault("outlet", credit[1])
            under_title = False
            if _all_bold(token):
                bold.add(len(blocks))
            blocks.append(content)
        elif token.type == "heading_close":
            heading = None
    # Without any heading, nothing marks the title: it is read from the lines as a plain text's is.
    kind = "markdown" if any(t.type == "heading_open" for t in tokens) else "text"
    return Extracted("\n\n".join(blocks), kind, hints=hints, captions=captions)
