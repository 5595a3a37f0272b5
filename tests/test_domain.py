"""Rules of the domain, without any storage."""

from __future__ import annotations

from datetime import date

import pytest

from carnet.domain import (
    Action,
    ActionReview,
    ActionStatus,
    Assessment,
    Cadence,
    CadenceUnit,
    DomainError,
    Feeling,
    Group,
    Keyword,
    Learning,
    Session,
    SessionStatus,
    Topic,
    add_months,
    apply_review,
    default_due_date,
    next_session_number,
    planned_dates,
    renumber_by_date,
)


def test_ratings_and_intensities_are_one_to_five():
    Assessment(objective_id=1, session_id=1, rating=1)
    Assessment(objective_id=1, session_id=1, rating=5)
    for bad in (0, 6, -1, True, 2.5, "3"):
        with pytest.raises(DomainError) as info:
            Assessment(objective_id=1, session_id=1, rating=bad)
        assert info.value.field == "rating"
    with pytest.raises(DomainError):
        Feeling(session_id=1, moment="after", emotion="joy", intensity=9)


def test_statuses_are_validated_and_coerced():
    session = Session(group_id=1, number=1, date=date(2026, 1, 1), status="held", role="client")
    assert session.status is SessionStatus.HELD
    with pytest.raises(DomainError) as info:
        Session(group_id=1, number=1, date=date(2026, 1, 1), status="finished")
    assert "planned" in str(info.value)
    with pytest.raises(DomainError):
        Action(session_id=1, title="x", status="maybe")
    with pytest.raises(DomainError):
        Feeling(session_id=1, moment="during", emotion="joy")
    with pytest.raises(DomainError):
        Feeling(session_id=1, moment="before", emotion="ennui")


def test_empty_texts_are_refused():
    with pytest.raises(DomainError):
        Group(name="  ", template_id="codev")
    with pytest.raises(DomainError):
        Learning(session_id=1, text="")
    with pytest.raises(DomainError):
        Keyword(session_id=1, word=" ")
    with pytest.raises(DomainError):
        Topic(title="")
    assert Keyword(session_id=1, word="  élan ").word == "élan"


def test_tags_are_trimmed_and_deduplicated_case_insensitively():
    learning = Learning(session_id=1, text="t", tags=[" Délégation ", "délégation", "", "conflit"])
    assert learning.tags == ["Délégation", "conflit"]


def test_months_clamp_to_the_last_day():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)


def test_planned_dates_follow_the_cadence():
    monthly = planned_dates(date(2026, 9, 10), Cadence(1, CadenceUnit.MONTH), 10)
    assert len(monthly) == 10
    assert monthly[-1] == date(2027, 6, 10)
    bimonthly = planned_dates(date(2026, 9, 10), Cadence(2, "month"), 5)
    assert bimonthly[1] == date(2026, 11, 10)
    weekly = planned_dates(date(2026, 9, 10), Cadence(3, "week"), 3)
    assert weekly == [date(2026, 9, 10), date(2026, 10, 1), date(2026, 10, 22)]
    assert Cadence.decode(Cadence(2, "week").encode()) == Cadence(2, CadenceUnit.WEEK)


def _sessions():
    return [Session(group_id=1, number=n, date=date(2026, n, 5), id=n) for n in (1, 2, 3)] + [
        Session(group_id=2, number=1, date=date(2026, 1, 20), id=9)
    ]


def test_session_numbers_within_the_group():
    sessions = _sessions()
    assert next_session_number(s for s in sessions if s.group_id == 1) == 4
    assert next_session_number([]) == 1
    shuffled = [
        Session(group_id=1, number=7, date=date(2026, 3, 1)),
        Session(group_id=1, number=2, date=date(2026, 1, 1)),
    ]
    assert [s.number for s in renumber_by_date(shuffled)] == [1, 2]


def test_default_due_date_is_the_next_session_of_the_same_group():
    sessions = _sessions()
    assert default_due_date(sessions, sessions[0]) == date(2026, 2, 5)
    # the last session: one cadence later
    assert default_due_date(sessions, sessions[2]) == date(2026, 4, 5)
    assert default_due_date(sessions, sessions[2], Cadence(2, "week")) == date(2026, 3, 19)
    # another group's session is not "next"
    assert default_due_date(sessions, sessions[3]) == date(2026, 2, 20)


def test_a_review_moves_status_and_due_date():
    action = Action(session_id=1, title="Déléguer le planning", due_date=date(2026, 2, 5))
    assert action.is_open and action.is_overdue(date(2026, 3, 1))
    review = ActionReview(
        action_id=1, date=date(2026, 2, 1), status="postponed", new_due_date=date(2026, 3, 5)
    )
    apply_review(action, review)
    assert action.status is ActionStatus.POSTPONED
    assert action.due_date == date(2026, 3, 5)
    apply_review(action, ActionReview(action_id=1, date=date(2026, 3, 5), status="done"))
    assert not action.is_open and not action.is_overdue(date(2027, 1, 1))
    with pytest.raises(DomainError):
        ActionReview(action_id=1, date=date(2026, 2, 1), status="postponed")
