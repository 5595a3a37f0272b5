"""« Ajouter » pressed from the keyboard leaves the keyboard in the line, for the next one.

Found by a fresh-eyes review (fresh6), finding 17 (« Ajouter » from the keyboard, a
lighter case of finding 2): after Space on the « Ajouter » button of the learnings or
the actions, the line emptied, the button was disabled while it had the keyboard, and
Qt sent the keyboard on to « Joindre une photo… »: the next learning typed went
nowhere. Control: the row is added and the line emptied; with the mouse nothing
changes (the keyboard goes where it was).
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import type_text

from carnet.domain import Cadence, Group, Role, Session, SessionStatus
from carnet.templates import StepKind, load_templates
from carnet.ui.session_editor import SessionEditor


@pytest.fixture
def editor(qtbot, store):
    group = store.groups.add(Group(name="Codév", template_id="codev", cadence=Cadence()))
    session = store.sessions.add(
        Session(group.id, 1, date(2025, 3, 12), SessionStatus.HELD, Role.CLIENT))
    editor = SessionEditor(store, load_templates(user_dir=None), lang="fr")
    qtbot.addWidget(editor)
    editor.resize(1200, 900)
    editor.show()
    qtbot.waitExposed(editor)
    editor.load(session.id)
    editor.finish_build()
    yield editor
    editor.autosaver.queue.wait_idle(10)
    editor.close()
    editor.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _list_of(editor, kind: StepKind):
    return next(s.body for s in editor.sections.values() if s.step.kind == kind).list


@pytest.mark.parametrize("kind", [StepKind.LEARNINGS, StepKind.ACTIONS])
def test_space_on_add_keeps_the_keyboard_in_the_line(qtbot, editor, kind):
    rows = _list_of(editor, kind)
    before = rows.rows.count()
    rows.add_edit.setFocus()
    type_text(qtbot, rows.add_edit, "Écouter jusqu'au bout")
    qtbot.keyClick(rows.add_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is rows.add_button  # control: Tab reaches it
    qtbot.keyClick(rows.add_button, Qt.Key.Key_Space)
    assert rows.rows.count() == before + 1 and rows.add_edit.text() == ""  # added
    focused = QApplication.focusWidget()
    assert focused is rows.add_edit, (focused.objectName(), getattr(focused, "text", str)())
    type_text(qtbot, rows.add_edit, "Reformuler")
    qtbot.keyClick(rows.add_edit, Qt.Key.Key_Return)
    assert rows.rows.count() == before + 2  # the next one, typed at once
