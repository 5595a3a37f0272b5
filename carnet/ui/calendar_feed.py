"""Keeps the calendar file chosen in Preferences up to date while a journal is open.

After each save the workspace reports (a session, an action, a review…),
``CalendarFeedKeeper`` asks ``carnet.services.calendar_feed.CalendarFeed`` to
rewrite the file if what it shows changed — a cheap fingerprint first, so
typing a note costs two small queries. A file that cannot be written is said
once in the status bar, never in a dialog per keystroke. A file inside the folder
the journal syncs through is not written until the person agreed to it in
Preferences (``carnet.ui.synced_folder``): it is not encrypted, and the sync client
would send it to the cloud; that is said once in the status bar too.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from carnet.services.calendar import IcsOptions
    from carnet.services.calendar_feed import CalendarFeed
    from carnet.ui.main_window import MainWindow
    from carnet.ui.settings import Settings

#: The settings that change what the calendar file says.
FEED_SETTINGS = frozenset({"alarm_days", "alarm_minutes", "calendar_path", "calendar_details",
                           "calendar_synced_ok", "language"})


def _interface_language() -> str:
    from carnet.ui.i18n import current_language

    return current_language()


def options_from(settings: Settings, base: IcsOptions | None = None) -> IcsOptions:
    """The export options with the alarm and the details chosen in Preferences."""
    from carnet.services.calendar import IcsOptions  # when a journal opens, not at start

    minutes = settings.alarm_minutes
    return replace(base or IcsOptions(include_details=settings.calendar_details),
                   session_alarm_days=settings.alarm_days,
                   session_alarm_time=time(minutes // 60, minutes % 60),
                   lang=_interface_language())


def format_names(window: MainWindow, lang: str) -> dict[str, str]:
    """Template id → the format's name, starting lower-case inside a sentence."""
    names = {}
    for template in window.templates:
        name = template.name.get(lang)
        if len(name) > 1 and name[1].islower():
            name = name[0].lower() + name[1:]
        names[template.id] = name
    return names


class CalendarFeedKeeper(QObject):
    """Owned by the main window; follows its journal and the Preferences."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("calendarFeedKeeper")
        self.window = window
        self.feed: CalendarFeed | None = None
        self.last_error = ""
        self.writes = 0  # how many times the file was rewritten (shown to tests)
        window.journalOpened.connect(self._opened)

    def _make_feed(self) -> CalendarFeed | None:
        path = self.window.settings.calendar_path.strip()
        if not path:
            return None
        from carnet.services.calendar_feed import CalendarFeed

        options = options_from(self.window.settings)
        return CalendarFeed(Path(path), options, format_names(self.window, options.lang))

    def _opened(self) -> None:
        workspace = self.window.workspace
        if workspace is not None:
            workspace.saveStateChanged.connect(self._save_state)
            # a session added or removed from the sidebar is not always a "save"
            workspace.locationChanged.connect(self.refresh)
        self.feed = self._make_feed()
        self.refresh()

    def _save_state(self, state: str) -> None:
        if state == "saved":
            self.refresh()

    def settings_changed(self, names: list[str]) -> None:
        if FEED_SETTINGS & set(names):
            self.feed = self._make_feed()
            self.last_error = ""
            self.refresh()

    def refresh(self) -> bool:
        """Rewrite the file if needed; True when written."""
        store = self.window.store
        if self.feed is None or store is None or self.window.demo:
            return False  # the demonstration journal never reaches the person's calendar
        from carnet.store.errors import StoreError

        if self._held_back(store):
            return False
        try:
            written = self.feed.refresh(store)
        except (OSError, StoreError) as exc:
            detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            message = self.tr("The calendar file %1 could not be updated (%2).").replace(
                "%1", str(self.feed.path)).replace("%2", detail)
            if message != self.last_error:
                self.last_error = message
                self.window.statusBar().showMessage(message, 30_000)
            return False
        if self.last_error and self.window.statusBar().currentMessage() == self.last_error:
            self.window.statusBar().clearMessage()  # said of a problem now gone
        self.last_error = ""
        self.writes += written
        return written

    def _held_back(self, store) -> bool:
        """True (and said once) when the file lies in the journal's synced folder and
        the person has not agreed to keep it there, with what it would hold."""
        from carnet.ui.synced_folder import calendar_agreed, synced_folder_holding

        assert self.feed is not None
        path, details = self.feed.path, self.feed.options.include_details
        if synced_folder_holding(store, path) is None or calendar_agreed(
                self.window.settings.calendar_synced_ok, path, details):
            return False
        message = self.tr("The calendar file %1 is not kept up to date: it is in the synced "
                          "folder and is not encrypted. To keep it there, confirm it in "
                          "Preferences.").replace("%1", str(path))
        if message != self.last_error:
            self.last_error = message
            self.window.statusBar().showMessage(message, 30_000)
        return True
