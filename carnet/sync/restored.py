"""What this device's own folder holds beyond an older copy of its file (a restored backup).

When the journal finds, under its own device id, numbers it never froze, it is
an older state of the file that wrote them: that file carried on from it (see
:mod:`carnet.store.sync_restored`). This reads those files — the numbers from
the first one this file had not published — and says which records they carry
and when the newest was written, so the restored file's pending records already
carried there are not sent again as fresh edits. No Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from carnet.domain.sync import parse_stamp
from carnet.sync import codec, reader


@dataclass(frozen=True)
class Continuation:
    carried: frozenset[str]
    until: int  # ms, when the newest of those files was written


def _written_ms(payload: dict) -> int | None:
    if payload.get("type") == "snapshot":
        try:
            return int(datetime.fromisoformat(str(payload["written_at"])).timestamp() * 1000)
        except (KeyError, ValueError, TypeError):
            return None
    try:
        return parse_stamp(str(payload["stamp"]))[0]
    except (KeyError, ValueError, TypeError):
        return None


def _records(payload: dict) -> list:
    if payload.get("type") == "snapshot":
        state = payload.get("state")
        return (state.get("records") or []) if isinstance(state, dict) else []
    records = payload.get("records")
    return records if isinstance(records, list) else []


def continuation(found: Iterable[reader.Found], device: str, first: int,
                 decode: Callable[[reader.Found], dict | None]) -> Continuation | None:
    """The records this device's files numbered ``first`` or more carry (None: none
    could be read)."""
    carried: set[str] = set()
    until: int | None = None
    for item in found:
        if item.device != device or item.seq < first or item.kind not in (
                codec.Kind.BUNDLE, codec.Kind.SNAPSHOT):
            continue
        payload = decode(item)
        if not isinstance(payload, dict):
            continue
        written = _written_ms(payload)
        if written is None:
            continue
        carried.update(r["uuid"] for r in _records(payload)
                       if isinstance(r, dict) and isinstance(r.get("uuid"), str))
        until = written if until is None else max(until, written)
    if until is None:
        return None
    return Continuation(frozenset(carried), until)
