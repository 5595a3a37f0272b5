"""Tab leaves an action's date field that shows « Pas de date ».

Found while walking a whole session page with Tab (tests/ui/test_session_page_tab_order.py):
an action without a due date (its field says « Pas de date », the minimum date's special
text) kept the keyboard forever — Qt's date field goes from section to section on Tab,
and that text has no sections, so each Tab selected a day that is not there and the focus
never left: a keyboard-only person was stuck in the middle of the page.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication

from carnet.domain import Action, ActionStatus, Cadence, Group, Role, Session, SessionStatus
from carnet.templates import StepKind, load_templates
from carnet.ui.session_editor import SessionEditor


@pytest.fixture
def actions(qtbot, store):
    """The actions step of a page with one action due on a date and one with no date."""
    group = store.groups.add(Group(name="Codév", template_id="codev", planned_sessions=6,
                                   cadence=Cadence()))
    session = store.sessions.add(Session(group.id, 1, date(2025, 3, 12), SessionStatus.HELD,
                                         Role.CLIENT))
    store.actions.add(Action(session.id, "Avec une date", due_date=date(2025, 4, 9)))
    store.actions.add(Action(session.id, "Sans date", status=ActionStatus.DONE))
    editor = SessionEditor(store, load_templates(user_dir=None), lang="fr")
    qtbot.addWidget(editor)
    editor.resize(1200, 800)
    editor.show()
    editor.activateWindow()
    qtbot.waitExposed(editor)
    qtbot.waitUntil(editor.isActiveWindow, timeout=5000)
    editor.load(session.id)
    editor.finish_build()
    editor.session_id = session.id
    yield editor
    editor.autosaver.queue.wait_idle(10)
    editor.close()
    editor.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def tab_out(qtbot, field, key=Qt.Key.Key_Tab, presses: int = 8) -> int | None:
    """Press ``key`` in ``field`` until the focus leaves it; how many presses (None: never)."""
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(field.hasFocus, timeout=3000)
    modifier = (Qt.KeyboardModifier.ShiftModifier if key == Qt.Key.Key_Backtab
                else Qt.KeyboardModifier.NoModifier)
    for count in range(1, presses + 1):
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        if not field.hasFocus():
            return count
    return None


def test_tab_and_shift_tab_leave_a_field_that_says_no_date(qtbot, store, actions):
    editor = actions
    body = next(s.body for s in editor.sections.values() if s.step.kind == StepKind.ACTIONS)
    dated, undated = body.rows()
    no_date = undated.due.specialValueText()
    assert no_date and undated.due.lineEdit().text() == no_date  # control: the field says it
    assert dated.due.lineEdit().text() != no_date
    assert tab_out(qtbot, undated.due) == 1
    assert QApplication.focusWidget() is undated.status  # the next field of its row
    assert tab_out(qtbot, undated.due, Qt.Key.Key_Backtab) == 1
    assert QApplication.focusWidget() is undated.title
    # Control: a field holding a date still walks its day, month and year, then leaves.
    assert tab_out(qtbot, dated.due) == 3
    # Walking through gave no action a date it did not have.
    editor.flush()
    assert [a.due_date for a in store.actions.list_by_session(editor.session_id)] == [
        date(2025, 4, 9), None]
