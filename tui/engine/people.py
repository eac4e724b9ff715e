"""Who a report is about: the people it names with their age ("Kayla Moss, 17,") or identifies
("police identified him as Cody Strand").

News names the people at the centre of a happening, the dead, the wounded and the accused,
with their age, or in its set phrase for them ("identified as", "named as"): call both "named
with an age" below. Reports of one happening name the same people (a later one may name more or
fewer, but it names someone the other names with an age); two reports that each name people
so, and neither mentions any of the other's, are about two happenings of one kind, however
alike their places and words (two shootings on one street). Grouping damps such pairs as it
damps reports weeks apart (tui.engine.events). And two reports one of which mentions someone the
other names with an age are tied by their text however far apart their dates: the charges,
the inquest or the trial months later name the dead.

Many reports name no one but still give ages ("a 22-year-old man drowned", "two 15-year-old
girls"): two reports that each give ages, neither holding any of the other's as a number, are
strangers too, unless a name ties them. An age shared ties nothing (many are 17). And two undated
reports whose headlines disagree on whom their happening cost (tui.engine.casualties: "Man killed",
"2 men wounded") are apart too, unless a name ties them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from tui.engine.agednames import HELD, LAST_IN_LIST, POSSESSIVES, PRONOUN_AGE, WORD, aged_names, bare
from tui.engine.agencies import police_facts
from tui.engine.casualties import (
    ACCUSED,
    FATAL,
    FOLLOW_UP,
    HURT,
    casualty_facts,
    disagree,
    lasting,
)
from tui.engine.features import PLACE_HEADS
from tui.engine.model import Article
from tui.engine.recalledyears import RECALLED_YEAR, YEAR, after_facts, split_recall
from tui.engine.roundups import lead_happening
from tui.engine.textnorm import EVENT_STOPWORDS, name_key
from tui.engine.toldtime import OPENING_SENTENCES, values
from tui.engine.victims import HONORIFICS, NAMED, other_victims, places_apart, same_victim, surnames_apart

_AGE_BETWEEN = re.compile(r",\s+(?:both\s+)?(\d{1,3}),")  # "Kayla Moss, 17,", "a man, 45,", "two girls, both 15,"
# (not "Tom Hill, aged 22,": its accused's forms, "Tom Hill, aged 22, was charged", would need _ACCUSED_AGES's too)
_AGE_YEARS = re.compile(r"\b(\d{1,3})(?:-year-olds?\b|\s+years?\s+old\b)")  # "a 22-year-old"
_DIGITS = re.compile(r"\d+")
_ACCUSED_AGES = tuple(re.compile(p) for p in (
    HELD + r"\s+an?\s+(\d{1,3})-year-old\b",  # "arrested a 23-year-old man"
    # "a 23-year-old was charged", and as a headline says it: "18-year-old arrested in deadly bus stop shooting"
    r"\b(\d{1,3})-year-old\s+(?:[a-z]+\s+)?(?:(?:was|has\s+been|had\s+been|is)\s+)?" + HELD,
    # "Mims, 26, was charged", "Mims, 26, pleaded guilty"
    r",\s+(\d{1,3}),\s+(?:(?:was|has\s+been|had\s+been|is)\s+" + HELD + r"|pleaded|pled|faces)\b",
    HELD + r"\s+(?:[A-Z][\w'’-]*\s+){1,3}?[A-Z][\w'’-]*,\s+(\d{1,3}),",  # "convicted Cedric Mims, 26, of murder"
    r"\bsuspects?,\s+(?:an?\s+)?(\d{1,3})\b|\b(\d{1,3})-year-old\s+suspect",  # "the suspect, 23,"
))
"""Where an age is the accused's: the reports of the charges give the age of a man whom the first reports could not
name, and the first ones the age of the dead whom the charges name; neither is the other's stranger for it
(of_other_ages). On bench/data: same_kind8 without dates 0.873 -> 0.883, same_kind9 0.781 -> 0.805 and 0.872 -> 0.882
with dates; the rest and ECB+ dev unchanged. Held out: same_kind10 0.811 -> 0.822 and 0.887 -> 0.891, same_kind12 with
dates 0.892 -> 0.895, same_kind14 0.829 -> 0.822 and 0.932 -> 0.947, same_kind11 0.858 -> 0.861 and 0.935 -> 0.934.
A headline's "18-year-old arrested" (no "was"): same_kind26 0.868 / 0.900 -> 0.870 / 0.911 (the school bus stop
shooting whole, with dates), same_kind15 without dates 0.964 -> 0.952, the rest unchanged; held out, checked after:
same_kind14 without dates 0.866 -> 0.870, the rest unchanged."""
OWN_LEAD_SENTENCES = 3
"""A report's own people are named in its title or first sentences (as features.LEAD_SENTENCES counts
a lead): a name given with an age only further down is a recap's ("In April 2019, Lakeisha Porter,
31, was killed on the same block"), mentioned but not the report's own, so it neither ties the
report to that old happening's follow-ups nor makes it a stranger to others. A profile, the
charges, a verdict name their dead at once. On bench/data/same_kind9: without dates 0.678 -> 0.700,
with dates 0.819 -> 0.837; the other tuning corpora and ECB+ dev unchanged."""
STRANGERS_DAMPING = 0.5
"""The factor on the similarity of two reports (or groups) that are strangers: as unlikely to be
one happening as reports two months apart (timegap.DATE_DAMPING)."""
HEADLINE_DAMPING = 0.1
"""The factor on the similarity of two reports (or groups) whose headlines disagree on whom their
happening cost (casualties.disagree: "Man killed at Rusty Spur", "2 men wounded outside Rusty Spur"),
where neither is dated (People.undated). Near a veto: two shootings at one bar years apart share
the bar, the street and most words, with cosines of 0.5 to 0.7. Measured on the tuning corpora without
dates at 0.5, 0.25, 0.1 and 0.05: the three shooting corpora together 0.867, 0.871, 0.876, 0.876;
same_kind9 0.707, 0.710, 0.712, 0.725; the rest alike from 0.25 down; ECB+ dev 0.950 throughout."""


def ages_and_numbers(texts: Sequence[str]) -> tuple[frozenset[int], frozenset[int]]:
    """The ages `texts` give people, named or not ("Kayla Moss, 17,", "a man, 45,", "a 22-year-old"),
    and every number of up to three digits in them (where another report's ages are looked for)."""
    text = "\n".join(texts)
    # "year" is the one word of the other forms: most texts are spared their search
    found = [*_AGE_BETWEEN.finditer(text), *(_AGE_YEARS.finditer(text) if "year" in text else ())]
    held = {m.start(g) for pattern in _ACCUSED_AGES for m in pattern.finditer(text)
            for g in range(1, pattern.groups + 1) if m.group(g)} if found else set()
    given = {int(m.group(1)) for m in found if m.start(1) not in held} | {
        int(m.group(2)) for m in LAST_IN_LIST.finditer(text)} | {
        int(m.group(1)) for sentence in texts if (m := PRONOUN_AGE.fullmatch(sentence.strip()))}
    return frozenset(given), frozenset(int(n) for n in _DIGITS.findall(text) if len(n) <= 3)


def strangers(aged_a: frozenset[str], mentioned_a: frozenset[str], aged_b: frozenset[str],
              mentioned_b: frozenset[str]) -> bool:
    """Whether two reports (or groups of them) each name people with an age and neither mentions
    any of the other's (see People)."""
    return bool(aged_a and aged_b and not (aged_a & mentioned_b) and not (aged_b & mentioned_a))


def of_other_ages(ages_a: frozenset[int], numbers_a: frozenset[int], ages_b: frozenset[int],
                   numbers_b: frozenset[int]) -> bool:
    """Whether two reports (or groups) each give ages and neither holds any of the other's as a
    number: the people at their centres differ ("a 22-year-old man", "two 15-year-old girls")."""
    return bool(ages_a and ages_b and not (ages_a & numbers_b) and not (ages_b & numbers_a))


def acquainted(aged_a: frozenset[str], mentioned_a: frozenset[str], aged_b: frozenset[str],
               mentioned_b: frozenset[str], strict: bool = False, *, facts_a: frozenset[str] = frozenset(),
               facts_b: frozenset[str] = frozenset(), far: bool = False, given_a: frozenset[str] = frozenset(),
               given_b: frozenset[str] = frozenset()) -> bool:
    """Whether one of two reports (or groups) mentions someone the other names with an age: the
    text ties them however far apart their dates ("charged in the death of Kayla Moss"). `strict`:
    and the one that mentions names with an age nobody the other does not mention, so it is about
    the other's happening (a profile, a vigil), not a report of its own dead that recalls the other's
    ("the same corner where Mrs. Morrow was killed two years ago"). With their headlines' facts
    (`facts_a`, `facts_b`: casualties.casualty_facts), not where those name other victims: a surname two
    people share ("Brody Ruelas", "Brielle Ruelas"; victims.other_victims); and always where those name one
    victim (victims.same_victim). `far`: of reports months apart, a surname each gives another given name
    ties nothing (victims.surnames_apart): a country's news names many Nguyens and Johnsons (bench/data/same_kind24,
    eight cities, with dates 0.933 -> 0.939; held out, checked after: same_kind25 0.931 -> 0.936; the rest
    unchanged), the given names their texts write before a surname they mention counted too (`given_a`, `given_b`:
    Who.given)."""
    if other_victims(facts_a, facts_b):
        return False
    if same_victim(facts_a, facts_b):
        return True  # "Gunman sentenced for killing Ximena Ávila", "hundreds say goodbye to Ximena Ávila"
    if far and (apart := surnames_apart(facts_a, facts_b, given_a, given_b)):  # "Thanh Nguyen", a year on "Tom Nguyen"
        mentioned_a, mentioned_b = mentioned_a - apart, mentioned_b - apart
    if strict:
        return bool((aged_b & mentioned_a and aged_a <= mentioned_b)
                    or (aged_a & mentioned_b and aged_b <= mentioned_a))
    return bool(aged_a & mentioned_b or aged_b & mentioned_a)


def unnamed_alike(aged_a: frozenset[str], ages_a: frozenset[int], aged_b: frozenset[str],
                  ages_b: frozenset[int]) -> bool:
    """Whether one of two reports names someone with an age and the other names no one so but gives
    someone that age: the first reports' "26-year-old woman" is the "Kiara Bledsoe, 26" of the
    charges two days on. Alone this says little (many are 26); near in time, of one place, it ties."""
    return bool(ages_a & ages_b and ((aged_a and not aged_b) or (aged_b and not aged_a)))


@dataclass(frozen=True)
class Who:
    """What a report, or a group of reports, says of its people (see People): its "apart" is the one
    test of different people that pairs of reports (People) and pairs of groups (events) both use."""

    aged: frozenset[str] = frozenset()
    mentioned: frozenset[str] = frozenset()
    ages: frozenset[int] = frozenset()
    numbers: frozenset[int] = frozenset()
    cost: frozenset[str] = frozenset()
    """What its headline says of the dead and hurt (casualties.casualty_facts), and whom its lead names with an age
    (victims.NAMED)."""
    given: frozenset[str] = frozenset()
    """The given names its text writes before the surnames it mentions, each with its surname ("minh nguyen":
    given_names); kept apart from `cost`, which is weighed for every pair, as only reports months apart ask for these
    (acquainted's `far`)."""
    called: frozenset[str] = frozenset()
    """Of `given`, those its title and lead write: whom it calls in full, its own subject, not a recap's
    (namingties.called_alike). Kept apart from `cost` as `given` is: in it, they made grouping ten thousand
    reports 40% slower."""

    def __or__(self, other: Who) -> Who:
        return Who(self.aged | other.aged, self.mentioned | other.mentioned, self.ages | other.ages,
                   self.numbers | other.numbers, self.cost | other.cost, self.given | other.given,
                   self.called | other.called)

    def apart(self, other: Who) -> bool:
        """Whether the two are about different people: by the names they give with ages, or, when no
        name ties them, by the ages they give (of_other_ages) or what their headlines say of the dead
        and hurt (casualties.disagree)."""
        return self.damping(other) < 1.0

    def damping(self, other: Who) -> float:
        """The factor on their similarity: STRANGERS_DAMPING where they name different people or give
        other ages, HEADLINE_DAMPING where their headlines disagree (or both); 1 where a name ties them. Reports of
        two cities (victims.places_apart) are as far apart as reports months apart: a surname each gives another
        given name ties nothing (acquainted's `far`)."""
        if acquainted(self.aged, self.mentioned, other.aged, other.mentioned, facts_a=self.cost, facts_b=other.cost,
                      far=places_apart(self.cost, other.cost), given_a=self.given, given_b=other.given):
            return 1.0
        return self.untied(other)

    def untied(self, other: Who) -> float:
        """damping's factor for two whom no name ties (acquainted is False, as it then is with `far` too: `far` only
        unties), for People.damping, which has asked acquainted already."""
        factor = 1.0
        if strangers(self.aged, self.mentioned, other.aged, other.mentioned) or of_other_ages(
                self.ages, self.numbers, other.ages, other.numbers):
            factor = STRANGERS_DAMPING
        return factor * HEADLINE_DAMPING if disagree(self.cost, other.cost) else factor


def names_text(texts: Sequence[str], title: str | None) -> str:
    """All an article's text, its accents off and casefolded, as names are kept: where mentions are
    looked for."""
    return name_key(" ".join((*texts, title or "")))


def told_text(texts: Sequence[str], title: str | None) -> str:
    """The text (see names_text) where an article's mentions are looked for: its sentences that name no year
    (RECALLED_YEAR), and its title."""
    return names_text([text for text in texts if not RECALLED_YEAR.search(text)], title)


def mentions_of(text: str, names: frozenset[str]) -> frozenset[str]:
    """The `names` that a casefolded `text` (see names_text) mentions: as a word, or as a possessive's
    owner ("Marchetti's car"); not as the first word of a place's name ("Ashby County", "Pell
    County Sheriff's Office" mention neither Wendell Ashby nor Dwayne Pell)."""
    words = WORD.findall(text)
    owners = (bare(w) for w in words if w.endswith(POSSESSIVES))
    found = names.intersection(words)
    if found:
        found = frozenset(word for word, after in zip(words, [*words[1:], ""], strict=True)
                          if word in found and bare(after) not in PLACE_HEADS)
    return found | names.intersection(owners)


def who_of(texts: Sequence[str], title: str | None, aged: frozenset[str], names: frozenset[str]) -> Who:
    """What one article (its sentences and title) says of its people: `aged` are the names it gives
    with an age (aged_names), `names` those its corpus gives so, whose mentions are looked for; of
    `aged`, only those its lead mentions are its own (OWN_LEAD_SENTENCES). A name beyond the title and the own
    ones is mentioned only in a sentence that names no year (RECALLED_YEAR): a new shooting's report that recalls
    the killing at its bar in April 2017 is no acquaintance of that killing's reports, and, a first report, it came
    after the years it recalls (recalledyears.AFTER facts), and the ages and numbers of those sentences are not its
    own: "Jamal Tibbs, 19, was killed in its rear parking lot in 2016" made the first report of a man of 41 killed
    there kin of every report giving 19 (bench/data/same_kind16 without dates 0.807 -> 0.839, same_kind9 0.926 ->
    0.942, same_kind15 0.952 -> 0.967, same_kind26 0.870 -> 0.876, same_kind13 0.913 -> 0.910, same_kind18 0.814 ->
    0.803; with dates and ECB+ dev unchanged; held out, checked after: same_kind12 0.852 -> 0.858, same_kind14 0.870
    -> 0.874, same_kind19 0.949 -> 0.956, same_kind20 0.901 -> 0.909, same_kind11 0.918 -> 0.917). A follow-up's
    year may be its own happening's ("Charges filed in 2014 killing"), so its sentences keep theirs. Nor, for a first
    report, are the people such lead sentences name its own: "the same store where clerk Thanh Ngô was killed in a
    2016 robbery" made the 2025 shooting there the clerk's (same_kind21 without dates 0.956 -> 0.963; the rest and
    ECB+ dev unchanged; held out, checked after: same_kind14 without dates 0.879 -> 0.885, same_kind12 with dates
    0.936 -> 0.935). A top-level function of texts, so a pool's process can run it (tui.engine.articlefacts)."""
    facts = casualty_facts(title, texts[0] if texts else None, " ".join(texts[:OPENING_SENTENCES]),
                           texts[1:OWN_LEAD_SENTENCES]) | police_facts(texts)
    first = first_report(facts)
    if first:  # a first report: the years it recalls came before its happening, and their people are not its own
        facts |= after_facts(texts)
    own_texts = own_sentences(texts, first)
    lead = names_text(own_texts[:OWN_LEAD_SENTENCES], title) if aged else ""
    own = mentions_of(lead, aged) if aged else aged
    mentioned = own
    if names or aged:
        told = told_text(texts, title)
        mentioned |= mentions_of(told, names)
        if unread := aged - names:  # (its corpus's names hold its own: no corpus-sized set is built per article)
            mentioned |= mentions_of(told, unread)
    if first and mentioned:  # a first report: the people of the past it recalls are neither its own nor mentions
        past = _recalled_people(texts, title, mentioned)
        own, mentioned = own - past, mentioned - past
    ages, numbers = ages_and_numbers((*own_texts, title or ""))
    given, called = given_names(texts, title, mentioned, own_texts[:OWN_LEAD_SENTENCES]) if mentioned else (
        frozenset(), frozenset())
    capitals = _capitals((*own_texts[:OWN_LEAD_SENTENCES], title or "")) if own else frozenset()
    return Who(own, mentioned, ages, numbers, facts | _named(lead, own, capitals) if own else facts, given, called)


def own_sentences(texts: Sequence[str], first: bool) -> Sequence[str]:
    """A report's sentences that tell of its own happening: a first report's (`first`) that name no year, which
    recall the past; all of any other's, whose year may be its own happening's (who_of)."""
    return [text for text in texts if not RECALLED_YEAR.search(text)] if first else texts


def first_report(facts: frozenset[str]) -> bool:
    """Whether a report's headline facts (casualties.casualty_facts) are a first report's: of someone killed or hurt,
    no follow-up, no arrest, no year of its own; the years its sentences name are then recalled (who_of)."""
    return bool(facts & {FATAL, HURT}) and not facts & {FOLLOW_UP, ACCUSED} and not values(facts, YEAR)


def _recalled_people(texts: Sequence[str], title: str | None, names: frozenset[str]) -> frozenset[str]:
    """Of the `names` a first report mentions, those it first names where it recalls the past: in its headline's
    clause placing it where another happening was (recalledyears.split_recall: "the same station where Emre Çelik
    was killed"), or in a sentence naming a year ("Ngô, 58, was shot during a holdup in March 2016"). They are that
    happening's people, neither the report's own nor, where its later words name them ("the store's manager, a
    nephew of Ngô's"), its mentions, which would tie it to that happening's reports: the clerk wounded at the station
    in 2023 was one event with the charges in the 2017 killing (same_kind24 without dates 0.925 -> 0.937, with dates
    0.949 -> 0.962; same_kind21 0.963 -> 0.971 and 0.966 -> 0.973; same_kind26 with dates 0.919 -> 0.936; same_kind9
    without dates 0.942 -> 0.943; the rest and ECB+ dev unchanged; held out, checked after: same_kind20 without dates
    0.909 -> 0.924, same_kind22 0.902 -> 0.914 and 0.927 -> 0.937)."""
    seen: set[str] = set()
    out: set[str] = set()
    if title:
        rest, clause = split_recall(title.lower())
        seen |= mentions_of(names_text([], rest), names)
        if clause:
            out |= mentions_of(names_text([], clause), names) - seen
            seen |= out
    for text in texts:
        if len(seen) == len(names):
            break
        found = mentions_of(names_text([text], None), names) - seen
        if found and RECALLED_YEAR.search(text):
            out |= found
        seen |= found
    return frozenset(out)


_PARTICLE = r"(?i:ó|o|mac|mc|de|del|della|di|da|dos|van|von|der|den|ter|le|la|du|bin|ben|ibn|abu|al|el)"
"""A surname's particle ("Ó Briain", "van der Berg", "de la Cruz"): no given name, and not one read before a surname."""
PARTICLES = frozenset(_PARTICLE[4:-1].split("|"))
_CAPITALS = re.compile(r"(?<![\w'’-])([^\W\d_a-z][\w'’-]*)\s+(?:" + _PARTICLE + r"\s+){0,2}(?=([^\W\d_a-z][\w'’-]*))")
"""A word that opens with a capital, and the word after it (or after a particle or two), also capitalised: where a
text writes a given name and a surname ("Minh Nguyen", "Pádraig Ó Briain"). A fixed pattern: one built of each
report's names would be compiled once a report."""


def given_names(texts: Sequence[str], title: str | None, names: frozenset[str],
                own: Sequence[str] = ()) -> tuple[frozenset[str], frozenset[str]]:
    """The people a report names by the surnames `names`, each with the word before the surname wherever the text
    writes both with a capital, and the first is neither a stopword nor a rank ("minh nguyen", "tony nguyen"; not of
    "Lt. Nguyen", "said Nguyen"). Read from bench/data/same_kind24 (eight cities): "Darius Williams", killed in one
    city, and "Anthony Williams, 33", killed months on in another, were one event (with dates 0.939 -> 0.949). And,
    of those, the ones its own lead sentences (`own`, drawn from `texts`) and its title write (Who.called): each text
    is read once for both."""
    found = {text: _given_in(text, names) for text in (*texts, title or "")}
    given = frozenset[str]().union(*found.values())
    if not given or not own:
        return given, frozenset()
    return given, frozenset[str]().union(*(found.get(text, frozenset()) for text in (*own, title or "")))


def _given_in(text: str, names: frozenset[str]) -> frozenset[str]:
    """given_names' names of one text."""
    found = set()
    for given, name in _CAPITALS.findall(text):
        if given[0].isupper() and (surname := bare(name_key(name))) in names:
            key = name_key(given)
            if key not in EVENT_STOPWORDS and key not in HONORIFICS and key not in PARTICLES:
                found.add(f"{key} {surname}")
    return frozenset(found)


@dataclass(frozen=True)
class Leads:
    """What a grouping reads each article's people from: a round-up of several happenings as the one it leads
    with (roundups.lead_happening), so it cannot be the bridge that merges them; the names each gives with an
    age there; and every such name of the corpus (and of `names`: a kept grouping's, for articles joining it)."""

    texts: list[tuple[list[str], str | None]]
    """Each article's sentences and headline as read (roundups.lead_happening)."""
    aged: list[frozenset[str]]
    names: frozenset[str]

    @classmethod
    def of(cls, articles: Sequence[Article], names: frozenset[str] = frozenset()) -> Leads:
        """The Leads of `articles`."""
        texts = [lead_happening(a.texts, a.title) for a in articles]
        aged = [aged_names(sentences, a.title) for (sentences, _), a in zip(texts, articles, strict=True)]
        return cls(texts, aged, names.union(*aged))


def _named(lead: str, own: frozenset[str], capitals: frozenset[str]) -> frozenset[str]:
    """The NAMED facts of a report's own people (`own`, surnames) in its `lead` (see names_text): each surname with the
    word before it wherever the lead has one that is no stopword ("jazmyne tuiasosopo"; not "of tuiasosopo") and
    that the lead writes with a capital somewhere (`capitals`; not "Jury convicts Holcomb": a given name "convicts"
    made the trial's Holcomb another than the first reports' Gary Holcomb, victims.surnames_apart). A surname's
    particles stand between (_PARTICLE: "Ciarán Ó Briain" is "ciaran briain", as given_names reads him, not "o
    briain")."""
    return frozenset(f"{NAMED}{given} {name}" for name in own
                     for found in re.finditer(rf"([^\W\d_][\w'’-]*)\s+(?:{_PARTICLE}\s+){{0,2}}{re.escape(name)}\b",
                                              lead)
                     if (given := found.group(1)) not in EVENT_STOPWORDS and given in capitals
                     and given not in PARTICLES)


def _capitals(texts: Sequence[str]) -> frozenset[str]:
    """The words `texts` write with a capital, as names are kept (name_key)."""
    return frozenset(name_key(word) for text in texts for word in WORD.findall(text) if word[0].isupper())


@dataclass(frozen=True)
class People:
    """For each article of a corpus: the surnames it names with an age (its own, named in its lead:
    OWN_LEAD_SENTENCES), and the surnames of that kind (named so by any article of the corpus) that its
    text mentions at all."""

    aged: list[frozenset[str]]
    mentioned: list[frozenset[str]]
    ages: list[frozenset[int]]
    """The ages each gives people, named or not (see of_other_ages)."""
    numbers: list[frozenset[int]]
    """The numbers each holds, its title's too."""
    costs: list[frozenset[str]]
    """What each headline says of the dead and hurt (casualties.casualty_facts)."""
    givens: list[frozenset[str]]
    """The given names each writes before the surnames it mentions (Who.given)."""
    calls: list[frozenset[str]]
    """Whom each calls in full in its title and lead (Who.called)."""

    @classmethod
    def of(cls, articles: Sequence[Article]) -> People:
        """Read from the articles' texts as a grouping reads them (see Leads; a grouping reads them with their
        terms: articlefacts.corpus_facts, which also finds the mentions of a kept grouping's names in articles
        joining it)."""
        leads = Leads.of(articles)
        return cls.of_whos([who_of(texts, headline, own, leads.names)
                            for (texts, headline), own in zip(leads.texts, leads.aged, strict=True)])

    @classmethod
    def of_whos(cls, whos: Sequence[Who]) -> People:
        """The People of articles whose Who are known (see who_of)."""
        return cls([w.aged for w in whos], [w.mentioned for w in whos], [w.ages for w in whos],
                   [w.numbers for w in whos], [w.cost for w in whos], [w.given for w in whos], [w.called for w in whos])

    def who(self, k: int) -> Who:
        """What article k says of its people."""
        return Who(self.aged[k], self.mentioned[k], self.ages[k], self.numbers[k], self.costs[k], self.givens[k],
                   self.calls[k])

    def take(self, rows: Sequence[int]) -> People:
        """The People of the articles `rows`, in that order."""
        return People([self.aged[k] for k in rows], [self.mentioned[k] for k in rows],
                      [self.ages[k] for k in rows], [self.numbers[k] for k in rows], [self.costs[k] for k in rows],
                      [self.givens[k] for k in rows], [self.calls[k] for k in rows])

    def undated(self, days: np.ndarray) -> People:
        """These People with the headlines' facts of a happening's cost kept only for reports without a
        trusted date (`days` -1): where both reports are dated, their dates say more ("Man critically
        burned" and, six days on, "Man burned in Millrace Street fire has died" are one fire). What does not
        change as news of a happening comes in (whom it was done to, their age, the day) is kept for all
        (casualties.lasting)."""
        costs = [cost if day < 0 else lasting(cost) for cost, day in zip(self.costs, days.tolist(), strict=True)]
        return People(self.aged, self.mentioned, self.ages, self.numbers, costs, self.givens, self.calls)

    def strangers(self, a: int, b: int) -> bool:
        """Whether articles a and b are about different people (Who.apart)."""
        return self.who(a).apart(self.who(b))

    def damping(self, i: np.ndarray, j: np.ndarray, dates: np.ndarray) -> np.ndarray:
        """For each pair of articles (i, j), its damping for dates apart (`dates`, see timegap), undone
        where they are acquainted, and Who.damping more where they are apart."""
        aged, mentioned = self.aged, self.mentioned
        out = np.asarray(dates, dtype=np.float64).copy()
        named = np.array([bool(a) for a in aged], dtype=bool)
        given = np.array([bool(a or c) for a, c in zip(self.ages, self.costs, strict=True)], dtype=bool)
        for k in np.flatnonzero(named[i] | named[j] | (given[i] & given[j])).tolist():
            a, b = int(i[k]), int(j[k])
            if acquainted(aged[a], mentioned[a], aged[b], mentioned[b], facts_a=self.costs[a], facts_b=self.costs[b]):
                out[k] = 1.0
            else:
                out[k] *= self.who(a).untied(self.who(b))
        return out
