"""Photos and documents of a session, through the real widgets (issue 16).

Attach by the step's button (the file chooser answered by the test's message
service), by a drop on the page and by pasting a screenshot; reopen the journal;
the pictures are there with their captions, without their EXIF GPS and camera
tags, and a photo taken sideways (EXIF orientation 6) shows upright. Hostile
files are refused with a message and nothing stored, the app still answering.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
import shiboken6
from attachment_files import GPS_IFD, MAKE, MODEL, ORIENTATION, pdf, photo, png_bomb
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QLineEdit
from ui_helpers import type_text, unlock_through_ui

from carnet.ui.attachments import cache
from carnet.ui.attachments.strip import Tile


@pytest.fixture
def window(main_window):
    main_window.install_extensions()
    return main_window


def open_session(window, session_id):
    window.workspace.show_session(session_id)
    editor = window.workspace.session_editor
    assert editor.current_session_id == session_id
    return editor


def wait_count(qtbot, window, session_id, n):
    qtbot.waitUntil(lambda: len(window.store.attachments.list_by_session(session_id)) == n,
                    timeout=20_000)
    docs = window.workspace.session_editor.documents
    qtbot.waitUntil(lambda: not docs.intake.busy, timeout=20_000)
    return window.store.attachments.list_by_session(session_id)


def drop(widget, paths=(), image: QImage | None = None) -> bool:
    mime = QMimeData()
    if paths:
        mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    if image is not None:
        mime.setImageData(image)
    point = QPoint(20, 20)
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    accepted = enter.isAccepted()
    event = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return accepted


def red_on_top(image: QImage) -> bool:
    top = image.pixelColor(image.width() // 2, image.height() // 10)
    bottom = image.pixelColor(image.width() // 2, image.height() * 9 // 10)
    return top.red() > 150 and top.green() < 100 and bottom.green() > 200


def test_attach_by_button_drop_and_paste_then_reopen(qtbot, window, message_service, tmp_path,
                                                     passphrase):
    sid = window.ids["held"]
    editor = open_session(window, sid)
    docs = editor.documents
    sideways = tmp_path / "IMG_0006.JPG"
    sideways.write_bytes(photo(1600, 1200, orientation=6, marker="Zephyrine"))
    handout = tmp_path / "consignes.pdf"
    handout.write_bytes(pdf("Consignes du groupe"))
    board = tmp_path / "tableau.png"
    Image.new("RGB", (640, 480), (20, 90, 200)).save(board)
    assert window.store.attachments.list_by_session(sid) == []  # control

    # 1. the button of the step « expose »: two files at once
    strip = docs.strips["expose"]
    assert strip.isVisible() and not strip.tiles
    message_service.files.append([str(sideways), str(handout)])
    qtbot.mouseClick(strip.attach_button, Qt.MouseButton.LeftButton)
    added = wait_count(qtbot, window, sid, 2)
    assert {a.step_id for a in added} == {"expose"}
    assert {a.mime for a in added} == {"image/jpeg", "application/pdf"}
    assert [k for k in message_service.kinds() if k == "warning"] == []
    qtbot.waitUntil(lambda: len(docs.strips["expose"].tiles) == 2)
    qtbot.waitUntil(lambda: all(t.loaded for t in docs.strips["expose"].tiles))

    # 2. a drop on the page (not on a step's text): the session's own documents
    assert drop(docs.page, [board])
    added = wait_count(qtbot, window, sid, 3)
    assert [a.step_id for a in added if a.mime == "image/png"] == [None]
    assert len(docs.strips[None].tiles) == 1

    # 3. a screenshot pasted in the text of the step « clarification »
    text = editor.sections["clarification"].body.editor
    shot = QImage(300, 200, QImage.Format.Format_RGB32)
    shot.fill(Qt.GlobalColor.darkGreen)
    QGuiApplication.clipboard().setImage(shot)
    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    added = wait_count(qtbot, window, sid, 4)
    assert [a.step_id for a in added if a.step_id == "clarification"] == ["clarification"]
    assert text.toPlainText() == ""  # the image went to the step, nothing into the text
    QGuiApplication.clipboard().clear()

    # a caption typed in the viewer, which shows the sideways photo upright
    photo_tile = next(t for t in docs.strips["expose"].tiles if not t.attachment.is_pdf)
    qtbot.mouseClick(photo_tile, Qt.MouseButton.LeftButton)
    viewer = docs.viewer
    assert viewer is not None and viewer.isVisible()
    shown = viewer.image.pixmap().toImage()
    assert shown.height() > shown.width() and red_on_top(shown)
    viewer.caption.clear()
    type_text(qtbot, viewer.caption, "Paperboard « plan d'action » 🙂")
    qtbot.mouseClick(viewer.next_button, Qt.MouseButton.LeftButton)  # saves, then moves on
    assert viewer.index == 1
    qtbot.mouseClick(viewer.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: docs.viewer is None)

    # lock: no thumbnail, no tile, no viewer outlives it; reopen the journal
    assert cache.size() > 0
    tiles = [t for s in docs.strips.values() for t in s.tiles]
    window.lock()
    assert cache.size() == 0
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(t) for t in tiles))
    unlock_through_ui(qtbot, window, passphrase)
    editor = open_session(window, sid)
    docs = editor.documents
    captions = {a.caption for a in window.store.attachments.list_by_session(sid)}
    assert "Paperboard « plan d'action » 🙂" in captions
    tile = next(t for t in docs.strips["expose"].tiles if not t.attachment.is_pdf)
    assert tile.accessibleName() == "Paperboard « plan d'action » 🙂"
    stored = Image.open(io.BytesIO(window.store.attachments.data(tile.attachment.id)))
    exif = stored.getexif()
    assert all(tag not in exif for tag in (ORIENTATION, MAKE, MODEL, GPS_IFD))
    assert stored.height > stored.width
    assert b"Zephyrine" not in window.store.attachments.data(tile.attachment.id)
    assert [h.kind for h in window.store.search("paperboard")] == ["attachment"]


def test_delete_with_undo_and_rotate(qtbot, window, tmp_path):
    sid = window.ids["held"]
    docs = open_session(window, sid).documents
    path = tmp_path / "page.jpg"
    path.write_bytes(photo(800, 400))
    docs.submit(None, [__import__("carnet.ui.attachments.intake",
                                  fromlist=["Source"]).Source(path.name, path=path)])
    [item] = wait_count(qtbot, window, sid, 1)
    docs.open_viewer(item.id)
    viewer = docs.viewer
    qtbot.mouseClick(viewer.rotate_button, Qt.MouseButton.LeftButton)
    turned = window.store.attachments.get(item.id)
    assert (turned.width, turned.height) == (400, 800) and turned.sha256 != item.sha256
    window.store.sync.collect()  # its identity has travelled (as after a sync)
    identity = window.store.sync.uuid_of("attachments", item.id)
    qtbot.mouseClick(viewer.delete_button, Qt.MouseButton.LeftButton)
    assert window.store.attachments.list_by_session(sid) == []
    strip = docs.strips[None]
    assert strip.undo_line.isVisible() and not strip.tiles
    qtbot.mouseClick(strip.undo_button, Qt.MouseButton.LeftButton)
    [back] = window.store.attachments.list_by_session(sid)
    assert back.id == item.id and back.sha256 == turned.sha256
    # under its own uuid: a caption edited elsewhere meanwhile does not bring a second copy
    assert window.store.sync.uuid_of("attachments", back.id) == identity
    assert len(strip.tiles) == 1 and not strip.undo_line.isVisible()


def test_saved_copy_is_private_and_warned(qtbot, window, message_service, tmp_path):
    sid = window.ids["held"]
    docs = open_session(window, sid).documents
    path = tmp_path / "consignes.pdf"
    path.write_bytes(pdf("Consignes"))
    message_service.files.append(str(path))
    qtbot.mouseClick(docs.strips[None].attach_button, Qt.MouseButton.LeftButton)
    [item] = wait_count(qtbot, window, sid, 1)
    dest = tmp_path / "out" / "copie.pdf"
    dest.parent.mkdir()
    message_service.files.append(str(dest))
    assert docs.save_copy(item.id) == dest
    assert dest.read_bytes() == path.read_bytes()
    assert (dest.stat().st_mode & 0o777) == 0o600
    kind, _title, text = message_service.shown[-1]
    assert kind == "warning" and "NOT encrypted" in text
    # cancelled chooser: nothing written
    assert docs.save_copy(item.id) is None
    # « Open with… » asks first; a No writes nothing
    message_service.answers.append(False)
    assert docs.open_with(item.id) is None
    assert sorted(p.name for p in dest.parent.iterdir()) == ["copie.pdf"]


def _hostile(tmp_path: Path) -> dict[str, Path]:
    files = {
        "vide.jpg": b"",
        "coupee.jpg": photo()[:3000],
        "bombe.png": png_bomb(),
        "plan.jpg": pdf("renamed"),
        "page.png": b"<!doctype html><html><body><img src=x onerror=alert(1)></body></html>",
    }
    paths = {}
    for name, data in files.items():
        paths[name] = tmp_path / name
        paths[name].write_bytes(data)
    zeros = tmp_path / "zeros.jpg"
    with zeros.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)
    paths["zeros.jpg"] = zeros
    return paths


def test_hostile_files_are_refused_clearly_and_nothing_is_stored(qtbot, window, message_service,
                                                                 tmp_path):
    sid = window.ids["held"]
    editor = open_session(window, sid)
    docs = editor.documents
    files = _hostile(tmp_path)
    good = tmp_path / "bonne.jpg"
    good.write_bytes(photo())
    message_service.files.append([str(p) for p in files.values()] + [str(good)])
    qtbot.mouseClick(docs.strips[None].attach_button, Qt.MouseButton.LeftButton)
    [kept] = wait_count(qtbot, window, sid, 1)  # only the good one (the control)
    assert kept.filename == "bonne.jpg"
    warnings = [(t, text) for kind, t, text in message_service.shown if kind == "warning"]
    assert len(warnings) == 1
    _title, text = warnings[0]
    for name in files:
        assert name in text
    assert "empty" in text and "damaged" in text and "64 million" in text
    assert "its name says JPEG but it holds PDF" in text
    assert "not a photo" in text and "20 MB" in text
    assert "Traceback" not in text
    count = window.store.conn.execute("SELECT count(*) FROM attachment_data").fetchone()[0]
    assert count == 1
    # the app still answers: typing in a step is saved
    field = editor.sections["expose"].body.editor
    field.setFocus()
    type_text(qtbot, field, " encore")
    editor.flush()
    assert " encore" in window.store.notes.get(sid, "expose").text


def test_text_drops_and_pastes_stay_text(qtbot, window):
    """Control of the drop/paste filters: text is not taken for a file."""
    sid = window.ids["held"]
    editor = open_session(window, sid)
    field = editor.sections["clarification"].body.editor
    QGuiApplication.clipboard().setText("du texte")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert field.toPlainText() == "du texte"
    assert not editor.documents.intake.busy
    assert window.store.attachments.list_by_session(sid) == []
    QGuiApplication.clipboard().clear()


def test_a_pipe_is_refused_without_waiting_for_it(tmp_path):
    """A pipe is no file to attach: it is refused before it is opened — opening one waits
    for a writer, for ever if none comes (fresh7: the window froze at the next lock). It
    was read up to the limit once something wrote into it."""
    import time

    from carnet.services.attachment_intake import RefusedFileError, read_limited

    fifo = tmp_path / "zeros.png"
    os.mkfifo(fifo)
    started = time.monotonic()
    with pytest.raises(RefusedFileError) as caught:
        read_limited(fifo)  # nobody writes: opening it would never return
    assert caught.value.reason == RefusedFileError.NOT_A_FILE
    assert time.monotonic() - started < 1
    with pytest.raises(RefusedFileError) as caught:
        read_limited(tmp_path)  # a folder dropped on the page
    assert caught.value.reason == RefusedFileError.NOT_A_FILE


def test_the_cache_is_bounded(qtbot):
    cache.clear()
    data = io.BytesIO()
    Image.new("RGB", (50, 50), "red").save(data, "PNG")
    for i in range(cache.MAX_ENTRIES + 30):
        cache.thumbnail((i, "x"), 40, data.getvalue)
    assert cache.size() == cache.MAX_ENTRIES
    cache.clear()
    assert cache.size() == 0


def test_no_tile_without_attachments(window):
    """Control: a session without attachments has empty strips and no loaded thumbnail."""
    editor = open_session(window, window.ids["first"])
    assert all(not s.tiles for s in editor.documents.strips.values())
    assert not editor.findChildren(Tile)
    assert editor.findChildren(QLineEdit) is not None


def test_the_booklet_dialog_offers_the_photos(qtbot, window):
    """The booklet dialog's checkbox (off by default) asks for the photos."""
    from carnet.ui.booklet_dialog import BookletDialog

    dialog = BookletDialog(window.store, window.templates, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    try:
        assert dialog.options().attachments is False
        qtbot.mouseClick(dialog.attachments, Qt.MouseButton.LeftButton)
        assert dialog.attachments.isChecked() and dialog.options().attachments is True
    finally:
        dialog.wait()
        dialog.reject()


def test_a_caption_being_typed_when_the_journal_locks_is_kept(qtbot, window, tmp_path,
                                                             passphrase):
    from carnet.ui.attachments.intake import Source

    sid = window.ids["held"]
    docs = open_session(window, sid).documents
    path = tmp_path / "page.jpg"
    path.write_bytes(photo(600, 400))
    docs.submit(None, [Source(path.name, path=path)])
    [item] = wait_count(qtbot, window, sid, 1)
    docs.open_viewer(item.id)
    viewer = docs.viewer
    viewer.caption.setFocus()
    type_text(qtbot, viewer.caption, "Tapée juste avant le verrou")
    window.lock()  # idle lock: the viewer is closed by the lock, not by the person
    assert cache.size() == 0
    unlock_through_ui(qtbot, window, passphrase)
    assert window.store.attachments.get(item.id).caption == "Tapée juste avant le verrou"


def test_sizes_and_refusals_are_said_the_french_way(qapp):
    """fresh7's F3: « il pèse 23.8 Mo » in the French window (French writes 23,8), and
    « … du PNG : renommez-le » broke before its colon (a plain space, not a no-break one)."""
    from carnet.services.attachment_intake import RefusedFileError
    from carnet.ui import i18n
    from carnet.ui.attachments.texts import megabytes, refusal

    i18n.install_translators(qapp, "fr")
    try:
        assert megabytes(int(23.8 * 1024 * 1024)) == "23,8"
        assert megabytes(20 * 1024 * 1024) == "20"
        too_big = refusal(RefusedFileError.TOO_BIG, str(int(23.8 * 1024 * 1024)))
        assert "23,8\u00a0Mo" in too_big and "20\u00a0Mo" in too_big, too_big
        said = refusal(RefusedFileError.MISLABELLED, "jpeg/png")
        assert "PNG\u00a0: renommez" in said, said
    finally:
        i18n.install_translators(qapp, "")
    assert megabytes(int(23.8 * 1024 * 1024)) == "23.8"  # control: English
