"""« Clear » on a new group asks before wiping what was typed (QA shot 122)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_helpers import type_text

from carnet.templates import load_templates
from carnet.ui.group_editor import GroupEditor


def test_clear_asks_and_no_keeps_the_form(qtbot, store, message_service):
    editor = GroupEditor(store, load_templates())
    qtbot.addWidget(editor)
    editor.show()
    editor.new_group("codev")
    type_text(qtbot, editor.name_edit, "Codév du jeudi")
    editor.rules_edit.setPlainText("Confidentialité, bienveillance")
    assert editor.revert_button.isEnabled()

    message_service.answers.append(False)  # « No »: nothing is wiped
    qtbot.mouseClick(editor.revert_button, Qt.MouseButton.LeftButton)
    assert [kind for kind, *_ in message_service.shown] == ["question"]
    assert editor.name_edit.text() == "Codév du jeudi"
    assert editor.rules_edit.toPlainText() == "Confidentialité, bienveillance"

    message_service.answers.append(True)  # control: « Yes » clears
    qtbot.mouseClick(editor.revert_button, Qt.MouseButton.LeftButton)
    assert editor.name_edit.text() == ""
    assert "Confidentialité" not in editor.rules_edit.toPlainText()  # the format's defaults


def test_the_name_placeholder_names_no_past_year(store, qtbot):
    editor = GroupEditor(store, load_templates())
    qtbot.addWidget(editor)
    assert "2025" not in editor.name_edit.placeholderText()
