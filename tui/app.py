"""The Parallax app: it owns the session (config, settings, bookmarks, the loaded corpus)
and the flows between screens. Screens post messages (`tui.messages`) and never import
this module; the app answers by changing the session and pushing screens.

The screens besides the library are imported where they are first pushed: together they cost
about 20 ms of the start (python -X importtime), which the library's first frame does not wait for."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path, PurePath
from typing import ClassVar

from platformdirs import user_data_path, user_downloads_dir
from textual import on, work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.worker import Worker, WorkerState, get_current_worker

from tui import collector, messages
from tui.bookmarks import find_passage
from tui.config import Bookmark, ConfigError, Passage
from tui.engine.model import Alignment, Article
from tui.engine.sanitize import printable
from tui.engine.search import ArticleIndex
from tui.engine.shelf import best_partner
from tui.keymap import listed_in_help, resolve_keymap
from tui.messages import Target
from tui.resources import style_path
from tui.screens.library import LibraryScreen
from tui.screens.palette import ParallaxCommands
from tui.session import Session, stacked_for
from tui.themes import PARALLAX_THEME
from tui.widgets.sources_update import SourcesUpdate
from tui.widgets.text import clean

COLLECTOR_PAUSE = 2.0
"""Seconds the cycle collector may stay paused at the start while the corpus is still read."""


class ParallaxApp(App[None]):
    """Events library, comparisons, bookmarks; everything by keyboard."""

    TITLE = "Parallax"
    CSS_PATH: ClassVar[list[str | PurePath]] = [style_path("app.tcss")]
    COMMANDS = App.COMMANDS | {ParallaxCommands}
    HELP_TITLE = "Everywhere"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", id="app.help", tooltip="Show every key"),
        Binding("B", "bookmarks", "Marks", id="app.bookmarks", tooltip="List the bookmarks"),
        Binding("ctrl+p", "command_palette", "palette", show=False, priority=True, id="app.command_palette",
                tooltip="Open the command palette: open or compare articles, bookmarks, themes"),
    ]

    def __init__(self, session: Session) -> None:
        # With NO_COLOR, Textual drops colour with its NoColor filter only for ANSI colour;
        # otherwise it greys everything out and still sends grey escapes. Textual removes
        # NO_COLOR from the environment in __init__, so it is read first.
        super().__init__(ansi_color=True if os.environ.get("NO_COLOR") is not None else None)
        self.session = session
        self.animation_level = "none"
        self.register_theme(PARALLAX_THEME)
        # Chosen before the first frame: a theme changed later restyles every widget.
        self._first_theme(session.settings.theme)
        # Said once as a toast and kept with the session's other notices, under i.
        self.session.warnings += self._apply_keymap()

    def _first_theme(self, name: str) -> None:
        """Start in theme `name` when it is known. Setting `theme` runs Textual's watcher, which
        parses the whole stylesheet again and restyles every widget once the app runs (about a
        tenth of the start-up, bench tui); before the first frame nothing is styled yet, so a
        theme as dark as the default one is set without it: its colours go to the stylesheet
        before its one parse, the classes are the watcher's, and the colour filter Textual made
        for a dark theme stays right. A light theme goes the watcher's way."""
        theme = self.available_themes.get(name)
        if theme is None:
            return  # on_mount says so
        if theme.dark != self.current_theme.dark:
            self.theme = name
            return
        self.set_reactive(App.theme, name)
        self.set_class(True, f"-theme-{name}", update=False)
        self.stylesheet.set_variables(self.get_css_variables())  # read when the stylesheet is parsed, at the start

    def _apply_keymap(self) -> list[str]:
        keymap, notices = resolve_keymap(self.session.settings.keymap, self.BINDINGS)
        self.set_keymap(keymap)
        return notices

    def on_mount(self) -> None:
        if self.session.settings.theme not in self.available_themes:
            self.switch_theme(self.session.settings.theme)
        for warning in self.session.warnings:
            self.notify(clean(warning), severity="warning", markup=False, timeout=8)
        # The command line paused the cycle collector for the start (tui.collector): it is back
        # once the library shows the corpus, or after COLLECTOR_PAUSE at most (a long cold read).
        self.set_timer(COLLECTOR_PAUSE, collector.resume)

    def get_default_screen(self) -> Screen[None]:
        """The library is the app's first screen, composed with the app (pushed on an empty
        default screen in `on_mount`, it drew a frame nobody saw and laid itself out twice)."""
        return LibraryScreen(self.session)

    def switch_theme(self, name: str) -> None:
        """Use theme `name`; an unknown name keeps the current theme and says so."""
        if name in self.available_themes:
            self.theme = name
        else:
            self.notify(f"Unknown theme {clean(name)!r}; using {self.theme!r}.", severity="warning", markup=False)

    @on(messages.ChooseTheme)
    def _choose_theme(self, message: messages.ChooseTheme) -> None:
        """Switch, and keep the choice in the config for the next start."""
        self.switch_theme(message.name)
        if self.theme != message.name:
            return
        try:
            self.session.save_theme(message.name)
        except ConfigError as err:
            self.notify(clean(str(err)), severity="warning", markup=False)

    # -- the corpus ----------------------------------------------------------------

    @on(messages.ShelfLoaded)
    def _shelf_loaded(self, message: messages.ShelfLoaded) -> None:
        self.session.shelf = message.shelf
        self._keep_index(None)  # the index of the shelf before is stale; a new one follows
        self.call_after_refresh(collector.resume)  # after the frame that lists it

    @on(messages.IndexReady)
    def _index_ready(self, message: messages.IndexReady) -> None:
        self._keep_index(message.index)

    def _keep_index(self, index: ArticleIndex | None) -> None:
        """The session's full-text index from now on; the one before it is closed."""
        before, self.session.index = self.session.index, index
        if before is not None and before is not index:
            before.close()

    def _to_library(self) -> LibraryScreen | None:
        while len(self.screen_stack) > 1 and not isinstance(self.screen, LibraryScreen):
            self.pop_screen()
        return self.screen if isinstance(self.screen, LibraryScreen) else None

    @on(messages.MoveArticle)
    def _move_article(self, message: messages.MoveArticle) -> None:
        """Pin the article, save it, and group again with the cursor kept on it."""
        why = self.session.move_problem()
        if why is not None:
            self.notify(clean(f"Cannot move articles: {why}"), severity="error", markup=False)
            return
        try:
            self.session.pin(message.article.path, message.beside.path if message.beside else None)
        except ConfigError as err:
            self.notify(clean(str(err)), severity="error", markup=False)
            return
        self._regroup(keep=message.article)

    @on(messages.MergeEvent)
    def _merge_event(self, message: messages.MergeEvent) -> None:
        """One event's reports pinned into another's: saved, then grouped again."""
        why = self.session.move_problem()
        if why is not None:
            self.notify(clean(f"Cannot merge events: {why}"), severity="error", markup=False)
            return
        try:
            for article in message.articles:
                self.session.pin(article.path, message.beside.path)
        except ConfigError as err:
            self.notify(clean(str(err)), severity="error", markup=False)
        self._regroup(keep=message.articles[0])

    def _regroup(self, keep: Article) -> None:
        """After a pin: back to the library, which reads and groups again (the cache makes it
        quick) and puts the cursor back on `keep`."""
        library = self._to_library()
        if library is not None:
            self.session.shelf = None
            library.reload(keep=keep)

    @on(messages.SourcesChanged)
    def _sources_changed(self, message: messages.SourcesChanged) -> None:
        """Stored articles came (or went), during an update or at its end: mark the new ones until
        opened, and read the library again (through the cache: the new articles join the kept
        grouping, tui.engine.incremental, instead of the corpus being grouped anew)."""
        self.session.mark_new(message.new)
        library = self._library()
        if library is not None:
            library.reload()

    @on(SourcesUpdate.Progress)
    @on(SourcesUpdate.SourceDone)
    @on(SourcesUpdate.Finished)
    def _update_news(self, message: SourcesUpdate.Progress | SourcesUpdate.SourceDone | SourcesUpdate.Finished,
                     ) -> None:
        """An update runs on one screen: the others' progress lines follow it, and a sources
        screen open elsewhere lists the statuses and counts again as each source is done."""
        from tui.screens.sources import SourcesScreen

        origin = message.origin
        for screen in self.screen_stack:
            for widget in screen.query(SourcesUpdate):
                if widget is not origin:
                    widget.follow(message)
            started_here = origin.is_attached and origin.screen is screen
            if isinstance(screen, SourcesScreen) and not started_here \
                    and not isinstance(message, SourcesUpdate.Progress):
                screen.refill()

    # -- comparisons ---------------------------------------------------------------

    def open_compare(self, left: Article, right: Article, target: Target | None = None, *,
                     over: bool = False) -> None:
        """Show the comparison of `left` and `right`, on top of the library (or, `over`,
        on top of the screen it was opened from, so escape goes back there)."""
        if not over:
            self._to_library()
        self.session.seen(left.path, right.path)
        stacked = stacked_for(self.session.settings.layout, self.size.width)
        from tui.screens.compare import CompareScreen  # when first pushed (see the module's docstring)

        self.push_screen(CompareScreen(self.session, left, right, target=target, stacked=stacked))

    @on(messages.OpenCompare)
    def _open_compare(self, message: messages.OpenCompare) -> None:
        self.open_compare(message.left, message.right, message.target, over=message.over)

    @on(messages.OpenCoverage)
    def _open_coverage(self, message: messages.OpenCoverage) -> None:
        from tui.screens.coverage import CoverageScreen

        self.push_screen(CoverageScreen(self.session, message.articles))

    @on(messages.OpenArticle)
    def _open_article(self, message: messages.OpenArticle) -> None:
        self.open_article(message.article)

    def open_article(self, article: Article) -> None:
        """Put the library's cursor on `article` and compare it with its best partner."""
        shelf = self.session.shelf
        library = self._to_library()
        if shelf is None or library is None:
            return
        library.select_article(article)
        siblings = shelf.siblings(article)
        if len(siblings) < 2:
            self.notify("This article is alone in its event: choose one to compare it with.", timeout=3)
            self.pick_partner(article)
            return
        library.show_status("finding the best partner…")
        self._find_partner(article, siblings)

    # described in words: by default Textual writes the repr of the arguments (every sentence of each)
    @work(thread=True, exclusive=True, exit_on_error=False, group="partner", description="find the best partner")
    def _find_partner(self, article: Article, candidates: tuple[Article, ...]) -> None:
        def aligned(left: Article, right: Article) -> Alignment:
            alignment = self.session.align(left, right, words_only=True)
            assert alignment is not None  # only a `cancelled` callback stops an alignment
            return alignment

        def refined(words: Alignment) -> Alignment:
            return self.session.add_meaning(words) or words

        # Ranked by words; only the best few are read by the sentence encoder.
        partner = best_partner(article, candidates, aligned, refine=refined if self.session.two_stages else None)
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._partner_found, article, partner)

    def _partner_found(self, article: Article, partner: Article | None) -> None:
        """Open the comparison, if the reader is still in the library; the status line goes
        either way (the library may be under another screen, to be seen again)."""
        library = self._library()
        if library is not None:
            library.show_status("")
        if self.screen is not library:  # the reader went on to another screen meanwhile
            self.notify("The comparison was not opened: another screen came first. Press ⏎ again in the "
                        "library.", timeout=4, markup=False)
        elif partner is None:
            self.pick_partner(article)
        else:
            self.open_compare(article, partner)

    def _library(self) -> LibraryScreen | None:
        """The library, wherever it is in the stack."""
        return next((s for s in self.screen_stack if isinstance(s, LibraryScreen)), None)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "partner" and event.state == WorkerState.ERROR:
            library = self._library()
            if library is not None:
                library.show_status("")
            self.notify(clean(f"Could not compare: {event.worker.error}"), severity="error", markup=False)

    @on(messages.PickPartner)
    def _pick_partner(self, message: messages.PickPartner) -> None:
        self.pick_partner(message.article)

    def pick_partner(self, article: Article) -> None:
        """Let the reader choose what to compare `article` with."""
        shelf = self.session.shelf
        if shelf is None:
            return
        from tui.screens.picker import PickerScreen

        def chosen(partner: Article | str | None) -> None:
            if isinstance(partner, Article):
                self.open_compare(article, partner)

        self.push_screen(PickerScreen(shelf.articles, title="Compare with…", exclude=article.path), chosen)

    def action_compare_two(self) -> None:
        """Choose a left article, then a right one, then compare them."""
        shelf = self.session.shelf
        if shelf is None:
            self.notify("Still reading the corpus…", timeout=2)
            return
        articles = shelf.articles
        from tui.screens.picker import PickerScreen

        def left_chosen(left: Article | str | None) -> None:
            if not isinstance(left, Article):
                return

            def right_chosen(right: Article | str | None) -> None:
                if isinstance(right, Article):
                    self.open_compare(left, right)

            self.push_screen(PickerScreen(articles, title="Right article", exclude=left.path), right_chosen)

        self.push_screen(PickerScreen(articles, title="Left article"), left_chosen)

    def deliver_screenshot(self, filename: str | None = None, path: str | None = None,
                           time_format: str | None = None) -> str | None:
        """The palette's screenshot: to ~/Downloads only where it exists, else the working
        folder, else the user's data folder; the notice says where it went."""
        if path is None:
            downloads = Path(user_downloads_dir())
            candidates = [downloads] if downloads.is_dir() else []
            candidates += [Path.cwd(), user_data_path("parallax", appauthor=False) / "screenshots"]
            from tui.export.files import writable_folder  # the exporters cost 28 ms at start-up

            try:
                path = str(writable_folder(candidates))
            except OSError as err:
                self.notify(clean(f"Cannot save a screenshot: {err}"), severity="error", markup=False)
                return None
        return super().deliver_screenshot(filename, path, time_format)

    # -- help ----------------------------------------------------------------------

    def action_help(self) -> None:
        """Every key of the current screen, then those of the others."""
        from tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen, listed_in_help(), self.current_keymap()))

    def current_keymap(self) -> dict[str, str]:
        """The keymap in force (ids as the bindings now spell them)."""
        return resolve_keymap(self.session.settings.keymap, self.BINDINGS)[0]

    # -- bookmarks -----------------------------------------------------------------

    def action_bookmarks(self) -> None:
        from tui.screens.bookmarks import BookmarksScreen

        if not isinstance(self.screen, BookmarksScreen):
            self.push_screen(BookmarksScreen(self.session))

    @on(messages.AskBookmark)
    def _ask_bookmark(self, message: messages.AskBookmark) -> None:
        """Ask for a note, then save the bookmark (on an article, a pair or a passage)."""
        store = self.session.bookmarks
        if store.read_only:
            why = store.error or "the config file could not be read"
            self.notify(clean(f"Bookmarks are read-only: {why}"), severity="error", markup=False)
            return
        left, right, what, passage = message.left, message.right, message.what, message.passage

        def save(note: str | None) -> None:
            if note is None:
                return
            try:
                mark = store.add(left.path, right.path if right else None, note, passage=passage)
            except ConfigError as err:  # a write the config refused: say so and go on
                self.notify(clean(str(err)), severity="error", markup=False)
                return
            self.notify(f"Bookmarked {what} ({clean(mark.id)}).", markup=False, timeout=2)

        from tui.screens.note_input import NoteInputScreen

        self.push_screen(NoteInputScreen(f"Bookmark {what}: a note (optional)"), save)

    @on(messages.EditBookmark)
    def _edit_bookmark(self, message: messages.EditBookmark) -> None:
        """Change a note, or remove the bookmark; the bookmarks screen shows the file again."""
        store = self.session.bookmarks
        try:
            if message.note is None:
                store.remove(message.mark.id)
            else:
                store.edit(message.mark.id, message.note)
        except ConfigError as err:
            self.notify(clean(str(err)), severity="error", markup=False)
        from tui.screens.bookmarks import BookmarksScreen

        if isinstance(self.screen, BookmarksScreen):
            self.screen.refill()

    @on(messages.OpenBookmark)
    def _open_bookmark(self, message: messages.OpenBookmark) -> None:
        """Open a bookmark's comparison and scroll to its passage, found again from its
        quote if the article was re-segmented since."""
        mark: Bookmark = message.mark
        shelf = self.session.shelf
        left = shelf.by_path.get(mark.left) if shelf else None
        right = shelf.by_path.get(mark.right) if shelf and mark.right else None
        if left is None or (mark.right is not None and right is None):
            missing = mark.left if left is None else mark.right
            self.notify(f"{clean(missing or '')} is not in the corpus that is open.", severity="warning",
                        markup=False)
            return
        if right is None:
            from tui.screens.reader import ReaderScreen

            self.session.seen(left.path)
            self.push_screen(ReaderScreen(left))
            return
        self.open_compare(left, right, passage_target(mark.passage, left, right), over=True)

    @on(messages.ExportComparison)
    def _export(self, message: messages.ExportComparison) -> None:
        from tui.export.files import export_folders, write_export  # 28 ms of imports: not at start-up

        try:
            path = write_export(message.alignment, "html", folders=export_folders(self.session.export_folder))
        except OSError as err:
            self.notify(clean(f"Could not export: {err}"), severity="error", markup=False)
            return
        self.notify(f"Exported to {printable(str(path), one_line=True)}", markup=False, timeout=8)

    @on(messages.ExportCoverage)
    def _export_coverage(self, message: messages.ExportCoverage) -> None:
        # The exporters load when first used (28 ms of imports, not at start-up).
        from tui.export.coverage_html import render_coverage_html
        from tui.export.files import export_folders, write_document

        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        try:
            path = write_document(render_coverage_html(message.coverage), f"parallax-coverage-{stamp}.html",
                                  export_folders(self.session.export_folder))
        except OSError as err:
            self.notify(clean(f"Could not export: {err}"), severity="error", markup=False)
            return
        self.notify(f"Exported to {printable(str(path), one_line=True)}", markup=False, timeout=8)

    @on(messages.ReadArticle)
    def _read_article(self, message: messages.ReadArticle) -> None:
        from tui.screens.reader import ReaderScreen

        self.session.seen(message.article.path)
        self.push_screen(ReaderScreen(message.article))


def passage_target(passage: Passage | None, left: Article, right: Article) -> Target | None:
    """Where a saved passage is now in these two articles."""
    if passage is None:
        return None
    found_left = (find_passage(passage.left_quote, left.texts, hint=passage.left)
                  if passage.left_quote else ()) or passage.left
    found_right = (find_passage(passage.right_quote, right.texts, hint=passage.right)
                   if passage.right_quote else ()) or passage.right
    return Target(min(found_left) if found_left else None, min(found_right) if found_right else None)
