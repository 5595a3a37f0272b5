"""The search finds a session's title and a group's own words (fresh8's G7; its two
tests adopted). « Le cas de J.B. : une équipe qui décroche » names a session's case,
and Ctrl+F « décroche » said « Aucun résultat »; nor were a group's name, place,
facilitator, ground rules or notes found. Schema v6 indexes them (kinds « session »
and « group »), and fills the index of an existing journal at open."""

from __future__ import annotations

import dataclasses
import subprocess
from datetime import date
from pathlib import Path

import pytest
from test_booklet_helpers import small_journal
from test_search_versions import _KILLED_CHILD, PASS

from carnet.domain import Group, Session, SessionStatus
from carnet.store import JournalStore, schema
from carnet.store.search import SearchFilters
from carnet.store.sqlutil import split_script


def test_a_session_title_is_found(store):
    session = small_journal(store, notes={"expose": "Une note sans le mot cherché."})
    session.title = "Le cas de J.B. : une équipe qui décroche"
    store.sessions.update(session)
    assert store.search("note")  # control: the search works
    (hit,) = store.search("décroche")
    assert (hit.kind, hit.session_id, hit.session_number) == ("session", session.id,
                                                                session.number)
    session.title = "Une équipe qui revient"
    store.sessions.update(session)
    assert not store.search("décroche") and store.search("revient")
    session.date = date(2026, 2, 2)  # (moved: indexed as it was)
    store.sessions.update(session)
    assert len(store.search("revient")) == 1
    store.sessions.delete(session.id)
    assert not store.search("revient")


def test_the_ground_rules_are_found(store):
    session = small_journal(store)
    group = store.groups.get(session.group_id)
    group.ground_rules = "- Pas de portable pendant la séance"
    group.place = "Lyon, salle Rhône"
    store.groups.update(group)
    for word in ("portable", "Rhône", group.name.split()[0]):
        hits = store.search(word)
        assert [(h.kind, h.group_id) for h in hits] == [("group", group.id)], word
    assert store.search("portable", SearchFilters(group_ids=(group.id,)))
    assert not store.search("portable", SearchFilters(group_ids=(group.id + 1,)))
    assert not store.search("portable", SearchFilters(kinds=("note",)))


def _make_v5_journal(path: Path, monkeypatch) -> tuple[int, int]:
    from carnet.store import connection

    with monkeypatch.context() as m:
        m.setattr(connection, "MIGRATIONS", schema.MIGRATIONS[:5])
        m.setattr(connection, "SCHEMA_VERSION", 5)
        store = JournalStore.create(path, PASS)
        group = store.groups.add(Group(name="Codév de Lyon", template_id="codev",
                                       ground_rules="Pas de portable",
                                       start_date=date(2026, 1, 5)))
        session = store.sessions.add(Session(group_id=group.id, number=1,
                                             date=date(2026, 1, 5), status=SessionStatus.HELD,
                                             title="Une équipe qui décroche"))
        assert not store.search("décroche") and not store.search("portable")  # control
        store.close()
    return group.id, session.id


def test_an_existing_journal_finds_its_titles_and_groups_once_opened(tmp_path, monkeypatch):
    path = tmp_path / "v5.carnet"
    group_id, session_id = _make_v5_journal(path, monkeypatch)
    store = JournalStore.open(path, PASS)
    try:
        assert [h.session_id for h in store.search("décroche")] == [session_id]
        assert [h.group_id for h in store.search("portable")] == [group_id]
        group = store.groups.get(group_id)
        store.groups.update(dataclasses.replace(group, place="Villeurbanne"))
        assert store.search("Villeurbanne") and store.search("portable")
        assert store.integrity_problems() == []
    finally:
        store.close()


def test_a_kill_inside_v6_leaves_a_journal_that_opens(tmp_path, monkeypatch):
    import fast_kdf

    path = tmp_path / "v5.carnet"
    _group_id, session_id = _make_v5_journal(path, monkeypatch)
    statements = len(split_script(schema._V6))
    child = subprocess.Popen(
        [*fast_kdf.python(), "-c", _KILLED_CHILD, str(path), str(statements // 2),
         "CREATE TRIGGER sessions_ai"],
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
        assert [h.session_id for h in store.search("décroche")] == [session_id]
    finally:
        store.close()


@pytest.mark.parametrize("word", ["Salle"])
def test_a_group_hit_opens_the_group_page(qtbot, unlocked, word):
    window = unlocked()
    view = window.show_view("search")
    hits = window.store.search(word)
    assert [h.kind for h in hits] == ["group"]  # the seeded group's place « Salle … »
    view.open_hit(hits[0])
    workspace = window.workspace
    assert workspace.stack.currentWidget() is workspace.group_editor
    assert workspace.group_editor.group_id == window.ids["group"]
