"""Metadata read from a forty-seventh, independent set of articles (tests/fixtures/meta47/): the three judged kinds as
converters and read-later tools turn pages into Markdown and text (pandoc, html2text, markdownify, Turndown clippers,
a reader service's header, trafilatura's and readability's output, note apps' exports, lynx and w3m dumps).

Written by a helper who read neither the extractor nor its tests, and committed before Parallax was run on it. The
first run stood at 209 of 240 fields, 12 of them wrong: a reader service's "Title: ... | Outlet" kept whole, and its
"Published Time" in UTC a day after the page's own date line (m05, m27); a clipper's author value holding a Markdown
link, or naming the photographer whom only a dropped caption credits (m24, m25); a note app's own heading ("#
Clippings") over the article's demoted headline (m30, m39); read-later stamps ("Saved to your reading list on ...",
"Saved 20 August 2026 · 4 min read") taken for the headline (t03, t10); a wrapped "Source: Name (domain)" run into
the headline (t06); a domain over the paper its copyright line names (t05); a head folded to ASCII over the byline as
written (m50). Read since: those, and a bold "**By**" before a linked name (m17, m47), bold labelled lines with a
"Byline:" (m29), and a table of a label and a value per row (m38). 238 of 240 at the end. KNOWN_GAPS: a logo's alt
text at the page's foot as its only name (m17); and m49, whose trafilatura "hostname:" domain the set wants no
outlet, where meta5's clippers (tests/test_meta_fifth.py) read the address's domain as the outlet when nothing names
one: the sets disagree, and the older convention stays.
"""

from __future__ import annotations

from tests.conftest import FIXTURES
from tests.meta_cases import set_tests
from tui.engine.chrome import is_page_chrome
from tui.engine.clean import clean_text
from tui.engine.extract import extract
from tui.engine.fieldlines import reader_page
from tui.engine.frontmatter import normalise_meta

META47 = FIXTURES / "meta47"
KNOWN_GAPS: dict[str, tuple[int, ...]] = {"m17.md": (1,), "m49.md": (1,)}
"""Fixtures and the fields (index of title, outlet, author, date) not read as the set states them yet."""

test_every_fixture_has_an_expectation, test_metadata_from_furniture = set_tests(META47, KNOWN_GAPS)

STORY = ("The harbour board will decide in August whether the Sunday ferry should run through the winter, after a "
         "trial this spring carried more passengers than expected.\n\nThe trial ran for twelve weeks and carried more "
         "than four thousand people, most of them islanders going to the mainland for work and school.\n")


def _fields(text: str, suffix: str = ".md") -> tuple[str | None, str | None, str | None, str | None]:
    cleaned = clean_text(extract(text, suffix))
    return cleaned.title, cleaned.outlet, cleaned.author, cleaned.date


def test_a_reader_services_header() -> None:
    page = ("Title: Ferry may run all year - The Eyrarfell Daily Post\n\nURL Source: https://eyrarfell.example/ferry\n\n"
            "Published Time: 2025-06-22T03:10:00Z\n\nMarkdown Content:\n# Ferry may run all year\n\n"
            "By Þórgunnur Vígdísardóttir\n\nSaturday, June 21, 2025\n\n" + STORY)
    found = reader_page(page)
    assert found is not None and found[0] == {"title": "Ferry may run all year - The Eyrarfell Daily Post",
                                              "url": "https://eyrarfell.example/ferry"}
    assert _fields(page) == ("Ferry may run all year", "The Eyrarfell Daily Post", "Þórgunnur Vígdísardóttir",
                             "2025-06-21")  # the page's own day, not the header's time in UTC


def test_clippers_values_and_a_head_folded_to_ascii() -> None:
    assert normalise_meta({"author": "[Tadhg Ó Cuileamhnáin](https://x.example/author/tadhg)"}) == {
        "author": "Tadhg Ó Cuileamhnáin"}
    folded = ("---\nauthor: Bogumila Wrzesniowska\n---\n# Grain elevator to become a museum\n\n"
              f"By Bogumiła Wrześniowska\n\n{STORY}")
    assert _fields(folded)[2] == "Bogumiła Wrześniowska"


def test_a_note_apps_heading_and_read_later_stamps() -> None:
    note = f"# Clippings\n\n## Lock keeper's cottage becomes a tea room\n\n*The Slikkerdam Courant*\n\n{STORY}"
    assert _fields(note)[0] == "Lock keeper's cottage becomes a tea room"
    assert is_page_chrome("Saved to your reading list on 11 February 2026")
    assert is_page_chrome("Saved 20 August 2026 · 4 min read")
    assert is_page_chrome("Exported from the reader app")
    assert not is_page_chrome("Saved by the lifeboat crew on 11 February 2026, the two men walked home.")


def test_converters_bylines_tables_and_labelled_lines() -> None:
    assert _fields(f"# Covered bridge reopens\n\n**By** [Renée Thibodelle](https://x.example/staff/renee/)\n\n{STORY}")[
        2] == "Renée Thibodelle"
    table = ("# Bakery keeps its oven\n\n| | |\n|---|---|\n| By | Kateřina Vodňanská |\n"
             f"| Published | Sunday 15 May 2016 |\n| Paper | The Pecnoves Valley Courier |\n\n{STORY}")
    assert _fields(table)[1:] == ("The Pecnoves Valley Courier", "Kateřina Vodňanská", "2016-05-15")
    labelled = ("**Title:** Drainage board keeps the pumping station\n"
                "**Byline:** By Gülnihan Karaçoban, Senior reporter\n**Site name:** The Fenmarrow Standard\n"
                f"**Excerpt:** The engine house stays.\n\n---\n\n{STORY}")
    assert _fields(labelled)[:3] == ("Drainage board keeps the pumping station", "The Fenmarrow Standard",
                                     "Gülnihan Karaçoban")
    wrapped = ("Spring flood closes the river trail at Cottonwick Bend\nSource: The Wapsitaw Valley Dispatch "
               f"(wapsitawvalleydispatch.example)\nExported from the reader app\n\nBy Jiří Hromádka\n\n{STORY}")
    assert _fields(wrapped, ".txt")[:3] == ("Spring flood closes the river trail at Cottonwick Bend",
                                            "The Wapsitaw Valley Dispatch", "Jiří Hromádka")
