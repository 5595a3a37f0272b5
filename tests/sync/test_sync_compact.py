"""The first sync does not grow the journal by a copy of itself (issue 15).

Every record is frozen into bundles before it is published; the outbox held all of
them at once (the whole journal as JSON, a second time), and their pages stayed in
the file, free, once published: 29.7 MB → 183 MB on the 2,000-session journal.
Each bundle is now published as soon as it is frozen, before the next is made; and
the sync states (each field repeating the device ids of its dots) are stored
compressed.
"""

from __future__ import annotations

from datetime import date

from carnet.domain import Learning, Session
from carnet.store import sync_repo
from carnet.store.sync_states import unpack
from carnet.sync import sync_once


def test_the_first_sync_never_holds_more_than_one_bundle_and_leaves_few_free_pages(
        devices, monkeypatch):
    monkeypatch.setattr(sync_repo, "BUNDLE_RECORDS", 20)
    a = devices.open("a")
    try:
        group = a.groups.list()[0]
        for n in range(2, 32):
            session = a.sessions.add(Session(group_id=group.id, number=n,
                                             date=date(2026, 2, n % 28 + 1), title=f"séance {n}"))
            a.notes.save(session.id, "expose", f"Note {n} " + "des mots écrits. " * 120)
            for i in range(4):
                a.learnings.add(Learning(session_id=session.id, text=f"Appris {n}.{i} " * 20))
        held, sizes = [], []
        real = a.sync.mark_published

        def publish(seq, digest=None):
            held.append(a.conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0])
            sizes.append(a.conn.execute(
                "SELECT length(payload) FROM sync_outbox WHERE seq = ?", (seq,)).fetchone()[0])
            return real(seq, digest)

        monkeypatch.setattr(a.sync, "mark_published", publish)
        free_before = a.conn.execute("PRAGMA freelist_count").fetchone()[0]
        report = sync_once(a)
        assert report.complete and report.sent == len(held) >= 8, (report.sent, held)
        page = int(a.conn.execute("PRAGMA page_size").fetchone()[0])
        free = a.conn.execute("PRAGMA freelist_count").fetchone()[0] - free_before
        print(f"{len(held)} bundles, {sum(sizes) / 1e3:.0f} kB of payloads; outbox held at most "
              f"{max(held)}; free pages after: {free * page / 1e3:.0f} kB")
        assert max(held) == 1  # one bundle at a time
        assert free * page < sum(sizes) / 3  # the payloads' pages were reused, not left free
        assert a.sync.pending_changes() == 0 and not a.sync.unpublished_seqs()
        # the states are stored compressed (each repeats the device ids of its dots)
        stored = [v for (v,) in a.conn.execute("SELECT state FROM sync_state")]
        assert sum(len(v) for v in stored) * 2.5 < sum(len(unpack(v).encode()) for v in stored)
    finally:
        a.close()
