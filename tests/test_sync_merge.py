"""The pure merge rules of sync (carnet/domain/sync.py), checked with hypothesis.

States are not drawn at random (random siblings and vectors break the invariants
every real state keeps): they come out of simulated devices that edit a field and
merge each other's states in a random order, as the store does.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carnet.domain.sync import (
    OTHER_VERSION_HEADING,
    ApplyReport,
    Dot,
    FieldState,
    FrozenBundle,
    HybridClock,
    RecordState,
    Sibling,
    SnapshotState,
    SyncIdentity,
    liveness,
    merge_records,
    parse_stamp,
    render,
)

DEVICES = ("aa", "bb", "cc")
TEXTS = st.sampled_from(["", "note", "Délégation 🙂", "<b>&</b> ]]>", "שלום", "x" * 50])


class _Device:
    def __init__(self, name: str) -> None:
        self.name = name
        self.seq = 0
        self.clock = HybridClock(name)
        self.state: FieldState | None = None

    def edit(self, value: str, wall: int) -> FieldState:
        self.seq += 1
        self.state = FieldState.edit(
            self.state, value, self.clock.tick(wall), Dot(self.name, self.seq)
        )
        return self.state

    def receive(self, other: FieldState | None) -> FieldState | None:
        if other is not None:
            for sib in other.siblings:
                self.clock.observe(sib.stamp)
            self.state = other if self.state is None else self.state.merge(other)
        return self.state


OPS = st.lists(
    st.one_of(
        st.tuples(st.just("edit"), st.integers(0, 2), TEXTS, st.integers(0, 10_000)),
        st.tuples(st.just("merge"), st.integers(0, 2), st.integers(0, 2)),
    ),
    min_size=1,
    max_size=25,
)


def _simulate(ops) -> list[FieldState]:
    devices = [_Device(n) for n in DEVICES]
    seen: list[FieldState] = []
    for op in ops:
        if op[0] == "edit":
            _, i, text, wall = op
            seen.append(devices[i].edit(text, wall))
        else:
            _, i, j = op
            state = devices[i].receive(devices[j].state)
            if state is not None:
                seen.append(state)
    return seen


@st.composite
def three_states(draw):
    pool = _simulate(draw(OPS))
    if not pool:
        pool = [FieldState()]
    pick = st.sampled_from(pool)
    return draw(pick), draw(pick), draw(pick)


@settings(max_examples=300, deadline=None)
@given(three_states())
def test_merge_is_commutative_associative_idempotent(states):
    a, b, c = states
    assert a.merge(b) == b.merge(a)
    assert a.merge(b).merge(c) == a.merge(b.merge(c))
    assert a.merge(a) == a
    assert a.merge(b).merge(b) == a.merge(b)


@settings(max_examples=200, deadline=None)
@given(three_states())
def test_rendering_is_the_same_whatever_the_merge_order(states):
    results = set()
    for order in itertools.permutations(states):
        merged = order[0].merge(order[1]).merge(order[2])
        results.add((render("step_notes", "text", merged), render("sessions", "title", merged)))
    assert len(results) == 1


@settings(max_examples=200, deadline=None)
@given(OPS)
def test_devices_that_exchanged_everything_converge_and_keep_every_unseen_text(ops):
    devices = [_Device(n) for n in DEVICES]
    written: dict[Dot, str] = {}
    superseded: set[Dot] = set()
    for op in ops:
        if op[0] == "edit":
            _, i, text, wall = op
            seen = dict(devices[i].state.vv) if devices[i].state else {}
            superseded.update(d for d in written if d.covered_by(seen))
            state = devices[i].edit(text, wall)
            written[state.siblings[0].dot] = text
        else:
            devices[op[1]].receive(devices[op[2]].state)
    for _ in range(2):  # everyone hears from everyone
        for a, b in itertools.permutations(devices, 2):
            a.receive(b.state)
    finals = [d.state for d in devices]
    assert all(s == finals[0] for s in finals)
    if finals[0] is None:
        return
    # Exactly the edits no later edit had seen are still standing, and all are shown.
    standing = {s.dot for s in finals[0].siblings}
    assert standing == set(written) - superseded
    text = render("step_notes", "text", finals[0])
    for dot in standing:
        assert written[dot] in text


def _note_edit(device: str, seq: int, text: str, wall: int, base=None) -> FieldState:
    return FieldState.edit(base, text, HybridClock(device).tick(wall), Dot(device, seq))


def test_a_concurrent_note_edit_keeps_both_texts_and_a_later_edit_resolves():
    base = _note_edit("aa", 1, "Début commun", 1_000)
    mine = _note_edit("aa", 2, "Ma version au bureau", 2_000, base)
    theirs = _note_edit("bb", 1, "Sa version à la maison", 3_000, base)
    merged = mine.merge(theirs)
    text = render("step_notes", "text", merged)
    assert text.startswith("Sa version à la maison")  # the newest first
    assert "Ma version au bureau" in text
    assert OTHER_VERSION_HEADING in text
    assert "1970-01-01T00:00Z" in text  # the other version's date, UTC (same on each device)
    assert "Début commun" not in text  # both edits had seen it: replaced, not a conflict
    assert render("step_notes", "text", theirs.merge(mine)) == text
    # A short field is last-writer-wins (control: the same state, another field).
    assert render("sessions", "title", merged) == "Sa version à la maison"
    # Editing the merged text replaces both versions.
    resolved = _note_edit("aa", 3, "Fusion faite à la main", 4_000, merged)
    assert render("step_notes", "text", resolved.merge(theirs)) == "Fusion faite à la main"
    assert render("step_notes", "text", merged.merge(resolved)) == "Fusion faite à la main"


def test_identical_concurrent_texts_are_shown_once():
    a = _note_edit("aa", 1, "pareil", 1_000)
    b = _note_edit("bb", 1, "pareil", 2_000)
    assert render("step_notes", "text", a.merge(b)) == "pareil"


def _record(uuid, fields, parents=None, deleted=None, table="step_notes"):
    return RecordState(table, uuid, parents or {}, fields, deleted)


def test_deletion_racing_an_edit_keeps_the_edit_and_its_ancestors():
    created = _note_edit("aa", 1, "texte", 1_000)
    session = _record("S", {"title": _note_edit("aa", 1, "Séance", 1_000)}, table="sessions")
    note = _record("N", {"text": created}, {"session_id": "S"})
    other = _record("O", {"text": _note_edit("aa", 1, "autre", 1_000)}, {"session_id": "S"})
    # Device bb saw everything, then deleted the session (the cascade deletes both notes).
    seen = {"aa": 1}
    deletion = FieldState.edit(FieldState((), seen), True, HybridClock("bb").tick(5_000),
                               Dot("bb", 1))
    dead = [
        RecordState(r.table, r.uuid, r.parents, r.fields, deletion)
        for r in (session, note, other)
    ]
    # Meanwhile aa edited the note, not having seen the deletion.
    edited = RecordState("step_notes", "N", {"session_id": "S"},
                         {"text": _note_edit("aa", 2, "texte modifié", 6_000, created)})
    for order in ([*dead, edited], [edited, *dead]):
        merged = merge_records(order)
        alive = liveness(merged)
        assert alive == {"S": True, "N": True, "O": False}
        assert merged["N"].rendered()["text"] == "texte modifié"
    # Control: a deletion that had seen the edit wins.
    seen_all = FieldState.edit(FieldState((), {"aa": 2}), True, "0000000009000-0000-bb",
                               Dot("bb", 2))
    later = [RecordState(r.table, r.uuid, r.parents, r.fields, seen_all)
             for r in (session, note, other)]
    assert liveness(merge_records([*later, edited])) == {"S": False, "N": False, "O": False}


def test_a_child_of_a_missing_or_dead_parent_is_not_alive():
    note = _record("N", {"text": _note_edit("aa", 1, "t", 1)}, {"session_id": "S"})
    assert liveness({"N": note}) == {"N": False}


def test_hybrid_clock_never_goes_back_and_sorts_as_text():
    clock = HybridClock("dev")
    first = clock.tick(5_000)
    clock.observe("0000000009000-0003-other")  # a device a few seconds ahead
    second = clock.tick(1_000)  # our wall clock went back
    assert first < second
    assert parse_stamp(second)[:2] == (9_000, 4)
    many = [clock.tick(9_000) for _ in range(20_000)]
    assert many == sorted(many)
    assert len(set(many)) == len(many)


@pytest.mark.parametrize("value", ["texte", b"\x00\xff bytes", None, 3, ["a", "b"], True])
def test_json_round_trips_with_plain_types(value):
    import json

    state = FieldState((Sibling(value, "0000000000001-0000-aa", Dot("aa", 1)),), {"aa": 1})
    record = RecordState("attachments", "U", {"session_id": "S"}, {"data": state}, state)
    bundle = FrozenBundle(1, [record], "0000000000001-0000-aa")
    text = json.dumps(bundle.to_json())  # plain JSON types only
    back = FrozenBundle.from_json(json.loads(text))
    assert back == bundle
    snap = SnapshotState([record], {"aa": {1, 2, 3, 7}})
    assert SnapshotState.from_json(json.loads(json.dumps(snap.to_json()))) == snap
    assert snap.to_json()["applied"] == {"aa": [[1, 3], [7, 7]]}
    ident = SyncIdentity("j" * 32, "d" * 32)
    assert SyncIdentity.from_json(ident.to_json()) == ident
    report = ApplyReport(records=2, conflicts=[])
    assert ApplyReport.from_json(json.loads(json.dumps(report.to_json()))) == report


@pytest.mark.parametrize(
    "bad",
    [
        {"seq": 0, "stamp": "", "records": []},
        {"seq": 1, "stamp": "", "records": [{"table": 1, "uuid": "u"}]},
        {"seq": 1, "stamp": "", "records": [{"table": "t", "uuid": "u",
                                             "fields": {"f": {"s": [], "vv": {"a": "x"}}}}]},
    ],
)
def test_malformed_json_is_refused(bad):
    with pytest.raises((ValueError, KeyError, TypeError)):
        FrozenBundle.from_json(bad)
