"""An older copy of this device's own file (a backup restored in its place) catching up.

A restored backup holds the device identity of the file it replaced, and an
older state of it: the records it had not published when the backup was
written (all of them, if the backup predates the day sync was set up). The
folder shows it: this device's folder holds numbers the file never froze —
the file it replaced carried on from this very state and published them.

Those pending records were therefore already in that file, which captured and
published them (or edited or deleted them after). Sent again under a new device
id, stamped now, they would be taken for fresh edits: the old wordings would win
everywhere and records deleted since would stand again. So, when the engine
passes what the folder's continuation carries (``carried``: the uuids of the
records in this device's files after what the restored file had published, and
``until``: when the newest of them was written):

- a pending record carried there, last written here before ``until``, is not an
  edit: its pending words are taken back (what the continuation says of it
  follows from them) and the next receive writes the folder's state in its row;
- any other pending record is sent under the new id, stamped with the time it
  was written here (never a fresh clock: it only wins over what was written
  after it, and otherwise stays beside it, as every conflict does);
- a record written here after ``until`` (typed in the restored file after the
  restore) is an edit, sent as any edit.

Qt-free; the caller holds the transaction.
"""

from __future__ import annotations

from carnet.domain.sync import FieldState, RecordState, Sibling, format_stamp, parse_stamp


def _pending(state: FieldState | None, old: str, first: int) -> list[Sibling]:
    if state is None:
        return []
    return [s for s in state.siblings if s.dot.device == old and s.dot.seq >= first]


def pending_wall(record: RecordState, old: str, first: int, dirty_at: int | None
                 ) -> int | None:
    """When this file last wrote the record's unpublished words, None if none: its
    dirty mark's time (the capture just made stamped them now), else the newest stamp
    of a value captured here before and not published."""
    if dirty_at is not None:
        return int(dirty_at)
    walls = [parse_stamp(s.stamp)[0]
             for state in [*record.fields.values(), record.deleted]
             for s in _pending(state, old, first)]
    return max(walls, default=None)


def _taken_back(state: FieldState | None, old: str, first: int) -> FieldState | None:
    if state is None:
        return None
    sibs = tuple(s for s in state.siblings
                 if not (s.dot.device == old and s.dot.seq >= first))
    if not sibs:
        return None  # (no value known here any more: the folder's comes whole)
    vv = dict(state.vv)
    if vv.get(old, 0) >= first:
        vv[old] = first - 1
        if not vv[old]:
            del vv[old]
    return FieldState(sibs, dict(sorted(vv.items())))


def without_pending(record: RecordState, old: str, first: int) -> RecordState | None:
    """The record as it was published before the backup (None: never published)."""
    fields = {}
    for name, state in record.fields.items():
        kept = _taken_back(state, old, first)
        if kept is not None:
            fields[name] = kept
    deleted = _taken_back(record.deleted, old, first)
    if not fields and deleted is None:
        return None
    return RecordState(record.table, record.uuid, record.parents, fields, deleted)


def stamped_when_written(record: RecordState, new: str, wall: int) -> RecordState:
    """The values sent under the new id keep the time they were written, not a fresh
    stamp (a stamp already older is kept)."""
    when = format_stamp(wall, 0, new)

    def restamp(state: FieldState | None) -> FieldState | None:
        if state is None:
            return None
        sibs = tuple(Sibling(s.value, min(s.stamp, when), s.dot) if s.dot.device == new
                     else s for s in state.siblings)
        return FieldState(sibs, state.vv)

    fields = {name: restamp(state) for name, state in record.fields.items()}
    return RecordState(record.table, record.uuid, record.parents, fields,
                       restamp(record.deleted))
