"""Issue 15, the interface: sync driven through the real window on real journals.

Two journals (this device's, and one built by ``join`` as another device would)
meet in a folder under tmp_path: the Synchronisation page sets the folder up
from Preferences, « Sync now » brings the other device's text into the open
window, the status bar says where things stand (in English and French), a lock
never waits for a sync in progress, a passphrase change re-wraps the folder's
key, and « Join a synced journal » on the unlock screen builds a journal that
opens with the same content — or, cancelled, leaves nothing.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from ui_helpers import MARKER, seed_journal, type_text, unlock_through_ui

import carnet.sync as engine
from carnet.domain import Cadence, CadenceUnit, Group, Session
from carnet.store import JournalStore
from carnet.ui import preferences
from carnet.ui.i18n import install_translators
from carnet.ui.sync import feature as feature_module
from carnet.ui.sync import join as join_module
from carnet.ui.sync import page as page_module
from carnet.ui.sync.words import SyncState, status_text
from carnet.ui.trust import passphrase as passphrase_ui

CLICK = Qt.MouseButton.LeftButton
NEW = "une toute nouvelle phrase, bien plus longue"


# -- helpers ----------------------------------------------------------------------------------------


def driver(qtbot, steps, seen: list | None = None):
    """A ``run_dialog`` that shows the real dialog, runs ``steps`` on it, waits for it
    to close."""

    def run(dialog: QDialog) -> bool:
        if seen is not None:
            seen.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        steps(dialog)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60_000)
        return dialog.result() == QDialog.DialogCode.Accepted

    return run


def open_store(path: Path, passphrase: str) -> JournalStore:
    return JournalStore.open(path, passphrase)


def content(store: JournalStore) -> list:
    """What a person wrote, without the local ids (they differ from device to device)."""
    groups = {g.id: g.name for g in store.groups.list()}
    rows = []
    for session in store.sessions.list():
        notes = sorted((step, n.text) for step, n in
                       store.notes.list_by_session(session.id).items())
        keyword = store.keywords.get(session.id)
        actions = sorted(a.title for a in store.actions.list() if a.session_id == session.id)
        rows.append((groups[session.group_id], session.number, session.date.isoformat(),
                     session.status.value, tuple(notes), keyword.word if keyword else None,
                     tuple(actions)))
    topics = sorted(t.title for t in store.topics.list())
    return [sorted(rows), topics]


def held_session(store: JournalStore, number: int = 3):
    return next(s for s in store.sessions.list() if s.number == number)


def set_up_folder(path: Path, passphrase: str, folder: Path) -> None:
    """This journal syncs through ``folder`` (as the page would do), first sync done."""
    store = open_store(path, passphrase)
    try:
        engine.setup(store, folder, passphrase)
        assert engine.sync_once(store, folder).complete
    finally:
        store.close()


def other_device(folder: Path, passphrase: str, path: Path) -> Path:
    report = engine.join(folder, passphrase, path, device_label="Portable")
    assert report.complete, report.problems
    return path


def write_on(path: Path, passphrase: str, text: str, number: int = 3) -> None:
    """The other device writes in the « Exposé » of session ``number``, then syncs."""
    store = open_store(path, passphrase)
    try:
        store.notes.save(held_session(store, number).id, "expose", text)
        assert engine.sync_once(store).complete
    finally:
        store.close()


@pytest.fixture
def folder(tmp_path) -> Path:
    path = tmp_path / "Nextcloud"
    path.mkdir()
    return path


# -- the Synchronisation page, from Preferences ---------------------------------------------------


def test_two_journals_sync_through_a_folder_set_up_from_the_preferences_page(
        qtbot, unlocked, tmp_path, folder, passphrase, monkeypatch):
    window = unlocked()
    controller = window.sync.controller
    assert not window.sync.label.isVisible()  # control: the journal does not sync yet
    monkeypatch.setattr(page_module, "choose_sync_folder", lambda *_args: str(folder))

    def on_page(page):
        assert page.folder_edit.text() == "" and not page.sync_button.isEnabled()
        qtbot.mouseClick(page.choose_button, CLICK)
        assert page.setup_box.isVisible()
        type_text(qtbot, page.passphrase_edit, passphrase)
        with qtbot.waitSignal(controller.reportArrived, timeout=30_000) as first:
            qtbot.mouseClick(page.setup_button, CLICK)
        assert first.args[0].complete and first.args[0].sent >= 1
        assert page.passphrase_edit.text() == ""  # not kept
        assert page.state_label.text() == "Synced just now"
        assert page.devices.topLevelItemCount() == 1  # this device
        assert "(this device)" in page.devices.topLevelItem(0).text(0)
        page.reject()

    def on_preferences(dialog):
        button = dialog.findChild(QPushButton, "preferencesSyncButton")
        assert button is not None and button.isEnabled()
        qtbot.mouseClick(button, CLICK)
        dialog.reject()

    pages: list = []
    monkeypatch.setattr(feature_module, "run_dialog", driver(qtbot, on_page, pages))
    monkeypatch.setattr(preferences, "run_dialog", driver(qtbot, on_preferences))
    window.preferences_action.edit()
    assert pages, "the Preferences' button opened the Synchronisation page"

    journal_id = window.store.sync.identity().journal_id
    assert (folder / "Carnet" / journal_id / "manifest.json").is_file()
    assert window.store.sync.folder == str(folder)  # remembered in the journal
    for file in folder.rglob("*"):  # nothing the person wrote, in clear, in names or bytes
        assert MARKER not in file.name
        if file.is_file():
            assert MARKER.encode() not in file.read_bytes()
    assert window.sync.label.isVisible() and window.sync.label.text() == (
        "Synced just now")

    # Another device joins with the same passphrase and writes in the held session.
    other = other_device(folder, passphrase, tmp_path / "portable.carnet")
    text = f"Écrit sur le portable {MARKER} — <b> & ]]> 🙂 שלום"
    write_on(other, passphrase, text)
    held = window.ids["held"]
    window.workspace.show_session(held)
    editor = window.workspace.session_editor
    assert editor.sections["expose"].body.text() != text  # control: not here yet

    def sync_now(page):
        with qtbot.waitSignal(controller.refreshed, timeout=30_000):
            qtbot.mouseClick(page.sync_button, CLICK)
        names = [page.devices.topLevelItem(i).text(0)
                 for i in range(page.devices.topLevelItemCount())]
        assert len(names) == 2 and "Portable" in names, names
        page.reject()

    monkeypatch.setattr(feature_module, "run_dialog", driver(qtbot, sync_now))
    window.sync.action.trigger()
    assert window.store.notes.get(held, "expose").text == text
    assert editor.sections["expose"].body.text() == text  # the open page was re-read

    # And back: what is typed here reaches the other device.
    body = editor.sections["expose"].body
    body.focus_text()
    type_text(qtbot, body.editor, " + ici")
    with qtbot.waitSignal(controller.reportArrived, timeout=30_000):
        assert controller.request("now")
    store = open_store(other, passphrase)
    try:
        assert engine.sync_once(store).complete
        assert store.notes.get(held_session(store).id, "expose").text == text + " + ici"
    finally:
        store.close()


def test_the_page_warns_when_the_journal_file_is_inside_the_chosen_folder(
        qtbot, unlocked, tmp_path, passphrase, monkeypatch):
    window = unlocked()
    monkeypatch.setattr(page_module, "choose_sync_folder",
                        lambda *_args: str(window.store.path.parent))

    def steps(page):
        qtbot.mouseClick(page.choose_button, CLICK)
        assert page.folder_message.isVisible()
        assert "inside this folder" in page.folder_message.text()
        assert not page.setup_box.isVisible()  # no way to set it up from there
        page.reject()

    monkeypatch.setattr(feature_module, "run_dialog", driver(qtbot, steps))
    window.sync.open_page()
    assert window.store.sync.folder is None


def test_a_wrong_passphrase_on_the_page_sets_nothing_up(
        qtbot, unlocked, folder, passphrase, monkeypatch):
    window = unlocked()
    controller = window.sync.controller
    monkeypatch.setattr(page_module, "choose_sync_folder", lambda *_args: str(folder))

    def steps(page):
        qtbot.mouseClick(page.choose_button, CLICK)
        type_text(qtbot, page.passphrase_edit, "pas la bonne phrase du tout")
        with qtbot.waitSignal(controller.setupFinished, timeout=30_000) as said:
            qtbot.mouseClick(page.setup_button, CLICK)
        assert "passphrase" in said.args[0]
        # an empty folder: it is this journal's passphrase that is wrong, not the others'
        assert "this journal's passphrase" in said.args[0]
        assert "other devices" not in said.args[0]
        assert page.folder_message.isVisible() and page.setup_box.isVisible()
        page.reject()

    monkeypatch.setattr(feature_module, "run_dialog", driver(qtbot, steps))
    window.sync.open_page()
    assert window.store.sync.folder is None
    assert not (folder / "Carnet").exists() or not any((folder / "Carnet").rglob("*.json"))


def test_a_folder_wrapped_with_another_passphrase_says_so_at_set_up(
        qtbot, unlocked, journal_path, folder, passphrase, monkeypatch):
    seed_journal(journal_path, passphrase)
    set_up_folder(journal_path, passphrase, folder)
    store = open_store(journal_path, passphrase)
    try:  # another device changed the passphrase: the folder's key is wrapped anew
        engine.rewrap(store, folder, NEW)
    finally:
        store.close()
    window = unlocked()
    controller = window.sync.controller
    monkeypatch.setattr(page_module, "choose_sync_folder", lambda *_args: str(folder))

    def steps(page):
        qtbot.mouseClick(page.choose_button, CLICK)
        type_text(qtbot, page.passphrase_edit, passphrase)  # this journal's: right here
        with qtbot.waitSignal(controller.setupFinished, timeout=30_000) as said:
            qtbot.mouseClick(page.setup_button, CLICK)
        assert "changed on another device" in said.args[0]
        assert "not this journal's passphrase" not in said.args[0]
        page.reject()

    monkeypatch.setattr(feature_module, "run_dialog", driver(qtbot, steps))
    window.sync.open_page()


def test_two_devices_with_the_same_name_are_told_apart(
        qtbot, unlocked, journal_path, tmp_path, folder, passphrase):
    seed_journal(journal_path, passphrase)
    store = open_store(journal_path, passphrase)
    try:
        store.sync.device_label = "vm"
    finally:
        store.close()
    set_up_folder(journal_path, passphrase, folder)
    engine.join(folder, passphrase, tmp_path / "autre.carnet", device_label="vm")
    write_on(tmp_path / "autre.carnet", passphrase, f"Écrit sur l'autre vm {MARKER}")
    window = unlocked()
    controller = window.sync.controller
    qtbot.waitUntil(lambda: controller.last_report is not None and not controller.worker.busy,
                    timeout=30_000)
    page = page_module.SyncPage(window, controller)
    qtbot.addWidget(page)
    names = [page.devices.topLevelItem(i).text(0)
             for i in range(page.devices.topLevelItemCount())]
    assert len(names) == 2 and len(set(names)) == 2, names
    assert all(name.startswith("vm · ") for name in names)


def test_the_systems_reasons_are_said_in_french(qapp):
    import errno
    import os

    from carnet.sync.errors import SyncError, Why
    from carnet.ui.sync.words import error_text

    error = SyncError(Why.FOLDER_NOT_WRITABLE, path="/mnt/clé",
                      detail=os.strerror(errno.EPERM))
    assert "permission denied" in error_text(error)
    try:
        assert install_translators(qapp, "fr") == "fr"
        french = error_text(error)
        full = error_text(SyncError(Why.FOLDER_NOT_WRITABLE, path="/mnt/clé",
                                    detail=os.strerror(errno.ENOSPC)))
    finally:
        install_translators(qapp, "en")
    assert "accès refusé" in french and os.strerror(errno.EPERM) not in french
    assert "le disque est plein" in full


# -- the status bar -------------------------------------------------------------------------------


def test_status_bar_wording_in_english_and_french(qapp):
    now = datetime(2026, 12, 6, 20, 0, tzinfo=UTC)
    states = [
        SyncState("done", last_sync=now - timedelta(minutes=2)),
        SyncState("offline"),
        SyncState("done", last_sync=now, conflicts=1),
        SyncState("syncing"),
        SyncState("done", last_sync=now - timedelta(seconds=5)),
        SyncState("done", last_sync=now, complete=False),
        SyncState(),
    ]
    english = [status_text(s, now) for s in states]
    assert english == ["Synced 2 min ago", "Offline", "Conflict resolved: 1 note",
                       "Syncing…", "Synced just now", "Partly synced", ""]
    try:
        assert install_translators(qapp, "fr") == "fr"
        french = [status_text(s, now) for s in states]
    finally:
        install_translators(qapp, "en")
    nbsp = "\u00a0"
    assert french == ["Synchronisé il y a 2 min", "Hors ligne",
                      f"Conflit résolu{nbsp}: 1 note", "Synchronisation…",
                      "Synchronisé à l’instant", "Synchronisé en partie", ""]


def test_status_bar_says_offline_when_the_folder_is_gone_then_synchronised_again(
        qtbot, unlocked, journal_path, tmp_path, folder, passphrase):
    seed_journal(journal_path, passphrase)
    set_up_folder(journal_path, passphrase, folder)
    window = unlocked(settle=False)
    controller, label = window.sync.controller, window.sync.label
    qtbot.waitUntil(lambda: label.text() == "Synced just now", timeout=30_000)
    assert label.isVisible()
    away = tmp_path / "unplugged"
    folder.rename(away)
    with qtbot.waitSignal(controller.stateChanged, timeout=30_000,
                          check_params_cb=lambda: controller.state.phase == "offline"):
        controller.request("now")
    assert label.text() == "Offline"
    assert str(folder) in label.toolTip()
    page = page_module.SyncPage(window, controller)
    qtbot.addWidget(page)
    # the counts shown are the last sync's that worked, and say so
    assert page.summary_label.text().startswith("At the last sync that worked: ")
    away.rename(folder)
    with qtbot.waitSignal(controller.reportArrived, timeout=30_000):
        controller.request("now")
    assert label.text() == "Synced just now"
    assert not page.summary_label.text().startswith("At the last")  # control
    window.lock()
    assert not label.isVisible()  # nothing about the journal while it is locked


def two_devices(qtbot, unlocked, journal_path, tmp_path, folder, passphrase):
    """This device's window, unlocked and synced once, its controller, and the other
    device's journal (joined from the same folder)."""
    seed_journal(journal_path, passphrase)
    set_up_folder(journal_path, passphrase, folder)
    other = other_device(folder, passphrase, tmp_path / "portable.carnet")
    window = unlocked()
    controller = window.sync.controller
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=30_000)
    return window, controller, other


def both_wrote_the_expose(qtbot, window, controller, other, passphrase) -> int:
    """The same « Exposé » written here and on the other device, then a sync: two
    versions in the note. The held session's id."""
    held = held_session(window.store).id
    window.store.notes.save(held, "expose", f"Version du bureau {MARKER}")
    write_on(other, passphrase, f"Version du portable {MARKER}")
    with qtbot.waitSignal(controller.reportArrived, timeout=30_000):
        controller.request("now")
    return held


def test_status_bar_says_a_conflict_was_resolved_and_both_texts_are_kept(
        qtbot, unlocked, journal_path, tmp_path, folder, passphrase):
    window, controller, other = two_devices(qtbot, unlocked, journal_path, tmp_path, folder,
                                            passphrase)
    held = held_session(window.store).id
    window.store.notes.save(held, "expose", f"Version du bureau {MARKER}")
    write_on(other, passphrase, f"Version du portable {MARKER}")
    with qtbot.waitSignal(controller.reportArrived, timeout=30_000) as arrived:
        controller.request("now")
    assert arrived.args[0].conflicts == 1
    assert window.sync.label.text() == "Conflict resolved: 1 note"
    text = window.store.notes.get(held, "expose").text
    assert f"Version du bureau {MARKER}" in text and f"Version du portable {MARKER}" in text


def test_a_note_still_holding_two_versions_is_listed_again_after_a_lock(
        qtbot, unlocked, journal_path, tmp_path, folder, passphrase):
    """The window forgot, at a lock or a restart, which notes hold two versions: the
    Sync page and the status bar no longer named them, though « Version de l'autre
    appareil » was still in the note. The first sync after the unlock finds them."""
    window, controller, other = two_devices(qtbot, unlocked, journal_path, tmp_path, folder,
                                            passphrase)
    both_wrote_the_expose(qtbot, window, controller, other, passphrase)
    listed, raw = controller.state.conflicted, list(controller._conflicted)
    assert len(listed) == 1 and controller.state.conflicts == 1  # control: named

    window.lock()
    assert controller.state.conflicted == ()
    unlock_through_ui(qtbot, window, passphrase)
    qtbot.waitUntil(lambda: controller.last_report is not None
                    and not controller.worker.busy, timeout=30_000)
    if controller.state.phase != "done":
        with qtbot.waitSignal(controller.reportArrived, timeout=30_000):
            controller.request("now")
    assert controller.state.conflicted == listed
    assert controller._conflicted == raw  # the same record, named as the sync names it
    assert controller.state.conflicts == 1
    assert window.sync.label.text() == "Conflict resolved: 1 note"


def test_the_session_shown_removed_on_another_device_is_said(
        qtbot, unlocked, journal_path, tmp_path, folder, passphrase):
    """The page went back to Home without a word while the status bar said
    « Synchronisé à l'instant » (fresh5's review): it says why now."""
    window, controller, other = two_devices(qtbot, unlocked, journal_path, tmp_path, folder,
                                            passphrase)
    held = held_session(window.store).id
    window.workspace.show_session(held)
    store = open_store(other, passphrase)
    try:
        store.sessions.delete(held_session(store).id)
        assert engine.sync_once(store).complete
    finally:
        store.close()
    with qtbot.waitSignal(controller.reportArrived, timeout=30_000):
        controller.request("now")
    qtbot.waitUntil(lambda: window.workspace.location()[0] == "home", timeout=10_000)
    assert "removed on another device" in window.statusBar().currentMessage()


def test_the_session_shown_removed_as_a_blank_twin_gives_way_to_its_twin(
        qtbot, unlocked, journal_path, tmp_path, folder, passphrase):
    """The same meeting planned on both devices before they synced: the sync removes
    the blank twin (fresh7's F26). Shown here, the page opens the meeting that stays
    rather than going Home saying « removed on another device »."""
    window, controller, other = two_devices(qtbot, unlocked, journal_path, tmp_path, folder,
                                            passphrase)
    last = max(window.store.sessions.list(), key=lambda s: s.number)
    mine = window.store.sessions.add(
        Session(last.group_id, last.number + 1, last.date + timedelta(days=30)))
    assert window.store.sync.adopt_uuid("sessions", mine.id, "f" * 32)  # the one removed
    window.workspace.show_session(mine.id)
    store = open_store(other, passphrase)
    try:
        group = store.sessions.get(held_session(store).id).group_id
        theirs = store.sessions.add(Session(group, mine.number, mine.date)).id
        assert engine.sync_once(store).complete
        uuid = store.sync.uuid_of("sessions", theirs)
    finally:
        store.close()
    with qtbot.waitSignal(controller.reportArrived, timeout=30_000):
        controller.request("now")
    kept = next(rid for rid, u in window.store.sync.uuids_of("sessions").items() if u == uuid)
    qtbot.waitUntil(lambda: window.workspace.location() == ("session", kept), timeout=10_000)
    assert "planned on two devices" in window.statusBar().currentMessage()
    assert [s.number for s in window.store.sessions.list()].count(mine.number) == 1


# -- a lock never waits ----------------------------------------------------------------------------


def test_a_lock_during_a_sync_does_not_wait_for_it(
        qtbot, unlocked, journal_path, tmp_path, folder, passphrase, monkeypatch, capsys):
    from carnet.demo import build_demo

    big = tmp_path / "bureau.carnet"
    JournalStore.create(big, passphrase, owner_name="Camille").close()
    set_up_folder(big, passphrase, folder)
    other_device(folder, passphrase, journal_path)  # this window's device, joined early
    store = open_store(big, passphrase)
    try:
        build_demo(store, sessions=300)  # a lot for this window's device to receive
        assert engine.sync_once(store).complete
        expected = len(store.sessions.list())
    finally:
        store.close()

    # The sync at unlock is held in the middle of applying what arrived (as on a slow
    # share), on its worker thread; the lock must not wait for it.
    from carnet.store.sync_repo import SyncRepository

    original_apply = SyncRepository.apply
    inside, release = threading.Event(), threading.Event()

    def held_apply(self, *args, **kwargs):
        if not release.is_set():
            inside.set()
            release.wait(60)
        return original_apply(self, *args, **kwargs)

    monkeypatch.setattr(SyncRepository, "apply", held_apply)
    window = unlocked(settle=False)  # the sync at unlock starts now
    controller = window.sync.controller
    qtbot.waitUntil(inside.is_set, timeout=60_000)  # mid-sync, applying
    started = time.perf_counter()
    window.lock()
    lock_ms = (time.perf_counter() - started) * 1000
    still_inside = not release.is_set() and controller.worker.busy
    release.set()
    assert not window.is_unlocked
    assert still_inside  # the lock returned while the sync was still in its apply
    assert controller.worker.wait(120_000)
    with capsys.disabled():
        print(f"\nlock with a sync held mid-apply: {lock_ms:.0f} ms")
    QApplication.processEvents()

    # Whatever the cancelled sync had done, the next unlock completes it.
    with qtbot.waitSignal(controller.reportArrived, timeout=120_000) as arrived:
        unlock_through_ui(qtbot, window, passphrase)
    assert arrived.args[0].complete
    assert len(window.store.sessions.list()) == expected
    assert window.store.integrity_problems() == []


# -- the passphrase change -------------------------------------------------------------------------


def test_a_passphrase_change_rewraps_the_folder_key(
        qtbot, unlocked, journal_path, tmp_path, folder, passphrase, monkeypatch):
    seed_journal(journal_path, passphrase)
    set_up_folder(journal_path, passphrase, folder)
    window = unlocked()
    held: list[bool] = []

    def run(dialog):
        held.append(window.sync.controller.held)  # no sync connection open on the file
        dialog.show()
        type_text(qtbot, dialog.old_edit, passphrase)
        type_text(qtbot, dialog.new_edit, NEW)
        type_text(qtbot, dialog.confirm_edit, NEW)
        qtbot.mouseClick(dialog.change_button, CLICK)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(passphrase_ui, "run_dialog", run)
    assert window.trust.change_passphrase() is not None
    assert held == [True] and not window.sync.controller.held
    with pytest.raises(engine.SyncError) as refused:  # control: the old one no longer joins
        engine.join(folder, passphrase, tmp_path / "ancienne.carnet")
    assert str(refused.value.why.value) == "wrong_passphrase"
    assert not (tmp_path / "ancienne.carnet").exists()
    joined = other_device(folder, NEW, tmp_path / "nouvelle.carnet")
    store = open_store(joined, NEW)
    try:
        assert store.groups.list()
    finally:
        store.close()


# -- join from the unlock window -------------------------------------------------------------------


def test_join_from_the_unlock_window_builds_a_journal_with_the_same_content(
        qtbot, make_window, journal_path, tmp_path, folder, passphrase, monkeypatch):
    seed_journal(journal_path, passphrase)
    set_up_folder(journal_path, passphrase, folder)
    window = make_window(extensions=True)
    window.show()
    qtbot.waitExposed(window)
    window.start(journal_path)
    assert window.sync.join_button.isVisible()
    target = tmp_path / "ici" / "mon carnet.carnet"
    target.parent.mkdir()

    def steps(dialog):
        dialog.folder_edit.setText(str(folder))
        dialog.path_edit.setText(str(target))
        type_text(qtbot, dialog.passphrase_edit, "pas la bonne phrase")
        qtbot.mouseClick(dialog.join_button, CLICK)
        qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=60_000)
        assert "passphrase" in dialog.error_label.text()  # said, and nothing created
        assert not target.exists()
        type_text(qtbot, dialog.passphrase_edit, passphrase)
        assert dialog.passphrase_edit.hasFocus()
        qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)  # Return joins
        assert choosers == []  # and opens no file chooser
        assert dialog.progress.isVisible()  # built off the UI thread, with a progress bar

    choosers: list = []
    monkeypatch.setattr(join_module, "choose_sync_folder",
                        lambda *args: choosers.append(args) or "")
    monkeypatch.setattr(join_module, "run_dialog", driver(qtbot, steps))
    with qtbot.waitSignal(window.journalOpened, timeout=60_000):
        qtbot.mouseClick(window.sync.join_button, CLICK)
    assert window.store.path == target
    joined = content(window.store)
    assert window.store.sync.folder == str(folder)
    window.lock()
    store = open_store(journal_path, passphrase)
    try:
        assert content(store) == joined
    finally:
        store.close()
    assert MARKER in repr(joined)  # control: the content compared is the seeded one


def test_cancelling_a_join_leaves_no_journal(
        qtbot, make_window, journal_path, tmp_path, folder, passphrase, monkeypatch):
    seed_journal(journal_path, passphrase)
    set_up_folder(journal_path, passphrase, folder)
    for i in range(4):  # several change files: the join has a next one to stop before
        store = open_store(journal_path, passphrase)
        try:
            store.notes.save(held_session(store).id, "expose", f"version {i} {MARKER}")
            assert engine.sync_once(store).complete
        finally:
            store.close()
    window = make_window(extensions=True)
    window.show()
    window.start(journal_path)
    target = tmp_path / "ici.carnet"
    reached = threading.Event()

    def steps(dialog):
        original = dialog.worker.progress_callback()

        def progress(done: int, total: int) -> None:
            original(done, total)
            if done >= 1 and not reached.is_set():
                reached.set()
                dialog._cancel.wait(30)  # mid-way until Cancel is pressed

        dialog.worker.progress_callback = lambda: progress
        dialog.folder_edit.setText(str(folder))
        dialog.path_edit.setText(str(target))
        type_text(qtbot, dialog.passphrase_edit, passphrase)
        qtbot.mouseClick(dialog.join_button, CLICK)
        qtbot.waitUntil(reached.is_set, timeout=60_000)
        # real progress, as the command line prints it (not only a busy bar)
        qtbot.waitUntil(lambda: dialog.progress.maximum() > 0, timeout=10_000)
        assert dialog.progress.value() >= 1
        assert f"1 of {dialog.progress.maximum()} file(s)" in dialog.status_label.text()
        qtbot.mouseClick(dialog.cancel_button, CLICK)

    opened: list = []
    window.journalOpened.connect(lambda: opened.append(True))
    monkeypatch.setattr(join_module, "run_dialog", driver(qtbot, steps))
    qtbot.mouseClick(window.sync.join_button, CLICK)
    assert reached.is_set()  # control: it was stopped while building
    assert not target.exists() and not opened
    # no journal, no hidden half-built one, no lock file beside no journal
    assert [p.name for p in tmp_path.iterdir() if "ici" in p.name] == []


# -- remove a device --------------------------------------------------------------------------------


def test_remove_a_device_only_once_every_other_device_has_its_changes(
        qtbot, unlocked, journal_path, tmp_path, folder, passphrase, monkeypatch,
        message_service):
    seed_journal(journal_path, passphrase)
    set_up_folder(journal_path, passphrase, folder)
    old = other_device(folder, passphrase, tmp_path / "ancien.carnet")
    third = engine.join(folder, passphrase, tmp_path / "tablette.carnet",
                        device_label="Tablette")
    assert third.complete
    store = open_store(tmp_path / "tablette.carnet", passphrase)
    try:  # the tablet writes (its file says what it had received), before the old one
        store.keywords.set(held_session(store, 2).id, "tablette")
        assert engine.sync_once(store).complete
    finally:
        store.close()
    write_on(old, passphrase, f"Écrit sur l’ancien portable {MARKER}")
    window = unlocked()
    controller = window.sync.controller
    qtbot.waitUntil(lambda: controller.last_report is not None and not controller.worker.busy,
                    timeout=30_000)
    old_id = next(d.id for d in controller.last_report.devices if d.label == "Portable")
    journal_dir = folder / "Carnet" / window.store.sync.identity().journal_id

    def remove(page):
        items = [page.devices.topLevelItem(i) for i in range(page.devices.topLevelItemCount())]
        item = next(i for i in items if i.text(0) == "Portable")
        page.devices.setCurrentItem(item)
        assert page.remove_button.isEnabled()
        message_service.answers.append(True)
        with qtbot.waitSignal(controller.removeFinished, timeout=30_000):
            qtbot.mouseClick(page.remove_button, CLICK)
        page.reject()

    monkeypatch.setattr(feature_module, "run_dialog", driver(qtbot, remove))
    window.sync.open_page()
    kind, _title, text = message_service.shown[-1]
    assert kind == "information" and "Tablette" in text and "was not removed" in text
    assert (journal_dir / old_id).is_dir()  # the tablet has not received its changes yet

    store = open_store(tmp_path / "tablette.carnet", passphrase)
    try:  # the tablet syncs, and writes again
        assert engine.sync_once(store).complete
        store.keywords.set(held_session(store, 1).id, "encore")
        assert engine.sync_once(store).complete
    finally:
        store.close()
    window.sync.open_page()
    kind, _title, text = message_service.shown[-1]
    assert kind == "information" and "was removed" in text, text
    # its newest change file stays (a device that only reads learns what it misses)
    assert [p.suffix for p in (journal_dir / old_id).iterdir()] == [".cbundle"]
    late = other_device(folder, passphrase, tmp_path / "nouveau.carnet")  # joins after
    store = open_store(late, passphrase)
    try:
        assert store.notes.get(held_session(store).id, "expose").text == (
            f"Écrit sur l’ancien portable {MARKER}")
    finally:
        store.close()


# -- never over what is being typed ----------------------------------------------------------------


def test_what_arrives_never_replaces_what_is_being_typed(
        qtbot, unlocked, journal_path, tmp_path, folder, passphrase, monkeypatch):
    from carnet.store.sync_repo import SyncRepository

    seed_journal(journal_path, passphrase)
    set_up_folder(journal_path, passphrase, folder)
    other = other_device(folder, passphrase, tmp_path / "portable.carnet")
    window = unlocked()
    controller = window.sync.controller
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=30_000)
    store = open_store(other, passphrase)
    try:  # meanwhile, the other device edits two notes of the held session
        session = held_session(store).id
        store.notes.save(session, "expose", f"Exposé du portable {MARKER}")
        store.notes.save(session, "clarification", f"Questions du portable {MARKER}")
        assert engine.sync_once(store).complete
    finally:
        store.close()
    held = held_session(window.store).id
    window.workspace.show_session(held)
    editor = window.workspace.session_editor
    expose = editor.sections["expose"].body
    clarification = editor.sections["clarification"].body
    mine = expose.text()
    assert MARKER in mine and "portable" not in mine  # control: the page shows this device's

    original_apply = SyncRepository.apply
    inside, release = threading.Event(), threading.Event()

    def held_apply(self, *args, **kwargs):
        if not release.is_set():
            inside.set()
            release.wait(60)
        return original_apply(self, *args, **kwargs)

    monkeypatch.setattr(SyncRepository, "apply", held_apply)
    with qtbot.waitSignal(controller.reportArrived, timeout=60_000):
        assert controller.request("now")
        qtbot.waitUntil(inside.is_set, timeout=60_000)
        expose.focus_text()  # the person types while the other device's changes arrive
        type_text(qtbot, expose.editor, " — et la suite, tapée pendant la synchro")
        release.set()
    typed = mine + " — et la suite, tapée pendant la synchro"
    text = expose.text()
    assert text.startswith(typed)  # what they typed is there, where they typed it
    assert f"Exposé du portable {MARKER}" in text  # and the other device's, below, visibly
    assert "Version de l'autre appareil" in text
    assert expose.editor.hasFocus()
    assert clarification.text() == f"Questions du portable {MARKER}"  # untouched: in place
    editor.flush()
    saved = window.store.notes.get(held, "expose").text
    assert saved == text  # saved as shown: nothing silently dropped


def test_a_new_device_joins_from_the_welcome_page(qtbot, make_window, monkeypatch, tmp_path):
    window = make_window(extensions=True)
    window.show()
    window.start()  # no journal yet: the welcome page
    assert window.pages.currentWidget() is window.welcome
    button = window.welcome.join_button
    assert button.isVisible()
    opened: list = []
    monkeypatch.setattr(join_module, "run_dialog", lambda dialog: opened.append(dialog) or False)
    qtbot.mouseClick(button, CLICK)
    assert len(opened) == 1 and opened[0].objectName() == "joinDialog"
    # a brand-new device: the proposed place's folder does not exist yet — it is made
    dialog = join_module.JoinDialog(window)
    qtbot.addWidget(dialog)
    target = Path(dialog.path_edit.text())
    assert not target.parent.exists()  # control: the data folder is not there yet
    synced = tmp_path / "Partage"
    synced.mkdir()
    dialog.folder_edit.setText(str(synced))
    dialog.passphrase_edit.setText("une phrase")
    assert dialog.problem() == ""
    dialog.path_edit.setText(str(target.parent / "autre" / "x.carnet"))
    assert "does not exist" in dialog.problem()  # a typo elsewhere is still said
    bare = make_window()  # without the sync feature, no link that does nothing
    bare.show()
    bare.start()
    assert not bare.welcome.join_button.isVisible()


# -- when: the folder changes -------------------------------------------------------------------------


def test_a_change_in_the_folder_brings_a_sync_by_itself(
        qtbot, unlocked, journal_path, tmp_path, folder, passphrase):
    seed_journal(journal_path, passphrase)
    set_up_folder(journal_path, passphrase, folder)
    other = other_device(folder, passphrase, tmp_path / "portable.carnet")
    window = unlocked()
    controller = window.sync.controller
    qtbot.waitUntil(lambda: controller.last_report is not None and not controller.worker.busy,
                    timeout=30_000)
    assert controller.period.isActive() and controller.period.interval() == 5 * 60 * 1000
    controller.debounce.setInterval(300)  # the sync tool's writing settles sooner here
    reports: list = []
    controller.reportArrived.connect(reports.append)
    qtbot.wait(1_000)
    assert reports == []  # control: nothing changed, no sync
    text = f"Arrivé par le dossier {MARKER}"
    with qtbot.waitSignal(controller.reportArrived, timeout=30_000):
        write_on(other, passphrase, text)  # the other device's file lands in the folder
    assert reports[-1].received >= 1
    assert window.store.notes.get(held_session(window.store).id, "expose").text == text
    count = len(reports)
    qtbot.wait(2_000)  # our own sync wrote nothing new: it does not start another
    assert len(reports) == count


# -- a sync in the background never moves the person -------------------------------------------


def _inactive(qtbot, window) -> QWidget:
    """Another window takes the activation (the person went to the other device's)."""
    other = QWidget()
    other.setWindowTitle("another window")
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow(), timeout=5_000)
    # (alive as long as the window: qtbot holds it weakly, and a caller that drops it
    # had it destroyed by the collector while still Qt's focus window: a crash)
    window._test_other_window = other
    return other


def test_a_sync_arriving_in_the_background_keeps_the_page_the_focus_and_the_cursor(
        qtbot, unlocked, journal_path, tmp_path, folder, passphrase):
    seed_journal(journal_path, passphrase)
    set_up_folder(journal_path, passphrase, folder)
    other = other_device(folder, passphrase, tmp_path / "portable.carnet")
    window = unlocked()
    controller = window.sync.controller
    qtbot.waitUntil(lambda: controller.last_report is not None and not controller.worker.busy,
                    timeout=30_000)
    held = held_session(window.store).id
    window.workspace.show_session(held)
    editor = window.workspace.session_editor
    expose = editor.sections["expose"].body
    expose.focus_text()
    type_text(qtbot, expose.editor, " abc")  # typed, never left
    position = expose.editor.textCursor().position()
    page = window.workspace.stack.currentWidget()
    focus = QApplication.focusWidget()
    assert focus is expose.editor and page is editor  # control
    _inactive(qtbot, window)
    assert window.focusWidget() is expose.editor
    store = open_store(other, passphrase)
    try:  # the other device edits another step of this session and another session
        store.notes.save(held_session(store).id, "clarification", f"Du portable {MARKER}")
        store.notes.save(held_session(store, 2).id, "expose", f"Du portable 2 {MARKER}")
        assert engine.sync_once(store).complete
    finally:
        store.close()
    with qtbot.waitSignal(controller.reportArrived, timeout=60_000):
        assert controller.request("timer") or True
        qtbot.waitUntil(lambda: controller.worker.busy or controller.retry.isActive(),
                        timeout=5_000)
        if controller.retry.isActive():
            controller.retry.stop()
            controller.request("now")
    assert controller.last_report.received >= 1
    qtbot.wait(2_500)  # any reload waiting for a pause happens
    assert window.workspace.stack.currentWidget() is page
    assert window.focusWidget() is window.workspace.session_editor.sections[
        "expose"].body.editor
    assert window.focusWidget().textCursor().position() == position
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    field = QApplication.focusWidget()
    type_text(qtbot, field, "xyz")
    assert window.workspace.stack.currentWidget() is page
    assert "xyz" in window.workspace.session_editor.sections["expose"].body.text()
    assert "xyz" not in window.search_field.text()


def test_a_sync_arriving_on_the_home_page_stays_on_the_home_page(
        qtbot, unlocked, journal_path, tmp_path, folder, passphrase):
    store = JournalStore.create(journal_path, passphrase, owner_name="Camille")
    store.close()
    set_up_folder(journal_path, passphrase, folder)
    other = other_device(folder, passphrase, tmp_path / "portable.carnet")
    window = unlocked()
    controller = window.sync.controller
    qtbot.waitUntil(lambda: controller.last_report is not None and not controller.worker.busy,
                    timeout=30_000)
    window.workspace.show_home()
    window.workspace.sidebar.tree.setFocus()
    page = window.workspace.stack.currentWidget()
    focus = QApplication.focusWidget()
    assert page is window.workspace.home and focus is window.workspace.sidebar.tree
    _inactive(qtbot, window)
    store = open_store(other, passphrase)
    try:  # the first group is written on the other device
        store.groups.add(Group(name=f"Codev {MARKER}", template_id="codev",
                               cadence=Cadence(1, CadenceUnit.MONTH), planned_sessions=6,
                               start_date=datetime.now(UTC).date()))
        assert engine.sync_once(store).complete
    finally:
        store.close()
    with qtbot.waitSignal(controller.reportArrived, timeout=60_000):
        controller.request("now")
    assert controller.last_report.received >= 1
    assert window.store.groups.list()  # control: the groups arrived
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.wait(200)
    assert window.workspace.stack.currentWidget() is window.workspace.home
    assert QApplication.focusWidget() is focus


# -- the page and the join dialog grow with what they say ----------------------------------------


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_the_page_and_the_join_dialog_grow_with_a_message_or_the_progress_bar(
        qtbot, unlocked, journal_path, passphrase, folder, scale):
    from layout_checks import clipped_texts
    from PySide6.QtWidgets import QLineEdit
    from test_layout_audit import interface

    seed_journal(journal_path, passphrase)
    with interface("fr", scale):
        window = unlocked()
        page = page_module.SyncPage(window, window.sync.controller)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitExposed(page)
        page.chosen = folder
        page.setup_box.show()
        long = ("Cette phrase de passe n'ouvre pas le carnet synchronisé : donnez la phrase "
                "de passe du carnet sur vos autres appareils. ") * 2
        page._say(long)
        QApplication.processEvents()
        QApplication.processEvents()
        assert page.folder_message.isVisible()
        assert clipped_texts(page) == []
        for field in page.findChildren(QLineEdit):
            if field.isVisible():
                assert field.height() >= field.minimumSizeHint().height(), field.objectName()
        label = page.folder_message
        assert label.height() >= label.heightForWidth(label.width())  # every line shown

        dialog = join_module.JoinDialog(window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.progress.show()
        dialog.status_label.setText("Construction du carnet : 1 fichier sur 4…")
        dialog.status_label.show()
        dialog._show_error(long)
        QApplication.processEvents()
        QApplication.processEvents()
        assert clipped_texts(dialog) == []
        for field in dialog.findChildren(QLineEdit):
            assert field.height() >= field.minimumSizeHint().height(), field.objectName()
        assert dialog.error_label.height() >= dialog.error_label.heightForWidth(
            dialog.error_label.width())
        dialog.progress.hide()
        dialog.status_label.hide()
