"""Encrypted backups of the journal: write, rotate, list, check and restore.

Qt-free so the app (close and daily backups, the restore dialog), the command
line (``carnet backup``, ``carnet passwd``) and the tests share one
implementation. A backup is a complete encrypted copy written by
``JournalStore.backup_to`` (atomic, same passphrase as the journal), named
``<stem>-YYYYmmdd-HHMMSS[-reason].carnet``. Rotation deletes only files of
exactly that pattern for that journal: never anything else in the folder.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from carnet.store import maintenance
from carnet.store.connection import (
    JournalLock,
    check_passphrase,
    integrity_problems,
    open_connection,
)
from carnet.store.errors import (
    DamagedJournalError,
    NotAJournalError,
    StorageError,
    StoreError,
    WrongPassphraseError,
)
from carnet.store.journal_store import JournalStore
from carnet.store.kdf import RawKey, read_salt

BACKUP_SUFFIX = ".carnet"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
DEFAULT_KEEP = 10
#: A reason starts with a letter, so it can never be mistaken for a time stamp.
REASON_PATTERN = r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*"
REKEY_REASON = "before-passwd"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file of one journal, as found in a backup folder."""

    path: Path
    created: datetime
    size: int
    reason: str = ""


def _name_pattern(journal_path: Path) -> re.Pattern[str]:
    stem = re.escape(Path(journal_path).stem)
    return re.compile(
        rf"{stem}-(?P<stamp>\d{{8}}-\d{{6}})(?:-(?P<reason>{REASON_PATTERN}))?"
        + re.escape(BACKUP_SUFFIX)
    )


#: Any backup's file name, whatever its journal's (see :func:`backup_name`).
_ANY_BACKUP = re.compile(
    rf"(?P<stem>.+)-(?P<stamp>\d{{8}}-\d{{6}})(?:-(?P<reason>{REASON_PATTERN}))?"
    + re.escape(BACKUP_SUFFIX)
)


def backup_info(path: Path | str) -> BackupInfo | None:
    """What ``path`` is when its name is one Carnet gives its backups, else None: opened
    to look at how things were, it must stay as it was (fresh8's G17)."""
    path = Path(path)
    match = _ANY_BACKUP.fullmatch(path.name)
    if match is None:
        return None
    try:
        created = datetime.strptime(match["stamp"], STAMP_FORMAT)
        size = path.stat().st_size
    except (OSError, ValueError):
        return None
    return BackupInfo(path, created, size, match["reason"] or "")


def _check_reason(reason: str) -> None:
    if reason and not re.fullmatch(REASON_PATTERN, reason):
        raise ValueError(f"A backup reason is lower-case letters, digits and dashes: {reason!r}")


def backup_name(journal_path: Path, when: datetime, reason: str = "") -> str:
    """The file name of a backup of ``journal_path`` taken at ``when``."""
    _check_reason(reason)
    suffix = f"-{reason}" if reason else ""
    return f"{Path(journal_path).stem}-{when.strftime(STAMP_FORMAT)}{suffix}{BACKUP_SUFFIX}"


def list_backups(folder: Path | str, journal_path: Path | str) -> list[BackupInfo]:
    """The backups of this journal in ``folder``, newest first ([] if none or no folder)."""
    folder = Path(folder)
    pattern = _name_pattern(Path(journal_path))
    found: list[BackupInfo] = []
    try:
        entries = list(os.scandir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as exc:
        raise StorageError(
            f"The backup folder {folder} cannot be read: "
            f"{maintenance.explain_write_failure(exc, folder)}"
        ) from None
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match is None:
            continue
        try:
            if not entry.is_file():
                continue
            size = entry.stat().st_size
            created = datetime.strptime(match["stamp"], STAMP_FORMAT)
        except (OSError, ValueError):  # vanished meanwhile, or an impossible date
            continue
        found.append(BackupInfo(Path(entry.path), created, size, match["reason"] or ""))
    found.sort(key=lambda info: (info.created, info.path.name), reverse=True)
    return found


def verify_backup(path: Path | str, passphrase: str, keys: dict | None = None) -> None:
    """Raise unless the file opens with ``passphrase`` and passes both integrity checks.

    Read-only: a backup is never migrated or otherwise changed by checking it.
    ``keys`` caches the derived key per salt across calls (the backups of one
    journal share its salt: one derivation for all of them).
    """
    from carnet.store.connection import keying_for_file, open_keyed

    path = Path(path)
    try:
        if keys is None:
            conn = open_connection(path, passphrase, check=False, migrate=False)
        else:
            check_passphrase(passphrase)
            salt = read_salt(path)
            if salt not in keys:
                keys[salt] = keying_for_file(path, passphrase)
            conn = open_keyed(path, keys[salt], check=False, migrate=False)
    except OSError as exc:
        raise NotAJournalError(f"The backup {path.name} cannot be read: {exc.strerror}") from None
    try:
        problems = integrity_problems(conn, quick=False)
    finally:
        conn.close()
    if problems:
        raise DamagedJournalError(
            f"The backup {path.name} is damaged ({problems[0]}); choose another one."
        )


def latest_good_backup(
    folder: Path | str, journal_path: Path | str, passphrase: str
) -> BackupInfo | None:
    """The newest backup that opens with ``passphrase`` and passes the checks.

    What the app offers when the journal itself is damaged. Backups written
    under another passphrase, damaged or unreadable ones are skipped. Each
    check costs one key derivation (about 0.1 s): call it off the UI thread.
    """
    keys: dict = {}
    for info in list_backups(folder, journal_path):
        try:
            verify_backup(info.path, passphrase, keys)
        except StoreError:
            continue
        return info
    return None


def _fsync_path(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _free_name(folder: Path, make_name: Callable[[datetime], str], when: datetime) -> Path:
    """A name not yet used in ``folder``; a clash moves the stamp on by a second."""
    taken = {p.name for p in folder.iterdir()} if folder.is_dir() else set()
    while make_name(when) in taken:
        when += timedelta(seconds=1)
    return folder / make_name(when)


class BackupService:
    """Writes, rotates and restores the encrypted backups of a journal.

    ``clock`` gives the current local time (tests pass a fixed one). Every
    method may take a while (a copy, a key derivation): call them off the UI
    thread. Errors are ``StoreError`` subclasses whose message says what to do.
    """

    def __init__(self, clock: Callable[[], datetime] = datetime.now) -> None:
        self.clock = clock

    def _now(self) -> datetime:
        return self.clock().replace(microsecond=0)

    # -- writing -----------------------------------------------------------
    def backup_now(
        self,
        store: JournalStore,
        folder: Path | str,
        keep: int = DEFAULT_KEEP,
        reason: str = "close",
    ) -> Path:
        """Write a new backup of the open journal into ``folder`` and rotate.

        Keeps the newest ``keep`` backups of this journal (the new one
        included) and deletes the older ones; other files are never touched.
        """
        if keep < 1:
            raise ValueError("keep must be at least 1: the new backup is always kept.")
        _check_reason(reason)
        folder = Path(folder)
        journal = store.path
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(
                "The backup was not written: " + maintenance.explain_write_failure(exc, folder)
            ) from None
        self._remove_stale_partials(folder, journal)
        # One stamp per backup, so newest-first is the order of writing even
        # for two backups within the same second.
        when = self._now()
        stamps = {info.created for info in list_backups(folder, journal)}
        while when in stamps:
            when += timedelta(seconds=1)
        dest = store.backup_to(folder / backup_name(journal, when, reason))
        self.rotate(folder, journal, keep, protect=dest)
        return dest

    @staticmethod
    def _remove_stale_partials(folder: Path, journal_path: Path) -> None:
        """Delete the temporary files of this journal's backups killed mid-write
        (``.<backup>.partial``, a rekey's ``.<backup>.rekey`` and ``..<backup>.rekey.partial``,
        and their rollback journals)."""
        pattern = _name_pattern(journal_path)
        tails = (".partial-journal", ".partial", ".rekey-journal", ".rekey")
        for entry in folder.glob(".*"):
            core = entry.name.lstrip(".")
            while True:
                tail = next((t for t in tails if core.endswith(t)), None)
                if tail is None:
                    break
                core = core[: -len(tail)]
            if core != entry.name.lstrip(".") and pattern.fullmatch(core):
                with contextlib.suppress(OSError):
                    entry.unlink()

    @staticmethod
    def rotate(
        folder: Path | str, journal_path: Path | str, keep: int, protect: Path | None = None
    ) -> list[Path]:
        """Delete this journal's backups beyond the newest ``keep``; return what went.

        ``protect`` (the backup just written) always stays and counts as one of
        the ``keep``, even if the clock was set back and its stamp is older.
        """
        backups = list_backups(folder, journal_path)
        if protect is not None:
            backups = [info for info in backups if info.path != protect]
            keep -= 1
        removed: list[Path] = []
        for info in backups[max(keep, 0) :]:
            with contextlib.suppress(FileNotFoundError):
                info.path.unlink()
                removed.append(info.path)
        return removed

    # -- reading -----------------------------------------------------------
    @staticmethod
    def list_backups(folder: Path | str, journal_path: Path | str) -> list[BackupInfo]:
        return list_backups(folder, journal_path)

    def is_due_daily(
        self, folder: Path | str, journal_path: Path | str, now: datetime | None = None
    ) -> bool:
        """True unless this journal already has a backup dated today (local time)."""
        today = (now or self._now()).date()
        return all(info.created.date() != today for info in list_backups(folder, journal_path))

    @staticmethod
    def latest_good_backup(
        folder: Path | str, journal_path: Path | str, passphrase: str
    ) -> BackupInfo | None:
        return latest_good_backup(folder, journal_path, passphrase)

    # -- restoring ---------------------------------------------------------
    def restore(
        self, backup_path: Path | str, journal_path: Path | str, passphrase: str
    ) -> Path | None:
        """Replace the journal with a backup; return the copy kept of the old file.

        ``passphrase`` is the backup's (it becomes the journal's). The store
        must be closed: the journal's lock is taken, so an open journal raises
        ``JournalInUseError``. The backup is copied beside the journal and
        checked there before anything is touched; the current file (damaged or
        not, with its rollback journal if any) is kept as
        ``<stem>-before-restore-YYYYmmdd-HHMMSS.carnet``; then the checked copy
        replaces the journal in one rename. On any error the journal is as it was.
        """
        backup_path, journal_path = Path(backup_path), Path(journal_path)
        check_passphrase(passphrase)
        if not backup_path.is_file():
            raise NotAJournalError(f"No backup at {backup_path}.")
        if journal_path.exists() and backup_path.resolve() == journal_path.resolve():
            raise StorageError("This file is the journal itself, not a backup of it.")
        lock = JournalLock(journal_path)
        lock.acquire()
        try:
            # The real file: os.replace onto a symlink would replace the link itself.
            return self._restore_locked(backup_path, journal_path.resolve(), passphrase)
        finally:
            lock.release()

    def _restore_locked(self, backup: Path, journal: Path, passphrase: str) -> Path | None:
        folder = journal.parent
        tmp = maintenance.temp_sibling(journal, "restore")
        try:
            for leftover in (tmp, Path(f"{tmp}-journal")):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            shutil.copyfile(backup, tmp)
            _fsync_path(tmp)
            verify_backup(tmp, passphrase)  # the copy, exactly the bytes that will be used
            before = None
            if journal.exists():
                before = _free_name(
                    folder,
                    lambda when: (
                        f"{journal.stem}-before-restore-"
                        f"{when.strftime(STAMP_FORMAT)}{BACKUP_SUFFIX}"
                    ),
                    self._now(),
                )
                shutil.copyfile(journal, before)
                _fsync_path(before)
                # A hot rollback journal belongs to the old file: played back
                # into the restored one it would corrupt it. It goes with the copy.
                for side in ("-journal", "-wal"):
                    source = Path(f"{journal}{side}")
                    if source.exists():
                        os.replace(source, Path(f"{before}{side}"))
                with contextlib.suppress(FileNotFoundError):
                    Path(f"{journal}-shm").unlink()
            os.replace(tmp, journal)
            maintenance._fsync_dir(folder)
            return before
        except OSError as exc:
            raise StorageError(
                "The backup was not restored: " + maintenance.explain_write_failure(exc, folder)
            ) from None
        finally:
            for leftover in (tmp, Path(f"{tmp}-journal")):
                with contextlib.suppress(OSError):
                    leftover.unlink()


#: What to do with the backups of a journal once its passphrase changed.
OLD_BACKUPS_CHOICES = ("rekey", "delete")


@dataclass
class PassphraseChange:
    """What a passphrase change did: every backup of the journal is accounted for.

    ``rekeyed`` now open with the new passphrase, ``deleted`` are gone,
    ``failed`` (path, reason) could be neither and may still open with the old
    passphrase: tell the person, never hide them.
    """

    backup: Path
    rekeyed: list[Path] = field(default_factory=list)
    deleted: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)


def _rekey_backup(path: Path, old: str, key, keys: dict[bytes, object]) -> None:
    """Rewrite one backup under ``key`` in place, atomically (checked before the swap).

    ``keys`` caches the old keying per salt: the backups of one journal share
    its salt, so the old passphrase is derived once, not once per backup.
    """
    from carnet.store.connection import keying_for_file, open_keyed

    salt = read_salt(path)
    keying = keys.get(salt)
    if keying is None:
        keying = keys[salt] = keying_for_file(path, old)
    conn = open_keyed(path, keying, check=True, migrate=False)
    try:
        problems = integrity_problems(conn, quick=True)
        if problems:
            raise DamagedJournalError(f"damaged ({problems[0]})")
        tmp = maintenance.temp_sibling(path, "rekey")
        maintenance.export_copy(conn, tmp, key, failure="not rekeyed")
    finally:
        conn.close()
    try:
        maintenance.verify_opens(tmp, key)
        os.replace(tmp, path)
        maintenance._fsync_dir(path.parent)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def change_passphrase_with_backup(
    store: JournalStore,
    old: str,
    new: str,
    backup_dir: Path | str,
    *,
    keep: int = DEFAULT_KEEP,
    service: BackupService | None = None,
    old_backups: str = "rekey",
) -> PassphraseChange:
    """Back up, re-encrypt the journal under ``new``, then deal with every old backup.

    What the passphrase dialog and ``carnet passwd`` call. The old passphrase
    is checked before anything is written; if the backup cannot be written the
    passphrase is not changed. Then every backup of this journal in
    ``backup_dir`` (close, daily, the one just written) is rekeyed to ``new``
    (``old_backups="rekey"``) or deleted (``"delete"``), so that no copy keeps
    opening with the old passphrase behind the person's back. The journal is
    changed whatever happens to the backups; the result lists each of them.
    """
    if old_backups not in OLD_BACKUPS_CHOICES:
        raise ValueError(f"old_backups must be one of {', '.join(OLD_BACKUPS_CHOICES)}")
    check_passphrase(new)
    if not store.passphrase_matches(old):
        raise WrongPassphraseError()
    service = service or BackupService()
    backup = service.backup_now(store, backup_dir, keep=keep, reason=REKEY_REASON)
    old_keying = store._keying  # the backups share it: no second derivation of ``old``
    key = store.rekey(new)
    result = PassphraseChange(backup=backup)
    keys: dict[bytes, object] = {}
    if isinstance(old_keying, RawKey):
        keys[old_keying.salt] = old_keying
    # A journal reached through a symlink has had backups named after the link and
    # after its target: both are this journal's.
    found = [info.path for info in {info.path: info for name in {store.path, store.real_path}
                                     for info in list_backups(backup_dir, name)}.values()]
    # The copy a restore kept beside the journal is a whole journal too: it would go on
    # opening with the old passphrase, unsaid (fresh6).
    found += [copy for copy in _before_restore_copies(store) if copy not in found]
    for copy in found:
        try:
            if old_backups == "delete":
                copy.unlink()
                with contextlib.suppress(FileNotFoundError):
                    Path(f"{copy}-journal").unlink()
                result.deleted.append(copy)
                continue
            _rekey_backup(copy, old, key, keys)
            result.rekeyed.append(copy)
        except WrongPassphraseError:
            result.failed.append((copy, "another passphrase"))
        except (StoreError, OSError) as exc:
            result.failed.append((copy, str(exc)))
    return result


def _before_restore_copies(store: JournalStore) -> list[Path]:
    """The ``<stem>-before-restore-….carnet`` copies a restore left beside this journal
    (reached by its path or, through a symlink, its target's)."""
    copies: dict[Path, None] = {}
    for journal in (Path(store.path), Path(store.real_path)):
        start = f"{journal.stem}-before-restore-"  # (compared as text: no glob pattern)
        with contextlib.suppress(OSError):
            for copy in sorted(journal.parent.iterdir()):
                if copy.name.startswith(start) and copy.name.endswith(BACKUP_SUFFIX) \
                        and copy.is_file() and not copy.is_symlink():
                    copies[copy] = None
    return list(copies)
