"""The comparison's status line: where you are among the matches, and how much
of each side the matches cover."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static


class StatusBar(Static):
    """One line under the panes."""

    def show_match(self, index: int | None, total: int, score: float | None, left: float, right: float,
                   *, by_meaning: bool = False, pending: bool = False) -> None:
        """`index` is 0-based, or None before the first jump; `left`/`right` are shares 0-1;
        `by_meaning` says the current match was linked by meaning, not by shared words;
        `pending` that the links by meaning are still being looked for."""
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        if total == 0:
            text.append("no matches", style="bold")
        elif index is None:
            text.append(f"{total} matches", style="bold")
            text.append(" · n: first match")
        else:
            text.append(f"match {index + 1} of {total}", style="bold")
            if score is not None:
                text.append(f" · score {score:.0f}")
            if by_meaning:
                text.append(" · by meaning", style="italic")
        text.append(f" · covered: left {left:.0%} · right {right:.0%}")
        if pending:  # the paraphrase pass still runs: more matches may come, none is final
            text.append(" · linking by meaning…", style="italic")
        self.update(text, layout=False)  # fixed size: a repaint, not a layout

    def show_message(self, message: str) -> None:
        """A plain message (loading, errors); never parsed as markup."""
        self.update(Text(message, no_wrap=True, overflow="ellipsis", end=""), layout=False)
