"""JSON export and import: exact round trips, no duplicates, hostile files refused
with the journal left untouched (real encrypted journals, no mocks)."""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import hashlib
import json
import os
import stat
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carnet.demo import build_demo
from carnet.domain import (
    Action,
    ActionReview,
    ActionStatus,
    Assessment,
    Cadence,
    Emotion,
    Feeling,
    Group,
    Learning,
    Member,
    Moment,
    Objective,
    Role,
    Session,
    SessionStatus,
    Topic,
    TopicStatus,
)
from carnet.domain.sync import split_versions
from carnet.exchange import (
    FORMAT,
    MAX_FILE_BYTES,
    MAX_STRING_CHARS,
    NOT_ENCRYPTED_WARNING,
    VERSION,
    CarnetImportError,
    ExportError,
    export_json,
    fingerprint,
    import_into_new_journal,
    import_json,
    journal_document,
    load_export,
)
from carnet.store import JournalStore

TODAY = date(2026, 3, 15)
FIXED = datetime(2026, 3, 15, 12, 0, 0)
OTHER_PASSPHRASE = "une autre phrase de passe, assez longue"

TRICKY = "L’équipe « très » tendue — <b>gras</b> & ]]> </para> 🙂👩🏽‍💻 שלום עליכם \u202e مرحبا"
BIG_NOTE = ("Une note très longue, avec <script>alert(1)</script> & des ]]> partout. 🙂\n") * 1_400


# -- snapshots: every concept as domain objects, without database ids --------------


def snapshot(store: JournalStore) -> dict:
    """Every concept of the journal as domain objects minus their ids.

    References are replaced by natural keys (objective title and position, group
    name, session number and date) so two journals compare equal whatever their
    row ids. ``StepNote.updated_at`` is left out: the store stamps it on save.
    """
    r = dataclasses.replace
    objective_keys = {}
    session_keys = {}
    groups = []
    for g in store.groups.list():
        for o in store.objectives.list_by_group(g.id):
            objective_keys[o.id] = (g.name, o.title, o.position)
        for s in store.sessions.list_by_group(g.id):
            session_keys[s.id] = (g.name, s.number, s.date)
    for g in store.groups.list():
        sessions = []
        for s in store.sessions.list_by_group(g.id):
            actions = store.actions.list_by_session(s.id)
            keyword = store.keywords.get(s.id)
            sessions.append(
                {
                    "session": r(s, id=None, group_id=None),
                    "notes": [
                        (n.step_id, n.text) for n in store.notes.list_by_session(s.id).values()
                    ],
                    "keyword": keyword.word if keyword else None,
                    "learnings": [
                        r(x, id=None, session_id=None)
                        for x in store.learnings.list_by_session(s.id)
                    ],
                    "feelings": [
                        r(x, id=None, session_id=None) for x in store.feelings.list_by_session(s.id)
                    ],
                    "actions": [
                        (
                            r(a, id=None, session_id=None),
                            [
                                r(v, id=None, action_id=None)
                                for v in store.reviews.list_by_action(a.id)
                            ],
                        )
                        for a in actions
                    ],
                    "assessments": [
                        (
                            objective_keys[a.objective_id],
                            r(a, id=None, objective_id=None, session_id=None),
                        )
                        for a in store.assessments.list_by_session(s.id)
                    ],
                }
            )
        groups.append(
            {
                "group": r(g, id=None),
                "members": [
                    r(m, id=None, group_id=None) for m in store.members.list_by_group(g.id)
                ],
                "objectives": [
                    r(o, id=None, group_id=None) for o in store.objectives.list_by_group(g.id)
                ],
                "sessions": sessions,
            }
        )
    group_names = {g.id: g.name for g in store.groups.list()}
    topics = [
        (
            r(t, id=None, group_id=None, session_id=None),
            group_names.get(t.group_id),
            session_keys.get(t.session_id),
        )
        for t in store.topics.list()
    ]
    return {"journal": store.journal(), "groups": groups, "topics": topics}


def count_rows(snap: dict) -> dict[str, int]:
    counts = {"group": len(snap["groups"]), "topic": len(snap["topics"])}
    for key in ("member", "objective", "session", "note", "learning", "feeling", "action"):
        counts[key] = 0
    counts["review"] = counts["assessment"] = counts["keyword"] = 0
    for g in snap["groups"]:
        counts["member"] += len(g["members"])
        counts["objective"] += len(g["objectives"])
        counts["session"] += len(g["sessions"])
        for s in g["sessions"]:
            counts["note"] += len(s["notes"])
            counts["keyword"] += s["keyword"] is not None
            counts["learning"] += len(s["learnings"])
            counts["feeling"] += len(s["feelings"])
            counts["action"] += len(s["actions"])
            counts["review"] += sum(len(v) for _, v in s["actions"])
            counts["assessment"] += len(s["assessments"])
    return counts


def checksum(store: JournalStore) -> str:
    """A digest of every row, read through the repositories (ids and timestamps included)."""
    document = journal_document(store, exported_at=FIXED)
    document["tags"] = [(t.tag, t.count) for t in store.tags.all()]
    return hashlib.sha256(json.dumps(document, sort_keys=True).encode()).hexdigest()


# -- data ----------------------------------------------------------------------------


def fill_tricky(store: JournalStore) -> None:
    """Awkward content: markup, CDATA ends, emoji, RTL, NUL, 100 KB notes, duplicates,
    cross-group ratings, topics with and without group or session."""
    with store.transaction():
        store.set_setting("lang", "fr")
        store.set_setting("booklet.anonymise", TRICKY)
        g1 = store.groups.add(
            Group(
                name=f"Groupe {TRICKY}",
                template_id="codev",
                facilitator=TRICKY,
                cadence=Cadence(2, "week"),
                planned_sessions=12,
                start_date=None,
                place="Salle « Δ » & co",
                ground_rules="1. **Confidentialité**\n2. <i>Bienveillance</i>",
                notes=BIG_NOTE,
                archived=True,
            )
        )
        # Same name and template twice: both must survive, matched in order.
        twin_a = store.groups.add(Group(name="Jumeaux", template_id="rpm"))
        twin_b = store.groups.add(Group(name="Jumeaux", template_id="rpm", place="ailleurs"))
        user_tpl = store.groups.add(Group(name="Mon format", template_id="mon-format-perso"))
        store.members.add(
            Member(pseudonym="M.D.", masked_names=["Marc Dubois", "Marc"], group_id=g1.id)
        )
        store.members.add(Member(pseudonym="🙂 S.", group_id=g1.id))
        store.members.add(
            Member(pseudonym="M.D.", masked_names=["Marc Dubois", "Marc"], group_id=g1.id)
        )
        o1 = store.objectives.add(
            Objective(group_id=g1.id, title=TRICKY, description=BIG_NOTE[:500])
        )
        o2 = store.objectives.add(Objective(group_id=twin_a.id, title="Déléguer"))
        s1 = store.sessions.add(
            Session(
                group_id=g1.id,
                number=1,
                date=date(2026, 1, 12),
                status=SessionStatus.HELD,
                role=Role.CLIENT,
                themes=["délégation", "<b>conflit</b>", "🙂"],
                title=TRICKY,
            )
        )
        # Two sessions with the same number and date in one group.
        s2 = store.sessions.add(Session(group_id=g1.id, number=2, date=date(2026, 1, 26)))
        s2b = store.sessions.add(
            Session(group_id=g1.id, number=2, date=date(2026, 1, 26), status="missed")
        )
        s3 = store.sessions.add(Session(group_id=twin_b.id, number=1, date=date(2026, 2, 1)))
        s4 = store.sessions.add(Session(group_id=user_tpl.id, number=1, date=date(2026, 2, 2)))
        store.notes.save(s1.id, "expose", BIG_NOTE)
        store.notes.save(s1.id, "clarification", TRICKY + "\x00 après un NUL")
        store.notes.save(s1.id, "cycle.bilan", "# Bilan\n\n> citation ]]>")
        store.notes.save(s1.id, "vide", "")
        store.notes.save(s4.id, "etape_inconnue", "texte d'une étape inconnue")
        store.keywords.set(s1.id, "  élan 🙂  ")
        store.keywords.set(s3.id, "<b>")
        for _ in range(2):  # two identical learnings
            store.learnings.add(Learning(session_id=s1.id, text="Même leçon", starred=True))
        store.learnings.add(Learning(session_id=s1.id, text=TRICKY, tags=["א", "b", "B"]))
        store.learnings.add(Learning(session_id=s2.id, text="x" * 100_000, position=7))
        store.feelings.add(
            Feeling(
                session_id=s1.id,
                moment=Moment.BEFORE,
                emotion=Emotion.WORRY,
                intensity=5,
                text=TRICKY,
            )
        )
        store.feelings.add(
            Feeling(session_id=s1.id, moment=Moment.AFTER, emotion=Emotion.RELIEF, intensity=1)
        )
        store.feelings.add(
            Feeling(session_id=s1.id, moment=Moment.AFTER, emotion=Emotion.RELIEF, intensity=1)
        )
        a1 = store.actions.add(
            Action(
                session_id=s1.id,
                title=TRICKY,
                due_date=date(2026, 2, 1),
                details=BIG_NOTE[:2000],
                tags=["délégation"],
                created_at=datetime(2026, 1, 12, 18, 30, 5),
            )
        )
        store.actions.review(
            ActionReview(
                action_id=a1.id,
                date=date(2026, 1, 20),
                note=TRICKY,
                status=ActionStatus.IN_PROGRESS,
            )
        )
        store.actions.review(
            ActionReview(
                action_id=a1.id,
                date=date(2026, 1, 30),
                status=ActionStatus.POSTPONED,
                new_due_date=date(2026, 3, 1),
            ),
            outcome="Pas encore ]]>",
        )
        store.actions.review(ActionReview(action_id=a1.id, date=date(2026, 1, 30)))
        store.actions.add(
            Action(session_id=s2b.id, title="Sans échéance", status=ActionStatus.DROPPED)
        )
        store.assessments.set(
            Assessment(objective_id=o1.id, session_id=s1.id, rating=1, comment=TRICKY)
        )
        # A rating of another group's objective: references cross groups.
        store.assessments.set(Assessment(objective_id=o2.id, session_id=s1.id, rating=5))
        store.topics.add(Topic(title=TRICKY, draft=BIG_NOTE[:3000], priority=1, tags=["x"]))
        store.topics.add(
            Topic(
                title="Le cas de la séance",
                group_id=g1.id,
                session_id=s1.id,
                status=TopicStatus.TREATED,
                created_at=datetime(2025, 12, 1, 9, 0, 0),
            )
        )
        store.topics.add(Topic(title="Pour les jumeaux", group_id=twin_b.id, priority=3))
        store.topics.add(Topic(title="Pour les jumeaux", group_id=twin_b.id, priority=3))


@pytest.fixture
def demo_store(store):
    build_demo(store, today=TODAY)
    return store


@pytest.fixture
def tricky_store(store):
    fill_tricky(store)
    return store


@pytest.fixture
def other_demo(tmp_path, passphrase):
    """A second journal, holding the demo, beside ``store``."""
    other = JournalStore.create(tmp_path / "demo.carnet", passphrase, owner_name="Autre")
    build_demo(other, today=TODAY)
    yield other
    other.close()


def new_journal_from(tmp_path, source, name="copie.carnet"):
    path = tmp_path / name
    report = import_into_new_journal(source, path, OTHER_PASSPHRASE)
    return path, report


def open_journal(path):
    return JournalStore.open(path, OTHER_PASSPHRASE)


# -- round trips -------------------------------------------------------------------------


@pytest.mark.parametrize("fixture", ["demo_store", "tricky_store"])
def test_round_trip_into_a_new_journal_keeps_every_concept(request, fixture, tmp_path):
    source = request.getfixturevalue(fixture)
    out = tmp_path / "export.json"
    result = export_json(source, out)
    assert result.warning == NOT_ENCRYPTED_WARNING
    assert "NOT encrypted" in result.warning
    path, report = new_journal_from(tmp_path, out)
    assert not report.conflicts
    before = snapshot(source)
    copy_store = open_journal(path)
    try:
        after = snapshot(copy_store)
        # exporting the copy gives the same document, ids aside
        again = journal_document(copy_store, exported_at=FIXED)
    finally:
        copy_store.close()
    assert after["journal"] == before["journal"]
    assert after["topics"] == before["topics"]
    assert len(after["groups"]) == len(before["groups"])
    for mine, theirs in zip(after["groups"], before["groups"], strict=True):
        assert mine == theirs
    assert after == before
    counts = count_rows(before)
    assert sum(report.added.values()) >= sum(counts.values())
    first = journal_document(source, exported_at=FIXED)
    assert _without_ids(again) == _without_ids(first)


def _without_ids(document: dict) -> dict:
    """The document with export-local ids and note timestamps blanked."""
    doc = copy.deepcopy(document)
    for g in doc["groups"]:
        g["id"] = None
        for o in g["objectives"]:
            o["id"] = None
        for s in g["sessions"]:
            s["id"] = None
            for n in s["step_notes"]:
                n["updated_at"] = None
            for a in s["assessments"]:
                a["objective"] = None
    for t in doc["topics"]:
        t["group"] = t["group"] is not None
        t["session"] = t["session"] is not None
    return doc


def test_tricky_text_survives_byte_for_byte(tricky_store, tmp_path):
    out = tmp_path / "x.json"
    export_json(tricky_store, out)
    raw = out.read_bytes()
    assert "🙂".encode() in raw  # UTF-8, not \\u escapes: readable
    path, _ = new_journal_from(tmp_path, out)
    copy_store = open_journal(path)
    try:
        group = next(g for g in copy_store.groups.list() if g.name.startswith("Groupe"))
        assert group.notes == BIG_NOTE
        session = copy_store.sessions.list_by_group(group.id)[0]
        notes = copy_store.notes.list_by_session(session.id)
        assert notes["expose"].text == BIG_NOTE
        assert notes["clarification"].text == TRICKY + "\x00 après un NUL"
        assert copy_store.keywords.get(session.id).word == "élan 🙂"
        assert copy_store.setting("booklet.anonymise") == TRICKY
    finally:
        copy_store.close()


def test_importing_twice_adds_nothing(demo_store, tmp_path):
    out = tmp_path / "x.json"
    export_json(demo_store, out)
    path, first = new_journal_from(tmp_path, out)
    copy_store = open_journal(path)
    try:
        counts = count_rows(snapshot(copy_store))
        before = checksum(copy_store)
        second = import_json(copy_store, out)
        assert second.total_added == 0
        assert not second.conflicts
        assert second.skipped.total() == first.added.total() - first.added["owner_name"]
        assert count_rows(snapshot(copy_store)) == counts
        assert checksum(copy_store) == before
    finally:
        copy_store.close()


def test_reimport_into_the_source_journal_adds_nothing(tricky_store, tmp_path):
    out = tmp_path / "x.json"
    export_json(tricky_store, out)
    before = checksum(tricky_store)
    report = import_json(tricky_store, out)
    assert report.total_added == 0, report.added
    assert report.conflicts == []
    assert checksum(tricky_store) == before


def test_merge_into_another_journal_then_again(other_demo, tricky_store, tmp_path):
    """Two journals merged: the union, and a second import adds nothing."""
    demo_export = tmp_path / "demo.json"
    export_json(other_demo, demo_export)
    path, _ = new_journal_from(tmp_path, demo_export)  # a copy of the demo: not demo_store itself
    tricky_store.set_owner_name("Quelqu’un d’autre")
    tricky_export = tmp_path / "tricky.json"
    export_json(tricky_store, tricky_export)
    other = open_journal(path)
    try:
        demo_snap = snapshot(other)
        report = import_json(other, tricky_export)
        assert report.added["group"] == 4
        merged = snapshot(other)
        assert count_rows(merged)["session"] == (
            count_rows(demo_snap)["session"] + count_rows(snapshot(tricky_store))["session"]
        )
        # the owner's name of the open journal is kept and the difference reported
        assert merged["journal"].owner_name == demo_snap["journal"].owner_name
        assert any("owner_name" in str(c) for c in report.conflicts)
        before = checksum(other)
        again = import_json(other, tricky_export)
        assert again.total_added == 0
        assert checksum(other) == before
    finally:
        other.close()


def test_merge_adds_new_children_and_keeps_local_edits(tricky_store, tmp_path):
    """A newer export of the same journal adds what is new; local differences win."""
    out = tmp_path / "v1.json"
    export_json(tricky_store, out)
    path, _ = new_journal_from(tmp_path, out)
    # the source journal moves on
    group = next(g for g in tricky_store.groups.list() if g.name.startswith("Groupe"))
    s1 = tricky_store.sessions.list_by_group(group.id)[0]
    tricky_store.learnings.add(Learning(session_id=s1.id, text="Nouvelle leçon"))
    tricky_store.notes.save(s1.id, "synthese", "Synthèse ajoutée")
    tricky_store.sessions.add(Session(group_id=group.id, number=3, date=date(2026, 2, 9)))
    out2 = tmp_path / "v2.json"
    export_json(tricky_store, out2)
    copy_store = open_journal(path)
    try:
        # a local edit in the copy
        g2 = next(g for g in copy_store.groups.list() if g.name.startswith("Groupe"))
        c1 = copy_store.sessions.list_by_group(g2.id)[0]
        copy_store.notes.save(c1.id, "expose", "Réécrit ici")
        report = import_json(copy_store, out2)
        assert report.added["learning"] == 1
        # the new note, and the file's text of the note rewritten here, kept beside it
        # (fresh6: the file's text was dropped)
        assert report.added["step_note"] == 2
        assert report.added["session"] == 1
        assert report.total_added == 4
        main, others = split_versions(copy_store.notes.get(c1.id, "expose").text)
        assert main == "Réécrit ici"  # the local edit first
        assert [o.text for o in others] == [tricky_store.notes.get(s1.id, "expose").text]
        assert any("step_notes" in c.path and c.both_kept for c in report.conflicts)
        texts = [x.text for x in copy_store.learnings.list_by_session(c1.id)]
        assert texts.count("Nouvelle leçon") == 1
        assert texts.count("Même leçon") == 2
    finally:
        copy_store.close()


def test_dry_run_reports_and_changes_nothing(other_demo, tricky_store, tmp_path):
    out = tmp_path / "x.json"
    export_json(tricky_store, out)
    before = checksum(other_demo)
    report = import_json(other_demo, out, dry_run=True)
    assert report.dry_run
    assert report.added["group"] == 4
    assert "would add" in report.summary()
    assert checksum(other_demo) == before


def test_document_shape_and_fingerprints(tricky_store):
    doc = journal_document(tricky_store, exported_at=FIXED)
    assert doc["format"] == FORMAT
    assert doc["version"] == VERSION
    assert doc["exported_at"] == "2026-03-15T12:00:00"
    learning = doc["groups"][0]["sessions"][0]["learnings"][0]
    fields = {k: learning[k] for k in ("text", "starred", "tags")}
    assert learning["fingerprint"] == fingerprint("learning", fields)
    assert fingerprint("learning", dict(reversed(fields.items()))) == learning["fingerprint"]
    assert learning["fingerprint"].startswith("sha256:") and len(learning["fingerprint"]) == 71
    # documented example (docs/export-format.md)
    assert fingerprint("member", {"pseudonym": "M.D.", "masked_names": ["Marc Dubois"]}) == (
        "sha256:"
        + hashlib.sha256(
            b'["member",{"masked_names":["Marc Dubois"],"pseudonym":"M.D."}]'
        ).hexdigest()
    )
    json.dumps(doc)  # JSON-ready as it is


def test_export_refuses_to_overwrite_and_writes_privately(tricky_store, tmp_path):
    out = tmp_path / "x.json"
    out.write_text("déjà là")
    with pytest.raises(ExportError, match="already exists"):
        export_json(tricky_store, out)
    assert out.read_text() == "déjà là"
    export_json(tricky_store, out, overwrite=True)
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == FORMAT
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp left
    with pytest.raises(ExportError, match="journal itself"):
        export_json(tricky_store, tricky_store.path, overwrite=True)
    with pytest.raises(ExportError, match="folder"):
        export_json(tricky_store, tmp_path)
    with pytest.raises(ExportError, match="does not exist"):
        export_json(tricky_store, tmp_path / "absent" / "x.json")


def test_bad_file_never_creates_a_new_journal(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "carnet-export", "version": 1}')
    target = tmp_path / "new.carnet"
    with pytest.raises(CarnetImportError, match="journal: missing"):
        import_into_new_journal(bad, target, OTHER_PASSPHRASE)
    assert not target.exists()


def test_new_journal_refuses_an_existing_file(tricky_store, tmp_path):
    out = tmp_path / "x.json"
    export_json(tricky_store, out)
    existing = tmp_path / "exists.carnet"
    existing.write_bytes(b"precious")
    with pytest.raises(Exception, match="already exists"):
        import_into_new_journal(out, existing, OTHER_PASSPHRASE)
    assert existing.read_bytes() == b"precious"


# -- hostile and broken files ----------------------------------------------------------


@pytest.fixture(scope="module")
def shared_tricky(tmp_path_factory):
    """One tricky journal for the many refusal tests (they must leave it unchanged)."""
    path = tmp_path_factory.mktemp("shared") / "tricky.carnet"
    shared = JournalStore.create(path, OTHER_PASSPHRASE, owner_name="Camille Martin")
    fill_tricky(shared)
    yield shared
    shared.close()


@pytest.fixture(scope="module")
def valid_doc(shared_tricky) -> dict:
    return journal_document(shared_tricky, exported_at=FIXED)


def _set(doc: dict, path: tuple, value) -> dict:
    doc = copy.deepcopy(doc)
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return doc


def _drop(doc: dict, path: tuple) -> dict:
    doc = copy.deepcopy(doc)
    target = doc
    for key in path[:-1]:
        target = target[key]
    del target[path[-1]]
    return doc


S0 = ("groups", 0, "sessions", 0)

HOSTILE_EDITS = [
    # (description, edit, expected substring of the message)
    ("foreign", lambda d: {"name": "autre chose"}, "not a Carnet export"),
    ("list root", lambda d: [d], "not a Carnet export"),
    ("future version", lambda d: _set(d, ("version",), VERSION + 1), "newer Carnet"),
    ("version zero", lambda d: _set(d, ("version",), 0), "version"),
    ("version as text", lambda d: _set(d, ("version",), "1"), "version"),
    ("missing groups", lambda d: _drop(d, ("groups",)), "groups: missing"),
    ("unknown top key", lambda d: _set(d, ("extra",), 1), "extra: unknown field"),
    ("missing session date", lambda d: _drop(d, (*S0, "date")), "sessions[0].date: missing"),
    ("bad date", lambda d: _set(d, (*S0, "date"), "2026-02-30"), "not a valid date"),
    ("loose date", lambda d: _set(d, (*S0, "date"), "20260201"), "not a valid date"),
    ("date as int", lambda d: _set(d, (*S0, "date"), 20260201), "expected a string"),
    ("bad datetime", lambda d: _set(d, ("topics", 0, "created_at"), "hier"), "date and time"),
    (
        "rating too high",
        lambda d: _set(d, (*S0, "assessments", 0, "rating"), 6),
        "assessments[0].rating: must be from 1 to 5",
    ),
    ("rating bool", lambda d: _set(d, (*S0, "assessments", 0, "rating"), True), "whole number"),
    ("rating float", lambda d: _set(d, (*S0, "assessments", 0, "rating"), 3.0), "whole number"),
    ("intensity", lambda d: _set(d, (*S0, "feelings", 0, "intensity"), 0), "intensity"),
    ("huge int", lambda d: _set(d, (*S0, "number"), 10**30), "sessions[0].number"),
    ("negative position", lambda d: _set(d, (*S0, "learnings", 0, "position"), -1), "position"),
    ("unknown emotion", lambda d: _set(d, (*S0, "feelings", 0, "emotion"), "ennui"), "allowed:"),
    ("unknown status", lambda d: _set(d, (*S0, "status"), "done"), "sessions[0].status"),
    ("unknown role", lambda d: _set(d, (*S0, "role"), ["client"]), "expected a string"),
    ("empty title", lambda d: _set(d, (*S0, "actions", 0, "title"), "  "), "must not be empty"),
    ("empty keyword", lambda d: _set(d, (*S0, "keyword"), ""), "keyword"),
    ("tags not list", lambda d: _set(d, (*S0, "learnings", 0, "tags"), "a,b"), "expected a list"),
    ("tag not string", lambda d: _set(d, (*S0, "themes"), [1]), "themes[0]"),
    ("group is a list", lambda d: _set(d, ("groups", 0), []), "groups[0]: expected an object"),
    ("nested lists", lambda d: _set(d, (*S0, "title"), [[[[[]]]]]), "sessions[0].title"),
    (
        "dangling objective",
        lambda d: _set(d, (*S0, "assessments", 0, "objective"), "o999999"),
        "no objective",
    ),
    ("dangling session", lambda d: _set(d, ("topics", 1, "session"), "s999999"), "no session"),
    ("bad id", lambda d: _set(d, ("groups", 0, "id"), "g 1/../"), "not a valid id"),
    (
        "duplicate ids",
        lambda d: _set(d, ("groups", 1, "id"), d["groups"][0]["id"]),
        "used by another",
    ),
    ("settings not strings", lambda d: _set(d, ("journal", "settings", "x"), 1), "settings.x"),
    (
        "postponed without date",
        lambda d: _set(d, (*S0, "actions", 0, "reviews", 1, "new_due_date"), None),
        "new_due_date",
    ),
    (
        "cadence",
        lambda d: _set(d, ("groups", 0, "cadence"), {"every": 0, "unit": "month"}),
        "cadence.every",
    ),
    (
        "planned sessions",
        lambda d: _set(d, ("groups", 0, "planned_sessions"), 201),
        "planned_sessions",
    ),
    ("archived as int", lambda d: _set(d, ("groups", 0, "archived"), 1), "true or false"),
    ("huge string", lambda d: _set(d, (*S0, "title"), "x" * (MAX_STRING_CHARS + 1)), "too long"),
    ("surrogate", lambda d: _set(d, (*S0, "title"), "a\ud800b"), "invalid character"),
    (
        "step twice",
        lambda d: _set(
            d,
            (*S0, "step_notes", 1, "step_id"),
            d["groups"][0]["sessions"][0]["step_notes"][0]["step_id"],
        ),
        "appears twice",
    ),
    (
        "rated twice",
        lambda d: _set(
            d,
            (*S0, "assessments", 1, "objective"),
            d["groups"][0]["sessions"][0]["assessments"][0]["objective"],
        ),
        "rated twice",
    ),
]


@pytest.mark.parametrize(
    ("name", "edit", "expected"), HOSTILE_EDITS, ids=[h[0] for h in HOSTILE_EDITS]
)
def test_hostile_documents_are_refused_and_change_nothing(
    shared_tricky, valid_doc, name, edit, expected
):
    tricky_store = shared_tricky
    before = checksum(tricky_store)
    data = json.dumps(edit(valid_doc)).encode()  # ASCII: a lone surrogate stays an escape
    with pytest.raises(CarnetImportError) as info:
        import_json(tricky_store, data)
    assert expected in str(info.value)
    assert "Traceback" not in str(info.value)
    assert checksum(tricky_store) == before


RAW_FILES = [
    ("empty", b"", "not valid JSON"),
    ("truncated", None, "truncated"),
    ("not utf-8", b'{"format": "\xff"}', "not UTF-8"),
    ("deep nesting", b"[" * 200_000 + b"]" * 200_000, "nested too deeply"),
    ("deep objects", b'{"a":' * 100_000 + b"1" + b"}" * 100_000, ""),
    ("huge int literal", b'{"format": "carnet-export", "version": 1' + b"0" * 10_000 + b"}", ""),
    ("NaN", b'{"format": "carnet-export", "version": NaN}', "NaN is not allowed"),
    ("duplicate keys", b'{"format": "carnet-export", "format": "carnet-export"}', "appears twice"),
    ("binary", bytes(range(256)), ""),
]


@pytest.mark.parametrize(("name", "data", "expected"), RAW_FILES, ids=[r[0] for r in RAW_FILES])
def test_broken_files_are_refused(shared_tricky, valid_doc, name, data, expected):
    tricky_store = shared_tricky
    if data is None:
        whole = json.dumps(valid_doc).encode()
        data = whole[: len(whole) // 2]
    before = checksum(tricky_store)
    with pytest.raises(CarnetImportError, match=expected or None):
        import_json(tricky_store, data)
    assert checksum(tricky_store) == before


def test_a_byte_order_mark_is_accepted(valid_doc):
    data = "\ufeff".encode() + json.dumps(valid_doc).encode()
    assert load_export(data).version == VERSION


def test_too_big_file_is_refused_before_reading(tmp_path, shared_tricky):
    tricky_store = shared_tricky
    big = tmp_path / "big.json"
    with open(big, "wb") as handle:  # sparse: costs no disk
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(CarnetImportError, match="too big"):
        import_json(tricky_store, big)
    with pytest.raises(CarnetImportError, match="cannot read"):
        import_json(tricky_store, tmp_path / "absent.json")
    with pytest.raises(CarnetImportError, match="folder"):
        import_json(tricky_store, tmp_path)


def test_errors_name_the_field_path(valid_doc):
    doc = _set(valid_doc, (*S0, "actions", 0, "reviews", 0, "date"), "31/01/2026")
    with pytest.raises(CarnetImportError) as info:
        load_export(json.dumps(doc).encode())
    assert info.value.path == "groups[0].sessions[0].actions[0].reviews[0].date"
    assert "'31/01/2026' is not a valid date (expected YYYY-MM-DD)" in str(info.value)


# -- fuzzing ------------------------------------------------------------------------------

NASTY_STRINGS = [
    "",
    " ",
    "\ud800",
    "a\udfffb",
    "\x00",
    "2026-02-30",
    "2026-01-01",
    "2026-01-01T25:00:00",
    "held",
    "postponed",
    "joy",
    "o1",
    "s1",
    "g1",
    "sha256:00",
    "carnet-export",
    "<script>]]>",
]

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
    | st.sampled_from(NASTY_STRINGS),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


def _paths(value, prefix=()):
    """Every (container path) inside a JSON value, for mutations."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


def _mutate(doc, data):
    doc = copy.deepcopy(doc)
    paths = [p for p in _paths(doc) if p]
    for _ in range(data.draw(st.integers(min_value=1, max_value=3), label="mutations")):
        path = data.draw(st.sampled_from(paths), label="path")
        parent = doc
        try:
            for key in path[:-1]:
                parent = parent[key]
            current = parent[path[-1]]
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed it
        action = data.draw(
            st.sampled_from(["drop", "replace", "wrap", "huge_int", "type_swap", "dup_list"]),
            label="action",
        )
        if action == "drop":
            del parent[path[-1]]
        elif action == "replace":
            parent[path[-1]] = data.draw(json_values, label="value")
        elif action == "wrap":
            parent[path[-1]] = [[current]]
        elif action == "huge_int":
            parent[path[-1]] = data.draw(st.sampled_from([2**63, -(2**64), 10**100, -1, 0]))
        elif action == "type_swap":
            parent[path[-1]] = str(current) if not isinstance(current, str) else len(current)
        elif action == "dup_list" and isinstance(current, list) and current:
            current.append(copy.deepcopy(current[0]))
    return doc


def test_fuzzed_files_raise_only_import_errors_and_leave_the_journal_alone(tmp_path, passphrase):
    """Random JSON and mutated exports: either refused with CarnetImportError and the
    journal unchanged, or (a mutation that is still valid) imported cleanly."""
    store = JournalStore.create(tmp_path / "fuzz.carnet", passphrase, owner_name="Fuzz")
    try:
        fill_tricky(store)
        # keep each example cheap: drop the 100 KB texts from the base document
        base = journal_document(store, exported_at=FIXED)
        for g in base["groups"]:
            g["notes"] = g["notes"][:100]
            for s in g["sessions"]:
                for n in s["step_notes"]:
                    n["text"] = n["text"][:100]
                for item in s["learnings"]:
                    item["text"] = item["text"][:100]
        state = {"checksum": checksum(store)}

        outcomes = {"refused": 0, "imported": 0}

        def attempt(document_bytes: bytes) -> None:
            try:
                import_json(store, document_bytes)
            except CarnetImportError:
                outcomes["refused"] += 1
                assert checksum(store) == state["checksum"]
            else:
                outcomes["imported"] += 1
                state["checksum"] = checksum(store)

        @settings(
            max_examples=150,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        )
        @given(data=st.data())
        def run(data):
            kind = data.draw(st.sampled_from(["random", "mutated", "mutated", "mutated"]))
            if kind == "random":
                value = data.draw(json_values, label="random")
                if data.draw(st.booleans()) and isinstance(value, dict):
                    value = {**value, "format": FORMAT, "version": VERSION}
                raw = json.dumps(value).encode()
            else:
                raw = json.dumps(_mutate(base, data)).encode()
            attempt(raw)

        run()
        assert outcomes["refused"] > 0

    finally:
        store.close()


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=200))
def test_random_bytes_raise_only_import_errors(raw):
    with contextlib.suppress(CarnetImportError):
        load_export(raw)


def test_an_import_names_each_difference_by_what_the_person_knows(tricky_store, tmp_path):
    """« groups[0].sessions[1].step_notes[0] » meant nothing to a reviewer: the window
    and ``carnet import`` name the group, the session and the record instead."""
    from words_in_french import french

    from carnet.ui.exchange_words import conflict_text, place_of

    out = tmp_path / "v1.json"
    export_json(tricky_store, out)
    path, _ = new_journal_from(tmp_path, out)
    copy_store = open_journal(path)
    try:
        group = next(g for g in copy_store.groups.list() if g.name.startswith("Groupe"))
        first = copy_store.sessions.list_by_group(group.id)[0]
        copy_store.notes.save(first.id, "expose", "Réécrit ici")
        parsed = load_export(out)
        report = import_json(copy_store, parsed, dry_run=True)
    finally:
        copy_store.close()
    [note] = [c for c in report.conflicts if "step_notes" in c.path]
    assert "step_notes" in note.path  # control: the path itself is technical
    said = conflict_text(note, parsed)
    shown = group.name[:39] + "…"  # a long name is shortened, isolated for direction
    assert said.startswith(f"“\u2068{shown}\u2069” › session {first.number} › a step's note: ")
    assert "groups[" not in said
    assert conflict_text(note).startswith(note.path)  # without the file: the path
    assert place_of(parsed, "groups[99].sessions[0]") == "groups[99].sessions[0]"  # no guess
    with french():
        said = conflict_text(note, parsed)
        assert said.startswith(
            f"« \u2068{shown}\u2069 » › séance {first.number} › la note d’une étape : ")


def test_a_note_longer_than_a_one_line_field_comes_back(store, tmp_path, passphrase):
    """fresh7's F6 (trap): a 2.3 M-character note (a long document pasted into a step) was
    exported, « Export écrit », and the import refused that same file as damaged — found
    only on the new computer. A text written on several lines is bounded by the file."""
    group = store.groups.add(Group(name="Codev", template_id="codev"))
    session = store.sessions.add(Session(group.id, 1, date(2026, 11, 2), SessionStatus.HELD,
                                         Role.CLIENT))
    note = ("Une ligne de compte rendu très détaillée. " * 20 + "\n") * 2_700
    assert len(note) > MAX_STRING_CHARS  # control: longer than a one-line string may be
    store.notes.save(session.id, "expose", note)
    out = tmp_path / "export.json"
    export_json(store, out)
    other = JournalStore.create(tmp_path / "other.carnet", passphrase, owner_name="C")
    try:
        import_json(other, out)
        (imported,) = other.sessions.list()
        assert other.notes.get(imported.id, "expose").text == note
    finally:
        other.close()


def test_an_export_too_big_to_import_is_refused_at_once(store, tmp_path, monkeypatch):
    """fresh7's F7 (trap): a journal full of photos and PDFs exported to a 224 MB JSON,
    « Export écrit », which its import refused (« too big to be a Carnet export »). The
    export now says at once that it cannot, and what to do; nothing is written. (The
    bound made small here: the real one needs 200 MB of documents.)"""
    from attachment_files import pdf
    from words_in_french import french

    from carnet.domain.attachment import PDF_MIME, Attachment
    from carnet.exchange import ExportError, json_export, json_reader
    from carnet.ui.exchange_words import export_refusal

    assert json_reader.MAX_FILE_BYTES == json_export.MAX_FILE_BYTES  # what the import reads
    group = store.groups.add(Group(name="Codev", template_id="codev"))
    session = store.sessions.add(Session(group.id, 1, date(2026, 11, 2), SessionStatus.HELD,
                                         Role.CLIENT))
    data = pdf("Support de la séance")
    store.attachments.add(Attachment(session_id=session.id, mime=PDF_MIME, size=len(data),
                                     sha256="", filename="support.pdf"), data)
    out = tmp_path / "export.json"
    export_json(store, out)  # control: under the bound, written
    small = out.stat().st_size - 1
    monkeypatch.setattr(json_export, "MAX_FILE_BYTES", small)
    with pytest.raises(ExportError) as refused:
        export_json(store, tmp_path / "big.json")
    assert refused.value.reason == "too_big" and refused.value.size == small + 1
    assert not (tmp_path / "big.json").exists()
    with french():
        said = export_refusal(refused.value, str(store.path))
    assert "Rien n’a été écrit" in said and str(store.path) in said, said
