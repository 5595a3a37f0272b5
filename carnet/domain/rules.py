"""Rules that involve several objects: session dates, numbering, due dates."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from carnet.domain.enums import ActionStatus, CadenceUnit
from carnet.domain.models import Action, ActionReview, Cadence, Session


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, clamped to the month's last day (31 Jan + 1 → 28/29 Feb)."""
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def planned_dates(start: date, cadence: Cadence, count: int) -> list[date]:
    """The dates of ``count`` sessions from ``start`` at the group's cadence."""
    if cadence.unit is CadenceUnit.WEEK:
        return [start + timedelta(weeks=cadence.every * i) for i in range(count)]
    return [add_months(start, cadence.every * i) for i in range(count)]


def next_session_number(sessions: Iterable[Session]) -> int:
    """The number a new session of the group gets: one after the highest."""
    return max((s.number for s in sessions), default=0) + 1


def renumber_by_date(sessions: Sequence[Session]) -> list[Session]:
    """Give sessions numbers 1..n in chronological order (ties keep their order)."""
    ordered = sorted(sessions, key=lambda s: (s.date, s.number))
    for index, session in enumerate(ordered, start=1):
        session.number = index
    return ordered


def next_session_after(sessions: Iterable[Session], session: Session) -> Session | None:
    """The group's session that follows ``session`` in time, if any."""
    later = [
        s
        for s in sessions
        if s.group_id == session.group_id
        and s.id != session.id
        and (s.date, s.number) > (session.date, session.number)
    ]
    return min(later, key=lambda s: (s.date, s.number), default=None)


def default_due_date(
    sessions: Iterable[Session], origin: Session, cadence: Cadence | None = None
) -> date:
    """An action's default due date: the date of the group's next session.

    Without a next session on the calendar, one cadence after the origin
    (a month by default), since the group will meet again then.
    """
    following = next_session_after(list(sessions), origin)
    if following is not None:
        return following.date
    cadence = cadence or Cadence()
    return planned_dates(origin.date, cadence, 2)[1]


def apply_review(action: Action, review: ActionReview) -> Action:
    """The action after a review: status and due date follow the review."""
    if review.status is not None:
        action.status = review.status
    if review.new_due_date is not None:
        action.due_date = review.new_due_date
    if review.status is ActionStatus.POSTPONED:
        action.status = ActionStatus.POSTPONED
    return action


def days_until(day: date, today: date) -> int:
    return (day - today).days
