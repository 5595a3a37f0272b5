"""Saving a group: its record, its calendar of sessions, members and objectives, at once.

The group editor (and any other caller) gives the group as the person set it;
this writes it in one transaction, so a failure leaves the journal as it was.
"""

from __future__ import annotations

from collections.abc import Sequence

from carnet.domain import Group, Member, Objective, Role
from carnet.domain.schedule import reschedule
from carnet.store import JournalStore


def save_group(store: JournalStore, group: Group, previous: Group | None, default_role: Role,
               members: Sequence[Member],
               objectives: Sequence[tuple[int | None, str]]) -> Group:
    """Add or update ``group`` (``previous`` is what it was, None when new), plan its
    sessions (:func:`carnet.domain.schedule.reschedule`), replace its members and
    set its objectives to ``objectives`` — ``(id or None, title)`` in order."""
    with store.transaction():
        if previous is None:
            store.groups.add(group)
        else:
            store.groups.update(group)
        existing = store.sessions.list_by_group(group.id) if previous else []
        moved, added = reschedule(group, previous, existing, default_role)
        for session in moved:
            store.sessions.update(session)
        store.sessions.add_many(added)
        store.members.replace_for_group(group.id, list(members))
        _save_objectives(store, group.id, objectives)
    return group


def _save_objectives(store: JournalStore, group_id: int,
                     rows: Sequence[tuple[int | None, str]]) -> None:
    kept = {ident for ident, _ in rows if ident is not None}
    for objective in store.objectives.list_by_group(group_id):
        if objective.id not in kept:
            store.objectives.delete(objective.id)
    for position, (ident, title) in enumerate(rows):
        objective = Objective(group_id=group_id, title=title, position=position, id=ident)
        if ident is None:
            store.objectives.add(objective)
        else:
            store.objectives.update(objective)
