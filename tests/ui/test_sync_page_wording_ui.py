"""Issue 15 trap (review): a title edited on the page while a sync brings another
device's new wording of it. The person's wording is saved (the newest), and the
other device's is not dropped by that save: the status bar counts it and the
Synchronisation page offers both, as for a title reworded on two devices.

Real window, real encrypted journals (carnet/services/page_merge.py ``write_merged``).
"""

from __future__ import annotations

import threading

from test_sync_race_typing import _at_end, _field, _on_other, _open_page, folder, two_devices
from ui_helpers import type_text

from carnet.store.sync_repo import SyncRepository
from carnet.ui.sync import page as page_module

__all__ = ["folder", "two_devices"]  # (the fixtures, shared)

THEIRS = "Appeler R. — mot du PORTABLE <b>&</b> 🙂"


def test_a_title_typed_while_a_sync_brings_its_other_wording_offers_both(
        qtbot, unlocked, two_devices, passphrase, monkeypatch):
    window = unlocked()
    controller = window.sync.controller
    held, editor = _open_page(qtbot, window)
    title = _field(editor, "actionTitle", "Appeler R.")

    def reword_there(store, session_id):
        (action,) = [a for a in store.actions.list_by_session(session_id)
                     if a.title == "Appeler R."]
        action.title = THEIRS
        store.actions.update(action)

    _on_other(two_devices, passphrase, reword_there)
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
    editor.autosaver.flush()
    (action,) = [a for a in window.store.actions.list_by_session(held)
                 if a.title.startswith("Appeler R.")]
    assert action.title == "Appeler R. et B."  # control: the person's wording shows
    offered = [(c.current.text, [o.text for o in c.others])
               for c in window.store.sync.wording_conflicts()]
    assert offered == [("Appeler R. et B.", [THEIRS])]  # theirs is not dropped
    with qtbot.waitSignal(controller.reportArrived, timeout=60_000):
        assert controller.request("now")
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=30_000)
    assert window.sync.label.text() == "Conflict resolved: 1 item"  # the badge counts it
    page = page_module.SyncPage(window, controller)
    qtbot.addWidget(page)
    page.show()
    assert page.wordings.isVisible()
    assert {b.property("wording") for b in page.wordings.buttons} == {
        "Appeler R. et B.", THEIRS}
