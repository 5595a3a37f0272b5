"""Where « Depuis la dernière fois » is reached: View menu (Ctrl+Shift+K), a line on
Home, and a button under a session page's header (that session's check-in)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from carnet.ui import style

if TYPE_CHECKING:
    from carnet.store import JournalStore
    from carnet.ui.check_in import CheckInView
    from carnet.ui.main_window import MainWindow
    from carnet.ui.workspace import Workspace

VIEW_KEY = "check_in"
SHORTCUT = "Ctrl+Shift+K"


def _tr(text: str) -> str:
    return QCoreApplication.translate("CheckIn", text)


def make_view(store: JournalStore, workspace: Workspace) -> CheckInView:
    from carnet.ui.check_in import CheckInView

    view = CheckInView(store)
    view.sessionRequested.connect(workspace.show_session)
    return view


def open_check_in(window: MainWindow, session_id: int | None = None) -> CheckInView | None:
    """Show the check-in: of ``session_id``, else of the session open, else of the next."""
    workspace = window.workspace
    if workspace is None:
        return None
    if session_id is None:
        session_id = workspace.current_session_id
    view = workspace.view(VIEW_KEY)
    if view is None:
        return None
    view.session_id, view.group_id = session_id, None
    return window.show_view(VIEW_KEY)


class CheckInHomeLine(QFrame):
    """On Home: « Depuis la dernière fois » and a button, when a last session exists."""

    openRequested = Signal()  # noqa: N815

    def __init__(self, store: JournalStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkInHome")
        self.setProperty("role", "card")
        self.store = store
        self.text = style.label("", "muted", wrap=True)
        self.button = QPushButton(self.tr("Since last time"))
        self.button.setObjectName("checkInHomeButton")
        self.button.setAccessibleName(self.tr("Open the check-in: since last time"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 12, 10)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(self.openRequested)
        self.hide()

    def refresh(self, today: date | None = None) -> None:
        today = today or date.today()
        from carnet.services.session_status import next_session

        upcoming = next_session(self.store, today)
        group_id = upcoming.group_id if upcoming is not None else None
        if not self.store.sessions.any_held(today, group_id):
            self.hide()
            return
        self.text.setText(self.tr(
            "For the first minutes of your next meeting: what you committed to last time, "
            "what happened, the key word you left with and the topic you bring."))
        self.show()

    def clear(self) -> None:
        self.text.clear()
        self.hide()


def _session_button(window: MainWindow) -> None:
    """A « Since last time » button on the session's page, under its header.

    The page is built anew for each session: the button is added to the page the
    workspace shows (once), through the editor's public ``header``.
    """
    workspace = window.workspace
    editor = getattr(workspace, "session_editor", None) if workspace is not None else None
    header = getattr(editor, "header", None)
    holder = header.parentWidget() if header is not None else None
    column = holder.layout() if holder is not None else None
    if column is None or holder.findChild(QPushButton, "checkInSessionButton") is not None:
        return
    button = QPushButton(_tr("Since last time…"))
    button.setObjectName("checkInSessionButton")
    button.setProperty("role", "link")
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setToolTip(_tr("The check-in for this session: what happened since the last one"))
    button.clicked.connect(lambda: open_check_in(window, workspace.current_session_id))
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addStretch(1)
    row.addWidget(button)
    column.insertLayout(column.indexOf(header) + 1, row)


def install(window: MainWindow) -> QAction:
    window.register_view(VIEW_KEY, make_view)
    action = QAction(_tr("Since &last time"), window)
    action.setObjectName("checkInAction")
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setStatusTip(_tr("One screen for the start of a meeting: your actions since last "
                            "time, your key word, the topic you bring"))
    action.triggered.connect(lambda: open_check_in(window))
    window.add_action("view", action)

    def home_line(store, _workspace) -> CheckInHomeLine:
        line = CheckInHomeLine(store)
        line.openRequested.connect(lambda: open_check_in(window))
        return line

    window.register_home_widget(home_line)

    def opened() -> None:
        workspace = window.workspace
        if workspace is not None:
            workspace.locationChanged.connect(lambda: _session_button(window))
            _session_button(window)

    window.journalOpened.connect(opened)
    window.check_in_action = action
    return action
