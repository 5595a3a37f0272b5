"""Plugs « Préparer la prochaine séance » into the main window: the view, its menu
actions, and the reminder banner at the top of the home view (which replaces the
home view's own one-line reminder)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from carnet.ui.prepare import install as install_view
from carnet.ui.prepare import open_prepare

if TYPE_CHECKING:
    from carnet.ui.main_window import MainWindow
    from carnet.ui.prepare.reminder import ReminderBanner


def install(window: MainWindow) -> None:
    install_view(window)

    def banner(store, _workspace) -> ReminderBanner:
        from carnet.ui.prepare.reminder import ReminderBanner  # at unlock, not at start

        widget = ReminderBanner(store, window.settings.reminder_days)
        widget.openRequested.connect(lambda group_id: open_prepare(window, group_id))
        return widget

    window.register_home_widget(banner, replaces_reminder=True)
