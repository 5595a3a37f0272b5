"""The idle lock watches input where the platform delivers it: the application's windows
(issue 18). Every key press, mouse move or click, wheel turn in any window — a modal
dialog, a popup menu, a combo box's list, a window opened later — restarts the idle
countdown; nothing else does; and building a session's page no longer passes its
thousands of events (polish, layout, paint) through Python on their way.

Input is delivered here as the platform delivers it, to the window (``QTest`` on a
``QWindow``: Qt's window-system path), never straight to a widget.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from carnet.domain import Cadence, Group, Role, Session, SessionStatus
from carnet.templates import load_templates
from carnet.ui import idle
from carnet.ui.idle import IdleWatcher
from carnet.ui.session_editor import SessionEditor

#: A "minute" of the watchers here: the countdown is 1.5 s.
MINUTE_MS = 1500


@pytest.fixture
def watcher(qtbot):
    watcher = IdleWatcher(minute_ms=MINUTE_MS)
    yield watcher
    watcher.stop()


@pytest.fixture
def main(qtbot):
    window = QWidget()
    window.setWindowTitle("main")
    layout = QVBoxLayout(window)
    window.edit = QLineEdit()
    window.combo = QComboBox()
    window.combo.addItems(["un", "deux", "trois"])
    layout.addWidget(window.edit)
    layout.addWidget(window.combo)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


class _CountingHub(idle._InputHub):
    """The watch, counting the events it is handed."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[QEvent.Type] = []

    def eventFilter(self, watched, event) -> bool:
        self.seen.append(event.type())
        return super().eventFilter(watched, event)


@pytest.fixture
def counting_hub():
    """A hub of its own for the test (the module's one comes back after it)."""
    saved = idle._hub
    assert saved is None or not saved.timers  # no watcher of another test running
    idle._hub = hub = _CountingHub()
    yield hub
    idle._hub = saved
    hub.deleteLater()


def _half_gone(qtbot, watcher) -> None:
    """Wait until the countdown is well under way (so a restart shows)."""
    qtbot.waitUntil(lambda: 0 <= watcher.remaining_ms() < MINUTE_MS * 0.6, timeout=10_000)


def _restarted(watcher) -> bool:
    """The countdown started again (a coarse timer: within 15 % of the interval)."""
    return watcher.remaining_ms() > MINUTE_MS * 0.85


def test_a_key_in_a_modal_dialog_restarts_the_countdown(qtbot, main, watcher):
    watcher.start(1)
    dialog = QDialog(main)
    dialog.resize(300, 200)
    field = QLineEdit(dialog)
    seen: dict[str, object] = {}

    def in_dialog() -> None:  # inside exec(): the dialog is modal and has the keyboard
        qtbot.waitUntil(lambda: QApplication.focusWindow() is dialog.windowHandle())
        _half_gone(qtbot, watcher)
        seen["before"] = _restarted(watcher)
        QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_A)
        seen["typed"] = field.text()
        seen["key"] = _restarted(watcher)
        # The pointer over the dialog, away from its focused field.
        _half_gone(qtbot, watcher)
        QTest.mouseMove(dialog.windowHandle(), QPoint(150, 150))
        seen["mouse"] = _restarted(watcher)
        dialog.accept()

    QTimer.singleShot(0, in_dialog)
    dialog.exec()
    assert seen == {"before": False, "typed": "a", "key": True, "mouse": True}


def test_left_alone_with_a_modal_dialog_open_the_countdown_ends(qtbot, main, watcher):
    watcher.start(1)
    dialog = QDialog(main)
    QLineEdit(dialog)
    fired: list[bool] = []
    watcher.idle.connect(lambda: (fired.append(True), dialog.reject()))
    QTimer.singleShot(MINUTE_MS * 4, dialog.reject)  # never wait forever
    dialog.exec()
    assert fired == [True]


def test_a_key_and_the_mouse_in_a_popup_menu_restart_the_countdown(qtbot, main, watcher):
    watcher.start(1)
    menu = QMenu(main)
    menu.addAction("Un")
    menu.addAction("Deux")
    menu.popup(main.mapToGlobal(QPoint(10, 10)))
    qtbot.waitExposed(menu)
    assert menu.windowHandle() is not main.windowHandle()
    _half_gone(qtbot, watcher)
    assert not _restarted(watcher)
    QTest.keyClick(menu.windowHandle(), Qt.Key.Key_Down)
    assert menu.activeAction() is menu.actions()[0]  # the key reached the menu
    assert _restarted(watcher)
    _half_gone(qtbot, watcher)
    QTest.mouseMove(menu.windowHandle(), QPoint(12, menu.actionGeometry(menu.actions()[1]).center().y()))
    assert _restarted(watcher)
    menu.hide()


def test_a_key_in_a_combo_box_list_restarts_the_countdown(qtbot, main, watcher):
    watcher.start(1)
    main.combo.showPopup()
    view = main.combo.view()
    qtbot.waitUntil(view.isVisible)
    # The list's own window has the keyboard (as the platform sends keys there).
    qtbot.waitUntil(lambda: QApplication.focusWindow() is not main.windowHandle())
    popup = QApplication.focusWindow()
    assert popup is not None and popup.objectName().startswith("QComboBoxPrivateContainer")
    _half_gone(qtbot, watcher)
    assert not _restarted(watcher)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    assert _restarted(watcher)
    # The pointer over the list (its viewport, not the focused list view itself).
    _half_gone(qtbot, watcher)
    QTest.mouseMove(popup, QPoint(view.width() // 2, view.visualRect(
        main.combo.model().index(2, 0)).center().y() + view.viewport().y()))
    assert _restarted(watcher)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert main.combo.currentIndex() in (1, 2)  # the keys (and the pointer) reached the list
    assert not view.isVisible()


def test_a_shortcut_key_and_composed_text_restart_it_other_events_do_not(qtbot, main,
                                                                         watcher):
    triggered: list[bool] = []
    shortcut = QShortcut(QKeySequence("F7"), main)
    shortcut.activated.connect(lambda: triggered.append(True))
    main.activateWindow()
    main.edit.setFocus()
    qtbot.waitUntil(main.edit.hasFocus)
    watcher.start(1)
    _half_gone(qtbot, watcher)
    # A key a shortcut takes never arrives as a key press: it still is a key pressed.
    QTest.keyClick(main.windowHandle(), Qt.Key.Key_F7)
    assert triggered == [True]
    assert _restarted(watcher)
    _half_gone(qtbot, watcher)
    # Text an input method composed (« ê » from a dead key) goes to the focused widget.
    composed = QInputMethodEvent()
    composed.setCommitString("ê")
    QApplication.sendEvent(main.edit, composed)
    assert main.edit.text() == "ê"
    assert _restarted(watcher)
    # Control: what is not input restarts nothing (a repaint, a key released).
    _half_gone(qtbot, watcher)
    before = watcher.remaining_ms()
    main.edit.repaint()
    main.update()
    QApplication.sendEvent(main.windowHandle(), QEvent(QEvent.Type.UpdateRequest))
    QTest.keyRelease(main.windowHandle(), Qt.Key.Key_Shift)
    assert watcher.remaining_ms() <= before
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    qtbot.waitUntil(lambda: fired == [True], timeout=10_000)  # and then, left alone


def test_a_window_opened_later_is_watched_and_a_stopped_watch_leaves_it(qtbot, main,
                                                                        counting_hub, watcher):
    watcher.start(1)
    later = QLineEdit()
    later.setWindowTitle("later")
    qtbot.addWidget(later)
    later.show()
    qtbot.waitExposed(later)
    _half_gone(qtbot, watcher)
    QTest.keyClick(later.windowHandle(), Qt.Key.Key_B)
    assert later.text() == "b" and _restarted(watcher)
    _half_gone(qtbot, watcher)
    QTest.mouseMove(main.windowHandle(), QPoint(20, 20))  # back in the first window
    assert _restarted(watcher)
    # Stopped: no window is watched any more (nothing left behind in the filters).
    watcher.stop()
    assert not counting_hub.timers
    counting_hub.seen.clear()
    QTest.keyClick(later.windowHandle(), Qt.Key.Key_C)
    QTest.mouseMove(main.windowHandle(), QPoint(30, 30))
    assert later.text() == "bc" and counting_hub.seen == []


def test_building_a_session_page_passes_few_events_through_the_watch(qtbot, store,
                                                                      counting_hub, watcher):
    """The structural side of the first open: the watch sees what a window sees,
    not every event of the page's ~1,000 widgets (an application-wide filter saw
    ~4,600 for the first screenful and ~20,000 for the whole page)."""
    group = store.groups.add(Group(name="Codév", template_id="codev", planned_sessions=6,
                                   cadence=Cadence()))
    session = store.sessions.add(Session(group.id, 1, date(2025, 3, 12), SessionStatus.HELD,
                                         Role.CLIENT))
    for step in ("expose", "clarification", "contrat", "consultation", "synthese"):
        store.notes.save(session.id, step, f"{step} : une note assez longue. " * 40)
    editor = SessionEditor(store, load_templates(user_dir=None), lang="fr")
    qtbot.addWidget(editor)
    editor.resize(1200, 900)
    editor.show()
    qtbot.waitExposed(editor)
    watcher.start(1)
    counting_hub.seen.clear()
    editor.load(session.id)
    editor.finish_build()
    editor.grab()
    assert not editor.building and len(editor.sections) >= 10  # the whole page was built
    # Control: the watch works (an input through the same window is seen).
    assert QEvent.Type.MouseMove not in counting_hub.seen
    QTest.mouseMove(editor.windowHandle(), QPoint(40, 40))
    assert QEvent.Type.MouseMove in counting_hub.seen
    assert len(counting_hub.seen) < 300, len(counting_hub.seen)
