"""Lock the journal after a period without keyboard or mouse input.

Where input is watched: the platform hands every key press, mouse move or click,
wheel turn and touch to a window of the application (a ``QWindow``: the main
window's, a dialog's, a menu's or a combo box's popup) before any widget sees it.
The watch sits on those windows, not on the whole application: an application-wide
filter is called for every event of the process (polish, layout, paint…), ~18,000
calls into Python while a session's page is built, for the few that are input.
Text an input method composes (a dead key, a compose sequence) reaches the focused
widget without passing through its window: the focused object is watched too.

New windows are watched from the moment they could take input: a window that takes
the keyboard becomes the focus window (dialogs and popups do), which is watched;
the others (a tooltip) are found when the pointer leaves a watched window for them,
or after a press in a watched window opened them.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow

#: Input that counts as activity (the event types themselves: no conversion per event).
#: A key that triggers a shortcut reaches the window as a ShortcutOverride only.
_INPUT_EVENTS = frozenset((
    QEvent.Type.KeyPress,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress,
    QEvent.Type.TabletMove,
    QEvent.Type.InputMethod,
))

#: Input after which a window may have opened (a menu, a dialog, a completer): the
#: windows are looked for again once it was handled.
_PRESSES = frozenset((
    QEvent.Type.KeyPress,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
    QEvent.Type.InputMethod,
))

#: What a watched window sees when another window comes in front of it: the pointer
#: left it (a window under the pointer, or the pointer going to another), a modal
#: window blocks it, the keyboard went elsewhere.
_OTHER_WINDOW = frozenset((
    QEvent.Type.Leave,
    QEvent.Type.WindowBlocked,
    QEvent.Type.FocusOut,
))


class _InputHub(QObject):
    """One filter for every running watcher, on the application's windows.

    Installed only while a watcher runs (the lock and the charts' warm-up).
    Installing a filter twice on a window is one filter (Qt moves it to the
    front), so looking for windows again is only installing on all of them.
    """

    def __init__(self) -> None:
        super().__init__()
        self.timers: list[QTimer] = []
        self._focus: QObject | None = None
        self._watching = False
        self._look_again = QTimer(self, singleShot=True, interval=0)
        self._look_again.timeout.connect(self.watch_windows)

    def add(self, timer: QTimer) -> None:
        self.timers = [t for t in self.timers if shiboken6.isValid(t)]  # watchers destroyed
        if timer not in self.timers:
            self.timers.append(timer)
        if not self._watching:
            self._start_watching()

    def remove(self, timer: QTimer) -> None:
        self.timers = [t for t in self.timers if t is not timer and shiboken6.isValid(t)]
        if not self.timers and self._watching:
            self._stop_watching()

    # -- which objects are watched ------------------------------------------------------------
    def _start_watching(self) -> None:
        app = QGuiApplication.instance()
        if not isinstance(app, QGuiApplication):
            return
        self._watching = True
        app.focusWindowChanged.connect(self.watch_windows)
        app.focusObjectChanged.connect(self._watch_focus)
        self.watch_windows()
        self._watch_focus()

    def _stop_watching(self) -> None:
        self._watching = False
        self._look_again.stop()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.disconnect(self.watch_windows)
            app.focusObjectChanged.disconnect(self._watch_focus)
            for window in app.allWindows():
                window.removeEventFilter(self)
        self._watch_focus()

    def watch_windows(self, *_args: object) -> None:
        """Watch every window of the application (those already watched stay so)."""
        if self._watching:
            for window in QGuiApplication.allWindows():
                window.installEventFilter(self)

    def _watch_focus(self, *_args: object) -> None:
        """Composed text goes to the focused object without passing through a window.

        The object is asked for, not taken from the signal: a window losing its focus
        object says None while another window's object has the focus.
        """
        focus = QGuiApplication.focusObject() if self._watching else None
        if focus is self._focus:
            return
        previous, self._focus = self._focus, None
        # A window keeps its watch when the focus leaves it (a window can be focused).
        if (previous is not None and shiboken6.isValid(previous)
                and not isinstance(previous, QWindow)):
            previous.removeEventFilter(self)
        if focus is not None:
            focus.installEventFilter(self)
            self._focus = focus

    # -- the filter ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT_EVENTS:
            for timer in list(self.timers):
                try:
                    if timer.isActive():
                        timer.start()
                except RuntimeError:  # its watcher was destroyed without stop()
                    self.remove(timer)
            if kind in _PRESSES:
                self._look_again.start()
        elif kind in _OTHER_WINDOW:
            self.watch_windows()
        return False


_hub: _InputHub | None = None


def _input_hub() -> _InputHub:
    global _hub
    if _hub is None:
        _hub = _InputHub()
    return _hub


class IdleWatcher(QObject):
    """Emits ``idle`` once after ``minutes`` without input while running.

    ``minute_ms`` is the length of a minute for the timer: tests shorten it
    (a fake clock) rather than wait real minutes.
    """

    idle = Signal()

    def __init__(self, parent: QObject | None = None, *, minute_ms: int = 60_000) -> None:
        super().__init__(parent)
        self.minute_ms = minute_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._installed = False

    def start(self, minutes: int) -> None:
        """Watch for ``minutes`` of inactivity; 0 switches the watch off."""
        self.stop()
        if minutes <= 0:
            return
        self._timer.setInterval(minutes * self.minute_ms)
        if QCoreApplication.instance() is not None:
            _input_hub().add(self._timer)
            self._installed = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._installed:
            _input_hub().remove(self._timer)
            self._installed = False

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    @property
    def interval_ms(self) -> int:
        """The idle time that locks, in (possibly shortened) milliseconds."""
        return self._timer.interval()

    def remaining_ms(self) -> int:
        """Time left before ``idle`` fires; -1 when not running."""
        return self._timer.remainingTime()
