"""A journal on a read-only medium (a write-protected key, a read-only share or disc)
opens read-only (fresh7's F5: it could not be opened at all — « Cannot create the lock
file … Read-only file system » — not even by `carnet search`, which writes nothing)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import fast_kdf
import pytest

from carnet.domain import Cadence, Group, Role, Session, SessionStatus
from carnet.store import JournalStore
from carnet.store.errors import StorageError

sys.path.insert(0, str(Path(__file__).resolve().parent / "trust"))
from trust_helpers import tmpfs


def test_a_journal_on_a_read_only_medium_is_read_and_searched_never_written(
        tmp_path, passphrase):
    with tmpfs(tmp_path / "usb", size="4m") as usb:
        journal = usb / "carnet.carnet"
        store = JournalStore.create(journal, passphrase, owner_name="Camille")
        group = store.groups.add(Group(name="Codév", template_id="codev", cadence=Cadence()))
        session = store.sessions.add(
            Session(group.id, 1, date(2025, 1, 9), SessionStatus.HELD, Role.CLIENT))
        store.notes.save(session.id, "expose", "Une délégation difficile.")
        store.close()
        os.unlink(str(journal) + ".lock")  # (a key written on another computer: none)
        done = subprocess.run(["mount", "-o", "remount,ro", str(usb)], capture_output=True,
                              check=False)
        if done.returncode != 0:
            pytest.skip(done.stderr.decode())
        store = JournalStore.open(journal, passphrase)
        try:
            assert store.read_only and store.read_only_place
            assert store.notes.get(session.id, "expose").text == "Une délégation difficile."
            with pytest.raises(StorageError):
                store.notes.save(session.id, "expose", "changé")
            # a backup only reads the journal: an encrypted copy onto this computer (it
            # was refused, « the folder … cannot be written to », under query_only)
            copy = store.backup_to(tmp_path / "copie.carnet")
            with pytest.raises(StorageError):  # still read-only after the copy
                store.notes.save(session.id, "expose", "changé")
        finally:
            store.close()
        copied = JournalStore.open(copy, passphrase)
        try:
            assert copied.notes.get(session.id, "expose").text == "Une délégation difficile."
            assert not copied.read_only
        finally:
            copied.close()
        env = {**os.environ, "CARNET_HOME": str(tmp_path / "home"), "LANG": "fr_FR.UTF-8",
               "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
        found = subprocess.run(
            [*fast_kdf.python(), "-m", "carnet", "search", "délégation", "--journal",
             str(journal), "--passphrase-stdin"], input=passphrase + "\n",
            capture_output=True, text=True, env=env, timeout=120, check=False)
        assert found.returncode == 0, found.stderr
        assert "délégation" in found.stdout, found.stdout
        assert sorted(p.name for p in usb.iterdir()) == ["carnet.carnet"]  # nothing written
