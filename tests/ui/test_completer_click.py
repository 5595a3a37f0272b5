"""The Thèmes completer never keeps what the person types next (issue 13, item 3).

Typing « recadrage, délégation » in Thèmes used to open a popup offering
« délégation » again; the next click, into a step, was swallowed by that popup
and the words typed after it went into Thèmes. The real window is checked by
``tools/realwindow_completer.py`` under Xvfb with a window manager; here the
popup receives the click outside it, as it does when it grabs the mouse.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit


def _session(qtbot, window):
    window.workspace.show_session(window.ids["held"])
    editor = window.workspace.session_editor
    themes = editor.header.themes
    first = next(iter(editor.sections.values())).body.editor
    qtbot.mouseClick(themes, Qt.MouseButton.LeftButton)
    themes.clear()
    return themes, first


def _type(qtbot, field, text: str) -> None:
    """Type ``text``: its accented start put in the field, its last letters real key
    presses (QTest cannot press « é »; a key press is what opens the popup)."""
    head = text.rstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ,")
    tail = text[len(head):] if head != text else text
    if isinstance(field, QLineEdit) and head != text:  # (plain-text fields have setText too)
        field.setText(head)
        field.setCursorPosition(len(head))
    elif head != text:
        field.insertPlainText(head)
    qtbot.keyClicks(field, tail)
    QApplication.processEvents()


def _click_outside_popup(qtbot, popup, target) -> None:
    """A click on ``target`` while the popup is open: the popup gets it (it grabs the mouse)."""
    where = popup.mapFromGlobal(target.mapToGlobal(target.rect().center()))
    assert not popup.rect().contains(where)
    qtbot.mousePress(popup, Qt.MouseButton.LeftButton, pos=where)
    QApplication.processEvents()
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=target.rect().center())
    QApplication.processEvents()


def test_the_word_typed_whole_is_not_offered_again(qtbot, main_window):
    themes, _first = _session(qtbot, main_window)
    popup = themes.completer().popup()
    _type(qtbot, themes, "recadrage, délégation")
    assert not popup.isVisible()
    assert themes.text() == "recadrage, délégation"
    themes.clear()
    _type(qtbot, themes, "recadrage, délég")  # the control: a real suggestion is offered
    assert popup.isVisible()
    offered = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert "délégation" in offered
    themes.clear()
    _type(qtbot, themes, "délégation, conflit, délég")  # what is already there, not again
    offered = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert "délégation" not in offered


def test_a_click_outside_the_popup_reaches_the_step_and_typing_goes_there(qtbot, main_window):
    themes, first = _session(qtbot, main_window)
    popup = themes.completer().popup()
    before = first.toPlainText()
    _type(qtbot, themes, "recadrage, délég")
    assert popup.isVisible()
    _click_outside_popup(qtbot, popup, first)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    assert not popup.isVisible()
    _type(qtbot, QApplication.focusWidget(), "Ensuite")
    assert themes.text() == "recadrage, délég"  # nothing completed, nothing added
    assert first.toPlainText() != before and "Ensuite" in first.toPlainText()


def test_the_popup_closes_when_the_field_loses_the_focus(qtbot, main_window):
    themes, first = _session(qtbot, main_window)
    popup = themes.completer().popup()
    _type(qtbot, themes, "délég")
    assert popup.isVisible()
    first.setFocus(Qt.FocusReason.ShortcutFocusReason)  # e.g. a shortcut to a step
    QApplication.processEvents()
    assert not popup.isVisible()
    assert themes.text() == "délég"
