"""Remove a device from the synced folder (an old laptop, a reinstalled computer).

Removing takes that device's change files out of ``<folder>/Carnet/<journal>/``
— but only once nothing written there can be lost by it:

* this device syncs first, so it has applied every change file of that device;
* every other device that left a change file has applied them too (the
  "applied" vector its newest readable file carries): a device whose files
  disappear is no longer expected by the others, so one that had not received
  them yet never would;
* this device then writes a snapshot, so a device that joins later starts from
  a file that holds the removed device's changes;
* the removed device's NEWEST change file stays. A device that never left a
  change file (it joined and only reads) is known to nobody, so nobody can wait
  for it; that file tells it the removed device's numbers, the older ones it
  misses are then read from the snapshot that covers them, and if none does its
  sync reports them missing — never « complete » with what that device wrote gone.
  That file is renamed ``<seq>.removed.cbundle``: every device then leaves the
  removed device out of its list (a person removed it: it is not listed as if
  it still synced).

When some device has not received them yet, nothing is removed and the answer
names it (the person removes the device again after that one has synced). If
the removed device syncs again, it simply comes back: its next change files are
new numbers the others have not applied.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from carnet.domain.sync import applied_from_json
from carnet.sync import atomic, codec, engine, layout, reader
from carnet.sync.report import SyncReport

if TYPE_CHECKING:
    from carnet.store import JournalStore


def devices_lacking(store: JournalStore, folder: Path | None, device_id: str) -> list[str]:
    """The devices (this one included) that have not applied all of ``device_id``'s
    change files present in the folder."""
    ctx = engine._context(store, folder)
    scan = reader.scan(ctx.journal, ctx.journal_id, ctx.key_id)
    its = {f.seq for f in scan.found
           if f.device == device_id and f.kind is codec.Kind.BUNDLE}
    lacking = []
    if not its <= set(engine._applied(store).get(device_id, set())):
        lacking.append(ctx.device_id)
    newest: dict[str, reader.Found] = {}
    for item in scan.found:
        if item.device in (device_id, ctx.device_id):
            continue
        if item.device not in newest or item.seq > newest[item.device].seq:
            newest[item.device] = item
    for other, item in sorted(newest.items()):
        payload = engine._decode(ctx, item)
        try:
            applied = applied_from_json((payload or {}).get("applied") or {})
        except (TypeError, ValueError):
            applied = {}
        if not its <= set(applied.get(device_id, ())):
            lacking.append(other)
    return lacking


def _kept_in_a_snapshot(ctx, device_id: str) -> bool:
    """True when a readable snapshot of another device covers all of its change files."""
    scan = reader.scan(ctx.journal, ctx.journal_id, ctx.key_id)
    its = {(device_id, f.seq) for f in scan.found
           if f.device == device_id and f.kind is codec.Kind.BUNDLE}
    for item in scan.found:
        if item.device == device_id or item.kind is not codec.Kind.SNAPSHOT:
            continue
        payload = engine._decode(ctx, item)
        if payload is not None and its <= engine._snapshot_covers(item, payload):
            return True
    return not its


def _rewrite_own_snapshot(ctx) -> None:
    api = ctx.store.sync
    state = api.snapshot_json()  # (SnapshotState.to_json())
    payload = {
        "type": "snapshot",
        "label": api.device_label or "",
        "written_at": engine._now().isoformat(),
        "applied": state["applied"],
        "state": state,
    }
    data = codec.encode(ctx.key, codec.Kind.SNAPSHOT, ctx.journal_id, ctx.device_id,
                        state["seq"], payload)
    with contextlib.suppress(OSError):
        atomic.replace(layout.snapshot_path(ctx.journal, ctx.device_id, state["seq"]), data)


def remove_device(store: JournalStore, folder: Path | None, device_id: str) -> list[str]:
    """Take ``device_id``'s files out of the folder when safe (see the module docstring).

    Returns the devices that have not received all its changes yet — then nothing
    was removed — or ``[]`` once it is removed. Raises ``ValueError`` for this
    device itself or an id that is not a device id, ``SyncError`` like a sync.
    """
    if not codec.is_id(device_id):
        raise ValueError("not a device id")
    report = engine.sync_once(store, folder)
    ctx = engine._context(store, folder)
    if device_id == ctx.device_id:
        raise ValueError("this device cannot remove itself")
    if report.cancelled:
        return [ctx.device_id]
    lacking = devices_lacking(store, folder, device_id)
    if lacking:
        return lacking
    engine.write_snapshot(ctx, SyncReport())
    if not _kept_in_a_snapshot(ctx, device_id):
        # Our snapshot of this number predates its last changes (we wrote nothing since):
        # the same number, a superset of its content, written over it atomically.
        _rewrite_own_snapshot(ctx)
    if not _kept_in_a_snapshot(ctx, device_id):
        return [ctx.device_id]
    where = ctx.journal / device_id
    if where.is_dir() and not where.is_symlink():
        keep = _newest_bundle(ctx, device_id)
        for path in sorted(where.iterdir()):
            if path.resolve() == keep:
                continue  # tells a reading device what it misses (module docstring)
            if path.is_file() or path.is_symlink():
                with contextlib.suppress(OSError):
                    path.unlink()
        if keep is not None and keep.parent == where.resolve():
            _mark_removed(keep)
        with contextlib.suppress(OSError):
            where.rmdir()  # (only when nothing was kept)
    return []


def _mark_removed(path: Path) -> None:
    """Rename the kept file ``<seq>.removed.cbundle``: still read (the reader goes by
    headers, not names), and the devices' list leaves the device out — it was removed
    (:func:`carnet.sync.engine.removed_device`). Last, atomically: a removal killed
    before it leaves the device listed, and the person can remove it again."""
    if engine.REMOVED_INFIX in path.name:
        return
    stem, _dot, suffix = path.name.partition(".")
    with contextlib.suppress(OSError):
        os.replace(path, path.with_name(f"{stem}{engine.REMOVED_INFIX}.{suffix}"))


def _newest_bundle(ctx, device_id: str) -> Path | None:
    """The removed device's newest readable change file (resolved), kept in the folder."""
    scan = reader.scan(ctx.journal, ctx.journal_id, ctx.key_id)
    found = [f for f in scan.found
             if f.device == device_id and f.kind is codec.Kind.BUNDLE]
    if not found:
        return None
    return max(found, key=lambda f: (f.seq, f.rel)).path.resolve()
