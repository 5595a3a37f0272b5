"""When a session counts as held, which one is next: the status follows reality.

A participant rarely thinks of switching a session from "planned" to "held"; the
journal must not depend on it. These rules decide from what is known — the
session's date, today, and whether anything was written in it — so that the
session editor, the home view, the booklet and the command line agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from carnet.domain.enums import SessionStatus
from carnet.domain.models import Session


def date_has_come(session: Session, today: date) -> bool:
    return session.date <= today


def held_by_writing(session: Session, today: date) -> bool:
    """Writing in this session now should mark it held.

    True for a planned session whose date has come: notes written on or after
    the day are notes of a session that took place. Notes written ahead (a case
    prepared for a future session) leave it planned.
    """
    return session.status is SessionStatus.PLANNED and date_has_come(session, today)


def is_upcoming(session: Session, today: date, written: bool) -> bool:
    """Still to come: planned, and either later than today or today with nothing written.

    A session of today that is already written in is behind us, even if its
    status was not changed; a past one is never "next".
    """
    if session.status is not SessionStatus.PLANNED:
        return False
    return session.date > today or (session.date == today and not written)


def awaits_answer(session: Session, today: date) -> bool:
    """A past session still marked planned: did it take place or not?"""
    return session.status is SessionStatus.PLANNED and session.date < today


def left_out_of_booklet(session: Session, written: bool, today: date) -> bool:
    """The booklet tells only held sessions; one with content that is not held is left out
    and must be said so (never dropped in silence).

    Only a session whose date has come: notes written ahead for a session to come
    are a preparation, not a session that took place, so nothing was left out.
    """
    return written and session.status is not SessionStatus.HELD and date_has_come(
        session, today)


def first_upcoming(
    sessions: Iterable[Session], today: date, written: Iterable[int] = ()
) -> Session | None:
    """The earliest upcoming session; ``written`` holds the ids with content."""
    has_content = set(written)
    upcoming = [s for s in sessions if is_upcoming(s, today, s.id in has_content)]
    return min(upcoming, key=lambda s: (s.date, s.number), default=None)
