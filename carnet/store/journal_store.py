"""The one object that owns an open journal: connection, repositories, search.

The interface and the command line go through a ``JournalStore``; nothing
else opens the file or writes SQL.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import sqlcipher3

from carnet.domain import Journal
from carnet.store import kdf, maintenance
from carnet.store.connection import (
    JournalLock,
    Keying,
    check_passphrase,
    create_connection,
    integrity_problems,
    keying_for_file,
    open_connection,
    open_keyed,
    unlock_connection,
    verify_cipher_settings,
)
from carnet.store.errors import (
    JournalExistsError,
    ReadOnlyPlaceError,
    StorageError,
    StoreError,
    WrongPassphraseError,
)
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
from carnet.store.schema import SCHEMA_VERSION
from carnet.store.search import SearchFilters, SearchHit
from carnet.store.search import count as _search_count
from carnet.store.search import search as _search
from carnet.store.sync_repo import SyncRepository

OWNER_KEY = "owner_name"
SETTING_PREFIX = "setting."


class JournalStore:
    """An open, unlocked journal. Close it to lock."""

    def __init__(
        self, path: Path, conn: sqlcipher3.Connection, lock: JournalLock, keying: Keying
    ) -> None:
        #: The path as given (shown to the person, names the backups).
        self.path = Path(path)
        self._lock = lock
        self._keying = keying
        #: Why a journal keyed with an older scheme (PBKDF2, or an older Argon2id
        #: version) could not be moved to the current one at this unlock (it opened
        #: all the same, and the move is tried again at the next one).
        self.key_upgrade_error: str | None = None
        #: True once the journal was switched to read-only (see :meth:`set_read_only`).
        self.read_only = False
        #: Why the journal was opened read-only from the start (its folder cannot be
        #: written: a write-protected key, a read-only share): the store's reason, in
        #: English; None when it opened for writing.
        self.read_only_place: str | None = None
        #: Opened read-only on purpose, to be kept as it is (a backup looked at).
        self.read_only_kept = False
        #: The backup this file is, when opened as one (``backups.BackupInfo``, set by
        #: whoever opened it: the window's opener).
        self.backup: object | None = None
        #: A read-only journal may still be copied (:meth:`backup_to`) when it is
        #: read-only only because of its place; never once switched for damage.
        self._copies_allowed = False
        self._attach(conn)

    def _attach(self, conn: sqlcipher3.Connection) -> None:
        self.db = Database(conn)  # before query_only: it makes temporary triggers
        if getattr(self, "read_only", False):
            conn.execute("PRAGMA query_only = ON")
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
        self.sync = SyncRepository(self.db, sibling=self._open_sibling)

    def _open_sibling(self) -> JournalStore:
        """A second connection (sync's worker thread): same file and key, no derivation,
        and it neither takes nor releases the journal's lock."""
        conn = open_keyed(self.real_path, self._keying, check=False, migrate=False)
        sibling = JournalStore(self.path, conn, _NoLock(), self._keying)
        if self.read_only:
            sibling.set_read_only(True)
        return sibling

    # -- opening -----------------------------------------------------------
    @property
    def real_path(self) -> Path:
        """The file itself: what a rekey, a restore or the lock must act on.

        ``os.replace`` onto a symlink would replace the link, not the journal.
        """
        return self.path.resolve()

    @property
    def key_scheme(self) -> str:
        """``argon2id-v<N>``, or the PBKDF2 scheme of a journal not yet upgraded."""
        if isinstance(self._keying, kdf.RawKey):
            return f"argon2id-v{self._keying.version}"
        return kdf.LEGACY

    @classmethod
    def create(
        cls,
        path: Path | str,
        passphrase: str,
        owner_name: str = "",
        *,
        fill: Callable[[JournalStore], object] | None = None,
    ) -> JournalStore:
        """Create a journal at ``path``, complete or not at all.

        It is built in a hidden file beside ``path`` (keyed, its tables made,
        then ``fill(store)`` run: a demo, an import) and only then linked to
        ``path``, which must not exist: a process killed meanwhile leaves no
        file at ``path`` and the name stays usable.
        """
        check_passphrase(passphrase)
        path = Path(path)
        if path.exists() or path.is_symlink():
            raise JournalExistsError(str(path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"Cannot create a journal in {path.parent}: {exc}") from None
        lock = JournalLock(path)
        lock.acquire()
        tmp = maintenance.temp_sibling(path, "new")
        try:
            for leftover in (tmp, Path(f"{tmp}-journal")):  # a creation killed earlier
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            key = kdf.new_key(passphrase)
            store = cls(tmp, create_connection(tmp, key), lock, key)
        except BaseException:
            lock.release()
            raise
        try:
            with store.db.transaction() as c:
                c.execute(
                    "INSERT INTO meta(key, value) VALUES ('created_at', ?), (?, ?)",
                    (datetime.now().isoformat(timespec="seconds"), OWNER_KEY, owner_name),
                )
            if fill is not None:
                fill(store)
            store._publish(path)
        except BaseException:
            with store.db.lock, contextlib.suppress(sqlcipher3.Error):
                store.db.conn.close()
            for leftover in (tmp, Path(f"{tmp}-journal")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            lock.release()
            raise
        return store

    def _publish(self, path: Path) -> None:
        """Give the finished hidden file its name; never replace an existing file."""
        tmp = self.path
        with self.db.lock:
            self.db.conn.close()
            maintenance._fsync_file(tmp)
            try:
                os.link(tmp, path)  # fails if ``path`` appeared meanwhile
            except FileExistsError:
                raise JournalExistsError(str(path)) from None
            except OSError as exc:
                raise StorageError(
                    "The journal was not created: "
                    + maintenance.explain_write_failure(exc, path.parent)
                ) from None
            tmp.unlink()
            maintenance._fsync_dir(path.parent)
            self.path = path
            self._attach(open_keyed(path, self._keying, check=False))

    @classmethod
    def open(cls, path: Path | str, passphrase: str, *, read_only: bool = False
             ) -> JournalStore:
        """Unlock the journal; one keyed with an older scheme (PBKDF2, an older Argon2id
        version) is moved to the current scheme now, atomically.

        ``read_only`` (a backup opened to look at it): nothing is written, not even its
        lock file, nor its key moved, and it is read-only (``read_only_kept``); one whose
        tables need bringing up to date (written by an older Carnet) is brought up to date
        first — the same content in today's tables — then read-only."""
        path = Path(path)
        if read_only:
            conn, keying = unlock_connection(path, passphrase, migrate=False)
            if conn.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
                conn.close()
                store = cls.open(path, passphrase)
            else:
                store = cls(path, conn, _NoLock(), keying)
            store.set_read_only(True)
            store.read_only_kept = True
            return store
        lock: JournalLock | _NoLock = JournalLock(path)
        place: ReadOnlyPlaceError | None = None
        try:
            lock.acquire()
        except ReadOnlyPlaceError as refused:
            # A write-protected key, a read-only share or disc: nothing can be written
            # there, the lock file included (fresh7's F5: it could not be opened at
            # all, not even searched). Opened read-only; nothing can write it meanwhile.
            lock, place = _NoLock(), refused
        try:
            conn, keying = unlock_connection(path, passphrase, migrate=place is None)
        except BaseException:
            lock.release()
            raise
        if place is not None:
            if conn.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
                conn.close()  # its tables must be brought up to date first: a write
                raise place
            store = cls(path, conn, lock, keying)
            store.set_read_only(True)
            store.read_only_place = str(place)
            store._copies_allowed = True  # sound, only its place is read-only
            return store
        # Encrypted leftovers of an interrupted rekey, restore, upgrade or
        # creation: we hold the lock, so nobody else is writing them.
        for leftover in maintenance.leftover_temp_files(path.resolve()):
            with contextlib.suppress(OSError):
                leftover.unlink()
        store = cls(path, conn, lock, keying)
        if kdf.is_outdated(_version_of(keying)):
            try:
                store._rewrite_with(
                    kdf.new_key(passphrase),
                    "upgrade",
                    f"The journal's key was not moved to Argon2id (scheme {kdf.CURRENT.version})",
                )
            except StoreError as exc:  # read-only folder, full disk: it opened all the same
                store.key_upgrade_error = str(exc)
            except BaseException:
                store.close()
                raise
        return store

    def close(self) -> None:
        with self.db.lock, contextlib.suppress(sqlcipher3.Error):
            self.db.conn.close()
        self._lock.release()

    def planning_version(self) -> tuple[int, int, int] | None:
        """See :meth:`Database.planning_version`."""
        return self.db.planning_version()

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
        self, query: str, filters: SearchFilters | None = None, limit: int = 100,
        after: SearchHit | None = None,
    ) -> list[SearchHit]:
        return _search(self.db, query, filters, limit, after)

    def search_count(
        self, query: str, filters: SearchFilters | None = None, limit: int = 100
    ) -> int:
        return _search_count(self.db, query, filters, limit)

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
        self._copies_allowed = False  # (a journal on a read-only place found damaged)

    def backup_to(self, dest: Path | str) -> Path:
        """An encrypted copy, openable with the same passphrase, written atomically.

        A journal opened read-only because its place cannot be written (a write-protected
        key: ``read_only_place``) is copied too — the copy only reads it (fresh7's F5:
        there was no way to back it up). ``query_only`` refuses the writes into the
        attached copy, so it is lifted for the copy alone, under the connection's lock.
        A journal switched to read-only for damage (:meth:`set_read_only`) is not copied:
        its copy would push a good backup out of the rotation."""
        dest = Path(dest)
        if dest.resolve() == self.path.resolve():
            raise StorageError("A backup cannot overwrite the journal itself.")
        lift = self.read_only and self._copies_allowed
        with self.db.lock:
            if lift:
                self.db.conn.execute("PRAGMA query_only = OFF")
            try:
                maintenance.export_copy(self.db.conn, dest, None,
                                        failure="The backup was not written")
            finally:
                if lift:
                    self.db.conn.execute("PRAGMA query_only = ON")
        return dest

    def purpose_key(self, purpose: str) -> bytes:
        """A 32-byte key for ``purpose`` alone, derived from the journal's key (HKDF-
        SHA256, ``purpose`` as its info): what it encrypts opens only with this journal
        under this key. The journal's key itself never leaves the store."""
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        keying = self._keying
        # A journal still under the older scheme is keyed by its passphrase (SQLCipher's
        # PBKDF2): the passphrase, held as long as the store is open, is then the secret.
        secret = (keying.key + keying.salt if isinstance(keying, kdf.RawKey)
                  else kdf.normalise(keying))
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=b"carnet purpose key",
                    info=purpose.encode()).derive(secret)

    def passphrase_matches(self, passphrase: str) -> bool:
        """True when ``passphrase`` is this journal's (one derivation, nothing opened)."""
        keying = keying_for_file(self.real_path, passphrase)
        if isinstance(keying, kdf.RawKey) and isinstance(self._keying, kdf.RawKey):
            return keying.same_key(self._keying)
        try:
            open_keyed(self.real_path, keying, check=False, migrate=False).close()
        except WrongPassphraseError:
            return False
        return True

    def change_passphrase(self, old: str, new: str) -> kdf.RawKey:
        """Re-encrypt the journal under ``new``, atomically; return the new key.

        The old passphrase is verified first; the new file is written beside
        the real file (a symlink is followed), checked to open with the new
        key, then swapped in. A crash leaves either the old file (old
        passphrase) or the new one.
        """
        check_passphrase(new)
        if not self.passphrase_matches(old):
            raise WrongPassphraseError()
        return self.rekey(new)

    def rekey(self, new: str) -> kdf.RawKey:
        """:meth:`change_passphrase` once the caller has checked the old passphrase."""
        check_passphrase(new)
        key = kdf.new_key(new)
        self._rewrite_with(key, "rekey", "The passphrase was not changed")
        return key

    def _rewrite_with(self, key: kdf.RawKey, kind: str, failure: str) -> None:
        """Replace the real file by a copy under ``key``, or leave it exactly as it was."""
        real = self.real_path
        tmp = maintenance.temp_sibling(real, kind)
        with self.db.lock:
            try:
                maintenance.export_copy(self.db.conn, tmp, key, failure=failure)
                maintenance.verify_opens(tmp, key)
                if not os.access(real.parent, os.W_OK):
                    raise StorageError(f"{failure}: the folder {real.parent} is read-only.")
                self.db.conn.close()
                try:
                    os.replace(tmp, real)
                    maintenance._fsync_dir(real.parent)
                except OSError as exc:
                    self._attach(open_keyed(real, self._keying, check=False))
                    raise StorageError(
                        f"{failure}: " + maintenance.explain_write_failure(exc, real.parent)
                    ) from None
            finally:
                with contextlib.suppress(OSError):
                    tmp.unlink()
            self._keying = key
            self._attach(open_keyed(real, key, check=False))


def _version_of(keying: Keying) -> int | None:
    """The Argon2id scheme version of a keying; None for a PBKDF2 passphrase."""
    return keying.version if isinstance(keying, kdf.RawKey) else None


class _NoLock:
    """The lock of a sibling connection: the first connection holds the real one."""

    def acquire(self) -> None:
        pass

    def release(self) -> None:
        pass


def verify_passphrase(path: Path | str, passphrase: str) -> bool:
    """True when ``passphrase`` opens the journal (used to confirm before risky steps)."""
    try:
        open_connection(Path(path), passphrase, check=False).close()
    except WrongPassphraseError:
        return False
    return True
