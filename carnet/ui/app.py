"""Start the desktop app: ``carnet`` without a command, or ``carnet --demo``.

Before any journal is opened the process is hardened: no core dump (it would
hold decrypted pages) and, on Linux, not dumpable (no ptrace by other processes
of the same user, no /proc/<pid>/mem reading).
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from carnet import paths
from carnet.hardening import disable_core_dumps
from carnet.ui.i18n import install_translators
from carnet.ui.settings import Settings
from carnet.ui.style import apply_style

if TYPE_CHECKING:
    import argparse

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


#: The app's own flags, as :func:`parse_args` names them.
_FLAGS = {"--demo": "demo", "--smoke-test": "smoke_test", "--tray": "tray"}
LANGUAGES = ("fr", "en")


def plain_arguments(argv: Sequence[str]) -> SimpleNamespace | None:
    """The arguments when they are the plain ones a start uses (``--lang fr``, a journal,
    the flags, Qt's options); ``None`` when argparse must decide (anything else).

    argparse costs ~5 ms to import, which the window need not wait for.
    """
    ours, qt = split_qt_args(argv)
    args = SimpleNamespace(demo=False, lang=None, smoke_test=False, tray=False, journal=None,
                           qt_args=qt)
    items = iter(ours)
    for item in items:
        if item in _FLAGS:
            setattr(args, _FLAGS[item], True)
        elif item == "--lang":
            args.lang = next(items, None)
            if args.lang not in LANGUAGES:
                return None
        elif item.startswith("-") or args.journal is not None:
            return None
        else:
            args.journal = item
    return args


def parse_args(argv: Sequence[str]) -> SimpleNamespace | argparse.Namespace:
    """The app's arguments (see :func:`plain_arguments`), and Qt's in ``qt_args``."""
    plain = plain_arguments(argv)
    return plain if plain is not None else parse_with_argparse(argv)


def parse_with_argparse(argv: Sequence[str]) -> argparse.Namespace:
    """What :func:`parse_args` answers for any arguments (abbreviations, ``--lang=fr``,
    unknown options ignored, a usage error for a wrong language)."""
    import argparse

    ours, qt = split_qt_args(argv)
    parser = argparse.ArgumentParser(prog="carnet", add_help=False)
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--lang", choices=LANGUAGES)
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the first window and quit once it is complete")
    parser.add_argument("--tray", action="store_true",
                        help="start locked, in the system tray (at login)")
    parser.add_argument("journal", nargs="?")
    args, _unknown = parser.parse_known_args(ours)
    args.qt_args = qt
    return args


def create_application(qt_args: Sequence[str] = ()) -> QApplication:
    """The QApplication (reused when one exists, as in tests), named and styled."""
    app = QApplication.instance()
    created = app is None
    if created:
        # Fusion from the command line: app.setStyle() would build PySide's QStyle type
        # (~6 ms of enums) before the first paint. Last, as setStyle() came after Qt's own.
        app = QApplication([sys.argv[0] if sys.argv else "carnet", *qt_args,
                            "-style", "Fusion"])
    QCoreApplication.setApplicationName("Carnet")
    QCoreApplication.setOrganizationName("Carnet")
    QGuiApplication.setApplicationDisplayName("Carnet")
    QGuiApplication.setDesktopFileName("carnet")
    QGuiApplication.setWindowIcon(app_icon())
    apply_style(app, fusion_set=created)
    return app


def app_icon() -> QIcon:
    """Carnet's icon, from the PNG sizes shipped in resources/icons (16 to 512 pixels,
    rendered from carnet.svg by packaging/render_icons.py). Not the SVG itself: reading
    it loads Qt's SVG plugin (~1.5 ms) before the first window, for no size a window
    manager asks."""
    icon = QIcon()
    try:
        folder = paths.resource_path("icons")
    except FileNotFoundError:
        return icon
    # Listed, not globbed: Path.glob compiles a regular expression (~0.3 ms).
    for name in sorted(os.listdir(folder)):
        if name.startswith("carnet") and name.endswith(".png"):
            icon.addFile(str(folder / name))
    return icon


def _started() -> None:
    """The first window shows: what start-up built lives as long as the app, so later
    garbage collections skip it (shorter pauses), and collections resume."""
    gc.freeze()
    gc.enable()


def _excepthook(exc_type, exc, tb) -> None:
    """The last resort: name the error, never print a traceback that may quote content."""
    print(f"carnet: unexpected error: {exc_type.__name__}", file=sys.stderr)


def _emoji_font_soon() -> None:
    """The shipped emoji font, handed to Qt in the turn after the window completed
    itself, while the passphrase is typed (~17 ms): a field shown before it (a title
    with an emoji, on the page an unlock resumes) drew an empty box until rebuilt,
    when only the warm-up after the unlock loaded it (a fresh-eyes review)."""
    QTimer.singleShot(0, _load_emoji_font)


def _load_emoji_font() -> None:
    from carnet.ui import emoji_font

    emoji_font.load()


def main(argv: list[str] | None = None) -> int:
    """Run the app; return its exit code. ``argv`` excludes the program name.

    The first screen is painted first: the window is built with only what that
    screen shows (``MainWindow(staged=True)``), and completes itself — menus,
    toolbar, every feature — in the event-loop turn right after its first paint,
    while the person types their passphrase (:meth:`MainWindow.complete`).
    """
    disable_core_dumps()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = create_application(args.qt_args)
    settings = Settings()
    install_translators(app, args.lang or settings.language)
    previous_hook = sys.excepthook
    if not os.environ.get("CARNET_DEBUG"):
        sys.excepthook = _excepthook
    try:
        from carnet.ui.main_window import MainWindow

        window = MainWindow(settings, staged=True)
        window.start(args.journal, demo=args.demo)
        if args.tray:
            window.complete()  # the tray icon is a feature's: wired before choosing
        if window.completion_error is not None:  # completed already (--tray, --demo)
            raise window.completion_error
        if not (args.tray and window.reminders is not None
                and window.reminders.tray is not None):
            window.show()  # --tray: only the tray icon, until the person opens the window
            window.complete_after_first_paint()
        QTimer.singleShot(0, _started)
        window.completed.connect(gc.freeze)  # what completing built lives as long, too
        window.completed.connect(_emoji_font_soon)
        if args.smoke_test:
            def finish() -> None:
                window.close()
                app.exit(0)

            # Once complete: the smoke test also loads and wires every feature.
            if window.is_complete:
                QTimer.singleShot(0, finish)
            else:
                window.completed.connect(lambda: QTimer.singleShot(0, finish))
        code = app.exec()
        if window.completion_error is not None:
            raise window.completion_error  # a feature failed to load: as if at start
        return code
    finally:
        sys.excepthook = previous_hook
