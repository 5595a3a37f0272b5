"""Found by a fresh-eyes review (fresh4): when the journal refuses a change (a full disk, a read-only file),
the French window's « Non enregistré » dialog says the reason in English: « Votre dernière
modification n'a pas pu être enregistrée ; elle reste à l'écran. » then « The journal file
is read-only: the last change was not saved. » (or « The disk is full: the last change was
not saved. Free some space and retry. »). The store's English sentence is put in the
dialog as it is (MainWindow._save_error); carnet/ui/unsaved.reason_words already knows
how to say it in French for the lock's question.

Seen in a real window: the journal on an 8 MB tmpfs filled up, a word typed in the
session's title: /tmp/fresh4/shots/132.png.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ui_helpers import type_text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from words_in_french import french


def _refuse_writes(window) -> None:
    with window.store.db.lock:
        window.store.conn.execute("PRAGMA query_only = ON")


def test_the_not_saved_dialog_speaks_french(qtbot, unlocked, message_service):
    window = unlocked()
    with french():
        _refuse_writes(window)
        window.workspace.show_session(window.ids["held"])
        editor = window.workspace.session_editor
        field = editor.sections["synthese"].body.editor
        field.setFocus()
        type_text(qtbot, field, "à garder")
        editor.flush()
        errors = [text for kind, _title, text in message_service.shown if kind == "error"]
        assert errors, "the person is told the change was not saved"  # control
        assert errors[-1].startswith("Votre dernière modification")  # control: French UI
        for english in ("read-only", "readonly", "last change", "cannot be written", "database"):
            assert english not in errors[-1], errors[-1]
        assert "lecture seule" in errors[-1], errors[-1]
