"""Issue 15, fresh-eyes review: choosing another folder must not split the devices silently.

A journal that already syncs with another device (« Portable »), given on the Sync page
a folder that holds no copy of it (an empty Dropbox, a mistyped path), stops meeting
that device while both go on saying « Synchronisé ». The page asks first; « No » keeps
the old folder. Real window, real encrypted journals, folders under tmp_path.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from ui_helpers import seed_journal, type_text

import carnet.sync as engine
from carnet.domain import Learning
from carnet.store import JournalStore
from carnet.ui.sync import feature as feature_module
from carnet.ui.sync import page as page_module

CLICK = Qt.MouseButton.LeftButton


def driver(qtbot, steps):
    def run(dialog: QDialog) -> bool:
        dialog.show()
        qtbot.waitExposed(dialog)
        steps(dialog)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60_000)
        return dialog.result() == QDialog.DialogCode.Accepted

    return run


@pytest.fixture
def folder(tmp_path) -> Path:
    path = tmp_path / "Nextcloud"
    path.mkdir()
    return path


def with_other_device(journal_path: Path, passphrase: str, folder: Path, other: Path) -> None:
    """This journal syncs through ``folder``; « Portable » joined and wrote there."""
    seed_journal(journal_path, passphrase)
    store = JournalStore.open(journal_path, passphrase)
    try:
        engine.setup(store, folder, passphrase)
        assert engine.sync_once(store, folder).complete
    finally:
        store.close()
    assert engine.join(folder, passphrase, other, device_label="Portable").complete
    store = JournalStore.open(other, passphrase)
    try:
        session = store.sessions.list()[0]
        store.learnings.add(Learning(session_id=session.id, text="écrit sur le portable"))
        assert engine.sync_once(store).complete
    finally:
        store.close()


def choose_and_set_up(qtbot, window, passphrase, monkeypatch, chosen: Path,
                      finished: bool) -> None:
    controller = window.sync.controller
    monkeypatch.setattr(page_module, "choose_sync_folder", lambda *_args: str(chosen))

    def steps(page):
        qtbot.mouseClick(page.choose_button, CLICK)
        assert page.setup_box.isVisible()
        type_text(qtbot, page.passphrase_edit, passphrase)
        if finished:
            with qtbot.waitSignal(controller.setupFinished, timeout=30_000) as said:
                qtbot.mouseClick(page.setup_button, CLICK)
            assert said.args[0] == ""
        else:
            qtbot.mouseClick(page.setup_button, CLICK)
            assert not page.setup_box.isVisible()
            assert page.passphrase_edit.text() == ""
        page.reject()

    monkeypatch.setattr(feature_module, "run_dialog", driver(qtbot, steps))
    window.sync.open_page()


def questions(message_service) -> list[str]:
    return [text for kind, _title, text in message_service.shown if kind == "question"]


def known_window(qtbot, unlocked, journal_path, passphrase, folder, tmp_path):
    with_other_device(journal_path, passphrase, folder, tmp_path / "portable.carnet")
    window = unlocked()
    controller = window.sync.controller
    qtbot.waitUntil(lambda: controller.last_report is not None
                    and not controller.worker.busy, timeout=30_000)
    texts = [x.text for s in window.store.sessions.list()
             for x in window.store.learnings.list_by_session(s.id)]
    assert "écrit sur le portable" in texts  # it knows the other device
    return window


def test_an_empty_folder_asks_first_and_no_keeps_the_old_folder(
        qtbot, unlocked, journal_path, passphrase, folder, tmp_path, monkeypatch,
        message_service):
    window = known_window(qtbot, unlocked, journal_path, passphrase, folder, tmp_path)
    empty = tmp_path / "Dropbox"
    empty.mkdir()
    message_service.answers.append(False)
    choose_and_set_up(qtbot, window, passphrase, monkeypatch, empty, finished=False)
    asked = questions(message_service)
    assert len(asked) == 1, message_service.shown
    assert "Portable" in asked[0] and "Dropbox" in asked[0]
    assert "will not see the changes made here" in asked[0]
    assert window.store.sync.folder == str(folder)  # kept
    assert window.sync.controller.folder == str(folder)
    assert not (empty / "Carnet").exists()  # nothing written there


def test_yes_moves_to_the_empty_folder(
        qtbot, unlocked, journal_path, passphrase, folder, tmp_path, monkeypatch,
        message_service):
    window = known_window(qtbot, unlocked, journal_path, passphrase, folder, tmp_path)
    empty = tmp_path / "Dropbox"
    empty.mkdir()
    message_service.answers.append(True)
    choose_and_set_up(qtbot, window, passphrase, monkeypatch, empty, finished=True)
    assert len(questions(message_service)) == 1
    assert window.store.sync.folder == str(empty)


def test_control_a_folder_holding_this_journal_is_not_asked_about(
        qtbot, unlocked, journal_path, passphrase, folder, tmp_path, monkeypatch,
        message_service):
    window = known_window(qtbot, unlocked, journal_path, passphrase, folder, tmp_path)
    moved = tmp_path / "Dropbox"
    shutil.copytree(folder, moved)  # the same journal's folder, another place
    choose_and_set_up(qtbot, window, passphrase, monkeypatch, moved, finished=True)
    assert questions(message_service) == []
    assert window.store.sync.folder == str(moved)


def test_control_a_journal_alone_is_not_asked_about(
        qtbot, unlocked, journal_path, passphrase, folder, tmp_path, monkeypatch,
        message_service):
    seed_journal(journal_path, passphrase)
    store = JournalStore.open(journal_path, passphrase)
    try:
        engine.setup(store, folder, passphrase)
        assert engine.sync_once(store, folder).complete
    finally:
        store.close()
    window = unlocked()
    qtbot.waitUntil(lambda: window.sync.controller.last_report is not None
                    and not window.sync.controller.worker.busy, timeout=30_000)
    empty = tmp_path / "Dropbox"
    empty.mkdir()
    choose_and_set_up(qtbot, window, passphrase, monkeypatch, empty, finished=True)
    assert questions(message_service) == []
    assert window.store.sync.folder == str(empty)
