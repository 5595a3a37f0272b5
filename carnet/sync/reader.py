"""Reading the journal's folder as a sync client leaves it.

Every regular file under ``<folder>/Carnet/<journal id>/`` is considered,
whatever its name (``00000007 (conflicted copy 2026-12-06).cbundle``,
``00000007.sync-conflict-20261206-1234.cbundle``, ``00000007 (1).cbundle``
are read like ``00000007.cbundle``: the header says what a file is, and
applying the same bundle twice changes nothing). Skipped without a word:
dot files, ``~$`` files, temporary suffixes (:func:`layout.ignored`). Every
other file that cannot be used is a :class:`Rejected` with its reason; the
engine decides whether it matters (a damaged copy of a bundle also present
intact does not).
"""

from __future__ import annotations

import os
import stat as stat_mod
import time
from dataclasses import dataclass, field
from pathlib import Path

from carnet.sync import codec, layout
from carnet.sync.report import Code

#: Directories deeper than this under the journal's folder are not walked.
MAX_DEPTH = 3


@dataclass(frozen=True)
class Found:
    """A complete file of this journal, sealed with our key (not yet authenticated)."""

    path: Path
    rel: str
    header: codec.Header
    mtime: float

    @property
    def device(self) -> str:
        return self.header.device_id

    @property
    def seq(self) -> int:
        return self.header.seq

    @property
    def kind(self) -> codec.Kind:
        return self.header.kind


@dataclass(frozen=True)
class Rejected:
    rel: str
    code: Code
    header: codec.Header | None = None
    found: int = 0


@dataclass
class Scan:
    found: list[Found] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    #: the device folders present (named by a device id), even empty ones
    device_dirs: set[str] = field(default_factory=set)

    def of(self, device: str, kind: codec.Kind) -> list[Found]:
        return [f for f in self.found if f.device == device and f.kind == kind]


def _files(journal: Path):
    """(path, stat) of every file worth opening, walking at most MAX_DEPTH levels."""
    stack = [(journal, 0)]
    while stack:
        folder, depth = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            if layout.ignored(entry.name):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    if depth < MAX_DEPTH:
                        stack.append((Path(entry.path), depth + 1))
                    continue
                if depth == 0 and layout.is_manifest_name(entry.name):
                    continue
                stat = entry.stat()
            except OSError:
                continue  # vanished meanwhile (a sync client renaming): next time
            if stat_mod.S_ISREG(stat.st_mode):
                yield Path(entry.path), stat


#: What a file was found to be, by (path, inode, size, mtime, ctime, journal, key id):
#: change files are immutable, so a sync only opens the files that are new or changed
#: since the last. A file modified less than RACY_SECONDS ago is not remembered: file
#: times are coarse (a few ms), and a rewrite within the same tick would look unchanged
#: (git's « racily clean » rule).
_SEEN: dict[tuple, Found | Rejected] = {}
_SEEN_LIMIT = 200_000
RACY_SECONDS = 2.0


def classify(path: Path, journal: Path, journal_id: str, key_id: bytes) -> Found | Rejected:
    rel = path.relative_to(journal).as_posix()
    try:
        with path.open("rb") as handle:
            head = handle.read(codec.HEADER_SIZE)
            size = os.fstat(handle.fileno()).st_size
            mtime = os.fstat(handle.fileno()).st_mtime
    except OSError:
        # locked by a sync client mid-download, or vanished: try again next time
        return Rejected(rel, Code.INCOMPLETE)
    try:
        header = codec.parse_header(head)
    except codec.NotASyncFileError:
        if len(head) < codec.PREFIX_SIZE and codec.MAGIC.startswith(head):
            return Rejected(rel, Code.INCOMPLETE)  # the first bytes are not there yet
        return Rejected(rel, Code.FOREIGN_FILE)
    except codec.NewerFormatError as newer:
        return Rejected(rel, Code.NEWER_VERSION, found=newer.version)
    except codec.MalformedError:
        if len(head) < codec.HEADER_SIZE:
            return Rejected(rel, Code.INCOMPLETE)
        return Rejected(rel, Code.DAMAGED)
    if header.journal_id != journal_id:
        return Rejected(rel, Code.OTHER_JOURNAL, header)
    if size < header.file_length:
        return Rejected(rel, Code.INCOMPLETE, header)
    if size > header.file_length:
        return Rejected(rel, Code.DAMAGED, header)
    if header.key_id != key_id:
        return Rejected(rel, Code.OTHER_KEY, header)
    return Found(path, rel, header, mtime)


def scan(journal: Path, journal_id: str, key_id: bytes) -> Scan:
    """Every file of the journal's folder, classified (never raises for a bad file)."""
    result = Scan()
    try:
        result.device_dirs = {p.name for p in journal.iterdir()
                              if p.is_dir() and codec.is_id(p.name)}
    except OSError:
        return result
    settled = time.time() - RACY_SECONDS
    for path, stat in _files(journal):
        key = (str(path), stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns,
               journal_id, key_id)
        item = _SEEN.get(key)
        if item is None:
            item = classify(path, journal, journal_id, key_id)
            if max(stat.st_mtime, stat.st_ctime) < settled and not (
                    isinstance(item, Rejected) and item.code is Code.INCOMPLETE):
                if len(_SEEN) >= _SEEN_LIMIT:
                    _SEEN.clear()
                _SEEN[key] = item
        if isinstance(item, Found):
            result.found.append(item)
        else:
            result.rejected.append(item)
    return result
