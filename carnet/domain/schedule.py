"""A group's calendar: which sessions move or are added when its plan changes, and the
meeting « New session » opens, or the one it adds.

The group editor saves a start date, a cadence and a number of sessions; this
rule turns that into sessions, without ever touching one that took place.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date

from carnet.domain.enums import Role, SessionStatus
from carnet.domain.models import Group, Session
from carnet.domain.rules import planned_dates


def reschedule(group: Group, previous: Group | None, existing: Sequence[Session],
               default_role: Role) -> tuple[list[Session], list[Session]]:
    """``(moved, added)``: copies of the existing sessions whose date changes, and the
    new sessions to add, for ``group`` saved over ``previous`` (None: a new group).

    * A new start date or cadence moves the sessions still planned to the new plan;
      held and missed ones keep their date.
    * Sessions added to a running cycle follow the last one at the cadence, not the
      original plan (the group may have slipped).
    * A saved group gets only the sessions its plan newly asks for: the numbers above
      both its highest session and the count it had (``previous.planned_sessions``).
      A number missing below is a session the person removed (« Supprimer cette
      séance… », here or on another device): saving the group for a place or an
      objective never brings it back, and raising « Séances prévues » adds sessions
      after the last one (see :func:`plan_after_removal`).
    """
    count = max(group.planned_sessions, max((s.number for s in existing), default=0))
    dates = planned_dates(group.start_date, group.cadence, count)
    moved: list[Session] = []
    if previous is not None and (previous.start_date != group.start_date
                                 or previous.cadence != group.cadence):
        for session in existing:
            if session.status is SessionStatus.PLANNED and session.number <= count:
                moved.append(dataclasses.replace(session, date=dates[session.number - 1]))
    numbers = {s.number for s in existing}
    floor = 0 if previous is None else max(previous.planned_sessions, max(numbers, default=0))
    added = [Session(group_id=group.id, number=n, date=dates[n - 1],
                     status=SessionStatus.PLANNED, role=default_role)
             for n in range(floor + 1, group.planned_sessions + 1) if n not in numbers]
    if previous is not None and existing:
        last = max(existing, key=lambda s: (s.date, s.number))
        later = [s.number for s in added if s.number > last.number]
        follow = planned_dates(last.date, group.cadence, len(later) + 1)[1:]
        by_number = dict(zip(later, follow, strict=True))
        for session in added:
            session.date = by_number.get(session.number, session.date)
    return moved, added


def plan_after_removal(group: Group, removed: Session,
                       remaining: Sequence[Session]) -> int:
    """« Séances prévues » once ``removed`` is removed from ``group``'s ``remaining``.

    Removing the plan's last session (6 of 6) ends the cycle one session earlier: the
    plan becomes the highest session left within it (5), so the list reads « 5/5 »
    and raising the plan to 6 again adds a new sixth session. A session removed within
    the plan (5 of 6) or beyond it (a 7 of 6 made by mistake), or the last of the plan
    while a session beyond it remains, leaves the plan as it is (the gap stays:
    :func:`reschedule` never fills it)."""
    planned = group.planned_sessions
    if removed.number != planned or any(
            s.number > planned for s in remaining if s.id != removed.id):
        return planned  # within the plan, or sessions beyond it: the numbering stays
    within = [s.number for s in remaining if s.number < planned and s.id != removed.id]
    return max([*within, 1])


def session_to_open(group: Group, existing: Sequence[Session], today: date) -> Session | None:
    """The meeting « New session » opens instead of adding one: of the group's sessions
    still planned, the one nearest to today — the coming one, or one already past and
    not yet written about when it is nearer (a tie goes to the past one: a session is
    journaled after it is held). A past one counts for one cadence after its date; an
    older one was left unanswered (Home asks about it). None: add one (:func:`next_session`).

    (It added one a cadence after the group's last session: at month 4 of a ten-month
    plan, « Séance 11 », a year away, while meeting 4 was there to be written in.)"""
    candidates = [
        s for s in existing
        if s.status is SessionStatus.PLANNED
        and (s.date >= today or planned_dates(s.date, group.cadence, 2)[1] > today)
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda s: (abs((s.date - today).days), s.date >= today,
                                          s.number))


def next_session(group: Group, existing: Sequence[Session], default_role: Role,
                 today: date) -> Session:
    """The session « New session » adds when no planned meeting is there to open
    (:func:`session_to_open`), or « Add an extra session »: dated today — a meeting
    outside the plan, written about as it happens — or the group's start for its first,
    when that is still to come; planned, numbered in its place in time: after the
    sessions up to its day (the meetings planned later then move up one:
    :func:`renumbered_after`). Numbered after the highest, today's extra meeting read
    « Séance 7 » between the 2nd and the 3rd, in the sidebar, the booklet, the calendar
    (fresh8's G21)."""
    day = today
    if not existing and group.start_date and group.start_date > today:
        day = group.start_date
    number = max((s.number for s in existing if s.date <= day), default=0) + 1
    return Session(group_id=group.id, number=number, date=day,
                   status=SessionStatus.PLANNED, role=default_role)


def renumbered_after(existing: Sequence[Session], added: Session) -> list[Session]:
    """Copies of the sessions that move up one so that ``added`` takes its number: those
    numbered from it on (none when the number is free — after the highest, or in a gap
    a removed session left)."""
    if all(s.number != added.number for s in existing):
        return []
    return [dataclasses.replace(s, number=s.number + 1)
            for s in sorted(existing, key=lambda s: s.number, reverse=True)
            if s.number >= added.number]
