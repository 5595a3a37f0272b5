"""Edit → « Preferences… »: the Preferences dialog, and what changes at once.

Plugged in by ``MainWindow.install_extensions``. Available while the journal
is locked too: preferences hold no content. After OK, the auto-lock delay and
the reminder apply to the open journal at once; the language at the next start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from carnet.ui.main_window import MainWindow

#: Where the platform has no standard Preferences shortcut (Linux, offscreen).
FALLBACK_SHORTCUT = "Ctrl+,"


class PreferencesAction(QObject):
    #: The names of the settings that changed (other modules apply theirs).
    changed = Signal(list)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("preferencesAction")
        self.window = window
        #: Buttons other features add to the dialog's row, to open their own page:
        #: ``build(dialog)`` returns a QPushButton, made each time the dialog opens.
        self.buttons: list = []
        self.action = QAction(self.tr("&Preferences…"), window)
        self.action.setObjectName("preferencesAction")
        self.action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
            or [QKeySequence(FALLBACK_SHORTCUT)])
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setStatusTip(self.tr("Language, auto-lock, backups, paper size, reminders"))
        window.menus["edit"].addSeparator()
        window.add_action("edit", self.action, journal_only=False)
        self.action.triggered.connect(self.edit)

    def edit(self) -> list[str] | None:
        """Open the dialog; apply what changed. The names changed, or None if cancelled."""
        from carnet.ui import preferences  # with the dialog, not at start

        changed = preferences.edit_preferences(self.window, self.window.settings,
                                               buttons=self.buttons, store=self.window.store)
        if changed:
            self.apply(changed)
        return changed

    def apply(self, changed: list[str]) -> None:
        window, settings = self.window, self.window.settings
        if "autolock_minutes" in changed and window.is_unlocked:
            window.idle.start(settings.autolock_minutes)
        workspace = window.workspace
        home = getattr(workspace, "home", None)
        if "reminder_days" in changed and home is not None and hasattr(home, "reminder_days"):
            home.reminder_days = settings.reminder_days
            if workspace.stack.currentWidget() is home:
                home.refresh()
        if "language" in changed:
            window.statusBar().showMessage(
                self.tr("The new language applies the next time Carnet starts."), 15_000)
        self.changed.emit(list(changed))


def install(window: MainWindow) -> PreferencesAction:
    """Add « Preferences… » to the Edit menu (once per window)."""
    existing = getattr(window, "preferences_action", None)
    if isinstance(existing, PreferencesAction):
        return existing
    window.preferences_action = PreferencesAction(window)
    return window.preferences_action
