"""The results of one search: each hit with where it comes from, its snippet as plain
text (Markdown stripped) with where the match is, and as rich text with the match in bold.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, Signal

from carnet.notes.plain import plain_snippet
from carnet.store.search import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit
from carnet.ui.a11y import speakable
from carnet.ui.models import ModelIndex

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
META_ROLE = Qt.ItemDataRole.UserRole + 3
#: (plain text, ((start, length), …)): the snippet as drawn, and its matched runs
#: (in Python characters), for a delegate that paints text, not markup.
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 4
#: Combined once, at import: Python's ``enum`` makes a combination of flags at its first
#: use and keeps it; made mid-day, it stays among the day's objects (issue 19).
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
    Qt.ItemFlag.ItemNeverHasChildren


# -- snippets ----------------------------------------------------------------------------------
def _flat(text: str) -> str:
    """One line of plain text: Markdown syntax removed (« une **mission** » reads « une
    mission »), no control characters other than the highlight marks."""
    return plain_snippet(text, HIGHLIGHT_START, HIGHLIGHT_END)


def snippet_html(snippet: str) -> str:
    """The snippet as rich text: escaped first, then the marks become ``<b>``."""
    return _html_of_flat(_flat(snippet))


def _html_of_flat(flat: str) -> str:
    text = html.escape(flat, quote=True)
    opened = False
    out = []
    for char in text:
        if char == HIGHLIGHT_START and not opened:
            out.append("<b>")
            opened = True
        elif char == HIGHLIGHT_END and opened:
            out.append("</b>")
            opened = False
        elif char not in (HIGHLIGHT_START, HIGHLIGHT_END):
            out.append(char)
    if opened:
        out.append("</b>")
    return "".join(out)


def snippet_plain(snippet: str) -> str:
    return _plain_of_flat(_flat(snippet))


def _plain_of_flat(flat: str) -> str:
    return flat.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")


def snippet_runs(snippet: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The snippet as plain text and the (start, length) of each highlighted run."""
    return _runs_of_flat(_flat(snippet))


def _runs_of_flat(flat: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """As :func:`_html_of_flat` reads the marks: a start inside a run and an end
    outside one are ignored; a run left open ends with the text."""
    out: list[str] = []
    runs: list[tuple[int, int]] = []
    at = pos = 0
    opened = -1
    while True:
        mark = HIGHLIGHT_START if opened < 0 else HIGHLIGHT_END
        found = flat.find(mark, pos)
        chunk = flat[pos:] if found < 0 else flat[pos:found]
        chunk = chunk.replace(HIGHLIGHT_END if opened < 0 else HIGHLIGHT_START, "")
        out.append(chunk)
        at += len(chunk)
        if opened >= 0:
            if at > opened:
                runs.append((opened, at - opened))
            opened = -1
        elif found >= 0:
            opened = at
        if found < 0:
            return "".join(out), tuple(runs)
        pos = found + 1


#: The roles :meth:`SearchResultsModel.data` answers; the list asks ~8 per row painted.
_ROLES = frozenset(int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.ToolTipRole, HTML_ROLE, META_ROLE, HIT_ROLE, SNIPPET_ROLE))
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)


# -- the results model ---------------------------------------------------------------------------
#: Fetches the hits after the given one, at most that many (None when it failed).
MoreHits = Callable[[SearchHit, int], Sequence[SearchHit] | None]
#: Rows fetched at a time past the first page (the list asks when scrolled to its end).
PAGE = 30


class SearchResultsModel(QAbstractListModel):
    """The hits of one search, with where each comes from (kind, group, session, step).

    The first page of hits is given with the total; the rest is fetched a page at a
    time as the list scrolls to its end (``canFetchMore``/``fetchMore``), so a
    keystroke pays for a screenful, not for a hundred snippets. ``total`` is always
    the number of hits of the search, not of the rows fetched so far.

    A hit's texts are made when its row is first asked for and kept until the next
    search: the list paints a screenful at a time, several times (hover, selection).
    The rich text is made only when asked for (the delegate paints the plain text
    and its matched runs).
    """

    #: The total changed while fetching (the journal changed since it was counted).
    totalChanged = Signal(int)  # noqa: N815

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self.total = 0
        self._more: MoreHits | None = None
        self._meta: list[str | None] = []
        self._meta_of: Callable[[SearchHit], str] | None = None
        self._texts: dict[int, tuple[str, tuple]] = {}  # row → (flat, (plain, runs))

    def set_hits(self, hits: Sequence[SearchHit],
                 metas: Sequence[str] | Callable[[SearchHit], str], *,
                 total: int | None = None, more: MoreHits | None = None) -> None:
        """The hits (the first page when ``more`` fetches the rest, up to ``total``),
        and where each comes from: the texts, or the function that says it (then asked
        for the rows shown only, as their snippets are)."""
        self.beginResetModel()
        self.hits = list(hits)
        self.total = len(self.hits) if total is None else max(total, len(self.hits))
        self._more = more if self.total > len(self.hits) else None
        if callable(metas):
            self._meta, self._meta_of = [None] * len(self.hits), metas
        else:
            self._meta, self._meta_of = list(metas), None
        self._texts = {}
        self.endResetModel()

    def clear(self) -> None:
        self.set_hits([], [])

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return (not parent.isValid() and self._more is not None and bool(self.hits)
                and len(self.hits) < self.total)

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        """The next page of hits, after the last one listed."""
        if not self.canFetchMore(parent):
            return
        wanted = min(PAGE, self.total - len(self.hits))
        page = self._more(self.hits[-1], wanted)
        if page is None:  # failed (said by whoever fetched): nothing more is asked
            self._more = None
            return
        page = list(page)[:wanted]
        if len(page) < wanted:  # items left the journal since the count: the rest is all
            self._more = None
        if page:
            first = len(self.hits)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.hits.extend(page)
            if self._meta_of is not None:
                self._meta.extend([None] * len(page))
            else:
                self._meta.extend("" for _ in page)
            self.endInsertRows()
        if self._more is None and len(self.hits) != self.total:
            self.total = len(self.hits)
            self.totalChanged.emit(self.total)

    def fetch_all(self) -> None:
        """Every remaining hit (keyboard jumps to the end, tests)."""
        while self.canFetchMore():
            before = len(self.hits)
            self.fetchMore()
            if len(self.hits) == before:
                break

    def _meta_at(self, row: int) -> str:
        meta = self._meta[row]
        if meta is None:
            meta = self._meta[row] = self._meta_of(self.hits[row])
        return meta

    def _texts_of(self, row: int) -> tuple[str, tuple[str, tuple[tuple[int, int], ...]]]:
        texts = self._texts.get(row)
        if texts is None:
            flat = _flat(self.hits[row].snippet)  # Markdown stripped once for all
            texts = self._texts[row] = (flat, _runs_of_flat(flat))
        return texts

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self.hits):
            return None
        if role in (_DISPLAY, _ACCESSIBLE):
            text = f"{self._meta_at(row)} — {self._texts_of(row)[1][0]}"
            return speakable(text) if role == _ACCESSIBLE else text
        if role == _TOOLTIP:
            return self._texts_of(row)[1][0]
        if role == SNIPPET_ROLE:
            return self._texts_of(row)[1]
        if role == HTML_ROLE:
            return _html_of_flat(self._texts_of(row)[0])
        if role == META_ROLE:
            return self._meta_at(row)
        if role == HIT_ROLE:
            return self.hits[row]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS
