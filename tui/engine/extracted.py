"""What extracting a file gives: its text and the metadata its format states, by trust (tui.engine.extract)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Extracted:
    """A file as extracted: plain text in lines and blank-line paragraphs, and metadata by trust.

    `stated` comes from front matter and beats every guess; `hints` comes from
    HTML metadata and beats guesses from the text. `furniture` holds the short lines a page
    shows under its title heading (outlet, date, byline), which the extractor may have left
    out of `text`: they are read for metadata only, never as story.
    """

    text: str
    kind: str
    stated: dict[str, str] = field(default_factory=dict)
    hints: dict[str, str] = field(default_factory=dict)
    furniture: list[str] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)
    """Copyright lines of the page's footer ("© 2025 Halden Daily") and its notes of origin ("This story was
    originally published by X"), which the extractor drops: read for the outlet and the date only."""
    captions: list[str] = field(default_factory=list)
    """Captions of the page's pictures, which the extractor drops: read to tell the photographer a page's tags name
    from its writer ("Photo: Ásgeir Hólmsteinn-Vikarr")."""
    bios: list[str] = field(default_factory=list)
    """Lines the page marks as its author's bio (`class="author-bio"`): read for author and outlet only."""
