"""The site's chrome that a browser copy carries along with a story: the skip link, the menu's
section names one to a line, the breadcrumb trail, and the cookie notice with its buttons ("Skip to main content",
"Home", "Sport", "We use cookies ...", "Accept all Reject all").

Such a line is never a headline, a masthead or a sentence of the story, and the cookie
notice's date ("our cookie policy was updated on 2 January 2025") is not the article's.
"""

from __future__ import annotations

import functools
import re

from tui.engine.meta import is_masthead

# Section names a site's menu shows one to a line. None is a person's name or a publication's
# (a masthead has a name of its own beside "News": "Valley News").
MENU_WORDS = frozenset(
    """home news world uk us politics business sport sports culture arts opinion science tech technology
    health travel lifestyle weather video videos search menu local national international entertainment
    money climate environment education style food life books film music podcasts newsletters
    obituaries puzzles crosswords games events schools crime police courts traffic community investigations
    contests radar closings transport archive about contact magazine stories stockists features places people
    projects rides timetables fares freight newsroom region economy portada comarca economía cultura deportes
    sociedad opinión actualités infolettre publicité météo économie régions chroniques nécrologie e-edition
    epaper e-paper""".split()
)
MENU_LINE_WORDS = 2
"""Words in the longest menu line ("World News"): a longer line of such words is a heading."""
_SKIP_WORDS = (
    r"(?:(?:skip|jump)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|menu|search)"
    r"|(?:open|close|toggle)\s+(?:the\s+)?(?:main\s+)?(?:navigation|menu|search)(?:\s+(?:menu|bar))?"
    r"|text[- ]only\s+(?:version|site|edition)|(?:go|switch|return)\s+to\s+(?:the\s+)?full\s+(?:site|version)"
    r"|zum\s+inhalt(?:\s+springen)?|(?:aller|passer)\s+au\s+contenu(?:\s+principal)?"
    r"|(?:pular|saltar)\s+para\s+o\s+conte[úu]do(?:\s+principal)?"
    r"|saltar\s+al\s+contenido(?:\s+principal)?|vai\s+al\s+contenuto(?:\s+principale)?|naar\s+de\s+inhoud"
    r"|przejd[źz]\s+do\s+tre[śs]ci|hopp\s+til\s+(?:hoved)?innhold(?:et)?|siirry\s+sis[äa]lt[öo][öo]n"
    r"|hoppa\s+till\s+(?:huvud)?inneh[åa]ll(?:et)?|spring\s+til\s+(?:hoved)?indhold(?:et)?|ugr[áa]s\s+a\s+tartalomra"
    r"|p[řr]esko[čc]it\s+na\s+obsah|presko[čc]i[tť]?\s+na\s+(?:obsah|sadr[žz]aj)|sari\s+la\s+con[țţt]inut"
    r"|neidio\s+i['’]r\s+cynnwys)")
_SKIP_LINK = re.compile(
    rf"^\s*(?:\[\d+\])?{_SKIP_WORDS}(?:\s*[|·•/]\s*(?:cookie\s+settings|menu|search|{_SKIP_WORDS}))*\s*$",
    re.I,
)
"""A skip link, in English and as German, French, Portuguese, Spanish, Italian, Dutch, Polish, Norwegian, Finnish,
Swedish, Danish, Hungarian, Czech, Slovak, Croatian, Romanian and Welsh sites write it ("Zum Inhalt springen", "Passer
au contenu principal", "Ugrás a tartalomra", "Skip to content | Neidio i'r cynnwys"), perhaps with the menu's first
buttons; a menu's own button ("Open navigation menu"); a text-only edition's switch ("Text-only version | Go to full
site"); a text browser's numbered link to it ("[1]Skip to content")."""
HOME_WORDS = r"(?:home|startseite|accueil|inicio|início|etusivu|forside|hjem|trang\s+chủ|strona\s+główna)"
"""The home page's name at the head of a breadcrumb trail, in English and other languages."""
# A breadcrumb trail from the home page ("Home / News / Local", "You are here: Home > World", "Trang chủ | English").
_BREADCRUMB = re.compile(
    rf"^\s*(?:you\s+are\s+here:?\s*)?{HOME_WORDS}(?:\s*[/›>»|]\s*[^/›>»|]{{1,40}}){{1,6}}\s*$", re.I)
# A trail from a section, without the home page: "Nation › Penang", "News › Finnmark › Kautokeino".
_TRAIL_PART = r"[^\W\d_][\w'’.-]*(?:\s+[\w'’.-]+){0,2}"
_TRAIL = re.compile(rf"^\s*{_TRAIL_PART}(?:\s+[›»]\s+{_TRAIL_PART}){{1,5}}\s*$")
# A section's trail written with a slash or ">" ("Hong Kong / Transport", "National > Social affairs", "NATIONAL /
# CRIME & LEGAL"): a few short parts, no figure (a headline's "24/7", "1 > 0").
_PLAIN_TRAIL_PART = r"[^\W\d_][\w'’.&-]*(?:\s+(?:&\s+)?(?:[^\W\d_][\w'’.&-]*|\d{1,3})){0,2}"  # "WCZN 3 > News"
_PLAIN_TRAIL = re.compile(rf"^\s*{_PLAIN_TRAIL_PART}(?:\s+[/>]\s+{_PLAIN_TRAIL_PART}){{1,3}}\s*$")
_MENU_PARTS = re.compile(r"\s+[|·•]\s+")
MENU_PARTS = 3
"""Parts of the shortest menu set on one line ("News | Sport | Business"): two may be a headline and its site."""
MENU_PART_WORDS = 4
"""Words in the longest item of such a menu ("Subscribe from 1 kr", "English news")."""
MENU_ITEMS = 2
"""Items of such a line that open with a menu's or a button's word ("News", "Search"): a headline with its section
and site ("Storm closes bridge | News | Halden Daily") has one, a credit ("Ana Núñez | Évora Tribune | Staff") none."""
CHROME_WORDS = frozenset(
    """sign in log out subscribe subscribers e-paper epaper account login register donate shop more latest top
    edition english newsletter newsletters podcast my cookie settings watch listen live print share mail feed topics
    saved profile log""".split()
)
"""The words of a page's buttons beside its menu ("Menu Search Sign In Subscribe", "Menu E-paper Subscribe")."""
LANGUAGE_WORDS = frozenset(
    """english edition version deutsch français francais español espanol italiano português portugues polski català
    nederlands svenska norsk dansk suomi türkçe čeština slovenčina magyar română hrvatski srpski slovenščina
    українська русский български ελληνικά עברית العربية فارسی اردو हिन्दी বাংলা ไทย 日本語 中文 简体中文 繁體中文 한국어
    ქართული հայերեն tiếng việt bahasa indonesia melayu cymraeg gaeilge gàidhlig euskara galego íslenska eesti
    lietuvių latviešu""".split()
)
"""Languages' own names and an edition's words, as a page's switch between its editions shows them ("English edition
· Українська", "English | 日本語")."""
_BAR_WORDS = MENU_WORDS | CHROME_WORDS | LANGUAGE_WORDS | {"zoom", "clip"}  # (an e-edition's "Zoom in | Clip")
MENU_BAR_WORDS = 8
"""Words in the longest line of such buttons."""
# A cookie notice: it speaks of the site's cookies in the first person, or it is the notice's buttons.
_COOKIE_NOTICE = re.compile(
    r"^\s*(?:we(?:\s+and\s+our\s+partners)?\s+use\s+cookies|this\s+(?:web)?site\s+uses\s+cookies"
    r"|we\s+(?:value|care\s+about|respect)\s+your\s+privacy|your\s+privacy\s+(?:choices|settings)\s*$"
    r"|by\s+clicking\s+[“\"']?accept|[^.]{0,80}\band\s+our\s+(?:\d+\s+)?partners\s+use\s+cookies)\b", re.I)
_COOKIE_BUTTON = (r"(?:(?:accept|reject|allow|decline|refuse)(?:\s+(?:all|cookies|all\s+cookies))?"
                  r"|manage\s+(?:cookies|preferences|options|settings)|cookie\s+settings)")
_COOKIE_BUTTONS = re.compile(rf"^\s*{_COOKIE_BUTTON}(?:\s*[|·/]?\s*{_COOKIE_BUTTON})*\s*$", re.I)


_PRINT_BUTTON = r"(?:print(?:\s+this\s+(?:page|article|story))?|close(?:\s+window)?|back\s+to\s+(?:the\s+)?article)"
_PRINT_CHROME = re.compile(
    rf"^\s*(?:{_PRINT_BUTTON}|view\s+(?:this\s+email\s+)?in\s+(?:your\s+)?browser|tap\s+to\s+open\s+the\s+full\s+site"
    rf"|printed(?:\s+on)?\s*:.*|printed\s+from\s+\S.*)(?:\s*[|·•]\s*{_PRINT_BUTTON})*\s*$", re.I)
"""A print view's, an email's or an AMP page's own buttons and stamps ("Print this page · Back to article", "View this
email in your browser", "Printed: Friday 14 November 2025, 16:40", "Printed from The Tallowmoor Courant on 2 December
2026": when it was printed, not published)."""
_TOOL_CHROME = re.compile(
    r"^\s*(?:\[(?:ocr|scanned|transcribed|archived|captured|auto-?generated)\b[^\]]*\]"
    r"|(?:document|article|item|result|record)\s+\d+\s+of\s+\d+\b.*"
    r"|(?:[^|\n]{1,40}\|\s*)?(?:captured|archived|crawled)\s+(?:on\s+)?[^|\n]{0,40}?\d[^|\n]{0,40}?\s+from\s+\S+"
    r"|this\s+is\s+(?:a|an)\s+(?:snapshot|archived\s+copy|capture|copy)\s+of\s+(?:the|this)\s+page\b.*"
    r"|(?:e-?paper|e-?edition|digital\s+edition)\s*[|·•]\s.*"
    r"|\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?\s+\S.*"
    r"|[|·]?\s*page\s+[a-z]?\d{1,3}(?:\s*[|·•]\s*(?:section\s*:\s*)?[^|·•\d]{1,30})*"
    r"|(?:saved|added|clipped)\s+to\s+(?:your|my)\s+(?:reading\s+list|library|queue|list)\b.*"
    r"|saved\s+(?:on\s+)?[^|·•\n]{0,30}?\d[^|·•\n]{0,30}?\s*[·•|]\s*\d{1,3}\s*min(?:ute)?s?\s+read"
    r"|exported\s+(?:from|with|by)\s+(?:the\s+|your\s+)?[^|·•\n]{1,30}?\s+app\b.*)\s*$", re.I)
"""What a tool sets over the text it kept: a scanner's or an archive's note in brackets ("[OCR text - scanned 2026-08-30
- clipping, page 1 of 1]"), an archive's banner ("Stillframe Archive | Captured 14 Mar 2026 09:12:44 UTC from
https://...", "This is a snapshot of the page as it appeared when captured."), a database's place in a list ("Document
14 of 52") and its view ("Pressarchiva - Full Text"), an e-edition's bar ("e-Paper | The Varadhi Sentinel | Kolvanur
City Edition", "The Kilcorrig Champion - e-Edition") and its page ("Page 3 | Regional"), a browser's print header
("04/03/2025, 21:14 Headline | Site": when it was printed), a read-later app's stamp ("Saved to your reading list on
11 February 2026", "Saved 20 August 2026 · 4 min read", "Exported from the reader app": when it was kept)."""
_TOOL_VIEW = re.compile(r"\s[-–|]\s(?:full\s+text|full\s+record|e-?edition|e-?paper|digital\s+edition|print\s+edition)"
                        r"\s*$", re.I)


def _tool_view(text: str) -> bool:
    """A database's or an e-edition's view after its name ("Pressarchiva - Full Text", "The Kilcorrig Champion -
    e-Edition"): its last word says so, which is tried first."""
    return text.rstrip().lower().endswith(("text", "record", "edition", "paper")) and bool(_TOOL_VIEW.search(text))


TOOL_LINE = 160
"""Characters in the longest line a tool sets over what it kept; a longer one is not tried (_TOOL_CHROME)."""
_EDITION_PART = re.compile(r"^(?:e-?paper|e-?edition|digital\s+edition|print\s+edition)$", re.I)


def edition_masthead(line: str) -> str | None:
    """The publication an e-edition's bar names beside its label ("e-Paper | The Varadhi Sentinel | Kolvanur City
    Edition", "The Kilcorrig Champion - e-Edition"); None for any other line."""
    if "edition" not in (lower := line.lower()) and "paper" not in lower:
        return None
    parts = [part.strip() for part in re.split(r"\s[-–|·•]\s", line.strip())]
    if not 2 <= len(parts) <= EDITION_PARTS or not any(_EDITION_PART.match(part) for part in parts):
        return None  # (not a menu with its "E-paper" button: "News | Sport | Death Notices | E-paper")
    return next((part for part in parts if len(part.split()) > 1 and is_masthead(part)), None)


EDITION_PARTS = 3
"""Parts of the longest e-edition's bar: its label, the publication, the edition's name."""


_ALERT_BANNER = re.compile(
    r"^\s*(?:(?:(?:severe|winter)\s+)?(?:weather|traffic|storm|amber|first|school\s+closings?)\s+alert"
    r"|watch\s+(?:live|now)|live\s+now|listen\s+live|now\s+streaming|streaming\s+now|on\s+air(?:\s+now)?)\s*:.*$", re.I)
"""A station's banner above its stories ("WEATHER ALERT: Heat advisory until 8 p.m. Monday", "WATCH LIVE: KSWN 10 News
at 5"): the day's, not the story's."""
_BROWSER_PRINT = re.compile(
    r"^\s*(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s{2,}|\t)\S.*"
    r"|(?:https?://|about:blank)\S*(?:\s{2,}|\t)\d+\s*/\s*\d+)\s*$", re.I)
"""A browser's print header, when it printed and the page's title ("3/5/25, 9:14 AM    Headline | Site"), and its
footer, the address and the page's number ("https://... 1/2"): the browser's, not the story's. Read on the
text as saved, before its lines are joined: the wide gap between the two parts is what marks it."""

_RELEASE_LABEL = re.compile(
    r"^\s*(?:for\s+immediate\s+release|(?:press|news|media)\s+release|embargoed\s+(?:until|till)\b.{0,40}"
    r"|(?:your\s+|readers'?\s+)?letters(?:\s+to\s+the\s+editor)?)\s*$", re.I)
"""A press release's label ("FOR IMMEDIATE RELEASE", "PRESS RELEASE", "Embargoed until 00:01 GMT"), and a letters
page's heading ("Letters to the editor"): no headline."""
_CONTACT_LINE = re.compile(
    r"^\s*(?:(?:media|press|news)\s+)?(?:contacts?|enquiries|inquiries)\s*:\s*\S.{0,80}$"
    r"|^[^.!?\d]{0,40}:?\s*(?!(?:19|20)\d\d-[01]\d-[0-3]\d\s*$)\+?\(?\d[\d ()-]{6,}\d\s*$", re.I)
"""Whom to call: a press release's contact ("Contact: Henrietta Oyelaran-Booth", "Media contact: ...") and a site's
number beside its menu ("Report a leak: 0800 555 0163"); not a date in ISO's form ("Date: 2018-07-19")."""


_MARKET_DATA = re.compile(
    r"^(?=(?:.*?[+\-−–]\d+(?:[.,]\d+)?\s?%){2})(?:[^.!?]|\.\d)*$"
    r"|^\s*(?:live\s+prices\s*:|prices\s+as\s+at\b|market\s+data\s+as\s+of\b|quotes?\s+delayed\b).*$", re.I)
"""A business site's market data: a bar of quotes, each with its move ("NQX: KLVR +1.2%   Gold $1,284.50 +0.1%"), and
its stamps ("Prices as at close 23/03/2016", "Quotes delayed at least 15 minutes"): the market's, not the story's."""
VOLUME = r"vol(?:ume|\.)?\s+[\dIVXLCDM]+"
"""A paper's volume ("Vol. CIV", "Volume 58"); ISSUE_NUMBER its issue ("No. 12", "Issue 12"): see _ISSUE_LINE, and
headerdates.issue_date, which reads the day after them."""
ISSUE_NUMBER = r"(?:no\.?|number|issue)\s*\d+"
ISSUE_PART = re.compile(rf"^\s*(?:{VOLUME}\s*[,.]?\s*)?{ISSUE_NUMBER}\b", re.I)
"""A paper's volume and issue after its masthead ("Vol. 9, No. 14", "Issue 418")."""
_ISSUE_LINE = re.compile(rf"^\s*{VOLUME}\s*[,.|·—–-]?\s*{ISSUE_NUMBER}\b.*$", re.I)
"""A paper's volume and issue ("Vol. CIV, No. 12 | Thursday, October 3, 2019", "Volume 58, Issue 12 — Spring 2021"):
no headline."""
_DONATE_APPEAL = re.compile(
    r"^(?=.{0,200}$)(?=.*(?<![/.])\bdonat(?:e|ion|ions)\b)(?=.*\b(?:journalism|gift|support|member(?:ship)?|newsroom)\b).*$",
    re.I)
"""A nonprofit newsroom's appeal over its stories ("Support independent, nonprofit journalism. Donate today and your
gift will be matched.")."""
_PROMO = re.compile(
    r"^\s*(?:deal\s+alert|today'?s\s+deals?|sponsored(?:\s+content)?|partner\s+content|promoted)\s*[:|]\s*\S.*$", re.I)
"""A promotion set over a site's stories ("Deal alert: the Vantor Pulse 3 is $80 off this week")."""
_SEARCH_BOX = re.compile(r"^\s*search(?:\s+(?:this\s+site|the\s+site|our\s+site|news))?\s*[.…:]*\s*$", re.I)
"""A site's search box ("Search this site")."""


_SWITCH_MARKS = re.compile(r"[\s|·•/]+")
"""What parts a switch's languages ("English | Gaeilge")."""


def _is_language_switch(text: str) -> bool:
    """A switch between a page's language editions: nothing but languages' names and edition words."""
    low = text.lower()
    head = [w for w in _SWITCH_MARKS.split(low, maxsplit=2) if w]
    if head and head[0] not in LANGUAGE_WORDS:
        return False  # the first word tells most lines (a sentence's) without splitting the rest
    words = [w for w in _SWITCH_MARKS.split(low) if w]
    return bool(words) and all(w in LANGUAGE_WORDS for w in words)


_BRACKETED_EDITION = re.compile(r"^\s*(?P<name>\S.*?)\s*\((?P<label>[^()]+)\)\s*$")
"""A masthead with a label in brackets after it ("The Oshikawa Minpō (English edition)")."""


def without_language_switch(text: str) -> str:
    """A masthead without the edition's label or language switch set after it ("IMERETIS MOAMBE | English",
    "Awaji Kaikyō Shimbun · English edition"); any other line as it is."""
    if (bracketed := _BRACKETED_EDITION.match(text)) is not None and _is_language_switch(bracketed["label"]):
        return bracketed["name"]  # "The Oshikawa Minpō (English edition)"
    parts = _MENU_PARTS.split(text.strip())
    if len(parts) < 2 or _is_language_switch(parts[0]):
        return text
    keep = len(parts)
    while keep > 1 and _is_language_switch(parts[keep - 1]):
        keep -= 1
    return " | ".join(parts[:keep]) if keep < len(parts) else text


_FOLLOW = re.compile(
    r"^\s*(?:[+✓✔]\s*)?(?:follow(?:ing)?|(?:[✓✔]\s*)?verified\s+publisher\b.*|[\d.,]+\s*[KkMm]?\s+followers)\s*$", re.I)
"""A portal's button and count beside a publisher's name ("+ Follow", "Following", "✓ Verified publisher · 12.4K
followers")."""
_PORTAL_CHROME = re.compile(
    r"^\s*(?:open\s+in\s+app|search\s+the\s+(?:web|news)|[☀☁☂⛅🌧🌤❄]?\s*-?\d{1,2}\s*°\s*[CF]\b.{0,30}"
    r"|[✕×]\s.{0,80})\s*$", re.I)
"""A portal's buttons and widgets ("Open in app", "Search the web", "☀ 9°C Brennock", an AMP viewer's "✕ Site
domain.example ⓘ")."""


_COUNT = r"\d[\d,.]*\s*[KkMm]?\s+(?:likes?|comments?|shares?|restacks?|reactions?|views?|claps?|responses?)"
_COUNTS = re.compile(
    rf"^\s*(?:{_COUNT}(?:\s*[·|•,]\s*{_COUNT})*|reactions?|(?:view|show|see)\s+(?:all\s+)?comments?\s*\(?\d*\)?"
    r"|(?:(?:(?![$£€¥+-])[^\w\s]){1,2}\s*\d[\d,.]*[KkMm]?\s*){2,})\s*$", re.I)
"""A post's counts of readers' likes and comments ("14 likes · 3 comments", "1.2K claps"): a newsletter's bar; a
portal's reactions ("Reactions", "👍 96   😮 12   😢 3", "View comments (41)")."""


def is_follow(text: str) -> bool:
    """Whether `text` is a portal's follow button or count of followers."""
    return _FOLLOW.match(text) is not None


_WIRE_SLUG = re.compile(
    r"^\s*(?:[A-Z]{2}-[A-Z]{2,}--\S.*|URGENT|BULLETIN|FLASH|ADVISORY|ALERT|(?:Eds|EDS):\s+\S.*"
    r"|(?i:slug)\s*:\s*\S.*|(?i:sent\s+from\s+my\s+\w+(?:\s+\w+)?))\s*$")
"""A wire's slug line, its priority and its note to editors ("BC-NZ--Cook Strait Ferries,0392", "URGENT", "Eds: Will
be updated."), a writer's slug over a copy ("SLUG: ISLAND-FERRY-FARES / 430 words"): the desk's, not the story's;
a phone's signature under an e-mail ("Sent from my phone")."""


_BAR_MARKS = frozenset("|·•/")
"""What parts a bar of buttons ("Log in | Subscribe"): no word of it."""
_SUBMIT = re.compile(r"^\s*(?:(?:submit|send\s+us)\s+(?:an?\s+|your\s+)?"
                     r"(?:event|story|tip|letter|photo|news|obituary)s?|avis\s+de\s+d[ée]c[èe]s|faits\s+divers)\s*$",
                     re.I)
"""A site's button for readers' contributions ("Submit an event", "Send us a tip"), and a French menu's items of more
than one word ("Avis de décès", "Faits divers")."""


CHROME_CACHE = 1 << 14
"""Lines whose answer is_page_chrome keeps: the readers of one article ask of most of its lines twice or more (a
page's header, its foot, its related list), and a corpus's sites repeat their chrome lines from page to page."""


@functools.lru_cache(maxsize=CHROME_CACHE)
def is_page_chrome(text: str) -> bool:
    """Whether `text` is a line of the site's chrome: a skip link, a menu's section name, a menu on one
    line or its buttons, a breadcrumb trail, a cookie notice or its buttons, a print view's buttons and stamp,
    a wire's slug line or note to editors, a station's alert banner, a press release's label and contact, a phone
    number, a switch between language editions, market data, a paper's volume and issue, a search box, an appeal
    for donations, a promotion, a post's counts of likes and comments, what a tool sets over the text it kept
    (_TOOL_CHROME)."""
    words = [w for w in text.split() if w not in _BAR_MARKS]  # "Log in | Subscribe": the buttons' words
    if 1 <= len(words) <= MENU_LINE_WORDS and all(w.lower() in MENU_WORDS for w in words):
        return True
    if 1 <= len(words) <= MENU_BAR_WORDS and all(w.lower() in _BAR_WORDS for w in words):
        return True  # "Menu Search Sign In Subscribe", "Subscribe", "Share"
    # each dear pattern only where the words or marks it needs are there: most lines are a story's sentences
    low = text.lower()
    marked = any(mark in text for mark in "|·•/>")
    return bool(_SKIP_LINK.match(text) or _BREADCRUMB.match(text)
                or (any(word in low for word in _COOKIE_WORDS) and _COOKIE_NOTICE.match(text))
                or _COOKIE_BUTTONS.match(text) or _TRAIL.match(text)
                or (marked and (_is_plain_trail(text) or _is_menu_line(text)))
                or _PRINT_CHROME.match(text) or _WIRE_SLUG.match(text) or _ALERT_BANNER.match(text)
                or _RELEASE_LABEL.match(text) or (_may_be_contact(text) and _CONTACT_LINE.match(text))
                or _is_language_switch(text) or _FOLLOW.match(text) or _PORTAL_CHROME.match(text)
                or (("%" in text or "price" in low or "quote" in low or "market" in low) and _MARKET_DATA.match(text))
                or _ISSUE_LINE.match(text) or _SEARCH_BOX.match(text) or ("donat" in low and _DONATE_APPEAL.match(text))
                or _PROMO.match(text) or _SUBMIT.match(text) or _COUNTS.match(text) or (len(text) <= TOOL_LINE and (
                    _TOOL_CHROME.match(text) or _tool_view(text))))


_COOKIE_WORDS = ("cookie", "privacy", "clicking")
"""A word each cookie notice (_COOKIE_NOTICE) holds."""


def _may_be_contact(text: str) -> bool:
    """Whether `text` has what a contact line (_CONTACT_LINE) needs: a label's colon, or a number at its end."""
    return ":" in text or text.rstrip()[-1:].isdigit()


def _is_plain_trail(text: str) -> bool:
    """A trail written with a slash or ">" (_PLAIN_TRAIL), each of its parts capitalised and a word of a menu among
    them ("Ukraine says talks / no deal" and "Why > Why not" are headlines), perhaps from the site's masthead ("The
    Yarrowby Falls Record > News > Public Safety")."""
    parts = re.split(r"\s+[/>]\s+", text.strip())
    if len(parts) > 2 and is_masthead(parts[0]):
        text, parts = text.strip()[len(parts[0]):].lstrip(" />"), parts[1:]
    return (bool(_PLAIN_TRAIL.match(text)) and all(part[:1].isupper() for part in parts)
            and any(word.lower() in _BAR_WORDS for part in parts for word in part.split()))


def _is_menu_line(text: str) -> bool:
    """A site's menu on one line: MENU_PARTS items or more between bars or dots, each of a few capitalised
    words ("News | Sport | Farming | Business | Property", "Search | Log in | Subscribe from 1 kr")."""
    parts = _MENU_PARTS.split(text.strip())
    if parts and _SKIP_LINK.match(parts[0]) and len(parts) > MENU_PARTS - 1:
        parts = parts[1:]  # "Skip to content | Watch | Weather | Traffic": the skip link, then the menu
        if all(_is_menu_item(part) for part in parts):
            return True
    if len(parts) < MENU_PARTS or not all(_is_menu_item(part) for part in parts):
        return False
    return sum(part.split()[0].lower() in _BAR_WORDS for part in parts) >= MENU_ITEMS


def _is_menu_item(part: str) -> bool:
    """An item of a menu: a few words, capitalised, opening with a number ("12 On Your Side"), in a script without
    capitals ("বাংলা", a language's switch) or a capital after its first letter ("ePaper", "e-Paper"); no sentence."""
    return (1 <= len(part.split()) <= MENU_PART_WORDS and (not part[:1].islower() or any(
        c.isupper() for c in part.split()[0])) and not part.endswith((".", "?", "!")))


_WIDE_GAP = re.compile(r"\s{2,}")


def drop_spaced_chrome(text: str) -> str:
    """`text` with the lines that wide gaps mark as chrome blanked: a browser's print header and footer, on every
    page they repeat on; and a menu whose items a copy keeps apart by spaces alone ("News  Weather  Sports  4
    Investigates"), which joined into one line reads as a headline, written as a menu ("News | Weather | ..."), so
    that what stands over it is read as over a menu."""
    return "\n".join("" if _BROWSER_PRINT.match(line) else " | ".join(_WIDE_GAP.split(line.strip()))
                     if _spaced_menu(line) or _spaced_issue(line) else line for line in text.split("\n"))


def _spaced_issue(line: str) -> bool:
    """A masthead and its issue apart by wide gaps ("STRATHALLOCK NEWS      Autumn 2022      Issue 56"), as a
    newsletter's first line sets them: written with bars, so that the masthead stands alone in its part."""
    parts = _WIDE_GAP.split(line.strip())
    return len(parts) >= 2 and is_masthead(parts[0]) and ISSUE_PART.match(parts[-1]) is not None


def _spaced_menu(line: str) -> bool:
    """A menu's items apart by two spaces or more, read as a menu on one line (_is_menu_line)."""
    parts = _WIDE_GAP.split(line.strip())
    return len(parts) >= MENU_PARTS and _is_menu_line(" | ".join(parts))


EMAIL_FIELD = re.compile(r"^\s*[>*_]*\s*(?P<field>from|sent|date|to|cc|bcc|subject|reply-to)\s*:[*_]*\s*\S", re.I)
FORWARDED = re.compile(
    r"^\s*[>]*\s*(?:-{2,}\s*(?:forwarded|original)\s+message\s*-{2,}|begin\s+forwarded\s+message:?)\s*$", re.I)


def drop_email_headers(text: str) -> str:
    """`text` with an email's envelope blanked out: "---------- Forwarded message ---------" and each run of
    header lines (blank lines between them too) that holds both "From:" and "Subject:" or "Sent:" ("From: ...",
    "Date: ...", "To: ...").
    The envelope's sender and send date are the email's, not the article's it carries."""
    lines = text.split("\n")
    k = 0
    while k < len(lines):
        if FORWARDED.match(lines[k]):
            lines[k] = ""
        end = scan = k
        while scan < len(lines) and (EMAIL_FIELD.match(lines[scan]) or (scan > k and not lines[scan].strip())):
            scan += 1  # an HTML email's header lines come a paragraph each, blank lines between
            end = scan if EMAIL_FIELD.match(lines[scan - 1]) else end
        fields = {m["field"].lower() for line in lines[k:end] if (m := EMAIL_FIELD.match(line))}
        if "from" in fields and fields & {"subject", "sent"}:
            lines[k:end] = [""] * (end - k)
        k = max(end, k + 1)
    return "\n".join(lines)
