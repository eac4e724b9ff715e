"""Bylines: "By Marta Ilić", "Written by X and Y", "Author: X", "Par X", "di Marco Rossi", and the
job, place, agency, date or picture credit a byline runs on into, which end its names.

Kept apart from meta.py's name recognisers, which these call: a byline is read by its opening
word and its names are those that pass `is_person_name`; None when no names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tui.engine.dates import MONTH_WORDS, WEEKDAY_WORDS
from tui.engine.meta import (
    MAX_STATED_NAMES,
    ROLES,
    is_masthead,
    is_name_token,
    is_person_name,
    join_people,
    name_case,
    names_nobody,
)

BY_WORDS = (r"(?:written|posted|reported|reporting|report|story|words|text|contributed|submitted|filed|interview"
            r"|interviews|(?:a\s+)?guest\s+post)")
"""Words that may open a byline before "by" ("Story by X", "Report by X", "Contributed by X", "Filed by X", "Interview
by X": a Q&A's interviewer writes it; a newsletter's "A guest post by X"; Drupal's "Submitted by X on <date>")."""
_AGO = r"\d{1,2}\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago"
"""A relative stamp between "Posted" and "by" ("Posted 3 days ago by X")."""
_BYLINE = re.compile(
    rf"^[\s\-–—•·|]*(?:(?:{BY_WORDS}(?:\s+{_AGO})?\s+)?(?:[^\W\d_]{{1,12}}\s*/\s*)?by\s*:?\s+|(?:par|von|por|door|av|af|írta|piše|nā|minn|eftir|kirjoittanut"
    r"|(?:servizio|articolo|testo(?:\s+e\s+foto)?)\s+di|reportagem\s+de|(?:escrito|redactado)\s+por|escrit\s+per"
    r"|(?:écrit|rédigé)\s+par|geschrieben\s+von|scritto\s+da|geschreven\s+door|texto\s+de|texte\s+de|text\s+von"
    r"|بقلم|מאת|γράφει(?:\s+(?:ο|η))?|โดย|记者|記者|লিখেছেন|كتب\s*[–—-])"
    r"\s*:?\s+|(?:text|texto|testo|tekst|texte|teksti|story)\s+(?:og|och|i|and|et|e|y|und|ja|&)\s+(?:foto|fotos|photos?|bilder?|kuvat|"
    r"zdjęcia|fotografie|fotografías)\s*:\s*"
    r"|(?:authors?(?:\s+of\s+the\s+(?:article|story))?|byline|words(?:\s+and\s+(?:pictures|photos?))?|text|texto|testo"
    r"|tekst|story|reporter|reporting"
    r"|written\s+by|auteur|autor|autorka|szerző|kirjoittaja"
    r"|autore|avtor|avtorica|avtorja|avtorji|yazan|haber|teksti|texti|testua|höfundur|höfundar|автор|текст|пише|аутор"
    r"|記者|记者|作者|撰文|采写|採寫|文|كتب|الكاتب|نویسنده|گزارش|ავტორი"
    r"|लेखक|रिपोर्ट|প্রতিবেদন|প্রতিবেদক|লেখক|Հեղինակ|ዘጋቢ)\s*[:：՝፦]\s*)(?P<names>.+?)\s*$", re.I)
"""A byline: "By X", "By: X", "Posted 3 days ago by X", "Written by X", "Reporting by X", "Story by X", "Author: X",
"Words: X", "Words and pictures: X", "By" after its word in another language ("Di / By X"); and
"Par X" (French), "Von X" (German), "Por X" (Spanish, Portuguese), "Door X" (Dutch), "Av X" (Swedish, Norwegian),
"Af X" (Danish), "Írta: X" (Hungarian), "Piše: X" (Croatian, Serbian, Bosnian), "Written by X" in Italian,
Portuguese, Spanish, Catalan, French, German and Dutch ("Servizio di X", "Testo e foto di X", "Reportagem de X",
"Escrito por X", "Escrit per X", "Écrit par X", "Geschrieben von X", "Geschreven door X"), "Auteur: X", "Autor: X",
"Autorka: X", "Avtor: X", "Yazan: X", "Автор: X", "撰文：X" (Chinese), "লিখেছেন X" and "প্রতিবেদন: X" (Bengali),
"Հեղինակ՝ X" (Armenian, its own colon), "ዘጋቢ፦ X" (Amharic); "Texto: X", "Testo: X", "Tekst: X" (a writer's
credit in Portuguese and Spanish, Italian, and Polish, Dutch, Croatian or Norwegian), and with the pictures ("Tekst
og foto: X", "Tekst i zdjęcia: X"); "Nā X" (Māori), "Minn X" (Maltese), "Eftir X" (Icelandic). (Not Italian "Di",
which opens surnames: "Di Maio"; "Per", "Oleh" and "Gan" are names too: _NAME_LEAD.)"""
_DI_BYLINE = re.compile(r"^[\s\-–—•·|]*d[ie]\s+(?P<names>[^\W\d_].*?)\s*$")
"""An Italian byline, "di Marco Rossi": "di" in lower case only (the pattern is case-sensitive), as a
surname's "Di" ("Di Maio") is capitalised; a name follows (_opening)."""
PICTURE_WORDS = r"photos?|photographs?|photography|pictures?|images?|video|graphics?|illustrations?|drawings?"
"""The words that label a credit for pictures ("Photos: Ana Núñez", "Video by ..."): a byline ends
before them ("By Marta Ilić / Photos: Ana Núñez"), and a meta line's part that opens with one names
nobody it reads (metaline)."""


def _without_full_stop(part: str) -> str:
    """"Çağlar Öztürk." without the sentence's full stop; "Dmitri Ivanov Jr." keeps its own."""
    words = part.split()
    if part.endswith(".") and words and not is_name_token(words[-1]):
        return part[:-1]
    return part


_CLASS_YEAR = re.compile(r"\s+['’‘]\d{2}\b")
"""A student's class year after a name, as campus papers print it ("By Mateo Ríos-Halvorsen '21, Staff Writer")."""


def without_class_year(text: str) -> str:
    """`text` without the class years after its names (_CLASS_YEAR): "Ngaio Te Wharepapa-Lund '25" is a name."""
    return _CLASS_YEAR.sub("", text)


_COLON_LOST = re.compile(r"^(?P<label>autor|autorka|autore|auteur|avtor|teksti|tekst|texto|testo|texte|haber|yazan"
                         r"|szerző|kirjoittaja)\s+(?=[^\W\d_])", re.I)
"""A byline's label whose colon a page's extractor dropped ("Autor Bożena Grzymalska-Wierzbinek" for "Autor: ...")."""


def colonless_byline(text: str) -> str | None:
    """The people of a byline whose label lost its colon (_COLON_LOST), as the page's author tag gives it; None else."""
    found = _COLON_LOST.match(text.strip())
    return byline(f"{found['label']}: {text.strip()[found.end():]}") if found is not None else None


_KOREAN_BYLINE = re.compile(r"^\s*(?P<name>[\uac00-\ud7a3]{2,4})\s*기자\s*$")
"""A Korean byline: the name, then "reporter" ("변서연 기자")."""


_SLOVENE_AUTHORS = re.compile(r"^\s*avtor(?:ja|ji|ici)\s*:", re.I)
"""Slovene's label for two or more writers, whose names its "in" ("and") joins, where elsewhere "in" sets a place."""


def byline(text: str) -> str | None:
    """The people in a "By X", "- By X and Y" or "By JANE DOE | Reuters" line; None when no names."""
    if (korean := _KOREAN_BYLINE.match(text)) is not None:
        return korean["name"]
    if _SLOVENE_AUTHORS.match(text):
        text = text.replace(" in ", " and ")  # "Avtorja: Špela Kranjčevič in Matevž Podgorelec": Slovene "and"
    match = _opening(without_class_year(text))
    if not match:
        return None
    # "By Jane Roe Updated 10:32", "Reporting by Jane Roe; Editing by John Doe", "by Jane Roe on
    # Tuesday", "Story: Jane Roe / Photos: John Doe", "By Jane Roe @janeroe", "By: Jane Roe - Reporter":
    # the names end there.
    names = re.split(rf"\s(?:last\s+)?(?:updated|published|posted|translated)\b|\s+at\s+(?=\d)"  # "at 18:42"
                     rf"|\s[\w.+-]+@[\w-]+\.|\d|;|\s@\w"  # an e-mail address, a handle
                     rf"|\son\s+(?=\d|{WEEKDAY_WORDS}|{MONTH_WORDS})"
                     rf"|\s(?=(?:{MONTH_WORDS})\.?\s+\d)"  # "By Jane Roe April 23, 2024": the date, no "on"
                     rf"|\s(?=(?:{WEEKDAY_WORDS}),?\s+(?:(?:{MONTH_WORDS})\.?\s+)?\d)"  # "By Jane Roe Tuesday, May 4"
                     rf"|\s[/|]\s*(?:{PICTURE_WORDS})\b|\s[-–—]\s+(?:{_JOB_AFTER_DASH})\b",
                     match.group("names"), maxsplit=1, flags=re.I)[0]
    # "By Jane Roe, Reuters": the part after the comma may be the agency; "By Jane Roe in London":
    # the part after "in" is a place.
    # ("AND" in a byline in capitals; not "In" or "For" in any case: "Kim In-ho" is one name.)
    # ("et", "und": French and German bylines; not "y" or "e", which join the parts of one name: "Ortega y Gasset")
    # ("·" but Catalan's "l·l": "Marcel·la")
    names = _IN_PLACE.sub("", names)  # "Reporting by Meseret Gebre-Hiwot in Debre Tsehay": a place of a name's shape
    names = _PLACE_IN_BRACKETS.sub("", _OUR_CORRESPONDENT.sub("", names))
    if (pair := _JOBBED_PAIR.match(names)) is not None and _a_job(pair["job"]) and (
            pair["job2"] is None or _a_job(pair["job2"])):
        parts = [pair["first"], pair["second"]]  # "By Name, community and local schools reporter, and Name, ..."
    else:
        parts = re.split(r"\s*(?:,|\b(?:and|AND|et|und|och|og|és|ja|ve|agus|eta|oraz)\b|&|\||(?<!l)·|·(?!l)|•"
                         r"|(?<!\b[sda])/(?![olp]\b)|\bfor\b|\bin\b|\(|\))\s*", names)
        # ("(Reuters)" too; not "s/o", "d/o", "a/l": son of, daughter of. "och", "og", "és", "ja", "ve", "agus", "eta",
        # "oraz": "and" in Swedish, Danish and Norwegian, Hungarian, Finnish, Turkish, Irish, Basque and Polish)
    if len(parts) >= 2 and _ROMANCE_AND.search(parts[-1]):
        # "Por Florencia Bustinduy, Gonzalo Ibarrolaza y Ximena Echeverrigaray": after a list's commas, "y" ends it
        halves = _ROMANCE_AND.split(parts[-1])
        if len(halves) == 2 and all(len(half.split()) >= 2 for half in halves) and len(_people(halves)) == 2:
            parts = parts[:-1] + halves
    if (job := next((k for k, part in enumerate(parts) if k and holds_office(part)), None)) is not None:
        parts = parts[:job]  # "By Name, Press Officer, Carnbrook Lifeboat Station": the job and its body are hers
    if len(parts) == 2 and "," in names and not _JOINED.search(names) and (turned := _reversed(*parts)) is not None:
        parts = [turned]  # "By Ó Cuileannáin, Seán", "Written by Cabañuela-Urquídez, Ana": the surname first
    if len(parts) == 2 and "," in names and not _JOINED.search(names):
        parts = parts[:1]  # "By Aditi Kulkarni-Deshpande, Pimpalgaon Taklewadi": after one name, a comma sets a place
    if len(parts) == 1 and len(halves := _ARABIC_AND.split(names)) == 2 and all(len(h.split()) >= 2 for h in halves):
        parts = halves  # "خالد صوايا ولينا مروة": "and" written onto the second name
    people = _people(parts)
    if not people and len(parts) == 1 and _ROMANCE_AND.search(names):
        halves = _ROMANCE_AND.split(names)  # "Por Inés Ábalos Cerdeira y Tomás Ñíguez Carrascoso": two people
        if all(len(half.split()) >= 2 for half in halves):
            people = _people(halves)
            people = people if len(people) == len(halves) else []
    return join_people(people)  # ("Posted by: Corporate Communications" names an office, no person)


_OFFICES = frozenset("officer secretary chair chairman chairwoman chairperson president treasurer spokesperson "
                     "spokesman spokeswoman coordinator co-ordinator manager director convenor clerk".split())
"""The last words of an office a press release's writer holds ("Press Officer", "secretary", "Public Information
Officer"), with ROLES: after a name in a byline, the office and the body it serves are no second writer."""


_JOBBED_PAIR = re.compile(r"^(?P<first>[^,]+),\s+(?P<job>[^,]+?),?\s+and\s+(?P<second>[^,]+?)(?:,\s+(?P<job2>[^,]+))?$")
"""Two writers each with a job after a comma ("Name, community and local schools reporter, and Name, business
reporter"), where the first job may hold an "and" of its own."""
PAIR_JOB_WORDS = 6
"""Words in the longest job a byline sets after each of two writers ("community and local schools reporter")."""


def _a_job(part: str) -> bool:
    """Whether a byline's part after a writer's name is a job ("business reporter"): it ends with a role's word."""
    words = part.strip().lower().split()
    return bool(words) and len(words) <= PAIR_JOB_WORDS and (words[-1] in _OFFICES or words[-1] in ROLES)


def holds_office(part: str) -> bool:
    """Whether a byline's part after a comma names a job or an office ("Press Officer", "secretary")."""
    words = part.strip().lower().split()
    return bool(words) and len(words) <= OFFICE_WORDS and (words[-1] in _OFFICES or words[-1] in ROLES)


OFFICE_WORDS = 4
"""Words in the longest job or office read after a name in a byline ("Public Information Officer")."""

_GAELIC_SURNAME = re.compile(r"^(?:Ó|Ní|Nic|Mac|Mhic|Uí|Ua|Ó')\s+[^\W\d_][\w'’-]+$")
"""An Irish or Scottish Gaelic surname with its particle, which no given name opens ("Ó Cuileannáin", "Ní Bhriain")."""
_SURNAME_ALONE = re.compile(r"^[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*$")
"""A surname of one word, perhaps hyphenated ("Cabañuela-Urquídez")."""
_GIVEN = re.compile(r"^[^\W\d_][\w'’-]*(?:\s+[^\W\d_]\.)?$")
"""A given name, perhaps with an initial after it ("Ana", "Ana M.")."""


def _reversed(first: str, second: str) -> str | None:
    """The name of a byline that writes its surname first and the given name after a comma ("Ó Cuileannáin, Seán",
    "Cabañuela-Urquídez, Ana"), in its ordinary order; None where the comma may set a place or an agency after a name
    ("Jane Roe, Halden", "Marta Ilić, Reuters"): the part before it must be a surname alone, or a Gaelic one with its
    particle."""
    first, second = first.strip(), second.strip()
    if not (_GAELIC_SURNAME.match(first) or _SURNAME_ALONE.match(first)) or not _GIVEN.match(second):
        return None
    if not (first[:1].isupper() and second[:1].isupper()) or is_masthead(first) or is_masthead(second):
        return None
    turned = f"{second} {first}"
    return turned if _people([turned]) == [turned] else None


_ROMANCE_AND = re.compile(r"\s+(?:y|e|i|en|a)\s+")
"""Spanish, Portuguese, Italian and Catalan "and" between two people of a byline, and Dutch "en", Czech and Slovak
"a", Polish and Croatian "i", read only where the whole is no name: it joins the parts of one name too ("Ortega y
Gasset", "Ona Vil·lalta i Coromines")."""


_ARABIC_AND = re.compile(r"\s\u0648(?=[\u0600-\u06ff])")
"""Arabic's "and" (و), written onto the word after it, between two people of a byline of two words each."""


def _people(parts: Iterable[str]) -> list[str]:
    """The parts of a byline's names that are people's names, each cleaned of its job, full stop and publication."""
    return [name for p in parts  # ("Jane Roe - 03/04/25": the dash before the date goes with it)
            if is_person_name(name := name_case(_capitals_first(_without_full_stop(_without_job(_without_staff_tail(
                p.strip(" -–—")))))),
                              stated=True, most=MAX_STATED_NAMES) and not names_nobody(name)]


_IN_PLACE = re.compile(r"\s+(?:in|at)(?:\s+[^\W\d_][\w'’.-]*){1,4}?(?=\s*(?:$|,|;|&|\||\b(?:and|AND)\b|\(|\)))")
"""A byline's "in" or "at" and the place after it, up to the next name or the end ("By Jane Roe in London and John
Doe in Paris", "By Jane Roe at Quayside Park"): the place may have a name's shape."""
_PLACE_IN_BRACKETS = re.compile(r"\s*\((?:[^\W\d_][\w'’.-]*\s*){1,4},\s*(?:[^\W\d_][\w'’.-]*\s*){1,3}\)\s*$")
"""A place and its region in brackets after a byline's name ("By Name (Bayou Cordelle, Texas)")."""
_OUR_CORRESPONDENT = re.compile(r"^our\s+(?:[\w'’-]+\s+){0,4}(?:correspondent|reporter|writer)\s*,\s*", re.I)
"""A correspondent's post before the name ("by our tea country correspondent, Name")."""
_JOINED = re.compile(r"\b(?:and|AND|et|und)\b|&|\||·|•|/")
"""What joins a byline's people; a byline of two names parted by a comma alone gives one name and a place."""


_JOB_WORDS = ROLES | {"meteorologist", "anchor", "journalist", "photojournalist", "multimedia", "digital", "weather",
                      "sports", "news", "director"}
"""Words of a job a byline may set before the name ("By Chief Meteorologist Dale Ostrowski-Finch")."""
_JOB_AFTER_DASH = "|".join(sorted(_JOB_WORDS))
"""The job a byline may set after its name and a spaced dash ("By: Jane Roe - Reporter / @janeroe")."""


HONORIFICS = frozenset("dr prof professor rev revd reverend canon cllr councillor sheikh mr mrs ms mx capt captain sgt "
                       "sergeant lt lieutenant det detective cpl corporal ofc officer deputy col colonel maj cmdr "
                       "commander insp inspector supt superintendent".split())
"""Titles and ranks a byline may set before the name ("By Dr. Adétọ́kunbọ̀ Ọ̀ṣọ́bamírọ̀-Brackwell", "By the Rev. Canon
Eluned ap Iddon-Prothero", "By Cllr Máire Uí Chonbhuí-Daintree", "By Capt. Renaldo T. Obermanns-Sikes", a fire
marshal's column): the person's, not part of the name, as a job before it is not."""


_EAST_ASIAN_JOBS = re.compile(r"^(?:本[报報](?:讯|訊)?\s*)?(?:记者|記者|通讯员|通訊員)\s*|\s*기자$")
"""A reporter's job around a name in Chinese, Japanese or Korean ("记者 邓思远", "本报记者 林晓岚", "이서준 기자")."""


def _without_job(part: str) -> str:
    """`part` without the job words and titles before its name (and "the" before a title), two words of name left at
    least; a Chinese, Japanese or Korean reporter's job around the name too (_EAST_ASIAN_JOBS)."""
    if (bare := _EAST_ASIAN_JOBS.sub("", part).strip()) != part.strip() and bare:
        return bare
    words = part.split()
    k = 1 if len(words) > 1 and words[0].lower() == "the" and words[1].lower().rstrip(".") in HONORIFICS else 0
    while k < len(words) - 2 and (words[k].lower() in _JOB_WORDS or words[k].lower().rstrip(".") in HONORIFICS):
        k += 1
    return " ".join(words[k:]) if k else part


STAFF_TAIL_WORDS = 4
"""Words of a publication's name in the longest "<Outlet> staff" run on after a byline's last name."""


def _without_staff_tail(part: str) -> str:
    """A name with its publication's "staff" run on after it ("Joaquín Aguirrezábal-Mosswick Courier staff", as a page
    prints a byline's two lines together) as the name; any other part as it is."""
    words = part.split()
    if len(words) < 4 or words[-1].lower() != "staff":
        return part
    for cut in range(len(words) - 2, max(len(words) - 2 - STAFF_TAIL_WORDS, 1), -1):
        if is_masthead(" ".join(words[cut:-1])) and is_person_name(" ".join(words[:cut]), stated=True):
            return " ".join(words[:cut])
    return part


def _capitals_first(part: str) -> str:
    """A name in capitals run on into its publication ("MARTA ILIĆ Associated Press", as wire copy
    joins a byline's two lines) as the name; any other part as it is."""
    words = part.split()
    caps = next((k for k, word in enumerate(words) if not word.isupper()), len(words))
    return " ".join(words[:caps]) if 2 <= caps < len(words) and is_masthead(" ".join(words[caps:])) else part


_BY_ALONE = re.compile(rf"^[\s\-–—•·|]*(?:{BY_WORDS}\s+)?by\s*:?\s*$", re.I)


def is_bare_by(text: str) -> bool:
    """A byline's "By" on a line of its own, the name on the next ("By" / "Ana Núñez"), as a page
    that sets the name as a link of its own copies out."""
    return _BY_ALONE.match(text) is not None


def opens_byline(text: str) -> bool:
    """Whether `text` opens as a byline does ("By ...", "Written by ...", "Author: ..."), names or not."""
    return _opening(text) is not None


_NAME_LEAD = re.compile(r"^[\s\-–—•·|]*(?:per|oleh|gan)\s+(?P<names>[^\W\d_]\S*(?:\s+\S+)+?)\s*$", re.I)
"""A byline opened by a word that is a given name too: "Per" (Catalan), "Oleh" (Malay, Indonesian), "Gan" (Welsh);
read so only where two words of name at least follow ("Per Ona Vil·lalta i Coromines", "Oleh Siti Nur'aini
Pardosi"), not "Per Olsen" or "Oleh Petrenko", a person's whole name."""


_FROM_PLACE = re.compile(r"^[\s\-–—•·|]*From\s+(?P<names>[^\W\d_][^,]*?\s+[^,]+?),\s*[^\W\d_][^,]{0,40}$")
"""A correspondent's credit from where the story was filed, as Nigerian and other papers print it ("From Ṣadé
Àjàgbé-Fọlárìn, Ìgbórí-Odò"): "From" capitalised, two words of name at least, and the place after a comma."""


_LETTER_FROM = re.compile(r"^[\s\-–—•·|]*(?:an?\s+)?letter\s*:?\s+from\s+(?P<names>[^,]+?)\s*(?:,.*)?$", re.I)
"""A letters page's credit ("Letter: from Bronagh Ní Bhaoighill-Stellman, Quay Road, Harbourmouth"): the letter's
writer is its author, the address after the comma no part of the name."""
_TOLD_TO = re.compile(r"(?:^|,\s+|\s)as\s+told\s+to\s+(?P<names>[^,]+?)\s*$", re.I)
"""A first-person piece's credit ("Name, 78, bell-ringer, as told to Siobhán Ní Mhórdha-Keighley"): the reporter who
wrote the speaker's words down is its writer."""
TOLD_TO_WORDS = 16
"""Words in the longest credit line read for "as told to"; a longer line is a sentence of the story."""


def _opening(text: str) -> re.Match[str] | None:
    """The byline's opening and its names, in any of the forms of _BYLINE, _DI_BYLINE (and "de", Romanian, alike),
    _NAME_LEAD, _FROM_PLACE, _LETTER_FROM, _IRISH_LE, _TOLD_TO and _CAPITALS_CREDIT."""
    if (found := _BYLINE.match(text)) is not None:
        return found
    found = _DI_BYLINE.match(text)
    if found is not None and found.group("names")[:1].isupper():
        return found
    found = (_NAME_LEAD.match(text) or _FROM_PLACE.match(text) or _LETTER_FROM.match(text) or _IRISH_LE.match(text) or (
        _TOLD_TO.search(text) if len(text.split()) <= TOLD_TO_WORDS else None))
    if found is not None and is_person_name(found.group("names"), stated=True):
        return found
    found = _CAPITALS_CREDIT.match(text)
    first = _CREDIT_END.split(found.group("names"))[0] if found is not None else ""
    return found if found is not None and is_person_name(first, stated=True) else None


_IRISH_LE = re.compile(r"^[\s\-–—•·|]*Le\s+(?P<names>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?"
                       r"\s+(?:Ní|Nic|Mac|Mhic|Ó|Uí|Ua)\s+[^\W\d_][\w'’-]*)\s*$")
"""An Irish byline, "Le Caoilfhionn Ní Ghabhlacháin-Ruadhán" ("le": by), read where the name has an Irish surname's
particle: "Le" opens French mastheads too ("Le Courrier de la Baie des Chaleurs")."""
_CAPITALS_CREDIT = re.compile(r"^[\s\-–—•·|]*(?:WORDS|TEXT|STORY)\s+(?P<names>[^\W\d_].*?)\s*$")
"""A magazine's credit in capitals without a colon ("WORDS Sadhbh Ní Bhraoin-Gilsenan | PICTURES Tomás Ó Lúbaigh"),
read where a person's name follows: in another case these are words of a sentence."""
_CREDIT_END = re.compile(r"\s+[|/]\s+|\s{2,}")


_GUEST = re.compile(
    r"\bguest\s+(?:post|column|essay|letter|blog)\s+(?:is\s+)?by\s+(?P<name>[^\W\d_][^,.;:!?()|·]*)", re.I)
"""A guest's credit on a blog or a newsletter ("Guest post by Mirela Dumitrescu-Hale", "Today's letter is a guest post
by Felipe Ñancupil, who ..."): the guest wrote it, not the host who posted it."""


def guest_author(units: Iterable[str]) -> str | None:
    """The guest a post's credit names among `units` (its header and first paragraphs); None where none does."""
    for unit in units:
        if (found := _GUEST.search(unit)) and is_person_name(name := found["name"].strip(" *_"), stated=True):
            return name
    return None


_KICKER_BYLINE = re.compile(
    r"^\s*(?:opinion|comment|column|analysis|guest\s+essay|essay|view)\s*[|:·•—–]\s*(?P<name>.+?)\s*$", re.I)
"""An opinion page's kicker that names its writer ("Opinion | Folasade Adéwùmí-Kerr")."""


_REVIEWED = re.compile(r"^[\s*_]*reviewed\s+by\s+(?P<name>[^,]+?)(?:,\s*(?P<job>[^,]+?))?[\s*_.]*$", re.I)
"""A reviewer's credit on a line of its own, with a job after a comma ("Reviewed by Name, Senior Editor")."""
_CHECKERS = frozenset("editor editors medical clinical fact-checker expert doctor physician md".split())
"""Jobs of a reviewer who checked a piece another wrote ("Reviewed by Name, Senior Editor", under "By the Testbench
Team"), where a review's "Reviewed by Name" alone names its writer."""


def reviewer(text: str) -> str | None:
    """The writer of a review that credits its reviewer on a line of its own ("Reviewed by Pania Marangatū-Kerslake");
    None for any other line, or for a reviewer whose job says they checked it (_CHECKERS)."""
    found = _REVIEWED.match(text)
    if found is None or (found["job"] and set(found["job"].lower().replace(",", " ").split()) & _CHECKERS):
        return None
    return found["name"] if is_person_name(found["name"], stated=True) else None


def kicker_byline(text: str) -> str | None:
    """The writer an opinion kicker names; None for any other line (a section's label alone, a headline)."""
    found = _KICKER_BYLINE.match(text)
    return found["name"] if found is not None and is_person_name(found["name"], stated=True) and not (
        KICKER_WORDS.intersection(found["name"].lower().split())) else None


KICKER_WORDS = frozenset("guest column columns opinion editorial letters letter commentary view views analysis "
                          "essay".split())
"""Words of a kicker's second part that name its kind, not its writer ("Opinion | Guest Column")."""


AUTHOR_LABEL_WORDS = r"authors?(?:\s+of\s+the\s+(?:article|story))?|written\s+by"
"""A writer's label alone on its line, the name on the next ("Author", "Author of the article:", "Written by");
read here and over a page's headline (tui.engine.extract)."""
_AUTHOR_LABEL = re.compile(rf"^\s*(?:{AUTHOR_LABEL_WORDS}|about\s+the\s+authors?)\s*:?\s*$", re.I)
"""A label over the writer's name, as explainer sites set it ("Author" / "Małgorzata Szymańska-Oduya" / "Professor of
Coastal Geomorphology, University of Tregarrow"), and Canadian papers ("Author of the article:" / "Name")."""


def labelled_author(units: list[str], i: int) -> str | None:
    """The person named under an author's label (_AUTHOR_LABEL) at `units[i]`; None where there is none."""
    if not _AUTHOR_LABEL.match(units[i]) or i + 1 >= len(units):
        return None
    name = units[i + 1].strip()
    return name if is_person_name(name, stated=True, most=MAX_STATED_NAMES) else None
