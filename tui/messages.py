"""The messages screens post up to the app, which owns the flows they ask for.

Screens and widgets never import the app: they receive the session, read from it, and
ask for anything that changes state or opens another screen with one of these.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

from tui.config import Bookmark, Passage
from tui.engine.model import Alignment, Article
from tui.engine.shelf import Shelf

if TYPE_CHECKING:
    from tui.engine.coverage import Coverage
    from tui.engine.search import ArticleIndex


@dataclass(frozen=True, slots=True)
class Target:
    """A passage to show once a comparison is ready: sentences on either side."""

    left: int | None = None
    right: int | None = None


class ShelfLoaded(Message):
    """The library read and grouped the corpus: the app keeps it as the session's shelf."""

    def __init__(self, shelf: Shelf) -> None:
        super().__init__()
        self.shelf = shelf


class IndexReady(Message):
    """The library's full-text index is built: the app keeps it in the session."""

    def __init__(self, index: ArticleIndex) -> None:
        super().__init__()
        self.index = index


class ReadArticle(Message):
    """Show one article alone, full width, with its metadata and source."""

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article


class OpenCompare(Message):
    """Compare `left` with `right` (scrolled to `target` once aligned); `over` the screen
    that asks, so that going back returns there, else over the library."""

    def __init__(self, left: Article, right: Article, target: Target | None = None, *, over: bool = False) -> None:
        super().__init__()
        self.left = left
        self.right = right
        self.target = target
        self.over = over


class OpenCoverage(Message):
    """Show who reported what among `articles` (an event's reports)."""

    def __init__(self, articles: tuple[Article, ...]) -> None:
        super().__init__()
        self.articles = articles


class OpenArticle(Message):
    """Compare `article` with the best partner in its event (a picker when it is alone)."""

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article


class PickPartner(Message):
    """Let the reader choose what to compare `article` with."""

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article


class AskBookmark(Message):
    """Ask for a note, then bookmark `left` (and `right`, and the passage)."""

    def __init__(self, left: Article, right: Article | None, what: str, passage: Passage | None = None) -> None:
        super().__init__()
        self.left = left
        self.right = right
        self.what = what
        self.passage = passage


class OpenBookmark(Message):
    """Open a bookmark's article or comparison, scrolled to its passage."""

    def __init__(self, mark: Bookmark) -> None:
        super().__init__()
        self.mark = mark


class EditBookmark(Message):
    """Change a bookmark's note; `note` None removes the bookmark."""

    def __init__(self, mark: Bookmark, note: str | None) -> None:
        super().__init__()
        self.mark = mark
        self.note = note


class MoveArticle(Message):
    """Pin `article` into the event of `beside` (alone when None) and group again."""

    def __init__(self, article: Article, beside: Article | None) -> None:
        super().__init__()
        self.article = article
        self.beside = beside


class ExportComparison(Message):
    """Write the comparison as one self-contained HTML page, in a folder that works over SSH."""

    def __init__(self, alignment: Alignment) -> None:
        super().__init__()
        self.alignment = alignment


class MergeEvent(Message):
    """Pin every one of `articles` into the event of `beside` and group again."""

    def __init__(self, articles: tuple[Article, ...], beside: Article) -> None:
        super().__init__()
        self.articles = articles
        self.beside = beside


class ExportCoverage(Message):
    """Write a coverage grid as one self-contained HTML page, where exports go."""

    def __init__(self, coverage: Coverage) -> None:
        super().__init__()
        self.coverage = coverage


class ChooseTheme(Message):
    """Switch to theme `name` and save it in the config."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name


class SourcesChanged(Message):
    """The sources store changed (an update, an added or purged source): the app marks `new`
    (stored articles' URLs) as new until opened and reads the library again."""

    def __init__(self, new: frozenset[str] = frozenset()) -> None:
        super().__init__()
        self.new = new
