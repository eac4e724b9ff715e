"""Turn a decoded file into plain text plus the metadata its format states.

HTML goes through trafilatura (drops navigation, related boxes, footers and
scripts; reads title, author, site name and date from the page's metadata); the
short lines under the page's title heading are kept aside for their metadata.
Markdown becomes plain text (tui.engine.markdownpage). Front matter (TOML between `+++` lines, YAML
between `---` lines) states metadata that overrides any guess.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from tui.engine.bylines import AUTHOR_LABEL_WORDS, byline
from tui.engine.copyrights import copyright_notice
from tui.engine.datelines import lead_credit
from tui.engine.extracted import Extracted as Extracted  # read by callers of extract
from tui.engine.fieldlines import reader_page
from tui.engine.footnotes import blog_post_footer
from tui.engine.frontmatter import normalise_meta
from tui.engine.frontmatter import split_front_matter as split_front_matter  # read by callers of extract
from tui.engine.jsonld import article_ld
from tui.engine.markdownpage import from_markdown
from tui.engine.meta import (
    capitalised_name,
    is_masthead,
    is_person_name,
    join_people,
    same_site,
    without_company,
)
from tui.engine.metafields import chinese_fields
from tui.engine.microdata import article_microdata
from tui.engine.otherstories import drop_other_stories, site_names, twitter_handles
from tui.engine.outletwords import NEWSLETTER_WORDS
from tui.engine.pageauthor import page_author, with_marks
from tui.engine.pagedates import publication_date, shown_date
from tui.engine.pagetree import (
    bio_lines,
    caption_lines,
    copyright_lines,
    foot_lines,
    generator,
    logo_name,
    origin_notes,
    owning_group,
    page_tree,
    posted_lines,
    shown_name,
    site_name_element,
    under_title,
)
from tui.engine.portals import credited_publisher
from tui.engine.sanitize import strip_controls
from tui.engine.savedfeed import saved_item
from tui.engine.textnorm import name_key, without_native_forms
from tui.engine.titlesite import TITLE_SEPARATOR, cut_site, site_from_title, squeezed

_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)+")
"""A site's name given as its domain ("morayfirthcourant.example", "latimes.com")."""


def extract(text: str, suffix: str) -> Extracted:
    """Dispatch on the file's suffix; anything not HTML or Markdown is plain text."""
    stated, text = split_front_matter(text)
    if suffix not in (".html", ".htm") and (item := saved_item(text)) is not None:
        doc = item  # a feed of one item, saved as a text or a note
    elif suffix in (".html", ".htm") or (suffix not in (".md", ".markdown") and _looks_like_html(text)):
        doc = _from_html(text)
    elif (reader := reader_page(text)) is not None:  # a reader service's Markdown of a page, in any file
        doc = from_markdown(reader[1])
        site = cut_site(reader[0].get("title", ""))[1]  # "Headline - The Whelkhaven Daily Clarion": the site's name
        doc.hints = {**reader[0], **({"outlet": site} if site else {}), **doc.hints}  # the page's heading over it
    elif suffix in (".md", ".markdown"):
        doc = from_markdown(text)
    else:
        doc = Extracted(_without_link_numbers(text), "text")
    doc.stated = stated
    return doc


_LINK_NUMBER = re.compile(r"\[\d{1,4}\](?=[^\W\d_])")
"""A text browser's number for a link, before the link's text ("[3]News [4]Sport", "By [7]Ellie Dimitriou")."""
LINK_NUMBERS = 3
"""Numbered links a plain text holds at least to be read as a text browser's dump, its numbers taken out."""


def _without_link_numbers(text: str) -> str:
    """A text browser's dump (lynx, w3m) without the numbers it set before each link; any other text as it is (a
    reference's "[1]" before a word, once or twice)."""
    return _LINK_NUMBER.sub("", text) if len(_LINK_NUMBER.findall(text, 0, 4096)) >= LINK_NUMBERS else text


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
    outlet = None if outlet and _EXPORTED_TITLE.match(outlet) else outlet  # trafilatura's from an export's <title>
    title = " ".join(str(data.get("title") or "").split()).casefold()
    if outlet and tree is not None and (str(outlet).casefold() in twitter_handles(tree) - site_names(tree)
                                        or (title and title in " ".join(str(outlet).split()).casefold())):
        # trafilatura's name from the site's twitter: handle ("@fenwickstd" as "Fenwickstd"), or
        # the WebPage node's name in JSON-LD ("Headline - Site"): neither is the site's name
        outlet = None
    # the page's <title>, its <h1>s and its copyright lines, read once for the readers below
    page_title = (tree.findtext(".//title") or "") if tree is not None else ""
    if _EXPORTED_TITLE.match(page_title.strip()):
        page_title = ""  # a word processor's export names its file ("Microsoft Word - pier_crane_FINAL_v3.docx")
    raw_headings = [h.text_content() for h in tree.iter("h1")] if tree is not None else []
    headings = [heading for h in raw_headings if (heading := squeezed(h))]
    foot = list(foot_lines(tree))  # read once: its copyright lines, and what it says the site is built with
    copyrights = copyright_lines(foot)
    if tree is not None and (post := _post_under_blog(page_title, headings, data.get("title"), tree)) is not None:
        data["title"] = post  # Blogger's "<h1>Blog name</h1>" over "<h3 class="post-title">Headline</h3>"
        title = post.casefold()
    if (not outlet or _DOMAIN.fullmatch(outlet)) and tree is not None:
        # none, or a domain trafilatura took from the page's address ("morayfirthcourant.example"): the
        # publisher, or the name the page's own <title> gives, says it better; the domain is kept failing those
        outlet = (ld.publisher if ld else None) or site_from_title(page_title, data.get("title"), raw_headings) or (
            site_name_element(tree)) or _heading_before_title(page_title, headings, data.get("title")) or (
            logo_name(tree)) or outlet
    holders = [notice[1] for line in copyrights if (notice := copyright_notice(line)) is not None]  # whom they name
    held = [holder for holder in holders if is_masthead(holder)]  # the publications among them
    if outlet and tree is not None and _names_platform(outlet, tree, foot):
        # og:site_name naming the platform the site is built on ("Inkwharf"), not the paper it serves
        outlet = site_name_element(tree) or next(iter(held), None) or logo_name(tree)
    if outlet and _DOMAIN.fullmatch(outlet) and (same := [h for h in held if same_site(h, outlet)]):
        outlet = same[0]  # "heraldodetepexilolco.example" and "© 2025 El Heraldo de Tepexilolco": the paper's name
    if outlet and (written := next((h for h in holders if h != outlet and name_key(h) == name_key(str(outlet))),
                                   None)):
        outlet = written  # og:site_name folded to ASCII ("Kuryr Vlci Hory"), the foot's name as written ("Kurýr Vlčí")
    if outlet and _NEWSLETTER_WORDS.search(str(outlet)) and len(held) == 1 and not _NEWSLETTER_WORDS.search(held[0]):
        outlet = held[0]  # "Weekly Briefing: Headline" in a paper's e-mail, "© 2015 The Quarnsey Packet" at its foot
    if outlet and (brand := _EDITION_BRAND.match(str(outlet))) and (paper := next(
            (h for h in held if name_key(brand["name"]) in name_key(h)), None)):
        outlet = paper  # "Kesterlyn Lakes Lite", the text-only edition of "© 2019 The Kesterlyn Lakes Gazette"
    if outlet and tree is not None and (shown := shown_name(tree, outlet)) is not None:
        outlet = shown  # the logo and the foot's name over a transliteration in the tags the page never shows
    if outlet and (named := _titled_and_copyrighted(page_title, raw_headings, holders, data.get("title"))) and (
            named.casefold() != str(outlet).casefold()):
        outlet = named  # og:site_name names the network ("Prairie Local News Network"), the page the paper
    if outlet and (group := owning_group(tree)) is not None and without_company(str(outlet)).casefold() == (
            group.casefold()) and (own := logo_name(tree)) is not None:
        outlet = own  # "A Sunderline Television Group station" at the foot: the station its logo names
    if outlet and _sister_named(str(data.get("text") or ""), str(outlet)) and (own := logo_name(tree)) is not None:
        outlet = own  # the tags name "our sister station KBVE 3", which contributed; the logo the page's own
    if title:
        data["title"] = _past_logo(page_title, headings, str(data.get("title")), outlet)
        if len(headings) == 1 and (label := _OBITUARY_LABEL.match(str(data["title"]))) is not None and (
                str(data["title"])[label.end():].casefold() == headings[0].casefold()):
            data["title"] = headings[0]  # "Obituary for Name" in the tags, the name alone the page's heading
    if _MAIL_SUBJECT.match(page_title):
        data["date"] = data["author"] = None  # a forwarded e-mail's tags: its sending, not the article's
    # an aggregator's page: the story's publisher, not the portal
    outlet = (ld.source if ld else None) or credited_publisher(tree) or outlet
    author = page_author(data.get("author"), tree, html, str(outlet or "").casefold(), ld)
    hints = normalise_meta(
        {"title": data.get("title"), "author": author, "outlet": outlet,
         "date": data.get("date"), "url": data.get("url"), "locale": _locale(tree)}
    )
    furniture = under_title(tree, hints.get("title"))
    if (credit := next(((person, line) for line in furniture for part in _FURNITURE_PARTS.split(line)
                        if (person := _shown_byline(part)) is not None), None)) is not None and not _shows_all(
                            hints.get("author"), *credit):
        # the byline the page shows at its headline, over its tags (another script, one of two), and the writer its
        # next line adds ("By Name | WQFX 5" / "and Name | Greatwater Press Wire")
        hints["author"] = join_people([credit[0], *_and_next(furniture, credit[1])]) or credit[0]
    if not hints.get("author") and (labelled := _labelled_name(furniture)) is not None:
        hints["author"] = labelled  # "By" / "Phatcharaporn Saengthong-Ruangrit", where the tags name nobody
    if not hints.get("author") and (poster := blog_post_footer(posted_lines(tree))) is not None:
        hints["author"] = poster  # Blogger's "Posted by Name at 19:20" under the post, which the extractor drops
    if hints.get("author"):
        hints["author"] = with_marks(hints["author"], furniture)
    if hints.get("date") and tree is not None:
        hints["date"] = publication_date(tree, html, hints["date"])
        if not hints["date"]:
            del hints["date"]
    if not hints.get("date") and ld is not None and ld.published:
        hints["date"] = ld.published  # a datePublished trafilatura did not read ("4 March 2025")
    if (shown_day := shown_date(furniture, hints.get("date"))) is not None:
        hints["date"] = shown_day  # "Published Tuesday 17 April 2018" at the headline, over its tags' 16 April
    lines = [line.strip() for line in strip_controls(data.get("text") or "").split("\n")]
    if lines and hints.get("title") and lines[0] == hints["title"]:
        lines = lines[1:]
    # trafilatura gives one block a line; each block is a paragraph.
    return Extracted("\n\n".join(line for line in lines if line), "html", hints=hints, furniture=furniture,
                     footer=copyrights + origin_notes(tree), captions=caption_lines(tree), bios=bio_lines(tree))


_NEWSLETTER_WORDS = re.compile(rf"\b{NEWSLETTER_WORDS}\b", re.I)
_OBITUARY_LABEL = re.compile(r"^(?:obituary|death\s+notice|in\s+(?:loving\s+)?memory)(?:\s+(?:for|of))?\s*[:|–—-]?\s+",
                            re.I)
"""The label a funeral home's tags put before the name its page's heading gives alone ("Obituary for Name")."""
_EXPORTED_TITLE = re.compile(r"^(?:microsoft\s+word\s*[-–—]\s*)?[^\s/\\]+\.(?:docx?|odt|rtf|pdf|pages)$", re.I)
"""The <title> a word processor gives an exported document: its file's name."""
_EDITION_BRAND = re.compile(r"^(?P<name>.+?)\s+(?:lite|light|mobile|amp|text|text-only)$", re.I)
"""A paper's light edition's brand ("Kesterlyn Lakes Lite"), named for the paper."""
_MAIL_SUBJECT = re.compile(r"^\s*(?:fwd?|fw|re|tr|wg)\s*:", re.I)
"""An e-mail's subject as a saved message's <title> ("Fwd: Ice storm leaves 9,000 without power")."""
_SISTER = re.compile(r"\bsister\s+(?:station|paper|newspaper|publication|site)\s+(?P<name>[A-Z0-9][\w&'’.-]*"
                     r"(?:\s+[A-Z0-9][\w&'’.-]*){0,4})")
"""A story's mention of a sister outlet ("Our sister station KBVE 3 contributed to this report.")."""


def _sister_named(text: str, outlet: str) -> bool:
    """Whether the story `text` calls `outlet` its sister station or paper: then the page's tags that name it name
    another's (a shared template)."""
    return "sister" in text and any(found["name"].casefold() == outlet.casefold() for found in _SISTER.finditer(text))


_AND_LINE = re.compile(r"^(?:and|&)\s+(?P<rest>\S.*)$")


def _and_next(furniture: list[str], line: str) -> list[str]:
    """The writer that the line after a byline's `line` adds with "and" ("and Bertram Haskovec | Greatwater Press
    Wire"); none where it adds none."""
    at = furniture.index(line)
    follow = _AND_LINE.match(furniture[at + 1]) if at + 1 < len(furniture) else None
    return [name] if follow is not None and (name := byline(f"By {follow['rest']}")) is not None else []


def _shows_all(tagged: Any, shown: str, line: str) -> bool:
    """Whether the people the tags name (`tagged`, joined) are the byline's `shown` and more whom its `line` writes
    too: "By Jonas Vaitkūnas-Lapė, Eglė Šliogerytė-Kairienė" with both in the tags is no place after a name."""
    names = [name for name in re.split(r",\s*|\s+and\s+", str(tagged or "")) if name]
    return len(names) > 1 and shown in names and all(name in line for name in names)


_FURNITURE_PARTS = re.compile(r"\u3000+|\s{2,}")
"""What parts the pieces of one line of a page's furniture: ideographic or runs of spaces."""
_BRACKETED_BYLINE = re.compile(r"^[（(]\s*((?:记者|記者)[\s\u3000]*\S.*?)\s*[）)]$")
"""A Japanese or Chinese byline in brackets ("（記者　加納 朋美）"), read without them."""


def _shown_byline(part: str) -> str | None:
    """The people a piece of a page's furniture credits: a byline (without its names in a native script, out of its
    brackets: "（記者　加納 朋美）"), a Chinese line's author field ("作者：记者 邓思远"), a Taiwanese or Korean opening
    credit ("〔記者 許雅婷／屏東報導〕")."""
    fields = chinese_fields(part)
    return byline(without_native_forms(_BRACKETED_BYLINE.sub(r"\1", part))) or (
        fields.author if fields is not None else None) or lead_credit(part)[1]


_AUTHOR_LABEL = re.compile(rf"^\s*(?:by|{AUTHOR_LABEL_WORDS})\s*:?\s*$", re.I)
"""A byline's label on a line of its own, the name on the next ("Author of the article:" / "Hollis Wetherlow")."""


def _labelled_name(furniture: list[str]) -> str | None:
    """The person named on the line under a byline's label alone in a page's furniture (_AUTHOR_LABEL); None else."""
    return next((name for label, name in itertools.pairwise(furniture)
                 if _AUTHOR_LABEL.match(label) and is_person_name(name, stated=True)), None)


def _names_platform(name: str, tree: Any, foot: list[str]) -> bool:
    """Whether `name` is the platform a page is made with, not its publication: the page's generator ("Inkwharf Sites
    4.2", "Pressbloc") opens with it, or its `foot` (its copyright line among them) says the site is "Powered by" it."""
    low = squeezed(name).casefold()
    made = generator(tree)
    return bool(low) and (made.startswith(low) or any(
        f"powered by {low}" in squeezed(line).casefold() for line in foot))


def _heading_before_title(page_title: str, headings: list[str], headline: Any) -> str | None:
    """A blog's name that its <h1> gives (`headings`) and its <title> sets before the post's headline ("<h1>Glascarreg
    Vale Notes</h1>", "<title>Glascarreg Vale Notes: Chapel organ plays again</title>"), as Blogger's pages do; None
    where the two do not agree."""
    page, head = squeezed(page_title), squeezed(str(headline or ""))
    if not head or not page.endswith(head) or page == head:
        return None
    before = page[: -len(head)].rstrip(" :|–—-·")
    return before if before in headings and capitalised_name(before) else None


_POST_HEADINGS = ("h2", "h3", "h4")
"""Where a blog's template sets a post's headline under the blog's name in its <h1>."""


def _post_under_blog(page_title: str, headings: list[str], headline: Any, tree: Any) -> str | None:
    """The post's headline where the title taken is the blog's name in the page's <h1> and its <title> sets the name
    before a smaller heading of the page ("<title>Inishcorran Island News: Carol singers raise ...</title>", the
    post's <h3>), as Blogger's templates do; None else."""
    page, head = squeezed(page_title), squeezed(str(headline or ""))
    if not head or head not in headings or not page.startswith(head) or page == head:
        return None
    rest = page[len(head):]
    post = rest.lstrip(" :|–—-·")
    if post == rest or not post:
        return None  # no separator after the name: the name is the start of a longer headline
    return post if any(squeezed(h.text_content()) == post for h in tree.iter(*_POST_HEADINGS)) else None


def _titled_and_copyrighted(page_title: str, raw_headings: list[str], copyright_holders: list[str],
                            headline: Any) -> str | None:
    """The site's name that the page's <title> sets beside the headline and its footer's copyright line names too
    (`copyright_holders`: whom the copyright lines name; "Headline | The Oakridge Plains Examiner", "Copyright ©
    2021 The Oakridge Plains Examiner"); None where they do not agree."""
    holders = {squeezed(holder).casefold() for holder in copyright_holders}
    site = site_from_title(page_title, str(headline or "") or None, raw_headings)
    if site is None and len(raw_headings) == 1:  # the tags' headline another than the page's one <h1>
        site = site_from_title(page_title, raw_headings[0], raw_headings)
    if site is not None and squeezed(site).casefold() in holders:
        return site
    # "Headline | KAJX 8 News | Coldvale Junction": the part the copyright line names, not the city farthest off
    head = squeezed(str(headline or "")).casefold()
    parts = [part for p in TITLE_SEPARATOR.split(squeezed(page_title)) if (part := p.strip())]
    named = [p for p in parts if p.casefold() in holders and p.casefold() != head and is_masthead(p)]
    headed = head and len(parts) > 2 and any(p.casefold() == head for p in parts)
    return named[0] if headed and len(named) == 1 else None


def _past_logo(page_title: str, headings: list[str], title: str, outlet: str | None) -> str:
    """The page's headline: its one <h1> (`headings`) where the title taken differs (a search headline in its tags);
    or, where the title taken is its logo set in an <h1> ("<h1 class="logo">The Glenquarry Advertiser</h1>" over the
    story's <h1>): the site's name (a masthead's words, or the outlet), another, longer <h1> that the page's <title>
    holds too; `title` otherwise."""
    page = squeezed(page_title).casefold()
    low = squeezed(title).casefold()
    if len(headings) == 1 and headings[0].casefold() != low and _heading_long(headings[0]) and not (
            is_masthead(headings[0]) or low.startswith(headings[0].casefold())):
        return headings[0]  # the page's one heading, where its tags give a search headline ("... - everything you
        # need to know"): what the reader sees
    if not low or low not in page or not (is_masthead(title) or low == squeezed(str(outlet or "")).casefold()):
        return title
    return next((h for h in headings if h.casefold() != low and h.casefold() in page
                 and len(h.split()) > len(title.split())), title)


HEADING_WORDS = 4
"""Words in the shortest <h1> read as the headline over a title the page's tags give otherwise (shorter, a section's
or a site's name)."""
HEADING_CHARACTERS = 12
"""Characters in the shortest such <h1> in a script written without spaces:
"潮見台漁港の朝市、台風被害から1年ぶりに再開へ"."""


def _heading_long(heading: str) -> bool:
    """Whether an <h1> is long enough to be the headline (HEADING_WORDS, or HEADING_CHARACTERS without spaces)."""
    return len(heading.split()) >= HEADING_WORDS or (" " not in heading.strip() and len(heading) >= HEADING_CHARACTERS)


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
