"""What the app's process does before its first window (carnet.ui.startup, issue 18).

Each check runs in a new interpreter: what is measured is a process's first imports.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

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
import sys, threading
from carnet.ui import startup
if sys.argv[1] == "warmed":
    assert startup.warm_font_config()
    for thread in threading.enumerate():
        if thread.name == "fontconfig-warm-up":
            thread.join(30)
            assert not thread.is_alive()
from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication
app = QApplication([])
info = QFontInfo(app.font())
print(info.family(), QFontDatabase.families())
"""


def test_fontconfig_warmed_on_another_thread_gives_qt_the_same_fonts(isolated_home):
    if not sys.platform.startswith("linux"):
        return
    warmed = _run(FONTS, "warmed")
    cold = _run(FONTS, "cold")
    assert warmed == cold
    assert len(cold.split()) > 2  # control: a family, and a list of them
