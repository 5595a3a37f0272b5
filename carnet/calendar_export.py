"""Calendar export (.ics): planned sessions and action due dates.

UIDs are derived from the journal's creation stamp and the row ids, so a
re-export updates the same events in the person's calendar instead of
duplicating them. By default the file holds group names, session numbers
and action titles only — no note text — because a calendar is usually
synchronised to a server.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from carnet.domain import SessionStatus
from carnet.store import JournalStore


@dataclass(frozen=True)
class IcsOptions:
    include_details: bool = False  # action details/outcome and session titles in DESCRIPTION
    include_done: bool = False  # also closed actions


def _uid(store: JournalStore, kind: str, ident: int) -> str:
    seed = store.created_stamp()
    digest = hashlib.sha256(f"{seed}/{kind}/{ident}".encode()).hexdigest()[:24]
    return f"{kind}-{ident}-{digest}@carnet.local"


def build_calendar(store: JournalStore, options: IcsOptions | None = None) -> bytes:
    from icalendar import Calendar, Event

    options = options or IcsOptions()
    cal = Calendar()
    cal.add("prodid", "-//Carnet//carnet de bord//FR")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Carnet")
    stamp = datetime.now(UTC).replace(microsecond=0)
    groups = {g.id: g for g in store.groups.list()}
    for session in store.sessions.list(status=SessionStatus.PLANNED):
        group = groups[session.group_id]
        event = Event()
        event.add("uid", _uid(store, "session", session.id))
        event.add("dtstamp", stamp)
        event.add("dtstart", session.date)
        event.add("dtend", session.date + timedelta(days=1))
        event.add(
            "summary", f"{group.name} — séance {session.number}/{group.planned_sessions}"
        )
        if group.place:
            event.add("location", group.place)
        if options.include_details and session.title:
            event.add("description", session.title)
        cal.add_component(event)
    for action in store.actions.list(open_only=not options.include_done):
        if action.due_date is None:
            continue
        event = Event()
        event.add("uid", _uid(store, "action", action.id))
        event.add("dtstamp", stamp)
        event.add("dtstart", action.due_date)
        event.add("dtend", action.due_date + timedelta(days=1))
        event.add("summary", f"Action : {action.title}")
        if options.include_details:
            details = "\n\n".join(t for t in (action.details, action.outcome) if t)
            if details:
                event.add("description", details)
        cal.add_component(event)
    return cal.to_ical()


def write_calendar(store: JournalStore, out: Path, options: IcsOptions | None = None) -> Path:
    """Write the .ics atomically at the path the person chose."""
    out = Path(out)
    data = build_calendar(store, options)
    tmp = out.with_name(f".{out.name}.partial")
    tmp.write_bytes(data)
    os.replace(tmp, out)
    return out

