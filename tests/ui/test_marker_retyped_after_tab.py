"""After Tab or Shift+Tab, a marker typed out of habit does not double (fresh8's G4,
its test adopted). Enter then « - » was caught (``retyped_marker``: never « - - »);
Enter, Shift+Tab (back to the outer level) then « - » was not: the line read « - -
demander à Sophie… » and printed as an item starting with « - »."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from carnet.ui.markdown_view import NoteTextEdit

ENTER = (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)


def _typed(qtbot, start: str, keys) -> str:
    edit = NoteTextEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    edit.setPlainText(start)
    edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(edit, "x")  # the person has typed in the field (Tab nests from then on)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    for key in keys:
        if isinstance(key, str):
            qtbot.keyClicks(edit, key)
        else:
            qtbot.keyClick(edit, key[0], key[1])
    return edit.toPlainText()


def test_control_marker_retyped_after_enter_is_not_doubled(qtbot):
    text = _typed(qtbot, "Mes idees :\n- un rituel", [ENTER, "- demander"])
    assert text.endswith("\n- demander")


def test_marker_retyped_after_shift_tab_or_tab_is_not_doubled(qtbot):
    text = _typed(qtbot, "Mes idees :\n- un rituel\n    - avec une meteo", [
        ENTER, (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier), "- demander"])
    assert text.endswith("\n- demander"), repr(text)
    text = _typed(qtbot, "Mes idees :\n- un rituel", [
        ENTER, (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier), "- avec une meteo"])
    assert text.endswith("\n    - avec une meteo"), repr(text)
    # control: a dash typed as the item's first word, after its own text, stays
    text = _typed(qtbot, "- un rituel", [
        ENTER, (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier), "x - y"])
    assert text.endswith("\n    - x - y"), repr(text)
