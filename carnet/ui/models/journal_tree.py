"""The sidebar's model: the journal's groups and their sessions, as a two-level tree.

Rows carry their kind, id and session status in custom roles, so the views and the
tests read them without knowing the store.

Every session is listed (a journal of 2,000 sessions has 2,000 rows), read at each
unlock in one lean query (``SessionRepository.outline``: number, date, status, no
``Session`` objects, no themes); a session's themes are read when its tooltip is
asked for. Qt calls the model from C++ for every row it lays out: the answers that do
not depend on the row (fonts) are built once, and ``flags`` is Qt's own (enabled and
selectable: the same, without two calls into Python per row laid out).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from carnet.domain import Group, SessionStatus
from carnet.services.session_status import next_sessions_by_group
from carnet.store import JournalStore
from carnet.store.errors import StoreError
from carnet.store.repos.sessions import SessionOutline
from carnet.ui import formats, style
from carnet.ui.models import ModelIndex as Index

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "group" | "session"
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the group's or session's id
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # a session's SessionStatus value
_GROUP = 0  # internalId of group rows; session rows carry their group's row + 1
_ROOT = QModelIndex()
_DISPLAY = Qt.ItemDataRole.DisplayRole
_FONT = Qt.ItemDataRole.FontRole


class JournalTreeModel(QAbstractItemModel):
    """Groups (top level) and their sessions (children), read-only."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._store: JournalStore | None = None
        self._groups: list[Group] = []
        self._sessions: list[list[SessionOutline]] = []
        self._today = date.today()
        self._next_ids: set[int] = set()
        self._bold: QFont | None = None

    # -- loading ---------------------------------------------------------------------------
    def load(self, store: JournalStore, today: date | None = None) -> None:
        """Read every group and session (two lean queries) and reset the model."""
        today = today or date.today()
        groups = store.groups.list()
        sessions = store.sessions.outline()
        by_group: dict[int, list[SessionOutline]] = defaultdict(list)
        for session in sessions:
            by_group[session.group_id].append(session)
        # The same rule as Home: a session of today already written in is not "next".
        nexts = next_sessions_by_group(store, today, sessions)
        self.beginResetModel()
        self._store = store
        self._today = today
        self._groups = groups
        self._sessions = [by_group.get(g.id, []) for g in groups]
        self._next_ids = {s.id for s in nexts.values()}
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._store = None
        self._groups = []
        self._sessions = []
        self._next_ids = set()
        self.endResetModel()

    # -- lookups -----------------------------------------------------------------------------
    def group_at(self, index: Index) -> Group | None:
        if index.isValid() and index.internalId() == _GROUP:
            return self._groups[index.row()]
        return None

    def session_at(self, index: Index) -> SessionOutline | None:
        if index.isValid() and index.internalId() != _GROUP:
            return self._sessions[index.internalId() - 1][index.row()]
        return None

    def group_of(self, index: Index) -> Group | None:
        """The group of a group row or of a session row."""
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return self._groups[index.row()]
        return self._groups[index.internalId() - 1]

    def index_of_group(self, group_id: int) -> QModelIndex:
        for row, group in enumerate(self._groups):
            if group.id == group_id:
                return self.index(row, 0)
        return QModelIndex()

    def index_of_session(self, session_id: int) -> QModelIndex:
        for group_row, sessions in enumerate(self._sessions):
            for row, session in enumerate(sessions):
                if session.id == session_id:
                    return self.createIndex(row, 0, group_row + 1)
        return QModelIndex()

    def soonest_next(self) -> QModelIndex:
        """The row of the soonest next session of a group not archived (Home's « Prochaine
        séance »), or an invalid index."""
        soonest: tuple[date, int, int] | None = None
        for group_row, (group, sessions) in enumerate(zip(self._groups, self._sessions,
                                                          strict=True)):
            if group.archived:
                continue
            for row, session in enumerate(sessions):
                if session.id in self._next_ids and (
                        soonest is None or session.date < soonest[0]):
                    soonest = (session.date, row, group_row)
        if soonest is None:
            return QModelIndex()
        return self.createIndex(soonest[1], 0, soonest[2] + 1)

    def sessions_of(self, group_id: int) -> list[SessionOutline]:
        index = self.index_of_group(group_id)
        return list(self._sessions[index.row()]) if index.isValid() else []

    # -- QAbstractItemModel ------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        # Called from C++ for every row the tree lays out (2,200 on 2,000 sessions): as
        # few calls back into Qt as the answer allows.
        if column or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row < len(self._groups):
                return self.createIndex(row, 0, _GROUP)
            return QModelIndex()
        if parent.internalId() == _GROUP:  # a valid parent of this model is in column 0
            group_row = parent.row()
            if group_row < len(self._sessions) and row < len(self._sessions[group_row]):
                return self.createIndex(row, 0, group_row + 1)
        return QModelIndex()

    def parent(self, index: Index | None = None) -> Any:  # type: ignore[override]
        if index is None:  # QObject.parent()
            return super().parent()
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._sessions[parent.row()])
        return 0

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 1

    def hasChildren(self, parent: Index = _ROOT) -> bool:
        # Asked of every row laid out, as index(): answered without going through rowCount.
        if not parent.isValid():
            return bool(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return bool(self._sessions[parent.row()])
        return False

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group = self.group_at(index)
        if group is not None:
            return self._group_data(group, role)
        session = self.session_at(index)
        planned = self._groups[index.internalId() - 1].planned_sessions
        return self._session_data(session, planned, role)

    def _group_data(self, group: Group, role: int) -> Any:
        if role == _DISPLAY:
            return group.name
        if role == Qt.ItemDataRole.DecorationRole:
            return style.group_icon()
        if role == _FONT:
            return self._bold_font()
        if role == Qt.ItemDataRole.ForegroundRole and group.archived:
            return QBrush(QColor(style.MUTED))
        if role == Qt.ItemDataRole.ToolTipRole:
            return group.name
        if role == KIND_ROLE:
            return "group"
        if role == ID_ROLE:
            return group.id
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(0, 30)
        return None

    def _bold_font(self) -> QFont:
        if self._bold is None:
            self._bold = QFont()
            self._bold.setBold(True)
        return self._bold

    def _themes(self, session_id: int) -> list[str]:
        """A session's themes, read when its tooltip is shown (not for every row)."""
        if self._store is None:
            return []
        try:
            return self._store.sessions.get(session_id).themes
        except StoreError:  # deleted meanwhile (a sync), the journal closing: no themes line
            return []

    def _session_data(self, session: SessionOutline, planned: int, role: int) -> Any:
        if role == _DISPLAY:
            number = (f"{session.number}/{planned}" if session.number <= planned
                      else str(session.number))
            return f"{number}  ·  {formats.format_date(session.date, 'medium')}"
        if role == Qt.ItemDataRole.DecorationRole:
            return style.status_icon(session.status.value)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [formats.session_label(session.number, planned),
                     formats.format_date(session.date, "long"),
                     formats.session_status_label(session.status)]
            themes = self._themes(session.id)
            if themes:
                parts.append(", ".join(themes))
            return "\n".join(parts)
        if role == Qt.ItemDataRole.ForegroundRole:
            if session.status is SessionStatus.MISSED:
                return QBrush(QColor(style.MUTED))
            if session.status is SessionStatus.PLANNED and session.date < self._today:
                return QBrush(QColor(style.WARM))  # past but not marked held: to confirm
            return None
        if role == _FONT and session.id in self._next_ids:
            return self._bold_font()
        if role == KIND_ROLE:
            return "session"
        if role == ID_ROLE:
            return session.id
        if role == STATUS_ROLE:
            return session.status.value
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (f"{formats.session_label(session.number, planned)}, "
                    f"{formats.format_date(session.date, 'long')}, "
                    f"{formats.session_status_label(session.status)}")
        return None
