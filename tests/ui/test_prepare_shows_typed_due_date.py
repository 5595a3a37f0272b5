"""Found by a fresh-eyes review (fresh4): a due date typed in the session page, then Ctrl+R (« Préparer »)
with the keyboard still in the date field: « Préparer » shows the action with its old
due date, « en retard », while the new date is saved a moment later (the field commits
it when it loses the focus, after « Préparer » has read the journal). Ctrl+R again shows
the right date.

Seen in a real window: séance 1, « Lire « Le manager coach » », Ctrl+A, « 15/12/2026 »
(/tmp/fresh4/shots/100.png), Ctrl+R: « échéance le 30 novembre 2026 (il y a 7 jours) »,
« En retard » (101.png); back in the session the field reads « 15 décembre 2026 »
(102.png); Ctrl+R again: « échéance le 15 décembre 2026 » (103.png).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from ui_helpers import type_text

from carnet.templates import StepKind
from carnet.ui.prepare.view import PrepareView


def test_prepare_opened_from_a_typed_due_date_shows_that_date(qtbot, unlocked, french_locale):
    window = unlocked()
    held = window.ids["held"]
    window.workspace.show_session(held)
    editor = window.workspace.session_editor
    editor.finish_build()
    actions = next(s.body for s in editor.sections.values() if s.step.kind == StepKind.ACTIONS)
    due = actions.rows()[0].due
    due.setFocus()
    qtbot.keyClick(due, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, due, "14/12/2026")
    assert due.lineEdit().text() == "14/12/2026"  # control

    prepare = next(a for a in window.findChildren(QAction)
                   if a.shortcut().toString() == "Ctrl+R")
    prepare.trigger()
    qtbot.wait(50)
    view = window.workspace.stack.currentWidget()
    assert isinstance(view, PrepareView)
    (action,) = window.store.actions.list_by_session(held)
    # Offscreen, no focus-out comes at all when the page changes: the typed date is not
    # saved (in the real window it is, a moment too late). Same root as
    # test_typed_date_at_lock.py: a typed date is taken only when its field loses the focus.
    assert action.due_date == date(2026, 12, 14), f"typed 14/12/2026, saved {action.due_date}"
    shown = view.review.item.action.due_date if view.review.item is not None else None
    assert shown == date(2026, 12, 14), f"« Préparer » shows the action due {shown}"
