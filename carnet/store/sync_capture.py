"""Local changes → field states (issue 15).

Triggers only mark rows dirty (cheap while typing). Capturing compares each
dirty row with the value its state renders: a field that differs was written
here, and gets a new sibling dotted ``(this device, next bundle number)``,
replacing every value this device had seen. A dirty record whose row is gone
was deleted here: its deletion state covers everything seen of it.
"""

from __future__ import annotations

import time
from collections import defaultdict

import sqlcipher3

from carnet.domain.sync import Dot, FieldState, RecordState, has_hole, render, visible
from carnet.store.sync_states import (
    forget_blobs,
    load_clock,
    load_states,
    next_seq,
    rows_in,
    save_clock,
    save_states,
)
from carnet.store.sync_tables import BLOB_FIELD, BORN_FIELD, TABLES, TAGS_FIELD, TableSpec


def now_ms() -> int:
    return int(time.time() * 1000)


def _read_rows(
    conn: sqlcipher3.Connection, spec: TableSpec, uuids: list[str]
) -> dict[str, tuple[dict, dict]]:
    """uuid → (field values, parent uuids) of the rows that still exist."""
    cols = [f"t.{c}" for c in spec.columns]
    links = [
        f"(SELECT p.uuid FROM sync_ids p WHERE p.tbl = '{table}' AND p.rid = t.{col})"
        for col, table in spec.parents + spec.refs
    ]
    sql = (
        f"SELECT m.uuid, m.rid, m.born, {', '.join(cols + links)} FROM sync_ids m "
        f"JOIN {spec.name} t ON t.id = m.rid WHERE m.tbl = ? AND m.uuid IN ({{marks}})"
    )
    rows = rows_in(conn, sql, uuids, spec.name)
    tags: dict[int, list[str]] = defaultdict(list)
    if spec.tag_kind and rows:
        for ref_id, tag in rows_in(
            conn,
            "SELECT ref_id, tag FROM tags WHERE kind = ? AND ref_id IN ({marks}) "
            "ORDER BY ref_id, position, tag",
            [r[1] for r in rows],
            spec.tag_kind,
        ):
            tags[ref_id].append(tag)
    out: dict[str, tuple[dict, dict]] = {}
    n = len(spec.columns)
    for row in rows:
        values = dict(zip(spec.columns, row[3 : 3 + n], strict=True))
        values[BORN_FIELD] = row[2]
        links_values = row[3 + n :]
        parents = {
            col: links_values[i] for i, (col, _t) in enumerate(spec.parents)
        }
        for i, (col, _t) in enumerate(spec.refs):
            values[col] = links_values[len(spec.parents) + i]
        if spec.tag_kind:
            values[TAGS_FIELD] = tags[row[1]]
        if spec.blob:
            values[BLOB_FIELD] = values["sha256"]
        out[row[0]] = (values, parents)
    return out


def _without_own_pending_deletion(deleted: FieldState, dot: Dot) -> FieldState:
    """Undo a deletion captured under the bundle number not frozen yet (nobody saw it).

    Used when the row came back before that bundle was frozen (a key word cleared
    and typed again): its fields then get dots the deletion does not cover.
    """
    sibs = tuple(s for s in deleted.siblings if s.dot != dot)
    vv = dict(deleted.vv)
    if vv.get(dot.device) == dot.seq:
        if dot.seq > 1:
            vv[dot.device] = dot.seq - 1
        else:
            del vv[dot.device]
    return FieldState(sibs, vv)


def _present(
    spec: TableSpec,
    uuid: str,
    old: RecordState | None,
    values: dict,
    parents: dict,
    stamp: str,
    dot: Dot,
) -> RecordState:
    fields = dict(old.fields) if old else {}
    deleted = old.deleted if old else None
    if old is not None and deleted is not None and not old.kept_self():
        deleted = _without_own_pending_deletion(deleted, dot)
    probe = RecordState(spec.name, uuid, parents, fields, deleted)
    force = not probe.kept_self()  # the row is back after a deletion: say it again, all of it
    for name in spec.field_names:
        value = values[name]
        current = fields.get(name)
        shown = visible(current, deleted)
        # (words this copy no longer holds, found again for the row: said again)
        if (force or current is None or render(spec.name, name, shown) != value
                or has_hole(spec.name, name, shown)):
            fields[name] = FieldState.edit(current, value, stamp, dot)
    keep_parents = old.parents if old is not None and old.parents else parents
    return RecordState(spec.name, uuid, dict(sorted(keep_parents.items())), fields, deleted)


def _deletion(old: RecordState, stamp: str, dot: Dot) -> RecordState:
    seen: dict[str, int] = {}
    for state in [*old.fields.values(), *([old.deleted] if old.deleted else [])]:
        for device, seq in state.vv.items():
            seen[device] = max(seen.get(device, 0), seq)
    deletion = FieldState.edit(FieldState((), seen), True, stamp, dot)
    # a tombstone keeps no words (the bundle of the deletion carries none either)
    return RecordState(old.table, old.uuid, old.parents, old.fields, deletion).without_words()


def _give_birth_stamps(conn: sqlcipher3.Connection, clock) -> None:
    """Stamp every row not stamped yet (written here since the last capture), table by
    table in row-id order — the order they were written in — with new clock stamps:
    greater than every stamp made or seen here, so they stay last, as listed before.
    All of them at once, whatever ``limit`` a capture has: a list never shows a row
    stamped before an older one that is not."""
    unborn = conn.execute(
        "SELECT tbl, rid FROM sync_ids INDEXED BY sync_ids_unborn WHERE born IS NULL "
        "ORDER BY tbl, rid"
    ).fetchall()
    if unborn:
        now = now_ms()
        conn.executemany(
            "UPDATE sync_ids SET born = ? WHERE tbl = ? AND rid = ?",
            [(clock.tick(now), tbl, rid) for tbl, rid in unborn],
        )


#: Dirty marks turned into states per transaction: a first capture of a large
#: journal never holds the file for long (the interface keeps saving meanwhile).
CAPTURE_CHUNK = 2000


def capture(conn: sqlcipher3.Connection, limit: int | None = None) -> dict[str, RecordState]:
    """Turn dirty marks (the oldest ``limit``, or all) into states; return the changed ones."""
    sql = "SELECT uuid, tbl, rid, at FROM sync_dirty ORDER BY at, uuid"
    dirty = conn.execute(sql + (f" LIMIT {int(limit)}" if limit else "")).fetchall()
    if not dirty:
        return {}
    clock = load_clock(conn)
    _give_birth_stamps(conn, clock)
    by_table: dict[str, list[str]] = defaultdict(list)
    for uuid, tbl, _rid, _at in dirty:
        by_table[tbl].append(uuid)
    present: dict[str, tuple[dict, dict]] = {}
    for tbl, uuids in by_table.items():
        if tbl in TABLES:
            present.update(_read_rows(conn, TABLES[tbl], uuids))
    keys = [d[0] for d in dirty]
    old_states = load_states(conn, keys)
    alive = dict(rows_in(conn, "SELECT uuid, alive FROM sync_state WHERE uuid IN ({marks})", keys))
    dot = Dot(clock.device, next_seq(conn))
    changed: dict[str, RecordState] = {}
    liveness: list[tuple[int, int, int, str]] = []
    for uuid, tbl, _rid, at in dirty:
        spec = TABLES.get(tbl)
        if spec is None:
            continue
        old = old_states.get(uuid)
        if uuid in present:
            values, parents = present[uuid]
            new = _present(spec, uuid, old, values, parents, clock.tick(max(at, 0)), dot)
            flags = (1, 1, 1)
        elif old is None or not alive.get(uuid, 1):
            continue  # created and deleted between two captures, or gone already
        else:
            new = _deletion(old, clock.tick(max(at, 0)), dot)
            flags = (0, 0, 0)
        if new != old:
            changed[uuid] = new
        liveness.append((*flags, uuid))
    save_states(conn, changed.values())
    conn.executemany(
        "UPDATE sync_state SET kept_self = ?, kept = ?, alive = ? WHERE uuid = ?", liveness
    )
    forget_blobs(conn, [r for r in changed.values() if not r.kept_self()])
    conn.executemany("INSERT OR IGNORE INTO sync_out(uuid) VALUES (?)", [(u,) for u in changed])
    if limit:
        conn.executemany("DELETE FROM sync_dirty WHERE uuid = ?", [(k,) for k in keys])
    else:
        conn.execute("DELETE FROM sync_dirty")
    save_clock(conn, clock)
    return changed
