"""Session status that follows reality, over the store (Qt-free).

The rules live in :mod:`carnet.domain.status`; this module reads what they need
(has anything been written in a session?) and applies them, for the session
editor, the home view, the booklet and the command line alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from carnet.domain import Moment, Session, SessionStatus, Topic, TopicStatus
from carnet.domain.status import (
    awaits_answer,
    date_has_come,
    first_upcoming,
    held_by_writing,
    left_out_of_booklet,
)
from carnet.store import JournalStore
from carnet.store.errors import NotFoundError
from carnet.store.repos.sessions import SessionOutline

__all__ = [
    "Unanswered",
    "held_by_writing",
    "left_out",
    "mark",
    "met_in",
    "next_session",
    "next_sessions_by_group",
    "unanswered",
    "written_in",
]


def written_in(store: JournalStore, session_id: int) -> bool:
    """Anything the person wrote or kept for this session: a note, a learning, a
    feeling, the key word, an action, a rating, or a photo or document attached (a
    session « manquée » holding the facilitator's handout was left out of the booklet
    without a word: fresh7). Topics belong to the group, not here."""
    if any(note.text.strip() for note in store.notes.list_by_session(session_id).values()):
        return True
    if store.keywords.get(session_id) is not None:
        return True
    return bool(
        store.learnings.list_by_session(session_id)
        or store.actions.list_by_session(session_id)
        or store.feelings.list_by_session(session_id)
        or store.assessments.list_by_session(session_id)
        or store.attachments.count_by_session([session_id]).get(session_id, 0)
    )


def _own_words(text: str, brought: set[str]) -> bool:
    """``text`` holds words other than the drafts of topics brought to the session
    (Préparer's « Apporter à cette séance » copies them in, joined by a rule)."""
    parts = re.split(r"\n[ \t]*---[ \t]*\n", text)
    return any(part.strip() and part.strip() not in brought for part in parts)


def met_in(store: JournalStore, session_id: int) -> bool:
    """Something written that only a meeting that took place brings: what
    :func:`written_in` counts, but a feeling noted « before the session » and the draft
    of a topic Préparer brought to it (written that morning, for the meeting to come:
    fresh6 — today's meeting then vanished from Home and Préparer)."""
    notes = [n.text for n in store.notes.list_by_session(session_id).values() if n.text.strip()]
    if notes:
        brought = {(t.draft.strip() or t.title.strip())
                   for t in store.topics.list_by_session(session_id)}
        if any(_own_words(text, brought) for text in notes):
            return True
    if store.keywords.get(session_id) is not None:
        return True
    return bool(
        store.learnings.list_by_session(session_id)
        or store.actions.list_by_session(session_id)
        or any(f.moment is not Moment.BEFORE for f in store.feelings.list_by_session(session_id))
        or store.assessments.list_by_session(session_id)
    )


def _written(store: JournalStore, sessions: Iterable[Session | SessionOutline]) -> set[int]:
    """The sessions of ``sessions`` (of today) that are behind us: met in."""
    return {s.id for s in sessions if s.id is not None and met_in(store, s.id)}


def next_session(
    store: JournalStore, today: date, group_id: int | None = None
) -> Session | None:
    """The next session to come (see :func:`carnet.domain.status.is_upcoming`).

    Only sessions dated today need their content read: later ones are upcoming
    whatever they hold. Without ``group_id``, an archived group's sessions are not
    proposed (its page says so; fresh6 found its cancelled last session announced).
    """
    if group_id is not None:
        group_ids = [group_id]
    else:
        group_ids = store.groups.ids(archived=False)
        if not group_ids:
            return None
    candidates = store.sessions.list(
        status=SessionStatus.PLANNED,
        start=today,
        group_ids=group_ids,
    )
    todays = [s for s in candidates if s.date == today]
    return first_upcoming(candidates, today, _written(store, todays))


def next_sessions_by_group(
    store: JournalStore, today: date, sessions: Iterable[Session | SessionOutline]
) -> dict[int, Session | SessionOutline]:
    """Each group's next session (the rule of :func:`next_session`, group by group),
    from ``sessions`` already read (every session of the journal, as the sidebar holds):
    only those dated today have their content read, instead of two queries per group."""
    candidates = [
        s for s in sessions if s.status is SessionStatus.PLANNED and s.date >= today
    ]
    written = _written(store, [s for s in candidates if s.date == today])
    by_group: dict[int, list[Session | SessionOutline]] = {}
    for session in candidates:
        by_group.setdefault(session.group_id, []).append(session)
    nexts = {
        group_id: first_upcoming(group_sessions, today, written)
        for group_id, group_sessions in by_group.items()
    }
    return {group_id: s for group_id, s in nexts.items() if s is not None}


@dataclass(frozen=True)
class Unanswered:
    """A past session still marked planned, and whether something was written in it."""

    session: Session
    written: bool


def unanswered(store: JournalStore, today: date, limit: int | None = None) -> list[Unanswered]:
    """Past sessions still marked planned, the most recent first (home asks about them)."""
    past = [
        s
        for s in store.sessions.list(status=SessionStatus.PLANNED, end=today)
        if awaits_answer(s, today)
    ]
    past.sort(key=lambda s: (s.date, s.number), reverse=True)
    if limit is not None:
        past = past[:limit]
    return [Unanswered(s, written_in(store, s.id)) for s in past]


def mark(store: JournalStore, session_id: int, status: SessionStatus) -> Session:
    """Set one session's status (the home view's one-click answers); the topics brought
    to it follow, in the same transaction (:func:`settle_brought_topics`)."""
    with store.transaction():
        session = store.sessions.get(session_id)
        session.status = SessionStatus(status)
        store.sessions.update(session)
        settle_brought_topics(store, session)
    return session


def left_out(
    store: JournalStore,
    *,
    start: date | None = None,
    end: date | None = None,
    group_ids: list[int] | None = None,
    today: date | None = None,
) -> list[Session]:
    """Sessions of the period, their date come, with content that the booklet leaves out
    (not held). A future session prepared ahead is not one of them."""
    today = today or date.today()
    sessions = store.sessions.list(start=start, end=end, group_ids=group_ids)
    return [
        s
        for s in sessions
        if s.status is not SessionStatus.HELD
        and date_has_come(s, today)
        and left_out_of_booklet(s, written_in(store, s.id), today)
    ]


def settle_brought_topics(store: JournalStore, session: Session) -> list[Topic]:
    """A session's status changed: the topics brought to it follow. Held, each one
    brought there is treated there (« traité »: recorded in the journal, it used to be
    only read so); put back to planned or missed, those it treated are brought again.
    The topics changed — the caller says so, and offers :func:`keep_to_bring`."""
    changed = []
    for topic in store.topics.list_by_session(session.id):
        if session.status is SessionStatus.HELD and topic.status is TopicStatus.SCHEDULED:
            topic.status = TopicStatus.TREATED
        elif session.status is not SessionStatus.HELD and topic.status is TopicStatus.TREATED:
            topic.status = TopicStatus.SCHEDULED
        else:
            continue
        store.topics.update(topic)
        changed.append(topic)
    return changed


def keep_to_bring(store: JournalStore, topic_ids: Iterable[int]) -> list[int]:
    """The session took place but its case was not treated (no time left, another case
    chosen): these topics wait again among those to bring, free to be brought to another
    session. The ids changed (a topic changed meanwhile keeps what it became)."""
    kept = []
    with store.transaction():
        for topic_id in topic_ids:
            try:
                topic = store.topics.get(topic_id)
            except NotFoundError:
                continue
            if topic.status in (TopicStatus.TREATED, TopicStatus.SCHEDULED):
                topic.status = TopicStatus.OPEN
                topic.session_id = None
                store.topics.update(topic)
                kept.append(topic_id)
    return kept
