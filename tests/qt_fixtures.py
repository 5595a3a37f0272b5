"""The Qt fixtures every GUI test uses, registered once (``pytest_plugins`` in
tests/conftest.py): recorded message boxes, isolated settings, main windows closed
at teardown (store closed, worker threads drained), a window unlocked on a seeded
journal.
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "ui"))

from ui_helpers import RecordingMessageService, seed_journal, unlock_through_ui


@pytest.fixture(autouse=True)
def message_service():
    """Every test gets a recording service: no real dialog can block a test."""
    from carnet.ui.services import set_message_service

    service = RecordingMessageService()
    previous = set_message_service(service)
    yield service
    set_message_service(previous)


@pytest.fixture(autouse=True)
def no_catalogue_left():
    """No test leaves a translation catalogue installed for the next: « put back » with
    ``install_translators(app, "")`` installs the system's (English here), whose counted
    messages say « 1 action » where the source says « %n action(s) », so a test's words
    depended on which test ran before it in the same process."""
    yield
    i18n = sys.modules.get("carnet.ui.i18n")
    if i18n is None:
        return
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is not None:
        for translator in i18n._installed:
            app.removeTranslator(translator)
    i18n._installed.clear()


@pytest.fixture
def settings(isolated_home):
    from carnet.ui.settings import Settings

    return Settings()


@pytest.fixture
def make_window(qtbot, settings):
    """Build main windows (``extensions=True``: every feature wired, as the app does);
    each is closed at teardown, its store closed and its worker threads drained."""
    from PySide6.QtWidgets import QApplication

    from carnet.ui.main_window import MainWindow

    built = []

    def make(window_settings=None, *, extensions: bool = False, **kwargs):
        window = MainWindow(window_settings or settings, **kwargs)
        qtbot.addWidget(window)
        window.resize(1200, 800)
        if extensions:
            window.install_extensions()
        built.append(window)
        return window

    yield make
    from carnet.ui.services import set_message_service

    # Closing at teardown answers « Quit without saving it » to the question a change
    # the journal refused asks (even where the test installed the real dialogs).
    closing = RecordingMessageService()
    closing.default_choice = 1
    previous = set_message_service(closing)
    for window in built:
        window.opener.wait()
        if window.trust is not None:
            window.trust.restorer.wait()
        window.close()
    set_message_service(previous)
    QApplication.processEvents()
    left = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    if left:
        warnings.warn(f"windows left open: {left}", stacklevel=1)


@pytest.fixture
def unlocked(qtbot, make_window, journal_path, passphrase):
    """A shown window, every feature wired, unlocked on a seeded journal."""

    def open_window(path: Path | None = None, *, minute_ms: int | None = None,
                    settle: bool = True, **kwargs):
        path = path or journal_path
        ids = seed_journal(path, passphrase) if not path.exists() else {}
        window = make_window(extensions=True, **kwargs)
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
