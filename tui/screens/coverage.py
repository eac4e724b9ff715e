"""Who reported what: the facts of one event's reports as a grid, outlets as columns.

Facts (what at least two reports say, from `tui.engine.coverage`) are the rows, labelled
by their sentence; the reports are the columns, by short outlet name (the grid scrolls
sideways past the screen's width while the fact column stays). Each cell has a mark,
readable without colour: "●" the outlet reports the fact, "·" it does not. The last row
counts each outlet's sentences nobody else has.

Filters, on the outlet under the cursor: `x` keeps the facts it is missing; `o` lists
the sentences only it has. (A fact always has two reports or more, so "only in this
outlet" cannot be a set of facts: its rows are that outlet's own sentences instead.)
Escape clears the filter, then goes back. Enter on a mark opens the comparison of that
outlet with the fact's best-linked other report, lined up on the fact.

The coverage is built in a thread worker (the pairwise alignments, which the engine
caches); the screen shows progress until it is complete, never a part of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING, ClassVar, Literal

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.coordinate import Coordinate
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Label, ProgressBar
from textual.worker import Worker, WorkerState, get_current_worker

from tui import messages
from tui.engine.model import Article
from tui.messages import Target
from tui.resources import style_path
from tui.session import Session
from tui.widgets.footer import KeysFooter
from tui.widgets.labels import source_of
from tui.widgets.text import clean

if TYPE_CHECKING:  # the coverage brings the aligner (NumPy): the session builds it, not this import
    from tui.engine.coverage import Coverage, Fact

REPORTS = "●"
"""The mark of an outlet that reports the fact (a shape, not a colour: NO_COLOR reads it)."""
MISSING = "·"
"""The mark of an outlet that does not."""
OUTLET_WIDTH = 10
"""An outlet's column heading is clipped to this many characters (the detail line has it whole)."""
LABEL_MIN, LABEL_MAX = 20, 60
"""The fact column's width bounds; within them it takes what the outlet columns leave."""
CHROME = 4
"""Columns the grid's scrollbar and edges take from the screen's width."""
PROGRESS_STEP = 0.02
"""The least progress (a fraction) worth a message: the bar moves, the queue stays short."""
ALONE = "alone"
"""The row key of the last row: each outlet's count of sentences nobody else has."""

Mode = Literal["only", "missing"]


def clip(text: str, width: int) -> str:
    """`text` in at most `width` characters, an ellipsis marking a cut."""
    return text if len(text) <= width else text[: max(width - 1, 0)].rstrip() + "…"


def outlet_name(article: Article) -> str:
    """The report's outlet, else its file's name or URL."""
    return clean(article.outlet) if article.outlet else source_of(article)


def short_names(articles: Sequence[Article]) -> list[str]:
    """Each report's column heading: its outlet (else its file or URL), clipped; a name
    that repeats gets a number (" 2", " 3") so two columns never read the same."""
    names: list[str] = []
    for name in (outlet_name(a) for a in articles):
        short, n = clip(name, OUTLET_WIDTH), 1
        while short in names:
            n += 1
            short = f"{clip(name, OUTLET_WIDTH - len(str(n)) - 1)} {n}"
        names.append(short)
    return names


class CoverageScreen(Screen[None]):
    """The coverage of `articles` (the reports of one event)."""

    CSS_PATH: ClassVar[list[str | PurePath]] = [style_path("coverage.tcss")]

    HELP_TITLE = "Coverage"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Compare", id="coverage.open", priority=True,
                tooltip="On a mark: compare this outlet with the fact's best-linked other report, "
                "lined up on the fact"),
        Binding("s", "sort", "Sort", id="coverage.sort",
                tooltip="Sort the facts by how many report them, or by who reported them first"),
        Binding("o", "only", "Only here", id="coverage.only",
                tooltip="List the sentences only the outlet under the cursor has"),
        Binding("x", "missing", "Missing", id="coverage.missing",
                tooltip="Keep the facts the outlet under the cursor does not report"),
        Binding("e", "export", "Export", id="coverage.export", show=False,
                tooltip="Write the grid as one HTML page (working folder, else the data folder)"),
        Binding("escape", "back", "Back", id="coverage.back", tooltip="Clear the filter, or go back"),
        Binding("q", "back", "Back", show=False, id="coverage.quit", tooltip="Clear the filter, or go back"),
        Binding("j", "move(1, 0)", "Down", show=False, id="coverage.down", tooltip="Next row"),
        Binding("k", "move(-1, 0)", "Up", show=False, id="coverage.up", tooltip="Previous row"),
        Binding("l", "move(0, 1)", "Right", show=False, id="coverage.right", tooltip="Next outlet"),
        Binding("h", "move(0, -1)", "Left", show=False, id="coverage.left", tooltip="Previous outlet"),
    ]

    IN_PALETTE: ClassVar[tuple[str, ...]] = ("coverage.sort", "coverage.only", "coverage.missing", "coverage.back")
    """The bindings the command palette offers too (as "Coverage: <tooltip>") while this screen is open."""

    class Built(Message):
        """The worker's result: the whole coverage."""

        def __init__(self, coverage: Coverage) -> None:
            super().__init__()
            self.coverage = coverage

    class Progress(Message):
        """How far the worker has got (a fraction)."""

        def __init__(self, fraction: float) -> None:
            super().__init__()
            self.fraction = fraction

    def __init__(self, session: Session, articles: Sequence[Article]) -> None:
        super().__init__()
        self.session = session
        self.articles = tuple(articles)
        self.coverage: Coverage | None = None
        self.by_first = False
        """Facts sorted by first report (True) or by support (False, the engine's order)."""
        self.filter: tuple[Mode, int] | None = None
        """The filter in force and the article (column) it is about."""
        self._names: list[str] = []
        self._failed = False

    def compose(self) -> ComposeResult:
        count = len(self.articles)
        yield Label(Text(f"Coverage — reading {count} report{'s' if count != 1 else ''}…"), id="title")
        yield ProgressBar(id="progress", show_eta=False, total=1.0)
        grid: DataTable[Text] = DataTable(id="grid", cursor_type="cell", zebra_stripes=False, fixed_columns=1)
        grid.display = False
        yield grid
        yield Label(Text(""), id="detail")
        yield KeysFooter()

    def on_mount(self) -> None:
        self._build()

    # -- building --------------------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="coverage")
    def _build(self) -> None:
        worker = get_current_worker()
        last = 0.0

        def progress(fraction: float) -> None:
            nonlocal last
            if fraction - last >= PROGRESS_STEP or fraction >= 1.0:
                last = fraction
                self.post_message(self.Progress(fraction))

        coverage = self.session.coverage(self.articles, progress=progress, cancelled=lambda: worker.is_cancelled)
        if coverage is None or worker.is_cancelled:
            return
        why = self.session.encoder_problem()
        if why:
            self.app.call_from_thread(self.app.notify, clean(why), severity="warning", markup=False, timeout=8)
        self.post_message(self.Built(coverage))

    @on(Progress)
    def _progress(self, message: Progress) -> None:
        for bar in self.query("#progress").results(ProgressBar):  # gone once built, or failed
            bar.update(progress=message.fraction)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "coverage" and event.state == WorkerState.ERROR:
            self._failed = True
            self.query("#progress").remove()
            self.query_one("#title", Label).update(Text(clean(f"Coverage — could not build it: {event.worker.error}")))

    @on(Built)
    def _built(self, message: Built) -> None:
        self.coverage = message.coverage
        self._names = short_names(message.coverage.articles)
        self.query("#progress").remove()
        grid = self.query_one("#grid", DataTable)
        grid.display = True
        self._fill()
        grid.focus()

    def on_resize(self) -> None:
        """The fact column takes what the outlets leave of the new width."""
        if self.coverage is not None:
            self._fill()

    # -- the grid --------------------------------------------------------------------

    def _order(self) -> list[int]:
        """The facts' indices in the order shown, filtered."""
        assert self.coverage is not None
        facts = self.coverage.facts
        order = list(range(len(facts)))
        if self.by_first:  # articles are in date order: a fact's first member reported it first
            order.sort(key=lambda n: (facts[n].members[0].article, facts[n].members[0].sentences, n))
        if self.filter is not None and self.filter[0] == "missing":
            order = [n for n in order if not facts[n].sentences_of(self.filter[1])]
        return order

    def _label_width(self) -> int:
        outlets = sum(len(name) + 2 for name in self._names)  # a cell's padding is one each side
        return max(LABEL_MIN, min(LABEL_MAX, self.app.size.width - outlets - CHROME))

    def _fill(self) -> None:
        """Show the coverage as sorted and filtered now, the cursor kept where it was."""
        coverage = self.coverage
        assert coverage is not None
        grid: DataTable[Text] = self.query_one("#grid", DataTable)
        was = self._row_key() if grid.row_count else None
        column = grid.cursor_column if grid.row_count else 1  # first on an outlet: o and x work at once
        grid.clear(columns=True)
        width = self._label_width()
        heading = "sentence only here" if self.filter and self.filter[0] == "only" else "fact"
        grid.add_column(Text(heading, style="bold"), key="label", width=width)
        for k, name in enumerate(self._names):
            grid.add_column(Text(name, style="bold"), key=f"a{k}", width=max(len(name), 1))
        everyone = range(len(coverage.articles))
        if self.filter is not None and self.filter[0] == "only":
            k = self.filter[1]
            for s in coverage.unique(k):
                grid.add_row(Text(clip(clean(coverage.articles[k].texts[s]), width)),
                             *(self._mark(j == k) for j in everyone), key=f"u{s}")
        else:
            for n in self._order():
                fact = coverage.facts[n]
                grid.add_row(Text(clip(clean(fact.label), width)),
                             *(self._mark(bool(fact.sentences_of(j))) for j in everyone), key=f"f{n}")
            grid.add_row(Text(clip("own sentences (count)", width), style="italic"),
                         *(Text(str(len(coverage.unique(j))), justify="center") for j in everyone), key=ALONE)
        row = next((r for r in range(grid.row_count) if was is not None and self._key_at(r) == was), 0)
        grid.move_cursor(row=row, column=column, animate=False)
        self._show_title()
        self._show_detail()

    @staticmethod
    def _mark(reports: bool) -> Text:
        return Text(REPORTS, style="bold", justify="center") if reports else \
            Text(MISSING, style="dim", justify="center")

    def _show_title(self) -> None:
        coverage = self.coverage
        assert coverage is not None
        count, facts = len(coverage.articles), len(coverage.facts)
        title = Text(f"Coverage — {count} reports, {facts} fact{'s' if facts != 1 else ''}", end="")
        if self.filter is None:
            title.append(" · by first report" if self.by_first else " · by support")
        else:
            mode, k = self.filter
            title.append(" · only in " if mode == "only" else " · missing from ", style="bold")
            title.append(outlet_name(coverage.articles[k]), style="bold")
            title.append(" · escape clears")
        self.query_one("#title", Label).update(title)

    def _key_at(self, row: int) -> str:
        grid = self.query_one("#grid", DataTable)
        return str(grid.coordinate_to_cell_key(Coordinate(row, 0)).row_key.value)

    def _row_key(self) -> str:
        return self._key_at(self.query_one("#grid", DataTable).cursor_row)

    def _outlet(self) -> int | None:
        """The article of the column under the cursor; None on the fact column."""
        column = self.query_one("#grid", DataTable).cursor_column
        return column - 1 if column >= 1 else None

    def fact_at_cursor(self) -> Fact | None:
        """The fact of the row under the cursor, if the row is a fact."""
        if self.coverage is None:
            return None
        key = self._row_key()
        return self.coverage.facts[int(key[1:])] if key.startswith("f") else None

    @on(DataTable.CellHighlighted, "#grid")
    def _highlighted(self) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        """Under the grid: the cell's sentence in the outlet's own words, and the outlet."""
        coverage = self.coverage
        if coverage is None or not self.query_one("#grid", DataTable).row_count:
            return
        key, k = self._row_key(), self._outlet()
        text = Text(end="")
        name = outlet_name(coverage.articles[k]) if k is not None else ""
        if key == ALONE:
            if k is None:
                text.append("The sentences each outlet alone has: o on a column lists them.")
            else:
                text.append(name, style="bold")
                text.append(f": {len(coverage.unique(k))} sentences nobody else has; "
                            f"reports {coverage.share(k):.0%} of the facts. o lists them.")
        elif key.startswith("u"):
            text.append(clean(coverage.articles[self.filter[1] if self.filter else 0].texts[int(key[1:])]))
        else:
            fact = coverage.facts[int(key[1:])]
            own = fact.sentences_of(k) if k is not None else ()
            if k is None:
                text.append(f"{fact.support} reports: ", style="bold")
                text.append(clean(fact.label))
            elif own:
                text.append(f"{name}: ", style="bold")
                text.append(clean(" ".join(coverage.articles[k].texts[s] for s in own)))
            else:
                text.append(f"Not in {name}. ", style="bold")
                text.append(clean(fact.label))
        self.query_one("#detail", Label).update(text)

    # -- keys --------------------------------------------------------------------------

    def _ready(self) -> bool:
        if self.coverage is None:
            self.notify("The coverage could not be built." if self._failed else "Still lining up the reports…",
                        timeout=2)
        return self.coverage is not None

    def action_move(self, rows: int, columns: int) -> None:
        grid = self.query_one("#grid", DataTable)
        if grid.row_count:
            grid.move_cursor(row=grid.cursor_row + rows, column=grid.cursor_column + columns, animate=False)

    def action_sort(self) -> None:
        if self._ready():
            self.by_first = not self.by_first
            self._fill()

    def _filter_on(self, mode: Mode) -> None:
        if not self._ready():
            return
        coverage = self.coverage
        assert coverage is not None
        k = self._outlet()
        if k is None:
            self.app.bell()
            self.notify("Move to an outlet's column first (→ or l).", timeout=2)
            return
        empty = not coverage.unique(k) if mode == "only" else all(f.sentences_of(k) for f in coverage.facts)
        if empty:
            self.app.bell()
            what = "has no sentence of its own" if mode == "only" else "reports every fact"
            self.notify(f"{self._names[k]} {what}.", timeout=2, markup=False)
            return
        self.filter = (mode, k)
        self._fill()

    def action_only(self) -> None:
        self._filter_on("only")

    def action_missing(self) -> None:
        self._filter_on("missing")

    def action_open(self) -> None:
        if not self._ready():
            return
        coverage = self.coverage
        assert coverage is not None
        key, k = self._row_key(), self._outlet()
        if key == ALONE:
            self.action_only()
            return
        if key.startswith("u"):
            assert self.filter is not None
            mine = self.filter[1]
            if k != mine:
                self.app.bell()
                self.notify(f"Only {self._names[mine]} has this sentence.", timeout=2, markup=False)
                return
            partner = self._closest(mine)
            self.post_message(messages.OpenCompare(coverage.articles[mine], coverage.articles[partner],
                                                   Target(left=int(key[1:])), over=True))
            return
        fact = coverage.facts[int(key[1:])]
        article = fact.central if k is None else k
        own = fact.sentences_of(article)
        if not own:
            self.app.bell()
            self.notify(f"{self._names[article]} does not report this fact.", timeout=2, markup=False)
            return
        partner = fact.partner(article)
        target = Target(left=min(own), right=min(fact.sentences_of(partner)))
        self.post_message(messages.OpenCompare(coverage.articles[article], coverage.articles[partner], target,
                                               over=True))

    def _closest(self, article: int) -> int:
        """The report sharing the most facts with `article` (the first such in order)."""
        coverage = self.coverage
        assert coverage is not None
        others = [j for j in range(len(coverage.articles)) if j != article]
        return max(others, key=lambda j: (sum(1 for f in coverage.facts
                                              if f.sentences_of(j) and f.sentences_of(article)), -j))

    def action_export(self) -> None:
        if self.coverage is None:
            self.notify("Still reading the reports: the export waits for the whole grid.", timeout=2)
            return
        self.post_message(messages.ExportCoverage(self.coverage))

    def action_back(self) -> None:
        if self.filter is not None:
            self.filter = None
            self._fill()
            return
        self.dismiss()
