"""« Préparer la prochaine séance » (issue 4): review the action plan before a
meeting, prepare the topic to bring, print a preparation sheet, export the
calendar.

``install(window)`` registers the view with the main window (key ``"prepare"``)
and adds « Prepare the next session » (Ctrl+R) to the View menu and the toolbar,
and « Export the calendar (.ics)… » to the File menu. ``ReminderBanner`` is the
home view's reminder (see ``carnet.ui.prepare.reminder``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from carnet.store import JournalStore
    from carnet.ui.main_window import MainWindow
    from carnet.ui.prepare.reminder import Reminder, ReminderBanner, reminder_message
    from carnet.ui.prepare.view import PrepareView
    from carnet.ui.workspace import Workspace

__all__ = ["VIEW_KEY", "Reminder", "ReminderBanner", "install", "open_prepare",
           "reminder_message"]

VIEW_KEY = "prepare"
SHORTCUT = "Ctrl+R"
_REMINDER_NAMES = frozenset({"Reminder", "ReminderBanner", "reminder_message"})


def __getattr__(name: str) -> object:
    """The reminder's names, imported on first use: it needs the store, which the
    app's first window does not."""
    if name in _REMINDER_NAMES:
        from carnet.ui.prepare import reminder

        return getattr(reminder, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrepareView", text)


def make_view(store: JournalStore, workspace: Workspace) -> PrepareView:
    """The view factory given to ``register_view``: built on first use, wired to the
    workspace (open a session, save state, errors)."""
    from carnet.ui.prepare.view import PrepareView

    view = PrepareView(store, workspace.templates)
    view.sessionRequested.connect(workspace.show_session)
    view.saveStateChanged.connect(workspace.saveStateChanged)
    view.errorOccurred.connect(workspace.errorOccurred)
    return view


def open_prepare(window: MainWindow, group_id: int | None = None) -> PrepareView | None:
    """Show the view (for one group when ``group_id`` is given)."""
    view = window.show_view(VIEW_KEY)
    if view is not None and group_id is not None:
        view.select_group(group_id)
    return view


def export_calendar(window: MainWindow) -> None:
    if window.store is None:
        return
    if window.workspace is not None:
        window.workspace.flush()
    from carnet.ui.prepare.calendar import export_calendar as run

    run(window, window.store)


def _place_after(menu: QMenu, action: QAction, anchor: QAction | None) -> None:
    """Move ``action`` just after ``anchor`` in ``menu`` (left at the end without one)."""
    actions = menu.actions()
    if anchor is None or anchor not in actions:
        return
    following = actions[actions.index(anchor) + 1:]
    menu.removeAction(action)
    if following and following[0] is not action:
        menu.insertAction(following[0], action)
    else:
        menu.addAction(action)


def install(window: MainWindow) -> dict[str, QAction]:
    """Register the view and its menu entries; the actions added, by name."""
    window.register_view(VIEW_KEY, make_view)
    prepare_action = QAction(_tr("&Prepare the next session"), window)
    prepare_action.setObjectName("preparePrepareAction")
    prepare_action.setShortcut(QKeySequence(SHORTCUT))
    prepare_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    prepare_action.setStatusTip(_tr("Review your actions and prepare the topic you bring"))
    prepare_action.setIconText(_tr("Prepare"))
    prepare_action.triggered.connect(lambda: open_prepare(window))
    window.add_action("view", prepare_action)
    _place_after(window.menus["view"], prepare_action, window.actions.get("home"))

    calendar_action = QAction(_tr("Export the &calendar (.ics)…"), window)
    calendar_action.setObjectName("prepareCalendarAction")
    calendar_action.setStatusTip(_tr("Planned sessions and due dates, for a calendar "
                                     "application (not encrypted)"))
    calendar_action.triggered.connect(lambda: export_calendar(window))
    window.add_action("file", calendar_action)
    _place_after(window.menus["file"], calendar_action, window.actions.get("booklet"))

    toolbar = getattr(window, "toolbar", None)
    anchor = window.actions.get("new_session")
    if toolbar is not None and anchor is not None and anchor in toolbar.actions():
        actions = toolbar.actions()
        following = actions[actions.index(anchor) + 1:]
        if following:
            toolbar.insertAction(following[0], prepare_action)
        else:
            toolbar.addAction(prepare_action)
    return {"prepare": prepare_action, "calendar": calendar_action}
