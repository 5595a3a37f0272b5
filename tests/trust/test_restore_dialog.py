"""Issue 7, point 6: File → « Restore a backup… », driven through the dialog.

The dialog lists the journal's backups in the configured folder (date in the
locale's format, size, why it was written); the chosen one is checked with its
passphrase; then the journal is saved, locked, kept as a "before-restore" copy
and replaced, off the UI thread, and the unlock screen says so. After unlocking,
every repository reads back exactly what it held when the backup was written.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from trust_helpers import new_marker, raw_tables, snapshot, write_everywhere
from ui_helpers import type_text, unlock_through_ui

from carnet.domain import Learning
from carnet.store import JournalStore
from carnet.store.backups import BackupService, list_backups
from carnet.ui.trust import restore as restore_ui


def driver(qtbot, monkeypatch, *, pick: Path | None, passphrase: str, seen: list):
    """Replace ``run_dialog``: choose ``pick``, type the passphrase, click Restore."""

    def run(dialog: restore_ui.RestoreDialog) -> bool:
        dialog.show()
        qtbot.waitExposed(dialog)
        seen.append(dialog)
        if pick is not None:
            assert dialog.select(pick)
        type_text(qtbot, dialog.passphrase_edit, passphrase)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
        if dialog.isVisible():  # refused: says why, stays open
            assert dialog.error_label.isVisible()
            dialog.reject()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(restore_ui, "run_dialog", run)


def wait_restored(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.trust.restorer.busy, timeout=30_000)
    qtbot.waitUntil(lambda: window.trust.notice.isVisible(), timeout=30_000)


def test_restore_through_the_dialog_brings_back_every_repository_as_it_was(
    qtbot, unlocked, monkeypatch, journal_path, passphrase, message_service
):
    first = new_marker()
    store = JournalStore.create(journal_path, passphrase, owner_name="Camille")
    write_everywhere(store, first)
    store.close()
    window = unlocked(journal_path)  # the first unlock of the day writes the daily backup
    folder = window.backup_folder()
    (daily,) = list_backups(folder, journal_path)
    assert daily.reason == "daily"
    at_backup, rows_at_backup = snapshot(window.store), raw_tables(window.store)

    # Then the journal changes: more of everything, something deleted, a new owner name.
    second = new_marker()
    write_everywhere(window.store, second)
    learning = window.store.learnings.list_by_group(window.store.groups.list()[0].id)[0]
    window.store.learnings.delete(learning.id)
    window.store.learnings.add(Learning(session_id=learning.session_id, text=f"Ajout {second}"))
    changed = snapshot(window.store)
    assert changed != at_backup
    BackupService().backup_now(window.store, folder, 10, "close")  # a newer backup too

    seen: list = []
    driver(qtbot, monkeypatch, pick=daily.path, passphrase=passphrase, seen=seen)
    assert window.trust.restore_backup()
    dialog = seen[0]
    # The list: newest first, date in the locale's format, size, reason.
    rows = [[dialog.list.topLevelItem(r).text(c) for c in range(3)]
            for r in range(dialog.list.topLevelItemCount())]
    assert [r[2] for r in rows] == ["When closing", "Daily"]
    assert rows[1][0] == restore_ui.when_label(daily)
    assert str(daily.created.year) in rows[1][0]
    assert rows[1][1] == restore_ui.size_label(daily.size)

    # Locked first, then restored in the background, then the unlock screen.
    assert window.store is None and window.pages.currentWidget() is window.unlock
    wait_restored(qtbot, window)
    assert "was restored" in window.trust.notice.text()
    kept = [p for p in journal_path.parent.iterdir() if "-before-restore-" in p.name]
    assert len(kept) == 1 and kept[0].name in window.trust.notice.text()
    before = JournalStore.open(kept[0], passphrase)  # the replaced file, as it was
    try:
        assert snapshot(before) == changed
    finally:
        before.close()

    unlock_through_ui(qtbot, window, passphrase)
    assert snapshot(window.store) == at_backup
    assert raw_tables(window.store) == rows_at_backup
    assert not window.store.search(second)
    assert window.store.search(first)
    assert "error" not in message_service.kinds()


def test_a_wrong_passphrase_for_the_backup_is_said_and_nothing_happens(
    qtbot, unlocked, monkeypatch, journal_path, passphrase
):
    window = unlocked()
    (daily,) = list_backups(window.backup_folder(), journal_path)
    seen: list = []
    driver(qtbot, monkeypatch, pick=daily.path, passphrase="pas celle-là", seen=seen)
    assert not window.trust.restore_backup()
    assert "does not open with this passphrase" in seen[0].error_label.text()
    assert window.is_unlocked  # never locked for nothing
    assert not [p for p in journal_path.parent.iterdir() if "before-restore" in p.name]


def test_the_latest_valid_backup_is_found_with_the_passphrase(
    qtbot, unlocked, monkeypatch, journal_path, passphrase
):
    window = unlocked()
    folder = window.backup_folder()
    newest = BackupService().backup_now(window.store, folder, 10, "close")
    data = bytearray(newest.read_bytes())
    data[len(data) // 2] ^= 0x01  # the newest backup is damaged
    newest.write_bytes(bytes(data))
    seen: list = []
    driver(qtbot, monkeypatch, pick=None, passphrase=passphrase, seen=seen)
    assert window.trust.restore_latest_good()
    assert seen[0].latest_good and not seen[0].list.isEnabled()
    wait_restored(qtbot, window)
    assert "Daily" not in window.trust.notice.text()  # the text names the date, not a reason
    (daily,) = [b for b in list_backups(folder, journal_path) if b.reason == "daily"]
    assert restore_ui.when_label(daily) in window.trust.notice.text()
    unlock_through_ui(qtbot, window, passphrase)


def test_restore_is_available_while_locked(qtbot, unlocked, monkeypatch, journal_path,
                                           passphrase):
    window = unlocked()
    window.lock()
    assert window.trust.restore_action.isEnabled()
    assert not window.trust.passphrase_action.isEnabled()
    (daily,) = list_backups(window.backup_folder(), journal_path)
    seen: list = []
    driver(qtbot, monkeypatch, pick=daily.path, passphrase=passphrase, seen=seen)
    assert window.trust.restore_backup()
    wait_restored(qtbot, window)
    unlock_through_ui(qtbot, window, passphrase)


def test_no_backup_in_the_folder_is_said(qtbot, unlocked, settings, tmp_path):
    window = unlocked()
    settings.backup_folder = str(tmp_path / "ailleurs")
    dialog = restore_ui.RestoreDialog(window.journal_path, window.backup_folder(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.topLevelItemCount() == 0
    assert dialog.empty_label.isVisible()
    dialog.passphrase_edit.setText("quelque chose")
    assert not dialog.restore_button.isEnabled()
    dialog.reject()


@pytest.mark.parametrize("reason", ["close", "daily", "before-passwd", "before-import", ""])
def test_every_reason_has_a_label(reason):
    assert restore_ui.reason_label(reason)
    assert restore_ui.reason_label(reason) != reason or reason == ""


def test_close_and_daily_backups_use_the_configured_folder_and_count(
    qtbot, make_window, settings, journal_path, passphrase, tmp_path
):
    from ui_helpers import seed_journal

    folder = tmp_path / "mes sauvegardes"
    settings.backup_folder = str(folder)
    settings.backup_count = 2
    seed_journal(journal_path, passphrase)
    stranger = folder / "notes personnelles.txt"
    folder.mkdir()
    stranger.write_text("à garder")
    window = make_window(extensions=True)
    window.show()
    window.start(journal_path)
    for _ in range(3):
        unlock_through_ui(qtbot, window, passphrase)
        window.tasks.wait()
        qtbot.waitUntil(lambda: not window.tasks.busy, timeout=30_000)
        window._backup_on_close(window.store)  # what closing the window writes
        window.lock()
    found = list_backups(folder, journal_path)
    assert len(found) == 2  # rotated to the configured count…
    assert {b.reason for b in found} <= {"daily", "close"}
    assert stranger.read_text() == "à garder"  # …touching nothing else
    assert window.backup_folder() == folder


def test_the_keyboard_starts_in_the_passphrase_field(qtbot, unlocked):
    """The newest backup is chosen: what is typed at once is the passphrase (the list
    had the keyboard, its type-ahead ate it: a keyboard-only review)."""
    window = unlocked()
    dialog = restore_ui.RestoreDialog(window.journal_path, window.backup_folder(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.list.topLevelItemCount() >= 1 and dialog.selected() is not None  # control
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.passphrase_edit.hasFocus(), timeout=5_000)
    qtbot.keyClicks(dialog.passphrase_edit, "abc")
    assert dialog.passphrase_edit.text() == "abc"
