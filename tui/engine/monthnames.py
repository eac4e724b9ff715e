"""Month names of the languages whose dates turn up in English-language news furniture ("8 mars
2024", "27. Februar 2025", "8 de marzo de 2024"): French, German, Spanish, Italian, Portuguese
and Dutch.

Read only in a full date (day, month and year together; see dates.py), never alone: a month's
name cannot be misread once a day and a year stand beside it, but alone some are words of
English ("Mars") or names ("Mai").
"""

from __future__ import annotations

FOREIGN_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("janvier", "januar", "jänner", "enero", "gennaio", "janeiro", "januari"),
            ("février", "fevrier", "februar", "febrero", "febbraio", "fevereiro", "februari"),
            ("mars", "märz", "maerz", "marzo", "março", "marco", "maart"),
            ("avril", "abril", "aprile"),
            ("mai", "mayo", "maggio", "maio", "mei"),
            ("juin", "juni", "junio", "giugno", "junho"),
            ("juillet", "juli", "julio", "luglio", "julho"),
            ("août", "aout", "agosto", "augustus"),
            ("septembre", "septiembre", "setiembre", "settembre", "setembro"),
            ("octobre", "oktober", "octubre", "ottobre", "outubro"),
            ("novembre", "noviembre", "novembro"),
            ("décembre", "decembre", "dezember", "diciembre", "dicembre", "dezembro"),
        ],
        1,
    )
    for name in names
}
"""Each month's names, in lower case, with the spellings that drop an accent ("fevrier", "aout")."""
FOREIGN_WEEKDAYS = {
    name: i
    for i, names in enumerate(
        [
            ("lundi", "montag", "lunes", "lunedì", "lunedi", "segunda-feira", "maandag"),
            ("mardi", "dienstag", "martes", "martedì", "martedi", "terça-feira", "dinsdag"),
            ("mercredi", "mittwoch", "miércoles", "miercoles", "mercoledì", "mercoledi", "quarta-feira", "woensdag"),
            ("jeudi", "donnerstag", "jueves", "giovedì", "giovedi", "quinta-feira", "donderdag"),
            ("vendredi", "freitag", "viernes", "venerdì", "venerdi", "sexta-feira", "vrijdag"),
            ("samedi", "samstag", "sonnabend", "sábado", "sabado", "zaterdag"),
            ("dimanche", "sonntag", "domingo", "domenica", "zondag"),
        ]
    )
    for name in names
}
"""Each weekday's names in the same languages, Monday 0 as `datetime.date.weekday` counts."""
