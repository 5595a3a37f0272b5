"""Saving a group: its record, its calendar of sessions, members and objectives, at once.

The group editor (and any other caller) gives the group as the person set it;
this writes it in one transaction, so a failure leaves the journal as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import TypeVar

from carnet.domain import (
    Action,
    Group,
    Member,
    Objective,
    Role,
    Session,
    SessionStatus,
    planned_dates,
)
from carnet.domain.schedule import plan_after_removal, reschedule
from carnet.store import JournalStore

T = TypeVar("T")


def beyond_the_count(store: JournalStore, group: Group,
                     previous: Group | None) -> tuple[list[Session], list[Session]]:
    """``(blank, kept)``: the planned sessions numbered above ``group``'s count when it
    is lowered below ``previous``'s — those with nothing in them (no title, theme, note,
    learning, feeling, key word, action, rating, document nor topic brought), which a
    save removes, and those holding something, which stay (lowered 6 → 2, the four
    planned meetings stayed, still announced everywhere: fresh8's G19)."""
    from carnet.services.session_status import written_in

    if previous is None or group.planned_sessions >= previous.planned_sessions:
        return [], []
    blank, kept = [], []
    for session in store.sessions.list_by_group(group.id):
        if session.number <= group.planned_sessions or session.status is not SessionStatus.PLANNED:
            continue
        empty = not (session.title.strip() or session.themes or written_in(store, session.id)
                     or store.topics.list_by_session(session.id))
        (blank if empty else kept).append(session)
    return blank, kept


def save_group(store: JournalStore, group: Group, previous: Group | None, default_role: Role,
               members: Sequence[Member],
               objectives: Sequence[tuple[int | None, str]],
               moved_actions: list | None = None,
               removed_sessions: list | None = None) -> Group:
    """Add or update ``group`` (``previous`` is what it was, None when new), plan its
    sessions (:func:`carnet.domain.schedule.reschedule`), replace its members and
    set its objectives to ``objectives`` — ``(id or None, title)`` in order.

    A new start date or rhythm moves the planned sessions, and the open actions due at
    them follow, as when one meeting is moved on its page (they stayed on the old days,
    « en retard » before the meetings); ``moved_actions`` receives each ``(action, its
    former due date)``, for the page to say it and offer to keep them. A count lowered
    removes the blank planned sessions above it (:func:`beyond_the_count`);
    ``removed_sessions`` receives them, and those kept for what they hold."""
    from carnet.services.planning import apply_due_moves, due_moves

    with store.transaction():
        blank, kept = beyond_the_count(store, group, previous)
        if previous is None:
            store.groups.add(group)
        else:
            store.groups.update(group)
        for session in blank:
            store.sessions.delete(session.id)
        if removed_sessions is not None:
            removed_sessions.extend([blank, kept])
        existing = store.sessions.list_by_group(group.id) if previous else []
        moved, added = reschedule(group, previous, existing, default_role)
        former = {s.id: s.date for s in existing}
        actions = due_moves(store, [(s, former[s.id]) for s in moved if s.id in former])
        for session in moved:
            store.sessions.update(session)
        done = apply_due_moves(store, actions)
        if moved_actions is not None:
            moved_actions.extend(done)
        store.sessions.add_many(added)
        store.members.replace_for_group(group.id, list(members))
        _save_objectives(store, group.id, objectives)
    return group


def cycle_span(store: JournalStore, group: Group, saved: Group | None) -> tuple[date, date]:
    """The first and last sessions' dates once ``group`` is saved over ``saved`` (None:
    a new group): its sessions as they are — a meeting moved on its page keeps its day —
    with those :func:`~carnet.domain.schedule.reschedule` would move or add. The group
    page says it (« Du … au … »): computed from the rhythm alone, it gave an end the
    cycle's last session no longer had (fresh7's F27)."""
    existing = store.sessions.list_by_group(saved.id) if saved is not None else []
    gone = {s.id for s in beyond_the_count(store, group, saved)[0]}  # (removed by the save)
    existing = [s for s in existing if s.id not in gone]
    moved, added = reschedule(group, saved, existing, Role.PARTICIPANT)  # (dates only)
    now = {s.id: s.date for s in moved}
    dates = sorted([now.get(s.id, s.date) for s in existing] + [s.date for s in added])
    if not dates:  # a saved group whose sessions were all removed: its plan
        dates = planned_dates(group.start_date, group.cadence, max(1, group.planned_sessions))
    return dates[0], dates[-1]


def _save_objectives(store: JournalStore, group_id: int,
                     rows: Sequence[tuple[int | None, str]]) -> None:
    kept = {ident for ident, _ in rows if ident is not None}
    stored = {o.id: o for o in store.objectives.list_by_group(group_id)}
    for objective in stored.values():
        if objective.id not in kept:
            store.objectives.delete(objective.id)
    for position, (ident, title) in enumerate(rows):
        before = stored.get(ident) if ident is not None else None
        if before is None:
            store.objectives.add(Objective(group_id=group_id, title=title, position=position))
        elif (before.title, before.position) != (title, position):
            # what the page does not show — the description — is kept (fresh6: every
            # save of the page erased it)
            store.objectives.update(replace(before, title=title, position=position))


# -- the group page saved over a journal that changed meanwhile -----------------------------------

#: The group's own fields the page shows or keeps (``id`` is the record's, not a value).
_GROUP_FIELDS = tuple(f.name for f in fields(Group) if f.name != "id")


@dataclass(frozen=True)
class GroupForm:
    """What the group page holds: the group, its members and its objectives
    ``(id or None, title)`` in order."""

    group: Group
    members: tuple[Member, ...]
    objectives: tuple[tuple[int | None, str], ...]


def read_group_form(store: JournalStore, group_id: int) -> GroupForm:
    """The group page's content as the journal holds it now."""
    return GroupForm(
        store.groups.get(group_id),
        tuple(store.members.list_by_group(group_id)),
        tuple((o.id, o.title) for o in store.objectives.list_by_group(group_id)),
    )


def _member_value(member: Member) -> tuple[str, tuple[str, ...]]:
    return member.pseudonym, tuple(name for name in member.masked_names if name)


def merge_group_form(base: GroupForm, mine: GroupForm, theirs: GroupForm) -> GroupForm:
    """The page to save when the journal changed since the page was read (a sync brought
    another device's edit while the page was open and being typed in).

    ``base`` is what the page read, ``mine`` what it holds now, ``theirs`` what the
    journal holds now. A field the person changed here is theirs to decide; every other
    field takes the journal's current value, so saving the page never writes an old
    value over another device's edit. Ground rules changed on both sides keep both
    texts. Members and objectives added elsewhere are kept; those deleted elsewhere go
    unless edited here (then kept as new); those deleted here go unless edited elsewhere.
    """
    values = {}
    for name in _GROUP_FIELDS:
        was, now, other = (getattr(g, name) for g in (base.group, mine.group, theirs.group))
        values[name] = now if now != was else other
        if name == "ground_rules" and now != was and other != was and other and other != now:
            values[name] = f"{now}\n\n{other}" if now else other  # both edits kept
    group = Group(**values, id=theirs.group.id)
    return GroupForm(
        group,
        _merge_rows(base.members, mine.members, theirs.members,
                    key=lambda m: m.id, value=_member_value,
                    as_new=lambda m: replace(m, id=None)),
        _merge_rows(base.objectives, mine.objectives, theirs.objectives,
                    key=lambda o: o[0], value=lambda o: o[1],
                    as_new=lambda o: (None, o[1])),
    )


def _merge_rows(base: Sequence[T], mine: Sequence[T], theirs: Sequence[T], *,
                key: Callable[[T], int | None], value: Callable[[T], object],
                as_new: Callable[[T], T]) -> tuple[T, ...]:
    """Rows of a list edited here (``mine``) and elsewhere (``theirs``) since ``base``:
    the page's order, then what was added elsewhere."""
    was = {key(row): row for row in base}
    other = {key(row): row for row in theirs}
    mine_ids = {key(row) for row in mine}
    rows: list[T] = []
    for row in mine:
        ident = key(row)
        if ident is None:
            rows.append(row)  # added here
        elif ident in other:
            edited_here = ident not in was or value(row) != value(was[ident])
            rows.append(row if edited_here else other[ident])
        elif ident in was and value(row) != value(was[ident]):
            rows.append(as_new(row))  # deleted elsewhere while edited here: the edit stays
    for row in theirs:
        ident = key(row)
        if ident in mine_ids:
            continue
        if ident not in was or value(row) != value(was[ident]):
            rows.append(row)  # added elsewhere, or deleted here while edited elsewhere
    return tuple(rows)


# -- ending a group: archive it, or remove one made by mistake -------------------------------


@dataclass(frozen=True)
class GroupContents:
    """What removing a group would take with it: its sessions, and how many of them
    hold something the person wrote (a note, a learning, a feeling, an action, a
    rating, the key word, a title or a document)."""

    sessions: int
    written: int

    @property
    def removable(self) -> bool:
        """Only a group with nothing written in it may be removed: a group whose cycle
        ended is archived instead (kept, printed, out of the way). A removal cannot be
        undone, and it would also remove it from the person's other devices."""
        return self.written == 0


@dataclass(frozen=True)
class LeftOpen:
    """What a group still holds open when its cycle is ended: its open actions, the
    topics still to bring in it, its meetings planned from today on. Archiving keeps
    them as they are but takes them off Home and the reminders: the person is asked
    first, told what (an earlier review found it said only afterwards)."""

    actions: tuple[Action, ...]
    topics: int
    planned: tuple[Session, ...]

    def __bool__(self) -> bool:
        return bool(self.actions or self.topics or self.planned)


def left_open(store: JournalStore, group_id: int, today: date) -> LeftOpen:
    from carnet.services.planning import still_to_bring

    actions = store.actions.list(group_id=group_id, open_only=True)
    topics = still_to_bring(store, (t for t in store.topics.list(group_id=group_id)
                                    if t.group_id == group_id))
    planned = [s for s in store.sessions.list_by_group(group_id)
               if s.status is SessionStatus.PLANNED and s.date >= today]
    return LeftOpen(tuple(actions), len(topics), tuple(sorted(planned, key=lambda s: s.date)))


def group_contents(store: JournalStore, group_id: int) -> GroupContents:
    sessions = store.sessions.list_by_group(group_id)
    ids = [s.id for s in sessions if s.id is not None]
    documents = store.attachments.count_by_session(ids) if ids else {}
    written = sum(1 for s in sessions if _written(store, s, documents))
    return GroupContents(len(sessions), written)


def _written(store: JournalStore, session, documents: dict[int, int]) -> bool:
    from carnet.services.session_status import written_in

    return bool(session.title.strip() or any(theme.strip() for theme in session.themes)
                or documents.get(session.id, 0) or written_in(store, session.id))


def session_is_empty(store: JournalStore, session_id: int) -> bool:
    """Nothing written in this session (no note, learning, feeling, action, rating, key
    word, title, theme or document): it may be removed (a Ctrl+N too many)."""
    session = store.sessions.get(session_id)
    documents = store.attachments.count_by_session([session_id])
    return not _written(store, session, documents)


def remove_empty_session(store: JournalStore, session_id: int) -> bool:
    """Remove a session with nothing written in it; False, and nothing removed, when
    something was written there (meanwhile, or on another device).

    Removing the plan's last session lowers « Séances prévues » with it, in the same
    transaction (:func:`carnet.domain.schedule.plan_after_removal`): the group's next
    save must not plan it again."""
    with store.transaction():
        if not session_is_empty(store, session_id):
            return False
        session = store.sessions.get(session_id)
        group = store.groups.get(session.group_id)
        remaining = store.sessions.list_by_group(group.id)
        planned = plan_after_removal(group, session, remaining)
        store.sessions.delete(session_id)
        if planned != group.planned_sessions:
            store.groups.update(replace(group, planned_sessions=planned))
    return True


def remove_group(store: JournalStore, group_id: int) -> bool:
    """Remove a group with nothing written in it (its planned sessions, members and
    objectives go with it; its topics stay, without a group). False, and nothing
    removed, when something was written there meanwhile."""
    if not group_contents(store, group_id).removable:
        return False
    store.groups.delete(group_id)
    return True
