"""The group page offers « Enregistrer » only when there is something to save.

An earlier review: just opening a group's page showed « Enregistrer » enabled (and
« Annuler les modifications » greyed), as if something were waiting to be saved. The
button now follows the page's changes, each said as it is typed: a member's cell or an
objective still being typed, and a date typed whole and not yet taken, enable it too (a
greyed button takes no click, and the click is what ends those edits).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from ui_helpers import type_text

from carnet.templates import load_templates
from carnet.ui.group_editor import GroupEditor


@pytest.fixture
def saved_group(qtbot, store):
    """The page of a group just saved (as the sidebar opens it), shown."""
    editor = GroupEditor(store, load_templates())
    qtbot.addWidget(editor)
    editor.show()
    type_text(qtbot, editor.name_edit, "Codev")
    editor.add_member_row("A. B.")
    group_id = editor.save()
    assert group_id is not None
    editor.load(group_id)
    return editor


def _open_cell_editor(view) -> QLineEdit:
    [editor] = [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()]
    return editor


def test_a_page_just_opened_offers_nothing_to_save(qtbot, store, saved_group):
    editor = saved_group
    assert not editor.save_button.isEnabled()
    assert not editor.revert_button.isEnabled()
    type_text(qtbot, editor.place_edit, "Salle 3")  # control: a change enables it
    assert editor.save_button.isEnabled() and editor.revert_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert store.groups.get(editor.group_id).place == "Salle 3"
    assert not editor.save_button.isEnabled()  # saved: nothing left to save


def test_a_new_group_has_nothing_to_create_until_something_is_typed(qtbot, store):
    editor = GroupEditor(store, load_templates())
    qtbot.addWidget(editor)
    assert not editor.save_button.isEnabled()
    type_text(qtbot, editor.name_edit, "RPM")
    assert editor.save_button.isEnabled()


def test_a_cell_still_being_typed_can_be_saved_with_a_click(qtbot, store, saved_group):
    """A member's pseudonym retyped, its cell still open: the click on « Enregistrer »
    saves it (a greyed button would take no click)."""
    editor = saved_group
    editor.members_table.editItem(editor.members_table.item(0, 0))
    cell = _open_cell_editor(editor.members_table)
    assert not editor.save_button.isEnabled()  # control: opening the cell is no change
    cell.selectAll()
    type_text(qtbot, cell, "C. D.")
    assert editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert [m.pseudonym for m in store.members.list_by_group(editor.group_id)] == ["C. D."]


def test_an_objective_being_reworded_enables_the_button(qtbot, saved_group):
    editor = saved_group
    item = editor.objectives_list.item(0)
    editor.objectives_list.editItem(item)
    cell = _open_cell_editor(editor.objectives_list)
    assert not editor.save_button.isEnabled()  # control: opening the editor is no change
    type_text(qtbot, cell, "x")
    assert editor.save_button.isEnabled()


def test_a_date_typed_whole_enables_the_button(qtbot, saved_group):
    """Typing a whole date keeps Qt's signals quiet until the field is left."""
    editor = saved_group
    field = editor.start_edit
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, field, "9 novembre 2026")
    assert field.has_typed()
    assert editor.save_button.isEnabled()


def test_return_on_save_leaves_the_keyboard_off_archive(qtbot, saved_group):
    """Disabled once saved, the focused button would hand the keyboard to the next one,
    « Archiver ce groupe »: a second Return would archive the group."""
    editor = saved_group
    editor.activateWindow()
    type_text(qtbot, editor.place_edit, "Salle 4")
    editor.save_button.setFocus()
    qtbot.waitUntil(editor.save_button.hasFocus)
    qtbot.keyClick(editor.save_button, Qt.Key.Key_Return)
    assert not editor.save_button.isEnabled()
    assert not editor.archive_button.hasFocus()
    assert not editor.group.archived


def test_an_objective_being_reworded_is_drawn_whole(qtbot, saved_group):
    """Found in the real window (fix8): the row is tighter than a line edit, and the
    objective being reworded was cut at the top and the bottom of its editor."""
    editor = saved_group
    editor.objectives_list.editItem(editor.objectives_list.item(0))
    cell = _open_cell_editor(editor.objectives_list)
    assert cell.height() >= cell.sizeHint().height()
    assert cell.width() > 100  # control: the editor is the row's, not a stray one
