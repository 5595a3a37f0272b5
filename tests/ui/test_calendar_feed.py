"""The calendar file kept up to date (issue 17): set in Preferences, rewritten after a
change made through the real widgets, never with a note's text."""

from __future__ import annotations

import stat
from datetime import date, timedelta

from icalendar import Calendar
from PySide6.QtCore import QDate, Qt
from ui_helpers import MARKER, type_text, unlock_through_ui

from carnet.domain import ActionStatus
from carnet.ui import preferences
from carnet.ui.synced_folder import calendar_agreement


def _events(path):
    return [c for c in Calendar.from_ical(path.read_bytes()).walk() if c.name == "VEVENT"]


def _window(qtbot, make_window, seeded_journal, passphrase):
    path, ids = seeded_journal
    window = make_window()
    assert set(window.install_extensions(
        ["carnet.ui.ext_between", "carnet.ui.ext_prepare", "carnet.ui.ext_preferences"])) == {
        "carnet.ui.ext_between", "carnet.ui.ext_prepare", "carnet.ui.ext_preferences"}
    window.show()
    qtbot.waitExposed(window)
    window.start(path)
    unlock_through_ui(qtbot, window, passphrase)
    window.ids = ids
    return window


def test_file_chosen_in_preferences_then_rewritten_when_a_due_date_moves(
        qtbot, make_window, seeded_journal, passphrase, settings, tmp_path, monkeypatch):
    window = _window(qtbot, make_window, seeded_journal, passphrase)
    target = tmp_path / "abonnement"
    assert not target.with_suffix(".ics").exists()

    # Preferences: choose the file (the system dialog replaced), OK.
    monkeypatch.setattr(preferences, "choose_calendar_file", lambda *args: str(target))

    def run(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.mouseClick(dialog.calendar_choose, Qt.MouseButton.LeftButton)
        assert dialog.calendar_edit.text() == str(target) + ".ics"
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(preferences, "run_dialog", run)
    window.preferences_action.edit()
    out = target.with_suffix(".ics")
    assert settings.calendar_path == str(out)
    assert out.is_file() and stat.S_IMODE(out.stat().st_mode) == 0o600
    first = _events(out)
    assert len([e for e in first if str(e["uid"]).startswith("session-")]) == 3
    (action_event,) = [e for e in first if str(e["uid"]).startswith("action-")]
    assert MARKER not in out.read_text(encoding="utf-8")  # no name, title nor note
    writes = window.calendar_feed.writes

    # Typing a note in the session does not rewrite the file (nothing it shows changed).
    window.workspace.show_session(window.ids["held"])
    window.workspace.flush()
    assert window.calendar_feed.writes == writes

    # Postpone the action through « Préparer »: the file follows, same UID, new date.
    from carnet.ui.prepare import open_prepare

    view = open_prepare(window)
    action_id = view.review.item.action.id if view.review.item else None
    if action_id is None:
        index = view.model.action_indexes()[0]
        view.tree.setCurrentIndex(index)
        qtbot.waitUntil(lambda: view.review.item is not None)
    qtbot.mouseClick(view.review.status_picker.buttons[ActionStatus.POSTPONED],
                     Qt.MouseButton.LeftButton)
    new_date = date.today() + timedelta(days=90)
    view.review.date_edit.setDate(QDate(new_date.year, new_date.month, new_date.day))
    type_text(qtbot, view.review.note_edit, f"Plus tard {MARKER}")
    with qtbot.waitSignal(view.reloaded):
        qtbot.mouseClick(view.review.save_button, Qt.MouseButton.LeftButton)
    assert window.calendar_feed.writes == writes + 1
    moved = [e for e in _events(out) if str(e["uid"]) == str(action_event["uid"])]
    assert [e["dtstart"].dt for e in moved] == [new_date]
    assert MARKER not in out.read_text(encoding="utf-8")

    # Details asked in Preferences: the titles appear, never the review note.
    window.settings.calendar_details = True
    window.calendar_feed.settings_changed(["calendar_details"])
    text = out.read_text(encoding="utf-8")
    # (« Zéphyrine » is a word of the masked name « Marc Zéphyrine »: masked there too)
    assert f"Déléguer M.{MARKER}" in text and f"Plus tard {MARKER}" not in text


def test_unwritable_calendar_file_is_said_once_in_the_status_bar(
        qtbot, make_window, seeded_journal, passphrase, settings, tmp_path):
    blocker = tmp_path / "gone"
    blocker.write_text("a file where the folder should be")  # root ignores permissions
    settings.calendar_path = str(blocker / "agenda.ics")
    window = _window(qtbot, make_window, seeded_journal, passphrase)
    message = window.statusBar().currentMessage()
    assert "could not be updated" in message and "agenda.ics" in message
    assert window.calendar_feed.writes == 0
    window.statusBar().clearMessage()
    window.workspace.saveStateChanged.emit("saved")  # the same problem is not said again
    assert window.statusBar().currentMessage() == ""
    blocker.unlink()
    blocker.mkdir()
    window.calendar_feed.settings_changed(["calendar_path"])
    assert window.calendar_feed.writes == 1 and (blocker / "agenda.ics").is_file()


def test_preferences_never_point_the_feed_at_a_file_that_is_not_a_calendar(
        qtbot, settings, tmp_path):
    precious = tmp_path / "notes.ics"
    precious.write_text("mes notes importantes", encoding="utf-8")
    dialog = preferences.PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.calendar_edit.setText(str(precious))
    assert "not a calendar file" in dialog.problem()
    dialog.calendar_edit.setText(str(tmp_path / "agenda.txt"))
    assert ".ics" in dialog.problem()
    calendar = tmp_path / "agenda.ics"
    calendar.write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    dialog.calendar_edit.setText(str(calendar))  # the control: a calendar may be replaced
    assert dialog.problem() == ""
    dialog.calendar_edit.setText(str(tmp_path / "nouveau.ics"))
    assert dialog.problem() == ""
    assert precious.read_text(encoding="utf-8") == "mes notes importantes"


def test_the_demonstration_journal_never_reaches_the_calendar(
        qtbot, make_window, seeded_journal, passphrase, settings, tmp_path):
    out = tmp_path / "vrai-agenda.ics"
    settings.calendar_path = str(out)
    window = make_window()
    window.install_extensions(["carnet.ui.ext_between"])
    window.show()
    qtbot.waitExposed(window)
    window.show_unlock(seeded_journal[0], demo=True)  # opened as the demonstration
    unlock_through_ui(qtbot, window, passphrase)
    assert window.demo and not out.exists()
    assert window.reminders.reminders == []
    window.lock()
    window.show_unlock(seeded_journal[0])  # the control: the same file as a journal
    unlock_through_ui(qtbot, window, passphrase)
    assert out.is_file()


def test_the_kept_calendar_file_asks_before_it_goes_into_the_synced_folder(
        qtbot, make_window, seeded_journal, passphrase, settings, tmp_path, monkeypatch,
        message_service):
    """The calendar file kept up to date was written into the folder the journal syncs
    through without a word — with the details asked, the groups' names and the actions'
    titles, in clear, sent by the sync client to the cloud — while every other file in
    clear asks first there (F19) and the guide promises it. It is now held back until
    the person agrees in Preferences (« Non » by default), and the agreement is kept."""
    synced = tmp_path / "Nextcloud"
    synced.mkdir()
    out = synced / "agenda.ics"
    window = _window(qtbot, make_window, seeded_journal, passphrase)
    window.store.sync.folder = str(synced)  # the journal syncs through this folder
    settings.calendar_path = str(out)
    settings.calendar_details = True
    window.calendar_feed.settings_changed(["calendar_path"])
    assert not out.exists()  # held back: nothing in clear in the synced folder
    assert window.calendar_feed.writes == 0
    said = window.statusBar().currentMessage()
    assert "synced folder" in said and "Preferences" in said, said
    # control: outside the synced folder the file is written at once
    elsewhere = tmp_path / "agenda.ics"
    settings.calendar_path = str(elsewhere)
    window.calendar_feed.settings_changed(["calendar_path"])
    assert elsewhere.is_file() and window.calendar_feed.writes == 1

    # Preferences, the synced folder's file chosen: a question, « Non » keeps it out.
    monkeypatch.setattr(preferences, "choose_calendar_file", lambda *args: str(out))
    accepted = []

    def run(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.mouseClick(dialog.calendar_choose, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        accepted.append(dialog.result() == dialog.DialogCode.Accepted)
        return accepted[-1]

    monkeypatch.setattr(preferences, "run_dialog", run)
    message_service.answers.append(False)
    assert window.preferences_action.edit() is None and accepted == [False]
    (question,) = [text for kind, _title, text in message_service.shown if kind == "question"]
    assert str(out) in question and "NOT encrypted" in question and "action titles" in question
    assert settings.calendar_path == str(elsewhere) and not out.exists()
    # « Oui »: written there, and kept up to date without asking again
    message_service.answers.append(True)
    assert window.preferences_action.edit() is not None and accepted[-1]
    assert out.is_file() and settings.calendar_path == str(out)
    writes = window.calendar_feed.writes
    window.settings.calendar_details = False  # less in it: no new question
    window.calendar_feed.settings_changed(["calendar_details"])
    assert window.calendar_feed.writes == writes + 1
    assert [k for k, _t, _x in message_service.shown].count("question") == 2
    # agreed without the details, the details are held back until asked for again
    window.settings.calendar_synced_ok = calendar_agreement(out, details=False)
    window.settings.calendar_details = True
    window.calendar_feed.settings_changed(["calendar_details"])
    assert window.calendar_feed.writes == writes + 1
    assert f"Codev {MARKER}" not in out.read_text(encoding="utf-8")
