"""The victim of tests/sync/test_sync_crash.py: syncs two journals in a loop and is
killed (SIGKILL) at random moments, many times per start.

This process imports Carnet once, then forks a worker per kill: the worker
opens both journals (key already derived, read from stdin: never argv or the
environment), and loops — a new learning on each device, ``sync_once`` on
each — telling its phase through a pipe (C collect, W writing a bundle,
A applying, S writing a snapshot). The parent kills the worker with SIGKILL
at a random moment inside a phase (each phase in turn: it waits for the phase
to start, then 0–3 ms, less for a phase that kills keep missing) or at any
moment (a random delay), notes the phase, and forks the next worker.

Usage: crash_child.py JOURNAL_A JOURNAL_B KILLS SEED  (each journal's key, hex, one a line
on stdin)
Prints one JSON line: the kills by phase.
"""

from __future__ import annotations

import json
import os
import random
import select
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
    phases: list[bytes] = []  # what the worker is inside of, innermost last

    def enter(code: bytes) -> None:
        phases.append(code)
        os.write(phase_fd, code)

    def leave() -> None:
        phases.pop()
        os.write(phase_fd, phases[-1] if phases else b"-")

    def watched(code_of, function):
        def wrapper(*args, **kwargs):
            enter(code_of(*args))
            try:
                return function(*args, **kwargs)
            finally:
                leave()
        return wrapper

    # a snapshot's own steps (its collect, its file) count as the snapshot
    def inner(code: bytes):
        return lambda *_args: b"S" if b"S" in phases else code

    engine.atomic.write_new = watched(
        lambda path, _data: b"S" if path.name.startswith("snapshot-") else inner(b"W")(),
        engine.atomic.write_new)
    engine.write_snapshot = watched(lambda *_args: b"S", engine.write_snapshot)
    engine.SNAPSHOT_EVERY = 1  # a snapshot at every sync: kills land in them too
    stores = [open_fast(p, k) for p, k in zip(paths, keys, strict=True)]
    for store in stores:
        api = store.sync
        api.apply = watched(inner(b"A"), api.apply)
        api.collect = watched(inner(b"C"), api.collect)
        api.freeze = watched(inner(b"C"), api.freeze)  # (what the engine calls)
    step = 0
    while True:
        for index, store in enumerate(stores):
            group = store.groups.list()[0]
            session = store.sessions.list_by_group(group.id)[0]
            enter(b"E")
            store.learnings.add(Learning(session_id=session.id,
                                         text=f"crash {run} {index} {step}"))
            leave()
            sync_once(store)
        step += 1


#: What each kill aims at, in turn: a bundle being written, bundles being applied, a
#: snapshot being written, or (None) any moment at all.
TARGETS = (b"W", b"A", b"S", None)


def drain(fd: int) -> bytes:
    out = b""
    try:
        while chunk := os.read(fd, 65536):
            out += chunk
    except BlockingIOError:
        pass
    return out


def main() -> int:
    path_a, path_b, kills, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    keys = []
    for _ in range(2):
        raw = bytes.fromhex(sys.stdin.readline().strip())
        keys.append(kdf.RawKey(key=raw[: kdf.KEY_SIZE], salt=raw[kdf.KEY_SIZE:]))
    rng = random.Random(seed)
    phases: dict[str, int] = {}
    # How long after a phase starts a kill may land, per target: halved each time a
    # kill aimed at that phase found it already over (a faster bundle or snapshot,
    # or a loaded machine's sleeps overshooting), so the kills keep landing inside it.
    spans = {target: 0.003 for target in TARGETS if target is not None}
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
        target = TARGETS[run % len(TARGETS)]
        seen = b""
        if target is None:  # a moment drawn at random
            time.sleep(rng.uniform(0.02, 0.35))
            seen = drain(read_fd)
        else:  # a random moment inside that phase: wait for it to start, then a little
            deadline = time.monotonic() + 3.0
            while target not in seen[-1:] and time.monotonic() < deadline:
                select.select([read_fd], [], [], 0.05)
                seen += drain(read_fd)
            time.sleep(rng.uniform(0.0, spans[target]))
            seen += drain(read_fd)
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        os.close(read_fd)
        if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
            print(json.dumps({"error": f"worker ended by itself ({status})"}), flush=True)
            return 1
        phase = {b"C": "collect", b"W": "bundle", b"A": "apply", b"S": "snapshot",
                 b"E": "edit", b"-": "between"}.get(seen[-1:], "opening")
        if target is not None and seen[-1:] != target:
            spans[target] = max(0.0002, spans[target] / 2)
        phases[phase] = phases.get(phase, 0) + 1
    print(json.dumps({"kills": kills, "phases": phases}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
