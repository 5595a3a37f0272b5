"""A snapshot loaded into an empty journal in bulk (issue 15: joining).

A join builds a brand-new journal from a snapshot: nothing there can conflict,
no row exists, nothing was captured. Merging it record by record
(carnet/store/sync_apply.py) re-reads, for each record, states, liveness and
row ids it could know already; here the same result is computed once in
memory — liveness over the whole snapshot, row ids in (depth, uuid) order —
from the snapshot's JSON as it was read (no objects built per field), and
written table by table with ``executemany``, in the caller's one transaction.
The search index is filled once at the end, from the same expressions as its
triggers (row by row, each trigger flushes the index: five times slower).

The result is the one the record-by-record merge gives (the journal's rows,
tags, bytes and search index; the sync state, edges, blobs, clock and applied
set): tests/test_sync_bulk.py and tests/sync/test_sync_join_bulk.py compare
the two. Row ids are local and may be numbered in another order. Anything
outside the plain case — JSON not exactly as Carnet writes it, a record twice,
a parent of the wrong kind, a value the schema refuses — is declined
(:class:`BulkDeclinedError`) and rolled back, and the caller merges the snapshot the
ordinary way, which handles (or reports) it as it always did.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import queue
import re
import threading
from collections.abc import Callable, Mapping
from typing import Any

import sqlcipher3

from carnet.domain.sync import (
    LONG_TEXT_FIELDS,
    ApplyReport,
    Conflict,
    HybridClock,
    applied_from_json,
    is_canonical_record,
    value_from_json,
    wire_has_hole,
    wire_kept_self,
    wire_render,
    wire_shows_versions,
    wire_visible,
    wire_without_words,
)
from carnet.store.sync_states import dumps_json, load_clock, pack, save_clock
from carnet.store.sync_tables import BLOB_FIELD, BORN_FIELD, TABLES, TAGS_FIELD, TableSpec

#: The tables that must be empty for a load in bulk (sync's own and the journal's).
_MUST_BE_EMPTY = (
    "sync_state", "sync_ids", "sync_dirty", "sync_edges", "sync_out", "sync_blobs", "tags",
    "attachment_data", *TABLES,
)

#: The LONG_TEXT_FIELDS of each table (the conflicts an apply reports), in the order
#: the ordinary merge lists them.
_LONG_FIELDS: dict[str, list[str]] = {}
for _table, _name in LONG_TEXT_FIELDS:
    _LONG_FIELDS.setdefault(_table, []).append(_name)

#: A search-index trigger as schema.py writes it: one INSERT of the new row's values.
_INDEX_TRIGGER = re.compile(
    r"CREATE TRIGGER (\w+) AFTER INSERT ON (\w+) BEGIN\s*"
    r"INSERT INTO search_index\(rowid, body, kind, ref_id, session_id\) "
    r"VALUES \((.*)\);\s*END",
    re.DOTALL,
)


class BulkDeclinedError(Exception):
    """Not the plain case: the caller merges the ordinary way (nothing was kept)."""


def is_empty(conn: sqlcipher3.Connection) -> bool:
    """No record, row, tag, capture or state in this journal yet."""
    return not any(
        conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() for table in _MUST_BE_EMPTY
    )


# -- the plan: liveness and row ids of the whole snapshot, before anything is written ----


def _born(item: dict) -> str | None:
    state = item["fields"].get(BORN_FIELD)
    if state is not None and len(state["s"]) == 1:  # (``wire_render`` of one value)
        born = state["s"][0]["v"]
    else:
        born = wire_render(item["table"], BORN_FIELD, state)
    return born if type(born) is str else None  # (a {"b64"} value renders as bytes)


#: The fields of each table that make its row (every field but the creation stamp).
_ROW_FIELDS = {
    name: tuple(f for f in spec.field_names if f != BORN_FIELD) for name, spec in TABLES.items()
}


class _Plan:
    def __init__(self, items: list[dict]) -> None:
        by_uuid: dict[str, dict] = {}
        #: uuid → creation stamp (None: none, or not one stamp)
        self.born: dict[str, str | None] = {}
        for item in items:
            if not is_canonical_record(item):
                raise BulkDeclinedError
            spec = TABLES.get(item["table"])
            uuid = item["uuid"]
            if spec is None or uuid in by_uuid:
                raise BulkDeclinedError  # (an unknown table is reported; twins are merged)
            parents = item["parents"]
            if len(parents) != len(spec.parents):
                raise BulkDeclinedError
            for column, _table in spec.parents:
                if not parents.get(column):
                    raise BulkDeclinedError
            by_uuid[uuid] = item
            self.born[uuid] = _born(item)
        children: dict[str, list[str]] = {}
        for item in items:
            for column, table in TABLES[item["table"]].parents:
                parent = by_uuid.get(item["parents"][column])
                if parent is not None:
                    if parent["table"] != table:
                        raise BulkDeclinedError  # a parent of another kind: refused there
                    children.setdefault(parent["uuid"], []).append(item["uuid"])
        #: parents before children (depth), then in the order they were written (their
        #: creation stamps, records without one last: row ids then follow it, as on the
        #: device that wrote them) — ``born_key`` of carnet/store/sync_apply.py
        born = self.born

        def write_order(item: dict) -> tuple:
            stamp = born[item["uuid"]]
            return (TABLES[item["table"]].depth, stamp is None, stamp or "", item["uuid"])

        self.items = sorted(items, key=write_order)
        self.kept_self: dict[str, int] = {}
        self.kept: dict[str, int] = {}
        self.alive: dict[str, int] = {}
        #: uuid → (table, row id) of every record that gets a row
        self.rids: dict[str, tuple[str, int]] = {}
        # kept(r) = kept_self(r) or a child kept: children (deeper) first.
        for item in reversed(self.items):
            uuid = item["uuid"]
            kept_self = 1 if item["deleted"] is None else int(wire_kept_self(item))
            self.kept_self[uuid] = kept_self
            self.kept[uuid] = int(
                bool(kept_self) or any(self.kept[c] for c in children.get(uuid, ()))
            )
        # alive(r) = kept(r) and every parent known and alive: parents first.
        counters: dict[str, int] = {}
        alive_of = self.alive
        for item in self.items:
            uuid, spec = item["uuid"], TABLES[item["table"]]
            alive = self.kept[uuid]
            if alive and spec.parents:
                parents = set(item["parents"].values())
                if len(parents) < len(spec.parents):
                    alive = 0
                else:
                    for parent in parents:
                        if not alive_of.get(parent, 0):
                            alive = 0
                            break
            alive_of[uuid] = alive
            if alive:
                counters[spec.name] = counters.get(spec.name, 0) + 1
                self.rids[uuid] = (spec.name, counters[spec.name])


# -- writing --------------------------------------------------------------------------------


class _Statements:
    """Runs batches of ``executemany`` on a thread of its own, in order, while the next
    run of records is prepared (SQLite leaves Python's lock while it steps: the two
    cores of a laptop both work). The connection is the caller's, inside its
    transaction: nothing else uses it until :meth:`close` returns."""

    def __init__(self, conn: sqlcipher3.Connection) -> None:
        self.conn = conn
        self.error: BaseException | None = None
        self._queue: queue.Queue = queue.Queue(maxsize=2)
        self._thread = threading.Thread(target=self._run, daemon=True,
                                        name="carnet-bulk-sql")
        self._thread.start()

    def _run(self) -> None:
        while (batch := self._queue.get()) is not None:
            if self.error is not None:
                continue  # (after a failure: drained, never run)
            try:
                for sql, rows in batch:
                    if sql is None:
                        rows()  # (work to do on this thread)
                    elif rows:
                        self.conn.executemany(sql, rows)
            except BaseException as exc:  # re-raised by put/close, on the caller's thread
                self.error = exc

    def put(self, batch: list[tuple[str | None, Any]]) -> None:
        if self.error is not None:
            raise self.error
        self._queue.put(batch)

    def close(self) -> None:
        """Wait until every batch ran (or failed); raise what failed."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()
        if self.error is not None:
            raise self.error


class _Writer:
    """Rows, tags, bytes, states and edges of runs of records, written per table."""

    def __init__(self, conn: sqlcipher3.Connection, plan: _Plan, report: ApplyReport,
                 sql: _Statements | None) -> None:
        self.conn = conn
        self.sql = sql
        self.plan = plan
        self.report = report
        self.clock: HybridClock = load_clock(conn)
        #: the bytes of every version of an attachment the snapshot carries (sync_blobs)
        self.blobs: dict[str, bytes] = {}
        #: an attachment's sha256 column → the bytes of the first one written with it
        self.written: dict[str, bytes] = {}
        #: the clock stamps observed already
        self.stamps: set[str] = set()
        #: the hashes of every version of an attachment still standing
        self.standing: set[str] = set()
        #: sync_state's rows (states compressed) and sync_edges', written last in key
        #: order: their indexes then grow at one end (a fifth faster than in write order)
        self.packed: list[tuple] = []
        self.edges: list[tuple[str, str, int]] = []

    def _rid(self, uuid: object, table: str) -> int | None:
        found = self.plan.rids.get(uuid) if isinstance(uuid, str) else None
        return found[1] if found is not None and found[0] == table else None

    def _hashed(self, item: dict) -> dict:
        """An attachment's bytes kept aside, named by their hash (as ``with_hashes``)."""
        state = item["fields"].get(BLOB_FIELD)
        if state is None or not TABLES[item["table"]].blob:
            return item
        sibs = []
        for sib in state["s"]:
            value = sib["v"]
            if type(value) is dict and set(value) == {"b64"}:
                data = base64.b64decode(value["b64"], validate=True)
                value = hashlib.sha256(data).hexdigest()
                self.blobs.setdefault(value, data)
            sibs.append({"v": value, "t": sib["t"], "d": sib["d"]})
        fields = {**item["fields"], BLOB_FIELD: {"s": sibs, "vv": state["vv"]}}
        return {**item, "fields": fields}

    def write(self, items: list[dict]) -> None:
        plan, report, observe, seen = self.plan, self.report, self.clock.observe, self.stamps
        kept_self_of, kept_of, alive_of = plan.kept_self, plan.kept, plan.alive
        states, edges, ids, tags, data = [], [], [], [], []
        rows: dict[tuple[str, tuple[str, ...]], list[tuple]] = {}
        # every version's bytes kept aside first, as the ordinary merge does per step
        items = [self._hashed(i) if TABLES[i["table"]].blob else i for i in items]
        for item in items:
            table, uuid = item["table"], item["uuid"]
            spec = TABLES[table]
            kept = kept_of[uuid]
            if not kept:
                item = wire_without_words(item)  # (a tombstone keeps no words)
            elif spec.blob and BLOB_FIELD in item["fields"]:
                self.standing.update(s["v"] for s in item["fields"][BLOB_FIELD]["s"]
                                     if isinstance(s["v"], str))
            fields, deleted = item["fields"], item["deleted"]
            # (the clock keeps the greatest stamp: each one observed once is enough)
            for state in fields.values():
                for sib in state["s"]:
                    if sib["t"] not in seen:
                        seen.add(sib["t"])
                        observe(sib["t"])
            if deleted:
                for sib in deleted["s"]:
                    if sib["t"] not in seen:
                        seen.add(sib["t"])
                        observe(sib["t"])
            states.append((uuid, table, dumps_json(item), kept_self_of[uuid], kept,
                           alive_of[uuid]))
            for parent in item["parents"].values():
                if parent:
                    edges.append((parent, uuid, 0))
            for column, _table in spec.refs:
                state = fields.get(column)
                edges += [(s["v"], uuid, 1) for s in (state["s"] if state else ())
                          if isinstance(s["v"], str)]
            for name in _LONG_FIELDS.get(table, ()):
                state = fields.get(name)
                # (one value and no deletion: nothing to show twice, nothing built)
                if state is not None and (deleted or len(state["s"]) > 1) and (
                        wire_shows_versions(table, name, wire_visible(item, name))):
                    report.conflicts.append(Conflict(table, uuid, name))
            if alive_of[uuid]:
                rid = plan.rids[uuid][1]
                names, values = self._row(spec, item, rid, tags, data)
                rows.setdefault((table, names), []).append(values)
                ids.append((table, rid, uuid, plan.born[uuid]))
                report.rows.append((table, rid))
            report.records += 1
        report.inserted += len(ids)
        batch = [
            (f"INSERT INTO {table}({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
             values)
            for (table, names), values in rows.items()
        ]
        batch += [
            ("INSERT INTO sync_ids(tbl, rid, uuid, born) VALUES (?, ?, ?, ?)", ids),
            ("INSERT OR IGNORE INTO tags(kind, ref_id, tag, position) VALUES (?, ?, ?, ?)", tags),
            ("INSERT INTO attachment_data(attachment_id, data) VALUES (?, ?)", data),
        ]

        def compress(packed: list = self.packed, states: list = states) -> None:
            # (on the statements' thread: zlib leaves Python's lock while it works)
            packed.extend((u, t, pack(text), *liveness) for u, t, text, *liveness in states)

        batch.append((None, compress))
        self.edges += edges
        self.sql.put(batch)

    def _row(self, spec: TableSpec, item: dict, rid: int, tags: list, data: list
             ) -> tuple[tuple[str, ...], tuple]:
        """The row's columns and values (as ``sync_apply._write_row`` inserts it)."""
        fields = item["fields"]
        values: dict[str, Any] = {}
        if item["deleted"]:  # (never deleted: every value shown, none dropped)
            shown = {name: wire_visible(item, name) for name in spec.field_names
                     if name in fields}
            if any(wire_has_hole(spec.name, name, state) for name, state in shown.items()):
                raise BulkDeclinedError  # words to find again: the ordinary merge does it
            values = {name: wire_render(spec.name, name, state) for name, state in shown.items()}
        else:
            for name in _ROW_FIELDS[spec.name]:
                state = fields.get(name)
                if state is None:
                    continue
                if len(state["s"]) == 1:  # (``wire_render`` of one value, inline)
                    value = state["s"][0]["v"]
                    values[name] = value_from_json(value) if type(value) is dict else value
                else:
                    values[name] = wire_render(spec.name, name, state)
        row: dict[str, Any] = {"id": rid}
        for column in spec.columns:
            if column in values:
                row[column] = values[column]
        for column, table in spec.parents:
            parent_rid = self._rid(item["parents"].get(column), table)
            if parent_rid is None:
                raise BulkDeclinedError  # (unreachable: a child of no row is not alive)
            row[column] = parent_rid
        for column, table in spec.refs:
            target = values.get(column)
            row[column] = self._rid(target, table) if isinstance(target, str) else None
        if spec.tag_kind and TAGS_FIELD in values:
            words = [t for t in (values[TAGS_FIELD] or []) if isinstance(t, str)]
            tags += [(spec.tag_kind, rid, tag, i) for i, tag in enumerate(words)]
        if spec.blob:
            sha = values.get(BLOB_FIELD)
            found = None
            if isinstance(sha, str):
                found = self.blobs.pop(sha, None)  # (``blob_bytes``, then the row's DELETE)
                if found is None:
                    found = self.written.get(sha)
            data.append((rid, found or b""))
            column_sha = row.get("sha256")
            if isinstance(column_sha, str):
                self.written.setdefault(column_sha, found or b"")
        return tuple(row), tuple(row.values())

    def finish(self) -> None:
        """After the last run (its statements done): states, edges, bytes and clock."""
        self.packed.sort()  # (by uuid: unique, the plan checked)
        self.conn.executemany(
            "INSERT INTO sync_state(uuid, tbl, state, kept_self, kept, alive) "
            "VALUES (?, ?, ?, ?, ?, ?)", self.packed)
        self.edges.sort()
        self.conn.executemany(
            "INSERT OR IGNORE INTO sync_edges(parent, child, ref) VALUES (?, ?, ?)", self.edges)
        # (the bytes of deleted attachments are not kept: ``forget_blobs``)
        self.conn.executemany(
            "INSERT OR IGNORE INTO sync_blobs(sha256, data) VALUES (?, ?)",
            [(sha, data) for sha, data in self.blobs.items() if sha in self.standing],
        )
        save_clock(self.conn, self.clock)


# -- the search index, filled once -------------------------------------------------------


def _index_triggers(conn: sqlcipher3.Connection) -> list[tuple[str, str, str]] | None:
    """(trigger name, table, its CREATE statement) of the search index's insert triggers
    on the synced tables; None if one is not of the shape this module knows."""
    found = []
    for name, table, sql in conn.execute(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' "
        "AND sql LIKE '%search_index%' AND sql LIKE '%AFTER INSERT%' ORDER BY name"
    ):
        if table not in TABLES:
            continue
        match = _INDEX_TRIGGER.fullmatch(sql.strip())
        if match is None or match.group(2) != table:
            return None
        found.append((name, table, sql))
    return found


def _fill_index(conn: sqlcipher3.Connection, triggers: list[tuple[str, str, str]]) -> None:
    """Index every row written, with the very expressions of each trigger (``NEW`` is the
    row), then give the triggers back."""
    for _name, table, sql in triggers:
        values = _INDEX_TRIGGER.fullmatch(sql.strip()).group(3)
        conn.execute(
            f"INSERT INTO search_index(rowid, body, kind, ref_id, session_id) "
            f"SELECT {values} FROM {table} AS NEW ORDER BY NEW.id"
        )
        conn.execute(sql)


# -- the whole load ----------------------------------------------------------------------


def load_empty(
    conn: sqlcipher3.Connection,
    state: Mapping,
    *,
    chunk: int,
    on_step: Callable[[int, int], None] | None = None,
) -> ApplyReport:
    """Load a whole snapshot (its JSON: ``SnapshotState.to_json()``) into this empty
    journal, in the caller's transaction.

    ``on_step(index, count)`` is called before each of the ``count`` steps — the
    plan, the runs of ``chunk`` records, the search index — and once after the last
    (index = count): progress, and a Cancel that raises (the caller's transaction
    is then rolled back). ``count`` is :func:`steps` of the number of records.
    Raises :class:`BulkDeclinedError` when the ordinary merge must do it.
    """
    try:
        items = state["records"]
        seq = state.get("seq", 0)
        applied = applied_from_json(state["applied"])
    except (KeyError, TypeError, ValueError, AttributeError):
        raise BulkDeclinedError from None  # (the ordinary path reports it)
    if type(items) is not list or type(seq) is not int or seq < 0:
        raise BulkDeclinedError
    if not is_empty(conn):
        raise BulkDeclinedError
    count = steps(len(items), chunk)
    plan = _Plan(items)
    if on_step is not None:
        on_step(0, count)
    report = ApplyReport()
    triggers = _index_triggers(conn)
    conn.execute("INSERT INTO sync_applying(flag) VALUES (1)")
    for name, _table, _sql in triggers or ():
        conn.execute(f"DROP TRIGGER {name}")
    runs = [plan.items[i:i + chunk] for i in range(0, len(plan.items), chunk)] or [[]]
    writer = _Writer(conn, plan, report, None)
    writer.sql = sql = _Statements(conn)  # (its thread started last: always closed below)
    try:
        try:
            for index, run in enumerate(runs, start=1):
                if on_step is not None:
                    on_step(index, count)
                writer.write(run)
        except BaseException:
            # (a Cancel too waits for the statements running: the caller then rolls back)
            with contextlib.suppress(BaseException):
                sql.close()
            raise
        sql.close()
        writer.finish()
        if on_step is not None:
            on_step(count - 1, count)
        if triggers:
            _fill_index(conn, triggers)
    except (sqlcipher3.Error, TypeError, ValueError, OverflowError) as exc:
        # a value the schema (or the binding) refuses: the ordinary merge reports it
        raise BulkDeclinedError from exc
    conn.executemany(
        "INSERT OR IGNORE INTO sync_applied(device, seq) VALUES (?, ?)",
        [(d, s) for d, seqs in applied.items() for s in seqs],
    )
    conn.execute("DELETE FROM sync_applying")
    if on_step is not None:
        on_step(count, count)
    return report


def steps(records: int, chunk: int) -> int:
    """How many steps :func:`load_empty` reports for a snapshot of ``records``: the
    plan, each run of ``chunk`` records, the search index."""
    return max(1, -(-records // chunk)) + 2
