"""The one object that owns an open journal: connection, repositories, search.

The interface and the command line go through a ``JournalStore``; nothing
else opens the file or writes SQL.
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path

import sqlcipher3

from carnet.domain import Journal
from carnet.store import maintenance
from carnet.store.connection import (
    JournalLock,
    create_connection,
    integrity_problems,
    open_connection,
    verify_cipher_settings,
)
from carnet.store.errors import StorageError, WrongPassphraseError
from carnet.store.repos.actions import ActionRepository, ActionReviewRepository
from carnet.store.repos.attachments import AttachmentRepository
from carnet.store.repos.base import Database
from carnet.store.repos.groups import GroupRepository, MemberRepository, ObjectiveRepository
from carnet.store.repos.records import (
    AssessmentRepository,
    FeelingRepository,
    LearningRepository,
)
from carnet.store.repos.sessions import KeywordRepository, SessionRepository, StepNoteRepository
from carnet.store.repos.topics import TagRepository, TopicRepository
from carnet.store.search import SearchFilters, SearchHit
from carnet.store.search import search as _search

OWNER_KEY = "owner_name"
SETTING_PREFIX = "setting."


class JournalStore:
    """An open, unlocked journal. Close it to lock."""

    def __init__(self, path: Path, conn: sqlcipher3.Connection, lock: JournalLock) -> None:
        self.path = Path(path)
        self._lock = lock
        #: True once the journal was switched to read-only (see :meth:`set_read_only`).
        self.read_only = False
        self._attach(conn)

    def _attach(self, conn: sqlcipher3.Connection) -> None:
        if getattr(self, "read_only", False):
            conn.execute("PRAGMA query_only = ON")
        self.db = Database(conn)
        self.groups = GroupRepository(self.db)
        self.members = MemberRepository(self.db)
        self.objectives = ObjectiveRepository(self.db)
        self.sessions = SessionRepository(self.db)
        self.notes = StepNoteRepository(self.db)
        self.keywords = KeywordRepository(self.db)
        self.learnings = LearningRepository(self.db)
        self.feelings = FeelingRepository(self.db)
        self.assessments = AssessmentRepository(self.db)
        self.actions = ActionRepository(self.db)
        self.reviews = ActionReviewRepository(self.db)
        self.topics = TopicRepository(self.db)
        self.tags = TagRepository(self.db)
        self.attachments = AttachmentRepository(self.db)

    # -- opening -----------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str, passphrase: str, owner_name: str = "") -> JournalStore:
        path = Path(path)
        lock = JournalLock(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        lock.acquire()
        try:
            conn = create_connection(path, passphrase)
        except BaseException:
            lock.release()
            raise
        store = cls(path, conn, lock)
        with store.db.transaction() as c:
            c.execute(
                "INSERT INTO meta(key, value) VALUES ('created_at', ?), (?, ?)",
                (datetime.now().isoformat(timespec="seconds"), OWNER_KEY, owner_name),
            )
        return store

    @classmethod
    def open(cls, path: Path | str, passphrase: str) -> JournalStore:
        path = Path(path)
        lock = JournalLock(path)
        lock.acquire()
        try:
            conn = open_connection(path, passphrase)
        except BaseException:
            lock.release()
            raise
        # Encrypted leftovers of an interrupted rekey or restore: we hold the
        # lock, so nobody else is writing them.
        for leftover in maintenance.leftover_temp_files(path):
            with contextlib.suppress(OSError):
                leftover.unlink()
        return cls(path, conn, lock)

    def close(self) -> None:
        with self.db.lock, contextlib.suppress(sqlcipher3.Error):
            self.db.conn.close()
        self._lock.release()

    @property
    def conn(self) -> sqlcipher3.Connection:
        return self.db.conn

    def transaction(self):
        return self.db.transaction()

    # -- journal-wide data ------------------------------------------------------
    def _meta(self, key: str, default: str = "") -> str:
        row = self.db.query_one("SELECT value FROM meta WHERE key = ?", (key,))
        return row[0] if row else default

    def _set_meta(self, key: str, value: str) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def journal(self) -> Journal:
        rows = self.db.query("SELECT key, value FROM meta WHERE key LIKE 'setting.%'")
        settings = {k[len(SETTING_PREFIX) :]: v for k, v in rows}
        return Journal(owner_name=self._meta(OWNER_KEY), settings=settings)

    def created_stamp(self) -> str:
        """When the journal was created: a stable seed for export identifiers."""
        return self._meta("created_at", "carnet")

    def set_owner_name(self, name: str) -> None:
        self._set_meta(OWNER_KEY, name)

    def setting(self, key: str, default: str = "") -> str:
        return self._meta(SETTING_PREFIX + key, default)

    def set_setting(self, key: str, value: str) -> None:
        self._set_meta(SETTING_PREFIX + key, value)

    # -- search --------------------------------------------------------------
    def search(
        self, query: str, filters: SearchFilters | None = None, limit: int = 100
    ) -> list[SearchHit]:
        return _search(self.db, query, filters, limit)

    # -- maintenance ---------------------------------------------------------------
    def cipher_settings(self) -> dict[str, str]:
        with self.db.lock:
            return verify_cipher_settings(self.db.conn)

    def integrity_problems(self) -> list[str]:
        """[] when both SQLCipher's page check and SQLite's full check pass."""
        with self.db.lock:
            return integrity_problems(self.db.conn, quick=False)

    def set_read_only(self, read_only: bool = True) -> None:
        """Refuse (or allow again) every write through this connection.

        ``PRAGMA query_only``: a journal found damaged after opening is read,
        never written further (nor backed up, which would rotate a good
        backup away). A refused write raises ``StorageError`` ("read-only").
        """
        with self.db.lock:
            self.db.conn.execute(f"PRAGMA query_only = {'ON' if read_only else 'OFF'}")
        self.read_only = read_only

    def backup_to(self, dest: Path | str) -> Path:
        """An encrypted copy, openable with the same passphrase, written atomically."""
        dest = Path(dest)
        if dest.resolve() == self.path.resolve():
            raise StorageError("A backup cannot overwrite the journal itself.")
        with self.db.lock:
            maintenance.export_copy(self.db.conn, dest, None, failure="The backup was not written")
        return dest

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-encrypt the journal under ``new``, atomically.

        The old passphrase is verified first; the new file is written beside
        the journal, checked to open with ``new``, then swapped in. A crash
        leaves either the old file (old passphrase) or the new one.
        """
        from carnet.store.connection import check_passphrase

        check_passphrase(new)
        probe = open_connection(self.path, old, check=False)
        probe.close()
        tmp = maintenance.temp_sibling(self.path, "rekey")
        with self.db.lock:
            try:
                maintenance.export_copy(
                    self.db.conn, tmp, new, failure="The passphrase was not changed"
                )
                maintenance.verify_opens(tmp, new)
                if not os.access(self.path.parent, os.W_OK):
                    raise StorageError(
                        f"The folder {self.path.parent} is read-only: the passphrase was "
                        "not changed."
                    )
                self.db.conn.close()
                try:
                    os.replace(tmp, self.path)
                    maintenance._fsync_dir(self.path.parent)
                except OSError as exc:
                    self._attach(open_connection(self.path, old, check=False))
                    raise StorageError(
                        "The passphrase was not changed: "
                        + maintenance.explain_write_failure(exc, self.path.parent)
                    ) from None
            finally:
                with contextlib.suppress(OSError):
                    tmp.unlink()
            self._attach(open_connection(self.path, new, check=False))


def verify_passphrase(path: Path | str, passphrase: str) -> bool:
    """True when ``passphrase`` opens the journal (used to confirm before risky steps)."""
    try:
        open_connection(Path(path), passphrase, check=False).close()
    except WrongPassphraseError:
        return False
    return True
