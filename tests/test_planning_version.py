"""The journal's planning version: what tells the reminders' schedule it must be read
again. It moves with an open action, a planned session or a group's archiving, written
here or by another connection (sync's); typing a note, an action's or a session's
title leaves it as it was (issue 19: the schedule read after every save of a
10,000-session journal was the longest stall while typing)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from carnet.domain import Action, ActionStatus, Group, Session, SessionStatus


def _journal(store):
    group = store.groups.add(Group(name="Codév", template_id="codev"))
    session = store.sessions.add(Session(group_id=group.id, number=1, date=date.today()))
    action = store.actions.add(Action(session_id=session.id, title="Déléguer"))
    return group, session, action


def test_it_moves_with_what_the_schedule_reads(store):
    group, session, action = _journal(store)
    changes = [
        lambda: store.actions.update(replace(action, due_date=date.today())),
        lambda: store.actions.update(replace(store.actions.get(action.id),
                                             status=ActionStatus.DONE)),
        lambda: store.actions.add(Action(session_id=session.id, title="Écouter")),
        lambda: store.actions.delete(action.id),
        lambda: store.sessions.update(replace(session, date=date.today() + timedelta(7))),
        lambda: store.sessions.update(replace(store.sessions.get(session.id),
                                              status=SessionStatus.HELD)),
        lambda: store.sessions.add(Session(group_id=group.id, number=2, date=date.today())),
        lambda: store.groups.update(replace(store.groups.get(group.id), archived=True)),
    ]
    for change in changes:
        before = store.planning_version()
        change()
        assert store.planning_version() != before


def test_it_stays_when_words_are_typed(store):
    _group, session, action = _journal(store)
    before = store.planning_version()
    assert before is not None
    store.notes.save(session.id, "expose", "Un mot")
    store.actions.update(replace(action, title="Déléguer davantage"))  # the same dates
    store.sessions.update(replace(session, title="Séance de décembre"))
    assert store.planning_version() == before
    # control: the same writes with a date moved are seen
    store.actions.update(replace(store.actions.get(action.id), due_date=date.today()))
    assert store.planning_version() != before


def test_another_connections_write_is_seen(store):
    """Sync writes on its own connection: its triggers are not this one's."""
    _group, _session, action = _journal(store)
    before = store.planning_version()
    sibling = store._open_sibling()
    try:
        sibling.actions.update(replace(action, status=ActionStatus.DROPPED))
    finally:
        sibling.close()
    assert store.planning_version() != before
