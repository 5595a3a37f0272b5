"""Where this journal's file lies: remembered so that a copy of the file knows it is one.

A person may copy their journal file (to a USB key, a backup opened where it
lies) and open both: the two files then hold the same device identity. The
folder alone cannot tell which is the copy (whichever syncs second would find
the other's change files under its own name). The file can: the journal
remembers, encrypted inside it, the place of the file that holds this device
identity — its path, its (st_dev, st_ino) and its first 16 bytes (the
SQLCipher salt every copy of the file shares). At each sync the file compares
that with where it lies now:

- same inode (even at another path: moved on the same disk) → the same file;
- same path, another inode → the file replaced at its place (a passphrase
  change or a restore writes a new file and renames it there; a backup tool
  restoring it): still this device's file (the folder's own check then says if
  it is older than what it published, see ``engine._detect_clone``);
- another path and a file of the same journal (same salt) still lies at the
  remembered path → this file is the copy: it takes a new device identity
  before it writes anything to the folder;
- another path and nothing of this journal at the remembered path → moved
  (another folder, another disk, another computer): not a copy.

SQLite writes the journal in place (no save-by-rename); only a rekey or a
restore replaces it, at the same path. Qt-free, no SQL (the store keeps it).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from enum import Enum
from pathlib import Path

#: Bytes read at the start of a journal file: SQLCipher's salt (kdf.SALT_SIZE).
SALT_BYTES = 16


class Verdict(Enum):
    NEW = "new"            # nothing remembered yet (a journal synced before this check)
    SAME = "same"
    REPLACED = "replaced"  # same path, another inode
    MOVED = "moved"
    COPY = "copy"


@dataclass(frozen=True)
class Place:
    path: str
    dev: int
    ino: int
    salt: str  # hex

    def to_text(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_text(cls, text: str | None) -> Place | None:
        if not text:
            return None
        try:
            data = json.loads(text)
            return cls(str(data["path"]), int(data["dev"]), int(data["ino"]),
                       str(data["salt"]))
        except (ValueError, KeyError, TypeError):
            return None


def _salt(path: Path) -> str | None:
    try:
        with path.open("rb") as handle:
            return handle.read(SALT_BYTES).hex()
    except OSError:
        return None


def here(path: Path) -> Place | None:
    """The place of the journal file at ``path`` (its real file), or None if unreadable."""
    try:
        real = Path(os.path.realpath(path))
        st = real.stat()
    except OSError:
        return None
    salt = _salt(real)
    if salt is None:
        return None
    return Place(str(real), int(st.st_dev), int(st.st_ino), salt)


def judge(remembered: Place | None, now: Place) -> Verdict:
    """What this file is to the one that holds this device identity (see the module)."""
    if remembered is None:
        return Verdict.NEW
    if (remembered.dev, remembered.ino) == (now.dev, now.ino):
        return Verdict.SAME
    if remembered.path == now.path:
        return Verdict.REPLACED
    other = Path(remembered.path)
    try:
        if not other.is_file():
            return Verdict.MOVED
    except OSError:
        return Verdict.MOVED
    if _salt(other) == now.salt:
        return Verdict.COPY
    return Verdict.MOVED  # another file (another journal) lies there now
