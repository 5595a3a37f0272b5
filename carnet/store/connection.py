"""Opening a journal file: key, cipher checks, safety pragmas, migrations.

Pitfalls handled here (see DESIGN.md): ``PRAGMA key`` never fails by itself,
so we read right after keying; pragmas take no bound parameters, so a legacy
passphrase is quoted by hand (an Argon2id key is hex only, see ``kdf``);
``temp_store`` is forced to MEMORY so sorts and temporary tables never reach
the temp folder in plaintext.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

import sqlcipher3

from carnet.store import kdf
from carnet.store.errors import (
    DamagedJournalError,
    JournalExistsError,
    JournalInUseError,
    NewerJournalError,
    NewerKeySchemeError,
    NotAJournalError,
    ReadOnlyPlaceError,
    StorageError,
    UnsupportedCipherError,
    WrongPassphraseError,
)
from carnet.store.schema import MIGRATIONS, SCHEMA_VERSION
from carnet.store.sqlutil import quote_literal, split_script

PAGE_SIZE = 4096
MIN_KDF_ITER = 256_000
SQLITE_MAGIC = b"SQLite format 3\x00"

#: Pragmas applied at every open, after the key is verified.
SAFETY_PRAGMAS: tuple[str, ...] = (
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = DELETE",
    "PRAGMA synchronous = FULL",
    "PRAGMA busy_timeout = 2000",
)


def check_passphrase(passphrase: str) -> None:
    if not isinstance(passphrase, str) or passphrase == "":
        raise ValueError("The passphrase must not be empty.")
    if "\x00" in passphrase:
        raise ValueError("The passphrase cannot contain a NUL character.")


def _raw_connect(path: Path) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    # A wrong key makes SQLCipher log to stderr; the error is reported by us instead.
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


#: What keys a connection: an Argon2id raw key, or (journals from before it) the
#: passphrase itself, which SQLCipher stretches with its PBKDF2.
Keying = kdf.RawKey | str


def _apply_key(conn: sqlcipher3.Connection, keying: Keying) -> None:
    if isinstance(keying, kdf.RawKey):
        conn.execute(f'PRAGMA key = "{keying.sqlcipher_value()}"')
    else:
        conn.execute(f"PRAGMA key = {quote_literal(keying)}")


def keying_for_file(path: Path, passphrase: str) -> Keying:
    """Derive what opens ``path`` with ``passphrase``: one derivation, of the file's scheme.

    The scheme is read from the file's first 16 bytes (its salt): a tagged salt
    means Argon2id with that version's parameters; any other means a journal
    from before, keyed with the passphrase through SQLCipher's PBKDF2.
    """
    check_passphrase(passphrase)
    try:
        scheme = kdf.scheme_of_salt(kdf.read_salt(path))
    except kdf.UnknownKeySchemeError as exc:
        raise NewerKeySchemeError(str(exc), exc.version) from None
    if scheme is None:
        return passphrase
    return kdf.derive(passphrase, kdf.read_salt(path))


def _cipher_version(conn: sqlcipher3.Connection) -> str:
    row = conn.execute("PRAGMA cipher_version").fetchone()
    version = row[0] if row else ""
    if not version or not version.split(".")[0] == "4":
        raise UnsupportedCipherError(
            f"Carnet needs SQLCipher 4 to protect the journal; this installation has "
            f"{version or 'no SQLCipher'}. Reinstall Carnet."
        )
    return version


def _classify_unreadable(path: Path) -> Exception:
    """A key that reads nothing: wrong passphrase or not a journal at all."""
    size = path.stat().st_size
    if size < PAGE_SIZE or size % PAGE_SIZE:
        return NotAJournalError(
            f"{path.name} is not a Carnet journal, or it is damaged beyond reading "
            f"({size} bytes). Open another file or restore a backup.",
            "unreadable", str(path),
        )
    return WrongPassphraseError()


def _precheck_file(path: Path) -> None:
    if not path.exists():
        raise NotAJournalError(
            f"No journal at {path}. Check the path or create a new journal.", "missing", str(path))
    if path.is_dir():
        raise NotAJournalError(f"{path} is a folder, not a journal file.", "folder", str(path))
    size = path.stat().st_size
    if size == 0:
        raise NotAJournalError(
            f"{path.name} is empty: it is not a Carnet journal.", "empty", str(path))
    with path.open("rb") as handle:
        head = handle.read(len(SQLITE_MAGIC))
    if head == SQLITE_MAGIC:
        raise NotAJournalError(
            f"{path.name} is an unencrypted SQLite database, not a Carnet journal.",
            "plain", str(path),
        )

def verify_cipher_settings(conn: sqlcipher3.Connection) -> dict[str, str]:
    """Read back the settings that protect the journal; raise if one is weak."""
    settings = {
        "cipher_version": _cipher_version(conn),
        "kdf_iter": str(conn.execute("PRAGMA kdf_iter").fetchone()[0]),
        "kdf_algorithm": str(conn.execute("PRAGMA cipher_kdf_algorithm").fetchone()[0]),
        "hmac_algorithm": str(conn.execute("PRAGMA cipher_hmac_algorithm").fetchone()[0]),
        "temp_store": str(conn.execute("PRAGMA temp_store").fetchone()[0]),
        "secure_delete": str(conn.execute("PRAGMA secure_delete").fetchone()[0]),
        "journal_mode": str(conn.execute("PRAGMA journal_mode").fetchone()[0]),
        "synchronous": str(conn.execute("PRAGMA synchronous").fetchone()[0]),
        "foreign_keys": str(conn.execute("PRAGMA foreign_keys").fetchone()[0]),
    }
    weak = (
        int(settings["kdf_iter"]) < MIN_KDF_ITER
        or settings["kdf_algorithm"] != "PBKDF2_HMAC_SHA512"
        or settings["temp_store"] != "2"
        or settings["secure_delete"] != "1"
    )
    if weak:
        raise UnsupportedCipherError(
            "The journal's protection settings are weaker than Carnet requires; it was not opened."
        )
    return settings


def _migrate(conn: sqlcipher3.Connection, current: int) -> None:
    if current >= SCHEMA_VERSION:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        for version in range(current, SCHEMA_VERSION):
            for statement in split_script(MIGRATIONS[version]):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION:d}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def open_connection(
    path: Path, passphrase: str, *, check: bool = True, migrate: bool = True
) -> sqlcipher3.Connection:
    """Open an existing journal; raise a dedicated error for every way it can fail.

    Nothing is written before the key is proven right, so a wrong passphrase
    leaves the file byte-for-byte unchanged. ``migrate=False`` only reads: used
    to check backups, which must stay exactly as they were written.
    """
    return unlock_connection(path, passphrase, check=check, migrate=migrate)[0]


def unlock_connection(
    path: Path, passphrase: str, *, check: bool = True, migrate: bool = True
) -> tuple[sqlcipher3.Connection, Keying]:
    """:func:`open_connection`, also returning the keying that opened the file."""
    check_passphrase(passphrase)
    path = Path(path)
    _precheck_file(path)
    keying = keying_for_file(path, passphrase)
    return open_keyed(path, keying, check=check, migrate=migrate), keying


def open_keyed(
    path: Path, keying: Keying, *, check: bool = True, migrate: bool = True
) -> sqlcipher3.Connection:
    """Open an existing journal with a key already derived (no derivation here)."""
    path = Path(path)
    _precheck_file(path)
    conn = _raw_connect(path)
    try:
        _cipher_version(conn)
        _apply_key(conn, keying)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            if "malformed" in str(exc):  # the key decrypted page 1: right key, bad file
                raise DamagedJournalError(
                    f"{path.name} is damaged or truncated. Nothing was changed; "
                    "restore the latest backup."
                ) from None
            raise _classify_unreadable(path) from None
        for pragma in SAFETY_PRAGMAS:
            conn.execute(pragma)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise NewerJournalError(version, SCHEMA_VERSION)
        if version == 0 or not _has_meta(conn):
            raise NotAJournalError(
                f"{path.name} is an encrypted database but not a Carnet journal.",
                "foreign", str(path),
            )
        if check:
            problems = open_problems(conn, path)
            if problems:
                raise DamagedJournalError(
                    f"{path.name} is damaged ({problems[0]}). Nothing was changed; "
                    "restore the latest backup."
                )
        verify_cipher_settings(conn)
        if migrate:
            _migrate(conn, version)
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise DamagedJournalError(
            f"{path.name} is damaged or truncated and cannot be read ({exc}). "
            "Nothing was changed; restore the latest backup."
        ) from None
    except BaseException:
        conn.close()
        raise
    return conn


def _has_meta(conn: sqlcipher3.Connection) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
    ).fetchone()
    return row is not None


def create_private_file(path: Path) -> None:
    """Create ``path`` empty and 0600 whatever the umask (SQLite keeps the mode,
    and gives it to the file's rollback journal too); fail if it exists."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


def create_connection(path: Path, keying: kdf.RawKey) -> sqlcipher3.Connection:
    """Create a new, empty journal at ``path`` (which must not exist), 0600."""
    path = Path(path)
    if path.exists() or path.is_symlink():
        raise JournalExistsError(str(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        create_private_file(path)
        conn = _raw_connect(path)
    except (OSError, sqlcipher3.Error) as exc:
        raise StorageError(f"Cannot create a journal in {path.parent}: {exc}") from None
    try:
        _cipher_version(conn)
        _apply_key(conn, keying)
        conn.execute(f"PRAGMA cipher_page_size = {PAGE_SIZE:d}")
        for pragma in SAFETY_PRAGMAS:
            conn.execute(pragma)
        verify_cipher_settings(conn)
        _migrate(conn, 0)
    except BaseException as exc:
        conn.close()
        with contextlib.suppress(OSError):
            path.unlink()
        if isinstance(exc, sqlcipher3.Error | OSError):
            raise StorageError(f"Cannot create a journal at {path}: {exc}") from None
        raise
    return conn


#: Above this size the page-by-page HMAC check is left to the background check.
OPEN_SCAN_LIMIT = 64 * 1024 * 1024


def open_problems(conn: sqlcipher3.Connection, path: Path) -> list[str]:
    """The checks run at every open, cheap enough for a large journal.

    SQLCipher verifies every page's HMAC (any flipped byte), and the page count
    recorded in the header must match the file's size (truncation). SQLite's
    structural check costs ~0.6 s on a 20 MB journal: the app runs it in the
    background after unlocking, and ``carnet check`` runs it in full.

    A journal above :data:`OPEN_SCAN_LIMIT` holds photos and PDFs (issue 16):
    reading all of it would make the unlock wait for seconds (4.9 s for 500
    photos, 555 MB). Its pages are then checked by that background check (which
    also verifies every HMAC and makes a damaged journal read-only), and every
    page read is verified by SQLCipher anyway; the truncation check stays here.
    """
    size = path.stat().st_size
    problems = (
        [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
        if size <= OPEN_SCAN_LIMIT
        else []
    )
    page_count = int(conn.execute("PRAGMA page_count").fetchone()[0])
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    if page_count * page_size != size:
        problems.append(f"the file has {size} bytes, its header says {page_count * page_size}")
    return problems


def integrity_problems(conn: sqlcipher3.Connection, *, quick: bool = False) -> list[str]:
    """SQLCipher's page HMAC check, then SQLite's structural check; [] when sound.

    A page that fails its HMAC makes the structural check itself stop with
    "database disk image is malformed": that is reported as a problem, never
    raised, so callers get one answer for every kind of damage.
    """
    problems: list[str] = []
    pragma = "quick_check" if quick else "integrity_check"
    for check in ("cipher_integrity_check", pragma):
        try:
            problems += [str(r[0]) for r in conn.execute(f"PRAGMA {check}") if r[0] != "ok"]
        except sqlcipher3.DatabaseError as exc:
            problems.append(f"{check} stopped: {exc}")
    return problems


#: A lock file refused for these reasons: the folder is not writable (read-only
#: medium or share, a folder of another user's).
_READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


class JournalLock:
    """An advisory lock file beside the journal: one writer at a time.

    The lock file holds no content; the operating system releases the lock
    if the process dies.
    """

    def __init__(self, journal_path: Path) -> None:
        # On the real file: a journal reached through a symlink and through its
        # target is one journal, and must have one lock.
        self.path = Path(str(Path(journal_path).resolve()) + ".lock")
        self._handle = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
            handle = os.fdopen(fd, "a+b")
        except OSError as exc:
            error = (ReadOnlyPlaceError if exc.errno in _READ_ONLY_ERRNOS else StorageError)
            raise error(f"Cannot create the lock file {self.path}: {exc}") from None
        try:
            _lock_file(handle)
        except OSError:
            handle.close()
            raise JournalInUseError(str(self.path.with_suffix(""))) from None
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            with contextlib.suppress(OSError):
                _unlock_file(self._handle)
            self._handle.close()
            self._handle = None
            # The empty lock file stays: unlinking it would race with another
            # process that opened it and is about to lock it.


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock_file(handle) -> None:
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock_file(handle) -> None:
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_file(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_file(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
