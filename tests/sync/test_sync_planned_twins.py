"""« Séances prévues » raised on two devices before they sync (fresh7's F26).

Each device's group page plans the new meeting (services/groups.save_group →
schedule.reschedule) under its own uuid; the merge kept both: « Séance 4 » twice on
the same day, the meeting's notes liable to be split between them. After a sync a
device removes the blank twins (carnet/store/sync_twins.py), never one holding a word.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from datetime import date

from carnet.domain import Cadence, CadenceUnit, Group, Role
from carnet.services.groups import save_group
from carnet.sync import sync_once


def _group(store):
    return next(g for g in store.groups.list() if g.name == "RPM")


def _plan(store, planned: int) -> None:
    group = _group(store)
    save_group(store, dataclasses.replace(group, planned_sessions=planned), group,
               Role.PARTICIPANT, store.members.list_by_group(group.id),
               [(o.id, o.title) for o in store.objectives.list_by_group(group.id)])


def _fourth(store):
    return [s for s in store.sessions.list_by_group(_group(store).id) if s.number == 4]


def _sync(*stores) -> None:
    for store in stores:
        assert sync_once(store).complete


def _start(devices):
    a, b = devices.open("a"), devices.open("b")
    save_group(a, Group(name="RPM", template_id="rpm", cadence=Cadence(1, CadenceUnit.MONTH),
                        planned_sessions=3, start_date=date(2027, 1, 10)),
               None, Role.PARTICIPANT, [], [])
    _sync(a, b)
    assert len(b.sessions.list_by_group(_group(b).id)) == 3  # control
    return a, b


def _numbers(store) -> Counter:
    return Counter(s.number for s in store.sessions.list_by_group(_group(store).id))


def test_the_same_plan_raised_on_two_devices_makes_one_session(devices):
    a, b = _start(devices)
    try:
        _plan(a, 4)
        _plan(b, 5)  # (and a fifth on one of them only)
        _sync(a, b, a)
        assert _numbers(a) == _numbers(b) == Counter({1: 1, 2: 1, 3: 1, 4: 1, 5: 1})
        assert _fourth(a)[0].date == date(2027, 4, 10)
    finally:
        a.close()
        b.close()


def test_a_twin_holding_words_is_the_one_kept_and_two_with_words_both_stay(devices):
    a, b = _start(devices)
    try:
        _plan(a, 5)
        _plan(b, 5)
        b.notes.save(_fourth(b)[0].id, "introduction", "préparé sur le portable")
        fifth = {s.number: s for s in a.sessions.list_by_group(_group(a).id)}[5]
        a.notes.save(fifth.id, "introduction", "écrit sur le fixe")
        fifth_b = {s.number: s for s in b.sessions.list_by_group(_group(b).id)}[5]
        b.notes.save(fifth_b.id, "introduction", "écrit sur le portable")
        _sync(a, b, a)
        for store in (a, b):
            (fourth,) = _fourth(store)
            assert store.notes.get(fourth.id, "introduction").text == "préparé sur le portable"
            assert _numbers(store)[5] == 2  # both hold words: nothing dropped to dedupe
    finally:
        a.close()
        b.close()


def test_a_twin_removed_on_one_device_while_written_in_on_the_other_stays(devices):
    a, b = _start(devices)
    try:
        _plan(a, 4)
        _plan(b, 4)
        # a's session 4 is the one every device removes while both are blank
        assert a.sync.adopt_uuid("sessions", _fourth(a)[0].id, "f" * 32)
        _sync(a, b)  # b removes a's twin, blank there
        assert len(_fourth(b)) == 1
        a.notes.save(_fourth(a)[0].id, "introduction", "écrit avant d'avoir reçu")
        _sync(a, b, a)
        for store in (a, b):
            (fourth,) = _fourth(store)
            assert store.notes.get(fourth.id, "introduction").text == "écrit avant d'avoir reçu"
    finally:
        a.close()
        b.close()
