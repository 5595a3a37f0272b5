"""Found by a fresh-eyes review (fresh5): after Ctrl+N (« Nouvelle séance »), what the person types goes into the new
session, not nowhere.

Real window (/tmp/fresh5/shots/70_new_session.png, 71_typed.png, 72_tab_after_new.png):
unlocked, Ctrl+N shows « Séance 11 »; typing « Essai clavier » writes nothing anywhere
(no field shows it: the keyboard stayed on the sidebar's tree, whose type-ahead eats the
letters, and the tree draws no focus ring); Tab then goes to « Nouveau groupe… ».

The test: the sidebar has the keyboard (as after the unlock, or after choosing a session
there), Ctrl+N; the keyboard must be in the new session's page (its title or first text).
Control: the new session's page is the one shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from carnet.domain import SessionStatus


def test_ctrl_n_puts_the_keyboard_in_the_new_session(qtbot, main_window):
    window = main_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    sidebar = window.workspace.sidebar
    tree = sidebar.findChildren(QAbstractItemView)[0]
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus, timeout=5_000)
    for session in window.store.sessions.list():  # no planned meeting to open: one is added
        if session.status is SessionStatus.PLANNED:
            session.status = SessionStatus.MISSED
            window.store.sessions.update(session)
    before = {s.id for s in window.store.sessions.list()}
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    (new,) = [s.id for s in window.store.sessions.list() if s.id not in before]
    editor = window.workspace.session_editor
    qtbot.waitUntil(lambda: editor is not None and editor.current_session_id == new,
                    timeout=10_000)  # control: the new session is shown
    qtbot.wait(300)
    focus = QApplication.focusWidget()
    assert focus is not None and editor.isAncestorOf(focus), (
        type(focus).__name__ if focus else None)


def test_ctrl_n_on_a_planned_meeting_puts_the_keyboard_in_it(qtbot, main_window):
    """« Nouvelle séance » opens the group's planned meeting (nothing added): the
    keyboard goes there too."""
    window = main_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    tree = window.workspace.sidebar.findChildren(QAbstractItemView)[0]
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus, timeout=5_000)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.workspace.session_editor
    qtbot.waitUntil(lambda: editor is not None
                    and editor.current_session_id == window.ids["next"], timeout=10_000)
    qtbot.wait(300)
    focus = QApplication.focusWidget()
    assert focus is not None and editor.isAncestorOf(focus)
