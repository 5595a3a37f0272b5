"""Found by a fresh-eyes review (fresh4): a due date typed in an action's date field, the keyboard still in
the field, is lost at the automatic (idle) lock and at Ctrl+L: the date typed shows in
the field, the lock comes, and after the unlock the action keeps its old due date.

Seen in a real window: séance 1, « Lire « Le manager coach » », its date field, Ctrl+A,
« 14/12/2026 » (/tmp/fresh4/shots/93.png, the field shows « 14/12/2026 »); Verrouiller
après 1 min; no key for 75 s; unlocked: the action is due « 30 novembre 2026 » as before
(/tmp/fresh4/shots/96.png). Moving to another session instead keeps the typed date
(its focus-out commits it); the lock saves the page without asking the field.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from ui_helpers import type_text, unlock_through_ui

from carnet.templates import StepKind


def _type_due_date(qtbot, window, session_id, text: str):
    window.workspace.show_session(session_id)
    editor = window.workspace.session_editor
    editor.finish_build()
    actions = next(s.body for s in editor.sections.values() if s.step.kind == StepKind.ACTIONS)
    due = actions.rows()[0].due
    due.setFocus()
    qtbot.keyClick(due, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, due, text)
    assert due.lineEdit().text() == text  # control: the typing reached the field
    return due


@pytest.mark.parametrize("lock", ["idle", "ctrl_l"])
def test_a_due_date_typed_then_the_lock_is_kept(qtbot, unlocked, message_service,
                                                passphrase, french_locale, lock):
    window = unlocked()
    held = window.ids["held"]
    (before,) = window.store.actions.list_by_session(held)
    assert before.due_date != date(2026, 12, 14)
    _type_due_date(qtbot, window, held, "14/12/2026")
    if lock == "idle":
        window._idle_lock()
    else:
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: window.store is None, timeout=10_000)
    assert window.store is None

    unlock_through_ui(qtbot, window, passphrase)
    (action,) = window.store.actions.list_by_session(held)
    assert action.due_date == date(2026, 12, 14), (
        f"typed 14/12/2026 before the lock, kept {action.due_date}")



def test_control_a_due_date_typed_then_tab_survives_the_idle_lock(
        qtbot, unlocked, message_service, passphrase, french_locale):
    window = unlocked()
    held = window.ids["held"]
    due = _type_due_date(qtbot, window, held, "14/12/2026")
    qtbot.keyClick(due, Qt.Key.Key_Tab)
    window._idle_lock()
    unlock_through_ui(qtbot, window, passphrase)
    (action,) = window.store.actions.list_by_session(held)
    assert action.due_date == date(2026, 12, 14)


def test_a_session_date_typed_then_the_idle_lock_is_kept(qtbot, unlocked, message_service,
                                                         passphrase, french_locale):
    window = unlocked()
    held = window.ids["held"]
    window.workspace.show_session(held)
    editor = window.workspace.session_editor
    editor.finish_build()
    field = editor.header.date
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, field, "3 mars 2026")
    assert field.lineEdit().text() == "3 mars 2026"  # control: the typing reached the field
    window._idle_lock()
    unlock_through_ui(qtbot, window, passphrase)
    assert window.store.sessions.get(held).date == date(2026, 3, 3)
