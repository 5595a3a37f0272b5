"""Reminders while Carnet runs, even locked (issue 17), on a fake clock.

The notifier's tray is a real ``QSystemTrayIcon`` whose ``showMessage`` records what
it would show (the offscreen platform has no system tray); clicking a notification
is its real ``messageClicked`` signal.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSystemTrayIcon
from ui_helpers import MARKER, unlock_through_ui

from carnet.services import autostart
from carnet.services import reminders as rules
from carnet.ui import preferences
from carnet.ui.prepare.view import PrepareView
from carnet.ui.reminders import PendingRemindersBanner

CLICK = Qt.MouseButton.LeftButton


class RecordingTray(QSystemTrayIcon):
    """A tray that is there and records its messages instead of showing them."""

    def __init__(self, parent) -> None:
        super().__init__(parent)
        self.shown: list[tuple[str, str]] = []

    def isVisible(self) -> bool:
        return True

    def supportsMessages(self) -> bool:
        return True

    def showMessage(self, title, text, *args) -> None:
        self.shown.append((title, text))


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _window(qtbot, make_window, seeded_journal, passphrase, *, tray: bool = True):
    path, ids = seeded_journal
    window = make_window()
    assert "carnet.ui.ext_between" in window.install_extensions(
        ["carnet.ui.ext_between", "carnet.ui.ext_prepare", "carnet.ui.ext_preferences"])
    notifier = window.reminders
    notifier.clock = FakeClock(datetime.combine(date.today(), time(8, 0)))
    notifier.tray = None
    if tray:
        notifier.set_tray(RecordingTray(window))
    window.show()
    qtbot.waitExposed(window)
    window.start(path)
    unlock_through_ui(qtbot, window, passphrase)
    window.ids = ids
    return window, notifier


def _tick(qtbot, notifier, now: datetime) -> list:
    """Move the clock, then let the notifier's own timer look at it; what it said."""
    notifier.clock.now = now
    before = len(notifier.messages) + len(notifier.pending)
    notifier.timer.setInterval(5)
    qtbot.wait(60)
    notifier.timer.setInterval(60_000)
    return (notifier.messages + notifier.pending)[before:]


def test_the_day_before_a_session_and_on_a_due_date_then_click_opens_prepare(
        qtbot, make_window, seeded_journal, passphrase):
    window, notifier = _window(qtbot, make_window, seeded_journal, passphrase)
    session = window.store.sessions.get(window.ids["next"])
    day_before = session.date - timedelta(days=1)
    tray = notifier.tray

    assert _tick(qtbot, notifier, datetime.combine(day_before, time(17, 59))) == []
    assert tray.shown == []  # not before 18:00
    _tick(qtbot, notifier, datetime.combine(day_before, time(18, 0)))
    assert tray.shown == [("Carnet", "Session tomorrow: 1 action(s) to review — Prepare")]
    _tick(qtbot, notifier, datetime.combine(day_before, time(18, 30)))
    assert len(tray.shown) == 1  # once

    # The click opens « Préparer » for that session's group.
    tray.messageClicked.emit()
    view = window.workspace.stack.currentWidget()
    assert isinstance(view, PrepareView) and view.group_id == window.ids["group"]

    # The due date (the seeded action is due on the session's day), from 09:00.
    _tick(qtbot, notifier, datetime.combine(session.date, time(8, 59)))
    assert len(tray.shown) == 1
    _tick(qtbot, notifier, datetime.combine(session.date, time(9, 0)))
    assert tray.shown[-1] == ("Carnet", "Today: 1 action(s) fall due — Prepare")
    assert all(MARKER not in text for _title, text in tray.shown)

    # Nothing of it in the settings file unless Carnet starts at login.
    assert window.settings.reminders_shown == window.settings.reminder_schedule == ""


def test_locked_notification_says_counts_and_dates_then_prepare_after_unlock(
        qtbot, make_window, seeded_journal, passphrase):
    window, notifier = _window(qtbot, make_window, seeded_journal, passphrase)
    session = window.store.sessions.get(window.ids["next"])
    group_name = window.store.groups.get(window.ids["group"]).name
    window.lock()
    assert window.store is None and notifier.reminders  # kept while locked

    _tick(qtbot, notifier, datetime.combine(session.date - timedelta(days=1), time(18, 1)))
    (_title, text), = notifier.tray.shown
    assert text == "Session tomorrow: 1 action(s) to review — Prepare"
    assert MARKER not in text and group_name not in text and "Déléguer" not in text
    assert any(c.isdigit() for c in text)  # the count is there (the control)

    notifier.tray.messageClicked.emit()  # clicked while locked: the unlock screen first
    assert window.pages.currentWidget() is window.unlock
    assert window.isVisible()
    unlock_through_ui(qtbot, window, passphrase)
    qtbot.waitUntil(lambda: isinstance(window.workspace.stack.currentWidget(), PrepareView))
    assert window.workspace.stack.currentWidget().group_id == window.ids["group"]


def test_a_new_due_date_moves_the_reminder(qtbot, make_window, seeded_journal, passphrase):
    from dataclasses import replace

    window, notifier = _window(qtbot, make_window, seeded_journal, passphrase)
    action = window.store.actions.list(open_only=True)[0]
    later = date.today() + timedelta(days=45)
    window.store.actions.update(replace(action, due_date=later))
    window.workspace.saveStateChanged.emit("saved")  # as after a save through the views
    dues = [r for r in notifier.reminders if r.kind == rules.DUE]
    assert [r.target for r in dues] == [later]
    _tick(qtbot, notifier, datetime.combine(later, time(9, 30)))
    assert notifier.tray.shown[-1][1] == "Today: 1 action(s) fall due — Prepare"


def test_no_tray_a_banner_at_the_next_unlock(qtbot, make_window, seeded_journal, passphrase):
    window, notifier = _window(qtbot, make_window, seeded_journal, passphrase, tray=False)
    session = window.store.sessions.get(window.ids["next"])
    window.lock()
    _tick(qtbot, notifier, datetime.combine(session.date, time(9, 5)))
    assert notifier.messages == [] and len(notifier.pending) == 2  # session today, due today
    unlock_through_ui(qtbot, window, passphrase)
    window.go_home()
    banner = window.workspace.home.findChild(PendingRemindersBanner)
    assert banner is not None and banner.isVisible()
    # Inside the unlocked window the group is named (two groups meeting the same day
    # were two identical lines); the notification itself never names it (above).
    group = window.store.groups.get(window.ids["group"]).name
    assert banner.text_label.text().splitlines() == [
        f"Session today · {group}: 1 action(s) to review", "Today: 1 action(s) fall due"]
    # An action added since: the waiting line says today's count, not the old one.
    from carnet.domain import Action

    window.store.actions.add(Action(window.ids["held"], "Relancer l’équipe",
                                    due_date=session.date))
    window.workspace.saveStateChanged.emit("saved")  # as after a save through the views
    qtbot.waitUntil(lambda: f"Session today · {group}: 2 action(s) to review"
                    in banner.text_label.text())
    qtbot.mouseClick(banner.prepare_button, CLICK)
    assert isinstance(window.workspace.stack.currentWidget(), PrepareView)
    assert notifier.pending == []
    window.go_home()
    assert not banner.isVisible()


def test_a_session_home_already_announces_is_not_said_twice(
        qtbot, make_window, seeded_journal, passphrase):
    """Found by a fresh-eyes review: on the session's day Home showed two banners for it,
    the waiting reminder's « Séance aujourd'hui · … : 1 action à revoir » and Home's own
    « Séance 5 (…) aujourd'hui : 1 action ouverte » with « Préparer la séance »."""
    from dataclasses import replace

    from carnet.ui.prepare.reminder import ReminderBanner

    window, notifier = _window(qtbot, make_window, seeded_journal, passphrase, tray=False)
    store = window.store
    session = store.sessions.get(window.ids["next"])
    today = date.today()
    store.sessions.update(replace(session, date=today))
    for action in store.actions.list(open_only=True):
        store.actions.update(replace(action, due_date=today))
    window.workspace.saveStateChanged.emit("saved")
    window.lock()
    _tick(qtbot, notifier, datetime.combine(today, time(9, 5)))
    assert {r.kind for r in notifier.pending} == {rules.SESSION, rules.DUE}  # the control
    unlock_through_ui(qtbot, window, passphrase)
    window.go_home()
    home = window.workspace.home
    own = home.findChild(ReminderBanner)
    assert own is not None and own.isVisible()  # Home announces the session itself
    waiting = home.findChild(PendingRemindersBanner)
    lines = waiting.text_label.text().splitlines() if waiting.isVisible() else []
    assert lines == ["Today: 1 action(s) fall due"]  # the due date only, said once


def test_autostart_file_written_and_removed_by_the_setting(qtbot, make_window, settings,
                                                           monkeypatch):
    window = make_window()
    window.install_extensions(["carnet.ui.ext_between", "carnet.ui.ext_preferences"])
    entry = autostart.desktop_file()
    assert not settings.start_at_login and not entry.exists()  # off by default

    def toggle(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.mouseClick(dialog.start_at_login_box, CLICK)
        qtbot.mouseClick(dialog.ok_button, CLICK)
        return True

    monkeypatch.setattr(preferences, "run_dialog", toggle)
    window.preferences_action.edit()
    assert settings.start_at_login
    text = entry.read_text(encoding="utf-8")
    assert "Exec=" in text and "--tray" in text and autostart.MARK in text
    assert "journal" not in text.lower()  # the program only: no path, no passphrase

    window.preferences_action.edit()
    assert not settings.start_at_login and not entry.exists()

    # the control: a file of the same name that Carnet did not write stays
    entry.write_text("[Desktop Entry]\nName=Someone else\n")
    assert autostart.disable() is False and entry.exists()


def test_schedule_rules_on_their_own():
    today = date(2026, 12, 6)
    session = rules.Reminder(rules.SESSION, today, 18 * 60, today + timedelta(days=1), 3, 4, 9)
    assert not session.is_due(datetime(2026, 12, 6, 17, 59))
    assert session.is_due(datetime(2026, 12, 6, 18, 0))
    assert session.is_due(datetime(2026, 12, 7, 8, 0))  # still on the session's day
    assert not session.is_due(datetime(2026, 12, 8, 8, 0))
    assert rules.decode(rules.encode([session])) == [session]
    assert rules.decode("garbage;session,x,1,2,3,4,5") == []
    assert rules.prune_shown({session.key, "due:2026-01-01:0:0"}, today) == {session.key}


def test_the_words_in_french(qapp):
    from carnet.ui import i18n
    from carnet.ui.reminders import reminder_text

    today = date(2026, 12, 6)
    tomorrow = today + timedelta(days=1)
    try:
        assert i18n.install_translators(qapp, "fr") == "fr"
        session = rules.Reminder(rules.SESSION, today, 18 * 60, tomorrow, 3, 1, 1)
        assert reminder_text(session, today) == "Séance demain : 3 actions à revoir — Préparer"
        one = rules.Reminder(rules.DUE, today, 9 * 60, today, 1)
        assert reminder_text(one, today) == "Aujourd’hui : 1 action arrive à échéance — Préparer"
    finally:
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale.system())
        i18n.install_translators(qapp, "")


def test_started_at_login_locked_it_announces_from_the_kept_schedule(
        qtbot, make_window, seeded_journal, passphrase, settings):
    """The setting keeps dates and counts (never text) in the settings file; a Carnet
    started at login, never unlocked, notifies from them; turned off, they are gone."""
    window, notifier = _window(qtbot, make_window, seeded_journal, passphrase)
    session = window.store.sessions.get(window.ids["next"])
    settings.start_at_login = True
    notifier.settings_changed(["start_at_login"])
    kept = settings.reminder_schedule
    assert f"session,{(session.date - timedelta(days=1)).isoformat()}" in kept
    assert MARKER not in kept and "Déléguer" not in kept
    window.close()

    # The next login: a new window, locked, the journal never opened.
    again = make_window()
    again.install_extensions(["carnet.ui.ext_between", "carnet.ui.ext_prepare"])
    again.start(seeded_journal[0])
    assert again.store is None
    second = again.reminders
    second.clock = FakeClock(datetime.combine(session.date - timedelta(days=1), time(19, 0)))
    second.tray = None
    second.set_tray(RecordingTray(again))
    second.check()
    assert second.tray.shown == [("Carnet",
                                  "Session tomorrow: 1 action(s) to review — Prepare")]
    second.check()
    assert len(second.tray.shown) == 1  # once
    assert f"session:{session.date.isoformat()}" in settings.reminders_shown

    settings.start_at_login = False
    second.settings_changed(["start_at_login"])
    assert settings.reminder_schedule == settings.reminders_shown == ""


def test_a_typed_note_does_not_read_the_schedule_again_a_moved_due_date_does(
        qtbot, make_window, seeded_journal, passphrase, monkeypatch):
    """Issue 19: after each save of a note the schedule read every open action again on
    the UI thread (10-20 ms on a 10,000-session journal: the longest stall while
    typing). It is read again only when what it reads changed."""
    from dataclasses import replace

    from ui_helpers import type_text

    window, notifier = _window(qtbot, make_window, seeded_journal, passphrase)
    reads: list[date] = []
    schedule = rules.schedule

    def counted(store, today, **kwargs):
        reads.append(today)
        return schedule(store, today, **kwargs)

    monkeypatch.setattr(rules, "schedule", counted)
    window.workspace.show_session(window.ids["held"])
    editor = window.workspace.session_editor
    qtbot.waitUntil(lambda: not editor.building, timeout=10_000)
    notifier._after_move.stop()
    notifier.recompute()  # the move's own read, at once
    reads.clear()
    field = editor.sections["expose"].body.editor
    field.setFocus()
    type_text(qtbot, field, " Ce que j’en retiens")
    editor.autosaver.flush()
    qtbot.waitUntil(lambda: editor.autosaver.state == "saved")
    qtbot.wait(20)
    assert "Ce que j’en retiens" in window.store.notes.get(window.ids["held"], "expose").text
    assert reads == []
    # Control: a due date moved (through this connection) is read again at the next save
    action = window.store.actions.list(open_only=True)[0]
    later = date.today() + timedelta(days=45)
    window.store.actions.update(replace(action, due_date=later))
    window.workspace.saveStateChanged.emit("saved")
    assert len(reads) == 1
    assert later in [r.target for r in notifier.reminders if r.kind == rules.DUE]


def _announced_today(qtbot, make_window, seeded_journal, passphrase):
    """No tray: the session reminder fell due while locked and waits on Home."""
    window, notifier = _window(qtbot, make_window, seeded_journal, passphrase, tray=False)
    session = window.store.sessions.get(window.ids["next"])
    window.lock()
    _tick(qtbot, notifier, datetime.combine(session.date, time(9, 5)))
    unlock_through_ui(qtbot, window, passphrase)
    window.go_home()
    banner = window.workspace.home.findChild(PendingRemindersBanner)
    assert "Session today" in banner.text_label.text()  # control
    return window, notifier, banner, session


def test_a_waiting_reminder_goes_when_its_session_is_moved(
        qtbot, make_window, seeded_journal, passphrase):
    """A fresh-eyes review: Home kept « Séance aujourd'hui » for a meeting put off."""
    window, _notifier, banner, session = _announced_today(
        qtbot, make_window, seeded_journal, passphrase)
    window.store.sessions.update(replace(session, date=session.date + timedelta(days=7)))
    window.workspace.saveStateChanged.emit("saved")  # as after a save through the views
    window.go_home()
    assert "Session today" not in banner.text_label.text(), banner.text_label.text()


def test_a_waiting_reminder_goes_with_its_group_and_prepare_still_opens(
        qtbot, make_window, seeded_journal, passphrase):
    """Its group removed: the line goes, and a « Préparer » pressed on what was shown
    before opens every group's actions (it raised « Group … does not exist »)."""
    window, notifier, banner, session = _announced_today(
        qtbot, make_window, seeded_journal, passphrase)
    group_id = session.group_id
    window.store.groups.delete(group_id)
    notifier._show_prepare(group_id)  # the banner's button, read before the removal
    view = window.findChild(PrepareView)
    assert view is not None and view.isVisible()
    window.workspace.saveStateChanged.emit("saved")
    window.go_home()
    assert "Session today" not in banner.text_label.text(), banner.text_label.text()
