"""A refused photo or PDF, or a copy not written, is explained in French (fresh7, F2, F8).

The system's words (« No such file or directory », « Read-only file system ») and the
store's (« attempt to write a readonly database ») were put as they were into the French
sentences: « Rien n’a été enregistré pour : • tableau.jpg : il n’a pas pu être enregistré
dans le carnet : The journal cannot be written: attempt to write a readonly database ».
The reviewer's tests (tests/review7/test_f2_…, test_f8_…), adopted: the attachments read
and stored through the real page on a real journal; a copy written into a read-only tmpfs.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from words_in_french import french

ENGLISH = ("read-only", "readonly", "last change", "attempt to write", "database",
           "disk is full", "No such file", "Is a directory", "Cannot write",
           "could not be written")


def _refusal(qtbot, window, message_service, paths, step="expose") -> str:
    window.workspace.show_session(window.ids["held"])
    docs = window.workspace.session_editor.documents
    message_service.files.append([str(p) for p in paths])
    qtbot.mouseClick(docs.strips[step].attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(k == "warning" for k in message_service.kinds()),
                    timeout=20_000)
    return next(t for k, _title, t in message_service.shown if k == "warning")


def test_a_photo_the_journal_refuses_is_explained_in_french(qtbot, unlocked, message_service,
                                                            tmp_path):
    window = unlocked()
    photo = tmp_path / "tableau.jpg"
    Image.new("RGB", (200, 100), (20, 90, 200)).save(photo)
    with french():
        with window.store.db.lock:
            window.store.conn.execute("PRAGMA query_only = ON")  # the journal refuses writes
        text = _refusal(qtbot, window, message_service, [photo])
    assert "tableau.jpg" in text and "Rien n’a été enregistré" in text, text  # control
    assert "lecture seule" in text, text
    assert not [word for word in ENGLISH if word in text], text


def test_a_vanished_file_and_a_folder_are_refused_in_french(qtbot, unlocked, message_service,
                                                            tmp_path):
    window = unlocked()
    gone = tmp_path / "compte-rendu.pdf"  # chosen, then gone before it is read
    folder = tmp_path / "photos.jpg"
    folder.mkdir()
    with french():
        text = _refusal(qtbot, window, message_service, [gone, folder], step=None)
    assert "compte-rendu.pdf" in text and "photos.jpg" in text, text  # control: both said
    assert "n’est plus là" in text, text
    assert not [word for word in ENGLISH if word in text], text


def test_a_copy_that_cannot_be_written_is_explained_in_french(qtbot, unlocked, message_service,
                                                               tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "trust"))
    from trust_helpers import tmpfs

    from carnet.domain.attachment import Attachment
    from carnet.services.attachment_intake import prepare

    window = unlocked()
    sid = window.ids["held"]
    photo = tmp_path / "tableau.jpg"
    Image.new("RGB", (200, 100), (20, 90, 200)).save(photo)
    prepared = prepare(photo.read_bytes(), "tableau.jpg")
    attachment = window.store.attachments.add(Attachment(
        session_id=sid, mime=prepared.mime, size=len(prepared.data), sha256="",
        filename=prepared.filename, width=prepared.width, height=prepared.height),
        prepared.data)
    with tmpfs(tmp_path / "cle", size="1m", read_only=True) as key, french():
        window.workspace.show_session(sid)
        docs = window.workspace.session_editor.documents
        message_service.files.append(str(key / "tableau.jpg"))
        assert docs.save_copy(attachment.id) is None
    errors = [(title, text) for k, title, text in message_service.shown if k == "error"]
    assert errors, message_service.shown
    title, text = errors[-1]
    assert "copie" in title, title  # control: French title
    assert "lecture seule" in text, text
    assert not [word for word in ENGLISH if word in text], text
