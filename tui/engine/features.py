"""What an article says about *which* happening it reports, as weighted terms.

Shared vocabulary alone merges different events of the same kind (two
earthquakes, two phone calls between defence chiefs), so the terms are typed:
names of people, places and organisations, numbers, content words, and the
lead (title and first sentences), each with its own weight. Rarity weights
come from the corpus, smoothed by a per-type prior so that a five-article
corpus does not make every shared word look decisive.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from tui.engine.model import Article
from tui.engine.textnorm import EVENT_STOPWORDS, name_key, singular

_WORD = re.compile(r"[^\W\d_](?:[\w'’.-]*\w)?|\d[\d,.:]*\d|\d")
_GAP_WORD = re.compile(r"([\W_]*+)(" + _WORD.pattern + r"|\Z)")
"""Each word of _WORD with the text between it and the word before, in one findall: a word opens
with a letter or a digit, so what comes before it is never part of it. The end of the text closes
the last gap (an empty word), so that trailing punctuation is read once, not once per character."""
_URLISH = re.compile(r"\S*(?:https?://|www\.|\.com|\.org|\.net|\.html?)\S*", re.I)

# Weights of the term types; the lead repeats the body's words, so it adds weight
# to what the article opens with (who did what) without a separate space.
ENTITY_WEIGHT = 2.0
NUMBER_WEIGHT = 1.0
WORD_WEIGHT = 1.0
LEAD_WEIGHT = 1.0
LEAD_SENTENCES = 3

# The prior rarity of each term type: the share of unrelated articles expected to
# contain such a term. A name or a number is rarely shared by chance; a content word is.
PRIOR_DF = {"e": 0.002, "n": 0.005, "w": 0.02}
PRIOR_DOCS = 5.0
"""How many imagined unrelated articles the prior counts for; it fades as the corpus grows."""

MONTH_NAMES = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


@dataclass(frozen=True, slots=True)
class Terms:
    """An article's typed terms and their counts, before rarity weighting."""

    counts: dict[str, float]
    places: frozenset[str] = frozenset()
    """Its names ('e:' terms) that it writes as places (see place_context): tui.engine.places
    weighs how much a place shared by several reports says."""


def _number(token: str) -> str | None:
    """A number worth matching on: '7.6', '1,200', '2013'; not '1' or '2' (too common)."""
    digits = token.replace(",", "")
    if ":" in digits:
        return None  # clock times say little about which event
    try:
        value = float(digits)
    except ValueError:
        return None
    if value < 10 and "." not in digits:
        return None
    return digits.rstrip(".")


_SKIP = EVENT_STOPWORDS | MONTH_NAMES
_OPENERS = frozenset('.!?"“‘(:;')


@lru_cache(maxsize=1 << 16)
def _word_key(lower: str) -> str | None:
    """'w:' + the stemmed word, or None for a stop word or a scrap."""
    if lower in _SKIP or len(lower) < 3:
        return None
    return "w:" + singular(lower)


# What marks a name as a place where it is written: a preposition of place before it ("at
# Eastgate Courts", "in Millbrook"), a kind of place as its last word ("Ferris Road", "the Blue
# Heron Tavern"), or a kind of place in lower case after it ("the Millbrook neighborhood").
LOCATIVES = frozenset("in at on near outside inside along across off onto into from toward towards behind "
                      "between around through past".split())
PLACE_HEADS = frozenset("road street avenue lane drive boulevard highway way row crossing bridge exit square park "
                        "courts court apartments tavern heights hollow terrace plaza center centre mall station "
                        "county".split())
STREET_ABBREVIATIONS = {"st": "street", "ave": "avenue", "av": "avenue", "blvd": "boulevard", "rd": "road",
                        "dr": "drive", "ln": "lane", "ct": "court", "pkwy": "parkway", "hwy": "highway",
                        "pl": "place", "ter": "terrace", "cir": "circle", "sq": "square"}
"""A street's type as news abbreviates it after its name ("the 2700 block of Kenmore Rd."): read whole."""
PLACE_NOUNS = frozenset("neighborhood neighbourhood district area apartments apartment complex street road avenue "
                        "section community subdivision township county suburb village town city estate".split())


def place_context(run: Sequence[str], before: str, after: str) -> bool:
    """Whether a name (its lower-case words `run`) is written as a place, between the words
    `before` and `after` it. A person's name is at times ("at Lott's home"), but seldom in most
    of the articles that hold it (see tui.engine.places)."""
    return before in LOCATIVES or run[-1] in PLACE_HEADS or after in PLACE_NOUNS


_LOWER_WORD = re.compile(r"\b[a-z]\w*")


def lower_words(texts: Iterable[str]) -> frozenset[str]:
    """The words `texts` write in lower case somewhere (see sentence_terms)."""
    return frozenset(_LOWER_WORD.findall(" ".join(texts)))


def sentence_terms(text: str, common: frozenset[str] = frozenset(), places: set[str] | None = None) -> list[str]:
    """Typed terms of one sentence: 'e:' names, 'n:' numbers, 'w:' content words.

    A capitalised word that does not open the sentence (or follow an opening
    quote or bracket) is taken as (part of) a name; consecutive ones also give
    the joined name ('e:lloyd austin'). A capitalised word that the article also
    writes in lower case (`common`, see lower_words) is a headline's capital,
    not a name ("Patch" in "Microsoft Releases Emergency Patch", when the text
    says "the patch"): it counts as a word, and ends the name before it. The names
    written as places (see place_context) are added to `places`, as their 'e:' terms.
    """
    if "/" in text or "www." in text:
        text = _URLISH.sub(" ", text)
    out: list[str] = []
    run: list[str] = []
    gap_before = "."  # what comes before the first word counts as an opener
    prev = before = ""  # the word before this one; the word before the name being read

    def close(after: str) -> None:
        """The name being read ends before the word `after`."""
        if places is not None and run and place_context(run, before, after):
            places.update("e:" + w for w in run)
            places.add("e:" + " ".join(run))
        if len(run) > 1:
            out.append("e:" + " ".join(run))
        run.clear()

    append = out.append
    for gap, token in _GAP_WORD.findall(text):  # a word starts and ends with a letter or digit
        if not token:
            break  # the end of the text
        if gap_before:
            gap, gap_before = gap_before, ""
        first = token[0]
        if first.isdigit():
            if run:
                close("")
            prev = token
            number = _number(token)
            if number is not None:
                append("n:" + number)
            continue
        # "Falls's", "Avery’s": the token ends in 's or ’s, either case of s
        possessive = len(token) > 1 and token[-1] in "sS" and token[-2] in "'’"
        lower = name_key(token)  # "Ávila" and "Avila", "O’Brien" and "O'Brien": one name
        if possessive and len(lower) > 2:
            lower = lower[:-2]  # "Microsoft's" names Microsoft
        if run and lower in STREET_ABBREVIATIONS and first.isupper():  # "Kenmore Rd." and "Kenmore Road": one street
            lower = STREET_ABBREVIATIONS[lower]
        if first.isupper() and lower not in _SKIP and lower not in common and not _OPENERS.intersection(gap):
            if not run:
                before = prev
            prev = lower
            run.append(lower)
            append("e:" + lower)
            if possessive:  # a possessive ends its name: "Cedar Falls's Northfield" is two
                close("")
            continue
        if run:
            close(lower)
        prev = lower
        key = _word_key(lower)
        if key is not None:
            append(key)
    if run:
        close("")
    return out


def article_terms(article: Article, furniture: Furniture | None = None) -> Terms:
    """Typed term counts for one article: body terms, plus the lead's once more.

    With `furniture` (see find_furniture), the site names around its title and its stock lines
    give no terms.
    """
    return text_terms(article.texts, article.title, furniture)


_ELSEWHERE = re.compile(
    r",\s+(?:(?:\w+\s+)?(?:hours|days|weeks|months|years)\s+after|(?:a|one|two|three)\s+blocks?\s+from|doors\s+from|"
    r"steps\s+from|near\s+where|near\s+the\s+site\s+of|across\s+the\s+street\s+from)\b(?:(?!\s-\s)[^,;|–—])*", re.I)
"""A headline's clause that places its happening by another ("Man shot dead outside a corner store, days
after Velvet Room massacre"; "2 wounded on Bay Street, a block from the former Velvet Room"): the other
happening's words would tie the report to it, so the clause gives the title no terms (the body still has
its words, once)."""


def text_terms(texts: Sequence[str], title: str | None, furniture: Furniture | None = None) -> Terms:
    """article_terms of an article's sentences and title (what a pool's process is sent)."""
    counts: dict[str, float] = {}
    if furniture is not None and title:
        title = furniture.title(title)
    get = counts.get
    common = lower_words([*texts, title] if title else texts)
    places: set[str] = set()
    for k, text in enumerate(texts):
        if furniture is not None and furniture.stock(text):
            continue
        extra = 1.0 + (LEAD_WEIGHT if k < LEAD_SENTENCES else 0.0)
        for key in sentence_terms(text, common, places):
            counts[key] = get(key, 0.0) + extra
    if title:
        for key in sentence_terms(_ELSEWHERE.sub("", title), common, places):
            counts[key] = get(key, 0.0) + LEAD_WEIGHT
    return Terms(counts, frozenset(places))


# A title's site name or section tag sits before or after a separator:
# "WHLN News: ...", "... | KHRN 7 Harlan", "... - Harlan Daily Ledger".
_TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s+[|–—]|[|–—]\s+|(?<=\w):\s+")
FURNITURE_TITLES = 2
"""Titles that must open or close with the same segment for it to count as a site name."""
_SPACES = re.compile(r"\s+")


def _key(text: str) -> str:
    return _SPACES.sub(" ", text).strip().casefold()


def _title_edges(title: str) -> tuple[str | None, str | None]:
    """A title's opening and closing segments, where separators mark them off."""
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return None, None
    return _key(parts[0]), _key(parts[-1])


@dataclass(frozen=True, slots=True)
class Furniture:
    """What a corpus's outlets repeat around every story, whatever it reports.

    A site name that opens or closes several titles ("... | KHRN 7 Harlan") and a stock line
    that closes several stories ("Anyone with information is asked to call Bramford
    CrimeStoppers at 555-0177.") glue unrelated reports by one outlet together, and they say
    nothing of which happening an article reports.
    """

    title_edges: frozenset[str] = frozenset()
    stock_lines: frozenset[str] = frozenset()

    def stock(self, sentence: str) -> bool:
        """Whether `sentence` is one of the corpus's stock lines (see find_furniture)."""
        return bool(self.stock_lines) and _line_key(sentence) in self.stock_lines

    def title(self, title: str) -> str:
        """The title without the site names at either end."""
        parts = _TITLE_SEPARATOR.split(title)
        while len(parts) > 1 and _key(parts[0]) in self.title_edges:
            parts = parts[1:]
        while len(parts) > 1 and _key(parts[-1]) in self.title_edges:
            parts = parts[:-1]
        return " ".join(parts)


STOCK_LINES = 2
"""The closing sentences of each story that may be an outlet's stock lines."""
STOCK_STORIES = 3
"""A sentence that closes this many stories, each opening with its own first sentence, is a stock
line ("Download the KBRM 6 News app for breaking news alerts."). Copies of one wire story close
alike too, but they open alike: their shared ending is news, and it is kept."""
_DIGITS = "0123456789"


def _line_key(sentence: str) -> str:
    """A sentence as its stock-line form: spaces and case folded, digits alike (a log number).
    Each digit is replaced on its own: str.translate takes twice as long, and every story's
    closing lines are keyed when a few articles join ten thousand (tui.engine.incremental)."""
    key = " ".join(sentence.split()).casefold()
    for digit in _DIGITS:
        if digit in key:
            key = key.replace(digit, "#")
    return key


def closing_keys(article: Article) -> tuple[str, ...]:
    """The stock-line keys (see _line_key) of a story's closing sentences, each once; none for a
    story of STOCK_LINES sentences or fewer, which is all closing."""
    # Sentence by sentence, not .texts: a join reads these of ten thousand cached articles,
    # whose sentences are built only when all are asked for (sentencecodec.StoredSentences).
    sentences = article.sentences
    if len(sentences) <= STOCK_LINES:
        return ()
    return tuple(sorted({_line_key(sentences[k].text) for k in range(-STOCK_LINES, 0)}))


def closing_hashes(keys: Iterable[str]) -> tuple[int, ...]:
    """closing_keys as a kept grouping stores them: a 64-bit hash of each, never 0 (an empty slot).
    Two lines alike in 64 bits would count as one; among a corpus's few tens of thousands of
    closing lines that chance is below one in 10^10."""
    return tuple(int.from_bytes(hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest(),
                                "little") or 1 for key in keys)


def lead_key(article: Article) -> str:
    """The stock-line key of a story's first sentence (a story with closing_keys has one)."""
    return _line_key(article.sentences[0].text)


Key = TypeVar("Key", str, int)


def stock_keys(closings: Sequence[Sequence[Key]], lead: Callable[[int], str]) -> set[Key]:
    """The closing keys that close STOCK_STORIES stories or more, each opening its own way (`lead(k)`:
    story k's lead_key). The keys are closing_keys' own, or their hashes (tui.engine.incremental)."""
    stories = Counter(key for keys in closings for key in keys)  # a key -> the stories it closes
    # Only a line closing STOCK_STORIES stories can open that many ways: the others' leads are not keyed.
    openings: dict[Key, set[str]] = {}  # a closing sentence's key -> the first sentences of its stories
    for k, keys in enumerate(closings):
        common = [key for key in keys if stories[key] >= STOCK_STORIES]
        if common:
            opening = lead(k)
            for key in common:
                openings.setdefault(key, set()).add(opening)
    return {key for key, leads in openings.items() if len(leads) >= STOCK_STORIES}


def site_names(titles: Iterable[str | None]) -> frozenset[str]:
    """The title segments that open or close FURNITURE_TITLES of `titles` or more."""
    edges: Counter[str] = Counter()
    for title in titles:
        if title:
            first, last = _title_edges(title)
            if first is not None and last is not None:
                edges.update({first, last})
    return frozenset(e for e, c in edges.items() if c >= FURNITURE_TITLES)


def find_furniture(articles: Sequence[Article], closings: Sequence[Sequence[str]] | None = None) -> Furniture:
    """The title segments that open or close several of a corpus's titles, and the sentences that
    close several stories (see STOCK_STORIES). `closings` holds each article's closing_keys when
    the caller has them."""
    if closings is None:
        closings = [closing_keys(a) for a in articles]
    stock = stock_keys(closings, lambda k: lead_key(articles[k]))
    return Furniture(site_names(a.title for a in articles), frozenset(stock))


_TYPE_WEIGHT = {"e": ENTITY_WEIGHT, "n": NUMBER_WEIGHT, "w": WORD_WEIGHT}


def idf(term: str, df: int, n_docs: int) -> float:
    """Rarity of a term: corpus idf blended with a prior by term type.

    With few documents the prior dominates (a word seen in 3 of 5 articles is not
    thereby common); with thousands the corpus speaks for itself.
    """
    prior = PRIOR_DF[term[0]] if " " in term else PRIOR_DF["w"]
    return math.log((n_docs + PRIOR_DOCS) / (df + PRIOR_DOCS * prior)) * _TYPE_WEIGHT[term[0]]
