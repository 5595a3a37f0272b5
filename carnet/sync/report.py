"""What a sync did, as codes and arguments: the CLI and the interface word them.

Nothing below the interface can translate (no Qt here), so a report carries
no sentence: each :class:`Problem` has a :class:`Code` and the values a message
needs (a device id, a file name relative to the journal's folder, a number).
``SyncReport.complete`` is the one question "may the interface say
« synchronised »?": False as soon as something was seen and not applied.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Code(StrEnum):
    """Every problem a sync can report (stable strings: the interface keys on them)."""

    #: a file that is not a Carnet sync file (wrong magic); ``file``
    FOREIGN_FILE = "foreign_file"
    #: shorter than its header says: a sync client is still downloading it; ``file``
    INCOMPLETE = "incomplete"
    #: written by a newer Carnet (format version ``found``); ``file``
    NEWER_VERSION = "newer_version"
    #: sealed with another sync key (another passphrase's setup); ``file``, ``device``
    OTHER_KEY = "other_key"
    #: the authentication tag does not match: altered or damaged; ``file``, ``device``
    DAMAGED = "damaged"
    #: a file of another journal placed in this journal's folder; ``file``
    OTHER_JOURNAL = "other_journal"
    #: two different files claim the same device and number (a copied journal); ``device``,
    #: ``seq``
    DEVICE_CLASH = "device_clash"
    #: a bundle number of a device is missing while later ones exist (not yet delivered);
    #: ``device``, ``seq``
    MISSING = "missing"
    #: this journal's device folder holds bundles it never wrote: the journal is a copy
    #: (a backup restored, a file copied); it took a new device id ``device`` (was ``old``);
    #: ``restored``: an older state of this device's own file (see carnet/sync/restored.py)
    CLONE_DETECTED = "clone_detected"
    #: the journal file itself lies inside the synced folder; ``path``
    JOURNAL_IN_FOLDER = "journal_in_folder"
    #: a change file of ours could not be written (disk full, read-only); ``detail``
    WRITE_FAILED = "write_failed"
    #: the store refused to apply a bundle (its records did not fit); ``device``, ``seq``,
    #: ``detail``
    APPLY_FAILED = "apply_failed"
    #: the folder's manifest holds another sync key than this journal's
    KEY_MISMATCH = "key_mismatch"
    #: the sync was cancelled before its end (a lock, a quit)
    CANCELLED = "cancelled"
    #: none of the devices this journal synced with is in this folder (another folder
    #: chosen here, or there): they no longer meet; ``devices``, ``labels`` (known ones)
    OTHERS_ABSENT = "others_absent"


#: Problems that are information, not a failure to synchronise.
NOTICES = frozenset({Code.CLONE_DETECTED, Code.JOURNAL_IN_FOLDER, Code.OTHERS_ABSENT})


@dataclass(frozen=True)
class Problem:
    """One thing the person may need to know; ``args`` are plain strings and ints."""

    code: Code
    file: str = ""
    device: str = ""
    args: dict[str, object] = field(default_factory=dict)

    @property
    def blocking(self) -> bool:
        """True when something was left unapplied (the sync is not complete)."""
        return self.code not in NOTICES


@dataclass(frozen=True)
class DeviceInfo:
    """A device seen in the folder: its id, the label it gave itself, its newest file."""

    id: str
    label: str
    last_seen: datetime | None
    is_me: bool = False


@dataclass
class SyncReport:
    """The outcome of one :func:`carnet.sync.sync_once` or :func:`carnet.sync.join`.

    ``sent``: change files written; ``received``: change files applied;
    ``conflicts``: records that now hold two versions (e.g. a step note with
    « version de l'autre appareil »); ``conflicted``: their (table, uuid, field).
    """

    sent: int = 0
    received: int = 0
    conflicts: int = 0
    problems: list[Problem] = field(default_factory=list)
    devices: list[DeviceInfo] = field(default_factory=list)
    finished_at: datetime | None = None
    conflicted: list[tuple[str, str, str]] = field(default_factory=list)
    cancelled: bool = False
    #: Records found still holding two versions from earlier syncs, (table, uuid,
    #: field) each: read when the caller asks (the first sync since an unlock).
    still_conflicted: list[tuple[str, str, str]] = field(default_factory=list)
    #: Planned sessions removed as blank twins of another (the same meeting planned on
    #: two devices before they synced: carnet/store/sync_twins.py).
    twins_removed: int = 0

    @property
    def complete(self) -> bool:
        """True only when everything seen was applied and the sync ran to its end."""
        return not self.cancelled and not any(p.blocking for p in self.problems)

    def add(self, code: Code, *, file: str = "", device: str = "", **args: object) -> None:
        self.problems.append(Problem(code, file=file, device=device, args=dict(args)))
