"""Tampering and corruption: detected at open (test_store_security), and the
newest backup that is still good is found for the app to offer."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from trust_helpers import sha256, snapshot, write_everywhere

from carnet.store import DamagedJournalError, JournalStore, NotAJournalError
from carnet.store.backups import (
    BackupService,
    change_passphrase_with_backup,
    latest_good_backup,
    list_backups,
)

T0 = datetime(2026, 5, 1, 18, 0, 0)


def _flip(path, where: float = 0.5) -> None:
    data = bytearray(path.read_bytes())
    data[int(len(data) * where)] ^= 0x20
    path.write_bytes(bytes(data))


def _backups_over_days(store, folder, days: int) -> list:
    written = []
    for day in range(days):
        store.set_setting("jour", str(day))
        service = BackupService(lambda day=day: T0 + timedelta(days=day))
        written.append(service.backup_now(store, folder))
    return written


def test_newest_good_backup_skips_damaged_truncated_and_foreign_ones(
    store, journal_path, passphrase, tmp_path
):
    write_everywhere(store, "Contenu")
    folder = tmp_path / "backups"
    b0, b1, b2, b3 = _backups_over_days(store, folder, 4)
    _flip(b3)  # newest: one flipped byte
    b2.write_bytes(b2.read_bytes()[: b2.stat().st_size // 2])  # truncated
    b1.write_bytes(b1.read_bytes()[:4096] + bytes(b1.stat().st_size - 4096))  # zeroed
    digests = {p: sha256(p) for p in (b0, b1, b2, b3)}

    found = latest_good_backup(folder, journal_path, passphrase)
    assert found is not None and found.path == b0
    assert {p: sha256(p) for p in (b0, b1, b2, b3)} == digests  # checking changed nothing


def test_backups_under_another_passphrase_are_skipped(store, journal_path, passphrase, tmp_path):
    folder = tmp_path / "backups"
    (old,) = _backups_over_days(store, folder, 1)
    # Since issue 14 a change rekeys the backups too; the journal alone then goes back
    # to the first passphrase, leaving its backups under "nouvelle".
    before_change = change_passphrase_with_backup(store, passphrase, "nouvelle", folder).backup
    store.change_passphrase("nouvelle", passphrase)
    assert latest_good_backup(folder, journal_path, passphrase) is None
    assert latest_good_backup(folder, journal_path, "nouvelle").path == before_change
    newer = BackupService(lambda: T0 + timedelta(days=400)).backup_now(store, folder)
    assert latest_good_backup(folder, journal_path, passphrase).path == newer
    assert old.exists()


def test_nothing_good_means_none(store, journal_path, passphrase, tmp_path):
    folder = tmp_path / "backups"
    for path in _backups_over_days(store, folder, 2):
        _flip(path, 0.9)
    assert latest_good_backup(folder, journal_path, passphrase) is None
    assert latest_good_backup(tmp_path / "empty", journal_path, passphrase) is None


@pytest.mark.parametrize("damage", ["flip", "truncate"])
def test_damaged_journal_is_detected_then_recovered_from_the_offer(
    store, journal_path, passphrase, tmp_path, damage
):
    """The app's path: open fails with a clear error, the newest good backup is
    offered, restoring it gives a journal that opens with its content."""
    write_everywhere(store, "Contenu")
    folder = tmp_path / "backups"
    _backups_over_days(store, folder, 2)
    expected = snapshot(store)
    for i in range(30):  # enough pages that damage lands in data, not just the header
        store.notes.save(1, f"remplissage{i}", "texte " * 400)
    store.close()
    if damage == "flip":
        _flip(journal_path, 0.7)
    else:
        journal_path.write_bytes(journal_path.read_bytes()[: journal_path.stat().st_size // 2])
    damaged_digest = sha256(journal_path)

    with pytest.raises((DamagedJournalError, NotAJournalError)) as info:
        JournalStore.open(journal_path, passphrase)
    assert "restore" in str(info.value)  # the message says what to do
    offer = latest_good_backup(folder, journal_path, passphrase)
    assert offer is not None and offer.path == list_backups(folder, journal_path)[0].path

    kept = BackupService().restore(offer.path, journal_path, passphrase)
    assert sha256(kept) == damaged_digest  # the damaged file is kept, as it was
    restored = JournalStore.open(journal_path, passphrase)
    assert restored.integrity_problems() == []
    assert snapshot(restored) == expected
    restored.close()
