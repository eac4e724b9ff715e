"""A comparison as one self-contained HTML page, to show someone what two outlets said.

Both articles side by side, each in its reading order and its own scrolling column. Every
match has its own colour (a palette cycled), its shared words are marked, "by meaning" links
carry a dashed underline and a ≈ sign, sentences only one side reports are dimmed. Clicking a
matched sentence scrolls the other column to its partner and outlines it (a link and
`:target`, no script). Hovering lights the whole match on both sides: a few lines of inline
script, because the CSS way (one `main:has(.kN:hover) .kN` rule per match) costs Chromium
seconds of style work on a page of 2 x 2,000 sentences (bench/bench_export.py).

Nothing is fetched: style sheet and script are inline, fonts are the reader's own, and a
Content-Security-Policy allows exactly that style sheet and that script (by their hashes) and
nothing else. Everything that comes from outside (sentences, titles, outlets, paths, URLs) goes
through `_text`: HTML-escaped, quotes included, with the characters HTML forbids replaced, so an
article can neither add markup nor break the page's validity.
"""

from __future__ import annotations

import base64
import hashlib
import html
from datetime import datetime

from tui import __version__
from tui.engine.model import Alignment, Article
from tui.export.summary import Summary, marked, owners, paragraphs, today, valid_text

PALETTE = (
    (0, 158, 115), (230, 159, 0), (86, 180, 233), (204, 121, 167), (0, 114, 178),
    (213, 94, 0), (240, 228, 66), (117, 112, 179), (102, 166, 30), (166, 118, 29),
)
"""One hue per match, cycled (Okabe-Ito's colour-blind-safe set, then four more). Used as
translucent tints so the same values read on the light and the dark scheme."""

TINT_ALPHA = 0.16
"""Opacity of a matched sentence's background: light enough to read long runs of text on."""
MARK_ALPHA = 0.45
"""Opacity behind the shared words: clearly stronger than the sentence's tint."""

_BASE_CSS = """\
:root{color-scheme:light dark;--bg:#fbfaf7;--fg:#1f1f22;--dim:#66656b;--rule:#d8d5cd;--only:#8b8881}
@media (prefers-color-scheme:dark){:root{--bg:#15171b;--fg:#e7e5e0;--dim:#a09d96;--rule:#34373d;\
--only:#8e8b85}}
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{display:flex;flex-direction:column;background:var(--bg);color:var(--fg);\
font:17px/1.6 Charter,"Bitstream Charter","Iowan Old Style",Georgia,serif}
body>header,article>header{font-family:system-ui,-apple-system,"Segoe UI",sans-serif}
body>header{padding:.6rem 1.25rem;border-bottom:1px solid var(--rule)}
h1{font-size:1.05rem;margin:0}
.summary{margin:.2rem 0;font-size:.95rem}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;margin:0;padding:0;list-style:none;font-size:.8rem;\
color:var(--dim)}
main{flex:1;min-height:0;display:grid;grid-template-columns:1fr 1fr}
main>article{overflow-y:auto;padding:1rem 1.5rem 50vh;scroll-padding-top:2rem}
main>article+article{border-left:1px solid var(--rule)}
article>header{border-bottom:1px solid var(--rule);margin-bottom:1rem}
.side{margin:0;font-size:.75rem;letter-spacing:.08em;text-transform:uppercase;color:var(--dim)}
h2{font-size:1.15rem;line-height:1.3;margin:.1rem 0 .5rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.05rem .8rem;margin:0 0 .8rem;font-size:.85rem}
dt{color:var(--dim)}
dd{margin:0;overflow-wrap:anywhere}
p{margin:0 0 .9em}
.s{color:inherit;text-decoration:none;border-radius:3px}
a.s{background:var(--t)}
mark{background:var(--m);color:inherit;border-radius:2px}
.bm{text-decoration:underline dashed;text-decoration-color:var(--dim);text-underline-offset:.2em}
.bm::after{content:"\\2248";font-size:.7em;vertical-align:super;color:var(--dim);padding-left:.1em}
.only{color:var(--only)}
a.s:hover,a.s:focus,.s.on{background:var(--m)}
.s:target{outline:2px solid var(--fg);outline-offset:1px}
.key{border-radius:3px;padding:0 .3em;background:var(--t)}
mark.key{background:var(--m)}
@media (max-width:760px){body{display:block;height:auto}main{display:block}\
main>article{overflow:visible;padding-bottom:1rem}main>article+article{border-left:0;border-top:1px solid var(--rule)}}
@media print{body{display:block;height:auto}main>article{overflow:visible;padding-bottom:0}}
"""


SCRIPT = """\
let lit = [];
function light(event) {
  for (const el of lit) el.classList.remove("on");
  const sentence = event.target.closest ? event.target.closest("a.s") : null;
  lit = sentence ? Array.from(document.getElementsByClassName(sentence.dataset.k)) : [];
  for (const el of lit) el.classList.add("on");
}
document.addEventListener("mouseover", light);
document.addEventListener("focusin", light);
"""
"""Hovering (or tabbing to) a matched sentence lights every sentence of its match, both sides."""


def _text(value: str) -> str:
    """Outside text made safe for an HTML page: forbidden characters replaced, then escaped
    (`<`, `>`, `&` and both quotes), so it can go in element content or a quoted attribute."""
    return html.escape(valid_text(value), quote=True)


def _css() -> str:
    """The whole style sheet: the base and one rule per palette colour."""
    rules = [_BASE_CSS]
    for n, (r, g, b) in enumerate(PALETTE):
        rules.append(f".c{n}{{--t:rgba({r},{g},{b},{TINT_ALPHA});--m:rgba({r},{g},{b},{MARK_ALPHA})}}\n")
    return "".join(rules)


def _hash(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


def _csp_style_only(css: str) -> str:
    """A policy for a page with no script: its own style sheet, and nothing fetched."""
    return f"default-src 'none'; style-src '{_hash(css)}'; base-uri 'none'; form-action 'none'"


def _csp(css: str) -> str:
    """A policy that lets the page run its own style sheet and script and fetch nothing at all."""
    return (f"default-src 'none'; style-src '{_hash(css)}'; script-src '{_hash(SCRIPT)}'; "
            "base-uri 'none'; form-action 'none'")


def _sentence(alignment: Alignment, side: str, index: int, owner: dict[int, int]) -> str:
    """One sentence: a link to its partner in the other column when it is matched, with its
    shared words marked; a dimmed span when only this side has it."""
    article = alignment.left if side == "left" else alignment.right
    text = article.sentences[index].text
    anchor = f"{side[0]}-{index}"
    number = owner.get(index)
    if number is None:
        return f'<span class="s only" id="{anchor}" title="only on this side">{_text(text)}</span>'
    match = alignment.matches[number]
    pieces: list[str] = []
    at = 0
    for start, end in marked(match, side, index, len(text)):
        pieces.append(_text(text[at:start]))
        pieces.append(f"<mark>{_text(text[start:end])}</mark>")
        at = end
    pieces.append(_text(text[at:]))
    partner = f"r-{match.right[0]}" if side == "left" else f"l-{match.left[0]}"
    classes = f"s c{number % len(PALETTE)} k{number}" + (" bm" if match.by_meaning else "")
    title = f"match {number + 1} of {len(alignment.matches)}, score {match.score:.1f}"
    title += ", by meaning" if match.by_meaning else ""
    return (f'<a class="{classes}" id="{anchor}" href="#{partner}" data-k="k{number}" title="{title}">'
            f'{"".join(pieces)}</a>')


def _meta(article: Article) -> str:
    """The article's metadata as a definition list; unknown values are left out."""
    rows = [("Outlet", article.outlet), ("Author", article.author), ("Date", article.date),
            ("Source", article.path)]
    if article.url and article.url != article.path:
        rows.append(("URL", article.url))
    return "<dl>" + "".join(f"<dt>{name}</dt><dd>{_text(value)}</dd>" for name, value in rows if value) + "</dl>"


def _column(alignment: Alignment, side: str) -> str:
    article = alignment.left if side == "left" else alignment.right
    owner = owners(alignment, side)
    body = "\n".join(
        "<p>" + " ".join(_sentence(alignment, side, i, owner) for i in group) + "</p>"
        for group in paragraphs(article)
    ) or "<p>(no sentences)</p>"
    return (
        f'<article id="{side}" aria-labelledby="{side}-title"><header><p class="side">{side}</p>'
        f'<h2 id="{side}-title">{_text(article.title or article.path)}</h2>{_meta(article)}</header>\n'
        f"{body}\n</article>"
    )


def render_html(alignment: Alignment, *, generated: datetime | None = None) -> str:
    """The comparison as one self-contained HTML page (UTF-8 text, no external resources).
    `generated` dates the page; it defaults to now (UTC)."""
    summary = Summary.of(alignment)
    css = _css()
    left = alignment.left.title or alignment.left.path
    right = alignment.right.title or alignment.right.path
    legend = (
        '<ul class="legend">'
        '<li><span class="key c0">tinted</span>: said on both sides, one colour per match</li>'
        "<li><mark class=\"key c0\">marked</mark>: the words they share</li>"
        '<li><span class="bm">dashed</span>: matched by meaning, not by shared words</li>'
        '<li><span class="only">dimmed</span>: only one side says it</li>'
        "<li>hover a sentence to light its partner, click to scroll to it</li>"
        "</ul>"
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_csp(css)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="parallax {__version__}">\n'
        f"<title>{_text(left)} | {_text(right)}: Parallax comparison</title>\n"
        f"<style>{css}</style>\n</head>\n<body>\n"
        f"<header><h1>{_text(left)} <span aria-hidden=\"true\">|</span> {_text(right)}</h1>"
        f'<p class="summary">{_text(summary.line())} Exported by Parallax {__version__} on '
        f"{today(generated)}.</p>{legend}</header>\n"
        f"<main>\n{_column(alignment, 'left')}\n{_column(alignment, 'right')}\n</main>\n"
        f"<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )
