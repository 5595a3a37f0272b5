"""Issue 7, point 5: text copied from the journal leaves the clipboard after 30 s,
when the journal locks and when the app quits, but only while it is still the
text the app put there: what another program copied since is never touched.

The 30 s are shortened on the guard's timer (a fake clock); the platform here is
``offscreen`` (an in-process clipboard), so "another program" is simulated by
the guard's ownership test.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from trust_helpers import new_marker

from carnet.ui.trust.clipboard import CLEAR_AFTER_MS, ClipboardGuard


def clipboard_text() -> str:
    return QGuiApplication.clipboard().text()


def copy_from_a_note(qtbot, window, text: str) -> None:
    """Write ``text`` in a step of a session, select it and copy it (Ctrl+C's slot)."""
    window.workspace.show_session(window.ids["held"])
    source = window.workspace.session_editor.sections["synthese"].body.editor
    source.setPlainText(text)
    source.selectAll()
    source.copy()
    assert clipboard_text() == text


def test_copied_text_is_cleared_after_30_seconds_on_a_fake_clock(qtbot, unlocked):
    window = unlocked()
    guard = window.clipboard_guard
    assert guard.timer.interval() == CLEAR_AFTER_MS == 30_000
    guard.timer.setInterval(40)  # 30 s → 40 ms
    marker = new_marker()
    copy_from_a_note(qtbot, window, f"Situation de {marker}")
    assert guard.holding
    with qtbot.waitSignal(guard.cleared, timeout=5_000):
        pass
    assert clipboard_text() == ""
    assert window.is_unlocked  # clearing the clipboard is not a lock


def test_copied_text_is_cleared_when_the_journal_locks(qtbot, unlocked):
    window = unlocked()
    marker = new_marker()
    copy_from_a_note(qtbot, window, f"Confidence de {marker}")
    with qtbot.waitSignal(window.journalLocked):
        window.actions["lock"].trigger()
    assert clipboard_text() == ""
    assert not window.clipboard_guard.timer.isActive()


def test_copied_text_is_cleared_when_the_app_quits(qtbot, unlocked):
    window = unlocked()
    marker = new_marker()
    copy_from_a_note(qtbot, window, f"Ressenti {marker}")
    window.close()
    assert clipboard_text() == ""


def test_what_another_program_copied_is_never_cleared(qtbot):
    ours = {"value": True}
    guard = ClipboardGuard(owns=lambda _mode: ours["value"], delay_ms=30)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("copié dans Carnet")
    assert guard.holding
    ours["value"] = False  # another program takes the clipboard
    clipboard.setText("copié dans un autre programme")
    assert not guard.holding and not guard.timer.isActive()
    guard.clear_now()
    assert clipboard_text() == "copié dans un autre programme"

    ours["value"] = True  # copied in Carnet again, but then the text changed
    clipboard.setText("encore Carnet")
    guard._ours = dict.fromkeys(guard._ours, "un texte d'avant")
    guard.clear_now()
    assert clipboard_text() == "encore Carnet"  # not the text we put: left alone

    clipboard.setText("dernier texte de Carnet")
    with qtbot.waitSignal(guard.cleared, timeout=5_000):
        pass
    assert clipboard_text() == ""
    guard.deleteLater()


def test_nothing_copied_means_nothing_cleared(qtbot, unlocked):
    window = unlocked()
    QGuiApplication.clipboard().clear()
    assert not window.clipboard_guard.holding
    window.lock()
    assert clipboard_text() == ""


def test_the_guard_never_reads_what_was_copied(qtbot):
    """Reading a copy made in a text field makes Qt build its HTML, Markdown and ODF
    forms — about 11 s for 1 MB, the window frozen after Ctrl+A on X11 (big4). The guard
    remembers and clears the copy without reading it."""
    from PySide6.QtCore import QMimeData

    reads: list[str] = []

    class Counting(QMimeData):
        def retrieveData(self, mime_type, kind):
            reads.append(mime_type)
            return super().retrieveData(mime_type, kind)

    guard = ClipboardGuard(owns=lambda _mode: True)
    clipboard = QGuiApplication.clipboard()
    copied = Counting()
    copied.setText("Ce que Brune m’a confié")
    clipboard.setMimeData(copied)
    assert guard.holding  # remembered…
    guard.clear_now()
    assert reads == []  # …and cleared, never read
    assert clipboard.text() == "" and not guard.holding
    probe = Counting()  # the control: a read of the clipboard is counted
    probe.setText("x")
    clipboard.setMimeData(probe)
    assert reads == [] and clipboard.text() == "x" and reads
    guard.clear_now()
