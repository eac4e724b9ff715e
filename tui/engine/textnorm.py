"""Folding, tokenising, stemming and the stop words: the one place words are normalised, for
alignment, and for grouping (tui.engine.features takes its stemmer and stop words from here).

Tokens keep character offsets into the sentence they came from, so the words two
sentences share can be marked in the original text. Each token carries a `key`:
the folded, lightly stemmed form that comparisons use ("Deployments" and
"deployed" both key as "deploy"), and flags saying whether it carries content
(not a stop word or a reporting verb), is a name (capitalised) or a number.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

# Typographic variants folded to their ASCII form before anything is compared.
_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
    "\u00ad": None, "\u180e": None, "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None,
    "\ufeff": None,
})
# Invisible characters inside a word (soft hyphen, zero-width space, (non-)joiner, word joiner,
# BOM): the word goes on across them, and folding drops them, so "wo\u200brd" keys as "word".
_INVISIBLE = "\u00ad\u180e\u200b-\u200d\u2060\ufeff"

# Acronyms with dots ("U.S.", "U.K."), numbers with separators, then words with
# inner apostrophes ("Russia's", "didn't"). Offsets come from the original text.
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\d+(?:[.,:]\d+)*(?:st|nd|rd|th)?(?![^\W_])|\d+(?:[.,:]\d+)*"
                    rf"|[^\W_]+(?:(?:['\u2019]|[{_INVISIBLE}]+)[^\W_]+)*|%")

# The one stop-word list, with what each use adds to it. Weekday names are stop words on purpose:
# two reports of different events both "on Friday" share nothing that matters.
STOPWORDS = frozenset("""
a about above according after again against all also although am among an and another any are around
as at be because been before being below between both but by can could did do does doing down dr
during each either else even ever every few for friday from further get got had has have having he
her here hers herself him himself his how however i if in into is it its itself just let like many
may me might monday more most mr mrs ms much must my myself new no nor not now of off on once one
only or other our ours ourselves out over own per really said same saturday say says shall she
should since so some still such sunday tell tells than that the their theirs them themselves then
there these they this those though through thursday to today told too toward towards tuesday under
until up upon us very via was we wednesday week well were what when where whether which while who
whom whose why will with within without would yesterday yet you your yours yourself yourselves
""".split())
"""Words that say nothing whatever the use: function words, weekdays, titles, "said" and "told"."""

ALIGN_STOPWORDS = STOPWORDS | frozenset("""
across added adds already amid asked asks back celsius claimed claims continued degree degrees
fahrenheit go going gone jr lets near noted notes ones onto remarked remarks replied replies
reported reportedly reports saying sr st stated states telling
""".split())
"""For alignment, also the other verbs of reporting and words two sentences share by chance."""

EVENT_STOPWORDS = STOPWORDS | frozenset("""
afp almost always ap cannot day days done enough first gets including last least less made make mine
month months neither news often others people perhaps put rather read reuters second see seen
several three thus time tomorrow two update updated weeks whatever year years
""".split())
"""For grouping (tui.engine.features), also words of time and counting and the agencies' names,
which every event has: they say nothing about *which* happening an article reports."""

_HAS_DIGIT = re.compile(r"\d")
_CONTRACTIONS = ("n't", "'re", "'ve", "'ll", "'d", "'m", "'s")


class Word(NamedTuple):
    """One word as scoring sees it: its comparison key and flags."""

    key: str
    content: bool
    name: bool
    number: bool


class Token(NamedTuple):
    """One word of a sentence, with where it is and how it compares."""

    key: str
    start: int
    end: int
    content: bool
    name: bool
    number: bool


_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
"""Runs of Chinese characters and Japanese kana: scripts written without spaces between words."""
UNSPACED_WORD = 2
"""Characters of such a run counted as one word: a Japanese or Chinese word is two characters on average."""
_SOUTHEAST_ASIAN = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]+")
"""Runs of Thai, Lao, Burmese and Khmer letters: scripts that write a phrase's words without spaces too."""
SOUTHEAST_ASIAN_WORD = 5
"""Characters of such a run counted as one word (Thai writes a word in five letters and marks or so)."""


def line_words(text: str) -> list[str]:
    """A line's words as the cleaner counts them (how long a heading or a sentence is): split at spaces,
    and a run of Chinese or Japanese characters cut into pieces of UNSPACED_WORD, one a word, so that
    "静岡県富士市で大雨、住民に避難指示" is a headline's ten words, not one."""
    found = text.split()
    if not text.isascii() and _SOUTHEAST_ASIAN.search(text):  # "เกษตรกรบ้านดอยหมอก...": a run of nine words, not one
        found = [piece for word in found for piece in (
            [word[k:k + SOUTHEAST_ASIAN_WORD] for k in range(0, len(word), SOUTHEAST_ASIAN_WORD)]
            if _SOUTHEAST_ASIAN.fullmatch(word) else [word])]
    if not _UNSPACED.search(text):
        return found
    out: list[str] = []
    for word in found:
        pieces = [run for found_run in _UNSPACED.findall(word)
                  for run in (found_run[k:k + UNSPACED_WORD] for k in range(0, len(found_run), UNSPACED_WORD))]
        rest = _UNSPACED.sub(" ", word).split()
        out.extend(pieces + rest if pieces else [word])
    return out


_BRACKETED = re.compile(r"\s*[(（]([^()（）]*)[)）]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_LETTER = re.compile(r"[^\W\d_]")


def without_native_forms(text: str) -> str:
    """A header line without what an English edition adds in brackets or after a bar in the original's script:
    "By Yeva Hrytsenko (Єва Гриценко)", "December 3, 2019 (2019年12月3日（火）)", "12 October 2021 | 12 ოქტომბერი 2021".
    Only where the rest is in Latin letters."""
    kept, before = text, ""
    while kept != before:  # brackets inside brackets ("(2019年12月3日（火）)"), the inner first
        before = kept
        kept = _BRACKETED.sub(lambda m: "" if _native(m[1]) else m[0], kept)
    parts = _PARTS.split(kept)
    if len(parts) == 2 and _native(parts[1]):  # "12 October 2021 | 12 ოქტომბერი 2021" (not a menu's items)
        kept = parts[0]
    return kept if kept != text and _LATIN.search(kept) else text


_PARTS = re.compile(r"\s+[|·•]\s+")


_GEORGIAN = re.compile("[\u10d0-\u10ff]+")
"""Georgian's letters (Mkhedruli): Unicode gives them capitals (Mtavruli), which Georgian text does not write."""


def uncased(text: str) -> bool:
    """Whether no letter of `text` has a case: a script without capitals ("汀澜网", "صوت المرفأ", "მთის ექო": see
    _GEORGIAN), or no letters."""
    if text.lower() == text.upper():
        return True
    bare = _GEORGIAN.sub("", text)
    return bare != text and bare.lower() == bare.upper()


def _native(text: str) -> bool:
    """Written in another script than the Latin alphabet: letters, none of them Latin."""
    return _LETTER.search(text) is not None and _LATIN.search(text) is None


def fold(text: str) -> str:
    """Unicode-normalised, typographic quotes and dashes folded, case folded."""
    if text.isascii():  # NFKC and the table leave ASCII as it is (but for the backtick)
        return text.replace("`", "'").lower()
    return unicodedata.normalize("NFKC", text).translate(_FOLD).casefold()


# Combining marks, which NFD splits off accented letters, and the letters that carry their stroke
# or ligature inside (NFD leaves them whole): what unaccented takes off or spells out.
_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
_SPELLED = {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ı": "i", "ð": "d", "Ð": "D",
            "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe"}
_STROKED = re.compile("[" + "".join(_SPELLED) + "]")


def unaccented(text: str) -> str:
    """`text` with its letters' accents taken off ("Nguyễn": "Nguyen", "Łukasz": "Lukasz"): outlets
    write one name both ways, and grouping must know it for one person (tui.engine.people). Looked
    for before anything is replaced: most news text holds no accent, only curly quotes."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFC", text)  # marks written apart join their letters first
    split = unicodedata.normalize("NFD", text)
    if split != text:  # some letter had an accent to split off
        text = unicodedata.normalize("NFC", _MARKS.sub("", split))
    if any(letter in text for letter in _SPELLED):
        text = _STROKED.sub(lambda m: _SPELLED[m.group()], text)
    return text


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def name_key(text: str) -> str:
    """`text` as grouping compares names: its accents off (unaccented) and its typographic apostrophes straight
    ("O’Brien" and "O'Brien": outlets write one name both ways), case folded."""
    if text.isascii():
        return text.casefold()
    return unaccented(text).translate(_APOSTROPHES).casefold()


def singular(word: str) -> str:
    """The plural folded: "quakes" to "quake", "parties" to "party"; grouping's whole stemmer
    (tui.engine.features) and the first step of `stem`."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def stem(word: str) -> str:
    """A light English suffix stripper: enough to key "deploy", "deployed" and "deployments" alike.

    Deliberately conservative (over-stemming makes false pairs); not a full Porter stemmer.
    """
    if len(word) <= 3 or not word.isalpha():
        return word
    w = singular(word)  # "-sses" loses one s here and the "e" below, as "class" from "classes"
    if w.endswith("ied") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("ed") and len(w) > 4:
        w = w[:-2]
    elif w.endswith("ing") and len(w) > 5:
        w = w[:-3]
    if w.endswith("ment") and len(w) > 6:
        w = w[:-4]
    elif w.endswith("ation") and len(w) > 7:
        w = w[:-5] + "ate"
    elif w.endswith("ly") and len(w) > 5 and w[-3] not in "abip":  # not "supply", "family"
        w = w[:-2]
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]
    return w


# Words news reports use for one another, keyed alike (after stemming). Kept small and
# unambiguous: a loose synonym makes false pairs, which cost more than a missed paraphrase.
_SYNONYMS = (
    ("talks", "negotiations", "negotiate", "negotiating"),
    ("pay", "wages", "wage", "salary", "salaries"),
    ("walkout", "stoppage", "strike"),
    ("ship", "ships", "vessel", "vessels"),
    ("economist", "economists", "analyst", "analysts"),
    ("soldier", "soldiers", "troop", "troops"),
    ("missile", "missiles", "rocket", "rockets"),
    ("fear", "fears", "worry", "worries", "concern", "concerns"),
    ("rise", "rises", "rose", "climb", "climbs", "climbed", "increase", "increased", "increases",
     "raise", "raised", "raises", "lift", "lifted", "lifts", "hike", "hiked", "hikes",
     "jump", "jumped", "jumps", "surge", "surged", "surges", "soar", "soared", "soars", "gain",
     "gained", "gains", "rally", "rallied"),
    ("fall", "falls", "fell", "drop", "drops", "dropped", "decline", "declined", "declines",
     "slide", "slid", "slides", "slip", "slipped", "slips", "sink", "sank", "tumble", "tumbled",
     "plunge", "plunged", "plunges", "slump", "slumped"),
    ("begin", "began", "begins", "start", "started", "starts"),
    ("injured", "wounded", "hurt"),
    ("killed", "dead", "died", "deaths"),
    ("children", "kids"),
    ("plan", "plans", "planned", "intend", "intends", "intended"),
    ("decision", "ruling", "judgment", "judgement", "verdict"),
    ("reject", "rejected", "rejects", "dismiss", "dismissed", "dismisses"),
    ("help", "assistance", "aid"),
    ("trip", "trips", "visit", "visits"),
    ("abroad", "overseas"),
    ("evacuate", "evacuated", "evacuation", "flee", "fled"),
    # General news paraphrases: one sense in news copy, rarely another.
    ("cut", "cuts", "lower", "lowered", "lowers", "reduce", "reduced", "reduces", "slash", "slashed",
     "trim", "trimmed"),
    ("forecast", "forecasts", "outlook", "guidance", "projection", "projections"),
    ("delay", "delayed", "delays", "postpone", "postponed", "postpones", "defer", "deferred"),
    # Not "plane": it stems as "plan" does.
    ("aircraft", "airplane", "airplanes", "jet", "jets", "airliner", "airliners"),
    ("small", "modest", "slight"),
    ("big", "bigger", "large", "larger"),
    ("biggest", "largest", "strongest"),
    ("argument", "arguments", "claim"),
    ("prove", "proved", "proven", "show", "shown", "showed", "demonstrate", "demonstrated"),
    ("crew", "crews", "team", "teams"),
    ("buy", "buys", "bought", "acquire", "acquires", "acquired", "acquisition", "acquisitions",
     "purchase", "purchased", "purchases", "takeover", "takeovers"),
    ("share", "shares", "stock", "stocks"),
    ("rubble", "debris", "wreckage"),
    ("quake", "earthquake", "earthquakes", "quakes", "tremor", "tremors"),
    ("lawmaker", "lawmakers", "legislator", "legislators", "mps"),
    ("law", "laws", "legislation", "bill"),
    ("pension", "pensions", "retirement"),
    ("investigate", "investigated", "investigation", "investigators", "investigator", "probe", "inquiry"),
    ("phone", "telephone"),
    ("warn", "warned", "warns", "warning", "warnings", "caution", "cautioned"),
    ("win", "wins", "won", "victory"),
    ("announce", "announced", "announces", "announcement", "unveil", "unveiled", "unveils"),
    ("deal", "deals", "agreement", "agreements", "accord", "pact", "transaction"),
    ("ceasefire", "truce"),
    ("blaze", "wildfire", "wildfires"),
    ("kilometre", "kilometres", "kilometer", "kilometers", "km"),
    ("employee", "employees", "staff", "staffers", "workforce"),
    ("unpopular", "popular"),
)

_BEFORE_STEM = {"plane": "aircraft", "planes": "aircraft", "pct": "percent"}
"""Synonyms whose stem would collide with another word's ("planes" stems as "plans" does)."""

# Two-word names keyed as one (both words get the key), and single-word aliases.
_PAIRS = {("unit", "states"): "us!", ("unit", "stat"): "us!", ("unit", "kingdom"): "uk!",
          ("unit", "nation"): "un!", ("european", "union"): "eu!", ("chief", "executiv"): "ceo!"}
_ALIASES = {"britain": "uk!", "british": "uk!", "uk": "uk!", "un": "un!", "eu": "eu!", "ceo": "ceo!"}
_PAIR_FIRST = frozenset(first for first, _ in _PAIRS)
# A quick scan of the text before the word-by-word one.
_MAY_ALIAS = re.compile(r"[Uu]nited|UNITED|[Bb]rit|BRIT|[Ee]uropean|EUROPEAN|\b(?:[Uu][KkNn]|[Ee][Uu])\b")
_MAY_MORE = re.compile(r"ty[- ]|CEO|[Cc]hief [Ee]xecutive")  # "twenty-two", CEO: cheap, loose


def words(text: str) -> list[Word]:
    """The words of `text`, keyed and flagged, without offsets: what scoring needs, cheaply."""
    raws = _TOKEN.findall(text)
    found = list(map(_word, raws))
    return _post(found, raws) if _MAY_ALIAS.search(text) or _MAY_MORE.search(text) else found


def tokenize(text: str) -> list[Token]:
    """The words of `text` with their offsets: the same sequence as `words(text)`."""
    find = text.find
    kept: list[Word] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    raws = _TOKEN.findall(text)
    for raw in raws:
        # No word character lies between two matches, so the next occurrence is the match.
        start = find(raw, pos)
        pos = start + len(raw)
        kept.append(_word(raw))
        spans.append((start, pos))
    if _MAY_ALIAS.search(text) or _MAY_MORE.search(text):
        kept = _post(kept, raws)
    return [Token(w.key, start, end, w.content, w.name, w.number)
            for w, (start, end) in zip(kept, spans, strict=True)]


def offsets(text: str) -> list[tuple[int, int]]:
    """Where each of `words(text)` stands in `text`: (start, end), end exclusive."""
    find = text.find
    out: list[tuple[int, int]] = []
    pos = 0
    for raw in _TOKEN.findall(text):
        start = find(raw, pos)  # no word character lies between two matches
        pos = start + len(raw)
        out.append((start, pos))
    return out


def _post(ws: list[Word], raws: list[str]) -> list[Word]:
    """Two-word names and aliases keyed as one name; "twenty-two" keyed as 22."""
    if not any(w.key in _PAIR_FIRST or w.key in _ALIASES or w.key in _TENS for w in ws):
        return ws
    ws = list(ws)
    for n in range(len(ws) - 1):
        key = _PAIRS.get((ws[n].key, ws[n + 1].key))
        if key:
            ws[n] = Word(key, True, True, False)
            ws[n + 1] = Word(key, True, True, False)
        elif (ws[n].key in _TENS and ws[n + 1].key in _UNITS and raws[n][0].isalpha()
              and raws[n + 1][0].isalpha()):
            # "twenty-two" is 22, both words keyed alike (so offsets still line up word by word)
            both = Word(str(int(ws[n].key) + int(ws[n + 1].key)), True, False, True)
            ws[n] = ws[n + 1] = both
    return [Word(_ALIASES[w.key], True, True, False) if w.key in _ALIASES else w for w in ws]


# Number words keyed as digits ("three firefighters" / "3 firefighters"); "one" stays a
# stop word, as in "one of the".
_NUMBER_WORDS = {w: str(n) for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split()) if n != 1}
_NUMBER_WORDS.update({"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70",
                      "eighty": "80", "ninety": "90", "hundred": "100", "dozen": "12"})
_TENS = frozenset(str(n) for n in range(20, 100, 10))
_UNITS = frozenset(str(n) for n in range(2, 10))


@lru_cache(maxsize=1 << 16)
def _word(raw: str) -> Word:
    """(key, content, name, number) of one word as written; cached, as words repeat a lot."""
    if raw == "%":
        return Word("percent", True, False, False)
    folded = fold(raw)
    if not folded:  # NFKC took the whole word away: keep a place for it, as a stop word
        return Word(raw, False, False, False)
    if folded in _NUMBER_WORDS:
        return Word(_NUMBER_WORDS[folded], True, False, True)
    first = raw[0]
    if first.isdigit():
        if folded.endswith(("st", "nd", "rd", "th")) and folded[:-2].isdigit():
            folded = folded[:-2]  # an ordinal: "25th" is the 25 of "June 25"
        return Word(folded.replace(",", ""), True, False, True)
    if "." in folded:  # dotted acronym: U.S. -> "us!"
        return Word(folded.replace(".", "") + "!", True, True, False)
    word = folded
    for suffix in _CONTRACTIONS:
        if word.endswith(suffix) and len(word) > len(suffix):
            word = word[: -len(suffix)]
            break
    word = word.rstrip("'")
    if raw.isupper() and len(raw) >= 2 and word in ALIGN_STOPWORDS:  # "US", "IT": acronyms, not pronouns
        return Word(word + "!", True, True, False)
    if word in ALIGN_STOPWORDS or len(word) < 2 or folded.endswith("n't"):
        return Word(word, False, False, False)
    key = _BEFORE_STEM.get(word) or stem(word)
    return Word(_SYNONYM.get(key, key), True, first.isupper(), _HAS_DIGIT.search(word) is not None)


_SYNONYM = {stem(w): stem(group[0]) for group in _SYNONYMS for w in group}
