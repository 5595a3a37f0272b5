"""« Depuis la dernière fois »: what to say in the first minutes of a meeting.

At the start of a co-développement or action-learning session each participant
says what happened since last time. ``check_in`` gathers it from the journal
for one group: the actions committed to at the last session held, each with its
status, latest review note and outcome (what I tried, what happened); those of
earlier sessions followed up since (closed ones too), the same way; the others
from earlier sessions still open; the key word and the feeling I left with; the
topic I want to bring. The view and its one-page print share it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from carnet.domain import (
    Action,
    ActionReview,
    Feeling,
    Group,
    Moment,
    Session,
    SessionStatus,
    Topic,
    TopicStatus,
)
from carnet.services.planning import still_to_bring
from carnet.services.session_status import next_session
from carnet.store import JournalStore


@dataclass
class CheckInAction:
    action: Action
    latest: ActionReview | None  # the latest review with a note, if any
    reviews: int  # how many reviews in all

    @property
    def tried(self) -> str:
        """What I tried: the latest review's note."""
        return self.latest.note.strip() if self.latest else ""

    @property
    def happened(self) -> str:
        """What happened: the action's outcome."""
        return self.action.outcome.strip()


@dataclass
class CheckIn:
    """Everything the check-in view and its print show, for one group."""

    today: date
    group: Group | None
    upcoming: Session | None  # the session the check-in is for
    last: Session | None  # the last session held before it
    actions: list[CheckInAction] = field(default_factory=list)
    #: actions of earlier sessions followed up since the last one (closed ones too:
    #: what I did with them is what I tell the group — fresh6)
    since: list[CheckInAction] = field(default_factory=list)
    older_open: list[Action] = field(default_factory=list)  # still open, from before
    keyword: str = ""
    feeling: Feeling | None = None
    topic: Topic | None = None

    @property
    def is_empty(self) -> bool:
        return self.last is None and not self.older_open and self.topic is None


def _group_for(store: JournalStore, today: date, session_id: int | None,
               group_id: int | None) -> tuple[Group | None, Session | None]:
    if session_id is not None:
        session = store.sessions.get(session_id)
        return store.groups.get(session.group_id), session
    upcoming = next_session(store, today, group_id)  # the same rule as Home
    if group_id is None:
        if upcoming is not None:
            group_id = upcoming.group_id
        else:
            held = store.sessions.list(status=SessionStatus.HELD, end=today)
            if not held:
                return None, None
            group_id = held[-1].group_id
    return store.groups.get(group_id), upcoming


def _topic(store: JournalStore, group_id: int, upcoming: Session | None) -> Topic | None:
    """The topic to bring: the one scheduled for that session, else the most urgent."""
    topics = still_to_bring(store, store.topics.list(group_id=group_id))
    if upcoming is not None:
        for topic in topics:
            if topic.status is TopicStatus.SCHEDULED and topic.session_id == upcoming.id:
                return topic
    open_topics = [t for t in topics if t.status is TopicStatus.OPEN]
    return min(open_topics, key=lambda t: (t.priority, t.id or 0), default=None)


def check_in(store: JournalStore, today: date, *, session_id: int | None = None,
             group_id: int | None = None) -> CheckIn:
    """The check-in for ``session_id`` (opened from a session), else for the next
    planned session of ``group_id`` (or of any group)."""
    group, upcoming = _group_for(store, today, session_id, group_id)
    if group is None:
        return CheckIn(today=today, group=None, upcoming=None, last=None)
    before = upcoming.date if upcoming is not None else today
    sessions = store.sessions.list_by_group(group.id)
    held = [s for s in sessions if s.status is SessionStatus.HELD
            and (s.date < before or (upcoming is None and s.date <= before))
            and (upcoming is None or s.id != upcoming.id)]
    last = max(held, key=lambda s: (s.date, s.number), default=None)
    result = CheckIn(today=today, group=group, upcoming=upcoming, last=last,
                     topic=_topic(store, group.id, upcoming))
    if last is not None:
        actions = store.actions.list_by_session(last.id)
        reviews = store.reviews.list_for_actions([a.id for a in actions])
        for action in actions:
            history = reviews.get(action.id, [])
            noted = [r for r in history if r.note.strip()]
            result.actions.append(CheckInAction(action, noted[-1] if noted else None,
                                                len(history)))
        word = store.keywords.get(last.id)
        result.keyword = word.word if word else ""
        feelings = store.feelings.list_by_session(last.id)
        after = [f for f in feelings if f.moment is Moment.AFTER]
        result.feeling = (after or [None])[-1]
    earlier = {s.id for s in sessions if last is None or s.date < last.date}
    if last is not None:
        older = [a for a in store.actions.list(group_id=group.id) if a.session_id in earlier]
        reviews = store.reviews.list_for_actions([a.id for a in older])
        for action in older:
            history = reviews.get(action.id, [])
            if not any(r.date >= last.date for r in history):
                continue  # not followed up since the last session
            noted = [r for r in history if r.note.strip()]
            result.since.append(CheckInAction(action, noted[-1] if noted else None,
                                              len(history)))
    followed = {item.action.id for item in result.since}
    result.older_open = [a for a in store.actions.list(group_id=group.id, open_only=True)
                         if a.session_id in earlier and a.id not in followed]
    return result
