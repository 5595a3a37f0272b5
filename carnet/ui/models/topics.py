"""The backlog of topics to bring, as a list model for Préparer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from carnet.domain import Topic, TopicStatus
from carnet.ui.models.preparation import Roles
from carnet.ui.versions import in_words

TOPIC_ID = Qt.ItemDataRole.UserRole + 40
_ROOT = QModelIndex()


class TopicListModel(QAbstractListModel):
    """The backlog as a list model (scheduled topics first, then by priority)."""

    def __init__(self, subtitle: Callable[[Topic], str], parent=None) -> None:
        super().__init__(parent)
        self._subtitle = subtitle
        self.topics: list[Topic] = []

    def set_topics(self, topics: list[Topic]) -> None:
        self.beginResetModel()
        self.topics = sorted(topics, key=lambda t: (t.status is not TopicStatus.SCHEDULED,
                                                    t.priority, t.id or 0))
        self.endResetModel()

    def row_of(self, topic_id: int | None) -> int:
        for row, topic in enumerate(self.topics):
            if topic.id == topic_id:
                return row
        return -1

    def changed(self, topic: Topic) -> None:
        row = self.row_of(topic.id)
        if row >= 0:
            self.topics[row] = topic
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.topics)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.topics):
            return None
        topic = self.topics[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            return topic.title
        values = {
            Roles.KIND: "topic",
            Roles.SUBTITLE: self._subtitle(topic),
            Roles.NOTE: " ".join(in_words(topic.draft).split())[:160],
            Roles.OVERDUE: False,
            Roles.CARRIED: False,
            TOPIC_ID: topic.id,
            Roles.PRIORITY: topic.priority,
            Roles.SCHEDULED: topic.status is TopicStatus.SCHEDULED,
        }
        return values.get(role)
