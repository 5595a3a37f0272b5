"""The search and a text a sync kept in two versions (fresh7's F23).

Such a text holds, between its versions, the stored line « **Version de l'autre
appareil** (other device's version) · 2026-12-07T14:56Z » (domain/sync.join_versions).
The index took it as words: « appareil », « device », « version » or a digit of the
stamp found every such text, and the snippet showed the line raw (in English, in a
French window). Schema v5 indexes each long text without those lines, and indexes
again the rows an older journal holds.
"""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from carnet.domain import Action, ActionReview, Group, Learning, Session, SessionStatus, Topic
from carnet.domain.sync import (
    OTHER_VERSION_HEADING,
    OTHER_VERSION_SEPARATOR,
    OtherVersion,
    join_versions,
)
from carnet.store import JournalStore, schema
from carnet.store.search import HIGHLIGHT_END, HIGHLIGHT_START
from carnet.store.sqlutil import split_script

PASS = "deux versions"
AT = datetime(2026, 12, 7, 14, 56, tzinfo=UTC)


def two(main: str, other: str) -> str:
    return join_versions(main, [OtherVersion(AT, other)])


def fill(store: JournalStore) -> None:
    """Each kind of indexed long text, kept in two versions (and one plain note)."""
    group = store.groups.add(Group(name="Codév", template_id="codev",
                                   start_date=date(2026, 1, 5)))
    first, second = (store.sessions.add(Session(group_id=group.id, number=n,
                                                date=date(2026, n, 5),
                                                status=SessionStatus.HELD)) for n in (1, 2))
    store.notes.save(first.id, "expose", two("Écrit à la maison.", "Écrit au travail."))
    store.notes.save(second.id, "expose", "Une note écrite une fois.")
    store.learnings.add(Learning(session_id=first.id,
                                 text=two("Déléguer à la maison", "Déléguer au travail")))
    action = store.actions.add(Action(session_id=first.id, title="Parler à C.",
                                      outcome=two("Résultat maison", "Résultat travail")))
    store.reviews.add(ActionReview(action_id=action.id, date=date(2026, 1, 20),
                                   note=two("Suivi maison", "Suivi travail")))
    store.topics.add(Topic(title="Mon cas", draft=two("Brouillon maison", "Brouillon travail"),
                           group_id=group.id))


def found(store: JournalStore, query: str) -> list[str]:
    return [hit.snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
            for hit in store.search(query)]


def assert_indexed_without_headings(store: JournalStore) -> None:
    assert len(found(store, "maison")) == 5  # the note, learning, outcome, review, draft
    assert len(found(store, "travail")) == 5  # (the other versions stay found)
    shown = " | ".join(found(store, "maison") + found(store, "travail"))
    assert "other device" not in shown and "appareil" not in shown, shown
    assert "2026-12-07" not in shown and "**" not in shown, shown
    for query in ("device", "appareil", "version", "2026", "56Z", "07T14"):
        assert found(store, query) == [], query


def test_the_search_neither_finds_nor_shows_a_version_heading(tmp_path):
    store = JournalStore.create(tmp_path / "j.carnet", PASS)
    try:
        fill(store)
        assert_indexed_without_headings(store)
        # written again (an edit that keeps both versions) and by hand: still not indexed
        session = store.sessions.list()[0].id
        store.notes.save(session, "expose", two("Réécrit à la maison.", "Écrit au travail."))
        assert found(store, "réécrit") and not found(store, "device")
        # a heading typed with no date: its words go, the person's stay
        store.notes.save(session, "expose", "avant\n" + OTHER_VERSION_SEPARATOR.lstrip("\n")
                         + OTHER_VERSION_HEADING + " · plus tard")
        assert found(store, "plus tard") and not found(store, "device")
    finally:
        store.close()


def test_the_migration_knows_the_heading_as_the_domain_writes_it():
    stored = two("a", "b")
    assert schema._V5_HEADING in stored
    assert stored.index(schema._V5_HEADING) == len("a\n\n")


def _make_v4_journal(path: Path, monkeypatch) -> None:
    """A journal as main's code wrote it before v5 (the v1–v4 migrations only)."""
    from carnet.store import connection

    with monkeypatch.context() as m:
        m.setattr(connection, "MIGRATIONS", schema.MIGRATIONS[:4])
        m.setattr(connection, "SCHEMA_VERSION", 4)
        store = JournalStore.create(path, PASS)
        fill(store)
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == 4
        # control: indexed as before, the heading found and shown
        assert len(found(store, "device")) == 5
        assert "other device" in " ".join(found(store, "maison"))
        store.close()


def _dirty(store: JournalStore) -> list:
    return store.conn.execute("SELECT uuid, at FROM sync_dirty ORDER BY uuid").fetchall()


def test_an_existing_journal_is_indexed_again_at_open(tmp_path, monkeypatch):
    path = tmp_path / "v4.carnet"
    _make_v4_journal(path, monkeypatch)
    from carnet.store import connection

    raw = connection.open_connection(path, PASS, check=False, migrate=False)
    dirty = raw.execute("SELECT uuid, at FROM sync_dirty ORDER BY uuid").fetchall()
    raw.close()
    store = JournalStore.open(path, PASS)
    try:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert_indexed_without_headings(store)
        assert found(store, "écrite une fois")  # a plain note stays indexed
        assert _dirty(store) == dirty  # nothing was written again: nothing to send
        assert store.integrity_problems() == []
    finally:
        store.close()


_KILLED_CHILD = """
import sys, time
from carnet.store import connection, JournalStore

pause_after = int(sys.argv[2])
script = connection.split_script


def split(text):
    statements = script(text)
    if not text.strip().startswith(sys.argv[3]):  # (not the migration to stop in)
        return statements

    def paused():
        for index, statement in enumerate(statements):
            yield statement  # (run before the next one is asked for)
            if index + 1 == pause_after:
                print("inside", flush=True)
                time.sleep(60)
    return paused()


connection.split_script = split
passphrase = sys.stdin.readline().rstrip("\\n")
JournalStore.open(sys.argv[1], passphrase).close()
"""


@pytest.mark.parametrize("where", ["mid", "last"])
def test_a_kill_inside_the_migration_leaves_a_journal_that_opens(tmp_path, monkeypatch, where):
    """kill -9 between two statements of v5 (the triggers of half the tables made again)
    or after its last one, before the commit: a hot rollback journal is left; the next
    open rolls it back and migrates."""
    import fast_kdf

    path = tmp_path / "v4.carnet"
    _make_v4_journal(path, monkeypatch)
    statements = len(split_script(schema._V5))
    child = subprocess.Popen(
        [*fast_kdf.python(), "-c", _KILLED_CHILD, str(path),
         str(statements // 2 if where == "mid" else statements), "DROP TRIGGER step_notes_ai"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        child.stdin.write(PASS + "\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "inside"
    finally:
        child.kill()
        child.wait(timeout=60)
    assert Path(f"{path}-journal").exists()  # killed inside the transaction
    store = JournalStore.open(path, PASS)
    try:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert store.integrity_problems() == []
        assert_indexed_without_headings(store)
    finally:
        store.close()
