"""The app under test of tests/ui/test_screen_reader.py: Carnet on a demo journal, on tour.

Run as ``python screen_reader_app.py FOLDER LANG`` inside the private X display and
D-Bus session the test starts. It builds the demo journal (plus one held session for
each template the demo has no group for), shows the real main window, then reads
one command a line on standard input and answers one line on standard output once
the place is shown and settled:

    places     -> ``places P1 P2 …``  the tour
    go PLACE   -> ``ready PLACE``     (``return``: home, « Open the session » focused)
    where      -> ``where KIND``      the workspace's location, half a second later
    quit       -> the app exits

Navigation goes through the app's own actions and views, as a person's shortcut
would; the reading is the walker's job, through AT-SPI only.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QSocketNotifier, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from carnet.domain import Cadence, Group, Role, Session, SessionStatus
from carnet.store import JournalStore
from carnet.templates import load_templates
from carnet.ui.app import create_application
from carnet.ui.demo_journal import make_demo_journal
from carnet.ui.i18n import install_translators
from carnet.ui.main_window import MainWindow
from carnet.ui.settings import Settings
from carnet.ui.unlock import DEMO_PASSPHRASE

#: A word the demo journal writes in **bold**: its results must not read the stars aloud.
SEARCH_WORD = "absences"


def prepare_journal(folder: Path) -> tuple[Path, dict[str, int]]:
    """The demo journal, with a held session of every template: {template id: session id}."""
    path = make_demo_journal(folder)
    store = JournalStore.open(path, DEMO_PASSPHRASE)
    try:
        sessions: dict[str, int] = {}
        for group in store.groups.list():
            held = [s for s in store.sessions.list_by_group(group.id)
                    if s.status is SessionStatus.HELD]
            if held and group.template_id not in sessions:
                sessions[group.template_id] = held[-1].id
        for template in load_templates(user_dir=None):
            if template.id in sessions:
                continue
            group = store.groups.add(Group(name=template.name.fr, template_id=template.id,
                                           planned_sessions=6, cadence=Cadence(),
                                           start_date=date.today() - timedelta(days=40)))
            session = store.sessions.add(Session(group.id, 1, date.today() - timedelta(days=7),
                                                 SessionStatus.HELD, Role.CONSULTANT))
            sessions[template.id] = session.id
        return path, sessions
    finally:
        store.close()


def control_dialog(parent: QWidget) -> QDialog:
    """The walker's control: a dialog with one of each problem it must report."""
    dialog = QDialog(parent)
    dialog.setWindowTitle("Control")
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel("Visible caption"))
    layout.addWidget(QLineEdit())  # unnamed, its caption not linked
    row = QHBoxLayout()
    for number in range(1, 4):  # one choice, exposed as check boxes
        button = QToolButton()
        button.setText(str(number))
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row.addWidget(button)
    layout.addLayout(row)
    layout.addWidget(QPushButton("**Raw** markup"))  # Tab loops on these two objects
    combo = QComboBox()  # named for Qt, read by its value on Linux
    combo.addItem("a value")
    combo.setAccessibleName("Combo")
    combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    layout.addWidget(combo)
    return dialog


class Tour:
    """Shows one place per command; answers when it is settled."""

    def __init__(self, window: MainWindow, sessions: dict[str, int], lang: str) -> None:
        self.window = window
        self.sessions = sessions
        self.lang = lang
        self.dialog: QDialog | None = None
        self.modal = False  # the place is a dialog: wait until it shows
        self.notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
        self.notifier.activated.connect(self._read)

    def places(self) -> list[str]:
        return ["unlock", "home", *(f"session:{t}" for t in sorted(self.sessions)),
                "prepare:actions", "prepare:topics", "search", "progress", "tags", "timeline",
                "booklet", "control"]

    def _read(self) -> None:
        line = sys.stdin.readline()
        if not line or line.strip() == "quit":
            self.notifier.setEnabled(False)
            self._close_dialog()
            self.window.close()
            QApplication.instance().exit(0)
            return
        command, _, place = line.strip().partition(" ")
        if command == "places":
            self._answer("places " + " ".join(self.places()))
        elif command == "where":
            QTimer.singleShot(500, lambda: self._answer(
                "where " + self.window.workspace.location()[0]))
        elif command == "go":
            self._close_dialog()
            self.modal = place in {"booklet", "control"}
            self.go(place)
            QTimer.singleShot(300, lambda: self._when_active(f"ready {place}"))

    def _when_active(self, answer: str, tries: int = 150) -> None:
        """Answer once the place's window has the keyboard: on a loaded machine the
        window manager may not have given it yet (then ask for it, as a click would)."""
        target = QApplication.activeModalWidget() or self.window
        shown = target is not self.window or not self.modal
        if (shown and QApplication.activeWindow() is target) or tries <= 0:
            QTimer.singleShot(100, lambda: self._answer(answer))
            return
        target.raise_()
        target.activateWindow()
        QTimer.singleShot(100, lambda: self._when_active(answer, tries - 1))

    def _answer(self, text: str) -> None:
        print(text, flush=True)

    def _close_dialog(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            dialog.reject()

    def go(self, place: str) -> None:
        window = self.window
        kind, _, detail = place.partition(":")
        if kind == "unlock":
            return
        if not window.is_unlocked:
            window.unlock.passphrase_edit.setText(DEMO_PASSPHRASE)
            window.unlock.unlock_button.click()
            while not window.is_unlocked:
                QApplication.processEvents()
        workspace = window.workspace
        if kind == "home":
            window.actions["home"].trigger()
        elif kind == "return":
            window.actions["home"].trigger()
            window.workspace.home.open_button.setFocus(Qt.FocusReason.TabFocusReason)
        elif kind == "session":
            workspace.show_session(self.sessions[detail])
        elif kind == "prepare":
            view = window.show_view("prepare")
            view.tabs.setCurrentIndex(0 if detail == "actions" else 1)
        elif kind == "search":
            window.actions["find"].trigger()
            window.search_field.setText(SEARCH_WORD)
            window.searchRequested.emit(window.search_field.text())
        elif kind in {"progress", "tags", "timeline"}:
            window.show_view(kind)
        elif kind == "booklet":
            QTimer.singleShot(0, window.actions["booklet"].trigger)
        elif kind == "control":
            self.dialog = control_dialog(window)
            self.dialog.open()


def main() -> int:
    folder, lang = Path(sys.argv[1]), sys.argv[2]
    app = create_application()
    install_translators(app, lang)
    path, sessions = prepare_journal(folder)
    window = MainWindow(Settings())
    window.install_extensions()
    window.resize(1280, 860)
    window.show_unlock(path, demo=True)
    window.show()
    tour = Tour(window, sessions, lang)
    QTimer.singleShot(300, lambda: tour._when_active("started"))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
