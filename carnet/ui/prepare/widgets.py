"""Small widgets of the preparation view: the tree of actions and the page tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTabBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from carnet.ui import style


class ActionTree(QTreeView):
    """The tree of actions; rows wrap their titles, so a new width lays them out again."""

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()


class PageTabs(QWidget):
    """Tabs drawn as underlined titles, with a status line at the right of the bar."""

    def __init__(self, status: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prepareTabs")
        self.bar = QTabBar()
        self.bar.setObjectName("prepareTabBar")
        self.bar.setDrawBase(False)
        self.bar.setExpanding(False)
        # The tabs keep their width whatever the status line says: a long message (an
        # action's title) used to squeeze them behind scroll arrows. It wraps instead.
        self.bar.setUsesScrollButtons(False)
        self.bar.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        if isinstance(status, QLabel):
            status.setWordWrap(True)
            status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.stack = QStackedWidget()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addWidget(self.bar)
        row.addWidget(status, 1, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(row)
        layout.addWidget(style.rule())
        layout.addWidget(self.stack, 1)
        self.bar.currentChanged.connect(self.stack.setCurrentIndex)

    def addTab(self, page: QWidget, text: str) -> int:
        self.stack.addWidget(page)
        return self.bar.addTab(text)

    def setTabText(self, index: int, text: str) -> None:
        self.bar.setTabText(index, text)

    def tabText(self, index: int) -> str:
        return self.bar.tabText(index)

    def setCurrentIndex(self, index: int) -> None:
        self.bar.setCurrentIndex(index)

    def currentIndex(self) -> int:
        return self.bar.currentIndex()
