"""The timeline's model: every session of every group, month by month.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPalette
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


class Row(NamedTuple):
    """A session row as the model keeps it: its five texts as shown (columns ``DATE`` to
    ``THEMES``, so ``row[column]`` is the cell), then what its other roles need. One
    tuple per session, sharing the strings of a day, a group, a role: the timeline of
    a 10,000-session journal holds ~4 MiB, not the ~11 MiB of ``Session`` objects."""

    date_text: str
    session_text: str
    title_text: str
    role_text: str
    themes_text: str
    session_id: int
    status: SessionStatus
    day: date
    number: int
    role: Role
    group: str
    themes: tuple[str, ...]
    keyword: str


@dataclass
class Month:
    year: int
    month: int
    rows: list[Row]


def months_of(rows: list[Row]) -> list[Month]:
    """Rows grouped by calendar month, oldest first."""
    months: list[Month] = []
    for row in sorted(rows, key=lambda r: (r.day, r.group, r.number)):
        day = row.day
        if not months or (months[-1].year, months[-1].month) != (day.year, day.month):
            months.append(Month(day.year, day.month, []))
        months[-1].rows.append(row)
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
        #: Months, each with its session rows: the texts made once per reset (the view
        #: asks every cell many times, painting and fitting its columns to every row).
        self.months: list[Month] = []

    def set_entries(self, entries: Iterable[Entry]) -> None:
        self.beginResetModel()
        days: dict[date, tuple[date, str]] = {}
        roles: dict[Role, str] = {}
        shared: dict[str, str] = {}
        date_text = formats.date_formatter()
        self.months = months_of([self._row(entry, days, roles, shared, date_text)
                                 for entry in entries])
        self.endResetModel()

    @staticmethod
    def _row(entry: Entry, days: dict[date, tuple[date, str]], roles: dict[Role, str],
             shared: dict[str, str], date_text) -> Row:
        """A session's row: its texts, the day, group and role strings shared by rows."""
        session = entry.session
        day = days.get(session.date)
        if day is None:
            day = days[session.date] = (session.date, date_text(session.date))
        role = roles.get(session.role)
        if role is None:
            role = roles[session.role] = short_role_label(session.role)
        group = shared.setdefault(entry.group, entry.group)
        words = [*session.themes]
        if entry.keyword:
            words.append(f"« {entry.keyword} »")
        themes = tuple(shared.setdefault(t, t) for t in session.themes) if session.themes else ()
        return Row(day[1], f"{session.number} · {group}", " ".join(session.title.split()),
                   role, " · ".join(words), session.id, session.status, day[0],
                   session.number, session.role, group, themes, entry.keyword)

    def clear(self) -> None:
        self.set_entries([])

    # -- structure -------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        # hasIndex() by hand: it would call back rowCount() and columnCount() through
        # Python for each of the 2,000 rows the tree lays out.
        if row < 0 or not 0 <= column < 5:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, MONTH) if row < len(self.months) \
                else QModelIndex()
        if parent.internalId() != MONTH or parent.column() != 0 \
                or row >= len(self.months[parent.row()].rows):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == MONTH:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, MONTH)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.months)
        if parent.internalId() == MONTH and parent.column() == 0:
            return len(self.months[parent.row()].rows)
        return 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 5

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == THEMES:
            # The header says « Thèmes »: the longer one set the column's least width,
            # and took the room the group's names and the titles need.
            return self.tr("Themes and key word")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("Date"), self.tr("Session"), self.tr("Title"), self.tr("My role"),
                   self.tr("Themes"))
        return headers[section] if 0 <= section < len(headers) else None

    def row(self, index: ModelIndex) -> Row | None:
        """The session row at ``index`` (None on a month)."""
        if not index.isValid() or index.internalId() == MONTH:
            return None
        return self.months[index.internalId() - 1].rows[index.row()]

    def entry(self, index: ModelIndex) -> Entry | None:
        """The session at ``index`` as an ``Entry``, made on demand (its title as shown)."""
        row = self.row(index)
        if row is None:
            return None
        session = Session(group_id=0, number=row.number, date=row.day, status=row.status,
                          role=row.role, themes=list(row.themes), title=row.title_text,
                          id=row.session_id)
        return Entry(session, row.group, row.keyword)

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
        row = self.row(index)
        if row is None:
            return None
        status = row.status
        column = index.column()
        if role == SESSION_ID_ROLE:
            return row.session_id
        if role == STATUS_ROLE:
            return status.value
        if role == Qt.ItemDataRole.DisplayRole:
            return row[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return style.status_icon(status.value)
        if role == Qt.ItemDataRole.ForegroundRole and status is not SessionStatus.HELD:
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and status is not SessionStatus.HELD:
            return _status_font(status)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == DATE:
            return (f"{formats.format_date(row.day, 'long')}, "
                    f"{formats.session_status_label(status)}")
        if role == Qt.ItemDataRole.ToolTipRole:  # the cell whole, should its column cut it
            if column == DATE:
                return (f"{formats.format_date(row.day, 'long')} · "
                        f"{formats.session_status_label(status)}")
            if column == SESSION:
                return f"{formats.session_label(row.number, 0)} · {row.group}"
            if column == ROLE:
                return formats.role_label(row.role)
            return row[column] or None
        return None

    def _month_data(self, month: Month, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            name = QLocale().standaloneMonthName(month.month, QLocale.FormatType.LongFormat)
            return f"{name[:1].upper()}{name[1:]} {month.year}"
        if role == Qt.ItemDataRole.DisplayRole and column == 1:
            n = len(month.rows)
            return self.tr("%n session", "", n) if n == 1 else self.tr("%n sessions", "", n)
        if role == Qt.ItemDataRole.FontRole and column == 0:
            return _bold_font()
        return None

    def month_text(self, row: int, column: int) -> str:
        """A month row's text in ``column`` (its name, its count, or nothing)."""
        text = self._month_data(self.months[row], column, Qt.ItemDataRole.DisplayRole)
        return text or ""

    def session_text(self, month: int, row: int, column: int) -> str:
        """A session row's text in ``column``, as shown."""
        return self.months[month].rows[row][column]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _MONTH_FLAGS if index.internalId() == MONTH else _SESSION_FLAGS


#: Made once: the tree asks each row's flags several times as it lays out 2,000 rows.
_MONTH_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_SESSION_FLAGS = _MONTH_FLAGS | Qt.ItemFlag.ItemNeverHasChildren


def _status_font(status: SessionStatus) -> QFont:
    """Planned in italics, missed struck out (resolved against the view's font)."""
    font = QFont()
    font.setItalic(status is SessionStatus.PLANNED)
    font.setStrikeOut(status is SessionStatus.MISSED)
    return font


def _bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def widest_cells(model: TimelineModel, column: int, base: QFont, slack: float = 2.0,
                 limit: float | None = None) -> tuple[list[QModelIndex], bool]:
    """The cells of ``column`` that can be its widest, so that measuring them alone
    gives what ``QTreeView.sizeHintForColumn`` finds by measuring every row; and
    whether that is exact.

    Cells differ in width by their text, their font (bold months, italic planned
    sessions) and whether they are a month or a session (icon, indentation): within
    each such kind the widest text is the widest cell, give or take rounding, so the
    texts within ``slack`` pixels of each kind's widest are kept (each text measured
    once, however many rows show it; one cell per width). With a ``limit``, the first
    text at least that wide is enough (longest texts first): a column the view cuts
    at that width needs no more, and the answer is then not exact.
    """
    months = model.months
    planned = SessionStatus.PLANNED
    cells_of = [(row[column], row.status is planned) for month in months for row in month.rows]
    kinds = (  # (texts, bold, italic, a month row)
        (dict.fromkeys(model.month_text(m, column) for m in range(len(months))),
         column == 0, False, True),
        (dict.fromkeys(text for text, slanted in cells_of if not slanted), False, False, False),
        (dict.fromkeys(text for text, slanted in cells_of if slanted), False, True, False),
    )
    cells: list[QModelIndex] = []
    for texts, bold, slanted, is_month in kinds:
        if not texts:
            continue
        font = QFont(base)
        font.setBold(bold)
        font.setItalic(slanted)
        advance = QFontMetricsF(font).horizontalAdvance
        widths: dict[float, str] = {}  # one text per width: the same cell width
        for text in sorted(texts, key=len, reverse=True) if limit is not None else texts:
            width = advance(text)
            if limit is not None and width >= limit:
                return [_first_cell(model, column, text, is_month, slanted)], False
            widths.setdefault(width, text)
        widest = max(widths)
        cells += [_first_cell(model, column, text, is_month, slanted)
                  for width, text in widths.items() if width >= widest - slack]
    return cells, True


def _first_cell(model: TimelineModel, column: int, text: str, is_month: bool,
                planned: bool) -> QModelIndex:
    """The first row of that kind showing ``text`` in ``column``."""
    if is_month:
        row = next(m for m in range(len(model.months)) if model.month_text(m, column) == text)
        return model.index(row, column)
    for m, month in enumerate(model.months):
        for r, row in enumerate(month.rows):
            if row[column] == text and (row.status is SessionStatus.PLANNED) == planned:
                return model.index(r, column, model.index(m, 0))
    raise LookupError(text)


def timeline_entries(store: JournalStore) -> list[Entry]:
    """Every session with its group's name and its key word."""
    return list(iter_entries(store))


#: About this many sessions read at a time by :func:`iter_entries`.
BATCH = 1000


def iter_entries(store: JournalStore) -> Iterator[Entry]:
    """The same, one at a time, read a thousand sessions at a time (groups by groups):
    the model keeps its own compact rows, so the ``Session`` objects of a batch go as
    soon as their rows are made. On a 10,000-session journal, reading them all at once
    made ~12 MiB of objects live together, and Python's allocator kept the arenas they
    filled (pinned by anything long-lived allocated meanwhile) until the process ends."""
    names = {g.id: g.name for g in store.groups.list()}
    keywords = store.keywords.words()
    total = store.sessions.count()
    ids = sorted(names)
    step = max(1, BATCH * len(ids) // max(total, 1))
    seen = 0
    for start in range(0, len(ids), step):
        for s in store.sessions.list(group_ids=ids[start:start + step]):
            seen += 1
            yield Entry(s, names[s.group_id], keywords.get(s.id, ""))
    if seen < total:  # a session whose group is gone: shown all the same, never dropped
        for s in store.sessions.list():
            if s.group_id not in names:
                yield Entry(s, "", keywords.get(s.id, ""))
