"""Writing exports to disk: only where the person chose, private, atomic per file.

Exports are plaintext by nature, so they never go through the temporary
folder: a JSON file is written beside its destination and moved into place
with ``os.replace``; Markdown files go straight into the chosen folder.
Files are created readable by their owner only (0600).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from carnet.exchange.errors import ExportError

FILE_MODE = 0o600
DIR_MODE = 0o700


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - directories cannot be fsynced there
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _describe(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def write_atomic(dest: Path, data: bytes) -> None:
    """Replace ``dest`` with ``data`` in one step: a crash leaves the old file or the new."""
    folder = dest.parent
    if not folder.is_dir():
        raise ExportError(f"The folder {folder} does not exist; choose an existing folder.",
                          "no_folder", where=str(folder))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ExportError(f"Cannot write in {folder} ({_describe(exc)}).", "not_written",
                          errno=exc.errno or 0, where=str(folder)) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, dest)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise ExportError(
            f"The export could not be written to {dest} ({_describe(exc)}); "
            "nothing was changed there.", "not_written", errno=exc.errno or 0, where=str(dest)
        ) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(folder)


def write_private(path: Path, text: str) -> None:
    """Write a new or replaced text file readable by its owner only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
