"""The Themes and tags view's models: the tags in use (and suggested themes), and the
items filed under one tag.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from carnet.domain import SUGGESTED_THEMES
from carnet.store import JournalStore
from carnet.store.errors import NotFoundError
from carnet.ui import formats
from carnet.ui.models import ModelIndex
from carnet.ui.search_view import kind_label

TAG_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class TagRow:
    tag: str
    count: int
    suggested: bool


def tag_rows(used: list[tuple[str, int]], suggested=SUGGESTED_THEMES) -> list[TagRow]:
    """Used tags by name, then the suggested themes nobody used yet."""
    names = {tag.casefold() for tag, _ in used}
    ideas = {t.casefold() for t in suggested}
    rows = [TagRow(tag, count, tag.casefold() in ideas)
            for tag, count in sorted(used, key=lambda u: u[0].casefold())]
    rows += [TagRow(t, 0, True) for t in suggested if t.casefold() not in names]
    return rows


class TagListModel(QAbstractTableModel):
    """Tag | uses. Unused suggested themes are greyed, with « — » for their count."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[TagRow] = []

    def set_rows(self, rows: list[TagRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Theme or tag"), self.tr("Uses"))[section] if section < 2 else None
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        unused = row.count == 0
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return row.tag
            return str(row.count) if row.count else "—"
        if role == TAG_ROLE:
            return row.tag
        if role == Qt.ItemDataRole.ToolTipRole:  # the name whole, should the column cut it
            if unused:
                return self.tr("%1: a suggested theme, not used yet").replace("%1", row.tag)
            return self.tr("%1: used %2 times").replace("%1", row.tag).replace(
                "%2", str(row.count))
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == 0 and unused:
            return self.tr("%1 (suggested theme, not used yet)").replace("%1", row.tag)
        if role == Qt.ItemDataRole.ForegroundRole and unused:
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and unused:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


@dataclass(frozen=True)
class ItemRow:
    kind: str  # session | learning | action | topic
    ref_id: int
    text: str
    group: str
    session_id: int | None
    session_number: int | None
    day: date | None
    group_id: int | None


class TaggedItemsModel(QAbstractTableModel):
    """What | text | group | session | date, newest first."""

    HEADERS = ("What", "Text", "Group", "Session", "Date")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[ItemRow] = []

    def set_rows(self, rows: list[ItemRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return (self.tr("What"), self.tr("Text"), self.tr("Group"), self.tr("Session"),
                    self.tr("Date"))[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ITEM_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:  # every cell whole, should its column cut it
            return row.text if column == 1 else self.data(index)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return kind_label(row.kind)
        if column == 1:
            return " ".join(row.text.split())
        if column == 2:
            return row.group
        if column == 3:
            return "" if row.session_number is None else str(row.session_number)
        return formats.format_date(row.day)  # « 12 novembre 2026 », as everywhere else


def tagged_items(store: JournalStore, tag: str) -> list[ItemRow]:
    """Everything filed under ``tag``, with its session and group, newest first."""
    groups = {g.id: g for g in store.groups.list()}
    sessions: dict[int, object] = {}

    def session(session_id: int | None):
        if session_id is None:
            return None
        if session_id not in sessions:
            try:
                sessions[session_id] = store.sessions.get(session_id)
            except NotFoundError:
                sessions[session_id] = None
        return sessions[session_id]

    rows: list[ItemRow] = []
    for item in store.tags.items(tag):
        try:
            if item.kind == "session":
                s = session(item.ref_id)
                if s is None:
                    continue
                text = s.title or ", ".join(s.themes)
                session_id, group_id = s.id, s.group_id
            elif item.kind == "learning":
                learning = store.learnings.get(item.ref_id)
                text, session_id = learning.text, learning.session_id
                group_id = None
            elif item.kind == "action":
                action = store.actions.get(item.ref_id)
                text, session_id = action.title, action.session_id
                group_id = None
            elif item.kind == "topic":
                topic = store.topics.get(item.ref_id)
                text, session_id, group_id = topic.title, topic.session_id, topic.group_id
            else:
                continue
        except NotFoundError:
            continue
        s = session(session_id)
        if s is not None:
            group_id = s.group_id
        group = groups.get(group_id)
        rows.append(ItemRow(item.kind, item.ref_id, text, group.name if group else "",
                            session_id, s.number if s else None, s.date if s else None,
                            group_id))
    rows.sort(key=lambda r: (r.day or date.max, r.kind, r.ref_id), reverse=True)
    return rows
