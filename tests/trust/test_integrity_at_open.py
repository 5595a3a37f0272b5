"""Issue 7, point 7: tampering found at open, in the app.

Opening verifies every page's HMAC, so one flipped byte stops the opening: the
unlock screen then looks for the newest backup that opens with the passphrase
just typed and passes the checks, and offers « Restore the latest valid backup ».
SQLite's structural check runs in the background after unlocking; when it
reports a problem (simulated here: a byte flip never gets that far) the journal
becomes read-only (no autosave write, no backup that would rotate a good one
away), a banner and a message say so, and the latest valid backup is offered.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from qt_fixtures import settle_background
from trust_helpers import PAGE_SIZE, sha256, snapshot
from ui_helpers import seed_journal, type_text, unlock_through_ui

from carnet import paths
from carnet.store import DamagedJournalError, JournalStore, StorageError
from carnet.store.backups import BackupService, list_backups
from carnet.ui.trust import restore as restore_ui

PROBLEM = "row 3 missing from index sessions_group_date"


def flip_a_byte(path: Path, page: int = 2) -> None:
    """One bit of one page after the first (page 1 failing reads as a wrong passphrase)."""
    data = bytearray(path.read_bytes())
    assert len(data) >= (page + 1) * PAGE_SIZE
    data[page * PAGE_SIZE + 1000] ^= 0x04
    path.write_bytes(bytes(data))


def old_backup(journal_path: Path, passphrase: str, days: int = 3) -> Path:
    """A good backup written ``days`` ago, in the default backup folder."""
    store = JournalStore.open(journal_path, passphrase)
    try:
        clock = lambda: datetime.now() - timedelta(days=days)  # noqa: E731
        return BackupService(clock).backup_now(store, paths.backups_dir(), 10, "close")
    finally:
        store.close()


def try_to_unlock(qtbot, window, passphrase: str) -> None:
    field = window.unlock.passphrase_edit
    qtbot.waitUntil(field.isEnabled)
    type_text(qtbot, field, passphrase)
    qtbot.mouseClick(window.unlock.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.opener.busy, timeout=30_000)


def drive_restore_dialog(qtbot, monkeypatch, passphrase: str) -> None:
    def run(dialog: restore_ui.RestoreDialog) -> bool:
        dialog.show()
        assert dialog.latest_good
        type_text(qtbot, dialog.passphrase_edit, passphrase)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(restore_ui, "run_dialog", run)


# -- a flipped byte: the opening fails, the unlock screen offers the latest valid backup -------


def test_a_flipped_byte_stops_the_opening_and_the_latest_valid_backup_is_offered(
    qtbot, make_window, journal_path, passphrase
):
    seed_journal(journal_path, passphrase)
    good = old_backup(journal_path, passphrase)
    expected = JournalStore.open(good, passphrase)
    at_backup = snapshot(expected)
    expected.close()
    flip_a_byte(journal_path)
    with pytest.raises(DamagedJournalError):
        JournalStore.open(journal_path, passphrase).close()
    damaged = sha256(journal_path)

    window = make_window(extensions=True)
    window.show()
    window.start(journal_path)
    try_to_unlock(qtbot, window, passphrase)
    assert window.unlock.problem_label.isVisible()
    assert "damaged" in window.unlock.problem_label.text()
    offer = window.trust.offer
    qtbot.waitUntil(offer.isVisible, timeout=30_000)
    assert restore_ui.when_label(list_backups(paths.backups_dir(), journal_path)[0]) in \
        offer.label.text()
    assert offer.button.text() == "Restore the latest valid backup"
    assert sha256(journal_path) == damaged  # nothing written by failing to open

    qtbot.mouseClick(offer.button, Qt.MouseButton.LeftButton)
    assert offer._passphrase == ""  # the passphrase is not kept after use
    qtbot.waitUntil(lambda: window.trust.notice.isVisible(), timeout=30_000)
    kept = [p for p in journal_path.parent.iterdir() if "-before-restore-" in p.name]
    assert len(kept) == 1 and sha256(kept[0]) == damaged  # the damaged file is kept
    unlock_through_ui(qtbot, window, passphrase)
    assert snapshot(window.store) == at_backup
    assert window.store.integrity_problems() == []


def test_no_offer_without_a_valid_backup_nor_for_a_wrong_passphrase(
    qtbot, make_window, journal_path, passphrase
):
    seed_journal(journal_path, passphrase)
    flip_a_byte(journal_path)
    window = make_window(extensions=True)
    window.show()
    window.start(journal_path)
    offer = window.trust.offer
    try_to_unlock(qtbot, window, passphrase)
    qtbot.waitUntil(lambda: not offer.searching, timeout=30_000)
    assert window.unlock.problem_label.isVisible() and not offer.isVisible()
    assert offer._passphrase == ""

    other = journal_path.with_name("autre.carnet")
    seed_journal(other, passphrase)
    old_backup(other, passphrase)
    window.show_unlock(other)
    try_to_unlock(qtbot, window, "pas la bonne phrase")
    assert window.unlock.error_label.isVisible()  # "Wrong passphrase"
    assert not offer.searching and not offer.isVisible()


# -- damage found by the background check after unlocking ---------------------------------------


class Damage(list):
    """The checks run while the damage is simulated; ``heal()`` ends the simulation."""

    def __init__(self, monkeypatch) -> None:
        super().__init__()
        self._monkeypatch = monkeypatch
        self._original = JournalStore.integrity_problems

    def heal(self) -> None:
        self._monkeypatch.setattr(JournalStore, "integrity_problems", self._original)


@pytest.fixture
def structural_damage(monkeypatch):
    """The background check reports a problem (as SQLite's integrity_check would)."""
    damage = Damage(monkeypatch)

    def problems(store):
        damage.append("check")
        return [PROBLEM]

    monkeypatch.setattr(JournalStore, "integrity_problems", problems)
    return damage


def test_damage_found_after_unlocking_makes_the_journal_read_only_and_offers_a_restore(
    qtbot, make_window, unlocked, structural_damage, message_service, monkeypatch,
    journal_path, passphrase
):
    ids = seed_journal(journal_path, passphrase)
    good = old_backup(journal_path, passphrase)
    backups = list_backups(paths.backups_dir(), journal_path)
    window = unlocked()
    assert structural_damage == ["check"]

    # Told, and offered the restore (answered "later" here).
    kind, title, text = message_service.shown[0]
    assert (kind, title) == ("question", "The journal is damaged")
    assert PROBLEM in text and "read-only" in text and "Restore the latest valid backup" in text
    assert window.store.read_only
    banner = window.trust.banner
    assert banner is not None and banner.isVisible() and PROBLEM in banner.label.text()
    # No daily backup from a damaged journal (it would rotate a good one away).
    assert list_backups(paths.backups_dir(), journal_path) == backups

    # Autosave writes nothing any more, and no dialog per keystroke.
    digest = sha256(journal_path)
    window.workspace.show_session(ids["held"])
    editor = window.workspace.session_editor
    type_text(qtbot, editor.sections["synthese"].body.editor, "écrit après les dégâts")
    editor.flush()
    editor.autosaver.queue.wait_idle(10)
    qtbot.waitUntil(lambda: editor.autosaver.state == "error", timeout=10_000)
    assert window.save_label.text() == "Not saved"
    assert message_service.kinds() == ["question"]
    assert sha256(journal_path) == digest
    with pytest.raises(StorageError):
        window.store.set_owner_name("écrit quand même")

    # The banner's button: the latest valid backup, found with the passphrase typed.
    structural_damage.heal()  # the restored journal is sound
    drive_restore_dialog(qtbot, monkeypatch, passphrase)
    qtbot.mouseClick(banner.restore_button, Qt.MouseButton.LeftButton)
    assert window.store is None and window.trust.banner is None  # locked, banner gone
    qtbot.waitUntil(lambda: window.trust.notice.isVisible(), timeout=30_000)
    unlock_through_ui(qtbot, window, passphrase)
    settle_background(qtbot, window)
    assert not window.store.read_only and window.trust.banner is None
    expected = JournalStore.open(good, passphrase)
    try:
        assert snapshot(window.store) == snapshot(expected)
    finally:
        expected.close()


def test_answering_yes_restores_at_once_and_closing_writes_no_backup(
    qtbot, unlocked, structural_damage, message_service, monkeypatch, journal_path, passphrase
):
    seed_journal(journal_path, passphrase)
    old_backup(journal_path, passphrase)
    message_service.answers.append(True)
    drive_restore_dialog(qtbot, monkeypatch, passphrase)
    window = unlocked()
    qtbot.waitUntil(lambda: window.trust.notice.isVisible(), timeout=30_000)
    assert "was restored" in window.trust.notice.text()

    structural_damage.clear()
    unlock_through_ui(qtbot, window, passphrase)  # still "damaged" (the simulation)
    settle_background(qtbot, window)
    assert window.store.read_only
    backups = list_backups(paths.backups_dir(), journal_path)
    window.close()
    assert list_backups(paths.backups_dir(), journal_path) == backups  # no close backup


def test_a_sound_journal_is_checked_then_backed_up(qtbot, unlocked, monkeypatch, journal_path):
    order: list[str] = []
    check, backup = JournalStore.integrity_problems, BackupService.backup_now

    def checking(store):
        order.append("check")
        return check(store)

    def backing_up(service, store, *args, **kwargs):
        order.append("backup")
        return backup(service, store, *args, **kwargs)

    monkeypatch.setattr(JournalStore, "integrity_problems", checking)
    monkeypatch.setattr(BackupService, "backup_now", backing_up)
    window = unlocked()
    assert order == ["check", "backup"]
    assert not window.store.read_only and window.trust.banner is None


# -- the store's read-only switch (Qt-free) ------------------------------------------------------


def test_set_read_only_refuses_every_write_and_leaves_the_file_as_it_was(
    store, journal_path, tmp_path
):
    store.set_owner_name("Camille")
    digest = sha256(journal_path)
    store.set_read_only(True)
    assert store.read_only
    with pytest.raises(StorageError) as info:
        store.set_owner_name("Autre")
    assert "readonly" in str(info.value) or "read-only" in str(info.value)
    with pytest.raises(StorageError):
        store.backup_to(tmp_path / "copie.carnet")
    assert store.journal().owner_name == "Camille"  # reading still works
    assert sha256(journal_path) == digest
    store.set_read_only(False)
    store.set_owner_name("Autre")
    assert store.journal().owner_name == "Autre"
