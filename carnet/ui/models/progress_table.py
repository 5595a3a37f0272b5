"""Every number of the progress view in a table: one row per measure, one column per
session held (the charts' accessible alternative).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from carnet.services.progress import GroupProgress
from carnet.ui import formats
from carnet.ui.models import ModelIndex

SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _language() -> str:
    try:
        from carnet.ui.i18n import current_language

        return current_language()
    except ImportError:  # pragma: no cover
        return "fr"


def _mood_text(value: float | None) -> str:
    """+3, −4, +2.5, 0 (a true minus sign, no trailing .0)."""
    if value is None:
        return ""
    text = f"{abs(value):.1f}".removesuffix(".0")
    if text == "0":
        return "0"
    return ("+" if value > 0 else "−") + text


class ProgressTableModel(QAbstractTableModel):
    """The charts' numbers: one row per measure, one column per held session.

    Laid out like the charts (sessions left to right) so the table reads the same
    way; the first column names the measure, the header names the session.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.progress = GroupProgress(objectives=[], points=[])
        self.measures: list[tuple[str, int | None]] = []

    def set_progress(self, progress: GroupProgress) -> None:
        self.beginResetModel()
        self.progress = progress
        self.measures = [("date", None)]
        self.measures += [("objective", o.id) for o in progress.objectives]
        self.measures += [(key, None) for key in ("before", "after", "keyword", "done",
                                                  "dropped", "open", "learnings")]
        self.endResetModel()

    def clear(self) -> None:
        self.set_progress(GroupProgress(objectives=[], points=[]))

    # -- shape -----------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.progress.points else len(self.measures)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.progress.points)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:  # row headers, read by a screen reader
            ok = role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.rowCount()
            return self.measure_label(section) if ok else None
        if not 0 <= section < self.columnCount():
            return None
        if section == 0:
            return self.tr("Measure") if role == Qt.ItemDataRole.DisplayRole else None
        session = self.progress.points[section - 1].session
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("No. %1").replace("%1", str(session.number))
        if role == Qt.ItemDataRole.ToolTipRole:
            return formats.format_date(session.date, "long")
        return None

    def _labels(self) -> dict[str, str]:
        return {
            "date": self.tr("Date"),
            "before": self.tr("Feeling before (−5 to +5)"),
            "after": self.tr("Feeling after (−5 to +5)"),
            "keyword": self.tr("Key word"),
            "done": self.tr("Actions done"),
            "dropped": self.tr("Actions dropped"),
            "open": self.tr("Actions still open"),
            "learnings": self.tr("Learnings"),
        }

    def measure_label(self, row: int) -> str:
        key, objective_id = self.measures[row]
        if key == "objective":
            title = next(o.title for o in self.progress.objectives if o.id == objective_id)
            return self.tr("Objective: %1").replace("%1", title)
        return self._labels()[key]

    def value(self, row: int, column: int) -> str:
        """The cell's text (column ≥ 1), as shown and as read aloud."""
        key, objective_id = self.measures[row]
        point = self.progress.points[column - 1]
        if key == "date":
            return formats.format_date(point.session.date, "short")
        if key == "objective":
            rating = point.ratings.get(objective_id)
            return "" if rating is None else f"{rating}/5"
        if key == "before":
            return _mood_text(point.feeling_before)
        if key == "after":
            return _mood_text(point.feeling_after)
        if key == "keyword":
            return point.keyword
        return str(getattr(point, {"done": "actions_done", "dropped": "actions_dropped",
                                    "open": "actions_open", "learnings": "learnings"}[key]))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if (not index.isValid() or not 0 <= index.row() < self.rowCount()
                or not 0 <= index.column() < self.columnCount()):
            return None
        row, column = index.row(), index.column()
        if column == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self.measure_label(row)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        point = self.progress.points[column - 1]
        if role == SESSION_ID_ROLE:
            return point.session.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self.value(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            session = self.tr("session %1").replace("%1", str(point.session.number))
            value = self.value(row, column) or self.tr("none")
            return f"{self.measure_label(row)}, {session}: {value}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
