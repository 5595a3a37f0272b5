"""A journal that cannot be opened is explained in French, with what to do (fresh7, F4
and F5: tests/review7/test_f4_truncated_journal_english.py, test_f5_read_only_medium.py,
adopted).

A journal cut short (`truncate`) showed the French sentence, then the store's English
« t.carnet is damaged or truncated. Nothing was changed; restore the latest backup. »;
one on a write-protected key « Cannot create the lock file …: [Errno 30] Read-only file
system », and nothing of what to do.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar
from ui_helpers import seed_journal, type_text
from words_in_french import french

from carnet.store import JournalStore

ENGLISH = ("damaged", "truncated", "Nothing was changed", "restore the latest",
           "Cannot create", "Read-only file system", "lock file", "Errno")


def _unlock_text(qtbot, make_window, journal, passphrase) -> str:
    window = make_window()
    window.show()
    window.start(journal)
    field = window.unlock.passphrase_edit
    qtbot.waitUntil(field.isEnabled)
    type_text(qtbot, field, passphrase)
    qtbot.mouseClick(window.unlock.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.unlock.problem_label.isVisible(), timeout=30_000)
    return window.unlock.problem_label.text()


def test_a_truncated_journal_is_explained_in_french(qtbot, make_window, journal_path,
                                                     passphrase):
    seed_journal(journal_path, passphrase)
    size = journal_path.stat().st_size
    os.truncate(journal_path, size // 2 // 4096 * 4096)
    with french():
        text = _unlock_text(qtbot, make_window, journal_path, passphrase)
    assert "endommagé" in text and "Restaurer une sauvegarde" in text, text  # control
    assert not [word for word in ENGLISH if word in text], text


def test_a_journal_on_a_read_only_key_opens_read_only_and_says_so_in_french(
        qtbot, make_window, tmp_path, passphrase, message_service):
    """It could not be opened at all (not even searched); now it opens read-only, a bar
    saying so and what to do to write in it (fix10, F5). A backup only reads it: the
    bar's « Enregistrer une copie… » writes an encrypted copy on this computer (there
    was no way to back it up from the window: the store refused under query_only, the
    automatic backups skip it), then opens it if asked."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "trust"))
    from trust_helpers import tmpfs

    with tmpfs(tmp_path / "usb", size="4m") as usb:
        journal = usb / "carnet.carnet"
        seed_journal(journal, passphrase)
        done = subprocess.run(["mount", "-o", "remount,ro", str(usb)], capture_output=True,
                              check=False)
        if done.returncode != 0:
            pytest.skip(done.stderr.decode())
        with french():
            window = make_window()
            window.install_extensions(["carnet.ui.ext_trust"])
            window.show()
            window.start(journal)
            field = window.unlock.passphrase_edit
            qtbot.waitUntil(field.isEnabled)
            type_text(qtbot, field, passphrase)
            qtbot.mouseClick(window.unlock.unlock_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: window.store is not None
                            or window.unlock.problem_label.isVisible(), timeout=30_000)
            assert window.store is not None, window.unlock.problem_label.text()
            assert window.store.read_only
            assert window.store.sessions.list_by_group(window.store.groups.list()[0].id)
            banner = window.findChild(QToolBar, "readOnlyPlaceBanner")
            assert banner is not None and banner.isVisible()
            text = banner.label.text()
            copy = tmp_path / "copie.carnet"
            message_service.files.append(str(copy))
            message_service.answers.append(True)  # open the copy
            qtbot.mouseClick(banner.copy_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: window.store is None, timeout=30_000)
            kinds = message_service.kinds()
            assert kinds == ["save_file", "question"], message_service.shown
            asked = message_service.shown[-1][2]
            assert window.journal_path == copy and window.pages.currentWidget() is window.unlock
    assert "lecture seule" in text and "enregistrez-en une copie sur cet ordinateur" in text
    assert not [word for word in ENGLISH if word in text], text
    assert str(copy) in asked and "même phrase de passe" in asked, asked
    copied = JournalStore.open(copy, passphrase)  # a journal that opens, and writes
    try:
        assert not copied.read_only and copied.groups.list()
    finally:
        copied.close()
