"""setup, sync_once, join, rewrap: the folder side of sync, on top of ``store.sync``.

The store freezes this device's changes into numbered bundles and applies
other devices' bundles idempotently (carnet/store/sync_*.py); this module
moves them through the folder: it writes what is unpublished, reads what the
others wrote, applies what is new, heals from snapshots what cannot be read,
and says in a :class:`SyncReport` everything it saw and could not apply.

Order matters for crash safety: a bundle is written (atomically) before it is
marked published, and marked applied by the store in the same transaction
that applies it; a process killed anywhere leaves work to redo, never a gap.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from carnet import gc_pause
from carnet.domain.sync import applied_from_json, applied_to_json
from carnet.sync import atomic, codec, crypto, layout, manifest, place, reader, restored
from carnet.sync.errors import SyncError, Why
from carnet.sync.report import Code, DeviceInfo, SyncReport

if TYPE_CHECKING:
    from carnet.store import JournalStore

#: A device writes a snapshot after this many bundles since its last one.
SNAPSHOT_EVERY = 50
#: How many of its own snapshots a device keeps in the folder (older ones are removed).
KEEP_SNAPSHOTS = 2
#: When joining, a device starts from the newest snapshot; another snapshot is
#: loaded too (rather than its bundles applied one by one) when it spares at least
#: this many bundles.
JOIN_SNAPSHOT_MIN = 20
#: Records merged per step when loading a snapshot (progress and Cancel between steps).
SNAPSHOT_CHUNK = 4000
#: Bundle numbers start here.
FIRST_SEQ = 1

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def _never() -> bool:
    return False


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


# -- the store's side (store.sync, carnet/store/sync_*.py) -----------------------------


def _sync_api(store: JournalStore):
    return store.sync


def _records_from(items: list) -> list:
    from carnet.domain.sync import RecordState

    return [RecordState.from_json(item) for item in items]


def _applied(store: JournalStore) -> dict[str, set[int]]:
    return {device: set(seqs) for device, seqs in _sync_api(store).applied().items()}


# -- context ------------------------------------------------------------------------------


@dataclass
class _Ctx:
    store: JournalStore
    folder: Path
    journal: Path
    journal_id: str
    device_id: str
    key: bytes
    #: the owner's name as the newest file read says it: (name, its clock stamp — ""
    #: in files written before names had one —, the file's written_at); last writer wins
    owner: tuple[str, str, str] | None = None
    #: numbers of our own bundles whose file does not open (damaged in the folder):
    #: a snapshot heals them at once
    own_damaged: set[int] = field(default_factory=set)
    #: (old device id, number) of the bundles this copy is sending again under its
    #: new id after a clash: their two files are not reported here (this is the heal)
    healing: set[tuple[str, int]] = field(default_factory=set)
    #: a file being decoded on another thread (a join's snapshot, see _Prefetch)
    prefetched: _Prefetch | None = None

    def saw(self, payload: dict) -> None:
        owner, when = payload.get("owner"), str(payload.get("written_at") or "")
        stamp = payload.get("owner_stamp")
        stamp = stamp if isinstance(stamp, str) else ""
        if isinstance(owner, str) and owner.strip() and (
                self.owner is None or (stamp, when) > self.owner[1:]):
            self.owner = (owner, stamp, when)

    def take_owner(self) -> None:
        """The newest owner's name seen becomes this journal's if newer than its own."""
        if self.owner is not None:
            _sync_api(self.store).take_owner(self.owner[0], self.owner[1])

    @property
    def key_id(self) -> bytes:
        return crypto.key_id(self.key)


def _reachable(folder: Path) -> None:
    try:
        if not folder.is_dir():
            raise SyncError(Why.FOLDER_UNAVAILABLE, path=str(folder))
        os.listdir(folder)
    except OSError:
        raise SyncError(Why.FOLDER_UNAVAILABLE, path=str(folder)) from None


def _context(store: JournalStore, folder: Path | None) -> _Ctx:
    api = _sync_api(store)
    if folder is None:
        remembered = api.folder
        if not remembered:
            raise SyncError(Why.NO_FOLDER)
        folder = Path(remembered)
    folder = Path(folder).expanduser()
    key = api.sync_key
    if not key:
        raise SyncError(Why.NOT_SET_UP)
    _reachable(folder)
    ident = api.identity()
    return _Ctx(store, folder, layout.journal_dir(folder, ident.journal_id), ident.journal_id,
                ident.device_id, bytes(key))


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return True


def _read_manifest(journal: Path) -> manifest.Manifest | None:
    try:
        data = (journal / manifest.NAME).read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        raise SyncError(Why.FOLDER_UNAVAILABLE, path=str(journal)) from None
    return manifest.parse(data)


def _resolve_chosen_folder(folder: Path) -> Path:
    """The person may pick ``<x>/Carnet`` or ``<x>/Carnet/<id>`` itself: use ``<x>``."""
    if (folder / manifest.NAME).is_file() and folder.parent.name == layout.ROOT:
        return folder.parent.parent
    if folder.name == layout.ROOT and not (folder / layout.ROOT).exists() and any(
            codec.is_id(p.name) for p in folder.iterdir() if p.is_dir()):
        return folder.parent
    return folder


# -- setup ---------------------------------------------------------------------------------


def setup(store: JournalStore, folder: Path, passphrase: str, *, alongside: bool = False
          ) -> None:
    """Make ``folder`` this journal's sync folder (create its manifest or verify it).

    The passphrase is checked against the journal first (a typo would wrap the
    sync key under a passphrase no other device knows). If the folder already
    holds this journal, its sync key is adopted. A folder that holds OTHER
    journals is refused (``Why.OTHER_JOURNALS``: the person most likely meant
    to *join* that journal from this device) unless ``alongside``.
    """
    folder = Path(folder).expanduser()
    _reachable(folder)
    folder = _resolve_chosen_folder(folder)
    if not store.passphrase_matches(passphrase):
        raise SyncError(Why.WRONG_PASSPHRASE)
    api = _sync_api(store)
    ident = api.identity()
    journal = layout.journal_dir(folder, ident.journal_id)
    others = [j for j in layout.journal_ids(folder) if j != ident.journal_id]
    if others and not alongside and not (journal / manifest.NAME).exists():
        raise SyncError(Why.OTHER_JOURNALS, ids=others)
    for _attempt in range(2):
        found = _read_manifest(journal)
        if found is not None:
            if found.journal_id != ident.journal_id:
                raise SyncError(Why.BAD_MANIFEST)
            key = found.unwrap(passphrase)
            if api.sync_key != key:
                api.sync_key = key
            break
        key = bytes(api.sync_key) if api.sync_key else crypto.new_sync_key()
        data = manifest.wrap(ident.journal_id, key, passphrase).to_bytes()
        try:
            outcome = atomic.write_new(journal / manifest.NAME, data)
        except OSError as exc:
            raise SyncError(Why.FOLDER_NOT_WRITABLE, path=str(folder),
                            detail=exc.strerror or type(exc).__name__) from None
        if outcome is atomic.Outcome.WRITTEN:
            api.sync_key = key
            break
        # another device created it meanwhile: read it again and adopt its key
    api.folder = str(folder)
    api.pending_manifest = None
    if api.file_place is None:  # this file holds the device identity (a copy is judged
        remember_place(store)   # by sync_once, before it writes)


def rewrap(store: JournalStore, folder: Path | None, new_passphrase: str) -> None:
    """After a passphrase change: the manifest wraps the same sync key under the new one.

    Change files are untouched (they are sealed with the sync key). If the
    folder is not reachable now, the new manifest is kept in the journal and
    written at the next sync.
    """
    api = _sync_api(store)
    key = api.sync_key
    if not key:
        return
    ident = api.identity()
    data = manifest.wrap(ident.journal_id, bytes(key), new_passphrase).to_bytes()
    target = Path(folder).expanduser() if folder is not None else (
        Path(api.folder) if api.folder else None)
    if target is None:
        return
    journal = layout.journal_dir(target, ident.journal_id)
    try:
        _reachable(target)
        if not journal.is_dir():  # (an unplugged drive's empty mount point: not there)
            raise SyncError(Why.FOLDER_UNAVAILABLE, path=str(target))
        atomic.replace(journal / manifest.NAME, data)
    except (SyncError, OSError):
        api.pending_manifest = data
        return
    api.pending_manifest = None


# -- sync_once ----------------------------------------------------------------------------


def sync_once(store: JournalStore, folder: Path | None = None, *,
              cancelled: Cancelled = _never) -> SyncReport:
    """Publish this device's changes, apply the others', maybe write a snapshot.

    Raises :class:`SyncError` when nothing could be done (no folder, folder
    offline, another key in the manifest); anything else, file by file, is a
    problem in the report, and ``report.complete`` is False while anything
    seen is not applied.
    """
    ctx = _context(store, folder)
    report = SyncReport()
    if _inside(store.path, ctx.folder):
        report.add(Code.JOURNAL_IN_FOLDER, path=str(store.path))
    _check_manifest(ctx, report)
    _check_place(ctx, report)
    scan = reader.scan(ctx.journal, ctx.journal_id, ctx.key_id)
    _detect_clone(ctx, scan, report)
    if not _publish(ctx, report, cancelled):
        return _finish(ctx, scan, report)
    scan = reader.scan(ctx.journal, ctx.journal_id, ctx.key_id)
    _receive(ctx, scan, report, cancelled=cancelled)
    if not report.cancelled and not cancelled():
        # one meeting planned on two devices before they synced: its blank twins go
        # (never one holding a word), sent below with the rest
        report.twins_removed = len(_sync_api(store).merge_planned_twins())
    ctx.take_owner()
    if not report.cancelled and _maybe_snapshot(ctx, scan, report):
        _publish(ctx, report, cancelled)  # what the snapshot froze goes out now too
    elif not report.cancelled and _sync_api(store).pending_changes():
        # what applying left to say (words of a record an edit elsewhere brought back,
        # see carnet/store/sync_apply.py), or typed meanwhile: out now, not next time
        _publish(ctx, report, cancelled)
    return _finish(ctx, scan, report)


def _check_manifest(ctx: _Ctx, report: SyncReport) -> None:
    api = _sync_api(ctx.store)
    if not ctx.journal.is_dir():
        # the folder is there but holds nothing of this journal: an unmounted drive's
        # empty mount point, a share not synced yet. Writing there would put change
        # files where no other device looks: wait, as for an offline folder.
        raise SyncError(Why.FOLDER_UNAVAILABLE, path=str(ctx.folder))
    pending = api.pending_manifest
    if pending:
        try:
            atomic.replace(ctx.journal / manifest.NAME, bytes(pending))
            api.pending_manifest = None
        except OSError as exc:
            report.add(Code.WRITE_FAILED, detail=exc.strerror or type(exc).__name__)
    found = _read_manifest(ctx.journal)
    if found is None:
        raise SyncError(Why.BAD_MANIFEST, path=str(ctx.journal / manifest.NAME))
    if found.journal_id != ctx.journal_id:
        raise SyncError(Why.BAD_MANIFEST)
    if found.key_id != ctx.key_id:
        raise SyncError(Why.KEY_MISMATCH)


def _check_place(ctx: _Ctx, report: SyncReport) -> None:
    """A copy of the journal file (the original still lies where this device identity
    was last confirmed) takes a new device id before it writes to the folder, whatever
    the order the two files sync in; then this file's place is remembered (see
    :mod:`carnet.sync.place`)."""
    api = _sync_api(ctx.store)
    now = place.here(ctx.store.real_path)
    if now is None:
        return
    remembered = place.Place.from_text(api.file_place)
    if place.judge(remembered, now) is place.Verdict.COPY:
        _take_new_device_id(ctx, report)
        # the original keeps its name; two devices of one name could not be told apart
        # in the devices list (nor the right one removed): the copy is named anew
        api.device_label = ""
    if now != remembered:
        from carnet.store.errors import StorageError

        with contextlib.suppress(StorageError):  # (said again at the next sync)
            api.file_place = now.to_text()


def remember_place(store: JournalStore) -> None:
    """This file is the one that holds its device identity from now on (a new
    journal, a join, or tests' devices copied from a set made once)."""
    now = place.here(store.real_path)
    if now is not None:
        _sync_api(store).file_place = now.to_text()


def _detect_clone(ctx: _Ctx, scan: reader.Scan, report: SyncReport) -> None:
    """Our device folder holds a number we never froze, or a file of a number we
    published whose records are not what we wrote: this journal is a copy.

    The second case is two copies of one journal (same device id) that both
    published a number before seeing each other's file (a sync client then keeps
    ``N.cbundle`` and ``N (conflicted copy).cbundle``): each copy finds the other's
    file under its own id, takes a new id and sends again everything it froze from
    that number on, with new dots whose version vectors cover the old numbers; so
    whichever of the two files a device applied is superseded everywhere by both
    copies' new bundles, and every device converges.
    """
    api = _sync_api(ctx.store)
    frozen = api.last_frozen_seq()
    ours = [f.seq for f in scan.found if f.device == ctx.device_id]
    ours += [r.header.seq for r in scan.rejected
             if r.header is not None and r.header.device_id == ctx.device_id]
    clashes = _check_own(ctx, scan)
    if clashes:
        old = ctx.device_id
        ctx.healing = {(old, s) for s in range(min(clashes), max([frozen, *ours]) + 1)}
        _take_new_device_id(ctx, report, from_seq=min(clashes), notice=False)
    elif ours and max(ours) > frozen:
        # an older state of this device's file (a backup restored in its place): what
        # the file it replaced published since is not overwritten by its older words
        first = min([*api.unpublished_seqs(), api.next_seq()])
        found = restored.continuation(scan.found, ctx.device_id, first,
                                      lambda item: _decode(ctx, item))
        _take_new_device_id(ctx, report, continued=found)


#: What each of our own bundle files was found to hold, by (path, inode, size,
#: mtime, ctime, device, key id): DAMAGED or the digest of its records. Files are
#: immutable, so each is decoded once, when new or changed (not when its times are
#: too recent to trust, as in the reader).
_OWN_CHECKED: dict[tuple, str] = {}
_OWN_CHECKED_LIMIT = 100_000
_DAMAGED = "damaged"


def bundle_digest(payload: dict) -> str:
    """What makes a bundle this bundle: its freeze stamp and its records."""
    text = json.dumps([payload.get("stamp"), payload.get("records")], sort_keys=True,
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _check_own(ctx: _Ctx, scan: reader.Scan) -> set[int]:
    """Authenticate our own bundle files after our newest snapshot (new or changed
    ones only); note in ``ctx.own_damaged`` those that do not open, and return the
    numbers where a file holds records we did not publish under that number (another
    copy's)."""
    api = _sync_api(ctx.store)
    frozen = api.last_frozen_seq()
    clashes: set[int] = set()
    settled = time.time() - reader.RACY_SECONDS
    # what our newest snapshot covers needs no bundle file any more (a reader heals
    # from it): only the files after it are opened, once each
    covered = max((f.seq for f in scan.of(ctx.device_id, codec.Kind.SNAPSHOT)), default=0)
    published: dict[int, str] | None = None
    for item in scan.found:
        if (item.device != ctx.device_id or item.kind is not codec.Kind.BUNDLE
                or item.seq <= covered):
            continue
        try:
            st = item.path.stat()
        except OSError:
            continue
        key = (str(item.path), st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns,
               ctx.device_id, ctx.key_id)
        verdict = _OWN_CHECKED.get(key)
        if verdict is None:
            payload = _decode(ctx, item)
            verdict = _DAMAGED if payload is None else bundle_digest(payload)
            if max(st.st_mtime, st.st_ctime) < settled:
                if len(_OWN_CHECKED) >= _OWN_CHECKED_LIMIT:
                    _OWN_CHECKED.clear()
                _OWN_CHECKED[key] = verdict
        if verdict == _DAMAGED:
            ctx.own_damaged.add(item.seq)
            continue
        if item.seq <= frozen:
            if published is None:
                published = api.published_digests()
            mine = published.get(item.seq)
            if mine is not None and mine != verdict:
                clashes.add(item.seq)
    return clashes


def _take_new_device_id(ctx: _Ctx, report: SyncReport, *, from_seq: int | None = None,
                        notice: bool = True,
                        continued: dict | None = None) -> None:
    old = ctx.device_id
    api = _sync_api(ctx.store)
    if from_seq is not None:
        ctx.device_id = api.new_device_id(from_seq)
    elif continued is not None:
        ctx.device_id = api.new_device_id(seen=continued)
    else:
        ctx.device_id = api.new_device_id()
    if notice and continued is not None:  # (said as such: what happens is not the same)
        report.add(Code.CLONE_DETECTED, device=ctx.device_id, old=old, restored=1)
    elif notice:
        report.add(Code.CLONE_DETECTED, device=ctx.device_id, old=old)


def _owner_fields(ctx: _Ctx) -> dict:
    """The owner's name and the clock stamp of its last change (last writer wins)."""
    name, stamp = _sync_api(ctx.store).owner()
    return {"owner": name, "owner_stamp": stamp}


def _bundle_payload(ctx: _Ctx, bundle) -> dict:
    return {
        "type": "bundle",
        "label": _sync_api(ctx.store).device_label or "",
        **_owner_fields(ctx),
        "written_at": _now().isoformat(),
        "stamp": bundle["stamp"],
        "applied": applied_to_json(_applied(ctx.store)),
        "records": bundle["records"],
    }


def _same_bundle(ctx: _Ctx, path: Path, payload: dict) -> bool:
    try:
        data = path.read_bytes()
        found = codec.decode(ctx.key, data)
    except (OSError, crypto.AuthenticationError, codec.NotASyncFileError, codec.NewerFormatError,
            codec.MalformedError, ValueError):
        return False
    return found.get("records") == payload["records"] and found.get("stamp") == payload["stamp"]


def _frozen_one_by_one(api):
    """Every bundle to publish: those frozen before (a sync killed after freezing),
    then each new one as soon as it is frozen — published before the next is made,
    so the outbox never holds more than one bundle of a first sync (its pages would
    stay in the journal file, free, once published). Again after a clash: the new
    device id re-froze what was pending."""
    while True:
        # (an empty bundle when only the owner's name changed: it carries the name)
        api.freeze(max_bundles=1, even_empty=api.owner_unsent())
        pending = api.unpublished_json()
        if not pending:
            return
        yield from pending


def _publish(ctx: _Ctx, report: SyncReport, cancelled: Cancelled) -> bool:
    """Freeze and write this device's changes; False if cancelled or the folder refused."""
    api = _sync_api(ctx.store)
    for _round in range(2):
        clash = False
        for bundle in _frozen_one_by_one(api):  # (FrozenBundle.to_json(): no objects)
            seq = int(bundle["seq"])
            if cancelled():
                report.cancelled = True
                report.add(Code.CANCELLED)
                return False
            payload = _bundle_payload(ctx, bundle)
            data = codec.encode(ctx.key, codec.Kind.BUNDLE, ctx.journal_id, ctx.device_id,
                                seq, payload)
            path = layout.bundle_path(ctx.journal, ctx.device_id, seq)
            try:
                outcome = atomic.write_new(path, data)
            except OSError as exc:
                report.add(Code.WRITE_FAILED, detail=exc.strerror or type(exc).__name__)
                return False
            if outcome is atomic.Outcome.EXISTS and not _same_bundle(ctx, path, payload):
                # another copy of this journal wrote this number: we are a clone
                _take_new_device_id(ctx, report)
                clash = True
                break
            api.mark_published(seq, bundle_digest(payload))
            api.owner_sent()
            report.sent += 1
        if not clash:
            return True
    return True


# -- receiving ------------------------------------------------------------------------------


@dataclass
class _Pending:
    """Everything readable or not, by (device, seq), for the devices that are not us."""

    bundles: dict[tuple[str, int], list[reader.Found]]
    snapshots: list[reader.Found]
    rejected: dict[tuple[str, int], reader.Rejected]
    top: dict[str, int]


def _sort_out(ctx: _Ctx, scan: reader.Scan) -> _Pending:
    bundles: dict[tuple[str, int], list[reader.Found]] = {}
    snapshots: list[reader.Found] = []
    rejected: dict[tuple[str, int], reader.Rejected] = {}
    top: dict[str, int] = {}
    for item in scan.found:
        if item.device == ctx.device_id:
            continue
        top[item.device] = max(top.get(item.device, 0), item.seq)
        if item.kind is codec.Kind.BUNDLE:
            bundles.setdefault((item.device, item.seq), []).append(item)
        else:
            snapshots.append(item)
    for item in scan.rejected:
        head = item.header
        if head is None or head.device_id == ctx.device_id or item.code is Code.OTHER_JOURNAL:
            continue
        top[head.device_id] = max(top.get(head.device_id, 0), head.seq)
        if head.kind is codec.Kind.BUNDLE:
            rejected.setdefault((head.device_id, head.seq), item)
    snapshots.sort(key=lambda f: (-f.seq, f.device, f.rel))
    return _Pending(bundles, snapshots, rejected, top)


def _wanted(pending: _Pending, applied: dict[str, set[int]]) -> set[tuple[str, int]]:
    return {(device, seq) for device, top in pending.top.items()
            for seq in range(FIRST_SEQ, top + 1) if seq not in applied.get(device, ())}


class _Prefetch:
    """One change file decoded on another thread: a join reads its snapshot (tens of
    MB of JSON) while the new journal's key is derived (Argon2id leaves Python's
    lock to it), so the snapshot is ready when the journal is."""

    def __init__(self, key: bytes, item: reader.Found) -> None:
        self.item = item
        self._payload: dict | None = None
        self._thread = threading.Thread(target=self._run, args=(key,), daemon=True,
                                        name="carnet-join-prefetch")
        self._thread.start()

    def _run(self, key: bytes) -> None:
        # anything wrong is left to the ordinary decode, which reports it
        with contextlib.suppress(Exception):
            self._payload = codec.decode(key, self.item.path.read_bytes(), self.item.header)

    def take(self, item: reader.Found) -> dict | None:
        """The payload of ``item`` if it is the file decoded (once; None otherwise)."""
        if item.path != self.item.path or item.header != self.item.header:
            return None
        self._thread.join()
        payload, self._payload = self._payload, None
        return payload


def _decode(ctx: _Ctx, item: reader.Found) -> dict | None:
    if ctx.prefetched is not None:
        payload = ctx.prefetched.take(item)
        if payload is not None:
            ctx.prefetched = None
            return payload
    try:
        return codec.decode(ctx.key, item.path.read_bytes(), item.header)
    except (OSError, crypto.AuthenticationError, codec.MalformedError, ValueError):
        return None


def _snapshot_covers(item: reader.Found, payload: dict) -> set[tuple[str, int]]:
    covered = {(item.device, s) for s in range(FIRST_SEQ, item.seq + 1)}
    try:
        applied = applied_from_json(payload.get("applied") or {})
    except (ValueError, TypeError):
        return covered
    for device, seqs in applied.items():
        covered |= {(device, s) for s in seqs}
    return covered


def _depth(table: str) -> int:
    from carnet.store.sync_tables import TABLES

    spec = TABLES.get(table)
    return spec.depth if spec is not None else 1_000


class _StopError(Exception):
    """Cancelled in the middle of loading a snapshot."""


def _load_snapshot(ctx: _Ctx, item: reader.Found, payload: dict, report: SyncReport, *,
                   cancelled: Cancelled, work: Callable[[int], None],
                   step: Callable[[], None], spared: int = 0) -> bool:
    """Merge a snapshot in parent-first chunks (progress and Cancel between them).

    Into a journal still empty (a join) it is loaded in bulk, in one transaction
    (``store.sync.load_snapshot_into_empty``): all of it or, cancelled or killed,
    nothing. Otherwise the bundles it covers are recorded as applied with the
    LAST chunk only: a load cancelled or killed midway has merged states
    (harmless to merge again) and claims nothing. False when it could not be
    loaded (reported).
    """
    from carnet.domain.sync import SnapshotState

    api = _sync_api(ctx.store)
    raw = payload.get("state")
    listed = raw.get("records") if isinstance(raw, dict) else None
    if isinstance(listed, list):
        # A new journal (a join): the whole snapshot in one transaction, in bulk, read
        # from its JSON as it is (declined, it is merged below as any snapshot).
        steps = api.bulk_steps(len(listed), SNAPSHOT_CHUNK)
        counted = False

        def on_step(index: int, count: int) -> None:
            nonlocal counted
            if not counted:
                work(steps - spared)  # its steps in, the bundles it covers out
                counted = True
            if index < count and cancelled():
                raise _StopError
            if index:
                step()

        result = api.load_snapshot_into_empty(raw, chunk=SNAPSHOT_CHUNK, on_step=on_step)
        if result is not None:
            _count_conflicts(result, report)
            ctx.saw(payload)
            _remember_label(ctx, item.device, item.seq, payload)
            return True
        spared = 0 if counted else spared
    try:
        state = SnapshotState.from_json(payload["state"])
    except (KeyError, TypeError, ValueError) as exc:
        report.add(Code.APPLY_FAILED, file=item.rel, device=item.device, seq=item.seq,
                   detail=type(exc).__name__)
        return False
    records = sorted(state.records, key=lambda r: (_depth(r.table), r.uuid))
    chunks = [records[i:i + SNAPSHOT_CHUNK] for i in range(0, len(records), SNAPSHOT_CHUNK)]
    chunks = chunks or [[]]
    work(len(chunks) - spared)  # its steps in, the bundles it covers out
    for index, chunk in enumerate(chunks):
        if cancelled():
            raise _StopError
        last = index == len(chunks) - 1
        try:
            result = api.load_snapshot(
                SnapshotState(chunk, state.applied if last else {}, state.seq))
        except (KeyError, TypeError, ValueError) as exc:
            report.add(Code.APPLY_FAILED, file=item.rel, device=item.device, seq=item.seq,
                       detail=type(exc).__name__)
            return False
        _count_conflicts(result, report)
        step()
    ctx.saw(payload)
    _remember_label(ctx, item.device, item.seq, payload)
    return True


def _count_conflicts(result, report: SyncReport) -> None:
    conflicts = list(result.conflicts) if result is not None else []
    report.conflicts += len(conflicts)
    report.conflicted.extend((c.table, c.uuid, c.field) for c in conflicts)


def _try_snapshots(ctx: _Ctx, pending: _Pending, report: SyncReport,
                   unresolved: Callable[[], set[tuple[str, int]]], *, minimum: int,
                   cancelled: Cancelled, work: Callable[[int], None],
                   step: Callable[[], None], first_minimum: int | None = None) -> None:
    """Load each snapshot that covers at least ``minimum`` of what is still unresolved
    (the first one loaded: ``first_minimum``).

    Snapshots whose own writer has unresolved bundles come first, newest first
    (their header says so); each is decoded once.
    """
    todo = unresolved()
    if not todo:
        return
    devices = {device for device, _ in todo}
    order = sorted(pending.snapshots, key=lambda f: (f.device not in devices, -f.seq, f.rel))
    loaded = 0
    for item in order:
        todo = unresolved()
        if not todo:
            return
        payload = _decode(ctx, item)
        if payload is None:
            if item.path.exists():  # (its writer may have just replaced it by a newer one)
                report.add(Code.DAMAGED, file=item.rel, device=item.device, seq=item.seq)
            continue
        needed = first_minimum if (first_minimum is not None and not loaded) else minimum
        covers = len(_snapshot_covers(item, payload) & todo)
        if covers >= needed and _load_snapshot(ctx, item, payload, report, cancelled=cancelled,
                                               work=work, step=step, spared=covers):
            loaded += 1
            report.received += 1


def _receive(ctx: _Ctx, scan: reader.Scan, report: SyncReport, *, cancelled: Cancelled,
             progress: Progress | None = None, joining: bool = False) -> None:
    """Apply what others wrote: snapshots when they spare work or heal, then bundles.

    Bundles first (cheap); then, for whatever stays unapplied — missing,
    damaged, incomplete, sealed with another key — a snapshot that covers it;
    what is left is reported, one problem per bundle.
    """
    pending = _sort_out(ctx, scan)
    total = len(_wanted(pending, _applied(ctx.store))) or 1
    done = 0
    failed: dict[tuple[str, int], str] = {}

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(min(done, total), total)

    def work(more: int) -> None:
        nonlocal total
        total += more

    def unresolved() -> set[tuple[str, int]]:
        return _wanted(pending, _applied(ctx.store))

    try:
        if joining:  # start from the newest snapshot, then bundles
            _try_snapshots(ctx, pending, report, unresolved, minimum=JOIN_SNAPSHOT_MIN,
                           first_minimum=1, cancelled=cancelled, work=work, step=step)
        _apply_bundles(ctx, pending, report, unresolved, failed, cancelled=cancelled,
                       step=step)
        if not report.cancelled:
            _try_snapshots(ctx, pending, report, unresolved, minimum=1,
                           cancelled=cancelled, work=work, step=step)
    except _StopError:
        report.cancelled = True
    if report.cancelled:
        if Code.CANCELLED not in [p.code for p in report.problems]:
            report.add(Code.CANCELLED)
        return
    if progress is not None:
        progress(total, total)
    _report_clashes(ctx, pending, report)
    for device, seq in sorted(unresolved()):
        if (device, seq) in failed:
            report.add(Code.DAMAGED, file=failed[(device, seq)], device=device, seq=seq)
            continue
        bad = pending.rejected.get((device, seq))
        if bad is not None:
            report.add(bad.code, file=bad.rel, device=device, seq=seq)
        elif (device, seq) not in pending.bundles:
            report.add(Code.MISSING, device=device, seq=seq)


def _report_clashes(ctx: _Ctx, pending: _Pending, report: SyncReport) -> None:
    """Report each number written twice with other records (two copies of one
    journal under one device id) for as long as it is not healed here.

    Only one of the files is applied under that number; the copies then send their
    changes again under new ids (see :func:`_detect_clone`). Healed = every value
    either file carries with that number's dot is seen here (its field's version
    vector covers the number): nothing of either copy is missing any more.
    """
    api = _sync_api(ctx.store)
    for key, copies in sorted(pending.bundles.items(), key=lambda kv: kv[0]):
        if len(copies) < 2 or key in ctx.healing:
            continue
        payloads = [p for p in (_decode(ctx, c) for c in copies) if p is not None]
        if all(p.get("records") == payloads[0].get("records") for p in payloads[1:]):
            continue
        device, seq = key
        # (not remembered between syncs: a clash is rare, its two files small, and a
        # verdict kept by ids alone would outlive the journal it was made for)
        try:
            records = [r for p in payloads for r in _records_from(p.get("records") or [])]
        except (KeyError, TypeError, ValueError):
            records = []
        local = api.states({r.uuid for r in records})
        healed = bool(records) and all(
            _dots_seen(record, local.get(record.uuid), device, seq) for record in records)
        if not healed:
            report.add(Code.DEVICE_CLASH, device=device, seq=seq)


def _dots_seen(record, local, device: str, seq: int) -> bool:
    """Every value of ``record`` dotted (device, seq) is seen in ``local``'s state: its
    field's version vector covers the number, and what still stands here under that
    dot (the other file's value, when only that one was applied) is this value."""
    states = [*record.fields.items(), ("", record.deleted)]
    for name, state in states:
        if state is None:
            continue
        values = [s.value for s in state.siblings
                  if s.dot.device == device and s.dot.seq == seq]
        if not values:
            continue
        if local is None:
            return False
        mine = local.deleted if name == "" else local.fields.get(name)
        if mine is None or mine.vv.get(device, 0) < seq:
            return False
        if any(s.dot.device == device and s.dot.seq == seq and s.value not in values
               for s in mine.siblings):
            return False
    return True


def _apply_bundles(ctx: _Ctx, pending: _Pending, report: SyncReport,
                   unresolved: Callable[[], set[tuple[str, int]]],
                   failed: dict[tuple[str, int], str], *, cancelled: Cancelled,
                   step: Callable[[], None]) -> None:
    """Apply every readable bundle still wanted, in (device, number) order."""
    api = _sync_api(ctx.store)
    for key in sorted(unresolved()):
        copies = pending.bundles.get(key)
        if not copies:
            continue
        if cancelled():
            report.cancelled = True
            report.add(Code.CANCELLED)
            return
        device, seq = key
        payloads = [p for p in (_decode(ctx, c) for c in copies) if p is not None]
        if not payloads:
            present = [c for c in copies if c.path.exists()]
            if present:  # (a file gone meanwhile is missing, not damaged)
                failed[key] = present[0].rel
            continue
        first = payloads[0]
        ctx.saw(first)
        _remember_label(ctx, device, seq, first)
        try:
            result = api.apply(device, seq, _records_from(first.get("records") or []))
        except (ValueError, KeyError, TypeError) as exc:
            report.add(Code.APPLY_FAILED, device=device, seq=seq, detail=type(exc).__name__)
            continue
        _count_conflicts(result, report)
        if not result.skipped:
            report.received += 1
        step()


def _report_rejected_without_identity(ctx: _Ctx, scan: reader.Scan, report: SyncReport
                                      ) -> None:
    for item in scan.rejected:
        if item.header is None:
            extra = {"found": item.found} if item.code is Code.NEWER_VERSION else {}
            report.add(item.code, file=item.rel, **extra)
        elif item.code is Code.OTHER_JOURNAL:
            report.add(item.code, file=item.rel)


# -- snapshots ------------------------------------------------------------------------------


def _maybe_snapshot(ctx: _Ctx, scan: reader.Scan, report: SyncReport, *, force: bool = False
                    ) -> bool:
    """Write a snapshot when one is due; True if written."""
    own = sorted(f.seq for f in scan.found
                 if f.device == ctx.device_id and f.kind is codec.Kind.SNAPSHOT)
    any_snapshot = any(f.kind is codec.Kind.SNAPSHOT for f in scan.found)
    api = _sync_api(ctx.store)
    last = api.last_frozen_seq()
    newest = own[-1] if own else None
    # one of our files damaged in the folder (found by the reader, or not opening
    # under our key): a snapshot that covers it heals it for every reader
    damaged = set(ctx.own_damaged) | {
        r.header.seq for r in scan.rejected
        if r.header is not None and r.header.device_id == ctx.device_id}
    own_damaged = any(s > (newest or 0) for s in damaged)
    # one of our bundles is gone from the folder (a person or a sync client removed it):
    # only a snapshot of ours can give it back to the others
    present = {f.seq for f in scan.found
               if f.device == ctx.device_id and f.kind is codec.Kind.BUNDLE}
    unpublished = set(api.unpublished_seqs())
    own_gap = any(s not in present and s not in unpublished
                  for s in range((newest or 0) + 1, last + 1))
    due = (force or not any_snapshot or own_damaged or own_gap
           or (newest is None and last >= SNAPSHOT_EVERY)
           or (newest is not None and last - newest >= SNAPSHOT_EVERY))
    if not due:
        return False
    return write_snapshot(ctx, report)


def write_snapshot(ctx: _Ctx, report: SyncReport) -> bool:
    api = _sync_api(ctx.store)
    # (SnapshotState.to_json(), read as stored; it freezes pending edits first: it
    # holds only final dots)
    state = api.snapshot_json()
    seq = state["seq"]
    payload = {
        "type": "snapshot",
        "label": api.device_label or "",
        **_owner_fields(ctx),
        "written_at": _now().isoformat(),
        "applied": state["applied"],
        "state": state,
    }
    path = layout.snapshot_path(ctx.journal, ctx.device_id, seq)
    try:
        atomic.write_new(path, codec.encode(ctx.key, codec.Kind.SNAPSHOT, ctx.journal_id,
                                            ctx.device_id, seq, payload))
    except OSError as exc:
        report.add(Code.WRITE_FAILED, detail=exc.strerror or type(exc).__name__)
        return False
    _prune_own_snapshots(ctx)
    return True


def _prune_own_snapshots(ctx: _Ctx) -> None:
    folder = ctx.journal / ctx.device_id
    try:
        names = sorted(p for p in folder.iterdir() if p.name.startswith(layout.SNAPSHOT_PREFIX)
                       and p.name.endswith(layout.SNAPSHOT_SUFFIX))
    except OSError:
        return
    for old in names[:-KEEP_SNAPSHOTS]:
        with contextlib.suppress(OSError):
            old.unlink()


# -- the end of a sync ---------------------------------------------------------------------


#: (journal id, device id) → (label, written_at, seq of the file it came from): the
#: label of a device is read from its newest file once, not at every sync.
_LABELS: dict[tuple[str, str], tuple[str, datetime | None, int]] = {}
#: A file bigger than this is not opened just to read a device's label.
LABEL_READ_LIMIT = 256 * 1024


def _remember_label(ctx: _Ctx, device: str, seq: int, payload: dict) -> None:
    seen = None
    with contextlib.suppress(TypeError, ValueError):
        seen = datetime.fromisoformat(str(payload.get("written_at")))
    known = _LABELS.get((ctx.journal_id, device))
    if known is None or seq >= known[2]:
        _LABELS[(ctx.journal_id, device)] = (str(payload.get("label") or ""), seen, seq)


#: In the name of a removed device's last change file (:mod:`carnet.sync.devices`).
REMOVED_INFIX = ".removed"


def removed_device(device: str, scan: reader.Scan) -> bool:
    """True when ``device`` was removed (every file of it left in the folder is the one
    a removal kept) and it has not synced since (then it writes new numbers: back)."""
    files = [item for item in scan.found if item.device == device]
    return bool(files) and all(REMOVED_INFIX in item.path.name for item in files)


def _devices(ctx: _Ctx, scan: reader.Scan) -> list[DeviceInfo]:
    newest: dict[str, reader.Found] = {}
    for item in scan.found:
        best = newest.get(item.device)
        rank = (item.kind is codec.Kind.BUNDLE, item.seq)
        if best is None or rank > (best.kind is codec.Kind.BUNDLE, best.seq):
            newest[item.device] = item
    devices = []
    for device in sorted(set(newest) | scan.device_dirs | {ctx.device_id}):
        if device != ctx.device_id and removed_device(device, scan):
            continue  # removed by a person: not listed as a device that syncs
        item = newest.get(device)
        known = _LABELS.get((ctx.journal_id, device))
        if item is not None and (known is None or known[2] < item.seq) and (
                item.header.body_length <= LABEL_READ_LIMIT or known is None):
            payload = _decode(ctx, item)
            if payload is not None:
                _remember_label(ctx, device, item.seq, payload)
                known = _LABELS.get((ctx.journal_id, device))
        label, seen = (known[0], known[1]) if known else ("", None)
        if device == ctx.device_id:
            label = _sync_api(ctx.store).device_label or label
        if seen is None and item is not None:
            seen = datetime.fromtimestamp(item.mtime, UTC)
        devices.append(DeviceInfo(device, label, seen, is_me=device == ctx.device_id))
    _keep_labels(ctx, {d.id: d.label for d in devices if not d.is_me and d.label})
    return devices


def _keep_labels(ctx: _Ctx, seen: dict[str, str]) -> None:
    """Remember in the journal the names the folder's files gave the other devices, so
    that a sync where they are absent (another folder, a new process) names them."""
    if not seen:
        return
    api = _sync_api(ctx.store)
    known = api.device_labels
    merged = {**known, **seen}
    if merged != known:
        from carnet.store.errors import StorageError

        with contextlib.suppress(StorageError):  # (a journal that refuses writes)
            api.device_labels = merged


def _label_of(ctx: _Ctx, device: str, stored: dict[str, str]) -> str:
    known = _LABELS.get((ctx.journal_id, device))
    return (known[0] if known and known[0] else "") or stored.get(device, "")


def _report_others_absent(ctx: _Ctx, scan: reader.Scan, report: SyncReport) -> None:
    """The journal synced with other devices (it applied their changes) and none of them
    is in this folder: another folder was chosen here or there, and the devices no longer
    meet — each would go on saying « synced ». Said (a notice: this folder's sync itself
    is whole). A journal that never synced with another device says nothing."""
    known = {device for device in _sync_api(ctx.store).applied() if device != ctx.device_id}
    if not known:
        return
    here = ({item.device for item in scan.found} | scan.device_dirs
            | {r.header.device_id for r in scan.rejected if r.header is not None})
    if known & here:
        return
    stored = _sync_api(ctx.store).device_labels
    names = [[device, _label_of(ctx, device, stored)] for device in sorted(known)]
    labels = sorted({label for _device, label in names if label})
    # ``names``: each device with its name ("" when none is known: said by its short id);
    # ``me``: this device and its name (a device of the same name is told apart from it)
    me = [ctx.device_id, _sync_api(ctx.store).device_label or ""]
    report.add(Code.OTHERS_ABSENT, devices=sorted(known), labels=labels, names=names, me=me)


def _finish(ctx: _Ctx, scan: reader.Scan, report: SyncReport) -> SyncReport:
    _report_rejected_without_identity(ctx, scan, report)
    scan = reader.scan(ctx.journal, ctx.journal_id, ctx.key_id)
    report.devices = _devices(ctx, scan)
    _report_others_absent(ctx, scan, report)
    report.finished_at = _now()
    if report.complete:
        _sync_api(ctx.store).last_sync = report.finished_at
    return report


# -- join ----------------------------------------------------------------------------------


def _find_journal(folder: Path, journal_id: str | None) -> str:
    ids = layout.journal_ids(folder)
    if journal_id is not None:
        if journal_id not in ids:
            raise SyncError(Why.NO_JOURNAL_IN_FOLDER, path=str(folder))
        return journal_id
    if not ids:
        raise SyncError(Why.NO_JOURNAL_IN_FOLDER, path=str(folder))
    if len(ids) > 1:
        raise SyncError(Why.SEVERAL_JOURNALS, ids=ids)
    return ids[0]


@gc_pause.paused()  # (the snapshot's millions of objects: gc_pause.py)
def join(folder: Path, passphrase: str, new_journal: Path, *, progress: Progress | None = None,
         cancelled: Cancelled = _never, journal_id: str | None = None,
         device_label: str = "") -> SyncReport:
    """Build a new journal at ``new_journal`` from the folder (same passphrase).

    The journal is created in a hidden file beside ``new_journal`` and only
    given its name when complete (``JournalStore.create``): cancelled
    (``cancelled()`` is polled between files: ``SyncError(Why.CANCELLED)``),
    killed or failed, nothing is left at ``new_journal``. ``progress(done,
    total)`` is called as files are applied.
    """
    from carnet.store import JournalExistsError, JournalStore

    folder = Path(folder).expanduser()
    _reachable(folder)
    folder = _resolve_chosen_folder(folder)
    new_journal = Path(new_journal).expanduser()
    if new_journal.exists() or new_journal.is_symlink():
        raise SyncError(Why.JOURNAL_EXISTS, path=str(new_journal))
    journal_id = _find_journal(folder, journal_id)
    journal = layout.journal_dir(folder, journal_id)
    found = _read_manifest(journal)
    if found is None:
        raise SyncError(Why.BAD_MANIFEST)
    key = found.unwrap(passphrase)
    scan = reader.scan(journal, journal_id, crypto.key_id(key))
    if not scan.found:
        raise SyncError(Why.NOTHING_TO_JOIN)
    report = SyncReport()
    # the snapshot a join starts from (the newest: _try_snapshots), decoded meanwhile
    snapshots = [f for f in scan.found if f.kind is codec.Kind.SNAPSHOT]
    prefetch = _Prefetch(key, min(snapshots, key=lambda f: (-f.seq, f.rel))) if snapshots else None

    def fill(store: JournalStore) -> None:
        api = _sync_api(store)
        api.adopt(journal_id, key)
        api.folder = str(folder)
        if device_label:
            api.device_label = device_label
        ident = api.identity()
        ctx = _Ctx(store, folder, journal, journal_id, ident.device_id, key,
                   prefetched=prefetch)
        _receive(ctx, scan, report, cancelled=cancelled, progress=progress, joining=True)
        if report.cancelled:
            raise SyncError(Why.CANCELLED)
        ctx.take_owner()
        report.devices = _devices(ctx, scan)

    try:
        store = JournalStore.create(new_journal, passphrase, fill=fill)
    except JournalExistsError:
        raise SyncError(Why.JOURNAL_EXISTS, path=str(new_journal)) from None
    try:
        ctx = _Ctx(store, folder, journal, journal_id, _sync_api(store).identity().device_id,
                   key)
        _report_rejected_without_identity(ctx, scan, report)
        remember_place(store)
        report.finished_at = _now()
        if report.complete:
            _sync_api(store).last_sync = report.finished_at
    finally:
        store.close()
    return report
