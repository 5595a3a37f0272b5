"""Remote states → merged states → the journal's rows (issue 15).

Runs inside one transaction with change capture off (a row in
``sync_applying``): local edits not captured yet are captured first, so an
incoming state never overwrites a word typed here. Liveness (see
carnet/domain/sync.py) is updated incrementally: the merged records and their
ancestors for ``kept``, then downwards only where ``alive`` changed — an
edited note costs a few rows, not a scan of the journal.
"""

from __future__ import annotations

import sqlcipher3

from carnet.domain.sync import (
    LONG_TEXT_FIELDS,
    ApplyReport,
    Conflict,
    RecordState,
    has_hole,
    merge_records,
    render,
    shows_versions,
    shows_wordings,
    visible,
)
from carnet.store.sync_capture import capture, now_ms
from carnet.store.sync_states import (
    blob_bytes,
    dumps,
    forget_blobs,
    load_clock,
    load_states,
    pack,
    rows_in,
    save_clock,
    save_states,
    with_hashes,
)
from carnet.store.sync_tables import (
    BLOB_FIELD,
    BORN_FIELD,
    MAX_DEPTH,
    TABLES,
    TAGS_FIELD,
    TableSpec,
)
from carnet.store.sync_wordings import SHORT_OF, remember


class UnknownRecordError(ValueError):
    """A record of a table this Carnet does not know (written by a newer version)."""


class BadRecordError(ValueError):
    """A record this journal cannot hold (a value its schema refuses, a parent of
    another kind): the whole apply is rolled back and reported, never half-done."""


def merge_in(conn: sqlcipher3.Connection, records: list[RecordState]) -> ApplyReport:
    """Merge ``records`` into the journal (caller holds the transaction)."""
    report = ApplyReport()
    conn.execute("INSERT INTO sync_applying(flag) VALUES (1)")
    capture(conn)
    incoming = merge_records(records)
    for record in incoming.values():
        if record.table not in TABLES:
            raise UnknownRecordError(record.table)
        expected = {column for column, _table in TABLES[record.table].parents}
        if set(record.parents) != expected or not all(record.parents.values()):
            raise BadRecordError(f"{record.table} {record.uuid}: parents {record.parents}")
    stored = load_states(conn, incoming)
    changed: dict[str, tuple[RecordState | None, RecordState]] = {}
    clock = load_clock(conn)
    for uuid, record in incoming.items():
        record = with_hashes(conn, record)
        for state in [*record.fields.values(), *([record.deleted] if record.deleted else [])]:
            for sib in state.siblings:
                clock.observe(sib.stamp)
        old = stored.get(uuid)
        new = old.merge(record) if old is not None else record
        if new != old:
            changed[uuid] = (old, new)
    save_states(conn, (new for _old, new in changed.values()))
    save_clock(conn, clock)
    report.records = len(changed)
    flipped = _refresh_liveness(conn, {u: n for u, (_o, n) in changed.items()})
    _forget_words(conn, changed, flipped)
    try:
        _render_rows(conn, changed, flipped, report, incoming)
    except sqlcipher3.IntegrityError as exc:  # a value this journal's schema refuses
        raise BadRecordError(str(exc)) from None
    for uuid, (old, new) in changed.items():
        for (table, name) in LONG_TEXT_FIELDS:
            if table == new.table and shows_versions(
                table, name, visible(new.fields.get(name), new.deleted)
            ) and not (
                old is not None
                and shows_versions(table, name, visible(old.fields.get(name), old.deleted))
            ):
                report.conflicts.append(Conflict(table, uuid, name))
    _short_conflicts(conn, changed, report)
    conn.execute("DELETE FROM sync_applying")
    return report


def _short_conflicts(conn, changed: dict, report: ApplyReport) -> None:
    """Short texts (titles…) that now hold a wording their row does not show: one
    wording is shown (the last writer's), the others are reported and remembered
    for the Synchronisation page, never dropped unseen."""
    found = []
    for uuid, (old, new) in changed.items():
        for name in SHORT_OF.get(new.table, ()):
            if shows_wordings(new.table, name, visible(new.fields.get(name), new.deleted)) \
                    and not (old is not None and shows_wordings(
                        new.table, name, visible(old.fields.get(name), old.deleted))):
                found.append(Conflict(new.table, uuid, name))
    if found:
        alive = dict(rows_in(conn, "SELECT uuid, alive FROM sync_state WHERE uuid IN ({marks})",
                             {c.uuid for c in found}))
        found = [c for c in found if alive.get(c.uuid)]
        report.conflicts.extend(found)
        remember(conn, found)


def _forget_words(conn, changed: dict, flipped: set[str]) -> None:
    """The records now deleted keep no words in their state (a tombstone).

    Deleted = not kept (neither its own edit nor a descendant's stands): a record
    only waiting for its parent (a snapshot's later step) keeps them."""
    uuids = set(changed) | flipped
    kept = dict(
        rows_in(conn, "SELECT uuid, kept FROM sync_state WHERE uuid IN ({marks})", uuids)
    )
    gone = [u for u in sorted(uuids) if not kept.get(u)]
    if not gone:
        return
    states = {u: changed[u][1] for u in gone if u in changed}
    states.update(load_states(conn, [u for u in gone if u not in states]))
    rewritten = []
    for uuid in gone:
        state = states.get(uuid)
        if state is not None and state.holds_words():
            state = state.without_words()
            rewritten.append((pack(dumps(state)), uuid))
            if uuid in changed:
                changed[uuid] = (changed[uuid][0], state)
    conn.executemany("UPDATE sync_state SET state = ? WHERE uuid = ?", rewritten)
    forget_blobs(conn, [s for s in states.values() if s is not None])


# -- liveness ------------------------------------------------------------------------


def _info(conn, uuids) -> dict[str, list]:
    """uuid → [table, kept_self, kept, alive]."""
    return {
        r[0]: [r[1], r[2], r[3], r[4]]
        for r in rows_in(
            conn,
            "SELECT uuid, tbl, kept_self, kept, alive FROM sync_state WHERE uuid IN ({marks})",
            uuids,
        )
    }


def _parents_of(conn, uuids) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {u: [] for u in uuids}
    for parent, child in rows_in(
        conn, "SELECT parent, child FROM sync_edges WHERE ref = 0 AND child IN ({marks})", uuids
    ):
        out[child].append(parent)
    return out


def _children_of(conn, uuids, ref: int = 0) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {u: [] for u in uuids}
    for parent, child in rows_in(
        conn,
        "SELECT parent, child FROM sync_edges WHERE ref = ? AND parent IN ({marks})",
        uuids,
        ref,
    ):
        out[parent].append(child)
    return out


def _refresh_liveness(conn, merged: dict[str, RecordState]) -> set[str]:
    """Update kept_self / kept / alive; return the records whose ``alive`` changed."""
    conn.executemany(
        "UPDATE sync_state SET kept_self = ? WHERE uuid = ?",
        [(int(r.kept_self()), u) for u, r in merged.items()],
    )
    # kept(r) = kept_self(r) or a child kept: the merged records and their ancestors.
    scope = set(merged)
    frontier = set(merged)
    while frontier:
        parents = {p for ps in _parents_of(conn, frontier).values() for p in ps}
        frontier = parents - scope
        scope |= frontier
    info = _info(conn, scope)
    for depth in range(MAX_DEPTH, -1, -1):
        level = [u for u, i in info.items() if TABLES[i[0]].depth == depth]
        if not level:
            continue
        with_kept_child = {
            r[0]
            for r in rows_in(
                conn,
                "SELECT DISTINCT e.parent FROM sync_edges e JOIN sync_state s ON s.uuid = e.child "
                "WHERE e.ref = 0 AND s.kept = 1 AND e.parent IN ({marks})",
                level,
            )
        }
        updates = []
        for uuid in level:
            kept = int(bool(info[uuid][1]) or uuid in with_kept_child)
            if kept != info[uuid][2]:
                info[uuid][2] = kept
                updates.append((kept, uuid))
        conn.executemany("UPDATE sync_state SET kept = ? WHERE uuid = ?", updates)
    # alive(r) = kept(r) and every parent alive: downwards, only where it changed.
    flipped: set[str] = set()
    pending = set(scope)
    while pending:
        info.update(_info(conn, pending - set(info)))
        pending &= set(info)  # a parent not merged yet (a snapshot's later step) waits
        if not pending:
            break
        level_depth = min(TABLES[info[u][0]].depth for u in pending if u in info)
        level = [u for u in pending if u in info and TABLES[info[u][0]].depth == level_depth]
        pending -= set(level)
        parents = _parents_of(conn, level)
        parent_info = _info(conn, {p for ps in parents.values() for p in ps})
        updates, turned = [], []
        for uuid in level:
            ps = parents[uuid]
            spec = TABLES[info[uuid][0]]
            alive = int(
                bool(info[uuid][2])
                and len(ps) >= len(spec.parents)
                and all(p in parent_info and parent_info[p][3] for p in ps)
            )
            if alive != info[uuid][3]:
                info[uuid][3] = alive
                updates.append((alive, uuid))
                turned.append(uuid)
        conn.executemany("UPDATE sync_state SET alive = ? WHERE uuid = ?", updates)
        flipped.update(turned)
        for children in _children_of(conn, turned).values():
            pending.update(children)
    return flipped


# -- rows ----------------------------------------------------------------------------


class _Rids:
    """uuid → (table, row id), fetched in bulk and kept in step with the rows written."""

    def __init__(self, conn, uuids) -> None:
        self.conn = conn
        self.known: dict[str, tuple[str, int] | None] = dict.fromkeys(uuids)
        for uuid, tbl, rid in rows_in(
            conn, "SELECT uuid, tbl, rid FROM sync_ids WHERE uuid IN ({marks})", uuids
        ):
            self.known[uuid] = (tbl, rid)

    def __call__(self, uuid: str, table: str | None = None) -> int | None:
        """The row id of ``uuid`` — None when it has no row (or one of another table)."""
        if uuid not in self.known:
            row = self.conn.execute(
                "SELECT tbl, rid FROM sync_ids WHERE uuid = ?", (uuid,)
            ).fetchone()
            self.known[uuid] = (row[0], row[1]) if row else None
        found = self.known[uuid]
        if found is None or (table is not None and found[0] != table):
            return None
        return found[1]


def _words_back(conn, spec: TableSpec, record: RecordState, incoming: RecordState | None,
                rid: int | None, values: dict) -> bool:
    """A record standing again (an edit made elsewhere beat its deletion) whose words
    this device had dropped with the tombstone: take them from the state that brought
    it back, else from the row still here; True when found (this device then says
    them again: its next bundle carries them, so every copy converges on them)."""
    found_all = False
    for name in [n for n in values if has_hole(spec.name, n, visible(
            record.fields.get(n), record.deleted))]:
        found = None
        if incoming is not None:
            theirs = visible(incoming.fields.get(name), incoming.deleted)
            if theirs is not None and not has_hole(spec.name, name, theirs):
                found = render(spec.name, name, theirs)
        if found is None and rid is not None:
            if name == TAGS_FIELD:
                found = [r[0] for r in conn.execute(
                    "SELECT tag FROM tags WHERE kind = ? AND ref_id = ? ORDER BY position, tag",
                    (spec.tag_kind, rid))] or None
            else:
                row = conn.execute(f"SELECT {name} FROM {spec.name} WHERE id = ?",
                                   (rid,)).fetchone()
                found = row[0] if row else None
        if found is not None:
            found_all = True
        elif name == TAGS_FIELD:
            found = []
        else:  # (nowhere: the schema's empty value, never a NULL it refuses)
            found = "[]" if (spec.name, name) == ("members", "masked_names") else ""
        values[name] = found
    return found_all


def _write_row(
    conn, spec: TableSpec, old: RecordState | None, record: RecordState, rids: _Rids,
    incoming: RecordState | None = None,
) -> str:
    """Insert or update the row from the record's rendered fields; say what was done."""
    rid = rids(record.uuid, spec.name)
    values = {
        name: render(spec.name, name, visible(record.fields.get(name), record.deleted))
        for name in spec.field_names
        if name in record.fields
    }
    say_again = _words_back(conn, spec, record, incoming, rid, values)
    row: dict[str, object] = {c: values[c] for c in spec.columns if c in values}
    for column, table in spec.parents:
        parent = record.parents.get(column)
        parent_rid = rids(parent, table) if parent else None
        if parent_rid is None:
            raise BadRecordError(f"{spec.name} {record.uuid}: its parent {parent} has no row")
        row[column] = parent_rid
    for column, table in spec.refs:
        target = values.get(column)
        row[column] = rids(target, table) if isinstance(target, str) else None
    if rid is None:
        names = list(row)
        rid = conn.execute(
            f"INSERT INTO {spec.name}({', '.join(names)}) "
            f"VALUES ({', '.join('?' * len(names))})",
            [row[n] for n in names],
        ).lastrowid
        conn.execute(
            "INSERT OR REPLACE INTO sync_ids(tbl, rid, uuid, born) VALUES (?, ?, ?, ?)",
            (spec.name, rid, record.uuid, _born(values)),
        )
        rids.known[record.uuid] = (spec.name, rid)
        action = "inserted"
    else:
        names = list(row)
        current = conn.execute(
            f"SELECT {', '.join(names)} FROM {spec.name} WHERE id = ?", (rid,)
        ).fetchone()
        action = "same"
        if current is None or tuple(current) != tuple(row[n] for n in names):
            conn.execute(
                f"UPDATE {spec.name} SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
                [*(row[n] for n in names), rid],
            )
            action = "updated"
        if BORN_FIELD in values:  # (two devices stamped one record: the winner, everywhere)
            conn.execute(
                "UPDATE sync_ids SET born = ? WHERE tbl = ? AND rid = ? AND born IS NOT ?",
                (_born(values), spec.name, rid, _born(values)),
            )
    if spec.tag_kind and TAGS_FIELD in values:
        tags = [t for t in (values[TAGS_FIELD] or []) if isinstance(t, str)]
        have = [] if action == "inserted" else [
            r[0]
            for r in conn.execute(
                "SELECT tag FROM tags WHERE kind = ? AND ref_id = ? ORDER BY position, tag",
                (spec.tag_kind, rid),
            )
        ]
        if have != tags:
            conn.execute("DELETE FROM tags WHERE kind = ? AND ref_id = ?", (spec.tag_kind, rid))
            conn.executemany(
                "INSERT OR IGNORE INTO tags(kind, ref_id, tag, position) VALUES (?, ?, ?, ?)",
                [(spec.tag_kind, rid, tag, i) for i, tag in enumerate(tags)],
            )
            action = "updated" if action == "same" else action
    if spec.blob:
        sha = values.get(BLOB_FIELD)
        was = render(spec.name, BLOB_FIELD, old.fields.get(BLOB_FIELD)) if old else None
        held = action != "inserted" and conn.execute(
            "SELECT 1 FROM attachment_data WHERE attachment_id = ?", (rid,)
        ).fetchone()
        if not held or sha != was:
            data = (blob_bytes(conn, sha, not_rid=rid) if isinstance(sha, str) else None) or b""
            conn.execute(
                "INSERT INTO attachment_data(attachment_id, data) VALUES (?, ?) "
                "ON CONFLICT(attachment_id) DO UPDATE SET data = excluded.data",
                (rid, data),
            )
            action = "updated" if action == "same" else action
        if isinstance(sha, str):
            conn.execute("DELETE FROM sync_blobs WHERE sha256 = ?", (sha,))
    if say_again:
        conn.execute(
            "INSERT INTO sync_dirty(uuid, tbl, rid, at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(uuid) DO UPDATE SET rid = excluded.rid, at = excluded.at",
            (record.uuid, spec.name, rids(record.uuid, spec.name), now_ms()),
        )
    return action


def _born(values: dict) -> str | None:
    born = values.get(BORN_FIELD)
    return born if isinstance(born, str) else None


def born_key(record: RecordState) -> tuple[bool, str]:
    """Rows are inserted in the order they were written (their creation stamps), so
    that their ids, which some lists and exports still follow, keep that order here."""
    born = render(record.table, BORN_FIELD, record.fields.get(BORN_FIELD))
    return (not isinstance(born, str), born if isinstance(born, str) else "")


def _render_rows(conn, changed, flipped: set[str], report: ApplyReport,
                 incoming: dict[str, RecordState] | None = None) -> None:
    todo = set(changed) | flipped
    # Records that refer to one that appeared or went (a topic's session).
    for referring in _children_of(conn, flipped, ref=1).values():
        todo.update(referring)
    states = {u: new for u, (_old, new) in changed.items()}
    olds = {u: old for u, (old, _new) in changed.items()}
    states.update(load_states(conn, todo - set(states)))
    alive = dict(
        rows_in(conn, "SELECT uuid, alive FROM sync_state WHERE uuid IN ({marks})", todo)
    )
    rids = _Rids(conn, todo | {p for u in todo for p in states[u].parents.values() if p})
    order = sorted(
        todo, key=lambda u: (TABLES[states[u].table].depth, *born_key(states[u]), u)
    )
    for uuid in order:
        record = states[uuid]
        spec = TABLES[record.table]
        if alive.get(uuid):
            action = _write_row(conn, spec, olds.get(uuid), record, rids,
                                (incoming or {}).get(uuid))
            if action != "same":
                report.rows.append((spec.name, rids(uuid, spec.name)))
            if action == "inserted":
                report.inserted += 1
            elif action == "updated":
                report.updated += 1
    for uuid in sorted(todo, key=lambda u: -TABLES[states[u].table].depth):
        if not alive.get(uuid):
            rid = conn.execute("SELECT rid FROM sync_ids WHERE uuid = ?", (uuid,)).fetchone()
            if rid is not None:
                rid = rid[0]
                conn.execute(f"DELETE FROM {states[uuid].table} WHERE id = ?", (rid,))
                report.rows.append((states[uuid].table, rid))
                report.deleted += 1
