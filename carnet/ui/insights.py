"""Progress, search, themes and timeline: plugged into the main window in one call.

``install(window)`` registers the four views, adds « View » menu entries and
wires the toolbar's search field: results follow the typing (debounced,
from two characters), Return searches at once, Down moves into the results.
Nothing typed is remembered anywhere but in the field and the open view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence

from carnet.ui.idle import IdleWatcher
from carnet.ui.warmup import WarmUp

DEBOUNCE_MS = 120
MIN_CHARS = 2  # as carnet.ui.search_view.MIN_CHARS (imported lazily, with the view)
#: The chart code is loaded once the person has left keyboard and mouse alone this long
#: after unlocking: the import holds the GIL (~200 ms of Python) and would make typing
#: stutter (20–50 ms stalls) if it ran meanwhile.
PRELOAD_PAUSE_MS = 2500


def _progress_view(store, workspace):
    from carnet.ui.progress_view import ProgressView

    return ProgressView(store, workspace)


def _search_view(store, workspace):
    from carnet.ui.search_view import SearchView

    return SearchView(store, workspace)


def _tags_view(store, workspace):
    from carnet.ui.tags_view import TagsView

    return TagsView(store, workspace)


def _timeline_view(store, workspace):
    from carnet.ui.timeline_view import TimelineView

    return TimelineView(store, workspace)


class Insights(QObject):
    """Owns the search debounce and the menu actions; holds no journal content."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.preload_watch = IdleWatcher(self, minute_ms=PRELOAD_PAUSE_MS)
        self.warm_up = WarmUp(self)
        self.actions: dict[str, QAction] = {}

        window.register_view("progress", _progress_view)
        window.register_view("search", _search_view)
        window.register_view("tags", _tags_view)
        window.register_view("timeline", _timeline_view)
        self._add_actions()

        # Signals, in one place
        field = window.search_field
        if not field.accessibleName():  # a placeholder is no name for a screen reader
            field.setAccessibleName(self.tr("Search the journal"))
        field.textChanged.connect(self._typed)
        field.installEventFilter(self)
        self.timer.timeout.connect(self._search_typed)
        window.searchRequested.connect(self.search)
        window.journalOpened.connect(self._journal_opened)
        window.journalLocked.connect(self.timer.stop)
        window.journalLocked.connect(self.preload_watch.stop)
        window.journalLocked.connect(self.warm_up.stop)
        self.preload_watch.idle.connect(self._warm_up)

    def _add_actions(self) -> None:
        window = self.window
        entries = (
            ("progress", self.tr("Pro&gress"), "Ctrl+Shift+P",
             self.tr("Objectives, feelings, key words and actions over the cycle")),
            ("tags", self.tr("T&hemes and tags"), "Ctrl+Shift+T",
             self.tr("Everything filed under a theme or a tag")),
            ("timeline", self.tr("T&imeline"), "Ctrl+Shift+D",
             self.tr("Every session of every group, month by month")),
        )
        menu = window.menus["view"]
        home = window.actions.get("home") if isinstance(getattr(window, "actions", None),
                                                          dict) else None
        listed = menu.actions()
        before = None
        if home in listed and listed.index(home) + 1 < len(listed):
            before = listed[listed.index(home) + 1]
        for key, text, shortcut, tip in entries:
            action = QAction(text, window)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setStatusTip(tip)
            action.setObjectName(f"show_{key}")
            action.triggered.connect(lambda _checked=False, k=key: self.window.show_view(k))
            window.add_action("view", action)
            if before is not None:  # right after « Home », before the sidebar toggles
                menu.removeAction(action)
                menu.insertAction(before, action)
            self.actions[key] = action

    # -- search --------------------------------------------------------------------------------
    def search_view(self, show: bool = True):
        workspace = self.window.workspace
        if workspace is None:
            return None
        if show and not self._showing_search():
            return self.window.show_view("search")
        return workspace.view("search")

    def _showing_search(self) -> bool:
        workspace = self.window.workspace
        return workspace is not None and workspace.location()[0] == "search"

    def search(self, text: str) -> None:
        """Return in the field: search at once, whatever the length."""
        self.timer.stop()
        view = self.search_view()
        if view is not None:
            view.set_query(text)

    def _typed(self, _text: str) -> None:
        if self.window.workspace is None:
            self.timer.stop()
            return
        self.timer.start()

    def _search_typed(self) -> None:
        workspace = self.window.workspace
        if workspace is None:
            return
        text = self.window.search_field.text().strip()
        if len(text) >= MIN_CHARS:
            view = self.search_view(show=True)
        elif self._showing_search():
            view = self.search_view(show=False)
        else:
            return
        if view is not None:
            view.set_query(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.window.search_field and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and self._showing_search()):
            if self.timer.isActive():
                self.timer.stop()
                self._search_typed()
            view = self.search_view(show=False)
            if view is not None:
                view.focus_results()
            return True
        return super().eventFilter(watched, event)

    def _journal_opened(self) -> None:
        self.preload_watch.start(1)  # one "minute" of PRELOAD_PAUSE_MS without input

    def _warm_up(self) -> None:
        """Once the journal is shown and the person pauses: load what the first progress
        view would wait for (the chart font into Qt, ~8 ms), then the code of the other
        pages and views, a module per pause (:mod:`carnet.ui.warmup`)."""
        self.preload_watch.stop()
        if self.window.workspace is None:
            return
        from carnet.ui import charts

        charts.chart_family()
        self.warm_up.start()


def install(window) -> Insights:
    """Register the views and wire the search field of ``window`` (a ``MainWindow``)."""
    existing = getattr(window, "insights", None)
    if isinstance(existing, Insights):
        return existing
    window.insights = Insights(window)
    return window.insights
