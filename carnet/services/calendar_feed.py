"""A calendar file kept up to date where the person chose (a "subscription").

Calendar applications can subscribe to a local .ics file; Carnet rewrites it
after each change that affects it — a session planned or moved, an action
added, closed or given another due date. Rewriting is atomic (see
``carnet.services.calendar.atomic_write``): a subscriber never reads half a file.

To stay cheap after every autosave, ``CalendarFeed.refresh`` first compares a
fingerprint of what the file shows (two small queries); the calendar is built
and compared with the file only when that fingerprint moved.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from carnet.domain import SessionStatus
from carnet.services.calendar import IcsOptions, atomic_write, build_calendar
from carnet.store import JournalStore


def fingerprint(store: JournalStore, options: IcsOptions) -> str:
    """A digest of everything the calendar file shows under ``options``."""
    parts: list[object] = [options]
    groups = {g.id: g for g in store.groups.list()}
    for session in store.sessions.list(status=SessionStatus.PLANNED):
        group = groups.get(session.group_id)
        parts.append(("s", session.id, session.date, session.number,
                      group.planned_sessions if group else 0))
    for action in store.actions.list(open_only=not options.include_done):
        parts.append(("a", action.id, action.due_date, action.status.value,
                      action.session_id, action.title if options.include_details else ""))
    if options.include_details:
        parts.extend(("g", g.id, g.name, g.place, g.template_id) for g in groups.values())
        # the names masked in the details: a name added to a group rewrites the file
        parts.extend(("m", g.id, m.pseudonym, tuple(m.masked_names))
                     for g in groups.values() for m in store.members.list_by_group(g.id))
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def _without_stamps(data: bytes) -> bytes:
    return b"\n".join(line for line in data.splitlines() if not line.startswith(b"DTSTAMP"))


@dataclass
class CalendarFeed:
    """The subscribed file at ``path`` with the ``options`` chosen in Preferences."""

    path: Path
    options: IcsOptions = field(default_factory=IcsOptions)
    format_names: Mapping[str, str] = field(default_factory=dict)
    _last: str = ""

    def refresh(self, store: JournalStore, *, force: bool = False) -> bool:
        """Rewrite the file if what it shows changed; True when it was written.

        Raises ``OSError`` when the file cannot be written (the caller says so).
        """
        mark = fingerprint(store, self.options)
        if mark == self._last and not force and self.path.exists():
            return False
        data = build_calendar(store, self.options, format_names=self.format_names)
        try:
            current = Path(self.path).read_bytes()
        except OSError:
            current = None
        written = False
        if current is None or _without_stamps(current) != _without_stamps(data):
            atomic_write(Path(self.path), data)
            written = True
        self._last = mark
        return written
