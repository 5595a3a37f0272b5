"""Between meetings (issue 17): Carnet comes to the person.

Plugs into the main window: the calendar file kept up to date
(``carnet.ui.calendar_feed``), the check-in « Depuis la dernière fois »
(``carnet.ui.check_in_entry``), reminders while Carnet runs, even locked
(``carnet.ui.reminders``), a learning from before on Home
(``carnet.ui.resurface_card``), and applies the Preferences that concern them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from carnet.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Wire the four parts (once per window: a second call adds nothing)."""
    from carnet.ui import check_in_entry, ext_preferences, reminders
    from carnet.ui.calendar_feed import CalendarFeedKeeper

    if window.calendar_feed is not None:
        return
    keeper = window.calendar_feed = CalendarFeedKeeper(window)
    preferences = ext_preferences.install(window)
    preferences.changed.connect(keeper.settings_changed)
    check_in_entry.install(window)
    notifier = reminders.install(window)
    preferences.changed.connect(notifier.settings_changed)

    def resurface_card(store, workspace):
        from carnet.ui.resurface_card import ResurfaceCard

        card = ResurfaceCard(store, window.settings)
        card.sessionRequested.connect(workspace.show_session)
        return card

    window.register_home_widget(resurface_card)

    def resurface_changed(names: list[str]) -> None:
        home = getattr(window.workspace, "home", None)
        if "resurface" in names and home is not None:
            home.refresh()

    preferences.changed.connect(resurface_changed)
