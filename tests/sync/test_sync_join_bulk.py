"""Joining loads the newest snapshot in bulk: the journal is the one the ordinary merge
builds from the same folder (issue 15, point 5: a join is fast, and still exact).

Two joins of the same folder — one as Carnet does it, one with the bulk load
turned off (the snapshot merged record by record, as before) — give the same
export, the same rows, the same sync state, and nothing left to send.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_helpers import PASSPHRASE, open_fast

from carnet.domain import Learning
from carnet.store import sync_bulk
from carnet.store.connection import keying_for_file
from carnet.store.sync_repo import SyncRepository
from carnet.sync import engine, join, sync_once
from carnet.sync import layout as sync_layout
from tests.test_sync_bulk import rich_history, sync_tables
from tests.test_sync_store import dump, export_doc


def _open(path: Path):
    return open_fast(path, keying_for_file(path, PASSPHRASE))


def test_a_join_in_bulk_builds_the_journal_the_record_by_record_join_builds(
        devices, tmp_path, monkeypatch):
    a, b = devices.open("a"), devices.open("b")
    try:
        rich_history(a, b)  # (frozen on each, applied directly; published below)
        for store in (a, b, a):
            assert sync_once(store).complete
        engine.write_snapshot(engine._context(a, None), engine.SyncReport())
        # bundles newer than the snapshot, from both devices, one of them concurrent
        for store, who in ((a, "A"), (b, "B")):
            s = next(x for x in store.sessions.list() if x.number == 2 and x.title)
            store.notes.save(s.id, "conseils", f"après l'instantané, {who}")
            store.learnings.add(Learning(session_id=s.id, text=f"tard {who}", tags=["t"]))
        for store in (a, b, a):
            assert sync_once(store).complete
        journal = sync_layout.journal_dir(devices.folder, a.sync.identity().journal_id)
        assert list(journal.glob("*/snapshot-*.csnap")), "no snapshot in the folder"
        expected = export_doc(a)
    finally:
        a.close()
        b.close()

    loads = []
    real = sync_bulk.load_empty

    def counted(*args, **kwargs):
        loads.append(real(*args, **kwargs))
        return loads[-1]

    monkeypatch.setattr("carnet.store.sync_repo.load_empty", counted)
    fast_report = join(devices.folder, PASSPHRASE, tmp_path / "fast.carnet")
    assert fast_report.complete, fast_report.problems
    assert len(loads) == 1 and loads[0].records > 50, "the snapshot was not loaded in bulk"

    monkeypatch.setattr(SyncRepository, "load_snapshot_into_empty", lambda *_a, **_k: None)
    slow_report = join(devices.folder, PASSPHRASE, tmp_path / "slow.carnet")
    assert slow_report.complete, slow_report.problems
    assert len(loads) == 1

    assert fast_report.received == slow_report.received
    assert fast_report.conflicts == slow_report.conflicts > 0
    fast, slow = _open(tmp_path / "fast.carnet"), _open(tmp_path / "slow.carnet")
    try:
        assert export_doc(fast) == export_doc(slow) == expected
        assert dump(fast) == dump(slow)
        tables = sync_tables(fast)
        assert tables == sync_tables(slow)
        assert tables["dirty"] == tables["out"] == tables["outbox"] == 0
        assert fast.sync.collect() is None and slow.sync.collect() is None
        # control: the same comparison sees one word of difference
        s = next(x for x in slow.sessions.list() if x.number == 2 and x.title)
        slow.notes.save(s.id, "conseils", "un mot de plus")
        assert export_doc(fast) != export_doc(slow)
    finally:
        fast.close()
        slow.close()


def test_a_join_collects_no_garbage_meanwhile_and_puts_the_collector_back(
        devices, tmp_path, monkeypatch):
    """The snapshot's objects are not walked by the collector during a join (gc_pause.py);
    afterwards the collector is as it was — on, off, and after a failed join."""
    import gc

    a = devices.open("a")
    try:
        assert sync_once(a).complete
        engine.write_snapshot(engine._context(a, None), engine.SyncReport())
    finally:
        a.close()
    seen = []
    real = sync_bulk.load_empty

    def watched(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr("carnet.store.sync_repo.load_empty", watched)
    assert gc.isenabled()
    seen.append(gc.isenabled())  # control: the watch sees the collector on outside a join
    assert join(devices.folder, PASSPHRASE, tmp_path / "one.carnet").complete
    assert seen == [True, False] and gc.isenabled()
    # a join that fails (the name is taken) puts it back too
    with pytest.raises(engine.SyncError):
        join(devices.folder, PASSPHRASE, tmp_path / "one.carnet")
    assert gc.isenabled()
    # off before, off after
    gc.disable()
    try:
        assert join(devices.folder, PASSPHRASE, tmp_path / "two.carnet").complete
        assert not gc.isenabled() and seen == [True, False, False]
    finally:
        gc.enable()
