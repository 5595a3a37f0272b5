"""Issue 15, races: typing on the session page while a sync brings the other device's
edit of the same record never loses either (found in a two-computer review).

A page's save carries only what the person changed since the page read the record
(carnet/services/page_merge.py, ``edit_job``/``note_job``): a long text changed on
both sides keeps both, the other device's under « Version de l'autre appareil »; a
field the person did not touch (an action's status, its details) keeps what arrived.
Two windows of time are driven through the real window on real journals:

* the reviewer's: the sync's apply is done, the sync is not (a slow end), and the
  person types in the field then;
* the plain one: the sync ends while the field holds typing not saved yet.

Each test has its control (what the person typed is kept; the stale page still
showed the old value when the save happened).
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPlainTextEdit
from ui_helpers import seed_journal, type_text

import carnet.sync as engine
from carnet.domain import Action, ActionStatus, Emotion, Feeling, Learning, Moment
from carnet.store import JournalStore
from carnet.store.sync_repo import SyncRepository

HEADING = "Version de l'autre appareil"


@pytest.fixture
def folder(tmp_path) -> Path:
    path = tmp_path / "Nextcloud"
    path.mkdir()
    return path


def _held(store):
    return max((s for s in store.sessions.list() if s.status.value == "held"),
               key=lambda s: s.date)


@pytest.fixture
def two_devices(journal_path, tmp_path, folder, passphrase) -> Path:
    """This journal (a learning, a feeling, an action on its last held session) synced
    through ``folder``; the other device joined from it. Returns the other's path."""
    seed_journal(journal_path, passphrase)
    store = JournalStore.open(journal_path, passphrase)
    try:
        held = _held(store).id
        store.learnings.add(Learning(session_id=held, text="écouter avant"))
        store.feelings.add(Feeling(session_id=held, moment=Moment.AFTER, emotion=Emotion.JOY,
                                   intensity=3, text="soulagée"))
        store.actions.add(Action(session_id=held, title="Appeler R.",
                                 details="détails d'ici", status=ActionStatus.TODO))
        engine.setup(store, folder, passphrase)
        assert engine.sync_once(store, folder).complete
    finally:
        store.close()
    other = tmp_path / "portable.carnet"
    assert engine.join(folder, passphrase, other, device_label="Portable").complete
    return other


def _on_other(path: Path, passphrase: str, edit) -> None:
    """The other device edits (``edit(store, held session id)``), then syncs."""
    store = JournalStore.open(path, passphrase)
    try:
        edit(store, _held(store).id)
        assert engine.sync_once(store).complete
    finally:
        store.close()


def _open_page(qtbot, window):
    controller = window.sync.controller
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=30_000)
    held = _held(window.store).id
    window.workspace.show_session(held)
    editor = window.workspace.session_editor
    editor.finish_build()
    return held, editor


def _reword_learning(store, held):
    (learning,) = [x for x in store.learnings.list_by_session(held) if x.text == "écouter avant"]
    learning.text = "écouter avant — mot du PORTABLE"
    store.learnings.update(learning)


def _reword_feeling(store, held):
    (feeling,) = [x for x in store.feelings.list_by_session(held) if x.text == "soulagée"]
    feeling.text = "soulagée — vu du PORTABLE"
    store.feelings.update(feeling)


def _field(editor, name: str, starts: str) -> QPlainTextEdit:
    """The page's field ``name`` whose text starts with ``starts`` (the seed has others)."""
    (field,) = [f for f in editor.findChildren(QPlainTextEdit, name)
                if f.toPlainText().startswith(starts)]
    return field


def _learning_field(editor):
    return _field(editor, "learningText", "écouter avant")


def _feeling_field(editor):
    return _field(editor, "feelingText", "soulagée")


def _learning_text(store, held: int) -> str:
    (text,) = [x.text for x in store.learnings.list_by_session(held)
               if x.text.startswith("écouter avant")]
    return text


def _at_end(field) -> None:
    field.setFocus()
    cursor = field.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    field.setTextCursor(cursor)


def _after_both_synced(window, other: Path, passphrase: str) -> str:
    """The window's journal sent, the other device synced: its learning's text."""
    window.workspace.session_editor.flush()
    assert engine.sync_once(window.store.sync.open_sibling()).complete
    store = JournalStore.open(other, passphrase)
    try:
        assert engine.sync_once(store).complete
        return _learning_text(store, _held(store).id)
    finally:
        store.close()


def test_typing_in_a_learning_after_the_apply_before_the_sync_ends_keeps_both(
        qtbot, unlocked, two_devices, passphrase, monkeypatch):
    """The reviewer's window: applied, the sync still running (held four seconds)."""
    window = unlocked()
    controller = window.sync.controller
    held, editor = _open_page(qtbot, window)
    field = _learning_field(editor)
    assert field.toPlainText() == "écouter avant"
    _on_other(two_devices, passphrase, _reword_learning)

    real = engine.sync_once

    def slow_end(*args, **kwargs):
        report = real(*args, **kwargs)
        time.sleep(4)
        return report

    monkeypatch.setattr(engine, "sync_once", slow_end)
    controller.request("folder")
    qtbot.waitUntil(lambda: "PORTABLE" in _learning_text(window.store, held),
                    timeout=30_000)
    assert controller.worker.busy  # control: the window the reviewer found
    assert field.toPlainText() == "écouter avant"  # the page still shows what it read
    _at_end(field)
    type_text(qtbot, field, " et ma précision")
    qtbot.waitUntil(lambda: HEADING in field.toPlainText(), timeout=10_000)  # shown at once
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=30_000)
    monkeypatch.setattr(engine, "sync_once", real)
    editor.flush()
    text = _learning_text(window.store, held)
    assert "et ma précision" in text  # control: the person's words
    assert "mot du PORTABLE" in text and HEADING in text
    shown = _learning_field(window.workspace.session_editor).toPlainText()
    assert "et ma précision" in shown and "mot du PORTABLE" in shown
    arrived = _after_both_synced(window, two_devices, passphrase)
    assert "et ma précision" in arrived and "mot du PORTABLE" in arrived  # on both devices


@pytest.mark.parametrize("which", ["learning", "feeling"])
def test_a_sync_that_ends_while_the_field_holds_unsaved_typing_keeps_both(
        qtbot, unlocked, two_devices, passphrase, monkeypatch, which):
    window = unlocked()
    controller = window.sync.controller
    held, editor = _open_page(qtbot, window)
    field = _learning_field(editor) if which == "learning" else _feeling_field(editor)
    theirs = "mot du PORTABLE" if which == "learning" else "vu du PORTABLE"
    _on_other(two_devices, passphrase,
              _reword_learning if which == "learning" else _reword_feeling)

    original = SyncRepository.apply
    inside, release = threading.Event(), threading.Event()

    def held_apply(self, *args, **kwargs):
        if not release.is_set():
            inside.set()
            release.wait(60)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(SyncRepository, "apply", held_apply)
    editor.autosaver._debounce.setInterval(30_000)  # the person is still typing
    editor.autosaver._max_wait.setInterval(30_000)
    with qtbot.waitSignal(controller.reportArrived, timeout=60_000):
        assert controller.request("now")
        qtbot.waitUntil(inside.is_set, timeout=60_000)
        _at_end(field)
        type_text(qtbot, field, " et ma précision")
        assert editor.autosaver.has_unsaved  # control: not saved when the sync applies
        release.set()
    assert field.hasFocus()
    editor.flush()  # the save (at the next pause)
    if which == "learning":
        text = _learning_text(window.store, held)
    else:
        (text,) = [f.text for f in window.store.feelings.list_by_session(held)
                   if f.text.startswith("soulagée")]
    assert "et ma précision" in text  # control
    assert theirs in text and HEADING in text
    assert theirs in field.toPlainText()  # and on the page, below the person's words


def test_editing_an_actions_title_keeps_the_status_and_details_that_arrived(
        qtbot, unlocked, two_devices, passphrase, monkeypatch):
    window = unlocked()
    controller = window.sync.controller
    held, editor = _open_page(qtbot, window)
    title = _field(editor, "actionTitle", "Appeler R.")
    row = title.parentWidget()
    assert row.status.currentData() == ActionStatus.TODO.value

    def done_there(store, session_id):
        (action,) = [a for a in store.actions.list_by_session(session_id)
                     if a.title == "Appeler R."]
        action.status = ActionStatus.DONE
        action.details = "détails du PORTABLE"
        store.actions.update(action)

    _on_other(two_devices, passphrase, done_there)
    original = SyncRepository.apply
    inside, release = threading.Event(), threading.Event()

    def held_apply(self, *args, **kwargs):
        if not release.is_set():
            inside.set()
            release.wait(60)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(SyncRepository, "apply", held_apply)
    editor.autosaver._debounce.setInterval(30_000)
    editor.autosaver._max_wait.setInterval(30_000)
    with qtbot.waitSignal(controller.reportArrived, timeout=60_000):
        assert controller.request("now")
        qtbot.waitUntil(inside.is_set, timeout=60_000)
        _at_end(title)
        type_text(qtbot, title, " et B.")
        release.set()
    assert row.status.currentData() == ActionStatus.TODO.value  # control: the stale form
    editor.autosaver.flush()
    (action,) = [a for a in window.store.actions.list_by_session(held)
                 if a.title.startswith("Appeler R.")]
    assert action.title == "Appeler R. et B."  # control: the person's edit
    assert action.status is ActionStatus.DONE  # not reverted by the stale form
    assert action.details == "détails du PORTABLE"
