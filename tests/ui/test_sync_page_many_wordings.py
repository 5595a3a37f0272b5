"""Found by a fresh-eyes review (fresh5): with many « Deux formulations », the Synchronisation page still fits the
screen (its list scrolls) and « Fermer » stays on it.

Real window (1280×900, /tmp/fresh5/shots/68_many_conflicts.png): 14 action titles and a
session title reworded on both computers → « Conflit résolu : 15 éléments »; the page
grows to the height of all its rows (its minimum height is the whole content, no
scrolling): the window runs off the bottom of the screen, 10 of the 15 conflicts, the
devices list, « Retirer cet appareil… », « Cet appareil » and « Fermer » cannot be seen
nor clicked, and the page cannot be made smaller. The wordings not shown exist nowhere
else.

Control: with one conflict the page fits.
"""

from __future__ import annotations

import pytest
from test_sync_ui import (
    folder,  # noqa: F401  (fixture)
    held_session,
    open_store,
    other_device,
    set_up_folder,
)
from ui_helpers import seed_journal

import carnet.sync as engine
from carnet.domain import Action


def _retitle(store, suffix: str, count: int) -> None:
    for i, action in enumerate(sorted(store.actions.list(), key=lambda a: a.title)[:count]):
        action.title = f"Action {i} ({suffix})"
        store.actions.update(action)


@pytest.mark.parametrize("count", [1, 15], ids=["control-one", "fifteen"])
def test_the_sync_page_fits_the_screen_with_many_wordings(
        qtbot, unlocked, journal_path, tmp_path, folder, passphrase, count):  # noqa: F811
    seed_journal(journal_path, passphrase)
    store = open_store(journal_path, passphrase)
    try:
        session = held_session(store).id
        for i in range(15):
            store.actions.add(Action(session_id=session, title=f"Action de départ {i:02d}"))
    finally:
        store.close()
    set_up_folder(journal_path, passphrase, folder)
    other = other_device(folder, passphrase, tmp_path / "portable.carnet")
    window = unlocked()
    controller = window.sync.controller
    qtbot.waitUntil(lambda: controller.last_report is not None and not controller.worker.busy,
                    timeout=30_000)
    store = open_store(other, passphrase)
    try:
        _retitle(store, "portable", count)
        assert engine.sync_once(store).complete
    finally:
        store.close()
    _retitle(window.store, "bureau", count)
    with qtbot.waitSignal(controller.reportArrived, timeout=30_000) as arrived:
        controller.request("now")
    assert arrived.args[0].conflicts == count

    from carnet.ui.sync.page import SyncPage

    page = SyncPage(window, controller)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    qtbot.wait(200)
    screen = page.screen().availableGeometry()
    frame = page.frameGeometry()
    assert frame.height() <= screen.height(), (frame, screen)
    close = page.close_button
    bottom_right = close.mapToGlobal(close.rect().bottomRight())
    assert screen.contains(bottom_right), (bottom_right, screen)


def test_the_keyboard_starts_on_choose_not_in_the_read_only_folder(qtbot, unlocked):
    from carnet.ui.sync.page import SyncPage

    window = unlocked()
    page = SyncPage(window, window.sync.controller)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: page.choose_button.hasFocus(), timeout=5_000)
    assert page.folder_edit.isReadOnly()  # the control: typing there would do nothing
