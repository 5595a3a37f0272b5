"""Changing the passphrase: a backup first, the new key opens, the old one no
longer does, and a failure anywhere leaves the journal on the old passphrase.

Permission bits do not stop root (these tests run as root in CI and here), so
the failures are made real: a read-only tmpfs for the backup folder, and
``chattr +i`` (immutable: even root cannot add, remove or replace) for the
journal's folder or file. Each skips with its reason where that is not
possible. A kill -9 in the middle of a change is in test_crash_safety.
"""

from __future__ import annotations

import pytest
from trust_helpers import immutable, sha256, snapshot, tmpfs, write_everywhere

from carnet.store import JournalStore, StorageError, WrongPassphraseError, verify_passphrase
from carnet.store.backups import change_passphrase_with_backup, list_backups, verify_backup

NEW = "nouvelle phrase, plus longue"


def _only_old_opens(journal_path, old: str) -> None:
    assert verify_passphrase(journal_path, old)
    assert not verify_passphrase(journal_path, NEW)
    again = JournalStore.open(journal_path, old)
    assert again.integrity_problems() == []
    again.close()


def test_change_backs_up_first_then_only_the_new_passphrase_opens(
    store, journal_path, passphrase, tmp_path
):
    write_everywhere(store, "Contenu")
    before = snapshot(store)
    result = change_passphrase_with_backup(store, passphrase, NEW, tmp_path / "backups")
    backup = result.backup
    assert snapshot(store) == before  # the open store carries on, same content

    assert [b.path for b in list_backups(tmp_path / "backups", journal_path)] == [backup]
    assert backup.name.endswith("-before-passwd.carnet")
    # Issue 14: the backup written before the change is then rekeyed (the default),
    # so no copy keeps opening with the old passphrase.
    assert result.rekeyed == [backup] and result.failed == []
    verify_backup(backup, NEW)
    with pytest.raises(WrongPassphraseError):
        verify_backup(backup, passphrase)
    store.close()

    with pytest.raises(WrongPassphraseError):
        JournalStore.open(journal_path, passphrase)
    reopened = JournalStore.open(journal_path, NEW)
    assert reopened.integrity_problems() == []
    assert snapshot(reopened) == before
    reopened.close()
    assert [p.name for p in journal_path.parent.iterdir() if p.name.startswith(".")] == []


def test_wrong_old_passphrase_writes_nothing(store, journal_path, passphrase, tmp_path):
    write_everywhere(store, "Contenu")
    digest = sha256(journal_path)
    with pytest.raises(WrongPassphraseError):
        change_passphrase_with_backup(store, "pas la bonne", NEW, tmp_path / "backups")
    assert not (tmp_path / "backups").exists()  # not even a backup
    assert sha256(journal_path) == digest
    store.close()
    _only_old_opens(journal_path, passphrase)


def test_read_only_backup_folder_leaves_the_old_passphrase(
    store, journal_path, passphrase, tmp_path
):
    write_everywhere(store, "Contenu")
    digest = sha256(journal_path)
    with tmpfs(tmp_path / "ro", read_only=True) as folder:
        with pytest.raises(StorageError) as info:
            change_passphrase_with_backup(store, passphrase, NEW, folder / "backups")
        assert "cannot be written" in str(info.value)
        assert str(info.value).startswith("The backup was not written")
    assert sha256(journal_path) == digest
    store.close()
    _only_old_opens(journal_path, passphrase)


def test_read_only_journal_folder_leaves_the_old_passphrase(
    store, journal_path, passphrase, tmp_path
):
    write_everywhere(store, "Contenu")
    digest = sha256(journal_path)
    with immutable(journal_path.parent):
        with pytest.raises(StorageError) as info:
            store.change_passphrase(passphrase, NEW)
        message = str(info.value)
        assert message.startswith("The passphrase was not changed")
        assert "cannot be written" in message
        assert store.search("Contenu")  # the open journal still reads
    assert sha256(journal_path) == digest
    store.close()
    _only_old_opens(journal_path, passphrase)


def test_read_only_journal_file_leaves_the_old_passphrase(store, journal_path, passphrase):
    """The copy is written and checked, then the final rename is refused."""
    write_everywhere(store, "Contenu")
    before = snapshot(store)
    digest = sha256(journal_path)
    with immutable(journal_path):
        with pytest.raises(StorageError) as info:
            store.change_passphrase(passphrase, NEW)
        assert str(info.value).startswith("The passphrase was not changed")
        assert snapshot(store) == before  # reattached with the old key, still usable
    assert sha256(journal_path) == digest
    store.close()
    _only_old_opens(journal_path, passphrase)
    assert [p.name for p in journal_path.parent.iterdir() if p.name.startswith(".")] == []
