"""Metadata read from an eighth, independent set of small articles of issue 14's kinds (tests/fixtures/meta8/).

Written by a helper who read neither the extractor nor its tests, and committed before Parallax was run on
it: bylines in twelve more languages (Hungarian, Romanian, Latvian, Welsh, Scottish Gaelic, Hawaiian ...),
metalines, dates written out in more languages and scripts, HTML pages with meta tags and JSON-LD, and hard
negatives. The first run stood at 216 of 240 fields; what was added is checked one by one below too.
"""

from __future__ import annotations

from tests.conftest import FIXTURES
from tests.meta_cases import read_fields
from tui.engine.dates import stated_date
from tui.engine.textnorm import line_words

META8 = FIXTURES / "meta8"


def test_an_article_in_japanese_is_read_not_refused_for_its_unspaced_lines() -> None:
    """Japanese is written without spaces: every line was one "word", so none was a sentence, and the file gave
    "no article text found"."""
    fields = read_fields(META8 / "p09_japanese_date_nen_gatsu_nichi.txt")
    assert fields == ("静岡県富士市で大雨、住民に避難指示", None, None, "2025-06-09")
    assert len(line_words("静岡県富士市で大雨、住民に避難指示")) == 10  # two characters a word, the comma a break
    assert line_words("Tokyo 東京都 rain") == ["Tokyo", "東京", "都", "rain"]


def test_a_date_in_chinese_japanese_or_korean_may_carry_its_weekday_in_brackets() -> None:
    for text in ("2025年6月9日（月）", "2025年6月9日(月曜日)", "2025년 6월 9일 (월)"):
        found = stated_date(text)
        assert found is not None and found.iso == "2025-06-09", text
