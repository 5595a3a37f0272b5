"""A backup opened with « Ouvrir un carnet… », to see how things were, stays as it was
(fresh8's G17): it opened as any journal — its lock file left in the backups folder, a
daily backup of it written, and, the journal being synced, it joined the sync as a new
device and took in everything since: the « before an import » backup then held the
import. Now a file named as Carnet names its backups opens read-only, writes nothing,
never syncs, is not reopened at the next start, and a bar says what it is."""

from __future__ import annotations

import hashlib

from PySide6.QtWidgets import QToolBar
from ui_helpers import seed_journal, unlock_through_ui

from carnet.store import JournalStore
from carnet.store.backups import BackupService


def test_a_backup_opens_read_only_and_stays_as_it_was(qtbot, make_window, journal_path,
                                                       passphrase, tmp_path, settings):
    seed_journal(journal_path, passphrase)
    folder = tmp_path / "backups"
    store = JournalStore.open(journal_path, passphrase)
    try:
        backup = BackupService().backup_now(store, folder, 10, "before-import")
    finally:
        store.close()
    before = hashlib.sha256(backup.read_bytes()).hexdigest()
    window = make_window()
    window.install_extensions(["carnet.ui.ext_trust"])
    window.show()
    window.start(backup)
    unlock_through_ui(qtbot, window, passphrase)
    store = window.store
    assert store.read_only and store.read_only_kept and store.backup is not None
    banner = window.findChild(QToolBar, "readOnlyPlaceBanner")
    assert banner is not None and banner.isVisible()
    assert "backup" in banner.label.text() and "before an import" in banner.label.text()
    assert banner.copy_button.isHidden()
    assert sorted(p.name for p in folder.iterdir()) == [backup.name]  # no lock, no daily
    assert settings.last_journal != str(backup)
    window.lock()
    assert hashlib.sha256(backup.read_bytes()).hexdigest() == before
    # control: the journal itself opens as always, for writing
    window.start(journal_path)
    unlock_through_ui(qtbot, window, passphrase)
    assert not window.store.read_only and window.store.backup is None
    assert settings.last_journal == str(journal_path)


def test_a_backup_of_a_synced_journal_is_not_said_synced(
        qtbot, make_window, journal_path, passphrase, tmp_path):
    """The status bar said « Synchronisé à l'instant » over a backup opened read-only,
    which never syncs: it says it is not synced, and why in its tooltip. Control: the
    journal itself is said synced."""
    import carnet.sync as engine

    seed_journal(journal_path, passphrase)
    synced = tmp_path / "cloud"
    synced.mkdir()
    store = JournalStore.open(journal_path, passphrase)
    try:
        engine.setup(store, synced, passphrase)
        assert engine.sync_once(store, synced).complete
        backup = BackupService().backup_now(store, tmp_path / "backups", 10, "daily")
    finally:
        store.close()
    window = make_window(extensions=True)
    window.show()
    window.start(journal_path)
    unlock_through_ui(qtbot, window, passphrase)
    label, controller = window.sync.label, window.sync.controller
    qtbot.waitUntil(lambda: label.text() == "Synced just now" and not controller.worker.busy,
                    timeout=30_000)  # control
    window.lock()
    window.start(backup)
    unlock_through_ui(qtbot, window, passphrase)
    assert window.store.read_only_kept
    qtbot.wait(50)
    assert label.text() == "Not synced: journal open read-only"
    assert "read-only" in label.toolTip()
    assert not controller.worker.busy
