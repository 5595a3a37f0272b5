"""Reminders while Carnet runs, even locked: a desktop notification the day before a
session (« Séance demain : 3 actions à revoir — Préparer ») and on a due date.

The rules live in ``carnet.services.reminders`` (Qt-free, on an injectable
clock); here they meet the desktop. Notifications say counts and dates only —
never a group's name or an action's title — whether Carnet is locked or not:
the desktop may keep them in its history. Clicking one opens « Préparer la
prochaine séance », after the unlock when Carnet is locked. Where there is no
system tray, a reminder waits as a banner on Home at the next unlock.

The coming reminders (dates, counts, ids) and those already shown are kept in
memory; in the settings file only when Carnet starts at login (it then starts
locked and must know them without the journal). The demonstration journal has
no reminders.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMenu, QPushButton, QSystemTrayIcon, QWidget

from carnet.services import reminders as rules
from carnet.services.reminders import Reminder
from carnet.store.errors import NotFoundError, StoreError
from carnet.ui import style

if TYPE_CHECKING:
    from carnet.services.reminders import Clock
    from carnet.store import JournalStore
    from carnet.ui.main_window import MainWindow

#: How often the clock is looked at.
CHECK_MS = 60_000
#: A move in the journal reads the schedule again this long after (ms).
AFTER_MOVE_MS = 250
#: How long a notification stays.
MESSAGE_MS = 20_000


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Reminders", text, None, n)


def _short_date(day: date) -> str:
    from carnet.ui import formats

    return formats.format_date(day, "medium")


def _session_head(reminder: Reminder, today: date) -> str:
    """« Séance aujourd’hui », « Séance demain » or « Séance le 9 déc. »."""
    days = (reminder.target - today).days
    if days <= 0:
        return _tr("Session today")
    if days == 1:
        return _tr("Session tomorrow")
    return _tr("Session on %1").replace("%1", _short_date(reminder.target))


def reminder_text(reminder: Reminder, today: date) -> str:
    """What a notification says: counts and dates only (see the module docstring)."""
    days = (reminder.target - today).days
    if reminder.kind == rules.SESSION:
        head = _session_head(reminder, today)
        if reminder.count:
            return _tr("%1: %n action(s) to review — Prepare", reminder.count).replace("%1", head)
        return _tr("%1 — Prepare").replace("%1", head)
    if days <= 0:
        return _tr("Today: %n action(s) fall due — Prepare", reminder.count)
    return _tr("%1: %n action(s) fall due — Prepare", reminder.count).replace(
        "%1", _short_date(reminder.target))


def banner_line(reminder: Reminder, today: date, group_name: str = "") -> str:
    """What Home's banner says of a reminder that could not be notified. Inside the
    unlocked window the group may be named (two groups meeting the same day read as
    two identical lines otherwise); the banner's own button prepares, so no « — Prepare »."""
    days = (reminder.target - today).days
    if reminder.kind == rules.SESSION:
        head = _session_head(reminder, today)
        if group_name:
            head = f"{head} · {group_name}"
        if reminder.count:
            return _tr("%1: %n action(s) to review", reminder.count).replace("%1", head)
        return head
    if days <= 0:
        return _tr("Today: %n action(s) fall due", reminder.count)
    return _tr("%1: %n action(s) fall due", reminder.count).replace(
        "%1", _short_date(reminder.target))


def apply_autostart(enabled: bool) -> bool:
    """Write or remove the start-at-login entry; False where the platform has none here."""
    from carnet.services import autostart

    if sys.platform == "win32":
        from PySide6.QtCore import QSettings

        run = QSettings(r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run",
                        QSettings.Format.NativeFormat)
        if enabled:
            run.setValue("Carnet", " ".join(f'"{a}"' for a in autostart.command()))
        else:
            run.remove("Carnet")
        run.sync()
        return True
    if sys.platform == "darwin":
        return False  # a login item needs the packaged app (not written here)
    if enabled:
        autostart.enable(comment=_tr("Carnet, locked, in the system tray"))
    else:
        autostart.disable()
    return True


class ReminderNotifier(QObject):
    """Owned by the main window: looks at the clock, notifies, opens Préparer."""

    #: The reminders waiting for the next unlock changed (Home's banner listens).
    pendingChanged = Signal()  # noqa: N815

    def __init__(self, window: MainWindow, *, clock: Clock | None = None,
                 tray: QSystemTrayIcon | bool | None = True) -> None:
        super().__init__(window)
        self.setObjectName("reminderNotifier")
        self.window = window
        self.clock: Clock = clock or datetime.now
        self.reminders: list[Reminder] = rules.decode(window.settings.reminder_schedule)
        self.shown: set[str] = set(filter(None, window.settings.reminders_shown.split("|")))
        self.pending: list[Reminder] = []
        self.messages: list[str] = []  # every text notified (tests read it)
        self.last: Reminder | None = None
        self.prepare_after_unlock: int | None = None  # a group id, 0 for every group
        self.tray: QSystemTrayIcon | None = None
        if tray is True:
            tray = self._make_tray() if QSystemTrayIcon.isSystemTrayAvailable() else None
        self.set_tray(tray or None)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        # Moving in the journal reads the schedule again once the view is painted (a
        # read of every open action's date: ~6 ms that delayed a session page's first
        # paint), and once for several moves in a row.
        self._after_move = QTimer(self, singleShot=True, interval=AFTER_MOVE_MS)
        self._after_move.timeout.connect(self.recompute)
        #: What the schedule was last read from: the journal's planning version (its
        #: connection, its own changes, other connections'), the day and the alarm
        #: settings. Machine numbers filled in place: nothing made mid-day is kept
        #: while locked (issue 19).
        self._read_from = array("q", bytes(8 * 6))
        window.journalOpened.connect(self._opened)

    # -- the tray --------------------------------------------------------------------------
    def _make_tray(self) -> QSystemTrayIcon:
        from PySide6.QtGui import QGuiApplication

        tray = QSystemTrayIcon(QGuiApplication.windowIcon(), self.window)  # Carnet's icon
        tray.setToolTip("Carnet")
        menu = QMenu(self.window)
        show = QAction(_tr("Open Carnet"), menu)
        show.triggered.connect(self.show_window)
        prepare = QAction(_tr("Prepare the next session"), menu)
        prepare.triggered.connect(lambda: self.open_prepare(0))
        quit_action = QAction(_tr("Quit"), menu)
        quit_action.triggered.connect(self.window.close)
        menu.addActions([show, prepare])
        menu.addSeparator()
        menu.addAction(quit_action)
        tray.setContextMenu(menu)
        tray.activated.connect(self._activated)
        tray.show()
        return tray

    def set_tray(self, tray: QSystemTrayIcon | None) -> None:
        """Use ``tray`` for the notifications (None: banners at the next unlock)."""
        self.tray = tray
        if tray is not None:
            tray.messageClicked.connect(self.message_clicked)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_window()

    def show_window(self) -> None:
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    # -- the schedule ----------------------------------------------------------------------
    def _moved(self) -> None:
        self._after_move.start()  # (PySide keeps a string per C++ slot connected: issue 19)

    def _opened(self) -> None:
        workspace = self.window.workspace
        if workspace is not None:
            workspace.saveStateChanged.connect(
                lambda state: self.recompute() if state == "saved" else None)
            workspace.locationChanged.connect(self._moved)  # not the timer's C++ slot
        self.recompute()
        if self.prepare_after_unlock is not None:
            group_id, self.prepare_after_unlock = self.prepare_after_unlock, None
            QTimer.singleShot(0, lambda: self._show_prepare(group_id))
        self.check()

    def recompute(self) -> None:
        """Read the coming reminders from the open journal (dates and counts only)."""
        store = self.window.store
        if store is None:
            return
        if self.window.demo:
            self.reminders.clear()
            return
        from carnet.store.errors import StoreError

        settings = self.window.settings
        today = self.clock().date()
        try:
            version = store.planning_version()
            source = (*version, today.toordinal(), settings.alarm_days,
                      settings.alarm_minutes) if version is not None else None
            if source is not None and tuple(self._read_from) == source:
                # Nothing the schedule reads changed (a note typed and saved): reading
                # every open action again cost 10-20 ms on the UI thread after each
                # save of a 10,000-session journal, the longest stall while typing.
                return
            # In place, like ``pending``: the lists live as long as the window (issue 19)
            self.reminders[:] = rules.schedule(store, today,
                                               days_before=settings.alarm_days,
                                               at_minutes=settings.alarm_minutes)
        except StoreError:
            return
        self._read_from[:] = array("q", source if source is not None else bytes(8 * 6))
        # A reminder waiting for Home says today's counts, not those of when it fell due
        # (a banner said « 3 actions à revoir » while 5 were open); one the schedule no
        # longer holds goes: its session was moved, held or removed with its group, its
        # actions were closed, or its day is past (Home said « Séance aujourd'hui » for a
        # group just removed, and its « Préparer » failed: a fresh-eyes review).
        fresh = {reminder.key: reminder for reminder in self.reminders}
        updated = [fresh[waiting.key] for waiting in self.pending if waiting.key in fresh]
        if updated != self.pending:
            self.pending[:] = updated
            self.pendingChanged.emit()
        self._keep()

    def _keep(self) -> None:
        """Write the schedule and the shown keys to the settings when Carnet starts at
        login (see the module docstring); otherwise leave nothing there."""
        settings = self.window.settings
        keep = settings.start_at_login
        schedule = rules.encode(self.reminders) if keep else ""
        shown = "|".join(sorted(self.shown)) if keep else ""
        if (schedule, shown) != (settings.reminder_schedule, settings.reminders_shown):
            settings.reminder_schedule = schedule
            settings.reminders_shown = shown
            settings.sync()

    def rehome(self) -> None:
        """Make afresh what is kept while locked (the coming and waiting reminders, the
        keys of those shown), once the closed journal's objects are freed: the schedule
        is read again at every save and move, so by the lock its few objects sit one or
        two per Python arena among the day's, and each kept a freed 1 MiB arena from
        being given back (issue 19). Made now, they go where the kept objects are."""
        self.reminders[:] = rules.decode(rules.encode(self.reminders))
        self.pending[:] = rules.decode(rules.encode(self.pending))
        if self.last is not None:
            self.last = rules.decode(rules.encode([self.last]))[0]
        keys = [key.encode().decode() for key in self.shown]
        self.shown.clear()
        self.shown.update(keys)

    def settings_changed(self, names: list[str]) -> None:
        if {"alarm_days", "alarm_minutes"} & set(names):
            self.recompute()
        if "start_at_login" in names:
            self._keep()
            try:
                apply_autostart(self.window.settings.start_at_login)
            except OSError as exc:
                self.window.statusBar().showMessage(
                    _tr("Starting at login could not be set (%1).").replace(
                        "%1", exc.strerror or type(exc).__name__), 15_000)

    # -- notifying -------------------------------------------------------------------------
    def check(self) -> list[Reminder]:
        """Notify what is due now and was not shown yet; what was notified."""
        now = self.clock()
        due = rules.due_now(self.reminders, now, self.shown)
        for reminder in due:
            self.notify(reminder, now.date())
            self.shown.add(reminder.key)
        pruned = rules.prune_shown(self.shown, now.date())
        if due or pruned != self.shown:
            self.shown.clear()  # in place (see ``recompute``)
            self.shown.update(pruned)
            self._keep()
        return due

    def notify(self, reminder: Reminder, today: date) -> None:
        text = reminder_text(reminder, today)
        self.last = reminder
        if self.tray is not None and self.tray.isVisible() and self.tray.supportsMessages():
            self.tray.showMessage("Carnet", text, QSystemTrayIcon.MessageIcon.Information,
                                  MESSAGE_MS)
            self.messages.append(text)
            return
        self.pending.append(reminder)  # no tray: said at the next unlock (or on Home now)
        self.pendingChanged.emit()

    def message_clicked(self) -> None:
        reminder = self.last
        self.open_prepare(reminder.group_id if reminder is not None else 0)

    def open_prepare(self, group_id: int = 0) -> None:
        """Show « Préparer »; when locked, the unlock screen first, then Préparer."""
        self.show_window()
        if self.window.store is None:
            self.prepare_after_unlock = group_id
            return
        self._show_prepare(group_id)

    def _show_prepare(self, group_id: int) -> None:
        store = self.window.store
        if store is None:
            return
        from carnet.ui.prepare import open_prepare

        if group_id and group_id not in store.groups.ids():
            group_id = 0  # removed since the reminder was made: every group's actions
        open_prepare(self.window, group_id or None)

    def pending_texts(self, today: date | None = None,
                      group_name: Callable[[int], str] | None = None,
                      said_elsewhere: int = 0) -> list[str]:
        """The waiting reminders as Home's banner says them (``group_name`` names a
        reminder's group; without it, the notification's words). ``said_elsewhere``:
        a session Home already announces (its own « Préparer la séance » banner), whose
        session reminder would say it a second time."""
        today = today or self.clock().date()
        waiting = [r for r in self.pending if not (
            said_elsewhere and r.kind == rules.SESSION and r.session_id == said_elsewhere)]
        if group_name is None:
            return [reminder_text(r, today) for r in waiting]
        return [banner_line(r, today, group_name(r.group_id)) for r in waiting]

    def dismiss_pending(self) -> None:
        self.pending.clear()
        self.pendingChanged.emit()


class PendingRemindersBanner(QFrame):
    """On Home: the reminders that could not be notified (no system tray)."""

    def __init__(self, notifier: ReminderNotifier, store: JournalStore | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pendingReminders")
        self.store = store
        self.setStyleSheet(
            f"QFrame#pendingReminders {{ background: {style.ACCENT_SOFT}; border-radius: 8px; }}"
            f"QFrame#pendingReminders QLabel {{ color: {style.ACCENT}; background: transparent; }}")
        self.notifier = notifier
        self.text_label = style.label("", wrap=True)
        self.text_label.setObjectName("pendingRemindersText")
        self.prepare_button = QPushButton(self.tr("Prepare"))
        self.prepare_button.setObjectName("pendingRemindersPrepare")
        self.prepare_button.setProperty("role", "primary")
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setObjectName("pendingRemindersDismiss")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 10, 10)
        layout.setSpacing(10)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.prepare_button)
        layout.addWidget(self.dismiss_button)
        self.prepare_button.clicked.connect(self._prepare)
        self.dismiss_button.clicked.connect(notifier.dismiss_pending)
        notifier.pendingChanged.connect(self.refresh)
        self.hide()

    def refresh(self) -> None:
        texts = self.notifier.pending_texts(group_name=self._group_name,
                                            said_elsewhere=self._announced_session())
        self.text_label.setText("\n".join(dict.fromkeys(texts)))
        self.setVisible(bool(texts))

    def _announced_session(self) -> int:
        """The session Home's own banner announces (``carnet.ui.prepare.reminder``), 0
        when none: two banners said the same session (a fresh-eyes review)."""
        if self.store is None:
            return 0
        from carnet.ui.prepare.reminder import reminder_message

        try:
            shown = reminder_message(self.store)  # (Home's banner: today, as it reads it)
        except StoreError:
            return 0
        return shown.session_id if shown is not None else 0

    def _group_name(self, group_id: int) -> str:
        if not group_id or self.store is None:
            return ""
        try:
            return self.store.groups.get(group_id).name
        except (NotFoundError, StoreError):
            return ""  # removed since, or the journal closing: the line says the rest

    def _prepare(self) -> None:
        group_id = self.notifier.pending[-1].group_id if self.notifier.pending else 0
        self.notifier.dismiss_pending()
        self.notifier.open_prepare(group_id)

    def clear(self) -> None:
        self.text_label.clear()
        self.store = None
        self.hide()


def install(window: MainWindow) -> ReminderNotifier:
    notifier = window.reminders = ReminderNotifier(window)

    def banner(store: JournalStore, _workspace) -> PendingRemindersBanner:
        return PendingRemindersBanner(notifier, store)

    window.register_home_widget(banner)
    return notifier
