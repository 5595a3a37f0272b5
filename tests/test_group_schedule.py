"""The calendar a group's plan gives (carnet.domain.schedule), and saving a group in one go
(carnet.services.groups) — the rules behind the group editor, without Qt."""

from __future__ import annotations

from datetime import date

import pytest

from carnet.domain import (
    Cadence,
    CadenceUnit,
    Group,
    Member,
    Role,
    Session,
    SessionStatus,
    planned_dates,
)
from carnet.domain.schedule import reschedule
from carnet.services.groups import save_group


def _group(**changes) -> Group:
    values = dict(name="Codev", template_id="codev", cadence=Cadence(1, CadenceUnit.MONTH),
                  planned_sessions=3, start_date=date(2026, 1, 15), id=7)
    values.update(changes)
    return Group(**values)


def _session(number: int, day: date, status=SessionStatus.PLANNED) -> Session:
    return Session(group_id=7, number=number, date=day, status=status, id=number)


def test_a_new_group_gets_its_planned_sessions():
    moved, added = reschedule(_group(), None, [], Role.CLIENT)
    assert moved == []
    assert [(s.number, s.date, s.role) for s in added] == [
        (1, date(2026, 1, 15), Role.CLIENT), (2, date(2026, 2, 15), Role.CLIENT),
        (3, date(2026, 3, 15), Role.CLIENT)]


def test_a_new_start_moves_only_planned_sessions():
    previous = _group()
    existing = [_session(1, date(2026, 1, 15), SessionStatus.HELD),
                _session(2, date(2026, 2, 15)), _session(3, date(2026, 3, 15))]
    moved, added = reschedule(_group(start_date=date(2026, 1, 20)), previous, existing,
                              Role.CONSULTANT)
    assert [(s.number, s.date) for s in moved] == [(2, date(2026, 2, 20)), (3, date(2026, 3, 20))]
    assert added == []
    assert existing[1].date == date(2026, 2, 15)  # the caller's sessions are not changed


def test_sessions_added_to_a_running_cycle_follow_the_last_one():
    previous = _group()
    existing = [_session(1, date(2026, 1, 15), SessionStatus.HELD),
                _session(2, date(2026, 2, 27), SessionStatus.HELD),
                _session(3, date(2026, 3, 27))]
    moved, added = reschedule(_group(planned_sessions=5), previous, existing, Role.CLIENT)
    assert moved == []
    assert [(s.number, s.date) for s in added] == [(4, date(2026, 4, 27)), (5, date(2026, 5, 27))]


def test_saving_a_group_writes_everything_or_nothing(store, monkeypatch):
    group = save_group(store, _group(id=None), None, Role.CLIENT,
                       [Member(group_id=0, pseudonym="T.L.")],
                       [(None, "Déléguer"), (None, "Écouter")])
    assert [s.number for s in store.sessions.list_by_group(group.id)] == [1, 2, 3]
    assert [o.title for o in store.objectives.list_by_group(group.id)] == ["Déléguer", "Écouter"]
    assert [m.pseudonym for m in store.members.list_by_group(group.id)] == ["T.L."]
    first = store.objectives.list_by_group(group.id)[0]
    previous = store.groups.get(group.id)
    more = _group(id=group.id, planned_sessions=4, name="Codev 2")

    def disk_full(*_args):  # a failure after the group and its new session were written
        raise OSError("disk full")

    monkeypatch.setattr(store.members, "replace_for_group", disk_full)
    with pytest.raises(OSError):
        save_group(store, more, previous, Role.CLIENT, [Member(group_id=0, pseudonym="T.L.")],
                   [(first.id, "Déléguer")])
    assert store.groups.get(group.id).name == "Codev"
    assert [s.number for s in store.sessions.list_by_group(group.id)] == [1, 2, 3]  # rolled back
    assert [o.title for o in store.objectives.list_by_group(group.id)] == ["Déléguer", "Écouter"]


def _monthly(held: int, count: int = 10) -> list[Session]:
    """A ten-month plan from 10 June 2026, its first ``held`` sessions held."""
    days = planned_dates(date(2026, 6, 10), Cadence(1, CadenceUnit.MONTH), count)
    return [_session(n, day, SessionStatus.HELD if n <= held else SessionStatus.PLANNED)
            for n, day in enumerate(days, start=1)]


def test_new_session_opens_the_groups_planned_meeting_at_month_4():
    """An earlier review: at month 4 of a monthly plan, « Nouvelle séance » added
    « Séance 11 », a cadence after the plan's last (10 April 2027), while meeting 4 was
    there to be written in. The rule (guide, « Nouvelle séance »): the planned meeting
    nearest to today is opened; a session is added, dated today, only when none is."""
    from carnet.domain.schedule import next_session, session_to_open

    group = _group(planned_sessions=10)
    sessions = _monthly(held=3)  # 10 June, 10 July, 10 August held
    coming = session_to_open(group, sessions, date(2026, 9, 2))
    assert (coming.number, coming.date) == (4, date(2026, 9, 10))
    # the day after meeting 4, not yet marked held: that one, not October's
    just_held = session_to_open(group, sessions, date(2026, 9, 11))
    assert just_held.number == 4
    # nearer to the coming one than to the one past: the coming one
    assert session_to_open(group, sessions, date(2026, 10, 5)).number == 5
    # a past one left planned for more than a cadence is not proposed (Home asks about it)
    assert session_to_open(group, _monthly(held=0, count=2), date(2026, 8, 20)) is None
    # every meeting held: a session is added, dated today, numbered after the highest
    done = _monthly(held=10)
    assert session_to_open(group, done, date(2027, 4, 2)) is None
    added = next_session(group, done, Role.CONSULTANT, date(2027, 4, 2))
    assert (added.number, added.date, added.status, added.role) == (
        11, date(2027, 4, 2), SessionStatus.PLANNED, Role.CONSULTANT)
    # a group without sessions: its start when still to come, else today
    first = next_session(group, [], Role.CLIENT, date(2026, 1, 1))
    assert (first.number, first.date) == (1, date(2026, 1, 15))
    assert next_session(group, [], Role.CLIENT, date(2026, 6, 1)).date == date(2026, 6, 1)


# -- a removed session stays removed (review 3, tests/review3/test_removed_session_comes_back.py)


def test_saving_a_group_never_fills_the_number_of_a_removed_session():
    previous = _group(planned_sessions=6)
    days = [date(2026, m, 15) for m in range(1, 7)]
    existing = [_session(n, days[n - 1]) for n in (1, 2, 3, 4, 6)]  # 5 was removed
    moved, added = reschedule(_group(planned_sessions=6, place="salle B"), previous, existing,
                              Role.CLIENT)
    assert (moved, added) == ([], [])
    # control: raising « Séances prévues » on purpose adds after the last one, not the gap
    moved, added = reschedule(_group(planned_sessions=8), previous, existing, Role.CLIENT)
    assert [(s.number, s.date) for s in added] == [(7, date(2026, 7, 15)),
                                                   (8, date(2026, 8, 15))]


def test_a_plan_raised_again_after_its_last_session_was_removed_adds_it_anew():
    from carnet.domain.schedule import plan_after_removal

    days = [date(2026, m, 15) for m in range(1, 7)]
    sessions = [_session(n, days[n - 1]) for n in range(1, 7)]
    group = _group(planned_sessions=6)
    assert plan_after_removal(group, sessions[5], sessions) == 5  # the last: 6 → 5
    assert plan_after_removal(group, sessions[4], sessions) == 6  # within: the gap stays
    beyond = [*sessions, _session(7, date(2026, 7, 15))]
    assert plan_after_removal(group, beyond[6], beyond) == 6  # a 7 of 6 made by mistake
    assert plan_after_removal(group, beyond[5], beyond) == 6  # 7 still beyond the plan
    gap = [s for s in sessions if s.number != 5]
    assert plan_after_removal(group, gap[-1], gap) == 4  # 5 removed before, then 6
    alone = _group(planned_sessions=1)
    assert plan_after_removal(alone, sessions[0], sessions[:1]) == 1  # never below 1

    previous = _group(planned_sessions=5)
    _moved, added = reschedule(_group(planned_sessions=5), previous, sessions[:5], Role.CLIENT)
    assert added == []  # control: saved as it is, nothing comes back
    _moved, added = reschedule(_group(planned_sessions=6), previous, sessions[:5], Role.CLIENT)
    assert [(s.number, s.date) for s in added] == [(6, date(2026, 6, 15))]


def test_removing_the_last_session_lowers_the_plan_in_the_same_save(store):
    from carnet.services.groups import remove_empty_session

    group = save_group(store, _group(id=None, planned_sessions=4), None, Role.CLIENT, [], [])
    sessions = store.sessions.list_by_group(group.id)
    assert remove_empty_session(store, sessions[1].id)  # 2 of 4: the plan stays
    assert store.groups.get(group.id).planned_sessions == 4
    assert remove_empty_session(store, sessions[3].id)  # 4 of 4: the plan ends at 3
    assert store.groups.get(group.id).planned_sessions == 3
    previous = store.groups.get(group.id)
    save_group(store, _group(id=group.id, planned_sessions=3, place="salle B"), previous,
               Role.CLIENT, [], [])
    assert [s.number for s in store.sessions.list_by_group(group.id)] == [1, 3]


def test_a_new_rhythm_moves_the_actions_due_at_the_moved_sessions(store):
    """A2's other path: a group's new start date or rhythm moved its planned sessions and
    left the actions due at them on the old days (« en retard » before the meetings, as
    fresh6 found for one meeting moved on its page). They follow now, each once: the
    plan shifted by a whole month puts session 2 on session 3's former day, and session
    3's actions still go to session 3's new date, session 2's to session 2's."""
    from carnet.domain import Action, ActionStatus

    group = save_group(store, _group(id=None), None, Role.CLIENT, [], [])
    s1, s2, s3 = store.sessions.list_by_group(group.id)
    s1.status = SessionStatus.HELD
    store.sessions.update(s1)
    at_2 = store.actions.add(Action(session_id=s1.id, title="Pour la 2", due_date=s2.date))
    at_3 = store.actions.add(Action(session_id=s1.id, title="Pour la 3", due_date=s3.date))
    own = store.actions.add(Action(session_id=s1.id, title="À une autre date",
                                   due_date=date(2026, 2, 20)))
    done = store.actions.add(Action(session_id=s1.id, title="Faite", due_date=s2.date,
                                    status=ActionStatus.DONE))
    previous = store.groups.get(group.id)
    moved: list = []
    save_group(store, _group(id=group.id, start_date=date(2025, 12, 15)), previous,
               Role.CLIENT, [], [], moved)
    # the plan from 15 December: session 2 on 15 January... but only planned ones move
    new2, new3 = (store.sessions.get(s.id).date for s in (s2, s3))
    assert (new2, new3) == (date(2026, 1, 15), date(2026, 2, 15))  # control
    assert store.actions.get(at_2.id).due_date == new2
    assert store.actions.get(at_3.id).due_date == new3  # once: not on to session 2's
    assert store.actions.get(own.id).due_date == date(2026, 2, 20)
    assert store.actions.get(done.id).due_date == date(2026, 2, 15)
    assert sorted(a.id for a, _old in moved) == sorted([at_2.id, at_3.id])
