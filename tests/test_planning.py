"""Preparing the next meeting, and the calendar export (issue 4, Qt-free parts)."""

from __future__ import annotations

from datetime import date

import pytest

from carnet.domain import (
    Action,
    ActionReview,
    Cadence,
    Group,
    Session,
    Topic,
    planned_dates,
)
from carnet.services.calendar import IcsOptions, build_calendar, write_calendar
from carnet.services.planning import prepare, reminder_due

TODAY = date(2026, 11, 21)
SECRET_NOTE = "Note confidentielle sur M. Dupont"


@pytest.fixture
def journal(store):
    group = store.groups.add(
        Group(
            name="RPM cadres",
            template_id="rpm",
            cadence=Cadence(1, "month"),
            start_date=date(2026, 7, 23),
            planned_sessions=6,
            place="Salle B",
        )
    )
    sessions = []
    for number, day in enumerate(planned_dates(group.start_date, group.cadence, 6), start=1):
        status = "held" if day < TODAY else "planned"
        sessions.append(
            store.sessions.add(Session(group_id=group.id, number=number, date=day, status=status))
        )
    store.notes.save(sessions[0].id, "expose", SECRET_NOTE)
    old = store.actions.add(
        Action(
            session_id=sessions[0].id,
            title="Recadrer le planning",
            due_date=sessions[1].date,
            details=SECRET_NOTE,
        )
    )
    recent = store.actions.add(
        Action(session_id=sessions[3].id, title="Déléguer le reporting", due_date=sessions[4].date)
    )
    store.actions.add(
        Action(
            session_id=sessions[3].id, title="Déjà fait", status="done", due_date=sessions[4].date
        )
    )
    later = store.actions.add(
        Action(session_id=sessions[3].id, title="Plus tard", due_date=sessions[5].date)
    )
    store.reviews.add(ActionReview(action_id=old.id, date=date(2026, 9, 1), note="Pas encore"))
    store.topics.add(Topic(title="Conflit d'équipe", group_id=group.id, priority=1))
    return {"group": group, "sessions": sessions, "old": old, "recent": recent, "later": later}


def test_preparation_lists_open_actions_due_by_the_next_session(store, journal):
    prep = prepare(store, TODAY, journal["group"].id)
    assert prep.next_session.id == journal["sessions"][4].id
    assert prep.days_left == 2  # 23 Nov
    due_ids = [item.action.id for item in prep.due_items]
    assert due_ids == [journal["old"].id, journal["recent"].id]
    assert [g.origin.number for g in prep.by_origin] == [1, 4]
    old_item = prep.due_items[0]
    assert old_item.overdue
    assert old_item.carried_over  # due in August, still open
    assert [r.note for r in old_item.reviews] == ["Pas encore"]
    assert [item.action.id for item in prep.later] == [journal["later"].id]
    assert [t.title for t in prep.topics] == ["Conflit d'équipe"]
    assert prep.overdue_count == 1


def test_reminder_on_opening(store, journal):
    assert reminder_due(store, TODAY, within_days=3) is not None
    assert reminder_due(store, TODAY, within_days=1) is None


def test_no_next_session(store):
    prep = prepare(store, TODAY)
    assert prep.next_session is None and prep.days_left is None and prep.due_items == []


def _events(data: bytes):
    from icalendar import Calendar

    return [c for c in Calendar.from_ical(data).walk() if c.name == "VEVENT"]


def test_ics_holds_planned_sessions_and_due_actions_with_stable_uids(store, journal, tmp_path):
    out = write_calendar(store, tmp_path / "carnet.ics")
    first = _events(out.read_bytes())
    planned = [s for s in journal["sessions"] if s.status.value == "planned"]
    sessions = [e for e in first if str(e["uid"]).startswith("session-")]
    actions = [e for e in first if str(e["uid"]).startswith("action-")]
    assert len(sessions) == len(planned) == 2
    assert len(actions) == 3  # the open ones with a due date
    # issue 17: neutral text by default, the titles when details are asked
    assert {str(e["summary"]) for e in actions} == {"Une action arrive à échéance — Carnet"}
    detailed = _events(build_calendar(store, IcsOptions(include_details=True)))
    assert {str(e["summary"]) for e in detailed if str(e["uid"]).startswith("action-")} == {
        "Action : Recadrer le planning",
        "Action : Déléguer le reporting",
        "Action : Plus tard",
    }
    second = _events(build_calendar(store))
    assert sorted(str(e["uid"]) for e in first) == sorted(str(e["uid"]) for e in second)
    assert sorted(str(e["uid"]) for e in first) == sorted(str(e["uid"]) for e in detailed)
    raw = out.read_bytes().decode()
    assert "Dupont" not in raw  # no note text by default
    # issue 17: never a note's text, even with details (was: details and outcome)
    assert "Dupont" not in build_calendar(store, IcsOptions(include_details=True)).decode()
