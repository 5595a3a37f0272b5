"""Short texts reworded on two devices at once: which ones, and choosing one (issue 15).

A title, a name, a place… shows one wording in its row, the last writer's, the
same on every device. The other wordings stay in the field's sync state until an
edit replaces them (see ``other_wordings`` in carnet/domain/sync.py). So that none
of them vanishes unseen, an apply reports them as conflicts and remembers them
here (a list of (table, uuid, field) in ``sync_settings``, so the Synchronisation
page finds them without reading every state of the journal); the page offers
each wording, and choosing one is an ordinary edit that syncs: its version vector
covers every wording, so every device ends with the chosen one and no conflict.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import sqlcipher3

from carnet.domain.sync import (
    SHORT_TEXT_FIELDS,
    Conflict,
    Dot,
    FieldState,
    RecordState,
    other_wordings,
    render,
    visible,
)
from carnet.store.sync_capture import capture, now_ms
from carnet.store.sync_states import (
    get_setting,
    load_clock,
    load_states,
    next_seq,
    save_clock,
    save_states,
    set_setting,
)
from carnet.store.sync_tables import TABLES

#: The ``sync_settings`` key of the wordings still to look at.
OPEN_KEY = "open_wordings"
#: At most this many remembered (a journal never holds that many; a bound anyway).
MAX_OPEN = 500


@dataclass(frozen=True)
class Wording:
    """One wording of a short text: the words, its clock stamp (wall time first) and
    the device that wrote it."""

    text: str
    stamp: str
    device: str


@dataclass(frozen=True)
class WordingConflict:
    """A short text whose row shows ``current`` while ``others`` were written at the
    same time elsewhere (or here, before the other device's wording won)."""

    table: str
    uuid: str
    field: str
    rid: int
    current: Wording
    others: tuple[Wording, ...]


def _read(conn: sqlcipher3.Connection) -> list[tuple[str, str, str]]:
    try:
        items = json.loads(get_setting(conn, OPEN_KEY, "[]"))
    except ValueError:
        return []
    return [tuple(i) for i in items if isinstance(i, list) and len(i) == 3
            and all(isinstance(x, str) for x in i)]


def _write(conn: sqlcipher3.Connection, items: list[tuple[str, str, str]]) -> None:
    set_setting(conn, OPEN_KEY, json.dumps(items[-MAX_OPEN:]) if items else None)


def remember(conn: sqlcipher3.Connection, conflicts: Iterable[Conflict]) -> None:
    """Add the short-text conflicts of an apply to the list (caller's transaction)."""
    new = [(c.table, c.uuid, c.field) for c in conflicts
           if (c.table, c.field) in SHORT_TEXT_FIELDS]
    if not new:
        return
    items = _read(conn)
    items += [i for i in dict.fromkeys(new) if i not in items]
    _write(conn, items)


def remember_from_json(conn: sqlcipher3.Connection, records: Iterable[Mapping]) -> None:
    """Find the short texts holding two wordings in a snapshot loaded in bulk (a join,
    whose apply reports none: every other device has seen them already), so that this
    device lists them too. Reads the JSON as it is; builds a state only for a field
    with two values or more (rare)."""
    found = []
    for item in records:
        table, fields = item.get("table"), item.get("fields") or {}
        for name in SHORT_OF.get(table, ()):
            data = fields.get(name)
            if data is not None and len(data.get("s") or ()) > 1:
                state = FieldState.from_json(data)
                deleted = item.get("deleted")
                shown = visible(state, FieldState.from_json(deleted) if deleted else None)
                if other_wordings(table, name, shown):
                    found.append(Conflict(table, item["uuid"], name))
    remember(conn, found)


#: SHORT_TEXT_FIELDS by table.
SHORT_OF: dict[str, tuple[str, ...]] = {}
for _table, _name in sorted(SHORT_TEXT_FIELDS):
    SHORT_OF[_table] = (*SHORT_OF.get(_table, ()), _name)


def _wording(sib) -> Wording:
    return Wording(sib.value if isinstance(sib.value, str) else "", sib.stamp, sib.dot.device)


def open_conflicts(conn: sqlcipher3.Connection, *, tidy: bool = True
                   ) -> list[WordingConflict]:
    """The short texts that still hold another wording, oldest conflict first; those
    resolved meanwhile (edited, chosen, deleted, here or elsewhere) leave the list.
    ``tidy``: capture this device's edits first and rewrite the list (a write: the
    caller's transaction); False reads only."""
    items = _read(conn)
    if not items:
        return []
    if tidy:
        capture(conn)  # a title edited here since is an edit that saw every wording
    states = load_states(conn, {uuid for _t, uuid, _f in items})
    out: list[WordingConflict] = []
    still: list[tuple[str, str, str]] = []
    for table, uuid, name in items:
        record = states.get(uuid)
        row = conn.execute(
            "SELECT s.alive, i.rid FROM sync_state s JOIN sync_ids i ON i.uuid = s.uuid "
            "WHERE s.uuid = ? AND i.tbl = ?", (uuid, table)).fetchone()
        if record is None or row is None or not row[0]:
            continue
        state = visible(record.fields.get(name), record.deleted)
        others = other_wordings(table, name, state)
        if not others or state is None:
            continue
        winner = state.winner()
        still.append((table, uuid, name))
        out.append(WordingConflict(table, uuid, name, int(row[1]), _wording(winner),
                                   tuple(_wording(s) for s in others)))
    if tidy and still != items:
        _write(conn, still)
    return out


def keep(conn: sqlcipher3.Connection, table: str, uuid: str, name: str, text: str,
         seen: Iterable[str] | None = None) -> bool:
    """Make ``text`` the field's only wording: an edit made here now, which replaces
    every wording seen (so it resolves the conflict on every device once synced), and
    the row shows it. ``seen``: the wordings the person was shown; should the field
    hold another one now (a sync brought it meanwhile), nothing is written — a choice
    never replaces a wording no one saw. False when nothing was written (that, or the
    record is gone). Caller's transaction."""
    if (table, name) not in SHORT_TEXT_FIELDS:
        raise ValueError(f"{table}.{name} is not a short text")
    capture(conn)  # an edit typed here and not captured yet is seen (and replaced)
    row = conn.execute("SELECT rid FROM sync_ids WHERE uuid = ? AND tbl = ?",
                       (uuid, table)).fetchone()
    record = load_states(conn, [uuid]).get(uuid)
    if row is None or record is None:
        return False
    current = record.fields.get(name)
    if seen is not None:
        known = set(seen)
        shown = visible(current, record.deleted)
        if any(sib.value is not None and isinstance(sib.value, str) and sib.value.strip()
               and sib.value not in known for sib in (shown.siblings if shown else ())):
            return False
    clock = load_clock(conn)
    dot = Dot(clock.device, next_seq(conn))
    fields = dict(record.fields)
    fields[name] = FieldState.edit(current, text, clock.tick(now_ms()), dot)
    save_states(conn, [RecordState(record.table, record.uuid, record.parents, fields,
                                   record.deleted)])
    save_clock(conn, clock)
    conn.execute("INSERT OR IGNORE INTO sync_out(uuid) VALUES (?)", (uuid,))
    spec = TABLES[table]
    shown = render(table, name, visible(fields[name], record.deleted))
    conn.execute(f"UPDATE {spec.name} SET {name} = ? WHERE id = ?", (shown, int(row[0])))
    # (the row's own change mark: captured later, it finds the row as its state shows it)
    _write(conn, [i for i in _read(conn) if i != (table, uuid, name)])
    return True


def keep_beside(conn: sqlcipher3.Connection, table: str, rid: int,
                seen: Mapping[str, str]) -> bool:
    """A page's save of the person's wording of short texts, made while another
    device's wording arrived unseen (``seen``: field → the wording the page had read):
    the save becomes this device's edit (captured now) and the wordings the page
    never showed stay beside it in the field's state, as two devices rewording at
    the same time leave them, and are remembered here. The row shows the last
    writer's (the same on every device). True when a wording was kept. Caller's
    transaction; call it after the row was written, before anything captures it."""
    row = conn.execute("SELECT uuid FROM sync_ids WHERE tbl = ? AND rid = ?",
                       (table, int(rid))).fetchone()
    if row is None or table not in TABLES:
        return False
    uuid = str(row[0])
    before = load_states(conn, [uuid]).get(uuid)
    if before is None:
        return False
    me = load_clock(conn).device
    unseen: dict[str, tuple] = {}
    for name, read in seen.items():
        if (table, name) not in SHORT_TEXT_FIELDS:
            continue
        shown = visible(before.fields.get(name), before.deleted)
        unseen[name] = tuple(
            sib for sib in (shown.siblings if shown else ())
            if isinstance(sib.value, str) and sib.value.strip() and sib.value != read
            and sib.dot.device != me)  # (this device's own wordings were seen here)
    if not any(unseen.values()):
        return False
    capture(conn)  # the page's save: an edit whose version vector covers what it replaced
    after = load_states(conn, [uuid]).get(uuid)
    if after is None:
        return False
    fields = dict(after.fields)
    kept: list[Conflict] = []
    for name, siblings in unseen.items():
        state = fields.get(name)
        if state is None:
            continue
        words = {sib.value for sib in state.siblings}
        extra = tuple(sib for sib in siblings if sib.value not in words)
        if not extra:
            continue  # (the person typed the other wording itself)
        fields[name] = FieldState(state.siblings + extra, dict(state.vv))
        kept.append(Conflict(table, uuid, name))
    if not kept:
        return False
    save_states(conn, [RecordState(after.table, after.uuid, after.parents, fields,
                                   after.deleted)])
    conn.execute("INSERT OR IGNORE INTO sync_out(uuid) VALUES (?)", (uuid,))
    spec = TABLES[table]
    for conflict in kept:
        shown = render(table, conflict.field, visible(fields[conflict.field], after.deleted))
        conn.execute(f"UPDATE {spec.name} SET {conflict.field} = ? WHERE id = ?",
                     (shown, int(rid)))
    remember(conn, kept)
    return True
