"""A new group and its first session with the keyboard only: menus, Tab, typing, Return.

No mouse and no widget set from the test: every key goes to the widget that has the
focus, as it would from a keyboard. Only the store is read, to check what was saved.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QWidget
from ui_helpers import type_text

from carnet.domain import Cadence, CadenceUnit

NAME = "Atelier « Cap » du jeudi"
FACILITATOR = "H. R."
PLACE = "Salle Condorcet"
MEMBER = "J.-P. L."
EXPOSE = "J’expose ma situation : un conflit entre deux agents."
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard focus was lost"
    return widget


def press(qtbot, key: Qt.Key, modifier=NO_MODIFIER) -> QWidget:
    qtbot.keyClick(focused(), key, modifier)
    return focused()


def tab_to(qtbot, target: QWidget, limit: int = 60) -> list[QWidget]:
    """Press Tab until ``target`` has the focus; the widgets passed on the way."""
    passed: list[QWidget] = []
    for _ in range(limit):
        if focused() is target:
            return passed
        passed.append(focused())
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target!r}; stopped at {focused()!r}")


def choose_by_keys(qtbot, data) -> None:
    """In the focused (closed) combo box, arrow to the entry holding ``data``."""
    combo = focused()
    target = combo.findData(data)
    assert target >= 0
    key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
    for _ in range(combo.count()):
        if combo.currentIndex() == target:
            break
        press(qtbot, key)
    assert combo.currentIndex() == target


@pytest.fixture
def window(qtbot, main_window):
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow, timeout=5000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    return main_window


def test_new_group_shortcut_puts_the_keyboard_in_the_form(qtbot, window):
    shortcut = window.actions["new_group"].shortcut()
    combination = shortcut[0]
    press(qtbot, combination.key(), combination.keyboardModifiers())
    editor = window.workspace.group_editor
    assert window.workspace.stack.currentWidget() is editor and editor.is_new
    assert focused() is editor.name_edit
    # Ctrl+S saves the form from any of its fields.
    type_text(qtbot, focused(), "Par raccourci")
    press(qtbot, Qt.Key.Key_Tab)
    with qtbot.waitSignal(editor.saved, timeout=5000):
        press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.store.groups.find_by_name("Par raccourci") is not None


def test_group_and_first_session_with_the_keyboard_only(qtbot, window):
    store = window.store
    workspace = window.workspace

    # Edit ▸ New group…, through the menu bar's mnemonics.
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu) and menu is window.menus["edit"]
    qtbot.keyClick(menu, Qt.Key.Key_G)
    editor = workspace.group_editor
    assert workspace.stack.currentWidget() is editor and editor.is_new
    assert QApplication.activePopupWidget() is None
    # The offscreen platform leaves the closed menu as the active window, where a desktop
    # gives the activation back to the main window: do what the desktop would.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)

    # The form, field after field.
    assert focused() is editor.name_edit
    type_text(qtbot, focused(), NAME)
    assert press(qtbot, Qt.Key.Key_Tab) is editor.format_combo
    choose_by_keys(qtbot, "codev")
    assert press(qtbot, Qt.Key.Key_Tab) is editor.facilitator_edit
    type_text(qtbot, focused(), FACILITATOR)
    assert press(qtbot, Qt.Key.Key_Tab) is editor.place_edit
    type_text(qtbot, focused(), PLACE)
    tab_to(qtbot, editor.every_spin)  # past the first session's day, month and year
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, focused(), "3")
    assert press(qtbot, Qt.Key.Key_Tab) is editor.unit_combo
    choose_by_keys(qtbot, CadenceUnit.WEEK.value)
    assert press(qtbot, Qt.Key.Key_Tab) is editor.count_spin
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, focused(), "4")

    # A member: the button by Space, the pseudonym typed in the new row, Return.
    tab_to(qtbot, editor.add_member_button)
    cell = press(qtbot, Qt.Key.Key_Space)
    assert isinstance(cell, QLineEdit) and editor.members_table.isAncestorOf(cell)
    type_text(qtbot, cell, MEMBER)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.members_table.item(0, 0).text() == MEMBER, timeout=5000)

    # The ground rules do not trap Tab; Return on « Create the group » saves.
    passed = tab_to(qtbot, editor.save_button)
    assert editor.rules_edit in passed and editor.objectives_list in passed
    assert "\t" not in editor.rules_edit.toPlainText()
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        press(qtbot, Qt.Key.Key_Return)
    group = store.groups.get(saved.args[0])
    assert (group.name, group.template_id, group.facilitator, group.place) == (
        NAME,
        "codev",
        FACILITATOR,
        PLACE,
    )
    assert (group.cadence, group.planned_sessions) == (Cadence(3, CadenceUnit.WEEK), 4)
    assert [m.pseudonym for m in store.members.list_by_group(group.id)] == [MEMBER]
    sessions = store.sessions.list_by_group(group.id)
    assert [s.number for s in sessions] == [1, 2, 3, 4]

    # The sidebar: Tab reaches it; the new group is the current row. → opens it, ↓ goes to
    # its first session (shown at once), Return takes the keyboard into the session.
    tree = workspace.sidebar.tree
    tab_to(qtbot, tree)
    model = workspace.sidebar.model
    assert tree.currentIndex() == model.index_of_group(group.id)
    press(qtbot, Qt.Key.Key_Right)
    assert tree.isExpanded(model.index_of_group(group.id))
    press(qtbot, Qt.Key.Key_Down)
    assert workspace.location() == ("session", sessions[0].id)
    session_editor = workspace.session_editor
    assert press(qtbot, Qt.Key.Key_Return) is session_editor.header.title

    # Tab to the first step and write it; leaving the step saves it.
    first_step = session_editor.sections["expose"].body.editor
    passed = tab_to(qtbot, first_step)
    assert session_editor.header.status in passed and session_editor.header.role in passed
    type_text(qtbot, focused(), EXPOSE)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is not first_step
    qtbot.waitUntil(lambda: session_editor.autosaver.state == "saved", timeout=5000)
    assert store.notes.get(sessions[0].id, "expose").text == EXPOSE
