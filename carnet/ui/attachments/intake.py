"""Reading, checking and storing new attachments off the interface's thread.

A photo takes up to a second to decode and re-encode: the page stays
responsive meanwhile. Results come back on the interface's thread as a list of
``(name, attachment id or None, refusal reason, detail)``.

Reading a file may never end (a network share that hangs, a cloud placeholder being
downloaded): the page, the lock and the quit never wait for a read (fresh7: a pipe froze
the window at the next lock until something was written into it). They wait only for the
bounded part — re-encoding and storing what was read — so a photo being stored when the
journal locks is stored. A read that ends after the journal closed stores nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from carnet.domain.attachment import Attachment
from carnet.services.attachment_intake import RefusedFileError, prepare, read_limited
from carnet.store import JournalStore
from carnet.store.errors import StoreError


@dataclass(frozen=True)
class Source:
    """One file to attach: a path on disk, or bytes (a pasted image)."""

    name: str
    path: Path | None = None
    data: bytes | None = None


@dataclass(frozen=True)
class Outcome:
    name: str
    attachment_id: int | None
    reason: str = ""
    detail: str = ""


class Gate:
    """Held while a job re-encodes and stores what it read (bounded work); ``settle``
    waits for that, never for a read."""

    def __init__(self) -> None:
        self._lock = threading.Lock()

    def storing(self):
        return self._lock

    def settle(self) -> None:
        with self._lock:
            pass


def store_sources(
    store: JournalStore,
    session_id: int,
    step_id: str | None,
    sources: list[Source],
    keep_original: bool = False,
    heic_decoder: Callable[[bytes], bytes | None] | None = None,
    gate: Gate | None = None,
) -> list[Outcome]:
    """Check, re-encode and store each source; one outcome per source, never a raise.
    The file is read outside ``gate``, the rest inside it."""
    outcomes = []
    for source in sources:
        try:
            data = source.data if source.data is not None else read_limited(source.path)
            with gate.storing() if gate is not None else contextlib.nullcontext():
                outcomes.append(_store_one(store, session_id, step_id, source.name, data,
                                           keep_original, heic_decoder))
        except RefusedFileError as exc:
            outcomes.append(Outcome(source.name, None, exc.reason, exc.detail))
    return outcomes


def _store_one(store: JournalStore, session_id: int, step_id: str | None, name: str,
               data: bytes, keep_original: bool,
               heic_decoder: Callable[[bytes], bytes | None] | None) -> Outcome:
    try:
        prepared = prepare(data, name, keep_original=keep_original, heic_decoder=heic_decoder)
        del data
        attachment = Attachment(
            session_id=session_id, mime=prepared.mime, size=len(prepared.data),
            sha256="", filename=prepared.filename, step_id=step_id,
            width=prepared.width, height=prepared.height)
        if store.attachments.find(session_id,
                                  hashlib.sha256(prepared.data).hexdigest()) is not None:
            return Outcome(name, None, "duplicate")
        store.attachments.add(attachment, prepared.data)
        return Outcome(name, attachment.id)
    except RefusedFileError as exc:
        return Outcome(name, None, exc.reason, exc.detail)
    except (StoreError, ValueError) as exc:
        return Outcome(name, None, "failed", str(exc))


class _Relay(QObject):
    """Carries a job's result to the interface's thread; a child of its ``Intake``, so a
    result that arrives after the page is gone (the journal locked) reaches nobody."""

    done = Signal(object, object)  # the relay, the result


def _run(fn: Callable[[], object], relay: _Relay) -> None:
    """A job's thread: a daemon, which nothing waits for but its :class:`Gate`."""
    try:
        result = fn()
    except Exception as exc:  # reported as every source failing
        result = exc
    with contextlib.suppress(RuntimeError):  # the page (and the relay) gone meanwhile
        relay.done.emit(relay, result)


class Intake(QObject):
    """Each job on a thread of its own (they store one at a time, through :attr:`gate`);
    ``finished(list[Outcome])`` on the UI thread. Destroying the intake (the page going,
    the journal locking) waits for a job's storing, never for its reading."""

    finished = Signal(object)
    busyChanged = Signal(bool)  # noqa: N815

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.gate = Gate()
        self._relays: list[_Relay] = []
        self.destroyed.connect(self.gate.settle)

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def run(self, fn: Callable[[], list[Outcome]]) -> None:
        relay = _Relay(self)
        relay.done.connect(self._done)
        self._relays.append(relay)
        self.busyChanged.emit(True)
        threading.Thread(target=_run, args=(fn, relay), name="carnet-attach",
                         daemon=True).start()

    def _done(self, relay: _Relay, result: object) -> None:
        if relay in self._relays:
            self._relays.remove(relay)
        relay.deleteLater()
        if isinstance(result, Exception):
            result = [Outcome("?", None, "failed", str(result))]
        self.busyChanged.emit(self.busy)
        self.finished.emit(result)

    def settle(self) -> None:
        """Wait for a job that is storing what it read (not for one that is reading)."""
        self.gate.settle()
