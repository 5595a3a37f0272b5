"""Reading and writing sync's own tables: record states, edges, settings, blobs.

Shared by capture (local edits → states) and apply (remote states → rows).
Everything here runs inside the caller's transaction.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Iterator, Sequence

import sqlcipher3

from carnet.domain.sync import (
    FieldState,
    HybridClock,
    RecordState,
    Sibling,
    is_canonical_record,
)
from carnet.store.sync_tables import BLOB_FIELD, TABLES

_CHUNK = 400


def chunks(items: Sequence, size: int = _CHUNK) -> Iterator[Sequence]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def rows_in(conn: sqlcipher3.Connection, sql: str, keys: Iterable, *extra) -> list:
    """``sql`` with ``{marks}`` standing for the keys, run chunk by chunk."""
    keys = list(keys)
    out: list = []
    for part in chunks(keys):
        marks = ",".join("?" * len(part))
        out += conn.execute(sql.format(marks=marks), (*extra, *part)).fetchall()
    return out


# -- settings ---------------------------------------------------------------------


def get_setting(conn: sqlcipher3.Connection, key: str, default=None):
    row = conn.execute("SELECT value FROM sync_settings WHERE key = ?", (key,)).fetchone()
    return default if row is None or row[0] is None else row[0]


def set_setting(conn: sqlcipher3.Connection, key: str, value) -> None:
    if value is None:
        conn.execute("DELETE FROM sync_settings WHERE key = ?", (key,))
    else:
        conn.execute(
            "INSERT INTO sync_settings(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def device_id(conn: sqlcipher3.Connection) -> str:
    return str(get_setting(conn, "device_id"))


def next_seq(conn: sqlcipher3.Connection) -> int:
    return int(get_setting(conn, "next_seq", 1))


def load_clock(conn: sqlcipher3.Connection) -> HybridClock:
    return HybridClock(device_id(conn), get_setting(conn, "clock"))


def save_clock(conn: sqlcipher3.Connection, clock: HybridClock) -> None:
    set_setting(conn, "clock", clock.last)


# -- record states ------------------------------------------------------------------


#: ``json.dumps(…, ensure_ascii=False, separators=(",", ":"))``, its encoder made once
#: (json.dumps makes one per call with these options: a tenth of a join's time).
dumps_json = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), check_circular=False
).encode


def dumps(record: RecordState) -> str:
    return dumps_json(record.to_json())


def pack(text: str) -> bytes:
    """A state as stored: its JSON compressed (each field repeats the 32-digit device
    ids of its stamps, dots and version vectors: a first sync stored the journal's
    words again with 3× their size in bookkeeping; 3.3× smaller so)."""
    return zlib.compress(text.encode("utf-8"), 1)


def unpack(value: str | bytes | memoryview) -> str:
    """A stored state's JSON (states stored before they were compressed are text)."""
    if isinstance(value, str):
        return value
    return zlib.decompress(bytes(value)).decode("utf-8")


def load_states(conn: sqlcipher3.Connection, uuids: Iterable[str]) -> dict[str, RecordState]:
    return {
        uuid: RecordState.from_json(json.loads(unpack(text)))
        for uuid, text in rows_in(
            conn, "SELECT uuid, state FROM sync_state WHERE uuid IN ({marks})", uuids
        )
    }


def load_state_json(conn: sqlcipher3.Connection, uuids: Iterable[str]) -> dict[str, dict]:
    """The states as JSON, exactly ``load_states(…)[uuid].to_json()``: the stored text
    read as it is when it is already that (then no objects are built per field)."""
    out: dict[str, dict] = {}
    for uuid, text in rows_in(
        conn, "SELECT uuid, state FROM sync_state WHERE uuid IN ({marks})", uuids
    ):
        item = json.loads(unpack(text))
        out[uuid] = item if is_canonical_record(item) else RecordState.from_json(item).to_json()
    return out


def save_states(conn: sqlcipher3.Connection, records: Iterable[RecordState]) -> None:
    """Store ``records`` (liveness columns are the caller's) and their edges."""
    rows, edges = [], []
    for record in records:
        rows.append((record.uuid, record.table, pack(dumps(record))))
        edges += [(p, record.uuid, 0) for p in record.parents.values() if p]
        spec = TABLES.get(record.table)
        for column, _table in spec.refs if spec is not None else ():
            state = record.fields.get(column)
            edges += [
                (sib.value, record.uuid, 1)
                for sib in (state.siblings if state else ())
                if isinstance(sib.value, str)
            ]
    # A new record starts not alive (it has no row yet): the caller's liveness pass
    # then sees it turn alive, and renders it and its waiting children.
    conn.executemany(
        "INSERT INTO sync_state(uuid, tbl, state, kept_self, kept, alive) "
        "VALUES (?, ?, ?, 0, 0, 0) ON CONFLICT(uuid) DO UPDATE SET state = excluded.state",
        rows,
    )
    conn.executemany(
        "INSERT OR IGNORE INTO sync_edges(parent, child, ref) VALUES (?, ?, ?)", edges
    )


# -- attachment bytes -----------------------------------------------------------------


def blob_bytes(conn: sqlcipher3.Connection, sha256: str, *, not_rid: int = 0) -> bytes | None:
    """The bytes whose hash is ``sha256``: a kept version, or another attachment's."""
    row = conn.execute(
        "SELECT data FROM sync_blobs WHERE sha256 = ?", (sha256,)
    ).fetchone() or conn.execute(
        "SELECT d.data FROM attachments a JOIN attachment_data d ON d.attachment_id = a.id "
        "WHERE a.sha256 = ? AND a.id != ? LIMIT 1",
        (sha256, not_rid),
    ).fetchone()
    return bytes(row[0]) if row else None


def with_bytes(conn: sqlcipher3.Connection, record: RecordState) -> RecordState:
    """A stored state as it travels: an attachment's hash replaced by its bytes.

    Bytes no longer held (the attachment was deleted here) travel as None; a
    device that still has them keeps them (the same dot, the fuller value wins).
    """
    state = record.fields.get(BLOB_FIELD)
    if state is None or not TABLES[record.table].blob:
        return record
    sibs = tuple(
        Sibling(
            blob_bytes(conn, s.value) if isinstance(s.value, str) else s.value, s.stamp, s.dot
        )
        for s in state.siblings
    )
    fields = {**record.fields, BLOB_FIELD: FieldState(sibs, state.vv)}
    return RecordState(record.table, record.uuid, record.parents, fields, record.deleted)


def with_bytes_json(conn: sqlcipher3.Connection, item: dict) -> tuple[dict, int]:
    """:func:`with_bytes` of a state's JSON, and the bytes it now carries."""
    spec = TABLES.get(item["table"])
    if spec is None or not spec.blob or BLOB_FIELD not in item["fields"]:
        return item, 0
    record = with_bytes(conn, RecordState.from_json(item))
    state = record.fields[BLOB_FIELD]
    size = sum(len(s.value) for s in state.siblings if isinstance(s.value, bytes))
    return record.to_json(), size


def with_hashes(conn: sqlcipher3.Connection, record: RecordState) -> RecordState:
    """An incoming state as stored: bytes kept aside (sync_blobs), named by hash."""
    import hashlib

    state = record.fields.get(BLOB_FIELD)
    if state is None or not TABLES[record.table].blob:
        return record
    sibs = []
    for s in state.siblings:
        value = s.value
        if isinstance(value, bytes | bytearray | memoryview):
            data = bytes(value)
            value = hashlib.sha256(data).hexdigest()
            conn.execute(
                "INSERT OR IGNORE INTO sync_blobs(sha256, data) VALUES (?, ?)", (value, data)
            )
        sibs.append(Sibling(value, s.stamp, s.dot))
    fields = {**record.fields, BLOB_FIELD: FieldState(tuple(sibs), state.vv)}
    return RecordState(record.table, record.uuid, record.parents, fields, record.deleted)


def forget_blobs(conn: sqlcipher3.Connection, records: Iterable[RecordState]) -> None:
    """Drop the kept bytes of deleted attachments (``records``: tombstones), unless a
    record still standing names the same bytes."""
    shas = {
        s.value
        for record in records
        if TABLES.get(record.table) is not None and TABLES[record.table].blob
        for state in (record.fields.get(BLOB_FIELD),) if state is not None
        for s in state.siblings
        if isinstance(s.value, str)
    }
    if not shas:
        return
    standing = [
        unpack(value)
        for (value,) in conn.execute(
            "SELECT state FROM sync_state WHERE tbl = 'attachments' AND alive = 1")
    ]
    for sha in sorted(shas):
        if not any(sha in text for text in standing):
            conn.execute("DELETE FROM sync_blobs WHERE sha256 = ?", (sha,))
