"""``store.sync``: what the sync engine and the interface call (issue 15).

The contract is /work/wt/SYNC-SPEC.md « Store API ». Every method is one
transaction: a crash leaves either the journal before the call or after it.
Bundle numbers: local edits are captured with ``next_seq``; :meth:`collect`
freezes them into bundle ``next_seq`` and bumps it in the same transaction, so
a dot's value never changes once its bundle exists.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Collection, Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from carnet.domain.sync import (
    LONG_TEXT_FIELDS,
    OTHER_VERSION_HEADING,
    ApplyReport,
    Dot,
    FieldState,
    FrozenBundle,
    RecordState,
    Sibling,
    SnapshotState,
    SyncIdentity,
    applied_to_json,
    render,
)
from carnet.store import sync_restored as restored_copy
from carnet.store.repos.base import Database
from carnet.store.sync_apply import UnknownRecordError, merge_in
from carnet.store.sync_bulk import BulkDeclinedError, load_empty
from carnet.store.sync_bulk import steps as bulk_steps
from carnet.store.sync_capture import CAPTURE_CHUNK, capture, now_ms
from carnet.store.sync_states import (
    device_id,
    dumps,
    get_setting,
    load_clock,
    load_state_json,
    load_states,
    next_seq,
    pack,
    save_clock,
    set_setting,
    unpack,
    with_bytes,
    with_bytes_json,
)
from carnet.store.sync_tables import BORN_FIELD, TABLES

if TYPE_CHECKING:
    from carnet.store.journal_store import JournalStore


#: Records per bundle, and the attachment bytes after which a bundle is closed.
BUNDLE_RECORDS = 500
BUNDLE_BYTES = 16 * 1024 * 1024
#: Digests of this device's newest published bundles kept (to tell another copy's
#: file of the same number apart: two copies racing write neighbouring numbers).
PUBLISHED_DIGESTS = 2000
#: Records merged per transaction when loading a snapshot, and its page cache (KiB).
SNAPSHOT_CHUNK = 2000
SNAPSHOT_CACHE_KIB = 64 * 1024


def _new_id() -> str:
    return secrets.token_hex(16)


class SyncRepository:
    """Identities, change capture, bundles, apply, snapshot and sync settings."""

    def __init__(self, db: Database, sibling: Callable[[], JournalStore] | None = None) -> None:
        self.db = db
        self._sibling = sibling

    # -- identity ------------------------------------------------------------------
    def identity(self) -> SyncIdentity:
        with self.db.lock:
            conn = self.db.conn
            return SyncIdentity(str(get_setting(conn, "journal_id")), device_id(conn))

    def adopt(self, journal_id: str, sync_key: bytes) -> None:
        """Become a device of an existing synced journal (``join``): its id and key."""
        if not journal_id or not all(c in "0123456789abcdef" for c in journal_id):
            raise ValueError("A journal id is lower-case hex.")
        with self.db.transaction() as conn:
            set_setting(conn, "journal_id", journal_id)
            set_setting(conn, "sync_key", bytes(sync_key))

    def new_device_id(self, from_seq: int | None = None, *,
                      seen: Mapping[str, Mapping[str, Collection[str]]] | None = None
                      ) -> str:
        """Take a fresh device id: this journal is a copy (restored backup, copied file).

        What this copy wrote and had not published is given the new id (its old
        numbers may already name other bundles of the original), and will be
        sent in the new device's first bundle. ``from_seq``: another copy wrote
        bundles of these numbers too (both published before seeing each other):
        what this copy froze from that number on is given the new id as well and
        sent again; the version vectors keep the old numbers (they were this
        copy's own edits, now carried by new dots, and the other copy sends its
        own again the same way), so the old files' values are superseded
        everywhere instead of standing twice.

        ``seen``: this file is an older state of this device's own file (a
        backup restored in its place); the folder's files of this device after
        what it published hold these values (record uuid → field → values, see
        :mod:`carnet.store.sync_restored`): what this file holds unpublished of
        them is not a new edit, the rest keeps the time it was written.
        """
        with self.db.transaction() as conn:
            restored = seen is not None
            dirty_at = dict(conn.execute("SELECT uuid, at FROM sync_dirty").fetchall()
                            ) if restored else {}
            capture(conn)
            old, new = device_id(conn), _new_id()
            first_unpublished = min(
                [r[0] for r in conn.execute("SELECT seq FROM sync_outbox")] + [next_seq(conn)]
            )
            keep_vv = from_seq is not None and from_seq < first_unpublished
            if keep_vv:
                first_unpublished = from_seq
            rewritten, taken_back = [], []
            mentioned = f'"{old}"'
            for uuid, value in conn.execute("SELECT uuid, state FROM sync_state").fetchall():
                text = unpack(value)
                if mentioned not in text:
                    continue
                record = RecordState.from_json(json.loads(text))
                wall = None
                if restored:
                    wall = restored_copy.pending_wall(record, old, first_unpublished,
                                                      dirty_at.get(uuid))
                    if uuid in seen:
                        record = restored_copy.without_held(record, old, first_unpublished,
                                                            seen[uuid])
                        if not restored_copy.has_pending(record, old, first_unpublished):
                            taken_back.append((uuid, record))
                            continue
                moved = _move_dots(record, old, first_unpublished, new, keep_vv=keep_vv)
                if wall is not None:
                    moved = restored_copy.stamped_when_written(moved, new, wall)
                if moved != record:
                    rewritten.append((pack(dumps(moved)), uuid))
            _take_back(conn, taken_back)
            conn.executemany("UPDATE sync_state SET state = ? WHERE uuid = ?", rewritten)
            conn.executemany(
                "INSERT OR IGNORE INTO sync_out(uuid) VALUES (?)", [(u,) for _t, u in rewritten]
            )
            conn.execute("DELETE FROM sync_outbox")
            conn.execute(
                "DELETE FROM sync_applied WHERE device = ? AND seq >= ?", (old, first_unpublished)
            )
            set_setting(conn, "device_id", new)
            set_setting(conn, "next_seq", 1)
            set_setting(conn, "published_digests", None)
            clock = load_clock(conn)
            clock.device = new
            save_clock(conn, clock)
        return new

    # -- sending ------------------------------------------------------------------
    def collect(self) -> FrozenBundle | None:
        """Freeze what changed here into bundles (kept in the outbox); return the last.

        Each step is its own short transaction (capture in chunks, then bundles of
        at most BUNDLE_RECORDS records / about BUNDLE_BYTES of attachments), so the
        first sync of a large journal never holds the file while the person types.
        Every bundle made is listed by :meth:`unpublished`.
        """
        last = self._freeze()
        return FrozenBundle.from_json(last) if last is not None else None

    def freeze(self, max_bundles: int | None = None, *, even_empty: bool = False) -> bool:
        """:meth:`collect` without building the last bundle's objects (the engine reads
        the outbox as JSON); True when a bundle was made. ``max_bundles``: freeze no
        more than that many (the engine publishes them before freezing more: the
        outbox of a first sync never holds the whole journal, whose pages the file
        would keep, free, once published). ``even_empty``: a bundle even when nothing
        changed (it carries the owner's new name)."""
        return self._freeze(max_bundles, even_empty=even_empty) is not None

    def _freeze(self, max_bundles: int | None = None, *, even_empty: bool = False
                ) -> dict | None:
        last = None
        made = 0
        while max_bundles is None or made < max_bundles:
            with self.db.transaction() as conn:
                capture(conn, CAPTURE_CHUNK)
                if conn.execute("SELECT 1 FROM sync_dirty LIMIT 1").fetchone() is not None:
                    continue  # commit this chunk, capture the next
                bundle = _freeze(conn, even_empty=even_empty and not made)
            if bundle is None:
                break
            last = bundle
            made += 1
        return last

    def unpublished(self) -> list[FrozenBundle]:
        return [FrozenBundle.from_json(b) for b in self.unpublished_json()]

    def unpublished_json(self) -> list[dict]:
        """:meth:`unpublished` as JSON (``FrozenBundle.to_json()``), as kept: a first
        sync's tens of thousands of records go out without objects built per field."""
        rows = self.db.query("SELECT payload FROM sync_outbox ORDER BY seq")
        return [json.loads(r[0]) for r in rows]

    def unpublished_seqs(self) -> list[int]:
        """The numbers of the bundles frozen and not yet published."""
        return [int(r[0]) for r in self.db.query("SELECT seq FROM sync_outbox ORDER BY seq")]

    def mark_published(self, seq: int, digest: str | None = None) -> None:
        """``digest``: what the file written says (the engine's hash of its records),
        kept so that another copy's file of the same number is told apart."""
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM sync_outbox WHERE seq = ?", (seq,))
            if digest:
                known = json.loads(get_setting(conn, "published_digests") or "{}")
                known[str(int(seq))] = digest
                if len(known) > PUBLISHED_DIGESTS:
                    for old in sorted(known, key=int)[: len(known) - PUBLISHED_DIGESTS]:
                        del known[old]
                set_setting(conn, "published_digests", json.dumps(known))

    def published_digests(self) -> dict[int, str]:
        """bundle number → the digest :meth:`mark_published` recorded (newest ones)."""
        known = json.loads(self._get("published_digests") or "{}")
        return {int(k): str(v) for k, v in known.items() if v}

    def next_seq(self) -> int:
        """The number the next bundle will have (all below were frozen here)."""
        with self.db.lock:
            return next_seq(self.db.conn)

    def last_frozen_seq(self) -> int:
        """The number of the last bundle frozen here (0: none yet)."""
        return self.next_seq() - 1

    # -- receiving -----------------------------------------------------------------
    def apply(self, device: str, seq: int, records: list[RecordState]) -> ApplyReport:
        """Merge another device's bundle; idempotent; one transaction."""
        with self.db.transaction() as conn:
            if _applied(conn, device, seq):
                return ApplyReport(skipped=True)
            report = merge_in(conn, records)
            conn.execute(
                "INSERT INTO sync_applied(device, seq) VALUES (?, ?)", (device, int(seq))
            )
        return report

    def merge_planned_twins(self) -> list[int]:
        """Remove the blank twins of planned sessions two devices both made (the same
        meeting planned on each before they synced: :mod:`carnet.store.sync_twins`).
        An ordinary deletion, captured and sent. The row ids removed."""
        from carnet.store.sync_twins import blank_twins

        with self.db.transaction() as conn:
            removed = blank_twins(conn)
            conn.executemany("DELETE FROM sessions WHERE id = ?", [(i,) for i in removed])
        return removed

    def has_applied(self, device: str, seq: int) -> bool:
        with self.db.lock:
            return _applied(self.db.conn, device, seq)

    def applied(self) -> dict[str, set[int]]:
        out: dict[str, set[int]] = {}
        for device, seq in self.db.query("SELECT device, seq FROM sync_applied"):
            out.setdefault(device, set()).add(seq)
        return out

    # -- snapshots -------------------------------------------------------------------
    def snapshot(self) -> SnapshotState:
        """The whole sync state, tombstones included.

        Edits not frozen yet are frozen first (into the outbox, sent by the next
        publish): a snapshot only holds values whose dots are final.
        """
        self.freeze()
        with self.db.lock:
            conn = self.db.conn
            seq = next_seq(conn) - 1
            applied = self.applied()
            keys = [r[0] for r in conn.execute("SELECT uuid FROM sync_state ORDER BY uuid")]
        records: list[RecordState] = []
        # Read in short steps: states change only through capture and apply, which
        # run on the sync worker itself, so the steps see one consistent state.
        for start in range(0, len(keys), 2000):
            with self.db.lock:
                part = load_states(self.db.conn, keys[start : start + 2000])
                records += [with_bytes(self.db.conn, part[k]) for k in sorted(part)]
        return SnapshotState(records, applied, seq)

    def snapshot_json(self) -> dict:
        """:meth:`snapshot` as JSON (``SnapshotState.to_json()``), read from the stored
        states as they are (a snapshot of a large journal is written in seconds)."""
        self.freeze()
        with self.db.lock:
            conn = self.db.conn
            seq = next_seq(conn) - 1
            applied = self.applied()
            keys = [r[0] for r in conn.execute("SELECT uuid FROM sync_state ORDER BY uuid")]
        records: list[dict] = []
        for start in range(0, len(keys), 2000):  # (short steps, as snapshot())
            with self.db.lock:
                part = load_state_json(self.db.conn, keys[start : start + 2000])
                records += [with_bytes_json(self.db.conn, part[k])[0] for k in sorted(part)]
        return {"seq": seq, "records": records, "applied": applied_to_json(applied)}

    def load_snapshot(self, state: SnapshotState) -> ApplyReport:
        """Merge a snapshot, in steps of SNAPSHOT_CHUNK records (short transactions: a
        journal that is open and typed in is never held for long).

        Deepest records first, so a parent is merged knowing its children (a deletion
        that had not seen a child's edit never removes it, not even for a moment).
        Merging is idempotent: steps done before a crash are simply merged again.
        The bundles the snapshot covers are marked applied after the last step.
        """
        for record in state.records:
            if record.table not in TABLES:
                raise UnknownRecordError(record.table)
        records = sorted(state.records, key=lambda r: (-TABLES[r.table].depth, r.uuid))
        report = ApplyReport()
        with self.db.lock:
            cache = self.db.conn.execute("PRAGMA cache_size").fetchone()[0]
            # Random uuid keys touch pages all over the file: a larger page cache for
            # this call (-28 % on a 1,200-session snapshot here); restored after.
            self.db.conn.execute(f"PRAGMA cache_size = {min(int(cache), -SNAPSHOT_CACHE_KIB)}")
        try:
            for start in range(0, len(records), SNAPSHOT_CHUNK):
                with self.db.transaction() as conn:
                    report.add(merge_in(conn, records[start : start + SNAPSHOT_CHUNK]))
        finally:
            with self.db.lock:
                self.db.conn.execute(f"PRAGMA cache_size = {int(cache)}")
        with self.db.transaction() as conn:
            conn.executemany(
                "INSERT OR IGNORE INTO sync_applied(device, seq) VALUES (?, ?)",
                [(d, s) for d, seqs in state.applied.items() for s in seqs],
            )
        return report

    @staticmethod
    def bulk_steps(records: int, chunk: int = SNAPSHOT_CHUNK) -> int:
        """The steps :meth:`load_snapshot_into_empty` reports for ``records`` records."""
        return bulk_steps(records, chunk)

    def load_snapshot_into_empty(
        self,
        state: SnapshotState | Mapping,
        *,
        chunk: int = SNAPSHOT_CHUNK,
        on_step: Callable[[int, int], None] | None = None,
    ) -> ApplyReport | None:
        """Load a snapshot into this journal if it is still empty (a join), in bulk.

        One transaction: the journal holds the whole snapshot and the bundles it
        covers, or nothing of it. ``on_step(index, count)``: before each of the
        ``count`` steps (the plan, runs of ``chunk`` records, the search index: see
        :meth:`bulk_steps`) and once after the last; an exception it raises
        (Cancel) rolls everything back. None when the journal is not
        empty or the snapshot is not the plain case: then :meth:`load_snapshot`.
        ``state`` may be the snapshot's JSON as read (``SnapshotState.to_json()``):
        a join's tens of thousands of records are then read without building them.
        """
        if isinstance(state, SnapshotState):
            state = state.to_json()
        with self.db.lock:
            cache = self.db.conn.execute("PRAGMA cache_size").fetchone()[0]
            self.db.conn.execute(f"PRAGMA cache_size = {min(int(cache), -SNAPSHOT_CACHE_KIB)}")
        try:
            with self.db.transaction() as conn:
                report = load_empty(conn, state, chunk=chunk, on_step=on_step)
                from carnet.store.sync_wordings import remember_from_json

                remember_from_json(conn, state["records"])  # (titles with two wordings)
                return report
        except BulkDeclinedError:
            return None
        finally:
            with self.db.lock:
                self.db.conn.execute(f"PRAGMA cache_size = {int(cache)}")

    # -- the journal owner's name (a setting that travels: last writer wins) -----------
    def owner(self) -> tuple[str, str]:
        """(name, stamp): the owner's name in this journal and the clock stamp of its
        last change known here. A change made here since (the name in the journal is
        not the one known) is stamped now, and goes out with the next bundle (an
        empty one if nothing else changed: :meth:`owner_unsent`). An empty name is
        never said (a journal created without one must not erase the others')."""
        with self.db.transaction() as conn:
            return tuple(_known_owner(conn))

    def owner_unsent(self) -> bool:
        """The owner's name changed here and no bundle has carried it yet."""
        with self.db.transaction() as conn:
            _known_owner(conn)
            return bool(get_setting(conn, "owner_unsent"))

    def owner_sent(self) -> None:
        self._set("owner_unsent", None)

    def take_owner(self, name: str, stamp: str) -> bool:
        """Another device's owner name said at ``stamp``: it becomes this journal's if it
        is newer than the one known here (last writer wins, the same on every device:
        stamps are unique). True when the name here changed."""
        if not isinstance(name, str) or not name.strip() or not isinstance(stamp, str):
            return False
        with self.db.transaction() as conn:
            known = _known_owner(conn)
            if known[1] and stamp <= known[1]:
                return False
            conn.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (_OWNER_KEY, name),
            )
            set_setting(conn, "owner", json.dumps([name, stamp], ensure_ascii=False))
            if stamp[:13].isdigit():
                clock = load_clock(conn)
                clock.observe(stamp)
                save_clock(conn, clock)
            return name != known[0]

    # -- settings (device-local; the sync key lives only inside the journal) -------------
    def _get(self, key: str):
        with self.db.lock:
            return get_setting(self.db.conn, key)

    def _set(self, key: str, value) -> None:
        with self.db.transaction() as conn:
            set_setting(conn, key, value)

    @property
    def folder(self) -> str | None:
        value = self._get("folder")
        return str(value) if value else None

    @folder.setter
    def folder(self, value: str | None) -> None:
        self._set("folder", str(value) if value else None)

    @property
    def sync_key(self) -> bytes | None:
        value = self._get("sync_key")
        return bytes(value) if value is not None else None

    @sync_key.setter
    def sync_key(self, value: bytes | None) -> None:
        self._set("sync_key", bytes(value) if value is not None else None)

    @property
    def pending_manifest(self) -> bytes | None:
        value = self._get("pending_manifest")
        return bytes(value) if value is not None else None

    @pending_manifest.setter
    def pending_manifest(self, value: bytes | None) -> None:
        self._set("pending_manifest", bytes(value) if value is not None else None)

    @property
    def last_sync(self) -> datetime | None:
        value = self._get("last_sync")
        return datetime.fromisoformat(value) if value else None

    @last_sync.setter
    def last_sync(self, value: datetime | None) -> None:
        self._set("last_sync", value.isoformat() if value else None)

    @property
    def device_labels(self) -> dict[str, str]:
        """The other devices' names as their change files last said them (device-local:
        a sync to a folder where they are absent still names them)."""
        try:
            known = json.loads(self._get("device_labels") or "{}")
        except ValueError:
            return {}
        return {str(k): str(v) for k, v in known.items() if isinstance(v, str)} if isinstance(
            known, dict) else {}

    @device_labels.setter
    def device_labels(self, value: Mapping[str, str]) -> None:
        self._set("device_labels", json.dumps(dict(sorted(value.items())), ensure_ascii=False)
                  if value else None)

    @property
    def file_place(self) -> str | None:
        """Where the file holding this device identity lies (``carnet.sync.place``,
        as text): device-local, so that a copy of the file knows it is one."""
        value = self._get("file_place")
        return str(value) if value else None

    @file_place.setter
    def file_place(self, value: str | None) -> None:
        self._set("file_place", value or None)

    @property
    def device_label(self) -> str:
        return str(self._get("device_label") or "")

    @device_label.setter
    def device_label(self, value: str) -> None:
        self._set("device_label", value or None)

    # -- a second connection for the worker thread ---------------------------------
    def open_sibling(self) -> JournalStore:
        """Another connection to this journal, same key, no new derivation, no lock."""
        if self._sibling is None:
            raise RuntimeError("This store cannot open a second connection.")
        return self._sibling()

    # -- record identities (the JSON export writes them, its import merges by them) --------
    def uuids_of(self, table: str) -> dict[int, str]:
        """row id → uuid of every row of ``table``."""
        return dict(self.db.query("SELECT rid, uuid FROM sync_ids WHERE tbl = ?", (table,)))

    def adopt_uuid(self, table: str, rid: int, uuid: str) -> bool:
        """Give a row just inserted (not yet known to sync) the uuid it has elsewhere.

        Refused (False) when this journal already uses ``uuid`` or when the row's own
        uuid was already captured: a record's identity never changes once it may
        have travelled. Called right after the insert, before the row's children
        (whose step-note / key-word uuids derive from it) are added.
        """
        with self.db.transaction() as conn:
            if conn.execute("SELECT 1 FROM sync_ids WHERE uuid = ?", (uuid,)).fetchone():
                return False
            row = conn.execute(
                "SELECT uuid FROM sync_ids WHERE tbl = ? AND rid = ?", (table, rid)
            ).fetchone()
            if row is None or conn.execute(
                "SELECT 1 FROM sync_state WHERE uuid = ?", (row[0],)
            ).fetchone():
                return False
            conn.execute(
                "UPDATE sync_ids SET uuid = ? WHERE tbl = ? AND rid = ?", (uuid, table, rid)
            )
            # A row of that uuid deleted here, its deletion not captured yet: the row
            # comes back under its identity (as when its tombstone was captured), its
            # deletion's mark replaced by the new row's — both kept, the import failed
            # as a whole on sync_dirty's unique uuid (fresh6).
            conn.execute("DELETE FROM sync_dirty WHERE uuid = ?", (uuid,))
            conn.execute("UPDATE sync_dirty SET uuid = ? WHERE uuid = ?", (uuid, row[0]))
        return True

    def states(self, uuids: Iterable[str]) -> dict[str, RecordState]:
        """The sync state of these records (tombstones included; absent: never seen)."""
        with self.db.lock:
            return load_states(self.db.conn, list(uuids))

    def texts_with_versions(self) -> list[tuple[str, str, str, int]]:
        """(table, uuid, field, row id) of every long text that holds a version a sync
        kept (``LONG_TEXT_FIELDS``: notes, learnings, outcomes, drafts, ground rules…),
        by table and field, then in the order written: what is left to reconcile."""
        found = []
        for table, name in sorted(LONG_TEXT_FIELDS):
            found += [(table, str(uuid), name, int(rid)) for uuid, rid in self.db.query(
                f"SELECT i.uuid, t.id FROM {table} t JOIN sync_ids i "
                f"ON i.tbl = ? AND i.rid = t.id WHERE instr(t.{name}, ?) > 0 ORDER BY t.id",
                (table, OTHER_VERSION_HEADING))]
        return found

    def holding_versions(self, table: str, uuid: str, field: str) -> int | None:
        """The row id of the record ``uuid`` when its long text ``field`` still holds a
        version a sync kept; None when it no longer does (or is no longer there)."""
        if (table, field) not in LONG_TEXT_FIELDS:
            return None
        row = self.db.query_one(
            f"SELECT t.id FROM {table} t JOIN sync_ids i ON i.tbl = ? AND i.rid = t.id "
            f"WHERE i.uuid = ? AND instr(t.{field}, ?) > 0", (table, uuid, OTHER_VERSION_HEADING))
        return int(row[0]) if row else None

    def uuid_of(self, table: str, rid: int) -> str | None:
        """The uuid of one row (None: no such row)."""
        row = self.db.query_one(
            "SELECT uuid FROM sync_ids WHERE tbl = ? AND rid = ?", (table, int(rid))
        )
        return str(row[0]) if row else None

    def restore_uuid(self, table: str, rid: int, uuid: str) -> bool:
        """Give a row just re-inserted by an undo the uuid of the row it brings back.

        An undo of a delete re-adds the row; under a new uuid, an edit made
        elsewhere meanwhile would resurrect the original and the person would see
        it twice. Allowed only when ``uuid`` was a row of ``table`` here that is
        gone now (its tombstone, or a deletion not captured yet) and the new row's
        own uuid has not been captured (never travelled). Call it in the insert's
        transaction, parents before children. False when refused (the row keeps
        its new uuid: nothing is lost, at worst shown twice).
        """
        with self.db.transaction() as conn:
            if conn.execute("SELECT 1 FROM sync_ids WHERE uuid = ?", (uuid,)).fetchone():
                return False  # in use by a live row
            known = conn.execute("SELECT tbl FROM sync_state WHERE uuid = ?", (uuid,)).fetchone()
            if known is None or known[0] != table:
                return False  # never captured here (it never travelled): nothing to take back
            row = conn.execute(
                "SELECT uuid FROM sync_ids WHERE tbl = ? AND rid = ?", (table, int(rid))
            ).fetchone()
            if row is None or conn.execute(
                "SELECT 1 FROM sync_state WHERE uuid = ?", (row[0],)
            ).fetchone():
                return False
            # back in its place: the creation stamp of the record it brings back
            gone = load_states(conn, [uuid]).get(uuid)
            born = render(table, BORN_FIELD, gone.fields.get(BORN_FIELD)) if gone else None
            conn.execute(
                "UPDATE sync_ids SET uuid = ?, born = coalesce(?, born) WHERE tbl = ? AND rid = ?",
                (uuid, born if isinstance(born, str) else None, table, int(rid)),
            )
            at = conn.execute(
                "SELECT max(at) FROM sync_dirty WHERE uuid IN (?, ?)", (row[0], uuid)
            ).fetchone()[0]
            conn.execute("DELETE FROM sync_dirty WHERE uuid IN (?, ?)", (row[0], uuid))
            conn.execute(
                "INSERT INTO sync_dirty(uuid, tbl, rid, at) VALUES (?, ?, ?, ?)",
                (uuid, table, int(rid), int(at if at is not None else now_ms())),
            )
        return True

    # -- short texts reworded on two devices (carnet/store/sync_wordings.py) -------------
    def wording_conflicts(self) -> list:
        """The titles, names… that hold another wording than the one shown. Read when
        the journal refuses writes too (then without tidying the list): a page asks
        it while it opens."""
        import sqlcipher3

        from carnet.store import sync_wordings
        from carnet.store.errors import StorageError

        if not self.db.query_one("SELECT 1 FROM sync_settings WHERE key = ?",
                                 (sync_wordings.OPEN_KEY,)):
            return []  # (the usual case: nothing to read, nothing written)
        try:
            with self.db.transaction() as conn:
                return sync_wordings.open_conflicts(conn)
        except (sqlcipher3.DatabaseError, StorageError):  # read-only (a full disk…)
            with self.db.lock:
                return sync_wordings.open_conflicts(self.db.conn, tidy=False)

    def keep_wordings_beside(self, table: str, rid: int, seen: Mapping[str, str]) -> bool:
        """A page saved the person's wording of short texts (``seen``: field → the
        wording the page had read) while another device's arrived: that one stays
        beside it, offered as a wording conflict (see ``sync_wordings.keep_beside``).
        Joins the page's save transaction."""
        from carnet.store import sync_wordings

        with self.db.transaction() as conn:
            return sync_wordings.keep_beside(conn, table, rid, seen)

    def has_open_wordings(self) -> bool:
        """Whether wordings wait to be chosen (one cheap read: the status bar asks)."""
        from carnet.store import sync_wordings

        return bool(self.db.query_one("SELECT 1 FROM sync_settings WHERE key = ?",
                                      (sync_wordings.OPEN_KEY,)))

    def keep_wording(self, table: str, uuid: str, field: str, text: str,
                     seen: Iterable[str] | None = None) -> bool:
        """Choose ``text`` as the field's wording: an edit that syncs (False: nothing
        written — the record is gone, or it holds a wording not in ``seen``)."""
        from carnet.store import sync_wordings

        with self.db.transaction() as conn:
            return sync_wordings.keep(conn, table, uuid, field, text, seen)

    # -- used by tests and diagnostics -------------------------------------------------
    def pending_changes(self) -> int:
        """Dirty marks and captured records not frozen into a bundle yet."""
        row = self.db.query_one(
            "SELECT (SELECT count(*) FROM sync_dirty) + (SELECT count(*) FROM sync_out)"
        )
        return int(row[0])


#: The owner's name in the journal's ``meta`` (JournalStore.OWNER_KEY; not imported:
#: journal_store imports this module).
_OWNER_KEY = "owner_name"


def _known_owner(conn) -> list[str]:
    """[name, stamp] known here, a change made here since stamped now (see owner())."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_OWNER_KEY,)).fetchone()
    current = str(row[0]) if row and row[0] is not None else ""
    known = json.loads(get_setting(conn, "owner") or '["", ""]')
    if current != known[0] and current.strip():
        clock = load_clock(conn)
        known = [current, clock.tick(now_ms())]
        save_clock(conn, clock)
        set_setting(conn, "owner", json.dumps(known, ensure_ascii=False))
        set_setting(conn, "owner_unsent", 1)
    return known


def _freeze(conn, *, even_empty: bool = False) -> dict | None:
    """One bundle from the captured records (in the caller's transaction), as JSON
    (``FrozenBundle.to_json()``)."""
    capture(conn)  # typed meanwhile: small
    uuids = [
        r[0]
        for r in conn.execute(
            "SELECT uuid FROM sync_out ORDER BY uuid LIMIT ?", (BUNDLE_RECORDS,)
        )
    ]
    if not uuids and not even_empty:
        return None
    seq = next_seq(conn)
    wanted = set(uuids)
    records, taken, size = [], [], 0
    for item in _with_ancestors(conn, uuids):
        item, blob_size = with_bytes_json(conn, item)
        records.append(item)
        if item["uuid"] in wanted:
            taken.append(item["uuid"])
        size += blob_size
        if size > BUNDLE_BYTES and taken:
            break
    records = _complete_ancestors(records)
    clock = load_clock(conn)
    stamp = clock.tick(now_ms())
    save_clock(conn, clock)
    bundle = {"seq": seq, "stamp": stamp, "records": records}  # (FrozenBundle.to_json())
    conn.execute(
        "INSERT INTO sync_outbox(seq, stamp, payload) VALUES (?, ?, ?)",
        (seq, stamp, json.dumps(bundle, ensure_ascii=False)),
    )
    conn.execute(
        "INSERT OR IGNORE INTO sync_applied(device, seq) VALUES (?, ?)", (device_id(conn), seq)
    )
    conn.executemany("DELETE FROM sync_out WHERE uuid = ?", [(u,) for u in taken])
    set_setting(conn, "next_seq", seq + 1)
    return bundle


def _applied(conn, device: str, seq: int) -> bool:
    return (
        conn.execute(
            "SELECT 1 FROM sync_applied WHERE device = ? AND seq = ?", (device, int(seq))
        ).fetchone()
        is not None
    )


def _with_ancestors(conn, uuids: Iterable[str]) -> list[dict]:
    """The records (their JSON), each followed by the ancestors not listed yet (a
    deletion that had not seen an edit resurrects them on the other side)."""
    found: dict[str, dict] = {}
    wanted = list(uuids)
    while wanted:
        loaded = load_state_json(conn, wanted)
        found.update(loaded)
        wanted = sorted(
            {p for r in loaded.values() for p in r["parents"].values() if p and p not in found}
        )
    out: list[dict] = []
    listed: set[str] = set()

    def add(uuid: str) -> None:
        if uuid in listed or uuid not in found:
            return
        for parent in found[uuid]["parents"].values():
            if parent:
                add(parent)
        listed.add(uuid)
        out.append(found[uuid])

    for uuid in uuids:
        add(uuid)
    return out


def _complete_ancestors(records: list[dict]) -> list[dict]:
    """Cut after a size limit, the list still holds every listed record's ancestors
    (they come before it), so it is returned as is; kept as a check."""
    listed = {r["uuid"] for r in records}
    for record in records:
        for parent in record["parents"].values():
            if parent and parent not in listed:
                raise AssertionError(f"bundle without the ancestor {parent}")
    return records


def _take_back(conn, taken_back: list[tuple[str, RecordState]]) -> None:
    """Pending records of a restored file whose every pending value the folder already
    holds: taken back, none sent. One never published keeps an empty state standing
    for its row. Their liveness stays what the capture found (the row here or not):
    the folder's state then replaces the row's words, deletes it or brings it back."""
    for uuid, record in taken_back:
        conn.execute("DELETE FROM sync_out WHERE uuid = ?", (uuid,))
        conn.execute("UPDATE sync_state SET state = ? WHERE uuid = ?",
                     (pack(dumps(record)), uuid))


def _move_dots(record: RecordState, old: str, first: int, new: str, *,
               keep_vv: bool = False) -> RecordState:
    """Give the dots ``(old, ≥ first)`` of a copied journal to its new device id.

    ``keep_vv``: the old numbers stay seen (they were published by this copy).
    """

    def move(state: FieldState | None) -> FieldState | None:
        if state is None:
            return None
        sibs = tuple(
            Sibling(s.value, s.stamp, Dot(new, 1))
            if s.dot.device == old and s.dot.seq >= first
            else s
            for s in state.siblings
        )
        vv = dict(state.vv)
        if vv.get(old, 0) >= first and not keep_vv:
            vv[old] = first - 1
            if not vv[old]:
                del vv[old]
        if any(s.dot.device == new for s in sibs):
            vv[new] = 1
        return FieldState(sibs, dict(sorted(vv.items())))

    fields = {name: move(state) for name, state in record.fields.items()}
    return RecordState(record.table, record.uuid, record.parents, fields, move(record.deleted))
