"""Argon2id scheme 1 (192 MiB) → scheme 2 (80 MiB, current): the move at unlock.

A journal keyed with scheme 1 opens with the same passphrase and is moved to
scheme 2 at that unlock, atomically and losing nothing, as PBKDF2 journals are
moved to Argon2id (docs/key-derivation.md); a wrong passphrase costs one
derivation of scheme 1 and changes nothing; a folder that cannot be written
keeps it at scheme 1 and it opens all the same; its backups follow the same
rule; a known scheme newer than the current one is never rewritten down; a sync
manifest wrapped with scheme 1 still unwraps, and a passphrase change re-wraps
it with scheme 2. The scheme-1 files are made here by the documented recipe
alone (tests/trust/trust_helpers.make_scheme_journal), never by Carnet.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
import sqlcipher3

from carnet.store import JournalStore, WrongPassphraseError
from carnet.store import kdf as kdf_module
from carnet.store.backups import (
    BackupService,
    change_passphrase_with_backup,
    latest_good_backup,
    list_backups,
    verify_backup,
)
from tests.trust.trust_helpers import (
    ARGON2_MAGIC,
    ARGON2_V1,
    ARGON2_V2,
    documented_key,
    immutable,
    make_scheme_journal,
    new_marker,
    raw_tables,
    snapshot,
    write_everywhere,
)

PASS = "Clé « été » d'Hélène 🔐"
NEW = "une autre phrase, toute neuve"
#: About the key itself: Carnet's own schemes, not the tests' cheap one (tests/fast_kdf.py).
pytestmark = pytest.mark.real_kdf


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _version(path: Path) -> int:
    salt = Path(path).read_bytes()[:16]
    assert salt[:4] == ARGON2_MAGIC, salt[:5]
    return salt[4]


@pytest.fixture(scope="module")
def scheme1_pristine(tmp_path_factory) -> tuple[Path, str, tuple]:
    """A filled journal keyed with scheme 1, made once a module: its two real key
    derivations (80 and 192 MiB of Argon2id) took ~4 s of each test's set-up."""
    folder = tmp_path_factory.mktemp("scheme1")
    source = folder / "source.carnet"
    marker = new_marker()
    store = JournalStore.create(source, PASS, owner_name="Camille")
    write_everywhere(store, marker)
    expected = snapshot(store), raw_tables(store)
    store.close()
    pristine = folder / "pristine.carnet"
    make_scheme_journal(source, pristine, PASS, version=1)
    return folder, marker, expected


@pytest.fixture
def scheme1(scheme1_pristine, tmp_path) -> tuple[Path, str, tuple]:
    """A copy of the scheme-1 journal for this test alone, its marker, what it holds
    (and the scheme-2 journal it was made from, as ``source.carnet`` beside)."""
    made, marker, expected = scheme1_pristine
    shutil.copyfile(made / "source.carnet", tmp_path / "source.carnet")
    path = tmp_path / "old" / "journal.carnet"
    path.parent.mkdir()
    shutil.copyfile(made / "pristine.carnet", path)
    assert _version(path) == 1
    return path, marker, expected


def _opens_with(path: Path, parameters: dict, passphrase: str = PASS) -> bool:
    """Does Argon2id with ``parameters`` over the file's own salt open it (recipe alone)?"""
    salt = path.read_bytes()[:16]
    key = documented_key(salt, passphrase, parameters)
    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}{salt.hex()}'\"")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()
    return True


def _count_derivations(monkeypatch) -> list[int]:
    """The memory (KiB) of every Argon2id derivation made from now on."""
    import argon2.low_level

    calls: list[int] = []
    real = argon2.low_level.hash_secret_raw

    def counting(*args, **kwargs):
        calls.append(kwargs.get("memory_cost", args[3] if len(args) > 3 else None))
        return real(*args, **kwargs)

    monkeypatch.setattr(argon2.low_level, "hash_secret_raw", counting)
    return calls


def test_scheme1_journal_moves_to_scheme2_at_unlock(scheme1):
    path, marker, expected = scheme1
    assert _opens_with(path, ARGON2_V1) and not _opens_with(path, ARGON2_V2)
    store = JournalStore.open(path, PASS)
    try:
        assert store.key_scheme == "argon2id-v2" and store.key_upgrade_error is None
        assert (snapshot(store), raw_tables(store)) == expected
        assert store.integrity_problems() == []
    finally:
        store.close()
    assert _version(path) == 2
    # by the documented recipe: scheme 2's parameters open it now, scheme 1's no longer
    assert _opens_with(path, ARGON2_V2) and not _opens_with(path, ARGON2_V1)
    assert not _opens_with(path, ARGON2_V2, PASS + " ")  # control of the helper
    assert sorted(p.name for p in path.parent.iterdir()) == ["journal.carnet", "journal.carnet.lock"]
    # the same passphrase, and only it, opens it again: nothing more to move
    digest = _sha(path)
    store = JournalStore.open(path, PASS)
    try:
        assert store.key_scheme == "argon2id-v2"
        assert (snapshot(store), raw_tables(store)) == expected
        assert store.groups.list()[0].name == f"Groupe {marker}"
    finally:
        store.close()
    assert _sha(path) == digest
    with pytest.raises(WrongPassphraseError):
        JournalStore.open(path, NEW)


def test_wrong_passphrase_on_scheme1_costs_one_derivation_and_changes_nothing(
    scheme1, monkeypatch
):
    path, _, _ = scheme1
    digest = _sha(path)
    calls = _count_derivations(monkeypatch)
    for wrong in (PASS + " ", "", "x"):
        calls.clear()
        with pytest.raises((WrongPassphraseError, ValueError)):
            JournalStore.open(path, wrong)
        assert calls == ([] if wrong == "" else [ARGON2_V1["memory_cost"]])
    assert _sha(path) == digest
    assert sorted(p.name for p in path.parent.iterdir()) == ["journal.carnet", "journal.carnet.lock"]
    # control: the right passphrase costs scheme 1 (to open) then scheme 2 (the new key)
    calls.clear()
    store = JournalStore.open(path, PASS)
    store.close()
    assert calls == [ARGON2_V1["memory_cost"], ARGON2_V2["memory_cost"]]
    assert _version(path) == 2 and _sha(path) != digest


def test_read_only_folder_keeps_scheme1_and_opens(scheme1):
    path, marker, expected = scheme1
    (path.parent / "journal.carnet.lock").touch()  # the lock file of an earlier unlock
    digest = _sha(path)
    with immutable(path.parent):
        store = JournalStore.open(path, PASS)
        try:
            assert store.key_scheme == "argon2id-v1"
            assert "not moved to Argon2id (scheme 2)" in (store.key_upgrade_error or "")
            assert "cannot be written" in store.key_upgrade_error
            assert (snapshot(store), raw_tables(store)) == expected
            # the journal keeps its key: a passphrase check uses scheme 1, no change
            assert store.passphrase_matches(PASS) and not store.passphrase_matches(NEW)
        finally:
            store.close()
        assert _sha(path) == digest
    assert sorted(p.name for p in path.parent.iterdir()) == ["journal.carnet", "journal.carnet.lock"]
    # control: writable again, it moves at the next unlock
    store = JournalStore.open(path, PASS)
    try:
        assert store.key_scheme == "argon2id-v2" and store.key_upgrade_error is None
        assert store.groups.list()[0].name == f"Groupe {marker}"
    finally:
        store.close()
    assert _version(path) == 2


def test_scheme1_backups_open_and_a_restored_one_moves_at_its_unlock(scheme1, tmp_path):
    path, _, expected = scheme1
    backups = tmp_path / "backups"
    backups.mkdir()
    old_backup = backups / "journal-20260101-120000-close.carnet"
    make_scheme_journal(tmp_path / "source.carnet", old_backup, PASS, version=1)
    old_digest = _sha(old_backup)
    # the journal moves to scheme 2; its scheme-1 backup still opens with the passphrase
    store = JournalStore.open(path, PASS)
    try:
        assert store.key_scheme == "argon2id-v2"
        newer = BackupService().backup_now(store, backups)
    finally:
        store.close()
    assert _version(newer) == 2 and _version(old_backup) == 1
    verify_backup(old_backup, PASS)
    verify_backup(newer, PASS)
    assert _sha(old_backup) == old_digest  # checking a backup never changes it
    assert latest_good_backup(backups, path, PASS).path == newer
    with pytest.raises(WrongPassphraseError):
        verify_backup(old_backup, NEW)
    # restored as it was (scheme 1), moved at its next unlock, nothing lost
    BackupService().restore(old_backup, path, PASS)
    assert _version(path) == 1
    store = JournalStore.open(path, PASS)
    try:
        assert store.key_scheme == "argon2id-v2"
        assert (snapshot(store), raw_tables(store)) == expected
    finally:
        store.close()
    assert _version(path) == 2
    assert _sha(old_backup) == old_digest  # the backup itself stays as it was written


def test_a_passphrase_change_rekeys_scheme1_backups_to_scheme2(scheme1, tmp_path):
    path, _, _ = scheme1
    backups = tmp_path / "backups"
    backups.mkdir()
    old_backup = backups / "journal-20260101-120000-daily.carnet"
    make_scheme_journal(tmp_path / "source.carnet", old_backup, PASS, version=1)
    store = JournalStore.open(path, PASS)
    try:
        result = change_passphrase_with_backup(store, PASS, NEW, backups)
    finally:
        store.close()
    assert result.failed == [] and old_backup in result.rekeyed
    for info in list_backups(backups, path):
        assert _version(info.path) == 2, info.path.name
        verify_backup(info.path, NEW)
        with pytest.raises(WrongPassphraseError):
            verify_backup(info.path, PASS)
    assert _version(path) == 2


def test_a_newer_known_scheme_is_never_rewritten_down(tmp_path, monkeypatch):
    path = tmp_path / "journal.carnet"
    store = JournalStore.create(path, PASS)
    write_everywhere(store, new_marker())
    store.close()
    assert _version(path) == 2
    digest = _sha(path)
    with monkeypatch.context() as patch:
        # a Carnet whose current scheme is 1 but that knows scheme 2 (as the test suite's
        # cheap scheme 255 is known and current in the tests that are not about the key)
        patch.setattr(kdf_module, "CURRENT", kdf_module.SCHEMES[1])
        store = JournalStore.open(path, PASS)
        try:
            assert store.key_scheme == "argon2id-v2" and store.key_upgrade_error is None
        finally:
            store.close()
        assert _sha(path) == digest
        assert kdf_module.is_outdated(None)  # PBKDF2 still moves under that Carnet
        assert not kdf_module.is_outdated(1) and not kdf_module.is_outdated(2)
    # control: with Carnet's own CURRENT (2), scheme 1 is older and does move
    assert kdf_module.is_outdated(1) and not kdf_module.is_outdated(2)
    assert not kdf_module.is_outdated(255)  # a higher number is never moved "up" to 2
    older = tmp_path / "scheme1.carnet"
    make_scheme_journal(path, older, PASS, version=1)
    JournalStore.open(older, PASS).close()
    assert _version(older) == 2
    assert _sha(path) == digest


def test_sync_manifest_of_scheme1_unwraps_and_a_change_rewraps_with_scheme2(
    tmp_path, monkeypatch
):
    from carnet.sync import SyncError, Why, join, layout, manifest, rewrap, setup, sync_once

    folder = tmp_path / "synced"
    folder.mkdir()
    path = tmp_path / "a.carnet"
    with monkeypatch.context() as patch:  # what a Carnet of scheme 1 wrote
        patch.setattr(kdf_module, "CURRENT", kdf_module.SCHEMES[1])
        store = JournalStore.create(path, PASS)
        try:
            write_everywhere(store, new_marker())
            setup(store, folder, PASS)
            sync_once(store)
            journal_id = store.sync.identity().journal_id
        finally:
            store.close()
    written = layout.journal_dir(folder, journal_id) / manifest.NAME

    def kdf_params() -> tuple[int, int, int]:
        document = json.loads(written.read_bytes())["kdf"]
        return document["memory_kib"], document["passes"], document["lanes"]

    assert _version(path) == 1 and kdf_params() == (196608, 3, 2)
    # another device joins with the scheme-1 manifest; its new journal is scheme 2
    assert join(folder, PASS, tmp_path / "b.carnet").complete
    assert _version(tmp_path / "b.carnet") == 2
    # the journal moves at its unlock; its passphrase change re-wraps with scheme 2
    store = JournalStore.open(path, PASS)
    try:
        assert store.key_scheme == "argon2id-v2"
        store.change_passphrase(PASS, NEW)
        rewrap(store, None, NEW)
        assert store.sync.pending_manifest is None
    finally:
        store.close()
    assert kdf_params() == (81920, 7, 2)
    assert manifest.parse(written.read_bytes()).unwrap(NEW)
    with pytest.raises(SyncError) as info:
        join(folder, PASS, tmp_path / "c.carnet")
    assert info.value.why is Why.WRONG_PASSPHRASE
    assert join(folder, NEW, tmp_path / "d.carnet").complete
    # a new manifest uses the current scheme too
    fresh = manifest.wrap(journal_id, b"k" * 32, NEW)
    assert (fresh.memory_kib, fresh.passes, fresh.lanes) == (81920, 7, 2)



def test_the_window_says_when_the_key_could_not_be_moved(qtbot, make_window, scheme1):
    """A read-only folder: the journal opens under its old scheme, and the window says
    so in the status bar (the store's reason was shown nowhere); control: writable, the
    move happens and nothing is said."""
    from ui_helpers import unlock_through_ui

    path, _, _ = scheme1
    (path.parent / "journal.carnet.lock").touch()  # the lock file of an earlier unlock
    words = "Key not strengthened"
    with immutable(path.parent):
        window = make_window(extensions=True)
        window.start(path)
        unlock_through_ui(qtbot, window, PASS)
        assert window.store.key_scheme == "argon2id-v1"
        assert words in window.statusBar().currentMessage()
        # The day's backup, written right after the open's check, does not replace it
        # (in a real window « Backup copy written. » took its place within seconds).
        backups = window.backup_folder()
        qtbot.waitUntil(lambda: backups.is_dir() and any(backups.rglob("*.carnet")),
                        timeout=30_000)
        qtbot.wait(50)
        assert words in window.statusBar().currentMessage()
        window.lock()
    window = make_window(extensions=True)
    window.start(path)
    unlock_through_ui(qtbot, window, PASS)
    assert window.store.key_scheme == "argon2id-v2"
    assert words not in window.statusBar().currentMessage()
    window.lock()


def _carnet_check(path: Path, home: Path, lang: str = "en"):
    """``carnet check`` as a person runs it, the passphrase on standard input."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "CARNET_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "carnet", "--lang", lang, "check", "--journal", str(path),
         "--passphrase-stdin"],
        input=PASS.encode("utf-8"), capture_output=True, env=env, timeout=120, check=False)


def test_the_command_line_says_when_the_key_could_not_be_moved(scheme1, tmp_path):
    """A command opening a journal whose key stays under scheme 1 warns on stderr and still
    does its job; once the folder is writable the key moves and nothing is said."""
    path, _marker, _expected = scheme1
    (path.parent / "journal.carnet.lock").touch()
    home = tmp_path / "home"
    with immutable(path.parent):
        done = _carnet_check(path, home)
        french = _carnet_check(path, home, "fr")
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().strip() == "ok"
    warning = done.stderr.decode()
    assert "key could not be strengthened" in warning and "read-only" in warning
    assert french.returncode == 0 and "clé" in french.stderr.decode()
    assert _version(path) == 1
    # control: writable, the key moves and the command says nothing more
    done = _carnet_check(path, home)
    assert done.returncode == 0 and done.stderr.decode() == "", done.stderr
    assert _version(path) == 2
