"""The results of one search: each hit with where it comes from, its snippet as plain
text (Markdown stripped) and as rich text with the match in bold.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from carnet.notes.plain import plain_snippet
from carnet.store.search import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit
from carnet.ui.a11y import speakable
from carnet.ui.models import ModelIndex

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
META_ROLE = Qt.ItemDataRole.UserRole + 3


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


#: The roles :meth:`SearchResultsModel.data` answers; the list asks ~8 per row painted.
_ROLES = frozenset(int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.ToolTipRole, HTML_ROLE, META_ROLE, HIT_ROLE))
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)


# -- the results model ---------------------------------------------------------------------------
class SearchResultsModel(QAbstractListModel):
    """The hits of one search, with where each comes from (kind, group, session, step).

    A hit's plain and rich texts are made when its row is first asked for and kept
    until the next search: the list paints a screenful at a time, several times
    (hover, selection), and the hundredth hit is often never shown at all.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self._meta: list[str | None] = []
        self._meta_of: Callable[[SearchHit], str] | None = None
        self._texts: dict[int, tuple[str, str]] = {}  # row → (plain, html)

    def set_hits(self, hits: Sequence[SearchHit],
                 metas: Sequence[str] | Callable[[SearchHit], str]) -> None:
        """The hits, and where each comes from: the texts, or the function that says it
        (then asked for the rows shown only, as their snippets are)."""
        self.beginResetModel()
        self.hits = list(hits)
        if callable(metas):
            self._meta, self._meta_of = [None] * len(self.hits), metas
        else:
            self._meta, self._meta_of = list(metas), None
        self._texts = {}
        self.endResetModel()

    def clear(self) -> None:
        self.set_hits([], [])

    def _meta_at(self, row: int) -> str:
        meta = self._meta[row]
        if meta is None:
            meta = self._meta[row] = self._meta_of(self.hits[row])
        return meta

    def _texts_of(self, row: int) -> tuple[str, str]:
        texts = self._texts.get(row)
        if texts is None:
            flat = _flat(self.hits[row].snippet)  # Markdown stripped once for both
            texts = self._texts[row] = (_plain_of_flat(flat), _html_of_flat(flat))
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
            text = f"{self._meta_at(row)} — {self._texts_of(row)[0]}"
            return speakable(text) if role == _ACCESSIBLE else text
        if role == _TOOLTIP:
            return self._texts_of(row)[0]
        if role == HTML_ROLE:
            return self._texts_of(row)[1]
        if role == META_ROLE:
            return self._meta_at(row)
        if role == HIT_ROLE:
            return self.hits[row]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren
