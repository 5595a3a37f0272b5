"""A full disk or an unwritable folder: a clear StorageError, nothing half
written, and everything committed before still there.

The journal lives on a 1 MiB tmpfs mounted for the test (root only: skipped
with the reason otherwise), always unmounted afterwards.
"""

from __future__ import annotations

import errno
import os
import traceback

import pytest
from trust_helpers import new_marker, snapshot, tmpfs, write_everywhere

from carnet.store import JournalStore, StorageError
from carnet.store.backups import BackupService


def _fill(folder) -> int:
    """Write zeros until the filesystem refuses; return how many bytes fitted."""
    written = 0
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (65536, 4096, 512, 1):
            while True:
                try:
                    written += os.write(fd, bytes(size))
                except OSError as exc:
                    if exc.errno != errno.ENOSPC:
                        raise
                    break
    finally:
        os.close(fd)
    return written


def test_save_on_a_full_disk_fails_clearly_and_loses_nothing(tmp_path, passphrase):
    with tmpfs(tmp_path / "small", size="1m") as disk:
        journal = disk / "journal.carnet"
        store = JournalStore.create(journal, passphrase)
        try:
            ids = write_everywhere(store, "Avant")
            expected = snapshot(store)
            assert _fill(disk) > 0
            marker = new_marker()
            with pytest.raises(StorageError) as info:
                store.notes.save(ids["session"], "plein", f"{marker} " + "texte " * 40_000)
            message = str(info.value)
            assert "disk is full" in message
            formatted = "".join(traceback.format_exception(info.value)) + repr(info.value)
            assert marker not in formatted  # the text of the failed save is not echoed
            assert snapshot(store) == expected  # the failed save left nothing behind

            # a backup onto the same full disk: clear, and no half-written file
            with pytest.raises(StorageError) as backup_info:
                BackupService().backup_now(store, disk)
            assert "is full" in str(backup_info.value)
            assert sorted(p.name for p in disk.iterdir()) == [
                "filler",
                "journal.carnet",
                "journal.carnet.lock",
            ]
        finally:
            store.close()
        # nothing freed: the journal still opens where it is, whole
        again = JournalStore.open(journal, passphrase)
        try:
            assert again.integrity_problems() == []
            assert snapshot(again) == expected
        finally:
            again.close()


def test_backup_into_a_read_only_folder_is_a_clear_error(store, tmp_path):
    write_everywhere(store, "Contenu")
    with tmpfs(tmp_path / "ro", read_only=True) as folder:
        for target in (folder, folder / "sub" / "backups"):
            with pytest.raises(StorageError) as info:
                BackupService().backup_now(store, target)
            message = str(info.value)
            assert message.startswith("The backup was not written")
            assert "cannot be written" in message and "Choose another folder" in message
        assert list(folder.iterdir()) == []
    assert store.search("Contenu")  # the journal itself is unaffected
