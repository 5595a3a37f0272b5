"""The app paints its first screen first (issue 18: start as fast as a bare window).

The app's window is built ``staged``: the unlock page, the menu bar's titles and the
status bar, with what features show there; it completes itself — menus, toolbar,
every feature — right after its first paint. Nothing on the first screen moves when it
does, the passphrase field has the focus throughout, and whatever the person does
first finds the window complete.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton
from ui_helpers import type_text

from carnet.ui import app as app_module


@pytest.fixture
def staged(qtbot, settings):
    """Build staged windows (as the app does); completed and closed at teardown."""
    from carnet.ui.main_window import MainWindow

    built = []

    def make():
        window = MainWindow(settings, staged=True)
        qtbot.addWidget(window)
        window.resize(1100, 720)
        built.append(window)
        return window

    yield make
    for window in built:
        window.complete()
        window.opener.wait()
        if window.trust is not None:
            window.trust.restorer.wait()
        window.close()


def _places(window) -> dict[str, tuple]:
    """Where the first screen's parts are, in the window."""
    link = window.unlock.findChild(QPushButton, "joinSyncedButton")
    parts = {"field": window.unlock.passphrase_edit, "button": window.unlock.unlock_button,
             "title": window.unlock.title, "file": window.unlock.file_label,
             "other": window.unlock.other_button, "join": link, "pages": window.pages,
             "menus": window.menuBar(), "status": window.statusBar()}
    return {name: (widget.mapTo(window, QPoint(0, 0)), widget.size(), widget.isVisible())
            for name, widget in parts.items()}


def test_the_window_completes_itself_right_after_its_first_paint(
        qtbot, staged, seeded_journal, monkeypatch):
    from carnet.ui.main_window import MainWindow

    order = []
    paint = MainWindow.paintEvent

    def painted(self, event):
        order.append("paint")
        paint(self, event)

    monkeypatch.setattr(MainWindow, "paintEvent", painted)
    path, _ids = seeded_journal
    window = staged()
    window.completed.connect(lambda: order.append("complete"))
    window.start(path)
    # The first screen: its menus' titles, the features' link; nothing else yet.
    assert not window.is_complete and window.trust is None and window.sync is None
    assert [menu.title() for menu in window.menus.values()] == ["&File", "&Edit", "&View",
                                                                "&Help"]
    assert all(not menu.actions() for menu in window.menus.values())
    link = window.unlock.findChild(QPushButton, "joinSyncedButton")
    assert link is not None
    window.show()
    window.complete_after_first_paint()
    qtbot.waitUntil(lambda: window.is_complete, timeout=10_000)
    assert order[0] == "paint" and order.count("complete") == 1
    # Complete: every feature wired, the link is the sync feature's, the menus filled.
    assert window.trust is not None and window.insights is not None
    assert window.sync is not None and window.sync.join_button is link
    assert window.actions["lock"] in window.menus["file"].actions()
    assert window.actions["lock"].isEnabled() is False  # locked: journal actions disabled
    assert window.windowTitle() == "Carnet"


def test_nothing_on_the_first_screen_moves_when_the_window_completes(
        qtbot, staged, make_window, seeded_journal):
    path, _ids = seeded_journal
    window = staged()
    window.start(path)
    window.show()
    qtbot.waitExposed(window)
    first = _places(window)
    window.complete()
    QApplication.processEvents()
    assert window.is_complete and window.trust is not None
    assert _places(window) == first
    # …and it is the screen an unstaged window with every feature shows (as before).
    today = make_window(extensions=True)
    today.resize(1100, 720)
    today.start(path)
    today.show()
    qtbot.waitExposed(today)
    assert _places(today) == first
    # Control: a row added under the links does move the centred page.
    row = QHBoxLayout()
    row.addWidget(QPushButton("Une ligne de plus"))
    window.unlock.column.addLayout(row)
    QApplication.processEvents()
    assert _places(window)["field"] != first["field"]


def test_the_passphrase_field_has_the_focus_from_the_first_frame(qtbot, staged,
                                                                 seeded_journal):
    path, _ids = seeded_journal
    window = staged()
    window.start(path)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    assert window.focusWidget() is window.unlock.passphrase_edit
    window.complete()
    QApplication.processEvents()
    assert window.focusWidget() is window.unlock.passphrase_edit
    assert window.unlock.passphrase_edit.isEnabled()  # control: a field that can take it


def test_unlock_pressed_before_the_window_completed_is_heard_by_every_feature(
        qtbot, staged, seeded_journal, passphrase):
    path, _ids = seeded_journal
    window = staged()
    window.start(path)
    window.show()
    qtbot.waitExposed(window)
    heard = []
    # Connected while the window completes, as the features' handlers are.
    window.completed.connect(lambda: window.unlock.unlockRequested.connect(heard.append))
    type_text(qtbot, window.unlock.passphrase_edit, passphrase)
    assert not window.is_complete
    with qtbot.waitSignal(window.journalOpened, timeout=30_000):
        qtbot.mouseClick(window.unlock.unlock_button, Qt.MouseButton.LeftButton)
    assert heard == [passphrase]
    assert window.is_complete and window.store is not None and window.trust is not None
    assert window.actions["lock"].isEnabled()


def test_the_welcome_page_offers_to_join_before_and_after_completing(qtbot, staged):
    window = staged()
    window.start()  # no journal: the welcome page is the first screen
    assert window.pages.currentWidget() is window.welcome
    window.show()
    qtbot.waitExposed(window)
    assert window.welcome.join_button.isVisible() and not window.is_complete
    window.complete()
    assert window.sync is not None and window.welcome.join_button.isVisible()


CASES = [[], ["--demo"], ["x.carnet"], ["--lang", "fr", "x.carnet"], ["--smoke-test", "--tray"],
         ["-platform", "offscreen", "j.carnet", "--lang", "en"], ["--lang=fr"], ["a", "b"],
         ["--sm"], ["--", "x"], ["-"], [""], ["--unknown", "j.carnet"], ["j.carnet", "--demo"]]


@pytest.mark.parametrize("argv", CASES)
def test_plain_arguments_are_read_as_argparse_reads_them(argv):
    assert vars(app_module.parse_args(argv)) == vars(app_module.parse_with_argparse(argv))


def test_arguments_argparse_refuses_are_still_refused():
    for argv in (["--lang", "xx"], ["--lang"], ["--lang", "--demo"]):
        assert app_module.plain_arguments(argv) is None
        with pytest.raises(SystemExit):
            app_module.parse_args(argv)
    assert app_module.plain_arguments(["--lang", "fr"]).lang == "fr"  # control


def test_a_feature_that_fails_after_the_first_paint_stops_the_app(isolated_home):
    """As when the features were wired before the window showed: an error, exit 1."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CARNET_HOME": str(isolated_home),
           "LANG": "C.UTF-8", "LC_ALL": "", "LANGUAGE": ""}
    env.pop("CARNET_DEBUG", None)
    code = ("import sys, types\n"
            "if sys.argv[1] == 'broken':\n"
            "    sys.modules['carnet.ui.ext_help'] = types.ModuleType('carnet.ui.ext_help')\n"
            "from carnet.cli import main\n"
            "sys.exit(main(['--smoke-test']))\n")
    results = {how: subprocess.run([sys.executable, "-c", code, how], capture_output=True,
                                   text=True, env=env, timeout=120, check=False)
               for how in ("sound", "broken")}
    assert results["sound"].returncode == 0, results["sound"].stderr  # control
    broken = results["broken"]
    assert broken.returncode == 1
    assert "carnet: unexpected error: AttributeError" in broken.stderr
    assert "Traceback" not in broken.stderr


def test_the_first_screen_values_are_the_enums_they_stand_for(qapp):
    from carnet.ui import style

    assert Qt.TextFormat.PlainText.value == style.PLAIN_TEXT
    assert Qt.TextInteractionFlag.TextSelectableByMouse.value == style.SELECTABLE_BY_MOUSE
    assert Qt.FocusPolicy.TabFocus.value == style.TAB_FOCUS
    label = style.label("<b>a</b>")
    assert label.textFormat() == Qt.TextFormat.PlainText  # set by value, read as the enum


def test_the_eye_is_the_icon_it_was(qapp):
    """Drawn with strokes only (see ``style.eye_icon``): pixel for pixel the eye drawn
    with a pen, no brush, then a filled pupil."""
    from PySide6.QtCore import QPointF, QRectF, QSize
    from PySide6.QtGui import QColor, QPainter, QPen, QPixmap

    from carnet.ui import style

    pixmap = QPixmap(32, 32)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(style.MUTED), 1.3))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QRectF(1.5, 4.5, 13, 7))
    painter.setBrush(QColor(style.MUTED))
    painter.drawEllipse(QPointF(8, 8), 2.2, 2.2)
    painter.end()
    drawn = style.eye_icon().pixmap(QSize(16, 16), 2.0).toImage()
    expected = pixmap.toImage()
    assert drawn.size() == expected.size()
    differ = [(x, y) for x in range(expected.width()) for y in range(expected.height())
              if drawn.pixel(x, y) != expected.pixel(x, y)]
    assert differ == []
    assert any(expected.pixel(x, 16) for x in range(32))  # control: an eye, not nothing


def test_the_first_screen_is_painted_before_pyside_builds_its_qt_namespace(isolated_home,
                                                                          seeded_journal):
    """~20 ms of enum classes (and ~6 ms for QStyle's) come after the first paint."""
    path, _ids = seeded_journal
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CARNET_HOME": str(isolated_home)}
    code = ("import sys\n"
            "from PySide6 import QtCore, QtWidgets\n"
            "import carnet.ui.app as app\n"
            "started = app._started\n"
            "def first_turn():\n"
            "    started()\n"
            "    print('Qt' in vars(QtCore), 'QStyle' in vars(QtWidgets))\n"
            "app._started = first_turn\n"
            "code = app.main(['--smoke-test', sys.argv[1]])\n"
            "print('Qt' in vars(QtCore))\n"
            "sys.exit(code)\n")
    result = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                            text=True, env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False", "True"]  # control: built once complete


def test_closed_before_it_completed_the_window_keeps_its_size_and_toolbar_state(
        qtbot, settings, seeded_journal):
    from carnet.ui.main_window import MainWindow

    path, _ids = seeded_journal
    settings.window_state = b"the toolbar's state, as stored"
    window = MainWindow(settings, staged=True)
    qtbot.addWidget(window)
    window.start(path)
    window.resize(700, 500)  # within the offscreen screen (800 × 600)
    window.show()
    qtbot.waitExposed(window)
    assert not window.is_complete
    window.close()  # before its first turns ended: nothing was opened, nothing to flush
    assert not window.is_complete and not window.isVisible()
    assert settings.window_state == b"the toolbar's state, as stored"
    again = MainWindow(settings, staged=True)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)  # control: the size was saved
    again.complete()
    again.close()
