"""What this device's own folder holds beyond an older copy of its file (a restored backup).

When the journal finds, under its own device id, numbers it never froze, it is
an older state of the file that wrote them: that file carried on from it (see
:mod:`carnet.store.sync_restored`). This reads those files — the numbers from
the first one this file had not published — and says which values they hold, by
record and field, so that the restored file's pending values already held there
are not sent again as fresh edits. No Qt.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable, Iterable

from carnet.store.sync_restored import DELETED_KEY, value_key
from carnet.store.sync_tables import BLOB_FIELD
from carnet.sync import codec, reader


def _records(payload: dict) -> list:
    if payload.get("type") == "snapshot":
        state = payload.get("state")
        return (state.get("records") or []) if isinstance(state, dict) else []
    records = payload.get("records")
    return records if isinstance(records, list) else []


def _hold(seen: dict[str, dict[str, set[str]]], record: dict) -> None:
    uuid = record.get("uuid")
    if not isinstance(uuid, str):
        return
    held = seen.setdefault(uuid, {})
    fields = record.get("fields")
    states = list(fields.items()) if isinstance(fields, dict) else []
    if isinstance(record.get("deleted"), dict):
        states.append((DELETED_KEY, record["deleted"]))
    for name, state in states:
        sibs = state.get("s") if isinstance(state, dict) else None
        for sib in sibs if isinstance(sibs, list) else ():
            if isinstance(sib, dict) and "v" in sib:
                held.setdefault(name, set()).add(value_key(_as_stored(name, sib["v"])))


def _as_stored(name: str, value):
    """An attachment's bytes travel in the files; the journal's state names them by
    their SHA-256 (``sync_states.with_hashes``): compared as stored."""
    if name == BLOB_FIELD and isinstance(value, dict) and set(value) == {"b64"}:
        try:
            return hashlib.sha256(base64.b64decode(value["b64"], validate=True)).hexdigest()
        except (ValueError, TypeError):
            return value
    return value


def continuation(found: Iterable[reader.Found], device: str, first: int,
                 decode: Callable[[reader.Found], dict | None]
                 ) -> dict[str, dict[str, set[str]]]:
    """The values this device's files numbered ``first`` or more hold, by record uuid
    and field (none if no such file could be read: then nothing is taken back, and
    what is sent still keeps the time it was written)."""
    seen: dict[str, dict[str, set[str]]] = {}
    for item in found:
        if item.device != device or item.seq < first or item.kind not in (
                codec.Kind.BUNDLE, codec.Kind.SNAPSHOT):
            continue
        payload = decode(item)
        if not isinstance(payload, dict):
            continue
        for record in _records(payload):
            if isinstance(record, dict):
                _hold(seen, record)
    return seen
