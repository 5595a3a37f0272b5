"""A group page the journal refuses to save says why in French (fresh7, F18:
tests/review7/test_f18_group_save_refused_in_english.py, adopted).

Group page › « Lieu » › « Enregistrer » on a journal that refuses writes (a full disk, a
key turned read-only): the red line under the form read « The journal cannot be written:
attempt to write a readonly database » — the store's English, put as it was.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_helpers import type_text
from words_in_french import french


def test_a_refused_group_save_is_explained_in_french(qtbot, unlocked, message_service):
    window = unlocked()
    with french():
        window.workspace.show_group(window.ids["group"])
        editor = window.workspace.group_editor
        with window.store.db.lock:
            window.store.conn.execute("PRAGMA query_only = ON")  # the journal refuses writes
        editor.place_edit.setFocus()
        type_text(qtbot, editor.place_edit, " bis")
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: editor.error_label.isVisible(), timeout=10_000)
        text = editor.error_label.text()
    assert "Le groupe n’a pas été enregistré" in text, text  # control: said, in French
    assert "lecture seule" in text, text
    for english in ("cannot be written", "readonly", "read-only", "attempt to write",
                    "disk is full", "last change"):
        assert english not in text, text
