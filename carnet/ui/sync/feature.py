"""Sync in the window: the controller, the status bar line, the Synchronisation page
(from Preferences and Edit › « Synchronisation… »), and « Join a synced journal »
on the unlock screen. Wired by :mod:`carnet.ui.features`.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from carnet.ui import style
from carnet.ui.sync.controller import SyncController
from carnet.ui.sync.status import SyncStatusLabel
from carnet.ui.sync.words import status_text

if TYPE_CHECKING:
    from carnet.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncFeature", text)


def run_dialog(dialog: QDialog) -> bool:
    """Show a modal dialog; True when accepted (tests replace this function)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class SyncFeature(QObject):
    """What sync adds to the window (``window.sync``)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("syncFeature")
        self.window = window
        self.controller = SyncController(window)
        self.label = SyncStatusLabel(self.controller, self.open_page)
        window.statusBar().insertPermanentWidget(1, self.label)  # left of « ✓ Saved »
        self.page = None
        self.action = QAction(_tr("S&ynchronisation…"), window)
        self.action.setObjectName("syncAction")
        self.action.setStatusTip(_tr("Keep this journal in step on your devices"))
        self.action.triggered.connect(self.open_page)
        window.add_action("edit", self.action)
        self.join_button = QPushButton(_tr("Join a synced journal…"))
        self.join_button.setObjectName("joinSyncedButton")
        self.join_button.setProperty("role", "link")
        self.join_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.join_button.setToolTip(_tr("Open here the journal you keep on another device"))
        self.join_button.clicked.connect(self.open_join)
        links = window.unlock.links
        links.insertWidget(max(0, links.count() - 1), self.join_button)  # before the stretch
        window.opener.busyChanged.connect(lambda busy: self.join_button.setEnabled(not busy))
        preferences = window.preferences_action
        if preferences is not None:
            preferences.sections.append(self.preferences_section)

    # -- the Synchronisation page ----------------------------------------------------------------
    def open_page(self, parent: QWidget | None = None) -> None:
        if self.window.store is None or self.page is not None:
            return
        from carnet.ui.sync.page import SyncPage

        page = SyncPage(self.window, self.controller)
        if isinstance(parent, QWidget):
            page.setParent(parent, page.windowFlags())
        self.page = page
        try:
            run_dialog(page)
        finally:
            self.page = None
            page.deleteLater()

    def preferences_section(self, dialog: QWidget) -> tuple[str, QWidget]:
        """Preferences' « Synchronisation » row: where it stands, and the page's button."""
        widget = QWidget()
        row = QHBoxLayout(widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        text = QLabel()
        text.setObjectName("preferencesSyncText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        style.set_role(text, "hint")
        button = QPushButton(_tr("S&ynchronisation…"))
        button.setObjectName("preferencesSyncButton")
        button.setAccessibleName(_tr("Open the Synchronisation page"))
        row.addWidget(text, 1)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

        def update() -> None:
            controller = self.controller
            if self.window.store is None:
                words = _tr("Unlock the journal to set up its sync.")
            elif controller.folder:
                words = _tr("This journal syncs through %1. %2").replace(
                    "%1", controller.folder).replace("%2", status_text(controller.state))
            else:
                words = _tr("Keep this journal in step on your devices through a folder you "
                            "already sync (Nextcloud, Syncthing, Dropbox…).")
            text.setText(words)
            button.setEnabled(self.window.store is not None)

        update()
        self.controller.stateChanged.connect(update)
        widget.destroyed.connect(lambda *_: self._disconnect(update))
        button.clicked.connect(lambda: self.open_page(dialog))
        return _tr("Synchronisation"), widget

    def _disconnect(self, slot) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.controller.stateChanged.disconnect(slot)

    # -- joining -----------------------------------------------------------------------------------
    def open_join(self) -> str | None:
        from carnet.ui.sync.join import open_join

        return open_join(self.window)


def install(window: MainWindow) -> SyncFeature:
    """Add sync to ``window`` (once: a second call returns the same feature)."""
    existing = getattr(window, "sync", None)
    if isinstance(existing, SyncFeature):
        return existing
    window.sync = SyncFeature(window)
    return window.sync
