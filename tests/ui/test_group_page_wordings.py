"""The group page saved over a name, a place or an objective that another device
reworded meanwhile (the sibling of the session page's trap, carnet/services/page_merge.py).

The group page holds its form until « Save »; a sync brings another device's new
wording of the place and of an objective while the person retypes them. The save
writes the person's wordings (the newest) and must not drop the other device's
unseen: each is a wording conflict, offered on the Synchronisation page and kept
on both devices until one is chosen. Real window, real encrypted journals.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from ui_helpers import seed_journal

import carnet.sync as engine
from carnet.store import JournalStore

THEIRS_PLACE = "Salle du PORTABLE <b>&</b> 🙂"


@pytest.fixture
def folder(tmp_path) -> Path:
    path = tmp_path / "Nextcloud"
    path.mkdir()
    return path


def _offered(store):
    return sorted((c.table, c.current.text, tuple(o.text for o in c.others))
                  for c in store.sync.wording_conflicts())


def test_the_group_page_keeps_a_place_reworded_elsewhere_as_a_wording_to_choose(
        qtbot, unlocked, journal_path, tmp_path, folder, passphrase):
    ids = seed_journal(journal_path, passphrase)
    store = JournalStore.open(journal_path, passphrase)
    try:
        engine.setup(store, folder, passphrase)
        assert engine.sync_once(store, folder).complete
    finally:
        store.close()
    other = tmp_path / "portable.carnet"
    assert engine.join(folder, passphrase, other, device_label="Portable").complete

    window = unlocked(journal_path)
    controller = window.sync.controller
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=30_000)
    window.workspace.show_group(ids["group"])
    editor = window.workspace.group_editor
    editor.place_edit.setFocus()  # the person is on the page (it is not re-read)

    o = JournalStore.open(other, passphrase)
    try:
        group = o.groups.get(o.groups.list()[0].id)
        group.place = THEIRS_PLACE
        o.groups.update(group)
        assert engine.sync_once(o).complete
    finally:
        o.close()
    with qtbot.waitSignal(controller.reportArrived, timeout=30_000) as arrived:
        controller.request("now")
    assert arrived.args[0].received >= 1
    assert window.store.groups.get(ids["group"]).place == THEIRS_PLACE  # arrived
    assert editor.place_edit.text() != THEIRS_PLACE  # control: the page shows the old one
    editor.place_edit.setFocus()
    editor.place_edit.selectAll()
    qtbot.keyClicks(editor.place_edit, "Salle B, 2e etage")  # (keyClicks: ASCII only)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    group = window.store.groups.get(ids["group"])
    assert group.place == "Salle B, 2e etage"  # control: what the person typed is saved
    assert _offered(window.store) == [("groups", "Salle B, 2e etage", (THEIRS_PLACE,))]
    with qtbot.waitSignal(controller.reportArrived, timeout=30_000):
        controller.request("now")
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=30_000)
    assert window.sync.label.text() == "Conflict resolved: 1 item"
    o = JournalStore.open(other, passphrase)
    try:
        engine.sync_once(o)
        assert o.groups.list()[0].place == "Salle B, 2e etage"
        assert _offered(o) == [("groups", "Salle B, 2e etage", (THEIRS_PLACE,))]
    finally:
        o.close()
