"""The prepare extension puts its reminder banner on the home view (and only it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_helpers import unlock_through_ui

from carnet.demo import build_demo
from carnet.store import JournalStore


def test_home_shows_the_prepare_reminder_and_opens_the_view(
    qtbot, make_window, journal_path, passphrase
):
    store = JournalStore.create(journal_path, passphrase, "Camille Martin")
    build_demo(store)  # the next RPM session is a few days away, with open actions
    store.close()
    window = make_window()
    window.install_extensions(["carnet.ui.ext_prepare"])
    window.show()
    qtbot.waitExposed(window)
    window.start(journal_path)
    unlock_through_ui(qtbot, window, passphrase)

    home = window.workspace.home
    banner = home.findChild(type(home._extra[0]), "prepareReminder")
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    assert "RPM" in banner.text_label.text()
    assert not home.reminder.isVisible()  # the built-in line gives way to the banner
    qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.workspace.stack.currentWidget() is window.workspace.view("prepare")
    )
