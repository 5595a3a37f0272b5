"""Restoring a backup of a synced journal (fresh8's G16, a trap). The dialog said
« restaurée », and the unlock's sync brought back, seconds later, everything written
since the backup — here or on another device: the restore, done to undo something, was
undone, silently. Making the restored state win on every device is the sync engine's
to decide (a rewind of all devices); what is done here: the dialog says it before the
restore and offers — checked — that the journal stop syncing, so that the restore holds
(the other devices keep what they have; set up again, the journal catches up), and the
notice after it says which happened. (fresh8's test asks the engine itself to keep the
restore when the same folder is synced again: not done, said in the guide.)"""

from __future__ import annotations

import carnet.sync as engine
from carnet.domain import Group, Topic
from carnet.store import JournalStore
from carnet.store.backups import BackupService, list_backups
from carnet.ui.trust.restore import RestoreDialog, Restorer

PASS = "une phrase de passe assez longue"


def _synced_journal_and_backup(tmp_path):
    folder = tmp_path / "Nextcloud"
    folder.mkdir()
    journal = tmp_path / "carnet.journal"
    backups = tmp_path / "backups"
    store = JournalStore.create(journal, PASS, owner_name="Claire")
    try:
        group = store.groups.add(Group(name="Codev", template_id="codev"))
        engine.setup(store, folder, PASS)
        assert engine.sync_once(store, folder).complete
        BackupService().backup_now(store, backups, reason="close")
        (backup,) = list_backups(backups, journal)
        store.topics.add(Topic(title="SUJETX apres la sauvegarde", group_id=group.id))
        assert engine.sync_once(store, folder).complete  # sent to the folder
    finally:
        store.close()
    return journal, backups, backup, folder


def test_the_dialog_says_a_synced_journal_gets_it_all_back_and_offers_to_stop(
        qtbot, tmp_path):
    journal, backups, _backup, _folder = _synced_journal_and_backup(tmp_path)
    dialog = RestoreDialog(journal, backups, synced=True)
    qtbot.addWidget(dialog)
    assert "comes back" in dialog.sync_warning.text()
    assert dialog.stop_sync_check.isChecked() and not dialog.stop_sync_check.isHidden()
    dialog.passphrase_edit.setText(PASS)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.submit()
    assert dialog.choice.stop_sync
    plain = RestoreDialog(journal, backups)  # control: a journal that does not sync
    qtbot.addWidget(plain)
    assert plain.sync_warning.isHidden() and plain.stop_sync_check.isHidden()


def test_a_restore_that_stops_syncing_holds(qtbot, tmp_path):
    journal, _backups, backup, _folder = _synced_journal_and_backup(tmp_path)
    restorer = Restorer()
    with qtbot.waitSignal(restorer.restored, timeout=30_000):
        restorer.start(backup, journal, PASS, synced=True, stop_sync=True)
    assert restorer.sync_outcome == "stopped"
    store = JournalStore.open(journal, PASS)
    try:
        assert store.sync.folder is None  # the window will not sync it
        assert [t.title for t in store.topics.list()] == []  # restored, and it holds
    finally:
        store.close()


def test_control_a_restore_that_keeps_syncing_gets_it_all_back(qtbot, tmp_path):
    journal, _backups, backup, folder = _synced_journal_and_backup(tmp_path)
    restorer = Restorer()
    with qtbot.waitSignal(restorer.restored, timeout=30_000):
        restorer.start(backup, journal, PASS, synced=True)
    assert restorer.sync_outcome == "syncs"
    store = JournalStore.open(journal, PASS)
    try:
        assert store.sync.folder == str(folder)
        assert engine.sync_once(store).complete
        assert [t.title for t in store.topics.list()] == ["SUJETX apres la sauvegarde"]
    finally:
        store.close()
