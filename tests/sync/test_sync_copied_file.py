"""A copied journal file is the copy, whatever the order the two files sync in.

A person copies their journal (to a USB key, a backup opened where it lies) and
opens both on this computer: both hold the same device identity. The file that
was copied must take a new identity before it writes to the folder, and the
original keep its own, whichever of the two syncs first; nothing written in
either, nor imported in the copy, may be lost or arrive twice.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sync_helpers import open_fast

from carnet.domain import Learning
from carnet.exchange import export_json, import_json
from carnet.sync import Code, sync_once


def only_session(store):
    group = store.groups.list()[0]
    return store.sessions.list_by_group(group.id)[0]


def learnings(store):
    return [item.text for item in store.learnings.list_by_session(only_session(store).id)]


def codes(report):
    return [p.code for p in report.problems]


@pytest.mark.parametrize("first", ["copy", "original"])
def test_the_copied_file_takes_a_new_identity_whatever_syncs_first(devices, tmp_path, first):
    original = devices.journal("a")
    usb = tmp_path / "usb"
    usb.mkdir()
    copy_path = usb / "a.carnet"
    a = devices.open("a")
    try:
        a.learnings.add(Learning(session_id=only_session(a).id, text="avant la copie"))
        sync_once(a)
        exported = tmp_path / "ancien-export.json"
        export_json(a, exported)
        old_id = a.sync.identity().device_id
    finally:
        a.close()
    shutil.copy2(original, copy_path)  # the person copies the file (both stay)
    a, c = devices.open("a"), open_fast(copy_path, devices.keys["a"])
    b = devices.open("b")
    try:
        a.learnings.add(Learning(session_id=only_session(a).id, text="écrit dans l’original"))
        c.learnings.add(Learning(session_id=only_session(c).id, text="écrit dans la copie 🙂"))
        import_json(c, exported)  # the copy imports an older export of itself
        c.learnings.add(Learning(session_id=only_session(c).id, text="après l’import <b>&</b>"))
        order = [(c, "copy"), (a, "original")] if first == "copy" else [(a, "original"),
                                                                         (c, "copy")]
        reports = {name: sync_once(store) for store, name in order}
        assert Code.CLONE_DETECTED in codes(reports["copy"])
        assert Code.CLONE_DETECTED not in codes(reports["original"])
        assert a.sync.identity().device_id == old_id  # the original keeps its identity
        assert c.sync.identity().device_id != old_id
        assert a.sync.device_label == "a" and c.sync.device_label == ""  # and its name
        for _round in range(2):
            for store in (a, c, b):
                report = sync_once(store)
                assert Code.CLONE_DETECTED not in codes(report)
        expected = sorted(["avant la copie", "écrit dans l’original",
                           "écrit dans la copie 🙂", "après l’import <b>&</b>"])
        for store in (a, c, b):
            assert sorted(learnings(store)) == expected, store.path
    finally:
        for store in (a, c, b):
            store.close()


def test_a_moved_journal_is_not_a_copy(devices, tmp_path):
    """Control: the same file moved to another folder (the old path is gone) keeps
    its identity; so does a file replaced at its place (a passphrase change)."""
    a = devices.open("a")
    try:
        sync_once(a)
        old_id = a.sync.identity().device_id
    finally:
        a.close()
    moved = tmp_path / "ailleurs" / "a.carnet"
    moved.parent.mkdir()
    shutil.move(devices.journal("a"), moved)
    a = open_fast(moved, devices.keys["a"])
    try:
        a.learnings.add(Learning(session_id=only_session(a).id, text="après le déplacement"))
        report = sync_once(a)
        assert Code.CLONE_DETECTED not in codes(report)
        assert a.sync.identity().device_id == old_id
    finally:
        a.close()
    # a copy kept beside it, the file itself put back by copy (new inode, same path)
    back = Path(devices.journal("a"))
    shutil.copy2(moved, back)
    moved.unlink()
    a = devices.open("a")
    try:
        report = sync_once(a)
        assert Code.CLONE_DETECTED not in codes(report)
        assert a.sync.identity().device_id == old_id
    finally:
        a.close()
