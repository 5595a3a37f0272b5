"""Autosave: debounced edits, written in order on one background thread.

Typing never waits on the disk. A field that changes is marked dirty with a
*builder*; ~700 ms after the last edit (at most 5 s while typing on), on focus
loss, or on ``flush()``, each builder runs on the UI thread to snapshot the field
and returns a job; jobs go to :class:`SaveQueue`, which runs them one at a time on
a worker thread. A job still waiting when a newer one for the same key arrives is
replaced (coalesced). A failed job keeps its key dirty: the draft stays in the
editor and is retried on the next edit or flush.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal

from carnet.store.errors import StoreError

Job = Callable[[], Any]
#: Runs on the UI thread when a key must be saved; returns the job (a snapshot).
Builder = Callable[[], Job | None]
#: Told the state of one key: "dirty", "saved" or "error".
Marker = Callable[[str], None]

DEBOUNCE_MS = 700
MAX_DELAY_MS = 5000


@dataclass
class Outcome:
    key: Hashable
    error: str | None
    after: Callable[[], None] | None


class SaveQueue(QObject):
    """Ordered store writes on a single worker thread, with per-key coalescing."""

    progressed = Signal()  # emitted from the worker after each job

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cond = threading.Condition()
        self._pending: OrderedDict[Hashable, tuple[Job, Callable[[], None] | None]] = OrderedDict()
        self._worker_alive = False
        self._outcomes: list[Outcome] = []

    def put(self, key: Hashable, job: Job, after: Callable[[], None] | None = None) -> None:
        """Queue ``job``; ``after`` runs on the UI thread once it succeeded."""
        with self._cond:
            self._pending[key] = (job, after)  # replaces a waiting job, keeps its place
            if not self._worker_alive:
                self._worker_alive = True
                threading.Thread(target=self._run, name="carnet-autosave", daemon=True).start()

    def _run(self) -> None:
        while True:
            with self._cond:
                if not self._pending:
                    self._worker_alive = False
                    self._cond.notify_all()
                    return
                key, (job, after) = self._pending.popitem(last=False)
            try:
                job()
                outcome = Outcome(key, None, after)
            except StoreError as exc:
                outcome = Outcome(key, str(exc), None)
            except Exception as exc:  # a bug must not kill the worker or lose the draft
                outcome = Outcome(
                    key, f"The change could not be saved ({type(exc).__name__}).", None
                )
            with self._cond:
                self._outcomes.append(outcome)
            self.progressed.emit()

    @property
    def idle(self) -> bool:
        with self._cond:
            return not self._worker_alive

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until every queued job ran; False on timeout."""
        with self._cond:
            return self._cond.wait_for(lambda: not self._worker_alive, timeout)

    def take_outcomes(self) -> list[Outcome]:
        with self._cond:
            outcomes, self._outcomes = self._outcomes, []
        return outcomes


class Autosaver(QObject):
    """Tracks dirty fields of one editor and feeds the save queue."""

    stateChanged = Signal(str)  # noqa: N815 - "saving" | "saved" | "error"
    failed = Signal(str)
    #: A field changed (its key), before any save: the page reacts to writing itself.
    edited = Signal(object)

    def __init__(
        self,
        parent: QObject | None = None,
        delay_ms: int = DEBOUNCE_MS,
        max_delay_ms: int = MAX_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self.queue = SaveQueue(self)
        self.queue.progressed.connect(self._collect, Qt.ConnectionType.QueuedConnection)
        self._dirty: dict[Hashable, Builder] = {}
        self._failed: dict[Hashable, Builder] = {}
        #: Why each failed field was refused (the store's message: never its text).
        self._errors: dict[Hashable, str] = {}
        self._builders: dict[Hashable, Builder] = {}
        self._markers: dict[Hashable, Marker] = {}
        self._afters: dict[Hashable, Callable[[], None]] = {}
        self._in_flight: set[Hashable] = set()
        self._state = "saved"
        self._debounce = QTimer(self, singleShot=True, interval=delay_ms)
        self._debounce.timeout.connect(self.save_now)
        self._max_wait = QTimer(self, singleShot=True, interval=max_delay_ms)
        self._max_wait.timeout.connect(self.save_now)

    @property
    def state(self) -> str:
        return self._state

    @property
    def has_unsaved(self) -> bool:
        return bool(self._dirty or self._failed or self._in_flight)

    def unsaved_keys(self) -> list[Hashable]:
        """The fields whose edit is not written (refused, waiting or still running)."""
        keys = list(self._failed)
        keys += [key for key in self._dirty if key not in keys]
        keys += [key for key in self._in_flight if key not in keys]
        return keys

    def unsaved_reasons(self) -> list[str]:
        """Why what is unsaved is (each reason once): what the journal said when it
        refused a write, or that a write has not finished. Empty when all is saved."""
        reasons: list[str] = []
        for key in self.unsaved_keys():
            reason = self._errors.get(key) or QCoreApplication.translate(
                "Autosaver", "a save has not finished")
            if reason not in reasons:
                reasons.append(reason)
        return reasons

    # -- marking ------------------------------------------------------------------------------
    def mark_dirty(
        self,
        key: Hashable,
        build: Builder,
        marker: Marker | None = None,
        after: Callable[[], None] | None = None,
    ) -> None:
        """The field ``key`` changed; ``build`` will snapshot it when its save is due.

        ``marker`` is told the field's state; ``after`` runs on the UI thread after
        each successful save of it.
        """
        self._dirty[key] = build
        self._builders[key] = build
        if marker is not None:
            self._markers[key] = marker
        if after is not None:
            self._afters[key] = after
        # Retry what failed before, along with this edit.
        for failed_key, failed_build in self._failed.items():
            self._dirty.setdefault(failed_key, failed_build)
        self._failed.clear()
        self._notify(key, "dirty")
        self._set_state("saving")
        self.edited.emit(key)
        self._debounce.start()
        if not self._max_wait.isActive():
            self._max_wait.start()

    def save_soon(
        self,
        key: Hashable,
        build: Builder,
        marker: Marker | None = None,
        after: Callable[[], None] | None = None,
    ) -> None:
        """A discrete change (a button, a choice): save at once, not after the debounce."""
        self.mark_dirty(key, build, marker, after)
        self.save_now()

    def watch_focus(self, widget: QObject) -> None:
        """Save pending edits when ``widget`` loses the keyboard focus."""
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self._dirty:
            self.save_now()
        return False

    # -- saving -----------------------------------------------------------------------------
    def save_now(self) -> None:
        """Snapshot every dirty field now and queue its job."""
        self._debounce.stop()
        self._max_wait.stop()
        dirty, self._dirty = self._dirty, {}
        for key, build in dirty.items():
            if key in self._in_flight:
                # Its last save still runs: this one is built after it ended (and after
                # its ``after`` ran), from what that save left — never beside it.
                self._dirty[key] = build
                continue
            try:
                job = build()
            except Exception:  # a widget already gone: nothing left to save
                job = None
            if job is None:
                self._notify(key, "saved")
                continue
            self._in_flight.add(key)
            self.queue.put(key, job, self._afters.get(key))
        self._refresh_state()

    def flush(self, timeout: float | None = 30.0) -> None:
        """Save everything pending (failed fields too) and wait for the disk."""
        for key, build in self._failed.items():
            self._dirty.setdefault(key, build)
        self._failed.clear()
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            self.save_now()
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            self.queue.wait_idle(left)
            self._collect()
            if (not self._dirty and self.queue.idle) or (
                    deadline is not None and time.monotonic() >= deadline):
                break  # (a save waiting for the one before it: built now, in turn)

    def pending(self, key: Hashable) -> bool:
        """True while ``key`` has an edit not yet written (waiting, running or failed)."""
        return key in self._dirty or key in self._in_flight or key in self._failed

    def forget(self) -> None:
        """Drop every reference to fields of the previous session (after a flush)."""
        self._debounce.stop()
        self._max_wait.stop()
        self._dirty.clear()
        self._failed.clear()
        self._errors.clear()
        self._builders.clear()
        self._markers.clear()
        self._afters.clear()
        self._in_flight.clear()
        self._set_state("saved")

    def _collect(self) -> None:
        errors: list[str] = []
        for outcome in self.queue.take_outcomes():
            self._in_flight.discard(outcome.key)
            if outcome.error is None:
                self._errors.pop(outcome.key, None)
                if outcome.key not in self._dirty:
                    self._notify(outcome.key, "saved")
                if outcome.after is not None:
                    outcome.after()
            else:
                build = self._builders.get(outcome.key)
                if build is not None and outcome.key not in self._dirty:
                    self._failed[outcome.key] = build
                self._errors[outcome.key] = outcome.error
                self._notify(outcome.key, "error")
                errors.append(outcome.error)
        if errors:
            self._set_state("error")
            self.failed.emit(errors[-1])
        else:
            self._refresh_state()
        if self._dirty and not self._debounce.isActive() and any(
                key not in self._in_flight for key in self._dirty):
            self.save_now()  # saves that waited for the one before them (see save_now)

    def _refresh_state(self) -> None:
        if self._dirty or self._in_flight:
            self._set_state("saving")
        elif self._failed:
            self._set_state("error")
        else:
            self._set_state("saved")

    def _notify(self, key: Hashable, state: str) -> None:
        marker = self._markers.get(key)
        if marker is not None:
            try:
                marker(state)
            except RuntimeError:  # its widget was deleted
                self._markers.pop(key, None)

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.stateChanged.emit(state)
