"""Store benchmark (issue 2): open time with the KDF, full-text query, file size.

Usage: .venv/bin/python bench/bench_store.py [--sessions 2000]
"""

from __future__ import annotations

import argparse
import time

from _common import PASSPHRASE, demo_journal, median_ms, report

QUERIES = ["délégation", "confiance", "equipe", "conflit", "charge de travail", "délég"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=2000)
    args = parser.parse_args()

    from carnet.store import JournalStore

    path = demo_journal(args.sessions)
    opens = []
    for _ in range(5):
        started = time.perf_counter()
        store = JournalStore.open(path, PASSPHRASE)
        opens.append(time.perf_counter() - started)
        store.close()

    store = JournalStore.open(path, PASSPHRASE)
    timings, hits = [], 0
    for i in range(20):
        query = QUERIES[i % len(QUERIES)]
        started = time.perf_counter()
        hits += len(store.search(query, limit=50))
        timings.append(time.perf_counter() - started)
    sessions = store.sessions.count()
    store.close()

    print(f"journal: {sessions} sessions, {path.stat().st_size / 1e6:.1f} MB on disk")
    report("open (KDF + checks + migrations), median of 5", median_ms(opens), "ms", "≤ 500 ms")
    report("full-text query, median of 20", median_ms(timings), "ms", "≤ 20 ms")
    report("full-text query, worst of 20", max(timings) * 1000, "ms", "-")
    report("file size", path.stat().st_size / 1e6, "MB", "-")
    print(f"(hits returned: {hits})")


if __name__ == "__main__":
    main()
