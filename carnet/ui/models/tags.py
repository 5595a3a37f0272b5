"""The Themes and tags view's models: the tags in use (and suggested themes), and the
items filed under one tag.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from carnet.domain import SUGGESTED_THEMES, fold_theme
from carnet.store import JournalStore
from carnet.ui import formats
from carnet.ui.models import ModelIndex
from carnet.ui.search_view import kind_label
from carnet.ui.versions import in_words

TAG_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
#: Combined once, at import: Python's ``enum`` makes a combination of flags at its first
#: use and keeps it; made mid-day, it stays among the day's objects (issue 19).
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class TagRow:
    tag: str
    count: int
    suggested: bool


def tag_rows(used: list[tuple[str, int]], suggested=SUGGESTED_THEMES) -> list[TagRow]:
    """Used tags by name, then the suggested themes nobody used yet."""
    names = {fold_theme(tag) for tag, _ in used}
    ideas = {fold_theme(t) for t in suggested}
    rows = [TagRow(tag, count, fold_theme(tag) in ideas)
            for tag, count in sorted(used, key=lambda u: fold_theme(u[0]))]
    rows += [TagRow(t, 0, True) for t in suggested if fold_theme(t) not in names]
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
            return _RIGHT
        return None


class ItemRow(NamedTuple):
    """One item filed under a tag (a tuple: a theme can file thousands of them)."""

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
        self._shown: list[tuple[str, str, str, str, str]] = []

    def set_rows(self, rows: list[ItemRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._shown = self._texts(self.rows)
        self.endResetModel()

    @staticmethod
    def _texts(rows: list[ItemRow]) -> list[tuple[str, str, str, str, str]]:
        """Each row's five cells as shown, made once: the table asks each cell many times
        (painting, and fitting its columns to a tag's thousands of items)."""
        kinds: dict[str, str] = {}
        days: dict[date | None, str] = {}
        numbers: dict[int | None, str] = {None: ""}
        shown = []
        for row in rows:
            if row.kind not in kinds:
                kinds[row.kind] = kind_label(row.kind)
            if row.day not in days:
                days[row.day] = formats.format_date(row.day)  # « 12 novembre 2026 »
            number = numbers.get(row.session_number)
            if number is None:
                number = numbers[row.session_number] = str(row.session_number)
            text = " ".join(row.text.split())
            # A theme files thousands of items: the text kept once when it reads the same.
            shown.append((kinds[row.kind], row.text if text == row.text else text, row.group,
                          number, days[row.day]))
        return shown

    def display(self, row: int, column: int) -> str:
        """The text of one cell, as shown."""
        return self._shown[row][column]

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
        if role != Qt.ItemDataRole.DisplayRole or not 0 <= column < len(self.HEADERS):
            return None
        return self._shown[index.row()][column]


#: Items read at a time by :func:`tagged_items`.
BATCH = 1000


def tagged_items(store: JournalStore, tag: str) -> list[ItemRow]:
    """Everything filed under ``tag``, with its session and group, newest first.

    A few queries per kind of item and per thousand items, whatever their number (a
    theme can file thousands of items): an item or session deleted meanwhile is left
    out. A thousand at a time, so that the records read for a batch go once its rows
    are made: on a 10,000-session journal a theme files ~7,000 items, and reading their
    learnings, actions, topics and sessions all at once made Python's allocator take
    (and keep) ~9 MiB of arenas for rows of 3 MiB.
    """
    groups = {g.id: g.name for g in store.groups.list()}
    items = store.tags.items(tag)
    rows: list[ItemRow] = []
    for start in range(0, len(items), BATCH):
        rows += _item_rows(store, items[start:start + BATCH], groups)
    rows.sort(key=lambda r: (r.day or date.max, r.kind, r.ref_id), reverse=True)
    return rows


def _item_rows(store: JournalStore, items: list, groups: dict[int, str]) -> list[ItemRow]:
    """The rows of ``items`` (in their order), the deleted ones left out."""
    ids: dict[str, list[int]] = {}
    for item in items:
        ids.setdefault(item.kind, []).append(item.ref_id)
    learnings = store.learnings.get_many(ids.get("learning", []))
    actions = store.actions.get_many(ids.get("action", []))
    topics = store.topics.get_many(ids.get("topic", []))
    wanted = list(ids.get("session", []))
    wanted += [x.session_id for x in (*learnings.values(), *actions.values(),
                                      *topics.values()) if x.session_id is not None]
    sessions = store.sessions.get_many(wanted)

    rows: list[ItemRow] = []
    for item in items:
        if item.kind == "session":
            s = sessions.get(item.ref_id)
            if s is None:
                continue
            text = s.title or ", ".join(s.themes)
            session_id, group_id = s.id, s.group_id
        elif item.kind == "learning":
            learning = learnings.get(item.ref_id)
            if learning is None:
                continue
            text, session_id, group_id = in_words(learning.text), learning.session_id, None
        elif item.kind == "action":
            action = actions.get(item.ref_id)
            if action is None:
                continue
            text, session_id, group_id = action.title, action.session_id, None
        elif item.kind == "topic":
            topic = topics.get(item.ref_id)
            if topic is None:
                continue
            text, session_id, group_id = topic.title, topic.session_id, topic.group_id
        else:
            continue
        s = sessions.get(session_id) if session_id is not None else None
        if s is not None:
            group_id = s.group_id
        rows.append(ItemRow(item.kind, item.ref_id, text, groups.get(group_id, ""),
                            session_id, s.number if s else None, s.date if s else None,
                            group_id))
    return rows
