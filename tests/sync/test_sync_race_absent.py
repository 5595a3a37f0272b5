"""Issue 15 review: a journal set to a folder where none of the devices it synced with
is found says so (``others_absent``), in the report, the command line (English and
French) — and a journal that never synced with another device says nothing there."""

from __future__ import annotations

import os
import subprocess
from datetime import date
from pathlib import Path

import fast_kdf
from sync_helpers import PASSPHRASE

from carnet.domain import Group, Learning, Session
from carnet.store import JournalStore
from carnet.sync import setup, sync_once
from carnet.sync.report import Code


def _session(store):
    return store.sessions.list_by_group(store.groups.list()[0].id)[0]


def _codes(report) -> set:
    return {p.code for p in report.problems}


def test_a_folder_without_any_known_device_is_said_until_one_comes(devices, tmp_path):
    a, b = devices.open("a"), devices.open("b")
    try:
        b.learnings.add(Learning(session_id=_session(b).id, text="écrit sur b"))
        assert sync_once(b).complete
        report = sync_once(a)
        assert Code.OTHERS_ABSENT not in _codes(report)  # control: b is in this folder
        dropbox = tmp_path / "Dropbox"
        dropbox.mkdir()
        setup(a, dropbox, PASSPHRASE)
        report = sync_once(a)
        (absent,) = [p for p in report.problems if p.code is Code.OTHERS_ABSENT]
        assert b.sync.identity().device_id in absent.args["devices"]
        assert "b" in absent.args["labels"]  # named as the devices list named it
        assert report.complete  # a notice: this folder's own sync is whole
        assert Code.OTHERS_ABSENT not in _codes(sync_once(b))  # b still meets a's old files
        setup(b, dropbox, PASSPHRASE)  # b follows: they meet again
        assert sync_once(b).complete
        assert Code.OTHERS_ABSENT not in _codes(sync_once(a))
        got = [x.text for x in a.learnings.list_by_session(_session(a).id)]
        assert "écrit sur b" in got
    finally:
        a.close()
        b.close()


def test_a_journal_that_never_synced_elsewhere_stays_silent_in_a_new_folder(tmp_path):
    path = tmp_path / "seul.carnet"
    store = JournalStore.create(path, PASSPHRASE, owner_name="Camille")
    try:
        group = store.groups.add(Group(name="Codev", template_id="codev"))
        store.sessions.add(Session(group_id=group.id, number=1, date=date(2026, 1, 12)))
        first, second = tmp_path / "Nextcloud", tmp_path / "Dropbox"
        first.mkdir()
        second.mkdir()
        setup(store, first, PASSPHRASE)
        assert not sync_once(store).problems
        setup(store, second, PASSPHRASE)  # moved: nobody to leave behind
        report = sync_once(store)
        assert report.complete and not report.problems
    finally:
        store.close()


def _cli(args: list[str], lang: str):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "LANG": lang}
    env.pop("LANGUAGE", None)
    return subprocess.run([*fast_kdf.python(), "-m", "carnet", *args],
                          input=(PASSPHRASE + "\n").encode(), capture_output=True, env=env,
                          timeout=180, check=False)


def test_carnet_sync_to_a_folder_without_the_other_devices_warns_in_both_languages(
        devices, tmp_path):
    a = devices.open("a")
    try:
        b_id = None
        b = devices.open("b")
        try:
            b.learnings.add(Learning(session_id=_session(b).id, text="écrit sur b"))
            assert sync_once(b).complete
            b_id = b.sync.identity().device_id
        finally:
            b.close()
        assert sync_once(a).complete
    finally:
        a.close()
    journal: Path = devices.journal("a")
    dropbox = tmp_path / "Dropbox"
    dropbox.mkdir()
    english = _cli(["sync", "--journal", str(journal), "--folder", str(dropbox), "--yes",
                    "--passphrase-stdin"], "C.UTF-8")
    said = english.stderr.decode("utf-8")
    assert english.returncode == 0, said
    assert "Traceback" not in said
    assert "none of the devices this journal synced with" in said, said
    # a new process has read no file of b: the journal remembers b's name (before:
    # b's short id, « cc202771 »)
    assert "synced with (b)" in said, said
    assert b_id[:8] not in said, said
    french = _cli(["sync", "--journal", str(journal), "--passphrase-stdin"], "fr_FR.UTF-8")
    dit = french.stderr.decode("utf-8")
    assert french.returncode == 0, dit
    assert "aucun des appareils" in dit.lower(), dit
    assert "none of" not in dit
    # control: back in the devices' folder, nothing is said
    back = _cli(["sync", "--journal", str(journal), "--folder", str(devices.folder), "--yes",
                 "--passphrase-stdin"], "C.UTF-8")
    assert "none of the devices" not in back.stderr.decode("utf-8")


def test_the_window_sentence_names_every_absent_device_named_or_not():
    """A notice about two devices, one with a name and one without: the window's sentence
    used to list the names only, leaving the unnamed device out (found by sync3)."""
    from carnet.sync.report import Problem
    from carnet.ui.sync.problems import others_absent_text

    problem = Problem("others_absent", args={
        "devices": ["aaaa1111bbbb", "cccc2222dddd"], "labels": ["Portable de Camille"],
        "names": [["aaaa1111bbbb", "Portable de Camille"], ["cccc2222dddd", ""]]})
    text = others_absent_text(problem)
    assert "Portable de Camille" in text and "cccc2222" in text
    # control: a report without ``names`` (an older one) still says what it holds
    older = Problem("others_absent", args={"devices": ["cccc2222dddd"], "labels": []})
    assert "cccc2222" in others_absent_text(older)
