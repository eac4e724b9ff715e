"""Credits: the lines that say who wrote a report and for whom without a plain byline ("Marta
Ilić, Halden Daily", "Marta Ilić, Staff Writer", "Halden Daily staff", "Reporting by Marta Ilić;
Editing by Jane Roe", "By The Associated Press"). Split from tui.engine.meta, whose names and
mastheads they are made of.
"""

from __future__ import annotations

import re

from tui.engine.bylines import PICTURE_WORDS, byline
from tui.engine.meta import (
    BEATS,
    JOB_WORDS,
    MAX_PLACE_WORDS,
    MAX_STATED_NAMES,
    ROLES,
    is_masthead,
    is_named_masthead,
    is_person_name,
    join_people,
    leading_name,
    names_nobody,
    person_case,
)
from tui.engine.outletwords import SECTION_WORDS

_AGENCY_BYLINE = re.compile(r"[Bb]y\s+(?:[A-Z][\w.&'’-]*)(?:\s+[A-Z][\w.&'’-]*){0,3}$")


_LABELLED_CREDIT = re.compile(r"^[\s*_\-–—]*(?:reporting|reported|written|words|text|story|report|contributed|filed)\b",
                              re.I)


def foot_credit(text: str) -> str | None:
    """The people a credit at an article's foot names: "Reporting by Marta Ilić; Editing by Jane
    Roe", "Words: Marta Ilić". A bare "By Jane Roe" down there may open a teaser for another story."""
    text = text.strip()
    if text.startswith("(") and text.endswith(")"):  # "(Reporting by Marta Ilić; Editing by Jane Roe)"
        text = text[1:-1]
    return byline(text) if _LABELLED_CREDIT.match(text) else None


def is_agency_byline(text: str) -> bool:
    """A short "By ..." line that names no person ("By The Associated Press", "By A Reporter"): a
    byline all the same, never a title or a masthead, and the agency is not the outlet that ran it."""
    return _AGENCY_BYLINE.match(text) is not None and byline(text) is None


def bureau_outlet(text: str) -> str | None:
    """The publication of a line naming it and its bureau's town ("BBC News, Halden", as the BBC
    prints it under its reporter's name); None for any other line."""
    outlet, comma, place = (part.strip() for part in text.strip().partition(","))
    words = place.split()
    if not comma or not is_masthead(outlet) or not 1 <= len(words) <= MAX_PLACE_WORDS or all(
            w.lower() in _GENERIC_OUTLET_WORDS | SECTION_WORDS for w in outlet.split()):  # "World News, Halden"
        return None
    if leading_name(words) != place or is_masthead(place) or any(w.lower() in ROLES for w in words):
        return None  # "Halden Daily, Staff Writer": a job, no town
    return outlet


def agency_byline(text: str) -> str | None:
    """The publication a byline naming no person names ("By The Associated Press", "By Halden Daily"):
    it wrote the report, and is the outlet when nothing else names one (a dateline's wire is so);
    None for a job or a desk ("By A Reporter", "By News Desk") or any other line."""
    if not is_agency_byline(text):
        return None
    name = text.strip()[3:].strip()
    if not is_masthead(name) or names_nobody(name) or any(
            word.lower() in ROLES or word.lower() in _NOBODY_WORDS for word in name.split()):
        return None
    return name


_NOBODY_WORDS = frozenset({"a", "an", "our"})
"""Words of a byline that credits a job ("By A Reporter", "By Our Correspondent"), not a publication."""


_STAFF_CREDIT = re.compile(
    r"^[\s*_]*(?:(?:by|from)\s+)?(?-i:the\s+)?(?P<outlet>.+?)\s+(?:staff(?:\s+and\s+wire)?(?:\s+(?:reports?|writers?))?"
    r"|editorial\s+board|editors)[\s*_]*$", re.I)


def staff_credit(text: str) -> str | None:
    """The publication of a credit to its staff ("By Halden Daily staff", "The Harbour Tribune
    Staff", "Halden Daily staff and wire reports", "By the Halden Daily Editorial Board"): its own
    people wrote the report, under its name; None for any other line."""
    found = _STAFF_CREDIT.match(text)
    outlet = found.group("outlet").strip() if found else None
    return outlet if outlet and is_named_masthead(outlet) else None


_PICTURE_JOB = re.compile(r"\b(?:photographer|photo|photos|videographer|illustrator|graphics?|video)\b", re.I)


def names_picture_job(text: str) -> bool:
    """Whether a credit's job is a picture's ("Ana Núñez, Staff Photographer"): it credits no story."""
    return _PICTURE_JOB.search(text) is not None


def pictured_by(name: str, text: str) -> bool:
    """Whether `text` credits `name` with a picture ("Picture: Nomathemba Ziqubu-Hlela", "Photo by Name"): a page's
    tags that name the photographer of its picture as the author are wrong where a byline names another."""
    return re.search(rf"\b(?:{PICTURE_WORDS})\s*(?::|by)\s*{re.escape(name)}(?!\w)", text, re.I) is not None


_NOT_BEAT = frozenset("the a an our new former then their his her".split())
"""Words before a job in lower case that make it a phrase of a sentence, not a beat ("Marta Ilić, the new
correspondent")."""


def credit_line(text: str) -> tuple[str, str | None] | None:
    """(person, publication) of a credit line without "By": "Marta Ilić", or with a job title after a
    comma, bar, dot or spaced dash ("Marta Ilić, Staff Writer", "Ana Núñez | Senior Correspondent"), perhaps
    with the publication before the job ("Ahmed Al-Masri, Bilbao Morning Post correspondent"); None else."""
    parts = re.split(r"\s*[,|·]\s*|\s+[-–—]\s+", text.strip(), maxsplit=1)
    if len(parts) == 1 and (job := _job_after_name(text)) is not None:
        parts = [text.strip()[:-len(job)].strip(), job]  # "Ailbhe Ní Mhurchadha-Stone Home affairs correspondent"
    before, slash, after = text.partition("/")
    if len(parts) == 1 and slash and all(w.lower() in ROLES for w in after.split()):
        parts = [before.strip(), after.strip()]  # "Kerry-Ann Thwaites/Staff Reporter": a job alone
    name, role = parts[0], parts[1] if len(parts) > 1 else ""
    words = role.split()
    jobs = len(words)
    while jobs and words[jobs - 1].lower() in ROLES:
        jobs -= 1
    while jobs < len(words) and jobs and words[jobs - 1].lower() in BEATS:  # "Halden Daily Transport Correspondent"
        jobs -= 1
    before_job = " ".join(words[:jobs])
    if (role and jobs == len(words)) or not is_person_name(name):
        return None
    if not before_job or is_masthead(before_job):
        return name, before_job or None
    if before_job.islower() and not _NOT_BEAT.intersection(words[:jobs]):
        return name, None  # "harbours reporter", "islands correspondent": a beat in lower case (not "the new ...")
    # "Tokyo correspondent", "White House correspondent": a place or a beat, no publication
    place = jobs <= MAX_PLACE_WORDS and leading_name(words[:jobs]) == before_job
    return (name, None) if place else None


def _job_after_name(text: str) -> str | None:
    """A job in sentence case right after a name, no comma between ("Ana Núñez Home affairs correspondent", as a
    page's byline block prints them on one line): its beat words and its role (BEATS, ROLES), the first capitalised
    and the rest not; None where the line does not end so."""
    words = text.split()
    if not words or words[-1] not in ROLES:  # lower case: "Crime correspondent", not "Staff Writer"
        return None
    start = len(words) - 1
    while start > 0 and words[start - 1] in JOB_WORDS:
        start -= 1
    if start > 0 and words[start - 1][:1].isupper() and words[start - 1].lower() in JOB_WORDS:
        start -= 1  # the job's first word, capitalised: "Home", "Crime", "Senior"
    else:
        return None
    return " ".join(words[start:]) if start >= 2 else None


# Masthead words that name no publication alone ("Marta Ilić, News" says nothing of whose).
_GENERIC_OUTLET_WORDS = frozenset(
    """news times post press daily weekly wire agency today radio television tv network broadcasting
    report reporter review record bulletin magazine""".split()
)


_BRACKETED = re.compile(r"(?P<name>[^()]+?)\s*\((?P<role>[^()]+)\)")


def _unbracketed(text: str) -> str:
    """A credit's publication in brackets as after a comma: "Marta Ilić (Halden Daily)"."""
    found = _BRACKETED.fullmatch(text.strip())
    return f"{found['name']}, {found['role'].strip()}" if found else text.strip()


_BARE_CALL_SIGN = re.compile(r"^[KWC][A-Z]{3}(?:-(?:TV|DT|FM|AM))?$")
"""A station's four letters alone ("WKNH", "CJWT-FM"): a publication's name beside its reporter's ("Ngozi
Okonkwo-Hale | WKNH"), where initials of three ("WHO", "CDC") may be anyone's."""


def outlet_credit(text: str) -> tuple[str, str] | None:
    """(people, publication) of a credit without a job: "Marta Ilić, Halden Daily", "Marta Ilić and
    Ana Núñez | Halden Daily", "Marta Ilić (Halden Daily)", "Marta Ilić, for Halden Daily". A photograph's
    credit is written the same way: read it only where no picture can be (a plain text's header, a sign-off
    after a dash)."""
    parts = re.split(r"\s*[,|·]\s*", _unbracketed(text), maxsplit=1)
    if len(parts) == 2 and parts[1].startswith("for "):
        parts[1] = parts[1][len("for "):]  # "— Ruairidh MacLeòid, for The Minch Herald": written for it
    if len(parts) < 2 or not (is_named_masthead(parts[1]) or _BARE_CALL_SIGN.match(parts[1])):
        return None
    people = [person_case(p) for p in re.split(r"\s+(?:and|AND|&)\s+", parts[0])]  # "MARTA ILIĆ" too
    # ("Nguyễn Văn An", "Ni Luh Putu Ayu Wirasari" too)
    if len(people) > 2 or not all(is_person_name(p, stated=True, most=MAX_STATED_NAMES) for p in people):
        return None
    return join_people(people) or parts[0], parts[1]


def agency_credit(text: str) -> tuple[str, str] | None:
    """(person, agency) of "Marta Ilić, Reuters": a name, a comma, and one word of a masthead that
    names an agency or a network ("Reuters", "AFP", "Bloomberg"), not a generic word ("News")."""
    name, _, agency = text.strip().partition(",")  # "Marta Ilić (Reuters)" is a photo's credit
    agency = agency.strip()
    if " " in agency or not is_masthead(agency) or agency.lower() in _GENERIC_OUTLET_WORDS | SECTION_WORDS:
        return None
    name = person_case(name.strip())
    return (name, agency) if is_person_name(name) else None
