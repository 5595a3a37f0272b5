"""A snapshot loaded in bulk into a new journal equals the record-by-record merge (issue 15).

Joining loads the newest snapshot into a journal that holds nothing yet, in one
transaction and table by table (carnet/store/sync_bulk.py). Whatever the
history behind the snapshot — concurrent versions, tags united, reviews and
feelings, ratings, photos and their bytes, tombstones, a deletion that lost to
an edit it had not seen — the journal it gives must be the one the ordinary
merge (carnet/store/sync_apply.py) gives: the same export, the same rows, the
same sync state (versions, tombstones, edges, clock, applied set), nothing
left to send. Row ids are local to each journal and are compared through the
records' uuids.
"""

from __future__ import annotations

import hashlib
import json
import random
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carnet.domain import (
    Action,
    ActionReview,
    ActionStatus,
    Assessment,
    Emotion,
    Feeling,
    Group,
    Learning,
    Member,
    Moment,
    Objective,
    Session,
    Topic,
    TopicStatus,
)
from carnet.domain.attachment import Attachment
from carnet.domain.sync import FrozenBundle, SnapshotState, parse_stamp
from carnet.services.attachment_intake import prepare
from carnet.store import JournalStore, sync_bulk
from carnet.store.schema import SEARCH_KINDS
from carnet.store.sync_states import unpack
from carnet.store.sync_tables import TABLES
from tests.attachment_files import photo
from tests.test_sync_store import PASS, dump, exchange, export_doc, fill_everything

_KIND_TABLE = {
    "note": "step_notes", "learning": "learnings", "feeling": "feelings", "action": "actions",
    "review": "action_reviews", "topic": "topics", "keyword": "keywords",
    "objective": "objectives", "assessment": "assessments", "attachment": "attachments",
    "session": "sessions", "group": "groups",
}


@pytest.fixture
def journals(tmp_path):
    opened: list[JournalStore] = []

    def make(name: str) -> JournalStore:
        store = JournalStore.create(tmp_path / f"{name}.carnet", PASS, owner_name="Camille")
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


def sync_tables(store) -> dict:
    """Sync's own tables, row ids replaced by uuids (device-local ids left out)."""
    conn = store.conn
    uuid_of = {(t, r): u for t, r, u in conn.execute("SELECT tbl, rid, uuid FROM sync_ids")}
    counts = {
        spec.name: conn.execute(f"SELECT count(*) FROM {spec.name}").fetchone()[0]
        for spec in TABLES.values()
    }
    ids = {}
    for tbl, count in conn.execute("SELECT tbl, count(*) FROM sync_ids GROUP BY tbl"):
        ids[tbl] = count
    search = sorted(
        (body, kind, uuid_of.get((_KIND_TABLE[kind], rowid // 16)),
         uuid_of.get(("sessions", session)) if session is not None else None)
        for rowid, body, kind, session in conn.execute(
            "SELECT rowid, body, kind, session_id FROM search_index")
    )
    for body, kind, uuid, _session in search:
        assert uuid is not None and SEARCH_KINDS[kind], (body, kind)
    clock = conn.execute("SELECT value FROM sync_settings WHERE key = 'clock'").fetchone()
    return {
        # (the JSON of each state, stored compressed)
        "state": sorted(
            (uuid, tbl, unpack(state), *liveness) for uuid, tbl, state, *liveness
            in conn.execute("SELECT uuid, tbl, state, kept_self, kept, alive FROM sync_state")),
        "edges": sorted(conn.execute("SELECT parent, child, ref FROM sync_edges")),
        "applied": sorted(conn.execute("SELECT device, seq FROM sync_applied")),
        "blobs": sorted(
            (sha, hashlib.sha256(data).hexdigest())
            for sha, data in conn.execute("SELECT sha256, data FROM sync_blobs")),
        "clock": parse_stamp(clock[0])[:2] if clock else None,
        "rows": counts,
        "ids": {t: c for t, c in ids.items() if c},
        "search": search,
        "dirty": conn.execute("SELECT count(*) FROM sync_dirty").fetchone()[0],
        "out": conn.execute("SELECT count(*) FROM sync_out").fetchone()[0],
        "outbox": conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0],
        "applying": conn.execute("SELECT count(*) FROM sync_applying").fetchone()[0],
    }


def rich_history(a, b) -> None:
    """Two devices write every kind of row, concurrently, delete, and delete what the
    other is editing; then they exchange everything."""
    ids = fill_everything(a)
    g2 = a.groups.add(Group(name="Deuxième", template_id="codev", notes="à effacer"))
    a.members.add(Member(group_id=g2.id, pseudonym="Z.", masked_names=["Zoé"]))
    s2 = a.sessions.add(Session(group_id=g2.id, number=1, date=date(2026, 3, 2), title="s2"))
    a.notes.save(s2.id, "expose", "dans un groupe qui s'en va")
    g = a.groups.get(ids["group"])
    o2 = a.objectives.add(Objective(group_id=g.id, title="Écouter", description="d"))
    for n in range(2, 6):
        s = a.sessions.add(Session(group_id=g.id, number=n, date=date(2026, 1, n * 3),
                                   title=f"séance {n}", themes=[f"thème {n}", "commun"]))
        for step in ("expose", "questions", "conseils"):
            a.notes.save(s.id, step, f"{step} {n} 🙂")
        a.learnings.add(Learning(session_id=s.id, text=f"appris {n}", tags=["t", f"u{n}"]))
        a.feelings.add(Feeling(session_id=s.id, moment=Moment.BEFORE, emotion=Emotion.FEAR,
                               intensity=2, text=f"avant {n}"))
        act = a.actions.add(Action(session_id=s.id, title=f"action {n}", details="d",
                                   status=ActionStatus.TODO, tags=["x"]))
        a.reviews.add(ActionReview(action_id=act.id, date=date(2026, 2, n), note=f"revue {n}"))
        a.assessments.set(Assessment(objective_id=o2.id, session_id=s.id, rating=n % 5 + 1))
        a.keywords.set(s.id, f"mot {n}")
    a.topics.add(Topic(title="sujet libre", status=TopicStatus.OPEN))
    exchange(a, b)

    def find(store, number):
        group = next(x for x in store.groups.list() if x.id and x.name.startswith("Codév"))
        return next(s for s in store.sessions.list_by_group(group.id) if s.number == number)

    # concurrent versions: the same note, learning, tags, masked names, photo, on both
    for store, who in ((a, "A"), (b, "B")):
        s = find(store, 3)
        store.notes.save(s.id, "expose", f"version {who}")
        [learning] = store.learnings.list_by_session(s.id)
        learning.text, learning.tags = f"appris par {who}", [*learning.tags, who]
        store.learnings.update(learning)
        session = store.sessions.get(s.id)
        session.themes = [*session.themes, f"thème {who}"]
        store.sessions.update(session)
        group = next(x for x in store.groups.list() if x.name.startswith("Codév"))
        [member] = store.members.list_by_group(group.id)
        member.masked_names = [*member.masked_names, f"nom {who}"]
        store.members.update(member)
        first = find(store, 1)
        [att] = store.attachments.list_by_session(first.id)
        color = (200, 0, 0) if who == "A" else (0, 200, 0)
        store.attachments.replace_data(att.id, photo(color=color), 1200, 800)
    # a deletion racing an edit it had not seen: the edit (and its ancestors) stay
    s4b = find(b, 4)
    [act_b] = b.actions.list_by_session(s4b.id)
    b.actions.delete(act_b.id)
    s4a = find(a, 4)
    [act_a] = a.actions.list_by_session(s4a.id)
    a.reviews.add(ActionReview(action_id=act_a.id, date=date(2026, 4, 1), note="revue gardée"))
    b.sessions.delete(find(b, 5).id)
    a.notes.save(find(a, 5).id, "questions", "écrite pendant la suppression")
    # plain deletions: tombstones (a photo's among them), a whole group, a key word
    s2a = find(a, 2)
    [learning2] = a.learnings.list_by_session(s2a.id)
    a.learnings.delete(learning2.id)
    a.keywords.set(s2a.id, "")
    [topic] = [t for t in b.topics.list() if t.title == "sujet libre"]
    b.topics.delete(topic.id)
    b.groups.delete(next(x for x in b.groups.list() if x.name == "Deuxième").id)
    exchange(a, b)
    # after the exchange: a photo deleted, and two added (the same bytes twice)
    first = find(a, 1)
    [att] = a.attachments.list_by_session(first.id)
    a.attachments.delete(att.id)
    prepared = prepare(photo(color=(0, 0, 90)), "u.jpg")
    for caption in ("une", "la même"):
        a.attachments.add(
            Attachment(session_id=find(a, 2).id, step_id="expose", caption=caption,
                       filename=prepared.filename, mime=prepared.mime, width=prepared.width,
                       height=prepared.height, size=1, sha256=""),
            prepared.data,
        )
    exchange(a, b)


def wire_of(store) -> SnapshotState:
    """The store's snapshot as a reader gets it from the folder."""
    return SnapshotState.from_json(json.loads(json.dumps(store.sync.snapshot().to_json())))


def test_a_snapshot_loaded_in_bulk_is_the_journal_the_ordinary_merge_builds(journals):
    a, b = journals("a"), journals("b")
    rich_history(a, b)
    wire = wire_of(a)
    slow, fast = journals("slow"), journals("fast")
    slow.sync.load_snapshot(wire)
    report = fast.sync.load_snapshot_into_empty(wire, chunk=7)
    assert report is not None, "the bulk load was declined"
    assert report.records == len(wire.records)
    assert report.conflicts, "the concurrent note is a conflict"
    assert dump(fast) == dump(slow) == dump(a)
    assert export_doc(fast) == export_doc(slow) == export_doc(a)
    assert sync_tables(fast) == sync_tables(slow)
    # every kind of row is there, tombstones too, and nothing is left to send
    tables = sync_tables(fast)
    assert all(tables["rows"][t] for t in TABLES if t != "keywords")
    assert any(alive == 0 for *_x, alive in tables["state"]), "no tombstone"
    assert tables["dirty"] == tables["out"] == tables["outbox"] == tables["applying"] == 0
    assert fast.sync.collect() is None
    # the deletion that lost to an edit: the action and its review stand, on both
    texts = json.dumps(export_doc(fast), ensure_ascii=False)
    assert "revue gardée" in texts and "écrite pendant la suppression" in texts
    assert "dans un groupe qui s'en va" not in texts
    # control: a snapshot taken before the last changes gives another journal
    c = journals("c")
    b.notes.save(b.sessions.list()[0].id, "expose", "plus tard")
    exchange(a, b)
    assert c.sync.load_snapshot_into_empty(wire_of(a)) is not None
    assert export_doc(c) != export_doc(fast)
    assert sync_tables(c) != sync_tables(fast)


def test_then_both_journals_take_the_same_bundles_and_stay_equal(journals):
    a, b = journals("a"), journals("b")
    rich_history(a, b)
    wire = wire_of(a)
    slow, fast = journals("slow"), journals("fast")
    slow.sync.load_snapshot(wire)
    assert fast.sync.load_snapshot_into_empty(wire) is not None
    s = next(x for x in a.sessions.list() if x.number == 2)
    a.notes.save(s.id, "expose", "après la photo")
    a.learnings.add(Learning(session_id=s.id, text="nouveau", tags=["t"]))
    bundle = a.sync.collect()
    device = a.sync.identity().device_id
    for store in (slow, fast):
        store.sync.apply(device, bundle.seq, bundle.records)
    assert dump(fast) == dump(slow)
    assert sync_tables(fast) == sync_tables(slow)
    # and what each writes next is captured the same way
    for store in (slow, fast):
        t = next(x for x in store.sessions.list() if x.number == 2)
        store.notes.save(t.id, "questions", "écrit ici")
    assert [r.to_json()["fields"].keys() for r in fast.sync.collect().records] == [
        r.to_json()["fields"].keys() for r in slow.sync.collect().records]


def test_random_histories_load_the_same_in_bulk(journals):
    """Seeded lives of two devices (creations, edits, deletions, on both at once)."""
    rng = random.Random(15_2026)
    a, b = journals("a"), journals("b")
    fill_everything(a)
    exchange(a, b)
    for round_ in range(6):
        for store in (a, b):
            sessions = store.sessions.list()
            for _ in range(rng.randrange(1, 6)):
                choice = rng.random()
                if not sessions or choice < 0.2:
                    group = store.groups.list()[0]
                    store.sessions.add(Session(group_id=group.id, number=rng.randrange(1, 99),
                                               date=date(2026, 5, rng.randrange(1, 28)),
                                               themes=[rng.choice("abc")]))
                    sessions = store.sessions.list()
                    continue
                s = rng.choice(sessions)
                if choice < 0.45:
                    store.notes.save(s.id, rng.choice(["expose", "questions"]),
                                     f"r{round_} {rng.random()}")
                elif choice < 0.6:
                    store.learnings.add(Learning(session_id=s.id, text=f"l{rng.random()}",
                                                 tags=[rng.choice("xyz")]))
                elif choice < 0.7:
                    store.feelings.add(Feeling(session_id=s.id, moment=Moment.AFTER,
                                               emotion=Emotion.JOY, intensity=3))
                elif choice < 0.8:
                    items = store.learnings.list_by_session(s.id)
                    if items:
                        store.learnings.delete(rng.choice(items).id)
                elif choice < 0.9:
                    acts = store.actions.list_by_session(s.id)
                    if acts:
                        store.reviews.add(ActionReview(action_id=acts[0].id,
                                                       date=date(2026, 6, 1), note="r"))
                    else:
                        store.actions.add(Action(session_id=s.id, title="a"))
                elif len(sessions) > 1:
                    store.sessions.delete(s.id)
                    sessions = store.sessions.list()
        if rng.random() < 0.7:
            exchange(a, b)
    exchange(a, b)
    wire = wire_of(b)
    slow, fast = journals("slow"), journals("fast")
    slow.sync.load_snapshot(wire)
    assert fast.sync.load_snapshot_into_empty(wire, chunk=5) is not None
    assert dump(fast) == dump(slow)
    assert export_doc(fast) == export_doc(slow)
    assert sync_tables(fast) == sync_tables(slow)


def test_what_is_not_the_plain_case_is_declined_and_left_to_the_ordinary_merge(journals):
    a, b = journals("a"), journals("b")
    fill_everything(a)
    exchange(a, b)
    wire = wire_of(a)
    # a journal that holds something already
    assert b.sync.load_snapshot_into_empty(wire) is None
    # a record twice, a parent of another kind, a value the schema refuses
    twice = SnapshotState([*wire.records, wire.records[0]], wire.applied, wire.seq)
    group = next(r for r in wire.records if r.table == "groups")
    session = next(r for r in wire.records if r.table == "sessions")
    wrong_parent = SnapshotState(
        [r if r.uuid != session.uuid else type(r)(r.table, r.uuid, {"group_id": session.uuid},
                                                  r.fields, r.deleted)
         for r in wire.records], wire.applied, wire.seq)
    from carnet.domain.sync import Dot, FieldState, Sibling

    stamp = group.fields["name"].siblings[0].stamp
    bad_value = SnapshotState(
        [r if r.uuid != session.uuid else type(r)(
            r.table, r.uuid, r.parents,
            {**r.fields, "status": FieldState((Sibling("nonsense", stamp, Dot("ff", 1)),),
                                              {"ff": 1})}, r.deleted)
         for r in wire.records], wire.applied, wire.seq)
    # JSON that means the same but is not written as Carnet writes it (keys in another
    # order, siblings out of order): the stored states would not be the ordinary ones
    reordered = wire.to_json()
    first = reordered["records"][0]
    reordered["records"][0] = {k: first[k] for k in reversed(list(first))}
    unsorted = wire.to_json()
    note = next(r for r in unsorted["records"] if r["table"] == "step_notes")
    sib = note["fields"]["text"]["s"][0]
    note["fields"]["text"]["s"] = [{**sib, "d": ["ffff", 9]}, sib]
    for odd in (twice, wrong_parent, bad_value, reordered, unsorted):
        fresh = journals(f"odd{id(odd)}")
        assert fresh.sync.load_snapshot_into_empty(odd) is None
        assert sync_tables(fresh)["state"] == [] and sync_tables(fresh)["applied"] == []
        assert sync_bulk.is_empty(fresh.conn)
    # control: the same snapshot, plain, is loaded
    assert journals("plain").sync.load_snapshot_into_empty(wire) is not None


def test_a_cancel_inside_the_bulk_load_keeps_nothing(journals):
    a, b = journals("a"), journals("b")
    rich_history(a, b)
    wire = wire_of(a)
    fresh = journals("fresh")
    calls = []

    class StopError(Exception):
        pass

    def on_step(index, count):
        calls.append((index, count))
        if index == 2:
            raise StopError

    with pytest.raises(StopError):
        fresh.sync.load_snapshot_into_empty(wire, chunk=5, on_step=on_step)
    assert calls == [(0, calls[0][1]), (1, calls[0][1]), (2, calls[0][1])]
    assert sync_bulk.is_empty(fresh.conn)
    assert sync_tables(fresh)["applied"] == [] and fresh.sessions.list() == []
    # and it can be loaded again afterwards, with every step reported
    calls.clear()
    assert fresh.sync.load_snapshot_into_empty(wire, chunk=5,
                                               on_step=lambda i, n: calls.append((i, n)))
    count = -(-len(wire.records) // 5) + 2  # the plan, runs of 5 records, the search index
    assert calls == [(i, count) for i in range(count + 1)]
    assert dump(fresh) == dump(a)


def test_what_is_sent_as_json_is_what_the_objects_say(journals):
    """A first sync and a snapshot read the stored states as JSON (no objects built per
    field): the same bundles and snapshot as through RecordState, tombstones and photo
    bytes included."""
    a, b = journals("a"), journals("b")
    rich_history(a, b)
    a.notes.save(a.sessions.list()[0].id, "expose", "encore une fois")
    a.sync.collect()
    bundles = a.sync.unpublished_json()
    assert bundles, "nothing frozen"
    assert [FrozenBundle.from_json(x).to_json() for x in bundles] == bundles
    assert [x.to_json() for x in a.sync.unpublished()] == bundles
    assert a.sync.unpublished_seqs() == [x["seq"] for x in bundles]
    snapshot = a.sync.snapshot_json()
    assert snapshot == a.sync.snapshot().to_json()
    assert any(r["table"] == "attachments" and r["deleted"] is None for r in snapshot["records"])
    photos = [s["v"] for r in snapshot["records"] if r["table"] == "attachments"
              for s in r["fields"]["data"]["s"]]
    assert any(isinstance(v, dict) and set(v) == {"b64"} for v in photos), "no bytes sent"
    # control: the comparison sees a state that differs
    other = json.loads(json.dumps(snapshot))
    other["records"][0]["fields"] = {}
    assert other != a.sync.snapshot().to_json()


# -- the canonical checks, against what from_json/to_json say ----------------------------

_DEV = st.sampled_from(["a1", "b2", "ff"])
_STAMP = st.builds(lambda w, c, d: f"{w:013d}-{c:04d}-{d}", st.integers(0, 99),
                   st.integers(0, 3), _DEV)
_VALUE = st.one_of(
    st.none(), st.booleans(), st.integers(-2, 2), st.text(max_size=3),
    st.lists(st.text(max_size=2), max_size=2),
    st.sampled_from([{"b64": "AAE="}, {"b64": ""}, {"b64": "AAE=", "x": 1}, {"x": 1}]),
)
#: One thing wrong (or not) with a field written as Carnet writes it.
_DEFECTS = [
    "sib order", "vv order", "field keys", "sib keys", "missing key", "extra key",
    "seq bool", "seq float", "seq text", "vv bool", "device int", "device none",
    "dot short", "dot long", "dot dict", "dot text", "stamp short", "stamp sep",
    "stamp int", "b64 unpadded", "b64 space", "b64 int", "b64 newline", "not a dict",
]


def _spoil(draw, data: dict, defect: str):
    sibs, vv = data["s"], data["vv"]
    sib = draw(st.sampled_from(sibs)) if sibs else None
    if defect == "sib order":
        data["s"] = list(reversed(sibs))
    elif defect == "vv order":
        data["vv"] = dict(reversed(list(vv.items())))
    elif defect == "field keys":
        data = {"vv": vv, "s": sibs}
    elif defect in ("missing key", "extra key"):
        target = sib if sib is not None and draw(st.booleans()) else data
        if defect == "extra key":
            target["x"] = 1
        else:
            del target[draw(st.sampled_from(sorted(target)))]
    elif defect == "vv bool" and vv:
        vv[next(iter(vv))] = True
    elif defect == "not a dict":
        return draw(st.sampled_from([[data], None, "s"]))
    elif sib is not None:
        dot = sib["d"]
        sib.update({
            "sib keys": lambda: {"t": sib["t"], "v": sib["v"], "d": dot},
            "seq bool": lambda: {"d": [dot[0], True]},
            "seq float": lambda: {"d": [dot[0], float(dot[1])]},
            "seq text": lambda: {"d": [dot[0], str(dot[1])]},
            "device int": lambda: {"d": [7, dot[1]]},
            "device none": lambda: {"d": [None, dot[1]]},
            "dot short": lambda: {"d": dot[:1]},
            "dot long": lambda: {"d": [*dot, 1]},
            "dot dict": lambda: {"d": {dot[0]: dot[1]}},
            "dot text": lambda: {"d": "ab"},
            "stamp short": lambda: {"t": sib["t"][:18]},
            "stamp sep": lambda: {"t": sib["t"][:13] + "x" + sib["t"][14:]},
            "stamp int": lambda: {"t": 7},
            "b64 unpadded": lambda: {"v": {"b64": "AAE"}},
            "b64 space": lambda: {"v": {"b64": "AA E="}},
            "b64 int": lambda: {"v": {"b64": 5}},
            "b64 newline": lambda: {"v": {"b64": "AAE=\n"}},
        }.get(defect, dict)())
        if defect == "sib keys":
            data["s"][sibs.index(sib)] = {"t": sib["t"], "v": sib["v"], "d": sib["d"]}
    return data


@st.composite
def field_json(draw):
    """A field's JSON as Carnet writes it (siblings in dot order, version vector sorted),
    now and then with one thing wrong."""
    sibs = [{"v": draw(_VALUE), "t": draw(_STAMP), "d": [draw(_DEV), draw(st.integers(1, 4))]}
            for _ in range(draw(st.integers(0, 3)))]
    sibs.sort(key=lambda sib: (sib["d"][0], sib["d"][1]))
    vv = dict(sorted({draw(_DEV): draw(st.integers(1, 4))
                      for _ in range(draw(st.integers(0, 3)))}.items()))
    defect = draw(st.sampled_from([None, *_DEFECTS]))
    data = {"s": sibs, "vv": vv}
    return data if defect is None else _spoil(draw, data, defect)


def _canonical_by_objects(data) -> bool:
    """The definition: from_json succeeds and to_json gives it back, keys in order."""
    from carnet.domain.sync import FieldState

    try:
        state = FieldState.from_json(data)
    except (KeyError, TypeError, ValueError, IndexError, AttributeError):
        return False
    return json.dumps(state.to_json()) == json.dumps(data)


@settings(max_examples=1500, deadline=None)
@given(data=field_json())
def test_the_canonical_field_check_says_what_from_json_and_to_json_say(data):
    from carnet.domain.sync import is_canonical_field

    assert is_canonical_field(data) == _canonical_by_objects(data)


def test_the_generated_fields_are_both_canonical_and_not():
    """Control: the property above sees both answers, and the siblings' order matters."""
    from hypothesis import find

    from carnet.domain.sync import is_canonical_field

    yes = find(field_json(), lambda d: _canonical_by_objects(d) and len(d["s"]) > 1)
    assert is_canonical_field(yes)
    no = {**yes, "s": list(reversed(yes["s"]))}
    if [s["d"] for s in no["s"]] != [s["d"] for s in yes["s"]]:
        assert not is_canonical_field(no) and not _canonical_by_objects(no)
    find(field_json(), lambda d: d is not None and not _canonical_by_objects(d))
