"""Lock the journal after a period without keyboard or mouse input."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_INPUT_EVENTS = frozenset(
    int(t)
    for t in (
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
    )
)


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
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            self._installed = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._installed:
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if int(event.type()) in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False
