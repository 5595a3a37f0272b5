"""Key derivation benchmark (issue 14): Argon2id beside SQLCipher's PBKDF2, same run.

Prints: the derivation alone (Argon2id scheme 2, the current one, with scheme 1 and
PBKDF2-HMAC-SHA512 256k as references, and 128 MiB t=3 for context: the setting
scheme 2's cost is compared with in docs/key-derivation.md); the unlock of a
2,000-session journal (open, key, checks) with each scheme; the cost of a wrong
passphrase with each; and the one-off move of an old journal (PBKDF2, or Argon2id
scheme 1) to the current scheme at its unlock. The unlock up to the painted home
view is bench_app.py's figure.

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


def _copy_keyed(source: Path, dest: Path, key: str) -> None:
    """The journal re-encrypted under ``key``, a SQLCipher key literal: the passphrase
    quoted (PBKDF2, as Carnet did before Argon2id) or an ``x'…'`` raw key."""
    import sqlcipher3

    from carnet.store import kdf

    salt = kdf.read_salt(source)
    conn = sqlcipher3.connect(str(source), isolation_level=None)
    conn.execute(f'PRAGMA key = "{kdf.derive(PASSPHRASE, salt).sqlcipher_value()}"')
    conn.execute("ATTACH DATABASE ? AS other KEY ?", (str(dest), key))
    conn.execute("SELECT sqlcipher_export('other')")
    version = conn.execute("PRAGMA main.user_version").fetchone()[0]
    conn.execute(f"PRAGMA other.user_version = {int(version)}")
    conn.execute("DETACH DATABASE other")
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

    scheme, old = kdf.CURRENT, kdf.SCHEMES[1]
    salt, old_salt = kdf.new_salt(), kdf.new_salt(old)
    print(f"Argon2id scheme {scheme.version} (current): {scheme.memory_kib // 1024} MiB, "
          f"t={scheme.time_cost}, p={scheme.parallelism}; scheme {old.version}: "
          f"{old.memory_kib // 1024} MiB, t={old.time_cost}, p={old.parallelism}; "
          f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}")
    report(f"derive: Argon2id scheme {scheme.version} (current), median", median_ms(
        _timed(lambda: kdf.derive(PASSPHRASE, salt), runs)), "ms", "250–400 ms")
    report(f"derive: Argon2id scheme {old.version} (old), median", median_ms(
        _timed(lambda: kdf.derive(PASSPHRASE, old_salt), runs)), "ms", "reference")
    report("derive: PBKDF2-HMAC-SHA512 256k (old), median", median_ms(_timed(
        lambda: hashlib.pbkdf2_hmac("sha512", PASSPHRASE.encode(), salt, 256_000, 32), runs
    )), "ms", "reference")
    report("derive: Argon2id 128 MiB t=3 p=2 (context)", median_ms(_timed(
        lambda: hash_secret_raw(PASSPHRASE.encode(), salt, 3, 128 * 1024, 2, 32, Type.ID),
        runs)), "ms", "-")

    cached = demo_journal(args.sessions)
    work = Path(tempfile.mkdtemp(prefix="carnet-bench-kdf-"))
    try:
        journal = work / "journal.carnet"
        shutil.copyfile(cached, journal)  # the shared cache is never changed here
        legacy = work / "legacy.carnet"
        _copy_keyed(journal, legacy, PASSPHRASE)
        scheme1 = work / "scheme1.carnet"
        _copy_keyed(journal, scheme1, kdf.new_key(PASSPHRASE, old).sqlcipher_value())
        store = JournalStore.open(journal, PASSPHRASE)
        sessions = store.sessions.count()
        assert store.key_scheme == f"argon2id-v{scheme.version}", store.key_scheme
        store.close()
        print(f"journal: {sessions} sessions, {journal.stat().st_size / 1e6:.1f} MB")

        def unlock_current() -> None:
            JournalStore.open(journal, PASSPHRASE).close()

        def unlock_old(path: Path) -> None:  # the same checks, without the move
            open_connection(path, PASSPHRASE).close()

        report(f"unlock (key + checks): scheme {scheme.version}, median", median_ms(
            _timed(unlock_current, runs)), "ms", "≤ 600 ms with the home view")
        report(f"unlock (key + checks): scheme {old.version} (old), median", median_ms(
            _timed(lambda: unlock_old(scheme1), runs)), "ms", "reference")
        report("unlock (key + checks): PBKDF2 (old), median", median_ms(
            _timed(lambda: unlock_old(legacy), runs)), "ms", "reference")

        def wrong(path: Path) -> None:
            try:
                JournalStore.open(path, PASSPHRASE + "?")
            except WrongPassphraseError:
                return
            raise AssertionError("a wrong passphrase opened the journal")

        report(f"wrong passphrase: scheme {scheme.version} journal, median", median_ms(
            _timed(lambda: wrong(journal), runs)), "ms", "one derivation")
        report(f"wrong passphrase: scheme {old.version} journal, median", median_ms(
            _timed(lambda: wrong(scheme1), runs)), "ms", "one derivation")
        report("wrong passphrase: PBKDF2 journal, median", median_ms(
            _timed(lambda: wrong(legacy), runs)), "ms", "one derivation")

        for label, source in ((f"scheme-{old.version} journal (derive + move)", scheme1),
                              ("PBKDF2 journal (PBKDF2 + move)", legacy)):
            moves = []
            for i in range(max(1, runs // 2)):
                copy = work / f"move-{i}.carnet"
                shutil.copyfile(source, copy)
                started = time.perf_counter()
                store = JournalStore.open(copy, PASSPHRASE)
                moves.append(time.perf_counter() - started)
                assert store.key_scheme == f"argon2id-v{scheme.version}", store.key_scheme
                store.close()
                copy.unlink()
            report(f"first unlock of a {label}", median_ms(moves), "ms", "once per journal")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
