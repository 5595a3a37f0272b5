"""Issue 15, point 3: SIGKILLs at random moments of syncs (writing a bundle, applying
bundles, writing a snapshot); afterwards each journal opens, passes the integrity
checks, and the next sync completes without duplicates or losses.

The victim is tests/sync/crash_child.py: one process forks a worker per kill, so a
hundred kills cost a hundred journal opens, not a hundred interpreter starts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sync_helpers import PASSPHRASE

from carnet.store import JournalStore
from carnet.sync import layout as sync_layout
from carnet.sync import reader, sync_once

CHILD = Path(__file__).with_name("crash_child.py")
KILLS = 110


def learnings(store) -> list[str]:
    out = []
    for group in store.groups.list():
        for session in store.sessions.list_by_group(group.id):
            out += [item.text for item in store.learnings.list_by_session(session.id)]
    return out


def settle(stores, rounds=3):
    reports = []
    for _ in range(rounds):
        reports = [sync_once(s) for s in stores]
    return reports


@pytest.mark.slow
def test_sigkill_at_random_moments_of_syncs(devices):
    paths = [devices.journal("a"), devices.journal("b")]
    env = {**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH", os.getcwd())}
    run = subprocess.run(
        [sys.executable, str(CHILD), str(paths[0]), str(paths[1]), str(KILLS), "15"],
        input="".join((k.key + k.salt).hex() + "\n" for k in (devices.keys["a"], devices.keys["b"])), capture_output=True, text=True, env=env,
        timeout=240, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    outcome = json.loads(run.stdout.strip().splitlines()[-1])
    print("kills by phase:", outcome["phases"])
    assert outcome["kills"] >= 100
    # the kills landed in the moments that matter
    for phase in ("bundle", "apply", "snapshot"):
        assert outcome["phases"].get(phase, 0) >= 10, outcome["phases"]

    stores = [JournalStore.open(p, PASSPHRASE) for p in paths]
    try:
        for store in stores:
            assert store.integrity_problems() == []
        reports = settle(stores)
        for report in reports:
            assert report.complete, report.problems
        texts = [learnings(s) for s in stores]
        assert sorted(texts[0]) == sorted(texts[1])
        counts = Counter(texts[0])
        assert counts and max(counts.values()) == 1, [t for t, n in counts.items() if n > 1]
        made = {t for t in texts[0] if t.startswith("crash ")}
        assert len(made) >= KILLS // 2  # control: the workers did write between the kills
        # the folder: every file complete and readable, no stray temporaries left visible
        store = stores[0]
        ident = store.sync.identity()
        journal = sync_layout.journal_dir(devices.folder, ident.journal_id)
        from carnet.sync import crypto
        scan = reader.scan(journal, ident.journal_id, crypto.key_id(bytes(store.sync.sync_key)))
        assert scan.rejected == []
        ids = Counter((f.device, f.kind, f.seq) for f in scan.found)
        assert max(ids.values()) == 1
    finally:
        for store in stores:
            store.close()
