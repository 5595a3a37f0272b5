"""Issue 15 review: what the status bar says is true (real window, real journals).

* changes waiting to be sent never hide the conflict badge: both are said;
* a folder where none of the devices this journal synced with is found is said in
  the status bar (and its tooltip), not a plain « Synchronisé »;
* a journal opened from inside its synced folder is never synced, and the status bar
  says so (« Non synchronisé : carnet dans le dossier synchronisé »), in red.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from ui_helpers import MARKER, seed_journal

import carnet.sync as engine
from carnet.domain import Learning
from carnet.store import JournalStore


@pytest.fixture
def folder(tmp_path) -> Path:
    path = tmp_path / "Nextcloud"
    path.mkdir()
    return path


def _set_up(path: Path, passphrase: str, folder: Path) -> None:
    store = JournalStore.open(path, passphrase)
    try:
        engine.setup(store, folder, passphrase)
        assert engine.sync_once(store, folder).complete
    finally:
        store.close()


def _other(folder: Path, passphrase: str, path: Path) -> Path:
    assert engine.join(folder, passphrase, path, device_label="Portable").complete
    return path


def _held(store):
    return next(s for s in store.sessions.list() if s.number == 3)


def _write_on(path: Path, passphrase: str, text: str) -> None:
    store = JournalStore.open(path, passphrase)
    try:
        store.notes.save(_held(store).id, "expose", text)
        assert engine.sync_once(store).complete
    finally:
        store.close()


def _role(label) -> str:
    return label.property("role")


def test_changes_to_send_and_a_conflict_are_both_said(
        qtbot, unlocked, journal_path, tmp_path, folder, passphrase):
    seed_journal(journal_path, passphrase)
    _set_up(journal_path, passphrase, folder)
    other = _other(folder, passphrase, tmp_path / "portable.carnet")
    window = unlocked()
    controller, label = window.sync.controller, window.sync.label
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=30_000)
    window.store.notes.save(_held(window.store).id, "expose", f"Version du bureau {MARKER}")
    _write_on(other, passphrase, f"Version du portable {MARKER}")
    with qtbot.waitSignal(controller.reportArrived, timeout=30_000) as arrived:
        controller.request("now")
    assert arrived.args[0].conflicts == 1
    assert label.text() == "Conflict resolved: 1 note"  # control: the badge alone
    controller.send_timer.setInterval(600_000)  # the changes stay unsent while we look
    window.store.learnings.add(Learning(session_id=_held(window.store).id, text="L neuve"))
    controller._poll_changes()
    assert controller.state.unsent  # control: a change waits to be sent
    assert "Changes to send" in label.text()
    assert "Conflict resolved: 1 note" in label.text(), label.text()
    assert _role(label) == "warning"
    assert "Other version" in label.toolTip()


def test_a_folder_without_the_other_devices_is_said_in_the_status_bar(
        qtbot, unlocked, journal_path, tmp_path, folder, passphrase):
    seed_journal(journal_path, passphrase)
    _set_up(journal_path, passphrase, folder)
    other = _other(folder, passphrase, tmp_path / "portable.carnet")
    _write_on(other, passphrase, f"Du portable {MARKER}")
    window = unlocked()
    controller, label = window.sync.controller, window.sync.label
    qtbot.waitUntil(lambda: label.text() == "Synced just now" and not controller.worker.busy,
                    timeout=30_000)  # control: the devices meet
    assert _role(label) == "muted"
    dropbox = tmp_path / "Dropbox"
    dropbox.mkdir()
    with qtbot.waitSignal(controller.reportArrived, timeout=60_000) as arrived:
        assert controller.set_up(dropbox, passphrase)
    assert {p.code for p in arrived.args[0].problems} >= {"others_absent"}
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=30_000)
    assert label.text() == "Synced just now · no other device in this folder", label.text()
    assert _role(label) == "warning"
    assert "None of the devices this journal synced with (Portable)" in label.toolTip()


def test_a_journal_inside_its_synced_folder_is_never_synced_and_the_bar_says_so(
        qtbot, unlocked, journal_path, folder, passphrase):
    seed_journal(journal_path, passphrase)
    _set_up(journal_path, passphrase, folder)
    before = set(folder.rglob("*.cbundle"))
    inside = folder / "journal.carnet"
    shutil.move(str(journal_path), inside)
    window = unlocked(inside, settle=False)
    controller, label = window.sync.controller, window.sync.label
    reports: list = []
    controller.reportArrived.connect(reports.append)
    qtbot.waitUntil(lambda: controller.state.phase == "refused", timeout=30_000)
    window.store.learnings.add(Learning(session_id=_held(window.store).id, text="L neuve"))
    assert not controller.request("now")  # « Sync now »: refused, nothing runs
    qtbot.wait(500)
    assert not controller.worker.busy and reports == []
    assert set(folder.rglob("*.cbundle")) == before  # nothing written in the folder
    assert label.text() == "Not synced: journal inside the synced folder"
    assert _role(label) == "error"
    assert "Nothing was synced" in label.toolTip()


def test_the_same_journal_outside_its_folder_syncs(  # control of the test above
        qtbot, unlocked, journal_path, folder, passphrase):
    seed_journal(journal_path, passphrase)
    _set_up(journal_path, passphrase, folder)
    window = unlocked()
    controller, label = window.sync.controller, window.sync.label
    qtbot.waitUntil(lambda: label.text() == "Synced just now" and not controller.worker.busy,
                    timeout=30_000)
    assert controller.state.phase == "done"
