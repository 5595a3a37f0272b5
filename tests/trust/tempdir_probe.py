"""Child of test_cipher_settings: big sorts and temporary tables on an open
journal while inotify watches the temporary folder.

Run with TMPDIR and SQLITE_TMPDIR pointing at the watched folder: SQLite reads
them once, when the library initialises, so they must be set before the
process starts (setting them inside a running test would prove nothing).
Prints one JSON object: the files created in the folder by the store's
queries, then by the same queries with ``temp_store = FILE`` forced (the
control: it shows the watch would see SQLite's temporary files).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from trust_helpers import DirWatch

from carnet.store import JournalStore

QUERIES = (
    # no index on text: SQLite must sort ~3 MB in a sorter
    "SELECT text FROM step_notes ORDER BY substr(text, 40) DESC, updated_at",
    "SELECT DISTINCT text FROM step_notes",
    "CREATE TEMP TABLE scratch AS SELECT * FROM step_notes",
    "SELECT count(*) FROM scratch",
    "CREATE INDEX temp.scratch_text ON scratch(text)",
    "DROP TABLE temp.scratch",
)


def run_queries(store: JournalStore) -> None:
    with store.db.lock:
        for sql in QUERIES:
            store.conn.execute(sql).fetchall()


def main() -> int:
    journal, folder = Path(sys.argv[1]), Path(sys.argv[2])
    passphrase = sys.stdin.readline().rstrip("\n")
    assert os.environ["SQLITE_TMPDIR"] == str(folder)
    with DirWatch(folder) as watch:
        store = JournalStore.open(journal, passphrase)
        # A small page cache makes sorts and temp tables spill early: the
        # store must keep them in memory all the same.
        store.conn.execute("PRAGMA cache_size = -256")
        run_queries(store)
        settings = store.cipher_settings()
        with_store = watch.created()
        # control: the same work with the pitfall re-opened
        store.conn.execute("PRAGMA temp_store = FILE")
        run_queries(store)
        with_file = sorted(set(watch.created()) - set(with_store))
        store.close()
    print(json.dumps({"store": with_store, "control": with_file, "settings": settings}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
