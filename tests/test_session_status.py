"""The rules of a session's status (domain) and their use over a real journal (service)."""

from __future__ import annotations

from datetime import date, timedelta

from carnet.domain import Action, Group, Learning, Session, SessionStatus
from carnet.domain.status import awaits_answer, first_upcoming, held_by_writing, is_upcoming
from carnet.services.planning import prepare
from carnet.services.session_status import left_out, mark, next_session, unanswered, written_in

DAY = date(2026, 11, 12)


def session(day: date, status=SessionStatus.PLANNED, number: int = 1, ident: int = 1) -> Session:
    return Session(group_id=1, number=number, date=day, status=status, id=ident)


def test_writing_marks_held_only_once_the_day_has_come():
    assert held_by_writing(session(DAY), DAY)
    assert held_by_writing(session(DAY - timedelta(days=3)), DAY)
    assert not held_by_writing(session(DAY + timedelta(days=1)), DAY)  # written ahead
    assert not held_by_writing(session(DAY, SessionStatus.MISSED), DAY)  # chosen: kept
    assert not held_by_writing(session(DAY, SessionStatus.HELD), DAY)


def test_which_session_is_next():
    today, later = session(DAY, ident=1), session(DAY + timedelta(days=30), number=2, ident=2)
    past = session(DAY - timedelta(days=30), number=3, ident=3)
    assert is_upcoming(today, DAY, written=False)
    assert not is_upcoming(today, DAY, written=True)  # written in today: behind us
    assert not is_upcoming(past, DAY, written=False)
    assert not is_upcoming(session(DAY, SessionStatus.HELD), DAY, written=False)
    assert first_upcoming([later, today, past], DAY) is today
    assert first_upcoming([later, today, past], DAY, written=[1]) is later
    assert first_upcoming([past], DAY) is None
    assert awaits_answer(past, DAY) and not awaits_answer(today, DAY)


def test_the_service_reads_what_was_written(store):
    group = store.groups.add(Group(name="G", template_id="codev"))
    today = date.today()
    first, second, third = store.sessions.add_many([
        Session(group.id, 1, today - timedelta(days=14)),
        Session(group.id, 2, today),
        Session(group.id, 3, today + timedelta(days=14)),
    ])
    assert not any(written_in(store, s.id) for s in (first, second, third))
    assert next_session(store, today).id == second.id
    assert [u.session.id for u in unanswered(store, today)] == [first.id]
    assert left_out(store) == []

    # Each kind of content counts; an empty note does not.
    store.notes.save(second.id, "expose", "   ")
    assert not written_in(store, second.id)
    store.learnings.add(Learning(session_id=second.id, text="Écouter d'abord"))
    assert written_in(store, second.id)
    assert next_session(store, today).id == third.id
    assert prepare(store, today).next_session.id == third.id  # Préparer agrees with Home
    store.keywords.set(first.id, "élan")
    assert unanswered(store, today)[0].written
    store.actions.add(Action(session_id=third.id, title="Essayer"))

    # The third, still to come, was prepared ahead: not a session left out.
    assert [s.id for s in left_out(store)] == [first.id, second.id]
    assert [s.id for s in left_out(store, end=today)] == [first.id, second.id]
    mark(store, first.id, SessionStatus.HELD)
    mark(store, second.id, SessionStatus.MISSED)
    assert unanswered(store, today) == []
    assert [s.id for s in left_out(store, end=today)] == [second.id]  # missed, with content
