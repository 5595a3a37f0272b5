"""The group page saved after a sync brought another device's edit (found by a review).

The group page has no autosave: it holds the whole form until « Enregistrer ». When a
sync brings a change to the group while the person is typing on that page (the focus
in it), the page is not re-read (``_refresh_views`` leaves it alone), and the next
« Enregistrer » writes every field of the form as it was — the other device's new
ground rules (a long text, whose concurrent versions sync otherwise keeps) are replaced
by the old ones on both devices, without a conflict or a word. Now only what was
changed on the page is written (carnet/services/groups.py, merge_group_form).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from ui_helpers import seed_with_a_second_device

import carnet.sync as engine
from carnet.store import JournalStore


@pytest.fixture
def folder(tmp_path) -> Path:
    path = tmp_path / "Nextcloud"
    path.mkdir()
    return path


def test_saving_the_group_page_keeps_ground_rules_changed_on_the_other_device(
        qtbot, unlocked, journal_path, tmp_path, folder, passphrase):
    other = tmp_path / "portable.carnet"
    ids = seed_with_a_second_device(journal_path, passphrase, folder, other)

    window = unlocked(journal_path)
    controller = window.sync.controller
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=30_000)
    window.workspace.show_group(ids["group"])
    editor = window.workspace.group_editor
    editor.place_edit.setFocus()
    editor.place_edit.end(False)
    qtbot.keyClicks(editor.place_edit, " (2e etage)")  # typing on the page

    o = JournalStore.open(other, passphrase)
    try:
        group = o.groups.list()[0]
        group.ground_rules = "Règles revues sur le PORTABLE : confidentialité, bienveillance"
        o.groups.update(group)
        assert engine.sync_once(o).complete
    finally:
        o.close()
    with qtbot.waitSignal(controller.reportArrived, timeout=30_000) as arrived:
        controller.request("now")
    assert arrived.args[0].received >= 1
    assert "PORTABLE" in window.store.groups.get(ids["group"]).ground_rules  # arrived
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    group = window.store.groups.get(ids["group"])
    assert group.place.endswith("(2e etage)")  # control: what the person typed is saved
    assert "PORTABLE" in group.ground_rules, (
        f"the other device's ground rules were replaced by the stale form: "
        f"{group.ground_rules!r}")
