"""The timeline's model: every session of every group, month by month.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from carnet.domain import Role, Session, SessionStatus
from carnet.store import JournalStore
from carnet.ui import formats, style
from carnet.ui.models import ModelIndex

#: The columns. The session column reads « 3 · Codev des managers… »: the number first, so eliding a
#: long group name never hides it. The status shows by the date's marker, italics (planned)
#: or strike-out (missed), and is said in the date's tooltip and to screen readers.
DATE, SESSION, TITLE, ROLE, THEMES = range(5)
SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
MONTH = 0  # internal id of month rows; a session row's id is its month row + 1


@dataclass(frozen=True)
class Entry:
    session: Session
    group: str
    keyword: str


@dataclass
class Month:
    year: int
    month: int
    entries: list[Entry]


def months_of(entries: list[Entry]) -> list[Month]:
    """Entries grouped by calendar month, oldest first."""
    months: list[Month] = []
    for entry in sorted(entries, key=lambda e: (e.session.date, e.group, e.session.number)):
        day = entry.session.date
        if not months or (months[-1].year, months[-1].month) != (day.year, day.month):
            months.append(Month(day.year, day.month, []))
        months[-1].entries.append(entry)
    return months


def short_role_label(role: Role) -> str:
    """« Client » rather than « Client (porteur de la situation) »: a column of roles reads
    at a glance; the tooltip gives the long form."""
    return {
        Role.CLIENT: QCoreApplication.translate("TimelineModel", "Client"),
        Role.CONSULTANT: QCoreApplication.translate("TimelineModel", "Consultant"),
        Role.PARTICIPANT: QCoreApplication.translate("TimelineModel", "Participant"),
        Role.FACILITATOR: QCoreApplication.translate("TimelineModel", "Facilitator"),
    }[Role(role)]


#: The roles :meth:`TimelineModel.data` answers (any other is None at once).
_ROLES = frozenset({
    SESSION_ID_ROLE, STATUS_ROLE, Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.ToolTipRole,
})


class TimelineModel(QAbstractItemModel):
    """Months at the top level, their sessions below: date | group | session | title |
    status | role | themes and key word."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.months: list[Month] = []
        #: Each session row's five texts, made once per reset: the view asks every cell
        #: many times (painting, fitting its columns to two thousand rows).
        self._shown: list[list[tuple[str, ...]]] = []

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self.months = months_of(entries)
        days: dict[date, str] = {}
        self._shown = [[self._texts(entry, days) for entry in month.entries]
                       for month in self.months]
        self.endResetModel()

    def _texts(self, entry: Entry, days: dict[date, str]) -> tuple[str, ...]:
        day = entry.session.date
        if day not in days:
            days[day] = formats.format_date(day)
        return (days[day], *(self._session_text(entry, column)
                              for column in (SESSION, TITLE, ROLE, THEMES)))

    def clear(self) -> None:
        self.set_entries([])

    # -- structure -------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, MONTH)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == MONTH:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, MONTH)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.months)
        if parent.internalId() == MONTH and parent.column() == 0:
            return len(self.months[parent.row()].entries)
        return 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 5

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("Date"), self.tr("Session"), self.tr("Title"), self.tr("My role"),
                   self.tr("Themes and key word"))
        return headers[section] if 0 <= section < len(headers) else None

    def entry(self, index: ModelIndex) -> Entry | None:
        if not index.isValid() or index.internalId() == MONTH:
            return None
        return self.months[index.internalId() - 1].entries[index.row()]

    def month_row(self, day: date) -> int:
        """The row of ``day``'s month, or of the first month after it (the last if none)."""
        for row, month in enumerate(self.months):
            if (month.year, month.month) >= (day.year, day.month):
                return row
        return len(self.months) - 1

    # -- data --------------------------------------------------------------------------------
    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():  # Qt asks many roles per cell
            return None
        if index.internalId() == MONTH:
            return self._month_data(self.months[index.row()], index.column(), role)
        entry = self.entry(index)
        if entry is None:
            return None
        session = entry.session
        column = index.column()
        if role == SESSION_ID_ROLE:
            return session.id
        if role == STATUS_ROLE:
            return session.status.value
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown[index.internalId() - 1][index.row()][column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return style.status_icon(session.status.value)
        if role == Qt.ItemDataRole.ForegroundRole and session.status is not SessionStatus.HELD:
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and session.status is not SessionStatus.HELD:
            font = QFont()
            font.setItalic(session.status is SessionStatus.PLANNED)
            font.setStrikeOut(session.status is SessionStatus.MISSED)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole and column == DATE:
            return (f"{formats.format_date(session.date, 'long')}, "
                    f"{formats.session_status_label(session.status)}")
        if role == Qt.ItemDataRole.ToolTipRole:  # the cell whole, should its column cut it
            if column == DATE:
                return (f"{formats.format_date(session.date, 'long')} · "
                        f"{formats.session_status_label(session.status)}")
            if column == SESSION:
                return f"{formats.session_label(session.number, 0)} · {entry.group}"
            if column == ROLE:
                return formats.role_label(session.role)
            return self._shown[index.internalId() - 1][index.row()][column] or None
        return None

    def _session_text(self, entry: Entry, column: int) -> str:
        session = entry.session
        if column == DATE:
            return formats.format_date(session.date)
        if column == SESSION:
            return f"{session.number} · {entry.group}"
        if column == TITLE:
            return " ".join(session.title.split())
        if column == ROLE:
            return short_role_label(session.role)
        words = [*session.themes]
        if entry.keyword:
            words.append(f"« {entry.keyword} »")
        return " · ".join(words)

    def _month_data(self, month: Month, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            name = QLocale().standaloneMonthName(month.month, QLocale.FormatType.LongFormat)
            return f"{name[:1].upper()}{name[1:]} {month.year}"
        if role == Qt.ItemDataRole.DisplayRole and column == 1:
            n = len(month.entries)
            return self.tr("%n session", "", n) if n == 1 else self.tr("%n sessions", "", n)
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != MONTH:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags


def timeline_entries(store: JournalStore) -> list[Entry]:
    groups = {g.id: g for g in store.groups.list()}
    keywords: dict[int, str] = {}
    for group_id in groups:
        for keyword in store.keywords.list_by_group(group_id):
            keywords[keyword.session_id] = keyword.word
    return [
        Entry(s, groups[s.group_id].name if s.group_id in groups else "", keywords.get(s.id, ""))
        for s in store.sessions.list()
    ]
