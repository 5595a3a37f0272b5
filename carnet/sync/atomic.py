"""Writing into the synced folder so that no reader ever sees half a file.

A file is written under a dot-prefixed temporary name in the SAME directory
(the reader ignores dot files; a rename across folders is not atomic and a
sync client could upload the half-written file), flushed with fsync, then
given its name, and the directory is fsynced so the name survives a crash.

Change files are immutable: :func:`write_new` never replaces an existing
name (a hard link fails if the name exists; where the file system has no hard
links — FAT, some shares — it falls back to a check and a rename).
"""

from __future__ import annotations

import contextlib
import errno
import os
from enum import Enum
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700


class Outcome(Enum):
    WRITTEN = "written"
    EXISTS = "exists"


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - directories cannot be fsynced there
        return
    with contextlib.suppress(OSError):  # some network file systems refuse it
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def temp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.tmp")


def _write_temp(path: Path, data: bytes) -> Path:
    tmp = temp_name(path)
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()  # a write killed earlier: we are the only writer of this folder
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return tmp


def ensure_dir(folder: Path) -> None:
    if not folder.is_dir():
        folder.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        fsync_dir(folder.parent)


def write_new(path: Path, data: bytes) -> Outcome:
    """Give ``data`` the name ``path`` unless the name exists (then nothing is written)."""
    ensure_dir(path.parent)
    if path.exists():
        return Outcome.EXISTS
    tmp = _write_temp(path, data)
    try:
        try:
            os.link(tmp, path)
        except FileExistsError:
            return Outcome.EXISTS
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV,
                                 errno.EMLINK, errno.ENOSYS):
                raise
            if path.exists():
                return Outcome.EXISTS
            os.replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    fsync_dir(path.parent)
    return Outcome.WRITTEN


def replace(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step (the manifest: a crash leaves old or new)."""
    ensure_dir(path.parent)
    tmp = _write_temp(path, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)
