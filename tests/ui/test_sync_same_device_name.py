"""Two computers with the same host name are told apart wherever sync names a device.

The first name of a device is its computer's host name: two laptops both called « vm »
(or a journal and its copy on one computer) were both « vm » in the « Two wordings »
notices, under a session's title, in the question of a folder change and in the notice
that none of the other devices is in the folder — the person could not tell which
device wrote what. Now a name that two devices bear is followed by the device's short
id (« vm · 3f2a1b9c »), the same on the devices' list, where this device's own entry
shows its own; a name only one device bears stays as it is (the control), and a device
renamed on its Sync page is no longer suffixed. Nothing of the folder's format changes:
a folder already synced by two « vm » is told apart as it is.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from test_sync_ui import folder, held_session, open_store, set_up_folder
from ui_helpers import seed_journal

import carnet.sync as engine
from carnet.sync.report import Problem
from carnet.ui.sync import page as page_module
from carnet.ui.sync.problems import absent_names, device_names

__all__ = ["folder"]  # (the fixture, shared)


def reword(path, passphrase, name: str, *, sync: bool) -> None:
    """The group's name and the held session's title reworded on this device."""
    store = open_store(path, passphrase)
    try:
        group = store.groups.list()[0]
        group.name = name
        store.groups.update(group)
        session = held_session(store)
        session.title = f"Séance {name}"
        store.sessions.update(session)
        if sync:
            assert engine.sync_once(store).complete
    finally:
        store.close()


def device_id(path, passphrase) -> str:
    store = open_store(path, passphrase)
    try:
        return store.sync.identity().device_id
    finally:
        store.close()


@pytest.mark.parametrize("other_label", ["vm", "Portable"])
def test_the_other_device_of_the_same_name_is_named_apart(
        qtbot, unlocked, journal_path, tmp_path, folder, passphrase, other_label):
    """Both devices reword the group's name and a session's title: the « Two wordings »
    notice and the hint under the title say which device wrote the other wording, by a
    name the devices' list gives it too."""
    seed_journal(journal_path, passphrase)
    store = open_store(journal_path, passphrase)
    try:
        store.sync.device_label = "vm"
    finally:
        store.close()
    set_up_folder(journal_path, passphrase, folder)
    other = tmp_path / "autre.carnet"
    assert engine.join(folder, passphrase, other, device_label=other_label).complete
    reword(other, passphrase, "Codev de la maison", sync=True)
    reword(journal_path, passphrase, "Codev du bureau", sync=False)  # later: shown
    mine, theirs = device_id(journal_path, passphrase), device_id(other, passphrase)

    window = unlocked()
    controller = window.sync.controller
    qtbot.waitUntil(lambda: controller.last_report is not None and not controller.worker.busy,
                    timeout=30_000)
    assert window.store.sync.wording_conflicts()  # control: two wordings to choose from
    page = page_module.SyncPage(window, controller)
    qtbot.addWidget(page)
    page.show()
    said = " ".join(label.text() for label in page.wordings.findChildren(QLabel))
    listed = [page.devices.topLevelItem(i).text(0)
              for i in range(page.devices.topLevelItemCount())]
    if other_label == "vm":
        assert f"written on vm · {theirs[:8]}" in said, said
        assert sorted(listed) == sorted([f"vm · {theirs[:8]}",
                                         f"vm · {mine[:8]} (this device)"]), listed
    else:  # control: a name only one device bears is said as it is
        assert "written on Portable," in said and " · " not in said.split("written on")[-1]
        assert sorted(listed) == ["Portable", "vm (this device)"], listed
    assert "written on this device" in said

    # The same name in the question of a folder change, and under the session's title.
    named = f"vm · {theirs[:8]}" if other_label == "vm" else "Portable"
    assert page._device_name(theirs) == named
    window.workspace.show_session(held_session(window.store).id)
    hint = window.workspace.session_editor.header.title_wordings
    assert hint.isVisibleTo(window) and f"written on {named}," in hint.label.text(), \
        hint.label.text()

    # Renamed on this device's Sync page: no longer suffixed, the other neither.
    window.store.sync.device_label = "Bureau"
    assert page._device_name(theirs) == other_label
    assert page._device_name(mine) == "Bureau"


def test_the_notice_of_devices_absent_from_the_folder_tells_the_same_name_apart():
    """``others_absent`` names the devices no longer met: one named as this device is
    (the engine now says this device's name in the notice) gets its short id."""
    me, other = "a" * 32, "b" * 32
    notice = Problem("others_absent", args={"devices": [other], "labels": ["vm"],
                                            "names": [[other, "vm"]], "me": [me, "vm"]})
    assert absent_names(notice) == [f"vm · {other[:8]}"]
    control = Problem("others_absent", args={"devices": [other], "labels": ["vm"],
                                             "names": [[other, "vm"]], "me": [me, "Bureau"]})
    assert absent_names(control) == ["vm"]
    older = Problem("others_absent", args={"devices": [other], "labels": ["vm"],
                                           "names": [[other, "vm"]]})  # (a report before)
    assert absent_names(older) == ["vm"]


def test_device_names_compare_as_a_person_reads_and_keep_ids_apart():
    ids = ["3f2a1b9c" + "0" * 24, "3f2a1b9c" + "1" * 24, "77aa0000" + "2" * 24, "c" * 32]
    names = device_names({ids[0]: "vm", ids[1]: " VM ", ids[2]: "Portable", ids[3]: ""})
    assert names[ids[2]] == "Portable" and names[ids[3]] == ""
    # the same name, spaces and case aside; two ids that start alike: a longer prefix
    assert names[ids[0]] != names[ids[1]]
    assert names[ids[0]].startswith("vm · 3f2a1b9c") and names[ids[1]].startswith("VM · ")
    assert names[ids[0]] == "vm · " + ids[0][:12]
