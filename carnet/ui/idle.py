"""Lock the journal after a period without keyboard or mouse input."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QInputEvent, QInputMethodEvent

#: Input that counts as activity (the event types themselves: no conversion per event).
_INPUT_EVENTS = frozenset((
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.InputMethod,
))


#: The classes of those events (a key, mouse, wheel or touch event is a QInputEvent).
_INPUT_CLASSES = (QInputEvent, QInputMethodEvent)


class _InputHub(QObject):
    """One application-wide event filter for every running watcher.

    The application's filter sees every event of the process (paints, timers,
    layouts…), each a call into Python: one filter however many watchers run
    (the lock and the charts' warm-up), installed only while one of them runs.
    """

    def __init__(self) -> None:
        super().__init__()
        self.timers: list[QTimer] = []

    def add(self, timer: QTimer) -> None:
        self.timers = [t for t in self.timers if shiboken6.isValid(t)]  # watchers destroyed
        if timer not in self.timers:
            if not self.timers:
                QCoreApplication.instance().installEventFilter(self)
            self.timers.append(timer)

    def remove(self, timer: QTimer) -> None:
        self.timers = [t for t in self.timers if t is not timer and shiboken6.isValid(t)]
        if not self.timers:
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The class first (a cheap check): asking any event its type builds a Python
        # enum, and thousands of events (polish, layout, paint) pass here as a view opens.
        if isinstance(event, _INPUT_CLASSES) and event.type() in _INPUT_EVENTS:
            for timer in list(self.timers):
                try:
                    if timer.isActive():
                        timer.start()
                except RuntimeError:  # its watcher was destroyed without stop()
                    self.remove(timer)
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
