"""Start the desktop app: ``carnet`` without a command, or ``carnet --demo``.

Before any journal is opened the process is hardened: no core dump (it would
hold decrypted pages) and, on Linux, not dumpable (no ptrace by other processes
of the same user, no /proc/<pid>/mem reading).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from carnet import paths
from carnet.hardening import disable_core_dumps
from carnet.ui.i18n import install_translators
from carnet.ui.settings import Settings
from carnet.ui.style import apply_style

#: Qt's own options that take a value (``-platform offscreen``…): passed to Qt.
QT_VALUE_OPTIONS = frozenset({
    "-platform", "-platformpluginpath", "-platformtheme", "-plugin", "-style", "-stylesheet",
    "-qwindowgeometry", "-qwindowtitle", "-qwindowicon", "-display", "-geometry", "-session",
})


def split_qt_args(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """(Carnet's arguments, Qt's arguments)."""
    ours, qt = [], []
    items = list(argv)
    while items:
        item = items.pop(0)
        if item in QT_VALUE_OPTIONS:
            qt.append(item)
            if items:
                qt.append(items.pop(0))
        elif item.startswith("-") and not item.startswith("--") and item != "-":
            qt.append(item)
        else:
            ours.append(item)
    return ours, qt


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    ours, qt = split_qt_args(argv)
    parser = argparse.ArgumentParser(prog="carnet", add_help=False)
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--lang", choices=("fr", "en"))
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the first window and quit once the event loop runs")
    parser.add_argument("--tray", action="store_true",
                        help="start locked, in the system tray (at login)")
    parser.add_argument("journal", nargs="?")
    args, _unknown = parser.parse_known_args(ours)
    args.qt_args = qt
    return args


def create_application(qt_args: Sequence[str] = ()) -> QApplication:
    """The QApplication (reused when one exists, as in tests), named and styled."""
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "carnet", *qt_args])
    QCoreApplication.setApplicationName("Carnet")
    QCoreApplication.setOrganizationName("Carnet")
    QGuiApplication.setApplicationDisplayName("Carnet")
    QGuiApplication.setDesktopFileName("carnet")
    QGuiApplication.setWindowIcon(app_icon())
    apply_style(app)
    return app


def app_icon() -> QIcon:
    """Carnet's icon, from the PNG sizes shipped in resources/icons."""
    icon = QIcon()
    try:
        folder = paths.resource_path("icons")
    except FileNotFoundError:
        return icon
    for file in sorted(folder.glob("carnet*.png")) + sorted(folder.glob("carnet*.svg")):
        icon.addFile(str(file))
    return icon


def _started() -> None:
    """The first window shows: what start-up built lives as long as the app, so later
    garbage collections skip it (shorter pauses), and collections resume."""
    gc.freeze()
    gc.enable()


def _excepthook(exc_type, exc, tb) -> None:
    """The last resort: name the error, never print a traceback that may quote content."""
    print(f"carnet: unexpected error: {exc_type.__name__}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """Run the app; return its exit code. ``argv`` excludes the program name."""
    from carnet.ui.main_window import MainWindow

    disable_core_dumps()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = create_application(args.qt_args)
    settings = Settings()
    install_translators(app, args.lang or settings.language)
    previous_hook = sys.excepthook
    if not os.environ.get("CARNET_DEBUG"):
        sys.excepthook = _excepthook
    try:
        window = MainWindow(settings)
        window.install_extensions()
        window.start(args.journal, demo=args.demo)
        if not (args.tray and getattr(window, "reminders", None) is not None
                and window.reminders.tray is not None):
            window.show()  # --tray: only the tray icon, until the person opens the window
        QTimer.singleShot(0, _started)
        if args.smoke_test:
            def finish() -> None:
                window.close()
                app.exit(0)

            QTimer.singleShot(0, finish)
        return app.exec()
    finally:
        sys.excepthook = previous_hook
