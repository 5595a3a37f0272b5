"""Shared Qt fixtures: recorded message boxes, isolated settings, real journals.

Every window a test builds is closed at teardown (which closes its store) and
its worker thread drained; windows still visible after that are reported.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from ui_helpers import RecordingMessageService, seed_journal, unlock_through_ui

from carnet.ui.services import set_message_service


@pytest.fixture(autouse=True)
def message_service():
    """Every test gets a recording service: no real dialog can block a test."""
    service = RecordingMessageService()
    previous = set_message_service(service)
    yield service
    set_message_service(previous)


@pytest.fixture
def settings(isolated_home):
    from carnet.ui.settings import Settings

    return Settings()


@pytest.fixture
def make_window(qtbot, settings):
    """Build main windows; each is closed (store closed, thread drained) at teardown."""
    from carnet.ui.main_window import MainWindow

    built = []

    def make(window_settings=None, **kwargs):
        window = MainWindow(window_settings or settings, **kwargs)
        qtbot.addWidget(window)
        window.resize(1200, 800)
        built.append(window)
        return window

    yield make
    for window in built:
        window.opener.wait()
        window.close()
    QApplication.processEvents()
    left = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    if left:
        warnings.warn(f"windows left open: {left}", stacklevel=1)


@pytest.fixture
def seeded_journal(journal_path, passphrase) -> tuple[Path, dict[str, int]]:
    ids = seed_journal(journal_path, passphrase)
    return journal_path, ids


@pytest.fixture
def main_window(qtbot, make_window, seeded_journal, passphrase):
    """A shown main window, unlocked through the unlock screen on a seeded journal."""
    path, ids = seeded_journal
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.start(path)
    unlock_through_ui(qtbot, window, passphrase)
    window.ids = ids
    return window
