"""Two articles side by side (or stacked), their matched sentences highlighted pair
by pair, with a status line and keys to walk the matches. It aligns through the
session it is given and posts bookmarks up to the app."""

from __future__ import annotations

from pathlib import PurePath
from typing import ClassVar, Literal

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input
from textual.worker import Worker, WorkerState, get_current_worker

from tui import messages
from tui.bookmarks import make_passage
from tui.engine.model import Alignment, Article, Match
from tui.engine.shelf import covered
from tui.messages import Target
from tui.resources import style_path
from tui.screens.picker import PickerScreen
from tui.session import Session, stacked_for
from tui.widgets.article_pane import ArticlePane
from tui.widgets.footer import KeysFooter
from tui.widgets.pane_header import PaneHeader
from tui.widgets.status_bar import StatusBar
from tui.widgets.text import clean

Side = Literal["left", "right"]

ALIGN_ROW = 2
"""A jump puts the pair this many lines below the top: a little context above."""

MATCH = Binding.Group("Match")
ARTICLE = Binding.Group("Article")


class CompareScreen(Screen[None]):
    """The comparison of `left` and `right`."""

    CSS_PATH: ClassVar[list[str | PurePath]] = [style_path("panes.tcss"), style_path("compare.tcss")]

    HELP_TITLE = "Comparison"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "next_match", "Next", id="compare.next_match", group=MATCH,
                tooltip="Go to the next match; both panes line the pair up"),
        Binding("N", "previous_match", "Prev", id="compare.prev_match", group=MATCH,
                tooltip="Go to the previous match"),
        Binding("tab", "switch_pane", "Pane", id="compare.switch_pane", tooltip="Focus the other pane"),
        Binding("s", "swap", "Swap", id="compare.swap", show=False, tooltip="Swap the left and right articles"),
        Binding("left_square_bracket", "step_article(-1)", "Prev", id="compare.prev_article", group=ARTICLE,
                tooltip="Show the previous article of the event on the focused side"),
        Binding("right_square_bracket", "step_article(1)", "Next", id="compare.next_article", group=ARTICLE,
                tooltip="Show the next article of the event on the focused side"),
        Binding("slash", "search", "Find", id="compare.search", tooltip="Search both articles"),
        Binding("c", "pick", "Pick", id="compare.pick", show=False,
                tooltip="Compare the focused article with one chosen from a list"),
        Binding("b", "bookmark", "Mark", id="compare.bookmark",
                tooltip="Bookmark this pair, or the current match, with an optional note"),
        Binding("r", "read", "Read", id="compare.read", show=False,
                tooltip="Read the focused article alone, full width, with its source"),
        Binding("y", "copy", "Copy", id="compare.copy", show=False,
                tooltip="Copy the current match (both sides) to the clipboard; works over SSH"),
        Binding("e", "export", "Export", id="compare.export", show=False,
                tooltip="Write this comparison as one HTML page (working folder, else the data folder)"),
        Binding("v", "toggle_layout", "Layout", id="compare.layout",
                tooltip="Switch between side by side and stacked panes"),
        Binding("a", "coverage", "All reports", id="compare.coverage", show=False,
                tooltip="Who reported what: the facts of the focused article's event, outlet by outlet"),
        Binding("escape", "back", "Back", show=False, id="compare.back", tooltip="Close the search, or go back"),
        Binding("q", "back", "Back", show=False, id="compare.quit", tooltip="Go back to the library"),
    ]

    class Aligned(Message):
        """The worker's result: an alignment for the articles shown at `token`."""

        def __init__(self, token: int, alignment: Alignment, *, final: bool = True) -> None:
            super().__init__()
            self.token = token
            self.alignment = alignment
            self.final = final
            """False for the word matches shown while the paraphrase pass still runs."""

    class Progress(Message):
        """How far the worker has got with the alignment for `token`."""

        def __init__(self, token: int, fraction: float) -> None:
            super().__init__()
            self.token = token
            self.fraction = fraction

    def __init__(self, session: Session, left: Article, right: Article, *, target: Target | None = None,
                 stacked: bool = False) -> None:
        super().__init__()
        self.session = session
        self.left = left
        self.right = right
        self.alignment: Alignment | None = None
        self.current: int | None = None
        self.side: Side = "left"
        self._target = target
        self._token = 0
        self._stacked = stacked
        self._chosen_layout = False
        self._hits: dict[Side, list[int]] = {"left": [], "right": []}
        self._search_at: dict[Side, int] = {}
        self._covered = (0.0, 0.0)
        self._pending = False

    def compose(self) -> ComposeResult:
        with Horizontal(id="panes"):
            with Vertical(classes="side", id="left-side"):
                yield PaneHeader(id="left-header", classes="pane-header")
                yield ArticlePane(id="left")
            with Vertical(classes="side", id="right-side"):
                yield PaneHeader(id="right-header", classes="pane-header")
                yield ArticlePane(id="right")
        yield Input(placeholder="search both articles; enter: next hit, escape: close", id="search")
        yield StatusBar(id="status")
        # At 80 columns the comparison's own keys fill the footer; ctrl+p is in the help.
        yield KeysFooter()

    def on_mount(self) -> None:
        self.set_class(self._stacked, "-stacked")
        self.pane("left").focus()
        self._show_articles()
        self._mark_focus()

    # -- helpers -------------------------------------------------------------------

    def pane(self, side: Side) -> ArticlePane:
        return self.query_one(f"#{side}", ArticlePane)

    @property
    def other(self) -> Side:
        return "right" if self.side == "left" else "left"

    def article(self, side: Side) -> Article:
        return self.left if side == "left" else self.right

    @property
    def settled(self) -> bool:
        """Aligned for good: the links by meaning (if any are looked for) have arrived."""
        return self.alignment is not None and not self._pending

    @property
    def matches(self) -> tuple[Match, ...]:
        return self.alignment.matches if self.alignment else ()

    def _show_articles(self) -> None:
        """Show the text at once, unhighlighted, and align in a thread."""
        self.alignment = None
        self.current = None
        self._token += 1
        for side in ("left", "right"):
            self.query_one(f"#{side}-header", PaneHeader).show(self.article(side), side.upper())
            self.pane(side).show(self.article(side))
        self.query_one(StatusBar).show_message("aligning… (the text is readable meanwhile)")
        self._align(self._token, self.left, self.right)

    # described in words: by default Textual writes the repr of the arguments (every sentence of both)
    @work(thread=True, exclusive=True, exit_on_error=False, group="align", description="align two articles")
    def _align(self, token: int, left: Article, right: Article) -> None:
        worker = get_current_worker()
        last = 0.0

        def progress(fraction: float) -> None:
            nonlocal last
            if fraction - last >= 0.05 or fraction >= 1.0:
                last = fraction
                self.post_message(self.Progress(token, fraction))

        staged = self.session.two_stages
        alignment = self.session.align(left, right, progress=progress, cancelled=lambda: worker.is_cancelled,
                                       words_only=staged)
        if alignment is None or worker.is_cancelled:
            return
        if staged:  # the word matches at once; the links by meaning when the encoder has read both
            self.post_message(self.Aligned(token, alignment, final=False))
            alignment = self.session.add_meaning(alignment, cancelled=lambda: worker.is_cancelled)
            if alignment is None:
                return
        why = self.session.encoder_problem()
        if why:
            self.app.call_from_thread(self.app.notify, clean(why), severity="warning", markup=False, timeout=8)
        if not worker.is_cancelled:
            self.post_message(self.Aligned(token, alignment))

    @on(Progress)
    def _progress(self, message: Progress) -> None:
        if message.token == self._token and self.alignment is None:
            self.query_one(StatusBar).show_message(f"aligning… {message.fraction:.0%}")

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "align" and event.state == WorkerState.ERROR:
            self.query_one(StatusBar).show_message(clean(f"could not align: {event.worker.error}"))

    @on(Aligned)
    def _aligned(self, message: Aligned) -> None:
        if message.token != self._token:
            return
        first = self.alignment is None
        self._pending = not message.final
        if message.alignment.left.path != self.left.path:  # the sides were swapped meanwhile
            message.alignment = message.alignment.mirrored()
        if not first:  # the links by meaning arrived: keep the reader on the match they were on
            old = self.matches[self.current] if self.current is not None else None
            index = next((i for i, m in enumerate(message.alignment.matches)
                          if old is not None and (m.left, m.right) == (old.left, old.right)), None)
            self._apply(message.alignment, index)
            return
        self._apply(message.alignment)
        target, self._target = self._target, None
        # Opened lined up: on the passage asked for, else on the first match.
        if target is not None:
            self.call_after_refresh(self.go_to, target)
        elif self.matches:
            self.call_after_refresh(self.jump, 0)

    def _apply(self, alignment: Alignment, current: int | None = None) -> None:
        self.alignment = alignment
        self._covered = covered(alignment)
        for side in ("left", "right"):
            match_of = {i: n for n, m in enumerate(alignment.matches) for i in getattr(m, side)}
            spans = [s for m in alignment.matches for s in getattr(m, f"{side}_spans")]
            self.pane(side).show(self.article(side), match_of, spans, pending=self._pending)
        self.current = None
        if current is not None:
            self.jump(current)
        else:
            self._update_status()

    def _update_status(self) -> None:
        left, right = self._covered if self.alignment else (0.0, 0.0)
        match = self.matches[self.current] if self.current is not None else None
        self.query_one(StatusBar).show_match(
            self.current, len(self.matches), match.score if match else None, left, right,
            by_meaning=bool(match and match.by_meaning), pending=self._pending,
        )

    def jump(self, index: int) -> None:
        """Make match `index` current and line the pair up in both panes."""
        match = self.matches[index]
        self.current = index
        left, right = self.pane("left"), self.pane("right")
        left.set_current(match.left)
        right.set_current(match.right)
        first_left, first_right = min(match.left), min(match.right)
        row = min(ALIGN_ROW, left.first_line(first_left), right.first_line(first_right))
        left.scroll_to_sentence(first_left, row)
        right.scroll_to_sentence(first_right, row)
        self._update_status()

    def go_to(self, target: Target) -> None:
        """Show a saved passage: its match if it has one, else the sentences themselves."""
        for index, match in enumerate(self.matches):
            if (target.left is not None and target.left in match.left) or (
                target.right is not None and target.right in match.right
            ):
                self.jump(index)
                return
        if target.left is not None:
            self.pane("left").scroll_to_sentence(target.left, ALIGN_ROW)
        if target.right is not None:
            self.pane("right").scroll_to_sentence(target.right, ALIGN_ROW)

    # -- focus ---------------------------------------------------------------------

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if isinstance(event.widget, ArticlePane):
            self.side = "left" if event.widget.id == "left" else "right"
            self._mark_focus()

    def _mark_focus(self) -> None:
        for side in ("left", "right"):
            self.query_one(f"#{side}-header", PaneHeader).set_focused(side == self.side)

    def action_switch_pane(self) -> None:
        self.pane(self.other).focus()

    # -- matches -------------------------------------------------------------------

    def _step_match(self, offset: int) -> None:
        if self.alignment is None:
            self.notify("Still aligning these articles…", timeout=2)
            return
        total = len(self.matches)
        if not total:
            self.app.bell()
            self.notify("These articles share no matched sentences.", timeout=3)
            return
        if self.current is None:
            index = 0 if offset > 0 else total - 1
        else:
            index = (self.current + offset) % total
            if (offset > 0 and index < self.current) or (offset < 0 and index > self.current):
                self.notify("Wrapped around.", timeout=1.5)
        self.jump(index)

    def action_next_match(self) -> None:
        self._step_match(1)

    def action_previous_match(self) -> None:
        self._step_match(-1)

    # -- sides ---------------------------------------------------------------------

    def action_swap(self) -> None:
        self.left, self.right = self.right, self.left
        for side in ("left", "right"):
            self.query_one(f"#{side}-header", PaneHeader).show(self.article(side), side.upper())
        if self.alignment is None:
            self._show_articles()
            return
        old = self.matches[self.current] if self.current is not None else None
        swapped = self.alignment.mirrored()
        current = None
        if old is not None:
            current = next(i for i, m in enumerate(swapped.matches) if m.left == old.right and m.right == old.left)
        self._apply(swapped, current)

    def action_step_article(self, offset: int) -> None:
        shelf = self.session.shelf
        if shelf is None:
            return
        article = self.article(self.side)
        replacement = shelf.step(article, offset, avoid=self.article(self.other))
        if replacement is None or replacement.path == article.path:
            self.app.bell()
            self.notify("No other article in this event on this side.", timeout=2)
            return
        self.replace(self.side, replacement)

    def replace(self, side: Side, article: Article) -> None:
        """Show `article` on `side` and align again."""
        if side == "left":
            self.left = article
        else:
            self.right = article
        self._show_articles()

    def action_pick(self) -> None:
        shelf = self.session.shelf
        if shelf is None:
            return
        keep = self.article(self.side)

        def chosen(article: Article | str | None) -> None:
            if isinstance(article, Article):
                self.replace(self.other, article)

        self.app.push_screen(
            PickerScreen(shelf.articles, title="Compare with…", exclude=keep.path), chosen
        )

    def action_toggle_layout(self) -> None:
        self._chosen_layout = True
        self._stacked = not self._stacked
        self.set_class(self._stacked, "-stacked")
        self._keep_lined_up()

    def on_resize(self) -> None:
        """With layout "auto", follow the terminal's width until the user picks a layout;
        either way the current pair stays lined up at the new size."""
        if not self._chosen_layout and self.session.settings.layout == "auto":
            self._stacked = stacked_for("auto", self.app.size.width)
            self.set_class(self._stacked, "-stacked")
        self._keep_lined_up()

    def _keep_lined_up(self) -> None:
        """Line the current pair up again once the panes have their new size."""
        if self.current is not None:
            self.call_after_refresh(self._line_up, self.current)

    def _line_up(self, index: int) -> None:
        if self.current == index and index < len(self.matches):
            self.jump(index)

    # -- search --------------------------------------------------------------------

    def action_search(self) -> None:
        self.add_class("-searching")
        search = self.query_one("#search", Input)
        # Focused now, not after a refresh: the keys typed right after "/" are already
        # queued and must land in the search, not run the comparison's one-letter keys.
        search.display = True
        self.set_focus(search)

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        query = event.value
        self._search_at = {}
        self._hits = {"left": self.pane("left").set_query(query), "right": self.pane("right").set_query(query)}
        if query:
            self.query_one(StatusBar).show_message(
                f"{len(self._hits['left'])} sentences left, {len(self._hits['right'])} right contain it"
            )
        else:
            self._update_status()

    @on(Input.Submitted, "#search")
    def _search_next(self, event: Input.Submitted) -> None:
        """Each enter jumps to the next sentence with a hit in the focused side's pane."""
        hits = self._hits[self.side] or self._hits[self.other]
        side = self.side if self._hits[self.side] else self.other
        if not hits:
            self.app.bell()
            return
        pane = self.pane(side)
        last = self._search_at.get(side)
        start = last if last is not None else pane.top_sentence() - 1
        sentence = next((h for h in hits if h > start), hits[0])
        self._search_at[side] = sentence
        pane.scroll_to_sentence(sentence, ALIGN_ROW)
        number = hits.index(sentence) + 1
        self.query_one(StatusBar).show_message(f"hit {number} of {len(hits)} sentences on the {side}")

    def _close_search(self) -> None:
        search = self.query_one("#search", Input)
        search.value = ""
        search.display = False
        self.remove_class("-searching")
        self.pane(self.side).focus()

    # -- bookmarks and navigation --------------------------------------------------

    def action_bookmark(self) -> None:
        match = self.matches[self.current] if self.current is not None else None
        passage = make_passage(self.left.texts, match.left, self.right.texts, match.right) if match else None
        self.post_message(messages.AskBookmark(self.left, self.right, "this match" if match else "this pair",
                                               passage))

    def action_export(self) -> None:
        if not self.settled or self.alignment is None:
            self.notify("Still aligning: the export waits for the final matches.", timeout=2)
            return
        self.post_message(messages.ExportComparison(self.alignment))

    def action_read(self) -> None:
        self.post_message(messages.ReadArticle(self.article(self.side)))

    def action_copy(self) -> None:
        """The current match's sentences, left then right, as plain text (OSC 52 over SSH)."""
        if self.current is None:
            self.app.bell()
            self.notify("No current match: n goes to the first.", timeout=2)
            return
        match = self.matches[self.current]
        left = " ".join(self.left.texts[i] for i in match.left)
        right = " ".join(self.right.texts[i] for i in match.right)
        self.app.copy_to_clipboard(f"{left}\n\n{right}\n")
        self.notify(f"Copied match {self.current + 1} (both sides).", timeout=2)

    def action_coverage(self) -> None:
        shelf = self.session.shelf
        articles = shelf.siblings(self.article(self.side)) if shelf is not None else ()
        if len(articles) < 2:
            self.app.bell()
            self.notify("This article's event has no other report.", timeout=2)
            return
        self.post_message(messages.OpenCoverage(articles))

    def action_back(self) -> None:
        if self.has_class("-searching"):
            self._close_search()
            return
        self.dismiss()
