"""What the app's process does before its first window (carnet.ui.startup, issue 18).

Each check runs in a new interpreter: what is measured is a process's first imports.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from ui_helpers import type_text

PACKAGE = Path(__file__).resolve().parents[2] / "carnet"

#: Which of Carnet's sources were read after the first screen's modules were imported
#: (PySide's scan reads a module's source through linecache).
READ_SOURCES = """
import linecache, sys
if sys.argv[1] == "spared":
    from carnet.ui import startup
    assert startup.import_qt()
else:
    import PySide6.QtCore
import carnet.ui.app, carnet.ui.main_window, carnet.ui.features
print(sorted(name.rsplit("carnet", 1)[-1] for name in linecache.cache
             if "/carnet/" in name.replace("\\\\", "/")))
"""


def _run(code: str, *args: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_pyside_reads_none_of_carnets_sources_at_start(isolated_home):
    spared = _run(READ_SOURCES, "spared")
    scanned = _run(READ_SOURCES, "scanned")
    assert spared == "[]"
    # Control: without it, PySide reads the source of each module the start imports.
    assert "/ui/style.py" in scanned and "/ui/unlock.py" in scanned


def test_carnet_selects_no_pyside_feature():
    """Why sparing the scan changes nothing: PySide keeps its answer for its opt-in
    ``__feature__`` switching (snake_case…), which no Carnet module selects."""
    selects = re.compile(r"^\s*(from\s+__feature__\s+import|import\s+__feature__)", re.M)
    users = [str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*.py")
             if selects.search(path.read_text(encoding="utf-8"))]
    assert users == []
    assert selects.search("x = 1\nfrom __feature__ import snake_case\n")  # control


FONTS = """
import sys
from carnet.ui import startup
if sys.argv[1] == "warmed":  # fontconfig on its thread, Qt on this one, racing
    assert startup.warm_font_config()
from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication
app = QApplication([])
info = QFontInfo(app.font())
print(info.family(), QFontDatabase.families())
"""


def test_fontconfig_warmed_on_another_thread_gives_qt_the_same_fonts(isolated_home):
    if not sys.platform.startswith("linux") or os.uname().machine not in ("x86_64", "aarch64"):
        return
    warmed = _run(FONTS, "warmed")
    cold = _run(FONTS, "cold")
    assert warmed == cold
    assert len(cold.split()) > 2  # control: a family, and a list of them


def _staged_window(qtbot, settings, path):
    """The app's window as it starts: staged, showing the unlock page, not complete."""
    from carnet.ui.main_window import MainWindow

    window = MainWindow(settings, staged=True)
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.start(path)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    assert not window.is_complete
    return window


def _close(window):
    window.complete()
    window.opener.wait()
    if window.trust is not None:
        window.trust.restorer.wait()
    window.close()


def _press(widget, key, modifiers) -> None:
    """A key press as it reaches the focused field when its modifier was pressed before
    the window was there (no Ctrl press of its own first, as QTest would send)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, modifiers))


def test_a_shortcut_pressed_before_the_window_completed_is_run(qtbot, settings,
                                                               seeded_journal):
    from PySide6.QtCore import Qt

    path, _ids = seeded_journal
    window = _staged_window(qtbot, settings, path)
    field = window.unlock.passphrase_edit
    type_text(qtbot, field, "début")
    # Control: a key that is no shortcut completes the window, and runs nothing.
    _press(field, Qt.Key.Key_F12, Qt.KeyboardModifier.ControlModifier)
    assert window.is_complete and window.isVisible()
    assert field.text() == "début" and window.focusWidget() is field
    _close(window)

    again = _staged_window(qtbot, settings, path)
    field = again.unlock.passphrase_edit
    type_text(qtbot, field, "début")
    _press(field, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # Quit
    assert again.is_complete
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=10_000)
    _close(again)


def test_a_menu_opened_before_the_window_completed_shows_its_entries(qtbot, settings,
                                                                     seeded_journal):
    path, _ids = seeded_journal
    window = _staged_window(qtbot, settings, path)
    menu = window.menus["file"]
    assert menu.actions() == []  # the first screen: the menus' titles only
    menu.aboutToShow.emit()  # as when the menu bar opens it (Alt+F, a click)
    assert window.is_complete
    assert window.actions["open_journal"] in menu.actions()
    _close(window)
