"""Who reported what, as one self-contained HTML page: the facts-by-outlets grid, each mark
linking to the sentence it stands for in that report, and every report's sentences below
(the ones nobody else has marked as such).

Like the comparison page (`tui.export.html`): no script, nothing fetched, a Content-Security-
Policy that allows only the page's own style sheet, and every outside string escaped by the
same `_text`.
"""

from __future__ import annotations

from datetime import datetime

from tui import __version__
from tui.engine.coverage import Coverage
from tui.export.html import _csp_style_only, _text
from tui.export.summary import today

CSS = """\
body{font:15px/1.45 system-ui,sans-serif;margin:1.5em;color:#1d1d1f;background:#fff}
@media (prefers-color-scheme:dark){body{color:#e4e4e4;background:#16181c}a{color:#8fb8ff}}
table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #8884;padding:.25em .5em;vertical-align:top}
th{font-weight:600;text-align:left}td.m{text-align:center}td.m a{text-decoration:none}
.own{font-style:italic}li:target{outline:2px solid #e0a33a}.meta{color:#888}
"""
"""Plain and readable in both colour schemes; marks are shapes, so no colour is needed."""


def short_name(coverage: Coverage, index: int) -> str:
    """An outlet's name for a column: the outlet if known, else the file or URL."""
    article = coverage.articles[index]
    return article.outlet or article.path.rsplit("/", 1)[-1]


def render_coverage_html(coverage: Coverage, *, generated: datetime | None = None) -> str:
    """The whole page for `coverage`."""
    names = [short_name(coverage, k) for k in range(len(coverage.articles))]
    head = "".join(f"<th>{_text(name)}</th>" for name in names)
    rows = []
    for number, fact in enumerate(coverage.facts, 1):
        cells = []
        for k in range(len(coverage.articles)):
            sentences = fact.sentences_of(k)
            if sentences:
                cells.append(f'<td class="m"><a href="#a{k}-s{min(sentences)}" '
                             f'title="{_text(names[k])}">●</a></td>')
            else:
                cells.append('<td class="m">·</td>')
        rows.append(f'<tr><td>{number}. {_text(fact.label)} <span class="meta">({fact.support} reports)</span>'
                    f"</td>{''.join(cells)}</tr>")
    own = "".join(f'<td class="m">{len(coverage.unique(k))}</td>' for k in range(len(coverage.articles)))
    rows.append(f'<tr><td class="own">sentences nobody else has</td>{own}</tr>')
    sections = []
    for k, article in enumerate(coverage.articles):
        alone = set(coverage.unique(k))
        own_class = ' class="own"'
        items = "".join(f'<li id="a{k}-s{i}"{own_class if i in alone else ""}>{_text(text)}</li>'
                        for i, text in enumerate(article.texts))
        meta = " · ".join(_text(part) for part in (article.outlet, article.date, article.path) if part)
        sections.append(f'<section><h2>{_text(names[k])}</h2><p class="meta">{meta}</p><ol start="0">'
                        f"{items}</ol></section>")
    when = today(generated)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{_csp_style_only(CSS)}\">"
        "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
        f"<title>Who reported what: {len(coverage.articles)} reports</title><style>{CSS}</style></head><body>"
        f"<h1>Who reported what</h1><p class=\"meta\">{len(coverage.facts)} facts across "
        f"{len(coverage.articles)} reports · made by Parallax {_text(__version__)} on {_text(when)}. "
        "● reports the fact (click: its sentence), · does not; sentences in italics are that report's alone.</p>"
        f"<table><thead><tr><th>fact</th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f"{''.join(sections)}</body></html>\n"
    )
