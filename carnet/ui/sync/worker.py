"""One background thread for sync jobs, each on a connection of its own.

A job gets a second connection to the journal (``store.sync.open_sibling()``,
opened by the caller on the UI thread while the journal is surely open) and a
``cancelled()`` to poll; the connection is closed on the worker thread when the
job ends, whatever happens. The outcome comes back on the UI thread as
``finished(kind, result, error)``. Cancelling never waits: a lock sets the
job's flag and goes on; the engine stops at its next safe point.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

#: A job: fn(connection or None, cancelled) -> result, run on the worker thread.
Job = Callable[[Any, Callable[[], bool]], Any]


class _Relay(QObject):
    done = Signal(int, str, object, object)  # serial, kind, result, error
    progressed = Signal(int, int)  # done, total (join)


class _Runnable(QRunnable):
    def __init__(self, serial: int, kind: str, connection: Any, fn: Job,
                 cancel: threading.Event, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._args = (serial, kind, connection, fn, cancel, relay)

    def run(self) -> None:
        serial, kind, connection, fn, cancel, relay = self._args
        self._args = None  # the pool may keep this object: let it hold no connection
        try:
            result, error = fn(connection, cancel.is_set), None
        except BaseException as exc:  # reported on the UI thread, never raised here
            result, error = None, exc
        finally:
            if connection is not None:
                with contextlib.suppress(Exception):
                    connection.close()
            del connection
        relay.done.emit(serial, kind, result, error)


class SyncWorker(QObject):
    """Runs sync jobs one at a time; ``finished`` arrives on the UI thread."""

    finished = Signal(str, object, object)  # kind, result, exception (or None)
    progressed = Signal(int, int)  # a join's files done / total

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._jobs: dict[int, tuple[_Relay, threading.Event, str]] = {}
        self._serial = 0
        self._progress = _Relay()
        self._progress.progressed.connect(self.progressed, Qt.ConnectionType.QueuedConnection)

    def start(self, kind: str, fn: Job, connection: Any = None,
              cancel: threading.Event | None = None) -> threading.Event:
        """Queue ``fn``; its cancel flag (set it to stop the job at its next safe point)."""
        self._serial += 1
        cancel = cancel or threading.Event()
        relay = _Relay()
        relay.done.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._jobs[self._serial] = (relay, cancel, kind)
        self._pool.start(_Runnable(self._serial, kind, connection, fn, cancel, relay))
        return cancel

    def progress_callback(self) -> Callable[[int, int], None]:
        """A progress callback for a job: thread-safe, ``progressed`` on the UI thread."""
        relay = self._progress
        return lambda done, total: relay.progressed.emit(int(done), int(total))

    @Slot(int, str, object, object)
    def _finish(self, serial: int, kind: str, result: Any, error: BaseException | None) -> None:
        self._jobs.pop(serial, None)
        self.finished.emit(kind, result, error)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def kinds(self) -> list[str]:
        return [kind for _relay, _cancel, kind in self._jobs.values()]

    def cancel_all(self) -> None:
        """Ask every queued or running job to stop; returns at once."""
        for _relay, cancel, _kind in self._jobs.values():
            cancel.set()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the thread is idle (closing, a passphrase change); results stay
        queued for the event loop."""
        return self._pool.waitForDone(msecs)
