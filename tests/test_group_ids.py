"""The groups' ids, archived or not, read without building every group.

The reminders' schedule and the next session's lookup run at every save; building the
1,000 groups of a large journal to keep the archived ones out took 13 ms of the UI
thread there (three times the whole schedule before: bench_memory's typing stall).
"""

from __future__ import annotations

from carnet.domain import Group
from carnet.services import reminders as rules


def test_ids_says_which_groups_are_archived(store):
    kept = store.groups.add(Group(name="Codév", template_id="codev"))
    done = store.groups.add(Group(name="RPM", template_id="rpm", archived=True))
    other = store.groups.add(Group(name="Atelier", template_id="codev"))

    assert store.groups.ids(archived=True) == [done.id]
    assert store.groups.ids(archived=False) == sorted([kept.id, other.id])
    assert store.groups.ids() == sorted([kept.id, done.id, other.id])
    # the same as reading them whole (control)
    assert {g.id for g in store.groups.list() if g.archived} == {done.id}


def test_the_schedule_reads_no_group_whole(store, monkeypatch):
    from datetime import date

    store.groups.add(Group(name="Codév", template_id="codev"))

    def whole(*_args, **_kwargs):
        raise AssertionError("every group built to find the archived ones")

    monkeypatch.setattr(store.groups, "list", whole)
    assert rules.schedule(store, date.today()) == []
