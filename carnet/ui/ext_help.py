"""Help menu: « User's guide » (F1) and a proper About dialog.

Plugged in by ``MainWindow.install_extensions``. The window's own About action
(a plain message box) is kept in its place and reconnected to
:class:`carnet.ui.help.AboutDialog`.
"""

from __future__ import annotations

import contextlib
import warnings
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from carnet.ui import help as help_ui
    from carnet.ui.main_window import MainWindow


def find_about_action(window: MainWindow) -> QAction | None:
    """The window's About action: in the Help menu, by its menu role (or its key)."""
    for action in window.menus["help"].actions():
        if action.menuRole() == QAction.MenuRole.AboutRole:
            return action
    actions = getattr(window, "actions", None)
    return actions.get("about") if isinstance(actions, dict) else None


class HelpActions(QObject):
    """Owns the guide window (one per main window) and the Help menu's actions."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("helpActions")
        self.window = window
        self.guide_window: help_ui.GuideWindow | None = None

        self.guide_action = QAction(self.tr("&User's guide"), window)
        self.guide_action.setObjectName("guideAction")
        self.guide_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)
            or [QKeySequence("F1")])
        self.guide_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.guide_action.setStatusTip(self.tr("How to keep your logbook with Carnet"))
        window.add_action("help", self.guide_action, journal_only=False)

        menu = window.menus["help"]
        self.about_action = find_about_action(window)
        if self.about_action is None:
            self.about_action = QAction(self.tr("&About Carnet"), window)
            self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
            window.add_action("help", self.about_action, journal_only=False)
        else:
            self._disconnect_old_about()
            # The guide first, then a separator, then About.
            menu.removeAction(self.guide_action)
            menu.insertAction(self.about_action, self.guide_action)
            menu.insertSeparator(self.about_action)
        self.about_action.setObjectName("aboutAction")

        # Signals, in one place
        self.guide_action.triggered.connect(self.show_guide)
        self.about_action.triggered.connect(self.show_about)

    def _disconnect_old_about(self) -> None:
        about = getattr(self.window, "about", None)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            try:
                if about is not None:
                    self.about_action.triggered.disconnect(about)
            except (RuntimeError, TypeError):
                with contextlib.suppress(RuntimeError, TypeError):
                    self.about_action.triggered.disconnect()

    def show_guide(self) -> help_ui.GuideWindow:
        from carnet.ui import help as help_ui  # with the guide, not at start

        existing = self.guide_window
        if existing is not None and not shiboken6.isValid(existing):
            existing = None
        self.guide_window = help_ui.show_guide(self.window, existing)
        return self.guide_window

    def show_about(self) -> None:
        from carnet.ui import help as help_ui  # with the dialog, not at start

        help_ui.show_about(self.window)


def install(window: MainWindow) -> HelpActions:
    """Add the guide to the Help menu and give About its dialog (once per window)."""
    existing = getattr(window, "help_actions", None)
    if isinstance(existing, HelpActions):
        return existing
    window.help_actions = HelpActions(window)
    return window.help_actions
