"""The main window: welcome, unlock and the unlocked workspace, one page at a time.

The window owns the open ``JournalStore`` while unlocked and hands it to the
workspace; locking flushes the editors, destroys the workspace (every widget
that showed journal content) and closes the store. Only ids are remembered
across a lock, to come back to the same place.

Hooks for other modules:

* ``open_search()`` focuses the toolbar's search field; Return emits
  ``searchRequested(str)``. A search view can be registered (below) and shown
  from a slot connected to that signal.
* ``open_booklet()`` calls ``carnet.ui.booklet_dialog.open_booklet(window)``.
* ``register_view(key, factory)`` adds a central view, built from the store on
  first use (``factory(store, workspace) -> QWidget``) and destroyed on lock;
  ``show_view(key)`` shows it. A view offers ``refresh()``, ``flush()`` and
  ``clear()`` (``workspace.JournalView``), called when shown, before lock, and on lock;
  ``flush()`` returns why something stays unsaved (a list of reasons, or False), or
  None when all is saved: a quit or the person's lock then asks first.
* ``register_home_widget(factory, replaces_reminder=False)`` puts a widget
  (a reminder banner…) at the top of the home view; it is built at each
  unlock like the views, and may replace the built-in reminder line.
* ``add_action(menu, action, journal_only=True)`` puts an action in one of
  ``self.menus`` ("file", "edit", "view", "help"); journal-only actions are
  disabled while locked.
* Features: :mod:`carnet.ui.features` wires every feature module (each has
  ``install(window)``, which calls the hooks above) in one visible place;
  ``install_extensions()`` runs it when the app starts. The attributes the
  features set (``trust``, ``insights``…) are declared in ``__init__``.
* First screen first: the app builds its window ``staged`` — only the unlock
  (or welcome) page, the menu bar's titles and the status bar — paints it, and
  ``complete()`` builds the rest and wires the features in the event-loop turn
  after that first paint (``completed`` then). Anything the person does on the
  first screen completes the window first. A window built unstaged (tests,
  benchmarks) is complete from ``__init__``.
* ``lock()`` (Ctrl+L, idle time, screen lock or sleep) closes every dialog of
  the window first, modal ones included (``carnet.ui.trust.dialogs``): code
  waiting in a dialog's ``exec()`` must check ``window.store is not None``
  when it returns. A dialog with background work may define
  ``close_for_lock()`` to finish or cancel it.
* ``journalDamaged(problems)``: the structural check run after each unlock
  found damage; the store is read-only from then on.
"""

from __future__ import annotations

import gc
import importlib
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from carnet import __version__, paths
from carnet.caches import forget_all
from carnet.ui import style
from carnet.ui.unlock import UnlockPage

if TYPE_CHECKING:  # imported when a journal opens: the unlock window does not wait for them
    from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QPaintEvent
    from PySide6.QtWidgets import QMenu

    from carnet.store import JournalStore
    from carnet.templates import TemplateSet
    from carnet.ui.calendar_feed import CalendarFeedKeeper
    from carnet.ui.ext_exchange import ExchangeActions
    from carnet.ui.ext_help import HelpActions
    from carnet.ui.ext_preferences import PreferencesAction
    from carnet.ui.ext_trust import TrustController
    from carnet.ui.idle import IdleWatcher
    from carnet.ui.insights import Insights
    from carnet.ui.opener import JournalOpener, OpenFailure, TaskRunner
    from carnet.ui.reminders import ReminderNotifier
    from carnet.ui.settings import Settings
    from carnet.ui.sync.feature import SyncFeature
    from carnet.ui.trust.clipboard import ClipboardGuard
    from carnet.ui.trust.session_watch import SessionLockWatcher
    from carnet.ui.unsaved import Sealed
    from carnet.ui.welcome import WelcomePage
    from carnet.ui.wheel_guard import WheelGuard
    from carnet.ui.workspace import HomeWidget, ViewFactory, Workspace

#: Without a first paint (a window opened minimized, on another desktop…), the window
#: completes itself after this long anyway.
COMPLETE_WITHOUT_PAINT_MS = 1000
#: Painted before the window manager made it active: completing waits for that (the
#: passphrase field then shows its focus at once, not after the rest is built), or this.
COMPLETE_WITHOUT_FOCUS_MS = 200


def _then_trim(job: Callable[[], object]) -> Callable[[], object]:
    """``job``, then the C heap's free pages given back, on the job's own thread.

    The structural check and the backup read the whole journal through SQLite on a
    worker thread, whose allocations glibc serves from that thread's own arena: freed
    when the job ends, its pages stayed resident (0-10 MiB after an unlock, depending on
    how far the jobs had gone), trimmed here off the interface's thread.
    """
    def run() -> object:
        try:
            return job()
        finally:
            from carnet.ui.memory import trim_heap

            trim_heap()

    return run


class MainWindow(QMainWindow):
    journalOpened = Signal()  # noqa: N815
    journalLocked = Signal()  # noqa: N815
    #: The journal is about to close, its pages flushed, the store still open (the store,
    #: "lock" or "close"): a last sync starts here.
    journalClosing = Signal(object, str)  # noqa: N815
    #: The background check after unlocking found damage: the journal is now read-only.
    journalDamaged = Signal(list)  # noqa: N815
    searchRequested = Signal(str)  # noqa: N815
    #: :meth:`complete` has built the whole window (once).
    completed = Signal()

    def __init__(self, settings: Settings, templates: TemplateSet | None = None,
                 parent: QWidget | None = None, *, staged: bool = False) -> None:
        """``staged``: build only the first screen — the unlock (or welcome) page, the
        menu bar's titles, the status bar — and let :meth:`complete` build the rest and
        wire every feature (the app: right after the first paint). Otherwise the whole
        window is built here, features not wired (``install_extensions``)."""
        super().__init__(parent)
        self.settings = settings
        self._templates = templates
        self.store: JournalStore | None = None
        self.workspace: Workspace | None = None
        self.journal_path: Path | None = None
        #: What could not be saved before an automatic lock, sealed until the next
        #: unlock of the same journal (``carnet.ui.unsaved.Sealed``), by journal file:
        #: opening another journal meanwhile keeps it waiting for its own.
        self.sealed_by_path: dict[str, Sealed] = {}
        self.demo = False
        self.demo_dir: Path | None = None
        self._resume: tuple[str, int | None] = ("home", None)
        self._views: dict[str, ViewFactory] = {}
        self._home_widgets: list[HomeWidget] = []
        self._journal_actions: list[QAction] = []
        self._last_error = ""
        # Set by carnet.ui.features.install_features (None until the features are wired).
        self.calendar_feed: CalendarFeedKeeper | None = None
        self.reminders: ReminderNotifier | None = None  # set by ext_between too
        self.check_in_action: QAction | None = None
        self.exchange_actions: ExchangeActions | None = None
        self.help_actions: HelpActions | None = None
        self.preferences_action: PreferencesAction | None = None
        self.trust: TrustController | None = None
        self.insights: Insights | None = None
        self.sync: SyncFeature | None = None
        self._features_installed = False
        #: The store whose background structural check may be running.
        self._checking: JournalStore | None = None
        #: The workspace built while the key is derived (``_prepare_workspace``).
        self._prepared: Workspace | None = None
        # Built by ``complete`` (with the window, unless staged).
        self.opener: JournalOpener
        self.tasks: TaskRunner
        self.idle: IdleWatcher
        self.clipboard_guard: ClipboardGuard
        self.session_watch: SessionLockWatcher
        self.wheel_guard: WheelGuard
        self.actions: dict[str, QAction] = {}
        self._staged = staged
        self._complete = False
        self._complete_on_paint = False
        self._awaiting_focus = False
        #: Why ``complete`` failed (a feature that does not import…): the app stops with it.
        self.completion_error: Exception | None = None

        # Each page is built inside the window: a widget moved into a styled window takes
        # the style sheet again, with all its children (twice when the pages were
        # parentless: ~2 ms before the first paint).
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pages")
        self.setCentralWidget(self.pages)
        self._welcome: WelcomePage | None = None  # built when first shown (see ``welcome``)
        self.unlock = UnlockPage(self.pages)
        self.pages.addWidget(self.unlock)
        self._create_menu_bar()
        self._create_status_bar()
        self._wire_first_screen()
        self._restore_geometry()
        if staged:
            from carnet.ui.features import install_first_screen

            install_first_screen(self)
            self._update_state()
        else:
            self.complete()

    # -- construction ----------------------------------------------------------------------
    @property
    def is_complete(self) -> bool:
        """Menus, toolbar and the journal's machinery are built (see ``complete``)."""
        return self._complete and self.completion_error is None

    def complete(self) -> None:
        """Build what the first screen does not show, once: the menus' actions, the
        toolbar, the opener, the idle and screen-lock watchers — and, for a staged window
        (the app's), every feature (:mod:`carnet.ui.features`).

        The app calls it in the event-loop turn right after the first paint
        (:meth:`complete_after_first_paint`); whatever the person does on the first
        screen calls it first, so nothing they do finds the window half built.
        """
        if self._complete:
            return
        self._complete = True
        self._complete_on_paint = False
        self._stop_awaiting_focus()
        try:
            self._build_rest()
            if self._staged:
                self.install_extensions()
                if self._welcome is not None:
                    self._welcome.join_button.setVisible(self.sync is not None)
        except Exception as exc:
            if not self._staged:
                raise
            # The app's window, in an event-loop turn: stop the app with this error (raised
            # again when its loop returns, as at start), never go on with a menu missing.
            self.completion_error = exc
            self.hide()
            QCoreApplication.exit(1)
            return
        self.completed.emit()

    def _build_rest(self) -> None:
        from carnet.ui.idle import IdleWatcher
        from carnet.ui.opener import JournalOpener, TaskRunner
        from carnet.ui.trust.clipboard import ClipboardGuard
        from carnet.ui.trust.session_watch import SessionLockWatcher
        from carnet.ui.wheel_guard import WheelGuard

        self.opener = JournalOpener(self)
        self.tasks = TaskRunner(self)
        self.idle = IdleWatcher(self)
        self.clipboard_guard = ClipboardGuard(self)
        self.session_watch = SessionLockWatcher(self)
        self.wheel_guard = WheelGuard(self)
        self.unlock.point_links()
        self._create_actions()
        self._fill_menus()
        self._create_toolbar()
        self._wire()
        self._restore_state()
        self._update_state()

    def complete_after_first_paint(self) -> None:
        """:meth:`complete` in the event-loop turn after the window's first paint (after
        ``COMPLETE_WITHOUT_PAINT_MS`` if it is not painted by then)."""
        if self._complete:
            return
        self._complete_on_paint = True
        QTimer.singleShot(COMPLETE_WITHOUT_PAINT_MS, self.complete)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._complete_on_paint:
            self._complete_on_paint = False
            if self.isActiveWindow():
                # Posted now, run after this paint reached the screen: the next turn.
                QTimer.singleShot(0, self.complete)
            else:
                from PySide6.QtGui import QGuiApplication

                self._awaiting_focus = True
                QGuiApplication.instance().focusWindowChanged.connect(self._focus_arrived)
                QTimer.singleShot(COMPLETE_WITHOUT_FOCUS_MS, self.complete)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A key no widget took before the window completed itself (its first turns): a
        shortcut, pressed before its action existed (what is typed goes to the field).
        The window completes, then runs the action the keys now stand for."""
        if self._staged and not self._complete:
            self.complete()
            if self.is_complete and self._run_shortcut(event):
                return
        super().keyPressEvent(event)

    def _run_shortcut(self, event: QKeyEvent) -> bool:
        from PySide6.QtGui import QKeySequence

        keys = QKeySequence(event.keyCombination())
        for action in QWidget.actions(self):  # every action added to the window
            # (``self.actions`` is the dict of the window's own, by name)
            if action.isEnabled() and keys in action.shortcuts():
                event.accept()
                action.trigger()
                return True
        return False

    def _focus_arrived(self, *_window: object) -> None:
        if self.isActiveWindow():
            self._stop_awaiting_focus()
            QTimer.singleShot(0, self.complete)  # after the focus is painted

    def _stop_awaiting_focus(self) -> None:
        if self._awaiting_focus:
            from PySide6.QtGui import QGuiApplication

            self._awaiting_focus = False
            QGuiApplication.instance().focusWindowChanged.disconnect(self._focus_arrived)

    def _action(self, text: str, shortcut: str | QKeySequence.StandardKey | None = None,
                slot=None, *, journal: bool = True, tip: str = "") -> QAction:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if tip:
            action.setStatusTip(tip)
        if slot is not None:
            action.triggered.connect(slot)
        if journal:
            self._journal_actions.append(action)
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        from PySide6.QtGui import QAction

        a = self.actions
        a["new_journal"] = self._action(self.tr("&New journal…"), None, self.show_welcome,
                                        journal=False)
        a["open_journal"] = self._action(self.tr("&Open journal…"), "Ctrl+O",
                                         self.choose_journal, journal=False)
        a["booklet"] = self._action(self.tr("&Print the booklet…"), "Ctrl+P", self.open_booklet,
                                    tip=self.tr("A PDF booklet of the cycle"))
        a["lock"] = self._action(self.tr("&Lock"), "Ctrl+L", self.request_lock,
                                 tip=self.tr("Close the journal; the passphrase opens it again"))
        a["quit"] = self._action(self.tr("&Quit"), "Ctrl+Q", self.close, journal=False)
        a["quit"].setMenuRole(QAction.MenuRole.QuitRole)
        a["new_session"] = self._action(self.tr("New &session"), "Ctrl+N", self.new_session,
                                        tip=self.tr("Open the group’s planned session, or add one"))
        a["extra_session"] = self._action(
            self.tr("Add an e&xtra session"), None, self.extra_session,
            tip=self.tr("A meeting outside the plan, dated today, in the group in focus"))
        a["new_group"] = self._action(self.tr("New &group…"), "Ctrl+Shift+N", self.new_group)
        a["edit_group"] = self._action(self.tr("&Edit the group"), None, self.edit_group)
        a["find"] = self._action(self.tr("&Find…"), "Ctrl+F", self.open_search)
        a["home"] = self._action(self.tr("&Home"), "Ctrl+Shift+H", self.go_home)
        a["sidebar"] = self._action(self.tr("Show the &sidebar"), "Ctrl+Shift+B",
                                    self._toggle_sidebar)
        a["sidebar"].setCheckable(True)
        a["sidebar"].setChecked(True)
        a["toolbar"] = self._action(self.tr("Show the &toolbar"), None, journal=False)
        a["toolbar"].setCheckable(True)
        a["toolbar"].setChecked(True)
        a["about"] = self._action(self.tr("&About Carnet"), None, self.about, journal=False)
        a["about"].setMenuRole(QAction.MenuRole.AboutRole)

    def _create_menu_bar(self) -> None:
        """The menus' titles, on the first screen (their entries come with ``complete``:
        the bar has its height from the first paint, so nothing below it moves)."""
        bar = self.menuBar()
        self.menus = {
            "file": bar.addMenu(self.tr("&File")),
            "edit": bar.addMenu(self.tr("&Edit")),
            "view": bar.addMenu(self.tr("&View")),
            "help": bar.addMenu(self.tr("&Help")),
        }
        if self._staged:  # a menu opened (Alt+F…) before the window completed: filled first
            for menu in self.menus.values():
                menu.aboutToShow.connect(self.complete)

    def _fill_menus(self) -> None:
        a = self.actions
        file_menu = self.menus["file"]
        file_menu.addActions([a["new_journal"], a["open_journal"]])
        file_menu.addSeparator()
        file_menu.addAction(a["booklet"])
        file_menu.addSeparator()
        file_menu.addActions([a["lock"], a["quit"]])
        edit = self.menus["edit"]
        edit.addActions([a["new_session"], a["extra_session"], a["new_group"],
                         a["edit_group"]])
        edit.addSeparator()
        edit.addAction(a["find"])
        view = self.menus["view"]
        view.addAction(a["home"])
        view.addSeparator()
        view.addActions([a["sidebar"], a["toolbar"]])
        view.addSeparator()
        self._create_language_menu(view)
        self.menus["help"].addAction(a["about"])

    def _create_language_menu(self, view: QMenu) -> None:
        from PySide6.QtGui import QActionGroup

        menu = self.language_menu = view.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = self.settings.language
        for code, text in (("", self.tr("As the system")), ("fr", "Français"),
                           ("en", "English")):
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            group.addAction(action)
        group.triggered.connect(self._language_chosen)

    def _language_chosen(self, action: QAction) -> None:
        from carnet.ui.services import messages

        code = action.data() or ""
        if code == self.settings.language:
            return
        self.settings.language = code
        self.settings.sync()
        messages().information(self, self.tr("Language"),
                               self.tr("Carnet will use this language the next time it starts."))

    def _create_toolbar(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLineEdit, QSizePolicy, QToolBar

        bar = self.toolbar = QToolBar(self.tr("Toolbar"))
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        a = self.actions
        bar.addActions([a["home"], a["new_session"]])
        bar.addSeparator()
        self.search_field = QLineEdit()
        self.search_field.setObjectName("search_field")
        self.search_field.setPlaceholderText(self.tr("Search the journal"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMaximumWidth(320)
        self.search_field.setMinimumWidth(200)
        bar.addWidget(self.search_field)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addActions([a["booklet"], a["lock"]])
        # In a narrow window (1024 px, a large font) « Imprimer le livret » and
        # « Verrouiller » go behind Qt's « » » button, which the style sheet's padding
        # drew empty (style.py gives it none): named, so a person and a screen reader
        # know what it holds.
        from PySide6.QtWidgets import QToolButton

        more = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if more is not None:
            more.setToolTip(self.tr("More buttons"))
            more.setAccessibleName(self.tr("More buttons"))
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        a["toolbar"].toggled.connect(bar.setVisible)

    def _create_status_bar(self) -> None:
        from carnet.ui.status_bar import MessageStatusBar

        # its messages wrap: one-line, Qt's were cut in a narrow window
        self.setStatusBar(MessageStatusBar(self))
        self.journal_label = QLabel()
        self.save_label = QLabel()
        self.save_label.setObjectName("save_indicator")
        self.statusBar().addWidget(self.journal_label, 1)
        self.statusBar().addPermanentWidget(self.save_label)
        self.statusBar().setSizeGripEnabled(True)

    def _wire_first_screen(self) -> None:
        self.unlock.unlockRequested.connect(self._unlock)
        self.unlock.openOtherRequested.connect(self.choose_journal)
        self.unlock.createRequested.connect(self.show_welcome)

    def _wire(self) -> None:
        self.opener.opened.connect(self._journal_opened)
        self.opener.failed.connect(self._open_failed)
        self.opener.prepared.connect(self._demo_prepared)
        self.opener.busyChanged.connect(self._busy_changed)
        self.idle.idle.connect(self._idle_lock)
        self.session_watch.lockRequested.connect(self._session_lock)
        # Synchronous D-Bus connections: not before the first window is on screen.
        QTimer.singleShot(0, self.session_watch.start)
        self.tasks.finished.connect(self._task_finished)
        self.tasks.failed.connect(self._task_failed)
        self.search_field.returnPressed.connect(
            lambda: self.searchRequested.emit(self.search_field.text().strip()))

    def _restore_geometry(self) -> None:
        geometry = self.settings.window_geometry
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(1200, 800)

    def _restore_state(self) -> None:
        """The toolbar's place and visibility (it exists from ``complete`` on)."""
        state = self.settings.window_state
        if state:
            self.restoreState(QByteArray(state))
        self.actions["toolbar"].setChecked(not self.toolbar.isHidden() or not state)

    # -- state -----------------------------------------------------------------------------
    @property
    def is_unlocked(self) -> bool:
        return self.store is not None

    def _update_state(self) -> None:
        unlocked = self.is_unlocked
        for action in self._journal_actions:
            action.setEnabled(unlocked)
        if self._complete:
            self.search_field.setEnabled(unlocked)
            self.toolbar.setVisible(unlocked and self.actions["toolbar"].isChecked())
        if unlocked and self.journal_path is not None:
            self.setWindowTitle(f"{self.journal_path.name} — Carnet")
            self.journal_label.setText(
                self.tr("Demonstration journal") if self.demo else str(self.journal_path))
        else:
            self.setWindowTitle("Carnet")
            self.journal_label.clear()
            self.save_label.clear()

    # -- start -------------------------------------------------------------------------------
    def start(self, path: Path | str | None = None, *, demo: bool = False) -> None:
        """The first screen: a demo, the journal named, the last one, or the welcome."""
        if demo:
            self.complete()  # the demo journal is written by the opener, at once
            self.prepare_demo()
        elif path is not None:
            self.show_unlock(path)
        elif self.settings.last_journal:
            self.show_unlock(self.settings.last_journal)
        else:
            self.show_welcome()

    @property
    def welcome(self) -> WelcomePage:
        """The page that creates a journal: built on first use, as most starts unlock one."""
        if self._welcome is None:
            from carnet.ui.welcome import WelcomePage

            self._welcome = WelcomePage(self.pages)
            self.pages.insertWidget(0, self._welcome)
            self._welcome.createRequested.connect(self._create_journal)
            self._welcome.openRequested.connect(self.show_unlock)
            self._welcome.joinRequested.connect(self._join)
            # A staged window wires sync (with every feature) once complete.
            self._welcome.join_button.setVisible(
                self.sync is not None or (self._staged and not self._complete))
        return self._welcome

    def _join(self) -> None:
        self.complete()
        if self.is_complete and self.sync is not None:
            self.sync.open_join()

    @property
    def sealed(self) -> Sealed | None:
        """The change sealed at an automatic lock of the journal shown (or last open),
        waiting for its unlock; None when there is none."""
        if self.journal_path is None or not self.sealed_by_path:
            return None  # (the first screen asks: no import of the module for nothing)
        from carnet.ui.unsaved import journal_key

        return self.sealed_by_path.get(journal_key(self.journal_path))

    def _lock_for_switch(self) -> bool:
        """Before another journal or the welcome page: the person's own lock (asked
        first when a change could not be saved); False to stay."""
        if not self.is_unlocked:
            return True
        from carnet.ui.unsaved import may_leave

        if not may_leave(self, "lock") or not self.is_unlocked:
            return False
        self.lock(keep_unsaved=False)
        return True

    def show_welcome(self) -> None:
        if not self._lock_for_switch():
            return
        self.welcome.reset()
        self.pages.setCurrentWidget(self.welcome)
        self.welcome.owner_edit.setFocus()

    def show_unlock(self, path: Path | str, *, demo: bool = False) -> None:
        if not self._lock_for_switch():
            return
        path = Path(path)
        if path != self.journal_path:
            self._resume = ("home", None)
        self.journal_path = path
        self.demo = demo
        self.unlock.set_journal(path, demo=demo)
        self.unlock.set_waiting(self.sealed is not None)
        self.pages.setCurrentWidget(self.unlock)
        if not path.is_file():
            from carnet.ui.opener import OpenFailure

            self.unlock.show_failure(OpenFailure("missing", str(path)))
        self._update_state()

    def choose_journal(self) -> None:
        from carnet.ui.services import messages
        from carnet.ui.welcome import JOURNAL_FILTER

        folder = str(self.journal_path.parent) if self.journal_path else ""
        chosen = messages().open_file(self, self.tr("Open a journal"), folder, JOURNAL_FILTER)
        if chosen:
            self.show_unlock(chosen)

    def prepare_demo(self) -> None:
        """Write a fresh demo journal in a temporary folder, then ask for its passphrase."""
        from carnet.ui.demo_journal import make_demo_journal, new_demo_folder

        self.demo_dir = new_demo_folder()
        folder = self.demo_dir
        self.pages.setCurrentWidget(self.unlock)
        self.unlock.set_preparing(self.tr("Preparing the demonstration journal…"))
        self.opener.prepare(lambda: make_demo_journal(folder))

    def _demo_prepared(self, path: Path) -> None:
        self.show_unlock(path, demo=True)

    # -- opening -----------------------------------------------------------------------------
    def _create_journal(self, path: str, owner: str, passphrase: str) -> None:
        self.complete()
        if not self.is_complete:
            return
        self.journal_path = Path(path)
        self.demo = False
        self.welcome.set_busy(True)
        self.opener.create(path, passphrase, owner)
        QTimer.singleShot(0, self._prepare_workspace)

    def _unlock(self, passphrase: str) -> None:
        if not self.is_complete:
            # Asked before the window completed itself (its first turns): complete it, then
            # ask again, so that every feature's handler of unlockRequested hears this one.
            self.complete()
            if self.is_complete:
                self.unlock.unlockRequested.emit(passphrase)
            return
        if self.journal_path is not None:
            self.unlock.set_busy(True)
            self.opener.open(self.journal_path, passphrase)
            QTimer.singleShot(0, self._prepare_workspace)

    @property
    def templates(self) -> TemplateSet:
        """The session templates, read and validated on first need (not at start)."""
        if self._templates is None:
            from carnet.templates import load_templates

            self._templates = load_templates()
        return self._templates

    @templates.setter
    def templates(self, templates: TemplateSet) -> None:
        self._templates = templates

    def _prepare_workspace(self) -> None:
        """While the key is derived on the opener's thread (C code, the GIL released):
        load the workspace's code and the templates, and build the workspace empty and
        styled (no journal content: kept for the next try if the passphrase is wrong),
        so that only the journal's own content is left once it opens."""
        from carnet.ui.workspace import Workspace

        _ = self.templates  # read now rather than when the journal has opened
        if self._prepared is None and self.store is None and self.opener.busy:
            self._prepared = Workspace.prepare(self.templates, parent=self.pages)

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            from PySide6.QtCore import Qt

            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _open_failed(self, failure: OpenFailure) -> None:
        if self._welcome is not None and self.pages.currentWidget() is self._welcome:
            self.welcome.set_busy(False)
            self.welcome.show_error(self._creation_message(failure))
        else:
            self.unlock.show_failure(failure)

    def _creation_message(self, failure: OpenFailure) -> str:
        if failure.kind == "exists":
            return self.tr("A file already exists at this location. Choose another name.")
        if failure.kind == "storage":
            return self.tr("The journal cannot be created in this folder (is it writable?). "
                           "Choose another location.") + "\n" + failure.detail
        if failure.kind == "in_use":
            return self.tr("This file is in use by another Carnet window.")
        return self.tr("The journal could not be created.") + "\n" + failure.detail

    def _journal_opened(self, store: JournalStore) -> None:
        if self.store is not None:  # cannot happen through the UI; never leak a store
            store.close()
            return
        self.store = store
        self.journal_path = store.path
        if not self.demo and not store.read_only_kept:  # (a backup looked at: not reopened)
            self.settings.last_journal = str(store.path)
            self.settings.sync()
        if self._welcome is not None:
            self._welcome.reset()
        from carnet.ui.workspace import Workspace

        # The toolbar shows first and the workspace is built inside the window, then
        # shown once at its final size: every re-parenting, resize or reshow would lay
        # out and style the whole home view again (~15–30 ms each on a large journal).
        self._update_state()
        workspace, self._prepared = self._prepared, None
        self.workspace = (workspace if workspace is not None
                          else Workspace(None, self.templates, parent=self.pages))
        self.workspace.open(store, reminder_days=self.settings.reminder_days,
                            views=self._views, home_widgets=self._home_widgets)
        # What the unlock built (the workspace, Home, the features' home widgets) lives
        # until the lock: later collections skip it (a full one after unlocking the
        # 10,000-session journal took ~11 ms, and could land on a keystroke). Not the
        # session page resumed below: replaced, its objects must be collectable. The
        # lock unfreezes everything, so that all of it is collected then.
        gc.freeze()
        self.workspace.saveStateChanged.connect(self._save_state)
        self.workspace.errorOccurred.connect(self._save_error)
        self.workspace.noticeShown.connect(self._notice)
        self.pages.addWidget(self.workspace)
        splitter = self.settings.splitter_state
        if splitter:
            self.workspace.splitter.restoreState(QByteArray(splitter))
        self.workspace.sidebar.setVisible(self.actions["sidebar"].isChecked())
        self.workspace.restore(*self._resume)
        self.pages.setCurrentWidget(self.workspace)
        if self.workspace.location()[0] == "home":
            self.workspace.sidebar.tree.setFocus()
        self.idle.start(self.settings.autolock_minutes)
        if self.templates.errors:
            self.statusBar().showMessage(
                self.tr("A template could not be loaded: %1").replace(
                    "%1", str(self.templates.errors[0])), 15_000)
        if self.store.key_upgrade_error:  # opened, but still under its older key scheme
            self.statusBar().showMessage(self.tr(
                "Key not strengthened: the folder is read-only or the disk is full. The "
                "journal opens as before; Carnet will try again at the next unlock."), 30_000)
        self.journalOpened.emit()
        # After the features have read what they show at unlock (reminders, calendar
        # file…): the check holds the store's lock for its whole run (~0.3 s on 2,000
        # sessions, seconds on a large journal), and a read on the UI thread would wait.
        if self.sealed_by_path and self.store is store:
            from carnet.ui.unsaved import restore_sealed

            restore_sealed(self)  # what the last lock could not save, back on screen
        if self.store is store:  # a feature may have locked already
            self._check_integrity(store)

    # -- lock -------------------------------------------------------------------------------------
    def request_lock(self) -> None:
        """The lock the person asks for (Ctrl+L, the toolbar, the menu): when a change
        could not be saved, they choose between staying with it on screen and locking
        without it (``unsaved.may_leave``)."""
        if self.store is None:
            return
        from carnet.ui.unsaved import may_leave

        if not may_leave(self, "lock") or self.store is None:
            return
        self.lock(keep_unsaved=False)

    def lock(self, *, keep_unsaved: bool = True) -> None:
        """Save, forget every piece of content on screen, close the store, ask again.

        Never blocked by a dialog: every dialog of the window is closed first
        (rejected), modal ones included; code waiting in their ``exec()`` resumes
        after the lock and finds ``self.store`` None. What the app copied is
        cleared from the clipboard.

        Nothing typed is lost: what the journal refuses to save (a full disk, a
        read-only file) is kept sealed in memory, encrypted under a key only this
        journal gives, and put back on screen at its next unlock (``carnet.ui.unsaved``)
        — unless the person chose to lock without it (``keep_unsaved=False``).
        """
        if self.store is None:
            return
        from carnet.ui.trust.dialogs import close_dialogs

        self.idle.stop()
        close_dialogs(self)
        if self.store is None:  # a dialog's close_for_lock() already locked
            return
        gc.unfreeze()  # what the unlock froze (``_journal_opened``) can be collected again
        workspace, store = self.workspace, self.store
        if workspace is not None:
            if workspace.flush(leaving=True) and keep_unsaved:
                from carnet.ui.unsaved import seal_unsaved

                sealed = seal_unsaved(workspace, store)
                if sealed is not None:
                    self.sealed_by_path[sealed.path] = sealed
                else:
                    from carnet.ui.unsaved import journal_key

                    self.sealed_by_path.pop(journal_key(store.path), None)
            self._resume = workspace.location()
            self.settings.splitter_state = bytes(workspace.splitter.saveState().data())
            workspace.clear()
            workspace.hide()
            self.pages.removeWidget(workspace)
            # Destroyed when the event loop next turns (never under a caller's feet),
            # then the memory it used is given back.
            workspace.destroyed.connect(self._workspace_destroyed)
            workspace.deleteLater()
        self.journalClosing.emit(store, "lock")
        self.workspace = None
        self.store = None
        self.search_field.setText("")  # unlike clear(), also forgets the undo history
        self._close_store(store)
        self.clipboard_guard.clear_now()
        forget_all()  # caches derived from the journal's text (carnet.caches)
        if workspace is None:
            QTimer.singleShot(0, self._release_memory)
        self.unlock.set_journal(store.path, demo=self.demo)
        self.unlock.set_waiting(self.sealed is not None)
        self.pages.setCurrentWidget(self.unlock)
        self._update_state()
        self.journalLocked.emit()

    def _close_store(self, store: JournalStore) -> None:
        """Close the store now: the background structural check is interrupted, not
        waited for (seconds on a large journal); the next unlock runs it again."""
        lock = store.db.lock
        while not lock.acquire(timeout=0.02):
            if self._checking is store:
                store.conn.interrupt()
        try:
            store.close()
        finally:
            lock.release()
        if self._checking is store:
            self._checking = None

    def _stop_check(self) -> None:
        """Interrupt the structural check still running on the open store (quitting)."""
        store = self._checking
        if store is None or store is not self.store:
            return
        lock = store.db.lock
        while not lock.acquire(timeout=0.02):
            store.conn.interrupt()
        lock.release()

    def _workspace_destroyed(self, *_args: object) -> None:
        # Called from the workspace's destructor: release once it has finished.
        QTimer.singleShot(0, self._release_memory)

    def _release_memory(self) -> None:
        """Give back what the closed journal used (:mod:`carnet.ui.memory`); what stays
        while locked (the reminders) is made afresh once the rest is freed."""
        from carnet.ui.memory import release_memory

        rehome = [self._rehome_resume]
        if self.reminders is not None:
            rehome.append(self.reminders.rehome)
        release_memory(rehome=rehome)

    def _rehome_resume(self) -> None:
        """Where to resume, made afresh with the other objects kept while locked."""
        kind, key = self._resume
        self._resume = (kind.encode().decode(),
                        int(str(key)) if isinstance(key, int) else key)

    def install_extensions(self, names: list[str] | None = None) -> list[str]:
        """Wire the features (:mod:`carnet.ui.features`); return the modules wired.

        ``names`` wires only those feature modules (tests build a window with one
        feature). Nothing is skipped: a feature that fails to import or install
        raises, so a broken build never starts with a menu silently missing.
        """
        from carnet.ui.features import FEATURE_MODULES, install_features

        if names is None:
            if not self._features_installed:
                self._features_installed = True
                install_features(self)
            return list(FEATURE_MODULES)
        installed = []
        called: set[int] = set()  # one install function re-exported by two modules runs once
        for name in names:
            install = importlib.import_module(name).install
            if id(install) in called:
                continue
            called.add(id(install))
            install(self)  # each feature's install is idempotent on its window
            installed.append(name)
        return installed

    def _idle_lock(self) -> None:
        """Lock after inactivity, even with a modal dialog open (``lock`` closes it)."""
        self.lock()

    def _session_lock(self, reason: str) -> None:
        """The screen locked or the machine is going to sleep: lock now."""
        self.lock()

    # -- commands -------------------------------------------------------------------------------
    def go_home(self) -> None:
        if self.workspace is not None:
            self.workspace.show_home()

    def new_session(self) -> None:
        if self.workspace is not None:
            self.workspace.new_session()

    def extra_session(self) -> None:
        """A meeting outside the plan, even with planned ones left (« Nouvelle séance »
        opens the nearest of those)."""
        if self.workspace is not None:
            self.workspace.add_extra_session()

    def new_group(self) -> None:
        if self.workspace is not None:
            self.workspace.new_group()

    def edit_group(self) -> None:
        if self.workspace is None:
            return
        group_id = self.workspace.current_group_id()
        if group_id is None:
            self.statusBar().showMessage(self.tr("Select a group or one of its sessions first."),
                                         5_000)
            return
        self.workspace.show_group(group_id)

    def open_search(self) -> None:
        """Hook: focus the search field (the search view connects to ``searchRequested``)."""
        if self.is_unlocked:
            from PySide6.QtCore import Qt

            self.toolbar.setVisible(True)
            self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search_field.selectAll()

    def open_booklet(self) -> None:
        """Hook: the booklet dialog, when ``carnet.ui.booklet_dialog`` is installed."""
        if self.workspace is None:
            return
        self.workspace.flush()
        from carnet.ui.booklet_dialog import open_booklet

        open_booklet(self)

    def register_view(self, key: str, factory: ViewFactory) -> None:
        """Add a central view built from the open store on first use (see module doc)."""
        self._views[key] = factory
        if self.workspace is not None:
            self.workspace._view_factories[key] = factory
            self.workspace.sidebar.set_views(self.workspace._view_factories)

    def register_home_widget(self, factory: ViewFactory, *,
                             replaces_reminder: bool = False) -> None:
        """A widget for the top of the home view, built at each unlock (see module doc)."""
        self._home_widgets.append((factory, replaces_reminder))

    def show_view(self, key: str) -> QWidget | None:
        return self.workspace.show_view(key) if self.workspace is not None else None

    def add_action(self, menu: str, action: QAction, *, journal_only: bool = True) -> QAction:
        self.menus[menu].addAction(action)
        self.addAction(action)
        if journal_only:
            self._journal_actions.append(action)
            action.setEnabled(self.is_unlocked)
        return action

    def _toggle_sidebar(self, shown: bool) -> None:
        if self.workspace is not None:
            self.workspace.sidebar.setVisible(shown)

    def about(self) -> None:
        from carnet.ui.services import messages

        messages().information(
            self, self.tr("About Carnet"),
            self.tr("Carnet %1 — a personal, encrypted logbook for peer-practice groups "
                    "(co-développement, RPM/RPP, ateliers de pratique managériale, "
                    "échanges de pratiques).").replace("%1", __version__))

    # -- backups ------------------------------------------------------------------------------
    def backup_folder(self) -> Path:
        return Path(self.settings.backup_folder or paths.backups_dir())

    def _check_integrity(self, store: JournalStore) -> None:
        """SQLite's full structural check, off the UI thread, after every unlock.

        Opening already verified every page's HMAC; this catches the rest. A
        sound journal then gets its daily backup; a damaged one is switched to
        read-only (``_journal_damaged``) and never backed up, so rotation cannot
        push a good backup out.
        """
        self._checking = store
        self.tasks.run("integrity", _then_trim(lambda: (store, store.integrity_problems())))

    def _journal_damaged(self, problems: list[str]) -> None:
        if self.store is None:
            return
        self.store.set_read_only(True)
        self.statusBar().showMessage(
            self.tr("The journal is damaged: it was switched to read-only."), 60_000)
        self.journalDamaged.emit(problems)

    def _daily_backup(self, store: JournalStore) -> None:
        """The first unlock of the day writes an encrypted backup, off the UI thread."""
        if self.demo or store.read_only:
            return
        from carnet.store.backups import BackupService

        service, folder, keep = BackupService(), self.backup_folder(), self.settings.backup_count
        if service.is_due_daily(folder, store.path):
            self.tasks.run("backup", _then_trim(
                lambda: service.backup_now(store, folder, keep, "daily")))

    def _backup_on_close(self, store: JournalStore) -> None:
        if self.demo or store.read_only:
            return
        from carnet.store.backups import BackupService
        from carnet.store.errors import StoreError
        from carnet.ui.services import messages

        try:
            BackupService().backup_now(store, self.backup_folder(),
                                       self.settings.backup_count, "close")
        except (StoreError, OSError) as exc:
            messages().warning(self, self.tr("Backup not written"),
                               self.tr("The journal is saved, but its backup copy could not "
                                       "be written.") + "\n\n" + str(exc))

    def _task_finished(self, key: str, result: object) -> None:
        if key == "integrity":
            store, problems = result
            if store is self._checking:
                self._checking = None
            if store is not self.store:  # locked (or another journal) meanwhile
                return
            if problems:
                self._journal_damaged(list(problems))
            else:
                self._daily_backup(store)
        elif key == "backup" and not self.statusBar().currentMessage():
            # Routine news: never over a message still shown (a template not loaded, a
            # key that could not be moved), which would vanish seconds after the unlock.
            self.statusBar().showMessage(self.tr("Backup copy written."), 5_000)

    def _task_failed(self, key: str, failure: OpenFailure) -> None:
        if key == "backup":
            self.statusBar().showMessage(
                self.tr("The daily backup could not be written: %1").replace(
                    "%1", failure.detail), 15_000)

    # -- save feedback ------------------------------------------------------------------------
    def _save_state(self, state: str) -> None:
        if state == "saving":
            style.set_role(self.save_label, "muted")
            self.save_label.setText(self.tr("Saving…"))
        elif state == "saved":
            style.set_role(self.save_label, "muted")
            self.save_label.setText(self.tr("✓ Saved"))
            self._last_error = ""
        else:
            style.set_role(self.save_label, "error")
            self.save_label.setText(self.tr("Not saved"))

    def _notice(self, text: str) -> None:
        """A sentence of the workspace's for the status bar (« Nouvelle séance » opened a
        meeting already planned)."""
        self.statusBar().showMessage(text, 12_000)

    def _save_error(self, message: str) -> None:
        self._save_state("error")
        if self.store is not None and self.store.read_only:
            return  # the damage banner already says nothing is saved any more
        if message != self._last_error:  # one dialog per problem, not one per keystroke
            from carnet.ui.services import messages
            from carnet.ui.unsaved import reason_words

            self._last_error = message
            # The store says why in English; the known reasons in the window's language.
            reason = reason_words(message)
            messages().error(self, self.tr("Not saved"),
                             self.tr("Your last change could not be saved; it stays on "
                                     "screen.") + "\n\n" + self.tr("Reason: %1.").replace(
                                         "%1", reason[:1].upper() + reason[1:]))

    # -- closing --------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.is_complete:
            # Closed before it completed itself: no journal was opened, nothing else to
            # save (the toolbar's state is kept as it was stored).
            self.settings.window_geometry = bytes(self.saveGeometry().data())
            self.settings.sync()
            event.accept()
            super().closeEvent(event)
            return
        from carnet.ui.trust.dialogs import close_dialogs
        from carnet.ui.unsaved import may_leave

        if not may_leave(self, "quit"):  # the person stays with what is not saved
            event.ignore()
            return
        self.idle.stop()
        close_dialogs(self)
        if self.workspace is not None:
            self.settings.splitter_state = bytes(self.workspace.splitter.saveState().data())
            self.workspace.flush(leaving=True)
            self.workspace.clear()
        self._stop_check()
        self.tasks.wait()
        if self.store is not None:
            self.journalClosing.emit(self.store, "close")
            self._backup_on_close(self.store)
            self.store.close()
            self.store = None
        self.opener.shutdown()
        self.clipboard_guard.clear_now()
        self.settings.window_geometry = bytes(self.saveGeometry().data())
        self.settings.window_state = bytes(self.saveState().data())
        self.settings.sync()
        if self.demo_dir is not None:
            shutil.rmtree(self.demo_dir, ignore_errors=True)
            self.demo_dir = None
        event.accept()
        super().closeEvent(event)

