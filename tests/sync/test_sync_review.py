"""Adversarial review of folder sync (issue 15): attacks that must be resisted.

Each test is an attack on real journals and a real folder in tmp_path; each
checks that no word is lost, hidden or duplicated, that "complete" is only
said when it is true, and that nothing readable reaches the folder.
"""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sync_helpers import PASSPHRASE, open_fast

from carnet.domain import (
    Action,
    ActionReview,
    ActionStatus,
    Group,
    Learning,
    Member,
)
from carnet.sync import Code, SyncError, Why, atomic, join, remember_place, rewrap, sync_once
from carnet.sync import layout as sync_layout

WEIRD = "<b>&amp;</b> ]]> « x » 🙂 שלום\u202e"


# -- helpers ---------------------------------------------------------------------------------



def on_a_second_computer(store):
    """The copy lies on another computer, where the original's path does not exist:
    its place cannot tell it is a copy (carnet/sync/place.py says « moved »), only
    the folder can. Here both files are on this computer: the copy is told to hold
    its identity where it lies, as its first sync over there would."""
    remember_place(store)

def session_of(store):
    group = store.groups.list()[0]
    return store.sessions.list_by_group(group.id)[0]


def all_texts(store) -> list[str]:
    """Every free text of every record a person can see (with duplicates)."""
    out = []
    for group in store.groups.list():
        out += [group.name, group.notes or "", group.ground_rules or ""]
        out += [m.pseudonym for m in store.members.list_by_group(group.id)]
        for session in store.sessions.list_by_group(group.id):
            out.append(session.title or "")
            out += [n.text for n in store.notes.list_by_session(session.id).values()]
            out += [x.text for x in store.learnings.list_by_session(session.id)]
            for action in store.actions.list_by_session(session.id):
                out += [action.title, action.details or "", action.outcome or ""]
                out += [r.note for r in store.reviews.list_by_action(action.id)]
    return out


def blob(store) -> str:
    return "\n".join(all_texts(store))


def export_doc(store) -> str:
    from tests.test_sync_store import export_doc as doc

    return doc(store)


def sync_all(*stores, rounds=2):
    reports = []
    for _ in range(rounds):
        for s in stores:
            reports.append(sync_once(s))
    return reports


def journal_dir(store) -> Path:
    return sync_layout.journal_dir(Path(store.sync.folder), store.sync.identity().journal_id)


@pytest.fixture
def abc(devices):
    stores = [devices.open(n) for n in ("a", "b", "c")]
    yield stores
    for s in stores:
        s.close()


# -- concurrent edits of every kind -----------------------------------------------------------


def test_concurrent_edits_everywhere_converge_in_any_order_and_keep_long_texts(abc):
    a, b, c = abc
    # shared starting content, seen by everyone
    s = session_of(a)
    act = a.actions.add(Action(session_id=s.id, title="agir", details="d0", outcome="o0"))
    lrn = a.learnings.add(Learning(session_id=s.id, text="l0", tags=["t0"]))
    a.members.add(Member(group_id=a.groups.list()[0].id, pseudonym="P0", masked_names=["N0"]))
    sync_all(a, b, c)
    for store, who in ((a, "A"), (b, "B"), (c, "C")):
        sess = session_of(store)
        g = store.groups.list()[0]
        g.notes = f"notes {who} {WEIRD}"
        g.ground_rules = f"règles {who}"
        g.place = f"lieu {who}"
        store.groups.update(g)
        store.notes.save(sess.id, "expose", f"note {who} {WEIRD}")
        learning = store.learnings.list_by_session(sess.id)[0]
        learning.text = f"appris {who} {WEIRD}"
        learning.tags = [f"tag{who}"]
        store.learnings.update(learning)
        action = store.actions.list_by_session(sess.id)[0]
        action.details = f"détails {who}"
        action.outcome = f"résultat {who}"
        action.status = ActionStatus.DONE if who == "A" else ActionStatus.IN_PROGRESS
        store.actions.update(action)
        store.keywords.set(sess.id, f"mot{who}")
        member = store.members.list_by_group(g.id)[0]
        member.pseudonym = f"P{who}"
        member.masked_names = [f"N{who}"]
        store.members.update(member)
    assert act and lrn
    # deliver in a non-trivial order
    sync_once(c)
    sync_once(a)
    sync_once(b)
    sync_once(c)
    sync_once(b)
    sync_once(a)
    docs = {export_doc(x) for x in (a, b, c)}
    assert len(docs) == 1, "the three journals differ"
    text = blob(a)
    for who in "ABC":
        for prefix in ("notes", "note", "appris", "détails", "résultat"):
            assert f"{prefix} {who}" in text, (prefix, who)


def test_one_megabyte_note_and_strange_text_travel_intact(abc):
    a, b, _c = abc
    big = ("Ligne « 🙂 » <b>]]></b> שלום &amp; " * 30000)[: 1_000_000]
    a.notes.save(session_of(a).id, "expose", big)
    assert sync_once(a).complete
    assert sync_once(b).complete
    assert b.notes.get(session_of(b).id, "expose").text == big


# -- deletions racing edits -------------------------------------------------------------------


def test_session_deleted_while_a_learning_is_added_elsewhere(abc):
    a, b, c = abc
    a.sessions.delete(session_of(a).id)
    b.learnings.add(Learning(session_id=session_of(b).id, text="ajouté pendant la suppression"))
    sync_all(a, b, c)
    for x in (a, b, c):
        assert "ajouté pendant la suppression" in all_texts(x)
    assert len({export_doc(x) for x in (a, b, c)}) == 1


def test_group_deleted_while_a_note_is_edited_elsewhere(abc):
    a, b, c = abc
    a.groups.delete(a.groups.list()[0].id)
    b.notes.save(session_of(b).id, "expose", "écrit pendant que le groupe disparaissait")
    sync_all(a, b, c)
    for x in (a, b, c):
        assert "écrit pendant que le groupe disparaissait" in all_texts(x)
    assert len({export_doc(x) for x in (a, b, c)}) == 1


def test_action_deleted_while_a_review_is_added_elsewhere(abc):
    a, b, c = abc
    a.actions.add(Action(session_id=session_of(a).id, title="appeler"))
    sync_all(a, b, c)
    a.actions.delete(a.actions.list_by_session(session_of(a).id)[0].id)
    action_b = b.actions.list_by_session(session_of(b).id)[0]
    b.reviews.add(ActionReview(action_id=action_b.id, date=date(2026, 2, 1),
                               note="suivi écrit ailleurs"))
    sync_all(a, b, c)
    for x in (a, b, c):
        assert "suivi écrit ailleurs" in all_texts(x)
    assert len({export_doc(x) for x in (a, b, c)}) == 1


def test_step_note_emptied_on_one_device_edited_on_the_other(abc):
    a, b, c = abc
    a.notes.save(session_of(a).id, "expose", "premier jet")
    sync_all(a, b, c)
    a.notes.save(session_of(a).id, "expose", "")
    b.notes.save(session_of(b).id, "expose", "premier jet, complété")
    sync_all(a, b, c)
    for x in (a, b, c):
        assert "premier jet, complété" in blob(x)
    assert len({export_doc(x) for x in (a, b, c)}) == 1


def test_keyword_cleared_on_one_device_typed_on_the_other(abc):
    a, b, c = abc
    a.keywords.set(session_of(a).id, "ancien")
    sync_all(a, b, c)
    a.keywords.set(session_of(a).id, "")
    b.keywords.set(session_of(b).id, "nouveau")
    sync_all(a, b, c)
    for x in (a, b, c):
        kw = x.keywords.get(session_of(x).id)
        assert kw is not None and kw.word == "nouveau"


def test_a_learning_deleted_then_undone_before_sync_is_there_once(abc):
    """The UI's undo deletes the row and adds it back (a new row): seen once elsewhere."""
    a, b, c = abc
    a.learnings.add(Learning(session_id=session_of(a).id, text="à garder", starred=True))
    sync_all(a, b, c)
    kept = a.learnings.list_by_session(session_of(a).id)[0]
    a.learnings.delete(kept.id)
    kept.id = None
    a.learnings.add(kept)  # as carnet/ui/session_editor/learnings.py _restore
    sync_all(a, b, c)
    for x in (a, b, c):
        assert all_texts(x).count("à garder") == 1


# -- the folder: replays, debris, failures ----------------------------------------------------


def test_a_bundle_copied_under_another_devices_name_and_number_changes_nothing(abc):
    a, b, c = abc
    a.learnings.add(Learning(session_id=session_of(a).id, text="une fois"))
    sync_once(a)
    own = journal_dir(a) / a.sync.identity().device_id
    newest = max(p for p in own.iterdir() if p.name.endswith(".cbundle"))
    target = journal_dir(a) / b.sync.identity().device_id / "00000099.cbundle"
    target.parent.mkdir(exist_ok=True)
    shutil.copy(newest, target)
    shutil.copy(newest, own / "00000042.cbundle")
    sync_all(b, c)
    assert all_texts(c).count("une fois") == 1
    assert all_texts(b).count("une fois") == 1
    # the renamed copy in a's own folder does not make a believe it is a clone... or if
    # it does, nothing is lost nor duplicated
    sync_all(a, b, c)
    for x in (a, b, c):
        assert all_texts(x).count("une fois") == 1
    assert len({export_doc(x) for x in (a, b, c)}) == 1


def test_a_bundle_of_another_journal_is_refused(devices, tmp_path):
    from carnet.store import JournalStore
    from carnet.sync import setup

    other = JournalStore.create(tmp_path / "other.carnet", PASSPHRASE, owner_name="X")
    a = devices.open("a")
    try:
        other.groups.add(Group(name="intrus", template_id="codev"))
        (tmp_path / "cloud2").mkdir()
        setup(other, tmp_path / "cloud2", PASSPHRASE)
        sync_once(other)
        src = journal_dir(other) / other.sync.identity().device_id
        bundle = max(p for p in src.iterdir() if p.name.endswith(".cbundle"))
        dest = journal_dir(a) / other.sync.identity().device_id
        dest.mkdir()
        shutil.copy(bundle, dest / bundle.name)
        report = sync_once(a)
        assert "intrus" not in [g.name for g in a.groups.list()]
        assert not report.complete
        assert report.problems
    finally:
        other.close()
        a.close()


def test_write_failing_with_disk_full_is_reported_and_retried(abc, monkeypatch):
    a, b, _c = abc
    a.learnings.add(Learning(session_id=session_of(a).id, text="disque plein"))
    real = atomic._write_temp

    def full(path, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic, "_write_temp", full)
    before = a.sync.last_sync
    report = sync_once(a)
    assert not report.complete
    assert Code.WRITE_FAILED in [p.code for p in report.problems]
    assert a.sync.last_sync == before
    monkeypatch.setattr(atomic, "_write_temp", real)
    assert sync_once(a).complete
    sync_once(b)
    assert "disque plein" in all_texts(b)
    leftovers = [p for p in journal_dir(a).rglob("*") if p.name.endswith(".tmp")]
    assert leftovers == []


def test_enospc_in_the_middle_of_a_write_leaves_no_partial_file(abc, monkeypatch):
    a, b, _c = abc
    a.learnings.add(Learning(session_id=session_of(a).id, text="x" * 5000))
    real_fsync = os.fsync
    calls = {"n": 0}

    def failing_fsync(fd):
        calls["n"] += 1
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    report = sync_once(a)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert calls["n"] and not report.complete
    names = [p.name for p in journal_dir(a).rglob("*") if p.is_file()]
    assert not any(n.endswith(".tmp") for n in names), names
    assert sync_once(a).complete
    assert sync_once(b).complete
    assert "x" * 5000 in all_texts(b)


def test_symlinked_folder_works_and_journal_inside_is_warned(devices, tmp_path):
    link = tmp_path / "link"
    link.symlink_to(devices.folder)
    a = devices.open("a")
    try:
        a.sync.folder = str(link)
        a.learnings.add(Learning(session_id=session_of(a).id, text="par le lien"))
        assert sync_once(a).complete
    finally:
        a.close()
    b = devices.open("b")
    try:
        sync_once(b)
        assert "par le lien" in all_texts(b)
    finally:
        b.close()
    # the journal file inside the synced folder (reached through the link): warned
    inside = devices.folder / "journal.carnet"
    shutil.copy(devices.journal("c"), inside)
    c = open_fast(inside, devices.keys["c"])
    try:
        c.sync.folder = str(link)
        report = sync_once(c)
        assert Code.JOURNAL_IN_FOLDER in [p.code for p in report.problems]
    finally:
        c.close()


def test_flipped_byte_in_header_or_body_never_applied(abc):
    a, b, _c = abc
    a.learnings.add(Learning(session_id=session_of(a).id, text="intact"))
    sync_once(a)
    own = journal_dir(a) / a.sync.identity().device_id
    newest = max(p for p in own.iterdir() if p.name.endswith(".cbundle"))
    whole = newest.read_bytes()
    for offset in (20, 40, len(whole) // 2, len(whole) - 1):
        raw = bytearray(whole)
        raw[offset] ^= 0x01
        newest.write_bytes(bytes(raw))
        report = sync_once(b)
        assert not report.complete, offset
        assert "intact" not in all_texts(b), offset
    newest.write_bytes(whole)
    assert sync_once(b).complete
    assert "intact" in all_texts(b)


# -- identities: passphrase change, clocks, leaks ----------------------------------------------


def test_passphrase_change_then_join_with_new_refused_with_old(devices, tmp_path):
    a = devices.open("a")
    try:
        a.change_passphrase(PASSPHRASE, "nouvelle phrase secrète 🙂")
        rewrap(a, None, "nouvelle phrase secrète 🙂")
        a.learnings.add(Learning(session_id=session_of(a).id, text="après le changement"))
        assert sync_once(a).complete
    finally:
        a.close()
    with pytest.raises(SyncError) as info:
        join(devices.folder, PASSPHRASE, tmp_path / "old.carnet")
    assert info.value.why is Why.WRONG_PASSPHRASE
    assert not (tmp_path / "old.carnet").exists()
    report = join(devices.folder, "nouvelle phrase secrète 🙂", tmp_path / "new.carnet")
    assert report.complete
    b = devices.open("b")  # still on the old passphrase locally: keeps syncing
    try:
        assert sync_once(b).complete
        assert "après le changement" in all_texts(b)
    finally:
        b.close()


def test_a_clock_a_day_ahead_does_not_win_over_a_later_edit(abc, monkeypatch):
    import time as time_mod

    a, b, c = abc
    real = time_mod.time
    monkeypatch.setattr(time_mod, "time", lambda: real() + 86400)
    g = b.groups.list()[0]
    g.place = "futur"
    b.groups.update(g)
    sync_once(b)
    monkeypatch.setattr(time_mod, "time", real)
    sync_once(a)
    g = a.groups.list()[0]
    g.place = "présent, écrit après"
    a.groups.update(g)
    sync_all(a, b, c)
    for x in (a, b, c):
        assert x.groups.list()[0].place == "présent, écrit après"


MARK = "QJZmarkREVIEWzq"


def test_device_label_owner_and_names_never_reach_the_folder_in_clear(abc, tmp_path):
    a, b, _c = abc
    a.sync.device_label = f"PC de {MARK} 🙂"
    a.set_owner_name(f"Camille {MARK}")
    g = a.groups.list()[0]
    g.name = f"groupe {MARK}"
    a.groups.update(g)
    a.members.add(Member(group_id=g.id, pseudonym=f"ps {MARK}", masked_names=[f"mn {MARK}"]))
    a.notes.save(session_of(a).id, "expose", f"note {MARK} " * 50)
    sync_once(a)
    sync_once(b)
    variants = [MARK.encode(), MARK.lower().encode(), MARK.encode("utf-16-le")]
    for path in Path(a.sync.folder).rglob("*"):
        assert MARK.lower() not in str(path).lower()
        if path.is_file():
            data = path.read_bytes()
            for v in variants:
                assert v not in data, path
    report = join(Path(a.sync.folder), PASSPHRASE, tmp_path / "joined.carnet")
    assert report.complete
    for path in tmp_path.rglob("*"):
        if path.is_file() and path.suffix != ".carnet" and "devices" not in path.parts:
            assert MARK.encode() not in path.read_bytes(), path


# -- join killed ------------------------------------------------------------------------------

KILL_CHILD = r"""
import os, signal, sys
from pathlib import Path
from carnet.sync import join
folder, target, at = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
passphrase = sys.stdin.read()
def progress(done, total):
    if done >= at:
        os.kill(os.getpid(), signal.SIGKILL)
join(folder, passphrase, target, progress=progress)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_join_killed_midway_leaves_nothing_at_the_target_and_can_be_redone(devices, tmp_path):
    a = devices.open("a")
    try:
        for i in range(4):
            a.learnings.add(Learning(session_id=session_of(a).id, text=f"appris {i}"))
            sync_once(a)
    finally:
        a.close()
    target = tmp_path / "killed.carnet"
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    for at in (1, 2):
        proc = subprocess.run([sys.executable, "-c", KILL_CHILD, str(devices.folder), str(target),
                               str(at)], input=PASSPHRASE, text=True, env=env,
                              capture_output=True, timeout=60)
        assert proc.returncode == -signal.SIGKILL, proc.stderr
        assert not target.exists()
    report = join(devices.folder, PASSPHRASE, target)
    assert report.complete
    from carnet.store.connection import keying_for_file

    store = open_fast(target, keying_for_file(target, PASSPHRASE))
    try:
        assert sorted(t for t in all_texts(store) if t.startswith("appris")) == [
            f"appris {i}" for i in range(4)]
    finally:
        store.close()


def test_report_is_not_complete_while_a_bundle_is_missing(abc):
    a, b, _c = abc
    a.learnings.add(Learning(session_id=session_of(a).id, text="un"))
    sync_once(a)
    a.learnings.add(Learning(session_id=session_of(a).id, text="deux"))
    sync_once(a)
    own = journal_dir(a) / a.sync.identity().device_id
    bundles = sorted(p for p in own.iterdir() if p.name.endswith(".cbundle"))
    hidden = bundles[-2].read_bytes()
    bundles[-2].unlink()
    # remove a's snapshots too so nothing can heal it
    for snap in own.glob("snapshot-*"):
        snap.rename(snap.with_name("." + snap.name))
    report = sync_once(b)
    assert "deux" in all_texts(b) and "un" not in all_texts(b)
    assert not report.complete
    assert Code.MISSING in [p.code for p in report.problems]
    bundles[-2].write_bytes(hidden)
    assert sync_once(b).complete
    assert {"un", "deux"} <= set(all_texts(b))


def test_attachment_deleted_while_its_caption_is_edited_comes_back_with_its_bytes(abc):
    from carnet.domain.attachment import Attachment
    from carnet.services.attachment_intake import prepare
    from tests.attachment_files import photo

    a, b, c = abc
    prepared = prepare(photo(), "t.jpg")
    att = a.attachments.add(
        Attachment(session_id=session_of(a).id, step_id="expose", caption="tableau",
                   filename=prepared.filename, mime=prepared.mime, width=prepared.width,
                   height=prepared.height, size=1, sha256=""), prepared.data)
    sync_all(a, b, c)
    a.attachments.delete(att.id)
    on_b = b.attachments.list_by_session(session_of(b).id)[0]
    b.attachments.set_caption(on_b.id, "tableau, légendé ailleurs " + WEIRD)
    sync_all(a, b, c)
    for x in (a, b, c):
        items = x.attachments.list_by_session(session_of(x).id)
        assert [i.caption for i in items] == ["tableau, légendé ailleurs " + WEIRD]
        assert x.attachments.data(items[0].id) == prepared.data
    assert len({export_doc(x) for x in (a, b, c)}) == 1


def test_a_device_joining_from_snapshots_after_a_conflict_renders_the_same_note(devices, tmp_path):
    from carnet.store.connection import keying_for_file

    a, b = devices.open("a"), devices.open("b")
    try:
        a.notes.save(session_of(a).id, "expose", "version A " + WEIRD)
        b.notes.save(session_of(b).id, "expose", "version B")
        sync_all(a, b)
        expected = a.notes.get(session_of(a).id, "expose").text
        assert "version A" in expected and "version B" in expected
        target = tmp_path / "late.carnet"
        assert join(devices.folder, PASSPHRASE, target).complete
        late = open_fast(target, keying_for_file(target, PASSPHRASE))
        try:
            assert late.notes.get(session_of(late).id, "expose").text == expected
            assert export_doc(late) == export_doc(a)
        finally:
            late.close()
    finally:
        a.close()
        b.close()


def test_a_note_saved_unchanged_on_one_device_does_not_make_a_conflict_block(abc):
    """An autosave of the unchanged text elsewhere must not turn the other device's edit
    into « two versions » (nor drop it)."""
    a, b, _c = abc
    a.notes.save(session_of(a).id, "expose", "texte")
    sync_all(a, b)
    a.notes.save(session_of(a).id, "expose", "texte, complété")
    b.notes.save(session_of(b).id, "expose", "texte")  # same text saved again
    sync_all(a, b)
    for x in (a, b):
        assert x.notes.get(session_of(x).id, "expose").text == "texte, complété"


def test_the_same_text_typed_on_two_devices_is_not_shown_twice(abc):
    a, b, _c = abc
    for x in (a, b):
        x.notes.save(session_of(x).id, "expose", "même texte")
    sync_all(a, b)
    for x in (a, b):
        assert x.notes.get(session_of(x).id, "expose").text == "même texte"


def test_an_attachment_deleted_and_undone_under_its_old_id_is_there_once(abc):
    from carnet.domain.attachment import Attachment
    from carnet.services.attachment_intake import prepare
    from tests.attachment_files import photo

    a, b, c = abc
    prepared = prepare(photo(), "t.jpg")
    att = a.attachments.add(
        Attachment(session_id=session_of(a).id, step_id="expose", caption="photo",
                   filename=prepared.filename, mime=prepared.mime, width=prepared.width,
                   height=prepared.height, size=1, sha256=""), prepared.data)
    sync_all(a, b, c)
    kept = a.attachments.get(att.id)
    a.attachments.delete(att.id)
    sync_once(a)  # the delete went out before the undo
    a.attachments.add(kept, prepared.data)  # the undo: same id
    assert kept.id == att.id
    sync_all(a, b, c)
    for x in (a, b, c):
        assert [i.caption for i in x.attachments.list_by_session(session_of(x).id)] == ["photo"]
    assert len({export_doc(x) for x in (a, b, c)}) == 1


def test_objective_deleted_while_a_rating_is_given_elsewhere(abc):
    from carnet.domain import Assessment, Objective

    a, b, c = abc
    a.objectives.add(Objective(group_id=a.groups.list()[0].id, title="déléguer"))
    sync_all(a, b, c)
    a.objectives.delete(a.objectives.list_by_group(a.groups.list()[0].id)[0].id)
    obj_b = b.objectives.list_by_group(b.groups.list()[0].id)[0]
    b.assessments.set(Assessment(objective_id=obj_b.id, session_id=session_of(b).id, rating=4,
                                 comment="noté pendant la suppression"))
    sync_all(a, b, c)
    for x in (a, b, c):
        rated = x.assessments.list_by_session(session_of(x).id)
        assert [r.comment for r in rated] == ["noté pendant la suppression"]
    assert len({export_doc(x) for x in (a, b, c)}) == 1


def test_keyword_and_note_and_rating_removed_then_set_again_travel(abc):
    """Rows with a deterministic uuid: removed (a tombstone) then made again on the
    same device; the new value must reach the others, not stay buried."""
    from carnet.domain import Assessment, Objective

    a, b, c = abc
    s = session_of(a)
    obj = a.objectives.add(Objective(group_id=a.groups.list()[0].id, title="o"))
    a.keywords.set(s.id, "un")
    a.notes.save(s.id, "expose", "premier")
    a.assessments.set(Assessment(objective_id=obj.id, session_id=s.id, rating=2))
    sync_all(a, b, c)
    a.keywords.set(s.id, "")
    a.notes.delete(s.id, "expose")
    a.assessments.clear(obj.id, s.id)
    sync_all(a, b, c)
    assert b.keywords.get(session_of(b).id) is None
    a.keywords.set(s.id, "deux")
    a.notes.save(s.id, "expose", "second")
    a.assessments.set(Assessment(objective_id=obj.id, session_id=s.id, rating=5))
    sync_all(a, b, c)
    for x in (b, c):
        sx = session_of(x)
        assert x.keywords.get(sx.id).word == "deux"
        assert x.notes.get(sx.id, "expose").text == "second"
        assert [r.rating for r in x.assessments.list_by_session(sx.id)] == [5]


def test_concurrent_feelings_and_reviews_are_all_kept_and_topics_drafts_both_kept(abc):
    from carnet.domain import Emotion, Feeling, Moment, Topic

    a, b, c = abc
    a.topics.add(Topic(title="mon cas", draft="début"))
    act = a.actions.add(Action(session_id=session_of(a).id, title="agir"))
    sync_all(a, b, c)
    assert act
    for x, who in ((a, "A"), (b, "B"), (c, "C")):
        x.feelings.add(Feeling(session_id=session_of(x).id, moment=Moment.AFTER,
                               emotion=Emotion.JOY, text=f"ressenti {who}"))
        action = x.actions.list_by_session(session_of(x).id)[0]
        x.reviews.add(ActionReview(action_id=action.id, date=date(2026, 3, 1),
                                   note=f"suivi {who}"))
        topic = x.topics.list()[0]
        topic.draft = f"brouillon {who}"
        x.topics.update(topic)
    sync_all(b, c, a)
    for x in (a, b, c):
        feelings = sorted(f.text for f in x.feelings.list_by_session(session_of(x).id))
        assert feelings == ["ressenti A", "ressenti B", "ressenti C"]
        action = x.actions.list_by_session(session_of(x).id)[0]
        assert sorted(r.note for r in x.reviews.list_by_action(action.id)) == [
            "suivi A", "suivi B", "suivi C"]
        draft = x.topics.list()[0].draft
        assert all(f"brouillon {w}" in draft for w in "ABC"), draft
    assert len({export_doc(x) for x in (a, b, c)}) == 1


def test_a_copy_whose_number_was_taken_publishes_under_a_new_id_in_the_same_sync(
        devices, tmp_path, monkeypatch):
    """A journal copied (same device id) froze a bundle but could not write it (disk
    full); the original then published that number. The copy's next sync must take a
    new id AND send its edit in that same sync before saying complete (failing at
    aa52756: complete with nothing sent; fixed in db58872)."""
    copy = tmp_path / "a2.carnet"
    shutil.copy(devices.journal("a"), copy)
    a = devices.open("a")
    a2 = open_fast(copy, devices.keys["a"])
    on_a_second_computer(a2)
    b = devices.open("b")
    try:
        a2.learnings.add(Learning(session_id=session_of(a2).id, text="écrit sur la copie"))
        real = atomic._write_temp

        def full(path, data):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(atomic, "_write_temp", full)
        assert not sync_once(a2).complete
        monkeypatch.setattr(atomic, "_write_temp", real)
        a.learnings.add(Learning(session_id=session_of(a).id, text="écrit sur l'original"))
        assert sync_once(a).complete
        report = sync_once(a2)
        assert report.complete and report.sent >= 1
        assert Code.CLONE_DETECTED in [p.code for p in report.problems]
        sync_once(b)
        assert "écrit sur la copie" in all_texts(b)
        assert "écrit sur l'original" in all_texts(b)
    finally:
        a.close()
        a2.close()
        b.close()


def test_a_session_moved_to_another_group_while_its_group_is_deleted(devices):
    """The move (an edit the deleter had not seen) keeps the session and its note."""
    from carnet.domain import Group

    a, b, c = devices.open("a"), devices.open("b"), devices.open("c")
    try:
        a.groups.add(Group(name="Autre", template_id="codev"))
        for s in (a, b, c, a, b, c):
            sync_once(s)
        old_b = next(g for g in b.groups.list() if g.name == "Codev")
        a.groups.delete(next(g for g in a.groups.list() if g.name == "Codev").id)
        session = b.sessions.list_by_group(old_b.id)[0]
        session.group_id = next(g for g in b.groups.list() if g.name == "Autre").id
        b.sessions.update(session)
        b.notes.save(session.id, "expose", "déplacée")
        for s in (a, b, c, a, b, c):
            sync_once(s)
        docs = {export_doc(s) for s in (a, b, c)}
        for s in (a, b, c):
            assert "déplacée" in all_texts(s)
        assert len(docs) == 1
    finally:
        for s in (a, b, c):
            s.close()


# -- resisted since the review (were tests/sync/test_sync_review_failing.py on syncreview) --


def own_bundles(store, device=None):
    own = journal_dir(store) / (device or store.sync.identity().device_id)
    return sorted(p for p in own.iterdir() if p.name.endswith(".cbundle") and
                  not p.name.startswith("."))


def test_two_copies_with_one_device_id_racing_through_a_sync_client_both_reach_everyone(
        devices, tmp_path):
    """Was LOST: a journal copied to a second computer (same device id) and both synced
    before either saw the other's file: the sync client keeps one ``0000000N.cbundle``
    and renames the other ``0000000N (conflicted copy).cbundle``. Every other device
    applied only one of the two and the copies never saw each other's file; the second
    copy's learning reached no one. Now each copy authenticates the files under its
    own id, finds one whose records are not what it published under that number,
    takes a new device id and sends again what it froze from that number on (new
    dots covering the old numbers): both learnings reach every device, which converge.

    Smallest reproduction: copy a.carnet → a2.carnet; a adds learning « de A », a2
    adds « de A2 »; a2 syncs into a copy of the folder, a into the folder; put a2's
    bundle into the folder as ``<n> (conflicted copy).cbundle``; sync a, a2, b twice.
    """
    copy = tmp_path / "a2.carnet"
    shutil.copy(devices.journal("a"), copy)
    a = devices.open("a")
    a2 = open_fast(copy, devices.keys["a"])
    on_a_second_computer(a2)
    b = devices.open("b")
    try:
        assert a.sync.identity() == a2.sync.identity()
        a.learnings.add(Learning(session_id=session_of(a).id, text="de A"))
        a2.learnings.add(Learning(session_id=session_of(a2).id, text="de A2"))
        other_cloud = tmp_path / "cloud-on-second-computer"
        shutil.copytree(devices.folder, other_cloud)
        a2.sync.folder = str(other_cloud)
        assert sync_once(a2).complete
        assert sync_once(a).complete
        theirs = own_bundles(a2)[-1]
        mine = own_bundles(a)[-1]
        assert theirs.name == mine.name  # the same number, written on two computers
        # the sync client merges the two folders: one keeps the name, one is a copy
        shutil.copy(theirs, mine.with_name(mine.stem + " (conflicted copy)" + mine.suffix))
        shutil.rmtree(other_cloud)
        a2.sync.folder = str(devices.folder)
        seen = {}
        for _ in range(2):
            for name, store in (("a", a), ("a2", a2), ("b", b)):
                seen.setdefault(name, []).append([p.code.value for p in sync_once(store).problems])
        # what each sync said: b says device_clash once, then nothing; a and a2 nothing
        print(seen)
        assert seen["a"] == [[], []] and seen["a2"] == [[], []] and seen["b"][-1] == []
        for store in (a, a2, b):
            texts = all_texts(store)
            assert "de A" in texts and "de A2" in texts, texts
        assert len({export_doc(s) for s in (a, a2, b)}) == 1
    finally:
        a.close()
        a2.close()
        b.close()


def test_undo_of_a_delete_racing_an_edit_elsewhere_keeps_one_learning(devices):
    """Was DUPLICATED (the undo now takes the row's uuid back: ``store.sync.restore_uuid``,
    as learnings.py ``_restore`` does): the session editor's « Annuler » after a delete
    re-added the row as a NEW row, hence a new uuid. If another device edited that learning meanwhile, its
    edit resurrects the deleted original (a deletion racing an edit keeps the edit)
    AND the undo's copy arrives: every device now shows the learning twice.

    Smallest reproduction: learning L synced to a and b; a deletes L then re-adds it
    (as the UI's undo does); b edits L's text; sync a, b, a.
    """
    a, b = devices.open("a"), devices.open("b")
    try:
        a.learnings.add(Learning(session_id=session_of(a).id, text="à garder"))
        sync_once(a)
        sync_once(b)
        kept = a.learnings.list_by_session(session_of(a).id)[0]
        uuid = a.sync.uuid_of("learnings", kept.id)
        a.learnings.delete(kept.id)
        with a.transaction():  # the UI's undo (learnings.py ``_restore``): its own uuid back
            kept.id = None
            a.learnings.add(kept)
            assert a.sync.restore_uuid("learnings", kept.id, uuid)
        other = b.learnings.list_by_session(session_of(b).id)[0]
        other.text = "à garder, précisé"
        b.learnings.update(other)
        for store in (a, b, a, b):
            sync_once(store)
        for store in (a, b):
            assert len(store.learnings.list_by_session(session_of(store).id)) == 1, \
                all_texts(store)
    finally:
        a.close()
        b.close()


def test_undo_of_an_action_delete_racing_a_review_keeps_one_action(devices):
    """Was DUPLICATED (actions.py ``_restore`` now gives the action and its reviews their
    uuids back): same trap for actions (the action and its reviews re-added as new rows): a review written on
    another device meanwhile resurrects the original; the person sees the action twice,
    its old reviews twice.

    Smallest reproduction: action X with review R synced to a and b; a deletes X and
    re-adds X and R as new rows; b adds review R2 to X; sync a, b, a.
    """
    a, b = devices.open("a"), devices.open("b")
    try:
        act = a.actions.add(Action(session_id=session_of(a).id, title="appeler C."))
        a.reviews.add(ActionReview(action_id=act.id, date=date(2026, 2, 1), note="r1"))
        sync_once(a)
        sync_once(b)
        action = a.actions.get(act.id)
        reviews = a.reviews.list_by_action(act.id)
        uuids = [a.sync.uuid_of("actions", act.id)]
        uuids += [a.sync.uuid_of("action_reviews", r.id) for r in reviews]
        a.actions.delete(act.id)
        with a.transaction():  # the UI's undo (actions.py ``_restore``): their own uuids back
            action.id = None
            a.actions.add(action)
            assert a.sync.restore_uuid("actions", action.id, uuids[0])
            for review, uuid in zip(reviews, uuids[1:], strict=True):
                review.id = None
                review.action_id = action.id
                a.reviews.add(review)
                assert a.sync.restore_uuid("action_reviews", review.id, uuid)
        action_b = b.actions.list_by_session(session_of(b).id)[0]
        b.reviews.add(ActionReview(action_id=action_b.id, date=date(2026, 2, 2), note="r2"))
        for store in (a, b, a, b):
            sync_once(store)
        for store in (a, b):
            titles = [x.title for x in store.actions.list_by_session(session_of(store).id)]
            assert titles == ["appeler C."], titles
    finally:
        a.close()
        b.close()


def test_undo_of_an_attachment_delete_racing_a_caption_edit_keeps_one_photo(devices):
    """Was DUPLICATED (documents.py ``undo_delete`` now gives it its uuid back): the
    attachment's undo re-added it under its old row id
    (AttachmentRepository.add keeps a free id) but the row gets a new uuid; a caption
    edited on another device meanwhile resurrects the original: the photo appears twice
    (bytes stored twice) on every device.

    Smallest reproduction: photo synced to a and b; a deletes it and re-adds it (same
    id, as the undo); b sets its caption; sync a, b, a, b.
    """
    from carnet.domain.attachment import Attachment
    from carnet.services.attachment_intake import prepare
    from tests.attachment_files import photo

    a, b = devices.open("a"), devices.open("b")
    try:
        prepared = prepare(photo(), "t.jpg")
        att = a.attachments.add(
            Attachment(session_id=session_of(a).id, step_id="expose", caption="photo",
                       filename=prepared.filename, mime=prepared.mime, width=prepared.width,
                       height=prepared.height, size=1, sha256=""), prepared.data)
        sync_once(a)
        sync_once(b)
        kept = a.attachments.get(att.id)
        uuid = a.sync.uuid_of("attachments", att.id)
        a.attachments.delete(att.id)
        with a.transaction():  # the undo (documents.py ``undo_delete``): same id, same uuid
            a.attachments.add(kept, prepared.data)
            assert a.sync.restore_uuid("attachments", kept.id, uuid)
        on_b = b.attachments.list_by_session(session_of(b).id)[0]
        b.attachments.set_caption(on_b.id, "photo, légendée ailleurs")
        for store in (a, b, a, b):
            sync_once(store)
        for store in (a, b):
            caps = [i.caption for i in store.attachments.list_by_session(session_of(store).id)]
            assert len(caps) == 1, caps
    finally:
        a.close()
        b.close()


def test_a_bundle_damaged_in_the_folder_is_healed_by_its_writer(devices, monkeypatch):
    """Was HIDDEN (now the writer authenticates its own files when new or changed and
    writes a snapshot at once when one does not open): a bundle whose body is damaged in the folder
    (a flipped byte: sync client, disk, a person) is refused by every reader (« damaged »,
    its learning missing there — and on any device joining later, whose snapshot
    predates it), but its writer never notices: the reader does not authenticate a
    device's OWN files, so ``_maybe_snapshot``'s ``own_damaged`` (header damage only)
    stays False and no snapshot heals it until SNAPSHOT_EVERY (50) more bundles.

    Smallest reproduction: a adds learning "x", syncs; flip the last byte of a's newest
    bundle; a adds and syncs 5 more learnings; b syncs → "x" missing, problem damaged
    seq 2; write_snapshot never called on a. Fix: the writer authenticates its own files
    when new or changed (the reader's inode/size/mtime cache makes it cheap) and counts a
    failure as own_damaged (a snapshot at once), or rewrites the bundle from its outbox.
    """
    from carnet.sync import engine

    a, b = devices.open("a"), devices.open("b")
    try:
        a.learnings.add(Learning(session_id=session_of(a).id, text="x"))
        sync_once(a)
        newest = max(p for p in (journal_dir(a) / a.sync.identity().device_id).iterdir()
                     if p.name.endswith(".cbundle"))
        raw = bytearray(newest.read_bytes())
        raw[-1] ^= 1
        newest.write_bytes(bytes(raw))
        calls = []
        real = engine.write_snapshot
        monkeypatch.setattr(engine, "write_snapshot",
                            lambda ctx, rep: calls.append(1) or real(ctx, rep))
        for i in range(5):
            a.learnings.add(Learning(session_id=session_of(a).id, text=f"y{i}"))
            sync_once(a)
        report = sync_once(b)
        # b says « damaged » and lacks "x"; a was told nothing and wrote no snapshot
        assert {"x", "y0", "y4"} <= set(all_texts(b)), (
            len(calls), [(p.code.value, p.args) for p in report.problems])
    finally:
        a.close()
        b.close()


def test_a_clash_of_two_copies_is_reported_until_both_copies_changes_are_here(
        devices, tmp_path):
    """Two copies with one device id publish the same number; only one copy comes
    back to sync at first. A device that applied the OTHER copy's file lacks the
    absent copy's learning: it says ``device_clash`` at every sync (never
    « complete ») until that copy syncs and sends its changes again; then nothing."""
    copy = tmp_path / "a2.carnet"
    shutil.copy(devices.journal("a"), copy)
    a = devices.open("a")
    a2 = open_fast(copy, devices.keys["a"])
    on_a_second_computer(a2)
    b = devices.open("b")
    try:
        a.learnings.add(Learning(session_id=session_of(a).id, text="de A"))
        a2.learnings.add(Learning(session_id=session_of(a2).id, text="de A2"))
        other_cloud = tmp_path / "cloud-on-second-computer"
        shutil.copytree(devices.folder, other_cloud)
        a2.sync.folder = str(other_cloud)
        assert sync_once(a2).complete
        assert sync_once(a).complete
        theirs, mine = own_bundles(a2)[-1], own_bundles(a)[-1]
        # the sync client keeps a's file under the name, a2's as the conflicted copy
        # (sorted first: the copy a reader applies under that number)
        shutil.copy(theirs, mine.with_name(mine.stem + " (conflicted copy)" + mine.suffix))
        shutil.rmtree(other_cloud)
        a2.sync.folder = str(devices.folder)
        assert sync_once(a2).problems == []  # a2 finds a's file under its id: sends again
        for _ in range(2):
            report = sync_once(b)
            assert [p.code for p in report.problems] == [Code.DEVICE_CLASH], report.problems
            assert not report.complete
        assert "de A2" in all_texts(b) and "de A" not in all_texts(b)
        assert sync_once(a).problems == []  # a comes back: finds a2's file, sends again
        report = sync_once(b)
        assert report.problems == [] and report.complete
        for store in (a, a2, b):
            sync_once(store)
        for store in (a, a2, b):
            texts = all_texts(store)
            assert texts.count("de A") == 1 and texts.count("de A2") == 1, texts
        assert len({export_doc(s) for s in (a, a2, b)}) == 1
    finally:
        a.close()
        a2.close()
        b.close()
