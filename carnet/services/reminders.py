"""When Carnet reminds the person between meetings: the day before a session (by
default at 18:00) and on an action's due date (09:00).

Qt-free and driven by an injectable clock, so that tests can move time. A
reminder holds dates, counts and a group id — never a text the person wrote —
so the coming ones can be kept in the settings file (``encode``/``decode``)
and announced by a locked Carnet: « Séance demain : 3 actions à revoir ».
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from carnet.store import JournalStore

#: A clock: the current local time (``datetime.now`` in the app, a fake one in tests).
Clock = Callable[[], datetime]

SESSION = "session"
DUE = "due"
#: An action's reminder shows from this time on its due date.
DUE_AT_MINUTES = 9 * 60
#: How far ahead the schedule looks (it is recomputed at each unlock and save).
HORIZON_DAYS = 62


@dataclass(frozen=True)
class Reminder:
    """One reminder: shown from ``day`` at ``at_minutes`` until the end of ``target``."""

    kind: str  # SESSION or DUE
    day: date  # the first day it may show
    at_minutes: int  # from this time of that day (minutes after midnight)
    target: date  # the session's day, or the due date
    count: int  # actions to review before the session, or actions due that day
    group_id: int = 0  # the session's group (0: every group)
    session_id: int = 0

    @property
    def key(self) -> str:
        """Identifies the reminder, so that it is shown once."""
        return f"{self.kind}:{self.target.isoformat()}:{self.group_id}:{self.session_id}"

    def starts(self) -> datetime:
        return datetime.combine(self.day, time(self.at_minutes // 60, self.at_minutes % 60))

    def is_due(self, now: datetime) -> bool:
        """From its day and time until the end of its target day."""
        return self.starts() <= now and now.date() <= self.target


def schedule(store: JournalStore, today: date, *, days_before: int = 1,
             at_minutes: int = 18 * 60) -> list[Reminder]:
    """The coming reminders: one per planned session (the actions to review by then)
    and one per due date with open actions, from ``today`` on."""
    from carnet.domain import SessionStatus  # not at start: a locked Carnet only decodes

    end = today + timedelta(days=HORIZON_DAYS)
    reminders: list[Reminder] = []
    open_actions = store.actions.open_due_dates_by_group()  # (group id, due date) of each
    due_dates_of: dict[int | None, list[date | None]] = {}  # open actions' due dates by group
    for group_id, due_date in open_actions:
        due_dates_of.setdefault(group_id, []).append(due_date)
    archived = set(store.groups.ids(archived=True))
    for session in store.sessions.list(status=SessionStatus.PLANNED, start=today, end=end):
        if session.group_id in archived:
            continue  # an archived group's meetings are not announced (its page says so)
        count = sum(1 for due in due_dates_of.get(session.group_id, ())
                    if due is None or due <= session.date)
        reminders.append(Reminder(SESSION, session.date - timedelta(days=days_before),
                                  at_minutes, session.date, count, session.group_id,
                                  session.id))
    due: dict[date, int] = {}
    for _group_id, due_date in open_actions:
        if due_date is not None and today <= due_date <= end:
            due[due_date] = due.get(due_date, 0) + 1
    for day, count in sorted(due.items()):
        reminders.append(Reminder(DUE, day, DUE_AT_MINUTES, day, count))
    return sorted(reminders, key=lambda r: (r.starts(), r.kind))


def due_now(reminders: Iterable[Reminder], now: datetime, shown: set[str]) -> list[Reminder]:
    """The reminders to show at ``now`` that were not shown yet. A session's reminder
    with nothing to review is still shown (the meeting is tomorrow)."""
    return [r for r in reminders if r.is_due(now) and r.key not in shown]


def encode(reminders: Iterable[Reminder]) -> str:
    """Dates, counts and ids only, for the settings file."""
    return ";".join(f"{r.kind},{r.day.isoformat()},{r.at_minutes},{r.target.isoformat()},"
                    f"{r.count},{r.group_id},{r.session_id}" for r in reminders)


def decode(text: str) -> list[Reminder]:
    """The reminders ``encode`` wrote; unreadable entries are skipped."""
    result = []
    for item in filter(None, (text or "").split(";")):
        try:
            kind, day, at, target, count, group_id, session_id = item.split(",")
            if kind not in (SESSION, DUE):
                continue
            result.append(Reminder(kind, date.fromisoformat(day), int(at),
                                   date.fromisoformat(target), int(count), int(group_id),
                                   int(session_id)))
        except ValueError:
            continue
    return result


def prune_shown(shown: Iterable[str], today: date) -> set[str]:
    """Forget the reminders of days gone (their target is past)."""
    kept = set()
    for key in shown:
        parts = key.split(":")
        try:
            if len(parts) >= 2 and date.fromisoformat(parts[1]) >= today:
                kept.add(key)
        except ValueError:
            continue
    return kept
