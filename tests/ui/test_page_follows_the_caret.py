"""Typing at the bottom of the window, the page follows the caret (fresh8's G2, its test
adopted): the new lines went below the window's edge.

A note field grows with its text; the session page (a scroll area) does not follow the
caret, so after a few Enter the person types lines they cannot see."""

from PySide6.QtCore import QPoint, Qt
from test_first_month import open_session, text_steps


def test_the_page_follows_the_caret_while_typing(qtbot, main_window):
    window = main_window
    window.resize(1100, 560)
    editor = open_session(qtbot, window, window.ids["held"])
    body = text_steps(editor)["expose"]
    scroll = editor._scroll
    note = body.editor
    qtbot.mouseClick(note.viewport(), Qt.MouseButton.LeftButton)
    note.moveCursor(note.textCursor().MoveOperation.End)
    # the field's bottom at the bottom of the visible page, as after scrolling down to it
    page = scroll.widget()
    bottom = note.mapTo(page, QPoint(0, note.height())).y()
    scroll.verticalScrollBar().setValue(max(0, bottom - scroll.viewport().height() + 4))
    qtbot.wait(50)
    for word in ("Ligne A", "Ligne B", "Ligne C", "Ligne D", "Ligne E"):
        qtbot.keyClick(note, Qt.Key.Key_Return)
        qtbot.keyClicks(note, word)
        qtbot.wait(30)
    caret = note.cursorRect()
    caret_bottom = note.viewport().mapTo(scroll.viewport(), caret.bottomLeft()).y()
    assert caret_bottom <= scroll.viewport().height(), (
        f"the caret is {caret_bottom - scroll.viewport().height()} px below the window's edge")
