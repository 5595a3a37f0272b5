"""Found by a fresh-eyes review (fresh5): the photo viewer open while a sync brings the other device's deletion of
the photo — it never closes again, and the caption being typed is dropped.

Real window (/tmp/fresh5/shots/57_viewer.png → 58…63): on the laptop, the viewer of
« gros document 0 » open, a caption typed; the desktop deleted that document and
synced; the sync arrived (« Synchronisé à l'instant »); then Échap, « Fermer » and the
window's × all did nothing: « Error calling Python override of QDialog::done():
carnet: unexpected error: RuntimeError » each time. The caption typed is not in the
journal.

Offscreen, the same with a sync that only brings a note of the same session: the page is
rebuilt under the open viewer, whose next caption save raises « Internal C++ object
(FlowLayout) already deleted » (strip.set_attachments); with the deletion, « Attachment 1
does not exist » then « SessionDocuments already deleted » in done() — the main window's
closeEvent fails the same way (the app cannot be quit either: real window, click on ×).

Control: with no sync in between, « Fermer » closes the viewer and keeps the caption.
"""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt
from test_sync_ui import (
    folder,  # noqa: F401  (fixture)
    held_session,
    open_store,
    other_device,
    set_up_folder,
)
from ui_helpers import seed_journal, type_text

import carnet.sync as engine
from carnet.domain.attachment import Attachment

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
CAPTION = "Plan du service annoté pendant la séance"


def _seed(journal_path, passphrase) -> None:
    seed_journal(journal_path, passphrase)
    store = open_store(journal_path, passphrase)
    try:
        store.attachments.add(Attachment(session_id=held_session(store).id,
                                         mime="application/pdf", size=1, sha256="",
                                         caption="document", filename="doc.pdf"), PDF)
    finally:
        store.close()


def _open_viewer(qtbot, window):
    held = held_session(window.store).id
    window.workspace.show_session(held)
    docs = window.workspace.session_editor.documents
    (attachment,) = window.store.attachments.list_by_session(held)
    docs.open_viewer(attachment.id, caption=True)
    viewer = docs.viewer
    qtbot.waitExposed(viewer)
    viewer.caption.clear()
    type_text(qtbot, viewer.caption, CAPTION)
    return docs, viewer, held


@pytest.mark.parametrize("remote", ["none", "delete", "note"],
                         ids=["control", "remote-delete", "remote-note-only"])
def test_the_viewer_closes_and_keeps_the_caption(qtbot, unlocked, journal_path, tmp_path,
                                                 folder, passphrase, remote):  # noqa: F811
    _seed(journal_path, passphrase)
    set_up_folder(journal_path, passphrase, folder)
    other = other_device(folder, passphrase, tmp_path / "portable.carnet")
    window = unlocked()
    controller = window.sync.controller
    qtbot.waitUntil(lambda: controller.last_report is not None and not controller.worker.busy,
                    timeout=30_000)
    _docs, viewer, held = _open_viewer(qtbot, window)
    if remote != "none":
        store = open_store(other, passphrase)
        try:  # the other device deletes the document (or writes a note), then syncs
            sha = hashlib.sha256(PDF).hexdigest()
            (theirs,) = [a for a in store.attachments.list_by_session(held_session(store).id)
                         if a.sha256 == sha]
            if remote == "delete":
                store.attachments.delete(theirs.id)
            else:
                store.notes.save(held_session(store).id, "clarification", "du portable")
            assert engine.sync_once(store).complete
        finally:
            store.close()
        with qtbot.waitSignal(controller.reportArrived, timeout=60_000):
            assert controller.request("now")
        qtbot.waitUntil(lambda: not controller.worker.busy, timeout=30_000)
    qtbot.mouseClick(viewer.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not viewer.isVisible(), timeout=5_000)  # « Fermer » closes it
    captions = [a.caption for a in window.store.attachments.list_by_session(held)]
    assert captions == [CAPTION]  # the caption typed meanwhile is kept, with its document
