"""The journal's key: Argon2id by the documented recipe, raw to SQLCipher.

* a second SQLCipher implementation (SQLite3 Multiple Ciphers, via apsw) opens
  a journal with a key derived by argon2-cffi alone, from docs/key-derivation.md
  (the current scheme 2, and scheme 1 that older journals and backups still have),
  and the doc's own Python snippet, run as written, opens both;
* a new journal's parameters (tag, version 2, memory, passes) and that SQLCipher
  receives the raw key, never the passphrase;
* NFC: a passphrase typed decomposed opens a journal made with it composed;
* a wrong passphrase: one derivation of the file's scheme, file byte-identical;
* an old PBKDF2 journal (and its backups) opens and is moved to Argon2id.
"""

from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path

import apsw
import pytest
import sqlcipher3

from carnet.store import (
    JournalStore,
    NewerKeySchemeError,
    WrongPassphraseError,
    verify_passphrase,
)
from carnet.store import kdf as kdf_module
from carnet.store.backups import BackupService, list_backups, verify_backup
from tests.trust.trust_helpers import (
    ARGON2_MAGIC,
    make_legacy_journal,
    make_scheme_journal,
    new_marker,
    raw_key_literal,
    raw_tables,
    snapshot,
    write_everywhere,
)

PASS = "Clé « été » d'Hélène 🔐"
#: About the key itself: Carnet's own schemes, not the tests' cheap one (tests/fast_kdf.py).
pytestmark = pytest.mark.real_kdf


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled(tmp_path) -> tuple[Path, str]:
    path = tmp_path / "journal.carnet"
    marker = new_marker()
    store = JournalStore.create(path, PASS, owner_name="Camille")
    write_everywhere(store, marker)
    store.close()
    return path, marker


def _apsw_open(path: Path, key_literal: str) -> apsw.Connection:
    db = apsw.Connection(str(path), flags=apsw.SQLITE_OPEN_READONLY)
    db.pragma("cipher", "sqlcipher")
    db.pragma("legacy", 4)
    db.execute(f'PRAGMA key = "{key_literal}"')
    return db


DOC = Path(__file__).parents[2] / "docs" / "key-derivation.md"


@pytest.fixture
def both_versions(filled, tmp_path) -> tuple[list[Path], str]:
    """The journal (scheme 2, made by Carnet) and a scheme-1 copy by the recipe alone."""
    path, marker = filled
    old = tmp_path / "scheme1.carnet"
    make_scheme_journal(path, old, PASS, version=1)
    assert path.read_bytes()[4] == 2 and old.read_bytes()[4] == 1
    return [path, old], marker


def test_second_implementation_opens_with_the_documented_recipe(both_versions):
    paths, marker = both_versions
    doc = DOC.read_text()
    assert "| memory | 81 920 KiB (80 MiB) | 196 608 KiB (192 MiB) |" in doc
    assert "| passes (time cost) | 7 | 3 |" in doc
    assert "| lanes (parallelism) | 2 | 2 |" in doc
    for path in paths:
        db = _apsw_open(path, raw_key_literal(path, PASS))
        try:
            names = [row[0] for row in db.execute("SELECT name FROM groups")]
            assert names == [f"Groupe {marker}"]
            assert [r[0] for r in db.execute("PRAGMA integrity_check")] == ["ok"]
            notes = [r[0] for r in db.execute("SELECT text FROM step_notes")]
            assert any(marker in text for text in notes)
        finally:
            db.close()
        # control: the same implementation refuses a key from another passphrase
        other = _apsw_open(path, raw_key_literal(path, PASS + "x"))
        with pytest.raises(apsw.NotADBError):
            list(other.execute("SELECT name FROM groups"))
        other.close()


def _doc_snippet() -> str:
    """The Python block of docs/key-derivation.md, exactly as a reader would copy it."""
    text = DOC.read_text()
    start = text.index("```python\n") + len("```python\n")
    return text[start : text.index("```", start)]


def test_the_documented_snippet_opens_both_versions(both_versions, capsys):
    paths, marker = both_versions
    snippet = _doc_snippet()
    for line in ('path = "journal.carnet"', 'passphrase = "…"'):
        assert snippet.count(line) == 1, line
    for path in paths:
        code = snippet.replace('path = "journal.carnet"', f"path = {str(path)!r}").replace(
            'passphrase = "…"', f"passphrase = {PASS!r}")
        exec(compile(code, str(DOC), "exec"), {"__name__": "doc_snippet"})
        assert capsys.readouterr().out.strip() == str([(f"Groupe {marker}",)]), path.name
    # control: the snippet with another passphrase does not read the journal
    code = snippet.replace('path = "journal.carnet"', f"path = {str(paths[0])!r}").replace(
        'passphrase = "…"', f"passphrase = {PASS + 'x'!r}")
    with pytest.raises(apsw.NotADBError):
        exec(compile(code, str(DOC), "exec"), {"__name__": "doc_snippet"})


def test_new_journal_parameters_and_sqlcipher_gets_the_raw_key(tmp_path, monkeypatch):
    statements: list[str] = []
    real_connect = sqlcipher3.connect

    def spying_connect(*args, **kwargs):
        conn = real_connect(*args, **kwargs)
        conn.set_trace_callback(statements.append)
        return conn

    monkeypatch.setattr(sqlcipher3, "connect", spying_connect)
    path = tmp_path / "new.carnet"
    store = JournalStore.create(path, PASS)
    assert store.key_scheme == "argon2id-v2"
    store.close()
    JournalStore.open(path, PASS).close()
    monkeypatch.setattr(sqlcipher3, "connect", real_connect)

    salt = path.read_bytes()[:16]
    assert salt[:4] == ARGON2_MAGIC and salt[4] == 2
    scheme = kdf_module.SCHEMES[salt[4]]
    assert scheme is kdf_module.CURRENT and scheme.version == 2
    assert scheme.memory_kib >= 64 * 1024 and scheme.time_cost >= 3
    # 80 MiB: issue 19's 250 MiB peak leaves no room for more (docs/key-derivation.md)
    assert (scheme.memory_kib, scheme.time_cost, scheme.parallelism) == (81920, 7, 2)
    keyed = [s for s in statements if s.upper().replace(" ", "").startswith("PRAGMAKEY=")]
    assert keyed, "no PRAGMA key seen: the spy saw nothing"
    literal = raw_key_literal(path, PASS)
    assert len(keyed) >= 2 and all(literal in s for s in keyed), keyed[:1] and "wrong key"
    assert not any(PASS in s or PASS.encode().hex() in s for s in statements)
    # SQLCipher's own PBKDF2 over the passphrase does not open it; the raw key does.
    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA key = '" + PASS.replace("'", "''") + "'")
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()
    conn = sqlcipher3.connect(str(path))
    conn.execute(f'PRAGMA key = "{literal}"')
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 5
    conn.close()


def test_salts_differ_between_journals(tmp_path):
    a, b = tmp_path / "a.carnet", tmp_path / "b.carnet"
    JournalStore.create(a, PASS).close()
    JournalStore.create(b, PASS).close()
    assert a.read_bytes()[:16] != b.read_bytes()[:16]
    assert a.read_bytes()[:5] == b.read_bytes()[:5] == ARGON2_MAGIC + b"\x02"


def test_passphrase_is_normalised_to_nfc(tmp_path):
    composed = unicodedata.normalize("NFC", "Hélène à Noël")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    path = tmp_path / "nfc.carnet"
    JournalStore.create(path, composed).close()
    assert verify_passphrase(path, decomposed)
    assert not verify_passphrase(path, "Helene a Noel")  # control


def _count_derivations(monkeypatch) -> list[int]:
    calls: list[int] = []
    import argon2.low_level

    real = argon2.low_level.hash_secret_raw

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(argon2.low_level, "hash_secret_raw", counting)
    return calls


def test_wrong_passphrase_one_derivation_file_unchanged(filled, tmp_path, monkeypatch):
    path, _ = filled
    legacy = tmp_path / "legacy.carnet"
    make_legacy_journal(path, legacy, PASS)
    before = {p: _sha(p) for p in (path, legacy)}
    calls = _count_derivations(monkeypatch)
    with pytest.raises(WrongPassphraseError):
        JournalStore.open(path, PASS + " ")
    assert len(calls) == 1  # Argon2id once, never PBKDF2 after it
    calls.clear()
    with pytest.raises(WrongPassphraseError):
        JournalStore.open(legacy, PASS + " ")
    assert calls == []  # an old journal: SQLCipher's PBKDF2 only
    assert {p: _sha(p) for p in (path, legacy)} == before
    assert sorted(x.name for x in tmp_path.iterdir()) == sorted(
        ["journal.carnet", "journal.carnet.lock", "legacy.carnet", "legacy.carnet.lock"]
    )
    # control: the right passphrase opens (and costs one derivation)
    JournalStore.open(path, PASS).close()
    assert len(calls) == 1


def test_unknown_version_refused_file_unchanged(filled):
    path, _ = filled
    data = bytearray(path.read_bytes())
    data[4] = 9
    path.write_bytes(bytes(data))
    with pytest.raises(NewerKeySchemeError, match="newer"):
        JournalStore.open(path, PASS)
    assert path.read_bytes() == bytes(data)


def test_old_pbkdf2_journal_upgrades_at_unlock(filled, tmp_path):
    path, marker = filled
    with _Open(path) as store:
        expected = snapshot(store), raw_tables(store)
    legacy = tmp_path / "old" / "journal.carnet"
    legacy.parent.mkdir()
    make_legacy_journal(path, legacy, PASS)
    backups = tmp_path / "backups"
    store = JournalStore.open(legacy, PASS)
    try:
        assert store.key_scheme == "argon2id-v2" and store.key_upgrade_error is None
        assert (snapshot(store), raw_tables(store)) == expected
        assert store.integrity_problems() == []
        written = BackupService().backup_now(store, backups)
    finally:
        store.close()
    assert legacy.read_bytes()[:4] == ARGON2_MAGIC
    # only the new keying opens it now
    conn = sqlcipher3.connect(str(legacy))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA key = '" + PASS.replace("'", "''") + "'")
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()
    db = _apsw_open(legacy, raw_key_literal(legacy, PASS))
    assert [r[0] for r in db.execute("SELECT name FROM groups")] == [f"Groupe {marker}"]
    db.close()
    # a backup of the upgraded journal opens by the same recipe
    assert written.read_bytes()[:16] == legacy.read_bytes()[:16]
    verify_backup(written, PASS)
    assert sorted(p.name for p in legacy.parent.iterdir()) == [
        "journal.carnet", "journal.carnet.lock"
    ]


def test_old_backups_still_open_and_restore_upgrades(filled, tmp_path):
    path, _ = filled
    backups = tmp_path / "backups"
    backups.mkdir()
    old_backup = backups / "journal-20260101-120000-close.carnet"
    make_legacy_journal(path, old_backup, PASS)
    assert list_backups(backups, path)[0].path == old_backup
    verify_backup(old_backup, PASS)  # the PBKDF2 backup opens with the same passphrase
    BackupService().restore(old_backup, path, PASS)
    assert path.read_bytes()[:4] != ARGON2_MAGIC  # restored as it was
    JournalStore.open(path, PASS).close()
    assert path.read_bytes()[:4] == ARGON2_MAGIC  # and moved at its unlock


@pytest.mark.parametrize("old", ["pbkdf2", "scheme1"])
def test_upgrade_that_cannot_write_still_opens(filled, tmp_path, old):
    from tests.trust.trust_helpers import tmpfs

    path, marker = filled
    with tmpfs(tmp_path / "full", size="2m") as folder:
        legacy = folder / "journal.carnet"
        if old == "pbkdf2":
            make_legacy_journal(path, legacy, PASS)
        else:
            make_scheme_journal(path, legacy, PASS, version=1)
        (folder / "journal.carnet.lock").touch()
        before = _sha(legacy)
        with (folder / "filler").open("wb", buffering=0) as filler, pytest.raises(OSError):
            while True:  # until the disk is full
                filler.write(b"\0" * 4096)
        store = JournalStore.open(legacy, PASS)
        try:
            assert store.key_scheme == (kdf_module.LEGACY if old == "pbkdf2" else "argon2id-v1")
            assert "not moved to Argon2id (scheme 2)" in (store.key_upgrade_error or "")
            assert "full" in store.key_upgrade_error
            assert store.groups.list()[0].name == f"Groupe {marker}"
        finally:
            store.close()
        assert _sha(legacy) == before
        (folder / "filler").unlink()
        store = JournalStore.open(legacy, PASS)  # control: with room, it moves
        assert store.key_scheme == "argon2id-v2"
        store.close()


class _Open:
    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> JournalStore:
        self.store = JournalStore.open(self.path, PASS)
        return self.store

    def __exit__(self, *exc) -> None:
        self.store.close()
