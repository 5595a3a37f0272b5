"""One writer at a time, across processes: a second process that tries to open
a journal already open elsewhere gets a clear JournalInUseError and the file
is left byte for byte as it was. (Two stores in one process: test_store_security.)"""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path

import fast_kdf
import pytest
from trust_helpers import sha256, write_everywhere

from carnet.store import JournalInUseError, JournalStore

WRITER = Path(__file__).with_name("writer_process.py")


def _child(mode: str, journal: Path, passphrase: str) -> subprocess.Popen:
    proc = subprocess.Popen(
        [*fast_kdf.python(), str(WRITER), mode, str(journal)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    proc.stdin.write(passphrase + "\n")
    proc.stdin.close()
    return proc


def test_another_process_is_refused_while_we_hold_the_journal(store, journal_path, passphrase):
    write_everywhere(store, "Contenu")
    digest = sha256(journal_path)
    proc = _child("probe", journal_path, passphrase)
    out, err = proc.stdout.read(), proc.stderr.read()
    proc.wait(timeout=30)
    assert proc.returncode == 1, err
    kind, _, message = out.strip().partition(" ")[2].partition(" ")
    assert kind == "JournalInUseError"
    assert "already open in another Carnet window or process" in message
    assert "Close it there first" in message
    assert str(journal_path) in message
    assert sha256(journal_path) == digest
    assert store.search("Contenu")  # and we carry on


def test_we_are_refused_while_another_process_holds_it(store, journal_path, passphrase):
    write_everywhere(store, "Contenu")
    store.close()
    digest = sha256(journal_path)
    holder = _child("hold", journal_path, passphrase)
    try:
        assert holder.stdout.readline() == "ready\n", holder.stderr.read()
        with pytest.raises(JournalInUseError, match="already open in another Carnet"):
            JournalStore.open(journal_path, passphrase)
        assert sha256(journal_path) == digest
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    # the operating system released the lock with the dead process
    JournalStore.open(journal_path, passphrase).close()
    assert sha256(journal_path) == digest
