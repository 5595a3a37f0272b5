"""A journal on a real full disk (a 1 MiB tmpfs, root only): what the disk refused
is neither lost by the automatic lock nor left in clear in memory, and is saved at
the next unlock once there is room; quitting first asks."""

from __future__ import annotations

import contextlib
import os

from trust_helpers import new_marker, tmpfs
from ui_helpers import type_text, unlock_through_ui

from carnet.store import JournalStore


def _fill(folder) -> None:
    descriptor = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (65536, 4096, 512, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(descriptor, bytes(size))
    finally:
        os.close(descriptor)


def _type_refused(qtbot, window, text: str):
    window.workspace.show_session(window.ids["held"])
    editor = window.workspace.session_editor
    field = editor.sections["synthese"].body.editor
    field.setFocus()
    type_text(qtbot, field, text[:30])
    field.insertPlainText(text[30:])
    assert not editor.flush()
    return editor


def test_a_full_disk_then_the_idle_lock_keeps_the_note_sealed_then_saves_it(
        qtbot, unlocked, message_service, tmp_path, passphrase):
    with tmpfs(tmp_path / "petit", size="1m") as folder:
        journal = folder / "journal.carnet"
        window = unlocked(journal)
        _fill(folder)
        marker = new_marker()
        text = f"Situation de {marker}. " + "Longue note. " * 4000
        _type_refused(qtbot, window, text)
        reasons = window.workspace.flush()
        assert reasons and "disk is full" in reasons[0].lower()

        # Quitting asks (« Rester » by default) and keeps everything.
        assert not window.close()
        assert [k for k in message_service.kinds() if k == "choose"] == ["choose"]
        assert "the disk is full" in message_service.shown[-1][2]

        window._idle_lock()  # the person went away: no question, nothing lost
        assert window.store is None and window.sealed is not None
        assert [k for k in message_service.kinds() if k == "choose"] == ["choose"]
        assert marker.encode() not in window.sealed.ciphertext

        (folder / "filler").unlink()  # room again
        unlock_through_ui(qtbot, window, passphrase)
        editor = window.workspace.session_editor
        assert editor.sections["synthese"].body.text() == text
        assert window.store.notes.get(window.ids["held"], "synthese").text == text
        window.close()
        store = JournalStore.open(journal, passphrase)
        try:
            assert store.notes.get(window.ids["held"], "synthese").text == text
        finally:
            store.close()


def test_control_room_on_the_disk_the_idle_lock_seals_nothing(
        qtbot, unlocked, message_service, tmp_path, passphrase):
    with tmpfs(tmp_path / "petit", size="1m") as folder:
        window = unlocked(folder / "journal.carnet")
        window.workspace.show_session(window.ids["held"])
        editor = window.workspace.session_editor
        field = editor.sections["synthese"].body.editor
        field.setFocus()
        type_text(qtbot, field, "assez de place")
        assert editor.flush()
        window._idle_lock()
        assert window.store is None and window.sealed is None
        window.close()
        assert "choose" not in message_service.kinds()
