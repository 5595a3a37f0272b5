"""Every device lists a session's things in the order they were written (issue 15).

A session's actions, feelings, learnings, follow-up notes… were listed by local
row id. A device that joined from a snapshot, or received the rows by bundles,
inserted them in uuid order (random): the plan read differently on the new
computer. Each record now carries its creation stamp (``_born``), the lists are
ordered by it, and rows are inserted in that order.

The uuids are forced to run against the writing order (random uuids would agree
with it by chance for a few items), and the test checks they do before it
compares anything: without the fix, every list below comes out reversed.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from sync_helpers import PASSPHRASE, open_fast

from carnet.booklet import BookletOptions, build_booklet
from carnet.domain import (
    Action,
    ActionReview,
    Emotion,
    Feeling,
    Learning,
    Moment,
    Session,
    SessionStatus,
    Topic,
)
from carnet.exchange.json_export import journal_document
from carnet.services.planning import prepare
from carnet.store.connection import keying_for_file
from carnet.sync import engine, join, sync_once
from carnet.templates import load_templates
from tests.test_booklet_helpers import norm, pdftotext, require_poppler

TODAY = date(2026, 3, 1)


def _against_writing_order(store, table: str, rid: int, index: int, tag: str) -> None:
    """Give the row a uuid that sorts BEFORE those written earlier (a trap for uuid order)."""
    uuid = f"{tag}{9 - index:x}".ljust(32, "0")
    assert store.sync.adopt_uuid(table, rid, uuid), (table, rid, uuid)


def _write_session(store, tag: str, *, session_id: int | None = None, n: int = 5) -> int:
    """On one device: actions, follow-up notes, learnings, feelings, topics, in order."""
    if session_id is None:
        group = store.groups.list()[0]
        session_id = store.sessions.add(Session(
            group_id=group.id, number=2, date=date(2026, 2, 9), status=SessionStatus.HELD,
            title="séance ordonnée")).id
    for i in range(1, n + 1):
        action = store.actions.add(Action(session_id=session_id, title=f"Act{tag}{i}",
                                          due_date=date(2026, 2, 20)))
        _against_writing_order(store, "actions", action.id, i, f"a{tag.lower()}")
        learning = store.learnings.add(Learning(session_id=session_id, text=f"Lea{tag}{i}"))
        _against_writing_order(store, "learnings", learning.id, i, f"b{tag.lower()}")
        feeling = store.feelings.add(Feeling(session_id=session_id, moment=Moment.AFTER,
                                             emotion=Emotion.JOY, text=f"Fee{tag}{i}"))
        _against_writing_order(store, "feelings", feeling.id, i, f"c{tag.lower()}")
        topic = store.topics.add(Topic(title=f"Top{tag}{i}", session_id=session_id,
                                       group_id=store.sessions.get(session_id).group_id))
        _against_writing_order(store, "topics", topic.id, i, f"d{tag.lower()}")
    first = store.actions.list_by_session(session_id)[0]
    for i in range(1, n + 1):  # follow-up notes of one day: listed by date, then as written
        review = store.reviews.add(ActionReview(action_id=first.id, date=date(2026, 2, 15),
                                                note=f"Rev{tag}{i}"))
        _against_writing_order(store, "action_reviews", review.id, i, f"e{tag.lower()}")
    return session_id


def _lists(store, title: str) -> dict[str, list[str]]:
    """What the person reads, in order: the session's lists, Préparer's history, the
    JSON export and the booklet's text."""
    session = next(s for s in store.sessions.list() if s.title == title)
    actions = store.actions.list_by_session(session.id)
    first = next(a for a in actions if a.title.endswith("1"))
    out = {
        "actions": [a.title for a in actions],
        "reviews": [r.note for r in store.reviews.list_by_action(first.id)],
        "learnings": [x.text for x in store.learnings.list_by_session(session.id)],
        "feelings": [f.text for f in store.feelings.list_by_session(session.id)],
        "topics": [t.title for t in store.topics.list_by_session(session.id)],
        "group actions": [a.title for a in store.actions.list(group_id=session.group_id)
                          if a.session_id == session.id],
    }
    plan = prepare(store, TODAY, session.group_id)
    items = [*plan.due_items, *plan.later]
    out["prepare actions"] = [i.action.title for i in items if i.action.session_id == session.id]
    out["prepare reviews"] = [r.note for i in items if i.action.id == first.id for r in i.reviews]
    doc = journal_document(store, exported_at=datetime(2026, 3, 1))
    exported = next(s for g in doc["groups"] for s in g["sessions"] if s["title"] == title)
    out["export actions"] = [a["title"] for a in exported["actions"]]
    out["export reviews"] = [r["note"] for a in exported["actions"] for r in a["reviews"]]
    out["export learnings"] = [x["text"] for x in exported["learnings"]]
    out["export feelings"] = [f["text"] for f in exported["feelings"]]
    return out


def _booklet_order(store, tmp_path: Path, name: str, words: list[str]) -> list[str]:
    """The words as they come in the booklet's text (each once)."""
    out = tmp_path / f"{name}.pdf"
    build_booklet(store, BookletOptions(parts=frozenset({"sessions"})), out,
                  templates=load_templates(user_dir=None))
    text = norm(pdftotext(out))
    found = {w: text.find(w) for w in words}
    assert all(at >= 0 for at in found.values()), {w for w, at in found.items() if at < 0}
    return sorted(words, key=found.__getitem__)


def _open(path: Path):
    return open_fast(path, keying_for_file(path, PASSPHRASE))


def test_a_joined_device_and_a_device_fed_by_bundles_list_as_the_writer_did(
        devices, tmp_path, monkeypatch):
    require_poppler()
    a, c = devices.open("a"), devices.open("c")
    try:
        _write_session(a, "A")
        written = _lists(a, "séance ordonnée")
        for key, items in written.items():
            assert items == sorted(items), (key, items)  # A1 … A5 on the writer
        # the trap is set: uuid order is the reverse of the writing order
        ids = a.sync.uuids_of("actions")
        by_uuid = [a.actions.get(r).title for r in sorted(ids, key=ids.__getitem__)
                   if a.actions.get(r).title.startswith("ActA")]
        assert by_uuid == [f"ActA{i}" for i in range(5, 0, -1)]
        assert sync_once(a).complete
        engine.write_snapshot(engine._context(a, None), engine.SyncReport())
        assert sync_once(c).complete  # c joined before: it gets them by bundles only
        booklet_words = [f"{kind}A{i}" for kind in ("Act", "Lea", "Fee") for i in range(1, 6)]
        on_a = _booklet_order(a, tmp_path, "a", booklet_words)
        for kind in ("Act", "Lea", "Fee"):  # (the booklet puts feelings first)
            assert [w for w in on_a if w.startswith(kind)] == [
                w for w in booklet_words if w.startswith(kind)]
        on_c = _booklet_order(c, tmp_path, "c", booklet_words)
        from_c = _lists(c, "séance ordonnée")
    finally:
        a.close()
        c.close()

    from carnet.store import sync_bulk

    loads = []
    real = sync_bulk.load_empty
    monkeypatch.setattr("carnet.store.sync_repo.load_empty",
                        lambda *args, **kw: loads.append(1) or real(*args, **kw))
    report = join(devices.folder, PASSPHRASE, tmp_path / "d.carnet")
    assert report.complete, report.problems
    assert loads == [1], "the join did not load the snapshot"
    d = _open(tmp_path / "d.carnet")
    try:
        from_d = _lists(d, "séance ordonnée")
        on_d = _booklet_order(d, tmp_path, "d", booklet_words)
    finally:
        d.close()
    assert from_d == written  # joined from the snapshot
    assert from_c == written  # fed by bundles
    assert on_c == on_d == on_a


def test_two_devices_adding_to_one_session_at_once_list_the_same_order_everywhere(
        devices, tmp_path):
    a, b, c = devices.open("a"), devices.open("b"), devices.open("c")
    try:
        shared = next(s for s in a.sessions.list() if s.title == "séance commune")
        on_b = next(s for s in b.sessions.list() if s.title == "séance commune")
        _write_session(a, "A", session_id=shared.id, n=4)
        _write_session(b, "B", session_id=on_b.id, n=4)
        for store in (a, b, a, c):
            assert sync_once(store).complete
        engine.write_snapshot(engine._context(a, None), engine.SyncReport())
        seen = {name: _lists(store, "séance commune")
                for name, store in (("a", a), ("b", b), ("c", c))}
    finally:
        for store in (a, b, c):
            store.close()
    report = join(devices.folder, PASSPHRASE, tmp_path / "d.carnet")
    assert report.complete, report.problems
    d = _open(tmp_path / "d.carnet")
    try:
        seen["d"] = _lists(d, "séance commune")
    finally:
        d.close()
    print(json.dumps(seen["a"], indent=1))
    assert seen["a"] == seen["b"] == seen["c"] == seen["d"]
    for key, items in seen["a"].items():
        for tag in "AB":
            own = [x for x in items if x[3] == tag]
            assert own == sorted(own), (key, tag, items)  # each device's own: as written
            assert len(own) == 4 or "reviews" in key, (key, tag, items)
