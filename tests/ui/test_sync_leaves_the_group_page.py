"""fresh8's G9 (its two tests adopted, with what follows): a sync that starts or
arrives while the group page holds an unsaved edit no longer saves it. Fixed by
Workspace.flush(sync=True) leaving the group form alone and the controller re-reading
only a form with nothing pending.

The group page has no autosave: « Enregistrer » / « Annuler les modifications ». The
person changes « Première séance » (a try, a slip of the date picker), clicks in the
sidebar to look at the sessions, and before deciding, the other computer's changes
arrive: SyncController._refresh_views calls group_editor.flush() (focus not in the
page) — the edit is saved, every planned session moves, « Annuler les modifications »
is gone. Seen in a real window: sessions 3–6 moved from 14 déc… to 11 janv…"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from ui_helpers import seed_journal, seed_with_a_second_device

import carnet.sync as engine
from carnet.store import JournalStore


@pytest.fixture
def folder(tmp_path) -> Path:
    path = tmp_path / "Nextcloud"
    path.mkdir()
    return path


def test_an_arriving_sync_does_not_save_the_group_page(
        qtbot, unlocked, journal_path, tmp_path, folder, passphrase):
    other = tmp_path / "portable.carnet"
    ids = seed_with_a_second_device(journal_path, passphrase, folder, other)

    window = unlocked(journal_path)
    controller = window.sync.controller
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=30_000)
    before = window.store.groups.get(ids["group"]).start_date
    planned_before = {s.id: s.date for s in window.store.sessions.list_by_group(ids["group"])}
    window.workspace.show_group(ids["group"])
    editor = window.workspace.group_editor
    editor.start_edit.setDate(QDate(before + timedelta(days=7)))  # not saved
    window.workspace.sidebar.tree.setFocus()  # the person looks at the sessions

    o = JournalStore.open(other, passphrase)
    try:
        o.topics.add(type(o.topics.list()[0])(title="Un sujet noté au portable",
                                              group_id=ids["group"]))
        assert engine.sync_once(o).complete
    finally:
        o.close()
    with qtbot.waitSignal(controller.reportArrived, timeout=30_000) as arrived:
        controller.request("now")
    assert arrived.args[0].received >= 1
    assert window.store.groups.get(ids["group"]).start_date == before, \
        "the page's unsaved first date was saved by the sync"
    planned_after = {s.id: s.date for s in window.store.sessions.list_by_group(ids["group"])}
    assert planned_after == planned_before
    # the edit still waits for the person, and « Enregistrer » saves it
    assert editor.is_dirty() and editor.save_button.isEnabled()
    editor.save()
    assert window.store.groups.get(ids["group"]).start_date == before + timedelta(days=7)


def test_a_sync_does_not_create_the_group_being_described(
        qtbot, unlocked, journal_path, tmp_path, folder, passphrase):
    """The same at every sync's start (SyncController._start → workspace.flush()): the
    « Nouveau groupe » form half filled in is created — with its planned sessions —
    though « Créer le groupe » was never clicked (seen in a real window)."""
    seed_journal(journal_path, passphrase)
    store = JournalStore.open(journal_path, passphrase)
    try:
        engine.setup(store, folder, passphrase)
        assert engine.sync_once(store, folder).complete
    finally:
        store.close()
    window = unlocked(journal_path)
    controller = window.sync.controller
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=30_000)
    groups_before = len(window.store.groups.list())
    window.workspace.new_group()
    editor = window.workspace.group_editor
    editor.name_edit.setFocus()
    qtbot.keyClicks(editor.name_edit, "RPM cadres sante")  # still describing it
    window.workspace.sidebar.tree.setFocus()
    with qtbot.waitSignal(controller.reportArrived, timeout=30_000):
        controller.request("timer")  # the 5-minute sync
    assert len(window.store.groups.list()) == groups_before, \
        "the half-filled new group was created by the sync"
    assert editor.name_edit.text() == "RPM cadres sante" and editor.is_dirty()
