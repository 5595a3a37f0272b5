"""The session's status as three buttons — Planned / Held / Missed — and the line that
says when Carnet changed it because something was written.

The switch offers the combo-box calls the header and its tests use (``currentData``,
``findData``, ``setCurrentIndex``, ``currentIndexChanged``) so it fits where the
combo was; ``activated`` fires only for the person's own choice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from carnet.domain import SessionStatus
from carnet.ui.formats import session_status_label

# Autosave keys of what is written *in* a session (the header and topics are not).
CONTENT_KEYS = frozenset({"note", "learning", "action", "feeling", "keyword", "assessment"})


def is_content_key(key: object) -> bool:
    return isinstance(key, tuple) and bool(key) and key[0] in CONTENT_KEYS


class StatusSwitch(QWidget):
    """One Tab stop; the arrows or a click choose. All three choices stay visible."""

    currentIndexChanged = Signal(int)  # noqa: N815 - like QComboBox
    activated = Signal(int)  # the person chose (click or key), not the program

    def __init__(self, status: SessionStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionStatus")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._values = list(SessionStatus)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: list[QPushButton] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for index, value in enumerate(self._values):
            button = QPushButton(session_status_label(value))
            button.setCheckable(True)
            button.setAutoExclusive(True)  # one of three: a screen reader hears radio buttons
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setProperty("role", "status")
            button.setProperty("status", value.value)
            button.setProperty("edge", "first" if index == 0 else
                               "last" if index == len(self._values) - 1 else "middle")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setAccessibleName(session_status_label(value))
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self._group.addButton(button, index)
            layout.addWidget(button)
            self.buttons.append(button)
        self._index = -1
        self.setCurrentIndex(self.findData(SessionStatus(status).value))
        self._group.idClicked.connect(self._clicked)

    # -- the combo box's calls ------------------------------------------------------------
    def count(self) -> int:
        return len(self._values)

    def itemData(self, index: int) -> str | None:
        return self._values[index].value if 0 <= index < len(self._values) else None

    def itemText(self, index: int) -> str:
        return self.buttons[index].text() if 0 <= index < len(self.buttons) else ""

    def findData(self, value) -> int:
        for index, status in enumerate(self._values):
            if status.value == value:
                return index
        return -1

    def currentIndex(self) -> int:
        return self._index

    def currentData(self) -> str | None:
        return self.itemData(self._index)

    def currentText(self) -> str:
        return self.itemText(self._index)

    def status(self) -> SessionStatus:
        return self._values[self._index]

    def setCurrentIndex(self, index: int) -> None:
        if not 0 <= index < len(self._values) or index == self._index:
            return
        self._index = index
        self.buttons[index].setChecked(True)
        self.setAccessibleDescription(self.buttons[index].text())
        self.currentIndexChanged.emit(index)

    # -- the person's choice -----------------------------------------------------------------
    def _clicked(self, index: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._choose(index)

    def _choose(self, index: int) -> None:
        changed = index != self._index
        self.setCurrentIndex(index)
        if changed:
            self.activated.emit(index)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._show_focus(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._show_focus(False)

    def _show_focus(self, focused: bool) -> None:
        """The chosen button carries the focus ring (the buttons never take the focus)."""
        for button in self.buttons:
            button.setProperty("focused", "true" if focused else "false")
            button.style().unpolish(button)
            button.style().polish(button)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Home: -len(self._values),
            Qt.Key.Key_End: len(self._values),
        }.get(Qt.Key(event.key()))
        if step is None:
            super().keyPressEvent(event)
            return
        self._choose(min(max(self._index + step, 0), len(self._values) - 1))


class AutoStatusNote(QWidget):
    """"Marked as held: you wrote in this session. [Undo]" — shown after an automatic change."""

    undoRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("autoStatus")
        self.label = QLabel(self.tr("Marked as held, since you are writing about it."))
        self.label.setObjectName("autoStatusText")
        self.label.setWordWrap(True)
        self.undo = QPushButton(self.tr("Undo: it has not taken place yet"))
        self.undo.setProperty("role", "link")
        self.undo.setCursor(Qt.CursorShape.PointingHandCursor)
        self.undo.setAccessibleName(self.tr("Put the session back to planned"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo)
        self.undo.clicked.connect(self.undoRequested)
        self.hide()

    def reserve_room(self) -> None:
        """Keep the note's line even while hidden: it appears on the first key typed,
        and the steps must not jump under the mouse then (QA shots 14 → 16)."""
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
