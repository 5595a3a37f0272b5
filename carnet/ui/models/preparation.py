"""The open actions to review, as a two-level item model.

Top-level rows are the sessions the actions came from (« Session 4 on 12 October »),
in date order, then one row for the actions due after the next session; their
children are the actions. One column: the delegate draws the title, a line of
facts (status, due date, reviews) and the last review note, with badges for
overdue and carried-over actions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from carnet.domain import Session
from carnet.services.planning import ActionItem, Preparation
from carnet.ui import formats, style
from carnet.ui.versions import in_words

_USER = Qt.ItemDataRole.UserRole


class Roles(IntEnum):
    KIND = _USER + 1  # "session" | "later" | "action"
    ACTION_ID = _USER + 2
    SESSION_ID = _USER + 3  # the origin session (section rows and actions)
    OVERDUE = _USER + 4
    CARRIED = _USER + 5
    SUBTITLE = _USER + 6  # the muted line under the title
    NOTE = _USER + 7  # the last review note, "" when none
    COUNT = _USER + 8  # children of a section row
    SCHEDULED = _USER + 9  # topics: attached to a session
    PRIORITY = _USER + 10  # topics: 1 high … 3 low
    HEADING = _USER + 11  # section rows: the heading without the group's name


@dataclass
class Section:
    kind: str  # "session" | "later"
    origin: Session | None
    items: list[ActionItem] = field(default_factory=list)


_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class PreparationModel(QAbstractItemModel):
    """Sections (origin sessions) → actions. ``load(preparation)`` resets it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sections: list[Section] = []
        self._today = None
        self._group_names: dict[int, str] = {}
        self._show_group = False

    # -- content -------------------------------------------------------------------------
    def load(self, preparation: Preparation | None, group_names: dict[int, str] | None = None,
             *, show_group: bool = False) -> None:
        self.beginResetModel()
        self._sections = []
        self._group_names = dict(group_names or {})
        self._show_group = show_group
        if preparation is not None:
            self._today = preparation.today
            self._sections = [Section("session", g.origin, list(g.items))
                              for g in preparation.by_origin if g.items]
            if preparation.later:
                self._sections.append(Section("later", None, list(preparation.later)))
        self.endResetModel()

    def clear(self) -> None:
        self.load(None)

    def item(self, index: _Index) -> ActionItem | None:
        if not index.isValid() or not index.internalId():
            return None
        section = self._sections[index.internalId() - 1]
        return section.items[index.row()]

    def index_of_action(self, action_id: int) -> QModelIndex:
        for s_row, section in enumerate(self._sections):
            for row, item in enumerate(section.items):
                if item.action.id == action_id:
                    return self.createIndex(row, 0, s_row + 1)
        return QModelIndex()

    def action_indexes(self) -> list[QModelIndex]:
        """Every action row, in display order (sections first to last)."""
        return [self.createIndex(row, 0, s_row + 1)
                for s_row, section in enumerate(self._sections)
                for row in range(len(section.items))]

    def section_is_later(self, row: int) -> bool:
        return 0 <= row < len(self._sections) and self._sections[row].kind == "later"

    # -- structure ------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = _ROOT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._sections):
                return QModelIndex()
            return self.createIndex(row, 0, 0)
        if parent.internalId() or parent.column() != 0:
            return QModelIndex()
        section = parent.row()
        if section >= len(self._sections) or row >= len(self._sections[section].items):
            return QModelIndex()
        return self.createIndex(row, 0, section + 1)

    def parent(self, index: _Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or not index.internalId():
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._sections)
        if parent.internalId() or parent.column() != 0:
            return 0
        return len(self._sections[parent.row()].items)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 1

    def hasChildren(self, parent: _Index = _ROOT) -> bool:
        return self.rowCount(parent) > 0

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if not index.internalId():
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- data -------------------------------------------------------------------------------
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if not index.internalId():
            return self._section_data(self._sections[index.row()], role)
        section = self._sections[index.internalId() - 1]
        item = section.items[index.row()]
        return self._action_data(item, role, with_group=section.kind == "later")

    def _session_heading(self, session: Session) -> str:
        return self.tr("Session %1 on %2").replace("%1", str(session.number)).replace(
            "%2", formats.format_date(session.date))

    def _section_group(self, section: Section) -> str:
        if not self._show_group or section.origin is None:
            return ""
        return self._group_names.get(section.origin.group_id, "")

    def _session_title(self, section: Section) -> str:
        assert section.origin is not None
        text = self._session_heading(section.origin)
        name = self._section_group(section)
        return f"{text} — {name}" if name else text

    def _section_data(self, section: Section, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if section.kind == "later":
                return self.tr("Due after the next session")
            return self._session_title(section)
        if role == Roles.HEADING:
            if section.kind == "later":
                return self.tr("Due after the next session")
            assert section.origin is not None
            return self._session_heading(section.origin)
        if role == Roles.NOTE:
            return self._section_group(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._section_data(section, Qt.ItemDataRole.DisplayRole)
        if role == Roles.KIND:
            return section.kind
        if role == Roles.COUNT:
            return len(section.items)
        if role == Roles.SESSION_ID:
            return section.origin.id if section.origin is not None else 0
        if role == Roles.SUBTITLE:
            n = len(section.items)
            return self.tr("1 action") if n == 1 else self.tr("%n actions", "", n)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._section_data(section, Qt.ItemDataRole.DisplayRole)
        return None

    def subtitle(self, item: ActionItem, with_group: bool = False) -> str:
        action = item.action
        parts = [formats.action_status_label(action.status)]
        name = self._group_names.get(item.origin.group_id, "")
        if with_group and self._show_group and name:
            parts.insert(0, name)
        if action.due_date is not None and self._today is not None:
            due = formats.format_date(action.due_date)
            if item.overdue:
                parts.append(self.tr("was due %1 (%2)").replace("%1", due).replace(
                    "%2", formats.relative_days(action.due_date, self._today)))
            else:
                parts.append(self.tr("due %1").replace("%1", due))
        n = len(item.reviews)
        if n:
            parts.append(self.tr("1 review") if n == 1 else self.tr("%n reviews", "", n))
        return " · ".join(parts)

    def _tooltip(self, item: ActionItem) -> str:
        lines = [item.action.title]
        for review in reversed(item.reviews[-5:]):
            head = formats.format_date(review.date)
            if review.status is not None:
                head += " — " + formats.action_status_label(review.status)
            lines.append(f"{head}: {in_words(review.note)}" if review.note else head)
        return "\n".join(lines)

    def _action_data(self, item: ActionItem, role: int, with_group: bool = False):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.action.title
        if role == Roles.KIND:
            return "action"
        if role == Roles.ACTION_ID:
            return item.action.id
        if role == Roles.SESSION_ID:
            return item.origin.id
        if role == Roles.OVERDUE:
            return item.overdue
        if role == Roles.CARRIED:
            return item.carried_over
        if role in (Roles.SCHEDULED, Roles.PRIORITY):
            return False if role == Roles.SCHEDULED else 2
        if role == Roles.SUBTITLE:
            return self.subtitle(item, with_group)
        if role == Roles.NOTE:
            notes = [r.note for r in item.reviews if r.note.strip()]
            return in_words(notes[-1]) if notes else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue:
            return QColor(style.ERROR)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            extra = [self.subtitle(item, with_group=True)]
            if item.overdue:
                extra.append(self.tr("overdue"))
            if item.carried_over:
                extra.append(self.tr("carried over"))
            return f"{item.action.title}, {', '.join(extra)}"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (section == 0 and orientation == Qt.Orientation.Horizontal
                and role == Qt.ItemDataRole.DisplayRole):
            return self.tr("Action")
        return None
