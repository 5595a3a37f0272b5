"""The page's table of contents: one entry per part, following the scroll."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from carnet.ui.session_editor.navigation import settle_layouts


class TocEntry(QLabel):
    clicked = Signal()

    def __init__(self, text: str, target: QWidget) -> None:
        super().__init__(text)
        self.target = target
        self.setObjectName("tocEntry")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setProperty("current", False)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()

    def set_current(self, on: bool) -> None:
        if self.property("current") != on:
            self.setProperty("current", on)
            self.style().unpolish(self)
            self.style().polish(self)


class TableOfContents(QWidget):
    """Entries that scroll ``scroll`` to their target; the current part is highlighted."""

    def __init__(self, scroll: QScrollArea, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("toc")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFixedWidth(230)
        self._scroll = scroll
        self.entries: list[TocEntry] = []
        #: Called with an entry's target before going there (the page builds it).
        self.before_go: Callable[[QWidget], None] | None = None
        title = QLabel(self.tr("CONTENTS"))
        title.setObjectName("tocTitle")
        self.state_label = QLabel()
        self.state_label.setObjectName("saveState")
        self.state_label.setWordWrap(True)
        self._list = QVBoxLayout()
        self._list.setSpacing(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 22, 12, 16)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addLayout(self._list)
        layout.addStretch(1)
        layout.addWidget(self.state_label)
        scroll.verticalScrollBar().valueChanged.connect(self._follow)

    def add(self, text: str, target: QWidget) -> TocEntry:
        entry = TocEntry(text, target)
        entry.clicked.connect(lambda: self.go_to(entry))
        self._list.addWidget(entry)
        self.entries.append(entry)
        return entry

    def clear(self) -> None:
        for entry in self.entries:
            self._list.removeWidget(entry)
            entry.setParent(None)
            entry.deleteLater()
        self.entries.clear()

    def go_to(self, entry: TocEntry) -> None:
        page = self._scroll.widget()
        if page is None:
            return
        if self.before_go is not None:
            self.before_go(entry.target)
        self._scroll_to(entry)
        # Once more after the event loop's turn: fields just built measure their text
        # when first laid out, which can move what is above the target.
        QTimer.singleShot(0, entry, lambda: self._scroll_to(entry))

    def _scroll_to(self, entry: TocEntry) -> None:
        page = self._scroll.widget()
        if page is None:
            return
        settle_layouts()
        y = entry.target.mapTo(page, entry.target.rect().topLeft()).y()
        self._scroll.verticalScrollBar().setValue(max(0, y - 16))
        self._follow()

    def _follow(self, *_args: object) -> None:
        page = self._scroll.widget()
        if page is None or not self.entries:
            return
        top = self._scroll.verticalScrollBar().value() + 40
        current = self.entries[0]
        for entry in self.entries:
            if entry.target.isHidden():  # a part not on the page yet (being built)
                continue
            if entry.target.mapTo(page, entry.target.rect().topLeft()).y() <= top:
                current = entry
        bar = self._scroll.verticalScrollBar()
        if bar.value() >= bar.maximum() > 0:
            current = self.entries[-1]
        for entry in self.entries:
            entry.set_current(entry is current)

    def show_state(self, state: str) -> None:
        text = {
            "saving": self.tr("Saving…"),
            "saved": self.tr("✓ All changes saved"),
            "error": self.tr("⚠ Not saved — your text is kept here"),
        }.get(state, "")
        self.state_label.setText(text)
        self.state_label.setProperty("state", state)
        self.state_label.style().unpolish(self.state_label)
        self.state_label.style().polish(self.state_label)
