"""A passphrase change leaves no copy of the journal opening with the old passphrase.

Found by a fresh-eyes review (fresh6), finding 12: after a restore, the replaced journal
is kept beside it as ``<name>-before-restore-….carnet``. Changing the passphrase
afterwards rekeyed (or deleted) every backup of this journal and said so, but that
whole copy still opened with the old passphrase — the one the person changes because
it may have leaked. The copies a restore left beside the journal are now rekeyed or
deleted with the backups, and counted with them. The reviewer's test is kept
(controls: the copy exists; the change reports rekeyed backups); the delete choice is
checked too.
"""

from __future__ import annotations

from pathlib import Path

from carnet.store import JournalStore
from carnet.store.backups import BackupService, change_passphrase_with_backup, verify_backup

NEW = "une toute nouvelle phrase de passe 2026"


def test_no_copy_of_the_journal_keeps_opening_with_the_old_passphrase(
        seeded_journal, passphrase, tmp_path):
    path, _ids = seeded_journal
    backups = tmp_path / "backups"
    service = BackupService()
    store = JournalStore.open(path, passphrase)
    try:
        backup = service.backup_now(store, backups, reason="daily")
    finally:
        store.close()
    before = service.restore(backup, path, passphrase)  # Fichier › Restaurer une sauvegarde…
    assert before is not None and Path(before).is_file()  # control: the copy beside it
    store = JournalStore.open(path, passphrase)
    try:
        change = change_passphrase_with_backup(store, passphrase, NEW, backups)
    finally:
        store.close()
    assert change.rekeyed and not change.failed  # control: what the dialog reports
    still_old = []
    for copy in [Path(before), *backups.iterdir()]:
        if copy.suffix != ".carnet":
            continue
        try:
            verify_backup(copy, passphrase)
            still_old.append(copy.name)
        except Exception:
            pass
    assert not still_old, f"still open with the old passphrase: {still_old}"


def test_deleting_the_old_backups_deletes_the_restore_copy_too(seeded_journal, passphrase,
                                                              tmp_path):
    path, _ids = seeded_journal
    backups = tmp_path / "backups"
    service = BackupService()
    store = JournalStore.open(path, passphrase)
    try:
        backup = service.backup_now(store, backups, reason="daily")
    finally:
        store.close()
    before = Path(service.restore(backup, path, passphrase))
    store = JournalStore.open(path, passphrase)
    try:
        change = change_passphrase_with_backup(store, passphrase, NEW, backups,
                                               old_backups="delete")
    finally:
        store.close()
    assert before in change.deleted and not before.exists()
    assert JournalStore.open(path, NEW).close() is None  # control: the journal opens
