"""Issue 7, point 4: File → « Change the passphrase… », driven through the dialog.

The change runs off the UI thread (the dialog shows a busy indicator meanwhile),
writes a backup first, then (issue 14, point 6) re-encrypts every backup of the
journal with the new passphrase or deletes them, as chosen in the dialog's one
question, and says which. A wrong current passphrase or a read-only journal folder
are said clearly, and the journal still opens with the old passphrase. A lock
during the change waits for it and says which passphrase now opens the journal.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog
from trust_helpers import immutable, sha256
from ui_helpers import type_text, unlock_through_ui

from carnet.store import WrongPassphraseError, verify_passphrase
from carnet.store import backups as backups_module
from carnet.store.backups import list_backups, verify_backup
from carnet.ui.trust import passphrase as passphrase_ui

NEW = "une toute nouvelle phrase, bien plus longue"


@pytest.fixture
def worker_threads(monkeypatch):
    """Records the thread that runs each passphrase change."""
    threads: list[threading.Thread] = []
    original = backups_module.change_passphrase_with_backup

    def recording(*args, **kwargs):
        threads.append(threading.current_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(backups_module, "change_passphrase_with_backup", recording)
    return threads


def driver(qtbot, monkeypatch, old: str, new: str, confirm: str | None = None, *,
           during=None, seen: list | None = None, old_backups: str = "rekey"):
    """Replace ``run_dialog``: type the three fields, click Change, wait for the outcome."""

    def run(dialog: passphrase_ui.PassphraseDialog) -> bool:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.rekey_radio.isChecked()  # the default: re-encrypted, never left behind
        if old_backups == "delete":
            radio = dialog.delete_radio  # a click on its indicator, at the left
            qtbot.mouseClick(radio, Qt.MouseButton.LeftButton,
                             pos=QPoint(8, radio.height() // 2))
            assert dialog.old_backups_choice() == "delete"
        type_text(qtbot, dialog.old_edit, old)
        type_text(qtbot, dialog.new_edit, new)
        type_text(qtbot, dialog.confirm_edit, new if confirm is None else confirm)
        assert dialog.change_button.isEnabled(), dialog.problem()
        qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
        # Off the UI thread: the click returned at once, with a busy indicator.
        assert dialog.busy and dialog.busy_bar.isVisible()
        assert not dialog.old_edit.isEnabled() and not dialog.cancel_button.isEnabled()
        if during is not None:
            during(dialog)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
        if seen is not None:
            seen.append(dialog)
        if dialog.isVisible():  # an error: the dialog stays open and says why
            assert dialog.error_label.isVisible()
            dialog.reject()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(passphrase_ui, "run_dialog", run)


def test_change_through_the_dialog_backs_up_first_then_rekeys_every_backup(
    qtbot, unlocked, monkeypatch, message_service, worker_threads, journal_path, passphrase
):
    window = unlocked()
    folder = window.backup_folder()
    store = window.store
    older = [backups_module.BackupService().backup_now(store, folder, reason=r)
             for r in ("close", "daily")]
    before = {b.path for b in list_backups(folder, journal_path)}
    assert set(older) <= before
    driver(qtbot, monkeypatch, passphrase, NEW)

    result = window.trust.change_passphrase()

    assert worker_threads and worker_threads[0] is not threading.main_thread()
    backup = result.backup
    assert backup is not None and backup.exists() and backup not in before
    assert backup.name.endswith("-before-passwd.carnet")
    everything = list_backups(folder, journal_path)
    assert {b.path for b in everything} == before | {backup}
    assert sorted(result.rekeyed) == sorted(b.path for b in everything) and not result.failed
    for info in everything:  # no copy keeps the old passphrase
        verify_backup(info.path, NEW)
        with pytest.raises(WrongPassphraseError):
            verify_backup(info.path, passphrase)
    kind, title, text = message_service.shown[-1]
    assert kind == "information" and title == "Passphrase changed"
    assert f"{len(everything)} backup(s) of the journal re-encrypted" in text
    assert str(folder) in text

    assert window.is_unlocked and window.store.groups.list()  # the journal carries on
    window.lock()
    assert verify_passphrase(journal_path, NEW) and not verify_passphrase(journal_path, passphrase)
    unlock_through_ui(qtbot, window, NEW)


def test_the_old_backups_can_be_deleted_instead(
    qtbot, unlocked, monkeypatch, message_service, journal_path, passphrase
):
    window = unlocked()
    folder = window.backup_folder()
    backups_module.BackupService().backup_now(window.store, folder, reason="close")
    other = folder / "notes-personnelles.txt"
    other.write_text("pas une sauvegarde")
    before = {b.path for b in list_backups(folder, journal_path)}  # close, daily…
    assert before
    driver(qtbot, monkeypatch, passphrase, NEW, old_backups="delete")
    result = window.trust.change_passphrase()
    assert result is not None and not result.backup.exists() and not result.failed
    assert set(result.deleted) == before | {result.backup}
    assert list_backups(folder, journal_path) == []
    assert other.read_text() == "pas une sauvegarde"  # nothing else touched
    kind, _title, text = message_service.shown[-1]
    assert kind == "information"
    assert f"{len(before) + 1} backup(s) of the journal deleted" in text


def test_a_wrong_current_passphrase_is_said_and_nothing_changes(
    qtbot, unlocked, monkeypatch, message_service, journal_path, passphrase
):
    window = unlocked()
    window.workspace.flush()
    digest = sha256(journal_path)
    backups = list_backups(window.backup_folder(), journal_path)
    seen: list = []
    driver(qtbot, monkeypatch, "pas la bonne phrase", NEW, seen=seen)

    assert window.trust.change_passphrase() is None
    dialog = seen[0]
    assert "current passphrase is wrong" in dialog.error_label.text()
    assert "Nothing was changed" in dialog.error_label.text()
    assert dialog.old_edit.text() == ""  # cleared for another try
    assert sha256(journal_path) == digest
    assert list_backups(window.backup_folder(), journal_path) == backups  # not even a backup
    assert "question" not in message_service.kinds()
    window.lock()
    unlock_through_ui(qtbot, window, passphrase)  # the old one still opens


def test_a_read_only_journal_folder_is_said_and_the_old_passphrase_still_opens(
    qtbot, unlocked, monkeypatch, journal_path, passphrase
):
    window = unlocked()
    window.workspace.flush()
    digest = sha256(journal_path)
    seen: list = []
    driver(qtbot, monkeypatch, passphrase, NEW, seen=seen)
    with immutable(journal_path.parent):
        assert window.trust.change_passphrase() is None
    error = seen[0].error_label.text()
    assert "The passphrase was not changed" in error and "still opens" in error
    assert "read-only" in error or "cannot be written" in error
    assert sha256(journal_path) == digest
    assert window.store.groups.list()  # still open, still readable
    window.lock()
    assert verify_passphrase(journal_path, passphrase)
    unlock_through_ui(qtbot, window, passphrase)


def test_strength_feedback_and_what_blocks_the_change(qtbot, unlocked, passphrase):
    window = unlocked()
    dialog = passphrase_ui.PassphraseDialog(window.store, window.backup_folder(), 10, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.change_button.isEnabled()
    assert dialog.problem() == "Type the current passphrase."
    type_text(qtbot, dialog.old_edit, passphrase)
    type_text(qtbot, dialog.new_edit, "court")
    assert dialog.strength_bar.value() == 0 and dialog.strength_label.text().startswith("Too short")
    dialog.new_edit.setText("abcabcab")
    assert dialog.strength_label.text() == "Weak — add a few words"
    dialog.new_edit.setText(NEW)
    assert dialog.strength_bar.value() >= 3
    assert dialog.strength_label.text() in ("Strong", "Very strong")
    type_text(qtbot, dialog.confirm_edit, NEW + "x")
    assert dialog.match_label.text() == "The two passphrases differ."
    assert not dialog.change_button.isEnabled()
    dialog.confirm_edit.setText(NEW)
    assert dialog.match_label.text() == "The two passphrases match."
    assert dialog.change_button.isEnabled()
    dialog.new_edit.setText(passphrase)
    dialog.confirm_edit.setText(passphrase)
    assert dialog.problem() == "The new passphrase is the same as the current one."
    assert not dialog.change_button.isEnabled()
    dialog.reject()
    assert dialog.new_edit.text() == "" and dialog.old_edit.text() == ""  # not kept


def test_a_lock_during_the_change_waits_for_it_and_says_the_new_one_opens(
    qtbot, unlocked, monkeypatch, message_service, journal_path, passphrase
):
    window = unlocked()
    driver(qtbot, monkeypatch, passphrase, NEW, during=lambda dialog: window.lock())
    result = window.trust.change_passphrase()
    assert window.store is None  # locked in the middle of the change…
    assert result is not None  # …which finished, and was reported
    _kind, _title, text = message_service.shown[-1]
    assert "unlock it with the NEW passphrase" in text
    assert verify_passphrase(journal_path, NEW)
    unlock_through_ui(qtbot, window, NEW)


def test_a_damaged_read_only_journal_is_not_re_encrypted(qtbot, unlocked, message_service):
    window = unlocked()
    window.store.set_read_only(True)
    assert window.trust.change_passphrase() is None
    assert message_service.kinds() == ["warning"]


def test_tab_goes_from_field_to_field_and_the_eyes_keep_letters_out(qtbot, unlocked):
    """Tab: current → new → again (the eyes after them); letters typed while an eye has
    the focus never reach the field it sits in (a review found a confirmation typed onto
    the end of a passphrase, in clear, on the welcome page)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QToolButton

    window = unlocked()
    dialog = passphrase_ui.PassphraseDialog(window.store, window.backup_folder(), 10, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.old_edit.setFocus()
    qtbot.waitUntil(dialog.old_edit.hasFocus)
    qtbot.keyClick(dialog.old_edit, Qt.Key.Key_Tab)
    assert dialog.new_edit.hasFocus()
    qtbot.keyClick(dialog.new_edit, Qt.Key.Key_Tab)
    assert dialog.confirm_edit.hasFocus()
    eye = next(b for b in dialog.new_edit.findChildren(QToolButton) if b.accessibleName())
    eye.setFocus()
    qtbot.waitUntil(eye.hasFocus)
    qtbot.keyClicks(eye, "secret")
    assert dialog.new_edit.text() == ""
