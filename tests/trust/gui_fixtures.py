"""Qt fixtures for the trust tests that go through the interface.

tests/trust has no conftest of its own (most of its tests are Qt-free), so the
GUI modules import these fixtures by name. They mirror tests/ui/conftest.py:
recorded message boxes, isolated settings, real journals, windows closed (store
closed, worker threads drained) at teardown.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui"))

from ui_helpers import (
    MARKER,
    RecordingMessageService,
    seed_journal,
    type_text,
    unlock_through_ui,
)

__all__ = [
    "MARKER",
    "RecordingMessageService",
    "make_window",
    "message_service",
    "seed_journal",
    "settings",
    "settle_background",
    "type_text",
    "unlock_through_ui",
    "unlocked",
]


@pytest.fixture(autouse=True)
def message_service():
    """Every test gets a recording service: no real dialog can block a test."""
    from carnet.ui.services import set_message_service

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
    """Main windows with every extension installed; closed at teardown."""
    from PySide6.QtWidgets import QApplication

    from carnet.ui.main_window import MainWindow

    built = []

    def make(window_settings=None, *, extensions: bool = True, **kwargs):
        window = MainWindow(window_settings or settings, **kwargs)
        qtbot.addWidget(window)
        window.resize(1100, 760)
        if extensions:
            window.install_extensions()
        built.append(window)
        return window

    yield make
    for window in built:
        window.opener.wait()
        trust = getattr(window, "trust", None)
        if trust is not None:
            trust.restorer.wait()
        window.close()
    QApplication.processEvents()


@pytest.fixture
def unlocked(qtbot, make_window, journal_path, passphrase):
    """A shown window, every extension installed, unlocked on a seeded journal."""

    def open_window(path: Path | None = None, *, minute_ms: int | None = None,
                    settle: bool = True, **kwargs):
        path = path or journal_path
        ids = seed_journal(path, passphrase) if not path.exists() else {}
        window = make_window(**kwargs)
        window.ids = ids
        if minute_ms is not None:  # the idle lock's fake clock
            window.idle.minute_ms = minute_ms
        window.show()
        qtbot.waitExposed(window)
        window.start(path)
        unlock_through_ui(qtbot, window, passphrase)
        if settle:
            settle_background(qtbot, window)
        return window

    return open_window


def settle_background(qtbot, window) -> None:
    """Wait for the integrity check (and the daily backup it leads to) to finish."""
    window.tasks.wait()
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=30_000)
