"""Backups and passphrase changes: whole-file operations that must be atomic.

Both write a complete encrypted copy with SQLCipher's ``sqlcipher_export``
into a temporary file in the destination folder, check it opens, then move
it into place with ``os.replace``: a crash at any moment leaves either the
old file or the new one, never a half-written one and never plaintext.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

import sqlcipher3

from carnet.store.connection import (
    OPEN_SCAN_LIMIT,
    Keying,
    create_private_file,
    keying_for_file,
    open_keyed,
)
from carnet.store.errors import StorageError
from carnet.store.kdf import RawKey
from carnet.store.schema import SCHEMA_VERSION


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - directories cannot be fsynced there
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_sibling(path: Path, suffix: str) -> Path:
    return path.with_name(f".{path.name}.{suffix}")


def leftover_temp_files(journal_path: Path) -> list[Path]:
    """The temporary files a rekey or restore of this journal may leave if killed.

    Each is an encrypted copy or its rollback journal; only the holder of the
    journal's lock may remove them.
    """
    names: list[Path] = []
    for kind in ("rekey", "restore", "upgrade", "new"):
        base = temp_sibling(Path(journal_path), kind)
        for path in (base, temp_sibling(base, "partial")):
            names += [path, Path(f"{path}-journal")]
    return names


def export_copy(
    conn: sqlcipher3.Connection,
    dest: Path,
    new_key: RawKey | None,
    *,
    failure: str = "The backup was not written",
) -> None:
    """Write an encrypted copy of the open journal to ``dest`` (replaced atomically), 0600.

    Without ``new_key`` the copy has the journal's own key and salt (SQLCipher
    attaches with the main database's raw key and salt when none is given), so
    it opens with the same passphrase. ``new_key`` writes it under that key,
    its salt becoming the copy's first 16 bytes. ``failure`` starts the error
    message, so the caller says what did not happen.
    """
    dest = Path(dest)
    tmp = temp_sibling(dest, "partial")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        # A copy killed mid-write leaves its file and its rollback journal;
        # a stale journal must never be played back into the next copy.
        for leftover in (tmp, Path(f"{tmp}-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        create_private_file(tmp)
        if new_key is None:
            conn.execute("ATTACH DATABASE ? AS carnet_copy", (str(tmp),))
        else:
            conn.execute(
                "ATTACH DATABASE ? AS carnet_copy KEY ?", (str(tmp), new_key.sqlcipher_value())
            )
        try:
            conn.execute("SELECT sqlcipher_export('carnet_copy')")
            conn.execute(f"PRAGMA carnet_copy.user_version = {SCHEMA_VERSION:d}")
        finally:
            conn.execute("DETACH DATABASE carnet_copy")
        _fsync_file(tmp)
        os.replace(tmp, dest)
        _fsync_dir(dest.parent)
    except (OSError, sqlcipher3.Error) as exc:
        for leftover in (tmp, Path(f"{tmp}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise StorageError(f"{failure}: {explain_write_failure(exc, dest.parent)}") from None


def explain_write_failure(exc: BaseException, folder: Path) -> str:
    """Say why writing into ``folder`` failed, in words a person can act on.

    Only the error's kind and the folder are used: an error's text never
    carries the journal's content, but we do not rely on that either.
    """
    text = str(exc).lower()
    code = getattr(exc, "errno", None)
    if code == errno.ENOSPC or code == errno.EDQUOT or "full" in text:
        return f"the disk holding {folder} is full. Free some space or choose another folder."
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or any(
        word in text for word in ("readonly", "read-only", "unable to open", "permission")
    ):
        return (
            f"the folder {folder} cannot be written to (read-only or not allowed). "
            "Choose another folder."
        )
    return f"writing to {folder} failed ({type(exc).__name__}: {exc})."


def verify_opens(path: Path, keying: Keying) -> None:
    """Open the file with that key (or passphrase: the file's scheme is derived) and run
    the integrity checks; raise if not."""
    if isinstance(keying, str):
        keying = keying_for_file(path, keying)
    conn = open_keyed(path, keying, check=True, migrate=False)
    try:
        # a large copy (photos) skipped the page scan at open: a new copy is scanned whole
        problems = ([str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
                    if path.stat().st_size > OPEN_SCAN_LIMIT else [])
    finally:
        conn.close()
    if problems:
        raise StorageError(f"The copy {path.name} does not read back ({problems[0]}).")
