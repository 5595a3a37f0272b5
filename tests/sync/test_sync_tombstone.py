"""A deleted record keeps no words in the journal (issue 15).

A person who deletes a note expects it gone. The deleted record's sync state (its
tombstone) keeps what the merge needs — uuid, parents, dots, stamps, version
vectors, the deletion — and none of the person's words; nor do the outbox or any
other table once the deletion is synced. (The bundles already written to the folder
cannot change: they are immutable, encrypted, and say so in docs/sync-format.md.)

And a record brought back by an edit made elsewhere, racing its deletion, still
stands with its words on every device.
"""

from __future__ import annotations

from datetime import date

from test_sync_marker import MARKER, variants, write_marker_everywhere

from carnet.domain import Action, ActionReview
from carnet.store.sync_states import unpack
from carnet.sync import sync_once


def _where(store, needles: list[bytes]) -> list[str]:
    """Every table (sqlite_master, search index and its shadow tables included) and
    column where one of ``needles`` is found."""
    conn = store.conn
    found = []
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    assert "sync_state" in tables and "search_index_data" in tables, tables
    for table in tables:
        cursor = conn.execute(f'SELECT * FROM "{table}"')
        names = [d[0] for d in cursor.description]
        for row in cursor:
            for name, value in zip(names, row, strict=True):
                if (table, name) == ("sync_state", "state"):
                    value = unpack(value)  # (stored compressed)
                if isinstance(value, str):
                    value = value.encode("utf-8", "surrogatepass")
                if isinstance(value, bytes | memoryview) and any(
                        n in bytes(value) for n in needles):
                    found.append(f"{table}.{name}")
    return sorted(set(found))


def test_what_was_deleted_is_in_no_table_once_synced(devices):
    needles = variants(MARKER)
    a, b = devices.open("a"), devices.open("b")
    try:
        write_marker_everywhere(a)
        for store in (a, b):
            assert sync_once(store).complete
        # control: before the deletion the marker is there, rows and sync states alike
        for store in (a, b):
            where = _where(store, needles)
            assert "sync_state.state" in where and "actions.title" in where, where
        # what is not a record (the journal's owner, this device's name) says other words
        a.set_owner_name("Camille")
        a.sync.device_label = "a"
        group = next(g for g in a.groups.list() if MARKER in g.name)
        for topic in a.topics.list():
            if MARKER in topic.title:
                a.topics.delete(topic.id)
        a.groups.delete(group.id)  # the rest goes with it (cascade)
        assert _where(a, needles), "the tombstones are made at the next sync"
        for store in (a, b, a):
            assert sync_once(store).complete
        assert a.sync.pending_changes() == 0
        assert _where(a, needles) == []
        assert _where(b, needles) == []
        # the tombstones are there (what the merge needs), without the words
        for store in (a, b):
            tombstones = store.conn.execute(
                "SELECT count(*) FROM sync_state WHERE alive = 0").fetchone()[0]
            assert tombstones == 13  # one of each kind of record
    finally:
        a.close()
        b.close()


def test_a_record_brought_back_by_an_edit_elsewhere_keeps_its_words_everywhere(devices):
    a, b, c = devices.open("a"), devices.open("b"), devices.open("c")
    try:
        session = next(s for s in a.sessions.list() if s.title == "séance commune")
        action = a.actions.add(Action(session_id=session.id, title="Appeler Anne",
                                      details="avant vendredi", tags=["suivi"]))
        for store in (a, b, c):
            assert sync_once(store).complete
        # A changes the details, then deletes the action; B, not knowing, follows it up
        action.details = "avant jeudi, finalement"
        a.actions.update(action)
        assert sync_once(a).complete
        a.actions.delete(action.id)
        on_b = next(x for x in b.actions.list() if x.title == "Appeler Anne")
        b.reviews.add(ActionReview(action_id=on_b.id, date=date(2026, 1, 20),
                                   note="Anne rappelée"))
        for store in (a, b, a, c, b, a, c):
            report = sync_once(store)
            assert report.complete, report.problems
        seen = []
        for store in (a, b, c):
            found = [x for x in store.actions.list() if x.title == "Appeler Anne"]
            assert len(found) == 1, "the follow-up kept its action"
            reviews = store.reviews.list_by_action(found[0].id)
            seen.append((found[0].title, found[0].details, found[0].tags,
                         [r.note for r in reviews]))
            assert store.sync.pending_changes() == 0
        assert seen[0] == seen[1] == seen[2]
        assert seen[0][0] == "Appeler Anne" and seen[0][2] == ["suivi"]
        assert seen[0][1] in ("avant vendredi", "avant jeudi, finalement")
        assert seen[0][3] == ["Anne rappelée"]
    finally:
        for store in (a, b, c):
            store.close()
