"""Lowering « Séances prévues » removes the blank planned sessions above the new count,
keeps those holding something, and says both on the group page (fresh8's G19; its
service test adopted). Lowered 6 → 2, the four planned meetings stayed — the sidebar
read « 1/2, 2/2, 3, 4, 5, 6 », Home, Préparer, the reminders and the calendar file went
on announcing them — and nothing said so."""

from __future__ import annotations

import dataclasses
from datetime import date

from carnet.domain import Cadence, CadenceUnit, Group, Role, SessionStatus
from carnet.services.groups import cycle_span, save_group


def _group(store) -> Group:
    group = Group(name="Codev", template_id="codev", planned_sessions=6,
                  start_date=date(2026, 11, 16), cadence=Cadence(2, CadenceUnit.WEEK))
    save_group(store, group, None, Role.CONSULTANT, [], [])
    sessions = store.sessions.list_by_group(group.id)
    assert len(sessions) == 6  # control
    for s in sessions[:2]:
        s.status = SessionStatus.HELD
        store.sessions.update(s)
    return group


def test_lowering_the_count_removes_the_empty_planned_sessions_above_it(store):
    group = _group(store)
    previous = store.groups.get(group.id)
    fewer = dataclasses.replace(previous, planned_sessions=2)
    assert cycle_span(store, fewer, previous)[1] == date(2026, 11, 30)  # the page's « au … »
    removed: list = []
    save_group(store, fewer, previous, Role.CONSULTANT, [], [], removed_sessions=removed)
    left = [(s.number, s.status.value) for s in store.sessions.list_by_group(group.id)]
    assert left == [(1, "held"), (2, "held")], left
    blank, kept = removed
    assert [s.number for s in blank] == [3, 4, 5, 6] and kept == []


def test_a_planned_session_holding_something_stays(store):
    group = _group(store)
    sessions = store.sessions.list_by_group(group.id)
    store.notes.save(sessions[3].id, "expose", "Préparé d’avance")  # session 4
    titled = dataclasses.replace(sessions[4], title="Le cas de J.B.")  # session 5
    store.sessions.update(titled)
    previous = store.groups.get(group.id)
    removed: list = []
    save_group(store, dataclasses.replace(previous, planned_sessions=2), previous,
               Role.CONSULTANT, [], [], removed_sessions=removed)
    assert [s.number for s in store.sessions.list_by_group(group.id)] == [1, 2, 4, 5]
    assert [[s.number for s in part] for part in removed] == [[3, 6], [4, 5]]
    # raising it again, or saving for another reason, removes nothing
    again = store.groups.get(group.id)
    save_group(store, dataclasses.replace(again, place="Lyon"), again, Role.CONSULTANT, [], [])
    assert len(store.sessions.list_by_group(group.id)) == 4


def test_the_group_page_says_what_was_removed(qtbot, unlocked):
    window = unlocked()
    group_id = window.ids["group"]
    window.workspace.show_group(group_id)
    editor = window.workspace.group_editor
    planned = [s for s in window.store.sessions.list_by_group(group_id)
               if s.status is SessionStatus.PLANNED]
    count = editor.count_spin.value()
    assert count == 6 and len(planned) >= 2  # control: the seed's plan
    editor.count_spin.setValue(count - 2)
    assert editor.save() == group_id
    assert len(window.store.sessions.list_by_group(group_id)) == count - 2
    assert not editor.removed_note.isHidden()
    said = editor.removed_note.label.text()
    assert "beyond session 4" in said and "removed" in said, said
