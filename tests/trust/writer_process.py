"""The child process of the crash-safety and single-writer tests.

Run as ``python writer_process.py MODE JOURNAL [--backups FOLDER]``; the
passphrase comes on stdin (never argv, which other users can read). It goes
through the real store, exactly as the app does, and reports on stdout, one
flushed line per event, only *after* the store call has returned:

``ready``            the journal is open
``id <n>``           a note was saved and its commit returned
``backup <name>``    a backup was written (mode backup)
``pass <i>``         the passphrase is now passphrase number i (mode passwd)
``error <Class> <message>`` / ``opened``   (mode probe)

Modes: ``save`` (notes in a loop), ``backup`` (a note, then a backup, in a
loop), ``passwd`` (a note, then a passphrase change back and forth between
the two passphrases given; stdin holds both and the current one's number),
``hold`` (open and wait until stdin closes), ``probe`` (try to open once).
The parent kills it with SIGKILL at random moments.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import ctypes.util
import os
import signal
import sys
import time
from pathlib import Path

PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """If the test process dies, so do we: no orphan keeps writing."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(ctypes.util.find_library("c"))
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["save", "backup", "passwd", "hold", "probe"])
    parser.add_argument("journal", type=Path)
    parser.add_argument("--backups", type=Path)
    parser.add_argument("--seconds", type=float, default=20.0, help="stop after this long")
    args = parser.parse_args(argv)
    _die_with_parent()

    from carnet.store import JournalStore, StoreError
    from carnet.store.backups import BackupService

    lines = [line.rstrip("\n") for line in sys.stdin]
    passphrases = lines[:2] if args.mode == "passwd" else lines[:1]
    current = int(lines[2]) if args.mode == "passwd" else 0

    if args.mode == "probe":
        try:
            JournalStore.open(args.journal, passphrases[0]).close()
        except StoreError as exc:
            say(f"error {type(exc).__name__} {exc}")
            return 1
        say("opened")
        return 0

    store = JournalStore.open(args.journal, passphrases[current])
    say("ready")
    if args.mode == "hold":
        while True:  # stdin is already at EOF; just wait to be killed
            time.sleep(1)

    session_id = store.sessions.list()[0].id
    service = BackupService()
    deadline = time.monotonic() + args.seconds
    i = 0
    while time.monotonic() < deadline:
        note = store.notes.save(session_id, f"k{os.getpid()}-{i}", f"Note {i} du processus. " * 3)
        say(f"id {note.id}")
        if args.mode == "backup":
            path = service.backup_now(store, args.backups, keep=3, reason="crash")
            say(f"backup {path.name}")
        elif args.mode == "passwd":
            other = 1 - current
            store.change_passphrase(passphrases[current], passphrases[other])
            current = other
            say(f"pass {current}")
        i += 1
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
