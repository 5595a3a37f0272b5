"""The file is encrypted, and every way opening can fail has its own error."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from carnet.domain import Group, Learning, Session
from carnet.store import (
    SCHEMA_VERSION,
    DamagedJournalError,
    JournalInUseError,
    JournalStore,
    NewerJournalError,
    NotAJournalError,
    WrongPassphraseError,
)

MARKER = "ZX-marqueur-unique-4711-confidentiel"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _write_marker(store: JournalStore) -> None:
    group = store.groups.add(Group(name=f"Groupe {MARKER}", template_id="codev"))
    session = store.sessions.add(Session(group_id=group.id, number=1, date=date(2026, 1, 1)))
    store.notes.save(session.id, "expose", f"Situation de {MARKER} très délicate")
    store.learnings.add(Learning(session_id=session.id, text=MARKER, tags=[MARKER]))


def _all_bytes(journal_path: Path) -> bytes:
    data = b""
    for suffix in ("", "-journal", "-wal", "-shm"):
        candidate = Path(str(journal_path) + suffix)
        if candidate.exists():
            data += candidate.read_bytes()
    return data


def test_file_is_encrypted_and_reopens(store, journal_path, passphrase):
    _write_marker(store)
    # while open, and after close: no plaintext, no SQLite header
    assert MARKER.encode() not in _all_bytes(journal_path)
    store.close()
    raw = journal_path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
        assert MARKER.encode(encoding) not in _all_bytes(journal_path)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(journal_path).execute("SELECT * FROM sqlite_master").fetchall()
    again = JournalStore.open(journal_path, passphrase)
    assert again.search(MARKER[:8])
    again.close()


def test_marker_absent_from_uncommitted_journal_file(store, journal_path):
    """The rollback journal written during a transaction is encrypted too."""
    group = store.groups.add(Group(name="G", template_id="codev"))
    session = store.sessions.add(Session(group_id=group.id, number=1, date=date(2026, 1, 1)))
    store.notes.save(session.id, "expose", "ancien texte " * 2000)
    with store.transaction():
        store.notes.save(session.id, "expose", MARKER * 50)
        assert MARKER.encode() not in _all_bytes(journal_path)


def test_cipher_settings_are_pinned(store):
    settings = store.cipher_settings()
    assert settings["cipher_version"].startswith("4.")
    assert int(settings["kdf_iter"]) >= 256_000
    assert settings["kdf_algorithm"] == "PBKDF2_HMAC_SHA512"
    assert settings["temp_store"] == "2"  # MEMORY
    assert settings["secure_delete"] == "1"
    assert settings["synchronous"] == "2"  # FULL
    assert settings["journal_mode"] == "delete"
    assert settings["foreign_keys"] == "1"


def test_wrong_passphrase_changes_nothing(store, journal_path):
    _write_marker(store)
    store.close()
    before = _sha(journal_path)
    for wrong in ("wrong", "correct horse « battery » stapl", " " * 3):
        with pytest.raises(WrongPassphraseError):
            JournalStore.open(journal_path, wrong)
    assert _sha(journal_path) == before
    assert not Path(str(journal_path) + "-journal").exists()


def test_empty_file(tmp_path, passphrase):
    path = tmp_path / "empty.carnet"
    path.write_bytes(b"")
    with pytest.raises(NotAJournalError, match="empty"):
        JournalStore.open(path, passphrase)
    assert path.read_bytes() == b""


def test_random_bytes(tmp_path, passphrase):
    path = tmp_path / "random.carnet"
    path.write_bytes(os.urandom(10_000))
    before = _sha(path)
    with pytest.raises(NotAJournalError):
        JournalStore.open(path, passphrase)
    assert _sha(path) == before


def test_plain_sqlite_database(tmp_path, passphrase):
    path = tmp_path / "plain.db"
    sqlite3.connect(path).execute("CREATE TABLE t(x)").connection.commit()
    before = _sha(path)
    with pytest.raises(NotAJournalError, match="unencrypted"):
        JournalStore.open(path, passphrase)
    assert _sha(path) == before


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_truncated_journal(store, journal_path, passphrase, keep, tmp_path):
    _write_marker(store)
    for i in range(40):
        store.notes.save(1, f"step{i}", "texte de remplissage " * 200)
    store.close()
    data = journal_path.read_bytes()
    truncated = tmp_path / "truncated.carnet"
    truncated.write_bytes(data[: int(len(data) * keep)])
    before = _sha(truncated)
    with pytest.raises((DamagedJournalError, NotAJournalError)) as info:
        JournalStore.open(truncated, passphrase)
    assert "damaged" in str(info.value) or "truncated" in str(info.value)
    assert _sha(truncated) == before


def test_flipped_byte_is_detected(store, journal_path, passphrase):
    _write_marker(store)
    store.close()
    data = bytearray(journal_path.read_bytes())
    data[len(data) // 2] ^= 0x40
    journal_path.write_bytes(bytes(data))
    before = _sha(journal_path)
    with pytest.raises(DamagedJournalError):
        JournalStore.open(journal_path, passphrase)
    assert _sha(journal_path) == before


def test_newer_schema_is_refused(store, journal_path, passphrase):
    store.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    store.close()
    before = _sha(journal_path)
    with pytest.raises(NewerJournalError, match="newer version of Carnet"):
        JournalStore.open(journal_path, passphrase)
    assert _sha(journal_path) == before


def test_second_opener_is_refused(store, journal_path, passphrase):
    with pytest.raises(JournalInUseError):
        JournalStore.open(journal_path, passphrase)
    store.close()
    JournalStore.open(journal_path, passphrase).close()


@pytest.mark.parametrize(
    "awkward",
    ["it's", 'say "hi"', "back\\slash", "  spaces  ", "🔐 clé 🗝️", "x'00'", "é" * 1000],
)
def test_awkward_passphrases(tmp_path, awkward):
    path = tmp_path / "awkward.carnet"
    JournalStore.create(path, awkward).close()
    with pytest.raises(WrongPassphraseError):
        JournalStore.open(path, awkward + "!")
    store = JournalStore.open(path, awkward)
    store.change_passphrase(awkward, awkward[::-1] + "2")
    store.close()
    JournalStore.open(path, awkward[::-1] + "2").close()
    with pytest.raises(WrongPassphraseError):
        JournalStore.open(path, awkward)


def test_backup_opens_with_the_same_passphrase(store, tmp_path, passphrase):
    _write_marker(store)
    backup = store.backup_to(tmp_path / "backups" / "copy.carnet")
    assert MARKER.encode() not in backup.read_bytes()
    copy = JournalStore.open(backup, passphrase)
    assert copy.integrity_problems() == []
    assert [g.name for g in copy.groups.list()] == [f"Groupe {MARKER}"]
    assert copy.search("délicate")
    copy.close()


def test_change_passphrase(store, journal_path, passphrase):
    _write_marker(store)
    store.change_passphrase(passphrase, "nouvelle phrase")
    assert store.search(MARKER[:6])  # still usable after the swap
    store.close()
    with pytest.raises(WrongPassphraseError):
        JournalStore.open(journal_path, passphrase)
    reopened = JournalStore.open(journal_path, "nouvelle phrase")
    assert reopened.integrity_problems() == []
    reopened.close()
    leftovers = [p.name for p in journal_path.parent.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_change_passphrase_needs_the_old_one(store, journal_path, passphrase):
    with pytest.raises(WrongPassphraseError):
        store.change_passphrase("not it", "new")
    store.close()
    JournalStore.open(journal_path, passphrase).close()


def test_integrity_check_passes_on_a_sound_journal(store):
    _write_marker(store)
    assert store.integrity_problems() == []
