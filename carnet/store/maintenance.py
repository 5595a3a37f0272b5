"""Backups and passphrase changes: whole-file operations that must be atomic.

Both write a complete encrypted copy with SQLCipher's ``sqlcipher_export``
into a temporary file in the destination folder, check it opens, then move
it into place with ``os.replace``: a crash at any moment leaves either the
old file or the new one, never a half-written one and never plaintext.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import sqlcipher3

from carnet.store.connection import open_connection
from carnet.store.errors import StorageError
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


def export_copy(conn: sqlcipher3.Connection, dest: Path, new_passphrase: str | None) -> None:
    """Write an encrypted copy of the open journal to ``dest`` (replaced atomically).

    Without ``new_passphrase`` the copy uses the journal's own passphrase
    (SQLCipher attaches with the main database's key when none is given).
    """
    dest = Path(dest)
    tmp = temp_sibling(dest, "partial")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        if new_passphrase is None:
            conn.execute("ATTACH DATABASE ? AS carnet_copy", (str(tmp),))
        else:
            conn.execute("ATTACH DATABASE ? AS carnet_copy KEY ?", (str(tmp), new_passphrase))
        try:
            conn.execute("SELECT sqlcipher_export('carnet_copy')")
            conn.execute(f"PRAGMA carnet_copy.user_version = {SCHEMA_VERSION:d}")
        finally:
            conn.execute("DETACH DATABASE carnet_copy")
        _fsync_file(tmp)
        os.replace(tmp, dest)
        _fsync_dir(dest.parent)
    except (OSError, sqlcipher3.Error) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise StorageError(f"Could not write an encrypted copy to {dest}: {exc}") from None


def verify_opens(path: Path, passphrase: str) -> None:
    """Open the file with the passphrase and run the integrity checks; raise if not."""
    conn = open_connection(path, passphrase, check=True)
    conn.close()
