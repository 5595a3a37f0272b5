"""Fixtures of the interface tests: a seeded journal and a main window unlocked on it.

The Qt fixtures every GUI test shares (recorded message boxes, settings,
``make_window``, ``unlocked``) are in tests/qt_fixtures.py, registered once.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from ui_helpers import seed_journal, unlock_through_ui


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


@pytest.fixture
def french_locale():
    """Qt's default locale French (dates typed « 14/12/2026 »), as it was after."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(before)
