"""The victim of tests/sync/test_sync_crash.py: syncs two journals in a loop and is
killed (SIGKILL) at random moments, many times per start.

This process imports Carnet once, then forks a worker per kill: the worker
opens both journals (key already derived, read from stdin: never argv or the
environment), and loops — a new learning on each device, ``sync_once`` on
each — telling its phase through a pipe (C collect, W writing a bundle,
A applying, S writing a snapshot). The parent waits a random time, notes
the phase, kills the worker with SIGKILL, and forks the next one.

Usage: crash_child.py JOURNAL_A JOURNAL_B KILLS SEED  (each journal's key, hex, one a line
on stdin)
Prints one JSON line: the kills by phase.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import time
import traceback
from pathlib import Path

from carnet.domain import Learning
from carnet.store import JournalStore, kdf
from carnet.store.connection import JournalLock, open_keyed
from carnet.sync import engine, sync_once


def open_fast(path: Path, key) -> JournalStore:
    lock = JournalLock(path)
    lock.acquire()
    return JournalStore(path, open_keyed(path, key, check=False), lock, key)


def worker(paths: list[Path], keys, phase_fd: int, run: int) -> None:
    def tell(code: bytes) -> None:
        os.write(phase_fd, code)

    original_write = engine.atomic.write_new

    def write_new(path, data):
        tell(b"S" if path.name.startswith("snapshot-") else b"W")
        try:
            return original_write(path, data)
        finally:
            tell(b"-")

    original_snapshot = engine.write_snapshot

    def write_snapshot(*args, **kwargs):
        tell(b"S")
        try:
            return original_snapshot(*args, **kwargs)
        finally:
            tell(b"-")

    engine.atomic.write_new = write_new
    engine.write_snapshot = write_snapshot
    engine.SNAPSHOT_EVERY = 1  # a snapshot at every sync: kills land in them too
    stores = [open_fast(p, k) for p, k in zip(paths, keys, strict=True)]
    for store in stores:
        api = store.sync
        original_apply, original_collect = api.apply, api.collect

        def apply(*args, _orig=original_apply, **kwargs):
            tell(b"A")
            return _orig(*args, **kwargs)

        def collect(*args, _orig=original_collect, **kwargs):
            tell(b"C")
            return _orig(*args, **kwargs)

        api.apply, api.collect = apply, collect
    step = 0
    while True:
        for index, store in enumerate(stores):
            group = store.groups.list()[0]
            session = store.sessions.list_by_group(group.id)[0]
            tell(b"E")
            store.learnings.add(Learning(session_id=session.id,
                                         text=f"crash {run} {index} {step}"))
            sync_once(store)
            tell(b"-")
        step += 1


def main() -> int:
    path_a, path_b, kills, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    keys = []
    for _ in range(2):
        raw = bytes.fromhex(sys.stdin.readline().strip())
        keys.append(kdf.RawKey(key=raw[: kdf.KEY_SIZE], salt=raw[kdf.KEY_SIZE:]))
    rng = random.Random(seed)
    phases: dict[str, int] = {}
    for run in range(kills):
        read_fd, write_fd = os.pipe()
        os.set_blocking(read_fd, False)
        pid = os.fork()
        if pid == 0:  # the worker
            os.close(read_fd)
            try:
                worker([Path(path_a), Path(path_b)], keys, write_fd, run)
            except BaseException:
                traceback.print_exc()
            finally:
                os._exit(3)
        os.close(write_fd)
        time.sleep(rng.uniform(0.02, 0.35))
        seen = b""
        try:
            while chunk := os.read(read_fd, 65536):
                seen += chunk
        except BlockingIOError:
            pass
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        os.close(read_fd)
        if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
            print(json.dumps({"error": f"worker ended by itself ({status})"}), flush=True)
            return 1
        phase = {b"C": "collect", b"W": "bundle", b"A": "apply", b"S": "snapshot",
                 b"E": "edit", b"-": "between"}.get(seen[-1:], "opening")
        phases[phase] = phases.get(phase, 0) + 1
    print(json.dumps({"kills": kills, "phases": phases}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
