"""The words that mark a name as a publication's ("Pittsburgh Post-Gazette", "Süddeutsche Zeitung",
"Norrlands Kvällsblad"), in English and the languages whose mastheads turn up beside it (meta.is_masthead)."""

from __future__ import annotations

from tui.engine.textnorm import unaccented

# Words that mark a name as a publication's (the masthead "Pittsburgh Post-Gazette").
_WRITTEN_OUTLET_WORDS = frozenset(
    """news times post gazette journal herald tribune press daily weekly reuters guardian telegraph
    chronicle observer independent standard mail express star sun globe mirror review wire agency
    today courier examiner inquirer register bulletin dispatch monitor record insider magazine radio
    television tv network broadcasting report reporter sentinel enquirer ledger leader mercury
    advertiser citizen gazette-journal politico axios bloomberg cnn bbc nbc cbs abc fox npr pbs afp
    ap upi xinhua tass interfax ria sputnik aljazeera jazeera dw france24 euronews kyodo yonhap
    nikkei hindu tribune dawn nation echo islander messenger clarion beacon argus gleaner courant telegram
    spectator advocate vindicator intelligencer picayune statesman tidings recorder pioneer banner bugle crier
    transcript informer reader newswire watchdog monthly packet champion patriot nationalist media""".split()
) | (_WRITTEN_FOREIGN_OUTLET_WORDS := frozenset(
    # The same words in other languages' mastheads ("Süddeutsche Zeitung", "Gazeta Krakowska",
    # "Corriere della Sera", "Večernje novosti", "Волинський вісник", and transliterated: "Nadzbruchanskyi Visnyk",
    # "Awaji Kaikyō Shimbun", "Sobaek Ilbo", "Imeretis Moambe", "O Mensageiro de Vilacortiça", "Sunnbøur Tíðindi",
    # "Pohjanrannan Viikko", "O Eco de Xiluvanhe", "El Vigía de Quelentaro", "Vestea Cîmpiei", "Newyddion Cwm Hebog",
    # "La Gaceta de ...", "La Voix de ...", "Il Banditore di ...", "Rybničský zpravodaj", "Te Pānui o ...",
    # "Wieści ...", Irish and Gaelic "Glór ...", "Fios ...", Czech and Slovak "Hlas ...");
    # and in their own scripts: "مرآة اللؤلؤ", "روزنامه ...", "מבשר העמק", "הד הגבעות", "Ехо Зарубља", "Придунайська
    # хвиля", "Ο Φάρος της Λίμνης", "घाटी दर्पण", "მთის ექო";
    # none is also a common given name or surname.
    """zeitung tageszeitung tageblatt tagblatt rundschau nachrichten kurier anzeiger presse gazeta
    gazzetta gazet gazete gazetesi dziennik tygodnik wiadomości novosti vesti vijesti novine noviny
    dnevnik diario diário diari heraldo noticias periódico jornal correio folha corriere giornale quotidien
    quotidiano dagblad abendblatt morgenpost abendzeitung
    dagbladet nieuws krant courant tidning tidningen posten sanomat hírlap napló hírmondó újság ziarul
    nouvelliste courrier agencja agenzia agencia agence bote teataja večernik balita balitang crónica głos
    вісник вестник газета новини новости известия ведомости visnyk vestnik vesnik vjesnik shimbun ilbo sinmun
    moambe voz avis tíðindi tidend viikko mensageiro mensajero messaggero eco arauto vigía vestea newyddion
    gaceta noticiero semanario boletín atalaya centinela pregonero voix vigie dépêche progrès voce sentinella
    banditore gazzettino veu pregó portaveu vocea ecoul monitorul zpravodaj papur llais nuacht leħen ħabbar warta
    berita utusan harian pos pānui minpō shinpō nippō habari sauti nuus koerant pressebyrå pressbyrå nyhetsbyrå hlas
    nyhedsbureau wieści fios glór naidheachd naidheachdan glasnik hlasatel scéalaí scéala
    صحيفة جريدة مرآة صدى روزنامه هفته‌نامه עיתון מבשר הד ηχώ φάρος ταχυδρόμος гласник кур'єр курьер ехо эхо хвиля
    समाचार दर्पण
    বার্তা ექო լուրեր ዜና بوابة""".split()
))
OUTLET_WORDS = frozenset(unaccented(word) for word in _WRITTEN_OUTLET_WORDS)
"""Words that mark a publication's name, without accents as word_parts gives a name's words ("hírlap": hirlap)."""
FOREIGN_OUTLET_WORDS = frozenset(unaccented(word) for word in _WRITTEN_FOREIGN_OUTLET_WORDS)
"""The words of other languages among OUTLET_WORDS: such a masthead may write them in lower case, its name in
sentence case ("Волинський вісник", "Dziennik bałtycki"), where an English line in lower case is no name."""
OUTLET_ENDINGS = ("zeitung", "kurier", "blatt", "anzeiger", "nachrichten", "bote", "dagblad", "sanomat", "lehti",
                  "blad", "bladet", "blað", "blaðið", "posten", "posturinn", "avisen", "avisa", "aftenavis", "tidende",
                  "bode", "ugeavis", "ugeblad", "tíðindi")
"""Endings of German, Dutch, Scandinavian and Finnish compounds that name a paper ("Tageskurier", "Wochenblatt",
"Stadt-Bote", "Kvällsblad", "Fréttablað", "Aftenposten", "Vendsyssel Aftenavis", "Viikkosanomat", "Aamulehti", Dutch
"De Kwelderbode", Icelandic "-pósturinn" and "-tíðindi", Danish "Kløvholm Ugeavis"). Not
"avis" as an ending: Davis and Travis are names (the word alone is one of FOREIGN_OUTLET_WORDS: "Østerlyng Avis")."""


CASELESS_OUTLET_ENDINGS = ("报", "報", "新聞", "新闻", "网", "網", "신문", "일보", "タイムス", "タイムズ")
"""Endings of a Chinese, Japanese or Korean masthead written as one word ("海埔時報", "みなと川新聞", "汀澜网",
"버들신문", "새솔일보")."""


CASELESS_OUTLET_OPENINGS = ("ข่าว", "หนังสือพิมพ์")
"""Openings of a Thai masthead written as one word, as Thai runs its words together ("ข่าวชุมชนปากคลอง": news, then
whose): read only of a line of one word, since a headline's phrases stand apart by spaces."""


OUTLET_OPENERS = frozenset({"Báo", "Tạp"})
"""Vietnamese's "newspaper" and "magazine" (Tạp chí) opening a masthead ("Báo Cố Đô Huế"), as written: without its
accents "Bao" is a surname."""


def is_outlet_word(part: str) -> bool:
    """Whether a word (lower case, no accents: word_parts) marks a publication's name."""
    return part in OUTLET_WORDS or part.endswith(OUTLET_ENDINGS)


# Words of a section's label ("World News", "Latest News"), which has the shape of a masthead's name.
NEWSLETTER_WORDS = r"(?:digest|newsletter|briefing|round-?up)"
"""Words of an e-mailed newsletter's name ("KBVL 5 News Daily Digest", "Weekly Briefing"): the publisher that sends it
is named before it or beside it."""
SECTION_WORDS = frozenset(
    """the of and & + world local national international breaking latest top live business home regional economy
    environment energy climate
    global uk us politics health science technology tech sport sports weather opinion culture police fire crime
    courts traffic transit schools education community investigations arts food drink music events obituaries
    real estate public safety entertainment notices releases announcements board""".split()
)
_SECTION_ONLY = SECTION_WORDS - {"the", "of", "and", "&", "+"}


def is_section_label(text: str) -> bool:
    """A section's label above a headline ("NEWS & POLITICS", "Police & Fire", "World News"): its words all a
    section's or a publication's, one at least a section's alone ("Daily News" is a masthead)."""
    words = [unaccented(w.lower()) for w in text.split()]
    return bool(words) and all(w in SECTION_WORDS or w in OUTLET_WORDS for w in words) and any(
        w in _SECTION_ONLY for w in words)
