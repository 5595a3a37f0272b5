"""The engine between real journals: concurrent notes, debris in the folder, clones, join.

Issue 15, point 2 (both texts of a note edited on two devices survive, visibly)
and the reader's rules met through real syncs.
"""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest
from sync_helpers import PASSPHRASE

from carnet.domain import Learning, Session
from carnet.domain.sync import OTHER_VERSION_HEADING
from carnet.sync import Code, SyncError, Why, join, rewrap, setup, sync_once
from carnet.sync import layout as sync_layout


def only_session(store):
    group = store.groups.list()[0]
    return store.sessions.list_by_group(group.id)[0]


def texts(store):
    group = store.groups.list()[0]
    out = []
    for session in store.sessions.list_by_group(group.id):
        out += [n.text for n in store.notes.list_by_session(session.id).values()]
        out += [item.text for item in store.learnings.list_by_session(session.id)]
    return out


def journal_folder(store):
    return sync_layout.journal_dir(Path(store.sync.folder), store.sync.identity().journal_id)


def files(store, suffix=".cbundle"):
    return sorted(journal_folder(store).rglob(f"*{suffix}"))


def newest_bundle(store):
    """This device's newest bundle under its own name (not a copy a sync client made)."""
    own = journal_folder(store) / store.sync.identity().device_id
    return max(p for p in own.iterdir() if re.fullmatch(r"\d{8}\.cbundle", p.name))


# -- point 2 -----------------------------------------------------------------------------


def test_concurrent_edits_of_one_note_keep_both_texts_visibly(devices):
    a, b = devices.open("a"), devices.open("b")
    try:
        a.notes.save(only_session(a).id, "expose", "Écrit au bureau : la réunion <b>&</b> 🙂")
        b.notes.save(only_session(b).id, "expose", "Écrit à la maison : שלום, le conflit")
        first = sync_once(a)
        second = sync_once(b)
        third = sync_once(a)
        assert first.complete and second.complete and third.complete
        note_a = a.notes.get(only_session(a).id, "expose").text
        note_b = b.notes.get(only_session(b).id, "expose").text
        assert note_a == note_b
        assert "Écrit au bureau : la réunion <b>&</b> 🙂" in note_a
        assert "Écrit à la maison : שלום, le conflit" in note_a
        assert OTHER_VERSION_HEADING in note_a
        assert second.conflicts == 1 and third.conflicts == 1
        assert [c[0] for c in second.conflicted] == ["step_notes"]
        # the person resolves by editing: one text again, everywhere
        a.notes.save(only_session(a).id, "expose", "Résolu : les deux idées")
        sync_once(a)
        assert sync_once(b).conflicts == 0
        assert b.notes.get(only_session(b).id, "expose").text == "Résolu : les deux idées"
    finally:
        a.close()
        b.close()


def test_control_an_edit_made_after_seeing_the_other_replaces_it(devices):
    a, b = devices.open("a"), devices.open("b")
    try:
        a.notes.save(only_session(a).id, "expose", "version une")
        sync_once(a)
        sync_once(b)
        b.notes.save(only_session(b).id, "expose", "version deux")
        sync_once(b)
        report = sync_once(a)
        assert a.notes.get(only_session(a).id, "expose").text == "version deux"
        assert report.conflicts == 0
    finally:
        a.close()
        b.close()


# -- debris met through real syncs ---------------------------------------------------------------


def test_conflicted_copy_truncated_and_duplicate_bundles(devices):
    a, b = devices.open("a"), devices.open("b")
    try:
        session = only_session(a)
        a.learnings.add(Learning(session_id=session.id, text="appris un"))
        sync_once(a)
        a.learnings.add(Learning(session_id=session.id, text="appris deux"))
        sync_once(a)
        newest = newest_bundle(a)
        # the sync client delivered the newest bundle under a conflicted name only
        conflicted = newest.with_name(newest.stem + " (conflicted copy 2026-12-06)" + newest.suffix)
        data = newest.read_bytes()
        newest.rename(conflicted)
        shutil.copy(conflicted, newest.with_name(newest.stem + " (1)" + newest.suffix))
        report = sync_once(b)
        assert report.complete, report.problems
        assert {"appris un", "appris deux"} <= set(texts(b))
        # a bundle still being downloaded: waited for, said, not applied
        a.learnings.add(Learning(session_id=session.id, text="appris trois"))
        sync_once(a)
        newest = newest_bundle(a)
        whole = newest.read_bytes()
        newest.write_bytes(whole[: len(whole) - 10])
        report = sync_once(b)
        assert not report.complete
        assert [p.code for p in report.problems] == [Code.INCOMPLETE]
        assert "appris trois" not in texts(b)
        newest.write_bytes(whole)  # the download finished
        report = sync_once(b)
        assert report.complete and "appris trois" in texts(b)
        assert texts(b).count("appris deux") == 1 and texts(b).count("appris un") == 1
        assert data  # (the conflicted copy's bytes were the bundle's)
    finally:
        a.close()
        b.close()


def test_foreign_newer_and_other_key_files_are_reported_and_never_crash(devices):
    a = devices.open("a")
    try:
        folder = journal_folder(a)
        (folder / "readme.txt").write_text("not ours")
        other = devices.open("b")
        try:
            other.learnings.add(Learning(session_id=only_session(other).id, text="de b"))
            sync_once(other)
            newest = newest_bundle(other)
        finally:
            other.close()
        raw = bytearray(newest.read_bytes())
        raw[8:10] = (7).to_bytes(2, "big")
        newest.write_bytes(bytes(raw))
        report = sync_once(a)
        codes = sorted(p.code for p in report.problems)
        assert codes == sorted([Code.FOREIGN_FILE, Code.NEWER_VERSION])
        assert not report.complete
        assert "de b" not in texts(a)
    finally:
        a.close()


# -- clones ----------------------------------------------------------------------------------


def test_a_restored_backup_takes_a_new_device_id_and_loses_nothing(devices, tmp_path):
    a, b = devices.open("a"), devices.open("b")
    backup = tmp_path / "backup.carnet"
    try:
        session = only_session(a)
        a.learnings.add(Learning(session_id=session.id, text="avant la sauvegarde"))
        sync_once(a)
        a.backup_to(backup)
        a.learnings.add(Learning(session_id=session.id, text="après la sauvegarde"))
        sync_once(a)
        old_id = a.sync.identity().device_id
    finally:
        a.close()
    restored = devices.journal("a")
    restored.unlink()
    shutil.copy(backup, restored)
    a = devices.open("a")
    try:
        report = sync_once(a)
        assert Code.CLONE_DETECTED in [p.code for p in report.problems]
        assert a.sync.identity().device_id != old_id
        assert "après la sauvegarde" in texts(a)  # its own old bundle, applied like another's
        a.learnings.add(Learning(session_id=only_session(a).id, text="après la restauration"))
        sync_once(a)
        sync_once(b)
        assert sorted(texts(a)) == sorted(texts(b))
        assert texts(b).count("après la sauvegarde") == 1
    finally:
        a.close()
        b.close()


# -- setup, join, rewrap ---------------------------------------------------------------------


def test_join_builds_the_same_journal_and_cancel_leaves_nothing(devices, tmp_path):
    a = devices.open("a")
    try:
        for i in range(5):
            a.sessions.add(Session(group_id=a.groups.list()[0].id, number=i + 2,
                                   date=date(2026, 2, i + 1), title=f"s{i}"))
        sync_once(a)
    finally:
        a.close()
    target = tmp_path / "cancelled.carnet"
    with pytest.raises(SyncError) as info:
        join(devices.folder, PASSPHRASE, target, cancelled=lambda: True)
    assert info.value.why is Why.CANCELLED
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if "cancelled" in p.name] in ([], ["cancelled.carnet.lock"])
    with pytest.raises(SyncError) as info:
        join(devices.folder, "wrong passphrase", target)
    assert info.value.why is Why.WRONG_PASSPHRASE
    seen = []
    report = join(devices.folder, PASSPHRASE, target, progress=lambda d, t: seen.append((d, t)))
    assert report.complete and seen and seen[-1][0] == seen[-1][1]
    with pytest.raises(SyncError) as info:
        join(devices.folder, PASSPHRASE, target)
    assert info.value.why is Why.JOURNAL_EXISTS


def test_setup_refuses_another_journals_folder_and_a_wrong_passphrase(devices, tmp_path):
    from carnet.store import JournalStore

    lone = JournalStore.create(tmp_path / "lone.carnet", PASSPHRASE)
    try:
        with pytest.raises(SyncError) as info:
            setup(lone, devices.folder, PASSPHRASE)
        assert info.value.why is Why.OTHER_JOURNALS
        with pytest.raises(SyncError) as info:
            setup(lone, tmp_path, "not the passphrase")
        assert info.value.why is Why.WRONG_PASSPHRASE
        with pytest.raises(SyncError) as info:
            sync_once(lone)
        assert info.value.why in (Why.NO_FOLDER, Why.NOT_SET_UP)
    finally:
        lone.close()


def test_rewrap_keeps_files_readable_and_joins_with_the_new_passphrase(devices, tmp_path):
    a = devices.open("a")
    try:
        rewrap(a, None, "une toute nouvelle phrase")
    finally:
        a.close()
    with pytest.raises(SyncError):
        join(devices.folder, PASSPHRASE, tmp_path / "old.carnet")
    report = join(devices.folder, "une toute nouvelle phrase", tmp_path / "new.carnet")
    assert report.complete


def test_rewrap_while_offline_waits_in_the_journal_and_is_written_at_the_next_sync(
        devices, tmp_path):
    a = devices.open("a")
    try:
        shutil.move(devices.folder, devices.root / "unplugged")
        devices.folder.mkdir()  # the empty mount point
        rewrap(a, None, "phrase changée hors ligne")
        assert list(devices.folder.iterdir()) == []  # nothing written where nobody looks
        assert a.sync.pending_manifest
        devices.folder.rmdir()
        shutil.move(devices.root / "unplugged", devices.folder)
        assert sync_once(a).complete
        assert a.sync.pending_manifest is None
    finally:
        a.close()
    assert join(devices.folder, "phrase changée hors ligne", tmp_path / "j.carnet").complete


def test_offline_folder_is_an_error_not_a_report(devices):
    a = devices.open("a")
    try:
        a.learnings.add(Learning(session_id=only_session(a).id, text="hors ligne"))
        shutil.move(devices.folder, devices.root / "unplugged")
        with pytest.raises(SyncError) as info:
            sync_once(a)
        assert info.value.why is Why.FOLDER_UNAVAILABLE
        devices.folder.mkdir()  # the empty mount point of a drive not plugged in
        with pytest.raises(SyncError) as info:
            sync_once(a)
        assert info.value.why is Why.FOLDER_UNAVAILABLE
        assert list(devices.folder.iterdir()) == []  # nothing written where nobody looks
        devices.folder.rmdir()
        shutil.move(devices.root / "unplugged", devices.folder)  # plugged in again
        report = sync_once(a)
        assert report.complete and report.sent == 1
    finally:
        a.close()


def test_a_bundle_removed_from_the_folder_is_reported_then_healed_by_a_snapshot(devices):
    a, b = devices.open("a"), devices.open("b")
    try:
        session = only_session(a)
        for text in ("un", "deux", "trois"):
            a.learnings.add(Learning(session_id=session.id, text=text))
            sync_once(a)
        lost = sorted((journal_folder(a) / a.sync.identity().device_id).glob("*.cbundle"))[-2]
        lost.unlink()
        report = sync_once(b)
        assert not report.complete
        assert [p.code for p in report.problems] == [Code.MISSING]
        assert "deux" not in texts(b) and "trois" in texts(b)
        assert sync_once(a).complete  # a sees its gap and writes a snapshot
        report = sync_once(b)
        assert report.complete, report.problems
        assert sorted(t for t in texts(b) if t in ("un", "deux", "trois")) == [
            "deux", "trois", "un"]
    finally:
        a.close()
        b.close()


def test_a_copied_journal_used_on_two_computers_splits_into_two_devices(devices):
    """Both copies froze bundle N with different changes: the second to publish finds
    the number taken, takes a new device id and publishes under it; nothing is lost."""
    from sync_helpers import open_fast

    copy_path = devices.root / "copy-of-a.carnet"
    shutil.copy(devices.journal("a"), copy_path)
    a, copy, b = devices.open("a"), open_fast(copy_path, devices.keys["a"]), devices.open("b")
    try:
        assert copy.sync.identity() == a.sync.identity()  # control: a true copy
        a.learnings.add(Learning(session_id=only_session(a).id, text="écrit sur l'original"))
        copy.learnings.add(Learning(session_id=only_session(copy).id, text="écrit sur la copie"))
        assert sync_once(a).complete
        report = sync_once(copy)
        assert Code.CLONE_DETECTED in [p.code for p in report.problems]
        assert copy.sync.identity().device_id != a.sync.identity().device_id
        assert report.sent >= 1
        for store in (b, a, copy, b):
            sync_once(store)
        for store in (a, copy, b):
            assert {"écrit sur l'original", "écrit sur la copie"} <= set(texts(store))
            assert texts(store).count("écrit sur la copie") == 1
        assert sync_once(b).complete
    finally:
        a.close()
        copy.close()
        b.close()


def test_join_cancel_is_heard_inside_a_snapshot_and_progress_moves(devices, tmp_path,
                                                                   monkeypatch):
    from carnet.sync import engine

    a = devices.open("a")
    try:
        for i in range(6):
            a.learnings.add(Learning(session_id=only_session(a).id, text=f"appris {i}"))
        sync_once(a)
        from carnet.sync.engine import _context, write_snapshot
        write_snapshot(_context(a, None), engine.SyncReport())
    finally:
        a.close()
    monkeypatch.setattr(engine, "SNAPSHOT_CHUNK", 2)  # a snapshot merged in many steps
    polls = []

    def cancel_on_the_fourth_poll():
        polls.append(1)
        return len(polls) >= 4

    target = tmp_path / "joined.carnet"
    with pytest.raises(SyncError) as info:
        join(devices.folder, PASSPHRASE, target, cancelled=cancel_on_the_fourth_poll)
    assert info.value.why is Why.CANCELLED
    assert len(polls) == 4 and not target.exists()
    seen = []
    report = join(devices.folder, PASSPHRASE, target, progress=lambda d, t: seen.append((d, t)))
    assert report.complete
    assert len(seen) >= 5
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert seen[-1][0] == seen[-1][1]
    assert all(d <= t for d, t in seen)
