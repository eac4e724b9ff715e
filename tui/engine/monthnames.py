"""Month names of the languages whose dates turn up in English-language news furniture ("8 mars
2024", "27. Februar 2025", "8 de marzo de 2024", "4 marca 2025", "4 Mart 2025"): French, German,
Spanish, Italian, Portuguese, Dutch, Scandinavian and Finnish, and Polish, Czech, Serbian, Russian,
Ukrainian, Greek and Turkish, whose names
come with the bylines the issue names (Łukasz, Marković, Çelik). Polish, Czech and Serbian write a
date's month in the genitive ("4 marca", "4. března", "4. marta"), and those are the forms here, with Serbian's
Cyrillic nominative, which its dates write too ("14. фебруар 2019."), and Bulgarian's ("14 февруари 2019 г.").
Croatian is left out: its "listopada" is October, Polish's November.

Read only in a full date (day, month and year together; see dates.py), never alone: a month's
name cannot be misread once a day and a year stand beside it, but alone some are words of
English ("Mars") or names ("Mai").
"""

from __future__ import annotations


def _numbered(*tables: list[tuple[str, ...]], first: int = 0) -> dict[str, int]:
    """Each name of `tables` by the place of its group in its table, counted from `first` (a month's number, a
    weekday's): each table adds the names of more languages, in the same order."""
    return {name: k for table in tables for k, names in enumerate(table, first) for name in names}


FOREIGN_MONTHS = _numbered(
    [
        ("janvier", "januar", "jänner", "enero", "gennaio", "janeiro", "januari",
         "stycznia", "ledna", "januara", "ocak"),
        ("février", "fevrier", "februar", "febrero", "febbraio", "fevereiro", "februari",
         "lutego", "února", "unora", "februara", "şubat", "subat"),
        ("mars", "märz", "maerz", "marzo", "março", "marco", "maart",
         "marca", "března", "brezna", "marta", "mart"),
        ("avril", "abril", "aprile", "kwietnia", "dubna", "aprila", "nisan"),
        ("mai", "mayo", "maggio", "maio", "mei", "maja", "května", "kvetna", "mayıs", "mayis"),
        ("juin", "juni", "junio", "giugno", "junho", "czerwca", "června", "cervna", "juna", "haziran"),
        ("juillet", "juli", "julio", "luglio", "julho", "lipca", "července", "cervence", "jula", "temmuz"),
        ("août", "aout", "agosto", "augustus", "sierpnia", "srpna", "avgusta", "avgust", "ağustos", "agustos"),
        ("septembre", "septiembre", "setiembre", "settembre", "setembro",
         "września", "wrzesnia", "září", "zari", "septembra", "eylül", "eylul"),
        ("octobre", "oktober", "octubre", "ottobre", "outubro",
         "października", "pazdziernika", "října", "rijna", "oktobra", "ekim"),
        ("novembre", "noviembre", "novembro", "listopada", "listopadu", "novembra", "kasım", "kasim"),
        ("décembre", "decembre", "dezember", "diciembre", "dicembre", "dezembro",
         "grudnia", "prosince", "decembra", "aralık", "aralik"),
    ],
    [
        ("tammikuuta", "января", "січня", "јануара", "јануар", "януари", "ιανουαρίου", "január", "ianuarie"),
        ("helmikuuta", "февраля", "лютого", "фебруара", "фебруар", "февруари", "φεβρουαρίου", "február", "februarie"),
        ("marts", "maaliskuuta", "марта", "березня", "март", "μαρτίου", "március", "martie"),
        ("huhtikuuta", "апреля", "квітня", "априла", "април", "απριλίου", "április", "aprilie"),
        ("maj", "toukokuuta", "мая", "травня", "маја", "мај", "май", "μαΐου", "μαιου", "május"),
        ("kesäkuuta", "июня", "червня", "јуна", "јун", "юни", "ιουνίου", "június", "iunie"),
        ("heinäkuuta", "июля", "липня", "јула", "јул", "юли", "ιουλίου", "július", "iulie"),
        ("augusti", "elokuuta", "августа", "серпня", "август", "αυγούστου", "augusztus"),
        ("syyskuuta", "сентября", "вересня", "септембра", "септембар", "септември", "σεπτεμβρίου", "szeptember",
         "septembrie"),
        ("lokakuuta", "октября", "жовтня", "октобра", "октобар", "октомври", "οκτωβρίου", "október",
         "octombrie"),
        ("marraskuuta", "ноября", "листопада", "новембра", "новембар", "ноември", "νοεμβρίου", "november", "noiembrie"),
        ("desember", "joulukuuta", "декабря", "грудня", "децембра", "децембар", "декември", "δεκεμβρίου",
         "december", "decembrie"),
    ],
    [
        ("jaanuar", "janar", "janúar", "januarja", "gener", "ionawr", "xaneiro"),
        ("veebruar", "shkurt", "febrúar", "februarja", "pebrero", "febrer", "chwefror", "febreiro"),
        ("märts", "marso", "maret", "març", "mac", "mawrth"),
        ("aprill", "prill", "apríl", "ebrill"),
        ("maí", "maig"),
        ("juuni", "qershor", "júní", "junija", "hunyo", "juny", "mehefin", "xuño"),
        ("juuli", "korrik", "júlí", "julija", "hulyo", "juliol", "julai", "gorffennaf", "xullo"),
        ("gusht", "ágúst", "agustus", "agost", "ogos", "awst"),
        ("shtator", "setyembre", "setembre", "medi"),
        ("oktoober", "tetor", "oktubre", "hydref"),
        ("nëntor", "nentor", "nóvember", "nobyembre", "tachwedd"),
        ("detsember", "dhjetor", "disyembre", "desembre", "disember", "rhagfyr", "decembro"),
    ],
    [
        ("eanáir", "kohitātea", "siječnja", "sausio", "janvārī", "urtarrilaren"),
        ("feabhra", "huitanguru", "veljače", "vasario", "februārī", "otsailaren"),
        ("márta", "poutūterangi", "ožujka", "kovo", "martā", "martxoaren"),
        ("aibreán", "paengawhāwhā", "travnja", "balandžio", "aprīlī", "apirilaren"),
        ("bealtaine", "haratua", "svibnja", "gegužės", "maijā", "maiatzaren"),
        ("meitheamh", "pipiri", "lipnja", "birželio", "jūnijā", "ekainaren"),
        ("iúil", "hōngongoi", "srpnja", "liepos", "jūlijā", "uztailaren"),
        ("lúnasa", "hereturikōkā", "kolovoza", "rugpjūčio", "augustā", "abuztuaren"),
        ("meán fómhair", "mahuru", "rujna", "rugsėjo", "septembrī", "irailaren"),
        ("deireadh fómhair", "whiringa-ā-nuku", "spalio", "oktobrī", "urriaren"),
        ("samhain", "whiringa-ā-rangi", "studenoga", "studenog", "lapkričio", "novembrī", "azaroaren"),
        ("nollaig", "hakihea", "prosinca", "gruodžio", "decembrī", "abenduaren"),
    ],
    [
        ("يناير",),
        ("فبراير", "شباط"),
        ("مارس", "آذار"),
        ("أبريل", "ابريل", "نيسان"),
        ("مايو", "أيار", "ايار"),
        ("يونيو", "يونيه", "حزيران"),
        ("يوليو", "يوليه", "تموز"),
        ("أغسطس", "اغسطس", "آب"),
        ("سبتمبر", "أيلول", "ايلول"),
        ("أكتوبر", "اكتوبر"),
        ("نوفمبر",),
        ("ديسمبر",),
    ],
    first=1,
)
"""Each month's names, in lower case, with the spellings that drop an accent ("fevrier", "aout"); then the Scandinavian
names not among those ("marts", "maj", "augusti", "desember"), Hungarian ("2025. március 4."), Romanian ("6 noiembrie
2025"; its "mai" is above, "august" is English's), and Finnish, Russian, Ukrainian, Serbian (Cyrillic) and Greek in the
genitive a date writes ("4. maaliskuuta 2025", "4 марта 2025", "4 Μαρτίου 2025"). Ukrainian "листопада" is November, as
Polish "listopada" is; each script its own. Last, Estonian, Albanian, Icelandic, Slovenian (genitive), Tagalog,
Indonesian, Catalan and Malay names not among those ("14. oktoober 2025", "18 nëntor 2025", "3. júlí 2025", "22.
januarja 2025", "Agosto 21, 2025", "4 Maret 2025", "14 de desembre de 2015", "6 Mac 2017", Welsh "7 Ebrill 2017",
Galician "4 de xuño de 2020"); then
Irish, Māori, Croatian (genitive, but its "listopada", October, which is Polish's November), Lithuanian (genitive) and
Latvian (locative): "8 Márta 2019", "12 Hereturikōkā 2025", "17. studenoga 2017.", "2019 m. spalio 12 d.", "2021. gada
17. jūnijā"; Basque's genitive ("2020ko ekainaren 4a"); and Arabic, the names Egypt and the Gulf use and the
Levant's of one word ("14 مارس 2021", "14 آذار 2021")."""
_ARABIC_WEEKDAYS = [("الاثنين", "الإثنين"), ("الثلاثاء",), ("الأربعاء", "الاربعاء"), ("الخميس",), ("الجمعة",),
                    ("السبت",), ("الأحد", "الاحد")]
"""Arabic's weekdays, Monday first: in FOREIGN_WEEKDAYS and NATIVE_WEEKDAYS both, before either's months."""
FOREIGN_WEEKDAYS = _numbered(
    [
        ("lundi", "montag", "lunes", "lunedì", "lunedi", "segunda-feira", "maandag"),
        ("mardi", "dienstag", "martes", "martedì", "martedi", "terça-feira", "dinsdag"),
        ("mercredi", "mittwoch", "miércoles", "miercoles", "mercoledì", "mercoledi", "quarta-feira", "woensdag"),
        ("jeudi", "donnerstag", "jueves", "giovedì", "giovedi", "quinta-feira", "donderdag"),
        ("vendredi", "freitag", "viernes", "venerdì", "venerdi", "sexta-feira", "vrijdag"),
        ("samedi", "samstag", "sonnabend", "sábado", "sabado", "zaterdag"),
        ("dimanche", "sonntag", "domingo", "domenica", "zondag"),
    ],
    [
        ("poniedziałek", "poniedzialek", "pondělí", "pondeli", "ponedjeljak", "ponedeljak", "pazartesi",
         "mandag", "måndag", "maanantai", "понедельник", "понеділок", "понедељак", "δευτέρα", "δευτερα", "hétfő",
         "luni"),
        ("wtorek", "úterý", "utery", "utorak", "salı", "sali", "tirsdag", "tisdag", "tiistai", "вторник",
         "вівторок", "уторак", "τρίτη", "τριτη", "kedd", "marți", "marti"),
        ("środa", "sroda", "středa", "streda", "srijeda", "sreda", "çarşamba", "carsamba", "onsdag",
         "keskiviikko", "среда", "середа", "τετάρτη", "τεταρτη", "szerda", "miercuri"),
        ("czwartek", "čtvrtek", "ctvrtek", "četvrtak", "cetvrtak", "perşembe", "persembe", "torsdag", "torstai",
         "четверг", "четвер", "четвртак", "πέμπτη", "πεμπτη", "csütörtök", "joi"),
        ("piątek", "piatek", "pátek", "patek", "petak", "cuma", "fredag", "perjantai", "пятница", "п'ятниця",
         "пʼятниця", "петак", "παρασκευή", "παρασκευη", "péntek", "vineri"),
        ("sobota", "subota", "cumartesi", "lørdag", "lördag", "lauantai", "суббота", "субота", "σάββατο",
         "σαββατο", "szombat", "sâmbătă", "sambata"),
        ("niedziela", "neděle", "nedele", "nedjelja", "nedelja", "pazar", "søndag", "söndag", "sunnuntai",
         "воскресенье", "неділя", "недеља", "κυριακή", "κυριακη", "vasárnap", "duminică", "duminica"),
    ],
    [
        ("esmaspäev", "e hënë", "e hene", "mánudagur", "ponedeljek", "senin", "thứ hai"),
        ("teisipäev", "e martë", "e marte", "þriðjudagur", "torek", "selasa", "thứ ba"),
        ("kolmapäev", "e mërkurë", "e merkure", "miðvikudagur", "miyerkules", "rabu", "thứ tư"),
        ("neljapäev", "e enjte", "fimmtudagur", "četrtek", "cetrtek", "huwebes", "kamis", "thứ năm"),
        ("reede", "e premte", "föstudagur", "petek", "biyernes", "jumat", "thứ sáu"),
        ("laupäev", "e shtunë", "e shtune", "laugardagur", "sabtu", "thứ bảy"),
        ("pühapäev", "e diel", "sunnudagur", "linggo", "minggu", "chủ nhật"),
    ],
    [
        ("dé luain", "rāhina", "pirmadienis", "pirmdiena", "astelehena"),
        ("dé máirt", "rātū", "antradienis", "otrdiena", "asteartea"),
        ("dé céadaoin", "rāapa", "trečiadienis", "trešdiena", "asteazkena"),
        ("déardaoin", "rāpare", "ketvirtadienis", "ceturtdiena", "osteguna"),
        ("dé haoine", "rāmere", "penktadienis", "piektdiena", "ostirala"),
        ("dé sathairn", "rāhoroi", "šeštadienis", "sestdiena", "larunbata"),
        ("dé domhnaigh", "rātapu", "sekmadienis", "svētdiena", "igandea"),
    ],
    [
        ("dilluns", "isnin", "mo", "ma", "dydd llun"),
        ("dimarts", "di", "ti", "dydd mawrth"),
        ("dimecres", "mi", "wo", "ke", "dydd mercher"),
        ("dijous", "khamis", "do", "to", "dydd iau"),
        ("divendres", "jumaat", "fr", "vr", "pe", "dydd gwener"),
        ("dissabte", "sa", "za", "la", "dydd sadwrn"),
        ("diumenge", "ahad", "so", "zo", "su", "dydd sul"),
    ],
    _ARABIC_WEEKDAYS,
)
"""Each weekday's names in the same languages, Monday 0 as `datetime.date.weekday` counts: French, German, Spanish,
Italian, Portuguese and Dutch; then Polish, Czech, Croatian and Serbian (Latin), Turkish, Scandinavian, Finnish,
Russian, Ukrainian, Serbian (Cyrillic), Greek, Hungarian and Romanian, whose months are read too ("wtorek, 4 marca
2025", "utorak, 4. marta 2025.", "2025. március 4., kedd"); then Estonian, Albanian, Icelandic, Slovenian, Tagalog,
Indonesian and Vietnamese ("Teisipäev, 14. oktoober 2025", "e martë, 18 nëntor 2025", "Huwebes, Agosto 21, 2025", "Thứ
Hai, ngày 16 tháng 6 năm 2025"); then Irish, Māori, Lithuanian, Latvian and Basque ("Dé hAoine, 8 Márta 2019", "Rātū
12 Hereturikōkā 2025", "2019 m. spalio 12 d., šeštadienis", "2020ko ekainaren 4a, osteguna"); then Catalan, Malay
and Welsh ("Dydd Gwener"), and the two letters German, Dutch and Finnish abbreviate a weekday to ("Di., 10.09.2019",
"di 4-2-2020", "to 3.9.2020"), read only before a full date; and Arabic."""


NATIVE_MONTHS = _numbered(
    [
        ("كانون الثاني", "ژانویه", "ינואר", "בינואר", "जनवरी", "জানুয়ারি", "มกราคม", "ม.ค.", "იანვარი", "հունվարի",
         "ጃንዋሪ"),
        ("فوریه", "פברואר", "בפברואר", "फ़रवरी", "फरवरी", "ফেব্রুয়ারি", "กุมภาพันธ์", "ก.พ.", "თებერვალი", "փետրվարի",
         "ፌብሩዋሪ"),
        ("مارس", "מרץ", "במרץ", "मार्च", "মার্চ", "มีนาคม", "มี.ค.", "მარტი", "մարտի", "ማርች"),
        ("آوریل", "אפריל", "באפריל", "अप्रैल", "এপ্রিল", "เมษายน", "เม.ย.", "აპრილი", "ապրիլի", "ኤፕሪል"),
        ("ماي", "مه", "מאי", "במאי", "मई", "মে", "พฤษภาคม", "พ.ค.", "მაისი", "մայիսի", "ሜይ"),
        ("ژوئن", "יוני", "ביוני", "जून", "জুন", "มิถุนายน", "มิ.ย.", "ივნისი", "հունիսի", "ጁን"),
        ("يوليوز", "ژوئیه", "יולי", "ביולי", "जुलाई", "জুলাই", "กรกฎาคม", "ก.ค.", "ივლისი", "հուլիսի", "ጁላይ"),
        ("غشت", "اوت", "אוגוסט", "באוגוסט", "अगस्त", "আগস্ট", "สิงหาคม", "ส.ค.", "აგვისტო", "օգոստոսի", "ኦገስት"),
        ("شتنبر", "سپتامبر", "ספטמבר", "בספטמבר", "सितंबर", "सितम्बर", "সেপ্টেম্বর", "กันยายน", "ก.ย.", "სექტემბერი",
         "սեպտեմբերի", "ሴፕቴምበር"),
        ("تشرين الأول", "اکتبر", "אוקטובר", "באוקטובר", "अक्टूबर", "অক্টোবর", "ตุลาคม", "ต.ค.", "ოქტომბერი",
         "հոկտեմբերի", "ኦክቶበር"),
        ("تشرين الثاني", "نونبر", "نوامبر", "נובמבר", "בנובמבר", "नवंबर", "नवम्बर", "নভেম্বর", "พฤศจิกายน", "พ.ย.",
         "ნოემბერი", "նոյեմբերի", "ኖቬምበር"),
        ("كانون الأول", "دجنبر", "دسامبر", "דצמבר", "בדצמבר", "दिसंबर", "दिसम्बर", "ডিসেম্বর", "ธันวาคม", "ธ.ค.",
         "დეკემბერი", "դեկտեմբերի", "ዲሴምበር"),
    ],
    first=1,
)
"""Month names of scripts without capitals that FOREIGN_MONTHS leaves out, read only in a line that holds such a script
(dates.py): the Levant's of two words and the Maghreb's ("10 كانون الأول 2015", "6 غشت 2018"), Persian's Gregorian
months, Hebrew's with "in" before them as dates write them ("23 בספטמבר 2020"), Hindi, Bengali, Thai with its
abbreviations ("9 ก.ค. 2565", its year of the Buddhist era: dates.py), Georgian, Armenian in the genitive ("20 ապրիլի
2018") and Amharic's Gregorian months ("ማርች 29 ቀን 2024")."""
NATIVE_WEEKDAYS = _numbered(
    [
        ("دوشنبه", "יום שני", "सोमवार", "সোমবার", "วันจันทร์", "วันจันทร์ที่", "ორშაბათი", "երկուշաբթի", "ሰኞ"),
        ("سه‌شنبه", "سه شنبه", "יום שלישי", "मंगलवार", "মঙ্গলবার", "วันอังคาร", "วันอังคารที่", "სამშაბათი", "երեքշաբթի",
         "ማክሰኞ"),
        ("چهارشنبه", "יום רביעי", "बुधवार", "বুধবার", "วันพุธ", "วันพุธที่", "ოთხშაბათი", "չորեքշաբթի", "ረቡዕ"),
        ("پنجشنبه", "پنج‌شنبه", "יום חמישי", "गुरुवार", "বৃহস্পতিবার", "วันพฤหัสบดี", "วันพฤหัสบดีที่", "ხუთშაბათი",
         "հինգշաբթի", "ሐሙስ"),
        ("جمعه", "יום שישי", "शुक्रवार", "শুক্রবার", "วันศุกร์", "วันศุกร์ที่", "პარასკევი", "ուրբաթ", "ዓርብ", "አርብ"),
        ("شنبه", "יום שבת", "शनिवार", "শনিবার", "วันเสาร์", "วันเสาร์ที่", "შაბათი", "շաբաթ", "ቅዳሜ"),
        ("یکشنبه", "یک‌شنبه", "יום ראשון", "रविवार", "রবিবার", "วันอาทิตย์", "วันอาทิตย์ที่", "კვირა", "կիրակի", "እሑድ",
         "እሁድ"),
    ],
    _ARABIC_WEEKDAYS,
)
"""The weekdays of Persian, Hebrew, Hindi, Bengali, Thai (with "ที่" after it as a date line writes it), Georgian,
Armenian and Amharic, and Arabic's again, before a date with a month of NATIVE_MONTHS ("الخميس ١٠ كانون الأول ٢٠١٥")."""
