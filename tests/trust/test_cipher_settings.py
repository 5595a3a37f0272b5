"""The cipher and safety settings are pinned, checked at every open, and sorts
or temporary tables never spill plaintext into the temporary folder."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import fast_kdf
import pytest
import sqlcipher3
from trust_helpers import sha256

from carnet.store import (
    JournalStore,
    NotAJournalError,
    UnsupportedCipherError,
    WrongPassphraseError,
)
from carnet.store.sqlutil import quote_literal

PROBE = Path(__file__).with_name("tempdir_probe.py")


def _pragma(store: JournalStore, name: str) -> str:
    with store.db.lock:
        return str(store.conn.execute(f"PRAGMA {name}").fetchone()[0])


def test_every_setting_is_pinned_on_an_opened_journal(store, journal_path, passphrase):
    store.notes  # noqa: B018 - a freshly created journal, then closed and reopened
    store.close()
    opened = JournalStore.open(journal_path, passphrase)
    try:
        assert _pragma(opened, "cipher_version").startswith("4.")
        assert int(_pragma(opened, "kdf_iter")) >= 256_000
        assert _pragma(opened, "cipher_kdf_algorithm") == "PBKDF2_HMAC_SHA512"
        assert _pragma(opened, "cipher_hmac_algorithm") == "HMAC_SHA512"
        assert _pragma(opened, "cipher_page_size") == "4096"
        assert _pragma(opened, "temp_store") == "2"  # MEMORY
        assert _pragma(opened, "secure_delete") == "1"
        assert _pragma(opened, "journal_mode") == "delete"  # rollback journal, no WAL
        assert _pragma(opened, "synchronous") == "2"  # FULL
        assert _pragma(opened, "foreign_keys") == "1"
        fts = opened.db.query_one("SELECT v FROM search_index_config WHERE k = 'secure-delete'")
        assert fts is not None and fts[0] == 1  # FTS5 wipes deleted index entries
        # the store's own read-back agrees, and is what open() enforces
        settings = opened.cipher_settings()
        assert settings["temp_store"] == "2" and settings["secure_delete"] == "1"
    finally:
        opened.close()
    assert not journal_path.read_bytes().startswith(b"SQLite format 3")


def _forge(path: Path, passphrase: str, setup: list[str]) -> None:
    """A journal-shaped file written with weaker cipher settings."""
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = {quote_literal(passphrase)}")
    for pragma in setup:
        conn.execute(pragma)
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "setup",
    [
        ["PRAGMA cipher_compatibility = 3"],  # SQLCipher 3: SHA1, 64,000 iterations
        ["PRAGMA kdf_iter = 64000"],
        ["PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA1"],
    ],
    ids=["sqlcipher3", "few-iterations", "sha1-kdf"],
)
def test_a_file_with_weaker_settings_is_refused_and_unchanged(tmp_path, passphrase, setup):
    path = tmp_path / "weak.carnet"
    _forge(path, passphrase, setup)
    before = sha256(path)
    with pytest.raises((WrongPassphraseError, UnsupportedCipherError, NotAJournalError)):
        JournalStore.open(path, passphrase)
    assert sha256(path) == before


@pytest.mark.slow
def test_big_sorts_and_temp_tables_never_reach_the_temp_folder(store, journal_path, passphrase):
    from datetime import date

    from carnet.domain import Group, Session

    group = store.groups.add(Group(name="G", template_id="codev"))
    session = store.sessions.add(Session(group_id=group.id, number=1, date=date(2026, 1, 1)))
    filler = "situation délicate à explorer ensemble, " * 50
    store.notes.save_many(session.id, {f"n{i}": f"{i:05d} {filler}" for i in range(1500)})
    store.close()

    watched = journal_path.parent / "tmpdir"
    watched.mkdir()
    env = {**os.environ, "TMPDIR": str(watched), "SQLITE_TMPDIR": str(watched)}
    done = subprocess.run(
        [*fast_kdf.python(), str(PROBE), str(journal_path), str(watched)],
        input=passphrase + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["settings"]["temp_store"] == "2"
    # control: with the pitfall re-opened, the same queries do create files there
    assert any(name.startswith("etilqs_") for name in result["control"]), result
    # the store itself: not a single file, not even one unlinked at once
    assert result["store"] == []
    assert list(watched.iterdir()) == []
