"""Metadata read from a thirty-second, independent set of articles (tests/fixtures/meta32/): articles
in scripts whose names and mastheads have no capitals or are written without spaces (Chinese,
Japanese, Korean, Arabic, Persian, Hebrew, Indic scripts, Thai, Georgian, Armenian, Amharic) and,
for contrast, Cyrillic and Greek; as text, Markdown and HTML.

Written by a helper who read neither the extractor nor its tests, and committed before Parallax was
run on it. The first run stood at 103 of 240 fields, 33 of them wrong, and a Thai article could not
be read at all (a sentence of Thai was one word, so no paragraph was story). Read now: Thai, Lao,
Burmese and Khmer runs counted as words; mastheads that end as Chinese, Japanese and Korean papers'
names end ("時報", "新聞", "网", "신문", "일보") or hold a newspaper's word of Arabic, Hebrew or Greek;
byline labels of these scripts ("作者：", "记者", "（記者 名前）", "كتب:", "Автор:", "Пише:", "이서준 기자"); a
Chinese page's line of source, author and time; Taiwanese and Korean opening credits; the logo's
name over a transliteration in og:site_name, and the byline a page shows over its tags' romanised
author; Chinese and Japanese weekdays after a date; newspaper words of Arabic, Persian, Hebrew,
Cyrillic, Devanagari, Bengali, Georgian, Armenian and Amharic. 158 of 240 at the end, 11 wrong; 163, 6
wrong, since session 35 gives a field the ideographic spaces its file wrote (a headline's "再開\u3000子ども",
which reading folds into a space); 165, 5 wrong, since session 36 takes a paper's issue number off its
name ("石燕社區報　第四十二期") and reads "撰文：" as a byline's label. The known gaps below are left for a
later round (Indic, Georgian, Armenian and Amharic bylines and dates, Arabic and Persian mastheads without a
newspaper's word, Persian and Hebrew dates, Thai Buddhist-era dates).
"""

from __future__ import annotations

from tests.conftest import FIXTURES
from tests.meta_cases import read_fields, set_tests
from tui.engine.bylines import byline
from tui.engine.dates import stated_date
from tui.engine.meta import is_masthead
from tui.engine.metaline import meta_line

META32 = FIXTURES / "meta32"
KNOWN_GAPS: dict[str, tuple[int, ...]] = {
    "i01.txt": (2, 3), "i02.txt": (2, 3), "i03.txt": (0, 1, 2, 3), "i04.txt": (0, 1, 2, 3), "i05.md": (1, 2, 3),
    "i06.md": (1, 2, 3), "i07.md": (1, 2, 3), "i08.md": (1, 2, 3), "i09.html": (2,), "i10.html": (2,),
    "n01.txt": (3,), "n02.md": (1, 2), "n04.md": (1, 3), "n05.html": (2,), "r01.txt": (3,),
    "r02.txt": (0, 1, 2, 3), "r03.txt": (3,), "r04.txt": (3,), "r05.txt": (1, 3), "r06.txt": (3,),
    "r07.md": (1, 2, 3), "r08.md": (1,), "r09.md": (1, 2, 3), "r10.md": (1, 2, 3), "r11.md": (1,), "y03.txt": (1,),
    "y04.txt": (2,), "y05.txt": (0, 3), "y06.txt": (1, 3), "y08.md": (1,), "z01.txt": (2, 3), "z03.txt": (2,),
    "z05.txt": (3,), "z06.txt": (2,), "z07.txt": (1, 2, 3), "z09.md": (2,),
    "z11.md": (1, 2, 3), "z12.md": (2,), "z13.md": (2,), "z14.md": (1,),
}
"""Fixtures and the fields (index of title, outlet, author, date) not read as the set states them yet."""

test_every_fixture_has_an_expectation, test_metadata_from_furniture = set_tests(META32, KNOWN_GAPS)


def test_a_thai_article_is_read() -> None:
    title, _, _, _ = read_fields(META32 / "i07.md")
    assert title == "เกษตรกรบ้านดอยหมอกรวมกลุ่มตั้งโรงสีกาแฟชุมชน"


def test_mastheads_in_scripts_without_capitals() -> None:
    for name in ("海埔時報", "버들신문", "汀澜网", "صحيفة نداء الساحل", "עיתון גלי החוף", "Η Ηχώ του Λιμανιού",
                 "मरुधर समाचार"):
        assert is_masthead(name), name
    assert not is_masthead("漁港の朝市")


def test_bylines_and_fields_of_east_asian_pages() -> None:
    assert byline("作者：记者 邓思远") == "邓思远"
    assert byline("記者　加納 朋美") == "加納 朋美"
    assert byline("변서연 기자") == "변서연"
    line = meta_line("来源：青岚日报 作者：记者 宋雨桐 发布时间：2019-06-18 09:40 【字体：大 中 小】")
    assert line is not None and (line.outlet, line.author) == ("青岚日报", "宋雨桐")
    assert line.date is not None and line.date.iso == "2019-06-18"
    weekday = stated_date("2025年3月6日 星期四")
    assert weekday is not None and weekday.iso == "2025-03-06"


def test_a_headlines_ideographic_space_is_kept() -> None:
    title = "漁港の朝市、2年ぶりに再開へ\u3000漁協女性部の手作り総菜も並ぶ"
    assert read_fields(META32 / "z07.txt")[0] == title
