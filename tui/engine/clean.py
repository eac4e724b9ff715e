"""Turn an article's raw text into a clean body plus the metadata its furniture gives away.

Real articles arrive hard-wrapped, with captions, bylines, timestamps, link lists,
embedded posts, "Related" lines and footers around the story. The rules here are
general: they look at the shape of a block (does it end like prose, is it a name,
a credit, a list of links) rather than at any one site's wording. What a block of
furniture says about the article (masthead, byline, date line, author bio) is kept
as metadata before the block is dropped. Unknown beats wrong, so nothing is read
from the story's own prose or from links inside it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from tui.engine.blocks import (
    cited_authors,
    is_caption,
    is_furniture,
    is_link_block,
    is_prose,
    is_related_heading,
    is_related_link,
    split_lead,
    strip_urls,
    unwrap,
)
from tui.engine.bylines import byline, guest_author, kicker_byline, labelled_author, reviewer
from tui.engine.chrome import drop_email_headers, drop_spaced_chrome, is_page_chrome, without_language_switch
from tui.engine.credits import (
    agency_byline,
    agency_credit,
    bureau_outlet,
    credit_line,
    is_agency_byline,
    names_picture_job,
    outlet_credit,
    pictured_by,
    staff_credit,
)
from tui.engine.datelines import (
    canadian_dateline,
    dateline,
    dateline_day,
    lead_byline,
    lead_credit,
    outlet_prefix,
    placed_date,
    us_dateline,
)
from tui.engine.dates import find_date, iso_day, stated_date, year_for
from tui.engine.extract import Extracted
from tui.engine.fieldlines import read_field_lines
from tui.engine.footnotes import blog_name, copyright_holders, pasted_blog, provenance, read_foot, wire_year
from tui.engine.forwards import read_forward
from tui.engine.found import Found
from tui.engine.headerdates import (
    BARE_DATE,
    STAMP,
    ends_like_prose,
    issue_date,
    take_header_date,
    update_stamp,
)
from tui.engine.headerlines import (
    BANNER,
    CONTACT_LABEL,
    TITLE_WORDS,
    beside_furniture,
    dates_itself,
    engagement,
    headline_after,
    headline_below,
    long_headline,
    masthead_alone,
    masthead_with_section,
    may_be_title,
    name_over_byline,
    over_issue,
    settled_order,
    site_name_over_menu,
    tagline,
    the_masthead,
)
from tui.engine.meta import (
    DOMAIN,
    capitalised_name,
    is_masthead,
    is_named_masthead,
    is_person_name,
    names_a_job,
    outlet_from_url,
    person_case,
    same_site,
    url_date,
)
from tui.engine.metaline import meta_line
from tui.engine.outletwords import NEWSLETTER_WORDS, is_section_label
from tui.engine.ownurl import own_url
from tui.engine.pageyears import furniture_years
from tui.engine.portals import publisher_over_follow, read_on
from tui.engine.slashorder import in_order, month_first, zone_ordered
from tui.engine.textblocks import lines_by_block
from tui.engine.textnorm import line_words, name_key, without_native_forms
from tui.engine.titlesite import cut_named, cut_repeated, cut_site


@dataclass(frozen=True, slots=True)
class Cleaned:
    """A clean body (paragraphs separated by blank lines) and metadata, None when unknown."""

    body: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None
    updated: str | None = None
    """The date of the page's update stamp (see model.Article.updated)."""


# --- the cleaner --------------------------------------------------------------------


def _body_start(units: list[str]) -> int:
    """Index of the first unit of the story: the first of two prose units in a row; failing that,
    the first prose unit that only furniture separates from the next or from the end: a story of
    one paragraph above a copyright line still has a header above it (title, byline, date)."""
    for i, unit in enumerate(units):
        if is_prose(unit) and not is_furniture(unit) and (i + 1 >= len(units) or is_prose(units[i + 1])):
            return i
    story = [i for i, unit in enumerate(units) if not is_furniture(unit)]
    for i, after in itertools.zip_longest(story, story[1:]):
        if is_prose(units[i]) and (after is None or is_prose(units[after])):
            return i
    return 0


def _read_header(units: list[str], found: Found, *, titled: bool, guess: bool,
                 next_lines: frozenset[tuple[str, str]] = frozenset(), dated: frozenset[str] = frozenset(),
                 held: frozenset[str] = frozenset(), blog: bool = False) -> set[int]:
    """Take masthead, title, byline, meta line and date from the units before the story.

    `titled` says the title is known already (from the page's markup); a meta line is read
    once a title has been seen, or when it holds a byline. With `guess` False (a page whose
    markup gave the title) only what states itself is read: bylines, dates, meta lines; no
    masthead, title or bare name is guessed. `next_lines` are the pairs of lines that follow each
    other in one block of the text: a line right under the masthead, with a headline-like line
    after it, is the masthead's tagline. `held`: the names the text's copyright lines give, case folded, up to a comma
    ("(c) 2020 The Dorranby County Docket, a nonprofit newsroom"). `blog`: the text is a blog's page pasted whole
    (footnotes.pasted_blog), whose first line is its name. Returns the indices of header units to drop.
    """
    drop: set[int] = set()
    masthead_at: int | None = None
    for i, unit in enumerate(units):
        question_title = guess and i == 0 and unit.endswith(("?", "!")) and len(line_words(unit)) <= 15
        long_title = guess and i == 0 and long_headline(units)
        if is_prose(unit) and not (question_title or long_title or labelled_author(units, i)):
            continue  # (not "Author of the article:" over the name, which ends as a sentence leading a list does)
        drop.add(i)
        if i and (units[i - 1], unit) in next_lines and is_related_link(units[i - 1]):
            continue  # "RELATED: Headline" / "By Name | Posted Jul 14, 2025": the other story's byline and date
        line = meta_line(unit)
        # Above the title, a meta line is read when it holds a byline, or a masthead and a date
        # ("Halden Daily | 4 March 2025"); a headline with a date after it is neither.
        above = line is not None and (line.author is not None or (
            line.date is not None and line.outlet is not None and is_masthead(line.outlet)))
        if line is not None and (titled or found.title is not None or above):
            found.offer("outlet", line.outlet)
            found.offer("author", line.author)
            found.offer_date(line.date)
        elif line and guess and line.outlet and line.date and len(line_words(line.outlet)) >= TITLE_WORDS[0]:
            if not (masthead_at == i - 1 and (units[i - 1], unit) in next_lines and headline_below(units, i)):
                found.offer("title", line.outlet)  # "Storm Shuts Old Bridge | 4 March 2025": a headline, its date
            # (under the masthead, with a headline below: its tagline, "Your morning news for Wicklaw Falls | Thursday,
            # May 22, 2014")
            found.offer_date(line.date)
        elif (stated := stated_date(unit) or placed_date(unit)) is not None:
            found.offer_date(stated)  # "KÉKSZIGET, Hungary, 12 March 2024" too: a dateline's place and the date
        elif line is not None and line.date is not None and line.outlet is None and line.author is None:
            found.offer_date(line.date)  # "KERALA | Wednesday, 15 January 2025": a section and the date
        elif BARE_DATE.match(unit) and not STAMP.match(unit):
            found.offer_date(find_date(unit))
        elif cited_authors(units, i):
            continue  # a study's box: "*Nursing Safety Quarterly*, vol. 9" over "Authors: Name, Name and Name"
        elif (name := byline(unit) or kicker_byline(unit) or labelled_author(units, i) or reviewer(unit)) is not None:
            found.offer("author", name)  # "By Name", an opinion's kicker, "Opinion | Name", and "Author" over a name
        elif (publisher := publisher_over_follow(units, i)) is not None:
            found.offer("origin", publisher)  # a portal's publisher block: "Halverton Gazette" / "+ Follow"
        elif (found.author is None and (titled or found.title is not None) and is_person_name(unit)
              and not is_masthead(unit) and dates_itself(units[i + 1:i + 2]) and engagement(units[i + 2:i + 3])):
            # a newsletter's author over its date and its counts or buttons: "Wiktoria Żmuda" / "Mar 27, 2020" / "24"
            # (a name over a date alone may be a place's: "Alice Springs" / "19 November 2024")
            found.offer("author", unit)
        elif (found.outlet is None and (titled or found.title is not None) and not names_a_job(unit)
              and not is_page_chrome(unit) and (  # "PRESS RELEASE" over its date
                (is_named_masthead(unit) and beside_furniture(units, i, next_lines, found.title, dated, titled))
                or the_masthead(units, i, found.title, titled) or name_over_byline(units, i, found.title, next_lines)
                or (i > 0 and is_masthead(unit) and DOMAIN.fullmatch(units[i - 1])
                    and same_site(unit, units[i - 1])))):
            # "Valley Post" on its own line, by the date or byline in its block; under its site's domain (a read-later
            # export's "wjxo11.example" / "WJXO 11 News")
            found.offer("outlet", unit)
        elif (found.author is None and i + 1 < len(units) and ((unit, units[i + 1]) in next_lines or (
                (titled or found.title is not None) and names_a_job(units[i + 1])
                and len(units[i + 1].split()) <= JOB_LINE_WORDS))
              and is_person_name(name := person_case(unit), stated=True)
              and (job := credit_line(f"{name}, {units[i + 1]}")) is not None and not is_person_name(units[i + 1])):
            # "MARÍA JOSÉ GARCÍA" over "Staff Writer", "Marta Ilić" over "Halden Daily Transport
            # Correspondent": a credit in two lines, the second a job, perhaps with its publication (in paragraphs of
            # their own under the headline, a job alone: "**Nafula Nyaguthii-Karembu**" / "*Coast Correspondent*")
            found.offer("author", name)
            found.offer("outlet", job[1])
        elif (origin := provenance(unit)) is not None:
            found.offer("origin", origin.outlet)  # "Republished with permission from X" over the headline
        elif (staff := staff_credit(unit)) is not None:
            found.offer("outlet", staff)  # "By Halden Daily staff": no person named, the outlet is
        elif (bureau := bureau_outlet(unit)) is not None:
            found.offer("outlet", bureau)  # "BBC News, Halden", perhaps under its reporter's name
            if i and (units[i - 1], unit) in next_lines and is_person_name(units[i - 1]):
                found.offer_credit(units[i - 1])
        elif (wire := agency_byline(unit)) is not None:
            found.offer("wire", wire)  # "By The Associated Press": the outlet if nothing else names one
        elif is_furniture(unit) or is_caption(unit) or is_agency_byline(unit):
            continue
        elif (credit := credit_line(unit)) is not None and (credit[1] is not None or (
                credit[0] != unit.strip() and not names_picture_job(unit))):
            # "Ana Núñez, Halden Daily correspondent": the job states both; "Marta Ilić · Transport
            # Correspondent" (a page's byline block) the author (a photographer's is the picture's)
            found.offer_credit(credit[0])
            found.offer("outlet", credit[1])
        elif not guess and (found.outlet is not None or masthead_with_section(unit) is None):
            continue  # a page's line without "by" or a job may be its picture's credit (not "Outlet · Section")
        elif (named := outlet_credit(unit)) is not None:
            found.offer_credit(named[0])  # "Marta Ilić, Halden Daily" in a plain text's header
            found.offer("outlet", named[1])
        elif (agency := agency_credit(unit)) is not None:
            found.offer_credit(agency[0])  # "Marta Ilić, Reuters": the outlet if nothing else names one
            found.offer("wire", agency[1])
        elif found.outlet is None and (masthead := masthead_with_section(unit)) is not None:
            found.offer("outlet", masthead)  # "Westerduin Courant · Science" over the headline or under it
            masthead_at = i if found.title is None else masthead_at
        elif found.outlet is None and found.title is None and not is_section_label(unit) and (
                (is_masthead(unit) and (masthead_alone(unit) or headline_below(units, i)))
                or (unit.casefold() in held and capitalised_name(unit.title()) and headline_below(units, i))
                or (blog and i == 0 and blog_name(unit) is not None)
                or (all(map(is_page_chrome, units[:i])) and site_name_over_menu(units[i:]))):
            found.offer("outlet", unit)
            masthead_at = i
        elif found.title is not None and unit.casefold() == found.title.casefold():
            continue
        elif credit is not None:  # read above, with no publication beside the name
            if credit[0] != unit:  # a bare name ("Alice Springs") may be a place: only a job beside it says
                found.offer_credit(credit[0])
                found.offer("outlet", credit[1])
        elif (masthead_at is not None and (
                (masthead_at == i - 1 and (units[i - 1], unit) in next_lines)
                or (masthead_at < i - 1 and all(map(is_page_chrome, units[masthead_at + 1:i]))
                    and any(after == unit for _, after in next_lines)  # in the menu's block, not a block's first
                    and (tagline(unit) or BANNER.match(unit))))
              and headline_after(units, i, past_dates=masthead_at == i - 1)):
            continue  # the masthead's tagline ("Independent news since 1919"), perhaps under its menu: the headline
            # follows (a kicker between)
        elif i and CONTACT_LABEL.match(units[i - 1]):
            continue  # "Media Contact:" over a spokesman's name and job: a release's contact, no headline
        elif over_issue(units, i):
            continue  # "KILTARAGHAN PARISH NEWSLETTER" over "Sunday 9 October 2016 · Issue 418": the headline follows
        elif long_title or may_be_title(unit):
            found.offer("title", unit.rstrip(" .:"))
    return drop


JOB_LINE_WORDS = 3
"""Words in the longest job alone in its paragraph under a name in its own ("Coast Correspondent")."""
FOOT_READ_ON = 12
"""Units at the page's foot read for a portal's "Read the full story at X"."""
GUEST_REACH = 3
"""Paragraphs past the header read for a guest's credit ("Today's letter is a guest post by ...")."""
OPENING_NOTE_REACH = 2
"""Paragraphs at the story's head read for a note of origin: the standfirst may stand above it."""
def _written_in(name: str, lines: list[str], cased: bool = True) -> str | None:
    """A name in capitals as some line writes it in ordinary case ("From: The Greavesport Herald <...>", "signed up
    for Morning Headlines from The Greavesport Herald"); None where none does. Not `cased`: a line that holds the name
    in any case, not as the whole line."""
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.I)
    for line in lines:
        for found in pattern.finditer(line):
            written = found.group()
            if cased and not written.isupper() and (capitalised_name(written) or is_masthead(written)):
                return written
            if not cased and found.group() != line.strip():
                return found.group()
    return None


_NEWSLETTER_NAME = re.compile(
    rf"(?P<publisher>.+?)\s+(?:(?:morning|evening|daily|weekly|weekend)\s+)?(?:{NEWSLETTER_WORDS}|headlines)", re.I)
"""A newsletter's name, its publisher's before it ("KBVL 5 News Daily Digest")."""


def _join_interrupted(units: list[str]) -> list[str]:
    """Rejoin a sentence cut by an interruption: a unit that stops mid-sentence and a later
    one that continues in lower case, with only furniture between them."""
    out: list[str] = []
    pending: int | None = None  # index in `out` of a unit that stopped mid-sentence
    for unit in units:
        # (a byline or meta line in lower case, "by Ana Núñez | Halden Daily", or a date line, "mardi 4
        # mars 2025", continues no sentence)
        if pending is not None and unit[:1].islower() and not (
                is_furniture(unit) or byline(unit) is not None or meta_line(unit) is not None
                or stated_date(unit) is not None or DOMAIN.fullmatch(unit)):
            out[pending] = f"{out[pending]} {unit}"
            pending = None if ends_like_prose(unit) else pending
            continue
        if pending is not None and not (is_furniture(unit) or is_caption(unit)):
            pending = None
        out.append(unit)
        stops_short = not ends_like_prose(unit) and len(line_words(unit)) >= 5
        if pending is None and stops_short and not is_furniture(unit) and byline(unit) is None:
            pending = len(out) - 1
    return out


def clean_text(doc: Extracted) -> Cleaned:
    """Clean `doc`'s text and settle its metadata: stated, then page metadata, then guesses."""
    found = Found()
    labelled, text = read_field_lines(doc.text)  # a saved feed item's "Item title:", "pubDate:" lines
    for name in ("title", "outlet", "author"):
        found.offer(name, labelled.get(name))
    if "date" in labelled:
        found.offer_date(find_date(labelled["date"]))
    units = unwrap(drop_spaced_chrome(drop_email_headers(read_forward(text, found))))  # (an e-mail's article alone)

    url, units = own_url(units)  # alone at the top or under the title, or labelled ("Source: https://...")
    found.offer("url", url)
    top = _body_start(units)  # the header's units; past the third, a date is read only where a label says so
    # an English edition's byline and date with the original's script beside them ("By Yeva Hrytsenko (Єва Гриценко)")
    # and a masthead's edition label ("IMERETIS MOAMBE | English")
    units = [without_language_switch(without_native_forms(u)) if i < top and not is_prose(u) else u
             for i, u in enumerate(units)]
    if units and "title" in doc.hints and (line := meta_line(units[0])) is not None:  # the meta line under the title
        found.offer_date(line.date)  # dates it before a box's label ("Published: ...", a study's) further down
    taken = [take_header_date(u, found, labelled_only=i >= 3) if i < max(3, top) else u for i, u in enumerate(units)]
    raw_pairs = frozenset(pair for lines in lines_by_block(doc.text) for pair in itertools.pairwise(lines))
    # what is left of a line whose date was taken stays in its block ("Your morning news for X | Thursday, May 22, 2014"
    # under its masthead)
    next_lines = raw_pairs | frozenset(
        after for before, after in zip(itertools.pairwise(units), itertools.pairwise(taken), strict=False)
        if before in raw_pairs and after != before and all(after))
    # the lines that stood over a labelled date now taken ("Kainuun Viikkosanomat" over "Julkaistu 18. syyskuuta 2025")
    dated = frozenset(taken[k - 1] for k in range(1, len(units)) if units[k] and not taken[k] and taken[k - 1])
    units = [u for u in (strip_urls(u) if not is_link_block(u) else "" for u in taken) if u]
    units = [split_lead(u) or u for u in units]

    units = _join_interrupted(units)
    start = _body_start(units)
    stated = {**doc.hints, **doc.stated}
    holders = list(copyright_holders(units + doc.footer))  # whom the page's copyright lines name
    held = frozenset(holder.split(",")[0].strip().casefold() for holder in holders)
    guess = doc.kind == "text"
    drop = _read_header(units[:start], found, titled="title" in stated, guess=guess, next_lines=next_lines,
                        dated=dated, held=held, blog=guess and pasted_blog(doc.text))
    _read_header(doc.furniture, found, titled=True, guess=False,
                 next_lines=frozenset(itertools.pairwise(doc.furniture)))
    lines = units  # all of them, furniture at the foot included, for copyright lines and stamps
    units = [u for i, u in enumerate(units) if i not in drop]

    body = [u for u in units if is_prose(u) and not (is_furniture(u) or is_caption(u))]
    # A bio, a credit ("Reporting by Marta Ilić"), a note of origin ("Originally published by ...").
    body = read_foot(body, lines, found, doc.bios)
    # a page's note of origin that the extractor dropped as boilerplate, and one that opens the story ("This article
    # was originally published in German by Der Hunsrücker Bote on 3 May 2018 and is republished in translation")
    for note in doc.footer + body[:OPENING_NOTE_REACH]:
        if (origin := provenance(note)) is not None:
            found.offer("origin", origin.outlet)
            found.offer_date(origin.date)
            body = [u for u in body if u != note]
    foot = lines[-FOOT_READ_ON:]
    heads = [k for k, unit in enumerate(foot) if is_related_heading(unit)]
    for note in foot[:heads[-1] if heads else None] + doc.footer:  # a portal's "Read the full story at X"
        # (not under "Related coverage": another story's link; nor an outlet the story cites, "first reported by X")
        if (publisher := read_on(note)) is not None and not any(publisher in unit for unit in body):
            found.offer("origin", publisher)
            body = [u for u in body if u != note]
    wire = None
    opening = body[0] if body else ""  # as written, its dateline on it
    if body:
        first, wire, when = dateline(body[0])
        found.offer("date", when)
        if first != body[0]:  # after a dateline only: "By Sunday Morning — It was over" opens a story
            first, lead_author = lead_byline(first)  # "KVÍGGJANES, Faroe Islands — By Name — The autumn ..."
            found.offer("author", lead_author)
        # "〔記者 許雅婷／屏東報導〕", "(솔포=동녘바다신문) 최유진 기자 =": a Taiwanese or Korean reporter's credit
        first, credited, credit_outlet = lead_credit(first)
        found.offer("author", credited)
        found.offer("outlet", credit_outlet)
        body[0], prefix_outlet = outlet_prefix(first)
        found.offer("outlet", prefix_outlet)

    # A title carrying its site's name ("Bridge to close - Halden Daily"; front matter's is cut as it is
    # read): the headline, and the site as the outlet when nothing else names one.
    # A syndicated copy's note of origin names its outlet, over the republishing site's markup and masthead;
    # only the reader's own front matter stands above it.
    named = doc.stated.get("outlet") or found.origin or stated.get("outlet") or found.outlet
    title_site = None
    title = doc.stated.get("title") or labelled.get("title") or stated.get("title") or found.title  # field, heading
    if title is not None and "title" not in doc.stated:
        whole = title
        title, title_site = cut_site(title)
        if title_site is not None and title != whole and whole.endswith(title) and named and (
                named.casefold() != title_site.casefold()):
            title, title_site = whole, None  # "Metro Express: new feeder shuttle ..." on another paper's page
        if title_site is None:
            title, title_site = cut_repeated(title, lines)
        else:  # "Tamsen Ridge, MT | Headline", left when the station's name was cut, over "Headline"
            title = cut_repeated(title, lines)[0]
        if title_site is None:  # the copyright line's holder, or the name a meta line or masthead gives
            title, title_site = cut_named(title, [*holders, named] if named else holders)

    url = stated.get("url") or found.url
    guessed = found.date
    if guessed is None and found.yearless is not None:
        guessed = year_for(found.yearless, furniture_years(lines + doc.footer + doc.text.split("\n"), url))
    if (guessed is None and wire is not None and (year := wire_year(lines + doc.footer, wire))
            and (day := dateline_day(opening)) is not None):
        guessed = iso_day(year, *day)  # a dateline's day and month, the wire's own copyright year on its own story
    if guessed is None and found.day_first is not None:  # "04/03/2025" on a page that says it is en-GB
        guessed = in_order(found.day_first, stated.get("locale"))
        if guessed is None and us_dateline(opening):
            guessed = month_first(found.day_first)  # "4/7/2016" over "FALLON CREEK, Ky. —": 7 April
        if guessed is None:  # "Kilgarvagh Leader | Edition: Ireland", "Updated: 13/02/2020" on the page: day first
            guessed = settled_order(lines, found.day_first)
    if guessed is not None and canadian_dateline(opening) and zone_ordered(doc.text.split("\n"), guessed):
        guessed = None  # "Posted 06/05/2024 8:10 AM EDT" over "NORHAVEN LAKES, Ont. -": EDT is Canada's too
    if guessed is None:
        guessed = issue_date(lines)  # "This article appears in the issue of 6 June 2016"
    if guessed is None and url:
        guessed = url_date(url)
    # A weekday that contradicts the stated day makes every guess at the date untrusted, and
    # the page's own date too when it is that same day (read from the same line).
    page_date = doc.hints.get("date")
    date = doc.stated.get("date") or (page_date if page_date not in found.doubted else None) or (
        None if found.doubted else guessed)
    holder = next((name for name in holders if is_masthead(name)), None)  # "© 2025 Halden Daily": a publication
    # a guest's post, which its host posted: the guest's credit over the host's byline and the page's author tag
    guest = guest_author(lines[:start + GUEST_REACH] + doc.furniture)
    domain = outlet_from_url(url) if url else None
    if domain and holder and same_site(holder, domain):
        domain = holder  # "© 2025 The Red Sea Observer" names the site of redseaobserver.example by its name
    outlet = named or title_site or domain or wire or found.wire or holder
    if outlet and DOMAIN.fullmatch(outlet) and (same := next((h for h in holders if same_site(h, outlet)), None)):
        outlet = same  # "Source: cloonacarrigrecord.example" and "© 2021 The Cloonacarrig Record": the paper's name
    if outlet is None:  # a name with no newspaper's word atop the page that its copyright line names too
        atop = {unit.casefold() for unit in lines[:start]}
        outlet = next((name for name in holders if name.casefold() in atop and capitalised_name(name)), None)
    if outlet and (found_newsletter := _NEWSLETTER_NAME.fullmatch(outlet)) is not None and is_masthead(
            publisher := found_newsletter["publisher"]) and _written_in(publisher, lines + doc.footer, cased=False):
        outlet = publisher  # "KBVL 5 News Daily Digest" over "Thursday's top stories from KBVL 5 News": its newsletter
    if outlet and outlet.isupper():  # "THE HOLLOWAY REVIEW" at the top, "© 2019 The Holloway Review" at the foot
        outlet = next((written for written in holders if written.casefold() == outlet.casefold()), None) or (
            _written_in(outlet, lines + doc.footer)) or outlet
    # tags that name the photographer the text credits for a picture: the byline's writer, or no one
    tagged = str(stated.get("author") or "")
    tagged_photographer = bool(tagged) and any(pictured_by(tagged, text) for text in (doc.text, *doc.captions))
    author = guest or found.author if tagged_photographer else (
        doc.stated.get("author") or guest or stated.get("author") or found.author)
    if author and found.author and author != found.author and author.isascii() and (
            name_key(author) == name_key(found.author)):
        author = found.author  # tags folded to ASCII ("Bogumila Wrzesniowska"), the byline as written ("Bogumiła ...")
    return Cleaned(
        body="\n\n".join(p for p in body if p),
        title=title,
        outlet=outlet,
        author=author,
        date=date,
        url=url,
        updated=update_stamp(lines),
    )
