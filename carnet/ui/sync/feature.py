"""Sync in the window: the controller, the status bar line, the Synchronisation page
(from Preferences and Edit › « Synchronisation… »), and « Join a synced journal »
on the unlock screen. Wired by :mod:`carnet.ui.features`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from carnet.ui.main_window import MainWindow

# The controller, the status line and their words load with ``install`` (after the
# app's first paint); this module's top stays light: ``add_join_link`` is on that screen.


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncFeature", text)


def run_dialog(dialog: QDialog) -> bool:
    """Show a modal dialog; True when accepted (tests replace this function)."""
    from PySide6.QtWidgets import QDialog

    return dialog.exec() == QDialog.DialogCode.Accepted


class SyncFeature(QObject):
    """What sync adds to the window (``window.sync``)."""

    def __init__(self, window: MainWindow) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction

        from carnet.ui.sync.controller import SyncController
        from carnet.ui.sync.status import SyncStatusLabel

        super().__init__(window)
        self.setObjectName("syncFeature")
        self.window = window
        self.controller = SyncController(window)
        self.label = SyncStatusLabel(self.controller, self.open_page)
        window.statusBar().insertPermanentWidget(1, self.label)  # left of « ✓ Saved »
        self.page = None
        self.action = QAction(_tr("S&ync…"), window)
        self.action.setObjectName("syncAction")
        self.action.setStatusTip(_tr("Keep this journal in step on your devices"))
        self.action.triggered.connect(self.open_page)
        window.add_action("edit", self.action)
        self.join_button = add_join_link(window)
        self.join_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.join_button.clicked.connect(self.open_join)
        window.opener.busyChanged.connect(lambda busy: self.join_button.setEnabled(not busy))
        preferences = window.preferences_action
        if preferences is not None:
            preferences.buttons.append(self.preferences_button)

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

    def preferences_button(self, dialog: QWidget) -> QPushButton:
        """Preferences' « Synchronisation… » button: the page, over the dialog."""
        from carnet.ui.sync.words import status_text

        button = QPushButton(_tr("S&ync…"))
        button.setObjectName("preferencesSyncButton")
        button.setAccessibleName(_tr("Open the Sync page"))
        controller = self.controller
        if self.window.store is None:
            button.setEnabled(False)
            button.setToolTip(_tr("Unlock the journal to set up its sync."))
        elif controller.folder:
            button.setToolTip(_tr("This journal syncs through %1. %2").replace(
                "%1", controller.folder).replace("%2", status_text(controller.state)))
        else:
            button.setToolTip(_tr("Keep this journal in step on your devices through a folder "
                                  "you already sync (Nextcloud, Syncthing, Dropbox…)."))
        button.clicked.connect(lambda: self.open_page(dialog))
        return button

    # -- joining -----------------------------------------------------------------------------------
    def open_join(self) -> str | None:
        from carnet.ui.sync.join import open_join

        return open_join(self.window)


def add_join_link(window: MainWindow) -> QPushButton:
    """« Join a synced journal… » under the unlock card (once; the app builds it before
    its first paint, :func:`carnet.ui.features.install_first_screen`)."""
    button = window.unlock.findChild(QPushButton, "joinSyncedButton")
    if button is None:
        button = QPushButton(_tr("Join a synced journal…"))
        button.setObjectName("joinSyncedButton")
        button.setProperty("role", "link")  # its pointing hand comes with SyncFeature
        button.setToolTip(_tr("Open here the journal you keep on another device"))
        row = QHBoxLayout()  # a row of its own: three links do not fit one at 1.5× font
        row.addWidget(button)
        row.addStretch(1)
        window.unlock.column.addLayout(row)
    return button


def install(window: MainWindow) -> SyncFeature:
    """Add sync to ``window`` (once: a second call returns the same feature)."""
    existing = getattr(window, "sync", None)
    if isinstance(existing, SyncFeature):
        return existing
    window.sync = SyncFeature(window)
    return window.sync
