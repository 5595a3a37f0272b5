"""Preparing the next meeting: what was promised, what is due, what to bring.

Qt-free queries over the store that the "Préparer la prochaine séance" view,
the home view, the preparation sheet and the CLI share.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from carnet.domain import Action, ActionReview, Group, Session, SessionStatus, Topic, TopicStatus
from carnet.services.session_status import next_session as upcoming_session
from carnet.store import JournalStore
from carnet.store.errors import NotFoundError


@dataclass
class ActionItem:
    """An open action with what the review view needs around it."""

    action: Action
    origin: Session
    reviews: list[ActionReview]
    overdue: bool
    carried_over: bool  # decided in an earlier cycle/group session long before, still open


@dataclass
class OriginGroup:
    origin: Session
    items: list[ActionItem]


@dataclass
class Preparation:
    """Everything to look at before one group's next session (or all groups')."""

    today: date
    group: Group | None
    next_session: Session | None
    days_left: int | None
    by_origin: list[OriginGroup] = field(default_factory=list)
    later: list[ActionItem] = field(default_factory=list)  # open, due after the next session
    topics: list[Topic] = field(default_factory=list)

    @property
    def due_items(self) -> list[ActionItem]:
        return [item for group in self.by_origin for item in group.items]

    @property
    def overdue_count(self) -> int:
        return sum(item.overdue for item in self.due_items)


def prepare(store: JournalStore, today: date, group_id: int | None = None) -> Preparation:
    """Open actions due by the next session, grouped by the session they came from."""
    group = store.groups.get(group_id) if group_id is not None else None
    # The next session follows reality: one of today already written in is behind us.
    next_session = upcoming_session(store, today, group_id)
    horizon = next_session.date if next_session else None
    actions = store.actions.list(group_id=group_id, open_only=True)
    listed = (
        store.sessions.list_by_group(group_id) if group_id is not None else store.sessions.list()
    )
    sessions = {s.id: s for s in listed}
    reviews = store.reviews.list_for_actions([a.id for a in actions])
    due: dict[int, list[ActionItem]] = {}
    later: list[ActionItem] = []
    for action in actions:
        origin = sessions.get(action.session_id) or store.sessions.get(action.session_id)
        item = ActionItem(
            action=action,
            origin=origin,
            reviews=reviews.get(action.id, []),
            overdue=action.is_overdue(today),
            carried_over=action.status.value == "postponed"
            or (action.due_date is not None and (today - action.due_date).days > 60),
        )
        if horizon is None or action.due_date is None or action.due_date <= horizon:
            due.setdefault(origin.id, []).append(item)
        else:
            later.append(item)
    ordered = sorted(due.values(), key=lambda items: (items[0].origin.date, items[0].origin.id))
    by_origin = [OriginGroup(origin=items[0].origin, items=items) for items in ordered]
    topics = still_to_bring(store, store.topics.list(group_id=group_id))
    return Preparation(
        today=today,
        group=group,
        next_session=next_session,
        days_left=(next_session.date - today).days if next_session else None,
        by_origin=by_origin,
        later=later,
        topics=topics,
    )


def move_due_with_session(store: JournalStore, session: Session, old_date: date) -> list[int]:
    """A planned meeting moved from ``old_date``: the open actions decided before it and
    due that day — due « at the next session », the default — follow it (fresh6: they
    stayed due on the old day, « en retard » before the meeting, alarms on the wrong
    day). An action given another date keeps it. The ids of those moved."""
    return [action.id for action, _old in
            apply_due_moves(store, due_moves(store, [(session, old_date)]))]


def due_moves(store: JournalStore,
              moves: Iterable[tuple[Session, date]]) -> list[tuple[Action, date]]:
    """``(action, its new due date)`` for the open actions due at planned sessions that
    move (each given with its former date), read on the journal before the sessions are
    written: a whole plan shifted by one period moves each action once (session 4 onto
    session 5's former day does not hand session 5 its actions)."""
    found: dict[int, tuple[Action, date]] = {}
    by_group: dict[int, list[Session]] = {}
    for session, old_date in moves:
        if session.status is not SessionStatus.PLANNED or session.date == old_date:
            continue
        if session.group_id not in by_group:
            by_group[session.group_id] = store.sessions.list_by_group(session.group_id)
        earlier = {s.id for s in by_group[session.group_id]
                   if s.id != session.id and s.date < old_date}
        for action in store.actions.list(group_id=session.group_id, open_only=True):
            if action.session_id in earlier and action.due_date == old_date \
                    and action.id not in found:
                found[action.id] = (action, session.date)
    return list(found.values())


def apply_due_moves(store: JournalStore,
                    moves: list[tuple[Action, date]]) -> list[tuple[Action, date]]:
    """Write :func:`due_moves`; each action with its former due date."""
    done = []
    for action, new_date in moves:
        old = action.due_date
        action.due_date = new_date
        store.actions.update(action)
        done.append((action, old))
    return done


def keep_due_before_move(store: JournalStore, action_ids: Iterable[int], old_date: date,
                         new_date: date) -> list[int]:
    """The person declined :func:`move_due_with_session` for these actions: each one
    still open and still due on ``new_date`` is due on ``old_date`` again (one changed
    since keeps what it was given). The ids put back, in one transaction."""
    kept = []
    with store.transaction():
        for action_id in action_ids:
            try:
                action = store.actions.get(action_id)
            except NotFoundError:
                continue
            if action.is_open and action.due_date == new_date:
                action.due_date = old_date
                store.actions.update(action)
                kept.append(action_id)
    return kept


def still_to_bring(store: JournalStore, topics: Iterable[Topic]) -> list[Topic]:
    """The topics still to bring: open ones, and those brought to a session that has not
    taken place yet. One brought to a session held since was treated there: it no
    longer waits for every next meeting (fresh6 — nothing marked it treated)."""
    wanted = [t for t in topics if t.status in (TopicStatus.OPEN, TopicStatus.SCHEDULED)]
    held: dict[int, bool] = {}
    for topic in wanted:
        sid = topic.session_id
        if topic.status is TopicStatus.SCHEDULED and sid is not None and sid not in held:
            try:
                held[sid] = store.sessions.get(sid).status is SessionStatus.HELD
            except NotFoundError:
                held[sid] = False
    return [t for t in wanted if not (t.status is TopicStatus.SCHEDULED
                                      and held.get(t.session_id, False))]


def reminder_due(store: JournalStore, today: date, within_days: int = 3) -> Preparation | None:
    """The preparation to announce on opening: a session within ``within_days``
    and at least one open action. None when there is nothing to say."""
    preparation = prepare(store, today)
    if preparation.next_session is None or preparation.days_left is None:
        return None
    if preparation.days_left > within_days or not preparation.due_items:
        return None
    return preparation
