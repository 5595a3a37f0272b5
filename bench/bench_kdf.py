"""Key derivation benchmark (issue 14): Argon2id beside SQLCipher's PBKDF2, same run.

Prints: the derivation alone (Argon2id scheme 1, PBKDF2-HMAC-SHA512 256k and two
other Argon2id settings for context); the unlock of a 2,000-session journal
(open, key, checks) with each scheme; the cost of a wrong passphrase with each;
and the one-off move of an old PBKDF2 journal to Argon2id at its unlock.
The unlock up to the painted home view is bench_app.py's figure.

Usage: .venv/bin/python bench/bench_kdf.py [--sessions 2000] [--runs 5]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import tempfile
import time
from pathlib import Path

from _common import PASSPHRASE, demo_journal, median_ms, report


def _timed(fn, runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return samples


def _legacy_copy(source: Path, dest: Path) -> None:
    """The journal keyed the way Carnet did before Argon2id (SQLCipher's PBKDF2)."""
    import sqlcipher3

    from carnet.store import kdf

    salt = kdf.read_salt(source)
    conn = sqlcipher3.connect(str(source), isolation_level=None)
    conn.execute(f'PRAGMA key = "{kdf.derive(PASSPHRASE, salt).sqlcipher_value()}"')
    conn.execute("ATTACH DATABASE ? AS legacy KEY ?", (str(dest), PASSPHRASE))
    conn.execute("SELECT sqlcipher_export('legacy')")
    version = conn.execute("PRAGMA main.user_version").fetchone()[0]
    conn.execute(f"PRAGMA legacy.user_version = {int(version)}")
    conn.execute("DETACH DATABASE legacy")
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    runs = args.runs

    from argon2.low_level import Type, hash_secret_raw

    from carnet.store import JournalStore, WrongPassphraseError, kdf
    from carnet.store.connection import open_connection

    scheme = kdf.CURRENT
    salt = kdf.new_salt()
    print(f"Argon2id scheme {scheme.version}: {scheme.memory_kib // 1024} MiB, "
          f"t={scheme.time_cost}, p={scheme.parallelism}; {os.cpu_count()} cores, "
          f"load {os.getloadavg()[0]:.2f}")
    report("derive: Argon2id scheme 1, median", median_ms(
        _timed(lambda: kdf.derive(PASSPHRASE, salt), runs)), "ms", "250–400 ms")
    report("derive: PBKDF2-HMAC-SHA512 256k (old), median", median_ms(_timed(
        lambda: hashlib.pbkdf2_hmac("sha512", PASSPHRASE.encode(), salt, 256_000, 32), runs
    )), "ms", "reference")
    for mib, t, p in ((128, 3, 2), (256, 3, 2)):
        report(f"derive: Argon2id {mib} MiB t={t} p={p} (context)", median_ms(_timed(
            lambda mib=mib, t=t, p=p: hash_secret_raw(
                PASSPHRASE.encode(), salt, t, mib * 1024, p, 32, Type.ID), runs
        )), "ms", "-")

    cached = demo_journal(args.sessions)
    work = Path(tempfile.mkdtemp(prefix="carnet-bench-kdf-"))
    try:
        journal = work / "journal.carnet"
        shutil.copyfile(cached, journal)  # the shared cache is never changed here
        legacy = work / "legacy.carnet"
        _legacy_copy(journal, legacy)
        store = JournalStore.open(journal, PASSPHRASE)
        sessions = store.sessions.count()
        store.close()
        print(f"journal: {sessions} sessions, {journal.stat().st_size / 1e6:.1f} MB")

        def unlock_argon2() -> None:
            JournalStore.open(journal, PASSPHRASE).close()

        def unlock_pbkdf2() -> None:  # the same checks, without the move to Argon2id
            open_connection(legacy, PASSPHRASE).close()

        report("unlock (key + checks): Argon2id, median", median_ms(
            _timed(unlock_argon2, runs)), "ms", "≤ 600 ms with the home view")
        report("unlock (key + checks): PBKDF2 (old), median", median_ms(
            _timed(unlock_pbkdf2, runs)), "ms", "reference")

        def wrong(path: Path) -> None:
            try:
                JournalStore.open(path, PASSPHRASE + "?")
            except WrongPassphraseError:
                return
            raise AssertionError("a wrong passphrase opened the journal")

        report("wrong passphrase: Argon2id journal, median", median_ms(
            _timed(lambda: wrong(journal), runs)), "ms", "one derivation")
        report("wrong passphrase: PBKDF2 journal, median", median_ms(
            _timed(lambda: wrong(legacy), runs)), "ms", "one derivation")

        moves = []
        for i in range(max(1, runs // 2)):
            copy = work / f"move-{i}.carnet"
            shutil.copyfile(legacy, copy)
            started = time.perf_counter()
            store = JournalStore.open(copy, PASSPHRASE)
            moves.append(time.perf_counter() - started)
            assert store.key_scheme == f"argon2id-v{scheme.version}"
            store.close()
        report("first unlock of an old journal (PBKDF2 + move)", median_ms(moves), "ms",
               "once per journal")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
