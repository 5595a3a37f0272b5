"""Encrypted backups: named, rotated without touching anything else, listed,
due once a day, and restored exactly to the state they were taken in."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from trust_helpers import new_marker, raw_tables, sha256, snapshot, write_everywhere

from carnet.domain import Learning
from carnet.store import (
    DamagedJournalError,
    JournalInUseError,
    JournalStore,
    StorageError,
    WrongPassphraseError,
)
from carnet.store.backups import BackupService, list_backups, verify_backup

T0 = datetime(2026, 3, 14, 9, 30, 0)


class Clock:
    """A settable clock for the service."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_names_rotation_and_other_files_untouched(store, journal_path, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    strangers = {
        "notes.txt": b"a note",
        "journal-old.carnet": b"x",  # journal- prefix but no stamp
        "journal-20260101-120000-Close.carnet": b"x",  # reason not lower case
        "autre-20260101-120000-close.carnet": b"x",  # another journal's backup
        "journal-before-restore-20260101-120000.carnet": b"x",
        ".autre-20260101-120000.carnet.partial": b"x",  # another journal's temp file
    }
    for name, data in strangers.items():
        (folder / name).write_bytes(data)
    (folder / "journal-20260101-120000.carnet.d").mkdir()
    stale = folder / ".journal-20250101-000000-close.carnet.partial"  # a killed backup
    stale.write_bytes(b"encrypted leftovers")

    clock = Clock(T0)
    service = BackupService(clock)
    written = []
    for i in range(12):
        clock.now = T0 + timedelta(hours=i)
        written.append(service.backup_now(store, folder, keep=10, reason="close"))
    assert written[0].name == "journal-20260314-093000-close.carnet"
    kept = list_backups(folder, journal_path)
    assert [b.path for b in kept] == written[::-1][:10]  # newest first, the 2 oldest gone
    assert not written[0].exists() and not written[1].exists()
    assert kept[0].created == T0 + timedelta(hours=11)
    assert kept[0].reason == "close"
    assert all(b.size == b.path.stat().st_size > 0 for b in kept)
    for name, data in strangers.items():
        assert (folder / name).read_bytes() == data, name
    assert (folder / "journal-20260101-120000.carnet.d").is_dir()
    assert not stale.exists()


def test_same_second_gets_distinct_ordered_names(store, journal_path, tmp_path):
    service = BackupService(Clock(T0))
    first = service.backup_now(store, tmp_path, reason="close")
    second = service.backup_now(store, tmp_path, reason="manual")
    third = service.backup_now(store, tmp_path, reason="")
    assert third.name == "journal-20260314-093002.carnet"
    assert [b.path for b in list_backups(tmp_path, journal_path)] == [third, second, first]


def test_clock_set_back_never_drops_the_new_backup(store, journal_path, tmp_path):
    clock = Clock(T0)
    service = BackupService(clock)
    for day in range(3):
        clock.now = T0 + timedelta(days=day)
        service.backup_now(store, tmp_path, keep=3)
    clock.now = T0 - timedelta(days=365)
    newest = service.backup_now(store, tmp_path, keep=3)
    assert newest.exists()
    assert len(list_backups(tmp_path, journal_path)) == 3


def test_bad_arguments(store, tmp_path):
    service = BackupService()
    folder = tmp_path / "backups"
    with pytest.raises(ValueError):
        service.backup_now(store, folder, keep=0)
    with pytest.raises(ValueError):
        service.backup_now(store, folder, reason="../evil")
    assert not folder.exists()


def test_listing_a_missing_folder(journal_path, tmp_path):
    assert list_backups(tmp_path / "nowhere", journal_path) == []


def test_folder_that_is_a_file_is_a_clear_error(store, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(StorageError, match="The backup was not written"):
        BackupService().backup_now(store, blocker)


def test_daily_backup_is_due_once_a_day(store, journal_path, tmp_path):
    clock = Clock(T0)
    service = BackupService(clock)
    assert service.is_due_daily(tmp_path, journal_path)
    service.backup_now(store, tmp_path, reason="daily")
    assert not service.is_due_daily(tmp_path, journal_path)
    assert not service.is_due_daily(tmp_path, journal_path, T0.replace(hour=23, minute=59))
    assert service.is_due_daily(tmp_path, journal_path, T0 + timedelta(days=1))


def test_restore_brings_back_exactly_the_state_at_backup_time(
    store, journal_path, passphrase, tmp_path
):
    write_everywhere(store, new_marker())
    at_backup = (snapshot(store), raw_tables(store), store.search("Groupe"))
    backup = BackupService(Clock(T0)).backup_now(store, tmp_path / "backups")
    # life goes on after the backup: more text, changes, deletions
    write_everywhere(store, new_marker())
    store.learnings.add(Learning(session_id=1, text="écrit après la sauvegarde"))
    store.topics.delete(store.topics.list()[0].id)
    later = (snapshot(store), raw_tables(store))
    assert later[0] != at_backup[0]
    store.close()

    before = BackupService(Clock(T0 + timedelta(days=1))).restore(backup, journal_path, passphrase)
    assert before is not None and before.name == "journal-before-restore-20260315-093000.carnet"
    restored = JournalStore.open(journal_path, passphrase)
    try:
        assert restored.integrity_problems() == []
        assert snapshot(restored) == at_backup[0]
        assert raw_tables(restored) == at_backup[1]
        assert restored.search("Groupe") == at_backup[2]
    finally:
        restored.close()
    # the file it replaced is kept, whole, and opens
    kept = JournalStore.open(before, passphrase)
    try:
        assert (snapshot(kept), raw_tables(kept)) == later
    finally:
        kept.close()
    assert [p.name for p in journal_path.parent.iterdir() if p.name.startswith(".")] == []


def test_restore_refuses_while_the_journal_is_open(store, journal_path, passphrase, tmp_path):
    backup = BackupService().backup_now(store, tmp_path / "backups")
    digest = sha256(journal_path)
    with pytest.raises(JournalInUseError):
        BackupService().restore(backup, journal_path, passphrase)
    assert sha256(journal_path) == digest


def test_restore_with_wrong_passphrase_or_damaged_backup_changes_nothing(
    store, journal_path, passphrase, tmp_path
):
    write_everywhere(store, "Contenu")
    backup = BackupService().backup_now(store, tmp_path / "backups")
    store.close()
    digest = sha256(journal_path)
    names = sorted(p.name for p in journal_path.parent.iterdir())
    with pytest.raises(WrongPassphraseError):
        BackupService().restore(backup, journal_path, "pas la bonne")
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0x01
    backup.write_bytes(bytes(data))
    with pytest.raises(DamagedJournalError):
        BackupService().restore(backup, journal_path, passphrase)
    assert sha256(journal_path) == digest
    assert sorted(p.name for p in journal_path.parent.iterdir()) == names


def test_restore_moves_a_leftover_rollback_journal_with_the_old_file(
    store, journal_path, passphrase, tmp_path
):
    """A hot journal belongs to the file it was written for: played back into
    the restored file it would corrupt it, so it goes with the kept copy."""
    backup = BackupService().backup_now(store, tmp_path / "backups")
    store.close()
    hot = journal_path.with_name(journal_path.name + "-journal")
    hot.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(504))
    before = BackupService().restore(backup, journal_path, passphrase)
    assert not hot.exists()
    assert before.with_name(before.name + "-journal").exists()
    JournalStore.open(journal_path, passphrase).close()


def test_restore_when_the_journal_is_gone(store, journal_path, passphrase, tmp_path):
    write_everywhere(store, "Contenu")
    expected = snapshot(store)
    backup = BackupService().backup_now(store, tmp_path / "backups")
    store.close()
    journal_path.unlink()
    assert BackupService().restore(backup, journal_path, passphrase) is None
    restored = JournalStore.open(journal_path, passphrase)
    assert snapshot(restored) == expected
    restored.close()
    verify_backup(backup, passphrase)  # the backup itself is left as it was
