"""Every key, grouped, generated from the bindings themselves, so the help can never
drift from what the keys do, and shows the keys a user remapped in config.toml."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import PurePath
from typing import ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widgets import Label, Static

from tui.resources import style_path
from tui.widgets.footer import KeysFooter

Row = tuple[str, str, str]
"""(keys, what it does, binding id)."""


def title_of(node: DOMNode | type[DOMNode]) -> str:
    """The heading a node's keys go under."""
    if isinstance(node, App):
        return "Everywhere"
    cls = node if isinstance(node, type) else type(node)
    return str(getattr(cls, "HELP_TITLE", cls.__name__))


def rows_from(bindings: Iterable[tuple[str, Binding]], display: dict[str, str]) -> list[Row]:
    """One row per action: its keys joined, its tooltip (or description), its id."""
    merged: dict[str, tuple[list[str], Binding]] = {}
    for key, binding in bindings:
        if binding.system:
            continue
        keys, _ = merged.setdefault(f"{binding.action}\0{binding.id}", ([], binding))
        shown = display.get(key, key)
        if shown not in keys:
            keys.append(shown)
    return [
        (" ".join(keys), binding.tooltip or binding.description or binding.action, binding.id or "")
        for keys, binding in merged.values()
    ]


def class_bindings(cls: type[DOMNode], keymap: Mapping[str, str]) -> list[tuple[str, Binding]]:
    """A class's own BINDINGS, with the keymap's keys in place of the defaults."""
    found: list[tuple[str, Binding]] = []
    declared: list[BindingType] = list(cls.__dict__.get("BINDINGS", []))
    seen: set[str] = set()
    for binding in Binding.make_bindings(declared):
        if binding.id and binding.id in keymap:
            if binding.id in seen:
                continue
            seen.add(binding.id)
            found.extend((key.strip(), binding) for key in keymap[binding.id].split(","))
        else:
            found.append((binding.key, binding))
    return found


def table(title: str, rows: list[Row]) -> Table:
    grid = Table(title=Text(title, style="bold"), title_justify="left", show_header=False,
                 box=None, padding=(0, 1), expand=True)
    grid.add_column("keys", no_wrap=True, width=12, style="bold")
    grid.add_column("what", ratio=1)
    # Ids name their screen (compare.next_match): the column fits the longest, unclipped.
    grid.add_column("id", no_wrap=True, style="dim", width=max((len(row[2]) for row in rows), default=0))
    for keys, what, binding_id in rows:
        grid.add_row(Text(keys), Text(what), Text(binding_id))
    return grid



class HelpScreen(Screen[None]):
    """The keys of the screen it was opened from, then those of the other screens."""

    CSS_PATH: ClassVar[list[str | PurePath]] = [style_path("lists.tcss")]

    HELP_TITLE = "Help"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "scroll(1)", "Down", show=False, id="help.down", tooltip="Scroll the help down"),
        Binding("k,up", "scroll(-1)", "Up", show=False, id="help.up", tooltip="Scroll the help up"),
        Binding("escape,q", "back", "Back", id="help.back", tooltip="Close the help"),
        Binding("question_mark", "back", "Close", show=False, id="help.close", tooltip="Close the help"),
    ]

    def __init__(self, source: Screen[object], others: Iterable[type[DOMNode]], keymap: Mapping[str, str]) -> None:
        super().__init__()
        self._source = source
        self._others = [cls for cls in others if not isinstance(source, cls)]
        self._keymap = keymap

    def _sections(self) -> list[Table]:
        display: dict[str, str] = {}
        by_node: dict[int, tuple[DOMNode, list[tuple[str, Binding]]]] = {}
        for key, active in self._source.active_bindings.items():
            display[key] = self.app.get_key_display(active.binding)
            by_node.setdefault(id(active.node), (active.node, []))[1].append((key, active.binding))
        # The screen first, then its widgets, then the app-wide keys.
        ordered = sorted(by_node.values(), key=lambda item: (isinstance(item[0], App), item[0] is not self._source))
        sections = [table(title_of(node), rows_from(bindings, display)) for node, bindings in ordered]
        for cls in self._others:
            found = class_bindings(cls, self._keymap)
            shown = {key: self.app.get_key_display(binding.with_key(key)) for key, binding in found}
            rows = rows_from(found, shown)
            if rows:
                sections.append(table(f"{title_of(cls)} (elsewhere)", rows))
        return sections

    def compose(self) -> ComposeResult:
        yield Label(Text(f"Keys — {title_of(self._source)}"), id="title")
        with VerticalScroll(id="help-body"):
            yield Static(Group(*self._sections()), id="help-table")
        yield KeysFooter()

    def action_scroll(self, offset: int) -> None:
        self.query_one("#help-body", VerticalScroll).scroll_relative(y=offset, animate=False)

    def action_back(self) -> None:
        self.dismiss()
