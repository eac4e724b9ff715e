"""The user's `[keys]` table made into a Textual keymap, with what is wrong in it said.

Binding ids are screen-namespaced (`library.open`, `compare.next_match`, `app.help`), so
that two screens' "open" or "back" can be remapped apart. An id written the old bare way
(`next_match`) still works for every screen that had it, with a notice naming the new id.
An id no binding has, or a key Textual does not know, is reported and left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache

from textual.binding import Binding, BindingType
from textual.dom import DOMNode
from textual.keys import Keys, key_to_character

MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})
"""What may stand before a key's name, joined with "+"."""


def listed_in_help() -> tuple[type[DOMNode], ...]:
    """The screens and panes whose keys the help lists beside the current screen's (a dialog's
    few keys are shown in the dialog). Imported when asked: not all are needed for the first frame."""
    from tui.screens.bookmarks import BookmarksScreen
    from tui.screens.compare import CompareScreen
    from tui.screens.coverage import CoverageScreen
    from tui.screens.library import LibraryScreen
    from tui.screens.reader import ReaderScreen
    from tui.screens.sources import SourcesScreen
    from tui.widgets.article_pane import ArticlePane

    return (LibraryScreen, CompareScreen, ArticlePane, BookmarksScreen, ReaderScreen, CoverageScreen, SourcesScreen)


def keyed() -> tuple[type[DOMNode], ...]:
    """Every class that declares bindings, for the ids a keymap may name: those the help lists,
    and the help and the dialogs. Imported when a keymap is given or the help asks."""
    from tui.screens.confirm import ConfirmScreen
    from tui.screens.help import HelpScreen
    from tui.screens.note_input import NoteInputScreen
    from tui.screens.notices import NoticesScreen
    from tui.screens.picker import PickerScreen

    return (*listed_in_help(), HelpScreen, PickerScreen, NoticesScreen, NoteInputScreen, ConfirmScreen)


def _ids(declared: Iterable[BindingType]) -> set[str]:
    return {binding.id for binding in Binding.make_bindings(declared) if binding.id}


def known_ids(app_bindings: Iterable[BindingType] = ()) -> frozenset[str]:
    """Every binding id of every screen and widget, and of the app's own bindings."""
    found = _ids(app_bindings)
    for cls in keyed():
        found |= _ids(cls.__dict__.get("BINDINGS", []))
    return frozenset(found)


@cache
def _named_keys() -> frozenset[str]:
    return frozenset(key.value for key in Keys) | {"space", "enter", "tab", "backspace", "delete"}


def is_key(name: str) -> bool:
    """Whether Textual would recognise `name` ("x", "ctrl+x", "question_mark", "f5") as a key."""
    *modifiers, base = name.split("+")
    if not base or any(m not in MODIFIERS for m in modifiers):
        return False
    return len(base) == 1 or base in _named_keys() or key_to_character(base) is not None


def resolve_keymap(keys: Mapping[str, str], app_bindings: Iterable[BindingType] = ()
                   ) -> tuple[dict[str, str], list[str]]:
    """The keymap to give `App.set_keymap`, and one notice per thing that was wrong."""
    if not keys:
        return {}, []
    known = known_ids(app_bindings)
    keymap: dict[str, str] = {}
    notices: list[str] = []
    for given, value in keys.items():
        names = [part.strip() for part in value.split(",") if part.strip()]
        bad = [name for name in names if not is_key(name)]
        if bad:
            notices.append(f"[keys] {given}: {', '.join(bad)} is not a key name; that binding keeps its keys")
            continue
        if given in known:
            keymap[given] = ",".join(names)
            continue
        renamed = sorted(i for i in known if i.split(".", 1)[-1] == given and "." in i)
        if not renamed:
            notices.append(f"[keys] {given}: no binding has this id (see the help, ?)")
            continue
        notices.append(f"[keys] {given}: binding ids now name their screen; read as {', '.join(renamed)}")
        for new in renamed:
            keymap.setdefault(new, ",".join(names))
    return keymap, notices
