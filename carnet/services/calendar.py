"""Calendar export (.ics): planned sessions and action due dates, with alarms.

UIDs are derived from the journal's creation stamp and the row ids, so a
re-export updates the same events in the person's calendar instead of
duplicating them. A calendar is usually synchronised to a server, so the
events' text is neutral by default (« Séance 3/8 — Carnet », « Une action
arrive à échéance — Carnet »); asked for details, it adds the group's name and
place, the format, how many actions are to review and the actions' titles —
never the text of a note (details, outcomes, reviews, step notes). Those details
leave the journal: the names the groups mask are replaced by their pseudonym in
them, as in the booklet and the one-page sheets.

Each planned session carries a ``VALARM`` (by default the day before at
18:00) and each open action one on its due date (09:00). ``write_calendar``
writes atomically (temporary file beside, fsync, ``os.replace``, mode 0600),
so a calendar application subscribed to the file never reads half of it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from carnet.domain import Action, Group, Session, SessionStatus

if TYPE_CHECKING:  # the writer alone needs no store (nor its SQLCipher module)
    from carnet.store import JournalStore

_TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        "session": "Séance {number}/{planned} — Carnet",
        "session_format": "Séance de {format} {number}/{planned}",
        "session_details": "{group} — séance {number}/{planned}",
        "to_review": "{n} action à revoir",
        "to_review_n": "{n} actions à revoir",
        "action": "Une action arrive à échéance — Carnet",
        "action_details": "Action : {title}",
        "alarm_session": "Séance le {day} — préparer dans Carnet",
        "alarm_action": "Une action arrive à échéance aujourd’hui — Carnet",
        "calname": "Carnet",
    },
    "en": {
        "session": "Session {number}/{planned} — Carnet",
        "session_format": "{format} session {number}/{planned}",
        "session_details": "{group} — session {number}/{planned}",
        "to_review": "{n} action to review",
        "to_review_n": "{n} actions to review",
        "action": "An action falls due — Carnet",
        "action_details": "Action: {title}",
        "alarm_session": "Session on {day} — prepare in Carnet",
        "alarm_action": "An action falls due today — Carnet",
        "calname": "Carnet",
    },
}

#: When an action's alarm rings on its due date.
ACTION_ALARM_TIME = time(9, 0)


@dataclass(frozen=True)
class IcsOptions:
    #: Group names and places, formats, counts of actions to review, action titles.
    #: Never the text of a note, even then.
    include_details: bool = False
    include_done: bool = False  # also closed actions
    alarms: bool = True
    #: The session's alarm: this many days before, at this time of day.
    session_alarm_days: int = 1
    session_alarm_time: time = time(18, 0)
    action_alarm_time: time = ACTION_ALARM_TIME
    lang: str = "fr"


def _t(lang: str, key: str, **values: object) -> str:
    table = _TEXTS.get(lang, _TEXTS["fr"])
    return table[key].format(**values) if values else table[key]


def _uid(store: JournalStore, kind: str, ident: int) -> str:
    seed = store.created_stamp()
    digest = hashlib.sha256(f"{seed}/{kind}/{ident}".encode()).hexdigest()[:24]
    return f"{kind}-{ident}-{digest}@carnet.local"


def alarm_offset(days_before: int, at: time) -> timedelta:
    """The trigger of an alarm ``days_before`` an all-day event, at ``at`` (relative to
    the event's start, midnight of its day): the day before at 18:00 is -6 hours."""
    return timedelta(days=-days_before, hours=at.hour, minutes=at.minute)


def actions_to_review(actions: list[Action], session: Session) -> int:
    """How many of a group's open actions are due by ``session`` (or undated)."""
    return sum(1 for a in actions if a.due_date is None or a.due_date <= session.date)


def _alarm(uid: str, offset: timedelta, text: str):
    from icalendar import Alarm

    alarm = Alarm()
    alarm.add("uid", uid.replace("@", "-alarm@", 1))
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", offset)
    alarm.add("description", text)
    return alarm


def _short_day(day: date, lang: str) -> str:
    return f"{day.month:02d}/{day.day:02d}" if lang == "en" else f"{day.day:02d}/{day.month:02d}"


def _session_summary(session: Session, group: Group, open_actions: list[Action],
                     options: IcsOptions, format_names: Mapping[str, str],
                     hide: Callable[[str], str]) -> str:
    lang, number, planned = options.lang, session.number, group.planned_sessions
    if not options.include_details:
        return _t(lang, "session", number=number, planned=planned)
    name = format_names.get(group.template_id)
    head = (_t(lang, "session_format", format=name, number=number, planned=planned) if name
            else _t(lang, "session_details", group=hide(group.name), number=number,
                    planned=planned))
    count = actions_to_review(open_actions, session)
    # (never « 1 action(s) »: count is never 0 here, and 1 is singular in both languages)
    key = "to_review" if count == 1 else "to_review_n"
    return f"{head} — {_t(lang, key, n=count)}" if count else head


def build_calendar(store: JournalStore, options: IcsOptions | None = None, *,
                   format_names: Mapping[str, str] | None = None,
                   stamp: datetime | None = None) -> bytes:
    """The calendar as bytes. ``format_names`` (template id → name) names the formats
    when details are asked; ``stamp`` fixes DTSTAMP (to compare two versions)."""
    from icalendar import Calendar, Event

    from carnet.services.anonymise import identity, journal_anonymiser

    options = options or IcsOptions()
    # Only the details carry what the person wrote: masked names become pseudonyms.
    hide = journal_anonymiser(store) if options.include_details else identity
    names = dict(format_names or {})
    lang = options.lang
    cal = Calendar()
    cal.add("prodid", "-//Carnet//carnet de bord//FR")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", _t(lang, "calname"))
    stamp = stamp or datetime.now(UTC).replace(microsecond=0)
    groups = {g.id: g for g in store.groups.list()}
    open_by_group: dict[int, list[Action]] = {}
    if options.include_details:
        for group_id in groups:
            open_by_group[group_id] = store.actions.list(group_id=group_id, open_only=True)
    for session in store.sessions.list(status=SessionStatus.PLANNED):
        group = groups[session.group_id]
        uid = _uid(store, "session", session.id)
        event = Event()
        event.add("uid", uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", session.date)
        event.add("dtend", session.date + timedelta(days=1))
        summary = _session_summary(session, group, open_by_group.get(group.id, []),
                                   options, names, hide)
        event.add("summary", summary)
        if options.include_details:
            if group.place:
                event.add("location", hide(group.place))
            event.add("description", hide(group.name))
        if options.alarms:
            text = summary if options.include_details else _t(
                lang, "alarm_session", day=_short_day(session.date, lang))
            event.add_component(_alarm(uid, alarm_offset(options.session_alarm_days,
                                                         options.session_alarm_time), text))
        cal.add_component(event)
    for action in store.actions.list(open_only=not options.include_done):
        if action.due_date is None:
            continue
        uid = _uid(store, "action", action.id)
        event = Event()
        event.add("uid", uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", action.due_date)
        event.add("dtend", action.due_date + timedelta(days=1))
        summary = (_t(lang, "action_details", title=" ".join(hide(action.title).split()))
                   if options.include_details else _t(lang, "action"))
        event.add("summary", summary)
        if options.alarms and action.status.value not in ("done", "dropped"):
            text = summary if options.include_details else _t(lang, "alarm_action")
            event.add_component(_alarm(uid, alarm_offset(0, options.action_alarm_time), text))
        cal.add_component(event)
    return cal.to_ical()


def atomic_write(path: Path, data: bytes) -> Path:
    """Write ``data`` at ``path`` so that a reader sees the old file or the new one,
    never a part: a private temporary file beside it, flushed to disk, then renamed
    over it. A symbolic link is followed (its target is replaced, not the link)."""
    path = Path(os.path.realpath(path))
    tmp = path.with_name(f".{path.name}.partial")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()  # a leftover of an interrupted write
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    with contextlib.suppress(OSError):  # the rename itself, on disk
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
    return path


def write_calendar(store: JournalStore, out: Path, options: IcsOptions | None = None, *,
                   format_names: Mapping[str, str] | None = None) -> Path:
    """Write the .ics atomically at the path the person chose (mode 0600)."""
    out = Path(out)
    atomic_write(out, build_calendar(store, options, format_names=format_names))
    return out
