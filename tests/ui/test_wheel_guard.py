"""The mouse wheel scrolls the page and never changes a field the person did not pick.

Found in a two-computer review (real window, openbox): three wheel notches while
scrolling a session's page turned an action's « À faire » into « Abandonnée » and
moved its due date — saved at once and synced — and scrolling the group page moved
the first session's date, and with it the calendar. The wheel events here reach the
window's QWindow first, as the platform delivers them, then the widget under the
pointer (carnet/ui/wheel_guard.py).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QScrollArea


def wheel(window, widget, notches: int = 3) -> None:
    """Turn the wheel down with the pointer over ``widget``, through the window."""
    for _ in range(notches):
        centre = widget.mapToGlobal(widget.rect().center())
        event = QWheelEvent(QPointF(window.mapFromGlobal(centre)), QPointF(centre),
                            QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(window.windowHandle(), event)
        QApplication.processEvents()


def _scroll_area(widget) -> QScrollArea:
    parent = widget.parentWidget()
    while not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def _bring_into_view(widget) -> None:
    """Scroll the page so that ``widget`` is under a pointer, 150 px below the top."""
    area = _scroll_area(widget)
    top = widget.mapTo(area.widget(), QPoint(0, 0)).y()
    area.verticalScrollBar().setValue(max(0, top - 150))
    QApplication.processEvents()
    window = widget.window()
    under = window.childAt(window.mapFromGlobal(widget.mapToGlobal(widget.rect().center())))
    assert under is widget or widget.isAncestorOf(under)


def _action_fields(qtbot, window):
    held = window.ids["held"]
    window.workspace.show_session(held)
    editor = window.workspace.session_editor
    qtbot.waitUntil(lambda: editor.findChild(QComboBox, "actionStatus") is not None
                    and editor.findChild(QDateEdit, "actionDue") is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not editor.building, timeout=10_000)  # the page is whole
    status = editor.findChild(QComboBox, "actionStatus")
    due = editor.findChild(QDateEdit, "actionDue")
    _bring_into_view(status)
    return editor, status, due


def test_the_wheel_over_an_action_scrolls_the_page_and_changes_nothing(qtbot, main_window):
    window = main_window
    window.resize(1000, 520)  # a page taller than the window
    editor, status, due = _action_fields(qtbot, window)
    before = window.store.actions.list_by_session(window.ids["held"])[0]
    status_text, due_date = status.currentText(), due.date()
    window.workspace.sidebar.tree.setFocus()
    bar = _scroll_area(status).verticalScrollBar()
    position = bar.value()
    assert bar.maximum() > 0  # control: the page can scroll
    wheel(window, status)
    scrolled = bar.value()
    assert scrolled != position  # the page scrolled, as over any other place of it
    wheel(window, due)
    editor.flush()
    after = window.store.actions.list_by_session(window.ids["held"])[0]
    assert (status.currentText(), due.date()) == (status_text, due_date)
    assert (after.status, after.due_date) == (before.status, before.due_date)


def test_a_field_the_person_picked_still_turns_with_the_wheel(qtbot, main_window):
    window = main_window
    _editor, status, _due = _action_fields(qtbot, window)
    status.setFocus()
    qtbot.waitUntil(status.hasFocus)
    index = status.currentIndex()
    wheel(window, status, 1)
    assert status.currentIndex() != index  # Qt's own behaviour once the field is chosen


def test_the_guard_is_what_keeps_the_value(qtbot, main_window):
    """Control: the same wheel turns without the guard change the action's status."""
    window = main_window
    _editor, status, _due = _action_fields(qtbot, window)
    window.workspace.sidebar.tree.setFocus()
    window.windowHandle().removeEventFilter(window.wheel_guard)
    index = status.currentIndex()
    wheel(window, status)
    assert status.currentIndex() != index


def test_the_wheel_over_the_group_page_keeps_its_first_session(qtbot, main_window):
    window = main_window
    window.resize(1000, 520)
    window.workspace.show_group(window.ids["group"])
    editor = window.workspace.group_editor
    window.workspace.sidebar.tree.setFocus()
    start, every = editor.start_edit.date(), editor.every_spin.value()
    _bring_into_view(editor.start_edit)
    wheel(window, editor.start_edit)
    wheel(window, editor.every_spin)
    wheel(window, editor.unit_combo)
    assert (editor.start_edit.date(), editor.every_spin.value()) == (start, every)
    assert not editor.is_dirty()
