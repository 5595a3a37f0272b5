"""Shared plumbing of the repositories: one connection, one lock, tags."""

from __future__ import annotations

import contextlib
import itertools
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import sqlcipher3

from carnet.store.errors import NotFoundError, StorageError


def written_order(table: str, alias: str | None = None) -> str:
    """An ORDER BY term: the order ``table``'s rows were written in, the same on every
    device — their creation stamp (sync_ids.born, carried by sync), so a device that
    joined or received them in another order lists them as they were written. Rows
    not stamped yet (just written here) come last; follow it with the row id."""
    return (
        f"coalesce((SELECT born FROM sync_ids WHERE tbl = '{table}' "
        f"AND rid = {alias or table}.id), '~')"
    )


#: What the plans read (the reminders' schedule): open actions' status, due date and
#: session; planned sessions' date, status and group; groups' archiving. A change to
#: any of them bumps ``temp.planning_changes`` (see :meth:`Database.planning_version`).
_PLANNING_COLUMNS = {
    "actions": ("status", "due_date", "session_id"),
    "sessions": ("date", "status", "group_id"),
    "groups": ("archived",),
}
_BUMP = "BEGIN UPDATE planning_changes SET n = n + 1; END"
_serials = itertools.count(1)


class Database:
    """The open connection and its transaction discipline.

    Every write goes through :meth:`transaction`: one ``BEGIN IMMEDIATE`` …
    ``COMMIT``, so a save is atomic and a failed one leaves nothing behind.
    Nested calls join the outer transaction. A lock serialises threads (the
    UI opens the journal off its thread, then uses it).
    """

    def __init__(self, conn: sqlcipher3.Connection) -> None:
        self.conn = conn
        self.lock = threading.RLock()
        self._depth = 0
        #: Tells this connection from the one a rekey or a restore opens in its place.
        self.serial = next(_serials)
        self._planning_watched = self._watch_planning()

    def _watch_planning(self) -> bool:
        """Temporary triggers (this connection's own, in memory: nothing written to the
        file) that count the changes to what the plans read; False where they could
        not be made (then :meth:`planning_version` says « unknown »)."""
        try:
            with self.lock:
                self.conn.execute("CREATE TEMP TABLE planning_changes (n INTEGER NOT NULL)")
                self.conn.execute("INSERT INTO temp.planning_changes VALUES (0)")
                for table, columns in _PLANNING_COLUMNS.items():
                    # An update counts when one of them really changed: the session
                    # page writes every column of an action or a session as its title
                    # is typed.
                    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)
                    for name, event in (("insert", "INSERT"), ("delete", "DELETE"),
                                        ("update", f"UPDATE OF {', '.join(columns)}")):
                        when = f" WHEN {changed}" if name == "update" else ""
                        self.conn.execute(f"CREATE TEMP TRIGGER planning_{table}_{name} "
                                          f"AFTER {event} ON main.{table}{when} {_BUMP}")
        except sqlcipher3.Error:
            return False
        return True

    def planning_version(self) -> tuple[int, int, int] | None:
        """Changes when an open action, a planned session or a group's archiving may
        have changed: written through this connection (the triggers above) or by
        another one (sync's own connection: SQLite's ``data_version``). None when it
        cannot be known: read again each time. Typing a note leaves it as it is, so the
        reminders' schedule is not read again after each save (issue 19's stall)."""
        if not self._planning_watched:
            return None
        try:
            with self.lock:
                own = self.conn.execute("SELECT n FROM temp.planning_changes").fetchone()
                other = self.conn.execute("PRAGMA data_version").fetchone()
        except sqlcipher3.Error:
            return None
        return (self.serial, own[0], other[0])

    @contextmanager
    def transaction(self) -> Iterator[sqlcipher3.Connection]:
        with self.lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self.conn
                finally:
                    self._depth -= 1
                return
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlcipher3.Error as exc:
                raise StorageError(f"The journal cannot be written: {exc}") from None
            self._depth = 1
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except sqlcipher3.Error as exc:
                self._rollback()
                raise StorageError(_storage_message(exc)) from None
            except BaseException:
                self._rollback()
                raise
            finally:
                self._depth = 0

    def _rollback(self) -> None:
        with contextlib.suppress(sqlcipher3.Error):
            self.conn.execute("ROLLBACK")

    def query(self, sql: str, params: Iterable = ()) -> list[sqlcipher3.Row]:
        with self.lock:
            return self.conn.execute(sql, tuple(params)).fetchall()

    def query_one(self, sql: str, params: Iterable = ()):
        with self.lock:
            return self.conn.execute(sql, tuple(params)).fetchone()


def _storage_message(exc: Exception) -> str:
    text = str(exc)
    if "full" in text.lower():
        return "The disk is full: the last change was not saved. Free some space and retry."
    if "readonly" in text.lower() or "read-only" in text.lower():
        return "The journal file is read-only: the last change was not saved."
    return f"The last change could not be saved ({text})."


class Repository:
    """Base of the per-concept repositories."""

    tag_kind: str | None = None

    def __init__(self, db: Database) -> None:
        self.db = db

    def _require(self, row, what: str, ident: int):
        if row is None:
            raise NotFoundError(f"{what} {ident} does not exist (it may have been deleted).")
        return row

    def _rows_for_ids(self, select: str, ids) -> list:
        """The rows of ``select`` (ending ``… IN``) for every id, 500 ids per query:
        a view showing hundreds of items reads them in a few queries, not one each."""
        ids = list(dict.fromkeys(ids))
        rows: list = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows += self.db.query(f"{select} ({','.join('?' * len(chunk))})", chunk)
        return rows

    # -- tags -------------------------------------------------------------
    def _set_tags(self, ref_id: int, tags: list[str]) -> None:
        conn = self.db.conn
        conn.execute("DELETE FROM tags WHERE kind = ? AND ref_id = ?", (self.tag_kind, ref_id))
        conn.executemany(
            "INSERT OR IGNORE INTO tags(kind, ref_id, tag, position) VALUES (?, ?, ?, ?)",
            [(self.tag_kind, ref_id, tag, i) for i, tag in enumerate(tags)],
        )

    def _tags_for(self, ids: list[int]) -> dict[int, list[str]]:
        result: dict[int, list[str]] = {i: [] for i in ids}
        if not ids:
            return result
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start : chunk_start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.db.query(
                f"SELECT ref_id, tag FROM tags WHERE kind = ? AND ref_id IN ({marks}) "
                "ORDER BY ref_id, position",
                [self.tag_kind, *chunk],
            )
            for ref_id, tag in rows:
                result[ref_id].append(tag)
        return result
