"""The lock never waits for a file being read (fresh7's F1, trap).

A file that never finishes reading — a network share that hangs, a cloud placeholder
being downloaded, a named pipe — froze the whole window at the next lock or quit: the
page's thread pool waited for the read, the lock never happened (the journal stayed on
screen) and the person had to kill Carnet. The lock now waits only for a photo being
stored, never for a read; a read that ends after the lock stores nothing. (A pipe itself
is refused before it is opened: tests/ui/test_attachments.py.)
"""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt

from carnet.store import JournalStore
from carnet.ui.attachments import intake


def test_the_lock_does_not_wait_for_a_read_that_hangs(qtbot, unlocked, message_service,
                                                      monkeypatch, tmp_path, passphrase):
    release = threading.Event()
    reading = threading.Event()
    returned = threading.Event()

    def hanging_read(path, *args):
        reading.set()
        release.wait(30)
        returned.set()
        return b"\xff\xd8\xff" + b"\0" * 100  # whatever it brings, too late

    monkeypatch.setattr(intake, "read_limited", hanging_read)
    window = unlocked()
    sid = window.ids["held"]
    path = window.store.path
    window.workspace.show_session(sid)
    docs = window.workspace.session_editor.documents
    message_service.files.append([str(tmp_path / "tableau.jpg")])
    qtbot.mouseClick(docs.strips["expose"].attach_button, Qt.MouseButton.LeftButton)
    assert reading.wait(5) and docs.intake.busy  # control: the read hangs
    started = time.monotonic()
    window.lock()
    assert time.monotonic() - started < 3, "the lock waited for the file"
    assert window.store is None  # locked
    release.set()
    assert returned.wait(5)
    qtbot.wait(200)  # the job ends on its own, its page gone: nothing to say, nothing stored
    store = JournalStore.open(path, passphrase)
    try:
        assert store.attachments.list_by_session(sid) == []
    finally:
        store.close()
