"""How news writes the names of the people at the centre of a happening: with an age ("Kayla Moss, 17,"), in the
coroner's naming ("The boy shot ... was Tyler Kowalski, a 16-year-old"), or in its set phrase ("identified him as Cody
Strand"). What a report makes of the names it reads is tui.engine.people's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from tui.engine.features import PLACE_HEADS
from tui.engine.textnorm import EVENT_STOPWORDS, name_key

_AGE = re.compile(r",\s+\d{1,3},")
_NAMED_WITH_AGE = re.compile(r"\b(?:was|is|as|were)\s+((?:[^\W\d_][\w'’-]*\s+){0,3}[^\W\d_][\w'’-]*),"
                             r"\s+an?\s+\d{1,3}-year-old\b")
"""The coroner's naming in its other form: "The boy shot to death at Hollister Park on Saturday was Tyler Kowalski, a
16-year-old sophomore", "The two people killed ... were Jasmine Martinez, an 18-year-old senior ..." (aged_names; not
every "X, a 30-year-old": a year's recap names its dead so; not a place, "It was Oak Street, a 20-year-old said")."""
_AGED_THEN_NAMED = re.compile(r"\b[Tt]he\s+\d{1,3}-year-old\b([^.;:]{0,120}?)\b(?:was|is)\s+("
                              r"[^\W\d_][\w'’-]*\s+(?:[^\W\d_a-z]\.\s+)?[^\W\d_][\w'’-]*)[,.]")
"""The coroner's naming with the age first: "The 16-year-old killed in a shooting after the fireworks was Kamari J.
Dawson, a rising junior" (aged_names; not the accused's: "The 17-year-old charged in the shooting is Tom Hill")."""
_IDENTIFIED = re.compile(r"\b(?:identified|named)(?:\s+[a-z]+){0,4}?\s+as\s+")
"""News's phrase for the dead, the hurt and the accused: "identified him as", "named the victim as",
"was identified as"; the name follows (identified_names)."""
LAST_IN_LIST = re.compile(r"\d,\s+(?:and\s+)?((?:[^\W\d_][\w'’-]*\s+){1,3}[^\W\d_][\w'’-]*),\s+(\d{1,3})\.(?=\s|$)")
"""The last of a list of people with their ages, whose age ends the sentence: "The others killed were Cyrus Pembridge,
43, Ngozi Ulloa, 39, Garrick Tuiasosopo, 45." (not a lone "..., killing Ximena Ávila, 9.", a recap's often)."""
HELD = r"(?:arrested|charged|indicted|booked|detained|convicted|sentenced|arraigned|jailed)"
"""What is done to the accused, not to the dead or hurt."""
WORD = re.compile(r"[^\W\d_][\w'’-]*")
_INITIAL = re.compile(r"[^\W\d_a-z]\.")  # a middle initial ("S.")
POSSESSIVES = ("'s", "’s", "'", "’")
"""A possessive's endings: "Marchetti's car" mentions Marchetti."""
NAME_WORDS = 4
"""At most this many capitalised words before an age make the name ("Maria de la Cruz" aside)."""
LOOK_BACK = 80
"""Characters before an age that can hold the name, and after "identified as" (identified_names)."""
IDENTIFIED_WORDS = 2
"""At least this many capitalised words make a name after "identified as": a first name and a
surname ("named as Vantage's owner" names no one)."""


def bare(word: str) -> str:
    """A word without its possessive ending ("county's": county; "Jones'": Jones)."""
    return word.removesuffix("s").rstrip("'’") if word.endswith(POSSESSIVES) else word


def _name_run(words: Sequence[str]) -> tuple[list[str], int]:
    """The capitalised words that open `words`, up to NAME_WORDS, and how many of `words` they took (a middle
    initial is taken, not kept: "Gurdeep S. Sandhu" is Gurdeep Sandhu): a name ends at a lower-case word or at
    punctuation ("Ray Dettmer, a millwright": Ray, Dettmer), and owns nothing ("Vantage's owner")."""
    run: list[str] = []
    taken = 0
    for word in words[:NAME_WORDS]:
        if run and _INITIAL.fullmatch(word):
            taken += 1
            continue
        bare = word.rstrip(",.;:")
        if not (bare and bare[0].isupper() and WORD.fullmatch(bare)) or bare.endswith(POSSESSIVES):
            break
        run.append(bare)
        taken += 1
        if bare != word:
            break
    return run, taken


def identified_names(text: str) -> set[str]:
    """The surnames (accents off, casefolded) of the people `text` identifies as news does its dead and accused:
    "identified him as Cody Strand", "named the victims as Jonah Feldman and Ana Ruiz"."""
    out: set[str] = set()
    for found in _IDENTIFIED.finditer(text):
        words = text[found.end():found.end() + LOOK_BACK].split()
        while True:
            run, taken = _name_run(words)
            if len(run) < IDENTIFIED_WORDS:
                break
            out.add(name_key(run[-1]))
            rest = words[taken:]
            if run[-1] != words[taken - 1] or not rest or rest[0] != "and":
                break  # punctuation closed the name, or no "and" brings another
            words = rest[1:]
    return out


def aged_names(texts: Sequence[str], title: str | None = None) -> frozenset[str]:
    """The surnames (accents off, casefolded) of the people at the centre of `texts`: those named with an age, the
    run of capitalised words just before ", 17," ("Police said Kayla Moss, 17, was hit": moss), and
    those identified as news identifies its dead (identified_names); those its `title` names with an age
    (_title_aged); and the one a profile's "He was 22." gives an age (_pronoun_aged)."""
    out: set[str] = set(_title_aged(title, texts)) if title and "," in title else set()
    out.update(_pronoun_aged(texts))
    for text in texts:
        for found in _AGE.finditer(text):
            if (run := _name_before(text, found.start())) and (
                    name := name_key(run[0])) not in EVENT_STOPWORDS:
                out.add(name)
        out.update(last for found in LAST_IN_LIST.finditer(text) if (last := _surname_of(found.group(1))))
        for found in _NAMED_WITH_AGE.finditer(text) if "year-old" in text else ():
            if (surname := _surname_of(found.group(1))) and surname not in PLACE_HEADS:
                out.add(surname)
        for found in _AGED_THEN_NAMED.finditer(text) if "year-old" in text else ():
            if not re.search(HELD, found.group(1)) and (surname := _surname_of(found.group(2))):
                out.add(surname)
        if "identified" in text or "named" in text:  # most sentences are spared the search
            out.update(name for name in identified_names(text) if name not in EVENT_STOPWORDS)
    return frozenset(out)


PRONOUN_AGE = re.compile(r"(?:He|She)\s+was\s+(\d{1,3})\.")
"""A sentence that gives the age of the one its report is about, as a profile closes a paragraph: "He was 22."
(_pronoun_aged; people.ages_and_numbers reads the age). Read so, the profile of Jalen Whitfield joins the first
report of "Man, 22, killed" (people.unnamed_alike; bench/data/same_kind23 without dates 0.906 -> 0.911; the rest, the
copies with dates and ECB+ dev unchanged; held out, checked after: same_kind12 without dates 0.860 -> 0.862, the rest
unchanged)."""


def _pronoun_aged(texts: Sequence[str]) -> Iterator[str]:
    """The surname a sentence "He was 22." gives its age: the one whom the report's first sentence names in full
    ("Jalen Whitfield spent Saturday afternoon at his daughter's party") and the sentence before it names again
    ("released Whitfield's name"), if one only."""
    for k, text in enumerate(texts[1:], start=1):
        if PRONOUN_AGE.fullmatch(text.strip()):
            before = {bare(name_key(word.rstrip(",.;:"))) for word in texts[k - 1].split()}
            words = texts[0].split()
            named = {surname for start in range(len(words))
                     if (surname := _surname_of(" ".join(words[start:start + NAME_WORDS]))) in before}
            if len(named) == 1:
                yield from named


def _surname_of(words: str) -> str | None:
    """The surname of the full name (IDENTIFIED_WORDS or more capitalised words) that opens `words`, unless a
    stopword; None where none opens them."""
    run, _ = _name_run(words.split())
    return name if len(run) >= IDENTIFIED_WORDS and (name := name_key(run[-1])) not in EVENT_STOPWORDS else None


def _title_aged(title: str, texts: Sequence[str]) -> Iterator[str]:
    """The surnames a headline names with an age ("Jamal Griffin, 15, wanted to build boats": griffin): a first name
    and a surname, the surname written with its capital in the text too. A headline capitalises its words ("Slain
    Man, 45, Remembered"), so one word, or a surname the text never writes as a name, names no one."""
    for found in _AGE.finditer(title):
        run = _name_before(title, found.start())
        if len(run) >= IDENTIFIED_WORDS and (name := name_key(run[0])) not in EVENT_STOPWORDS and any(
                re.search(rf"\b{re.escape(run[0])}\b", text) for text in texts):
            yield name


def _name_before(text: str, end: int) -> list[str]:
    """The run of capitalised words just before `end` (an age), the last first ("Police said Kayla Moss": Moss,
    Kayla; "said" ends it)."""
    run: list[str] = []
    for word in reversed(text[max(0, end - LOOK_BACK):end].split()[-NAME_WORDS:]):
        if not (word[0].isupper() and WORD.fullmatch(word)):
            break  # a lower-case word, or punctuation: the name (if any) ends here
        run.append(word)
    return run
