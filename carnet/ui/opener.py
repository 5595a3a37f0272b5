"""Open or create a journal off the UI thread.

Keying a journal runs the KDF (about 100 ms) and the integrity check; the
window stays responsive and shows a busy indicator meanwhile. Results come back
on the UI thread as signals. A result that arrives after ``cancel()`` (window
closed, another file chosen) is closed at once, never leaked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

if TYPE_CHECKING:
    from carnet.store import JournalStore


@dataclass(frozen=True)
class OpenFailure:
    """Why a journal did not open: ``kind`` selects the message the screen shows.

    kinds: wrong_passphrase, unreadable, newer, in_use, exists, invalid, storage, error.
    ``detail`` is the store's own explanation (never content, never the passphrase);
    ``cause`` the store error's class name (``DamagedJournalError``…), or "".
    """

    kind: str
    detail: str
    cause: str = ""


def classify(exc: BaseException) -> OpenFailure:
    from carnet.store.errors import (
        DamagedJournalError,
        JournalExistsError,
        JournalInUseError,
        NewerJournalError,
        NotAJournalError,
        StorageError,
        StoreError,
        UnsupportedCipherError,
        WrongPassphraseError,
    )

    if isinstance(exc, WrongPassphraseError):
        kind = "wrong_passphrase"
    elif isinstance(exc, NewerJournalError):
        kind = "newer"
    elif isinstance(exc, NotAJournalError | DamagedJournalError | UnsupportedCipherError):
        kind = "unreadable"
    elif isinstance(exc, JournalInUseError):
        kind = "in_use"
    elif isinstance(exc, JournalExistsError):
        kind = "exists"
    elif isinstance(exc, StorageError | OSError):
        kind = "storage"
    elif isinstance(exc, ValueError):
        kind = "invalid"
    else:
        kind = "error"
    detail = str(exc) if isinstance(exc, StoreError | OSError | ValueError) else type(exc).__name__
    cause = type(exc).__name__ if isinstance(exc, StoreError) else ""
    return OpenFailure(kind, detail, cause)


def _store_class() -> type[JournalStore]:
    """The store, imported at the first opening (on the worker thread), not at start."""
    from carnet.store import JournalStore

    return JournalStore


class _Relay(QObject):
    """Carries a worker's outcome to the UI thread (queued signal)."""

    done = Signal(int, str, object, object)  # serial, mode, result, exception


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay, serial: int, mode: str) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._relay = relay
        self._serial = serial
        self._mode = mode

    def run(self) -> None:
        fn, relay = self._fn, self._relay
        # PySide's pool may keep this Python object after Qt deleted the task: let it
        # hold neither the job (its closure: a store, a passphrase) nor the relay.
        self._fn = self._relay = None
        try:
            result, error = fn(), None
        except BaseException as exc:  # reported to the UI thread, never raised here
            result, error = None, exc
        relay.done.emit(self._serial, self._mode, result, error)


class JournalOpener(QObject):
    """Runs one open/create/prepare job at a time on its own thread pool."""

    opened = Signal(object)  # JournalStore, owned by the receiver from now on
    failed = Signal(object)  # OpenFailure
    prepared = Signal(object)  # the result of prepare(fn)
    busyChanged = Signal(bool)  # noqa: N815 - Qt's signal naming

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relays: dict[int, _Relay] = {}
        self._cancelled: set[int] = set()
        self._serial = 0

    # -- jobs ------------------------------------------------------------------------------
    def open(self, path: Path | str, passphrase: str) -> None:
        path = Path(path)

        def job() -> JournalStore:
            # A backup Carnet wrote, opened to see how things were, stays as it was:
            # read-only, never synced — it joined the sync as a new device and took in
            # everything since, its « before an import » state gone (fresh8's G17).
            from carnet.store.backups import backup_info

            backup = backup_info(path)
            if backup is None:
                return _store_class().open(path, passphrase)
            store = _store_class().open(path, passphrase, read_only=True)
            store.backup = backup
            return store

        self._start(job, "open")

    def create(self, path: Path | str, passphrase: str, owner_name: str) -> None:
        path = Path(path)
        self._start(lambda: _store_class().create(path, passphrase, owner_name), "open")

    def prepare(self, fn: Callable[[], Any]) -> None:
        """Run any slow preparation (a demo journal) and emit ``prepared`` with its result."""
        self._start(fn, "prepare")

    def _start(self, fn: Callable[[], Any], mode: str) -> None:
        self._serial += 1
        serial = self._serial
        was_busy = self.busy
        relay = _Relay()
        relay.done.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._relays[serial] = relay
        self._pool.start(_Task(fn, relay, serial, mode))
        if not was_busy:
            self.busyChanged.emit(True)

    @Slot(int, str, object, object)
    def _finish(self, serial: int, mode: str, result: Any, error: BaseException | None) -> None:
        self._relays.pop(serial, None)
        cancelled = serial in self._cancelled
        self._cancelled.discard(serial)
        if not self._relays:
            self.busyChanged.emit(False)
        if cancelled:
            if isinstance(result, _store_class()):
                result.close()
            return
        if error is not None:
            self.failed.emit(classify(error))
        elif mode == "prepare":
            self.prepared.emit(result)
        else:
            self.opened.emit(result)

    # -- control ---------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def cancel(self) -> None:
        """Discard the jobs under way: a journal they open is closed on arrival."""
        self._cancelled.update(self._relays)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the worker is idle (shutdown and tests); pending results stay queued."""
        return self._pool.waitForDone(msecs)

    def shutdown(self) -> None:
        """Cancel, wait for the worker and deliver its result so any opened journal is closed."""
        self.cancel()
        self._pool.waitForDone(-1)
        QCoreApplication.sendPostedEvents(self)


class TaskRunner(QObject):
    """Runs small background jobs (a daily backup) one at a time, results on the UI thread."""

    finished = Signal(str, object)  # key, result
    failed = Signal(str, object)  # key, OpenFailure

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relays: dict[int, _Relay] = {}
        self._serial = 0

    def run(self, key: str, fn: Callable[[], Any]) -> None:
        self._serial += 1
        relay = _Relay()
        relay.done.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._relays[self._serial] = relay
        self._pool.start(_Task(fn, relay, self._serial, key))

    @Slot(int, str, object, object)
    def _finish(self, serial: int, key: str, result: Any, error: BaseException | None) -> None:
        self._relays.pop(serial, None)
        if error is not None:
            self.failed.emit(key, classify(error))
        else:
            self.finished.emit(key, result)

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the jobs are done; their results are delivered by the event loop."""
        return self._pool.waitForDone(msecs)
