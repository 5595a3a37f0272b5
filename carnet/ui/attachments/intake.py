"""Reading, checking and storing new attachments off the interface's thread.

A photo takes up to a second to decode and re-encode: the page stays
responsive meanwhile. Results come back on the interface's thread as a list of
``(name, attachment id or None, refusal reason, detail)``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

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


def store_sources(
    store: JournalStore,
    session_id: int,
    step_id: str | None,
    sources: list[Source],
    keep_original: bool = False,
    heic_decoder: Callable[[bytes], bytes | None] | None = None,
) -> list[Outcome]:
    """Check, re-encode and store each source; one outcome per source, never a raise."""
    outcomes = []
    for source in sources:
        try:
            data = source.data if source.data is not None else read_limited(source.path)
            prepared = prepare(data, source.name, keep_original=keep_original,
                               heic_decoder=heic_decoder)
            del data
            attachment = Attachment(
                session_id=session_id, mime=prepared.mime, size=len(prepared.data),
                sha256="", filename=prepared.filename, step_id=step_id,
                width=prepared.width, height=prepared.height)
            if store.attachments.find(session_id,
                                      hashlib.sha256(prepared.data).hexdigest()) is not None:
                outcomes.append(Outcome(source.name, None, "duplicate"))
                continue
            store.attachments.add(attachment, prepared.data)
            outcomes.append(Outcome(source.name, attachment.id))
        except RefusedFileError as exc:
            outcomes.append(Outcome(source.name, None, exc.reason, exc.detail))
        except (StoreError, ValueError) as exc:
            outcomes.append(Outcome(source.name, None, "failed", str(exc)))
    return outcomes


class _Relay(QObject):
    """Carries a job's result to the interface's thread; a child of its ``Intake``, so a
    result that arrives after the page is gone (the journal locked) reaches nobody."""

    done = Signal(object, object)  # the relay, the result


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self._fn, self._relay = fn, relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # reported as every source failing
            result = exc
        self._relay.done.emit(self._relay, result)


class Intake(QObject):
    """One job at a time on its own thread; ``finished(list[Outcome])`` on the UI thread."""

    finished = Signal(object)
    busyChanged = Signal(bool)  # noqa: N815

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relays: list[_Relay] = []

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def run(self, fn: Callable[[], list[Outcome]]) -> None:
        relay = _Relay(self)
        relay.done.connect(self._done)
        self._relays.append(relay)
        self.busyChanged.emit(True)
        self._pool.start(_Job(fn, relay))

    def _done(self, relay: _Relay, result: object) -> None:
        if relay in self._relays:
            self._relays.remove(relay)
        relay.deleteLater()
        if isinstance(result, Exception):
            result = [Outcome("?", None, "failed", str(result))]
        self.busyChanged.emit(self.busy)
        self.finished.emit(result)

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)
