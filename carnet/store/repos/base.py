"""Shared plumbing of the repositories: one connection, one lock, tags."""

from __future__ import annotations

import contextlib
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
