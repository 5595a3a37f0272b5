"""The status bar's sync line: « Synchronisé il y a 2 min », « Hors ligne »…

Hidden while the journal is locked or does not sync. The relative time is
re-worded every half minute; a click opens the Synchronisation page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel

from carnet.ui import style
from carnet.ui.sync.controller import SyncController
from carnet.ui.sync.words import status_line, status_tip

#: How often « il y a 2 min » is re-worded.
TICK_MS = 30_000


class SyncStatusLabel(QLabel):
    def __init__(self, controller: SyncController, on_click: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("syncStatus")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.controller = controller
        self._on_click = on_click
        self._tick = QTimer(self, interval=TICK_MS)
        self._tick.timeout.connect(self.update_text)
        controller.stateChanged.connect(self.update_text)
        self.update_text()

    def update_text(self) -> None:
        state = self.controller.state
        alone = self.controller.alone
        text = status_line(state, alone=alone)
        self.setText(text)
        self.setVisible(bool(text))
        role = {"offline": "warning", "failed": "error", "refused": "error"}.get(
            state.phase, "muted")
        if state.phase == "done" and (state.conflicts or alone or (
                not state.unsent and not state.complete)):
            role = "warning"  # a conflict stays said while changes wait to be sent
        style.set_role(self, role)
        tip = status_tip(state, self.controller.folder or "") if text else ""
        self.setToolTip(tip)
        self.setAccessibleName(text)
        self.setAccessibleDescription(tip)
        if text and state.phase == "done":
            self._tick.start()
        else:
            self._tick.stop()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._on_click()
            event.accept()
            return
        super().mousePressEvent(event)
