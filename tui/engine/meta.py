r"""Recognisers for the metadata that page furniture carries: people's names, mastheads, bios,
copyright lines and the article's own URL (bylines: bylines.py; datelines and outlet prefixes: datelines.py; a line
of outlet, date and author under a title, "Halden Daily · 4 March 2025 · by Marta Ilić": metaline.py).

Each returns None when unsure. A wrong outlet or date misleads a reader more than
a blank one, so the patterns ask for the tell-tale shape, not a likely word. Names are
read in any alphabet: a letter is `[^\W\d_]` and a capital is what `str.isupper` says,
so "Ilić", "Ó Briain", "Łukasz", "O'Neill", "Jean-Pierre" and "Ana de la Cruz" are names.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from urllib.parse import urlsplit

from tui.engine.dates import MONTHS
from tui.engine.outletwords import (
    CASELESS_OUTLET_ENDINGS,
    CASELESS_OUTLET_OPENINGS,
    FOREIGN_OUTLET_WORDS,
    OUTLET_OPENERS,
    OUTLET_WORDS,
    SECTION_WORDS,
    is_outlet_word,
)
from tui.engine.textnorm import unaccented, uncased

# Capitalised words that start menus, sections and furniture, never a person's name.
ROLES = frozenset(  # job titles after a name in a byline ("By Marta Ilić, Senior Correspondent")
    """senior chief correspondent reporter editor writer staff contributor contributing columnist political
    foreign special deputy associate managing bureau desk investigative photographer producer analyst
    journalist""".split()
)
BEATS = frozenset(  # what a journalist covers, before the job ("Transport Correspondent", "Health Editor")
    """transport transportation crime courts legal justice health medical science technology tech environment
    environmental climate energy education business economics economy finance financial markets money consumer
    property housing sport sports football culture arts entertainment music film media travel food politics
    diplomatic defence defense security military religion royal social affairs home local city metro state
    national international world europe weather agriculture farming labor labour employment industry motoring
    aviation digital data""".split()
)
JOB_WORDS = BEATS | ROLES
"""The words of a journalist's job: its beat and its role ("Home affairs correspondent", "Education Reporter")."""
_NOT_NAMES = frozenset(
    """related topics topic share updated advertisement newsletter home world news politics business
    sports opinion video videos photos live breaking read more comments sign subscribe menu search
    latest top stories story section sections local national international us uk europe asia africa
    americas middle east tech science health culture entertainment travel lifestyle weather markets
    economy analysis features feature editorial editorials letters the a an of and or in on for to
    by with at from as is was are were said says new more most all about contact privacy terms
    cookies log login register account page back next previous continue print email follow tags""".split()
) | ROLES | frozenset(
    "police department service constabulary ministry agency council commission authority media".split())
"""Words no person's name holds: a menu's, a section's, a job's, and an institution's ("Brennick Police Service",
"Halvering Police Department": a police force over its news release)."""
_GIVEN_NAMES_TOO = frozenset({"an", "said"})
"""Words of _NOT_NAMES that are also names ("An Nguyen", "Nguyễn Văn An", "Ahmad bin Said"): names in a byline."""
_COMBINING_MARKS = "\u0300-\u036f"
"""Accents written as marks after their letter, where no letter has both ("ọ̀" in "Adébáyọ̀")."""
LETTER = rf"(?:[^\W\d_][{_COMBINING_MARKS}]*)"
"""A letter of any alphabet ("Ł", "ć", "Ó", "ọ̀"); whether it is a capital is asked of `str.isupper`."""
# Lower-case words inside names ("Ana de la Cruz", "Ludwig van Beethoven", "Ortega y Gasset"; the Gaelic "Hamish Mac
# an t-Saoir", "Iain Mac a’ Ghobhainn", the Welsh "Rhodri ap Dafydd", "Mererid ferch Heilyn", the Malay "Nur Aisyah
# binte Rahmat", the Filipino "dela Rosa", "delos Reyes", the Singaporean "s/o", "d/o": son of, daughter of; the Dutch
# "van 't Hoogeveld", "op de Beek", the Faroese "Rógvi á Heygabrekku", "Jóannes í Dali", the Maasai "Lemayian ole
# Kasaine", the Kikuyu "Wanjikũ wa Gĩthaiga").
_PARTICLES = frozenset("de del della dela delos der den di da das dos do du la le van von ten ter bin bint binti binte "
                       "ibn y i an a’ a' ap ab ferch verch s/o d/o a/l a/p 't ’t op te á í ole ene wa zu bat ben við"
                       .split())
_CATALAN_AND = "i"
"""Catalan's "and" between a name's two surnames ("Jordi Pujol i Soley"): a particle only before the last name, as
Polish "i" ("Marta Ilić i Jan Kowalski") joins two people."""
# Particles written lower case even when a byline is in capitals ("ANA DE LA CRUZ").
_LOWER_PARTICLES = frozenset("de del della dela delos der den da das dos du la van von y i bin bint binti binte ibn an "
                             "ap ab s/o d/o a/l a/p".split())
APOSTROPHE_SYLLABLE = 3
"""At most this many letters before an apostrophe, and at least this many in lower case after it, in a name's word
written with an ayn or a hamza ("Mo'tamedi", "Mas'ud"); "Don't" and "We'll" keep fewer after it."""
_NAME_PREFIXES = frozenset("al el ul ud ad ar as ash at az ibn bin d l da de di t h".split())
"""Lower-case prefixes joined to a capitalised name: "al-Sharif", "d'Alembert", the Urdu "ul-Ain", the Gaelic
"t-Saoir", "h-Àird"."""
_IRISH_MUTATION = re.compile(r"(?:h|n|t|bh|mb|gc|nd|ng|bp|dt)(?=[^\W\d_])(?P<rest>.+)")
"""An Irish surname after "Ó", "Ní" or "Mac an", its capital after a lower-case mutation ("Ó hEadhra", "Ní
hAodha", "Mac an tSaoir"): the rest must be a capitalised word (is_name_token)."""
_NAME_WORD = re.compile(rf"{LETTER}+(?:(?:[-'’]|(?<=l)·(?=l)){LETTER}+)*\.?")
"""A name's word, its parts joined by hyphens and apostrophes, and Catalan's "l·l" ("Marcel·la")."""
_PLACE_INITIALS = frozenset("U.S. U.K. U.N. E.U. D.C. N.Y. L.A. N.J. S.F. U.A.E.".split())
"""Initials run together that name a country, a city or a body ("U.S. Army"), not a person."""
_INITIAL = re.compile(rf"{LETTER}\.(?:-?{LETTER}\.){{0,2}}")  # "C.", initials run together: "J.R.", "T.-H."
_GENERATION = frozenset({"II", "III", "IV"})
"""A generation's numeral after a name ("Reginald FitzOsbern-Quillingham III"), as "Jr." is."""
MAX_ABBREVIATION = 3
"""A name token may end in a period only when this short ("C.", "Jr.", "St."): "Ozimek." is a word
at the end of a sentence."""
_BIO_NAME = rf"(?P<name>{LETTER}[\w.'’-]*(?:\s+{LETTER}[\w.'’-]*){{1,5}}?)"
_BIO_OUTLET = rf"(?P<outlet>{LETTER}[\w&.'’-]*(?:\s+(?:{LETTER}[\w&.'’-]*|&)){{0,5}})"
_BIO_JOB = (r"(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|producer"
            r"|analyst|photographer|critic|staff writer|bureau chief)\b")
_FOREIGN_BIO_JOB = (r"(?i:redakteur(?:in)?|reporter(?:in)?|korrespondent(?:in)?|journalist(?:in|e|a)?"
                    r"|rédact(?:eur|rice)"
                    r"|correspondant(?:e)?|periodista|redactor(?:a)?|corresponsal|giornalista|redattore|redattrice"
                    r"|corrispondente|verslaggever|redacteur|correspondent|jornalista|repórter)\b")
"""A journalist's job in the bios of other languages ("Redakteurin", "journaliste", "periodista", "giornalista",
"verslaggever")."""
_BIOS = (
    # "Tom Ozimek is a senior reporter for The Epoch Times.", "Rhodri ap Dafydd is chief reporter at ..."
    re.compile(rf"^{_BIO_NAME}\s+(?:is|was|has been)\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){{0,4}}?{_BIO_JOB}"
               rf"(?:\s+[\w-]+){{0,4}}?\s+(?:for|at|with|of)\s+{_BIO_OUTLET}"),
    # "Dóra Kovács is Danube Post's Budapest correspondent."
    re.compile(rf"^{_BIO_NAME}\s+(?:is|was|has been)\s+(?:the\s+)?{_BIO_OUTLET}['’]s\s+"
               rf"(?:[\w-]+\s+){{0,4}}?{_BIO_JOB}"),
    # "Dóra Kovács writes about culture for Danube Post.", "... reports on energy for ...", "... has covered the
    # islands for The Ardcharrach Record since 2009."
    re.compile(rf"^{_BIO_NAME}\s+(?:writes|reports|covers|has\s+(?:covered|reported|written|been\s+(?:covering|reporting"
               rf"|writing)))\s+(?:[\w-]+\s+){{0,5}}?(?:for|at)\s+{_BIO_OUTLET}"),
    # the same in German, French, Spanish, Italian, Dutch and Portuguese: "Walburga Öhlschläger-Rinck ist Redakteurin
    # bei der Wiesachtaler Rundschau.", "... est journaliste à L'Écho des Brandes.", "... es periodista de El Pregonero
    # de Valdeolmedo.", "... è giornalista de Il Banditore ...", "... is verslaggever bij De Kwelderbode."
    re.compile(rf"^{_BIO_NAME}\s+(?:ist|est|es|è|is|é)\s+(?:[\w-]+\s+){{0,2}}?{_FOREIGN_BIO_JOB}"
               rf"(?:\s+[\w-]+){{0,3}}?\s+(?:bei(?:\s+der|\s+dem|m)?|für(?:\s+die|\s+den|\s+das)?|à|au|pour(?:\s+le|\s+la)?"
               rf"|de(?:l|\s+la)?|del|della|di|per|bij|voor|do|da|en)\s+{_BIO_OUTLET}"),
)
_FREELANCE_BIO = re.compile(rf"^{_BIO_NAME}\s+is\s+an?\s+(?:(?:freelance|independent)\s+{_BIO_JOB}"
                            r"(?:\s+(?:based|living)\s+in\s+[^.]+)?\.?"
                            r"|(?:writer|journalist|reporter)\s+(?:based|living)\s+in\s+[^.]+\.(?:\s+\S.*)?)$")
_PAPERS_BIO = re.compile(rf"^{_BIO_NAME}\s+is\s+(?:(?:the|our)\s+(?:paper|newspaper|magazine|station|site)['’]s|our)"
                         rf"(?:\s+[a-z]+){{0,3}}?\s+{_BIO_JOB}\.?$")
"""A freelance's bio, which names no publication: "Nguyễn Thị Lan is a freelance journalist based in Cần Thơ.", "Ilse
Vanderghote-Akkaya is a writer based in East Flanders. She is working on a book ..." (only the story's last
paragraph or a bio the page marks: footnotes.read_foot); _PAPERS_BIO a staff bio that names the publication only as
"the paper" ("Caoilfhionn Ó Maoilriain-Dockrell is the paper's islands correspondent.": its masthead names it) or
"our" ("Zeynep Güleryüz-Aktaş is our education reporter.")."""
# Lower-case words inside an outlet's name ("Voice of America", "Le Monde des Sports", "Gazzetta della Valle
# Alta", "Jornal da Ribeira Alta").
OUTLET_JOINERS = frozenset(
    "of the and & for de du des la le del della delle dei degli di da do dos das van von der den het y e i ta' ta’ ng o"
    " na του της των".split())  # (Greek's "of the": "Η Ηχώ του Λιμανιού"; Gaelic's "na": "Fios Bhàgh na Creige")
MAX_PLACE_WORDS = 3
"""Words in a capitalised name that is neither outlet nor person (a place, a section, a beat)."""
MAX_OUTLET_WORDS = 5
"""Words in an outlet's name in a meta line ("The Coastal Herald", "Radio Free Europe Radio Liberty")."""
_URL_DATE = [
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>\d{1,2}|[a-z]{3,9})/(?P<d>\d{1,2})(?:/|$)", re.I),
    re.compile(r"/(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?:/|$|-)"),
]
_GENERIC_SUBDOMAINS = frozenset(
    {"www", "m", "mobile", "amp", "articles", "article", "news", "edition", "eu", "uk", "us"}
)


def capitalised(word: str) -> bool:
    return word[:1].isupper()


def is_name_token(token: str, last: bool = False) -> bool:
    """One word of a person's name: "Ilić", "O'Neill", "Jean-Pierre", "al-Sharif", "Ó", "C.", "Jr."."""
    if token in _PARTICLES or (last and token in _GENERATION):
        return True
    if _INITIAL.fullmatch(token):
        return capitalised(token) and token not in _PLACE_INITIALS
    if not _NAME_WORD.fullmatch(token):
        return False
    word = token.removesuffix(".")
    if word != token and len(word) > MAX_ABBREVIATION and word != "Prof":  # "Prof. Jürgen Müller", as "Dr."
        return False
    pieces = re.split(r"[-'’]", word)
    for i, piece in enumerate(pieces):
        if (mutated := _IRISH_MUTATION.fullmatch(piece)) and capitalised(rest := mutated["rest"]) and not (
                len(rest) > 1 and rest[1:].isupper()):
            continue
        if not capitalised(piece):
            if i + 1 < len(pieces) and piece.lower() in _NAME_PREFIXES:
                continue
            if i and i + 1 == len(pieces) and piece in _LOWER_PARTICLES | {"ter", "ten"}:
                continue  # "Anouk de Vries-ter Haar": a particle of the surname that follows
            if i and i + 1 == len(pieces) and len(piece) <= 2 and word[-len(piece) - 1] in "'’":
                continue  # Hausa's "Hauwa'u", "Ya'u": a vowel or two after the apostrophe
            if (i == 1 and len(pieces[0]) <= APOSTROPHE_SYLLABLE <= len(piece) and piece.isalpha()
                    and word[len(pieces[0])] in "'’"):
                continue  # an Arabic or Persian name's ayn or hamza: "Mo'tamedi", "Ja'far", "Mas'ud"
            if (last and i == 1 == len(pieces) - 1 and word[len(pieces[0])] == "-" and 2 <= len(piece) <= 5
                    and piece.isalpha()):
                continue  # a Korean or Chinese given name, last, its second syllable: "Ha-eun", "Wing-yan"
            return False
        if len(piece) > 1 and piece[1:].isupper():  # "NATO", "JR": capitals, not a name
            return False
    return True


_JOINS = re.compile("[-\u05be\u200c]")
"""What joins a name's parts in scripts without capitals: a hyphen, Hebrew's maqaf, Persian's zero-width non-joiner."""
_EAST_ASIAN_NAME = re.compile(r"[\uac00-\ud7a3\u4e00-\u9fff\u3040-\u30ff]{2,4}")
"""A name in Hangul, Chinese characters or kana, which write a whole name without spaces."""


MAX_NAMES = 4
"""Names (particles apart) in the longest run of capitalised words read as a person's anywhere ("Lolita C. Baldor
Smith"); more are a headline's or a menu's words."""
MAX_STATED_NAMES = 5
"""Names in the longest name a byline ("By ...") or a credit beside its publication ("Name (Outlet)") states: "Ni Luh
Putu Ayu Wirasari", a Balinese name; "José Luis Rodríguez Zapatero Martín". (Not in a meta line's parts: "Storm
Shuts Old River Bridge | 12 November 2024".)"""


def _spelt(word: str) -> bool:
    """Whether `word` is letters alone, with the vowel signs and other marks that Indic scripts write on them
    ("त्रिपाठी": str.isalpha refuses its marks)."""
    return word[:1].isalpha() and all(c.isalpha() or unicodedata.category(c).startswith("M") for c in word)


def is_person_name(text: str, *, stated: bool = False, most: int = MAX_NAMES) -> bool:
    """Two to four names (up to `most`), with particles between ("Tom Ozimek", "Lolita C. Baldor", "Marta Ilić",
    "Ana de la Cruz", "Seán Ó Briain"), none a menu or newspaper word. `stated`: a byline says
    these are people, so a function word that is also a given name ("An Nguyen") is a name."""
    tokens = text.replace(",", " ").split()
    if stated:  # a given name that ends in an apostrophe, as Luo names do ("By Achieng' Nyamwaya-Obunga")
        tokens = [t[:-1] if k < len(tokens) - 1 and len(t) > 3 and t[-1] in "'’" else t for k, t in enumerate(tokens)]
    names = [t for t in tokens if t not in _PARTICLES]
    if stated and len(tokens) == 1 and _EAST_ASIAN_NAME.fullmatch(text.strip()):
        return True  # "By 김민수", "By 王小明": a name written without spaces
    if stated and 2 <= len(tokens) <= 4 and all(_spelt(w := _JOINS.sub("", t)) and uncased(w) for t in tokens):
        return True  # "By محمد علي", "מאת יעל גרינשפן-אלמוג", "अनुराधा त्रिपाठी": a script without capitals; only
        # a byline says so
    if not 2 <= len(names) <= most or tokens[-1] in _PARTICLES:
        return False
    if _CATALAN_AND in tokens[:-2]:
        return False
    refused = _NOT_NAMES - _GIVEN_NAMES_TOO if stated else _NOT_NAMES
    if any(t.lower().strip(".") in refused for t in names if not _INITIAL.fullmatch(t)):
        return False
    if any(is_outlet_word(unaccented(t).lower()) for t in tokens if t not in _PARTICLES):  # "Le Petit Écho"
        return False
    # a given name's second syllable in lower case, last as East Asian names are written, or first in a byline's
    # Western order ("By Hyun-woo Baptiste-Kraus"; alone, "Anti-war Protest" would pass too)
    return all(is_name_token(t, last=k == len(tokens) - 1 or (stated and k == 0)) for k, t in enumerate(tokens))


def name_case(name: str) -> str:
    """"JANE DOE" as "Jane Doe", "SEÁN Ó BRIAIN" as "Seán Ó Briain", "ANA DE LA CRUZ" as "Ana de la
    Cruz"; a given name and a surname in capitals, as French and other European papers print them,
    as "Jean Dupont" ("Jean DUPONT", "Marta ILIĆ"); other names in mixed case stay as written."""
    tokens = name.split()
    if len(tokens) == 2 and not tokens[0].isupper() and tokens[1].isupper() and len(tokens[1]) > 1:
        return f"{tokens[0]} {name_case(tokens[1])}"
    if not name.isupper():
        return name
    words = []
    for i, token in enumerate(name.split()):
        if _INITIAL.fullmatch(token):
            words.append(token)
        elif i and token.lower() in _LOWER_PARTICLES:
            words.append(token.lower())
        else:
            words.append(re.sub(rf"{LETTER}+", lambda m: m.group().capitalize(), token))
    return " ".join(words)


def word_parts(text: str) -> list[str]:
    """The words of `text` in lower case without accents, split at hyphens and apostrophes
    ("Post-Gazette": post, gazette; "Le Petit Écho": le, petit, echo)."""
    return [p.lower() for t in unaccented(text).split() for p in re.split(r"[-’']", t) if p]


def names_a_job(text: str) -> bool:
    """A line that ends in a journalist's job ("Courts Reporter", "Senior Editor"): a beat, which
    has a masthead's shape when the job is "Reporter", and is no publication."""
    parts = word_parts(text)
    return bool(parts) and parts[-1] in ROLES


# Words of the account a page names where its author should be ("Admin", "Web Desk", "Newsroom").
_ACCOUNT_WORDS = frozenset("admin administrator webmaster newsroom team desk editors web digital online author staff "
                           "reports report".split())  # ("Staff Reports", "Staff Report": a desk's credit)


def names_nobody(text: str) -> bool:
    """A page's author field that names no person: a job or a desk ("Staff", "Staff Writer", "News
    Desk"), an account ("Admin", "Newsroom", or one word in lower case: Drupal's "Submitted by
    marta" gives the user's handle, not a name), menu words, an office or a company ("Statera Foods Ltd")."""
    words = text.split()
    if len(words) == 1 and words[0].islower():
        return True
    if len(words) > 1 and (words[-1].lower() in _OFFICE_WORDS or without_company(text) != text):
        return True  # "Harrowdene Communications Team", "Statera Foods Ltd": an office or a company, no person
    if len(words) > 1 and words[0].rstrip(":") in _OFFICE_OPENINGS:
        return True  # "إعداد قسم الأخبار المحلية": prepared by the local news desk
    return bool(words) and (names_a_job(text) or all(
        is_menu_word(w) or w.lower().strip(".,") in _ACCOUNT_WORDS for w in words))


_OFFICE_WORDS = frozenset("team office communications department newsroom desk district rescue authority council "
                          "commission agency service services marshal coroner sheriff mayor examiner".split())
"""The last word of an author field that names an office of an organisation or a public post ("Press Office",
"Communications Team", "Riverhaven Township Fire District", "Caldermoss Fire Rescue", "Fire Marshal", "County
Coroner"), no person."""


_OFFICE_OPENINGS = frozenset("قسم فريق أسرة مكتب هيئة إعداد تحریریه گروه מערכת צוות".split())
"""The first word of an author field in Arabic, Persian or Hebrew that names a desk or a team, or says it prepared the
piece ("إعداد"), before the desk's name: "قسم الأخبار المحلية" (the local news desk), "מערכת" (the editorial staff)."""


def person_case(name: str) -> str:
    """A name from a page's metadata in a name's case ("ZOLTÁN SZABÓ" as "Zoltán Szabó"); what
    is not a person's name in capitals ("AFP", "BBC NEWS") stays as written."""
    cased = name_case(name)
    return cased if is_person_name(cased, stated=True) else name


def is_menu_word(word: str) -> bool:
    """A word of menus, sections and furniture ("Share", "World", "Comments"), never a name."""
    return word.lower() in _NOT_NAMES


def is_name_word(word: str) -> bool:
    """A word of letters, perhaps joined by hyphens or apostrophes ("list", "Večernji", "O'Neill")."""
    return _NAME_WORD.fullmatch(word) is not None


def join_people(people: list[str]) -> str | None:
    """Authors as one string, as English lists them and bylines write them: "Jane Roe", "Jane Roe and John
    Doe", "Jane Roe, John Doe and Ana Núñez"."""
    people = [p for p in people if p]
    if not people:
        return None
    return " and ".join(people) if len(people) <= 2 else f"{', '.join(people[:-1])} and {people[-1]}"


MASTHEAD_WORDS = 5
"""Words of a publication's name, its joiners aside ("Le Courrier de la Baie des Chaleurs" has four)."""


def is_masthead(text: str) -> bool:
    """A publication's name: a short capitalised line with a newspaper word in it. Not a
    byline ("By The Associated Press", "By A Reporter"): the agency wrote it, whoever ran it."""
    tokens = text.split()
    named = [t for t in tokens if t.lower() not in OUTLET_JOINERS]
    if not 1 <= len(named) <= MASTHEAD_WORDS or text.endswith((".", "?", "!", ":")) or tokens[0].casefold() == "by":
        return False
    # "Marko Ilić|Évora Tribune", "Marko Ilić, Reuters": parts of a line, not one name; "Photo: Ana
    # Núñez/Évora Tribune": a credit
    if any(mark in text for mark in "|·•:/,"):
        return False
    parts = word_parts(text)
    if all(p in ROLES for p in parts):  # "Staff Reporter", "Chief Political Reporter": a job, not a paper
        return False
    if _CALL_SIGN.match(text):
        return True
    if uncased(text):  # a script without capitals: its words say it, or its ending
        return any(unaccented(t.lower()) in FOREIGN_OUTLET_WORDS or t.endswith(CASELESS_OUTLET_ENDINGS)
                   for t in tokens) or (len(tokens) == 1 and text.startswith(CASELESS_OUTLET_OPENINGS))
    # "Voice of America", "L'Écho du Nord", "Il-Gazzetta ta' Ħamrun"; in sentence case with a word of another
    # language's ("Волинський вісник")
    titled = capitalised(tokens[0]) and all(  # a channel's number too: "Channel 6 Lakeline News"
        capitalised(t) or t in OUTLET_JOINERS or unaccented(t.lower()) in FOREIGN_OUTLET_WORDS or (k and t.isdigit())
        for k, t in enumerate(tokens))
    return titled and (any(is_outlet_word(p) for p in parts) or tokens[0] in OUTLET_OPENERS)


# A broadcaster's call sign and channel, as local stations name themselves: "KXAN 4 Austin",
# "WCFX 5 Corbin Falls", "WHLN 25", "CKWF-TV 9", "WDXH News 4", "WPNX NewsCenter 5", "WQRT Channel 12", a radio
# station's frequency: "CJWT 680 News"; or a channel alone: "NewsCenter 5", "Canal 48 Noticias".
# The number keeps an agency's or a ministry's initials ("CDC", "WHO") from passing for one.
_CALL_SIGN = re.compile(
    r"^(?:[KWC][A-Z]{2,3}(?:-(?:TV|DT|FM|AM|CD|LD))?(?:\s+(?:News|TV|Radio|NewsCenter|NewsChannel|Channel))?"
    r"\s+\d{1,4}(?:\s+[A-Z][\w.’'-]*){0,3}|(?:NewsCenter|NewsChannel|Channel|Canal)\s+\d{1,3}(?:\s+(?:News|Noticias))?)$")


def is_named_masthead(text: str) -> bool:
    """A masthead with a name of its own ("Valley Post"), not a section's label ("World News")."""
    return is_masthead(text) and any(unaccented(w.lower()) not in OUTLET_WORDS | SECTION_WORDS for w in text.split())


_JOINER_SPLIT = re.compile(r"[-'’]")
JOINER_LETTERS = 4
"""Letters in the longest joiner in lower case that opens a word of a name ("tal-Irdum")."""


def _joined_capital(word: str) -> bool:
    """A word of a name that a joiner in lower case opens, the rest capitalised ("tal-Irdum", "al-Rashid", "d'Avila");
    not "well-known"."""
    parts = _JOINER_SPLIT.split(word, maxsplit=1)
    return len(parts) == 2 and parts[0].islower() and len(parts[0]) <= JOINER_LETTERS and capitalised(parts[1])


def leading_name(words: list[str]) -> str | None:
    """The capitalised words that open `words` ("The Halden Gazette" of "The Halden Gazette in
    Belgrade"), with joiners between them; None when `words` opens in lower case."""
    kept: list[str] = []
    for i, word in enumerate(words):
        if capitalised(word) or (i == 0 and word.lower() == "the") or (kept and word.lower() in OUTLET_JOINERS) or (
                kept and _joined_capital(word)):
            kept.append(word)
        else:
            break
    while kept and kept[-1].lower() in OUTLET_JOINERS:
        kept.pop()
    return " ".join(kept) or None


_BIO_LABEL = re.compile(r"(?:about\s+the\s+(?:author|writer|reporter)|the\s+author)\s*:[\s*_]*", re.I)
"""A bio's label before it ("**About the author:** Lǚ Yǎnqiū is a reporter for The Lúnxīpō Courier.")."""


def bio(text: str) -> tuple[str, str] | None:
    """(author, outlet) from an author bio: "Tom Ozimek is a senior reporter for The Epoch Times.",
    also set off by a dash or in italics ("— Marta Ilić is a reporter at Halden Daily."), or after its label
    ("About the author: ...")."""
    text = text.strip(" *_").lstrip("—–-").strip(" *_")
    if label := _BIO_LABEL.match(text):
        text = text[label.end():]
    match = next((m for pattern in _BIOS if (m := pattern.match(text))), None)
    if not match or not is_person_name(match.group("name")):
        return None
    outlet = leading_name(re.split(r"[.,;:]\s", match.group("outlet") + " ")[0].rstrip(".,;").split())
    if outlet is None:
        return None
    # "a reporter at the Halden Daily": the article in running text is no part of the name, as in a
    # byline's "for the Halden Daily" and a bio's "is the Halden Daily's correspondent" ("The Epoch
    # Times", capitalised, keeps it).
    return match.group("name"), re.sub(r"^the\s+(?=[A-Z])", "", outlet)


def freelance_bio(text: str) -> str | None:
    """The author of a freelance's bio (_FREELANCE_BIO), or of one that names the publication as "the paper"
    (_PAPERS_BIO), perhaps set off by a dash or in italics."""
    text = text.strip(" *_").lstrip("—–-").strip(" *_")
    match = _FREELANCE_BIO.match(text) or _PAPERS_BIO.match(text)
    return match.group("name") if match and is_person_name(match.group("name")) else None


def capitalised_name(text: str) -> str | None:
    """`text` when it is a capitalised name, joiners allowed ("Voice of America", "Reuters"), else None."""
    words = text.split()
    return text if words and capitalised(words[0]) and leading_name(words) == text else None


_COMPANY = re.compile(r",?\s+(?:Ltd|Limited|Inc|LLC|L\.L\.C|plc|PLC|GmbH|AG|S\.A|SA|Pty|Co)\.?$")


def without_company(name: str) -> str:
    """A publisher's name without its company's form ("Halden Daily Ltd", "Halden Daily, Inc."): the
    publication is "Halden Daily"."""
    return _COMPANY.sub("", name.strip()) or name.strip()


DOMAIN = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,12}", re.I)
"""A site's address standing for its name ("khou.com", "WTHR.com"), in a meta line or after a headline."""
ADDRESS_AFTER_NAME = re.compile(r"\s*\((?:(?:https?://|www\.)\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)+/?)\)$", re.I)
"""An address or a domain in brackets after a publication's name ("Source: The Cedarholm Dispatch (https://...)",
"Source: The Wapsitaw Valley Dispatch (wapsitawvalleydispatch.example)")."""


def same_site(name: str, domain: str) -> bool:
    """Whether a publication's `name` is the site at `domain`: its letters hold the domain's name ("The Red Sea
    Observer" and "redseaobserver.example", "The Ōhinerangi Herald" and "ohinerangiherald.example")."""
    letters = re.sub(r"[^a-z0-9]", "", unaccented(name).casefold())
    site = re.sub(r"[^a-z0-9]", "", domain.lower().removeprefix("www.").split(".")[0])
    return len(site) >= SITE_LETTERS and site in letters


SITE_LETTERS = 4
"""Letters a domain's name has at least for a publication's name to be matched to it ("bbc" is too few to tell)."""


def outlet_from_url(url: str) -> str | None:
    """The site's domain ("latimes.com") when nothing better names the outlet."""
    try:
        host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    except ValueError:
        return None
    labels = [label for label in host.split(".") if label]
    while len(labels) > 2 and labels[0] in _GENERIC_SUBDOMAINS:
        labels = labels[1:]
    return ".".join(labels) if len(labels) >= 2 else None


def url_date(url: str) -> str | None:
    """A date in the article's own address (/2013/may/03/ or /2013-05-03-)."""
    for pattern in _URL_DATE:
        match = pattern.search(url)
        if not match:
            continue
        month_text = match.group("m").lower()
        month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text)
        if month is None:
            continue
        try:
            return date(int(match.group("y")), month, int(match.group("d"))).isoformat()
        except ValueError:
            continue
    return None
