"""Sync benchmark (issue 15, point 5): join, a note's round trip, the folder's size.

Each figure is printed beside a reference measured in the same run on the same
machine: joining beside copying the journal file; the round trip beside the
raw AES-GCM of the same bytes; the folder's size beside the journal's.

The join is timed ``--joins`` times (each into a new file): the median and the
best are printed, with its CPU time (all its threads: on a shared machine the
wall time is inflated by the others' work, the CPU time much less).

Usage: .venv/bin/python bench/bench_sync.py [--sessions 2000] [--rounds 15] [--joins 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

from _common import PASSPHRASE, demo_journal, median_ms, report


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def copy_with_fsync(src: Path, dest: Path) -> None:
    shutil.copyfile(src, dest)
    with open(dest, "rb+") as handle:
        os.fsync(handle.fileno())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--joins", type=int, default=3)
    args = parser.parse_args()

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from carnet.store import JournalStore
    from carnet.sync import codec, join, setup, sync_once
    from carnet.sync import layout as sync_layout

    work = Path(tempfile.mkdtemp(prefix="carnet-bench-sync-"))
    try:
        source = demo_journal(args.sessions)
        path_a, path_b, folder = work / "a.carnet", work / "b.carnet", work / "cloud"
        folder.mkdir()
        shutil.copyfile(source, path_a)

        a = JournalStore.open(path_a, PASSPHRASE)  # migrates a copy of the cached demo
        sessions = a.sessions.count()
        setup(a, folder, PASSPHRASE)
        before_bytes = path_a.stat().st_size
        started, cpu = time.perf_counter(), time.process_time()
        first = sync_once(a)
        first_publish, first_cpu = time.perf_counter() - started, time.process_time() - cpu
        assert first.complete, first.problems
        after_bytes = path_a.stat().st_size
        page_size = int(a.conn.execute("PRAGMA page_size").fetchone()[0])
        free_bytes = a.conn.execute("PRAGMA freelist_count").fetchone()[0] * page_size
        state_bytes = a.conn.execute("SELECT sum(length(state)) FROM sync_state").fetchone()[0]

        copies = []
        for i in range(3):
            started = time.perf_counter()
            copy_with_fsync(path_a, work / f"copy{i}.carnet")
            copies.append(time.perf_counter() - started)
        join_times, join_cpus = [], []
        for i in range(max(1, args.joins)):
            target = path_b if i == 0 else work / f"b{i}.carnet"
            started, cpu = time.perf_counter(), time.process_time()
            joined = join(folder, PASSPHRASE, target)
            join_times.append(time.perf_counter() - started)
            join_cpus.append(time.process_time() - cpu)
            assert joined.complete, joined.problems
            if target != path_b:
                target.unlink()

        b = JournalStore.open(path_b, PASSPHRASE)
        assert b.sessions.count() == sessions
        group = a.groups.list()[0]
        session_a = a.sessions.list_by_group(group.id)[0]
        trips, trip_cpu, bundle_sizes, idle = [], [], [], []
        for i in range(args.rounds):
            a.notes.save(session_a.id, "expose", f"Round trip {i}: " + "une note modifiée. " * 40)
            started, cpu = time.perf_counter(), time.process_time()
            sent = sync_once(a)
            received = sync_once(b)
            trips.append(time.perf_counter() - started)
            trip_cpu.append(time.process_time() - cpu)
            assert sent.sent >= 1
            assert received.received >= 1
            assert received.complete
            journal = sync_layout.journal_dir(folder, a.sync.identity().journal_id)
            newest = max((journal / a.sync.identity().device_id).glob("*.cbundle"))
            bundle_sizes.append(newest.stat().st_size)
        for _ in range(5):
            started = time.perf_counter()
            sync_once(b)
            idle.append(time.perf_counter() - started)
        session_b = next(s for s in b.sessions.list_by_group(b.groups.list()[0].id)
                         if s.number == session_a.number)
        assert b.notes.get(session_b.id, "expose").text.startswith(f"Round trip {args.rounds - 1}")

        payload = os.urandom(max(bundle_sizes))
        key, nonce, aes = os.urandom(32), os.urandom(12), []
        for _ in range(args.rounds):
            started = time.perf_counter()
            sealed = AESGCM(key).encrypt(nonce, payload, b"h" * codec.HEADER_SIZE)
            AESGCM(key).decrypt(nonce, sealed, b"h" * codec.HEADER_SIZE)
            aes.append(time.perf_counter() - started)
        a.close()
        b.close()

        journal_bytes = path_a.stat().st_size
        print(f"journal: {sessions} sessions, {journal_bytes / 1e6:.1f} MB on disk")
        report("first sync (everything published + snapshot)", first_publish * 1000, "ms", "-")
        report("  of which CPU (this process)", first_cpu * 1000, "ms", "-")
        report("journal before the first sync", before_bytes / 1e6, "MB", "-")
        report("journal after the first sync", after_bytes / 1e6, "MB", "-")
        report("  of which free pages", free_bytes / 1e6, "MB", "-")
        report("  of which sync states (stored)", (state_bytes or 0) / 1e6, "MB", "-")
        report(f"join from the folder (2 × Argon2id), median of {len(join_times)}",
               median_ms(join_times), "ms", "≤ 5000 ms")
        report("  best", min(join_times) * 1000, "ms", "-")
        report("  its CPU (this process, all threads), median", median_ms(join_cpus),
               "ms", "-")
        report("  reference: copy the journal file (+fsync)", median_ms(copies), "ms", "-")
        report("one edited note, A → B, median (wall)", median_ms(trips), "ms", "-")
        report("  Carnet's own work (CPU), median", median_ms(trip_cpu), "ms", "≤ 100 ms")
        report("  worst of the round trips", max(trips) * 1000, "ms", "-")
        report("  reference: AES-GCM seal+open of one bundle", median_ms(aes) * 1000, "µs", "-")
        report("sync with nothing new (idle), median", median_ms(idle), "ms", "-")
        report("one note's bundle on disk", max(bundle_sizes) / 1e3, "kB", "-")
        report("sync folder size", folder_size(folder) / 1e6, "MB", "-")
        report("  reference: the journal file", journal_bytes / 1e6, "MB", "-")
        print(f"(folder / journal = {folder_size(folder) / journal_bytes:.2f})")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
